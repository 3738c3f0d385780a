// Finding dates in paragraph text, in every form reports use (GB/T, 〇 numerals, ROC, 2026-11-20).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "date_format.hpp"

namespace chengbao {

/// A date as written in a paragraph.
struct DateText {
  enum class Kind {
    Valid,        ///< a real calendar date
    Invalid,      ///< shaped like a date but impossible: 2026年2月30日, 13月
    Placeholder,  ///< sample text: ****年*月*日, 20xx年x月x日
  };
  Kind kind = Kind::Valid;
  Date date;              ///< the numbers as written (Gregorian), for Valid and Invalid
  std::size_t begin = 0;  ///< in code points
  std::size_t end = 0;    ///< one past the last code point
};

/// The date that is the whole of `text` apart from surrounding spaces, as on a report's date
/// line: 2026年11月20日, 二〇二六年十一月二十日, 中華民國115年11月20日, 2026-11-20, 2026.11.20,
/// 2026/11/20, zero-padded forms, and placeholders. nullopt when the text is anything else.
std::optional<DateText> parse_date_line(std::u32string_view text);

/// A date a person typed into a date box or a --date option.
struct DateInput {
  enum class Status {
    Valid,       ///< a real date
    Impossible,  ///< shaped like a date but not in the calendar: 2026-02-30, 2026年2月30日
    Unreadable,  ///< not a date at all
  };
  Status status = Status::Unreadable;
  Date date;  ///< for Valid
};

/// Reads a date typed in any form a report's date line may have (2026-11-28, 2026年11月28日,
/// 二〇二六年十一月二十八日, 中華民國115年11月28日, 2026.11.28, 2026/11/28), spaces around it
/// ignored.
DateInput parse_date_input(std::string_view utf8);

/// The end of a date placeholder starting at `pos` (20xx年, xx年x月x日, ****年*月*日, x月x日),
/// or `pos` itself when there is none. Needs at least one placeholder character, so a real date
/// never matches.
std::size_t match_placeholder_date(std::u32string_view text, std::size_t pos);

/// Every Arabic-numeral date 「2026年2月30日」 or 「2026年13月」 in running text, valid or not.
std::vector<DateText> find_arabic_dates(std::u32string_view text);

}  // namespace chengbao
