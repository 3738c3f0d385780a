// Heading labels: formatting, the office's list-format syntax and the <numbering> reader.
#include "numbering_labels.hpp"

#include <algorithm>

#include "xml_util.hpp"

namespace chengbao {

namespace {

std::optional<LoadError> read_level(const xml::Document& doc, const pugi::xml_node& node,
                                    int expected, LevelNumbering& level) {
  if (auto error =
          xml::check_attributes(doc, node, {"n", "format", "prefix", "suffix", "with-parents"})) {
    return error;
  }
  if (auto error = xml::check_empty(doc, node)) return error;
  const pugi::xml_attribute n = node.attribute("n");
  if (!n) {
    return doc.error(node, "<level> has no n attribute", LoadProblem::MissingAttribute,
                     {"level", "n"});
  }
  const std::optional<int> value = xml::parse_count(n.value());
  if (!value || *value != expected) {
    return doc.error(node,
                     "<level n=\"" + std::string(n.value()) + "\"> found where level " +
                         std::to_string(expected) + " was expected (levels are 1, 2, 3…)",
                     LoadProblem::LevelOutOfOrder, {n.value(), std::to_string(expected)});
  }
  if (expected > kMaxHeadingLevel) {
    return doc.error(node, "at most " + std::to_string(kMaxHeadingLevel) + " numbering levels",
                     LoadProblem::TooManyLevels, {std::to_string(kMaxHeadingLevel)});
  }
  const std::string tag = "<level n=\"" + std::to_string(expected) + "\">";
  const std::string format = node.attribute("format").value();
  if (format == "chinese") {
    level.format = CounterFormat::Chinese;
  } else if (format == "arabic") {
    level.format = CounterFormat::Arabic;
  } else {
    return doc.error(node, tag + " has format \"" + format + "\" (use chinese or arabic)",
                     LoadProblem::BadAttributeValue,
                     {xml::element_arg(tag), "format", format, "chinese arabic"});
  }
  level.level = expected;
  level.prefix = node.attribute("prefix").value();
  level.suffix = node.attribute("suffix").value();
  if (node.attribute("with-parents")) {
    if (auto error = xml::read_bool(doc, node, "with-parents", tag, level.with_parents))
      return error;
    if (level.with_parents && expected == 1) {
      return doc.error(node, "<level n=\"1\"> has no upper levels to show (with-parents)",
                       LoadProblem::WithParentsOnTop, {"with-parents"});
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<LoadError> read_numbering(const xml::Document& doc, const pugi::xml_node& node,
                                        std::vector<LevelNumbering>& numbering) {
  if (auto error = xml::check_attributes(doc, node, {})) return error;
  if (auto error = xml::check_no_text(doc, node)) return error;
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (std::string(child.name()) != "level") {
      return doc.unknown_element(child, std::string(child.name()), "numbering");
    }
    LevelNumbering level;
    if (auto error = read_level(doc, child, static_cast<int>(numbering.size()) + 1, level)) {
      return error;
    }
    numbering.push_back(level);
  }
  if (numbering.empty()) {
    return doc.error(node, "<numbering> has no <level>", LoadProblem::MissingElement,
                     {"level", "numbering"});
  }
  return std::nullopt;
}

std::string chinese_number(int value) {
  static const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  // Outside 1..99 there is no heading-label form; decimal digits at least stay readable.
  if (value < 1 || value > 99) return std::to_string(value);
  const int tens = value / 10;
  const int ones = value % 10;
  std::string out;
  if (tens > 1) out += kDigits[tens];
  if (tens > 0) out += "十";  // 十一, not 一十一
  out += kDigits[ones];
  return out;
}

namespace {

std::string counter_text(CounterFormat format, int value) {
  return format == CounterFormat::Chinese ? chinese_number(value) : std::to_string(value);
}

}  // namespace

std::string format_label(const LevelNumbering& numbering, int value) {
  return numbering.prefix + counter_text(numbering.format, value) + numbering.suffix;
}

std::string format_label(const std::vector<LevelNumbering>& numbering,
                         const std::vector<int>& counters) {
  if (counters.empty() || counters.size() > numbering.size()) return {};
  const LevelNumbering& own = numbering[counters.size() - 1];
  if (!own.with_parents) return format_label(own, counters.back());
  std::string text;
  for (std::size_t i = 0; i < counters.size(); ++i) {
    if (i > 0) text += '.';
    text += counter_text(numbering[i].format, counters[i]);
  }
  return own.prefix + text + own.suffix;
}

std::string office_list_format(const std::vector<LevelNumbering>& numbering, int level) {
  if (level < 1 || level > static_cast<int>(numbering.size())) return {};
  const LevelNumbering& own = numbering[static_cast<std::size_t>(level) - 1];
  std::string text;
  for (int i = own.with_parents ? 1 : level; i <= level; ++i) {
    if (i < level) text += "%" + std::to_string(i) + "%.";
  }
  text += "%" + std::to_string(level) + "%";
  return own.prefix + text + own.suffix;
}

std::string HeadingCounters::next(int level) {
  if (level < 1 || level > static_cast<int>(counters_.size())) return {};
  const auto at = static_cast<std::size_t>(level - 1);
  ++counters_[at];
  for (std::size_t deeper = at + 1; deeper < counters_.size(); ++deeper) counters_[deeper] = 0;
  // A level below one not yet used counts that one as 1 (as the office does: 1.1 before any 1).
  std::vector<int> path(counters_.begin(), counters_.begin() + level);
  for (int& value : path) value = std::max(value, 1);
  return format_label(numbering_, path);
}

}  // namespace chengbao
