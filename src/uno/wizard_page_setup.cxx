// The report wizard's page setup: a template's page (its <layout>) applied to a Writer page style.
#include "wizard_page_setup.hxx"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include "page_format.hxx"
#include "ustring.hxx"

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace chengbao::ext {
namespace {

/// Writer keeps lengths in twips: 37 mm comes back as 3701.
constexpr sal_Int32 kTolerance = 3;
/// The footer: 7 mm from the text area to the page number's line (GB/T 9704 7.5: 「一字线上距版心
/// 下边缘7 mm」) and 7 mm for that line.
constexpr sal_Int32 kFooterDistance = 700;
constexpr sal_Int32 kFooterHeight = 1400;

sal_Int32 hmm(double fMillimetres) {
  return static_cast<sal_Int32>(std::lround(fMillimetres * 100));
}

beans::PropertyValue arg(const char* pName, const Any& rValue) {
  beans::PropertyValue aArg;
  aArg.Name = rtl::OUString::createFromAscii(pName);
  aArg.Value = rValue;
  return aArg;
}

void run(const Reference<frame::XDispatchHelper>& xHelper,
         const Reference<frame::XDispatchProvider>& xFrame, const char* pCommand,
         std::initializer_list<beans::PropertyValue> aList) {
  uno::Sequence<beans::PropertyValue> aArgs(static_cast<sal_Int32>(aList.size()) + 1);
  sal_Int32 i = 0;
  for (const beans::PropertyValue& rArg : aList) aArgs.getArray()[i++] = rArg;
  // Done when the call returns, before the caller's undo context closes.
  aArgs.getArray()[i] = arg("SynchronMode", Any(true));
  xHelper->executeDispatch(xFrame, rtl::OUString::createFromAscii(pCommand), "", 0, aArgs);
}

Reference<beans::XPropertySet> pageStyleAtCursor(const Reference<text::XTextDocument>& xDoc,
                                                 const Reference<frame::XController>& xController) {
  Reference<text::XTextViewCursorSupplier> xViewSupplier(xController, UNO_QUERY_THROW);
  Reference<beans::XPropertySet> xView(xViewSupplier->getViewCursor(), UNO_QUERY_THROW);
  rtl::OUString aStyleName;
  xView->getPropertyValue("PageStyleName") >>= aStyleName;
  Reference<style::XStyleFamiliesSupplier> xFamilies(xDoc, UNO_QUERY_THROW);
  Reference<container::XNameAccess> xPageStyles(
      xFamilies->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
  return Reference<beans::XPropertySet>(xPageStyles->getByName(aStyleName), UNO_QUERY_THROW);
}

/// Replaces the footer text `xText` with the page number in `rForm` (「— # —」), aligned
/// `eAdjust` and one character in from that side, in 四号 半角宋体.
void writePageNumber(const Reference<text::XTextDocument>& xDoc,
                     const Reference<text::XText>& xText, const PageSpec& rPage,
                     style::ParagraphAdjust eAdjust, double fCharacter) {
  if (!xText.is()) return;
  xText->setString("");
  Reference<text::XTextCursor> xCursor = xText->createTextCursor();
  Reference<beans::XPropertySet> xProps(xCursor, UNO_QUERY_THROW);
  xProps->setPropertyValue("ParaAdjust", Any(sal_Int16(eAdjust)));
  xProps->setPropertyValue("ParaFirstLineIndent", Any(sal_Int32(0)));
  const sal_Int32 nInset = static_cast<sal_Int32>(fCharacter * 2540 / 72 + 0.5);
  if (eAdjust == style::ParagraphAdjust_RIGHT)
    xProps->setPropertyValue("ParaRightMargin", Any(nInset));
  else if (eAdjust == style::ParagraphAdjust_LEFT)
    xProps->setPropertyValue("ParaLeftMargin", Any(nInset));
  const ElementStyle& rStyle = rPage.page_number_style;
  if (!rStyle.fonts.empty()) {
    xProps->setPropertyValue("CharFontName", Any(toOUString(rStyle.fonts.front())));
    xProps->setPropertyValue("CharFontNameAsian", Any(toOUString(rStyle.fonts.front())));
  }
  const float fSize = static_cast<float>(rStyle.size.value_or(14));
  xProps->setPropertyValue("CharHeight", Any(fSize));
  xProps->setPropertyValue("CharHeightAsian", Any(fSize));
  const std::string& rForm = rPage.page_number;
  const std::size_t nHash = rForm.find('#');
  xText->insertString(xCursor.get(), toOUString(rForm.substr(0, nHash)), false);
  Reference<lang::XMultiServiceFactory> xFactory(xDoc, UNO_QUERY_THROW);
  Reference<beans::XPropertySet> xField(
      xFactory->createInstance("com.sun.star.text.TextField.PageNumber"), UNO_QUERY_THROW);
  xField->setPropertyValue("NumberingType", Any(sal_Int16(4)));  // NumberingType::ARABIC
  xField->setPropertyValue("SubType", Any(text::PageNumberType_CURRENT));
  xText->insertTextContent(xCursor.get(), Reference<text::XTextContent>(xField, UNO_QUERY_THROW),
                           false);
  if (nHash != std::string::npos)
    xText->insertString(xCursor.get(), toOUString(rForm.substr(nHash + 1)), false);
}

}  // namespace

namespace {

/// Whether the footer of `xStyle` can take the page number as `rPage` places it: on, and with
/// its own text on even pages when the numbers stand outside.
bool footerReady(const Reference<beans::XPropertySet>& xStyle, const PageSpec& rPage) {
  bool bOn = false;
  bool bShared = true;
  xStyle->getPropertyValue("FooterIsOn") >>= bOn;
  xStyle->getPropertyValue("FooterIsShared") >>= bShared;
  return bOn && (!bShared || rPage.page_number_place != PageNumberPlace::Outside);
}

}  // namespace

bool preparePageFooter(const Reference<text::XTextDocument>& xDoc,
                       const Reference<frame::XController>& xController, const PageSpec& rPage) {
  if (rPage.page_number.empty()) return false;
  Reference<beans::XPropertySet> xStyle = pageStyleAtCursor(xDoc, xController);
  if (footerReady(xStyle, rPage)) return true;
  Reference<document::XUndoManagerSupplier> xSupplier(xDoc, UNO_QUERY);
  if (!xSupplier.is() || xSupplier->getUndoManager()->isUndoPossible()) return false;
  // The text area stays as it was: the footer's height comes out of the bottom margin.
  sal_Int32 nBottom = 0;
  xStyle->getPropertyValue("BottomMargin") >>= nBottom;
  const sal_Int32 nOldFooter = footerExtent(xStyle);
  xStyle->setPropertyValue("FooterIsOn", Any(true));
  xStyle->setPropertyValue("FooterIsShared",
                           Any(rPage.page_number_place != PageNumberPlace::Outside));
  xStyle->setPropertyValue("FooterIsDynamicHeight", Any(false));
  xStyle->setPropertyValue("FooterBodyDistance", Any(kFooterDistance));
  xStyle->setPropertyValue("FooterHeight", Any(kFooterHeight));
  xStyle->setPropertyValue("BottomMargin",
                           Any(std::max<sal_Int32>(nBottom + nOldFooter - kFooterHeight, 0)));
  return true;
}

bool applyPageSetup(const Reference<uno::XComponentContext>& xContext,
                    const Reference<text::XTextDocument>& xDoc,
                    const Reference<frame::XController>& xController, const LayoutSpec& rLayout,
                    PageParts eParts) {
  if (!rLayout.page) return false;
  const PageSpec& rPage = *rLayout.page;
  const bool bSize = eParts != PageParts::PageNumber;
  const bool bNumber = eParts != PageParts::PaperAndMargins && !rPage.page_number.empty();
  Reference<frame::XDispatchProvider> xFrame(xController->getFrame(), UNO_QUERY_THROW);
  Reference<frame::XDispatchHelper> xHelper = frame::DispatchHelper::create(xContext);
  Reference<beans::XPropertySet> xStyle = pageStyleAtCursor(xDoc, xController);

  // The footer comes out of the bottom margin, which is to the text area (footerExtent).
  sal_Int32 nTop = 0;
  sal_Int32 nBottomBefore = 0;
  xStyle->getPropertyValue("TopMargin") >>= nTop;
  xStyle->getPropertyValue("BottomMargin") >>= nBottomBefore;
  nBottomBefore += footerExtent(xStyle);

  // The footer first, when it is there to take the number (preparePageFooter): making one
  // inside an undo step is not safe (see the header).
  const bool bWritten = bNumber && footerReady(xStyle, rPage);
  if (bWritten) {
    bool bShared = true;
    xStyle->getPropertyValue("FooterIsShared") >>= bShared;
    const ElementStyle* pBody = rLayout.style(LayoutElement::Body);
    const double fCharacter = pBody != nullptr && pBody->size ? *pBody->size : 12.0;
    const auto eOdd = rPage.page_number_place == PageNumberPlace::Center
                          ? style::ParagraphAdjust_CENTER
                          : style::ParagraphAdjust_RIGHT;
    Reference<text::XText> xOdd;
    xStyle->getPropertyValue("FooterText") >>= xOdd;
    writePageNumber(xDoc, xOdd, rPage, eOdd, fCharacter);
    if (!bShared) {
      Reference<text::XText> xEven;
      xStyle->getPropertyValue("FooterTextLeft") >>= xEven;
      writePageNumber(
          xDoc, xEven, rPage,
          rPage.page_number_place == PageNumberPlace::Outside ? style::ParagraphAdjust_LEFT : eOdd,
          fCharacter);
    }
  }
  const sal_Int32 nFooter = footerExtent(xStyle);

  // The page: the template's, or (the page number alone) the text area it had.
  std::vector<std::pair<const char*, sal_Int32>> aExpected;
  if (bSize) {
    const sal_Int32 nWidth = hmm(rPage.width);
    const sal_Int32 nHeight = hmm(rPage.height);
    const sal_Int32 nLeft = hmm(rPage.margin_left);
    const sal_Int32 nRight = hmm(rPage.margin_right);
    nTop = hmm(rPage.margin_top);
    run(xHelper, xFrame, ".uno:AttributePageSize",
        {arg("AttributePageSize.Width", Any(nWidth)),
         arg("AttributePageSize.Height", Any(nHeight))});
    run(xHelper, xFrame, ".uno:PageLRMargin",
        {arg("PageLRMargin.Left", Any(nLeft)), arg("PageLRMargin.Right", Any(nRight))});
    aExpected = {
        {"Width", nWidth}, {"Height", nHeight}, {"LeftMargin", nLeft}, {"RightMargin", nRight}};
  }
  const sal_Int32 nBottom =
      std::max<sal_Int32>((bSize ? hmm(rPage.margin_bottom) : nBottomBefore) - nFooter, 0);
  run(xHelper, xFrame, ".uno:PageULMargin",
      {arg("PageULMargin.Upper", Any(nTop)), arg("PageULMargin.Lower", Any(nBottom))});
  aExpected.emplace_back("TopMargin", nTop);
  aExpected.emplace_back("BottomMargin", nBottom);

  // Reading the style changes nothing; it tells whether the commands reached the page.
  for (const auto& [pName, nValue] : aExpected) {
    sal_Int32 nActual = 0;
    xStyle->getPropertyValue(rtl::OUString::createFromAscii(pName)) >>= nActual;
    if (std::abs(nActual - nValue) > kTolerance)
      throw uno::RuntimeException("chengbao: the page setup did not reach the page style " +
                                  toOUString(std::string(pName)));
  }
  return bWritten;
}

}  // namespace chengbao::ext
