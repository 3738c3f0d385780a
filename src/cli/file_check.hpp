// What `chengbao check` and `chengbao fix` share: the options that set up a check, and checking
// one file with the template it names or records.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

#include "check.hpp"
#include "check_report.hpp"
#include "document.hpp"
#include "profile.hpp"
#include "report_template.hpp"

namespace chengbao::cli {

class LegacyFiles;

inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitInvalid = 2;

/// Prints "chengbao: MESSAGE (see chengbao --help)" and gives kExitInvalid.
int usage(const std::string& message);

/// The language of messages when --lang is not given: the locale, as a person's terminal has it.
Language default_language();

std::optional<std::string> optional_option(const std::map<std::string, std::string>& options,
                                           const char* name);

/// The number of threads --jobs (-j) asks for: 0 (every core) without it; nothing when it is not
/// a number from 1 to 256.
std::optional<unsigned> jobs_option(const std::map<std::string, std::string>& options);

/// Shows "[21/200] FILE" on standard error when it is a terminal and the work has taken more
/// than a second; silent in pipes and for quick runs.
class Progress {
 public:
  explicit Progress(std::size_t total);
  ~Progress() { clear(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  void step(std::size_t done, const std::string& file) const;
  /// Takes the line away (before other output, and at the end).
  void clear() const;

 private:
  std::size_t total_;
  bool terminal_;
  std::chrono::steady_clock::time_point start_;
  mutable bool shown_ = false;
};

/// What --template, --profile, --script, --dir and --lang set up for every file.
struct CheckSetup {
  std::map<std::string, std::string> options;
  CheckOptions check_options;
  std::optional<ReportTemplate> report_template;
  std::optional<Profile> profile;
  std::optional<Profile> traditional;  ///< the profile's names in Traditional
  /// .doc, .wps and .rtf files converted for reading; findings still name the original.
  const LegacyFiles* legacy = nullptr;
};

/// Loads the template and profile the options name; the exit status when one cannot be loaded
/// (its error printed).
std::optional<int> load_setup(const std::map<std::string, std::string>& options, CheckSetup& setup);

/// One file read and checked.
struct CheckedFile {
  FileReport report;
  std::optional<Document> document;  ///< as read (the look only when a layout judged it)
  CheckOptions options;              ///< what the file was checked with
  bool template_rules_skipped = false;
  bool template_recorded = false;  ///< the template is the one the report records
};

/// The note naming the templates reports recorded and were checked against ("work-report (2),
/// status-report"), in `language`; empty when there were none.
std::string recorded_templates_note(const std::map<std::string, int>& used, Language language);

/// Checks files as `check` does: against --template, else the template the report records
/// (loaded once per id and script, safe to call from several threads).
class FileChecker {
 public:
  explicit FileChecker(const CheckSetup& setup);
  CheckedFile check(const std::string& file);

 private:
  const ReportTemplate* recorded(const std::string& id, const std::string& script);
  CheckedFile check_file(const std::string& file);

  const CheckSetup& setup_;
  std::string dir_;
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, std::unique_ptr<ReportTemplate>> loaded_;
};

}  // namespace chengbao::cli
