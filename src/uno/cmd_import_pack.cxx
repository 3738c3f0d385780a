// vnd.chengbao:ImportPack(URL, Use): an institution pack (a .cbpack from a file:, http: or https:
// URL) installed for this user: its profiles join the known ones, its templates' folders the
// template folders, and with Use=true its first profile becomes the one in use.
// From a menu or the options page (no URL) a file picker asks for the pack.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <system_error>
#include <variant>

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>

#include <unistd.h>

#include "command.hxx"
#include "download.hpp"
#include "pack_file.hpp"
#include "settings.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

namespace fs = std::filesystem;

/// Where this user's packs are installed: <office profile>/chengbao/packs.
fs::path userPacksDir(const uno::Reference<uno::XComponentContext>& xContext) {
  const rtl::OUString aUser =
      util::PathSubstitution::create(xContext)->substituteVariables("$(user)", true);
  return fs::path(toSystemPath(aUser)) / "chengbao" / "packs";
}

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

/// Removes a file however the function leaves.
struct RemoveGuard {
  fs::path path;
  ~RemoveGuard() {
    std::error_code ignored;
    if (!path.empty()) fs::remove(path, ignored);
  }
};

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

  const fs::path aPacks = userPacksDir(rContext.xContext);
  std::error_code aError;
  fs::create_directories(aPacks, aError);
  if (aError)
    throw fail(LoadError{aPacks.string(),
                         0,
                         "cannot write: " + aError.message(),
                         LoadProblem::CannotWrite,
                         {aError.message()}});
  // A file is installed from where it is; anything else is downloaded first, within the
  // download's limits, into a file of this user's packs folder kept while installing.
  std::string aFile;
  RemoveGuard aDownloaded;
  if (aUrl.rfind("file:", 0) == 0) {
    aFile = toSystemPath(toOUString(aUrl));
  } else {
    auto aBytes = download(aUrl);
    if (auto* pError = std::get_if<ReadError>(&aBytes)) throw fail(pError->at(aUrl));
    aDownloaded.path = aPacks / (".download-" + std::to_string(::getpid()) + ".cbpack");
    std::ofstream aOut(aDownloaded.path, std::ios::binary | std::ios::trunc);
    aOut << std::get<std::string>(aBytes);
    if (!aOut.flush())
      throw fail(LoadError{aDownloaded.path.string(),
                           0,
                           "cannot write",
                           LoadProblem::CannotWrite,
                           {"write failed"}});
    aFile = aDownloaded.path.string();
  }

  PackOptions aOptions;
  aOptions.shipped_dir = rContext.templateDir();
  auto aInstalled = install_pack(aFile, aPacks.string(), aOptions);
  if (auto* pError = std::get_if<LoadError>(&aInstalled)) {
    // Named as the user gave it, not through the private copy.
    LoadError aNamed = *pError;
    if (aNamed.file == aFile) aNamed.file = aUrl;
    throw fail(aNamed);
  }
  const InstalledPack& rPack = std::get<InstalledPack>(aInstalled);

  // Its profiles known, its templates' folders searched, in the settings.
  Settings aSettings = readSettings(rContext.xContext);
  std::vector<std::string> aProfiles;
  std::set<std::string> aFolders;
  for (const PackEntry& rEntry : rPack.pack.entries) {
    const fs::path aPath = fs::path(rPack.folder) / rEntry.path;
    if (rEntry.kind == PackEntryKind::Profile)
      aProfiles.push_back(aPath.string());
    else
      aFolders.insert(aPath.parent_path().string());
  }
  for (const std::string& rProfile : aProfiles) {
    auto& rKnown = aSettings.knownProfiles;
    if (std::find(rKnown.begin(), rKnown.end(), rProfile) == rKnown.end())
      rKnown.push_back(rProfile);
  }
  for (const std::string& rFolder : aFolders) {
    auto& rKnown = aSettings.templateFolders;
    if (std::find(rKnown.begin(), rKnown.end(), rFolder) == rKnown.end()) rKnown.push_back(rFolder);
  }
  if (rContext.args.flag("Use") && !aProfiles.empty()) aSettings.currentProfile = aProfiles[0];
  writeSettings(rContext.xContext, aSettings);

  const std::string aVersion = rPack.pack.version.text;
  if (rContext.args.interactive())
    rContext.showMessage(
        rContext.text(Message::PackImported)
            .replaceFirst("%1", toOUString(pack_name(rPack.pack, rContext.coreLanguage())))
            .replaceFirst("%2", toOUString(aVersion))
            .replaceFirst("%3", rtl::OUString::number(static_cast<sal_Int64>(aProfiles.size())))
            .replaceFirst("%4", rtl::OUString::number(static_cast<sal_Int64>(
                                    rPack.pack.entries.size() - aProfiles.size()))),
        awt::MessageBoxType_INFOBOX);
  return toOUString(rPack.pack.id + " " + aVersion + " in " + rPack.folder);
}

}  // namespace chengbao::ext
