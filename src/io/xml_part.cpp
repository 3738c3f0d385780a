// One XML part of a document, parsed safely: no DTD, bounded nesting, UTF-8 only.
#include "xml_part.hpp"

#include <algorithm>
#include <string_view>

#include "xml_names.hpp"

namespace chengbao {

namespace {

// A scan of the raw text for the two things that must never reach the parser or a traversal: a
// DOCTYPE and nesting deeper than allowed. It only needs to find tags, so it skips comments, CDATA
// sections, processing instructions and quoted attribute values; anything malformed stops the scan
// and is left to the parser to report.
std::optional<std::string> prescan(std::string_view text, unsigned max_depth) {
  unsigned long depth = 0;
  std::size_t i = 0;
  const auto skip_past = [&](std::string_view end) {
    const std::size_t found = text.find(end, i);
    i = found == std::string_view::npos ? text.size() : found + end.size();
  };
  while (i < text.size()) {
    i = text.find('<', i);
    if (i == std::string_view::npos) break;
    const char kind = i + 1 < text.size() ? text[i + 1] : '\0';
    const std::string_view rest = text.substr(i);
    if (kind == '!' && rest.compare(0, 4, "<!--") == 0) {
      i += 4;
      skip_past("-->");
    } else if (kind == '!' && rest.compare(0, 9, "<![CDATA[") == 0) {
      i += 9;
      skip_past("]]>");
    } else if (kind == '?') {
      i += 2;
      skip_past("?>");
    } else if (kind == '!' && rest.compare(0, 9, "<!DOCTYPE") == 0) {
      return "DTD/entities not allowed (the file has a DOCTYPE)";
    } else if (kind == '/') {
      if (depth > 0) --depth;
      i += 2;
      skip_past(">");
    } else {
      // A start tag: find its end outside quoted attribute values.
      char quote = 0;
      std::size_t j = i + 1;
      for (; j < text.size(); ++j) {
        const char c = text[j];
        if (quote != 0) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          break;
        }
      }
      if (j >= text.size()) break;
      if (text[j - 1] != '/' && ++depth > max_depth) {
        return "XML nesting deeper than " + std::to_string(max_depth) + " levels";
      }
      i = j + 1;
    }
  }
  return std::nullopt;
}

int line_of(const std::string& text, std::ptrdiff_t offset) {
  const auto end = text.begin() + std::clamp<std::ptrdiff_t>(offset, 0, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
}

}  // namespace

std::optional<std::string> parse_xml_part(XmlPart& part, unsigned max_depth) {
  // Parts of a package are named in messages; a flat file is the file itself.
  const std::string where = part.name.empty() ? "" : part.name + ": ";
  const std::string& text = part.text;
  if (text.size() >= 2 && (text[0] == '\0' || text[1] == '\0' ||
                           (static_cast<unsigned char>(text[0]) == 0xFF &&
                            static_cast<unsigned char>(text[1]) == 0xFE) ||
                           (static_cast<unsigned char>(text[0]) == 0xFE &&
                            static_cast<unsigned char>(text[1]) == 0xFF))) {
    return where + "UTF-16 XML is not supported";
  }
  if (auto refused = prescan(text, max_depth)) return where + *refused;
  const pugi::xml_parse_result result = part.doc.load_buffer_inplace(
      part.text.data(), part.text.size(), pugi::parse_default | pugi::parse_ws_pcdata,
      pugi::encoding_utf8);
  if (!result) {
    // In-place parsing has rewritten the text before the error, but it keeps its line breaks
    // (except inside attribute values), so counting them still finds the line.
    return where + "not well-formed XML (line " +
           std::to_string(line_of(part.text, result.offset)) + "): " + result.description();
  }
  canonicalize_prefixes(part.doc);
  return std::nullopt;
}

}  // namespace chengbao
