// The report wizard's page setup: a template's GB/T 9704 page applied to a Writer page style.
#include "wizard_page_setup.hxx"

#include <cstdlib>
#include <utility>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace chengbao::ext {
namespace {

// GB/T 9704-2012 in hundredths of a millimetre.
constexpr sal_Int32 kWidth = 21000;
constexpr sal_Int32 kHeight = 29700;
constexpr sal_Int32 kTop = 3700;
constexpr sal_Int32 kBottom = 3500;
constexpr sal_Int32 kLeft = 2800;
constexpr sal_Int32 kRight = 2600;
/// Writer keeps lengths in twips: 37 mm comes back as 3701.
constexpr sal_Int32 kTolerance = 3;

beans::PropertyValue arg(const char* pName, sal_Int32 nValue) {
  beans::PropertyValue aArg;
  aArg.Name = rtl::OUString::createFromAscii(pName);
  aArg.Value <<= nValue;
  return aArg;
}

void run(const Reference<frame::XDispatchHelper>& xHelper,
         const Reference<frame::XDispatchProvider>& xFrame, const char* pCommand,
         const char* pFirst, sal_Int32 nFirst, const char* pSecond, sal_Int32 nSecond) {
  uno::Sequence<beans::PropertyValue> aArgs(3);
  aArgs.getArray()[0] = arg(pFirst, nFirst);
  aArgs.getArray()[1] = arg(pSecond, nSecond);
  // Done when the call returns, before the caller's undo context closes.
  aArgs.getArray()[2].Name = "SynchronMode";
  aArgs.getArray()[2].Value <<= true;
  xHelper->executeDispatch(xFrame, rtl::OUString::createFromAscii(pCommand), "", 0, aArgs);
}

}  // namespace

void applyGbt9704PageSetup(const Reference<uno::XComponentContext>& xContext,
                           const Reference<text::XTextDocument>& xDoc,
                           const Reference<frame::XController>& xController) {
  Reference<frame::XDispatchProvider> xFrame(xController->getFrame(), UNO_QUERY_THROW);
  Reference<frame::XDispatchHelper> xHelper = frame::DispatchHelper::create(xContext);
  run(xHelper, xFrame, ".uno:AttributePageSize", "AttributePageSize.Width", kWidth,
      "AttributePageSize.Height", kHeight);
  run(xHelper, xFrame, ".uno:PageULMargin", "PageULMargin.Upper", kTop, "PageULMargin.Lower",
      kBottom);
  run(xHelper, xFrame, ".uno:PageLRMargin", "PageLRMargin.Left", kLeft, "PageLRMargin.Right",
      kRight);

  // Reading the style changes nothing; it tells whether the commands reached the page.
  Reference<text::XTextViewCursorSupplier> xViewSupplier(xController, UNO_QUERY_THROW);
  Reference<beans::XPropertySet> xView(xViewSupplier->getViewCursor(), UNO_QUERY_THROW);
  rtl::OUString aStyleName;
  xView->getPropertyValue("PageStyleName") >>= aStyleName;
  Reference<style::XStyleFamiliesSupplier> xFamilies(xDoc, UNO_QUERY_THROW);
  Reference<container::XNameAccess> xPageStyles(
      xFamilies->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
  Reference<beans::XPropertySet> xStyle(xPageStyles->getByName(aStyleName), UNO_QUERY_THROW);
  const std::pair<const char*, sal_Int32> aExpected[] = {
      {"Width", kWidth},         {"Height", kHeight},   {"TopMargin", kTop},
      {"BottomMargin", kBottom}, {"LeftMargin", kLeft}, {"RightMargin", kRight}};
  for (const auto& [pName, nValue] : aExpected) {
    sal_Int32 nActual = 0;
    xStyle->getPropertyValue(rtl::OUString::createFromAscii(pName)) >>= nActual;
    if (std::abs(nActual - nValue) > kTolerance)
      throw uno::RuntimeException(
          "chengbao: the GB/T 9704 page setup did not reach the page "
          "style " +
          aStyleName);
  }
}

}  // namespace chengbao::ext
