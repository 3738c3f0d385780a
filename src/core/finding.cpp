// Severity names and the message language of a locale.
#include "finding.hpp"

#include <cctype>

namespace chengbao {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::Info:
      return "info";
    case Severity::Warning:
      return "warning";
    case Severity::Error:
      return "error";
  }
  return "error";
}

Language parse_language(const std::string& locale) {
  std::string lower;
  for (char c : locale) {
    if (c == '.' || c == '@') break;  // zh_CN.UTF-8, zh_TW@euro: the encoding says nothing
    lower += static_cast<char>(c == '_' ? '-' : std::tolower(static_cast<unsigned char>(c)));
  }
  if (lower != "zh" && lower.rfind("zh-", 0) != 0) return Language::En;
  const auto has = [&lower](const char* part) {
    const std::string tag = std::string("-") + part;
    const std::size_t at = lower.find(tag);
    return at != std::string::npos &&
           (at + tag.size() == lower.size() || lower[at + tag.size()] == '-');
  };
  if (has("hans")) return Language::ZhCN;
  if (has("hant") || has("tw") || has("hk") || has("mo")) return Language::ZhTW;
  return Language::ZhCN;
}

}  // namespace chengbao
