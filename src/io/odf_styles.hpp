// The ODF styles a paragraph's properties come from: paragraph and text styles, list styles,
// outline style.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <pugixml.hpp>

#include "counter_format.hpp"
#include "format_layers.hpp"

namespace chengbao {

/// One level of an ODF list style or of the outline style.
struct OdfListLevel {
  enum class Kind { Undefined, Number, Bullet, Image };
  Kind kind = Kind::Undefined;
  NumberFormat format = NumberFormat::None;
  std::string prefix;
  std::string suffix;
  std::string bullet;
  bool has_list_format = false;  ///< LibreOffice's loext:num-list-format, e.g. "%1%.%2%."
  std::string list_format;
  int display_levels = 1;
  long long start = 1;
};

struct OdfListStyle {
  std::array<OdfListLevel, 10> levels;
};

/// What a paragraph takes from its style (the automatic one and the named one behind it).
struct OdfStyleInfo {
  std::string display_name;  ///< of the named style ("Heading 1"), never of an automatic "P3"
  int outline_level = 0;     ///< the named style's own style:default-outline-level (0 = none)
  /// The automatic style has style:list-style-name, even an empty one: LibreOffice writes that
  /// for a paragraph whose numbering was switched off, and numbers it only inside a list.
  bool sets_list_style = false;
  std::string list_style;  ///< that list style's name
  bool centered = false;
  bool right_aligned = false;
  /// The format of the style chain over the default style (the automatic style included).
  CharacterLayer characters;
  ParagraphLayer format;
  /// The first style:master-page-name along the chain: the page style a paragraph of this style
  /// starts; "" when none names one.
  std::string master_page;
};

class OdfStyles {
 public:
  OdfStyles();

  /// Adds the styles in `container` (office:styles, or office:automatic-styles of the body's
  /// part; the automatic styles of styles.xml belong to headers and footers and are not added).
  void add(const pugi::xml_node& container, bool automatic);

  /// Adds the automatic styles of styles.xml, which only headers and footers use.
  void add_page_styles(const pugi::xml_node& container);

  /// Adds the style:font-face declarations of office:font-face-decls; the first of a name wins.
  void add_font_faces(const pugi::xml_node& declarations);

  /// The properties a paragraph with text:style-name `name` gets ("" means the default style).
  const OdfStyleInfo& paragraph(const std::string& name);

  /// The character properties text style `name` (a span's) lays over the paragraph's; an empty
  /// layer for an unknown name.
  const CharacterLayer& text_style(const std::string& name);

  /// How a header or footer paragraph of style `name` is aligned: 'l', 'c' or 'r'.
  char page_paragraph_alignment(const std::string& name) const;

  /// The list style named `name`, or nullptr.
  const OdfListStyle* list_style(const std::string& name) const;
  const OdfListStyle& outline() const { return outline_; }
  /// What LibreOffice numbers a list with when it names no list style: "•" on every level.
  const OdfListStyle& default_list() const { return default_list_; }

 private:
  enum class Align { Unset, Other, Center, End };
  struct ParagraphStyle {
    std::string display_name;
    std::string parent;
    bool automatic = false;
    int outline_level = 0;
    bool has_list_style = false;
    std::string list_style;
    Align align = Align::Unset;
    pugi::xml_node node;
  };

  static ParagraphStyle parse_paragraph_style(const pugi::xml_node& node, bool automatic);
  Align alignment(const ParagraphStyle* style) const;
  const ParagraphStyle* parent_of(const ParagraphStyle& style) const;
  CharacterLayer own_characters(const pugi::xml_node& style);
  std::optional<std::string_view> font(const pugi::xml_node& properties, const char* name_attribute,
                                       const char* family_attribute);
  std::string_view intern(std::string_view text);

  std::unordered_map<std::string, ParagraphStyle> paragraph_styles_;
  std::unordered_map<std::string, ParagraphStyle> page_paragraph_styles_;
  std::unordered_map<std::string, pugi::xml_node> text_styles_;
  std::unordered_map<std::string, CharacterLayer> resolved_text_;
  std::unordered_map<std::string, std::string> font_faces_;  // style:name → family
  std::unordered_set<std::string> interned_;  // unquoted font families the layers point to
  pugi::xml_node default_style_;
  std::unordered_map<std::string, OdfListStyle> list_styles_;
  std::unordered_map<std::string, OdfStyleInfo> resolved_;
  OdfListStyle outline_;
  OdfListStyle default_list_;
  Align default_align_ = Align::Unset;
};

/// A style name as people see it: ODF encodes characters a name may not hold as _hex_ ("_20_").
std::string decode_style_name(const std::string& name);

}  // namespace chengbao
