// The styles of a .docx (word/styles.xml): names, outline levels, alignment, numbering and the
// format of paragraph and character styles over the document defaults.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

#include "format_layers.hpp"

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
  /// The format of the style chain over w:docDefaults (and Word's 10 pt when nothing sets a size).
  CharacterLayer characters;
  ParagraphLayer format;
};

/// The fonts of the document's theme (word/theme/theme1.xml) that w:rFonts' theme attributes
/// name.
struct ThemeFonts {
  std::string major_latin;
  std::string minor_latin;
  std::string major_east_asian;
  std::string minor_east_asian;
};

/// The fonts of an a:theme's font scheme. An empty a:ea typeface (Office's themes) falls back to
/// the script font: "Hant" for a `language` of zh-TW, zh-HK or zh-MO, else "Hans".
ThemeFonts parse_theme_fonts(const pugi::xml_node& theme, std::string_view language);

/// The paragraph properties of w:ind, w:spacing and w:snapToGrid elements (null when absent).
ParagraphLayer parse_paragraph_layer(const pugi::xml_node& ind, const pugi::xml_node& spacing,
                                     const pugi::xml_node& snap_to_grid);

/// Reads a w:numPr element.
OoxmlNumberingRef parse_numbering_ref(const pugi::xml_node& num_pr);

/// The outline level a w:outlineLvl element gives: w:val 0..8 is level 1..9; 9 (and anything
/// else) is body text.
int parse_outline_level(const pugi::xml_node& outline_lvl);

/// The alignment of a w:jc element: center, or right/end.
void parse_alignment(const pugi::xml_node& jc, bool& centered, bool& right_aligned);

class OoxmlStyles {
 public:
  /// Where the theme's fonts come from; asked at most once, when a theme attribute is first met,
  /// with the East Asian language of w:docDefaults ("" when it names none).
  using ThemeSource = std::function<ThemeFonts(std::string_view language)>;

  /// Reads w:styles (may be a null node: a document without styles.xml). The part must outlive
  /// this object: styles point into it.
  void load(const pugi::xml_node& styles);
  void set_theme_source(ThemeSource source) { theme_source_ = std::move(source); }

  /// The style of a paragraph whose w:pStyle is `style_id` ("" or unknown: the default style).
  const OoxmlStyleInfo& paragraph(const std::string& style_id);

  /// The w:numId a numbering style (w:type="numbering") refers to, or 0.
  int numbering_style_num_id(const std::string& style_id) const;

  /// Lays the character properties of run properties `rpr` (its w:rStyle chain, then its own
  /// w:rFonts, w:sz and w:b) over `look`.
  void cover_with_run(const pugi::xml_node& rpr, CharacterLayer& look);

 private:
  // The w:rFonts, w:sz and w:b of `rpr`; its w:rStyle goes to `style` when asked for.
  CharacterLayer own_characters(const pugi::xml_node& rpr, pugi::xml_node* style = nullptr);
  const CharacterLayer& character_style(std::string_view id);
  std::optional<std::string_view> font(const pugi::xml_node& fonts, const char* name_attribute,
                                       const char* theme_attribute);
  const ThemeFonts& theme();

  std::unordered_map<std::string, pugi::xml_node> styles_;  // paragraph and numbering styles
  std::unordered_map<std::string, pugi::xml_node> character_styles_;
  std::unordered_map<std::string, OoxmlStyleInfo> resolved_;
  std::unordered_map<std::string, CharacterLayer> resolved_characters_;
  std::string default_id_;
  pugi::xml_node default_paragraph_properties_;
  pugi::xml_node default_run_properties_;
  ThemeSource theme_source_;
  std::optional<ThemeFonts> theme_;
};

}  // namespace chengbao
