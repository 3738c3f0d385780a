// The paragraph styles of a .docx (word/styles.xml): names, outline levels, alignment, numbering.
#pragma once

#include <string>
#include <unordered_map>

#include <pugixml.hpp>

namespace chengbao {

/// A numbering reference (w:numPr): which w:num and which level. Either part may be absent.
struct OoxmlNumberingRef {
  bool has_num_id = false;
  int num_id = 0;
  bool has_level = false;
  int level = 0;
};

/// What a paragraph takes from its style, resolved through the w:basedOn chain.
struct OoxmlStyleInfo {
  std::string name;       ///< w:name, e.g. "heading 1", "Title"
  int outline_level = 0;  ///< 1..9, 0 for body text
  bool centered = false;
  bool right_aligned = false;
  OoxmlNumberingRef numbering;
};

/// Reads a w:numPr element.
OoxmlNumberingRef parse_numbering_ref(const pugi::xml_node& num_pr);

/// The outline level a w:outlineLvl element gives: w:val 0..8 is level 1..9; 9 (and anything
/// else) is body text.
int parse_outline_level(const pugi::xml_node& outline_lvl);

/// The alignment of a w:jc element: center, or right/end.
void parse_alignment(const pugi::xml_node& jc, bool& centered, bool& right_aligned);

class OoxmlStyles {
 public:
  /// Reads w:styles (may be a null node: a document without styles.xml).
  void load(const pugi::xml_node& styles);

  /// The style of a paragraph whose w:pStyle is `style_id` ("" or unknown: the default style).
  const OoxmlStyleInfo& paragraph(const std::string& style_id);

  /// The w:numId a numbering style (w:type="numbering") refers to, or 0.
  int numbering_style_num_id(const std::string& style_id) const;

 private:
  std::unordered_map<std::string, pugi::xml_node> styles_;  // paragraph and numbering styles
  std::unordered_map<std::string, OoxmlStyleInfo> resolved_;
  std::string default_id_;
  pugi::xml_node default_paragraph_properties_;
};

}  // namespace chengbao
