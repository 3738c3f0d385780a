// The sections of a template: what they hold, how <section> elements are read, and how a template
// that extends another changes the inherited tree (replace, remove, insert after).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load_error.hpp"
#include "xml_fwd.hpp"

namespace chengbao {

/// One boilerplate text of a section; a writer picks one of a section's alternatives.
struct Alternative {
  std::string id;                       ///< [a-z0-9-]+, unique in its section
  std::vector<std::string> paragraphs;  ///< may hold {{field}} references and 【…】 spots
};

/// A section of the report body: a heading, its boilerplate paragraphs and sub-sections.
struct Section {
  std::string id;
  int level = 1;  ///< 1..4, one more than its parent
  bool required = false;
  std::string heading;               ///< the heading text without its label
  std::vector<std::string> aliases;  ///< other headings accepted for this section
  /// The default boilerplate: the paragraphs of the first alternative (empty when none).
  std::vector<std::string> paragraphs;
  /// Every boilerplate text, the default first. Plain <p> children make one alternative with the
  /// id "default"; a section without boilerplate has none.
  std::vector<Alternative> alternatives;
  std::vector<Section> children;
  int line = 0;  ///< where it is defined (in the file that defined it), for messages
};

/// A top-level <section> of a file: a plain section, or, in a template that extends another, a
/// change to the inherited sections.
struct SectionPatch {
  Section section;
  bool remove = false;
  std::string after;  ///< place a new section after the section with this id
};

/// Reads the top-level <section> elements `nodes` of a template whose <numbering> has `levels`
/// levels; `patching` when the template extends another (sections may then remove or follow).
/// Section ids are unique across all of them.
std::optional<LoadError> read_sections(const xml::Document& doc,
                                       const std::vector<pugi::xml_node>& nodes, int levels,
                                       bool patching, std::vector<SectionPatch>& patches);

/// Applies one patch of a template that extends another to the inherited `sections`.
std::optional<LoadError> apply_section_patch(const xml::Document& doc, SectionPatch& patch,
                                             std::vector<Section>& sections);

/// The deepest level used in `sections` (0 when empty).
int sections_depth(const std::vector<Section>& sections);

/// The section with `id` anywhere in `sections`; nullptr when there is none.
const Section* find_section_in(const std::vector<Section>& sections, const std::string& id);

}  // namespace chengbao
