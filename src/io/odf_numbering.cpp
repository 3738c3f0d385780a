// Automatic numbering of ODF lists and outline headings, as LibreOffice computes the labels.
#include "odf_numbering.hpp"

#include <algorithm>

namespace chengbao {

namespace {

ListCounters::Starts starts_of(const OdfListStyle& style) {
  ListCounters::Starts starts{};
  for (std::size_t i = 0; i < starts.size(); ++i) starts[i] = style.levels[i].start;
  return starts;
}

std::string counter_text(const OdfListStyle& style, const ListCounters& counters, int level) {
  const OdfListLevel& definition = style.levels[static_cast<std::size_t>(level)];
  if (definition.kind != OdfListLevel::Kind::Number) return "";
  return format_counter(definition.format, counters.shown(level, starts_of(style)));
}

// "%1%.%2%." with each %N% replaced by the counter of level N.
std::string expand_list_format(const std::string& pattern, const OdfListStyle& style,
                               const ListCounters& counters) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%') {
      std::size_t j = i + 1;
      int number = 0;
      while (j < pattern.size() && j - i <= 2 && pattern[j] >= '0' && pattern[j] <= '9') {
        number = number * 10 + (pattern[j] - '0');
        ++j;
      }
      if (j > i + 1 && j < pattern.size() && pattern[j] == '%' && number >= 1 && number <= 10) {
        out += counter_text(style, counters, number - 1);
        i = j;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

OdfLabel make_label(std::string text, int level) {
  OdfLabel label;
  label.level = text.empty() ? 0 : level + 1;
  label.text = std::move(text);
  return label;
}

}  // namespace

std::string odf_label(const OdfListStyle& style, const ListCounters& counters, int level) {
  const OdfListLevel& definition = style.levels[static_cast<std::size_t>(level)];
  switch (definition.kind) {
    case OdfListLevel::Kind::Undefined:
    case OdfListLevel::Kind::Image:
      return "";
    case OdfListLevel::Kind::Bullet:
      // LibreOffice draws the bullet alone; the prefix and suffix it may write are not shown.
      return definition.bullet;
    case OdfListLevel::Kind::Number:
      break;
  }
  if (definition.has_list_format) {
    return expand_list_format(definition.list_format, style, counters);
  }
  // Without a pattern: the counters of display-levels levels joined by dots, then prefix and
  // suffix around them ("1.2." for display-levels 2 and suffix ".").
  const int first = std::max(0, level - std::max(definition.display_levels, 1) + 1);
  std::string counters_text;
  for (int shown = first; shown <= level; ++shown) {
    const std::string part = counter_text(style, counters, shown);
    if (part.empty()) continue;
    if (!counters_text.empty()) counters_text += '.';
    counters_text += part;
  }
  return definition.prefix + counters_text + definition.suffix;
}

int OdfNumbering::begin_list(const pugi::xml_node& list) {
  const std::string style = list.attribute("text:style-name").value();
  int index = -1;
  const pugi::xml_attribute continue_list = list.attribute("text:continue-list");
  if (continue_list) {
    const auto found = by_xml_id_.find(continue_list.value());
    if (found != by_xml_id_.end()) index = found->second;
  }
  if (index < 0 && list.attribute("text:continue-numbering").as_bool()) {
    const auto found = last_by_style_.find(style);
    if (found != last_by_style_.end()) index = found->second;
  }
  if (index < 0) {
    index = static_cast<int>(lists_.size());
    lists_.emplace_back();
  }
  const pugi::xml_attribute id = list.attribute("xml:id");
  if (id) by_xml_id_[id.value()] = index;
  last_by_style_[style] = index;
  return index;
}

OdfLabel OdfNumbering::number_item(int list, const OdfListStyle& style, int level,
                                   long long start_value) {
  ListCounters& counters = lists_.at(static_cast<std::size_t>(list));
  counters.number(level, starts_of(style), start_value);
  return make_label(odf_label(style, counters, level), level);
}

OdfLabel OdfNumbering::number_heading(const OdfListStyle& outline, int level,
                                      long long start_value) {
  outline_.number(level, starts_of(outline), start_value);
  return make_label(odf_label(outline, outline_, level), level);
}

}  // namespace chengbao
