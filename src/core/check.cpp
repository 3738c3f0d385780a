// The rule engine: runs every house-format rule over a Document.
#include "check.hpp"

#include <algorithm>
#include <tuple>
#include <vector>

#include "rule_context.hpp"

namespace chengbao {

namespace {

// A template may switch a rule off or change its severity (<checker><rule …/>).
void apply_settings(const CheckerSettings& settings, CheckResult& result) {
  if (settings.rules.empty()) return;
  std::vector<Finding> kept;
  kept.reserve(result.findings.size());
  for (Finding& finding : result.findings) {
    const auto setting = settings.rules.find(finding.rule);
    if (setting != settings.rules.end()) {
      if (setting->second.enabled == false) continue;
      if (setting->second.severity) finding.severity = *setting->second.severity;
    }
    kept.push_back(std::move(finding));
  }
  result.findings = std::move(kept);
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.paragraph, a.offset, a.rule) < std::tie(b.paragraph, b.offset, b.rule);
  });
}

}  // namespace

const std::vector<std::string>& live_rules() {
  static const std::vector<std::string> rules = {"punct.halfwidth", "char.stray", "space.cjk",
                                                 "placeholder.leftover", "date.invalid"};
  return rules;
}

std::vector<Finding> check_paragraph(std::string_view text, const CheckOptions& options) {
  Document document;
  document.paragraphs.emplace_back();
  document.paragraphs.back().text = std::string(text);
  RuleContext context(document, options);
  // One paragraph of the body: no title, addressee, signature or date around it to miss.
  ReportLayout running;
  running.body_begin = 0;
  running.body_end = 1;
  running.last = 0;
  running.genre = context.layout.genre;
  running.signature_required = false;
  context.layout = running;
  check_dates(context);
  check_placeholders(context);
  check_typography(context);
  check_spacing(context);
  CheckResult result;
  const std::vector<std::string>& rules = live_rules();
  for (Finding& finding : context.findings) {
    if (std::find(rules.begin(), rules.end(), finding.rule) != rules.end())
      result.findings.push_back(std::move(finding));
  }
  if (options.report_template != nullptr) apply_settings(options.report_template->checker, result);
  sort_findings(result.findings);
  return result.findings;
}

CheckResult check_document(const Document& document, const CheckOptions& options) {
  RuleContext context(document, options);
  check_structure(context);
  check_dates(context);
  CheckResult result;
  if (options.report_template != nullptr) {
    check_template(context);
    check_format(context);
  } else {
    result.template_rules_skipped = true;
  }
  check_numbering(context);
  check_placeholders(context);
  check_typography(context);
  check_spacing(context);
  check_parts(context);
  result.findings = std::move(context.findings);
  if (options.report_template != nullptr) apply_settings(options.report_template->checker, result);
  sort_findings(result.findings);
  return result;
}

}  // namespace chengbao
