// Where the core's paragraph and code-point positions are in Writer: body paragraphs and spans.
#include "text_ranges.hxx"

#include <algorithm>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <rtl/ustrbuf.hxx>

using namespace css;
using css::uno::Reference;

namespace chengbao::ext {
namespace {

void collectText(const Reference<text::XText>& xText,
                 std::vector<Reference<text::XTextRange>>& rOut);

// The same walk as document_model.cxx's readText: paragraphs, and tables cell by cell.
void collectTable(const Reference<text::XTextTable>& xTable,
                  std::vector<Reference<text::XTextRange>>& rOut) {
  for (const rtl::OUString& rName : xTable->getCellNames()) {
    Reference<text::XText> xCell(xTable->getCellByName(rName), uno::UNO_QUERY);
    if (xCell.is()) collectText(xCell, rOut);
  }
}

void collectText(const Reference<text::XText>& xText,
                 std::vector<Reference<text::XTextRange>>& rOut) {
  Reference<container::XEnumerationAccess> xAccess(xText, uno::UNO_QUERY_THROW);
  Reference<container::XEnumeration> xElements = xAccess->createEnumeration();
  while (xElements->hasMoreElements()) {
    Reference<lang::XServiceInfo> xInfo(xElements->nextElement(), uno::UNO_QUERY);
    if (!xInfo.is()) continue;
    if (xInfo->supportsService("com.sun.star.text.Paragraph")) {
      rOut.emplace_back(xInfo, uno::UNO_QUERY_THROW);
    } else if (xInfo->supportsService("com.sun.star.text.TextTable")) {
      collectTable(Reference<text::XTextTable>(xInfo, uno::UNO_QUERY_THROW), rOut);
    }
  }
}

/// One text portion of a paragraph, placed in code points of the paragraph's string.
struct Portion {
  Reference<text::XTextRange> xRange;
  bool bText = false;    ///< plain text: one code point of its string is one cursor step
  sal_Int32 nStart = 0;  ///< code points of the paragraph string before it
  sal_Int32 nLength = 0;
};

sal_Int32 codePointCount(const rtl::OUString& rText) {
  sal_Int32 nCount = 0;
  for (sal_Int32 nIndex = 0; nIndex < rText.getLength(); ++nCount) rText.iterateCodePoints(&nIndex);
  return nCount;
}

/// The UTF-16 index of code point `nCodePoint` of `rText`.
sal_Int32 utf16Index(const rtl::OUString& rText, sal_Int32 nCodePoint) {
  sal_Int32 nIndex = 0;
  for (sal_Int32 i = 0; i < nCodePoint && nIndex < rText.getLength(); ++i)
    rText.iterateCodePoints(&nIndex);
  return nIndex;
}

/// Moves the cursor by `nCount` characters; goRight takes a 16-bit count.
bool goRight(const Reference<text::XTextCursor>& xCursor, sal_Int32 nCount, bool bExpand) {
  while (nCount > 0) {
    const sal_Int16 nStep = static_cast<sal_Int16>(std::min<sal_Int32>(nCount, SAL_MAX_INT16));
    if (!xCursor->goRight(nStep, bExpand)) return false;
    nCount -= nStep;
  }
  return true;
}

}  // namespace

std::vector<Reference<text::XTextRange>> bodyParagraphs(
    const Reference<text::XTextDocument>& xDoc) {
  return textParagraphs(xDoc->getText());
}

std::vector<Reference<text::XTextRange>> textParagraphs(const Reference<text::XText>& xText) {
  std::vector<Reference<text::XTextRange>> aParagraphs;
  collectText(xText, aParagraphs);
  return aParagraphs;
}

Reference<text::XTextRange> textSpan(const Reference<text::XTextRange>& xParagraph,
                                     sal_Int32 nOffset, sal_Int32 nLength) {
  const sal_Int32 nEnd = nOffset + nLength;
  if (nOffset < 0 || nLength < 0) return nullptr;
  std::vector<Portion> aPortions;
  rtl::OUStringBuffer aWhole;
  sal_Int32 nPosition = 0;
  Reference<container::XEnumerationAccess> xAccess(xParagraph, uno::UNO_QUERY_THROW);
  Reference<container::XEnumeration> xElements = xAccess->createEnumeration();
  while (xElements->hasMoreElements()) {
    Portion aPortion;
    aPortion.xRange.set(xElements->nextElement(), uno::UNO_QUERY);
    Reference<beans::XPropertySet> xProps(aPortion.xRange, uno::UNO_QUERY);
    if (!aPortion.xRange.is() || !xProps.is()) return nullptr;
    rtl::OUString aType;
    xProps->getPropertyValue("TextPortionType") >>= aType;
    const rtl::OUString aText = aPortion.xRange->getString();
    aPortion.bText = aType == "Text";
    aPortion.nStart = nPosition;
    aPortion.nLength = codePointCount(aText);
    nPosition += aPortion.nLength;
    aWhole.append(aText);
    aPortions.push_back(std::move(aPortion));
  }
  // The portions must add up to the text the core read, or positions cannot be trusted.
  const rtl::OUString aString = aWhole.makeStringAndClear();
  if (aString != xParagraph->getString() || nEnd > nPosition) return nullptr;

  const Portion* pFirst = nullptr;
  for (const Portion& rPortion : aPortions) {
    const sal_Int32 nPortionEnd = rPortion.nStart + rPortion.nLength;
    // Anything but plain text inside the span (a field, or an anchor that shows no text) is
    // not ours to replace.
    const bool bInside = rPortion.nLength == 0 ? nOffset < rPortion.nStart && rPortion.nStart < nEnd
                                               : rPortion.nStart < nEnd && nOffset < nPortionEnd;
    if (bInside && !rPortion.bText) return nullptr;
    const bool bStartsHere = rPortion.nStart <= nOffset &&
                             (nOffset < nPortionEnd || (nLength == 0 && nOffset == nPortionEnd));
    if (!pFirst && rPortion.bText && bStartsHere) pFirst = &rPortion;
  }
  if (!pFirst) return nullptr;

  Reference<text::XText> xText = xParagraph->getText();
  Reference<text::XTextCursor> xCursor = xText->createTextCursorByRange(pFirst->xRange->getStart());
  if (!goRight(xCursor, nOffset - pFirst->nStart, false) || !goRight(xCursor, nLength, true))
    return nullptr;
  // A cursor counts characters its own way; only an exact match is a place to change.
  const sal_Int32 nBegin16 = utf16Index(aString, nOffset);
  const sal_Int32 nEnd16 = utf16Index(aString, nEnd);
  if (xCursor->getString() != aString.copy(nBegin16, nEnd16 - nBegin16)) return nullptr;
  return xCursor.get();
}

}  // namespace chengbao::ext
