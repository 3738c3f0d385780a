// The rule engine: runs every house-format rule over a Document.
#pragma once

#include <vector>

#include "document.hpp"
#include "finding.hpp"
#include "profile.hpp"
#include "report_template.hpp"

namespace chengbao {

struct CheckOptions {
  const ReportTemplate* report_template = nullptr;  ///< null: template rules are skipped
  const Profile* profile = nullptr;                 ///< null: signature.mismatch is skipped
  Language language = Language::En;
};

struct CheckResult {
  std::vector<Finding> findings;  ///< sorted by paragraph, then offset, then rule
  bool template_rules_skipped = false;
};

/// Checks `document` against the house format. Same input, same findings: the CLI and Writer
/// both call this.
CheckResult check_document(const Document& document, const CheckOptions& options);

}  // namespace chengbao
