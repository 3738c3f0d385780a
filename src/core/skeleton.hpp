// The skeleton of a report: the paragraphs a template and a profile make, ready to write.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "date_format.hpp"
#include "document_record.hpp"
#include "profile.hpp"
#include "report_template.hpp"

namespace chengbao {

/// What a skeleton paragraph is; writers map each role to a paragraph style.
/// Masthead is the 发文机关标志, DocumentNumber the 发文字号 line (with 签发人 for 上行文),
/// Colophon a line of the 版记 (抄送, 印发).
enum class Role {
  Title,
  Addressee,
  Body,
  Heading,
  Closing,
  Signature,
  Date,
  Masthead,
  DocumentNumber,
  Colophon
};

/// A piece of a paragraph's text: plain, or the value of the {{field}} named `field`.
struct TextRun {
  std::string text;
  std::string field;  ///< empty for plain text
};

struct SkeletonParagraph {
  Role role = Role::Body;
  int level = 0;              ///< heading level 1..4 for headings, 0 otherwise
  std::string text;           ///< filled text; headings without their label (numbering supplies it)
  std::vector<TextRun> runs;  ///< the same text, split where field values were filled in
};

struct Skeleton {
  std::vector<SkeletonParagraph> paragraphs;
};

struct SkeletonOptions {
  Date date;          ///< the report date (usually today)
  std::string topic;  ///< title topic; the template's default_topic when empty
  /// Section id → the id of the boilerplate alternative to use; other sections use their first.
  std::map<std::string, std::string> alternatives;
  /// Ids of optional sections to leave out, with their sub-sections. Required sections are
  /// always kept: a report without them would fail the check.
  std::set<std::string> omit;
  /// A 版头 before the title (GB/T 9704 7.2): the profile's 发文机关标志, its 发文字号 with
  /// `sequence` for {{seq}} (a visible 【序号】 when empty) and, for 上行文, the 签发人.
  bool masthead = false;
  /// A 版记 after the report (GB/T 9704 7.4): 抄送 when the profile names whom, and the 印发 line.
  bool colophon = false;
  std::string sequence;
};

/// Splits `text` into runs, filling every {{name}} found in `values`; unknown names stay as text.
std::vector<TextRun> fill_runs(const std::string& text,
                               const std::map<std::string, std::string>& values);

/// Replaces every {{name}} in `text` with values.at(name); unknown names stay as they are.
std::string fill_fields(const std::string& text, const std::map<std::string, std::string>& values);

/// Whether a report of `tmpl` may have a 版头 and a 版记: a Chinese 公文 may, an English report
/// not.
bool takes_masthead_and_colophon(const ReportTemplate& tmpl);

/// Why `options` do not fit `tmpl` (an unknown section or alternative id, or a required section
/// to leave out), for a caller that wants to tell the user; nullopt when they fit.
/// build_skeleton itself ignores such entries.
std::optional<std::string> check_skeleton_options(const ReportTemplate& tmpl,
                                                  const SkeletonOptions& options);

/// Builds the skeleton of `tmpl` with the profile's values and the date filled in. The attachment
/// note, when the template has one, comes as Body paragraphs after the closing and before the
/// signature.
Skeleton build_skeleton(const ReportTemplate& tmpl, const Profile& profile,
                        const SkeletonOptions& options);

/// For a Traditional (zh-Hant) template, converts the profile's values and the topic the user
/// typed, perhaps in Simplified, with `convert`, so the report is Traditional throughout.
/// Nothing changes for other templates or when `convert` is empty.
void convert_to_template_script(const ReportTemplate& tmpl, const TextConverter& convert,
                                Profile& profile, SkeletonOptions& options);
/// Same, with OpenCC's converter for the profile's region (opencc_traditional): what every
/// command that makes a report does.
void convert_to_template_script(const ReportTemplate& tmpl, Profile& profile,
                                SkeletonOptions& options);

/// The region of a Traditional (zh-Hant) template's report, from the profile; nullopt for other
/// templates.
std::optional<Region> traditional_region(const ReportTemplate& tmpl, const Profile& profile);

/// What a report built by build_skeleton(tmpl, profile, options) records it was made with: the
/// template's id and script, the date style its date is written in, the topic asked for.
DocumentRecord skeleton_record(const ReportTemplate& tmpl, const Profile& profile,
                               const SkeletonOptions& options);

/// The paragraphs of the section `section_id` of `tmpl` alone — its heading, its boilerplate and
/// its sub-sections, as build_skeleton makes them, with the same values filled in — for adding a
/// section to a report already written. nullopt when the template has no such section.
std::optional<Skeleton> build_section_skeleton(const ReportTemplate& tmpl, const Profile& profile,
                                               const std::string& section_id,
                                               const SkeletonOptions& options);

}  // namespace chengbao
