// placeholder.leftover: sample text of a template or a model report that was never replaced.
#include <cstddef>
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

// The end of a bracketed instruction: [此处输入……], ［请填写……］.
std::size_t match_bracket_instruction(std::u32string_view text, std::size_t pos) {
  const char32_t open = text[pos];
  const char32_t close = open == '[' ? ']' : U'］';
  const std::size_t end = text.find(close, pos + 1);
  if (end == std::u32string_view::npos || end - pos > kMaxPlaceholderLength) return pos;
  const std::u32string_view inside = trim(text.substr(pos + 1, end - pos - 1));
  static constexpr std::u32string_view kCues[] = {U"此处", U"此處", U"请",   U"請",   U"输入",
                                                  U"輸入", U"填写", U"填寫", U"在此", U"插入"};
  for (std::u32string_view cue : kCues) {
    if (inside.substr(0, cue.size()) == cue) return end + 1;
  }
  return pos;
}

// Whether a placeholder can start with `c`: most characters of a paragraph are rejected here
// without further work.
bool may_start_placeholder(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || c == 'x' || c == 'X' || c == '*' || c == '_' || c == '[' ||
           c == '{';
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
    return end != std::u32string_view::npos && end - pos <= kMaxPlaceholderLength ? end + 1 : pos;
  }
  if (c == '[' || c == U'［') return match_bracket_instruction(text, pos);
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
  if (names_allowed && c == U'某' && pos + 1 < text.size() && text[pos + 1] == U'某') {
    return run_end(text, pos, [](char32_t d) { return d == U'某'; });
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
