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
#include "numbering_labels.hpp"
#include "template_checker.hpp"
#include "template_files.hpp"
#include "template_layout.hpp"
#include "template_sections.hpp"

namespace chengbao {

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
  /// 版式: the page and the look of each element; empty when the template prescribes none.
  LayoutSpec layout;
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

/// The display name in `language` (zh-Hans, zh-Hant, en), else in the template's own script.
std::string name_for(const ReportTemplate& tmpl, const std::string& language);

/// The section with `id` anywhere in the tree; nullptr when there is none.
const Section* find_section(const ReportTemplate& tmpl, const std::string& id);

}  // namespace chengbao
