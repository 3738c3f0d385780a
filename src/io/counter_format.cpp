// How list and heading counters are written: the number formats LibreOffice renders.
#include "counter_format.hpp"

#include "report_template.hpp"

namespace chengbao {

namespace {

// Beyond these a counter is written in decimal: a hostile start value must not turn one label into
// megabytes of "MMMM…" or "zzzz…", and no real list gets near them.
constexpr long long kMaxRomanOrLetter = 1000000;
constexpr long long kMaxChinese = 999999999999LL;

struct ChineseNumerals {
  const char* digits[10];
  const char* units[4];   // ones, tens, hundreds, thousands
  const char* wan;        // 10^4
  const char* yi;         // 10^8
  bool omit_leading_one;  // 十一 rather than 一十一 (the lower-case style only)
};

const ChineseNumerals kLower = {{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
                                {"", "十", "百", "千"},
                                "万",
                                "亿",
                                true};
const ChineseNumerals kUpperSimplified = {
    {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
    {"", "拾", "佰", "仟"},
    "万",
    "亿",
    false};
const ChineseNumerals kUpperTraditional = {
    {"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"},
    {"", "拾", "佰", "仟"},
    "萬",
    "億",
    false};

// One group of four digits (1..9999). `leading` says the group starts the whole number, where the
// lower-case style drops the 一 of 一十; zeros inside the group collapse into one 零.
void append_group(std::string& out, int group, bool leading, const ChineseNumerals& numerals) {
  const int digits[4] = {group / 1000, group / 100 % 10, group / 10 % 10, group % 10};
  bool started = false;
  bool pending_zero = false;
  for (int i = 0; i < 4; ++i) {
    const int unit = 3 - i;
    if (digits[i] == 0) {
      pending_zero = pending_zero || started;
      continue;
    }
    if (pending_zero) out += numerals.digits[0];
    pending_zero = false;
    const bool drop_one =
        numerals.omit_leading_one && leading && !started && unit == 1 && digits[i] == 1;
    if (!drop_one) out += numerals.digits[digits[i]];
    out += numerals.units[unit];
    started = true;
  }
}

// Writes 1..kMaxChinese: groups of four digits joined by 万 and 亿, with 零 where a group below the
// first is shorter than four digits (一万零一, 二万零二十), as LibreOffice writes them.
std::string chinese(long long value, const ChineseNumerals& numerals) {
  const int groups[3] = {static_cast<int>(value / 100000000),
                         static_cast<int>(value / 10000 % 10000), static_cast<int>(value % 10000)};
  const char* const markers[3] = {numerals.yi, numerals.wan, ""};
  std::string out;
  bool started = false;
  bool pending_zero = false;
  for (int i = 0; i < 3; ++i) {
    if (groups[i] == 0) {
      pending_zero = pending_zero || started;
      continue;
    }
    if (started && (pending_zero || groups[i] < 1000)) out += numerals.digits[0];
    pending_zero = false;
    append_group(out, groups[i], !started, numerals);
    out += markers[i];
    started = true;
  }
  return out;
}

std::string roman(long long value, bool upper) {
  static const struct {
    int value;
    const char* lower;
    const char* upper;
  } kSymbols[] = {{1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"},
                  {100, "c", "C"},  {90, "xc", "XC"},  {50, "l", "L"},  {40, "xl", "XL"},
                  {10, "x", "X"},   {9, "ix", "IX"},   {5, "v", "V"},   {4, "iv", "IV"},
                  {1, "i", "I"}};
  std::string out;
  for (const auto& symbol : kSymbols) {
    // LibreOffice keeps repeating M past 3999 rather than switching notation.
    for (; value >= symbol.value; value -= symbol.value) out += upper ? symbol.upper : symbol.lower;
  }
  return out;
}

std::string letters(long long value, bool upper, bool repeat) {
  const char base = upper ? 'A' : 'a';
  if (repeat) {
    return std::string(static_cast<std::size_t>((value - 1) / 26 + 1),
                       static_cast<char>(base + (value - 1) % 26));
  }
  std::string out;
  for (; value > 0; value = (value - 1) / 26) {
    out.insert(out.begin(), static_cast<char>(base + (value - 1) % 26));
  }
  return out;
}

std::string circled(long long value) {
  char32_t code_point = 0;
  if (value <= 20) {
    code_point = 0x2460 + static_cast<char32_t>(value - 1);
  } else if (value <= 35) {
    code_point = 0x3251 + static_cast<char32_t>(value - 21);
  } else {
    code_point = 0x32B1 + static_cast<char32_t>(value - 36);
  }
  std::string out;
  append_code_point(out, code_point);
  return out;
}

}  // namespace

std::string format_counter(NumberFormat format, long long value) {
  if (format == NumberFormat::None) return "";
  if (value <= 0) return std::to_string(value);
  switch (format) {
    case NumberFormat::None:
    case NumberFormat::Decimal:
      break;
    case NumberFormat::DecimalZero:
      return value < 10 ? "0" + std::to_string(value) : std::to_string(value);
    case NumberFormat::LowerLetter:
    case NumberFormat::UpperLetter:
    case NumberFormat::LowerLetterRepeat:
    case NumberFormat::UpperLetterRepeat:
      if (value > kMaxRomanOrLetter) break;
      return letters(
          value, format == NumberFormat::UpperLetter || format == NumberFormat::UpperLetterRepeat,
          format == NumberFormat::LowerLetterRepeat || format == NumberFormat::UpperLetterRepeat);
    case NumberFormat::LowerRoman:
    case NumberFormat::UpperRoman:
      if (value > kMaxRomanOrLetter) break;
      return roman(value, format == NumberFormat::UpperRoman);
    case NumberFormat::ChineseLower:
      // The core's heading numerals are exactly LibreOffice's below one hundred.
      if (value < 100) return chinese_number(static_cast<int>(value));
      if (value > kMaxChinese) break;
      return chinese(value, kLower);
    case NumberFormat::ChineseUpperSimplified:
      if (value > kMaxChinese) break;
      return chinese(value, kUpperSimplified);
    case NumberFormat::ChineseUpperTraditional:
      if (value > kMaxChinese) break;
      return chinese(value, kUpperTraditional);
    case NumberFormat::CircledNumber:
      if (value > 50) break;
      return circled(value);
    case NumberFormat::HeavenlyStem: {
      static const char* const kStems[] = {"甲", "乙", "丙", "丁", "戊",
                                           "己", "庚", "辛", "壬", "癸"};
      if (value > 10) break;
      return kStems[value - 1];
    }
    case NumberFormat::EarthlyBranch: {
      static const char* const kBranches[] = {"子", "丑", "寅", "卯", "辰", "巳",
                                              "午", "未", "申", "酉", "戌", "亥"};
      if (value > 12) break;
      return kBranches[value - 1];
    }
  }
  return std::to_string(value);
}

}  // namespace chengbao
