// Text as XML character data or an attribute value: the writer and the fixer escape alike.
#pragma once

#include <string>
#include <string_view>

namespace chengbao {

/// `text` with &, <, > and " written as entities (safe in element text and in "…" attributes).
inline std::string xml_escape(std::string_view text) {
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
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace chengbao
