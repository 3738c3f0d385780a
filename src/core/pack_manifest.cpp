// An institution pack's manifest (pack.xml, format v1) and its version numbers: pure parsing.
#include "pack_manifest.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "xml_util.hpp"

namespace chengbao {
namespace {

constexpr std::size_t kMaxVersionParts = 4;
constexpr std::size_t kMaxVersionDigits = 9;
constexpr std::size_t kMaxPathBytes = 200;

bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() &&
         text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

std::optional<LoadError> read_name(const xml::Document& doc, const pugi::xml_node& node,
                                   PackManifest& manifest, std::map<std::string, int>& languages) {
  std::string value;
  if (auto error = xml::read_value(doc, node, value, {"xml:lang"})) return error;
  if (value.empty()) return doc.empty(node, "name");
  const std::string language = node.attribute("xml:lang").value();
  const auto [first, fresh] = languages.emplace(language, doc.line_of(node));
  if (!fresh) {
    return doc.error(node, "<name> is given twice for language '" + language + "'",
                     LoadProblem::LocalizedRepeated,
                     {"name", language, std::to_string(first->second)});
  }
  std::string* slot = language.empty()      ? &manifest.name
                      : language == "zh-CN" ? &manifest.name_cn
                      : language == "zh-TW" ? &manifest.name_tw
                      : language == "en"    ? &manifest.name_en
                                            : nullptr;
  if (slot == nullptr) {
    return doc.error(node, "<name> has xml:lang '" + language + "'; allowed: zh-CN, zh-TW, en",
                     LoadProblem::BadAttributeValue,
                     {"name", "xml:lang", language, "zh-CN zh-TW en"});
  }
  *slot = value;
  return std::nullopt;
}

std::optional<LoadError> read_entry(const xml::Document& doc, const pugi::xml_node& node,
                                    PackEntryKind kind, PackManifest& manifest,
                                    std::set<std::string>& paths) {
  if (auto error = xml::check_attributes(doc, node, {"path"})) return error;
  if (auto error = xml::check_empty(doc, node)) return error;
  const pugi::xml_attribute path = node.attribute("path");
  if (!path)
    return doc.error(node, std::string("<") + node.name() + "> has no path",
                     LoadProblem::MissingAttribute, {node.name(), "path"});
  const int line = doc.line_of(node);
  if (auto error = check_pack_entry_path(path.value(), doc.name, line)) return error;
  if (path.value() == std::string(kPackManifest) || !paths.insert(path.value()).second) {
    return doc.error(node, std::string("the pack lists ") + path.value() + " twice",
                     LoadProblem::PackEntryRepeated, {path.value()});
  }
  manifest.entries.push_back({kind, path.value(), line});
  return std::nullopt;
}

std::optional<LoadError> read_manifest(const xml::Document& doc, PackManifest& manifest) {
  const pugi::xml_node root = doc.doc.document_element();
  if (auto error = xml::check_root(doc, root, "pack")) return error;
  if (auto error = xml::check_attributes(doc, root, {"format", "id", "version"})) return error;
  if (auto error = xml::check_no_text(doc, root)) return error;
  manifest.id = root.attribute("id").value();
  if (!root.attribute("id"))
    return doc.error(root, "<pack> has no id", LoadProblem::MissingAttribute, {"pack", "id"});
  if (!xml::is_identifier(manifest.id, "-") || manifest.id.size() > 64) {
    return doc.error(root, "<pack> id '" + manifest.id + "' may use only a-z, 0-9 and -",
                     LoadProblem::BadId, {"pack", manifest.id});
  }
  if (!root.attribute("version")) {
    return doc.error(root, "<pack> has no version", LoadProblem::MissingAttribute,
                     {"pack", "version"});
  }
  const std::string version = root.attribute("version").value();
  const auto parsed = parse_pack_version(version);
  if (!parsed) {
    return doc.error(root, "version '" + version + "' is not dotted numbers such as 1.2.0",
                     LoadProblem::PackBadVersion, {version});
  }
  manifest.version = *parsed;

  xml::SeenOnce seen(doc);
  std::map<std::string, int> languages;
  std::set<std::string> paths;
  for (const pugi::xml_node& node : root.children()) {
    if (node.type() != pugi::node_element) continue;
    const std::string element = node.name();
    std::optional<LoadError> error;
    if (element == "name") {
      error = read_name(doc, node, manifest, languages);
    } else if (element == "publisher") {
      error = seen.mark(node);
      if (!error) error = xml::read_value(doc, node, manifest.publisher);
    } else if (element == "profile") {
      error = read_entry(doc, node, PackEntryKind::Profile, manifest, paths);
    } else if (element == "template") {
      error = read_entry(doc, node, PackEntryKind::Template, manifest, paths);
    } else {
      error = doc.unknown_element(node, element, "pack");
    }
    if (error) return error;
  }
  if (languages.empty()) return doc.missing(root, "name", "pack");
  if (manifest.name.empty()) {
    manifest.name = !manifest.name_cn.empty()   ? manifest.name_cn
                    : !manifest.name_tw.empty() ? manifest.name_tw
                                                : manifest.name_en;
  }
  if (auto error = xml::require(doc, root, seen, "publisher", manifest.publisher)) return error;
  if (manifest.entries.empty()) {
    return doc.error(root, "the pack lists no <profile> and no <template>",
                     LoadProblem::PackNoEntries, {});
  }
  return std::nullopt;
}

}  // namespace

std::optional<PackVersion> parse_pack_version(std::string_view text) {
  PackVersion version;
  version.text = std::string(text);
  std::size_t start = 0;
  for (;;) {
    const std::size_t dot = std::min(text.find('.', start), text.size());
    const std::string_view part = text.substr(start, dot - start);
    if (part.empty() || part.size() > kMaxVersionDigits) return std::nullopt;
    unsigned long value = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + static_cast<unsigned long>(c - '0');
    }
    version.parts.push_back(value);
    if (version.parts.size() > kMaxVersionParts) return std::nullopt;
    if (dot == text.size()) break;
    start = dot + 1;
  }
  return version;
}

int compare_pack_versions(const PackVersion& a, const PackVersion& b) {
  const std::size_t count = std::max(a.parts.size(), b.parts.size());
  for (std::size_t i = 0; i < count; ++i) {
    const unsigned long x = i < a.parts.size() ? a.parts[i] : 0;
    const unsigned long y = i < b.parts.size() ? b.parts[i] : 0;
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

std::string pack_name(const PackManifest& manifest, Language language) {
  const std::string& localized = language == Language::ZhCN   ? manifest.name_cn
                                 : language == Language::ZhTW ? manifest.name_tw
                                                              : manifest.name_en;
  return localized.empty() ? manifest.name : localized;
}

std::optional<LoadError> check_pack_entry_path(const std::string& path, const std::string& file,
                                               int line) {
  const auto unsafe = [&](const std::string& why) {
    return LoadError{file,
                     line,
                     "unsafe entry name '" + path + "': " + why,
                     LoadProblem::PackUnsafePath,
                     {path}};
  };
  if (path.empty()) return unsafe("empty");
  if (path.size() > kMaxPathBytes) return unsafe("longer than 200 bytes");
  if (path.front() == '/') return unsafe("an absolute path");
  for (unsigned char c : path) {
    if (c == '\\') return unsafe("a backslash");
    if (c == ':') return unsafe("a colon");
    if (c < 0x20 || c == 0x7f) return unsafe("a control character");
  }
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    const std::string part = path.substr(start, slash - start);
    if (part.empty() || part == "." || part == "..") return unsafe("an empty, . or .. part");
    if (slash == path.size()) break;
    start = slash + 1;
  }
  if (!ends_with(path, ".xml")) {
    return LoadError{file,
                     line,
                     "entry '" + path + "' is not an .xml file (a pack holds no code)",
                     LoadProblem::PackNotXml,
                     {path}};
  }
  return std::nullopt;
}

std::variant<PackManifest, LoadError> parse_pack_manifest(const std::string& xml,
                                                          const std::string& name) {
  xml::Document doc;
  doc.name = name;
  doc.text = xml;
  if (auto error = xml::parse(doc)) return *error;
  PackManifest manifest;
  if (auto error = read_manifest(doc, manifest)) return *error;
  return manifest;
}

}  // namespace chengbao
