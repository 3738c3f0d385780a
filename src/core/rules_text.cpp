// Typing problems in paragraph text: half-width punctuation, stray characters, pasted repeats.
#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "rule_context.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

// Paragraphs shorter than this repeat legitimately (「特此报告。」, short list items).
constexpr std::size_t kMinDuplicateLength = 20;

// The full-width form of half-width punctuation that Chinese text must not use; 0 for others.
char32_t full_width_of(char32_t c) {
  switch (c) {
    case ',':
      return U'，';
    case ';':
      return U'；';
    case ':':
      return U'：';
    case '?':
      return U'？';
    case '!':
      return U'！';
    case '(':
      return U'（';
    case ')':
      return U'）';
    case '"':
      return U'“';  // or ” — decided by position
    default:
      return 0;
  }
}

bool is_url_char(char32_t c) { return c > ' ' && c < 0x7F; }

bool is_email_local(char32_t c) {
  return is_latin_letter(c) || is_ascii_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-';
}

bool is_email_domain(char32_t c) {
  return is_latin_letter(c) || is_ascii_digit(c) || c == '.' || c == '-';
}

bool starts_with_ascii_nocase(std::u32string_view text, std::size_t pos, std::string_view word) {
  if (text.size() - pos < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char32_t c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    if (c != static_cast<char32_t>(word[i])) return false;
  }
  return true;
}

// Marks URLs and e-mail addresses, whose : ? ( ) are not punctuation of the sentence.
void mark_addresses(std::u32string_view text, std::vector<bool>& excluded) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t first = text[i] | 0x20;  // lower case for ASCII letters
    const bool url =
        (first == 'h' || first == 'f' || first == 'w') &&
        (starts_with_ascii_nocase(text, i, "http://") ||
         starts_with_ascii_nocase(text, i, "https://") ||
         starts_with_ascii_nocase(text, i, "ftp://") || starts_with_ascii_nocase(text, i, "www."));
    if (url) {
      std::size_t end = i;
      while (end < text.size() && is_url_char(text[end])) excluded[end++] = true;
      i = end;
    } else if (text[i] == '@' && i > 0 && is_email_local(text[i - 1]) && i + 1 < text.size() &&
               is_email_domain(text[i + 1])) {
      for (std::size_t k = i; k > 0 && is_email_local(text[k - 1]); --k) excluded[k - 1] = true;
      std::size_t end = i;
      while (end < text.size() && (end == i || is_email_domain(text[end]))) excluded[end++] = true;
      i = end;
    }
  }
}

bool has_half_width_punctuation(std::u32string_view text) {
  // All of full_width_of's characters are at most '?': one comparison passes over Chinese text.
  for (char32_t c : text) {
    if (c <= '?' && full_width_of(c) != 0) return true;
  }
  return false;
}

class TextCheck {
 public:
  explicit TextCheck(RuleContext& context) : context_(context) {}

  void run() {
    std::unordered_map<std::u32string_view, int> seen;
    seen.reserve(context_.texts.size());
    for (int i = 0; i < static_cast<int>(context_.texts.size()); ++i) {
      const std::u32string_view text = context_.texts[i];
      if (has_half_width_punctuation(text)) check_punctuation(i, text);
      check_stray(i, text);
      check_period(i, text);
      check_duplicate(i, text, seen);
    }
  }

 private:
  // The typed label 「(一)」 is one mistake, fixed as a whole to 「（一）」.
  void check_label(int paragraph, std::vector<bool>& excluded) {
    const int index = context_.entry_at[paragraph];
    if (index < 0 || context_.outline.western) return;
    const OutlineEntry& entry = context_.outline.entries[index];
    if (entry.automatic || !entry.label) return;
    const LabelForm form = entry.label->form;
    if (form != LabelForm::ChineseHalfParen && form != LabelForm::ArabicHalfParen) return;
    std::u32string fixed;
    for (int k = 0; k < entry.label->length; ++k) {
      const char32_t c = context_.texts[paragraph][entry.label_offset + k];
      fixed.push_back(c == '(' ? U'（' : c == ')' ? U'）' : c);
      excluded[entry.label_offset + k] = true;
    }
    const std::string replacement = encode_utf8(fixed);
    context_.report(
        "punct.halfwidth", Severity::Warning, paragraph, entry.label_offset, entry.label->length,
        context_.say(Message::PunctHalfwidth, {entry.label->text, replacement}), replacement);
  }

  void check_punctuation(int paragraph, std::u32string_view text) {
    std::vector<bool> excluded(text.size(), false);
    mark_addresses(text, excluded);
    check_label(paragraph, excluded);
    std::vector<bool> flagged(text.size(), false);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (excluded[i] || full_width_of(text[i]) == 0) continue;
      // 「“What the dog doing?”」: the mark ends an English phrase quoted in Chinese text.
      if ((text[i] == '?' || text[i] == '!') && i > 0 && is_latin_letter(text[i - 1])) continue;
      const bool after_cjk = i > 0 && is_cjk(text[i - 1]);
      const bool before_cjk = i + 1 < text.size() && is_cjk(text[i + 1]);
      flagged[i] = after_cjk || before_cjk;
    }
    // A bracket pair is fixed as a pair: 「设备(ATM) 」 has both brackets replaced.
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!flagged[i] || (text[i] != '(' && text[i] != ')')) continue;
      const std::size_t mate = find_mate(text, i);
      if (mate != std::u32string_view::npos && !excluded[mate]) flagged[mate] = true;
    }
    int quotes = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool quote = text[i] == '"';
      if (flagged[i]) {
        char32_t full = full_width_of(text[i]);
        if (quote && quotes % 2 == 1) full = U'”';
        std::string replacement;
        append_code_point(replacement, full);
        const int offset = static_cast<int>(i);
        context_.report("punct.halfwidth", Severity::Warning, paragraph, offset, 1,
                        context_.say(Message::PunctHalfwidth,
                                     {context_.slice(paragraph, offset, 1), replacement}),
                        replacement);
      }
      if (quote) ++quotes;
    }
  }

  static std::size_t find_mate(std::u32string_view text, std::size_t at) {
    int depth = 0;
    if (text[at] == '(') {
      for (std::size_t i = at + 1; i < text.size(); ++i) {
        if (text[i] == '(') ++depth;
        if (text[i] == ')' && depth-- == 0) return i;
      }
    } else {
      for (std::size_t i = at; i-- > 0;) {
        if (text[i] == ')') ++depth;
        if (text[i] == '(' && depth-- == 0) return i;
      }
    }
    return std::u32string_view::npos;
  }

  // The first character of text that a typed label (「一.」) does not take: its dot is the
  // label's form, numbering.style's to fix.
  std::size_t after_label(int paragraph) const {
    std::size_t begin = 1;
    if (const int index = context_.entry_at[paragraph]; index >= 0) {
      const OutlineEntry& entry = context_.outline.entries[index];
      if (entry.label && !entry.automatic) {
        begin = std::max(begin, static_cast<std::size_t>(entry.label_offset + entry.label->length));
      }
    }
    return begin;
  }

  // Whether a dot after `c` ends a clause: after 的, 和, 在 … the clause cannot end, so a dot
  // there is a stray character (char.stray), not a full stop.
  static bool may_end_clause(char32_t c) {
    static constexpr std::u32string_view kNeverLast =
        U"的地得之和与與及或在对對把被从從向于於以而且并並";
    return is_han(c) && kNeverLast.find(c) == std::u32string_view::npos;
  }

  // A half-width full stop ending a Chinese clause: 「取得了成效.但」, 「效果良好.」. The fix is
  // 「。」, never a deletion, which would run two sentences together.
  void check_period(int paragraph, std::u32string_view text) {
    for (std::size_t i = after_label(paragraph); i < text.size(); ++i) {
      if (text[i] != '.' || !may_end_clause(text[i - 1])) continue;
      std::size_t next = i + 1;
      while (next < text.size() && is_space(text[next])) ++next;
      if (next < text.size() && !is_han(text[next]) && text[next] != U'“' && text[next] != U'”')
        continue;
      const int offset = static_cast<int>(i);
      context_.report("punct.halfwidth", Severity::Warning, paragraph, offset, 1,
                      context_.say(Message::PunctHalfwidth, {".", "。"}), "。");
    }
  }

  // One ASCII symbol between two Chinese characters is a slip of the keyboard or of a paste.
  void check_stray(int paragraph, std::u32string_view text) {
    for (std::size_t i = after_label(paragraph); i + 1 < text.size(); ++i) {
      switch (text[i]) {
        case '`':
        case '.':
        case '\'':
        case '~':
        case '^':
        case '|':
        case '\\':
        case '_':
          break;
        default:
          continue;
      }
      if (!is_han(text[i - 1]) || !is_han(text[i + 1])) continue;
      if (text[i] == '.' && may_end_clause(text[i - 1])) continue;  // a full stop: check_period
      const int offset = static_cast<int>(i);
      const std::string stray = context_.slice(paragraph, offset, 1);
      context_.report("char.stray", Severity::Warning, paragraph, offset, 1,
                      context_.say(Message::CharStray, {stray}), "");
    }
  }

  void check_duplicate(int paragraph, std::u32string_view text,
                       std::unordered_map<std::u32string_view, int>& seen) {
    if (context_.entry_at[paragraph] >= 0) return;  // 「（一）加强宣传」 may open two sections
    const std::u32string_view trimmed = trim(text);
    if (trimmed.size() < kMinDuplicateLength) return;
    const auto [it, first] = seen.try_emplace(trimmed, paragraph);
    if (first) return;
    const int offset = static_cast<int>(trimmed.data() - text.data());
    context_.report("duplicate.paragraph", Severity::Warning, paragraph, offset,
                    static_cast<int>(trimmed.size()),
                    context_.say(Message::DuplicateParagraph, {std::to_string(it->second + 1)}));
  }

  RuleContext& context_;
};

}  // namespace

void check_typography(RuleContext& context) { TextCheck(context).run(); }

namespace {

// Longest run of spaces taken for a typing slip; a longer one lines text up on purpose.
constexpr std::size_t kMaxSlipSpaces = 4;

// Chinese punctuation a space may not touch: 。，、；：？！ and the closing and opening marks.
bool is_chinese_punctuation(char32_t c) { return is_cjk(c) && !is_han(c); }

// The paragraphs of running text: the body with its headings and closing, and the 附件说明. The
// title (「通　知」 is spaced on purpose), the addressee, the signature and the date, whose spaces
// align them, are left alone.
bool is_running_text(const ReportLayout& layout, int paragraph) {
  if (paragraph >= layout.body_begin && paragraph < layout.body_end) return true;
  if (paragraph == layout.closing) return true;
  return layout.attachment_note >= 0 && paragraph >= layout.attachment_note &&
         paragraph <= layout.attachment_note_end;
}

}  // namespace

void check_spacing(RuleContext& context) {
  for (int i = 0; i < static_cast<int>(context.texts.size()); ++i) {
    if (!is_running_text(context.layout, i)) continue;
    const std::u32string_view text = context.texts[i];
    std::size_t pos = 0;
    while (pos < text.size() && is_space(text[pos])) ++pos;  // the indent
    while (pos < text.size()) {
      const char32_t c = text[pos];
      // Most characters are ideographs: one comparison passes over them.
      if ((c >= 0x4E00 && c <= 0x9FFF) || !is_space(c) || c == '\t') {
        ++pos;
        continue;
      }
      std::size_t end = pos;
      while (end < text.size() && is_space(text[end]) && text[end] != '\t') ++end;
      if (end == text.size()) break;  // trailing spaces are not between characters
      const char32_t before = text[pos - 1];
      const char32_t after = text[end];
      const bool between = (is_han(before) && (is_han(after) || is_chinese_punctuation(after))) ||
                           (is_chinese_punctuation(before) && is_han(after));
      if (between && end - pos <= kMaxSlipSpaces) {
        const int offset = static_cast<int>(pos);
        const int length = static_cast<int>(end - pos);
        context.report("space.cjk", Severity::Warning, i, offset, length,
                       context.say(Message::SpaceCjk), "");
      }
      pos = end;
    }
  }
}

}  // namespace chengbao
