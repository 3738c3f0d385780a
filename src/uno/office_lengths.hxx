// Writer's lengths (1/100 mm at the API) in the core's units: pt for text, mm for the page.
#pragma once

#include <cmath>

#include <sal/types.h>

namespace chengbao::ext {

/// Points of a length Writer gives in 1/100 mm. Writer keeps lengths in twips and rounds them to
/// 1/100 mm at the API; rounding back to twips gives the length the document holds, as the file
/// readers see it (16 pt is 320 twips, shown as 564, which is 15.99 pt by plain conversion).
inline double pointsOf(sal_Int32 nMm100) {
  return std::round(static_cast<double>(nMm100) * 72.0 / 127.0) / 20.0;
}

/// Millimetres of a length Writer gives in 1/100 mm.
inline double millimetresOf(sal_Int32 nMm100) { return static_cast<double>(nMm100) / 100.0; }

}  // namespace chengbao::ext
