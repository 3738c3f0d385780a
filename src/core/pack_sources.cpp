// Where the packs imported from a URL came from, and when to look for newer versions: pure rules.
#include "pack_sources.hpp"

#include <algorithm>
#include <cctype>

namespace chengbao {
namespace {

std::string one_line(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return text;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

}  // namespace

std::optional<PackSource> parse_pack_source(std::string_view text) {
  const std::size_t first = text.find('\t');
  if (first == std::string_view::npos) return std::nullopt;
  const std::size_t second = text.find('\t', first + 1);
  if (second == std::string_view::npos || text.find('\t', second + 1) != std::string_view::npos)
    return std::nullopt;
  PackSource source{std::string(text.substr(0, first)),
                    std::string(text.substr(first + 1, second - first - 1)),
                    std::string(text.substr(second + 1))};
  if (source.id.empty() || source.url.empty() || source.version.empty()) return std::nullopt;
  return source;
}

std::string format_pack_source(const PackSource& source) {
  return one_line(source.id) + '\t' + one_line(source.url) + '\t' + one_line(source.version);
}

void record_pack_source(std::vector<PackSource>& sources, const PackSource& source) {
  auto it = std::find_if(sources.begin(), sources.end(),
                         [&](const PackSource& known) { return known.id == source.id; });
  if (it != sources.end())
    *it = source;
  else
    sources.push_back(source);
}

bool is_remote_pack_url(std::string_view url) {
  return starts_with_ignoring_case(url, "http:") || starts_with_ignoring_case(url, "https:");
}

bool pack_update_due(std::int64_t last_check, std::int64_t now) {
  return now < last_check || now - last_check >= kPackUpdateInterval;
}

}  // namespace chengbao
