// 版式 rules: the look of a report against its template's <layout> — typeface, size, weight,
// alignment, first-line indent and line spacing per element, the page and its page number. Only
// what the file settles is judged; many paragraphs with the same defect make one finding.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "format_fix.hpp"
#include "numbering_labels.hpp"
#include "rule_context.hpp"
#include "template_layout.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

// Tolerances of the issue that introduced these rules: ±0.5 pt, ±1 mm.
constexpr double kSizeTolerance = 0.5;
constexpr double kLengthTolerance = 1.0;  // mm
// A fixed line pitch within this distance of the grid's pitch gives the same lines per page
// (GB/T 9704's 22 lines: 28–30 pt).
constexpr double kPitchTolerance = 1.5;

bool chinese(Language language) { return language != Language::En; }

// A size for the message's language: 三号（16磅）, 三號（16點）, 16 pt (三号).
std::string size_text(double pt, Language language) {
  std::string text = describe_size(pt, chinese(language));
  if (language != Language::ZhTW) return text;
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"号", "號"}, {"磅", "點"}}) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

// One defect shared by paragraphs of one element: reported once, at the first.
struct Defect {
  int first = -1;
  int count = 0;
  std::vector<int> paragraphs;  ///< every paragraph with the defect
  std::vector<double> values;   ///< per paragraph, what a fix sets (format.indent, .spacing)
  Message message = Message::FormatFont;
  std::string wanted;
  std::string actual;
};

class FormatCheck {
 public:
  FormatCheck(RuleContext& context, const LayoutSpec& layout)
      : context_(context), layout_(layout), parts_(context.layout) {}

  /// The repairs for the defects `selection` picks (all paragraphs of each), after run().
  FormatPlan plan(const FixSelection& selection) const {
    FormatPlan plan;
    for (const auto& [key, defect] : defects_) {
      const std::string& rule = std::get<0>(key);
      if (!picks(selection, rule, defect.first)) continue;
      const ElementStyle* style = layout_.style(std::get<1>(key));
      for (std::size_t k = 0; k < defect.paragraphs.size(); ++k) {
        plan.paragraphs.push_back(FormatRepair{rule, defect.paragraphs[k], std::get<1>(key),
                                               style != nullptr ? *style : ElementStyle{},
                                               defect.values[k]});
      }
    }
    plan.page = page_defect_ && picks(selection, "format.page", 0);
    plan.page_number = page_number_defect_ && picks(selection, "format.pagenumber", 0);
    return plan;
  }

  void run() {
    for (int i = 0; i < static_cast<int>(context_.document.paragraphs.size()); ++i) {
      if (context_.is_empty(i)) continue;
      bool runs_on = false;
      const std::optional<LayoutElement> element = element_of(i, runs_on);
      if (!element) continue;
      const ElementStyle* style = layout_.style(*element);
      if (style == nullptr) continue;
      check_paragraph(i, *element, *style, runs_on);
    }
    for (const auto& [key, defect] : defects_) report(key, defect);
    check_page();
  }

 private:
  using Key = std::tuple<std::string, LayoutElement>;  // rule, element

  // The element paragraph `i` belongs to; `runs_on` when it is a heading that continues into
  // body text (its typeface and weight are the heading's only for the first words).
  std::optional<LayoutElement> element_of(int i, bool& runs_on) const {
    const ReportLayout& p = parts_;
    const auto within = [i](int begin, int end) { return begin >= 0 && i >= begin && i <= end; };
    if (i == p.document_number || i == p.signer) return LayoutElement::DocumentNumber;
    if (within(p.masthead_begin, p.masthead_end)) return std::nullopt;
    if (within(p.title, p.title_end)) return LayoutElement::Title;
    if (i == p.addressee) return LayoutElement::Addressee;
    if (i == p.closing) return LayoutElement::Closing;
    if (within(p.attachment_note, p.attachment_note_end)) return LayoutElement::AttachmentNote;
    if (i == p.signature) return LayoutElement::Signature;
    if (i == p.date) return LayoutElement::Date;
    if (i == p.notes) return LayoutElement::Notes;
    if (within(p.colophon_begin, p.colophon_end)) return LayoutElement::Colophon;
    if (i < p.body_begin || i >= p.body_end) return std::nullopt;
    const int entry = context_.entry_at[static_cast<std::size_t>(i)];
    if (entry >= 0 && context_.in_body(entry)) {
      const OutlineEntry& heading = context_.outline.entries[static_cast<std::size_t>(entry)];
      if (heading.level >= 1 && heading.level <= kMaxHeadingLevel) {
        // 第一章 / 第一条 of a 办法 or 规定 are not GB/T 9704's heading levels: their look is the
        // regulation's (a centred 章, a 条 that leads its body text).
        if (heading.label && heading.label->text.rfind("第", 0) == 0) return std::nullopt;
        // A heading that is a whole sentence (「（一）更新台式电脑20台。」) is an item of the
        // text, often set in the body's face: judged like a heading that runs on.
        runs_on = heading.runs_on || heading_ends_sentence(heading.heading);
        return heading_element(heading.level);
      }
      return std::nullopt;
    }
    return LayoutElement::Body;
  }

  void check_paragraph(int i, LayoutElement element, const ElementStyle& style, bool runs_on) {
    const Paragraph& paragraph = context_.document.paragraphs[static_cast<std::size_t>(i)];
    const ParagraphFormat& format = paragraph.format;
    const Language language = context_.options.language;
    if (!runs_on && !style.fonts.empty() && !format.east_asian_font.empty() &&
        !accepted_font(element, format.east_asian_font, style.fonts)) {
      add("format.font", element, i, Message::FormatFont, [&] {
        return Texts{style.fonts.front(), format.east_asian_font};
      });
    }
    if (style.size && format.size && std::fabs(*format.size - *style.size) > kSizeTolerance) {
      add("format.size", element, i, Message::FormatSize, [&] {
        return Texts{size_text(*style.size, language), size_text(*format.size, language)};
      });
    }
    if (!runs_on && style.bold && format.bold && *format.bold != *style.bold) {
      add("format.weight", element, i, *style.bold ? Message::FormatBold : Message::FormatNotBold,
          [] { return Texts{}; });
    }
    if (style.align) check_align(i, element, *style.align, paragraph);
    // The 附件说明's later items stand under the first one's text, not at the indent.
    const bool later_item = element == LayoutElement::AttachmentNote && i != parts_.attachment_note;
    if (style.indent && !later_item) check_indent(i, element, style, paragraph);
    if (element == LayoutElement::Body) check_spacing(i, element, format);
  }

  void check_align(int i, LayoutElement element, Alignment wanted, const Paragraph& paragraph) {
    Alignment actual = paragraph.centered        ? Alignment::Center
                       : paragraph.right_aligned ? Alignment::Right
                                                 : Alignment::Left;
    // A signature or date moved to the right by typed spaces or an indent (over a seal, GB/T
    // 9704 7.3.5) stands at the right even though the paragraph is aligned left.
    if (wanted == Alignment::Right && actual == Alignment::Left && pushed_right(i, paragraph)) {
      actual = Alignment::Right;
    }
    // The model tells centre and right from the rest; left and justified are alike to it.
    const bool ok = wanted == Alignment::Center  ? actual == Alignment::Center
                    : wanted == Alignment::Right ? actual == Alignment::Right
                                                 : actual == Alignment::Left;
    if (!ok)
      add("format.align", element, i, Message::FormatAlign, [&] {
        return Texts{align_name(wanted), align_name(actual)};
      });
  }

  // Whether `font` is among an element's accepted faces; asked once per element and name (a
  // document uses a handful of faces over thousands of paragraphs).
  bool accepted_font(LayoutElement element, const std::string& font,
                     const std::vector<std::string>& accepted) {
    const auto [it, added] = font_answers_.try_emplace({element, font}, false);
    if (added) it->second = font_matches(font, accepted);
    return it->second;
  }

  // Four characters or more of typed spaces or first-line indent before the text.
  bool pushed_right(int i, const Paragraph& paragraph) const {
    const double size = paragraph.format.size.value_or(16);
    return set_indent(paragraph.format, size).value_or(0) / size + typed_indent(i) >= 4;
  }

  // The first-line indent in characters: the paragraph's indent plus the spaces typed before the
  // text, as many offices indent by typing 「　　」.
  void check_indent(int i, LayoutElement element, const ElementStyle& style,
                    const Paragraph& paragraph) {
    const ParagraphFormat& format = paragraph.format;
    // Characters of the size the layout wants: a paragraph in the wrong size keeps its indent
    // right when it is indented as far as the template's characters (the size is format.size's).
    const double want_size = style.size.value_or(format.size.value_or(0));
    const double own_size = format.size.value_or(want_size);
    if (want_size <= 0) return;
    const std::optional<double> own = set_indent(format, own_size);
    if (!own) return;
    const double typed = typed_indent(i) * own_size;
    const double indent = *own + typed;
    if (std::fabs(indent - *style.indent * want_size) > kLengthTolerance * kPointsPerMm) {
      // The fix sets the paragraph's indent; what is typed before the text stays.
      add(
          "format.indent", element, i, Message::FormatIndent,
          [&] {
            return Texts{decimal_text(*style.indent), decimal_text(indent / want_size)};
          },
          *style.indent * want_size - typed);
    }
  }

  // The first-line indent a paragraph sets, in pt, characters counted at `size`; unset when the
  // file does not say.
  static std::optional<double> set_indent(const ParagraphFormat& format, double size) {
    if (format.first_line_indent_chars) return *format.first_line_indent_chars / 100.0 * size;
    return format.first_line_indent;
  }

  // Characters typed before paragraph `i`'s text to indent it: 「　」 one, a space half, a tab two.
  double typed_indent(int i) const {
    double chars = 0;
    for (char32_t c : context_.texts[static_cast<std::size_t>(i)]) {
      if (c == U'\u3000') {
        chars += 1;
      } else if (c == U' ' || c == U'\u00a0') {
        chars += 0.5;
      } else if (c == U'\t') {
        chars += 2;
      } else {
        break;
      }
    }
    return chars;
  }

  // Body text keeps the page's line pitch: a fixed spacing near it, or single spacing on the
  // page's line grid of the prescribed lines.
  void check_spacing(int i, LayoutElement element, const ParagraphFormat& format) {
    if (!layout_.page || layout_.page->lines == 0) return;
    if (format.line_rule == ParagraphFormat::LineRule::Unknown) return;
    const double pitch = layout_.page->line_pitch();
    const std::optional<PageFormat>& page = context_.document.page;
    const bool on_grid = page && page->grid_lines == layout_.page->lines && format.snap_to_grid;
    bool ok = false;
    switch (format.line_rule) {
      case ParagraphFormat::LineRule::Exact:
      case ParagraphFormat::LineRule::AtLeast:
        ok = std::fabs(format.line_value - pitch) <= kPitchTolerance ||
             (on_grid && format.line_value <= pitch + kPitchTolerance);
        break;
      case ParagraphFormat::LineRule::Proportional:
        ok = on_grid && format.line_value <= 100.5;
        break;
      case ParagraphFormat::LineRule::Unknown:
        return;
    }
    if (ok) return;
    const auto describe = [&] {
      const Language language = context_.options.language;
      Texts texts;
      texts.first = context_.say(
          Message::SpacingExact,
          {decimal_text(pitch - 1) + (chinese(language) ? "～" : "–") + decimal_text(pitch + 1)});
      switch (format.line_rule) {
        case ParagraphFormat::LineRule::Exact:
          texts.second = context_.say(Message::SpacingExact, {decimal_text(format.line_value)});
          break;
        case ParagraphFormat::LineRule::AtLeast:
          texts.second = context_.say(Message::SpacingAtLeast, {decimal_text(format.line_value)});
          break;
        default:
          texts.second =
              context_.say(Message::SpacingMultiple, {decimal_text(format.line_value / 100)});
      }
      return texts;
    };
    add("format.spacing", element, i, Message::FormatSpacing, describe, pitch);
  }

  void check_page() {
    if (!layout_.page || !context_.document.page) return;
    const PageSpec& want = *layout_.page;
    const PageFormat& have = *context_.document.page;
    std::string differences;
    const auto compare = [&](Message what, double wanted, double actual) {
      // A file that leaves the paper size out (no w:pgSz) says nothing about it.
      if (actual <= 0 || std::fabs(wanted - actual) <= kLengthTolerance) return;
      if (!differences.empty()) differences += chinese(context_.options.language) ? "；" : "; ";
      differences += context_.say(Message::FormatPageItem,
                                  {context_.say(what), decimal_text(wanted), decimal_text(actual)});
    };
    compare(Message::PageWidth, want.width, have.width);
    compare(Message::PageHeight, want.height, have.height);
    compare(Message::PageTop, want.margin_top, have.margin_top);
    compare(Message::PageBottom, want.margin_bottom, have.margin_bottom);
    compare(Message::PageLeft, want.margin_left, have.margin_left);
    compare(Message::PageRight, want.margin_right, have.margin_right);
    if (!differences.empty()) {
      page_defect_ = true;
      report_format("format.page", Severity::Warning, 0, 0, 0,
                    context_.say(Message::FormatPage, {differences}));
    }
    check_page_number(want, have);
  }

  void check_page_number(const PageSpec& want, const PageFormat& have) {
    if (want.page_number.empty()) return;
    // Any finding below is fixed by setting the page number up as the layout says.
    const std::size_t before = context_.findings.size();
    check_page_number_form(want, have);
    page_number_defect_ = context_.findings.size() > before;
  }

  void check_page_number_form(const PageSpec& want, const PageFormat& have) {
    if (have.page_number_text.empty()) {
      report_format("format.pagenumber", Severity::Warning, 0, 0, 0,
                    context_.say(Message::FormatPageNumberMissing, {sample(want.page_number)}));
      return;
    }
    if (normalize_dashes(have.page_number_text) != normalize_dashes(want.page_number)) {
      report_format("format.pagenumber", Severity::Warning, 0, 0, 0,
                    context_.say(Message::FormatPageNumber,
                                 {sample(want.page_number), sample(have.page_number_text)}));
      return;
    }
    if (want.page_number_place == PageNumberPlace::Outside && have.page_number_align_odd != 0) {
      const char even = have.page_number_align_even != 0 ? have.page_number_align_even
                                                         : have.page_number_align_odd;
      if (have.page_number_align_odd != 'r' || even != 'l') {
        report_format("format.pagenumber", Severity::Warning, 0, 0, 0,
                      context_.say(Message::FormatPageNumberPlace));
      }
    }
  }

  // 「— # —」 with the number of page 1.
  static std::string sample(const std::string& form) {
    std::string out = form;
    const std::size_t hash = out.find('#');
    if (hash != std::string::npos) out.replace(hash, 1, "1");
    return out;
  }

  // Dashes people type for the em dash of 「— 1 —」, and spaces, do not count.
  static std::u32string normalize_dashes(const std::string& text) {
    std::u32string out;
    for (char32_t c : decode_utf8(text)) {
      if (c == U' ' || c == U'\u3000' || c == U'\u00a0') continue;
      if (c == U'-' || c == U'\u2013' || c == U'\u2014' || c == U'\u2015' || c == U'\uff0d' ||
          c == U'\u2500') {
        c = U'\u2014';
      }
      out += c;
    }
    return out;
  }

  std::string align_name(Alignment align) const {
    switch (align) {
      case Alignment::Center:
        return context_.say(Message::AlignCenter);
      case Alignment::Right:
        return context_.say(Message::AlignRight);
      case Alignment::Justify:
        return context_.say(Message::AlignJustify);
      case Alignment::Left:
        break;
    }
    return context_.say(Message::AlignLeft);
  }

  std::string element_name(LayoutElement element) const {
    switch (element) {
      case LayoutElement::Title:
        return context_.say(Message::PartTitle);
      case LayoutElement::Addressee:
        return context_.say(Message::PartAddressee);
      case LayoutElement::Body:
        return context_.say(Message::PartBody);
      case LayoutElement::Heading1:
      case LayoutElement::Heading2:
      case LayoutElement::Heading3:
      case LayoutElement::Heading4: {
        const int level = static_cast<int>(element) - static_cast<int>(LayoutElement::Heading1) + 1;
        return context_.say(
            Message::ElementHeading,
            {chinese(context_.options.language) ? chinese_number(level) : std::to_string(level)});
      }
      case LayoutElement::Closing:
        return context_.say(Message::ElementClosing);
      case LayoutElement::AttachmentNote:
        return context_.say(Message::PartAttachmentNote);
      case LayoutElement::Signature:
        return context_.say(Message::PartSignature);
      case LayoutElement::Date:
        return context_.say(Message::PartDate);
      case LayoutElement::Notes:
        return context_.say(Message::PartNotes);
      case LayoutElement::IssuerMark:
        return context_.say(Message::ElementIssuerMark);
      case LayoutElement::DocumentNumber:
        return context_.say(Message::ElementDocumentNumber);
      case LayoutElement::Colophon:
        return context_.say(Message::PartColophon);
    }
    return {};
  }

  // `describe` gives the message's wanted and actual values; it is asked only for the first
  // paragraph of a defect (many paragraphs usually share one, and the texts cost more than the
  // test).
  template <typename Describe>
  void add(const char* rule, LayoutElement element, int paragraph, Message message,
           Describe&& describe, double value = 0) {
    Defect& defect = defects_[Key{rule, element}];
    defect.paragraphs.push_back(paragraph);
    defect.values.push_back(value);
    if (defect.count++ == 0) {
      defect.first = paragraph;
      defect.message = message;
      std::tie(defect.wanted, defect.actual) = describe();
    }
  }

  using Texts = std::pair<std::string, std::string>;

  void report(const Key& key, const Defect& defect) {
    const std::string many =
        defect.count > 1 ? context_.say(Message::FormatMany, {std::to_string(defect.count)}) : "";
    const std::u32string& text = context_.texts[static_cast<std::size_t>(defect.first)];
    context_.report(
        std::get<0>(key).c_str(), Severity::Warning, defect.first, 0, static_cast<int>(text.size()),
        context_.say(defect.message,
                     {element_name(std::get<1>(key)), defect.wanted, defect.actual, many}));
  }

  // A finding that a format fix repairs (the Check panel offers Fix).
  template <typename... Args>
  void report_format(Args&&... args) {
    context_.report(std::forward<Args>(args)...);
    context_.findings.back().fixes_format = true;
  }

  // A fix selection picks a rule (empty: all) and perhaps the finding at a paragraph, offset 0.
  static bool picks(const FixSelection& selection, const std::string& rule, int first) {
    if (!selection.rule.empty() && selection.rule != rule) return false;
    if (selection.paragraph && (*selection.paragraph != first || selection.offset.value_or(0) != 0))
      return false;
    return true;
  }

  RuleContext& context_;
  const LayoutSpec& layout_;
  const ReportLayout& parts_;
  std::map<Key, Defect> defects_;
  std::map<std::pair<LayoutElement, std::string>, bool> font_answers_;
  bool page_defect_ = false;
  bool page_number_defect_ = false;
};

}  // namespace

void check_format(RuleContext& context) {
  const ReportTemplate* tmpl = context.options.report_template;
  if (tmpl == nullptr || tmpl->layout.empty()) return;
  FormatCheck(context, tmpl->layout).run();
}

FormatPlan plan_format_fixes(const Document& document, const CheckOptions& options,
                             const FixSelection& selection) {
  const ReportTemplate* tmpl = options.report_template;
  if (tmpl == nullptr || tmpl->layout.empty()) return {};
  if (!selection.rule.empty() && selection.rule.rfind("format.", 0) != 0) return {};
  // A rule the template switches off has no finding to fix.
  if (!selection.rule.empty()) {
    const auto setting = tmpl->checker.rules.find(selection.rule);
    if (setting != tmpl->checker.rules.end() && setting->second.enabled == false) return {};
  }
  RuleContext context(document, options);
  FormatCheck check(context, tmpl->layout);
  check.run();
  FormatPlan plan = check.plan(selection);
  const auto enabled = [&](const std::string& rule) {
    const auto setting = tmpl->checker.rules.find(rule);
    return setting == tmpl->checker.rules.end() || setting->second.enabled != false;
  };
  plan.paragraphs.erase(std::remove_if(plan.paragraphs.begin(), plan.paragraphs.end(),
                                       [&](const FormatRepair& r) { return !enabled(r.rule); }),
                        plan.paragraphs.end());
  plan.page = plan.page && enabled("format.page");
  plan.page_number = plan.page_number && enabled("format.pagenumber");
  return plan;
}

}  // namespace chengbao
