// Safe fixes: which findings' replacements to apply, and in what order, so every offset holds.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "finding.hpp"

namespace chengbao {

/// Which findings a fix run applies; an empty selection takes every safe fix.
struct FixSelection {
  std::string rule;  ///< only findings of this rule id; empty: every rule
  /// Only the finding that starts at this paragraph and offset (what a Fix button names).
  std::optional<int> paragraph;
  std::optional<int> offset;
};

/// One change to one paragraph: `length` code points at `offset` become `replacement`.
struct TextEdit {
  int paragraph = 0;
  int offset = 0;           ///< in Unicode code points, like Finding::offset
  int length = 0;           ///< in Unicode code points
  std::string original;     ///< the text replaced (UTF-8), as the finding saw it
  std::string replacement;  ///< UTF-8; empty deletes
  std::string rule;
};

/// The edits that apply the safe fixes among `findings` (as check_document gave them for
/// `document`) that `selection` picks. Ordered by paragraph and, within a paragraph, from the
/// end backwards, so applying them one after another keeps every offset valid. Left out:
/// findings without a replacement, automatic list labels (a zero-length finding at the start of
/// a paragraph that has a list label: the office owns that text), findings whose text is not in
/// the paragraph at their offset, replacements that change nothing, and findings that overlap one
/// already chosen (the earlier in `findings` wins).
std::vector<TextEdit> plan_fixes(const Document& document, const std::vector<Finding>& findings,
                                 const FixSelection& selection);

/// `text` with `edits` applied; the edits are those of one paragraph, in plan_fixes order.
std::string apply_edits(std::string_view text, const std::vector<TextEdit>& edits);

}  // namespace chengbao
