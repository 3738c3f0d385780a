// Rules on the parts of a 公文 around the body: the 发文字号 and 签发人 of the 版头, the 附件说明,
// the 印发 line of the 版记, and what a 报告 may not ask for.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "date_text.hpp"
#include "fold.hpp"
#include "rule_context.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

bool is_digit(char32_t c) { return is_ascii_digit(to_halfwidth(c)); }

class PartsCheck {
 public:
  explicit PartsCheck(RuleContext& context) : context_(context), layout_(context.layout) {}

  void run() {
    if (layout_.document_number >= 0) check_document_number(layout_.document_number);
    check_signer();
    if (layout_.attachment_note >= 0) check_attachment_note();
    for (int i = layout_.colophon_begin; i >= 0 && i <= layout_.colophon_end; ++i) {
      check_printed_line(i);
    }
    if (layout_.genre == Genre::Report) check_report_asks();
  }

 private:
  // docnumber.format: 机关代字 + 〔year〕 + number + 号, the number without padding or 第.
  void check_document_number(int line) {
    const std::u32string_view text = context_.texts[line];
    const std::optional<DocumentNumber> number = find_document_number(text);
    // Placeholders are placeholder.leftover's; a number spread with spaces is left as written.
    if (!number || number->placeholder) return;
    for (std::size_t k = number->number; k < number->mark; ++k) {
      if (is_space(text[k])) return;
    }
    const int begin = static_cast<int>(number->begin);
    const int length = static_cast<int>(number->mark + 1 - number->begin);
    const std::string written = context_.slice(line, begin, length);
    const std::size_t digits = number->mark - number->number;
    // 「X号」 placeholders are placeholder.leftover's; here only what is really written. A 纪要's
    // number 「〔2026〕12号」 has no 机关代字 (GB/T 9704 10.3).
    const bool no_code = number->begin == number->open && layout_.genre != Genre::Minutes;
    if (no_code || digits == 0) {
      context_.report("docnumber.format", Severity::Warning, line, begin, length,
                      context_.say(Message::DocNumberIncomplete, {written}));
      return;
    }
    std::u32string fixed(text.substr(number->begin, number->open - number->begin));
    fixed += U'〔';
    fixed += text.substr(number->open + 1, 4);
    fixed += U'〕';
    std::size_t first = number->number;
    while (first + 1 < number->mark && to_halfwidth(text[first]) == '0') ++first;
    fixed += text.substr(first, number->mark - first);
    fixed += text[number->mark];
    const bool brackets = text[number->open] != U'〔' || text[number->close] != U'〕';
    const bool padded = first != number->number || number->di != std::u32string_view::npos;
    if (!brackets && !padded) return;
    const std::string replacement = encode_utf8(fixed);
    context_.report("docnumber.format", Severity::Warning, line, begin, length,
                    context_.say(brackets ? Message::DocNumberBrackets : Message::DocNumberPadded,
                                 {written, replacement}),
                    replacement);
  }

  // masthead.signer: 报告 and 请示 go up; with a 版头 they name who signed them (GB/T 9704 7.2.6).
  void check_signer() {
    if (layout_.masthead_begin < 0 || layout_.signer >= 0 || !layout_.genre_named ||
        !is_upward(layout_.genre)) {
      return;
    }
    const int at = layout_.document_number >= 0 ? layout_.document_number : layout_.masthead_end;
    context_.report("masthead.signer", Severity::Error, at, 0, 0,
                    context_.say(Message::MastheadSigner));
  }

  // attachment.format: items numbered 1. 2. 3. in order, no punctuation after a name.
  void check_attachment_note() {
    int expected = 1;
    for (int i = layout_.attachment_note; i <= layout_.attachment_note_end; ++i) {
      const std::u32string_view text = context_.texts[i];
      std::size_t pos = 0;
      while (pos < text.size() && is_space(text[pos])) ++pos;
      if (i == layout_.attachment_note) {
        pos = text.find_first_of(U":：", pos) + 1;
        while (pos < text.size() && is_space(text[pos])) ++pos;
      }
      if (pos >= text.size()) continue;  // 「附件：」 with the names below
      std::size_t digits = pos;
      while (digits < text.size() && is_digit(text[digits])) ++digits;
      // 「附件：2026年暑期活动安排表」: digits that start the name are no item number.
      const char32_t after = digits < text.size() ? to_halfwidth(text[digits]) : 0;
      const bool numbered = digits > pos && digits - pos <= 2 &&
                            (after == '.' || after == U'、' || after == U'．' || after == ',' ||
                             after == U'，' || is_space(after));
      if (numbered) {
        check_item_label(i, pos, digits, expected);
      } else if (layout_.attachment_note_end > layout_.attachment_note) {
        // Several names and this one without its number: the number goes before it.
        context_.report("attachment.format", Severity::Warning, i, static_cast<int>(pos), 0,
                        context_.say(Message::AttachmentNumber,
                                     {std::to_string(expected) + ".", context_.slice(i, pos, 1)}));
      }
      ++expected;
      check_item_end(i);
    }
  }

  void check_item_label(int line, std::size_t pos, std::size_t digits, int expected) {
    const std::u32string_view text = context_.texts[line];
    int value = 0;
    for (std::size_t k = pos; k < digits && k < pos + 3; ++k) {
      value = value * 10 + static_cast<int>(to_halfwidth(text[k]) - '0');
    }
    const char32_t mark = digits < text.size() ? text[digits] : 0;
    const bool dot = mark == '.';
    const bool other_mark = mark == U'、' || mark == U'．' || mark == U'，' || mark == ',';
    if (value == expected && (dot || !other_mark)) return;
    const int offset = static_cast<int>(pos);
    const int length = static_cast<int>(digits - pos) + (other_mark || dot ? 1 : 0);
    const std::string wanted = std::to_string(expected) + ".";
    // Only the mark is safe to change; a wrong number may be a missing attachment.
    std::optional<std::string> replacement;
    if (value == expected) replacement = wanted;
    context_.report(
        "attachment.format", Severity::Warning, line, offset, length,
        context_.say(Message::AttachmentNumber, {wanted, context_.slice(line, offset, length)}),
        replacement);
  }

  void check_item_end(int line) {
    const std::u32string_view text = context_.texts[line];
    std::size_t end = text.size();
    while (end > 0 && is_space(text[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0) {
      const char32_t c = to_halfwidth(text[begin - 1]);
      if (c != U'。' && c != ';' && c != ',' && c != U'、' && c != '.' && c != ':') break;
      --begin;
    }
    if (begin == end || begin == 0) return;
    const int offset = static_cast<int>(begin);
    const int length = static_cast<int>(end - begin);
    context_.report(
        "attachment.format", Severity::Warning, line, offset, length,
        context_.say(Message::AttachmentPunctuation, {context_.slice(line, offset, length)}), "");
  }

  // colophon.format: 「印发机关 + 印发日期 + 印发」.
  void check_printed_line(int line) {
    const std::u32string_view text = trim(context_.texts[line]);
    const std::u32string folded = fold_for_match(text);
    if (!ends_with(folded, U"印发") && !ends_with(folded, U"印發")) return;
    const std::vector<DateText> dates = find_arabic_dates(text);
    std::u32string issuer;
    const std::size_t issuer_end = dates.empty() ? text.size() - 2 : dates.front().begin;
    for (std::size_t k = 0; k < issuer_end && k < text.size(); ++k) {
      if (is_han(text[k])) issuer += text[k];
    }
    const bool has_date = !dates.empty() || has_chinese_date(text);
    if (!issuer.empty() && has_date) return;
    const int offset = static_cast<int>(text.data() - context_.texts[line].data());
    context_.report("colophon.format", Severity::Warning, line, offset,
                    static_cast<int>(text.size()),
                    context_.say(issuer.empty() ? Message::ColophonIssuer : Message::ColophonDate));
  }

  static bool has_chinese_date(std::u32string_view text) {
    return text.find(U'年') != std::u32string_view::npos &&
           text.find(U'月') != std::u32string_view::npos &&
           text.find(U'日') != std::u32string_view::npos;
  }

  // report.request: 「报告中不得夹带请示事项」 (党政机关公文处理工作条例 第十五条).
  void check_report_asks() {
    const int end = layout_.closing >= 0 ? layout_.closing + 1 : layout_.body_end;
    for (int i = layout_.body_begin; i < end; ++i) {
      const std::u32string_view text = context_.texts[i];
      for (std::size_t pos = 0; pos < text.size(); ++pos) {
        const char32_t c = text[pos];
        if (c != U'请' && c != U'請' && c != U'妥' && c != U'当' && c != U'當') continue;
        const std::size_t length = asks_for_approval(text, pos);
        if (length == 0) continue;
        const int offset = static_cast<int>(pos);
        context_.report("report.request", Severity::Warning, i, offset, static_cast<int>(length),
                        context_.say(Message::ReportRequest,
                                     {context_.slice(i, offset, static_cast<int>(length))}));
        pos += length - 1;
      }
    }
  }

  // The length of a request for approval at `pos`, 0 when there is none.
  static std::size_t asks_for_approval(std::u32string_view text, std::size_t pos) {
    const char32_t c = text[pos];
    if (c != U'请' && c != U'請' && c != U'妥' && c != U'当' && c != U'當') return 0;
    const std::u32string_view rest = text.substr(pos);
    if (starts_with(rest, U"妥否") || starts_with(rest, U"當否") || starts_with(rest, U"当否")) {
      // 「妥否，请批示」 is one request.
      std::size_t end = 2;
      if (end < rest.size() && (rest[end] == U'，' || rest[end] == ',')) {
        if (const std::size_t more = asks_for_approval(text, pos + end + 1); more > 0) {
          end += 1 + more;
        }
      }
      return end;
    }
    // 「报请批准后实施」 tells how something was decided; it does not ask the reader.
    if (pos > 0 && (text[pos - 1] == U'报' || text[pos - 1] == U'報' || text[pos - 1] == U'呈')) {
      return 0;
    }
    static constexpr std::u32string_view kAsks[] = {
        U"请批示",   U"請批示",   U"请审批",   U"請審批",   U"请批准",   U"請批准",
        U"请予审批", U"請予審批", U"请予批准", U"請予批准", U"请予批复", U"請予批覆",
        U"请予批示", U"請予批示", U"请予核准", U"請予核准", U"请审定",   U"請審定"};
    for (std::u32string_view ask : kAsks) {
      if (starts_with(rest, ask)) return ask.size();
    }
    return 0;
  }

  RuleContext& context_;
  const ReportLayout& layout_;
};

}  // namespace

void check_parts(RuleContext& context) { PartsCheck(context).run(); }

}  // namespace chengbao
