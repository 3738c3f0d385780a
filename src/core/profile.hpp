// An institution profile: the organisation values an office shares with its staff (format v1).
#pragma once

#include <map>
#include <string>
#include <variant>

#include "date_format.hpp"
#include "load_error.hpp"

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
  DateStyle date_style = DateStyle::Gbt9704;
  std::map<std::string, std::string> custom;  ///< <field name="…">value</field>

  /// The values as {{field}} names → text, for filling templates
  /// (org_name, org_short_name, superior_body, department, signatory, signatory_title, and the
  /// custom fields under their own names). Values not given (empty) are left out, so a reference
  /// to them stays visible in the document instead of silently becoming empty text.
  std::map<std::string, std::string> fields() const;
};

/// Loads a profile from `path`. A broken or incomplete file gives a LoadError naming the line.
std::variant<Profile, LoadError> load_profile(const std::string& path);
/// Same, from text in memory; `name` is used as the file name in errors.
std::variant<Profile, LoadError> parse_profile(const std::string& xml, const std::string& name);

}  // namespace chengbao
