// The styles of a .docx (word/styles.xml): names, outline levels, alignment, numbering and the
// format of paragraph and character styles over the document defaults.
#include "ooxml_styles.hpp"

#include <cstring>
#include <string_view>
#include <vector>

#include "format_units.hpp"

namespace chengbao {

namespace {

// A w:basedOn chain longer than this is a loop in a hostile file, not a real hierarchy.
constexpr int kMaxStyleChain = 64;
// Word's size when neither w:docDefaults nor a style gives one (w:sz 20).
constexpr double kWordDefaultSize = 10;
// A twip is a twentieth of a point; w:sz counts half-points.
constexpr double kPointsPerTwip = 1.0 / 20;
constexpr double kPointsPerHalfPoint = 0.5;
// firstLineChars counts hundredths of a character; more than 1000 characters is no indent.
constexpr long long kMaxIndentChars = 100000;

// An ST_OnOff element (w:b, w:snapToGrid): on without w:val; nullopt for a value it cannot have.
std::optional<bool> on_off(const pugi::xml_node& element) {
  if (!element) return std::nullopt;
  const pugi::xml_attribute value = element.attribute("w:val");
  if (!value) return true;
  const std::string_view text = value.value();
  if (text == "1" || text == "true" || text == "on") return true;
  if (text == "0" || text == "false" || text == "off") return false;
  return std::nullopt;
}

std::optional<double> twips_as_points(const pugi::xml_attribute& attribute) {
  if (!attribute) return std::nullopt;
  return parse_length(attribute.value(), LengthUnit::Point, kPointsPerTwip);
}

std::optional<int> hundredths(const pugi::xml_attribute& attribute) {
  if (!attribute) return std::nullopt;
  const std::optional<long long> value =
      parse_integer(attribute.value(), -kMaxIndentChars, kMaxIndentChars);
  if (!value) return std::nullopt;
  return static_cast<int>(*value);
}

bool traditional(std::string_view language) {
  const auto same = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      const char x = a[i] >= 'a' && a[i] <= 'z' ? static_cast<char>(a[i] - 32) : a[i];
      const char y = b[i] >= 'a' && b[i] <= 'z' ? static_cast<char>(b[i] - 32) : b[i];
      if ((x == '_' ? '-' : x) != y) return false;
    }
    return true;
  };
  return same(language, "ZH-TW") || same(language, "ZH-HK") || same(language, "ZH-MO");
}

std::string east_asian_typeface(const pugi::xml_node& font, std::string_view language) {
  const std::string_view typeface = font.child("a:ea").attribute("typeface").value();
  if (!typeface.empty()) return std::string(typeface);
  const char* script = traditional(language) ? "Hant" : "Hans";
  for (const pugi::xml_node& candidate : font.children("a:font")) {
    if (std::strcmp(candidate.attribute("script").value(), script) == 0) {
      return candidate.attribute("typeface").value();
    }
  }
  return "";
}

}  // namespace

ThemeFonts parse_theme_fonts(const pugi::xml_node& theme, std::string_view language) {
  const pugi::xml_node scheme = theme.child("a:themeElements").child("a:fontScheme");
  const pugi::xml_node major = scheme.child("a:majorFont");
  const pugi::xml_node minor = scheme.child("a:minorFont");
  ThemeFonts fonts;
  fonts.major_latin = major.child("a:latin").attribute("typeface").value();
  fonts.minor_latin = minor.child("a:latin").attribute("typeface").value();
  fonts.major_east_asian = east_asian_typeface(major, language);
  fonts.minor_east_asian = east_asian_typeface(minor, language);
  return fonts;
}

ParagraphLayer parse_paragraph_layer(const pugi::xml_node& ind, const pugi::xml_node& spacing,
                                     const pugi::xml_node& snap_to_grid) {
  using LineRule = ParagraphLayer::LineRule;
  ParagraphLayer layer;
  if (ind) {
    // w:firstLine and w:hanging exclude each other; a file with both means the hanging one.
    if (const std::optional<double> hanging = twips_as_points(ind.attribute("w:hanging"))) {
      layer.first_line_indent = 0.0 - *hanging;  // not -0 for w:hanging="0"
    } else {
      layer.first_line_indent = twips_as_points(ind.attribute("w:firstLine"));
    }
    if (const std::optional<int> hanging = hundredths(ind.attribute("w:hangingChars"))) {
      layer.first_line_indent_chars = -*hanging;
    } else {
      layer.first_line_indent_chars = hundredths(ind.attribute("w:firstLineChars"));
    }
  }
  if (spacing) {
    layer.space_before = twips_as_points(spacing.attribute("w:before"));
    layer.space_after = twips_as_points(spacing.attribute("w:after"));
    const std::optional<double> line = parse_decimal(spacing.attribute("w:line").value());
    if (line && *line > 0) {
      const std::string_view rule = spacing.attribute("w:lineRule").value();
      if (rule == "exact") {
        layer.line = std::make_pair(LineRule::Exact, *line * kPointsPerTwip);
      } else if (rule == "atLeast") {
        layer.line = std::make_pair(LineRule::AtLeast, *line * kPointsPerTwip);
      } else if (rule.empty() || rule == "auto") {
        // In 240ths of a line.
        layer.line = std::make_pair(LineRule::Proportional, *line / 240 * 100);
      }
    }
  }
  layer.snap_to_grid = on_off(snap_to_grid);
  return layer;
}

OoxmlNumberingRef parse_numbering_ref(const pugi::xml_node& num_pr) {
  OoxmlNumberingRef ref;
  const pugi::xml_attribute num_id = num_pr.child("w:numId").attribute("w:val");
  const pugi::xml_attribute level = num_pr.child("w:ilvl").attribute("w:val");
  if (num_id) {
    ref.has_num_id = true;
    ref.num_id = num_id.as_int();
  }
  if (level) {
    ref.has_level = true;
    ref.level = level.as_int();
  }
  return ref;
}

int parse_outline_level(const pugi::xml_node& outline_lvl) {
  const int value = outline_lvl.attribute("w:val").as_int(9);
  return value >= 0 && value <= 8 ? value + 1 : 0;
}

void parse_alignment(const pugi::xml_node& jc, bool& centered, bool& right_aligned) {
  const std::string_view value = jc.attribute("w:val").value();
  centered = value == "center";
  right_aligned = value == "right" || value == "end";
}

void OoxmlStyles::load(const pugi::xml_node& styles) {
  for (const pugi::xml_node& style : styles.children("w:style")) {
    const std::string type = style.attribute("w:type").value();
    if (type == "character") {
      character_styles_.emplace(style.attribute("w:styleId").value(), style);
      continue;
    }
    if (type != "paragraph" && type != "numbering") continue;
    const std::string id = style.attribute("w:styleId").value();
    styles_.emplace(id, style);
    if (type == "paragraph" && style.attribute("w:default").as_bool() && default_id_.empty()) {
      default_id_ = id;
    }
  }
  if (default_id_.empty() && styles_.count("Normal") != 0) default_id_ = "Normal";
  default_paragraph_properties_ =
      styles.child("w:docDefaults").child("w:pPrDefault").child("w:pPr");
  default_run_properties_ = styles.child("w:docDefaults").child("w:rPrDefault").child("w:rPr");
}

const ThemeFonts& OoxmlStyles::theme() {
  if (!theme_) {
    const std::string_view language =
        default_run_properties_.child("w:lang").attribute("w:eastAsia").value();
    theme_ = theme_source_ ? theme_source_(language) : ThemeFonts();
  }
  return *theme_;
}

std::optional<std::string_view> OoxmlStyles::font(const pugi::xml_node& fonts,
                                                  const char* name_attribute,
                                                  const char* theme_attribute) {
  // A theme attribute wins over the name beside it; Word writes the name only as a cache.
  if (const pugi::xml_attribute theme_font = fonts.attribute(theme_attribute)) {
    const std::string_view value = theme_font.value();
    const ThemeFonts& fonts_of_theme = theme();
    if (value == "minorEastAsia") return std::string_view(fonts_of_theme.minor_east_asian);
    if (value == "majorEastAsia") return std::string_view(fonts_of_theme.major_east_asian);
    if (value == "minorHAnsi" || value == "minorAscii") {
      return std::string_view(fonts_of_theme.minor_latin);
    }
    if (value == "majorHAnsi" || value == "majorAscii") {
      return std::string_view(fonts_of_theme.major_latin);
    }
    return std::string_view();  // the complex-script fonts, which no rule looks at
  }
  if (const pugi::xml_attribute name = fonts.attribute(name_attribute)) {
    return std::string_view(name.value());
  }
  return std::nullopt;
}

CharacterLayer OoxmlStyles::own_characters(const pugi::xml_node& rpr, pugi::xml_node* style) {
  CharacterLayer layer;
  // One pass over the children, one comparison for most: this runs for every run of the body.
  for (pugi::xml_node child = rpr.first_child(); child; child = child.next_sibling()) {
    const char* name = child.name();
    if (name[0] != 'w' || name[1] != ':') continue;
    switch (name[2]) {
      case 'r':
        if (std::strcmp(name + 3, "Fonts") == 0) {
          // Word and the office merge the attributes of a repeated w:rFonts.
          if (auto east_asian = font(child, "w:eastAsia", "w:eastAsiaTheme")) {
            layer.east_asian_font = east_asian;
          }
          if (auto western = font(child, "w:ascii", "w:asciiTheme")) layer.western_font = western;
        } else if (style != nullptr && !*style && std::strcmp(name + 3, "Style") == 0) {
          *style = child;
        }
        break;
      case 's':
        if (name[3] == 'z' && name[4] == '\0') {
          const std::optional<double> size = parse_length(child.attribute("w:val").value(),
                                                          LengthUnit::Point, kPointsPerHalfPoint);
          if (size && *size > 0) layer.size = size;
        }
        break;
      case 'b':
        // Bold toggles against the style below in Word; the last one set wins here.
        if (name[3] == '\0') layer.bold = on_off(child);
        break;
      default:
        break;
    }
  }
  return layer;
}

const CharacterLayer& OoxmlStyles::character_style(std::string_view id) {
  const std::string key(id);
  const auto cached = resolved_characters_.find(key);
  if (cached != resolved_characters_.end()) return cached->second;
  std::vector<pugi::xml_node> chain;
  for (auto found = character_styles_.find(key);
       found != character_styles_.end() && chain.size() < static_cast<std::size_t>(kMaxStyleChain);
       found =
           character_styles_.find(found->second.child("w:basedOn").attribute("w:val").value())) {
    chain.push_back(found->second);
  }
  CharacterLayer layer;
  for (auto style = chain.rbegin(); style != chain.rend(); ++style) {
    layer.cover_with(own_characters(style->child("w:rPr")));
  }
  return resolved_characters_.emplace(key, layer).first->second;
}

void OoxmlStyles::cover_with_run(const pugi::xml_node& rpr, CharacterLayer& look) {
  if (!rpr) return;
  pugi::xml_node style;
  const CharacterLayer own = own_characters(rpr, &style);
  if (style) look.cover_with(character_style(style.attribute("w:val").value()));
  look.cover_with(own);
}

const OoxmlStyleInfo& OoxmlStyles::paragraph(const std::string& requested) {
  const std::string& id = styles_.count(requested) != 0 ? requested : default_id_;
  const auto cached = resolved_.find(id);
  if (cached != resolved_.end()) return cached->second;

  OoxmlStyleInfo info;
  // The outline level comes from w:outlineLvl alone: LibreOffice reads a "heading 4" style
  // without one as body text, like any other style.
  bool has_outline = false;
  bool has_alignment = false;
  bool has_numbering = false;
  const auto found = styles_.find(id);
  if (found != styles_.end()) {
    const pugi::xml_attribute name = found->second.child("w:name").attribute("w:val");
    info.name = name ? name.value() : id;
  }
  pugi::xml_node style = found != styles_.end() ? found->second : pugi::xml_node();
  for (int step = 0; style && step < kMaxStyleChain; ++step) {
    const pugi::xml_node properties = style.child("w:pPr");
    if (!has_outline && properties.child("w:outlineLvl")) {
      has_outline = true;
      info.outline_level = parse_outline_level(properties.child("w:outlineLvl"));
    }
    if (!has_alignment && properties.child("w:jc")) {
      has_alignment = true;
      parse_alignment(properties.child("w:jc"), info.centered, info.right_aligned);
    }
    if (!has_numbering && properties.child("w:numPr")) {
      has_numbering = true;
      info.numbering = parse_numbering_ref(properties.child("w:numPr"));
    }
    const auto parent = styles_.find(style.child("w:basedOn").attribute("w:val").value());
    style = parent != styles_.end() ? parent->second : pugi::xml_node();
  }
  if (!has_alignment && default_paragraph_properties_.child("w:jc")) {
    parse_alignment(default_paragraph_properties_.child("w:jc"), info.centered, info.right_aligned);
  }

  // The format: Word's default size, w:docDefaults, then the chain from its root down.
  std::vector<pugi::xml_node> chain;
  for (pugi::xml_node link = found != styles_.end() ? found->second : pugi::xml_node();
       link && chain.size() < static_cast<std::size_t>(kMaxStyleChain);) {
    chain.push_back(link);
    const auto parent = styles_.find(link.child("w:basedOn").attribute("w:val").value());
    link = parent != styles_.end() ? parent->second : pugi::xml_node();
  }
  info.characters.size = kWordDefaultSize;
  info.characters.cover_with(own_characters(default_run_properties_));
  const auto paragraph_layer = [](const pugi::xml_node& properties) {
    return parse_paragraph_layer(properties.child("w:ind"), properties.child("w:spacing"),
                                 properties.child("w:snapToGrid"));
  };
  info.format = paragraph_layer(default_paragraph_properties_);
  for (auto link = chain.rbegin(); link != chain.rend(); ++link) {
    info.characters.cover_with(own_characters(link->child("w:rPr")));
    info.format.cover_with(paragraph_layer(link->child("w:pPr")));
  }
  return resolved_.emplace(id, std::move(info)).first->second;
}

int OoxmlStyles::numbering_style_num_id(const std::string& style_id) const {
  const auto found = styles_.find(style_id);
  if (found == styles_.end()) return 0;
  return found->second.child("w:pPr").child("w:numPr").child("w:numId").attribute("w:val").as_int();
}

}  // namespace chengbao
