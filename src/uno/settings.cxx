// The extension's settings (org.chengbao.Settings): profiles, templates and pack sources.
#include "settings.hxx"

#include <algorithm>

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include "configuration.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

constexpr const char* kRoot = "/org.chengbao.Settings/";

std::string readString(const uno::Reference<container::XNameAccess>& xNode, const char* pName) {
  rtl::OUString aValue;
  xNode->getByName(rtl::OUString::createFromAscii(pName)) >>= aValue;
  return toUtf8(aValue);
}

std::vector<std::string> readList(const uno::Reference<container::XNameAccess>& xNode,
                                  const char* pName) {
  return stringList(xNode->getByName(rtl::OUString::createFromAscii(pName)));
}

}  // namespace

uno::Reference<uno::XInterface> configNode(const uno::Reference<uno::XComponentContext>& xContext,
                                           const char* pGroup, bool bUpdate) {
  return configurationNode(xContext, std::string(kRoot) + pGroup, bUpdate);
}

std::vector<std::string> stringList(const uno::Any& rValue) {
  uno::Sequence<rtl::OUString> aValues;
  rValue >>= aValues;
  std::vector<std::string> aResult;
  for (const rtl::OUString& rItem : aValues)
    if (!rItem.isEmpty()) aResult.push_back(toUtf8(rItem));
  return aResult;
}

uno::Sequence<rtl::OUString> stringSequence(const std::vector<std::string>& rItems) {
  uno::Sequence<rtl::OUString> aResult(static_cast<sal_Int32>(rItems.size()));
  for (size_t i = 0; i < rItems.size(); ++i) aResult.getArray()[i] = toOUString(rItems[i]);
  return aResult;
}

Settings readSettings(const uno::Reference<uno::XComponentContext>& xContext) {
  Settings aSettings;
  uno::Reference<container::XNameAccess> xProfiles(configNode(xContext, "Profiles", false),
                                                   uno::UNO_QUERY_THROW);
  aSettings.currentProfile = readString(xProfiles, "Current");
  aSettings.knownProfiles = readList(xProfiles, "Known");
  uno::Reference<container::XNameAccess> xTemplates(configNode(xContext, "Templates", false),
                                                    uno::UNO_QUERY_THROW);
  aSettings.defaultTemplate = readString(xTemplates, "Default");
  aSettings.templateFolders = readList(xTemplates, "Folders");
  uno::Reference<container::XNameAccess> xPacks(configNode(xContext, "Packs", false),
                                                uno::UNO_QUERY_THROW);
  for (const std::string& rEntry : readList(xPacks, "Sources"))
    if (auto aSource = parse_pack_source(rEntry)) aSettings.packSources.push_back(*aSource);
  sal_Int64 nLast = 0;
  xPacks->getByName("LastUpdateCheck") >>= nLast;
  aSettings.lastUpdateCheck = nLast;
  return aSettings;
}

void writeSettings(const uno::Reference<uno::XComponentContext>& xContext,
                   const Settings& rSettings) {
  uno::Reference<uno::XInterface> xProfiles = configNode(xContext, "Profiles", true);
  uno::Reference<container::XNameReplace> xProfilesReplace(xProfiles, uno::UNO_QUERY_THROW);
  xProfilesReplace->replaceByName("Current", uno::Any(toOUString(rSettings.currentProfile)));
  xProfilesReplace->replaceByName("Known", uno::Any(stringSequence(rSettings.knownProfiles)));
  uno::Reference<util::XChangesBatch>(xProfiles, uno::UNO_QUERY_THROW)->commitChanges();
  uno::Reference<uno::XInterface> xTemplates = configNode(xContext, "Templates", true);
  uno::Reference<container::XNameReplace> xTemplatesReplace(xTemplates, uno::UNO_QUERY_THROW);
  xTemplatesReplace->replaceByName("Default", uno::Any(toOUString(rSettings.defaultTemplate)));
  xTemplatesReplace->replaceByName("Folders", uno::Any(stringSequence(rSettings.templateFolders)));
  uno::Reference<util::XChangesBatch>(xTemplates, uno::UNO_QUERY_THROW)->commitChanges();
  std::vector<std::string> aSources;
  for (const PackSource& rSource : rSettings.packSources)
    aSources.push_back(format_pack_source(rSource));
  uno::Reference<uno::XInterface> xPacks = configNode(xContext, "Packs", true);
  uno::Reference<container::XNameReplace> xPacksReplace(xPacks, uno::UNO_QUERY_THROW);
  xPacksReplace->replaceByName("Sources", uno::Any(stringSequence(aSources)));
  xPacksReplace->replaceByName("LastUpdateCheck",
                               uno::Any(static_cast<sal_Int64>(rSettings.lastUpdateCheck)));
  uno::Reference<util::XChangesBatch>(xPacks, uno::UNO_QUERY_THROW)->commitChanges();
}

void writeLastUpdateCheck(const uno::Reference<uno::XComponentContext>& xContext,
                          std::int64_t nTime) {
  uno::Reference<uno::XInterface> xPacks = configNode(xContext, "Packs", true);
  uno::Reference<container::XNameReplace>(xPacks, uno::UNO_QUERY_THROW)
      ->replaceByName("LastUpdateCheck", uno::Any(static_cast<sal_Int64>(nTime)));
  uno::Reference<util::XChangesBatch>(xPacks, uno::UNO_QUERY_THROW)->commitChanges();
}

void rememberProfile(const uno::Reference<uno::XComponentContext>& xContext,
                     const std::string& rPath) {
  std::vector<std::string> aKnown = readSettings(xContext).knownProfiles;
  if (std::find(aKnown.begin(), aKnown.end(), rPath) == aKnown.end()) aKnown.push_back(rPath);

  uno::Reference<uno::XInterface> xNode = configNode(xContext, "Profiles", true);
  uno::Reference<container::XNameReplace> xReplace(xNode, uno::UNO_QUERY_THROW);
  xReplace->replaceByName("Current", uno::Any(toOUString(rPath)));
  xReplace->replaceByName("Known", uno::Any(stringSequence(aKnown)));
  uno::Reference<util::XChangesBatch>(xNode, uno::UNO_QUERY_THROW)->commitChanges();
}

}  // namespace chengbao::ext
