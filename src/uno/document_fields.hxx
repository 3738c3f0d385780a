// Organisation values as live fields: document properties shown by docinfo.Custom text fields.
#pragma once

#include <map>
#include <string>

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace chengbao::ext {

/// The document's custom properties (name → text): organisation values and what the report
/// records it was made with (document_record.hpp).
std::map<std::string, std::string> fieldValues(
    const css::uno::Reference<css::text::XTextDocument>& xDoc);

/// Sets (adding where missing) the document properties, then refreshes every field showing them.
void setFieldValues(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                    const std::map<std::string, std::string>& rValues);

/// Inserts at `xAt` a field that shows the document property `rName`.
void insertField(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                 const css::uno::Reference<css::text::XText>& xText,
                 const css::uno::Reference<css::text::XTextRange>& xAt, const std::string& rName);

/// Sets the values and records one undo action that restores the previous ones (document
/// properties are not covered by Writer's own undo).
void setFieldValuesUndoable(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                            const css::uno::Reference<css::document::XUndoManager>& xUndoManager,
                            const std::map<std::string, std::string>& rValues,
                            const rtl::OUString& rTitle);

}  // namespace chengbao::ext
