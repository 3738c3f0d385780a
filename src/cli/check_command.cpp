// `chengbao check` and `chengbao outline`: read reports, run the core, print the results.
#include "check_command.hpp"
#include "usage_text.hpp"

#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <variant>

#include <unistd.h>

#include "arguments.hpp"
#include "check.hpp"
#include "check_report.hpp"
#include "document_reader.hpp"
#include "document_record.hpp"
#include "file_check.hpp"
#include "legacy_files.hpp"
#include "ordered_parallel.hpp"
#include "outline.hpp"
#include "profile.hpp"
#include "report_layout.hpp"
#include "report_template.hpp"
#include "script_convert.hpp"
#include "template_library.hpp"

namespace chengbao::cli {
namespace {

std::optional<Severity> parse_severity(const std::string& name) {
  if (name == "error") return Severity::Error;
  if (name == "warning") return Severity::Warning;
  if (name == "info") return Severity::Info;
  return std::nullopt;
}

}  // namespace

int run_check(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args,
                                   {"--template", "--profile", "--format", "--fail-on", "--lang",
                                    "--dir", "--script", "--files-from", "--jobs"},
                                   parsed))
    return usage(*error);
  const auto& options = parsed.options;
  std::vector<std::string> files;
  if (auto error = input_files(parsed.positional, optional_option(options, "--files-from"), files))
    return usage(*error);
  if (files.empty()) return usage(say(UsageText::NeedsFiles, {"check"}));

  const std::string format = options.count("--format") ? options.at("--format") : "text";
  if (format != "text" && format != "json" && format != "jsonl" && format != "sarif")
    return usage(say(UsageText::CheckFormat));
  const auto fail_on =
      parse_severity(options.count("--fail-on") ? options.at("--fail-on") : "error");
  if (!fail_on) return usage(say(UsageText::FailOn));

  const auto jobs = jobs_option(options);
  if (!jobs) return usage(say(UsageText::Jobs));
  CheckSetup setup;
  if (auto status = load_setup(options, setup)) return *status;
  const LegacyFiles legacy(files);
  setup.legacy = &legacy;
  const CheckOptions& check_options = setup.check_options;

  FileChecker checker(setup);
  std::vector<FileReport> reports;
  reports.reserve(files.size());
  bool unreadable = false;
  bool skipped_template_rules = false;
  std::map<std::string, int> recorded;  // templates reports recorded, and how many used each
  {
    const Progress progress(files.size());
    // Files are read and checked on every core (or --jobs); results come back in the order given.
    struct Done {
      FileReport report;
      bool template_rules_skipped = false;
      bool template_recorded = false;
    };
    ordered_parallel_for<Done>(
        files.size(), *jobs,
        [&](std::size_t i) {
          CheckedFile checked = checker.check(files[i]);
          return Done{std::move(checked.report), checked.template_rules_skipped,
                      checked.template_recorded};
        },
        [&](std::size_t i, Done done) {
          progress.step(i + 1, files[i]);
          if (done.template_recorded) ++recorded[done.report.template_id];
          FileReport& report = done.report;
          unreadable = unreadable || report.error.has_value();
          skipped_template_rules = skipped_template_rules || done.template_rules_skipped;
          if (format == "text") {
            // Stream as we go: a person watching a big batch sees results at once.
            const std::string text = check_text(report);
            if (!text.empty()) progress.clear();
            (report.error ? std::cerr : std::cout) << text << std::flush;
          } else if (format == "jsonl") {
            // One file a line as it is done: a pipeline over a large batch reads as it goes.
            std::cout << check_json_line(report) << '\n' << std::flush;
          }
          reports.push_back(std::move(report));
        });
  }

  const Summary summary = summarize(reports);
  if (format == "json") {
    std::cout << check_json(reports) << '\n';
  } else if (format == "sarif") {
    std::cout << check_sarif(reports, check_options.language, CHENGBAO_VERSION) << '\n';
  } else if (format == "text") {
    if (skipped_template_rules) std::cout << skipped_template_note(check_options.language);
    std::cout << recorded_templates_note(recorded, check_options.language);
    std::cout << summary_text(summary, check_options.language);
  }

  if (unreadable) return kExitInvalid;
  const int at_or_above = summary.errors + (*fail_on <= Severity::Warning ? summary.warnings : 0) +
                          (*fail_on <= Severity::Info ? summary.infos : 0);
  return at_or_above > 0 ? kExitFindings : kExitClean;
}

int run_outline(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args, {"--format", "--lang", "--files-from", "--jobs"}, parsed))
    return usage(*error);
  std::vector<std::string> files;
  if (auto error =
          input_files(parsed.positional, optional_option(parsed.options, "--files-from"), files))
    return usage(*error);
  if (files.empty()) return usage(say(UsageText::NeedsFiles, {"outline"}));
  const std::string format =
      parsed.options.count("--format") ? parsed.options.at("--format") : "text";
  if (format != "text" && format != "json") return usage(say(UsageText::OutlineFormat));
  const Language language = parsed.options.count("--lang")
                                ? parse_language(parsed.options.at("--lang"))
                                : default_language();

  bool unreadable = false;
  std::string json = "{\"files\": [";
  bool first = true;
  const auto jobs = jobs_option(parsed.options);
  if (!jobs) return usage(say(UsageText::Jobs));
  const LegacyFiles legacy(files);
  ordered_parallel_for<std::variant<DocumentStructure, LoadError>>(
      files.size(), *jobs,
      [&](std::size_t i) -> std::variant<DocumentStructure, LoadError> {
        std::string source = files[i];
        if (legacy.contains(files[i])) {
          const auto& converted = legacy.converted(files[i]);
          if (converted.error) return converted.error->at(files[i]);
          source = converted.path;
        }
        auto document = read_document(source);
        if (auto* error = std::get_if<LoadError>(&document)) {
          error->file = files[i];
          return *error;
        }
        return describe_document(std::get<Document>(document), CheckOptions{});
      },
      [&](std::size_t i, std::variant<DocumentStructure, LoadError> done) {
        if (auto* error = std::get_if<LoadError>(&done)) {
          std::cerr << describe(*error, language) << '\n';
          unreadable = true;
          return;
        }
        const DocumentStructure& structure = std::get<DocumentStructure>(done);
        if (format == "text") {
          std::cout << outline_text(files[i], structure, language);
        } else {
          json += (first ? "" : ", ") + outline_json_entry(files[i], structure);
          first = false;
        }
      });
  if (format == "json") std::cout << json << "]}\n";
  return unreadable ? kExitInvalid : kExitClean;
}

}  // namespace chengbao::cli
