// Telling the user once which typefaces of a report's 版式 the machine lacks.
#include "font_notice.hxx"

#include <mutex>
#include <set>
#include <string>
#include <vector>

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XToolkit2.hpp>
#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>

#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

/// The family names of the faces the office can show (as its font lists offer them); empty when
/// it cannot say.
std::set<std::string> installedFaces(const uno::Reference<uno::XComponentContext>& xContext) {
  std::set<std::string> aFaces;
  try {
    uno::Reference<awt::XToolkit2> xToolkit = awt::Toolkit::create(xContext);
    uno::Reference<awt::XDevice> xDevice = xToolkit->createScreenCompatibleDevice(1, 1);
    if (!xDevice.is()) return aFaces;
    const uno::Sequence<awt::FontDescriptor> aFonts = xDevice->getFontDescriptors();
    for (const awt::FontDescriptor& rFont : aFonts) aFaces.insert(toUtf8(rFont.Name));
  } catch (const uno::Exception&) {
    aFaces.clear();
  }
  return aFaces;
}

}  // namespace

rtl::OUString missingFontNotice(const CommandContext& rContext, const LayoutSpec& rLayout) {
  // The faces told so far in this office session.
  static std::mutex aMutex;
  static std::set<std::string> aTold;

  const std::set<std::string> aFaces = installedFaces(rContext.xContext);
  if (aFaces.empty()) return {};
  const std::vector<FontStandIn> aMissing = missing_fonts(
      rLayout, [&aFaces](const std::string& rName) { return aFaces.count(rName) != 0; });
  rtl::OUString aList;
  const std::lock_guard<std::mutex> aLock(aMutex);
  for (const FontStandIn& rFont : aMissing) {
    if (!aTold.insert(rFont.wanted).second) continue;
    const rtl::OUString aShown =
        rFont.shown.empty() ? rContext.text(Message::FontFallback) : toOUString(rFont.shown);
    if (!aList.isEmpty()) aList += rContext.text(Message::ListSeparator);
    aList += rContext.text(Message::FontShownAs)
                 .replaceFirst("%1", toOUString(rFont.wanted))
                 .replaceFirst("%2", aShown);
  }
  if (aList.isEmpty()) return {};
  return rContext.text(Message::FontsMissing).replaceFirst("%1", aList);
}

void showFontNotice(const uno::Reference<frame::XController>& xController,
                    const rtl::OUString& rNotice) noexcept {
  try {
    uno::Reference<frame::XInfobarProvider> xInfobars(xController, uno::UNO_QUERY);
    if (!xInfobars.is() || rNotice.isEmpty()) return;
    if (xInfobars->hasInfobar("chengbao-fonts")) xInfobars->removeInfobar("chengbao-fonts");
    xInfobars->appendInfobar("chengbao-fonts", "", rNotice, frame::InfobarType::WARNING, {}, true);
  } catch (...) {
    // A window without an infobar: the notice is in the command's result.
  }
}

}  // namespace chengbao::ext
