// Selects a finding's text in the Writer view: paragraph by body-order index, code points
// counted as the cursor counts them, expanded fields as the one character they occupy.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace chengbao::ext {

/// The body paragraph at `nIndex` counted as readDocument counts (paragraphs in body order,
/// tables cell by cell in reading order); empty when there are fewer paragraphs.
css::uno::Reference<css::text::XTextRange> paragraphAt(
    const css::uno::Reference<css::text::XTextDocument>& xDoc, int nIndex);

/// Selects `nLength` code points from `nOffset` in paragraph `nParagraph` (as a Finding gives
/// them) in the view of `xController`; a zero length puts the cursor there. Ranges past the end
/// of the paragraph are cut at its end. False when the paragraph does not exist (the document
/// changed since the check).
bool selectFindingText(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                       const css::uno::Reference<css::frame::XController>& xController,
                       int nParagraph, int nOffset, int nLength);

}  // namespace chengbao::ext
