// The rule engine: runs every house-format rule over a Document.
#pragma once

#include <string>
#include <string_view>
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

/// The rules that judge a paragraph by its own text, which Writer underlines as the user types
/// (punct.halfwidth, char.stray, space.cjk, placeholder.leftover, date.invalid).
const std::vector<std::string>& live_rules();

/// What check_document finds by the live rules in a paragraph of a report's running text (the
/// body between the addressee and the closing) that reads `text`: offsets in its code points,
/// the template's rule settings applied. Safe to call from several threads at once (it shares
/// nothing but immutable tables).
std::vector<Finding> check_paragraph(std::string_view text, const CheckOptions& options);

}  // namespace chengbao
