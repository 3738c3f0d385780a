// A report template (format v1): the skeleton of one report genre and its numbering scheme.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "date_format.hpp"
#include "finding.hpp"
#include "genre.hpp"
#include "load_error.hpp"

namespace chengbao {

/// How the counter of one heading level is written.
enum class CounterFormat {
  Chinese,  ///< 一 二 三 … 十 十一
  Arabic,   ///< 1 2 3
};

/// The automatic label of one heading level: prefix + counter + suffix, e.g. "（" 一 "）".
struct LevelNumbering {
  int level = 1;  ///< 1..4
  CounterFormat format = CounterFormat::Arabic;
  std::string prefix;
  std::string suffix;
  /// The counters of the upper levels come first, joined with "." (Western 1.2, 1.2.3).
  bool with_parents = false;
};

/// One boilerplate text of a section; a writer picks one of a section's alternatives.
struct Alternative {
  std::string id;                       ///< [a-z0-9-]+, unique in its section
  std::vector<std::string> paragraphs;  ///< may hold {{field}} references and 【…】 spots
};

/// A section of the report body: a heading, its boilerplate paragraphs and sub-sections.
struct Section {
  std::string id;
  int level = 1;  ///< 1..4, one more than its parent
  bool required = false;
  std::string heading;               ///< the heading text without its label
  std::vector<std::string> aliases;  ///< other headings accepted for this section
  /// The default boilerplate: the paragraphs of the first alternative (empty when none).
  std::vector<std::string> paragraphs;
  /// Every boilerplate text, the default first. Plain <p> children make one alternative with the
  /// id "default"; a section without boilerplate has none.
  std::vector<Alternative> alternatives;
  std::vector<Section> children;
  int line = 0;  ///< where it is defined (in the file that defined it), for messages
};

/// Page layout a document writer applies; None leaves the office's defaults.
enum class PageSetup {
  None,
  Gbt9704,  ///< GB/T 9704-2012: A4, margins 37/35/28/26 mm, 16 pt 仿宋, 28 × 22
};

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

struct ReportTemplate {
  std::string file;
  std::string id;
  std::string extends;  ///< the id of the template this one builds on; empty when none
  std::string name;     ///< display name in the template's own script, e.g. 工作情况报告
  std::map<std::string, std::string> names;         ///< by language: zh-Hans, zh-Hant, en
  std::string description;                          ///< in the template's own script; may be empty
  std::map<std::string, std::string> descriptions;  ///< by language
  std::string script;                               ///< zh-Hans, zh-Hant or en
  Genre genre = Genre::Report;
  std::vector<LevelNumbering> numbering;  ///< one per level, levels 1..N in order
  std::string title;  ///< pattern with {{topic}}, e.g. 关于{{topic}}工作开展情况的报告
  std::string default_topic;  ///< used when no topic is given (may hold {{field}} references)
  std::string addressee;      ///< e.g. {{superior_body}}：
  std::vector<std::string> opening;
  std::vector<Section> sections;
  std::vector<std::string> closing;          ///< e.g. 特此报告。
  std::vector<std::string> attachment_note;  ///< 附件说明, one paragraph each; usually empty
  /// 附注 after the date, one paragraph each: a 请示's 「（联系人：……，电话：……）」.
  std::vector<std::string> notes;
  std::string signature;  ///< e.g. {{org_name}}
  std::string date;       ///< e.g. {{date}}
  /// How {{date}} is written; unset: as the profile says.
  std::optional<DateStyle> date_style;
  PageSetup page_setup = PageSetup::None;
  CheckerSettings checker;
};

/// Where the parent of a template that extends another is looked for.
struct TemplateLoadOptions {
  /// Searched after the template's own folder, in order (e.g. the built-in template folder, so an
  /// office's house template can extend a shipped one).
  std::vector<std::string> parent_dirs;
};

/// Loads a template from `path`; a broken file gives a LoadError naming the line. A template
/// that extends another finds its parent by id in its own folder.
std::variant<ReportTemplate, LoadError> load_template(const std::string& path);
/// Same, also looking for parents in `options.parent_dirs`.
std::variant<ReportTemplate, LoadError> load_template(const std::string& path,
                                                      const TemplateLoadOptions& options);
/// Same, from text in memory; `name` is used as the file name in errors, and its folder (when it
/// has one) is where parents are looked for first.
std::variant<ReportTemplate, LoadError> parse_template(const std::string& xml,
                                                       const std::string& name);
std::variant<ReportTemplate, LoadError> parse_template(const std::string& xml,
                                                       const std::string& name,
                                                       const TemplateLoadOptions& options);

/// The id on the root element of the template file at `path`, without checking the rest; empty
/// when the file is not a well-formed template. For finding a template by id cheaply.
std::string template_id_of(const std::string& path);

/// The rule ids of DESIGN.md §4.2, in catalogue order.
const std::vector<std::string>& rule_ids();

/// The display name in `language` (zh-Hans, zh-Hant, en), else in the template's own script.
std::string name_for(const ReportTemplate& tmpl, const std::string& language);

/// The section with `id` anywhere in the tree; nullptr when there is none.
const Section* find_section(const ReportTemplate& tmpl, const std::string& id);

/// The label text of `value` at a level, e.g. 3 with {Chinese, "", "、"} → "三、". A level that
/// shows its parents gives only its own part here; see the overload below.
std::string format_label(const LevelNumbering& numbering, int value);

/// The full label of a heading whose counters from level 1 down are `counters`, e.g. {1, 2} →
/// "（二）" in the GB/T scheme or "1.2 " when level 2 shows its parents. Empty when `counters` is
/// empty or deeper than `numbering`.
std::string format_label(const std::vector<LevelNumbering>& numbering,
                         const std::vector<int>& counters);

/// The label of `level` (1-based) in LibreOffice's list-format syntax, where %N% stands for the
/// counter of level N: "%1%、", "（%2%）", or "%1%.%2% " for a level shown with its parents.
std::string office_list_format(const std::vector<LevelNumbering>& numbering, int level);

/// The Chinese numeral for 1..99 as used in heading labels: 一 … 十 十一 … 二十一.
std::string chinese_number(int value);

}  // namespace chengbao
