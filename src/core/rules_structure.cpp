// Rules on the fixed parts of a report: title, addressee, closing and issuer signature.
#include <cstddef>
#include <string>

#include "fold.hpp"
#include "rule_context.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

bool is_title_end_punctuation(char32_t c) {
  switch (to_halfwidth(c)) {
    case U'。':
    case U'、':
    case '.':
    case ',':
    case ':':
    case ';':
    case '!':
    case '?':
      return true;
    default:
      return false;
  }
}

int first_non_empty(const RuleContext& context, int from) {
  for (int i = from; i < static_cast<int>(context.texts.size()); ++i) {
    if (!context.is_empty(i)) return i;
  }
  return -1;
}

int last_non_empty_before(const RuleContext& context, int before) {
  for (int i = before - 1; i >= 0; --i) {
    if (!context.is_empty(i)) return i;
  }
  return -1;
}

// The first and one-past-last code point of the text without surrounding spaces.
std::pair<int, int> trimmed_span(const std::u32string& text) {
  const std::u32string_view trimmed = trim(text);
  const int begin = static_cast<int>(trimmed.data() - text.data());
  return {begin, begin + static_cast<int>(trimmed.size())};
}

void check_title(RuleContext& context) {
  const ReportLayout& layout = context.layout;
  if (layout.title < 0) {
    // Where the title belongs: first in the document, or right after its 版头.
    const int at = first_non_empty(context, layout.masthead_end + 1);
    context.report("title.missing", Severity::Error, at < 0 ? 0 : at, 0, 0,
                   context.say(Message::TitleMissing));
    return;
  }
  const int entry = context.entry_at[layout.title];
  if (entry >= 0) {
    const OutlineEntry& heading = context.outline.entries[entry];
    if (heading.label && !heading.automatic) {
      // The label and the spaces after it go; the title itself stays.
      const std::u32string& text = context.texts[layout.title];
      std::size_t end = heading.label_offset + heading.label->length;
      while (end < text.size() && is_space(text[end])) ++end;
      context.report("title.format", Severity::Warning, layout.title, heading.label_offset,
                     static_cast<int>(end) - heading.label_offset,
                     context.say(Message::TitleLabel, {heading.label->text}), "");
    }
  }
  const std::u32string& last_line = context.texts[layout.title_end];
  const auto [begin, end] = trimmed_span(last_line);
  int punct = end;
  while (punct > begin && is_title_end_punctuation(last_line[punct - 1])) --punct;
  if (punct < end) {
    const std::string mark = context.slice(layout.title_end, punct, end - punct);
    context.report("title.format", Severity::Warning, layout.title_end, punct, end - punct,
                   context.say(Message::TitleTrailingPunctuation, {mark}), "");
  }
}

void check_addressee(RuleContext& context) {
  const ReportLayout& layout = context.layout;
  if (layout.addressee >= 0 || !needs_addressee(layout.genre)) return;
  const int after = layout.title >= 0 ? layout.title_end + 1 : layout.masthead_end + 1;
  int at = first_non_empty(context, after);
  if (at < 0) at = layout.title >= 0 ? layout.title_end : 0;
  context.report("addressee.missing", Severity::Error, at, 0, 0,
                 context.say(Message::AddresseeMissing));
}

// Where the tail (signature, date) starts: the closing belongs just before it.
int tail_begin(const RuleContext& context) {
  const ReportLayout& layout = context.layout;
  if (layout.signature >= 0) return layout.signature;
  if (layout.date >= 0) return layout.date;
  return layout.last >= 0 ? layout.last + 1 : static_cast<int>(context.texts.size());
}

void check_closing(RuleContext& context) {
  if (context.layout.closing >= 0) return;
  const ReportTemplate* report_template = context.options.report_template;
  const bool template_closing = report_template != nullptr && !report_template->closing.empty();
  // The genre decides: a 报告 closes with 特此报告。, a 请示 with its own formula; a 总结, a 通知,
  // a 函 or a 方案 has none unless its template names one.
  const Genre genre = context.layout.genre;
  if (!template_closing && (!needs_closing(genre) || !context.layout.genre_known)) return;
  const int tail =
      context.layout.attachment_note >= 0 ? context.layout.attachment_note : tail_begin(context);
  int at = last_non_empty_before(context, tail);
  if (at < 0) at = 0;
  std::string expected;
  if (template_closing) {
    expected = report_template->closing.front();
  } else if (genre == Genre::Request) {
    expected = context.options.language == Language::ZhTW ? "妥否，請批示。" : "妥否，请批示。";
  } else {
    expected = context.options.language == Language::ZhTW ? "特此報告。" : "特此报告。";
  }
  context.report("closing.missing", Severity::Error, at, 0, 0,
                 context.say(Message::ClosingMissing, {expected}));
}

std::u32string without_spaces(std::u32string_view text) {
  std::u32string out;
  for (char32_t c : text) {
    if (!is_space(c)) out.push_back(c);
  }
  return out;
}

void check_signature(RuleContext& context) {
  const ReportLayout& layout = context.layout;
  if (layout.signature < 0) {
    if (!layout.signature_required) return;
    const int at = layout.last >= 0 ? layout.last : 0;
    context.report("signature.missing", Severity::Error, at, 0, 0,
                   context.say(Message::SignatureMissing));
    return;
  }
  const Profile* profile = context.options.profile;
  if (profile == nullptr || profile->full_name.empty()) return;
  const std::u32string& text = context.texts[layout.signature];
  const auto [begin, end] = trimmed_span(text);
  // Signatures are often spread out with spaces for alignment (东湖银行  滨江支行).
  const std::u32string written =
      without_spaces(std::u32string_view(text).substr(begin, end - begin));
  if (written == without_spaces(decode_utf8(profile->full_name))) return;
  const std::string as_written = context.slice(layout.signature, begin, end - begin);
  context.report("signature.mismatch", Severity::Error, layout.signature, begin, end - begin,
                 context.say(Message::SignatureMismatch, {as_written, profile->full_name}),
                 profile->full_name);
}

}  // namespace

void check_structure(RuleContext& context) {
  check_title(context);
  check_addressee(context);
  check_closing(context);
  check_signature(context);
}

}  // namespace chengbao
