// Heading labels: how a template numbers its levels (一、 （一） 1. （1）, or 1 1.1 1.1.1) and the
// one place that writes a label, for the skeleton, the CLI, the wizard preview and the rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load_error.hpp"
#include "xml_fwd.hpp"

namespace chengbao {

/// GB/T 9704 practice numbers at most four heading levels (一、 （一） 1. （1）).
constexpr int kMaxHeadingLevel = 4;

/// How the counter of one heading level is written.
enum class CounterFormat {
  Chinese,  ///< 一 二 三 … 十 十一
  Arabic,   ///< 1 2 3
};

/// The automatic label of one heading level: prefix + counter + suffix, e.g. "（" 一 "）".
struct LevelNumbering {
  int level = 1;  ///< 1..4
  CounterFormat format = CounterFormat::Arabic;
  std::string prefix;
  std::string suffix;
  /// The counters of the upper levels come first, joined with "." (Western 1.2, 1.2.3).
  bool with_parents = false;
};

/// The label text of `value` at a level, e.g. 3 with {Chinese, "", "、"} → "三、". A level that
/// shows its parents gives only its own part here; see the overload below.
std::string format_label(const LevelNumbering& numbering, int value);

/// The full label of a heading whose counters from level 1 down are `counters`, e.g. {1, 2} →
/// "（二）" in the GB/T scheme or "1.2 " when level 2 shows its parents. Empty when `counters` is
/// empty or deeper than `numbering`.
std::string format_label(const std::vector<LevelNumbering>& numbering,
                         const std::vector<int>& counters);

/// The label of `level` (1-based) in LibreOffice's list-format syntax, where %N% stands for the
/// counter of level N: "%1%、", "（%2%）", or "%1%.%2% " for a level shown with its parents.
std::string office_list_format(const std::vector<LevelNumbering>& numbering, int level);

/// The Chinese numeral for 1..99 as used in heading labels: 一 … 十 十一 … 二十一.
std::string chinese_number(int value);

/// Counts headings in document order and gives each its label: a heading restarts the counters
/// of every level below it.
class HeadingCounters {
 public:
  explicit HeadingCounters(const std::vector<LevelNumbering>& numbering)
      : numbering_(numbering), counters_(numbering.size(), 0) {}
  /// The label of the next heading at `level` (1-based); empty for a level without numbering.
  std::string next(int level);

 private:
  const std::vector<LevelNumbering>& numbering_;
  std::vector<int> counters_;
};

/// Reads a template's <numbering>: its <level n="1"…> children, levels 1..N in order.
std::optional<LoadError> read_numbering(const xml::Document& doc, const pugi::xml_node& node,
                                        std::vector<LevelNumbering>& numbering);

}  // namespace chengbao
