// Heading labels (一、 （一） 1. （1） …, typed or automatic) and the heading tree they make.
#include "outline.hpp"

#include <cstddef>

#include "utf8.hpp"

namespace chengbao {

namespace {

// The value of a Chinese numeral digit (〇 零 一 … 九, financial 壹 贰 …), -1 otherwise.
int chinese_digit(char32_t c) {
  switch (c) {
    case U'〇':
    case U'零':
    case U'○':
      return 0;
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'贰':
    case U'貳':
      return 2;
    case U'三':
    case U'叁':
    case U'參':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
    case U'陸':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

// The value of a Chinese numeral unit (十 百 千, financial 拾 佰 仟), -1 otherwise.
int chinese_unit(char32_t c) {
  switch (c) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    default:
      return -1;
  }
}

bool is_chinese_counter_char(char32_t c) { return chinese_digit(c) >= 0 || chinese_unit(c) > 0; }

std::optional<int> chinese_counter(std::u32string_view text) {
  if (text.empty()) return std::nullopt;
  bool has_unit = false;
  for (char32_t c : text) {
    if (!is_chinese_counter_char(c)) return std::nullopt;
    has_unit = has_unit || chinese_unit(c) > 0;
  }
  if (!has_unit) {
    // Digit by digit, as years are read: 二〇二六.
    int value = 0;
    for (char32_t c : text) {
      value = value * 10 + chinese_digit(c);
      if (value > 99999) return std::nullopt;
    }
    return value;
  }
  int total = 0;
  int pending = -1;  // the digit waiting for its unit; -1 when none
  int last_unit = 100000;
  for (char32_t c : text) {
    const int digit = chinese_digit(c);
    if (digit > 0) {
      if (pending > 0) return std::nullopt;  // 二三十
      pending = digit;
    } else if (digit == 0) {
      if (pending > 0) return std::nullopt;  // 一〇十
    } else {
      const int unit = chinese_unit(c);
      if (unit >= last_unit) return std::nullopt;   // 十百, 十十
      total += (pending > 0 ? pending : 1) * unit;  // a leading 十 means 一十
      pending = -1;
      last_unit = unit;
    }
  }
  if (pending > 0) total += pending;
  return total;
}

bool is_digit_like(char32_t c) { return is_ascii_digit(to_halfwidth(c)); }

// Reads 1–3 Arabic digits (ASCII or full width) at `pos`; 0 digits read gives -1.
int read_arabic(std::u32string_view text, std::size_t& pos) {
  int value = 0;
  std::size_t digits = 0;
  while (pos < text.size() && is_digit_like(text[pos])) {
    if (++digits > 3) return -1;  // 2026 is a year, not a heading counter
    value = value * 10 + static_cast<int>(to_halfwidth(text[pos]) - '0');
    ++pos;
  }
  return digits == 0 ? -1 : value;
}

// Reads a Chinese counter (一 … 九十九) at `pos`; -1 when there is none.
int read_chinese(std::u32string_view text, std::size_t& pos) {
  const std::size_t begin = pos;
  while (pos < text.size() && pos - begin < 6 && is_chinese_counter_char(text[pos])) ++pos;
  if (pos == begin) return -1;
  const std::optional<int> value = chinese_counter(text.substr(begin, pos - begin));
  if (!value || *value < 1) {
    pos = begin;
    return -1;
  }
  return *value;
}

// Characters that make "3.5" a quantity rather than heading 3.5: 3.5亿元, 98.6%, 1.2万户.
bool is_unit_after_decimal(char32_t c) {
  switch (to_halfwidth(c)) {
    case '%':
    case U'‰':
    case U'亿':
    case U'億':
    case U'万':
    case U'萬':
    case U'千':
    case U'百':
    case U'元':
    case U'倍':
    case U'个':
    case U'個':
    case U'次':
    case U'人':
    case U'家':
    case U'户':
    case U'戶':
    case U'笔':
    case U'筆':
    case U'台':
    case U'套':
    case U'吨':
    case U'噸':
    case U'米':
    case U'克':
    case U'亩':
    case U'畝':
    case U'年':
    case U'月':
    case U'日':
    case U'天':
    case U'周':
    case U'小':
    case U'分':
    case U'秒':
    case U'公':
    case U'平':
    case U'立':
    case U'度':
    case U'℃':
      return true;
    default:
      return false;
  }
}

int roman_value(char32_t c) {
  switch (c) {
    case 'I':
      return 1;
    case 'V':
      return 5;
    case 'X':
      return 10;
    default:
      return 0;
  }
}

// I … XXXIX; only I, V and X because a C. or D. is far more often a letter item.
int parse_roman(std::u32string_view text) {
  int total = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int value = roman_value(text[i]);
    if (value == 0) return -1;
    const int next = i + 1 < text.size() ? roman_value(text[i + 1]) : 0;
    total += value < next ? -value : value;
  }
  return total;
}

bool is_circled(char32_t c, int& value) {
  if (c >= 0x2460 && c <= 0x2473) {  // ① … ⑳
    value = static_cast<int>(c - 0x2460) + 1;
    return true;
  }
  if (c >= 0x3251 && c <= 0x325F) {  // ㉑ … ㉟
    value = static_cast<int>(c - 0x3251) + 21;
    return true;
  }
  if (c >= 0x32B1 && c <= 0x32BF) {  // ㊱ … ㊿
    value = static_cast<int>(c - 0x32B1) + 36;
    return true;
  }
  return false;
}

HeadingLabel make_label(LabelForm form, std::u32string_view text, std::size_t end,
                        std::vector<int> values) {
  HeadingLabel label;
  label.form = form;
  label.text = encode_utf8(text.substr(0, end));
  label.values = std::move(values);
  label.length = static_cast<int>(end);
  return label;
}

// A label that counts with Arabic digits and ends in 、 . or ． must not be followed by a digit:
// 「1、2、3个方面」 is a count in a sentence, not heading 1.
bool digit_follows(std::u32string_view text, std::size_t end) {
  return end < text.size() && is_digit_like(text[end]);
}

// The label at the start of `text` and where it ends; nullopt when there is none.
std::optional<HeadingLabel> scan_label(std::u32string_view text) {
  if (text.empty()) return std::nullopt;
  const char32_t first = text[0];
  std::size_t pos = 0;

  int circled = 0;
  if (is_circled(first, circled)) return make_label(LabelForm::Circled, text, 1, {circled});

  if (first == U'第') {
    pos = 1;
    int value = read_chinese(text, pos);
    if (value < 0) value = read_arabic(text, pos);
    if (value < 1 || pos >= text.size()) return std::nullopt;
    const char32_t kind = text[pos];
    if (kind == U'章' || kind == U'节' || kind == U'節' || kind == U'条' || kind == U'條' ||
        kind == U'篇') {
      return make_label(LabelForm::Chapter, text, pos + 1, {value});
    }
    if (kind == U'部' && pos + 1 < text.size() && text[pos + 1] == U'分') {
      return make_label(LabelForm::Chapter, text, pos + 2, {value});
    }
    return std::nullopt;
  }

  if (first == U'（' || first == '(') {
    pos = 1;
    bool chinese = true;
    int value = read_chinese(text, pos);
    if (value < 0) {
      chinese = false;
      value = read_arabic(text, pos);
    }
    if (value < 1 || pos >= text.size()) return std::nullopt;
    const char32_t close = text[pos];
    if (close != U'）' && close != ')') return std::nullopt;
    const bool full = first == U'（' && close == U'）';
    const LabelForm form = chinese ? (full ? LabelForm::ChineseParen : LabelForm::ChineseHalfParen)
                                   : (full ? LabelForm::ArabicParen : LabelForm::ArabicHalfParen);
    return make_label(form, text, pos + 1, {value});
  }

  if (is_chinese_counter_char(first)) {
    const int value = read_chinese(text, pos);
    if (value < 1 || pos >= text.size()) return std::nullopt;
    // 一. and 一． are slips for 一、: a label in the wrong form, not body text.
    if (text[pos] == '.' || text[pos] == U'．') {
      if (digit_follows(text, pos + 1)) return std::nullopt;
      return make_label(LabelForm::ChineseDot, text, pos + 1, {value});
    }
    if (text[pos] != U'、') return std::nullopt;
    const std::size_t end = pos + 1;
    // 「一、二、三等奖」 enumerates; it does not open section 一.
    if (end + 1 < text.size() && is_chinese_counter_char(text[end]) && text[end + 1] == U'、') {
      return std::nullopt;
    }
    return make_label(LabelForm::ChineseComma, text, end, {value});
  }

  if (is_digit_like(first)) {
    const int value = read_arabic(text, pos);
    if (value < 1) return std::nullopt;
    if (pos == text.size()) return make_label(LabelForm::ArabicBare, text, pos, {value});
    const char32_t next = text[pos];
    if (next == U'、' || next == U'．') {
      if (digit_follows(text, pos + 1)) return std::nullopt;
      const LabelForm form = next == U'、' ? LabelForm::ArabicComma : LabelForm::ArabicFullDot;
      return make_label(form, text, pos + 1, {value});
    }
    if (next == '.') {
      if (!digit_follows(text, pos + 1)) {
        return make_label(LabelForm::ArabicDot, text, pos + 1, {value});
      }
      std::vector<int> values{value};
      while (pos < text.size() && text[pos] == '.' && digit_follows(text, pos + 1)) {
        ++pos;
        const int part = read_arabic(text, pos);
        if (part < 0) return std::nullopt;
        values.push_back(part);
      }
      // After 1.2.3 comes a space, the end, or heading text — never a unit (3.5亿元, 98.6%).
      if (pos < text.size()) {
        const char32_t after = text[pos];
        if (after == '.' || is_digit_like(after) || is_unit_after_decimal(after)) {
          return std::nullopt;
        }
      }
      return make_label(LabelForm::ArabicMulti, text, pos, std::move(values));
    }
    if (is_space(next)) {
      std::size_t after = pos;
      while (after < text.size() && is_space(text[after])) ++after;
      if (after < text.size() && !is_digit_like(text[after])) {
        return make_label(LabelForm::ArabicBare, text, pos, {value});
      }
    }
    return std::nullopt;
  }

  if (first >= 'A' && first <= 'Z') {
    while (pos < text.size() && pos < 6 && text[pos] >= 'A' && text[pos] <= 'Z') ++pos;
    if (pos >= text.size() || text[pos] != '.') return std::nullopt;
    // Western items are written "A. Title": a space (or nothing) after the dot.
    if (pos + 1 < text.size() && !is_space(text[pos + 1])) return std::nullopt;
    const int roman = parse_roman(text.substr(0, pos));
    if (roman > 0) return make_label(LabelForm::RomanDot, text, pos + 1, {roman});
    if (pos == 1)
      return make_label(LabelForm::LetterDot, text, 2, {static_cast<int>(first - 'A') + 1});
  }
  return std::nullopt;
}

bool is_chinese_form(LabelForm form) {
  return form == LabelForm::ChineseComma || form == LabelForm::ChineseParen ||
         form == LabelForm::ChineseHalfParen || form == LabelForm::ChineseDot ||
         form == LabelForm::Chapter;
}

// Forms that only Western outlines use; in a Chinese report they do not make a heading by
// themselves.
bool is_western_form(LabelForm form) {
  return form == LabelForm::ArabicMulti || form == LabelForm::ArabicBare ||
         form == LabelForm::RomanDot || form == LabelForm::LetterDot;
}

int mainland_level(const HeadingLabel& label) {
  switch (label.form) {
    case LabelForm::ChineseComma:
    case LabelForm::ChineseDot:
    case LabelForm::Chapter:
      return 1;
    case LabelForm::ChineseParen:
    case LabelForm::ChineseHalfParen:
      return 2;
    case LabelForm::ArabicDot:
    case LabelForm::ArabicFullDot:
    case LabelForm::ArabicComma:
      return 3;
    case LabelForm::ArabicParen:
    case LabelForm::ArabicHalfParen:
      return 4;
    case LabelForm::Circled:
      return 5;
    case LabelForm::ArabicMulti:  // Western forms: a Chinese report takes a styled heading's
    case LabelForm::ArabicBare:   // outline level for them instead
    case LabelForm::RomanDot:
    case LabelForm::LetterDot:
      break;
  }
  return 1;
}

int western_level(const HeadingLabel& label) {
  switch (label.form) {
    case LabelForm::ArabicMulti:
      return static_cast<int>(label.values.size());
    case LabelForm::LetterDot:
      return 2;
    case LabelForm::ArabicParen:
    case LabelForm::ArabicHalfParen:
      return 3;
    case LabelForm::Circled:
      return 4;
    default:
      return 1;
  }
}

bool is_run_on_stop(char32_t c) {
  switch (c) {
    case U'。':
    case U'：':
    case U'；':
    case U'！':
    case U'？':
    case ':':
    case ';':
    case '!':
    case '?':
      return true;
    default:
      return false;
  }
}

// What one paragraph contributes to the outline before levels are known.
struct Candidate {
  int paragraph = 0;
  std::optional<HeadingLabel> automatic;
  std::optional<HeadingLabel> typed;
  int typed_offset = 0;
  int heading_begin = 0;  // where the heading text starts (after labels and spaces)
  int styled_level = 0;
};

Candidate read_candidate(int index, const Paragraph& paragraph, const std::u32string& text) {
  Candidate candidate;
  candidate.paragraph = index;
  candidate.styled_level = paragraph.outline_level > 0 ? paragraph.outline_level : 0;
  if (!paragraph.list_label.empty()) {
    const std::u32string list_label = decode_utf8(paragraph.list_label);
    const std::u32string_view label_text = trim(list_label);
    std::optional<HeadingLabel> label = scan_label(label_text);
    if (label && label->length == static_cast<int>(label_text.size())) {
      candidate.automatic = std::move(label);
    }
  }
  std::size_t begin = 0;
  while (begin < text.size() && is_space(text[begin])) ++begin;
  candidate.heading_begin = static_cast<int>(begin);
  std::optional<HeadingLabel> typed = scan_label(std::u32string_view(text).substr(begin));
  if (typed) {
    std::size_t after = begin + typed->length;
    while (after < text.size() && is_space(text[after])) ++after;
    const bool has_text = after < text.size();
    // A bare "1 Title", "I. Title" or "A. Title" in body text is a heading only when a Western
    // title follows it: in a Chinese sentence 「3 个」 is a count and 「A. 股票」 an option.
    const bool western_only = typed->form == LabelForm::ArabicBare ||
                              typed->form == LabelForm::RomanDot ||
                              typed->form == LabelForm::LetterDot;
    const bool latin_follows = has_text && text[after] >= 'A' && text[after] <= 'Z';
    if (has_text && (!western_only || candidate.styled_level > 0 || latin_follows)) {
      candidate.typed_offset = static_cast<int>(begin);
      candidate.heading_begin = static_cast<int>(after);
      candidate.typed = std::move(typed);
    }
  }
  return candidate;
}

bool is_attachment_item_form(LabelForm form) {
  return form == LabelForm::ArabicDot || form == LabelForm::ArabicFullDot ||
         form == LabelForm::ArabicComma;
}

// When `text` opens an 附件说明 with a numbered item (「附件：1. 关于……的方案」), that item's
// number; 0 otherwise (a single attachment has no number).
int attachment_note_first_item(std::u32string_view text) {
  text = trim(text);
  static constexpr std::u32string_view kWords[] = {U"附件", U"附 件"};
  for (std::u32string_view word : kWords) {
    if (text.substr(0, word.size()) != word) continue;
    std::size_t pos = word.size();
    if (pos >= text.size() || (text[pos] != U'：' && text[pos] != ':')) return 0;
    ++pos;
    while (pos < text.size() && is_space(text[pos])) ++pos;
    const std::optional<HeadingLabel> label = scan_label(text.substr(pos));
    if (label && is_attachment_item_form(label->form) && label->values.size() == 1) {
      return label->values[0];
    }
  }
  return 0;
}

}  // namespace

std::optional<HeadingLabel> parse_label(std::string_view text) {
  return scan_label(decode_utf8(text));
}

std::optional<int> parse_chinese_number(std::string_view text) {
  return chinese_counter(decode_utf8(text));
}

Outline build_outline(const Document& document) {
  std::vector<std::u32string> texts;
  texts.reserve(document.paragraphs.size());
  for (const Paragraph& paragraph : document.paragraphs)
    texts.push_back(decode_utf8(paragraph.text));
  return build_outline(document, texts);
}

Outline build_outline(const Document& document, const std::vector<std::u32string>& all_texts) {
  std::vector<Candidate> candidates;
  std::vector<const std::u32string*> texts;
  bool has_chinese = false;
  bool has_western = false;
  int next_attachment = 0;  // the item number an 附件说明 expects next; 0 outside one
  for (std::size_t i = 0; i < document.paragraphs.size() && i < all_texts.size(); ++i) {
    const Paragraph& paragraph = document.paragraphs[i];
    const std::u32string& text = all_texts[i];
    // 附件说明 (GB/T 9704 7.3.4): 「附件：1. ……」, the next items aligned under the first. Its
    // items are not headings.
    if (const int first_item = attachment_note_first_item(text); first_item > 0) {
      next_attachment = first_item + 1;
      continue;
    }
    Candidate candidate = read_candidate(static_cast<int>(i), paragraph, text);
    if (next_attachment > 0 && candidate.styled_level == 0) {
      const auto& label = candidate.automatic ? candidate.automatic : candidate.typed;
      if (label && is_attachment_item_form(label->form) && label->values.size() == 1 &&
          label->values[0] == next_attachment) {
        ++next_attachment;
        continue;
      }
    }
    if (!trim(std::u32string_view(text)).empty()) next_attachment = 0;
    if (!candidate.automatic && !candidate.typed && candidate.styled_level == 0) continue;
    for (const auto* label : {&candidate.automatic, &candidate.typed}) {
      if (!*label) continue;
      const LabelForm form = (*label)->form;
      has_chinese = has_chinese || is_chinese_form(form);
      // An automatic bare "1" counts only on a heading; a typed one was already checked to
      // open a Western title by read_candidate.
      const bool bare_ok = candidate.styled_level > 0 || label == &candidate.typed;
      has_western =
          has_western || (is_western_form(form) && (form != LabelForm::ArabicBare || bare_ok));
    }
    candidates.push_back(std::move(candidate));
    texts.push_back(&text);
  }

  Outline outline;
  outline.western = !has_chinese && has_western;
  std::vector<int> open;  // indices of entries that can still be parents, levels increasing
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    Candidate& candidate = candidates[k];
    const std::u32string& text = *texts[k];
    OutlineEntry entry;
    entry.paragraph = candidate.paragraph;
    if (candidate.automatic) {
      entry.label = std::move(candidate.automatic);
      entry.automatic = true;
    } else if (candidate.typed) {
      entry.label = std::move(candidate.typed);
      entry.label_offset = candidate.typed_offset;
    }
    if (entry.label) {
      const bool foreign = !outline.western && is_western_form(entry.label->form);
      if (foreign && candidate.styled_level == 0) continue;  // "A. …" in a Chinese report
      entry.level =
          foreign ? candidate.styled_level
                  : (outline.western ? western_level(*entry.label) : mainland_level(*entry.label));
    } else {
      entry.level = candidate.styled_level;
    }
    if (entry.level < 1) entry.level = 1;

    // The heading ends where a sentence does, when body text follows in the same paragraph.
    std::size_t end = text.size();
    for (std::size_t i = candidate.heading_begin; i < text.size(); ++i) {
      if (!is_run_on_stop(text[i])) continue;
      if (!trim(std::u32string_view(text).substr(i + 1)).empty()) {
        end = i;
        entry.runs_on = true;
      }
      break;
    }
    entry.heading = encode_utf8(trim(
        std::u32string_view(text).substr(candidate.heading_begin, end - candidate.heading_begin)));

    while (!open.empty() && outline.entries[open.back()].level >= entry.level) open.pop_back();
    entry.parent = open.empty() ? -1 : open.back();
    open.push_back(static_cast<int>(outline.entries.size()));
    outline.entries.push_back(std::move(entry));
  }
  return outline;
}

bool heading_ends_sentence(std::string_view heading) {
  const std::u32string text = decode_utf8(heading);
  if (text.empty()) return false;
  const char32_t last = to_halfwidth(text.back());
  return last == U'。' || last == '!' || last == '?' || last == ';';
}

}  // namespace chengbao
