// Rules on dates: the date line must be there, be real and be written as the house style wants.
#include <string>
#include <vector>

#include "date_text.hpp"
#include "document_record.hpp"
#include "rule_context.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

// The date forms the house style accepts, the one fixes use first. A template's <dates> decides;
// otherwise GB/T 9704 is always right, and the template's date style, else the one the document
// records it was made with, else the profile's (the 1999 numerals, the ROC calendar) is right too
// and preferred.
std::vector<DateStyle> allowed_styles(const RuleContext& context) {
  const CheckOptions& options = context.options;
  const ReportTemplate* report_template = options.report_template;
  if (report_template != nullptr && !report_template->checker.dates.empty()) {
    return report_template->checker.dates;
  }
  std::vector<DateStyle> allowed;
  const DocumentRecord record = read_record(context.document.properties);
  if (report_template != nullptr && report_template->date_style) {
    allowed.push_back(*report_template->date_style);
  } else if (record.date_style) {
    allowed.push_back(*record.date_style);
  } else if (options.profile != nullptr) {
    allowed.push_back(options.profile->date_style);
  }
  allowed.push_back(DateStyle::Gbt9704);
  return allowed;
}

void check_date_line(RuleContext& context) {
  const int line = context.layout.date;
  const std::optional<DateText> date = parse_date_line(context.texts[line]);
  if (!date || date->kind == DateText::Kind::Placeholder) return;  // placeholder.leftover's job
  const int begin = static_cast<int>(date->begin);
  const int length = static_cast<int>(date->end - date->begin);
  const std::string written = context.slice(line, begin, length);
  if (date->kind == DateText::Kind::Invalid) {
    context.report("date.invalid", Severity::Error, line, begin, length,
                   context.say(Message::DateInvalid, {written}));
    return;
  }
  const std::vector<DateStyle> allowed = allowed_styles(context);
  for (DateStyle style : allowed) {
    if (written == format_date(date->date, style)) return;
  }
  const std::string replacement = format_date(date->date, allowed.front());
  context.report("date.format", Severity::Warning, line, begin, length,
                 context.say(Message::DateFormat, {written, replacement}), replacement);
}

}  // namespace

void check_dates(RuleContext& context) {
  if (context.layout.date >= 0) {
    check_date_line(context);
  } else if (context.layout.signature_required) {
    const int at = context.layout.last >= 0 ? context.layout.last : 0;
    context.report("date.missing", Severity::Error, at, 0, 0, context.say(Message::DateMissing));
  }
  // An impossible date anywhere else (截至2026年2月30日) is as wrong as on the date line.
  for (int i = 0; i < static_cast<int>(context.texts.size()); ++i) {
    if (i == context.layout.date) continue;
    for (const DateText& date : find_arabic_dates(context.texts[i])) {
      if (date.kind != DateText::Kind::Invalid) continue;
      const int begin = static_cast<int>(date.begin);
      const int length = static_cast<int>(date.end - date.begin);
      context.report("date.invalid", Severity::Error, i, begin, length,
                     context.say(Message::DateInvalid, {context.slice(i, begin, length)}));
    }
  }
}

}  // namespace chengbao
