// A report template (format v1): the skeleton of one report genre and its numbering scheme.
#pragma once

#include <string>
#include <variant>
#include <vector>

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
};

/// A section of the report body: a heading, its boilerplate paragraphs and sub-sections.
struct Section {
  std::string id;
  int level = 1;  ///< 1..4, one more than its parent
  bool required = false;
  std::string heading;                  ///< the heading text without its label
  std::vector<std::string> aliases;     ///< other headings accepted for this section
  std::vector<std::string> paragraphs;  ///< boilerplate, may hold {{field}} references
  std::vector<Section> children;
  int line = 0;  ///< where it is defined, for messages
};

struct ReportTemplate {
  std::string file;
  std::string id;
  std::string name;                       ///< display name, e.g. 工作情况报告
  std::string script;                     ///< zh-Hans, zh-Hant or en
  std::vector<LevelNumbering> numbering;  ///< one per level, levels 1..N in order
  std::string title;  ///< pattern with {{topic}}, e.g. 关于{{topic}}工作开展情况的报告
  std::string default_topic;  ///< used when no topic is given
  std::string addressee;      ///< e.g. {{superior_body}}：
  std::vector<std::string> opening;
  std::vector<Section> sections;
  std::vector<std::string> closing;  ///< e.g. 特此报告。
  std::string signature;             ///< e.g. {{org_name}}
  std::string date;                  ///< e.g. {{date}}
};

/// Loads a template from `path`; a broken file gives a LoadError naming the line.
std::variant<ReportTemplate, LoadError> load_template(const std::string& path);
/// Same, from text in memory; `name` is used as the file name in errors.
std::variant<ReportTemplate, LoadError> parse_template(const std::string& xml,
                                                       const std::string& name);

/// The label text of `value` at a level, e.g. 3 with {Chinese, "", "、"} → "三、".
std::string format_label(const LevelNumbering& numbering, int value);

/// The Chinese numeral for 1..99 as used in heading labels: 一 … 十 十一 … 二十一.
std::string chinese_number(int value);

}  // namespace chengbao
