// The look of Writer's paragraphs as the core's ParagraphFormat, with the file readers' meaning.
#pragma once

#include <map>

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <rtl/ustring.hxx>

#include "document.hpp"

namespace chengbao::ext {

/// Reads the format of one document's paragraphs. A value counts only when the document settles
/// it — set on the text, the paragraph, a style of its chain or the document's defaults — as the
/// file readers leave unset what a file does not say: Writer's built-in values (indent 0, single
/// spacing) are not judged. The default fonts and sizes LibreOffice gives every document it
/// loads are the document's defaults, as they are in every file it saves.
/// Keeps what paragraphs share (the defaults, each style's chain), so thousands of paragraphs
/// cost one look each.
class ParagraphFormatReader {
 public:
  explicit ParagraphFormatReader(const css::uno::Reference<css::text::XTextDocument>& xDoc);

  /// The format of `xParagraph`, whose paragraph style is `rStyle`. Character properties are those
  /// of the text holding most of its visible characters (the paragraph's own when it has none).
  /// What cannot be read stays unset; no UNO exception escapes.
  ParagraphFormat read(const css::uno::Reference<css::text::XTextRange>& xParagraph,
                       const rtl::OUString& rStyle);

 private:
  /// The properties (bits of the reader's property list) `rStyle` or one of its ancestors sets.
  unsigned styleProperties(const rtl::OUString& rStyle, int nDepth = 0);

  css::uno::Reference<css::container::XNameAccess> m_xStyles;
  unsigned m_nDefaults = 0;  ///< the properties the document's defaults set
  std::map<rtl::OUString, unsigned> m_aStyleProperties;
};

}  // namespace chengbao::ext
