// Finding dates in paragraph text, in every form reports use (GB/T, 〇 numerals, ROC, 2026-11-20).
#include "date_text.hpp"

#include <algorithm>

#include "outline.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

bool is_digit_like(char32_t c) { return is_ascii_digit(to_halfwidth(c)); }

// Characters that stand for a digit in sample text: x X × * ○ □ _ (and their full-width forms).
bool is_placeholder_digit(char32_t c) {
  switch (to_halfwidth(c)) {
    case 'x':
    case 'X':
    case '*':
    case '_':
    case 0x00D7:  // ×
    case 0x25CB:  // ○
    case 0x25A1:  // □
      return true;
    default:
      return false;
  }
}

// Reads `min`..`max` ASCII or full-width digits at `pos`; -1 when there are fewer or more.
int read_digits(std::u32string_view text, std::size_t& pos, std::size_t min, std::size_t max) {
  const std::size_t begin = pos;
  int value = 0;
  while (pos < text.size() && is_digit_like(text[pos])) {
    // Past `max` digits the run is refused anyway: stop adding, so a long run cannot overflow.
    if (pos - begin < max) value = value * 10 + static_cast<int>(to_halfwidth(text[pos]) - '0');
    ++pos;
  }
  const std::size_t count = pos - begin;
  if (count < min || count > max) {
    pos = begin;
    return -1;
  }
  return value;
}

bool expect(std::u32string_view text, std::size_t& pos, char32_t c) {
  if (pos < text.size() && text[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

// A Chinese numeral up to the next `unit` (月, 日); -1 when there is none.
int read_chinese_until(std::u32string_view text, std::size_t& pos, char32_t unit) {
  const std::size_t begin = pos;
  while (pos < text.size() && pos - begin < 5 && text[pos] != unit) ++pos;
  if (pos == begin || pos >= text.size()) {
    pos = begin;
    return -1;
  }
  const std::optional<int> value =
      parse_chinese_number(encode_utf8(text.substr(begin, pos - begin)));
  if (!value) {
    pos = begin;
    return -1;
  }
  return *value;
}

DateText make_date(int year, int month, int day, std::size_t begin, std::size_t end) {
  DateText date;
  date.date = Date{year, month, day};
  date.kind = is_valid_date(date.date) ? DateText::Kind::Valid : DateText::Kind::Invalid;
  date.begin = begin;
  date.end = end;
  return date;
}

// 月 and 日 after the year, in Arabic digits (1–2 each); false when they are not there.
bool read_arabic_month_day(std::u32string_view text, std::size_t& pos, int& month, int& day) {
  month = read_digits(text, pos, 1, 2);
  if (month < 0 || !expect(text, pos, U'月')) return false;
  day = read_digits(text, pos, 1, 2);
  return day >= 0 && expect(text, pos, U'日');
}

std::optional<DateText> parse_roc(std::u32string_view text) {
  static constexpr std::u32string_view kPrefixes[] = {U"中華民國", U"中华民国", U"民國", U"民国"};
  for (std::u32string_view prefix : kPrefixes) {
    if (text.substr(0, prefix.size()) != prefix) continue;
    std::size_t pos = prefix.size();
    int year = read_digits(text, pos, 1, 3);
    if (year < 0) year = read_chinese_until(text, pos, U'年');
    if (year < 1 || !expect(text, pos, U'年')) return std::nullopt;
    int month = read_digits(text, pos, 1, 2);
    int day = -1;
    if (month >= 0) {
      if (!expect(text, pos, U'月')) return std::nullopt;
      day = read_digits(text, pos, 1, 2);
    } else {
      month = read_chinese_until(text, pos, U'月');
      if (month < 0 || !expect(text, pos, U'月')) return std::nullopt;
      day = read_chinese_until(text, pos, U'日');
    }
    if (day < 0 || !expect(text, pos, U'日') || pos != text.size()) return std::nullopt;
    return make_date(year + 1911, month, day, 0, pos);
  }
  return std::nullopt;
}

std::optional<DateText> parse_chinese_numerals(std::u32string_view text) {
  // The year is read digit by digit (二〇二六), months and days as numbers (十一, 二十).
  std::size_t pos = 0;
  int year = 0;
  while (pos < text.size() && pos < 4) {
    const char32_t c =
        text[pos] == U'○' || text[pos] == U'零' || text[pos] == 'O' ? U'〇' : text[pos];
    const std::optional<int> digit = parse_chinese_number(encode_utf8(std::u32string(1, c)));
    if (!digit || *digit > 9) return std::nullopt;
    year = year * 10 + *digit;
    ++pos;
  }
  if (pos != 4 || !expect(text, pos, U'年')) return std::nullopt;
  const int month = read_chinese_until(text, pos, U'月');
  if (month < 0 || !expect(text, pos, U'月')) return std::nullopt;
  const int day = read_chinese_until(text, pos, U'日');
  if (day < 0 || !expect(text, pos, U'日') || pos != text.size()) return std::nullopt;
  return make_date(year, month, day, 0, pos);
}

std::optional<DateText> parse_arabic(std::u32string_view text) {
  std::size_t pos = 0;
  const int year = read_digits(text, pos, 4, 4);
  if (year < 0 || pos >= text.size()) return std::nullopt;
  const char32_t separator = to_halfwidth(text[pos]);
  int month = 0;
  int day = 0;
  if (separator == U'年') {
    ++pos;
    if (!read_arabic_month_day(text, pos, month, day)) return std::nullopt;
  } else if (separator == '-' || separator == '.' || separator == '/') {
    ++pos;
    month = read_digits(text, pos, 1, 2);
    if (month < 0 || pos >= text.size() || to_halfwidth(text[pos]) != separator) {
      return std::nullopt;
    }
    ++pos;
    day = read_digits(text, pos, 1, 2);
    if (day < 0) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  return make_date(year, month, day, 0, pos);
}

}  // namespace

std::size_t match_placeholder_date(std::u32string_view text, std::size_t pos) {
  struct Part {
    char32_t unit;
    std::size_t max;
  };
  static constexpr Part kParts[] = {{U'年', 4}, {U'月', 2}, {U'日', 2}};
  // The first part matched starts at `pos` and ends with its unit at most four characters on:
  // without one there, nothing matches. This runs for every digit in a document, most followed
  // by anything but a date.
  const std::size_t reach = std::min(text.size(), pos + 5);
  bool unit_ahead = false;
  for (std::size_t i = pos + 1; i < reach && !unit_ahead; ++i) {
    unit_ahead = text[i] == U'年' || text[i] == U'月' || text[i] == U'日';
  }
  if (!unit_ahead) return pos;
  std::size_t end = pos;
  bool placeholder = false;
  bool matched = false;
  for (const Part& part : kParts) {
    std::size_t i = end;
    bool part_placeholder = false;
    while (i < text.size() && i - end < part.max &&
           (is_placeholder_digit(text[i]) || is_digit_like(text[i]))) {
      part_placeholder = part_placeholder || is_placeholder_digit(text[i]);
      ++i;
    }
    if (i > end && i < text.size() && text[i] == part.unit) {
      end = i + 1;
      placeholder = placeholder || part_placeholder;
      matched = true;
    } else if (matched) {
      break;  // 年 matched, 月 did not: the placeholder is just the year
    }
  }
  return matched && placeholder ? end : pos;
}

// A date line written loosely, so that it is reported as badly formed rather than missing:
// spaces inside (「2024 年 1 月 5 日」) or a two-digit year (「24年1月5日」, this century).
static std::optional<DateText> parse_loose_arabic(std::u32string_view text) {
  std::u32string compact;
  for (char32_t c : text) {
    if (!is_space(c)) compact.push_back(c);
  }
  std::size_t pos = 0;
  int year = read_digits(compact, pos, 2, 4);
  const std::size_t digits = pos;
  if (year < 0 || digits == 3 || !expect(compact, pos, U'年')) return std::nullopt;
  if (digits == 2) year += 2000;
  int month = 0;
  int day = 0;
  if (!read_arabic_month_day(compact, pos, month, day) || pos != compact.size()) {
    return std::nullopt;
  }
  return make_date(year, month, day, 0, text.size());
}

std::optional<DateText> parse_date_line(std::u32string_view text) {
  const std::u32string_view date = trim(text);
  if (date.empty()) return std::nullopt;
  const std::size_t offset = static_cast<std::size_t>(date.data() - text.data());
  std::optional<DateText> result;
  if (match_placeholder_date(date, 0) == date.size()) {
    result = DateText{DateText::Kind::Placeholder, {}, 0, date.size()};
  } else if (is_digit_like(date[0])) {
    result = parse_arabic(date);
    if (!result) result = parse_loose_arabic(date);
  } else if (!(result = parse_roc(date))) {
    result = parse_chinese_numerals(date);
  }
  if (result) {
    result->begin += offset;
    result->end += offset;
  }
  return result;
}

std::vector<DateText> find_arabic_dates(std::u32string_view text) {
  std::vector<DateText> dates;
  for (std::size_t i = 4; i < text.size(); ++i) {
    if (text[i] != U'年') continue;
    const std::size_t begin = i - 4;
    if (begin > 0 && is_digit_like(text[begin - 1])) continue;
    std::size_t pos = begin;
    const int year = read_digits(text, pos, 4, 4);
    if (year < 0 || pos != i) continue;
    ++pos;
    const int month = read_digits(text, pos, 1, 2);
    if (month < 0 || !expect(text, pos, U'月')) continue;
    // 「2026年13月」 is impossible even without a day; a day makes the whole date checkable.
    const std::size_t month_end = pos;
    const int day = read_digits(text, pos, 1, 2);
    if (day >= 0 && expect(text, pos, U'日')) {
      dates.push_back(make_date(year, month, day, begin, pos));
    } else {
      dates.push_back(make_date(year, month, 1, begin, month_end));
    }
    i = dates.back().end - 1;
  }
  return dates;
}

DateInput parse_date_input(std::string_view utf8) {
  DateInput input;
  const std::optional<DateText> found = parse_date_line(decode_utf8(utf8));
  if (!found || found->kind == DateText::Kind::Placeholder) return input;
  input.status = found->kind == DateText::Kind::Valid ? DateInput::Status::Valid
                                                      : DateInput::Status::Impossible;
  input.date = found->date;
  return input;
}

}  // namespace chengbao
