// The skeleton of a report: the paragraphs a template and a profile make, ready to write.
#include "skeleton.hpp"

namespace chengbao {

namespace {

bool is_field_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

SkeletonParagraph make_paragraph(Role role, int level, const std::string& pattern,
                                 const std::map<std::string, std::string>& fields) {
  SkeletonParagraph paragraph{role, level, "", fill_runs(pattern, fields)};
  for (const TextRun& run : paragraph.runs) paragraph.text += run.text;
  return paragraph;
}

const std::vector<std::string>& chosen_paragraphs(const Section& section,
                                                  const SkeletonOptions& options) {
  const auto choice = options.alternatives.find(section.id);
  if (choice != options.alternatives.end()) {
    for (const Alternative& alternative : section.alternatives) {
      if (alternative.id == choice->second) return alternative.paragraphs;
    }
  }
  return section.paragraphs;
}

void add_section(const Section& section, const std::map<std::string, std::string>& fields,
                 const SkeletonOptions& options, Skeleton& skeleton) {
  if (!section.required && options.omit.count(section.id) != 0) return;
  skeleton.paragraphs.push_back(
      make_paragraph(Role::Heading, section.level, section.heading, fields));
  for (const std::string& paragraph : chosen_paragraphs(section, options)) {
    skeleton.paragraphs.push_back(make_paragraph(Role::Body, 0, paragraph, fields));
  }
  for (const Section& child : section.children) add_section(child, fields, options, skeleton);
}

// The values a skeleton's {{field}} references are filled with.
std::map<std::string, std::string> skeleton_fields(const ReportTemplate& tmpl,
                                                   const Profile& profile,
                                                   const SkeletonOptions& options) {
  std::map<std::string, std::string> fields = profile.fields(options.date.year);
  fields["date"] = format_date(options.date, tmpl.date_style.value_or(profile.date_style));
  fields["year"] = std::to_string(options.date.year);
  // The default topic may itself name a field, e.g. default-topic="{{year}}年".
  fields["topic"] = options.topic.empty() ? fill_fields(tmpl.default_topic, fields) : options.topic;
  return fields;
}

bool traditional(const ReportTemplate& tmpl) { return tmpl.script == "zh-Hant"; }

// The 版头: 发文机关标志, then the 发文字号 line; a 上行文 names its 签发人 on that line, at its
// right (GB/T 9704 7.2.4, 7.2.5).
void add_masthead(const ReportTemplate& tmpl, const Profile& profile,
                  const std::map<std::string, std::string>& fields, const SkeletonOptions& options,
                  Skeleton& skeleton) {
  const bool hant = traditional(tmpl);
  std::string mark = "{{issuer_mark}}";
  if (profile.issuer_mark.empty()) mark = "{{org_name}}文件";
  skeleton.paragraphs.push_back(make_paragraph(Role::Masthead, 0, mark, fields));
  std::string number = fill_fields(profile.document_number, {{"year", fields.at("year")}});
  if (number.empty()) number = hant ? "【發文字號】" : "【发文字号】";
  const std::string sequence =
      options.sequence.empty() ? (hant ? "【序號】" : "【序号】") : options.sequence;
  for (std::size_t at; (at = number.find("{{seq}}")) != std::string::npos;)
    number.replace(at, 7, sequence);
  // The number is plain text: the sequence belongs to this report alone, not to the profile.
  SkeletonParagraph line{Role::DocumentNumber, 0, number, {TextRun{number, ""}}};
  if (is_upward(tmpl.genre)) {
    const SkeletonParagraph signer =
        make_paragraph(Role::DocumentNumber, 0,
                       std::string(hant ? "簽發人：" : "签发人：") + "{{signatory}}", fields);
    line.text += "\t" + signer.text;
    line.runs.push_back(TextRun{"\t", ""});
    line.runs.insert(line.runs.end(), signer.runs.begin(), signer.runs.end());
  }
  skeleton.paragraphs.push_back(std::move(line));
}

// The 版记: 抄送 when the profile names whom, then 印发机关 and 印发日期 (GB/T 9704 7.4).
void add_colophon(const ReportTemplate& tmpl, const Profile& profile,
                  const std::map<std::string, std::string>& fields, Skeleton& skeleton) {
  const bool hant = traditional(tmpl);
  if (!profile.copy_to.empty())
    skeleton.paragraphs.push_back(make_paragraph(Role::Colophon, 0, "抄送：{{copy_to}}。", fields));
  const std::string printer =
      profile.printed_by.empty() ? "{{org_name}}{{department}}" : "{{printed_by}}";
  skeleton.paragraphs.push_back(
      make_paragraph(Role::Colophon, 0, printer + "\t{{date}}" + (hant ? "印發" : "印发"), fields));
}

}  // namespace

bool takes_masthead_and_colophon(const ReportTemplate& tmpl) { return tmpl.script != "en"; }

void convert_to_template_script(const ReportTemplate& tmpl, const TextConverter& convert,
                                Profile& profile, SkeletonOptions& options) {
  if (!traditional(tmpl) || !convert) return;
  convert_profile(convert, profile);
  if (!options.topic.empty()) options.topic = convert(options.topic);
}

void convert_to_template_script(const ReportTemplate& tmpl, Profile& profile,
                                SkeletonOptions& options) {
  if (traditional(tmpl))
    convert_to_template_script(tmpl, opencc_traditional(profile.region), profile, options);
}

std::optional<Region> traditional_region(const ReportTemplate& tmpl, const Profile& profile) {
  if (!traditional(tmpl)) return std::nullopt;
  return profile.region;
}

DocumentRecord skeleton_record(const ReportTemplate& tmpl, const Profile& profile,
                               const SkeletonOptions& options) {
  DocumentRecord record;
  record.template_id = tmpl.id;
  if (tmpl.script == "zh-Hans" || tmpl.script == "zh-Hant") record.script = tmpl.script;
  record.date_style = tmpl.date_style.value_or(profile.date_style);
  record.topic = options.topic;
  return record;
}

std::vector<TextRun> fill_runs(const std::string& text,
                               const std::map<std::string, std::string>& values) {
  // One pass from left to right: a value is copied, never scanned again, so a profile value that
  // happens to contain "{{…}}" stays literal text.
  std::vector<TextRun> runs;
  std::string plain;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t open = text.find("{{", pos);
    if (open == std::string::npos) break;
    std::size_t end = open + 2;
    while (end < text.size() && is_field_char(text[end])) ++end;
    const bool closed = end > open + 2 && text.compare(end, 2, "}}") == 0;
    const auto value = closed ? values.find(text.substr(open + 2, end - open - 2)) : values.end();
    if (value == values.end()) {
      // Not a reference we can fill: keep "{" and look again from the next character, so
      // "{{{name}}" still finds {{name}}.
      plain.append(text, pos, open + 1 - pos);
      pos = open + 1;
      continue;
    }
    plain.append(text, pos, open - pos);
    if (!plain.empty()) runs.push_back({std::move(plain), ""});
    plain.clear();
    runs.push_back({value->second, value->first});
    pos = end + 2;
  }
  plain.append(text, pos, std::string::npos);
  if (!plain.empty()) runs.push_back({std::move(plain), ""});
  return runs;
}

std::string fill_fields(const std::string& text, const std::map<std::string, std::string>& values) {
  std::string out;
  for (const TextRun& run : fill_runs(text, values)) out += run.text;
  return out;
}

std::optional<std::string> check_skeleton_options(const ReportTemplate& tmpl,
                                                  const SkeletonOptions& options) {
  for (const auto& [id, alternative] : options.alternatives) {
    const Section* section = find_section(tmpl, id);
    if (section == nullptr) return "template '" + tmpl.id + "' has no section '" + id + "'";
    bool found = false;
    std::string known;
    for (const Alternative& candidate : section->alternatives) {
      found = found || candidate.id == alternative;
      known += (known.empty() ? "" : ", ") + candidate.id;
    }
    if (!found) {
      return "section '" + id + "' has no alternative '" + alternative + "' (" +
             (known.empty() ? "it has no boilerplate" : "it has: " + known) + ")";
    }
  }
  if ((options.masthead || options.colophon) && !takes_masthead_and_colophon(tmpl))
    return "template '" + tmpl.id + "' is in English: a 版头 and a 版记 belong to Chinese 公文";
  for (const std::string& id : options.omit) {
    const Section* section = find_section(tmpl, id);
    if (section == nullptr) return "template '" + tmpl.id + "' has no section '" + id + "'";
    if (section->required) return "section '" + id + "' is required and cannot be left out";
  }
  return std::nullopt;
}

Skeleton build_skeleton(const ReportTemplate& tmpl, const Profile& profile,
                        const SkeletonOptions& options) {
  const std::map<std::string, std::string> fields = skeleton_fields(tmpl, profile, options);
  Skeleton skeleton;
  auto add = [&](Role role, const std::string& text) {
    skeleton.paragraphs.push_back(make_paragraph(role, 0, text, fields));
  };
  if (options.masthead) add_masthead(tmpl, profile, fields, options, skeleton);
  add(Role::Title, tmpl.title);
  if (!tmpl.addressee.empty()) add(Role::Addressee, tmpl.addressee);
  for (const std::string& paragraph : tmpl.opening) add(Role::Body, paragraph);
  for (const Section& section : tmpl.sections) add_section(section, fields, options, skeleton);
  for (const std::string& paragraph : tmpl.closing) add(Role::Closing, paragraph);
  for (const std::string& paragraph : tmpl.attachment_note) add(Role::Body, paragraph);
  add(Role::Signature, tmpl.signature);
  add(Role::Date, tmpl.date);
  for (const std::string& paragraph : tmpl.notes) add(Role::Body, paragraph);
  if (options.colophon) add_colophon(tmpl, profile, fields, skeleton);
  return skeleton;
}

std::optional<Skeleton> build_section_skeleton(const ReportTemplate& tmpl, const Profile& profile,
                                               const std::string& section_id,
                                               const SkeletonOptions& options) {
  const Section* section = find_section(tmpl, section_id);
  if (section == nullptr) return std::nullopt;
  // Asked for by name, the section comes even when `options` would leave it out of a report.
  SkeletonOptions chosen = options;
  chosen.omit.erase(section_id);
  Skeleton skeleton;
  add_section(*section, skeleton_fields(tmpl, profile, chosen), chosen, skeleton);
  return skeleton;
}

}  // namespace chengbao
