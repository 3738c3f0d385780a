// Text as XML character data or an attribute value: the writers and the fixer escape alike.
#pragma once

#include <string>
#include <string_view>

namespace chengbao {

/// `text` with &, <, > and " written as entities (safe in element text and in "…" attributes).
/// With `keep_line_ends`, line feeds, carriage returns and tabs are written as character
/// references too, which a parser keeps where it would turn them into spaces in an attribute.
inline std::string xml_escape(std::string_view text, bool keep_line_ends = false) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
      case '\r':
      case '\t':
        if (keep_line_ends) {
          out += "&#" + std::to_string(static_cast<int>(c)) + ";";
          break;
        }
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace chengbao
