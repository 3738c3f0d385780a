// Element names with the conventional namespace prefixes, whatever prefixes a producer chose.
#include "xml_names.hpp"

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace chengbao {

namespace {

struct KnownNamespace {
  const char* uri;
  const char* prefix;
};

// The namespaces the readers look at (ODF, OOXML transitional and strict, package parts, the
// DrawingML of themes).
constexpr KnownNamespace kKnown[] = {
    {"urn:oasis:names:tc:opendocument:xmlns:office:1.0", "office"},
    {"urn:oasis:names:tc:opendocument:xmlns:style:1.0", "style"},
    {"urn:oasis:names:tc:opendocument:xmlns:text:1.0", "text"},
    {"urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table"},
    {"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "draw"},
    {"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0", "fo"},
    {"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "svg"},
    {"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0", "manifest"},
    {"urn:oasis:names:tc:opendocument:xmlns:meta:1.0", "meta"},
    {"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0", "loext"},
    {"http://www.w3.org/XML/1998/namespace", "xml"},
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"},
    {"http://purl.oclc.org/ooxml/wordprocessingml/main", "w"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"},
    {"http://purl.oclc.org/ooxml/officeDocument/relationships", "r"},
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"},
    {"urn:schemas-microsoft-com:vml", "v"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/math", "m"},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", "a"},
    {"http://purl.oclc.org/ooxml/drawingml/main", "a"},
};

const char* canonical_prefix(const char* uri) {
  for (const KnownNamespace& known : kKnown) {
    if (std::strcmp(known.uri, uri) == 0) return known.prefix;
  }
  return nullptr;
}

// A declaration that makes a known namespace use an unconventional prefix (or the default).
bool needs_renaming(const pugi::xml_attribute& attribute) {
  const char* name = attribute.name();
  const char* prefix = nullptr;
  if (std::strcmp(name, "xmlns") == 0) {
    prefix = "";
  } else if (std::strncmp(name, "xmlns:", 6) == 0) {
    prefix = name + 6;
  } else {
    return false;
  }
  const char* canonical = canonical_prefix(attribute.value());
  return canonical != nullptr && std::strcmp(canonical, prefix) != 0;
}

struct Binding {
  std::string prefix;     // "" for the default namespace
  std::string canonical;  // "" when the namespace is not one the readers know
  unsigned long depth;    // of the element that declared it
};

// The canonical prefix for `prefix` in scope, or nullptr when it is not a known namespace.
const std::string* lookup(const std::vector<Binding>& scope, std::string_view prefix) {
  for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
    if (it->prefix == prefix) return it->canonical.empty() ? nullptr : &it->canonical;
  }
  return nullptr;
}

void rename(pugi::xml_node node, const std::vector<Binding>& scope) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  const std::string_view prefix = colon == std::string_view::npos ? "" : name.substr(0, colon);
  if (const std::string* canonical = lookup(scope, prefix)) {
    const std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
    if (*canonical != prefix) node.set_name((*canonical + ":" + std::string(local)).c_str());
  }
  for (pugi::xml_attribute attribute : node.attributes()) {
    const std::string_view attribute_name = attribute.name();
    const std::size_t attribute_colon = attribute_name.find(':');
    // Unprefixed attributes are in no namespace, whatever the default namespace is.
    if (attribute_colon == std::string_view::npos) continue;
    const std::string_view attribute_prefix = attribute_name.substr(0, attribute_colon);
    if (attribute_prefix == "xmlns") continue;
    const std::string* canonical = lookup(scope, attribute_prefix);
    if (canonical != nullptr && *canonical != attribute_prefix) {
      attribute.set_name(
          (*canonical + ":" + std::string(attribute_name.substr(attribute_colon + 1))).c_str());
    }
  }
}

}  // namespace

void canonicalize_prefixes(pugi::xml_document& doc) {
  const pugi::xml_node root = doc.document_element();
  bool unconventional = false;
  for (const pugi::xml_attribute& attribute : root.attributes()) {
    unconventional = unconventional || needs_renaming(attribute);
  }
  if (!unconventional) return;

  // A walk by parent links that keeps count of the depth: a declaration is in scope while the
  // walk is below the element that made it.
  std::vector<Binding> scope;
  unsigned long depth = 0;
  pugi::xml_node node = root;
  while (node) {
    while (!scope.empty() && scope.back().depth >= depth) scope.pop_back();
    if (node.type() == pugi::node_element) {
      for (const pugi::xml_attribute& attribute : node.attributes()) {
        const char* name = attribute.name();
        const bool is_default = std::strcmp(name, "xmlns") == 0;
        if (!is_default && std::strncmp(name, "xmlns:", 6) != 0) continue;
        const char* canonical = canonical_prefix(attribute.value());
        scope.push_back({is_default ? "" : name + 6, canonical != nullptr ? canonical : "", depth});
      }
      rename(node, scope);
    }
    if (node.first_child()) {
      node = node.first_child();
      ++depth;
      continue;
    }
    while (node != root && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    node = node == root ? pugi::xml_node() : node.next_sibling();
  }
}

}  // namespace chengbao
