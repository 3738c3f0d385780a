// Deriving a house template from a model report (see template_derive.hpp).
#include "template_derive.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "check.hpp"
#include "date_format.hpp"
#include "date_text.hpp"
#include "document_record.hpp"
#include "fold.hpp"
#include "outline.hpp"
#include "report_layout.hpp"
#include "template_layout.hpp"
#include "utf8.hpp"

namespace chengbao {
namespace {

bool is_digit_at(std::u32string_view text, std::size_t i) {
  return i < text.size() && is_ascii_digit(to_halfwidth(text[i]));
}

/// The end of the run of digits at `i` with the separators of a figure between digits
/// (1,234.5).
std::size_t figure_end(std::u32string_view text, std::size_t i) {
  while (i < text.size()) {
    if (is_digit_at(text, i)) {
      ++i;
      continue;
    }
    const char32_t c = to_halfwidth(text[i]);
    if ((c == '.' || c == ',') && is_digit_at(text, i + 1) && i > 0 && is_digit_at(text, i - 1)) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

int figure_value(std::u32string_view figure) {
  int value = 0;
  for (char32_t c : figure) {
    c = to_halfwidth(c);
    if (!is_ascii_digit(c) || value > 100000) return -1;
    value = value * 10 + static_cast<int>(c - '0');
  }
  return value;
}

/// The profile's values that stand for a field in running text, longest first (so the full
/// name wins over a short name inside it). The signatory's title (行长) and the department (办公室)
/// are left out, being common words, and so is the document number's pattern, no report's text.
std::vector<std::pair<std::u32string, std::string>> profile_names(const Profile& profile) {
  std::vector<std::pair<std::u32string, std::string>> names;
  for (const auto& [field, value] : profile.fields(0)) {
    if (field == "signatory_title" || field == "department" || field == "document_number") continue;
    std::u32string text = decode_utf8(value);
    if (text.size() < 2) continue;
    names.emplace_back(std::move(text), "{{" + field + "}}");
  }
  std::stable_sort(names.begin(), names.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return names;
}

std::string trimmed(const std::string& text) { return encode_utf8(trim(decode_utf8(text))); }

bool is_blank(const std::string& text) { return trim(decode_utf8(text)).empty(); }

/// The year of the model's date line, else of the first date in its text; 0 when none.
int model_year(const Document& model, const ReportLayout& layout) {
  if (layout.date >= 0) {
    if (auto date = parse_date_line(decode_utf8(model.paragraphs[layout.date].text)))
      if (date->kind == DateText::Kind::Valid) return date->date.year;
  }
  for (const Paragraph& paragraph : model.paragraphs) {
    for (const DateText& date : find_arabic_dates(decode_utf8(paragraph.text)))
      if (date.kind == DateText::Kind::Valid) return date.date.year;
  }
  return 0;
}

/// Whether the model is written in Chinese: more Han characters than a third of its Latin letters
/// (an English report may still carry a Chinese organisation's name).
bool written_in_chinese(const Document& model) {
  std::size_t han = 0;
  std::size_t latin = 0;
  for (const Paragraph& paragraph : model.paragraphs) {
    for (char32_t c : decode_utf8(paragraph.text)) {
      han += is_han(c) ? 1 : 0;
      latin += is_latin_letter(c) ? 1 : 0;
    }
  }
  return han * 3 > latin;
}

/// The form the model's date line is written in, when it is one a template can ask for.
std::optional<DateStyle> date_form(const std::string& line) {
  const std::u32string text = decode_utf8(line);
  const auto date = parse_date_line(text);
  if (!date || date->kind != DateText::Kind::Valid) return std::nullopt;
  const std::string written = encode_utf8(trim(text));
  for (DateStyle style : {DateStyle::Gbt9704, DateStyle::Chinese, DateStyle::Roc, DateStyle::Iso}) {
    if (format_date(date->date, style) == written) return style;
  }
  return std::nullopt;
}

/// The counter's form and the text around it of a heading label as written.
std::optional<LevelNumbering> numbering_of(const HeadingLabel& label, int level) {
  LevelNumbering numbering;
  numbering.level = level;
  const std::u32string text = decode_utf8(label.text);
  std::size_t begin = std::u32string::npos;
  std::size_t end = 0;
  bool chinese = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    const bool digit = is_ascii_digit(to_halfwidth(c));
    const bool han_digit =
        std::u32string_view(U"一二三四五六七八九十百零〇").find(c) != std::u32string_view::npos;
    if (!digit && !han_digit) continue;
    if (begin == std::u32string::npos) begin = i;
    end = i + 1;
    chinese = chinese || han_digit;
  }
  if (begin == std::u32string::npos) return std::nullopt;
  switch (label.form) {
    case LabelForm::Circled:
    case LabelForm::Chapter:
    case LabelForm::RomanDot:
    case LabelForm::LetterDot:
      return std::nullopt;
    case LabelForm::ArabicMulti: {
      if (level == 1) return std::nullopt;
      numbering.format = CounterFormat::Arabic;
      numbering.with_parents = true;
      numbering.suffix = encode_utf8(std::u32string_view(text).substr(end));
      if (numbering.suffix.empty()) numbering.suffix = " ";
      return numbering;
    }
    default:
      break;
  }
  numbering.format = chinese ? CounterFormat::Chinese : CounterFormat::Arabic;
  numbering.prefix = encode_utf8(std::u32string_view(text).substr(0, begin));
  numbering.suffix = encode_utf8(std::u32string_view(text).substr(end));
  if (label.form == LabelForm::ArabicBare && numbering.suffix.empty()) numbering.suffix = " ";
  return numbering;
}

/// GB/T 9704's labels: 一、 （一） 1. （1）.
std::vector<LevelNumbering> standard_numbering() {
  return {{1, CounterFormat::Chinese, "", "、", false},
          {2, CounterFormat::Chinese, "（", "）", false},
          {3, CounterFormat::Arabic, "", ".", false},
          {4, CounterFormat::Arabic, "（", "）", false}};
}

/// The label a level's numbering makes, with the counter 1 or 一, as <labels> lists it.
std::string first_label(const std::vector<LevelNumbering>& numbering, int level) {
  std::vector<int> counters(static_cast<std::size_t>(level), 1);
  return trimmed(format_label(numbering, counters));
}

/// The first of `candidates` (not yet `used`) whose heading or an alias is `heading`, as the
/// checker matches them (heading.missing); marked used. nullptr when none is.
const Section* match_section(const std::string& heading, const std::vector<Section>& candidates,
                             std::set<std::string>& used) {
  const std::u32string folded = fold_for_match(heading);
  for (const Section& candidate : candidates) {
    if (used.count(candidate.id) != 0) continue;
    bool same = fold_for_match(candidate.heading) == folded;
    for (const std::string& alias : candidate.aliases)
      same = same || fold_for_match(alias) == folded;
    if (same) {
      used.insert(candidate.id);
      return &candidate;
    }
  }
  return nullptr;
}

class Deriver {
 public:
  Deriver(const Document& model, const DeriveOptions& options) : model_(model), options_(options) {}

  std::variant<ReportTemplate, LoadError> run();

 private:
  std::string text(int paragraph) const { return model_.paragraphs[paragraph].text; }
  std::string general(const std::string& text) const {
    return generalise_text(trimmed(text), names_ ? &*names_ : nullptr, year_);
  }
  std::vector<std::string> paragraphs(int begin, int end) const;
  std::string heading_rest(const OutlineEntry& entry) const;
  std::optional<LoadError> build_sections(ReportTemplate& tmpl);
  Section build_section(int entry, int level, const std::string& path, const Section* base,
                        std::set<std::string>& used_base);
  std::string fresh_section_id(const std::string& path);
  void derive_title(ReportTemplate& tmpl) const;
  void derive_numbering(ReportTemplate& tmpl);
  std::string template_id() const;

  const Document& model_;
  const DeriveOptions& options_;
  DocumentStructure structure_;
  std::optional<Profile> names_;  ///< the profile, in the model's script
  int year_ = 0;
  std::vector<int> next_heading_;  ///< entry → the paragraph its section's text ends before
  std::set<std::string> ids_;      ///< section ids given or reserved
  std::size_t entry_count_ = 0;
  std::map<int, std::optional<LevelNumbering>> seen_labels_;
};

std::vector<std::string> Deriver::paragraphs(int begin, int end) const {
  std::vector<std::string> out;
  for (int i = std::max(begin, 0); i < end && i < static_cast<int>(model_.paragraphs.size()); ++i) {
    if (!is_blank(text(i))) out.push_back(general(text(i)));
  }
  return out;
}

/// The body text a heading runs on into (「（一）强化意识。进一步……」 → 「进一步……」).
std::string Deriver::heading_rest(const OutlineEntry& entry) const {
  if (!entry.runs_on) return {};
  const std::u32string paragraph = decode_utf8(text(entry.paragraph));
  const std::u32string heading = decode_utf8(entry.heading);
  std::size_t at = paragraph.find(heading, static_cast<std::size_t>(entry.label_offset));
  if (at == std::u32string::npos) return {};
  at += heading.size();
  if (at < paragraph.size()) ++at;  // the stop that ends the heading
  return encode_utf8(trim(std::u32string_view(paragraph).substr(at)));
}

std::string Deriver::fresh_section_id(const std::string& path) {
  std::string id = "s" + path;
  while (ids_.count(id) != 0) id += "-h";
  ids_.insert(id);
  return id;
}

Section Deriver::build_section(int entry_index, int level, const std::string& path,
                               const Section* base, std::set<std::string>& used_base) {
  const OutlineEntry& entry = structure_.outline.entries[entry_index];
  Section section;
  section.level = level;
  section.heading = entry.heading;
  section.required = static_cast<std::size_t>(entry_count_) >= options_.required.size() ||
                     options_.required[entry_count_];
  ++entry_count_;
  if (!seen_labels_.count(level) && entry.label)
    seen_labels_[level] = numbering_of(*entry.label, level);

  std::vector<std::string> own;
  if (const std::string rest = heading_rest(entry); !rest.empty()) own.push_back(general(rest));
  for (std::string& paragraph : paragraphs(entry.paragraph + 1, next_heading_[entry_index]))
    own.push_back(std::move(paragraph));

  if (base != nullptr) {
    section.id = base->id;
    section.aliases = base->aliases;
  } else {
    section.id = fresh_section_id(path);
  }
  if (!own.empty()) {
    section.paragraphs = own;
    section.alternatives.push_back(Alternative{"default", std::move(own)});
  } else if (base != nullptr) {
    // A heading with no text of its own in the model keeps the base's boilerplate.
    section.paragraphs = base->paragraphs;
    section.alternatives = base->alternatives;
  }

  const std::vector<Section>* base_children = base != nullptr ? &base->children : nullptr;
  int child_number = 0;
  for (std::size_t i = static_cast<std::size_t>(entry_index) + 1;
       i < structure_.outline.entries.size(); ++i) {
    if (structure_.outline.entries[i].parent != entry_index) continue;
    const Section* match =
        base_children != nullptr
            ? match_section(structure_.outline.entries[i].heading, *base_children, used_base)
            : nullptr;
    section.children.push_back(build_section(static_cast<int>(i), level + 1,
                                             path + "-" + std::to_string(++child_number), match,
                                             used_base));
  }
  return section;
}

std::optional<LoadError> Deriver::build_sections(ReportTemplate& tmpl) {
  const Outline& outline = structure_.outline;
  const ReportLayout& layout = structure_.layout;
  // Each heading's text runs to the next heading, or to the end of the body.
  next_heading_.assign(outline.entries.size(), layout.body_end);
  for (std::size_t i = 0; i + 1 < outline.entries.size(); ++i)
    next_heading_[i] = std::min(outline.entries[i + 1].paragraph, layout.body_end);
  // Levels as the tree has them (a level skipped in the model closes up), at most four.
  for (std::size_t i = 0; i < outline.entries.size(); ++i) {
    int depth = 1;
    for (int p = outline.entries[i].parent; p >= 0; p = outline.entries[p].parent) ++depth;
    if (depth > kMaxHeadingLevel) {
      return LoadError(model_.file, 0,
                       "the heading in paragraph " +
                           std::to_string(outline.entries[i].paragraph + 1) + " is " +
                           std::to_string(depth) + " levels deep; a template has at most " +
                           std::to_string(kMaxHeadingLevel),
                       LoadProblem::DeriveTooDeep,
                       {std::to_string(outline.entries[i].paragraph + 1), std::to_string(depth),
                        std::to_string(kMaxHeadingLevel)});
    }
  }
  for (const std::string& id : options_.taken_ids) ids_.insert(id);
  const ReportTemplate* base = options_.base ? &*options_.base : nullptr;
  if (base != nullptr) {
    std::vector<const Section*> stack;
    for (const Section& section : base->sections) stack.push_back(&section);
    while (!stack.empty()) {
      const Section* section = stack.back();
      stack.pop_back();
      ids_.insert(section->id);
      for (const Section& child : section->children) stack.push_back(&child);
    }
  }
  std::set<std::string> used_base;
  int number = 0;
  for (std::size_t i = 0; i < outline.entries.size(); ++i) {
    if (outline.entries[i].parent != -1) continue;
    const Section* match =
        base != nullptr ? match_section(outline.entries[i].heading, base->sections, used_base)
                        : nullptr;
    tmpl.sections.push_back(
        build_section(static_cast<int>(i), 1, std::to_string(++number), match, used_base));
  }
  return std::nullopt;
}

void Deriver::derive_title(ReportTemplate& tmpl) const {
  const ReportLayout& layout = structure_.layout;
  if (layout.title < 0) return;
  std::string title;
  for (int i = layout.title; i <= std::max(layout.title, layout.title_end); ++i)
    title += trimmed(text(i));
  title = general(title);
  if (title.empty()) return;
  const std::string topic = "{{topic}}";
  // The base's pattern, when the model's title fits it: the topic is what it leaves.
  if (options_.base) {
    const std::string& pattern = options_.base->title;
    const std::size_t at = pattern.find(topic);
    if (at != std::string::npos) {
      const std::string before = pattern.substr(0, at);
      const std::string after = pattern.substr(at + topic.size());
      if (title.size() >= before.size() + after.size() &&
          title.compare(0, before.size(), before) == 0 &&
          title.compare(title.size() - after.size(), after.size(), after) == 0) {
        tmpl.title = pattern;
        tmpl.default_topic =
            title.substr(before.size(), title.size() - before.size() - after.size());
        return;
      }
    }
  }
  // 「关于……的报告」 (「關於……的報告」): the topic is what stands between 关于 and the last 的.
  const std::string of = "的";
  const std::size_t last_of = title.rfind(of);
  for (const std::string about : {"关于", "關於"}) {
    if (title.compare(0, about.size(), about) == 0 && last_of != std::string::npos &&
        last_of > about.size()) {
      tmpl.title = about + topic + title.substr(last_of);
      tmpl.default_topic = title.substr(about.size(), last_of - about.size());
      return;
    }
  }
  tmpl.title = title;
  tmpl.default_topic.clear();
}

void Deriver::derive_numbering(ReportTemplate& tmpl) {
  const ReportTemplate* base = options_.base ? &*options_.base : nullptr;
  std::vector<LevelNumbering> numbering = base != nullptr ? base->numbering : standard_numbering();
  const int depth = sections_depth(tmpl.sections);
  const std::vector<LevelNumbering> standard = standard_numbering();
  while (static_cast<int>(numbering.size()) < depth)
    numbering.push_back(standard[numbering.size()]);
  for (auto& [level, seen] : seen_labels_) {
    if (!seen || level > static_cast<int>(numbering.size())) continue;
    if (seen->with_parents && level == 1) continue;
    // A Western label is followed by a space (「1. Summary」), which the outline does not keep.
    if (structure_.outline.western && (seen->suffix.empty() || seen->suffix.back() != ' '))
      seen->suffix += ' ';
    std::vector<LevelNumbering> changed = numbering;
    changed[static_cast<std::size_t>(level - 1)] = *seen;
    // The base's numbering stays where it writes the same label.
    if (base == nullptr || first_label(changed, level) != first_label(numbering, level))
      numbering = changed;
  }
  tmpl.numbering = numbering;
  // The house's labels are those of the model; a base's allowed labels stay where they fit.
  for (const auto& [level, seen] : seen_labels_) {
    if (!seen || level > static_cast<int>(numbering.size())) continue;
    const std::string label = first_label(numbering, level);
    std::vector<std::string>& allowed = tmpl.checker.labels[level];
    if (base == nullptr || std::find(allowed.begin(), allowed.end(), label) == allowed.end())
      allowed = {label};
  }
}

std::string Deriver::template_id() const {
  if (!options_.id.empty()) return options_.id;
  std::string id = options_.base ? "house-" + options_.base->id : "house-report";
  const std::set<std::string> taken(options_.taken_ids.begin(), options_.taken_ids.end());
  std::string candidate = id;
  for (int n = 2; taken.count(candidate) != 0; ++n) candidate = id + "-" + std::to_string(n);
  return candidate;
}

std::variant<ReportTemplate, LoadError> Deriver::run() {
  CheckOptions check_options;
  if (options_.base) check_options.report_template = &*options_.base;
  structure_ = describe_document(model_, check_options);
  const ReportLayout& layout = structure_.layout;
  const Outline& outline = structure_.outline;
  if (outline.entries.empty()) {
    return LoadError(model_.file, 0, "the model report has no headings to make sections of",
                     LoadProblem::DeriveNoHeadings);
  }
  year_ = model_year(model_, layout);
  const std::string script = document_script(model_);
  names_ = options_.profile;
  // A 繁體 model writes the profile's names in Traditional (when OpenCC is there to say how).
  if (names_ && script == "zh-Hant") {
    if (std::optional<Profile> traditional = traditional_profile(*names_)) names_ = traditional;
  }

  ReportTemplate tmpl;
  if (options_.base) {
    tmpl = *options_.base;
    tmpl.file.clear();
    tmpl.extends = options_.base->id;
    tmpl.sections.clear();
    tmpl.opening.clear();
    tmpl.closing.clear();
    tmpl.attachment_note.clear();
    tmpl.notes.clear();
  } else {
    tmpl.script = !written_in_chinese(model_) ? "en" : script.empty() ? "zh-Hans" : script;
    if (tmpl.script == "en") {
      // An English report: Western punctuation, no 公文 版式.
      tmpl.checker.rules["punct.halfwidth"].enabled = false;
    } else {
      tmpl.layout = gbt9704_layout(tmpl.script == "zh-Hant");
      tmpl.layout.standard = "gbt9704";
    }
    tmpl.signature = "{{org_name}}";
  }
  tmpl.id = template_id();
  if (!options_.name.empty()) {
    tmpl.name = options_.name;
    tmpl.names = {{tmpl.script, options_.name}};
  } else if (!options_.base) {
    std::string title;
    for (int i = layout.title; layout.title >= 0 && i <= std::max(layout.title, layout.title_end);
         ++i)
      title += trimmed(text(i));
    tmpl.name = title.empty() ? "House template" : title;
    tmpl.names = {{tmpl.script, tmpl.name}};
  }
  if (layout.genre_named) tmpl.genre = layout.genre;

  if (auto error = build_sections(tmpl)) return *error;
  derive_numbering(tmpl);
  derive_title(tmpl);
  if (tmpl.title.empty()) tmpl.title = "【标题】";

  if (layout.addressee >= 0)
    tmpl.addressee = general(text(layout.addressee));
  else if (!options_.base)
    tmpl.addressee.clear();
  tmpl.opening = paragraphs(layout.body_begin, outline.entries.front().paragraph);
  if (layout.closing >= layout.body_end && layout.closing >= 0)
    tmpl.closing = {general(text(layout.closing))};
  if (layout.attachment_note >= 0)
    tmpl.attachment_note = paragraphs(
        layout.attachment_note, std::max(layout.attachment_note, layout.attachment_note_end) + 1);
  if (layout.notes >= 0) tmpl.notes = {general(text(layout.notes))};
  if (layout.signature >= 0) tmpl.signature = general(text(layout.signature));
  tmpl.date = "{{date}}";
  // A house that dates its reports otherwise than GB/T 9704 (二〇二六年……, 中華民國……) says so;
  // else the profile's date style stays in charge.
  if (layout.date >= 0) {
    const std::optional<DateStyle> form = date_form(text(layout.date));
    if (form && (*form != DateStyle::Gbt9704 || tmpl.date_style)) tmpl.date_style = form;
  }

  // What the model does without, the checker is not to ask for.
  if (layout.addressee < 0 && needs_addressee(tmpl.genre))
    tmpl.checker.rules["addressee.missing"].enabled = false;
  if (layout.closing < 0 && tmpl.closing.empty() && needs_closing(tmpl.genre))
    tmpl.checker.rules["closing.missing"].enabled = false;
  return tmpl;
}

}  // namespace

std::string generalise_text(const std::string& utf8, const Profile* profile, int year) {
  const std::u32string text = decode_utf8(utf8);
  const auto names = profile != nullptr ? profile_names(*profile)
                                        : std::vector<std::pair<std::u32string, std::string>>();
  std::map<std::size_t, DateText> dates;
  for (const DateText& date : find_arabic_dates(text)) dates[date.begin] = date;

  std::string out;
  std::size_t i = 0;
  auto copy_until = [&](std::u32string_view close) {
    const std::size_t end = text.find(close, i);
    const std::size_t stop = end == std::u32string::npos ? text.size() : end + close.size();
    out += encode_utf8(std::u32string_view(text).substr(i, stop - i));
    i = stop;
  };
  while (i < text.size()) {
    const std::u32string_view rest = std::u32string_view(text).substr(i);
    // Spots and references already in the text stay as they are.
    if (starts_with(rest, U"{{")) {
      copy_until(U"}}");
      continue;
    }
    if (rest[0] == U'【') {
      copy_until(U"】");
      continue;
    }
    bool named = false;
    for (const auto& [value, field] : names) {
      if (starts_with(rest, value)) {
        out += field;
        i += value.size();
        named = true;
        break;
      }
    }
    if (named) continue;
    if (auto date = dates.find(i); date != dates.end() && date->second.end > i) {
      const bool day = text[date->second.end - 1] == U'日';
      out += day ? "【年月日】" : "【年月】";
      i = date->second.end;
      continue;
    }
    if (!is_digit_at(text, i)) {
      append_code_point(out, text[i]);
      ++i;
      continue;
    }
    const std::size_t end = figure_end(text, i);
    if (i > 0 && is_latin_letter(to_halfwidth(text[i - 1]))) {
      // Part of a name or a standard's number (GB9704, ISO9001), not a figure.
      out += encode_utf8(std::u32string_view(text).substr(i, end - i));
      i = end;
      continue;
    }
    const std::u32string_view figure = std::u32string_view(text).substr(i, end - i);
    const std::u32string_view after = std::u32string_view(text).substr(end);
    const bool four_digits = figure.size() == 4 && figure_value(figure) >= 1900;
    const bool bracketed = i > 0 && (text[i - 1] == U'〔' || text[i - 1] == U'[') &&
                           !after.empty() && (after[0] == U'〕' || after[0] == U']');
    if (four_digits && (starts_with(after, U"年") || bracketed)) {
      out += year != 0 && figure_value(figure) == year ? "{{year}}" : "【年份】";
    } else if (starts_with(after, U"月") && is_digit_at(after, 1)) {
      // 3月5日 without a year.
      std::size_t day_end = figure_end(text, end + 1);
      if (day_end < text.size() && text[day_end] == U'日') {
        out += "【月日】";
        i = day_end + 1;
        continue;
      }
      out += "【数值】";
    } else if (!after.empty() && (after[0] == U'%' || after[0] == U'％')) {
      out += "【百分比】";
      i = end + 1;
      continue;
    } else if (starts_with(after, U"元") || starts_with(after, U"万元") ||
               starts_with(after, U"亿元") || starts_with(after, U"千元")) {
      out += "【金额】";
    } else {
      out += "【数值】";
    }
    i = end;
  }
  return out;
}

std::variant<ReportTemplate, LoadError> derive_template(const Document& model,
                                                        const DeriveOptions& options) {
  return Deriver(model, options).run();
}

bool valid_template_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

}  // namespace chengbao
