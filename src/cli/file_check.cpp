// What `chengbao check` and `chengbao fix` share: the set-up and the check of one file.
#include "file_check.hpp"
#include "usage_text.hpp"

#include <cstdlib>
#include <iostream>
#include <variant>

#include <unistd.h>

#include "arguments.hpp"
#include "document_reader.hpp"
#include "document_record.hpp"
#include "legacy_files.hpp"
#include "messages.hpp"
#include "script_convert.hpp"
#include "template_library.hpp"

namespace chengbao::cli {

int usage(const std::string& message) {
  std::cerr << "chengbao: " << message << say(UsageText::SeeHelp) << '\n';
  return kExitInvalid;
}

std::optional<unsigned> jobs_option(const std::map<std::string, std::string>& options) {
  const auto it = options.find("--jobs");
  if (it == options.end()) return 0u;
  const std::string& text = it->second;
  if (text.empty() || text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const unsigned jobs = static_cast<unsigned>(std::stoul(text));
  if (jobs < 1 || jobs > 256) return std::nullopt;
  return jobs;
}

Progress::Progress(std::size_t total)
    : total_(total), terminal_(::isatty(2) == 1), start_(std::chrono::steady_clock::now()) {}

void Progress::step(std::size_t done, const std::string& file) const {
  if (!terminal_ || std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
  std::cerr << "\r\033[K[" << done << "/" << total_ << "] " << file << std::flush;
  shown_ = true;
}

void Progress::clear() const {
  if (!shown_) return;
  std::cerr << "\r\033[K" << std::flush;
  shown_ = false;
}

std::string recorded_templates_note(const std::map<std::string, int>& used, Language language) {
  if (used.empty()) return {};
  std::string list;
  for (const auto& [id, count] : used) {
    if (!list.empty()) list += language == Language::En ? ", " : "、";
    list += id;
    if (count > 1) list += " (" + std::to_string(count) + ")";
  }
  return message(Message::RecordedTemplates, language, {list}) + "\n";
}

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

std::optional<int> load_setup(const std::map<std::string, std::string>& options,
                              CheckSetup& setup) {
  setup.options = options;
  setup.check_options.language =
      options.count("--lang") ? parse_language(options.at("--lang")) : default_language();
  if (auto it = options.find("--template"); it != options.end()) {
    auto loaded = find_template(it->second, template_dir(options),
                                options.count("--script") ? options.at("--script") : "");
    if (const auto* error = std::get_if<LoadError>(&loaded)) {
      std::cerr << describe(*error, setup.check_options.language) << '\n';
      return kExitInvalid;
    }
    setup.report_template = std::move(std::get<ReportTemplate>(loaded));
  }
  if (auto it = options.find("--profile"); it != options.end()) {
    auto loaded = load_profile(it->second);
    if (const auto* error = std::get_if<LoadError>(&loaded)) {
      std::cerr << describe(*error, setup.check_options.language) << '\n';
      return kExitInvalid;
    }
    setup.profile = std::move(std::get<Profile>(loaded));
    // A 繁體 report writes the profile's names in Traditional, as they were converted when it
    // was made: such reports are compared with the converted names.
    setup.traditional = traditional_profile(*setup.profile);
  }
  // Pointers into `setup` are taken once it is complete.
  if (setup.report_template) setup.check_options.report_template = &*setup.report_template;
  if (setup.profile) setup.check_options.profile = &*setup.profile;
  return std::nullopt;
}

FileChecker::FileChecker(const CheckSetup& setup)
    : setup_(setup), dir_(template_dir(setup.options)) {}

// A template not found is remembered as such: its reports are checked without the template's
// rules, as without --template.
const ReportTemplate* FileChecker::recorded(const std::string& id, const std::string& script) {
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

CheckedFile FileChecker::check(const std::string& file) {
  CheckedFile checked = check_file(file);
  // Said in the language of --lang, the file kept.
  if (checked.report.error) {
    checked.report.error->message =
        problem_text(*checked.report.error, setup_.check_options.language);
  }
  return checked;
}

CheckedFile FileChecker::check_file(const std::string& file) {
  CheckedFile checked;
  FileReport& report = checked.report;
  report.file = file;
  const auto& options = setup_.options;
  const ReportTemplate* given = setup_.check_options.report_template;
  if (given != nullptr) report.template_id = given->id;
  // The look (fonts, sizes, the page) is read only when a template's <layout> will judge it:
  // reading it costs a sixth of a .docx's time.
  ReadLimits limits;
  limits.read_look = given != nullptr && !given->layout.empty();
  // A legacy report is read from its conversion; what is said about it names the original.
  std::string source = file;
  if (setup_.legacy != nullptr && setup_.legacy->contains(file)) {
    const auto& converted = setup_.legacy->converted(file);
    if (converted.error) {
      report.error = converted.error->at(file);
      return checked;
    }
    source = converted.path;
  }
  auto document = read_document(source, limits);
  if (auto* error = std::get_if<LoadError>(&document)) {
    report.error = *error;
    report.error->file = file;
    return checked;
  }
  std::get<Document>(document).file = file;
  CheckOptions file_options = setup_.check_options;
  // A report chengbao made records its template and script: without --template it is checked
  // against that template, and a template named by id without --script is taken in the
  // report's script (recorded, else as its text shows), so messages quote the forms the report
  // uses (a template file is one script whatever the report's).
  const bool script_given = options.count("--script") != 0;
  // --template with --script is loaded already; else the template named, or recorded.
  const std::string id = given != nullptr
                             ? (script_given ? std::string() : options.at("--template"))
                             : read_record(std::get<Document>(document).properties).template_id;
  // The report's script is looked for only when something depends on it (it reads every
  // paragraph again).
  const bool traditional = setup_.traditional.has_value();
  const std::string script = (!id.empty() && !script_given) || traditional
                                 ? document_script(std::get<Document>(document))
                                 : std::string();
  if (traditional && script == "zh-Hant") file_options.profile = &*setup_.traditional;
  if (!id.empty()) {
    const std::string wanted = script_given ? options.at("--script") : script;
    if (const ReportTemplate* found = recorded(id, wanted)) {
      file_options.report_template = found;
      report.template_id = found->id;
      checked.template_recorded = given == nullptr;
    }
  }
  // A template recorded in the report is known once the report is read: when its layout
  // judges the look, the report is read again, look and all.
  const ReportTemplate* used = file_options.report_template;
  if (!limits.read_look && used != nullptr && !used->layout.empty()) {
    limits.read_look = true;
    document = read_document(source, limits);
    if (auto* read = std::get_if<Document>(&document)) read->file = file;
  }
  if (auto* error = std::get_if<LoadError>(&document)) {
    report.error = *error;
    report.error->file = file;
    return checked;
  }
  CheckResult result = check_document(std::get<Document>(document), file_options);
  report.findings = std::move(result.findings);
  checked.template_rules_skipped = result.template_rules_skipped;
  checked.document = std::move(std::get<Document>(document));
  checked.options = file_options;
  return checked;
}

}  // namespace chengbao::cli
