// Rules on heading numbering: counting, restarts, skipped levels and the label form per level.
#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report_template.hpp"
#include "rule_context.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

bool is_counter_char(char32_t c) {
  static constexpr std::u32string_view kChinese =
      U"〇零一二三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";
  return is_ascii_digit(to_halfwidth(c)) || kChinese.find(c) != std::u32string_view::npos;
}

std::string roman(int value) {
  static constexpr std::pair<int, const char*> kNumerals[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [amount, numeral] : kNumerals) {
    for (; value >= amount; value -= amount) out += numeral;
  }
  return out;
}

// The same label with another counter value, keeping its brackets and punctuation: （二）→（三）.
std::string relabel(const HeadingLabel& label, int value) {
  switch (label.form) {
    case LabelForm::Circled:
      if (value >= 1 && value <= 20) {
        std::string out;
        append_code_point(out, static_cast<char32_t>(0x2460 + value - 1));
        return out;
      }
      return std::to_string(value);
    case LabelForm::RomanDot:
      return roman(value) + ".";
    case LabelForm::LetterDot:
      return value >= 1 && value <= 26 ? std::string(1, static_cast<char>('A' + value - 1)) + "."
                                       : std::to_string(value) + ".";
    default:
      break;
  }
  // Replace the last run of counter characters (the last part of 1.2.3, the 二 of 第二章).
  const std::u32string text = decode_utf8(label.text);
  std::size_t end = text.size();
  while (end > 0 && !is_counter_char(text[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && is_counter_char(text[begin - 1])) --begin;
  if (begin == end) return label.text;
  const bool chinese = !is_ascii_digit(to_halfwidth(text[begin]));
  return encode_utf8(std::u32string_view(text).substr(0, begin)) +
         (chinese ? chinese_number(value) : std::to_string(value)) +
         encode_utf8(std::u32string_view(text).substr(end));
}

std::string trim_ascii(const std::string& text) {
  const std::size_t begin = text.find_first_not_of(' ');
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(' ') - begin + 1);
}

// The label written with every counter 1 (一 for Chinese counters): the form of the label, as
// a template's <labels allowed="…"> writes it. 2.3 → 1.1, （十二） → （一）.
std::string first_counter_form(const HeadingLabel& label) {
  switch (label.form) {
    case LabelForm::Circled:
      return "①";
    case LabelForm::RomanDot:
      return "I.";
    case LabelForm::LetterDot:
      return "A.";
    default:
      break;
  }
  const std::u32string text = decode_utf8(label.text);
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_counter_char(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    const bool chinese = !is_ascii_digit(to_halfwidth(text[i]));
    while (i < text.size() && is_counter_char(text[i])) ++i;
    out.push_back(chinese ? U'一' : U'1');
  }
  return encode_utf8(out);
}

std::string decimal_label(const std::vector<int>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += '.';
    out += std::to_string(values[i]);
  }
  return out;
}

// GB/T 9704-2012: 一、 （一） 1. （1）.
const std::vector<LevelNumbering>& national_numbering() {
  static const std::vector<LevelNumbering> kLevels = {
      {1, CounterFormat::Chinese, "", "、"},
      {2, CounterFormat::Chinese, "（", "）"},
      {3, CounterFormat::Arabic, "", "."},
      {4, CounterFormat::Arabic, "（", "）"},
  };
  return kLevels;
}

LabelForm national_form(int level) {
  switch (level) {
    case 1:
      return LabelForm::ChineseComma;
    case 2:
      return LabelForm::ChineseParen;
    case 3:
      return LabelForm::ArabicDot;
    default:
      return LabelForm::ArabicParen;
  }
}

class NumberingCheck {
 public:
  explicit NumberingCheck(RuleContext& context) : context_(context) {
    for (int i = 0; i < static_cast<int>(context.outline.entries.size()); ++i) {
      if (context.in_body(i) && context.outline.entries[i].label) labelled_.push_back(i);
    }
    const ReportTemplate* report_template = context.options.report_template;
    if (report_template != nullptr && !report_template->numbering.empty()) {
      numbering_ = &report_template->numbering;
    }
  }

  void run() {
    check_counting();
    check_levels();
    check_style();
  }

 private:
  const OutlineEntry& entry(int index) const { return context_.outline.entries[index]; }

  // Typed labels are fixed in place; an automatic one is only highlighted, as its text is the
  // office's to change.
  void report(const char* rule, const OutlineEntry& at, std::string message,
              const std::string& replacement) {
    if (at.automatic) {
      context_.report(rule, Severity::Error, at.paragraph, 0, 0, std::move(message));
      context_.findings.back().text = at.label->text;
    } else {
      context_.report(rule, Severity::Error, at.paragraph, at.label_offset, at.label->length,
                      std::move(message), replacement);
    }
  }

  // Siblings (same parent, same level) count 1, 2, 3 … from 1. Typed labels are wanted by their
  // place in the whole run of siblings, so that fixing every one of them gives 一、二、三、 (a
  // repeated 三、 is 二、 or 四、 by where it stands, never both); automatic labels follow the
  // office's counting, which only the writer's list setup changes.
  void check_counting() {
    std::map<std::pair<int, int>, int> expected;  // (parent, level) → next value
    for (int index : labelled_) {
      const OutlineEntry& at = entry(index);
      const int value = at.label->values.back();
      auto [it, first] = expected.try_emplace({at.parent, at.level}, 1);
      const int wanted = it->second;
      it->second = at.automatic ? value + 1 : wanted + 1;
      // 1.2.3 also repeats the counters above it: 3.1 under section 2 is wrong however it counts.
      std::vector<int> whole = at.label->values;
      const bool decimal =
          at.label->form == LabelForm::ArabicMulti && static_cast<int>(whole.size()) == at.level;
      if (decimal) {
        whole = counters(at);
        whole.back() = wanted;
      }
      const bool upper_ok =
          !decimal || std::equal(whole.begin(), whole.end() - 1, at.label->values.begin());
      if (value == wanted && upper_ok) continue;
      if (at.automatic) {
        // The office restarts and continues lists as the writer set them up; only a jump is
        // something the reader sees as a gap.
        if (value > wanted) {
          report("numbering.gap", at,
                 context_.say(Message::NumberingGap, {relabel(*at.label, wanted), at.label->text}),
                 "");
        }
        continue;
      }
      const std::string fixed = decimal ? decimal_label(whole) : relabel(*at.label, wanted);
      if (value == 1 && !first && upper_ok) {
        report("numbering.restart", at,
               context_.say(Message::NumberingRestart, {fixed, at.label->text}), fixed);
      } else {
        report("numbering.gap", at, context_.say(Message::NumberingGap, {fixed, at.label->text}),
               fixed);
      }
    }
  }

  // An example label of `level` for messages: the template's, else the national one.
  std::string example_label(int level) const {
    if (context_.outline.western) {
      std::string out = "1";
      for (int i = 1; i < level; ++i) out += ".1";
      return out;
    }
    const std::vector<LevelNumbering>& levels = numbering_ ? *numbering_ : national_numbering();
    if (level >= 1 && level <= static_cast<int>(levels.size())) {
      return format_label(levels[level - 1], 1);
    }
    return "（1）";
  }

  // A level-N heading needs a level N−1 heading above it. Reported once per run of siblings.
  void check_levels() {
    std::set<std::pair<int, int>> reported;
    for (int index : labelled_) {
      const OutlineEntry& at = entry(index);
      // ① ② items are used as in-line lists under any level, not as a fifth heading level.
      if (at.level <= 1 || at.label->form == LabelForm::Circled) continue;
      const bool parent_ok =
          at.parent >= 0 && context_.in_body(at.parent) && entry(at.parent).level == at.level - 1;
      if (parent_ok || !reported.insert({at.parent, at.level}).second) continue;
      const std::string message =
          context_.say(Message::NumberingLevel, {at.label->text, example_label(at.level - 1)});
      if (at.automatic) {
        context_.report("numbering.level", Severity::Error, at.paragraph, 0, 0, message);
        context_.findings.back().text = at.label->text;
      } else {
        context_.report("numbering.level", Severity::Error, at.paragraph, at.label_offset,
                        at.label->length, message);
      }
    }
  }

  // The counters of a heading from level 1 down: its own last, the upper ones from the headings
  // above it (so 3.1 under section 2 is wanted as 2.1), else as the label writes them, else 1.
  std::vector<int> counters(const OutlineEntry& at) const {
    const std::vector<int>& own = at.label->values;
    std::vector<int> values(static_cast<std::size_t>(at.level), 1);
    // The label's own counters, right-aligned: 2.3 at level 2 gives {2, 3}.
    const std::size_t n = std::min(own.size(), values.size());
    std::copy(own.end() - static_cast<std::ptrdiff_t>(n), own.end(),
              values.end() - static_cast<std::ptrdiff_t>(n));
    for (int up = at.parent; up >= 0; up = entry(up).parent) {
      const OutlineEntry& ancestor = entry(up);
      if (ancestor.label && ancestor.level < at.level) {
        values[ancestor.level - 1] = ancestor.label->values.back();
      }
    }
    return values;
  }

  // A template's <numbering> makes one label form per level; its <checker><labels> may allow
  // more. Forms are compared written with every counter 1 (十二、 as 一、, 2.3 as 1.1), so a wrong
  // number is left to the counting and reported once.
  void check_template_style() {
    const std::map<int, std::vector<std::string>>& allowed_by_level =
        context_.options.report_template->checker.labels;
    for (int index : labelled_) {
      const OutlineEntry& at = entry(index);
      if (at.level > static_cast<int>(numbering_->size())) continue;
      const std::string form = first_counter_form(*at.label);
      const auto allowed = allowed_by_level.find(at.level);
      if (allowed == allowed_by_level.end()) {
        const std::vector<int> ones(static_cast<std::size_t>(at.level), 1);
        if (form == trim_ascii(format_label(*numbering_, ones))) continue;
      } else if (std::find(allowed->second.begin(), allowed->second.end(), form) !=
                 allowed->second.end()) {
        continue;
      }
      const std::string wanted = trim_ascii(format_label(*numbering_, counters(at)));
      report("numbering.style", at, context_.say(Message::NumberingStyle, {wanted, at.label->text}),
             wanted);
    }
  }

  void check_style() {
    if (numbering_ != nullptr) {
      check_template_style();
      return;
    }
    // Without a template the writer's choice stands, unless one level mixes forms: then the
    // national form is the one to keep.
    if (context_.outline.western) return;
    std::map<int, std::set<LabelForm>> forms;
    for (int index : labelled_) forms[entry(index).level].insert(entry(index).label->form);
    for (int index : labelled_) {
      const OutlineEntry& at = entry(index);
      if (at.level > 4 || forms[at.level].size() < 2 || at.label->form == national_form(at.level)) {
        continue;
      }
      const std::string wanted =
          format_label(national_numbering()[at.level - 1], at.label->values.back());
      report("numbering.style", at, context_.say(Message::NumberingStyle, {wanted, at.label->text}),
             wanted);
    }
  }

  RuleContext& context_;
  const std::vector<LevelNumbering>* numbering_ = nullptr;
  std::vector<int> labelled_;  // outline entries of the body with a label, in order
};

}  // namespace

void check_numbering(RuleContext& context) { NumberingCheck(context).run(); }

}  // namespace chengbao
