// What every rule family sees: the document decoded once, its outline and its fixed parts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "messages.hpp"
#include "outline.hpp"
#include "report_layout.hpp"

namespace chengbao {

/// The shared, read-only analysis of one document plus the findings the rules add to it.
class RuleContext {
 public:
  RuleContext(const Document& document, const CheckOptions& options);

  const Document& document;
  const CheckOptions& options;
  std::vector<std::u32string> texts;  ///< paragraph texts as code points
  Outline outline;
  std::vector<int> entry_at;  ///< paragraph → index in outline.entries, -1 for body text
  std::vector<std::u32string> closings;  ///< the accepted closings, folded (fold_for_match)
  ReportLayout layout;
  std::vector<Finding> findings;

  /// True when outline entry `index` is a heading of the report body (not the title, not an
  /// attachment list after the closing).
  bool in_body(int entry_index) const;
  /// True when paragraph `index` holds nothing but spaces.
  bool is_empty(int paragraph) const;
  /// True when `text` is one of the accepted closings, alone or ending a paragraph.
  bool is_closing(std::u32string_view text) const;

  /// Adds a finding; `offset`/`length` in code points of paragraph `paragraph`'s text.
  void report(const char* rule, Severity severity, int paragraph, int offset, int length,
              std::string message, std::optional<std::string> replacement = std::nullopt);
  /// The text of paragraph `paragraph` from `offset`, `length` code points, as UTF-8.
  std::string slice(int paragraph, int offset, int length) const;
  /// The message `id` in the language asked for.
  std::string say(Message id, std::initializer_list<std::string_view> args = {}) const {
    return message(id, options.language, args);
  }
};

/// Locates title, addressee, closing, signature and date; called once by RuleContext.
ReportLayout locate_report_parts(const RuleContext& context);

// The rule families, one per file; each appends to context.findings.
void check_structure(RuleContext& context);     // title, addressee, closing, signature
void check_dates(RuleContext& context);         // date.missing, date.format, date.invalid
void check_template(RuleContext& context);      // heading.missing, heading.order, section.empty
void check_numbering(RuleContext& context);     // numbering.gap/restart/level/style
void check_placeholders(RuleContext& context);  // placeholder.leftover
void check_typography(RuleContext& context);    // punct.halfwidth, char.stray, duplicate.paragraph
void check_spacing(RuleContext& context);       // space.cjk
void check_format(RuleContext& context);        // format.*: the 版式 of the template's <layout>
void check_parts(RuleContext& context);  // docnumber.format, masthead.signer, attachment.format,
                                         // colophon.format, report.request

}  // namespace chengbao
