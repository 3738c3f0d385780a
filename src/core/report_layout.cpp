// Locating the parts of a 公文: 版头, title, addressee, body, 附件说明, closing, signature, date,
// 附注, 附件 pages and 版记.
#include <algorithm>
#include <cstddef>
#include <utility>

#include "report_layout.hpp"

#include "date_text.hpp"
#include "fold.hpp"
#include "rule_context.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

// Longest addressee line we accept: several bodies may share it, but it is never a paragraph.
constexpr std::size_t kMaxAddresseeLength = 60;
// Longest issuer signature: a full organisation name, sometimes with its department.
constexpr std::size_t kMaxSignatureLength = 50;

bool is_sentence_end(char32_t c) {
  switch (to_halfwidth(c)) {
    case U'。':
    case '!':
    case '?':
    case ';':
    case ',':
    case ':':
      return true;
    default:
      return false;
  }
}

bool is_title_style(const std::string& style) {
  return style == "Title" || style == "标题" || style == "標題";
}

// 「关于……的报告」, or a short line without sentence punctuation that names its genre at the end
// (……工作总结, ……的通知, ……公司文件管理办法, …… Report).
bool reads_as_title(std::u32string_view text) {
  const std::u32string folded = fold_for_match(text);
  if (starts_with(folded, U"关于") && folded.find(U'的') != std::u32string::npos) return true;
  if (folded.size() < 4 || folded.size() > 60 || !genre_from_title(folded)) return false;
  return std::none_of(folded.begin(), folded.end(), is_sentence_end);
}

bool is_addressee_like(const RuleContext& context, int index) {
  const std::u32string_view text = trim(context.texts[index]);
  if (text.empty() || text.size() > kMaxAddresseeLength || context.entry_at[index] >= 0) {
    return false;
  }
  if (to_halfwidth(text.back()) != ':') return false;
  // 「现将有关情况报告如下：」 ends the opening, not an addressee line.
  const std::u32string folded = fold_for_match(text);
  return !ends_with(folded, U"如下");
}

bool is_title_like(const RuleContext& context, int index) {
  const Paragraph& paragraph = context.document.paragraphs[index];
  const std::u32string_view text = trim(context.texts[index]);
  if (is_addressee_like(context, index)) return false;
  if (reads_as_title(text)) return true;
  if (context.entry_at[index] >= 0) return false;  // a heading, not a title
  const bool looks_short = text.size() <= 80 && to_halfwidth(text.back()) != U'。';
  return looks_short && (is_title_style(paragraph.style) || paragraph.centered);
}

// A short line without sentence punctuation right above the addressee is the title, however it
// is worded or aligned (「2026年上半年安全生产工作情况」).
bool is_title_above_addressee(const RuleContext& context, int index) {
  const std::u32string_view text = trim(context.texts[index]);
  if (text.size() > 60 || context.entry_at[index] >= 0) return false;
  for (char32_t c : text) {
    if (is_sentence_end(c)) return false;
  }
  int next = index + 1;
  while (next < static_cast<int>(context.texts.size()) && context.is_empty(next)) ++next;
  return next < static_cast<int>(context.texts.size()) && is_addressee_like(context, next);
}

// 附注 (GB/T 9704 7.3.6): a note in brackets after the date, 「（联系人：……；电话：……）」.
bool is_note(std::u32string_view text) {
  const std::u32string folded = fold_for_match(text);
  return folded.size() >= 2 && folded.front() == '(' && folded.back() == ')';
}

// A line of the 版记 (GB/T 9704 7.4): 抄送 (抄报 in older documents), 「……办公室 2026年11月20日印
// 发」, and the rules drawn between them as text.
enum class ColophonLine { CopyTo, Printed, Rule, Other };

ColophonLine classify_colophon_line(std::u32string_view text) {
  const std::u32string folded = fold_for_match(text);
  if (folded.empty()) return ColophonLine::Other;
  if (starts_with_any(folded, {U"抄送", U"抄报", U"抄報", U"分送"})) return ColophonLine::CopyTo;
  if (ends_with(folded, U"印发") || ends_with(folded, U"印發")) return ColophonLine::Printed;
  if (std::all_of(folded.begin(), folded.end(), [](char32_t c) {
        return c == U'—' || c == U'-' || c == U'_' || c == U'─' || c == U'━' || c == U'=';
      })) {
    return ColophonLine::Rule;
  }
  return ColophonLine::Other;
}

// The first line of the 附件 pages (GB/T 9704 7.3.4): 「附件」 or 「附件1」 alone on its line. An
// 附件说明 (「附件：1. ……」) has a colon and the names after it.
bool is_attachment_label(std::u32string_view text) {
  const std::u32string_view trimmed = trim(text);
  // Most paragraphs are rejected here, before any folding.
  if (trimmed.size() < 2 || trimmed.size() > 8 || trimmed.front() != U'附' ||
      to_halfwidth(trimmed.back()) == ':') {
    return false;
  }
  const std::u32string folded = fold_for_match(trimmed);
  if (!starts_with(folded, U"附件")) return false;
  const std::u32string_view rest = std::u32string_view(folded).substr(2);
  return rest.size() <= 2 && std::all_of(rest.begin(), rest.end(), is_ascii_digit);
}

// The first line of an 附件说明: 「附件：」, with the first name after it or on the next line.
bool opens_attachment_note(std::u32string_view text) {
  text = trim(text);
  std::size_t pos = 0;
  if (starts_with(text, U"附件")) {
    pos = 2;
  } else if (starts_with(text, U"附 件") || starts_with(text, U"附　件")) {
    pos = 3;
  } else {
    return false;
  }
  return pos < text.size() && to_halfwidth(text[pos]) == ':';
}

// An item after the first of an 附件说明, aligned under it: 「2. 关于……的方案」.
bool is_attachment_item(std::u32string_view text) {
  text = trim(text);
  std::size_t digits = 0;
  while (digits < text.size() && is_ascii_digit(to_halfwidth(text[digits]))) ++digits;
  if (digits == 0 || digits > 2 || digits >= text.size()) return false;
  const char32_t mark = to_halfwidth(text[digits]);
  return mark == '.' || mark == U'、' || mark == U'．';
}

bool is_signature_like(const RuleContext& context, int index) {
  const std::u32string_view text = trim(context.texts[index]);
  if (text.empty() || text.size() > kMaxSignatureLength) return false;
  if (context.entry_at[index] >= 0 || context.is_closing(text)) return false;
  if (parse_date_line(text)) return false;
  for (char32_t c : text) {
    if (is_sentence_end(c)) return false;
  }
  return true;
}

// ---- the 版头 (masthead) -----------------------------------------------------------------

bool is_open_bracket(char32_t c) {
  return c == U'〔' || c == U'[' || c == U'【' || c == U'(' || c == U'［' || c == U'（' ||
         c == U'﹝';
}

bool is_close_bracket(char32_t c) {
  return c == U'〕' || c == U']' || c == U'】' || c == U')' || c == U'］' || c == U'）' ||
         c == U'﹞';
}

bool has_document_number(std::u32string_view text) {
  return find_document_number(text).has_value();
}

enum class MastheadLine { Strong, Known, Weak, Other };

// The number under the 标志 of a 命令 or a 纪要 (GB/T 9704 10.2, 10.3), or of an issue:
// 「第1号」, 「〔2026〕第5次」, 「第12期」.
bool is_serial_number_line(std::u32string_view text) {
  const std::u32string folded = fold_for_match(text);
  std::size_t pos = 0;
  if (pos < folded.size() && is_open_bracket(folded[pos])) {
    std::size_t j = pos + 1;
    while (j < folded.size() && (is_ascii_digit(folded[j]) || folded[j] == 'x')) ++j;
    if (j - pos - 1 != 4 || j >= folded.size() || !is_close_bracket(folded[j])) return false;
    pos = j + 1;
  }
  if (pos < folded.size() && folded[pos] == U'第') ++pos;
  const std::size_t digits = pos;
  while (pos < folded.size() && (is_ascii_digit(folded[pos]) || folded[pos] == 'x')) ++pos;
  if (pos == digits || pos + 1 != folded.size()) return false;
  const char32_t unit = folded[pos];
  return unit == U'号' || unit == U'號' || unit == U'期' || unit == U'次';
}

MastheadLine classify_masthead_line(const RuleContext& context, int index) {
  const std::u32string_view text = trim(context.texts[index]);
  const std::u32string folded = fold_for_match(text);
  if (folded.empty()) return MastheadLine::Known;
  if (context.entry_at[index] >= 0) return MastheadLine::Other;
  bool punctuated = false;  // sentence punctuation: a line of text, not a 版头 element
  bool sentence = false;    // the same but for the colon of 「签发人：」
  for (char32_t c : text) {
    punctuated = punctuated || is_sentence_end(c);
    sentence = sentence || (is_sentence_end(c) && to_halfwidth(c) != ':');
  }
  if (!sentence && folded.size() <= 50 &&
      (has_document_number(text) || starts_with(folded, U"签发人") ||
       starts_with(folded, U"簽發人") || is_serial_number_line(text))) {
    return MastheadLine::Strong;
  }
  // 发文机关标志: 「某某市应急管理局文件」, or several issuers' names over one 「文件」.
  if (!punctuated && folded.size() <= 40 && ends_with(folded, U"文件")) return MastheadLine::Strong;
  // 份号 (six digits), 密级 and 保密期限, 紧急程度, the red rule drawn as a line of dashes.
  if (std::all_of(folded.begin(), folded.end(), [](char32_t c) { return is_ascii_digit(c); }) &&
      folded.size() <= 8) {
    return MastheadLine::Known;
  }
  static constexpr std::u32string_view kMarks[] = {U"绝密", U"机密", U"秘密", U"特急", U"加急",
                                                   U"特提", U"平急", U"絕密", U"機密"};
  for (std::u32string_view mark : kMarks) {
    if (starts_with(folded, mark) && folded.size() <= 16) return MastheadLine::Known;
  }
  if (std::all_of(folded.begin(), folded.end(), [](char32_t c) {
        return c == U'—' || c == U'-' || c == U'_' || c == U'─' || c == U'━' || c == U'=';
      })) {
    return MastheadLine::Known;
  }
  // An issuer's name standing alone (a 函's masthead has no 「文件」); kept only when a 发文字号
  // or 签发人 follows.
  if (!punctuated && folded.size() <= 40 && !reads_as_title(text)) return MastheadLine::Weak;
  return MastheadLine::Other;
}

int next_non_empty(const RuleContext& context, int from) {
  const int count = static_cast<int>(context.texts.size());
  while (from < count && context.is_empty(from)) ++from;
  return from < count ? from : -1;
}

int previous_non_empty(const RuleContext& context, int from, int stop) {
  while (from >= stop && from >= 0 && context.is_empty(from)) --from;
  return from >= stop ? from : -1;
}

// A person's name alone on a line: two to four Han characters.
bool is_person_name(std::u32string_view text) {
  text = trim(text);
  return text.size() >= 2 && text.size() <= 4 && std::all_of(text.begin(), text.end(), is_han);
}

// A line that is nothing but a fill-in: 「[此处输入文件标题]」, 「XXXX」, 「【标题】」.
bool is_fill_in(std::u32string_view text) {
  const std::u32string_view trimmed = trim(text);
  if (trimmed.empty()) return false;
  const char32_t open = trimmed.front();
  if ((open == '[' || open == U'【' || open == U'［') &&
      (trimmed.back() == ']' || trimmed.back() == U'】' || trimmed.back() == U'］')) {
    return true;
  }
  return trimmed.find(U"XX") != std::u32string_view::npos ||
         trimmed.find(U"××") != std::u32string_view::npos;
}

// The signature and the date in one paragraph, the date after a line break.
bool is_signature_and_date(const RuleContext& context, int index) {
  const std::u32string_view text = context.texts[index];
  const std::size_t line_break = text.rfind(U'\n');
  if (line_break == std::u32string_view::npos || !parse_date_line(text.substr(line_break + 1))) {
    return false;
  }
  const std::u32string_view before = trim(text.substr(0, line_break));
  return !before.empty() && before.size() <= 50 &&
         before.find(U'\n') == std::u32string_view::npos &&
         std::none_of(before.begin(), before.end(), is_sentence_end);
}

// A date still to be filled in: 「[日期]」, 「【成文日期】」.
bool is_date_fill_in(std::u32string_view text) {
  const std::u32string_view trimmed = trim(text);
  return trimmed.size() <= 10 && is_fill_in(trimmed) &&
         (trimmed.find(U"日期") != std::u32string_view::npos ||
          trimmed.find(U"时间") != std::u32string_view::npos);
}

// Where the seal goes, written out in a sample: 「〔此处加盖红色印章〕」, 「（印章）」.
bool is_seal_mark(std::u32string_view text) {
  const std::u32string folded = fold_for_match(text);
  return folded.size() >= 3 && is_open_bracket(folded.front()) && is_close_bracket(folded.back()) &&
         (folded.find(U"印章") != std::u32string::npos ||
          folded.find(U"盖章") != std::u32string::npos);
}

// The title without a note in brackets after it (「……的通知（征求意见稿）」): the genre is the
// word before the note.
std::u32string title_without_note(std::u32string title) {
  while (!title.empty() && is_space(title.back())) title.pop_back();
  if (!title.empty() && (title.back() == U'）' || title.back() == ')')) {
    const std::size_t open = title.find_last_of(U"（(");
    if (open != std::u32string::npos && open > 0) title.erase(open);
  }
  while (!title.empty() && is_space(title.back())) title.pop_back();
  return title;
}

// The template's genre, else the one the title names, else a 报告 (what chengbao is for).
void locate_genre_of(const RuleContext& context, ReportLayout& layout) {
  if (context.options.report_template != nullptr) {
    layout.genre = context.options.report_template->genre;
    layout.genre_named = true;
    return;
  }
  // The 标志 of a 纪要 or a 命令 names the genre: 「会议纪要」, 「云岭市人民政府命令」.
  for (int i = layout.masthead_begin; i >= 0 && i <= layout.masthead_end; ++i) {
    const std::u32string folded = fold_for_match(context.texts[i]);
    if (folded.size() > 30 || ends_with(folded, U"文件")) continue;
    const std::optional<Genre> named = genre_from_title(folded);
    if (named && (*named == Genre::Minutes || *named == Genre::Order)) {
      layout.genre = *named;
      layout.genre_named = true;
      return;
    }
  }
  // Without a title, or with one still to be filled in, the genre is not known.
  if (layout.title < 0) {
    layout.genre_known = false;
    return;
  }
  std::u32string title;
  for (int i = layout.title; i <= layout.title_end; ++i) title += context.texts[i];
  if (is_fill_in(title)) {
    layout.genre_known = false;
    return;
  }
  if (const std::optional<Genre> named = genre_from_title(title_without_note(title))) {
    layout.genre = *named;
    layout.genre_named = true;
  }
}

void locate_genre(const RuleContext& context, ReportLayout& layout) {
  locate_genre_of(context, layout);
  // A template names its signature and date; a title alone decides by its genre.
  layout.signature_required = context.options.report_template != nullptr
                                  ? needs_signature(layout.genre)
                                  : needs_signature_by_title(layout.genre);
}

}  // namespace

ReportLayout locate_report_parts(const RuleContext& context) {
  ReportLayout layout;
  const int count = static_cast<int>(context.texts.size());
  int first = next_non_empty(context, 0);
  if (first < 0) return layout;

  // A 版头 first: its last 发文字号, 签发人 or 「…文件」 line ends it; the report starts after.
  {
    int strong = -1;
    int seen = 0;
    int document_number = -1;
    int signer = -1;
    for (int i = first; i < count && seen < 10; ++i) {
      MastheadLine kind = classify_masthead_line(context, i);
      // 「中共云岭市委纪要」, 「云岭市人民政府命令」: the 标志 of a 纪要 or a 命令 reads like a
      // title, but its number follows it.
      if (kind == MastheadLine::Other && context.entry_at[i] < 0 &&
          trim(context.texts[i]).size() <= 30 &&
          std::none_of(context.texts[i].begin(), context.texts[i].end(), is_sentence_end)) {
        int next = i;
        for (int look = 0; look < 2 && next >= 0; ++look) {
          next = next_non_empty(context, next + 1);
          if (next >= 0 && is_serial_number_line(context.texts[next])) {
            kind = MastheadLine::Weak;
            break;
          }
        }
      }
      if (kind == MastheadLine::Other) break;
      if (kind == MastheadLine::Strong) {
        strong = i;
        const std::u32string_view text = context.texts[i];
        if (document_number < 0 && has_document_number(text)) document_number = i;
        if (signer < 0 && (text.find(U"签发人") != std::u32string_view::npos ||
                           text.find(U"簽發人") != std::u32string_view::npos)) {
          signer = i;
        }
      }
      if (!context.is_empty(i)) ++seen;
    }
    const int after = strong >= 0 ? next_non_empty(context, strong + 1) : -1;
    if (after >= 0) {
      layout.masthead_begin = first;
      layout.masthead_end = strong;
      layout.document_number = document_number;
      layout.signer = signer;
      first = after;
      // The red rule under the 版头, when it is drawn as text; the signer's name alone when the
      // label 「签发人：」 stands in another table cell.
      while (first >= 0 && !context.is_empty(first) &&
             (classify_masthead_line(context, first) == MastheadLine::Known ||
              (document_number >= 0 && is_person_name(context.texts[first]) &&
               !reads_as_title(context.texts[first])))) {
        layout.masthead_end = first;
        first = next_non_empty(context, first + 1);
      }
      if (first < 0) return layout;
    }
  }

  if (is_title_like(context, first) || is_title_above_addressee(context, first)) {
    layout.title = layout.title_end = first;
    // A long title is centred over two or three lines.
    const Paragraph& head = context.document.paragraphs[first];
    if (head.centered || is_title_style(head.style)) {
      for (int next = first + 1; next < count && next <= first + 2; ++next) {
        const Paragraph& line = context.document.paragraphs[next];
        if (context.is_empty(next) || !(line.centered || is_title_style(line.style)) ||
            is_addressee_like(context, next) || context.entry_at[next] >= 0) {
          break;
        }
        layout.title_end = next;
      }
    }
  }
  if (layout.title < 0) {
    // A title broken over two lines that are not centred: 「国务院关于调整完善工业产品」 /
    // 「生产许可证管理目录的决定」.
    const int next = next_non_empty(context, first + 1);
    if (next == first + 1 && context.entry_at[first] < 0 && context.entry_at[next] < 0 &&
        !is_addressee_like(context, next) &&
        reads_as_title(std::u32string(trim(context.texts[first])) +
                       std::u32string(trim(context.texts[next]))) &&
        std::none_of(context.texts[first].begin(), context.texts[first].end(), is_sentence_end)) {
      layout.title = first;
      layout.title_end = next;
    }
  }
  if (layout.title >= 0) {
    int next = next_non_empty(context, layout.title_end + 1);
    // A subtitle 「——……」 belongs to the title.
    if (next >= 0 && starts_with(trim(context.texts[next]), U"——") &&
        trim(context.texts[next]).size() <= 60) {
      layout.title_end = next;
      next = next_non_empty(context, next + 1);
    }
    // The 发文字号 under the title, as published 决定 and 命令 show it.
    if (next >= 0 && has_document_number(context.texts[next]) &&
        trim(context.texts[next]).size() <= 20) {
      if (layout.document_number < 0) layout.document_number = next;
      next = next_non_empty(context, next + 1);
    }
    if (next >= 0 && is_addressee_like(context, next)) layout.addressee = next;
  } else if (is_addressee_like(context, first)) {
    layout.addressee = first;
  } else {
    // The first line is not a title but stands where one would (a heading, a sentence): the
    // addressee may still follow it.
    const int next = next_non_empty(context, first + 1);
    if (next >= 0 && is_addressee_like(context, next)) layout.addressee = next;
  }
  layout.body_begin = layout.addressee >= 0 ? layout.addressee + 1
                      : layout.title >= 0   ? std::max(layout.title_end, layout.document_number) + 1
                                            : first;
  locate_genre(context, layout);

  // The 版记 ends the document: 抄送 and 印发 lines, perhaps between rules drawn as text.
  int end = count;  // one past the 主体 and the 附件 pages
  {
    int at = previous_non_empty(context, count - 1, layout.body_begin);
    bool found = false;
    while (at >= 0) {
      const ColophonLine kind = classify_colophon_line(context.texts[at]);
      if (kind == ColophonLine::Other) break;
      found = found || kind != ColophonLine::Rule;
      if (layout.colophon_end < 0) layout.colophon_end = at;
      layout.colophon_begin = at;
      end = at;
      at = previous_non_empty(context, at - 1, layout.body_begin);
    }
    if (!found) {
      layout.colophon_begin = layout.colophon_end = -1;
      end = count;
      // A printing line whose 「印发」 is lost (in a text box): what follows a 抄送 line.
      const int last_line = previous_non_empty(context, count - 1, layout.body_begin);
      const int before =
          last_line >= 0 ? previous_non_empty(context, last_line - 1, layout.body_begin) : -1;
      if (before >= 0 && classify_colophon_line(context.texts[before]) == ColophonLine::CopyTo &&
          trim(context.texts[last_line]).size() <= 60 &&
          std::none_of(context.texts[last_line].begin(), context.texts[last_line].end(),
                       is_sentence_end)) {
        layout.colophon_begin = before;
        layout.colophon_end = last_line;
        end = before;
      }
    }
  }
  // The 附件 pages come between the 主体 and the 版记.
  for (int i = layout.body_begin; i < end; ++i) {
    if (!context.is_empty(i) && is_attachment_label(context.texts[i])) {
      layout.attachments_begin = i;
      layout.attachments_end = previous_non_empty(context, end - 1, i);
      end = i;
      break;
    }
  }

  int last = previous_non_empty(context, end - 1, layout.body_begin);
  while (last >= 0 && is_note(context.texts[last])) {
    layout.notes = last;
    last = previous_non_empty(context, last - 1, layout.body_begin);
  }
  layout.last = last;
  int signature_candidate = last;
  if (last >= 0 && is_signature_and_date(context, last)) {
    // 「办公室↵2024年12月1日」: signature and date in one paragraph, split by a line break.
    layout.date = layout.signature = last;
    signature_candidate = -1;
  } else if (last >= 0 &&
             (parse_date_line(context.texts[last]) || is_date_fill_in(context.texts[last]))) {
    layout.date = last;
    signature_candidate = previous_non_empty(context, last - 1, layout.body_begin);
    while (signature_candidate >= 0 && is_seal_mark(context.texts[signature_candidate])) {
      signature_candidate = previous_non_empty(context, signature_candidate - 1, layout.body_begin);
    }
  }
  if (signature_candidate >= 0 && is_signature_like(context, signature_candidate)) {
    layout.signature = signature_candidate;
  }
  const int tail_begin = layout.signature >= 0 ? layout.signature
                         : layout.date >= 0    ? layout.date
                         : last >= 0           ? last + 1
                                               : end;

  // The 附件说明 comes between the closing and the signature: 「附件：1. ……」 and the items
  // aligned under it.
  int before_note = tail_begin;
  for (int i = layout.body_begin; i < tail_begin; ++i) {
    if (!opens_attachment_note(context.texts[i])) continue;
    int item_end = i;
    const bool names_below = trim(context.texts[i]).size() <= 3;  // 「附件：」 alone
    if (names_below) {
      const int next = next_non_empty(context, i + 1);
      if (next < 0 || next >= tail_begin || !is_attachment_item(context.texts[next])) continue;
    }
    for (int next = i + 1; next < tail_begin; ++next) {
      if (context.is_empty(next)) continue;
      if (!is_attachment_item(context.texts[next])) break;
      item_end = next;
    }
    const int after_items = next_non_empty(context, item_end + 1);
    if (after_items >= 0 && after_items < tail_begin) {
      continue;  // text follows: a sentence that starts with 附件, not the 附件说明
    }
    layout.attachment_note = i;
    layout.attachment_note_end = item_end;
    before_note = i;
    break;
  }

  // The closing follows the last section; an attachment list (1. 2.) may follow the closing.
  for (int i = before_note - 1; i >= layout.body_begin; --i) {
    if (context.is_empty(i)) continue;
    if (context.is_closing(context.texts[i])) {
      layout.closing = i;
      break;
    }
    const int entry = context.entry_at[i];
    if (entry >= 0 && context.outline.entries[entry].level <= 2) break;
  }
  layout.body_end = layout.closing >= 0 ? layout.closing : before_note;
  if (layout.closing >= 0) {
    // 「……纳入考核。特此报告。」: the closing ends the last body paragraph, which stays body.
    const std::u32string folded = fold_for_match(context.texts[layout.closing]);
    const auto& closings = context.closings;
    if (std::find(closings.begin(), closings.end(), folded) == closings.end()) ++layout.body_end;
  }
  return layout;
}

std::optional<DocumentNumber> find_document_number(std::u32string_view text) {
  // 「〔202X〕X号」 in a template: digits may be placeholders.
  const auto is_fill = [](char32_t c) { return c == U'X' || c == U'x' || c == U'Ｘ' || c == U'*'; };
  for (std::size_t i = 0; i + 6 < text.size(); ++i) {
    if (!is_open_bracket(text[i])) continue;
    DocumentNumber found;
    std::size_t j = i + 1;
    while (j < text.size() && (is_ascii_digit(to_halfwidth(text[j])) || is_fill(text[j]))) {
      found.placeholder = found.placeholder || is_fill(text[j]);
      ++j;
    }
    if (j - i - 1 != 4 || j >= text.size() || !is_close_bracket(text[j])) continue;
    found.open = i;
    found.close = j++;
    if (j < text.size() && text[j] == U'第') found.di = j++;  // 「〔2026〕第5号」, an older form
    found.number = j;
    // 「〔2026〕【序号】号」: the number left for the registry to give (chengbao new --masthead).
    if (j < text.size() && text[j] == U'【') {
      const std::size_t close = text.find(U'】', j);
      if (close != std::u32string_view::npos && close - j <= 8) {
        found.placeholder = true;
        j = close + 1;
      }
    }
    while (j < text.size() &&
           (is_ascii_digit(to_halfwidth(text[j])) || is_fill(text[j]) || is_space(text[j]))) {
      found.placeholder = found.placeholder || is_fill(text[j]);
      ++j;
    }
    if (j >= text.size() || (text[j] != U'号' && text[j] != U'號')) continue;
    found.mark = j;
    // The 机关代字 runs back from the bracket over Han characters (东湖银滨发, 国办发).
    found.begin = i;
    while (found.begin > 0 && is_han(text[found.begin - 1])) --found.begin;
    return found;
  }
  return std::nullopt;
}

std::vector<DocumentPart> document_parts(const ReportLayout& layout) {
  std::vector<DocumentPart> parts;
  const auto add = [&](const char* id, int begin, int end) {
    if (begin >= 0 && end >= begin) parts.push_back(DocumentPart{id, begin, end});
  };
  add("masthead", layout.masthead_begin, layout.masthead_end);
  // The 发文字号 under the title of a published 决定 or 命令 goes with the title.
  add("title", layout.title,
      layout.document_number > layout.title_end && layout.masthead_begin < 0
          ? layout.document_number
          : layout.title_end);
  add("addressee", layout.addressee, layout.addressee);
  const int body_last = layout.closing >= 0           ? layout.closing
                        : layout.attachment_note >= 0 ? layout.attachment_note - 1
                        : layout.signature >= 0       ? layout.signature - 1
                        : layout.date >= 0            ? layout.date - 1
                                                      : layout.last;
  add("body", layout.body_begin, body_last);
  add("attachment-note", layout.attachment_note, layout.attachment_note_end);
  add("signature", layout.signature, layout.signature);
  add("date", layout.date, layout.date);
  add("notes", layout.notes, layout.notes);
  add("attachments", layout.attachments_begin, layout.attachments_end);
  add("colophon", layout.colophon_begin, layout.colophon_end);
  return parts;
}

std::string part_name(const std::string& id, Language language) {
  static constexpr std::pair<const char*, Message> kNames[] = {
      {"masthead", Message::PartMasthead},
      {"title", Message::PartTitle},
      {"addressee", Message::PartAddressee},
      {"body", Message::PartBody},
      {"attachment-note", Message::PartAttachmentNote},
      {"signature", Message::PartSignature},
      {"date", Message::PartDate},
      {"notes", Message::PartNotes},
      {"attachments", Message::PartAttachments},
      {"colophon", Message::PartColophon},
  };
  for (const auto& [name, text] : kNames) {
    if (id == name) return message(text, language);
  }
  return id;
}

DocumentStructure describe_document(const Document& document, const CheckOptions& options) {
  const RuleContext context(document, options);
  DocumentStructure structure;
  structure.layout = context.layout;
  // A part starts and ends with text: the empty paragraphs around it belong to no part.
  for (DocumentPart part : document_parts(context.layout)) {
    while (part.begin < part.end && context.is_empty(part.begin)) ++part.begin;
    while (part.end > part.begin && context.is_empty(part.end)) --part.end;
    structure.parts.push_back(part);
  }
  structure.outline.western = context.outline.western;
  // The body's headings keep their tree: parents are renumbered among the kept entries.
  std::vector<int> kept_index(context.outline.entries.size(), -1);
  for (std::size_t i = 0; i < context.outline.entries.size(); ++i) {
    if (!context.in_body(static_cast<int>(i))) continue;
    OutlineEntry entry = context.outline.entries[i];
    entry.parent = entry.parent >= 0 ? kept_index[static_cast<std::size_t>(entry.parent)] : -1;
    kept_index[i] = static_cast<int>(structure.outline.entries.size());
    structure.outline.entries.push_back(std::move(entry));
  }
  return structure;
}

}  // namespace chengbao
