// Calendar dates written the way Chinese official documents write them.
#pragma once

#include <optional>
#include <string>

namespace chengbao {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

/// How a document date is written.
enum class DateStyle {
  Gbt9704,  ///< 2026年11月28日 (GB/T 9704-2012: Arabic numerals, no zero padding)
  Chinese,  ///< 二〇二六年十一月二十八日 (the 1999 standard, some house styles)
  Roc,      ///< 中華民國115年11月28日 (Republic-of-China calendar, Taiwan practice)
  Iso,      ///< 2026-11-28 (ISO 8601, for templates in English)
};

/// Parses "gbt9704" | "chinese" | "roc" | "iso"; nullopt for anything else.
std::optional<DateStyle> parse_date_style(const std::string& name);
/// The inverse of parse_date_style.
std::string date_style_name(DateStyle style);

/// True when the date exists in the Gregorian calendar (2026-02-30 does not).
bool is_valid_date(const Date& date);

/// Parses an ISO date "YYYY-MM-DD" (exactly that form); nullopt when malformed or not a real date.
std::optional<Date> parse_iso_date(const std::string& text);

/// Writes `date` in `style` (UTF-8).
std::string format_date(const Date& date, DateStyle style);

/// Today's date in local time.
Date today();

}  // namespace chengbao
