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

const std::vector<std::string>& paragraph_rules() {
  static const std::vector<std::string> rules = {"punct.halfwidth", "char.stray", "space.cjk",
                                                 "placeholder.leftover", "date.invalid"};
  return rules;
}

const std::vector<std::string>& live_rules() {
  static const std::vector<std::string> rules = [] {
    std::vector<std::string> all = paragraph_rules();
    all.insert(all.end(), {"title.format", "date.format", "numbering.style"});
    return all;
  }();
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
  const std::vector<std::string>& rules = paragraph_rules();
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

namespace {

bool same_live_findings(const std::vector<Finding>& a, const std::vector<Finding>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Finding& x, const Finding& y) {
    return std::tie(x.rule, x.offset, x.length, x.severity, x.message, x.replacement) ==
           std::tie(y.rule, y.offset, y.length, y.severity, y.message, y.replacement);
  });
}

}  // namespace

LiveContext::LiveContext(const Document& document, const CheckOptions& options,
                         const CheckerSettings* settings) {
  CheckResult result = check_document(document, options);
  if (options.report_template == nullptr && settings != nullptr) apply_settings(*settings, result);
  const std::vector<std::string>& rules = live_rules();
  std::vector<std::vector<Finding>> by_paragraph(document.paragraphs.size());
  for (Finding& finding : result.findings) {
    if (finding.paragraph < 0 || finding.paragraph >= static_cast<int>(by_paragraph.size())) {
      continue;
    }
    if (std::find(rules.begin(), rules.end(), finding.rule) == rules.end()) continue;
    by_paragraph[static_cast<std::size_t>(finding.paragraph)].push_back(std::move(finding));
  }
  for (std::size_t i = 0; i < by_paragraph.size(); ++i) {
    std::vector<Finding>& findings = by_paragraph[i];
    for (Finding& finding : findings) finding.paragraph = 0;
    const std::string& text = document.paragraphs[i].text;
    const auto [at, added] = by_text_.emplace(text, findings);
    if (!added && !same_live_findings(at->second, findings)) ambiguous_.insert(text);
  }
  for (const std::string& text : ambiguous_) by_text_.erase(text);
}

const std::vector<Finding>* LiveContext::findings(std::string_view text) const {
  const auto at = by_text_.find(std::string(text));
  return at == by_text_.end() ? nullptr : &at->second;
}

bool LiveContext::holds(std::string_view text) const {
  const std::string key(text);
  return by_text_.count(key) != 0 || ambiguous_.count(key) != 0;
}

std::vector<std::string> LiveContext::texts() const {
  std::vector<std::string> out;
  out.reserve(by_text_.size() + ambiguous_.size());
  for (const auto& entry : by_text_) out.push_back(entry.first);
  out.insert(out.end(), ambiguous_.begin(), ambiguous_.end());
  return out;
}

std::vector<Finding> live_findings(std::string_view text, const CheckOptions& options,
                                   const LiveContext* context) {
  if (context != nullptr) {
    if (const std::vector<Finding>* known = context->findings(text)) return *known;
  }
  return check_paragraph(text, options);
}

bool judged_differently(const std::vector<std::string>& texts, const LiveJudge& before,
                        const LiveJudge& after) {
  const CheckOptions none;
  for (const std::string& text : texts) {
    if (!same_live_findings(
            live_findings(text, before.options != nullptr ? *before.options : none, before.context),
            live_findings(text, after.options != nullptr ? *after.options : none, after.context)))
      return true;
  }
  return false;
}

}  // namespace chengbao
