// The ODF styles a paragraph's properties come from: paragraph and text styles, list styles,
// outline style.
#include "odf_styles.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <vector>

#include "format_units.hpp"

namespace chengbao {

namespace {

// A chain of parent styles longer than this is a loop in a hostile file, not a real hierarchy.
constexpr int kMaxStyleChain = 64;
// LibreOffice keeps list start values in 16 bits.
constexpr long long kMaxStartValue = 65535;

bool is(const pugi::xml_node& node, const char* name) {
  return std::strcmp(node.name(), name) == 0;
}

// A small non-negative integer attribute; `fallback` when absent or not a number.
long long number_attribute(const pugi::xml_node& node, const char* name, long long fallback,
                           long long max) {
  const pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) return fallback;
  const char* text = attribute.value();
  char* end = nullptr;
  const long long value = std::strtoll(text, &end, 10);
  if (end == text || *end != '\0' || value < 0 || value > max) return fallback;
  return value;
}

// The num-format strings LibreOffice writes; any other is drawn as Arabic digits, as it does.
NumberFormat parse_num_format(const pugi::xml_attribute& attribute) {
  if (!attribute) return NumberFormat::None;
  static const std::map<std::string, NumberFormat> kFormats = {
      {"", NumberFormat::None},
      {"1", NumberFormat::Decimal},
      {"a", NumberFormat::LowerLetter},
      {"A", NumberFormat::UpperLetter},
      {"i", NumberFormat::LowerRoman},
      {"I", NumberFormat::UpperRoman},
      {"01, 02, 03, ...", NumberFormat::DecimalZero},
      {"一, 二, 三, ...", NumberFormat::ChineseLower},
      {"壹, 贰, 叁, ...", NumberFormat::ChineseUpperSimplified},
      {"壹, 貳, 參, ...", NumberFormat::ChineseUpperTraditional},
      {"①, ②, ③, ...", NumberFormat::CircledNumber},
      {"甲, 乙, 丙, ...", NumberFormat::HeavenlyStem},
      {"子, 丑, 寅, ...", NumberFormat::EarthlyBranch},
  };
  const auto it = kFormats.find(attribute.value());
  return it == kFormats.end() ? NumberFormat::Decimal : it->second;
}

OdfListLevel parse_level(const pugi::xml_node& node) {
  OdfListLevel level;
  if (is(node, "text:list-level-style-bullet")) {
    level.kind = OdfListLevel::Kind::Bullet;
    level.bullet = node.attribute("text:bullet-char").value();
  } else if (is(node, "text:list-level-style-image")) {
    level.kind = OdfListLevel::Kind::Image;
  } else {
    level.kind = OdfListLevel::Kind::Number;
    level.format = parse_num_format(node.attribute("style:num-format"));
  }
  level.prefix = node.attribute("style:num-prefix").value();
  level.suffix = node.attribute("style:num-suffix").value();
  // LibreOffice 7.2+ writes the whole label pattern and prefers it to prefix and suffix.
  pugi::xml_attribute list_format = node.attribute("loext:num-list-format");
  if (!list_format) list_format = node.attribute("style:num-list-format");
  if (list_format && level.kind == OdfListLevel::Kind::Number) {
    level.has_list_format = true;
    level.list_format = list_format.value();
  }
  level.display_levels = static_cast<int>(number_attribute(node, "text:display-levels", 1, 10));
  level.start = number_attribute(node, "text:start-value", 1, kMaxStartValue);
  return level;
}

void parse_list_style(const pugi::xml_node& node, OdfListStyle& style) {
  for (const pugi::xml_node& child : node.children()) {
    if (!is(child, "text:list-level-style-number") && !is(child, "text:list-level-style-bullet") &&
        !is(child, "text:list-level-style-image") && !is(child, "text:outline-level-style")) {
      continue;
    }
    const long long level = number_attribute(child, "text:level", 0, 10);
    if (level >= 1) style.levels[static_cast<std::size_t>(level - 1)] = parse_level(child);
  }
}

// A font family as svg:font-family and fo:font-family write it: the first of a list, unquoted
// ("'DejaVu Sans', serif" is DejaVu Sans).
std::string_view first_family(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  if (!text.empty() && (text.front() == '\'' || text.front() == '"')) {
    const std::size_t close = text.find(text.front(), 1);
    return close == std::string_view::npos ? text.substr(1) : text.substr(1, close - 1);
  }
  text = text.substr(0, text.find(','));
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<bool> parse_weight(const pugi::xml_attribute& attribute) {
  if (!attribute) return std::nullopt;
  const std::string_view value = attribute.value();
  if (value == "bold") return true;
  if (value == "normal") return false;
  // "bolder" and "lighter" depend on the font; numeric weights from 600 on look bold.
  const std::optional<long long> number = parse_integer(value, 1, 1000);
  if (!number) return std::nullopt;
  return *number >= 600;
}

// The properties of style:paragraph-properties that make a ParagraphFormat.
ParagraphLayer own_paragraph(const pugi::xml_node& style) {
  ParagraphLayer layer;
  const pugi::xml_node properties = style.child("style:paragraph-properties");
  if (!properties) return layer;
  using LineRule = ParagraphLayer::LineRule;
  // Lengths only: a percentage indent or margin is of a width no reader knows.
  layer.first_line_indent =
      parse_length(properties.attribute("fo:text-indent").value(), LengthUnit::Point);
  layer.space_before =
      parse_length(properties.attribute("fo:margin-top").value(), LengthUnit::Point);
  layer.space_after =
      parse_length(properties.attribute("fo:margin-bottom").value(), LengthUnit::Point);
  // fo:line-height and style:line-height-at-least are one property: a style sets one of them.
  if (const pugi::xml_attribute height = properties.attribute("fo:line-height")) {
    const std::string_view value = height.value();
    if (value == "normal") {
      layer.line = std::make_pair(LineRule::Proportional, 100.0);
    } else if (const std::optional<double> percent = parse_percent(value)) {
      layer.line = std::make_pair(LineRule::Proportional, *percent);
    } else if (const std::optional<double> exact = parse_length(value, LengthUnit::Point)) {
      if (*exact > 0) layer.line = std::make_pair(LineRule::Exact, *exact);
    }
  } else if (const pugi::xml_attribute least = properties.attribute("style:line-height-at-least")) {
    const std::optional<double> points = parse_length(least.value(), LengthUnit::Point);
    if (points && *points >= 0) layer.line = std::make_pair(LineRule::AtLeast, *points);
  }
  if (const pugi::xml_attribute snap = properties.attribute("style:snap-to-layout-grid")) {
    const std::string_view value = snap.value();
    if (value == "false" || value == "true") layer.snap_to_grid = value == "true";
  }
  return layer;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string decode_style_name(const std::string& name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '_') {
      std::size_t j = i + 1;
      char32_t code_point = 0;
      while (j < name.size() && j - i <= 6 && hex_value(name[j]) >= 0) {
        code_point = code_point * 16 + static_cast<char32_t>(hex_value(name[j]));
        ++j;
      }
      if (j > i + 1 && j < name.size() && name[j] == '_') {
        append_code_point(out, code_point);
        i = j;
        continue;
      }
    }
    out += name[i];
  }
  return out;
}

OdfStyles::OdfStyles() {
  for (OdfListLevel& level : default_list_.levels) {
    level.kind = OdfListLevel::Kind::Bullet;
    level.bullet = "•";
  }
}

OdfStyles::ParagraphStyle OdfStyles::parse_paragraph_style(const pugi::xml_node& node,
                                                           bool automatic) {
  ParagraphStyle style;
  const pugi::xml_attribute text_align =
      node.child("style:paragraph-properties").attribute("fo:text-align");
  if (text_align) {
    const std::string value = text_align.value();
    style.align = value == "center"                    ? Align::Center
                  : value == "end" || value == "right" ? Align::End
                                                       : Align::Other;
  }
  const pugi::xml_attribute display_name = node.attribute("style:display-name");
  style.display_name =
      display_name ? display_name.value() : decode_style_name(node.attribute("style:name").value());
  style.parent = node.attribute("style:parent-style-name").value();
  style.automatic = automatic;
  style.outline_level =
      static_cast<int>(number_attribute(node, "style:default-outline-level", 0, 10));
  const pugi::xml_attribute list_style = node.attribute("style:list-style-name");
  style.has_list_style = static_cast<bool>(list_style);
  style.list_style = list_style.value();
  style.node = node;
  return style;
}

void OdfStyles::add(const pugi::xml_node& container, bool automatic) {
  for (const pugi::xml_node& node : container.children()) {
    if (is(node, "style:style") || is(node, "style:default-style")) {
      const std::string_view family = node.attribute("style:family").value();
      if (family == "text" && is(node, "style:style")) {
        text_styles_[node.attribute("style:name").value()] = node;
        continue;
      }
      if (family != "paragraph") continue;
      if (is(node, "style:default-style")) {
        default_align_ = parse_paragraph_style(node, false).align;
        default_style_ = node;
        continue;
      }
      paragraph_styles_[node.attribute("style:name").value()] =
          parse_paragraph_style(node, automatic);
    } else if (is(node, "text:list-style")) {
      // The first definition of a name wins, and common styles are added before automatic ones:
      // LibreOffice 7.4 can write an automatic "L1" beside a common "L1", and it numbers the
      // lists with the common one.
      const auto [slot, inserted] = list_styles_.try_emplace(node.attribute("style:name").value());
      if (inserted) parse_list_style(node, slot->second);
    } else if (is(node, "text:outline-style")) {
      outline_ = OdfListStyle();
      parse_list_style(node, outline_);
    }
  }
  resolved_.clear();
  resolved_text_.clear();
}

void OdfStyles::add_page_styles(const pugi::xml_node& container) {
  for (const pugi::xml_node& node : container.children("style:style")) {
    if (std::strcmp(node.attribute("style:family").value(), "paragraph") != 0) continue;
    page_paragraph_styles_[node.attribute("style:name").value()] =
        parse_paragraph_style(node, true);
  }
}

void OdfStyles::add_font_faces(const pugi::xml_node& declarations) {
  for (const pugi::xml_node& face : declarations.children("style:font-face")) {
    // The first declaration of a name wins: layers already point to its family.
    font_faces_.try_emplace(face.attribute("style:name").value(),
                            first_family(face.attribute("svg:font-family").value()));
  }
}

std::string_view OdfStyles::intern(std::string_view text) { return *interned_.emplace(text).first; }

std::optional<std::string_view> OdfStyles::font(const pugi::xml_node& properties,
                                                const char* name_attribute,
                                                const char* family_attribute) {
  if (const pugi::xml_attribute name = properties.attribute(name_attribute)) {
    const auto face = font_faces_.find(name.value());
    if (face != font_faces_.end()) return std::string_view(face->second);
    return std::string_view(name.value());
  }
  if (const pugi::xml_attribute family = properties.attribute(family_attribute)) {
    const std::string_view value = family.value();
    const std::string_view first = first_family(value);
    return first.size() == value.size() ? value : intern(first);
  }
  return std::nullopt;
}

CharacterLayer OdfStyles::own_characters(const pugi::xml_node& style) {
  CharacterLayer layer;
  const pugi::xml_node properties = style.child("style:text-properties");
  if (!properties) return layer;
  layer.east_asian_font = font(properties, "style:font-name-asian", "style:font-family-asian");
  layer.western_font = font(properties, "style:font-name", "fo:font-family");
  const char* size = properties.attribute("style:font-size-asian").value();
  const std::optional<double> points = parse_length(size, LengthUnit::Point);
  if (points && *points > 0) {
    layer.size = points;
  } else {
    layer.size_percent = parse_percent(size);
  }
  layer.bold = parse_weight(properties.attribute("style:font-weight-asian"));
  return layer;
}

const OdfStyles::ParagraphStyle* OdfStyles::parent_of(const ParagraphStyle& style) const {
  // An automatic style without a parent belongs to a paragraph of the default paragraph style.
  static const std::string kStandard = "Standard";
  const std::string& parent = style.parent.empty() && style.automatic ? kStandard : style.parent;
  if (parent.empty()) return nullptr;
  const auto found = paragraph_styles_.find(parent);
  return found == paragraph_styles_.end() || &found->second == &style ? nullptr : &found->second;
}

const CharacterLayer& OdfStyles::text_style(const std::string& name) {
  const auto cached = resolved_text_.find(name);
  if (cached != resolved_text_.end()) return cached->second;
  std::vector<pugi::xml_node> chain;
  for (auto found = text_styles_.find(name);
       found != text_styles_.end() && chain.size() < static_cast<std::size_t>(kMaxStyleChain);
       found = text_styles_.find(found->second.attribute("style:parent-style-name").value())) {
    chain.push_back(found->second);
  }
  CharacterLayer layer;
  for (auto style = chain.rbegin(); style != chain.rend(); ++style) {
    layer.cover_with(own_characters(*style));
  }
  return resolved_text_.emplace(name, layer).first->second;
}

char OdfStyles::page_paragraph_alignment(const std::string& name) const {
  const ParagraphStyle* style = nullptr;
  const auto page = page_paragraph_styles_.find(name);
  if (page != page_paragraph_styles_.end()) {
    style = &page->second;
  } else {
    const auto found = paragraph_styles_.find(name.empty() ? std::string("Standard") : name);
    if (found != paragraph_styles_.end()) style = &found->second;
  }
  Align align = Align::Unset;
  if (style != nullptr && style->align != Align::Unset) {
    align = style->align;
  } else if (style != nullptr) {
    const ParagraphStyle* parent = parent_of(*style);
    align = parent != nullptr ? alignment(parent) : default_align_;
  } else {
    align = default_align_;
  }
  return align == Align::Center ? 'c' : align == Align::End ? 'r' : 'l';
}

OdfStyles::Align OdfStyles::alignment(const ParagraphStyle* style) const {
  for (int step = 0; style != nullptr && step < kMaxStyleChain; ++step) {
    if (style->align != Align::Unset) return style->align;
    if (style->parent.empty()) break;
    const auto parent = paragraph_styles_.find(style->parent);
    style = parent == paragraph_styles_.end() ? nullptr : &parent->second;
  }
  return default_align_;
}

const OdfStyleInfo& OdfStyles::paragraph(const std::string& requested) {
  // A paragraph without a style has LibreOffice's default paragraph style.
  const std::string& name = requested.empty() ? std::string("Standard") : requested;
  const auto cached = resolved_.find(name);
  if (cached != resolved_.end()) return cached->second;

  OdfStyleInfo info;
  const auto found = paragraph_styles_.find(name);
  const ParagraphStyle* style = found == paragraph_styles_.end() ? nullptr : &found->second;
  const ParagraphStyle* named = style;
  if (style != nullptr && style->automatic) {
    info.sets_list_style = style->has_list_style;
    info.list_style = style->list_style;
    const std::string parent = style->parent.empty() ? "Standard" : style->parent;
    const auto parent_style = paragraph_styles_.find(parent);
    named = parent_style == paragraph_styles_.end() ? nullptr : &parent_style->second;
    info.display_name = named != nullptr ? named->display_name : decode_style_name(parent);
  } else {
    info.display_name = style != nullptr ? style->display_name : decode_style_name(name);
  }
  // Only a style's own default-outline-level assigns it to the outline numbering: LibreOffice
  // does not pass that assignment on to styles derived from it.
  if (named != nullptr && !named->automatic) info.outline_level = named->outline_level;
  const Align align = alignment(style);
  info.centered = align == Align::Center;
  info.right_aligned = align == Align::End;

  // The format: the default style, then the chain from its root down to the paragraph's style.
  std::vector<const ParagraphStyle*> chain;
  for (const ParagraphStyle* link = style;
       link != nullptr && chain.size() < static_cast<std::size_t>(kMaxStyleChain);
       link = parent_of(*link)) {
    chain.push_back(link);
  }
  if (style == nullptr && name != "Standard") {
    const auto standard = paragraph_styles_.find("Standard");
    if (standard != paragraph_styles_.end()) chain.push_back(&standard->second);
  }
  if (default_style_) {
    info.characters = own_characters(default_style_);
    info.format = own_paragraph(default_style_);
  }
  for (auto link = chain.rbegin(); link != chain.rend(); ++link) {
    info.characters.cover_with(own_characters((*link)->node));
    info.format.cover_with(own_paragraph((*link)->node));
  }
  for (const ParagraphStyle* link : chain) {
    const std::string_view master = link->node.attribute("style:master-page-name").value();
    if (!master.empty()) {
      info.master_page = std::string(master);
      break;
    }
  }
  return resolved_.emplace(name, std::move(info)).first->second;
}

const OdfListStyle* OdfStyles::list_style(const std::string& name) const {
  const auto found = list_styles_.find(name);
  return found == list_styles_.end() ? nullptr : &found->second;
}

}  // namespace chengbao
