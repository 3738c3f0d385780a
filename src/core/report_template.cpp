// A report template (format v1): the skeleton of one report genre and its numbering scheme.
#include "report_template.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

#include "xml_util.hpp"

namespace chengbao {

namespace {

namespace fs = std::filesystem;

// GB/T 9704 practice numbers at most four heading levels (一、 （一） 1. （1）).
constexpr int kMaxLevel = 4;

constexpr const char* kScripts[] = {"zh-Hans", "zh-Hant", "en"};

bool is_script(const std::string& name) {
  return std::any_of(std::begin(kScripts), std::end(kScripts),
                     [&](const char* script) { return name == script; });
}

bool is_rule_id(const std::string& id) {
  const std::vector<std::string>& ids = rule_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Space-separated tokens of an attribute value.
std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = text.find_first_not_of(" \t\r\n", pos);
    if (start == std::string::npos) break;
    const std::size_t end = std::min(text.find_first_of(" \t\r\n", start), text.size());
    words.push_back(text.substr(start, end - start));
    pos = end;
  }
  return words;
}

std::optional<LoadError> read_bool(const xml::Document& doc, const pugi::xml_node& node,
                                   const char* attribute, const std::string& what, bool& value) {
  const std::string text = node.attribute(attribute).value();
  if (text != "true" && text != "false") {
    return doc.error(node, what + " has " + attribute + "=\"" + text + "\" (use true or false)");
  }
  value = text == "true";
  return std::nullopt;
}

std::optional<LoadError> check_empty(const xml::Document& doc, const pugi::xml_node& node) {
  if (auto error = xml::check_no_text(doc, node)) return error;
  if (pugi::xml_node child =
          node.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; })) {
    return doc.error(
        child, "<" + std::string(node.name()) + "> must be empty, found <" + child.name() + ">");
  }
  return std::nullopt;
}

std::optional<LoadError> read_level(const xml::Document& doc, const pugi::xml_node& node,
                                    int expected, LevelNumbering& level) {
  if (auto error =
          xml::check_attributes(doc, node, {"n", "format", "prefix", "suffix", "with-parents"})) {
    return error;
  }
  if (auto error = check_empty(doc, node)) return error;
  const pugi::xml_attribute n = node.attribute("n");
  if (!n) return doc.error(node, "<level> has no n attribute");
  const std::optional<int> value = xml::parse_count(n.value());
  if (!value || *value != expected) {
    return doc.error(node, "<level n=\"" + std::string(n.value()) + "\"> found where level " +
                               std::to_string(expected) + " was expected (levels are 1, 2, 3…)");
  }
  if (expected > kMaxLevel) {
    return doc.error(node, "at most " + std::to_string(kMaxLevel) + " numbering levels");
  }
  const std::string tag = "<level n=\"" + std::to_string(expected) + "\">";
  const std::string format = node.attribute("format").value();
  if (format == "chinese") {
    level.format = CounterFormat::Chinese;
  } else if (format == "arabic") {
    level.format = CounterFormat::Arabic;
  } else {
    return doc.error(node, tag + " has format \"" + format + "\" (use chinese or arabic)");
  }
  level.level = expected;
  level.prefix = node.attribute("prefix").value();
  level.suffix = node.attribute("suffix").value();
  if (node.attribute("with-parents")) {
    if (auto error = read_bool(doc, node, "with-parents", tag, level.with_parents)) return error;
    if (level.with_parents && expected == 1) {
      return doc.error(node, "<level n=\"1\"> has no upper levels to show (with-parents)");
    }
  }
  return std::nullopt;
}

std::optional<LoadError> read_numbering(const xml::Document& doc, const pugi::xml_node& node,
                                        std::vector<LevelNumbering>& numbering) {
  if (auto error = xml::check_attributes(doc, node, {})) return error;
  if (auto error = xml::check_no_text(doc, node)) return error;
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (std::string(child.name()) != "level") {
      return doc.error(child, "unknown element <" + std::string(child.name()) + "> in <numbering>");
    }
    LevelNumbering level;
    if (auto error = read_level(doc, child, static_cast<int>(numbering.size()) + 1, level)) {
      return error;
    }
    numbering.push_back(level);
  }
  if (numbering.empty()) return doc.error(node, "<numbering> has no <level>");
  return std::nullopt;
}

// Reads <name> and <description>: one per language; without xml:lang it is in `script`.
class LocalizedReader {
 public:
  LocalizedReader(const xml::Document& doc, std::string script)
      : doc_(doc), script_(std::move(script)) {}

  std::optional<LoadError> read(const pugi::xml_node& node,
                                std::map<std::string, std::string>& by_language) {
    const std::string name = node.name();
    std::string value;
    if (auto error = xml::read_value(doc_, node, value, {"xml:lang"})) return error;
    const pugi::xml_attribute lang = node.attribute("xml:lang");
    const std::string language = lang ? lang.value() : script_;
    if (lang && !is_script(language)) {
      return doc_.error(
          node, "<" + name + "> has xml:lang=\"" + language + "\" (use zh-Hans, zh-Hant or en)");
    }
    if (value.empty()) return doc_.error(node, "<" + name + "> is empty");
    const auto [it, inserted] = lines_.emplace(name + " " + language, doc_.line_of(node));
    if (!inserted) {
      return doc_.error(node, "<" + name + "> in " + language +
                                  " is given more than once (first on line " +
                                  std::to_string(it->second) + ")");
    }
    by_language[language] = value;
    return std::nullopt;
  }

 private:
  const xml::Document& doc_;
  std::string script_;
  std::map<std::string, int> lines_;
};

// A top-level <section> of a file: a plain section, or, in a template that extends another, a
// change to the inherited sections.
struct SectionPatch {
  Section section;
  bool remove = false;
  std::string after;  ///< place a new section after the section with this id
};

// Reads sections recursively; `ids` maps every id seen so far to its line to keep ids unique.
class SectionReader {
 public:
  SectionReader(const xml::Document& doc, int levels, bool patching)
      : doc_(doc), levels_(levels), patching_(patching) {}

  std::optional<LoadError> read_top(const pugi::xml_node& node, SectionPatch& patch) {
    if (!patching_) return read(node, 0, patch.section);
    if (node.attribute("remove")) {
      if (auto error = xml::check_attributes(doc_, node, {"id", "remove"})) return error;
      if (auto error = check_empty(doc_, node)) return error;
      patch.section.line = doc_.line_of(node);
      if (auto error = read_id(node, patch.section)) return error;
      if (auto error = read_bool(doc_, node, "remove", tag(patch.section), patch.remove)) {
        return error;
      }
      if (!patch.remove) {
        return doc_.error(
            node, tag(patch.section) + " has remove=\"false\": leave the attribute out instead");
      }
      return std::nullopt;
    }
    if (const pugi::xml_attribute after = node.attribute("after")) {
      patch.after = after.value();
      if (!xml::is_identifier(patch.after, "-")) {
        return doc_.error(node, "after=\"" + patch.after + "\" is not a section id");
      }
    }
    return read(node, -1, patch.section);
  }

 private:
  static std::string tag(const Section& section) { return "<section id=\"" + section.id + "\">"; }

  // `parent_level` is 0 for a top-level section, -1 for a top-level section of a template that
  // extends another (its level is checked against the section it replaces or follows).
  std::optional<LoadError> read(const pugi::xml_node& node, int parent_level, Section& section) {
    if (parent_level < 0) {
      if (auto error = xml::check_attributes(doc_, node, {"id", "level", "required", "after"})) {
        return error;
      }
    } else if (auto error = xml::check_attributes(doc_, node, {"id", "level", "required"})) {
      return error;
    }
    if (auto error = xml::check_no_text(doc_, node)) return error;
    section.line = doc_.line_of(node);
    if (auto error = read_id(node, section)) return error;
    if (auto error = read_level(node, parent_level, section)) return error;
    if (node.attribute("required")) {
      if (auto error = read_bool(doc_, node, "required", tag(section), section.required)) {
        return error;
      }
    }

    xml::SeenOnce seen(doc_);
    std::vector<std::string> plain;
    int plain_line = 0;
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string name = child.name();
      if (name == "heading") {
        if (auto error = seen.mark(child)) return error;
        if (auto error = xml::read_value(doc_, child, section.heading)) return error;
      } else if (name == "alias") {
        std::string alias;
        if (auto error = xml::read_value(doc_, child, alias)) return error;
        if (alias.empty()) return doc_.error(child, "<alias> is empty");
        section.aliases.push_back(alias);
      } else if (name == "p") {
        if (!section.alternatives.empty()) return mixed(child, section);
        if (plain_line == 0) plain_line = doc_.line_of(child);
        std::string paragraph;
        if (auto error = xml::read_value(doc_, child, paragraph)) return error;
        plain.push_back(paragraph);
      } else if (name == "alternative") {
        if (!plain.empty()) return mixed(child, section);
        Alternative alternative;
        if (auto error = read_alternative(child, section, alternative)) return error;
        section.alternatives.push_back(std::move(alternative));
      } else if (name == "section") {
        Section sub;
        if (auto error = read(child, section.level, sub)) return error;
        section.children.push_back(std::move(sub));
      } else {
        return doc_.error(child, "unknown element <" + name + "> in " + tag(section));
      }
    }
    if (!seen.seen("heading")) return doc_.error(node, tag(section) + " has no <heading>");
    if (section.heading.empty()) {
      return doc_.error(node.child("heading"), tag(section) + " has an empty <heading>");
    }
    if (!plain.empty()) section.alternatives.push_back(Alternative{"default", std::move(plain)});
    if (!section.alternatives.empty()) section.paragraphs = section.alternatives.front().paragraphs;
    return std::nullopt;
  }

  LoadError mixed(const pugi::xml_node& node, const Section& section) const {
    return doc_.error(
        node, tag(section) + " mixes <p> and <alternative>: put every <p> in an <alternative>");
  }

  std::optional<LoadError> read_alternative(const pugi::xml_node& node, const Section& section,
                                            Alternative& alternative) {
    if (auto error = xml::check_attributes(doc_, node, {"id"})) return error;
    if (auto error = xml::check_no_text(doc_, node)) return error;
    alternative.id = node.attribute("id").value();
    if (alternative.id.empty()) {
      return doc_.error(node, "<alternative> in " + tag(section) + " has no id attribute");
    }
    if (!xml::is_identifier(alternative.id, "-")) {
      return doc_.error(node,
                        "alternative id '" + alternative.id + "' may use only a-z, 0-9 and -");
    }
    for (const Alternative& other : section.alternatives) {
      if (other.id == alternative.id) {
        return doc_.error(
            node, tag(section) + " has two alternatives with the id '" + alternative.id + "'");
      }
    }
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::string(child.name()) != "p") {
        return doc_.error(child, "unknown element <" + std::string(child.name()) +
                                     "> in <alternative id=\"" + alternative.id + "\">");
      }
      std::string paragraph;
      if (auto error = xml::read_value(doc_, child, paragraph)) return error;
      alternative.paragraphs.push_back(paragraph);
    }
    if (alternative.paragraphs.empty()) {
      return doc_.error(node, "<alternative id=\"" + alternative.id + "\"> has no <p>");
    }
    return std::nullopt;
  }

  std::optional<LoadError> read_id(const pugi::xml_node& node, Section& section) {
    section.id = node.attribute("id").value();
    if (section.id.empty()) return doc_.error(node, "<section> has no id attribute");
    if (!xml::is_identifier(section.id, "-")) {
      return doc_.error(node, "section id '" + section.id + "' may use only a-z, 0-9 and -");
    }
    const auto [it, inserted] = ids_.emplace(section.id, section.line);
    if (!inserted) {
      return doc_.error(node, "section id '" + section.id + "' is used twice (first on line " +
                                  std::to_string(it->second) + ")");
    }
    return std::nullopt;
  }

  std::optional<LoadError> read_level(const pugi::xml_node& node, int parent_level,
                                      Section& section) {
    const pugi::xml_attribute level = node.attribute("level");
    if (!level) return doc_.error(node, tag(section) + " has no level attribute");
    const std::optional<int> value = xml::parse_count(level.value());
    if (!value || *value < 1) {
      return doc_.error(node, tag(section) + " has level \"" + level.value() +
                                  "\" (use a number from 1 to " + std::to_string(kMaxLevel) + ")");
    }
    section.level = *value;
    if (parent_level == 0 && section.level != 1) {
      return doc_.error(node, tag(section) + " has level " + std::to_string(section.level) +
                                  " but a top-level section has level 1");
    }
    if (parent_level > 0 && section.level != parent_level + 1) {
      return doc_.error(node, tag(section) + " has level " + std::to_string(section.level) +
                                  " but its parent has level " + std::to_string(parent_level));
    }
    if (section.level > kMaxLevel) {
      return doc_.error(node, tag(section) + " has level " + std::to_string(section.level) +
                                  " but headings go down to level " + std::to_string(kMaxLevel));
    }
    if (section.level > levels_) {
      return doc_.error(node, tag(section) + " has level " + std::to_string(section.level) +
                                  " but <numbering> defines only " + std::to_string(levels_) +
                                  (levels_ == 1 ? " level" : " levels"));
    }
    return std::nullopt;
  }

  const xml::Document& doc_;
  int levels_;
  bool patching_;
  std::map<std::string, int> ids_;
};

// What a <checker> element gives, with the lines needed to point at a setting later.
struct CheckerFile {
  CheckerSettings settings;
  std::map<int, int> label_lines;  ///< level → line of its <labels>
  bool dates_given = false;
};

std::optional<LoadError> read_rule(const xml::Document& doc, const pugi::xml_node& node,
                                   CheckerSettings& settings) {
  if (auto error = xml::check_attributes(doc, node, {"id", "enabled", "severity"})) return error;
  if (auto error = check_empty(doc, node)) return error;
  const std::string id = node.attribute("id").value();
  if (id.empty()) return doc.error(node, "<rule> has no id attribute");
  if (!is_rule_id(id)) {
    return doc.error(node,
                     "unknown rule id '" + id + "' (see the rule ids in templates/README.md)");
  }
  if (settings.rules.count(id) != 0) {
    return doc.error(node, "<rule id=\"" + id + "\"> is given more than once");
  }
  const std::string tag = "<rule id=\"" + id + "\">";
  RuleSetting setting;
  if (node.attribute("enabled")) {
    bool enabled = true;
    if (auto error = read_bool(doc, node, "enabled", tag, enabled)) return error;
    setting.enabled = enabled;
  }
  if (const pugi::xml_attribute severity = node.attribute("severity")) {
    const std::string value = severity.value();
    if (value == "error") {
      setting.severity = Severity::Error;
    } else if (value == "warning") {
      setting.severity = Severity::Warning;
    } else if (value == "info") {
      setting.severity = Severity::Info;
    } else {
      return doc.error(node, tag + " has severity=\"" + value + "\" (use error, warning or info)");
    }
  }
  if (!setting.enabled && !setting.severity) {
    return doc.error(node, tag + " changes nothing: give enabled or severity");
  }
  settings.rules.emplace(id, setting);
  return std::nullopt;
}

std::optional<LoadError> read_labels(const xml::Document& doc, const pugi::xml_node& node,
                                     CheckerFile& checker) {
  if (auto error = xml::check_attributes(doc, node, {"level", "allowed"})) return error;
  if (auto error = check_empty(doc, node)) return error;
  const pugi::xml_attribute level_attribute = node.attribute("level");
  if (!level_attribute) return doc.error(node, "<labels> has no level attribute");
  const std::optional<int> level = xml::parse_count(level_attribute.value());
  if (!level || *level < 1 || *level > kMaxLevel) {
    return doc.error(node, "<labels> has level \"" + std::string(level_attribute.value()) +
                               "\" (use a number from 1 to " + std::to_string(kMaxLevel) + ")");
  }
  const std::string tag = "<labels level=\"" + std::to_string(*level) + "\">";
  if (checker.label_lines.count(*level) != 0) {
    return doc.error(node, tag + " is given more than once (first on line " +
                               std::to_string(checker.label_lines[*level]) + ")");
  }
  const std::vector<std::string> allowed = split_words(node.attribute("allowed").value());
  if (allowed.empty()) return doc.error(node, tag + " has no allowed label forms");
  for (const std::string& label : allowed) {
    // The examples are written with the first counter so that the checker can tell the form
    // (一、 vs 1、) without guessing what a number means.
    if (label.find('1') == std::string::npos && label.find("一") == std::string::npos) {
      return doc.error(node, tag + " allows '" + label +
                                 "', which is not a label written with the counter 1 or 一");
    }
  }
  checker.settings.labels[*level] = allowed;
  checker.label_lines[*level] = doc.line_of(node);
  return std::nullopt;
}

std::optional<LoadError> read_dates(const xml::Document& doc, const pugi::xml_node& node,
                                    CheckerFile& checker) {
  if (auto error = xml::check_attributes(doc, node, {"allowed"})) return error;
  if (auto error = check_empty(doc, node)) return error;
  const std::vector<std::string> allowed = split_words(node.attribute("allowed").value());
  if (allowed.empty()) return doc.error(node, "<dates> has no allowed date forms");
  checker.settings.dates.clear();
  for (const std::string& name : allowed) {
    const std::optional<DateStyle> style = parse_date_style(name);
    if (!style) {
      return doc.error(node, "<dates> allows '" + name +
                                 "', which is not a date form (use gbt9704, chinese, roc or iso)");
    }
    checker.settings.dates.push_back(*style);
  }
  checker.dates_given = true;
  return std::nullopt;
}

std::optional<LoadError> read_checker(const xml::Document& doc, const pugi::xml_node& node,
                                      CheckerFile& checker) {
  if (auto error = xml::check_attributes(doc, node, {})) return error;
  if (auto error = xml::check_no_text(doc, node)) return error;
  xml::SeenOnce seen(doc);
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    std::optional<LoadError> error;
    if (name == "rule") {
      error = read_rule(doc, child, checker.settings);
    } else if (name == "labels") {
      error = read_labels(doc, child, checker);
    } else if (name == "dates") {
      error = seen.mark(child);
      if (!error) error = read_dates(doc, child, checker);
    } else {
      return doc.error(child, "unknown element <" + name + "> in <checker>");
    }
    if (error) return error;
  }
  return std::nullopt;
}

// Where a section sits in a tree: its sibling list and index.
struct Place {
  std::vector<Section>* list = nullptr;
  std::size_t index = 0;
};

std::optional<Place> locate(std::vector<Section>& sections, const std::string& id) {
  for (std::size_t i = 0; i < sections.size(); ++i) {
    if (sections[i].id == id) return Place{&sections, i};
    if (auto place = locate(sections[i].children, id)) return place;
  }
  return std::nullopt;
}

void collect_ids(const Section& section, std::set<std::string>& ids) {
  ids.insert(section.id);
  for (const Section& child : section.children) collect_ids(child, ids);
}

std::set<std::string> ids_of(const std::vector<Section>& sections) {
  std::set<std::string> ids;
  for (const Section& section : sections) collect_ids(section, ids);
  return ids;
}

int depth_of(const std::vector<Section>& sections) {
  int depth = 0;
  for (const Section& section : sections) {
    depth = std::max({depth, section.level, depth_of(section.children)});
  }
  return depth;
}

const Section* find_in(const std::vector<Section>& sections, const std::string& id) {
  for (const Section& section : sections) {
    if (section.id == id) return &section;
    if (const Section* found = find_in(section.children, id)) return found;
  }
  return nullptr;
}

// The files of template `id` in `dirs`, in the order they are preferred: per folder <id>.xml
// first, then any *.xml file whose root carries the id (file names need not match ids).
std::vector<std::string> find_template_files(const std::string& id,
                                             const std::vector<std::string>& dirs) {
  std::vector<std::string> found;
  for (const std::string& dir : dirs) {
    std::error_code ignored;
    const fs::path by_name = fs::path(dir) / (id + ".xml");
    if (fs::is_regular_file(by_name, ignored) && template_id_of(by_name.string()) == id) {
      found.push_back(by_name.string());
    }
    std::vector<std::string> paths;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
      if (it->is_regular_file(ignored) && it->path().extension() == ".xml" &&
          it->path() != by_name) {
        paths.push_back(it->path().string());
      }
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& path : paths) {
      if (template_id_of(path) == id) found.push_back(path);
    }
  }
  return found;
}

// The same file whatever path led to it; the path itself when it cannot be resolved.
std::string file_identity(const std::string& path) {
  std::error_code error;
  const fs::path canonical = fs::canonical(path, error);
  return error ? path : canonical.string();
}

// Loads templates and, for one that extends another, its parents. `chain_` holds the templates
// being loaded (id and file), so that a template is never its own ancestor: a house template may
// keep the id of the one it extends (its parent is then found in another folder), and a real
// cycle is reported instead of recursing forever.
class Loader {
 public:
  explicit Loader(const TemplateLoadOptions& options) : options_(options) {}

  std::variant<ReportTemplate, LoadError> load(const std::string& path) {
    std::string text;
    if (auto error = xml::read_file(path, text)) return *error;
    return parse(text, path);
  }

  std::variant<ReportTemplate, LoadError> parse(const std::string& text, const std::string& name) {
    xml::Document doc;
    doc.name = name;
    doc.text = text;
    if (auto error = xml::parse(doc)) return *error;
    ReportTemplate tmpl;
    if (auto error = read(doc, tmpl)) return *error;
    tmpl.file = name;
    return tmpl;
  }

 private:
  std::optional<LoadError> read(const xml::Document& doc, ReportTemplate& tmpl);
  std::optional<LoadError> inherit(const xml::Document& doc, const pugi::xml_node& root,
                                   const std::string& id, ReportTemplate& tmpl);
  static std::optional<LoadError> apply(const xml::Document& doc, SectionPatch& patch,
                                        std::vector<Section>& sections);

  struct Link {
    std::string id;
    std::string file;  ///< file_identity of the template's file
  };

  const TemplateLoadOptions& options_;
  std::vector<Link> chain_;
};

std::optional<LoadError> Loader::inherit(const xml::Document& doc, const pugi::xml_node& root,
                                         const std::string& id, ReportTemplate& tmpl) {
  const std::string parent_id = root.attribute("extends").value();
  if (!xml::is_identifier(parent_id, "-")) {
    return doc.error(root, "extends=\"" + parent_id + "\" is not a template id");
  }
  std::vector<std::string> dirs;
  const fs::path folder = fs::path(doc.name).parent_path();
  if (!folder.empty()) dirs.push_back(folder.string());
  dirs.insert(dirs.end(), options_.parent_dirs.begin(), options_.parent_dirs.end());

  std::vector<Link> chain = chain_;
  chain.push_back(Link{id, file_identity(doc.name)});
  const auto in_chain = [&](const std::string& file) {
    return std::find_if(chain.begin(), chain.end(),
                        [&](const Link& link) { return link.file == file; });
  };
  std::optional<std::string> parent_path;
  auto cycle_start = chain.end();
  for (const std::string& candidate : find_template_files(parent_id, dirs)) {
    const auto link = in_chain(file_identity(candidate));
    if (link == chain.end()) {
      parent_path = candidate;
      break;
    }
    if (cycle_start == chain.end()) cycle_start = link;
  }
  if (!parent_path && cycle_start != chain.end()) {
    std::string names;
    for (auto it = cycle_start; it != chain.end(); ++it) names += it->id + " → ";
    return doc.error(root, "templates extend each other in a cycle: " + names + parent_id);
  }
  if (!parent_path) {
    std::string where;
    for (const std::string& dir : dirs) where += (where.empty() ? "" : ", ") + dir;
    return doc.error(root, "template '" + id + "' extends '" + parent_id +
                               "', which is not found (looked in " +
                               (where.empty() ? "no folder" : where) + ")");
  }
  chain_ = std::move(chain);
  auto parent = load(*parent_path);
  chain_.pop_back();
  if (auto* error = std::get_if<LoadError>(&parent)) return *error;
  tmpl = std::move(std::get<ReportTemplate>(parent));
  tmpl.extends = parent_id;
  return std::nullopt;
}

std::optional<LoadError> Loader::apply(const xml::Document& doc, SectionPatch& patch,
                                       std::vector<Section>& sections) {
  Section& section = patch.section;
  const std::string tag = "<section id=\"" + section.id + "\">";
  const auto line_error = [&](const std::string& message) {
    return LoadError{doc.name, section.line, message};
  };
  std::optional<Place> place = locate(sections, section.id);
  if (patch.remove) {
    if (!place) return line_error(tag + " removes a section that the parent template lacks");
    place->list->erase(place->list->begin() + static_cast<std::ptrdiff_t>(place->index));
    return std::nullopt;
  }

  // The new sub-tree may reuse only the ids of the section it replaces.
  std::set<std::string> taken = ids_of(sections);
  if (place) {
    for (const std::string& id : ids_of({(*place->list)[place->index]})) taken.erase(id);
  }
  std::set<std::string> added;
  collect_ids(section, added);
  for (const std::string& id : added) {
    if (taken.count(id) != 0 && id != section.id) {
      return line_error(tag + " contains the section id '" + id +
                        "', which the parent template already uses");
    }
  }

  if (place) {
    Section& replaced = (*place->list)[place->index];
    if (!patch.after.empty()) {
      return line_error(tag + " replaces the inherited section in place and cannot have after");
    }
    if (replaced.level != section.level) {
      return line_error(tag + " has level " + std::to_string(section.level) +
                        " but the inherited section it replaces has level " +
                        std::to_string(replaced.level));
    }
    replaced = std::move(section);
    return std::nullopt;
  }
  if (patch.after.empty()) {
    if (section.level != 1) {
      return line_error(tag + " has level " + std::to_string(section.level) +
                        " but a new section without after is appended at level 1");
    }
    sections.push_back(std::move(section));
    return std::nullopt;
  }
  std::optional<Place> anchor = locate(sections, patch.after);
  if (!anchor)
    return line_error(tag + " has after=\"" + patch.after + "\", but no section has that id");
  const int anchor_level = (*anchor->list)[anchor->index].level;
  if (anchor_level != section.level) {
    return line_error(tag + " has level " + std::to_string(section.level) + " but section '" +
                      patch.after + "' that it follows has level " + std::to_string(anchor_level));
  }
  anchor->list->insert(anchor->list->begin() + static_cast<std::ptrdiff_t>(anchor->index + 1),
                       std::move(section));
  return std::nullopt;
}

std::optional<LoadError> Loader::read(const xml::Document& doc, ReportTemplate& tmpl) {
  const pugi::xml_node root = doc.doc.document_element();
  if (auto error = xml::check_root(doc, root, "template")) return error;
  if (auto error = xml::check_attributes(doc, root, {"format", "id", "script", "extends"})) {
    return error;
  }
  if (auto error = xml::check_no_text(doc, root)) return error;

  const std::string id = root.attribute("id").value();
  if (id.empty()) return doc.error(root, "<template> has no id attribute");
  if (!xml::is_identifier(id, "-")) {
    return doc.error(root, "template id '" + id + "' may use only a-z, 0-9 and -");
  }
  const pugi::xml_attribute script = root.attribute("script");
  if (script && !is_script(script.value())) {
    return doc.error(
        root, "unknown script '" + std::string(script.value()) + "' (use zh-Hans, zh-Hant or en)");
  }
  const bool extends = static_cast<bool>(root.attribute("extends"));
  if (extends) {
    if (auto error = inherit(doc, root, id, tmpl)) return error;
    if (script && tmpl.script != script.value()) {
      return doc.error(root, "template '" + id + "' is written in " + script.value() +
                                 " but extends '" + tmpl.extends + "', which is written in " +
                                 tmpl.script);
    }
  } else {
    tmpl.script = script ? script.value() : "zh-Hans";
  }
  tmpl.id = id;

  // Sections are read after the loop: their levels are checked against <numbering>, which may
  // come later in the file or from the parent.
  std::vector<pugi::xml_node> section_nodes;
  pugi::xml_node numbering_node;
  std::map<std::string, std::string> names;
  std::map<std::string, std::string> descriptions;
  std::vector<std::string> opening;
  std::vector<std::string> closing;
  std::vector<std::string> attachment_note;
  std::vector<std::string> notes;
  std::vector<LevelNumbering> numbering;
  CheckerFile checker;
  LocalizedReader localized(doc, tmpl.script);
  xml::SeenOnce seen(doc);
  for (const pugi::xml_node& child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    std::optional<LoadError> error;
    if (name == "section") {
      section_nodes.push_back(child);
    } else if (name == "name" || name == "description") {
      error = localized.read(child, name == "name" ? names : descriptions);
    } else if (name == "opening" || name == "closing" || name == "attachment-note" ||
               name == "notes") {
      std::string paragraph;
      error = xml::read_value(doc, child, paragraph);
      if (!error && paragraph.empty()) error = doc.error(child, "<" + name + "> is empty");
      (name == "opening"           ? opening
       : name == "closing"         ? closing
       : name == "attachment-note" ? attachment_note
                                   : notes)
          .push_back(paragraph);
    } else if (name == "genre" || name == "numbering" || name == "title" || name == "addressee" ||
               name == "signature" || name == "date" || name == "page-setup" || name == "checker") {
      error = seen.mark(child);
      if (error) return error;
      if (name == "genre") {
        std::string genre;
        error = xml::read_value(doc, child, genre);
        const std::optional<Genre> known = genre_from_name(genre);
        if (!error && !known) {
          error =
              doc.error(child, "unknown genre '" + genre + "' (use one of " + genre_names() + ")");
        }
        tmpl.genre = known.value_or(Genre::Report);
      } else if (name == "numbering") {
        numbering_node = child;
        error = read_numbering(doc, child, numbering);
      } else if (name == "title") {
        error = xml::read_value(doc, child, tmpl.title, {"default-topic"});
        tmpl.default_topic = xml::trim(child.attribute("default-topic").value());
        if (!error && tmpl.title.empty()) error = doc.error(child, "<title> is empty");
      } else if (name == "addressee") {
        error = xml::read_value(doc, child, tmpl.addressee);
        if (!error && tmpl.addressee.empty()) error = doc.error(child, "<addressee> is empty");
      } else if (name == "signature") {
        error = xml::read_value(doc, child, tmpl.signature);
        if (!error && tmpl.signature.empty()) error = doc.error(child, "<signature> is empty");
      } else if (name == "date") {
        error = xml::read_value(doc, child, tmpl.date, {"form"});
        if (!error && tmpl.date.empty()) error = doc.error(child, "<date> is empty");
        if (!error && child.attribute("form")) {
          const std::string form = child.attribute("form").value();
          tmpl.date_style = parse_date_style(form);
          if (!tmpl.date_style) {
            error = doc.error(
                child, "<date> has form=\"" + form + "\" (use gbt9704, chinese, roc or iso)");
          }
        }
      } else if (name == "page-setup") {
        error = xml::check_attributes(doc, child, {"standard"});
        if (!error) error = check_empty(doc, child);
        const std::string standard = child.attribute("standard").value();
        if (!error && standard != "gbt9704") {
          error = doc.error(child, "<page-setup> has standard=\"" + standard + "\" (use gbt9704)");
        }
        tmpl.page_setup = PageSetup::Gbt9704;
      } else {
        error = read_checker(doc, child, checker);
      }
    } else {
      return doc.error(child, "unknown element <" + name + "> in <template>");
    }
    if (error) return error;
  }

  // A template that extends another keeps what it does not give; a list given replaces the
  // inherited list as a whole (a house name in one language must not keep the parent's others).
  if (!names.empty()) tmpl.names = names;
  if (!descriptions.empty() || !extends) tmpl.descriptions = descriptions;
  if (!opening.empty() || !extends) tmpl.opening = opening;
  if (!closing.empty() || !extends) tmpl.closing = closing;
  if (!attachment_note.empty() || !extends) tmpl.attachment_note = attachment_note;
  if (!notes.empty() || !extends) tmpl.notes = notes;
  if (!extends) {
    if (tmpl.names.empty()) return doc.error(root, "missing <name> in <template>");
    if (!numbering_node) return doc.error(root, "missing <numbering> in <template>");
    for (const char* required : {"title", "signature", "date"}) {
      if (!seen.seen(required)) {
        return doc.error(root, "missing <" + std::string(required) + "> in <template>");
      }
    }
  }
  if (numbering_node) {
    tmpl.numbering = numbering;
    const int depth = depth_of(tmpl.sections);
    if (depth > static_cast<int>(numbering.size())) {
      return doc.error(numbering_node,
                       "<numbering> defines only " + std::to_string(numbering.size()) +
                           (numbering.size() == 1 ? " level" : " levels") +
                           " but the inherited sections go down to level " + std::to_string(depth));
    }
  }

  SectionReader reader(doc, static_cast<int>(tmpl.numbering.size()), extends);
  for (const pugi::xml_node& node : section_nodes) {
    SectionPatch patch;
    if (auto error = reader.read_top(node, patch)) return error;
    if (!extends) {
      tmpl.sections.push_back(std::move(patch.section));
    } else if (auto error = apply(doc, patch, tmpl.sections)) {
      return error;
    }
  }

  for (const auto& [rule, setting] : checker.settings.rules) {
    RuleSetting& merged = tmpl.checker.rules[rule];
    if (setting.enabled) merged.enabled = setting.enabled;
    if (setting.severity) merged.severity = setting.severity;
  }
  for (const auto& [level, labels] : checker.settings.labels) tmpl.checker.labels[level] = labels;
  if (checker.dates_given) tmpl.checker.dates = checker.settings.dates;

  // The labels the template itself makes must pass its own checker.
  for (const auto& [level, allowed] : tmpl.checker.labels) {
    const auto line = checker.label_lines.find(level);
    const pugi::xml_node fallback = numbering_node ? numbering_node : root;
    const auto at = [&](const std::string& message) {
      return line != checker.label_lines.end() ? LoadError{doc.name, line->second, message}
                                               : doc.error(fallback, message);
    };
    const std::string tag = "<labels level=\"" + std::to_string(level) + "\">";
    if (level > static_cast<int>(tmpl.numbering.size())) {
      return at(tag + " is for a level that <numbering> does not define (it defines " +
                std::to_string(tmpl.numbering.size()) + ")");
    }
    const std::string own = xml::trim(
        format_label(tmpl.numbering, std::vector<int>(static_cast<std::size_t>(level), 1)));
    if (std::find(allowed.begin(), allowed.end(), own) == allowed.end()) {
      return at(tag + " does not allow '" + own + "', the label that <numbering> makes");
    }
  }

  const auto in_script = [&](const std::map<std::string, std::string>& by_language) {
    const auto it = by_language.find(tmpl.script);
    if (it != by_language.end()) return it->second;
    return by_language.empty() ? std::string() : by_language.begin()->second;
  };
  tmpl.name = in_script(tmpl.names);
  tmpl.description = in_script(tmpl.descriptions);
  return std::nullopt;
}

}  // namespace

std::string template_id_of(const std::string& path) {
  xml::Document doc;
  doc.name = path;
  if (xml::read_file(path, doc.text) || xml::parse(doc)) return {};
  const pugi::xml_node root = doc.doc.document_element();
  if (std::string(root.name()) != "template") return {};
  return root.attribute("id").value();
}

const std::vector<std::string>& rule_ids() {
  static const std::vector<std::string> kIds = {
      "title.missing",      "title.format",        "addressee.missing",    "heading.missing",
      "heading.order",      "section.empty",       "numbering.gap",        "numbering.restart",
      "numbering.level",    "numbering.style",     "placeholder.leftover", "punct.halfwidth",
      "char.stray",         "duplicate.paragraph", "closing.missing",      "signature.missing",
      "signature.mismatch", "date.missing",        "date.format",          "date.invalid",
      "report.request",     "docnumber.format",    "masthead.signer",      "space.cjk",
      "attachment.format",  "colophon.format"};
  return kIds;
}

std::string name_for(const ReportTemplate& tmpl, const std::string& language) {
  const auto it = tmpl.names.find(language);
  return it != tmpl.names.end() ? it->second : tmpl.name;
}

const Section* find_section(const ReportTemplate& tmpl, const std::string& id) {
  return find_in(tmpl.sections, id);
}

std::variant<ReportTemplate, LoadError> parse_template(const std::string& xml,
                                                       const std::string& name,
                                                       const TemplateLoadOptions& options) {
  return Loader(options).parse(xml, name);
}

std::variant<ReportTemplate, LoadError> parse_template(const std::string& xml,
                                                       const std::string& name) {
  return parse_template(xml, name, TemplateLoadOptions{});
}

std::variant<ReportTemplate, LoadError> load_template(const std::string& path,
                                                      const TemplateLoadOptions& options) {
  return Loader(options).load(path);
}

std::variant<ReportTemplate, LoadError> load_template(const std::string& path) {
  return load_template(path, TemplateLoadOptions{});
}

std::string chinese_number(int value) {
  static const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  // Outside 1..99 there is no heading-label form; decimal digits at least stay readable.
  if (value < 1 || value > 99) return std::to_string(value);
  const int tens = value / 10;
  const int ones = value % 10;
  std::string out;
  if (tens > 1) out += kDigits[tens];
  if (tens > 0) out += "十";  // 十一, not 一十一
  out += kDigits[ones];
  return out;
}

namespace {

std::string counter_text(CounterFormat format, int value) {
  return format == CounterFormat::Chinese ? chinese_number(value) : std::to_string(value);
}

}  // namespace

std::string format_label(const LevelNumbering& numbering, int value) {
  return numbering.prefix + counter_text(numbering.format, value) + numbering.suffix;
}

std::string format_label(const std::vector<LevelNumbering>& numbering,
                         const std::vector<int>& counters) {
  if (counters.empty() || counters.size() > numbering.size()) return {};
  const LevelNumbering& own = numbering[counters.size() - 1];
  if (!own.with_parents) return format_label(own, counters.back());
  std::string text;
  for (std::size_t i = 0; i < counters.size(); ++i) {
    if (i > 0) text += '.';
    text += counter_text(numbering[i].format, counters[i]);
  }
  return own.prefix + text + own.suffix;
}

}  // namespace chengbao

namespace chengbao {

std::string office_list_format(const std::vector<LevelNumbering>& numbering, int level) {
  if (level < 1 || level > static_cast<int>(numbering.size())) return {};
  const LevelNumbering& own = numbering[static_cast<std::size_t>(level) - 1];
  std::string text;
  for (int i = own.with_parents ? 1 : level; i <= level; ++i) {
    if (i < level) text += "%" + std::to_string(i) + "%.";
  }
  text += "%" + std::to_string(level) + "%";
  return own.prefix + text + own.suffix;
}

}  // namespace chengbao
