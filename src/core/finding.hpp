// What a rule reports: a problem at a place in the document, with a message and maybe a fix.
#pragma once

#include <optional>
#include <string>

namespace chengbao {

enum class Severity { Info, Warning, Error };

/// The language of messages.
enum class Language { ZhCN, ZhTW, En };

/// "info" | "warning" | "error".
const char* severity_name(Severity severity);
/// Parses "zh-CN", "zh_CN.UTF-8", "zh-TW", "zh-HK", "en", "C" … (a locale or a --lang value);
/// anything not Chinese is English. Traditional for TW, HK, MO and Hant.
Language parse_language(const std::string& locale);

struct Finding {
  std::string rule;  ///< a stable id of DESIGN.md §4.2, e.g. "numbering.gap"
  Severity severity = Severity::Warning;
  int paragraph = 0;    ///< 0-based index in body order
  int offset = 0;       ///< in Unicode code points from the start of the paragraph text
  int length = 0;       ///< in Unicode code points
  std::string text;     ///< the offending text (UTF-8)
  std::string message;  ///< in the language asked for
  std::optional<std::string> replacement;  ///< a safe fix: replaces `text` at offset/length
  /// A safe fix of the look (format.*): the office sets the layout's properties on every
  /// paragraph with this defect (format_fix.hpp); the text stays.
  bool fixes_format = false;
};

}  // namespace chengbao
