// The <checker> part of a template: which rules run and how strictly, the heading labels and
// date forms a house accepts; and the catalogue of rule ids.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "date_format.hpp"
#include "finding.hpp"
#include "load_error.hpp"
#include "numbering_labels.hpp"
#include "xml_fwd.hpp"

namespace chengbao {

/// A template's change to one rule of the checker (DESIGN.md §4.2); unset values keep the default.
struct RuleSetting {
  std::optional<bool> enabled;
  std::optional<Severity> severity;
};

/// What the checker should enforce for reports made from this template.
struct CheckerSettings {
  std::map<std::string, RuleSetting> rules;  ///< by rule id
  /// Allowed heading labels per level (1..4), written with the counter 1 or 一, e.g. {"1.", "1、"}.
  /// Levels not listed are left to the checker's default.
  std::map<int, std::vector<std::string>> labels;
  /// Allowed date forms; empty means the checker's default (every Chinese form).
  std::vector<DateStyle> dates;
};

/// The rule ids of DESIGN.md §4.2, in catalogue order.
const std::vector<std::string>& rule_ids();

/// What a <checker> element gives, with the lines needed to point at a setting later.
struct CheckerFile {
  CheckerSettings settings;
  std::map<int, int> label_lines;  ///< level → line of its <labels>
  bool dates_given = false;
};

/// Reads a <checker> element.
std::optional<LoadError> read_checker(const xml::Document& doc, const pugi::xml_node& node,
                                      CheckerFile& checker);

/// Lays `file` over the inherited `settings` (each rule setting, each level's labels, the dates)
/// and checks that the labels `numbering` makes pass the result; `fallback` is where a label
/// error is reported when the labels were inherited.
std::optional<LoadError> merge_checker(const xml::Document& doc, const CheckerFile& file,
                                       const std::vector<LevelNumbering>& numbering,
                                       const pugi::xml_node& fallback, CheckerSettings& settings);

}  // namespace chengbao
