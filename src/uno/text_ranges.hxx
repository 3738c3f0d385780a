// Where the core's paragraph and code-point positions are in Writer: body paragraphs and spans.
#pragma once

#include <vector>

#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace chengbao::ext {

/// The body paragraphs in the order readDocument reads them (tables cell by cell, in reading
/// order), so index i is the core's paragraph i.
std::vector<css::uno::Reference<css::text::XTextRange>> bodyParagraphs(
    const css::uno::Reference<css::text::XTextDocument>& xDoc);

/// The paragraphs of any text (a header, a footer, a cell) walked the same way.
std::vector<css::uno::Reference<css::text::XTextRange>> textParagraphs(
    const css::uno::Reference<css::text::XText>& xText);

/// A text cursor over `nLength` code points at `nOffset` of the paragraph's text as getString()
/// gives it (what readDocument reads). Null when that span is not plain text a cursor can hold
/// exactly: when it reaches into a field, a footnote, a frame anchor or a bookmark, or past the
/// end. The returned range's string is always exactly that span.
css::uno::Reference<css::text::XTextRange> textSpan(
    const css::uno::Reference<css::text::XTextRange>& xParagraph, sal_Int32 nOffset,
    sal_Int32 nLength);

}  // namespace chengbao::ext
