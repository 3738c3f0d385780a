// placeholder.leftover: sample text of a template or a model report that was never replaced.
#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "date_text.hpp"
#include "rule_context.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

// How far a closing bracket may be from its opening one; a placeholder is short.
constexpr std::size_t kMaxPlaceholderLength = 80;

bool is_x(char32_t c) {
  const char32_t half = to_halfwidth(c);
  return half == 'x' || half == 'X' || c == 0x00D7;  // × as in ××单位
}

bool is_asterisk(char32_t c) { return to_halfwidth(c) == '*'; }

bool is_chinese_digit(char32_t c) {
  // A switch, not a search of a string: this runs for the character before every digit.
  switch (c) {
    case U'〇':
    case U'零':
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
      return true;
    default:
      return false;
  }
}

bool is_date_placeholder_char(char32_t c) {
  // is_x, is_asterisk and a digit, with the half-width form taken once: this runs twice for every
  // digit of a document. ASCII and the ideographs (none of them qualifies) are answered first.
  if (c < 0x80) return (c >= '0' && c <= '9') || c == 'x' || c == 'X' || c == '*' || c == '_';
  if (c >= 0x4E00 && c < 0xFF00) return false;
  const char32_t half = to_halfwidth(c);
  return half == 'x' || half == 'X' || c == 0x00D7 || half == '*' || c == '_' || c == 0x25CB ||
         c == 0x25A1 || is_ascii_digit(half);
}

std::size_t run_end(std::u32string_view text, std::size_t pos, bool (*in_run)(char32_t)) {
  while (pos < text.size() && in_run(text[pos])) ++pos;
  return pos;
}

// The end of a bracketed instruction or fill-in: [此处输入……], ［请填写……］, [姓名], [单位名称].
std::size_t match_bracket_instruction(std::u32string_view text, std::size_t pos) {
  const char32_t open = text[pos];
  const char32_t close = open == '[' ? ']' : U'］';
  const std::size_t end = text.find(close, pos + 1);
  if (end == std::u32string_view::npos || end - pos > kMaxPlaceholderLength) return pos;
  const std::u32string_view inside = trim(text.substr(pos + 1, end - pos - 1));
  if (starts_with_any(inside, {U"此处", U"此處", U"请", U"請", U"输入", U"輸入", U"填写", U"填寫",
                               U"在此", U"插入"})) {
    return end + 1;
  }
  // Square brackets around a few Chinese characters name what goes there; Chinese prose does not
  // use them otherwise (a citation is a number: [1]).
  const bool fill_in =
      inside.size() >= 2 && inside.size() <= 12 &&
      std::all_of(inside.begin(), inside.end(), [](char32_t c) { return is_han(c); });
  return fill_in ? end + 1 : pos;
}

// The end of an instruction in round brackets: （此处插入图片）, （插入2-3张照片）.
// 「（请于……前报送）」 is a real request of a 通知, so 请 is no cue here.
std::size_t match_parenthesised_instruction(std::u32string_view text, std::size_t pos) {
  const char32_t close = text[pos] == '(' ? ')' : U'）';
  const std::size_t end = text.find(close, pos + 1);
  if (end == std::u32string_view::npos || end - pos > kMaxPlaceholderLength) return pos;
  const std::u32string_view inside = trim(text.substr(pos + 1, end - pos - 1));
  return starts_with_any(inside,
                         {U"此处", U"此處", U"在此", U"插入", U"填写", U"填寫", U"输入", U"輸入"})
             ? end + 1
             : pos;
}

// 【……】 is the template's wording, except as the label of a part of the document:
// 「【第一部分：笔试环节】」.
bool is_bracketed_part_label(std::u32string_view inside) {
  if (inside.empty() || inside.front() != U'第') return false;
  std::size_t i = 1;
  while (i < inside.size() &&
         (is_chinese_digit(inside[i]) || is_ascii_digit(to_halfwidth(inside[i]))))
    ++i;
  if (i == 1 || i >= inside.size()) return false;
  return starts_with_any(inside.substr(i), {U"部分", U"章", U"节", U"節", U"篇", U"单元", U"單元",
                                            U"阶段", U"階段", U"环节", U"環節", U"项", U"項"});
}

// 某某 is a blank before the kind of body it stands for: 某某市, 某某局, 某某公司.
bool is_organisation_suffix(std::u32string_view rest) {
  return starts_with_any(
      rest, {U"市", U"县",   U"縣",   U"区",   U"區",   U"省",   U"局",   U"厅",   U"廳",
             U"委", U"公司", U"银行", U"銀行", U"单位", U"單位", U"镇",   U"鎮",   U"乡",
             U"鄉", U"村",   U"街道", U"学校", U"學校", U"医院", U"醫院", U"集团", U"集團",
             U"部", U"处",   U"處",   U"科",   U"中心", U"办",   U"辦"});
}

// Whether a placeholder can start with `c`: most characters of a paragraph are rejected here
// without further work.
bool may_start_placeholder(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || c == 'x' || c == 'X' || c == '*' || c == '_' || c == '[' ||
           c == '{' || c == '(';
  }
  // U+4E00 to U+FEFF (the ideographs and most Chinese text) hold a single starter, 某.
  if (c >= 0x4E00 && c < 0xFF00) return c == U'某';
  switch (c) {
    case U'【':
    case U'［':
    case U'某':
    case 0x00D7:  // ×
    case 0x25CB:  // ○
    case 0x25A1:  // □
    case U'ｘ':
    case U'Ｘ':
    case U'＊':
    case U'＿':
    case U'（':
      return true;
    default:
      return c >= U'０' && c <= U'９';
  }
}

// The placeholder starting at `pos`, as [pos, end); end == pos when there is none.
std::size_t match_placeholder(std::u32string_view text, std::size_t pos, bool names_allowed) {
  const char32_t c = text[pos];
  if (!may_start_placeholder(c)) return pos;
  const char32_t previous = pos > 0 ? text[pos - 1] : 0;
  if (c == U'【') {
    const std::size_t end = text.find(U'】', pos + 1);
    if (end == std::u32string_view::npos || end - pos > kMaxPlaceholderLength) return pos;
    const std::u32string_view inside = trim(text.substr(pos + 1, end - pos - 1));
    // 「【2026】」: a year in the wrong brackets (a 发文字号's, docnumber.format's business).
    const bool year = inside.size() == 4 &&
                      std::all_of(inside.begin(), inside.end(),
                                  [](char32_t d) { return is_ascii_digit(to_halfwidth(d)); });
    return year || is_bracketed_part_label(inside) ? pos : end + 1;
  }
  if (c == '[' || c == U'［') return match_bracket_instruction(text, pos);
  if (c == '(' || c == U'（') return match_parenthesised_instruction(text, pos);
  if (c == '{' && pos + 1 < text.size() && text[pos + 1] == '{') {
    const std::size_t end = text.find(U"}}", pos + 2);
    return end != std::u32string_view::npos && end - pos <= kMaxPlaceholderLength ? end + 2 : pos;
  }
  // After a Chinese digit, ○ is the zero of a written-out year (二○二六年), not a blank.
  if (is_date_placeholder_char(c) && !is_date_placeholder_char(previous) &&
      !is_chinese_digit(previous)) {
    const std::size_t end = match_placeholder_date(text, pos);
    if (end > pos) return end;
  }
  // A line to write on: ＿＿＿ (a date's blanks, ____年__月__日, were taken above).
  if ((c == '_' || c == U'＿') && previous != '_' && previous != U'＿') {
    const std::size_t end = run_end(text, pos, [](char32_t d) { return d == '_' || d == U'＿'; });
    if (end - pos >= 3) return end;
  }
  if (is_asterisk(c)) {
    const std::size_t end = run_end(text, pos, is_asterisk);
    return end - pos >= 2 ? end : pos;  // one * marks a footnote
  }
  if (is_x(c) && !is_x(previous)) {
    const std::size_t end = run_end(text, pos, is_x);
    const char32_t next = end < text.size() ? text[end] : 0;
    // XX stands for a name only beside Chinese or digits, never inside a word such as XXL.
    if (end - pos < 2 || is_latin_letter(previous) || is_latin_letter(next)) return pos;
    const bool beside = is_cjk(previous) || is_cjk(next) ||
                        is_ascii_digit(to_halfwidth(previous)) ||
                        is_ascii_digit(to_halfwidth(next));
    return beside ? end : pos;
  }
  if ((c == 0x25CB || c == 0x25A1) && previous != c) {
    const std::size_t end =
        run_end(text, pos, [](char32_t d) { return d == 0x25CB || d == 0x25A1; });
    // 二○二六年 writes the zero with ○: not a placeholder.
    const char32_t next = end < text.size() ? text[end] : 0;
    if (end - pos < 2 || is_chinese_digit(previous) || is_chinese_digit(next)) return pos;
    return end;
  }
  if (c == U'某' && previous != U'某' && pos + 1 < text.size() && text[pos + 1] == U'某') {
    const std::size_t end = run_end(text, pos, [](char32_t d) { return d == U'某'; });
    if (names_allowed || is_organisation_suffix(text.substr(end))) return end;
  }
  return pos;
}

}  // namespace

void check_placeholders(RuleContext& context) {
  const ReportLayout& layout = context.layout;
  for (int i = 0; i < static_cast<int>(context.texts.size()); ++i) {
    const std::u32string_view text = context.texts[i];
    // 某某 is ordinary prose (某某同志反映); only on the addressee or issuer line is it a blank.
    const bool names_allowed = i == layout.addressee || i == layout.signature;
    for (std::size_t pos = 0; pos < text.size();) {
      const std::size_t end = match_placeholder(text, pos, names_allowed);
      if (end == pos) {
        ++pos;
        continue;
      }
      // 20xx: the digits of a year belong to the placeholder.
      std::size_t begin = pos;
      if (is_x(text[pos])) {
        while (begin > 0 && end - begin < 4 && is_ascii_digit(to_halfwidth(text[begin - 1]))) {
          --begin;
        }
        if (begin > 0 && is_ascii_digit(to_halfwidth(text[begin - 1]))) begin = pos;
      }
      const int offset = static_cast<int>(begin);
      const int length = static_cast<int>(end - begin);
      context.report("placeholder.leftover", Severity::Error, i, offset, length,
                     context.say(Message::PlaceholderLeftover, {context.slice(i, offset, length)}));
      pos = end;
    }
  }
}

}  // namespace chengbao
