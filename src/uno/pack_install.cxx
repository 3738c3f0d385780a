// Installs an institution pack for this user and merges it into the settings: the one path of
// ImportPack, the options page and the update check's install on consent.
#include "pack_install.hxx"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <system_error>

#include <unistd.h>

#include "download.hpp"
#include "extension_location.hxx"
#include "messages.hxx"
#include "pack_file.hpp"
#include "pack_sources.hpp"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

namespace fs = std::filesystem;

/// Removes a file however the function leaves.
struct RemoveGuard {
  fs::path path;
  ~RemoveGuard() {
    std::error_code ignored;
    if (!path.empty()) fs::remove(path, ignored);
  }
};

LoadError cannotWrite(const std::string& rFile, const std::string& rReason) {
  return LoadError{rFile, 0, "cannot write: " + rReason, LoadProblem::CannotWrite, {rReason}};
}

void addOnce(std::vector<std::string>& rList, const std::string& rItem) {
  if (std::find(rList.begin(), rList.end(), rItem) == rList.end()) rList.push_back(rItem);
}

}  // namespace

std::string userPacksDir(const uno::Reference<uno::XComponentContext>& xContext) {
  return userDataDir(xContext) + "/packs";
}

std::variant<ImportedPack, LoadError> importPack(
    const uno::Reference<uno::XComponentContext>& xContext, const std::string& rUrl,
    const std::string& rShippedTemplateDir, Settings& rSettings, bool bUse) {
  const fs::path aPacks = userPacksDir(xContext);
  std::error_code aError;
  fs::create_directories(aPacks, aError);
  if (aError) return cannotWrite(aPacks.string(), aError.message());

  // A file is installed from where it is; anything else is downloaded first, within the
  // download's limits, into a file of this user's packs folder kept while installing.
  std::string aFile;
  RemoveGuard aDownloaded;
  if (rUrl.rfind("file:", 0) == 0) {
    aFile = toSystemPath(toOUString(rUrl));
  } else if (rUrl.find(':') == std::string::npos || rUrl.front() == '/') {
    aFile = rUrl;  // a plain path: a file
  } else {
    auto aBytes = download(rUrl);
    if (auto* pError = std::get_if<ReadError>(&aBytes)) return pError->at(rUrl);
    // Unique per call: an install on consent may run while another import is under way.
    static std::atomic<unsigned> nCount{0};
    aDownloaded.path = aPacks / (".download-" + std::to_string(::getpid()) + "-" +
                                 std::to_string(nCount++) + ".cbpack");
    std::ofstream aOut(aDownloaded.path, std::ios::binary | std::ios::trunc);
    aOut << std::get<std::string>(aBytes);
    if (!aOut.flush()) return cannotWrite(aDownloaded.path.string(), "write failed");
    aFile = aDownloaded.path.string();
  }

  PackOptions aOptions;
  aOptions.shipped_dir = rShippedTemplateDir;
  auto aInstalled = install_pack(aFile, aPacks.string(), aOptions);
  if (auto* pError = std::get_if<LoadError>(&aInstalled)) {
    // Named as the user gave it (an entry as "url[entry]"), not through the private copy.
    LoadError aNamed = *pError;
    if (aNamed.file.compare(0, aFile.size(), aFile) == 0)
      aNamed.file = rUrl + aNamed.file.substr(aFile.size());
    return aNamed;
  }
  InstalledPack& rInstalled = std::get<InstalledPack>(aInstalled);

  ImportedPack aResult{std::move(rInstalled.pack), rInstalled.folder, rInstalled.replaced, {}, {}};
  std::set<std::string> aFolders;
  for (const PackEntry& rEntry : aResult.pack.entries) {
    const fs::path aPath = fs::path(aResult.folder) / rEntry.path;
    if (rEntry.kind == PackEntryKind::Profile)
      aResult.profiles.push_back(aPath.string());
    else
      aFolders.insert(aPath.parent_path().string());
  }
  aResult.templateFolders.assign(aFolders.begin(), aFolders.end());

  // Its profiles known, its templates' folders searched.
  for (const std::string& rProfile : aResult.profiles) addOnce(rSettings.knownProfiles, rProfile);
  for (const std::string& rFolder : aResult.templateFolders)
    addOnce(rSettings.templateFolders, rFolder);
  if (bUse && !aResult.profiles.empty()) rSettings.currentProfile = aResult.profiles[0];
  // Where it came from, for the update check; a pack installed from a file has no source to
  // follow any more.
  if (is_remote_pack_url(rUrl)) {
    record_pack_source(rSettings.packSources, {aResult.pack.id, rUrl, aResult.pack.version.text});
  } else {
    auto& rSources = rSettings.packSources;
    rSources.erase(std::remove_if(rSources.begin(), rSources.end(),
                                  [&](const PackSource& r) { return r.id == aResult.pack.id; }),
                   rSources.end());
  }
  return aResult;
}

rtl::OUString packImportedText(const ImportedPack& rPack, const rtl::OUString& rLanguage) {
  const auto nProfiles = static_cast<sal_Int64>(rPack.profiles.size());
  const auto nTemplates = static_cast<sal_Int64>(rPack.pack.entries.size()) - nProfiles;
  return message(Message::PackImported, rLanguage)
      .replaceFirst("%1", toOUString(pack_name(rPack.pack, coreLanguage(rLanguage))))
      .replaceFirst("%2", toOUString(rPack.pack.version.text))
      .replaceFirst("%3", rtl::OUString::number(nProfiles))
      .replaceFirst("%4", rtl::OUString::number(nTemplates));
}

}  // namespace chengbao::ext
