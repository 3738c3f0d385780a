// Selects a finding's text in the Writer view: paragraph by body-order index, code points
// counted as the cursor counts them, expanded fields as the one character they occupy.
#include "finding_selection.hxx"

#include <algorithm>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "text_ranges.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

/// Walks text in the order of document_model.cxx's readText until paragraph `nTarget`.
/// The number of code points in `rText` (a surrogate pair is one).
sal_Int32 codePoints(const rtl::OUString& rText) {
  sal_Int32 nCount = 0;
  for (sal_Int32 nIndex = 0; nIndex < rText.getLength(); ++nCount) rText.iterateCodePoints(&nIndex);
  return nCount;
}

/// A run of the paragraph, measured in code points: its length in getString() and in cursor
/// steps (a cursor step is a code point; a field shows its value but is one step, and bookmarks
/// and similar marks are none).
struct Portion {
  sal_Int32 nStringStart = 0;
  sal_Int32 nStringLength = 0;
  sal_Int32 nCursorStart = 0;
  sal_Int32 nCursorLength = 0;
  bool bText = true;
};

std::vector<Portion> portionsOf(const uno::Reference<text::XTextRange>& xParagraph) {
  std::vector<Portion> aPortions;
  uno::Reference<container::XEnumerationAccess> xAccess(xParagraph, uno::UNO_QUERY);
  if (!xAccess.is()) return aPortions;
  uno::Reference<container::XEnumeration> xRuns = xAccess->createEnumeration();
  sal_Int32 nString = 0;
  sal_Int32 nCursor = 0;
  while (xRuns->hasMoreElements()) {
    uno::Reference<text::XTextRange> xRun(xRuns->nextElement(), uno::UNO_QUERY);
    uno::Reference<beans::XPropertySet> xProps(xRun, uno::UNO_QUERY);
    if (!xRun.is() || !xProps.is()) continue;
    rtl::OUString aType;
    xProps->getPropertyValue("TextPortionType") >>= aType;
    Portion aPortion;
    aPortion.bText = aType == "Text";
    aPortion.nStringStart = nString;
    aPortion.nStringLength = codePoints(xRun->getString());
    aPortion.nCursorStart = nCursor;
    aPortion.nCursorLength =
        aPortion.bText ? aPortion.nStringLength : (aPortion.nStringLength > 0 ? 1 : 0);
    nString += aPortion.nStringLength;
    nCursor += aPortion.nCursorLength;
    aPortions.push_back(aPortion);
  }
  return aPortions;
}

/// The cursor step of code point `nIndex` of the paragraph's string; inside a field it rounds
/// to the field's start or, with `bRoundUp`, to its end.
sal_Int32 cursorPosition(const std::vector<Portion>& rPortions, sal_Int32 nIndex, bool bRoundUp) {
  for (const Portion& rPortion : rPortions) {
    if (nIndex >= rPortion.nStringStart + rPortion.nStringLength) continue;
    if (rPortion.bText) return rPortion.nCursorStart + (nIndex - rPortion.nStringStart);
    return bRoundUp && nIndex > rPortion.nStringStart
               ? rPortion.nCursorStart + rPortion.nCursorLength
               : rPortion.nCursorStart;
  }
  return rPortions.empty() ? 0 : rPortions.back().nCursorStart + rPortions.back().nCursorLength;
}

void moveRight(const uno::Reference<text::XTextCursor>& xCursor, sal_Int32 nSteps, bool bExpand) {
  while (nSteps > 0) {
    const sal_Int16 nChunk = static_cast<sal_Int16>(std::min<sal_Int32>(nSteps, SAL_MAX_INT16));
    if (!xCursor->goRight(nChunk, bExpand)) return;
    nSteps -= nChunk;
  }
}

}  // namespace

uno::Reference<text::XTextRange> paragraphAt(const uno::Reference<text::XTextDocument>& xDoc,
                                             int nIndex) {
  if (nIndex < 0 || !xDoc.is()) return nullptr;
  // The same walk readDocument numbers paragraphs by.
  const auto aParagraphs = bodyParagraphs(xDoc);
  return static_cast<size_t>(nIndex) < aParagraphs.size() ? aParagraphs[nIndex] : nullptr;
}

bool selectFindingText(const uno::Reference<text::XTextDocument>& xDoc,
                       const uno::Reference<frame::XController>& xController, int nParagraph,
                       int nOffset, int nLength) {
  uno::Reference<text::XTextRange> xParagraph = paragraphAt(xDoc, nParagraph);
  uno::Reference<view::XSelectionSupplier> xSelection(xController, uno::UNO_QUERY);
  if (!xParagraph.is() || !xSelection.is()) return false;

  // The finding counts code points of the paragraph's text with fields expanded, as
  // readDocument reads it; the cursor steps over a code point at a time and over a field as one.
  const std::vector<Portion> aPortions = portionsOf(xParagraph);
  const sal_Int32 nStart = cursorPosition(aPortions, std::max(0, nOffset), false);
  const sal_Int32 nEnd = std::max(
      nStart, cursorPosition(aPortions, std::max(0, nOffset) + std::max(0, nLength), true));

  uno::Reference<text::XText> xText = xParagraph->getText();
  uno::Reference<text::XTextCursor> xCursor =
      xText->createTextCursorByRange(xParagraph->getStart());
  moveRight(xCursor, nStart, false);
  moveRight(xCursor, nEnd - nStart, true);
  xSelection->select(uno::Any(xCursor));
  return true;
}

}  // namespace chengbao::ext
