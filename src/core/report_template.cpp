// A report template (format v1): the skeleton of one report genre and its numbering scheme.
#include "report_template.hpp"

#include <map>
#include <optional>

#include "xml_util.hpp"

namespace chengbao {

namespace {

// GB/T 9704 practice numbers at most four heading levels (一、 （一） 1. （1）).
constexpr int kMaxLevel = 4;

constexpr const char* kScripts[] = {"zh-Hans", "zh-Hant", "en"};

std::optional<LoadError> read_level(const xml::Document& doc, const pugi::xml_node& node,
                                    int expected, LevelNumbering& level) {
  if (auto error = xml::check_attributes(doc, node, {"n", "format", "prefix", "suffix"})) {
    return error;
  }
  if (auto error = xml::check_no_text(doc, node)) return error;
  if (pugi::xml_node child =
          node.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; })) {
    return doc.error(child, "<level> must be empty, found <" + std::string(child.name()) + ">");
  }
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
  const std::string format = node.attribute("format").value();
  if (format == "chinese") {
    level.format = CounterFormat::Chinese;
  } else if (format == "arabic") {
    level.format = CounterFormat::Arabic;
  } else {
    return doc.error(node, "<level n=\"" + std::to_string(expected) + "\"> has format \"" + format +
                               "\" (use chinese or arabic)");
  }
  level.level = expected;
  level.prefix = node.attribute("prefix").value();
  level.suffix = node.attribute("suffix").value();
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

// Reads sections recursively; `ids` maps every id seen so far to its line to keep ids unique.
class SectionReader {
 public:
  SectionReader(const xml::Document& doc, int levels) : doc_(doc), levels_(levels) {}

  std::optional<LoadError> read(const pugi::xml_node& node, int parent_level, Section& section) {
    if (auto error = xml::check_attributes(doc_, node, {"id", "level", "required"})) return error;
    if (auto error = xml::check_no_text(doc_, node)) return error;
    section.line = doc_.line_of(node);
    if (auto error = read_id(node, section)) return error;
    if (auto error = read_level(node, parent_level, section)) return error;
    const pugi::xml_attribute required = node.attribute("required");
    const std::string required_text = required ? required.value() : "false";
    if (required_text != "true" && required_text != "false") {
      return doc_.error(
          node, tag(section) + " has required=\"" + required_text + "\" (use true or false)");
    }
    section.required = required_text == "true";

    xml::SeenOnce seen(doc_);
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
        std::string paragraph;
        if (auto error = xml::read_value(doc_, child, paragraph)) return error;
        section.paragraphs.push_back(paragraph);
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
    return std::nullopt;
  }

 private:
  static std::string tag(const Section& section) { return "<section id=\"" + section.id + "\">"; }

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
  std::map<std::string, int> ids_;
};

std::optional<LoadError> read_template(const xml::Document& doc, ReportTemplate& tmpl) {
  const pugi::xml_node root = doc.doc.document_element();
  if (auto error = xml::check_root(doc, root, "template")) return error;
  if (auto error = xml::check_attributes(doc, root, {"format", "id", "script"})) return error;
  if (auto error = xml::check_no_text(doc, root)) return error;

  tmpl.id = root.attribute("id").value();
  if (tmpl.id.empty()) return doc.error(root, "<template> has no id attribute");
  if (!xml::is_identifier(tmpl.id, "-")) {
    return doc.error(root, "template id '" + tmpl.id + "' may use only a-z, 0-9 and -");
  }
  const pugi::xml_attribute script = root.attribute("script");
  tmpl.script = script ? script.value() : "zh-Hans";
  bool known_script = false;
  for (const char* name : kScripts) known_script = known_script || tmpl.script == name;
  if (!known_script) {
    return doc.error(root, "unknown script '" + tmpl.script + "' (use zh-Hans, zh-Hant or en)");
  }

  // Sections are read after the loop: their levels are checked against <numbering>, which may
  // come later in the file.
  std::vector<pugi::xml_node> sections;
  pugi::xml_node numbering;
  xml::SeenOnce seen(doc);
  for (const pugi::xml_node& child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    if (name == "section") {
      sections.push_back(child);
    } else if (name == "opening" || name == "closing") {
      std::string paragraph;
      if (auto error = xml::read_value(doc, child, paragraph)) return error;
      if (paragraph.empty()) return doc.error(child, "<" + name + "> is empty");
      (name == "opening" ? tmpl.opening : tmpl.closing).push_back(paragraph);
    } else if (name == "name" || name == "numbering" || name == "title" || name == "addressee" ||
               name == "signature" || name == "date") {
      if (auto error = seen.mark(child)) return error;
      std::optional<LoadError> error;
      if (name == "name") {
        error = xml::read_value(doc, child, tmpl.name);
      } else if (name == "numbering") {
        numbering = child;
        error = read_numbering(doc, child, tmpl.numbering);
      } else if (name == "title") {
        error = xml::read_value(doc, child, tmpl.title, {"default-topic"});
        tmpl.default_topic = xml::trim(child.attribute("default-topic").value());
      } else if (name == "addressee") {
        error = xml::read_value(doc, child, tmpl.addressee);
      } else if (name == "signature") {
        error = xml::read_value(doc, child, tmpl.signature);
      } else {
        error = xml::read_value(doc, child, tmpl.date);
      }
      if (error) return error;
    } else {
      return doc.error(child, "unknown element <" + name + "> in <template>");
    }
  }
  if (auto error = xml::require(doc, root, seen, "name", tmpl.name)) return error;
  if (!numbering) return doc.error(root, "missing <numbering> in <template>");
  if (auto error = xml::require(doc, root, seen, "title", tmpl.title)) return error;
  if (seen.seen("addressee") && tmpl.addressee.empty()) {
    return doc.error(root.child("addressee"), "<addressee> is empty");
  }
  if (auto error = xml::require(doc, root, seen, "signature", tmpl.signature)) return error;
  if (auto error = xml::require(doc, root, seen, "date", tmpl.date)) return error;

  SectionReader reader(doc, static_cast<int>(tmpl.numbering.size()));
  for (const pugi::xml_node& node : sections) {
    Section section;
    if (auto error = reader.read(node, 0, section)) return error;
    tmpl.sections.push_back(std::move(section));
  }
  return std::nullopt;
}

}  // namespace

std::variant<ReportTemplate, LoadError> parse_template(const std::string& xml,
                                                       const std::string& name) {
  xml::Document doc;
  doc.name = name;
  doc.text = xml;
  if (auto error = xml::parse(doc)) return *error;
  ReportTemplate tmpl;
  tmpl.file = name;
  if (auto error = read_template(doc, tmpl)) return *error;
  return tmpl;
}

std::variant<ReportTemplate, LoadError> load_template(const std::string& path) {
  std::string text;
  if (auto error = xml::read_file(path, text)) return *error;
  return parse_template(text, path);
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

std::string format_label(const LevelNumbering& numbering, int value) {
  const std::string counter =
      numbering.format == CounterFormat::Chinese ? chinese_number(value) : std::to_string(value);
  return numbering.prefix + counter + numbering.suffix;
}

}  // namespace chengbao
