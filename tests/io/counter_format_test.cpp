// Tests of format_counter: each number format as LibreOffice 7.4 draws it.
#include "counter_format.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

TEST(CounterFormat, ChineseLowerMatchesLibreOffice) {
  const std::pair<long long, const char*> cases[] = {
      {1, "一"},           {10, "十"},           {11, "十一"},
      {20, "二十"},        {21, "二十一"},       {99, "九十九"},
      {100, "一百"},       {101, "一百零一"},    {110, "一百一十"},
      {111, "一百一十一"}, {999, "九百九十九"},  {1000, "一千"},
      {1001, "一千零一"},  {1010, "一千零一十"}, {1100, "一千一百"},
      {10000, "一万"},     {10001, "一万零一"},  {20020, "二万零二十"},
      {100000, "十万"},    {100000000, "一亿"},  {100010000, "一亿零一万"},
  };
  for (const auto& [value, expected] : cases) {
    EXPECT_EQ(format_counter(NumberFormat::ChineseLower, value), expected) << value;
  }
}

TEST(CounterFormat, ChineseUpperKeepsTheLeadingOne) {
  EXPECT_EQ(format_counter(NumberFormat::ChineseUpperSimplified, 9), "玖");
  EXPECT_EQ(format_counter(NumberFormat::ChineseUpperSimplified, 10), "壹拾");
  EXPECT_EQ(format_counter(NumberFormat::ChineseUpperSimplified, 101), "壹佰零壹");
  EXPECT_EQ(format_counter(NumberFormat::ChineseUpperSimplified, 20020), "贰万零贰拾");
  EXPECT_EQ(format_counter(NumberFormat::ChineseUpperTraditional, 2), "貳");
  EXPECT_EQ(format_counter(NumberFormat::ChineseUpperTraditional, 10001), "壹萬零壹");
}

TEST(CounterFormat, LettersBijectiveAndRepeated) {
  EXPECT_EQ(format_counter(NumberFormat::LowerLetter, 1), "a");
  EXPECT_EQ(format_counter(NumberFormat::LowerLetter, 26), "z");
  EXPECT_EQ(format_counter(NumberFormat::LowerLetter, 27), "aa");
  EXPECT_EQ(format_counter(NumberFormat::LowerLetter, 28), "ab");
  EXPECT_EQ(format_counter(NumberFormat::UpperLetter, 1000), "ALL");
  EXPECT_EQ(format_counter(NumberFormat::LowerLetterRepeat, 28), "bb");
  EXPECT_EQ(format_counter(NumberFormat::UpperLetterRepeat, 53), "AAA");
}

TEST(CounterFormat, RomanKeepsRepeatingThousands) {
  EXPECT_EQ(format_counter(NumberFormat::LowerRoman, 4), "iv");
  EXPECT_EQ(format_counter(NumberFormat::LowerRoman, 1999), "mcmxcix");
  EXPECT_EQ(format_counter(NumberFormat::UpperRoman, 3999), "MMMCMXCIX");
  EXPECT_EQ(format_counter(NumberFormat::UpperRoman, 5000), "MMMMM");
}

TEST(CounterFormat, EnumeratedFormatsFallBackToDigits) {
  EXPECT_EQ(format_counter(NumberFormat::CircledNumber, 1), "①");
  EXPECT_EQ(format_counter(NumberFormat::CircledNumber, 20), "⑳");
  EXPECT_EQ(format_counter(NumberFormat::CircledNumber, 21), "㉑");
  EXPECT_EQ(format_counter(NumberFormat::CircledNumber, 50), "㊿");
  EXPECT_EQ(format_counter(NumberFormat::CircledNumber, 51), "51");
  EXPECT_EQ(format_counter(NumberFormat::HeavenlyStem, 10), "癸");
  EXPECT_EQ(format_counter(NumberFormat::HeavenlyStem, 11), "11");
  EXPECT_EQ(format_counter(NumberFormat::EarthlyBranch, 12), "亥");
  EXPECT_EQ(format_counter(NumberFormat::EarthlyBranch, 13), "13");
}

TEST(CounterFormat, ZeroNoneAndHugeValues) {
  EXPECT_EQ(format_counter(NumberFormat::ChineseLower, 0), "0");
  EXPECT_EQ(format_counter(NumberFormat::LowerRoman, 0), "0");
  EXPECT_EQ(format_counter(NumberFormat::None, 5), "");
  EXPECT_EQ(format_counter(NumberFormat::DecimalZero, 7), "07");
  EXPECT_EQ(format_counter(NumberFormat::DecimalZero, 12), "12");
  // A hostile count must not become a megabyte label.
  EXPECT_EQ(format_counter(NumberFormat::LowerLetterRepeat, 100000000), "100000000");
  EXPECT_EQ(format_counter(NumberFormat::UpperRoman, 100000000), "100000000");
}

TEST(CounterFormat, Utf8Encoding) {
  std::string out;
  append_code_point(out, U'A');
  append_code_point(out, U'é');
  append_code_point(out, U'一');
  append_code_point(out, U'\U0001F600');
  append_code_point(out, 0xD800);  // a lone surrogate is not a character
  EXPECT_EQ(out, "Aé一\U0001F600\uFFFD");
}

}  // namespace
}  // namespace chengbao
