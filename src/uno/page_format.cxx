// The page Writer lays the body out on as the core's PageFormat, with the file readers' meaning.
#include "page_format.hxx"

#include <algorithm>
#include <cmath>
#include <string>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>

#include "office_lengths.hxx"
#include "text_ranges.hxx"
#include "ustring.hxx"

using namespace css;
using css::uno::Reference;

namespace chengbao::ext {
namespace {

constexpr double POINTS_PER_MILLIMETRE = 72 / 25.4;
// More grid lines or characters than this is no page (the file readers' bound).
constexpr int MAX_GRID = 1000;

template <typename T>
T value(const Reference<beans::XPropertySet>& xProps, const char* pName) {
  T aValue{};
  xProps->getPropertyValue(rtl::OUString::createFromAscii(pName)) >>= aValue;
  return aValue;
}

double millimetres(const Reference<beans::XPropertySet>& xStyle, const char* pName) {
  return millimetresOf(value<sal_Int32>(xStyle, pName));
}

// How far a header or footer reaches into the margin. Writer's height includes the spacing to
// the body (an ODF fo:min-height of 10 mm with fo:margin-top 7 mm is FooterHeight 1000,
// FooterBodyDistance 700) but is not raised to it: a file may give a smaller height than
// spacing, and then the spacing is what the region takes, as the ODF reader counts it.
sal_Int32 regionExtent(const Reference<beans::XPropertySet>& xStyle, const char* pHeight,
                       const char* pSpacing) {
  return std::max({value<sal_Int32>(xStyle, pHeight), value<sal_Int32>(xStyle, pSpacing), 0});
}

void readGrid(const Reference<beans::XPropertySet>& xStyle, PageFormat& rPage) {
  // GridMode: 0 none, 1 lines, 2 lines and characters (css::text::TextGridMode).
  const sal_Int16 nMode = value<sal_Int16>(xStyle, "GridMode");
  if (nMode != 1 && nMode != 2) return;
  const sal_Int16 nLines = value<sal_Int16>(xStyle, "GridLines");
  rPage.grid_lines = nLines >= 0 && nLines <= MAX_GRID ? nLines : 0;
  const double fBaseHeight = pointsOf(value<sal_Int32>(xStyle, "GridBaseHeight"));
  const double fRubyHeight = pointsOf(value<sal_Int32>(xStyle, "GridRubyHeight"));
  if (fBaseHeight > 0 && fRubyHeight >= 0) rPage.grid_line_pitch = fBaseHeight + fRubyHeight;
  if (nMode != 2) return;
  // 7.4 has no characters-per-line property: a character cell is as wide as the base width in
  // the Word-like standard mode, and as the base height in LibreOffice's own squared mode.
  const double fBaseWidth = pointsOf(value<sal_Int32>(xStyle, "GridBaseWidth"));
  const double fCell =
      value<bool>(xStyle, "StandardPageMode") && fBaseWidth > 0 ? fBaseWidth : fBaseHeight;
  const double fTextWidth =
      (rPage.width - rPage.margin_left - rPage.margin_right) * POINTS_PER_MILLIMETRE;
  if (fCell > 0 && fTextWidth > 0) {
    // Lengths rounded to twips may fall a hair short of the whole cells the file meant (442.2 pt
    // of 15.79 pt cells are 28, but 442.25 pt of 15.8 pt cells are 27.99).
    rPage.grid_chars = static_cast<int>(
        std::min(std::floor(fTextWidth / fCell + 0.05), static_cast<double>(MAX_GRID)));
  }
}

/// The first paragraph of a header or footer with a page number: its text and alignment.
struct PageNumber {
  std::string text;  ///< the page-number field as "#"
  char align = 0;    ///< 'l', 'c' or 'r'; 0 when there is no page number
};

char alignmentOf(sal_Int16 nAdjust) {
  if (nAdjust == static_cast<sal_Int16>(style::ParagraphAdjust_CENTER)) return 'c';
  if (nAdjust == static_cast<sal_Int16>(style::ParagraphAdjust_RIGHT)) return 'r';
  return 'l';
}

PageNumber findPageNumber(const Reference<text::XText>& xText) {
  PageNumber aFound;
  if (!xText.is()) return aFound;
  for (const Reference<text::XTextRange>& xParagraph : textParagraphs(xText)) {
    std::string aText;
    bool bPageNumber = false;
    Reference<container::XEnumerationAccess> xAccess(xParagraph, uno::UNO_QUERY_THROW);
    Reference<container::XEnumeration> xPortions = xAccess->createEnumeration();
    while (xPortions->hasMoreElements()) {
      Reference<text::XTextRange> xPortion(xPortions->nextElement(), uno::UNO_QUERY);
      Reference<beans::XPropertySet> xProps(xPortion, uno::UNO_QUERY);
      if (!xPortion.is() || !xProps.is()) continue;
      if (value<rtl::OUString>(xProps, "TextPortionType") == "TextField") {
        Reference<lang::XServiceInfo> xField(xProps->getPropertyValue("TextField"), uno::UNO_QUERY);
        if (xField.is() && xField->supportsService("com.sun.star.text.textfield.PageNumber")) {
          aText += '#';
          bPageNumber = true;
          continue;
        }
      }
      aText += toUtf8(xPortion->getString());
    }
    if (bPageNumber) {
      Reference<beans::XPropertySet> xProps(xParagraph, uno::UNO_QUERY_THROW);
      aFound.text = std::move(aText);
      aFound.align = alignmentOf(value<sal_Int16>(xProps, "ParaAdjust"));
      return aFound;
    }
  }
  return aFound;
}

void readPageNumber(const Reference<beans::XPropertySet>& xStyle, PageFormat& rPage) {
  const PageNumber aOdd = findPageNumber(value<Reference<text::XText>>(xStyle, "FooterText"));
  const PageNumber aEven =
      value<bool>(xStyle, "FooterIsShared")
          ? aOdd
          : findPageNumber(value<Reference<text::XText>>(xStyle, "FooterTextLeft"));
  rPage.page_number_text = aOdd.align != 0 ? aOdd.text : aEven.text;
  rPage.page_number_align_odd = aOdd.align;
  rPage.page_number_align_even = aEven.align;
}

}  // namespace

sal_Int32 footerExtent(const Reference<beans::XPropertySet>& xStyle) {
  return value<bool>(xStyle, "FooterIsOn")
             ? regionExtent(xStyle, "FooterHeight", "FooterBodyDistance")
             : 0;
}

std::optional<PageFormat> readPageFormat(const Reference<text::XTextDocument>& xDoc,
                                         const Reference<text::XTextRange>& xFirstParagraph) {
  try {
    rtl::OUString aName = "Standard";
    Reference<beans::XPropertySet> xParagraph(xFirstParagraph, uno::UNO_QUERY);
    if (xParagraph.is()) {
      // A page break before the first paragraph names its page style; else the style in force.
      rtl::OUString aStyle = value<rtl::OUString>(xParagraph, "PageDescName");
      if (aStyle.isEmpty()) aStyle = value<rtl::OUString>(xParagraph, "PageStyleName");
      if (!aStyle.isEmpty()) aName = aStyle;
    }
    Reference<style::XStyleFamiliesSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
    Reference<container::XNameAccess> xPageStyles(
        xSupplier->getStyleFamilies()->getByName("PageStyles"), uno::UNO_QUERY_THROW);
    Reference<beans::XPropertySet> xStyle(xPageStyles->getByName(aName), uno::UNO_QUERY_THROW);

    PageFormat aPage;
    aPage.width = millimetres(xStyle, "Width");
    aPage.height = millimetres(xStyle, "Height");
    aPage.margin_top = millimetres(xStyle, "TopMargin");
    aPage.margin_bottom = millimetres(xStyle, "BottomMargin");
    aPage.margin_left = millimetres(xStyle, "LeftMargin");
    aPage.margin_right = millimetres(xStyle, "RightMargin");
    try {
      readGrid(xStyle, aPage);
    } catch (const uno::Exception&) {
      aPage.grid_lines = aPage.grid_chars = 0;
      aPage.grid_line_pitch = 0;
    }
    if (value<bool>(xStyle, "HeaderIsOn"))
      aPage.margin_top += millimetresOf(regionExtent(xStyle, "HeaderHeight", "HeaderBodyDistance"));
    if (!value<bool>(xStyle, "FooterIsOn")) return aPage;
    aPage.margin_bottom += millimetresOf(footerExtent(xStyle));
    try {
      readPageNumber(xStyle, aPage);
    } catch (const uno::Exception&) {
      aPage.page_number_text.clear();
      aPage.page_number_align_odd = aPage.page_number_align_even = 0;
    }
    return aPage;
  } catch (const uno::Exception&) {
    return std::nullopt;
  }
}

}  // namespace chengbao::ext
