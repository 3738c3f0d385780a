// Locating the fixed parts of a report: title, addressee, closing, signature and date.
#include <algorithm>
#include <cstddef>

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

bool ends_with(std::u32string_view text, std::u32string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool starts_with(std::u32string_view text, std::u32string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

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

// 「关于……的报告」 or a text that names its genre at the end (……工作总结, …… Report).
bool reads_as_title(std::u32string_view text) {
  const std::u32string folded = fold_for_match(text);
  if (starts_with(folded, U"关于") && folded.find(U'的') != std::u32string::npos) return true;
  static constexpr std::u32string_view kGenres[] = {U"报告", U"总结", U"汇报", U"report",
                                                    U"summary"};
  for (std::u32string_view genre : kGenres) {
    if (ends_with(folded, genre)) return true;
  }
  return false;
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

// Lines that GB/T 9704 puts after the date and that are not the report proper: the note in
// brackets (「（联系人：……）」), the copy-to line (抄送：) and the printing line (……印发).
bool is_trailer(std::u32string_view text) {
  const std::u32string folded = fold_for_match(text);
  if (folded.empty()) return false;
  if ((folded.front() == '(' && folded.back() == ')')) return true;
  return starts_with(folded, U"抄送") || starts_with(folded, U"抄报") || ends_with(folded, U"印发");
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

// A 发文字号 somewhere in the line: a bracketed four-digit year, then (perhaps) a number, then 号
// (「东湖银滨发〔2026〕5号」, also the wrong brackets and the incomplete 「〔2020〕号」, which are
// its own rule's business).
bool has_document_number(std::u32string_view text) {
  for (std::size_t i = 0; i + 6 < text.size(); ++i) {
    if (!is_open_bracket(text[i])) continue;
    std::size_t j = i + 1;
    int digits = 0;
    while (j < text.size() && is_ascii_digit(to_halfwidth(text[j]))) ++j, ++digits;
    if (digits != 4 || j >= text.size() || !is_close_bracket(text[j])) continue;
    ++j;
    if (j < text.size() && text[j] == U'第') ++j;  // 「〔2026〕第5号」, an older form
    while (j < text.size() && (is_ascii_digit(to_halfwidth(text[j])) || text[j] == U'X' ||
                               text[j] == U'x' || text[j] == U'*' || is_space(text[j]))) {
      ++j;
    }
    if (j < text.size() && (text[j] == U'号' || text[j] == U'號')) return true;
  }
  return false;
}

enum class MastheadLine { Strong, Known, Weak, Other };

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
       starts_with(folded, U"簽發人"))) {
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
    for (int i = first; i < count && seen < 10; ++i) {
      const MastheadLine kind = classify_masthead_line(context, i);
      if (kind == MastheadLine::Other) break;
      if (kind == MastheadLine::Strong) strong = i;
      if (!context.is_empty(i)) ++seen;
    }
    const int after = strong >= 0 ? next_non_empty(context, strong + 1) : -1;
    if (after >= 0) {
      layout.masthead_begin = first;
      layout.masthead_end = strong;
      first = after;
      // The red rule under the 版头, when it is drawn as text.
      while (first >= 0 && classify_masthead_line(context, first) == MastheadLine::Known &&
             !context.is_empty(first)) {
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
  if (layout.title >= 0) {
    const int next = next_non_empty(context, layout.title_end + 1);
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
                      : layout.title >= 0   ? layout.title_end + 1
                                            : first;

  int last = previous_non_empty(context, count - 1, layout.body_begin);
  while (last >= 0 && is_trailer(context.texts[last])) {
    last = previous_non_empty(context, last - 1, layout.body_begin);
  }
  layout.last = last;
  int signature_candidate = last;
  if (last >= 0 && parse_date_line(context.texts[last])) {
    layout.date = last;
    signature_candidate = previous_non_empty(context, last - 1, layout.body_begin);
  }
  if (signature_candidate >= 0 && is_signature_like(context, signature_candidate)) {
    layout.signature = signature_candidate;
  }
  const int tail_begin = layout.signature >= 0 ? layout.signature
                         : layout.date >= 0    ? layout.date
                         : last >= 0           ? last + 1
                                               : count;

  // The closing follows the last section; an attachment list (1. 2.) may follow the closing.
  for (int i = tail_begin - 1; i >= layout.body_begin; --i) {
    if (context.is_empty(i)) continue;
    if (context.is_closing(context.texts[i])) {
      layout.closing = i;
      break;
    }
    const int entry = context.entry_at[i];
    if (entry >= 0 && context.outline.entries[entry].level <= 2) break;
  }
  layout.body_end = layout.closing >= 0 ? layout.closing : tail_begin;
  if (layout.closing >= 0) {
    // 「……纳入考核。特此报告。」: the closing ends the last body paragraph, which stays body.
    const std::u32string folded = fold_for_match(context.texts[layout.closing]);
    const auto& closings = context.closings;
    if (std::find(closings.begin(), closings.end(), folded) == closings.end()) ++layout.body_end;
  }
  return layout;
}

}  // namespace chengbao
