// Reading <section> elements and applying the sections of a template that extends another.
#include "template_sections.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "numbering_labels.hpp"
#include "xml_util.hpp"

namespace chengbao {

namespace {

// Reads sections recursively; `ids` maps every id seen so far to its line to keep ids unique.
class SectionReader {
 public:
  SectionReader(const xml::Document& doc, int levels, bool patching)
      : doc_(doc), levels_(levels), patching_(patching) {}

  std::optional<LoadError> read_top(const pugi::xml_node& node, SectionPatch& patch) {
    if (!patching_) return read(node, 0, patch.section);
    if (node.attribute("remove")) {
      if (auto error = xml::check_attributes(doc_, node, {"id", "remove"})) return error;
      if (auto error = xml::check_empty(doc_, node)) return error;
      patch.section.line = doc_.line_of(node);
      if (auto error = read_id(node, patch.section)) return error;
      if (auto error = xml::read_bool(doc_, node, "remove", tag(patch.section), patch.remove)) {
        return error;
      }
      if (!patch.remove) {
        return doc_.error(
            node, tag(patch.section) + " has remove=\"false\": leave the attribute out instead",
            LoadProblem::RemoveFalse, {bare(patch.section), "remove"});
      }
      return std::nullopt;
    }
    if (const pugi::xml_attribute after = node.attribute("after")) {
      patch.after = after.value();
      if (!xml::is_identifier(patch.after, "-")) {
        return doc_.error(node, "after=\"" + patch.after + "\" is not a section id",
                          LoadProblem::NotASectionId, {"after", patch.after});
      }
    }
    return read(node, -1, patch.section);
  }

 private:
  static std::string tag(const Section& section) { return "<section id=\"" + section.id + "\">"; }
  // The section as LoadError args name it.
  static std::string bare(const Section& section) { return xml::element_arg(tag(section)); }

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
      if (auto error = xml::read_bool(doc_, node, "required", tag(section), section.required)) {
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
        if (alias.empty()) return doc_.empty(child, "alias");
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
        return doc_.error(child, "unknown element <" + name + "> in " + tag(section),
                          LoadProblem::UnknownElement, {name, bare(section)});
      }
    }
    if (!seen.seen("heading")) {
      return doc_.error(node, tag(section) + " has no <heading>", LoadProblem::MissingElement,
                        {"heading", bare(section)});
    }
    if (section.heading.empty()) {
      return doc_.error(node.child("heading"), tag(section) + " has an empty <heading>",
                        LoadProblem::EmptyElement, {"heading"});
    }
    if (!plain.empty()) section.alternatives.push_back(Alternative{"default", std::move(plain)});
    if (!section.alternatives.empty()) section.paragraphs = section.alternatives.front().paragraphs;
    return std::nullopt;
  }

  LoadError mixed(const pugi::xml_node& node, const Section& section) const {
    return doc_.error(
        node, tag(section) + " mixes <p> and <alternative>: put every <p> in an <alternative>",
        LoadProblem::MixedParagraphs, {bare(section)});
  }

  std::optional<LoadError> read_alternative(const pugi::xml_node& node, const Section& section,
                                            Alternative& alternative) {
    if (auto error = xml::check_attributes(doc_, node, {"id"})) return error;
    if (auto error = xml::check_no_text(doc_, node)) return error;
    alternative.id = node.attribute("id").value();
    if (alternative.id.empty()) {
      return doc_.error(node, "<alternative> in " + tag(section) + " has no id attribute",
                        LoadProblem::MissingAttribute, {"alternative", "id"});
    }
    if (!xml::is_identifier(alternative.id, "-")) {
      return doc_.error(node, "alternative id '" + alternative.id + "' may use only a-z, 0-9 and -",
                        LoadProblem::BadId, {"alternative", alternative.id});
    }
    for (const Alternative& other : section.alternatives) {
      if (other.id == alternative.id) {
        return doc_.error(
            node, tag(section) + " has two alternatives with the id '" + alternative.id + "'",
            LoadProblem::RepeatedAlternative, {bare(section), alternative.id});
      }
    }
    const std::string in = "alternative id=\"" + alternative.id + "\"";
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::string(child.name()) != "p") {
        return doc_.error(child,
                          "unknown element <" + std::string(child.name()) + "> in <" + in + ">",
                          LoadProblem::UnknownElement, {child.name(), in});
      }
      std::string paragraph;
      if (auto error = xml::read_value(doc_, child, paragraph)) return error;
      alternative.paragraphs.push_back(paragraph);
    }
    if (alternative.paragraphs.empty()) {
      return doc_.error(node, "<" + in + "> has no <p>", LoadProblem::MissingElement, {"p", in});
    }
    return std::nullopt;
  }

  std::optional<LoadError> read_id(const pugi::xml_node& node, Section& section) {
    section.id = node.attribute("id").value();
    if (section.id.empty()) {
      return doc_.error(node, "<section> has no id attribute", LoadProblem::MissingAttribute,
                        {"section", "id"});
    }
    if (!xml::is_identifier(section.id, "-")) {
      return doc_.error(node, "section id '" + section.id + "' may use only a-z, 0-9 and -",
                        LoadProblem::BadId, {"section", section.id});
    }
    const auto [it, inserted] = ids_.emplace(section.id, section.line);
    if (!inserted) {
      const std::string first = std::to_string(it->second);
      return doc_.error(
          node, "section id '" + section.id + "' is used twice (first on line " + first + ")",
          LoadProblem::RepeatedId, {"section", section.id, first});
    }
    return std::nullopt;
  }

  std::optional<LoadError> read_level(const pugi::xml_node& node, int parent_level,
                                      Section& section) {
    const pugi::xml_attribute level = node.attribute("level");
    if (!level) {
      return doc_.error(node, tag(section) + " has no level attribute",
                        LoadProblem::MissingAttribute, {bare(section), "level"});
    }
    const std::optional<int> value = xml::parse_count(level.value());
    const std::string deepest = std::to_string(kMaxHeadingLevel);
    if (!value || *value < 1) {
      return doc_.error(node,
                        tag(section) + " has level \"" + level.value() +
                            "\" (use a number from 1 to " + deepest + ")",
                        LoadProblem::BadLevel, {bare(section), level.value(), deepest});
    }
    section.level = *value;
    const std::string has = tag(section) + " has level " + std::to_string(section.level);
    if (parent_level == 0 && section.level != 1) {
      return doc_.error(node, has + " but a top-level section has level 1",
                        LoadProblem::TopLevelNotOne,
                        {bare(section), std::to_string(section.level)});
    }
    if (parent_level > 0 && section.level != parent_level + 1) {
      return doc_.error(
          node, has + " but its parent has level " + std::to_string(parent_level),
          LoadProblem::LevelUnderParent,
          {bare(section), std::to_string(section.level), std::to_string(parent_level)});
    }
    if (section.level > kMaxHeadingLevel) {
      return doc_.error(node, has + " but headings go down to level " + deepest,
                        LoadProblem::LevelTooDeep,
                        {bare(section), std::to_string(section.level), deepest});
    }
    if (section.level > levels_) {
      return doc_.error(node,
                        has + " but <numbering> defines only " + std::to_string(levels_) +
                            (levels_ == 1 ? " level" : " levels"),
                        LoadProblem::LevelBeyondNumbering,
                        {bare(section), std::to_string(section.level), std::to_string(levels_)});
    }
    return std::nullopt;
  }

  const xml::Document& doc_;
  int levels_;
  bool patching_;
  std::map<std::string, int> ids_;
};

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

int depth_of_impl(const std::vector<Section>& sections) {
  int depth = 0;
  for (const Section& section : sections) {
    depth = std::max({depth, section.level, depth_of_impl(section.children)});
  }
  return depth;
}

}  // namespace

std::optional<LoadError> read_sections(const xml::Document& doc,
                                       const std::vector<pugi::xml_node>& nodes, int levels,
                                       bool patching, std::vector<SectionPatch>& patches) {
  SectionReader reader(doc, levels, patching);
  for (const pugi::xml_node& node : nodes) {
    SectionPatch patch;
    if (auto error = reader.read_top(node, patch)) return error;
    patches.push_back(std::move(patch));
  }
  return std::nullopt;
}

std::optional<LoadError> apply_section_patch(const xml::Document& doc, SectionPatch& patch,
                                             std::vector<Section>& sections) {
  Section& section = patch.section;
  const std::string tag = "<section id=\"" + section.id + "\">";
  const std::string bare = xml::element_arg(tag);
  const std::string level = std::to_string(section.level);
  const auto line_error = [&](const std::string& message, LoadProblem problem,
                              std::vector<std::string> args) {
    return LoadError{doc.name, section.line, message, problem, std::move(args)};
  };
  std::optional<Place> place = locate(sections, section.id);
  if (patch.remove) {
    if (!place) {
      return line_error(tag + " removes a section that the parent template lacks",
                        LoadProblem::RemovesMissing, {bare});
    }
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
      return line_error(
          tag + " contains the section id '" + id + "', which the parent template already uses",
          LoadProblem::IdTakenByParent, {bare, id});
    }
  }

  if (place) {
    Section& replaced = (*place->list)[place->index];
    if (!patch.after.empty()) {
      return line_error(tag + " replaces the inherited section in place and cannot have after",
                        LoadProblem::ReplacesWithAfter, {bare, "after"});
    }
    if (replaced.level != section.level) {
      return line_error(
          tag + " has level " + level + " but the inherited section it replaces has level " +
              std::to_string(replaced.level),
          LoadProblem::LevelUnlikeReplaced, {bare, level, std::to_string(replaced.level)});
    }
    replaced = std::move(section);
    return std::nullopt;
  }
  if (patch.after.empty()) {
    if (section.level != 1) {
      return line_error(
          tag + " has level " + level + " but a new section without after is appended at level 1",
          LoadProblem::AppendedNotTop, {bare, level, "after"});
    }
    sections.push_back(std::move(section));
    return std::nullopt;
  }
  std::optional<Place> anchor = locate(sections, patch.after);
  if (!anchor) {
    return line_error(tag + " has after=\"" + patch.after + "\", but no section has that id",
                      LoadProblem::AfterUnknown, {bare, patch.after});
  }
  const int anchor_level = (*anchor->list)[anchor->index].level;
  if (anchor_level != section.level) {
    return line_error(tag + " has level " + level + " but section '" + patch.after +
                          "' that it follows has level " + std::to_string(anchor_level),
                      LoadProblem::LevelUnlikeAnchor,
                      {bare, level, patch.after, std::to_string(anchor_level)});
  }
  anchor->list->insert(anchor->list->begin() + static_cast<std::ptrdiff_t>(anchor->index + 1),
                       std::move(section));
  return std::nullopt;
}

int sections_depth(const std::vector<Section>& sections) { return depth_of_impl(sections); }

const Section* find_section_in(const std::vector<Section>& sections, const std::string& id) {
  for (const Section& section : sections) {
    if (section.id == id) return &section;
    if (const Section* found = find_section_in(section.children, id)) return found;
  }
  return nullptr;
}

}  // namespace chengbao
