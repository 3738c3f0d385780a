// The shared analysis the rules read: decoded texts, outline, accepted closings and layout.
#include "rule_context.hpp"

#include "fold.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

// Closings accepted when no template names its own; Traditional forms match through folding.
constexpr const char* kDefaultClosings[] = {
    "特此报告。",
    "以上报告，请审阅。",
    "以上报告，请审示。",
    "特此报告，请审阅。",
    "妥否，请批示。",
    "当否，请批示。",
    "专此报告。",
    // A 请示's closings.
    "以上请示，请予审批。",
    "以上请示妥否，请批示。",
    "以上请示当否，请批示。",
};

bool is_sentence_punctuation(char32_t c) {
  switch (to_halfwidth(c)) {
    case U'。':
    case '.':
    case '!':
    case '?':
    case ';':
      return true;
    default:
      return false;
  }
}

}  // namespace

RuleContext::RuleContext(const Document& document_in, const CheckOptions& options_in)
    : document(document_in), options(options_in) {
  texts.reserve(document.paragraphs.size());
  for (const Paragraph& paragraph : document.paragraphs) {
    texts.push_back(decode_utf8(paragraph.text));
  }
  outline = build_outline(document, texts);
  entry_at.assign(document.paragraphs.size(), -1);
  for (std::size_t i = 0; i < outline.entries.size(); ++i) {
    entry_at[outline.entries[i].paragraph] = static_cast<int>(i);
  }
  const bool from_template =
      options.report_template != nullptr && !options.report_template->closing.empty();
  if (from_template) {
    for (const std::string& closing : options.report_template->closing) {
      closings.push_back(fold_for_match(closing));
    }
  } else {
    for (const char* closing : kDefaultClosings) closings.push_back(fold_for_match(closing));
  }
  layout = locate_report_parts(*this);
}

bool RuleContext::in_body(int entry_index) const {
  const int paragraph = outline.entries[entry_index].paragraph;
  return paragraph >= layout.body_begin && paragraph < layout.body_end;
}

bool RuleContext::is_empty(int paragraph) const { return trim(texts[paragraph]).empty(); }

bool RuleContext::is_closing(std::u32string_view text) const {
  const std::u32string folded = fold_for_match(text);
  if (folded.empty()) return false;
  for (const std::u32string& closing : closings) {
    if (closing.empty() || folded.size() < closing.size()) continue;
    if (folded.compare(folded.size() - closing.size(), closing.size(), closing) != 0) continue;
    // 「……取得实效。特此报告。」: the closing may end the last body paragraph.
    const std::size_t before = folded.size() - closing.size();
    if (before == 0 || is_sentence_punctuation(folded[before - 1])) return true;
  }
  return false;
}

void RuleContext::report(const char* rule, Severity severity, int paragraph, int offset, int length,
                         std::string message, std::optional<std::string> replacement) {
  Finding finding;
  finding.rule = rule;
  finding.severity = severity;
  finding.paragraph = paragraph;
  finding.offset = offset;
  finding.length = length;
  finding.text = slice(paragraph, offset, length);
  finding.message = std::move(message);
  finding.replacement = std::move(replacement);
  findings.push_back(std::move(finding));
}

std::string RuleContext::slice(int paragraph, int offset, int length) const {
  if (paragraph < 0 || paragraph >= static_cast<int>(texts.size()) || length <= 0) return {};
  const std::u32string& text = texts[paragraph];
  if (offset < 0 || static_cast<std::size_t>(offset) >= text.size()) return {};
  return encode_utf8(std::u32string_view(text).substr(offset, length));
}

}  // namespace chengbao
