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

constexpr const char* kScripts[] = {"zh-Hans", "zh-Hant", "en"};

bool is_script(const std::string& name) {
  return std::any_of(std::begin(kScripts), std::end(kScripts),
                     [&](const char* script) { return name == script; });
}

// The scripts a template may be written in, as a LoadError's list of allowed values.
std::string scripts() {
  std::string list;
  for (const char* script : kScripts) list += (list.empty() ? "" : " ") + std::string(script);
  return list;
}

// "a, b, c" → "a b c": a list written for English, as a LoadError's list of allowed values.
std::string without_commas(const std::string& list) {
  std::string out;
  for (char c : list) {
    if (c != ',') out += c;
  }
  return out;
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
          node, "<" + name + "> has xml:lang=\"" + language + "\" (use zh-Hans, zh-Hant or en)",
          LoadProblem::BadAttributeValue, {name, "xml:lang", language, scripts()});
    }
    if (value.empty()) return doc_.empty(node, name);
    const auto [it, inserted] = lines_.emplace(name + " " + language, doc_.line_of(node));
    if (!inserted) {
      return doc_.error(
          node,
          "<" + name + "> in " + language + " is given more than once (first on line " +
              std::to_string(it->second) + ")",
          LoadProblem::LocalizedRepeated, {name, language, std::to_string(it->second)});
    }
    by_language[language] = value;
    return std::nullopt;
  }

 private:
  const xml::Document& doc_;
  std::string script_;
  std::map<std::string, int> lines_;
};

// What the elements of one template file give, before they are laid over the parent's.
struct FileParts {
  FileParts(const xml::Document& d, ReportTemplate& t)
      : doc(d), tmpl(t), localized(d, t.script), seen(d) {}

  const xml::Document& doc;
  ReportTemplate& tmpl;
  LocalizedReader localized;
  xml::SeenOnce seen;
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
};

using ReadElement = std::optional<LoadError> (*)(FileParts&, const pugi::xml_node&);

// A paragraph element that may be repeated (<opening>, <closing> …).
std::optional<LoadError> read_paragraph(FileParts& parts, const pugi::xml_node& node,
                                        std::vector<std::string>& into) {
  std::string paragraph;
  if (auto error = xml::read_value(parts.doc, node, paragraph)) return error;
  if (paragraph.empty()) return parts.doc.empty(node, std::string(node.name()));
  into.push_back(paragraph);
  return std::nullopt;
}

// A single text element that must not be empty (<addressee>, <signature>).
std::optional<LoadError> read_text(FileParts& parts, const pugi::xml_node& node,
                                   std::string& into) {
  if (auto error = xml::read_value(parts.doc, node, into)) return error;
  if (into.empty()) return parts.doc.empty(node, std::string(node.name()));
  return std::nullopt;
}

struct ElementReader {
  const char* name;
  bool single;  ///< may appear once
  ReadElement read;
};

const ElementReader kElementReaders[] = {
    {"section", false,
     [](FileParts& parts, const pugi::xml_node& node) -> std::optional<LoadError> {
       parts.section_nodes.push_back(node);
       return std::nullopt;
     }},
    {"name", false,
     [](FileParts& parts, const pugi::xml_node& node) {
       return parts.localized.read(node, parts.names);
     }},
    {"description", false,
     [](FileParts& parts, const pugi::xml_node& node) {
       return parts.localized.read(node, parts.descriptions);
     }},
    {"opening", false,
     [](FileParts& parts, const pugi::xml_node& node) {
       return read_paragraph(parts, node, parts.opening);
     }},
    {"closing", false,
     [](FileParts& parts, const pugi::xml_node& node) {
       return read_paragraph(parts, node, parts.closing);
     }},
    {"attachment-note", false,
     [](FileParts& parts, const pugi::xml_node& node) {
       return read_paragraph(parts, node, parts.attachment_note);
     }},
    {"notes", false,
     [](FileParts& parts, const pugi::xml_node& node) {
       return read_paragraph(parts, node, parts.notes);
     }},
    {"genre", true,
     [](FileParts& parts, const pugi::xml_node& node) -> std::optional<LoadError> {
       std::string genre;
       if (auto error = xml::read_value(parts.doc, node, genre)) return error;
       const std::optional<Genre> known = genre_from_name(genre);
       if (!known) {
         return parts.doc.error(node,
                                "unknown genre '" + genre + "' (use one of " + genre_names() + ")",
                                LoadProblem::UnknownGenre, {genre, without_commas(genre_names())});
       }
       parts.tmpl.genre = *known;
       return std::nullopt;
     }},
    {"numbering", true,
     [](FileParts& parts, const pugi::xml_node& node) {
       parts.numbering_node = node;
       return read_numbering(parts.doc, node, parts.numbering);
     }},
    {"title", true,
     [](FileParts& parts, const pugi::xml_node& node) -> std::optional<LoadError> {
       if (auto error = xml::read_value(parts.doc, node, parts.tmpl.title, {"default-topic"})) {
         return error;
       }
       parts.tmpl.default_topic = xml::trim(node.attribute("default-topic").value());
       if (parts.tmpl.title.empty()) return parts.doc.empty(node, "title");
       return std::nullopt;
     }},
    {"addressee", true,
     [](FileParts& parts, const pugi::xml_node& node) {
       return read_text(parts, node, parts.tmpl.addressee);
     }},
    {"signature", true,
     [](FileParts& parts, const pugi::xml_node& node) {
       return read_text(parts, node, parts.tmpl.signature);
     }},
    {"date", true,
     [](FileParts& parts, const pugi::xml_node& node) -> std::optional<LoadError> {
       if (auto error = xml::read_value(parts.doc, node, parts.tmpl.date, {"form"})) return error;
       if (parts.tmpl.date.empty()) return parts.doc.empty(node, "date");
       if (node.attribute("form")) {
         const std::string form = node.attribute("form").value();
         parts.tmpl.date_style = parse_date_style(form);
         if (!parts.tmpl.date_style) {
           return parts.doc.error(
               node, "<date> has form=\"" + form + "\" (use gbt9704, chinese, roc or iso)",
               LoadProblem::BadAttributeValue, {"date", "form", form, "gbt9704 chinese roc iso"});
         }
       }
       return std::nullopt;
     }},
    // Format 1's first 版式 element, kept for house templates written before <layout>: the
    // same as <layout standard="gbt9704"/>.
    {"page-setup", true,
     [](FileParts& parts, const pugi::xml_node& node) -> std::optional<LoadError> {
       if (auto error = xml::check_attributes(parts.doc, node, {"standard"})) return error;
       if (auto error = xml::check_empty(parts.doc, node)) return error;
       const std::string standard = node.attribute("standard").value();
       if (standard != "gbt9704") {
         return parts.doc.error(
             node, "<page-setup> has standard=\"" + standard + "\" (use gbt9704)",
             LoadProblem::BadAttributeValue, {"page-setup", "standard", standard, "gbt9704"});
       }
       parts.tmpl.layout = gbt9704_layout(parts.tmpl.script == "zh-Hant");
       return std::nullopt;
     }},
    {"layout", true,
     [](FileParts& parts, const pugi::xml_node& node) {
       return read_layout(parts.doc, node, parts.tmpl.script == "zh-Hant", parts.tmpl.layout);
     }},
    {"checker", true,
     [](FileParts& parts, const pugi::xml_node& node) {
       return read_checker(parts.doc, node, parts.checker);
     }},
};

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
    return doc.error(root, "extends=\"" + parent_id + "\" is not a template id",
                     LoadProblem::NotATemplateId, {parent_id});
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
    return doc.error(root, "templates extend each other in a cycle: " + names + parent_id,
                     LoadProblem::ExtendsCycle, {names + parent_id});
  }
  if (!parent_path) {
    std::string where;
    for (const std::string& dir : dirs) where += (where.empty() ? "" : ", ") + dir;
    return doc.error(root,
                     "template '" + id + "' extends '" + parent_id +
                         "', which is not found (looked in " +
                         (where.empty() ? "no folder" : where) + ")",
                     LoadProblem::ParentNotFound, {id, parent_id, where});
  }
  chain_ = std::move(chain);
  auto parent = load(*parent_path);
  chain_.pop_back();
  if (auto* error = std::get_if<LoadError>(&parent)) return *error;
  tmpl = std::move(std::get<ReportTemplate>(parent));
  tmpl.extends = parent_id;
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
  if (id.empty()) {
    return doc.error(root, "<template> has no id attribute", LoadProblem::MissingAttribute,
                     {"template", "id"});
  }
  if (!xml::is_identifier(id, "-")) {
    return doc.error(root, "template id '" + id + "' may use only a-z, 0-9 and -",
                     LoadProblem::BadId, {"template", id});
  }
  const pugi::xml_attribute script = root.attribute("script");
  if (script && !is_script(script.value())) {
    return doc.error(
        root, "unknown script '" + std::string(script.value()) + "' (use zh-Hans, zh-Hant or en)",
        LoadProblem::BadAttributeValue, {"template", "script", script.value(), scripts()});
  }
  const bool extends = static_cast<bool>(root.attribute("extends"));
  if (extends) {
    if (auto error = inherit(doc, root, id, tmpl)) return error;
    if (script && tmpl.script != script.value()) {
      return doc.error(root,
                       "template '" + id + "' is written in " + script.value() + " but extends '" +
                           tmpl.extends + "', which is written in " + tmpl.script,
                       LoadProblem::ParentScript, {id, script.value(), tmpl.extends, tmpl.script});
    }
  } else {
    tmpl.script = script ? script.value() : "zh-Hans";
  }
  tmpl.id = id;

  // Sections are read after the elements: their levels are checked against <numbering>, which
  // may come later in the file or from the parent.
  FileParts parts(doc, tmpl);
  for (const pugi::xml_node& child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    const auto reader = std::find_if(std::begin(kElementReaders), std::end(kElementReaders),
                                     [&](const ElementReader& r) { return name == r.name; });
    if (reader == std::end(kElementReaders)) {
      return doc.unknown_element(child, name, "template");
    }
    if (reader->single) {
      if (auto error = parts.seen.mark(child)) return error;
    }
    if (auto error = reader->read(parts, child)) return error;
  }

  // A template that extends another keeps what it does not give; a list given replaces the
  // inherited list as a whole (a house name in one language must not keep the parent's others).
  if (!parts.names.empty()) tmpl.names = parts.names;
  if (!parts.descriptions.empty() || !extends) tmpl.descriptions = parts.descriptions;
  if (!parts.opening.empty() || !extends) tmpl.opening = parts.opening;
  if (!parts.closing.empty() || !extends) tmpl.closing = parts.closing;
  if (!parts.attachment_note.empty() || !extends) tmpl.attachment_note = parts.attachment_note;
  if (!parts.notes.empty() || !extends) tmpl.notes = parts.notes;
  if (!extends) {
    if (tmpl.names.empty()) return doc.missing(root, "name", "template");
    if (!parts.numbering_node) return doc.missing(root, "numbering", "template");
    for (const char* required : {"title", "signature", "date"}) {
      if (!parts.seen.seen(required)) {
        return doc.missing(root, std::string(required), "template");
      }
    }
  }
  if (parts.numbering_node) {
    tmpl.numbering = parts.numbering;
    const int depth = sections_depth(tmpl.sections);
    if (depth > static_cast<int>(parts.numbering.size())) {
      return doc.error(parts.numbering_node,
                       "<numbering> defines only " + std::to_string(parts.numbering.size()) +
                           (parts.numbering.size() == 1 ? " level" : " levels") +
                           " but the inherited sections go down to level " + std::to_string(depth),
                       LoadProblem::NumberingTooShallow,
                       {std::to_string(parts.numbering.size()), std::to_string(depth)});
    }
  }

  std::vector<SectionPatch> patches;
  if (auto error = read_sections(doc, parts.section_nodes, static_cast<int>(tmpl.numbering.size()),
                                 extends, patches)) {
    return error;
  }
  for (SectionPatch& patch : patches) {
    if (!extends) {
      tmpl.sections.push_back(std::move(patch.section));
    } else if (auto error = apply_section_patch(doc, patch, tmpl.sections)) {
      return error;
    }
  }

  if (auto error =
          merge_checker(doc, parts.checker, tmpl.numbering,
                        parts.numbering_node ? parts.numbering_node : root, tmpl.checker)) {
    return error;
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

std::string name_for(const ReportTemplate& tmpl, const std::string& language) {
  const auto it = tmpl.names.find(language);
  return it != tmpl.names.end() ? it->second : tmpl.name;
}

const Section* find_section(const ReportTemplate& tmpl, const std::string& id) {
  return find_section_in(tmpl.sections, id);
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

}  // namespace chengbao
