// The counters of one list as LibreOffice advances them, shared by the ODF and OOXML numbering.
#pragma once

#include <array>

namespace chengbao {

/// Counters of one list (or of the outline), levels 0-based. LibreOffice's rules, which both
/// file formats follow once loaded:
/// - numbering a level advances it and resets every deeper level;
/// - numbering a level whose parents have no item since their reset counts each such parent at
///   its start value, as a phantom item: a 2.1 under a lone "（一）" makes the next 一、 read 二、.
class ListCounters {
 public:
  static constexpr int kLevels = 10;
  using Starts = std::array<long long, kLevels>;

  /// Numbers an item at `level` (0..kLevels-1); returns its counter. `restart` (>= 0) sets the
  /// counter instead of advancing it (a start-value on the item, a startOverride).
  long long number(int level, const Starts& starts, long long restart = -1);

  /// The counter a label shows for `level`: its value when it has an item since its last reset,
  /// otherwise its start value.
  long long shown(int level, const Starts& starts) const;

 private:
  std::array<long long, kLevels> values_{};
  std::array<bool, kLevels> used_{};
};

}  // namespace chengbao
