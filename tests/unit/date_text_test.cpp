// Tests of date_text.hpp: dates on the date line and in running text, in every form.
#include "date_text.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

void expect_date(std::u32string_view text, int year, int month, int day,
                 DateText::Kind kind = DateText::Kind::Valid) {
  const std::optional<DateText> date = parse_date_line(text);
  ASSERT_TRUE(date);
  EXPECT_EQ(date->kind, kind);
  EXPECT_EQ(date->date.year, year);
  EXPECT_EQ(date->date.month, month);
  EXPECT_EQ(date->date.day, day);
}

TEST(DateTextTest, ParsesEveryDateLineForm) {
  expect_date(U"2026年11月20日", 2026, 11, 20);
  expect_date(U"2026年01月05日", 2026, 1, 5);
  expect_date(U"２０２６年１１月２０日", 2026, 11, 20);
  expect_date(U"二〇二六年十一月二十日", 2026, 11, 20);
  expect_date(U"二○二六年一月五日", 2026, 1, 5);
  expect_date(U"中華民國115年11月20日", 2026, 11, 20);
  expect_date(U"中华民国115年11月20日", 2026, 11, 20);
  expect_date(U"民國一百一十五年十一月二十日", 2026, 11, 20);
  expect_date(U"2026-11-20", 2026, 11, 20);
  expect_date(U"2026.11.20", 2026, 11, 20);
  expect_date(U"2026/1/5", 2026, 1, 5);
}

TEST(DateTextTest, SpanExcludesSurroundingSpaces) {
  const std::optional<DateText> date = parse_date_line(U"　　2026年11月20日 ");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->begin, 2u);
  EXPECT_EQ(date->end, 13u);
}

TEST(DateTextTest, ImpossibleDatesAreInvalidNotMissing) {
  expect_date(U"2026年2月30日", 2026, 2, 30, DateText::Kind::Invalid);
  expect_date(U"2026年13月1日", 2026, 13, 1, DateText::Kind::Invalid);
  expect_date(U"二〇二六年二月三十日", 2026, 2, 30, DateText::Kind::Invalid);
}

TEST(DateTextTest, PlaceholdersAreDates) {
  for (std::u32string_view text : {U"****年*月*日", U"20xx年x月x日", U"xx年xx月xx日",
                                   U"20XX年X月X日", U"○○○○年○○月○○日", U"____年__月__日"}) {
    const std::optional<DateText> date = parse_date_line(text);
    ASSERT_TRUE(date);
    EXPECT_EQ(date->kind, DateText::Kind::Placeholder);
  }
}

TEST(DateTextTest, OtherTextIsNoDate) {
  for (std::u32string_view text :
       {U"东湖银行股份有限公司滨江支行", U"2026年11月20日印发", U"截至2026年11月20日",
        U"2026年11月", U"2026-11", U"特此报告。", U"", U"20261120"}) {
    EXPECT_FALSE(parse_date_line(text));
  }
}

// Found by fuzz_check (tests/fuzz/regressions/check/long-digit-run): a run of digits longer than
// an int holds, before 日, made the digit reader overflow.
TEST(DateTextTest, ALongRunOfDigitsIsNoDate) {
  const std::u32string run(64, U'9');
  for (const std::u32string& text : {run + U"20日", run + U"年11月20日",
                                     U"2026年" + run + U"月20日", run, U"2026-" + run + U"-20"}) {
    EXPECT_FALSE(parse_date_line(text));
  }
  EXPECT_TRUE(find_arabic_dates(run + U"年11月20日").empty());
}

TEST(DateTextTest, MatchesPlaceholderSpansInText) {
  const std::u32string text = U"截至20xx年x月x日，共计";
  EXPECT_EQ(match_placeholder_date(text, 2), 11u);
  EXPECT_EQ(match_placeholder_date(U"xx年度", 0), 3u);
  EXPECT_EQ(match_placeholder_date(U"2026年11月20日", 0), 0u);  // a real date
  EXPECT_EQ(match_placeholder_date(U"x光", 0), 0u);
}

TEST(DateTextTest, FindsArabicDatesInRunningText) {
  const std::vector<DateText> dates =
      find_arabic_dates(U"2026年1月至10月，截至2026年2月30日，12026年3月无关，2026年13月");
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[0].kind, DateText::Kind::Valid);
  EXPECT_EQ(dates[0].begin, 0u);
  EXPECT_EQ(dates[0].end, 7u);  // 2026年1月
  EXPECT_EQ(dates[1].kind, DateText::Kind::Invalid);
  EXPECT_EQ(dates[1].begin, 14u);
  EXPECT_EQ(dates[1].end, 24u);
  EXPECT_EQ(dates[2].kind, DateText::Kind::Invalid);
}

TEST(DateInputTest, TypedDatesInEveryFormAReportUses) {
  for (const char* typed : {"2026-11-28", "2026年11月28日", " 2026年11月28日 ", "2026.11.28",
                            "2026/11/28", "二〇二六年十一月二十八日", "中華民國115年11月28日"}) {
    const DateInput input = parse_date_input(typed);
    EXPECT_EQ(input.status, DateInput::Status::Valid) << typed;
    EXPECT_EQ(format_date(input.date, DateStyle::Gbt9704), "2026年11月28日") << typed;
  }
}

TEST(DateInputTest, ADateTheCalendarHasNotIsNotUnreadable) {
  for (const char* typed : {"2026-02-30", "2026年2月30日", "2026年13月1日"})
    EXPECT_EQ(parse_date_input(typed).status, DateInput::Status::Impossible) << typed;
  for (const char* typed : {"", "下周一", "2026", "20xx年x月x日", "2026-11-28号"})
    EXPECT_EQ(parse_date_input(typed).status, DateInput::Status::Unreadable) << typed;
}

}  // namespace
}  // namespace chengbao
