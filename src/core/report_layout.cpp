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
  const int first = next_non_empty(context, 0);
  if (first < 0) return layout;

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
