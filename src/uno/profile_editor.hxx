// The profile editor: every value of an organisation profile in a form, checked as the user types
// with the loader's own rules, saved atomically. Opened from the options page and the wizard.
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "profile.hpp"

namespace chengbao::ext {

/// Shows the editor over `xParent`, filled with `rStart`, in `rLanguage` (zh-CN, zh-TW, en-US).
/// Save writes the profile to `rPath` atomically (save_profile); with an empty `rPath` it goes to
/// a new file in this user's profiles folder (newProfilePath). Save is refused while a value is
/// wrong: every wrong value is named beside its field and nothing is written.
/// Returns the file saved, or nullopt when the user cancels. UNO errors are the caller's.
std::optional<std::string> runProfileEditor(
    const css::uno::Reference<css::uno::XComponentContext>& xContext,
    const css::uno::Reference<css::awt::XWindowPeer>& xParent, const rtl::OUString& rLanguage,
    const Profile& rStart, const std::string& rPath);

/// This user's folder of the profiles made in the editor: <office profile>/chengbao/profiles.
std::string userProfilesDir(const css::uno::Reference<css::uno::XComponentContext>& xContext);

/// A file in `rDir` for a new profile, named after its short name (else its full name, else
/// "profile"), one that does not exist yet.
std::string newProfilePath(const std::string& rDir, const Profile& rProfile);

/// Whether Edit may save over `rPath`: a file the user may write that is neither shipped with
/// the extension nor part of an installed pack (an update replaces those). Any other profile is
/// saved as a new file of the user's own.
bool editableInPlace(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                     const std::string& rPath);

/// `rProfile` made ready for a file of the user's own in another folder: without its template
/// folder, which is relative to the original's file. Returns the folder that named, for the
/// caller to list among the extra template folders once the copy is saved; empty when none, or
/// when it is the shipped example's (the fictional bank's templates, in a folder an update of the
/// extension moves).
std::string dropTemplateFolder(Profile& rProfile, const std::string& rShippedDir);

/// Export: asks where (a Save As file picker over `xParent`) and writes `rProfile` there.
/// The file written, nullopt when the user cancels; a LoadError text in `rError` on failure.
std::optional<std::string> exportProfile(
    const css::uno::Reference<css::uno::XComponentContext>& xContext,
    const rtl::OUString& rLanguage, const Profile& rProfile, std::string& rError);

}  // namespace chengbao::ext
