// Installs an institution pack for this user and merges it into the settings: the one path of
// ImportPack, the options page and the update check's install on consent.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <com/sun/star/uno/XComponentContext.hpp>

#include <rtl/ustring.hxx>

#include "load_error.hpp"
#include "pack_manifest.hpp"
#include "settings.hxx"

namespace chengbao::ext {

/// What importPack installed.
struct ImportedPack {
  PackManifest pack;
  std::string folder;                        ///< $(user)/chengbao/packs/<id>
  std::optional<PackVersion> replaced;       ///< the version installed before, if any
  std::vector<std::string> profiles;         ///< paths of its profiles, in the manifest's order
  std::vector<std::string> templateFolders;  ///< the folders of its templates
};

/// This user's packs folder: $(user)/chengbao/packs.
std::string userPacksDir(const css::uno::Reference<css::uno::XComponentContext>& xContext);

/// Installs the pack at `rUrl` (a path, file:, http:, https:; anything but a file is downloaded,
/// within download()'s limits) into this user's packs folder, every entry checked first
/// (install_pack: a broken, hostile or not newer pack changes nothing and the installed one stays),
/// then merges its profiles and template folders into `rSettings`; with `bUse` its first profile
/// becomes the one in use. A pack from http: or https: is recorded as coming from there
/// (packSources). The settings are NOT written: the caller writes them (a command at once, the
/// options page on OK). A failure is the LoadError, named by `rUrl` as given. `rShippedTemplateDir`
/// is where a house template's parent is looked for. Throws only for a broken office (no $(user)).
std::variant<ImportedPack, LoadError> importPack(
    const css::uno::Reference<css::uno::XComponentContext>& xContext, const std::string& rUrl,
    const std::string& rShippedTemplateDir, Settings& rSettings, bool bUse);

/// "Imported the pack … (version …): n profile(s), m template(s)." in `rLanguage`.
rtl::OUString packImportedText(const ImportedPack& rPack, const rtl::OUString& rLanguage);

}  // namespace chengbao::ext
