// The rule engine: runs every house-format rule over a Document.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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

/// The rules that judge a paragraph by its own text (punct.halfwidth, char.stray, space.cjk,
/// placeholder.leftover, date.invalid): check_paragraph answers for them.
const std::vector<std::string>& paragraph_rules();

/// The rules Writer underlines as the user types: the paragraph rules, and those that judge one
/// paragraph by its place in the document (title.format on the title, date.format on the date
/// line, numbering.style on a heading among the others), which a LiveContext answers for.
const std::vector<std::string>& live_rules();

/// What check_document finds by the paragraph rules in a paragraph of a report's running text
/// (the body between the addressee and the closing) that reads `text`: offsets in its code
/// points, the template's rule settings applied. Safe to call from several threads at once (it
/// shares nothing but immutable tables).
std::vector<Finding> check_paragraph(std::string_view text, const CheckOptions& options);

/// What the whole check of a document finds by the live rules, kept by paragraph text, so the
/// live check can answer for a paragraph it is handed without its place: a title, a date line or
/// a heading is judged as the whole check judges it. Immutable once made: safe to share between
/// threads.
class LiveContext {
 public:
  LiveContext() = default;
  /// Checks `document` with `options`; when `options` has no template, `settings` (a default
  /// template's rule settings) switch rules off or change their severity as a template's would.
  LiveContext(const Document& document, const CheckOptions& options,
              const CheckerSettings* settings = nullptr);

  /// The live findings of the document's paragraph that reads `text` (paragraph 0, offsets in
  /// its code points); null when no paragraph reads so, or when several do and the check judges
  /// them differently (their places differ, and the text does not tell which one is meant).
  const std::vector<Finding>* findings(std::string_view text) const;

  /// How many distinct paragraph texts it answers for.
  std::size_t size() const { return by_text_.size(); }

  /// Whether it holds a paragraph reading `text` (judged or left out as ambiguous).
  bool holds(std::string_view text) const;

  /// Every paragraph text it answers for, in no particular order.
  std::vector<std::string> texts() const;

 private:
  std::unordered_map<std::string, std::vector<Finding>> by_text_;
  std::unordered_set<std::string> ambiguous_;
};

/// The live findings of a paragraph reading `text`: the context's when it knows the text (the
/// paragraph has not changed since the context was made), else check_paragraph's.
std::vector<Finding> live_findings(std::string_view text, const CheckOptions& options,
                                   const LiveContext* context);

/// One side of a comparison of live judgements: a context (null: the paragraph rules alone) and
/// the options its fallback uses.
struct LiveJudge {
  const LiveContext* context = nullptr;
  const CheckOptions* options = nullptr;
};

/// Whether some paragraph reading one of `texts` gets other live findings (rule, place,
/// severity, message or fix) from `after` than from `before`: what the live check answered
/// before is out of date, and the office must be asked to check the text again.
bool judged_differently(const std::vector<std::string>& texts, const LiveJudge& before,
                        const LiveJudge& after);

}  // namespace chengbao
