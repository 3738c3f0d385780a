// vnd.chengbao:CheckPackUpdates(Force, Install): looks at the source of every pack imported from
// an http: or https: URL for a newer version (at most once a day unless Force), and with Install
// installs what is newer. vnd.chengbao:InstallPackUpdates is the user's consent to the notice the
// background check shows: a check now that installs.
#include <ctime>
#include <string>
#include <variant>
#include <vector>

#include "command.hxx"
#include "pack_install.hxx"
#include "pack_update.hpp"
#include "pack_update_job.hxx"
#include "settings.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

std::string joined(const std::vector<std::string>& rItems, const char* pSeparator) {
  std::string aText;
  for (const std::string& rItem : rItems) aText += (aText.empty() ? "" : pSeparator) + rItem;
  return aText;
}

/// The check, and with `bInstall` the install; the result for the caller: "not due",
/// "no updates", "updates: <id> <installed> -> <offered>; …" or "installed: …".
rtl::OUString packUpdates(const CommandContext& rContext, bool bForce, bool bInstall) {
  Settings aSettings = readSettings(rContext.xContext);
  const std::int64_t nNow = std::time(nullptr);
  if (!bForce && !pack_update_due(aSettings.lastUpdateCheck, nNow)) return "not due";
  // A check counts when it starts: one that fails (the server is down) is not repeated at
  // every document opened that day.
  writeLastUpdateCheck(rContext.xContext, nNow);
  aSettings.lastUpdateCheck = nNow;

  PackOptions aOptions;
  aOptions.shipped_dir = rContext.templateDir();
  const PackUpdateCheck aCheck =
      check_pack_updates(aSettings.packSources, userPacksDir(rContext.xContext), aOptions);

  std::vector<LoadError> aFailures;
  for (const PackCheckFailure& rFailure : aCheck.failures) aFailures.push_back(rFailure.error);
  std::vector<std::string> aOffered, aInstalled;
  std::vector<ImportedPack> aPacks;
  for (const PackOffer& rOffer : aCheck.updates) {
    const std::string aChange =
        rOffer.source.id + " " + rOffer.source.version + " -> " + rOffer.offered.version.text;
    if (!bInstall) {
      aOffered.push_back(aChange);
      continue;
    }
    // Downloaded again and checked whole again: what the server gives now is what is installed,
    // and a pack that fails leaves the installed one in use.
    auto aImported =
        importPack(rContext.xContext, rOffer.source.url, rContext.templateDir(), aSettings, false);
    if (auto* pError = std::get_if<LoadError>(&aImported)) {
      aFailures.push_back(*pError);
    } else {
      aInstalled.push_back(aChange);
      aPacks.push_back(std::get<ImportedPack>(std::move(aImported)));
    }
  }
  if (!aPacks.empty()) writeSettings(rContext.xContext, aSettings);

  std::vector<std::string> aParts;
  if (!aOffered.empty()) aParts.push_back("updates: " + joined(aOffered, "; "));
  if (!aInstalled.empty()) aParts.push_back("installed: " + joined(aInstalled, "; "));
  if (aParts.empty() && aFailures.empty()) aParts.push_back("no updates");
  const std::string aResult = joined(aParts, "; ");

  if (bInstall) removePackUpdateNotice(rContext.xFrame);
  if (rContext.args.interactive())
    for (const ImportedPack& rPack : aPacks)
      rContext.showMessage(packImportedText(rPack, rContext.language), awt::MessageBoxType_INFOBOX);
  if (!aFailures.empty()) {
    std::vector<std::string> aReasons;
    for (const LoadError& rError : aFailures)
      aReasons.push_back(describe(rError, rContext.coreLanguage()));
    rtl::OUString aText =
        rContext.text(Message::PackUpdatesFailed) + toOUString(joined(aReasons, "; "));
    if (!aResult.empty()) aText += toOUString(" (" + aResult + ")");
    throw CommandError{aText};
  }
  return toOUString(aResult);
}

}  // namespace

rtl::OUString checkPackUpdatesCommand(const CommandContext& rContext) {
  return packUpdates(rContext, rContext.args.flag("Force"), rContext.args.flag("Install"));
}

rtl::OUString installPackUpdatesCommand(const CommandContext& rContext) {
  return packUpdates(rContext, true, true);
}

}  // namespace chengbao::ext
