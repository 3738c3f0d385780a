// An institution profile: the organisation values an office shares with its staff (format v1).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "date_format.hpp"
#include "load_error.hpp"
#include "script_convert.hpp"

namespace chengbao {

/// The values of one institution. Strings are UTF-8; empty means "not given".
struct Profile {
  std::string file;           ///< where it was loaded from
  std::string full_name;      ///< organisation full name: the issuer signature
  std::string short_name;     ///< organisation short name
  std::string superior_body;  ///< the addressee of reports
  std::string department;
  std::string signatory_name;
  std::string signatory_title;
  std::string contact_name;   ///< the person to contact about a report
  std::string contact_phone;  ///< that person's phone number
  std::string address;
  /// The document-number pattern, e.g. 东湖银发〔{{year}}〕{{seq}}号; only {{year}} and {{seq}}.
  std::string document_number;
  std::string issuer_mark;  ///< 发文机关标志 of the 版头 (某某局文件); empty: not given
  std::string copy_to;      ///< 抄送机关 of the 版记; empty: not given
  std::string printed_by;   ///< 印发机关 of the 版记; empty: not given
  DateStyle date_style = DateStyle::Gbt9704;
  std::string script = "zh-Hans";  ///< zh-Hans or zh-Hant: which templates staff get by default
  /// The Traditional standard (<script region="TW|HK">) the Simplified values and topics typed for
  /// a zh-Hant report are converted to.
  Region region = Region::Taiwan;
  /// The office's own template folder as written in the profile (relative to the profile's
  /// folder and inside it), and the absolute path it resolves to. The path is set only by
  /// load_profile, which checks it on disk; both are empty when the profile names none.
  std::string template_folder;
  std::string template_folder_path;
  std::map<std::string, std::string> custom;  ///< <field name="…">value</field>

  /// The values as {{field}} names → text, for filling templates
  /// (org_name, org_short_name, superior_body, department, signatory, signatory_title, contact,
  /// phone, address, document_number, issuer_mark, copy_to, printed_by, and the custom fields
  /// under their own names). Values not
  /// given (empty) are left out, so a reference to them stays visible in the document instead of
  /// silently becoming empty text. document_number has {{year}} filled with `year` and keeps
  /// {{seq}}: the number is given when the report is registered.
  std::map<std::string, std::string> fields(int year) const;
  /// Same, with the current year.
  std::map<std::string, std::string> fields() const;
};

/// Converts every value of `profile` (names, bodies, people, address, document number, 版头 and
/// 版记 values, custom fields) with `convert`, e.g. to Traditional for a 繁體 report.
void convert_profile(const std::function<std::string(std::string_view)>& convert, Profile& profile);

/// The profile with its values in Traditional Chinese of its region (OpenCC), as a 繁體 report
/// made with it writes them: what a check of such a report compares with (see document_script).
/// nullopt when OpenCC is not installed.
std::optional<Profile> traditional_profile(const Profile& profile);

/// One value of a profile that the loader would refuse, for a form that shows it beside its field.
struct ProfileProblem {
  /// The value, named as the profile's XML names it: full-name, short-name, department,
  /// superior-body, signatory, signatory-title, contact-name, contact-phone, address,
  /// document-number, issuer-mark, copy-to, printed-by, date-style, script, template-folder, and
  /// field:<name> for a custom field.
  std::string field;
  LoadError error;  ///< what is wrong, with its kind (file and line are empty)
};

/// What the loader's rules find wrong in the values of `profile`, one entry per wrong value in the
/// order of the format: required values missing, a phone number that is none, a document number
/// with a reference other than {{year}} and {{seq}}, a date style or script not allowed, a template
/// folder that is not relative, a custom field name not allowed. Nothing is looked up on disk.
/// load_profile refuses a file exactly when these rules (or the XML ones) refuse it.
std::vector<ProfileProblem> check_profile_values(const Profile& profile);

/// The profile as a format-1 XML document that load_profile reads back to equal values.
std::string profile_xml(const Profile& profile);

/// Writes `profile` to `path` atomically: the text goes to a file beside it, which then replaces
/// `path` with a rename, so `path` is either the old file or the whole new one, never a part.
/// A profile with problems (check_profile_values) is refused without touching the file.
std::optional<LoadError> save_profile(const Profile& profile, const std::string& path);

/// Whether two paths name one profile: the same path, the same file (a link, another spelling), or
/// files with the same bytes (a copy of the shipped example, an older install's), so a list of
/// profiles shows each once.
bool same_profile_file(const std::string& a, const std::string& b);

/// Loads a profile from `path`. A broken or incomplete file gives a LoadError naming the line;
/// a <template-folder> that is missing or resolves outside the profile's folder is refused.
std::variant<Profile, LoadError> load_profile(const std::string& path);
/// Same, from text in memory; `name` is used as the file name in errors. <template-folder> is
/// checked only as text here (relative, no escape with ..): there is no folder to look into.
std::variant<Profile, LoadError> parse_profile(const std::string& xml, const std::string& name);

}  // namespace chengbao
