// `chengbao check` and `chengbao outline`: read reports, run the core, print the results.
#include "check_command.hpp"

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
#include "ordered_parallel.hpp"
#include "outline.hpp"
#include "profile.hpp"
#include "report_layout.hpp"
#include "report_template.hpp"
#include "script_convert.hpp"
#include "template_library.hpp"

namespace chengbao::cli {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitInvalid = 2;

int usage(const std::string& message) {
  std::cerr << "chengbao: " << message << " (see chengbao --help)\n";
  return kExitInvalid;
}

/// The language of messages when --lang is not given: the locale, as a person's terminal has it.
Language default_language() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return parse_language(value);
  }
  return Language::En;
}

std::optional<std::string> optional_option(const std::map<std::string, std::string>& options,
                                           const char* name) {
  const auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

std::optional<Severity> parse_severity(const std::string& name) {
  if (name == "error") return Severity::Error;
  if (name == "warning") return Severity::Warning;
  if (name == "info") return Severity::Info;
  return std::nullopt;
}

/// Shows "checking 21/200" on a terminal when many files are checked; silent otherwise.
class Progress {
 public:
  explicit Progress(size_t total) : total_(total), shown_(total > 20 && ::isatty(2) == 1) {}
  ~Progress() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
  }
  void step(size_t done, const std::string& file) const {
    if (shown_)
      std::cerr << "\r\033[Kchecking " << done << "/" << total_ << ": " << file << std::flush;
  }

 private:
  size_t total_;
  bool shown_;
};

// The templates reports record they were made from, each loaded once (files are checked on
// several threads). A template not found here is remembered as such: its reports are checked
// without the template's rules, as without --template.
class RecordedTemplates {
 public:
  explicit RecordedTemplates(std::string dir) : dir_(std::move(dir)) {}

  const ReportTemplate* get(const std::string& id, const std::string& script) {
    if (id.empty()) return nullptr;
    const std::lock_guard<std::mutex> lock(mutex_);
    auto [it, added] = loaded_.try_emplace({id, script});
    if (added) {
      auto found = find_template(id, dir_, script);
      if (auto* loaded = std::get_if<ReportTemplate>(&found))
        it->second = std::make_unique<ReportTemplate>(std::move(*loaded));
    }
    return it->second.get();
  }

 private:
  std::string dir_;
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, std::unique_ptr<ReportTemplate>> loaded_;
};

}  // namespace

int run_check(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args,
                                   {"--template", "--profile", "--format", "--fail-on", "--lang",
                                    "--dir", "--script", "--files-from"},
                                   parsed))
    return usage(*error);
  const auto& options = parsed.options;
  std::vector<std::string> files;
  if (auto error = input_files(parsed.positional, optional_option(options, "--files-from"), files))
    return usage(*error);
  if (files.empty()) return usage("check needs at least one FILE or folder");

  const std::string format = options.count("--format") ? options.at("--format") : "text";
  if (format != "text" && format != "json" && format != "jsonl" && format != "sarif")
    return usage("--format must be text, json, jsonl or sarif");
  const auto fail_on =
      parse_severity(options.count("--fail-on") ? options.at("--fail-on") : "error");
  if (!fail_on) return usage("--fail-on must be error, warning or info");

  CheckOptions check_options;
  check_options.language =
      options.count("--lang") ? parse_language(options.at("--lang")) : default_language();

  std::optional<ReportTemplate> report_template;
  if (auto it = options.find("--template"); it != options.end()) {
    auto loaded = find_template(it->second, template_dir(options),
                                options.count("--script") ? options.at("--script") : "");
    if (const auto* error = std::get_if<LoadError>(&loaded)) {
      std::cerr << error->to_string() << '\n';
      return kExitInvalid;
    }
    report_template = std::move(std::get<ReportTemplate>(loaded));
    check_options.report_template = &*report_template;
  }
  std::optional<Profile> profile;
  if (auto it = options.find("--profile"); it != options.end()) {
    auto loaded = load_profile(it->second);
    if (const auto* error = std::get_if<LoadError>(&loaded)) {
      std::cerr << error->to_string() << '\n';
      return kExitInvalid;
    }
    profile = std::move(std::get<Profile>(loaded));
    check_options.profile = &*profile;
  }
  // A 繁體 report writes the profile's names in Traditional, as they were converted when it was
  // made: such reports are compared with the converted names.
  std::optional<Profile> traditional;
  if (profile) traditional = traditional_profile(*profile);

  RecordedTemplates recorded_templates(template_dir(options));
  std::vector<FileReport> reports;
  reports.reserve(files.size());
  bool unreadable = false;
  bool skipped_template_rules = false;
  {
    const Progress progress(files.size());
    // Files are read and checked on every core; results come back in the order given.
    ordered_parallel_for<std::pair<FileReport, bool>>(
        files.size(),
        [&](std::size_t i) {
          FileReport report;
          report.file = files[i];
          if (report_template) report.template_id = report_template->id;
          bool skipped = false;
          // The look (fonts, sizes, the page) is read only when a template's <layout> will judge
          // it: reading it costs a sixth of a .docx's time.
          ReadLimits limits;
          limits.read_look = report_template && !report_template->layout.empty();
          auto document = read_document(files[i], limits);
          if (auto* error = std::get_if<LoadError>(&document)) {
            report.error = *error;
          } else {
            CheckOptions file_options = check_options;
            // A report chengbao made records its template and script: without --template it is
            // checked against that template, and a template named by id without --script is
            // taken in the report's script (recorded, else as its text shows), so messages quote
            // the forms the report uses (a template file is one script whatever the report's).
            const bool script_given = options.count("--script") != 0;
            // --template with --script is loaded already; else the template named, or recorded.
            const std::string id =
                report_template ? (script_given ? std::string() : options.at("--template"))
                                : read_record(std::get<Document>(document).properties).template_id;
            // The report's script is looked for only when something depends on it (it reads
            // every paragraph again).
            const std::string script = (!id.empty() && !script_given) || traditional
                                           ? document_script(std::get<Document>(document))
                                           : std::string();
            if (traditional && script == "zh-Hant") file_options.profile = &*traditional;
            if (!id.empty()) {
              const std::string wanted = script_given ? options.at("--script") : script;
              if (const ReportTemplate* recorded = recorded_templates.get(id, wanted)) {
                file_options.report_template = recorded;
                report.template_id = recorded->id;
              }
            }
            // A template recorded in the report is known once the report is read: when its
            // layout judges the look, the report is read again, look and all.
            const ReportTemplate* used = file_options.report_template;
            if (!limits.read_look && used != nullptr && !used->layout.empty()) {
              limits.read_look = true;
              document = read_document(files[i], limits);
            }
            if (auto* error = std::get_if<LoadError>(&document)) {
              report.error = *error;
            } else {
              CheckResult result = check_document(std::get<Document>(document), file_options);
              report.findings = std::move(result.findings);
              skipped = result.template_rules_skipped;
            }
          }
          return std::make_pair(std::move(report), skipped);
        },
        [&](std::size_t i, std::pair<FileReport, bool> done) {
          progress.step(i + 1, files[i]);
          FileReport& report = done.first;
          unreadable = unreadable || report.error.has_value();
          skipped_template_rules = skipped_template_rules || done.second;
          if (format == "text") {
            // Stream as we go: a person watching a big batch sees results at once.
            const std::string text = check_text(report);
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
    std::cout << summary_text(summary, check_options.language);
  }

  if (unreadable) return kExitInvalid;
  const int at_or_above = summary.errors + (*fail_on <= Severity::Warning ? summary.warnings : 0) +
                          (*fail_on <= Severity::Info ? summary.infos : 0);
  return at_or_above > 0 ? kExitFindings : kExitClean;
}

int run_outline(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args, {"--format", "--lang", "--files-from"}, parsed))
    return usage(*error);
  std::vector<std::string> files;
  if (auto error =
          input_files(parsed.positional, optional_option(parsed.options, "--files-from"), files))
    return usage(*error);
  if (files.empty()) return usage("outline needs at least one FILE or folder");
  const std::string format =
      parsed.options.count("--format") ? parsed.options.at("--format") : "text";
  if (format != "text" && format != "json") return usage("--format must be text or json");
  const Language language = parsed.options.count("--lang")
                                ? parse_language(parsed.options.at("--lang"))
                                : default_language();

  bool unreadable = false;
  std::string json = "{\"files\": [";
  bool first = true;
  ordered_parallel_for<std::variant<DocumentStructure, LoadError>>(
      files.size(),
      [&](std::size_t i) -> std::variant<DocumentStructure, LoadError> {
        auto document = read_document(files[i]);
        if (auto* error = std::get_if<LoadError>(&document)) return *error;
        return describe_document(std::get<Document>(document), CheckOptions{});
      },
      [&](std::size_t i, std::variant<DocumentStructure, LoadError> done) {
        if (auto* error = std::get_if<LoadError>(&done)) {
          std::cerr << error->to_string() << '\n';
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
