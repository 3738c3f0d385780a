// Calendar dates written the way Chinese official documents write them.
#include "date_format.hpp"

#include <cstdio>
#include <ctime>

#include "report_template.hpp"  // chinese_number: month and day read like heading counters

namespace chengbao {

namespace {

// The Republic-of-China calendar counts from 1912 (中華民國元年).
constexpr int kRocEpochYear = 1911;

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

// Years are read digit by digit in Chinese dates (二〇二六), unlike months and days (二十八).
std::string chinese_digits(int value) {
  static const char* const kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  std::string out;
  for (char c : std::to_string(value)) {
    if (c >= '0' && c <= '9') out += kDigits[c - '0'];
  }
  return out;
}

}  // namespace

std::optional<DateStyle> parse_date_style(const std::string& name) {
  if (name == "gbt9704") return DateStyle::Gbt9704;
  if (name == "chinese") return DateStyle::Chinese;
  if (name == "roc") return DateStyle::Roc;
  if (name == "iso") return DateStyle::Iso;
  return std::nullopt;
}

std::string date_style_name(DateStyle style) {
  switch (style) {
    case DateStyle::Gbt9704:
      return "gbt9704";
    case DateStyle::Chinese:
      return "chinese";
    case DateStyle::Roc:
      return "roc";
    case DateStyle::Iso:
      return "iso";
  }
  return "gbt9704";
}

bool is_valid_date(const Date& date) {
  if (date.year < 1 || date.year > 9999) return false;
  if (date.month < 1 || date.month > 12) return false;
  return date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

std::optional<Date> parse_iso_date(const std::string& text) {
  // Exactly YYYY-MM-DD: a looser form would let "2026-1-128" mean something unexpected.
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const Date date{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
                  std::stoi(text.substr(8, 2))};
  if (!is_valid_date(date)) return std::nullopt;
  return date;
}

std::string format_date(const Date& date, DateStyle style) {
  const std::string month = std::to_string(date.month) + "月";
  const std::string day = std::to_string(date.day) + "日";
  switch (style) {
    case DateStyle::Gbt9704:
      return std::to_string(date.year) + "年" + month + day;
    case DateStyle::Chinese:
      return chinese_digits(date.year) + "年" + chinese_number(date.month) + "月" +
             chinese_number(date.day) + "日";
    case DateStyle::Roc:
      // Dates before 1912 are written 中華民國前N年 (N years before the first year).
      if (date.year <= kRocEpochYear) {
        return "中華民國前" + std::to_string(kRocEpochYear + 1 - date.year) + "年" + month + day;
      }
      return "中華民國" + std::to_string(date.year - kRocEpochYear) + "年" + month + day;
    case DateStyle::Iso: {
      char text[16];
      std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
      return text;
    }
  }
  return std::to_string(date.year) + "年" + month + day;
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace chengbao
