// The skeleton of a report: the paragraphs a template and a profile make, ready to write.
#include "skeleton.hpp"

namespace chengbao {

namespace {

bool is_field_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

void add_section(const Section& section, const std::map<std::string, std::string>& fields,
                 Skeleton& skeleton) {
  skeleton.paragraphs.push_back(
      {Role::Heading, section.level, fill_fields(section.heading, fields)});
  for (const std::string& paragraph : section.paragraphs) {
    skeleton.paragraphs.push_back({Role::Body, 0, fill_fields(paragraph, fields)});
  }
  for (const Section& child : section.children) add_section(child, fields, skeleton);
}

}  // namespace

std::string fill_fields(const std::string& text, const std::map<std::string, std::string>& values) {
  // One pass from left to right: a value is copied, never scanned again, so a profile value that
  // happens to contain "{{…}}" stays literal text.
  std::string out;
  out.reserve(text.size());
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
      out.append(text, pos, open + 1 - pos);
      pos = open + 1;
      continue;
    }
    out.append(text, pos, open - pos);
    out += value->second;
    pos = end + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

Skeleton build_skeleton(const ReportTemplate& tmpl, const Profile& profile,
                        const SkeletonOptions& options) {
  std::map<std::string, std::string> fields = profile.fields();
  fields["date"] = format_date(options.date, profile.date_style);
  fields["year"] = std::to_string(options.date.year);
  fields["topic"] = options.topic.empty() ? tmpl.default_topic : options.topic;

  Skeleton skeleton;
  auto add = [&](Role role, const std::string& text) {
    skeleton.paragraphs.push_back({role, 0, fill_fields(text, fields)});
  };
  add(Role::Title, tmpl.title);
  if (!tmpl.addressee.empty()) add(Role::Addressee, tmpl.addressee);
  for (const std::string& paragraph : tmpl.opening) add(Role::Body, paragraph);
  for (const Section& section : tmpl.sections) add_section(section, fields, skeleton);
  for (const std::string& paragraph : tmpl.closing) add(Role::Closing, paragraph);
  add(Role::Signature, tmpl.signature);
  add(Role::Date, tmpl.date);
  return skeleton;
}

}  // namespace chengbao
