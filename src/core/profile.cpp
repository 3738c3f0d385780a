// An institution profile: the organisation values an office shares with its staff (format v1).
#include "profile.hpp"

#include <optional>

#include "xml_util.hpp"

namespace chengbao {

namespace {

// Names the skeleton fills itself; a custom field with one of them would be silently shadowed.
constexpr const char* kReservedFields[] = {"org_name",   "org_short_name", "superior_body",
                                           "department", "signatory",      "signatory_title",
                                           "date",       "year",           "topic"};

bool is_reserved(const std::string& name) {
  for (const char* reserved : kReservedFields) {
    if (name == reserved) return true;
  }
  return false;
}

std::optional<LoadError> read_organisation(const xml::Document& doc, const pugi::xml_node& node,
                                           Profile& profile) {
  if (auto error = xml::check_attributes(doc, node, {})) return error;
  if (auto error = xml::check_no_text(doc, node)) return error;
  xml::SeenOnce seen(doc);
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    std::string* target = nullptr;
    if (name == "full-name") {
      target = &profile.full_name;
    } else if (name == "short-name") {
      target = &profile.short_name;
    } else if (name == "department") {
      target = &profile.department;
    } else {
      return doc.error(child, "unknown element <" + name + "> in <organisation>");
    }
    if (auto error = seen.mark(child)) return error;
    if (auto error = xml::read_value(doc, child, *target)) return error;
  }
  if (auto error = xml::require(doc, node, seen, "full-name", profile.full_name)) return error;
  return xml::require(doc, node, seen, "short-name", profile.short_name);
}

std::optional<LoadError> read_field(const xml::Document& doc, const pugi::xml_node& node,
                                    Profile& profile) {
  const std::string name = node.attribute("name").value();
  if (name.empty()) return doc.error(node, "<field> has no name attribute");
  if (!xml::is_identifier(name, "_")) {
    return doc.error(node, "field name '" + name + "' may use only a-z, 0-9 and _");
  }
  if (is_reserved(name)) {
    return doc.error(node, "field name '" + name + "' is reserved for a built-in value");
  }
  if (profile.custom.count(name) != 0) {
    return doc.error(node, "field '" + name + "' is given more than once");
  }
  std::string value;
  if (auto error = xml::read_value(doc, node, value, {"name"})) return error;
  profile.custom.emplace(name, value);
  return std::nullopt;
}

std::optional<LoadError> read_profile(const xml::Document& doc, Profile& profile) {
  const pugi::xml_node root = doc.doc.document_element();
  if (auto error = xml::check_root(doc, root, "profile")) return error;
  if (auto error = xml::check_attributes(doc, root, {"format"})) return error;
  if (auto error = xml::check_no_text(doc, root)) return error;
  xml::SeenOnce seen(doc);
  for (const pugi::xml_node& child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    if (name == "field") {
      if (auto error = read_field(doc, child, profile)) return error;
      continue;
    }
    if (name != "organisation" && name != "superior-body" && name != "signatory" &&
        name != "date-style") {
      return doc.error(child, "unknown element <" + name + "> in <profile>");
    }
    if (auto error = seen.mark(child)) return error;
    if (name == "organisation") {
      if (auto error = read_organisation(doc, child, profile)) return error;
    } else if (name == "superior-body") {
      if (auto error = xml::read_value(doc, child, profile.superior_body)) return error;
    } else if (name == "signatory") {
      if (auto error = xml::read_value(doc, child, profile.signatory_name, {"title"})) return error;
      profile.signatory_title = xml::trim(child.attribute("title").value());
    } else {
      std::string style;
      if (auto error = xml::read_value(doc, child, style)) return error;
      const std::optional<DateStyle> parsed = parse_date_style(style);
      if (!parsed) {
        return doc.error(child, "unknown date style '" + style + "' (use gbt9704, chinese or roc)");
      }
      profile.date_style = *parsed;
    }
  }
  if (!seen.seen("organisation")) return doc.error(root, "missing <organisation> in <profile>");
  return xml::require(doc, root, seen, "superior-body", profile.superior_body);
}

}  // namespace

std::map<std::string, std::string> Profile::fields() const {
  std::map<std::string, std::string> values;
  for (const auto& [name, value] : custom) {
    if (!value.empty()) values[name] = value;
  }
  const std::pair<const char*, const std::string*> builtin[] = {
      {"org_name", &full_name},          {"org_short_name", &short_name},
      {"superior_body", &superior_body}, {"department", &department},
      {"signatory", &signatory_name},    {"signatory_title", &signatory_title}};
  // A value that was not given is left out, so its {{reference}} stays visible in the document
  // (and the checker reports it) instead of silently becoming empty text.
  for (const auto& [name, value] : builtin) {
    if (!value->empty()) values[name] = *value;
  }
  return values;
}

std::variant<Profile, LoadError> parse_profile(const std::string& xml, const std::string& name) {
  xml::Document doc;
  doc.name = name;
  doc.text = xml;
  if (auto error = xml::parse(doc)) return *error;
  Profile profile;
  profile.file = name;
  if (auto error = read_profile(doc, profile)) return *error;
  return profile;
}

std::variant<Profile, LoadError> load_profile(const std::string& path) {
  std::string text;
  if (auto error = xml::read_file(path, text)) return *error;
  return parse_profile(text, path);
}

}  // namespace chengbao
