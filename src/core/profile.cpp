// An institution profile: the organisation values an office shares with its staff (format v1).
#include "profile.hpp"
#include "xml_escape.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "xml_util.hpp"

namespace chengbao {

namespace {

namespace fs = std::filesystem;

// Names the skeleton fills itself; a custom field with one of them would be silently shadowed.
constexpr const char* kReservedFields[] = {"org_name",      "org_short_name",
                                           "superior_body", "department",
                                           "signatory",     "signatory_title",
                                           "contact",       "phone",
                                           "address",       "document_number",
                                           "date",          "year",
                                           "topic",         "seq"};

bool is_reserved(const std::string& name) {
  for (const char* reserved : kReservedFields) {
    if (name == reserved) return true;
  }
  return false;
}

// The rules on single values, shared by the loader (which adds the line) and
// check_profile_values (which names the field): one set of rules for files and forms.
struct ValueProblem {
  std::string message;
  LoadProblem problem;
  std::vector<std::string> args;
};

std::optional<ValueProblem> field_name_problem(const std::string& name) {
  if (name.empty())
    return ValueProblem{"<field> has no name attribute", LoadProblem::FieldNoName, {}};
  if (!xml::is_identifier(name, "_")) {
    return ValueProblem{"field name '" + name + "' may use only a-z, 0-9 and _",
                        LoadProblem::FieldNameChars,
                        {name}};
  }
  if (is_reserved(name)) {
    return ValueProblem{"field name '" + name + "' is reserved for a built-in value",
                        LoadProblem::FieldNameReserved,
                        {name}};
  }
  return std::nullopt;
}

// Phone numbers are shown, never dialled; the check only catches a value put in the wrong place.
bool is_phone_number(const std::string& text) {
  bool digit = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (text.compare(i, 3, "转") == 0) {  // 转 introduces an extension: 1234转801
      i += 2;
    } else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '/') {
      return false;
    }
  }
  return digit;
}

std::optional<ValueProblem> phone_problem(const std::string& phone) {
  if (is_phone_number(phone)) return std::nullopt;
  return ValueProblem{"<contact> has phone=\"" + phone +
                          "\", which is not a phone number (digits, spaces, + - ( ) / 转)",
                      LoadProblem::ContactPhone,
                      {phone}};
}

std::optional<ValueProblem> document_number_problem(const std::string& number) {
  // Only the two values known when a report is numbered: anything else would be filled from
  // the profile at the wrong moment or stay as a stray reference in the document.
  std::size_t pos = 0;
  while ((pos = number.find("{{", pos)) != std::string::npos) {
    const std::size_t end = number.find("}}", pos);
    const std::string reference =
        number.substr(pos, end == std::string::npos ? std::string::npos : end + 2 - pos);
    if (reference != "{{year}}" && reference != "{{seq}}") {
      return ValueProblem{
          "<document-number> may use only {{year}} and {{seq}}, found '" + reference + "'",
          LoadProblem::DocumentNumberReference,
          {reference, "{{year}}", "{{seq}}"}};
    }
    if (end == std::string::npos) break;
    pos = end + 2;
  }
  return std::nullopt;
}

std::optional<ValueProblem> script_problem(const std::string& script) {
  if (script == "zh-Hans" || script == "zh-Hant") return std::nullopt;
  return ValueProblem{"unknown script '" + script + "' (use zh-Hans or zh-Hant)",
                      LoadProblem::UnknownScript,
                      {script}};
}

std::optional<ValueProblem> template_folder_problem(const std::string& folder) {
  const std::string quoted = "<template-folder> '" + folder + "'";
  // A shared profile must not point staff at a folder of the sender's choosing: only a folder
  // shipped next to the profile is acceptable.
  if (folder.find('\\') != std::string::npos || folder.find(':') != std::string::npos) {
    return ValueProblem{quoted + " must be a relative path with / between folder names",
                        LoadProblem::FolderNotSlashed,
                        {folder}};
  }
  const fs::path path(folder);
  if (path.is_absolute() || folder[0] == '~') {
    return ValueProblem{quoted + " must be relative to the profile's folder",
                        LoadProblem::FolderAbsolute,
                        {folder}};
  }
  const fs::path normal = path.lexically_normal();
  if (!normal.empty() && *normal.begin() == "..") {
    return ValueProblem{
        quoted + " leaves the profile's folder", LoadProblem::FolderLeaves, {folder}};
  }
  return std::nullopt;
}

LoadError at(const xml::Document& doc, const pugi::xml_node& node, ValueProblem problem) {
  return doc.error(node, problem.message, problem.problem, std::move(problem.args));
}

// What load_profile needs to check after parsing: where <template-folder> was written.
struct ParseDetails {
  int template_folder_line = 0;
};

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
      return doc.unknown_element(child, name, "organisation");
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
  if (auto problem = field_name_problem(name)) return at(doc, node, std::move(*problem));
  if (profile.custom.count(name) != 0) {
    return doc.error(node, "field '" + name + "' is given more than once",
                     LoadProblem::FieldRepeated, {name});
  }
  std::string value;
  if (auto error = xml::read_value(doc, node, value, {"name"})) return error;
  profile.custom.emplace(name, value);
  return std::nullopt;
}

std::optional<LoadError> read_contact(const xml::Document& doc, const pugi::xml_node& node,
                                      Profile& profile) {
  if (auto error = xml::read_value(doc, node, profile.contact_name, {"name", "phone"})) {
    return error;
  }
  if (!profile.contact_name.empty()) {
    return doc.error(node,
                     "<contact> takes its values as attributes: <contact name=\"…\" "
                     "phone=\"…\"/>",
                     LoadProblem::ContactAsAttributes, {});
  }
  profile.contact_name = xml::trim(node.attribute("name").value());
  profile.contact_phone = xml::trim(node.attribute("phone").value());
  if (profile.contact_name.empty()) {
    return doc.error(node, "<contact> has no name", LoadProblem::ContactNoName, {});
  }
  if (node.attribute("phone")) {
    if (auto problem = phone_problem(profile.contact_phone))
      return at(doc, node, std::move(*problem));
  }
  return std::nullopt;
}

std::optional<LoadError> read_document_number(const xml::Document& doc, const pugi::xml_node& node,
                                              Profile& profile) {
  if (auto error = xml::read_value(doc, node, profile.document_number)) return error;
  if (profile.document_number.empty()) return doc.empty(node, "document-number");
  if (auto problem = document_number_problem(profile.document_number)) {
    return at(doc, node, std::move(*problem));
  }
  return std::nullopt;
}

std::optional<LoadError> read_template_folder(const xml::Document& doc, const pugi::xml_node& node,
                                              Profile& profile) {
  if (auto error = xml::read_value(doc, node, profile.template_folder)) return error;
  const std::string& folder = profile.template_folder;
  if (folder.empty()) return doc.empty(node, "template-folder");
  if (auto problem = template_folder_problem(folder)) return at(doc, node, std::move(*problem));
  return std::nullopt;
}

std::optional<LoadError> read_profile(const xml::Document& doc, Profile& profile,
                                      ParseDetails& details) {
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
        name != "contact" && name != "address" && name != "document-number" &&
        name != "date-style" && name != "script" && name != "template-folder" &&
        name != "issuer-mark" && name != "copy-to" && name != "printed-by") {
      return doc.unknown_element(child, name, "profile");
    }
    if (auto error = seen.mark(child)) return error;
    std::optional<LoadError> error;
    if (name == "organisation") {
      error = read_organisation(doc, child, profile);
    } else if (name == "superior-body") {
      error = xml::read_value(doc, child, profile.superior_body);
    } else if (name == "signatory") {
      error = xml::read_value(doc, child, profile.signatory_name, {"title"});
      profile.signatory_title = xml::trim(child.attribute("title").value());
    } else if (name == "contact") {
      error = read_contact(doc, child, profile);
    } else if (name == "address") {
      error = xml::read_value(doc, child, profile.address);
      if (!error && profile.address.empty()) error = doc.empty(child, "address");
    } else if (name == "issuer-mark" || name == "copy-to" || name == "printed-by") {
      std::string& value = name == "issuer-mark" ? profile.issuer_mark
                           : name == "copy-to"   ? profile.copy_to
                                                 : profile.printed_by;
      error = xml::read_value(doc, child, value);
      if (!error && value.empty()) error = doc.empty(child, name);
    } else if (name == "document-number") {
      error = read_document_number(doc, child, profile);
    } else if (name == "script") {
      error = xml::read_value(doc, child, profile.script, {"region"});
      if (!error) {
        if (auto problem = script_problem(profile.script))
          error = at(doc, child, std::move(*problem));
      }
      if (const pugi::xml_attribute region = child.attribute("region"); !error && region) {
        const std::string code = xml::trim(region.value());
        if (code != "TW" && code != "HK")
          error = doc.error(child, "unknown region '" + code + "' (use TW or HK)",
                            LoadProblem::UnknownRegion, {code});
        profile.region = parse_region(code);
      }
    } else if (name == "template-folder") {
      details.template_folder_line = doc.line_of(child);
      error = read_template_folder(doc, child, profile);
    } else {
      std::string style;
      error = xml::read_value(doc, child, style);
      const std::optional<DateStyle> parsed = parse_date_style(style);
      // iso is for English templates; an institution's own date is one of the Chinese forms.
      if (!error && (!parsed || *parsed == DateStyle::Iso)) {
        error = doc.error(child, "unknown date style '" + style + "' (use gbt9704, chinese or roc)",
                          LoadProblem::UnknownDateStyle, {style});
      }
      if (parsed) profile.date_style = *parsed;
    }
    if (error) return error;
  }
  if (!seen.seen("organisation")) return doc.missing(root, "organisation", "profile");
  return xml::require(doc, root, seen, "superior-body", profile.superior_body);
}

std::variant<Profile, LoadError> parse_with_details(const std::string& xml, const std::string& name,
                                                    ParseDetails& details) {
  xml::Document doc;
  doc.name = name;
  doc.text = xml;
  if (auto error = xml::parse(doc)) return *error;
  Profile profile;
  profile.file = name;
  if (auto error = read_profile(doc, profile, details)) return *error;
  return profile;
}

bool is_inside(const fs::path& path, const fs::path& folder) {
  auto it = path.begin();
  for (const fs::path& part : folder) {
    if (it == path.end() || *it != part) return false;
    ++it;
  }
  return true;
}

// Resolves <template-folder> on disk; symbolic links are followed, so a link that points
// outside the profile's folder is caught as well as a literal ../.
std::optional<LoadError> resolve_template_folder(const std::string& path, int line,
                                                 Profile& profile) {
  const std::string& folder = profile.template_folder;
  const std::string quoted = "<template-folder> '" + folder + "'";
  std::error_code error;
  const auto unresolved = [&] {
    return LoadError{path,
                     line,
                     quoted + ": cannot resolve: " + error.message(),
                     LoadProblem::FolderUnresolved,
                     {folder, error.message()}};
  };
  const fs::path base = fs::canonical(fs::absolute(path, error).parent_path(), error);
  if (error) return unresolved();
  const fs::path target = fs::weakly_canonical(base / folder, error);
  if (error) return unresolved();
  if (!is_inside(target, base)) {
    return LoadError{path,
                     line,
                     quoted + " resolves to " + target.string() + ", outside the profile's folder",
                     LoadProblem::FolderOutside,
                     {folder, target.string()}};
  }
  if (!fs::is_directory(target, error)) {
    return LoadError{path,
                     line,
                     quoted + " is not a folder next to the profile",
                     LoadProblem::FolderMissing,
                     {folder}};
  }
  profile.template_folder_path = target.string();
  return std::nullopt;
}

}  // namespace

std::map<std::string, std::string> Profile::fields(int year) const {
  std::map<std::string, std::string> values;
  for (const auto& [name, value] : custom) {
    if (!value.empty()) values[name] = value;
  }
  std::string number = document_number;
  for (std::size_t pos; (pos = number.find("{{year}}")) != std::string::npos;) {
    number.replace(pos, 8, std::to_string(year));
  }
  const std::pair<const char*, const std::string*> builtin[] = {
      {"org_name", &full_name},
      {"org_short_name", &short_name},
      {"superior_body", &superior_body},
      {"department", &department},
      {"signatory", &signatory_name},
      {"signatory_title", &signatory_title},
      {"contact", &contact_name},
      {"phone", &contact_phone},
      {"address", &address},
      {"document_number", &number},
      {"issuer_mark", &issuer_mark},
      {"copy_to", &copy_to},
      {"printed_by", &printed_by}};
  // A value that was not given is left out, so its {{reference}} stays visible in the document
  // (and the checker reports it) instead of silently becoming empty text.
  for (const auto& [name, value] : builtin) {
    if (!value->empty()) values[name] = *value;
  }
  return values;
}

void convert_profile(const std::function<std::string(std::string_view)>& convert,
                     Profile& profile) {
  if (!convert) return;
  for (std::string* value :
       {&profile.full_name, &profile.short_name, &profile.superior_body, &profile.department,
        &profile.signatory_name, &profile.signatory_title, &profile.contact_name, &profile.address,
        &profile.document_number, &profile.issuer_mark, &profile.copy_to, &profile.printed_by}) {
    if (!value->empty()) *value = convert(*value);
  }
  for (auto& [name, value] : profile.custom) value = convert(value);
}

std::optional<Profile> traditional_profile(const Profile& profile) {
  const TextConverter convert = opencc_traditional(profile.region);
  if (!convert) return std::nullopt;
  Profile converted = profile;
  convert_profile(convert, converted);
  return converted;
}

std::map<std::string, std::string> Profile::fields() const { return fields(today().year); }

std::variant<Profile, LoadError> parse_profile(const std::string& xml, const std::string& name) {
  ParseDetails details;
  return parse_with_details(xml, name, details);
}

std::variant<Profile, LoadError> load_profile(const std::string& path) {
  std::string text;
  if (auto error = xml::read_file(path, text)) return *error;
  ParseDetails details;
  auto loaded = parse_with_details(text, path, details);
  auto* profile = std::get_if<Profile>(&loaded);
  if (profile && !profile->template_folder.empty()) {
    if (auto error = resolve_template_folder(path, details.template_folder_line, *profile)) {
      return *error;
    }
  }
  return loaded;
}

std::vector<ProfileProblem> check_profile_values(const Profile& profile) {
  std::vector<ProfileProblem> problems;
  const auto add = [&](const std::string& field, ValueProblem problem) {
    problems.push_back(
        {field, LoadError{"", 0, problem.message, problem.problem, std::move(problem.args)}});
  };
  const auto required = [&](const std::string& field, const std::string& value) {
    if (xml::trim(value).empty()) {
      add(field, {"<" + field + "> is empty", LoadProblem::EmptyElement, {field}});
    }
  };
  required("full-name", profile.full_name);
  required("short-name", profile.short_name);
  required("superior-body", profile.superior_body);
  const std::string phone = xml::trim(profile.contact_phone);
  if (xml::trim(profile.contact_name).empty() && !phone.empty()) {
    add("contact-name", {"<contact> has no name", LoadProblem::ContactNoName, {}});
  }
  if (!phone.empty()) {
    if (auto problem = phone_problem(phone)) add("contact-phone", std::move(*problem));
  }
  if (auto problem = document_number_problem(profile.document_number)) {
    add("document-number", std::move(*problem));
  }
  if (profile.date_style == DateStyle::Iso) {
    const std::string style = date_style_name(profile.date_style);
    add("date-style", {"unknown date style '" + style + "' (use gbt9704, chinese or roc)",
                       LoadProblem::UnknownDateStyle,
                       {style}});
  }
  if (auto problem = script_problem(profile.script)) add("script", std::move(*problem));
  const std::string folder = xml::trim(profile.template_folder);
  if (!folder.empty()) {
    if (auto problem = template_folder_problem(folder)) {
      add("template-folder", std::move(*problem));
    }
  }
  for (const auto& [name, value] : profile.custom) {
    if (auto problem = field_name_problem(name)) add("field:" + name, std::move(*problem));
  }
  return problems;
}

namespace {

// Text for XML content or a double-quoted attribute: line ends in attributes are kept as
// references, since a parser turns literal ones into spaces.
std::string escaped(const std::string& text) { return xml_escape(text, true); }

void element(std::string& out, const char* indent, const std::string& name,
             const std::string& value) {
  if (value.empty()) return;
  out += indent;
  out += "<" + name + ">" + escaped(value) + "</" + name + ">\n";
}

LoadError cannot_write(const std::string& path, const std::string& reason) {
  return LoadError{path, 0, "cannot write: " + reason, LoadProblem::CannotWrite, {reason}};
}

}  // namespace

std::string profile_xml(const Profile& profile) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<profile format=\"1\">\n";
  out += "  <organisation>\n";
  element(out, "    ", "full-name", profile.full_name);
  element(out, "    ", "short-name", profile.short_name);
  element(out, "    ", "department", profile.department);
  out += "  </organisation>\n";
  element(out, "  ", "superior-body", profile.superior_body);
  if (!profile.signatory_name.empty() || !profile.signatory_title.empty()) {
    out += "  <signatory";
    if (!profile.signatory_title.empty()) {
      out += " title=\"" + escaped(profile.signatory_title) + "\"";
    }
    out += ">" + escaped(profile.signatory_name) + "</signatory>\n";
  }
  if (!profile.contact_name.empty()) {
    out += "  <contact name=\"" + escaped(profile.contact_name) + "\"";
    if (!profile.contact_phone.empty()) {
      out += " phone=\"" + escaped(profile.contact_phone) + "\"";
    }
    out += "/>\n";
  }
  element(out, "  ", "address", profile.address);
  element(out, "  ", "document-number", profile.document_number);
  element(out, "  ", "issuer-mark", profile.issuer_mark);
  element(out, "  ", "copy-to", profile.copy_to);
  element(out, "  ", "printed-by", profile.printed_by);
  element(out, "  ", "date-style", date_style_name(profile.date_style));
  out += "  <script";
  if (profile.region != Region::Taiwan) {
    out += std::string(" region=\"") + region_code(profile.region) + "\"";
  }
  out += ">" + escaped(profile.script) + "</script>\n";
  element(out, "  ", "template-folder", profile.template_folder);
  for (const auto& [name, value] : profile.custom) {
    out += "  <field name=\"" + escaped(name) + "\">" + escaped(value) + "</field>\n";
  }
  out += "</profile>\n";
  return out;
}

std::optional<LoadError> save_profile(const Profile& profile, const std::string& path) {
  if (const auto problems = check_profile_values(profile); !problems.empty()) {
    LoadError error = problems.front().error;
    error.file = path;
    return error;
  }
  const std::string text = profile_xml(profile);
  // Beside the file, so the rename stays on one file system and replaces it in one step.
  const std::string part = path + ".saving";
  const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return cannot_write(path, std::strerror(errno));
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string reason = std::strerror(n < 0 ? errno : EIO);
      ::close(fd);
      ::unlink(part.c_str());
      return cannot_write(path, reason);
    }
    written += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  const int sync_errno = errno;
  if (::close(fd) != 0 || !synced) {
    const std::string reason = std::strerror(synced ? errno : sync_errno);
    ::unlink(part.c_str());
    return cannot_write(path, reason);
  }
  if (::rename(part.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    ::unlink(part.c_str());
    return cannot_write(path, reason);
  }
  return std::nullopt;
}

bool same_profile_file(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::error_code error;
  if (fs::equivalent(a, b, error) && !error) return true;
  const auto bytes = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  const std::string first = bytes(a);
  return !first.empty() && first == bytes(b);
}

}  // namespace chengbao
