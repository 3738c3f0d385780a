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

}  // namespace

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
  std::stable_sort(
      result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.paragraph, a.offset, a.rule) < std::tie(b.paragraph, b.offset, b.rule);
      });
  return result;
}

}  // namespace chengbao
