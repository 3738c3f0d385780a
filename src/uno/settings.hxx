// The extension's settings (org.chengbao.Settings): profiles, templates and pack sources.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <com/sun/star/uno/XComponentContext.hpp>

#include "pack_sources.hpp"

namespace chengbao::ext {

struct Settings {
  std::string currentProfile;                ///< path of the profile in use; empty: none chosen
  std::vector<std::string> knownProfiles;    ///< the user's list of profiles
  std::string defaultTemplate;               ///< template id used when none is given
  std::vector<std::string> templateFolders;  ///< extra folders with house templates
  std::vector<PackSource> packSources;       ///< the packs imported from http(s): URLs
  std::int64_t lastUpdateCheck = 0;  ///< seconds since the epoch of the last check; 0: never
};

/// The configuration node /org.chengbao.Settings/<group>, for reading or (bUpdate) writing.
css::uno::Reference<css::uno::XInterface> configNode(
    const css::uno::Reference<css::uno::XComponentContext>& xContext, const char* pGroup,
    bool bUpdate);
/// A string-list setting as UTF-8 strings (empty items dropped), and back.
std::vector<std::string> stringList(const css::uno::Any& rValue);
css::uno::Sequence<rtl::OUString> stringSequence(const std::vector<std::string>& rItems);

Settings readSettings(const css::uno::Reference<css::uno::XComponentContext>& xContext);

/// Writes all of them at once (the options page's OK).
void writeSettings(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                   const Settings& rSettings);

/// Writes only the time of the last update check (a check by itself changes nothing else).
void writeLastUpdateCheck(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                          std::int64_t nTime);

/// Makes `rPath` the profile in use and adds it to the user's list when it is not there.
void rememberProfile(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                     const std::string& rPath);

}  // namespace chengbao::ext
