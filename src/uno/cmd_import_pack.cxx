// vnd.chengbao:ImportPack(URL, Use): an institution pack (a .cbpack from a file:, http: or https:
// URL) installed for this user: its profiles join the known ones, its templates' folders the
// template folders, and with Use=true its first profile becomes the one in use.
// From a menu or the options page (no URL) a file picker asks for the pack.
#include <string>
#include <variant>

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>

#include "command.hxx"
#include "pack_install.hxx"
#include "settings.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

std::string askPackUrl(const CommandContext& rContext) {
  uno::Reference<ui::dialogs::XFilePicker3> xPicker = ui::dialogs::FilePicker::createWithMode(
      rContext.xContext, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
  xPicker->setTitle(rContext.text(Message::ImportPackTitle));
  const rtl::OUString aFilter = rContext.text(Message::PackFilter) + " (*.cbpack)";
  xPicker->appendFilter(aFilter, "*.cbpack;*.zip");
  xPicker->setCurrentFilter(aFilter);
  if (xPicker->execute() != ui::dialogs::ExecutableDialogResults::OK) return std::string();
  const uno::Sequence<rtl::OUString> aFiles = xPicker->getSelectedFiles();
  return aFiles.getLength() == 0 ? std::string() : toUtf8(aFiles[0]);
}

}  // namespace

rtl::OUString importPackCommand(const CommandContext& rContext) {
  const rtl::OUString aFailed = rContext.text(Message::ImportPackFailed);
  const auto fail = [&](const LoadError& rError) {
    return CommandError{aFailed + toOUString(describe(rError, rContext.coreLanguage()))};
  };
  std::string aUrl;
  if (auto aArg = rContext.args.string("URL")) aUrl = toUtf8(*aArg);
  if (aUrl.empty() && rContext.args.interactive()) {
    aUrl = askPackUrl(rContext);
    if (aUrl.empty()) return "cancelled";
  }
  if (aUrl.empty()) throw CommandError{rContext.text(Message::ImportPackNeedsUrl)};
  // A plain path is taken as a file.
  if (aUrl.find(':') == std::string::npos || aUrl.front() == '/') aUrl = toUtf8(toFileUrl(aUrl));

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
