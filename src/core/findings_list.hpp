// The Check panel's list: findings grouped by severity, one row a finding, in the UI language.
#pragma once

#include <string>
#include <vector>

#include "finding.hpp"

namespace chengbao {

/// One row of the findings list as the panel shows it.
struct FindingRow {
  enum class Kind {
    Header,   ///< a severity group: "错误（2）"
    Finding,  ///< one finding; `finding` says which
    Nothing,  ///< the only row when there are no findings
  };
  Kind kind = Kind::Finding;
  Severity severity = Severity::Info;  ///< of the group or the finding
  int finding = -1;   ///< index into the findings the rows were made from (Kind::Finding only)
  std::string label;  ///< the text of the row (UTF-8)
};

/// The rows for `findings` (as check_document sorts them): a header for each severity that has
/// findings — errors, then warnings, then info — followed by its findings in document order
/// (paragraph, offset, rule). A finding row shows the 1-based paragraph number (people count
/// from one; the JSON keeps the 0-based index), the rule id, the message, the offending text
/// (shortened to 24 characters) and a mark when it has a safe fix. No findings: one Nothing row.
std::vector<FindingRow> finding_rows(const std::vector<Finding>& findings, Language language);

/// One line for the panel's status: "2 个错误，1 个警告，3 条提示".
std::string findings_summary(const std::vector<Finding>& findings, Language language);

/// The full text of one finding for the panel's detail field: the message, the offending text
/// and the replacement a fix would write, one per line.
std::string finding_detail(const Finding& finding, Language language);

}  // namespace chengbao
