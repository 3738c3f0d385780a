// The ODF styles a paragraph's properties come from: paragraph styles, list styles, outline style.
#include "odf_styles.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>

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

void OdfStyles::add(const pugi::xml_node& container, bool automatic) {
  for (const pugi::xml_node& node : container.children()) {
    if (is(node, "style:style") || is(node, "style:default-style")) {
      if (std::strcmp(node.attribute("style:family").value(), "paragraph") != 0) continue;
      Align align = Align::Unset;
      const pugi::xml_attribute text_align =
          node.child("style:paragraph-properties").attribute("fo:text-align");
      if (text_align) {
        const std::string value = text_align.value();
        align = value == "center"                    ? Align::Center
                : value == "end" || value == "right" ? Align::End
                                                     : Align::Other;
      }
      if (is(node, "style:default-style")) {
        default_align_ = align;
        continue;
      }
      ParagraphStyle style;
      const std::string name = node.attribute("style:name").value();
      const pugi::xml_attribute display_name = node.attribute("style:display-name");
      style.display_name = display_name ? display_name.value() : decode_style_name(name);
      style.parent = node.attribute("style:parent-style-name").value();
      style.automatic = automatic;
      style.outline_level =
          static_cast<int>(number_attribute(node, "style:default-outline-level", 0, 10));
      const pugi::xml_attribute list_style = node.attribute("style:list-style-name");
      style.has_list_style = static_cast<bool>(list_style);
      style.list_style = list_style.value();
      style.align = align;
      paragraph_styles_[name] = std::move(style);
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
  return resolved_.emplace(name, std::move(info)).first->second;
}

const OdfListStyle* OdfStyles::list_style(const std::string& name) const {
  const auto found = list_styles_.find(name);
  return found == list_styles_.end() ? nullptr : &found->second;
}

}  // namespace chengbao
