// Tests of date_format.hpp: the three ways a report date is written, and date validity.
#include "date_format.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

TEST(DateFormatTest, WritesAllThreeStyles) {
  const Date date{2026, 11, 28};
  EXPECT_EQ(format_date(date, DateStyle::Gbt9704), "2026年11月28日");
  EXPECT_EQ(format_date(date, DateStyle::Chinese), "二〇二六年十一月二十八日");
  EXPECT_EQ(format_date(date, DateStyle::Roc), "中華民國115年11月28日");
}

TEST(DateFormatTest, DoesNotZeroPadAndWritesZeroAsLing) {
  const Date date{2000, 1, 1};
  EXPECT_EQ(format_date(date, DateStyle::Gbt9704), "2000年1月1日");
  EXPECT_EQ(format_date(date, DateStyle::Chinese), "二〇〇〇年一月一日");
  EXPECT_EQ(format_date(date, DateStyle::Roc), "中華民國89年1月1日");
}

TEST(DateFormatTest, ChineseMonthsAndDaysReadAsNumbersNotDigits) {
  EXPECT_EQ(format_date({2026, 10, 10}, DateStyle::Chinese), "二〇二六年十月十日");
  EXPECT_EQ(format_date({2026, 12, 30}, DateStyle::Chinese), "二〇二六年十二月三十日");
  EXPECT_EQ(format_date({2026, 1, 21}, DateStyle::Chinese), "二〇二六年一月二十一日");
}

TEST(DateFormatTest, IsoDatesArePaddedForEnglishTemplates) {
  EXPECT_EQ(format_date({2026, 3, 5}, DateStyle::Iso), "2026-03-05");
  EXPECT_EQ(format_date({2026, 11, 28}, DateStyle::Iso), "2026-11-28");
  EXPECT_EQ(parse_date_style("iso"), DateStyle::Iso);
}

TEST(DateFormatTest, RocYearsStartIn1912) {
  EXPECT_EQ(format_date({1912, 1, 1}, DateStyle::Roc), "中華民國1年1月1日");
  EXPECT_EQ(format_date({1911, 10, 10}, DateStyle::Roc), "中華民國前1年10月10日");
}

TEST(DateFormatTest, ValidDatesFollowTheGregorianCalendar) {
  EXPECT_TRUE(is_valid_date({2026, 11, 28}));
  EXPECT_TRUE(is_valid_date({2024, 2, 29}));
  EXPECT_TRUE(is_valid_date({2000, 2, 29}));
  EXPECT_TRUE(is_valid_date({2026, 12, 31}));
  EXPECT_FALSE(is_valid_date({2026, 2, 30}));
  EXPECT_FALSE(is_valid_date({2023, 2, 29}));
  EXPECT_FALSE(is_valid_date({1900, 2, 29}));
  EXPECT_FALSE(is_valid_date({2026, 4, 31}));
  EXPECT_FALSE(is_valid_date({2026, 13, 1}));
  EXPECT_FALSE(is_valid_date({2026, 0, 1}));
  EXPECT_FALSE(is_valid_date({2026, 1, 0}));
  EXPECT_FALSE(is_valid_date({0, 1, 1}));
}

TEST(DateFormatTest, ParsesIsoDatesStrictly) {
  const std::optional<Date> date = parse_iso_date("2026-11-28");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->year, 2026);
  EXPECT_EQ(date->month, 11);
  EXPECT_EQ(date->day, 28);
  EXPECT_TRUE(parse_iso_date("2024-02-29"));
  EXPECT_FALSE(parse_iso_date("2026-02-30"));
  EXPECT_FALSE(parse_iso_date("2026-1-28"));
  EXPECT_FALSE(parse_iso_date("2026/11/28"));
  EXPECT_FALSE(parse_iso_date("2026-11-28x"));
  EXPECT_FALSE(parse_iso_date("20a6-11-28"));
  EXPECT_FALSE(parse_iso_date(""));
}

TEST(DateFormatTest, StyleNamesRoundTrip) {
  for (DateStyle style : {DateStyle::Gbt9704, DateStyle::Chinese, DateStyle::Roc, DateStyle::Iso}) {
    EXPECT_EQ(parse_date_style(date_style_name(style)), style);
  }
  EXPECT_EQ(date_style_name(DateStyle::Roc), "roc");
  EXPECT_EQ(parse_date_style("chinese"), DateStyle::Chinese);
  EXPECT_FALSE(parse_date_style("GBT9704"));
  EXPECT_FALSE(parse_date_style(""));
}

TEST(DateFormatTest, TodayIsARealRecentDate) {
  const Date date = today();
  EXPECT_TRUE(is_valid_date(date));
  EXPECT_GE(date.year, 2024);
}

}  // namespace
}  // namespace chengbao
