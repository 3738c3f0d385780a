// vnd.chengbao:ImportPack(URL, Use): an institution pack (a .cbpack from a file:, http: or https:
// URL) installed for this user: its profiles join the known ones, its templates' folders the
// template folders, and with Use=true its first profile becomes the one in use.
// From a menu (no URL) a dialog asks for the pack: a URL or a path typed, or a file chosen.
#include <string>
#include <variant>

#include <com/sun/star/awt/XWindowPeer.hpp>

#include "command.hxx"
#include "pack_install.hxx"
#include "pack_source_dialog.hxx"
#include "settings.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {

rtl::OUString importPackCommand(const CommandContext& rContext) {
  const rtl::OUString aFailed = rContext.text(Message::ImportPackFailed);
  const auto fail = [&](const LoadError& rError) {
    return CommandError{aFailed + toOUString(describe(rError, rContext.coreLanguage()))};
  };
  std::string aUrl;
  if (auto aArg = rContext.args.string("URL")) aUrl = toUtf8(*aArg);
  if (aUrl.empty() && rContext.args.interactive()) {
    uno::Reference<awt::XWindowPeer> xParent;
    if (rContext.xFrame.is()) xParent.set(rContext.xFrame->getContainerWindow(), uno::UNO_QUERY);
    auto aSource = askPackSource(rContext.xContext, xParent, rContext.language);
    if (!aSource) return "cancelled";
    aUrl = *aSource;
  }
  if (aUrl.empty()) throw CommandError{rContext.text(Message::ImportPackNeedsUrl)};

  Settings aSettings = readSettings(rContext.xContext);
  auto aImported = importPack(rContext.xContext, aUrl, rContext.templateDir(), aSettings,
                              rContext.args.flag("Use"));
  if (auto* pError = std::get_if<LoadError>(&aImported)) throw fail(*pError);
  writeSettings(rContext.xContext, aSettings);
  const ImportedPack& rPack = std::get<ImportedPack>(aImported);

  if (rContext.args.interactive())
    rContext.showMessage(packImportedText(rPack, rContext.language), awt::MessageBoxType_INFOBOX);
  return toOUString(rPack.pack.id + " " + rPack.pack.version.text + " in " + rPack.folder);
}

}  // namespace chengbao::ext
