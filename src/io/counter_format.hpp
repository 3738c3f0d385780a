// How list and heading counters are written: the number formats LibreOffice renders.
#pragma once

#include <string>

#include "utf8.hpp"

namespace chengbao {

/// A counter's number format. The set is what LibreOffice 7.4 actually renders, because the checker
/// must see the labels the office shows; formats it does not know fall back to Decimal as it does.
enum class NumberFormat {
  None,               ///< no counter (the label is prefix and suffix only)
  Decimal,            ///< 1 2 3
  DecimalZero,        ///< 01 02 … 10
  LowerLetter,        ///< a … z aa ab (bijective base 26, ODF "a")
  UpperLetter,        ///< A … Z AA AB
  LowerLetterRepeat,  ///< a … z aa bb (OOXML lowerLetter)
  UpperLetterRepeat,  ///< A … Z AA BB
  LowerRoman,         ///< i ii iii
  UpperRoman,         ///< I II III
  ChineseLower,  ///< 一 … 十 十一 … 一百零一 (ODF "一, 二, 三, ...", OOXML chineseCounting…)
  ChineseUpperSimplified,   ///< 壹 贰 … 壹拾
  ChineseUpperTraditional,  ///< 壹 貳 … 壹拾
  CircledNumber,            ///< ① … ㊿
  HeavenlyStem,             ///< 甲 乙 … 癸
  EarthlyBranch,            ///< 子 丑 … 亥
};

/// Writes `value` in `format` (UTF-8). Zero is written "0" in every format but None, and values
/// a format cannot show (㉛ has no 51st form) are written in decimal, as LibreOffice does.
std::string format_counter(NumberFormat format, long long value);

}  // namespace chengbao
