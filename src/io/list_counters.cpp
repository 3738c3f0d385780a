// The counters of one list as LibreOffice advances them, shared by the ODF and OOXML numbering.
#include "list_counters.hpp"

#include <algorithm>

namespace chengbao {

long long ListCounters::number(int level, const Starts& starts, long long restart) {
  level = std::clamp(level, 0, kLevels - 1);
  for (int parent = 0; parent < level; ++parent) {
    if (!used_[parent]) {
      values_[parent] = starts[parent];
      used_[parent] = true;
    }
  }
  if (restart >= 0) {
    values_[level] = restart;
  } else if (used_[level]) {
    // Counters stay far below overflow: start values are clamped and each paragraph adds one.
    ++values_[level];
  } else {
    values_[level] = starts[level];
  }
  used_[level] = true;
  std::fill(used_.begin() + level + 1, used_.end(), false);
  return values_[level];
}

long long ListCounters::shown(int level, const Starts& starts) const {
  level = std::clamp(level, 0, kLevels - 1);
  return used_[level] ? values_[level] : starts[level];
}

}  // namespace chengbao
