// Automatic numbering of a .docx (word/numbering.xml), as LibreOffice computes the labels.
#include "ooxml_numbering.hpp"

#include <algorithm>
#include <map>

namespace chengbao {

namespace {

// Start values are clamped like ODF's 16-bit ones, so counters stay small whatever a file says.
constexpr long long kMaxStart = 65535;
// numStyleLink can point from numbering to numbering; a longer chain is a loop.
constexpr int kMaxLinks = 8;

NumberFormat parse_format(const std::string& name, bool& bullet) {
  // How LibreOffice 7.4 draws each w:numFmt (checked against its rendering): all the Chinese
  // counting styles come out as 一百零一, full-width and enclosed decimals as plain digits.
  static const std::map<std::string, NumberFormat> kFormats = {
      {"none", NumberFormat::None},
      {"decimalZero", NumberFormat::DecimalZero},
      {"lowerLetter", NumberFormat::LowerLetterRepeat},
      {"upperLetter", NumberFormat::UpperLetterRepeat},
      {"lowerRoman", NumberFormat::LowerRoman},
      {"upperRoman", NumberFormat::UpperRoman},
      {"chineseCounting", NumberFormat::ChineseLower},
      {"chineseCountingThousand", NumberFormat::ChineseLower},
      {"taiwaneseCounting", NumberFormat::ChineseLower},
      {"taiwaneseCountingThousand", NumberFormat::ChineseLower},
      {"ideographDigital", NumberFormat::ChineseLower},
      {"japaneseCounting", NumberFormat::ChineseLower},
      {"chineseLegalSimplified", NumberFormat::ChineseUpperSimplified},
      {"ideographLegalTraditional", NumberFormat::ChineseUpperTraditional},
      {"decimalEnclosedCircle", NumberFormat::CircledNumber},
      {"decimalEnclosedCircleChinese", NumberFormat::CircledNumber},
      {"ideographTraditional", NumberFormat::HeavenlyStem},
      {"ideographZodiac", NumberFormat::EarthlyBranch},
  };
  bullet = name == "bullet";
  const auto found = kFormats.find(name);
  return found == kFormats.end() ? NumberFormat::Decimal : found->second;
}

long long clamp_start(const pugi::xml_attribute& value, long long fallback) {
  return value ? std::clamp<long long>(value.as_llong(), 0, kMaxStart) : fallback;
}

}  // namespace

OoxmlNumbering::Level OoxmlNumbering::parse_level(const pugi::xml_node& lvl) {
  Level level;
  level.defined = true;
  level.format = parse_format(lvl.child("w:numFmt").attribute("w:val").value(), level.bullet);
  if (!lvl.child("w:numFmt")) level.format = NumberFormat::Decimal;
  level.text = lvl.child("w:lvlText").attribute("w:val").value();
  level.start = clamp_start(lvl.child("w:start").attribute("w:val"), 0);
  return level;
}

void OoxmlNumbering::load(const pugi::xml_node& numbering, const OoxmlStyles& styles) {
  std::unordered_map<int, std::string> style_links;
  for (const pugi::xml_node& abstract : numbering.children("w:abstractNum")) {
    const int id = abstract.attribute("w:abstractNumId").as_int();
    Levels& levels = abstracts_[id];
    for (const pugi::xml_node& lvl : abstract.children("w:lvl")) {
      const int index = lvl.attribute("w:ilvl").as_int(-1);
      if (index >= 0 && index < kLevels) levels[static_cast<std::size_t>(index)] = parse_level(lvl);
    }
    const pugi::xml_attribute link = abstract.child("w:numStyleLink").attribute("w:val");
    if (link) style_links[id] = link.value();
  }
  for (const pugi::xml_node& node : numbering.children("w:num")) {
    Num num;
    num.abstract_id = node.child("w:abstractNumId").attribute("w:val").as_int();
    num.start_override.fill(-1);
    for (const pugi::xml_node& override_node : node.children("w:lvlOverride")) {
      const int index = override_node.attribute("w:ilvl").as_int(-1);
      if (index < 0 || index >= kLevels) continue;
      const auto slot = static_cast<std::size_t>(index);
      const pugi::xml_attribute start = override_node.child("w:startOverride").attribute("w:val");
      if (start) num.start_override[slot] = clamp_start(start, 0);
      if (override_node.child("w:lvl")) {
        num.level_override[slot] = parse_level(override_node.child("w:lvl"));
      }
    }
    nums_[node.attribute("w:numId").as_int()] = num;
  }
  // An abstract numbering that only links to a numbering style takes its definitions (and its
  // counters) from the abstract numbering that style's w:num uses.
  for (auto& [num_id, num] : nums_) {
    for (int step = 0; step < kMaxLinks; ++step) {
      const auto link = style_links.find(num.abstract_id);
      if (link == style_links.end()) break;
      const auto target = nums_.find(styles.numbering_style_num_id(link->second));
      if (target == nums_.end() || target->second.abstract_id == num.abstract_id) break;
      num.abstract_id = target->second.abstract_id;
    }
  }
}

std::string OoxmlNumbering::label(const Levels& levels, const ListCounters& counters,
                                  int level) const {
  const Level& definition = levels[static_cast<std::size_t>(level)];
  if (definition.bullet) {
    // Word's default bullet is U+F0B7 in the Symbol font, which LibreOffice shows as "•".
    return definition.text == "\xEF\x82\xB7" ? "•" : definition.text;
  }
  ListCounters::Starts starts{};
  for (int i = 0; i < kLevels; ++i)
    starts[static_cast<std::size_t>(i)] = levels[static_cast<std::size_t>(i)].start;
  std::string out;
  const std::string& pattern = definition.text;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' &&
        pattern[i + 1] <= '9') {
      const int referenced = pattern[i + 1] - '1';
      const Level& shown = levels[static_cast<std::size_t>(referenced)];
      if (!shown.bullet) {
        out += format_counter(shown.format, counters.shown(referenced, starts));
      }
      ++i;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

OoxmlLabel OoxmlNumbering::number(int num_id, int level) {
  OoxmlLabel result;
  const auto found = nums_.find(num_id);
  if (num_id == 0 || found == nums_.end()) return result;
  Num& num = found->second;
  const auto abstract = abstracts_.find(num.abstract_id);
  if (abstract == abstracts_.end()) return result;
  // LibreOffice reads a level it does not have as the first one.
  if (level < 0 || level >= kLevels) level = 0;
  const auto slot = static_cast<std::size_t>(level);

  Levels levels = abstract->second;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (num.level_override[i]) levels[i] = *num.level_override[i];
  }
  if (!levels[slot].defined) return result;
  ListCounters::Starts starts{};
  for (std::size_t i = 0; i < levels.size(); ++i) starts[i] = levels[i].start;
  long long restart = -1;
  if (num.start_override[slot] >= 0 && !num.override_used[slot]) {
    restart = num.start_override[slot];
    num.override_used[slot] = true;
  }
  ListCounters& counters = counters_[num.abstract_id];
  counters.number(level, starts, restart);
  result.text = label(levels, counters, level);
  result.level = result.text.empty() ? 0 : level + 1;
  return result;
}

}  // namespace chengbao
