// `chengbao fix`: apply the safe fixes to report files without an office.
#include "fix_command.hpp"
#include "usage_text.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>
#include <variant>

#include "arguments.hpp"
#include "check.hpp"
#include "document_fixer.hpp"
#include "file_check.hpp"
#include "fix.hpp"
#include "legacy_files.hpp"
#include "messages.hpp"
#include "ordered_parallel.hpp"
#include "template_checker.hpp"

namespace chengbao::cli {
namespace {

struct FixedFile {
  std::string file;
  std::optional<LoadError> error;
  WrittenFixes written;
  int remaining = 0;              ///< findings at or above --fail-on after the fix
  std::string recorded_template;  ///< the template the report records, when that was used
};

std::string change_line(const std::string& file, const TextEdit& edit) {
  return file + ":" + std::to_string(edit.paragraph + 1) + ": " + edit.rule + ": «" +
         edit.original + "» → «" + edit.replacement + "»";
}

bool at_or_above(const Finding& finding, Severity fail_on) { return finding.severity >= fail_on; }

}  // namespace

int run_fix(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args,
                                   {"--template", "--profile", "--lang", "--dir", "--script",
                                    "--files-from", "--output", "--fail-on", "--rule", "--jobs"},
                                   parsed, {"--dry-run"}))
    return usage(*error);
  const auto& options = parsed.options;
  const std::vector<std::string> rules =
      parsed.lists.count("--rule") ? parsed.lists.at("--rule") : std::vector<std::string>();
  const auto jobs = jobs_option(options);
  if (!jobs) return usage(say(UsageText::Jobs));
  std::vector<std::string> files;
  if (auto error = input_files(parsed.positional, optional_option(options, "--files-from"), files))
    return usage(*error);
  if (files.empty()) return usage(say(UsageText::NeedsFiles, {"fix"}));
  const auto output = optional_option(options, "--output");
  if (output && files.size() != 1) return usage(say(UsageText::OneFileForOutput));
  const bool dry_run = options.count("--dry-run") != 0;
  const auto known = rule_ids();
  for (const std::string& rule : rules) {
    if (std::find(known.begin(), known.end(), rule) == known.end())
      return usage(say(UsageText::UnknownRule, {rule}));
  }
  const std::string fail_on_name = options.count("--fail-on") ? options.at("--fail-on") : "error";
  Severity fail_on = Severity::Error;
  if (fail_on_name == "warning") {
    fail_on = Severity::Warning;
  } else if (fail_on_name == "info") {
    fail_on = Severity::Info;
  } else if (fail_on_name != "error") {
    return usage(say(UsageText::FailOn));
  }

  CheckSetup setup;
  if (auto status = load_setup(options, setup)) return *status;
  const Language language = setup.check_options.language;
  FileChecker checker(setup);

  int unreadable = 0;
  int applied = 0;
  int left = 0;
  int remaining = 0;
  std::map<std::string, int> recorded;  // templates reports recorded, and how many used each
  const Progress progress(files.size());
  ordered_parallel_for<FixedFile>(
      files.size(), *jobs,
      [&](std::size_t i) {
        FixedFile fixed;
        fixed.file = files[i];
        if (is_legacy_format(files[i])) {
          fixed.error = LoadError{files[i], 0,
                                  "fix writes .odt, .fodt and .docx only: save the report as "
                                  ".docx or .odt, then fix it (check reads it as it is)",
                                  LoadProblem::LegacyNotFixable};
          return fixed;
        }
        CheckedFile checked = checker.check(files[i]);
        if (checked.report.error) {
          fixed.error = checked.report.error;
          return fixed;
        }
        if (checked.template_recorded) fixed.recorded_template = checked.report.template_id;
        std::vector<Finding> chosen;
        for (const Finding& finding : checked.report.findings) {
          if (rules.empty() || std::find(rules.begin(), rules.end(), finding.rule) != rules.end())
            chosen.push_back(finding);
        }
        const std::vector<TextEdit> edits = plan_fixes(*checked.document, chosen, FixSelection());
        const std::string target = output ? *output : files[i];
        // The fixed file is read back with its look when the check needs it (a template's
        // <layout> judges it), so that it is checked again as it was read back.
        const ReportTemplate* used = checked.options.report_template;
        ReadLimits limits;
        limits.read_look = used != nullptr && !used->layout.empty();
        auto written = write_fixes(files[i], edits, FixTarget{target, dry_run}, limits);
        if (auto* error = std::get_if<LoadError>(&written)) {
          fixed.error = *error;
          return fixed;
        }
        fixed.written = std::move(std::get<WrittenFixes>(written));
        if (fixed.written.read_back) {
          // What is left is what a check of the written file finds, with the template and
          // profile the report was checked with; the file is not read again.
          const CheckResult again = check_document(*fixed.written.read_back, checked.options);
          for (const Finding& finding : again.findings)
            if (at_or_above(finding, fail_on)) ++fixed.remaining;
          fixed.written.read_back.reset();  // not kept while earlier files are printed
        } else {
          // Nothing written (a dry run, or no fix applies in place): what remains is the findings
          // the fixes would not take away.
          std::set<std::tuple<std::string, int, int>> gone;
          for (const TextEdit& edit : fixed.written.applied)
            gone.emplace(edit.rule, edit.paragraph, edit.offset);
          for (const Finding& finding : checked.report.findings) {
            if (at_or_above(finding, fail_on) &&
                gone.count({finding.rule, finding.paragraph, finding.offset}) == 0)
              ++fixed.remaining;
          }
        }
        return fixed;
      },
      [&](std::size_t i, FixedFile fixed) {
        progress.step(i + 1, files[i]);
        if (fixed.error) {
          ++unreadable;
          progress.clear();
          std::cerr << describe(*fixed.error, language) << '\n' << std::flush;
          return;
        }
        if (!fixed.written.applied.empty() || !fixed.written.left.empty()) progress.clear();
        for (const TextEdit& edit : fixed.written.applied)
          std::cout << change_line(fixed.file, edit) << '\n';
        for (const TextEdit& edit : fixed.written.left)
          std::cout << change_line(fixed.file, edit) << " (" << message(Message::FixLeft, language)
                    << ")\n";
        std::cout << std::flush;
        if (!fixed.recorded_template.empty()) ++recorded[fixed.recorded_template];
        applied += static_cast<int>(fixed.written.applied.size());
        left += static_cast<int>(fixed.written.left.size());
        remaining += fixed.remaining;
      });

  progress.clear();
  std::cout << recorded_templates_note(recorded, language);
  const std::string count = std::to_string(files.size());
  std::cout << message(dry_run ? Message::FixDrySummary : Message::FixSummary, language,
                       {count, std::to_string(applied), std::to_string(left),
                        std::to_string(remaining)})
            << '\n';
  if (unreadable > 0) {
    std::cout << message(Message::FixUnreadable, language, {std::to_string(unreadable)}) << '\n';
    return kExitInvalid;
  }
  return remaining > 0 || left > 0 ? kExitFindings : kExitClean;
}

}  // namespace chengbao::cli
