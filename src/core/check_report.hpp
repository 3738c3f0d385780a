// The results of checking files, written as text for people or as the JSON of DESIGN.md §4.1.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "finding.hpp"
#include "load_error.hpp"
#include "outline.hpp"
#include "report_layout.hpp"

namespace chengbao {

/// The outcome for one file: its findings, or why it could not be checked.
struct FileReport {
  std::string file;         ///< as the user named it
  std::string template_id;  ///< empty without a template
  std::vector<Finding> findings;
  std::optional<LoadError> error;  ///< set when the file could not be read
};

/// Counts of findings by severity over all files.
struct Summary {
  int files = 0;
  int unreadable = 0;  ///< files that could not be read (and so were not checked)
  int errors = 0;
  int warnings = 0;
  int infos = 0;
};
Summary summarize(const std::vector<FileReport>& reports);

/// The last line of the text output, in `language`: "4 file(s), 2 could not be read: 1 error(s),
/// 0 warning(s), 0 info"; files that could not be read are counted apart, never as clean.
std::string summary_text(const Summary& summary, Language language);

/// The note that the template rules were skipped, in `language`.
std::string skipped_template_note(Language language);

/// {"files": [...], "summary": {...}} exactly as DESIGN.md §4.1; one line, UTF-8, no BOM.
std::string check_json(const std::vector<FileReport>& reports);

/// One file's entry of that JSON on its own line (JSON Lines: `--format jsonl`).
std::string check_json_line(const FileReport& report);

/// SARIF 2.1.0, one line: the rule catalogue with each rule's description in `language`, a
/// result per finding (the paragraph, counted from 1, as the region's line; the offset, from 1,
/// as its column), safe fixes as SARIF fixes, unreadable files as tool notifications.
std::string check_sarif(const std::vector<FileReport>& reports, Language language,
                        const std::string& version);

/// One line a finding: "file:paragraph: severity rule: message «text»", paragraphs counted from 1
/// as people (and the Check panel) count them; the JSON's "paragraph" is the 0-based index.
std::string check_text(const FileReport& report);

/// The parts and the body's heading tree of a file as JSON: {"file": ..., "scheme": ...,
/// "parts": [{part, begin, end}], "outline": [{paragraph, level, label, automatic, heading,
/// runs_on}]}; paragraphs 0-based, a part's end included.
std::string outline_json_entry(const std::string& file, const DocumentStructure& structure);

/// The parts on one line ("组成：版头 1–5，标题 6，…", names in `language`), then the body's
/// heading tree, one heading a line: "  （一）组织领导  [12]"; paragraphs counted from 1.
std::string outline_text(const std::string& file, const DocumentStructure& structure,
                         Language language);

/// `text` as a JSON string literal, quotes included.
std::string json_string(const std::string& text);

}  // namespace chengbao
