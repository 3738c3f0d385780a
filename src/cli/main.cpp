// The chengbao command line: option parsing and output only; the work is in chengbao_core.
#include <cstdlib>
#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "arguments.hpp"
#include "check_command.hpp"
#include "date_format.hpp"
#include "file_check.hpp"
#include "fix_command.hpp"
#include "new_command.hpp"
#include "profile.hpp"
#include "report_template.hpp"
#include "skeleton.hpp"
#include "template_checker.hpp"
#include "template_library.hpp"
#include "usage_text.hpp"

namespace {

using chengbao::LoadError;
using chengbao::cli::Arguments;
using chengbao::cli::parse_arguments;
using chengbao::cli::say;
using chengbao::cli::template_dir;
using chengbao::cli::UsageText;

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 2;  // usage, unreadable or invalid input (DESIGN.md 4.1)

constexpr const char kUsage[] =
    R"(usage: chengbao COMMAND [OPTIONS]

commands:
  check [-t ID|FILE] [--script zh-Hans|zh-Hant] [-p FILE] [-f text|json|jsonl|sarif]
        [--fail-on error|warning|info] [--lang zh-CN|zh-TW|en] [--dir DIR] [-j N]
        [--files-from FILE|-] FILE|FOLDER...
                                    check reports (.docx .odt .fodt; .doc .wps .rtf through
                                    a headless LibreOffice with a private profile, or
                                    $CHENGBAO_OFFICE) against the house format;
                                    a FOLDER is searched recursively (hidden folders and ~$
                                    lock files skipped), --files-from adds one file a line;
                                    text lines are FILE:PARAGRAPH: severity rule: message «text»
                                    with paragraphs counted from 1 in body order (JSON's
                                    "paragraph" is the 0-based index)
  fix [-r ID]... [--dry-run] [-o OUT] [-t ID|FILE] [--script zh-Hans|zh-Hant] [-p FILE]
      [--fail-on error|warning|info] [--lang zh-CN|zh-TW|en] [--dir DIR] [-j N]
      [--files-from FILE|-] FILE|FOLDER...
                                    apply the safe fixes (those of Writer's Fix all safe), or
                                    only those of the rules named, to .odt, .fodt and .docx in
                                    place (or to OUT); only the changed text's bytes change,
                                    written beside and renamed over the file; each change is
                                    printed as FILE:PARAGRAPH: rule: «before» → «after»;
                                    --dry-run prints them and writes nothing
  outline [-f text|json] [--lang zh-CN|zh-TW|en] [-j N] [--files-from FILE|-] FILE|FOLDER...
                                    print the parts of reports (版头, 正文, 附件说明, 版记 …)
                                    and the heading tree of their body, paragraphs counted
                                    from 1 (JSON: 0-based)
  new -t ID|FILE [-p FILE] [--script zh-Hans|zh-Hant] [--date DATE]
      [--topic TEXT] [--masthead [--seq N]] [--colophon] -o OUT.fodt|OUT.odt
                                    make a report that opens in Writer with working heading
                                    numbering and organisation fields filled from the profile;
                                    --masthead adds the 版头 (发文机关标志, 发文字号 numbered N
                                    or 【序号】, 签发人 for 报告 and 请示), --colophon the 版记
                                    (抄送, 印发机关 and date) from the profile
  templates [--dir DIR]             list the templates: id, script, name, path (tab-separated)
  profile check FILE                check an institution profile
  skeleton --template ID|FILE --profile FILE [--date DATE] [--topic TEXT] [--dir DIR]
                                    print the report a template and a profile make,
                                    one paragraph a line, headings with their labels
  --help                            show this text (COMMAND --help: that command's part)
  --version                         show the version

Short forms: -t --template, -p --profile, -f --format, -o --output, -j --jobs, -r --rule; -j N
reads and checks N files at a time (default: one per core); a progress line shows on a terminal
when the work takes more than a second.
DATE is 2026-11-28 or as a report writes it (2026年11月28日, 中華民國115年11月28日 …).
Template ids are looked up in DIR, else $CHENGBAO_TEMPLATES, else the built-in folder.
Exit status: 0 success (check, fix: nothing at or above --fail-on, default error, is left), 1
check found, or fix left, problems at or above --fail-on, 2 usage error or unreadable/invalid input (the message names the
file and, for XML, the line).
)";

int usage_error(const std::string& message) {
  std::cerr << "chengbao: " << message << "\n\n" << kUsage;
  return kExitInvalid;
}

int load_failed(const LoadError& error) {
  std::cerr << chengbao::describe(error, chengbao::cli::message_language()) << "\n";
  return kExitInvalid;
}

int run_templates(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args, {"--dir"}, parsed)) return usage_error(*error);
  if (!parsed.positional.empty())
    return usage_error(say(UsageText::Unexpected, {parsed.positional[0]}));
  std::vector<LoadError> errors;
  for (const chengbao::TemplateInfo& info :
       chengbao::list_templates(template_dir(parsed.options), &errors)) {
    std::cout << info.id << '\t' << info.script << '\t' << info.name << '\t' << info.path << '\n';
  }
  for (const LoadError& error : errors)
    std::cerr << chengbao::describe(error, chengbao::cli::message_language()) << '\n';
  return errors.empty() ? kExitOk : kExitInvalid;
}

int run_profile(const std::vector<std::string>& args) {
  if (args.size() != 2 || args[0] != "check") return usage_error(say(UsageText::ProfileUsage));
  const auto loaded = chengbao::load_profile(args[1]);
  if (const auto* error = std::get_if<LoadError>(&loaded)) return load_failed(*error);
  std::cout << args[1] << ": ok\n";
  return kExitOk;
}

void print_skeleton(const chengbao::Skeleton& skeleton, const chengbao::ReportTemplate& tmpl) {
  chengbao::HeadingCounters counters(tmpl.numbering);
  for (const chengbao::SkeletonParagraph& paragraph : skeleton.paragraphs) {
    const std::string label =
        paragraph.role == chengbao::Role::Heading ? counters.next(paragraph.level) : std::string();
    std::cout << label << paragraph.text << '\n';
  }
}

int run_skeleton(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args, {"--template", "--profile", "--date", "--topic", "--dir"},
                                   parsed)) {
    return usage_error(*error);
  }
  if (!parsed.positional.empty())
    return usage_error(say(UsageText::Unexpected, {parsed.positional[0]}));
  const auto& options = parsed.options;
  if (options.count("--template") == 0) return usage_error(say(UsageText::SkeletonNeedsTemplate));
  if (options.count("--profile") == 0) return usage_error(say(UsageText::SkeletonNeedsProfile));

  chengbao::SkeletonOptions skeleton_options;
  skeleton_options.date = chengbao::today();
  if (auto it = options.find("--date"); it != options.end()) {
    if (auto error = chengbao::cli::read_date_option(it->second, skeleton_options.date))
      return usage_error(*error);
  }
  if (auto it = options.find("--topic"); it != options.end()) skeleton_options.topic = it->second;

  const auto path = chengbao::resolve_template(options.at("--template"), template_dir(options));
  if (const auto* error = std::get_if<LoadError>(&path)) return load_failed(*error);
  const auto tmpl = chengbao::load_template(std::get<std::string>(path));
  if (const auto* error = std::get_if<LoadError>(&tmpl)) return load_failed(*error);
  const auto profile = chengbao::load_profile(options.at("--profile"));
  if (const auto* error = std::get_if<LoadError>(&profile)) return load_failed(*error);

  const chengbao::ReportTemplate& report_template = std::get<chengbao::ReportTemplate>(tmpl);
  chengbao::Profile values = std::get<chengbao::Profile>(profile);
  // As `new` writes it: a Traditional template's report is Traditional throughout.
  chengbao::convert_to_template_script(report_template, values, skeleton_options);
  print_skeleton(chengbao::build_skeleton(report_template, values, skeleton_options),
                 report_template);
  return kExitOk;
}

/// The part of the usage text about `command` (its lines, up to the next command's) and the
/// notes after the list; empty when there is no such command.
std::string command_usage(const std::string& command) {
  const std::string text = kUsage;
  const size_t start = text.find("\n  " + command + " ");
  if (start == std::string::npos) return {};
  size_t end = start + 1;
  // A command's lines go on while they are indented deeper than a command's name.
  while ((end = text.find('\n', end)) != std::string::npos && text.compare(end + 1, 4, "    ") == 0)
    ++end;
  const size_t notes = text.find("\n\n", text.find("--version"));
  return "usage: chengbao " + text.substr(start + 3, end - (start + 3)) + "\n" +
         text.substr(notes + 1);
}

bool asks_for_help(const std::vector<std::string>& args) {
  for (const std::string& arg : args) {
    if (arg == "--") return false;
    if (arg == "--help" || arg == "-h") return true;
  }
  return false;
}

int run(const std::vector<std::string>& args) {
  if (args.empty()) return usage_error(say(UsageText::NoCommand));
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    // The catalogue's size says which rules a result can name (DESIGN.md 4.2; ids are stable).
    std::cout << "chengbao " << CHENGBAO_VERSION
              << "\nrule catalogue: " << chengbao::rule_ids().size() << " rules\n";
    return kExitOk;
  }
  if (asks_for_help(rest)) {
    const std::string help = command_usage(command);
    if (help.empty()) return usage_error(say(UsageText::UnknownCommand, {command}));
    std::cout << help;
    return kExitOk;
  }
  if (command == "templates") return run_templates(rest);
  if (command == "profile") return run_profile(rest);
  if (command == "skeleton") return run_skeleton(rest);
  if (command == "check") return chengbao::cli::run_check(rest);
  if (command == "outline") return chengbao::cli::run_outline(rest);
  if (command == "fix") return chengbao::cli::run_fix(rest);
  if (command == "new") return chengbao::cli::run_new(rest);
  return usage_error(say(UsageText::UnknownCommand, {command}));
}

/// Checking a folder reads one file after another, each needing a few buffers of about its
/// size (the unpacked XML and its tree) that are freed before the next. glibc hands blocks over
/// 128 KiB back to the kernel at once and maps them afresh for the next file: a fifth of the run
/// went to page faults and zeroing new pages. Keeping them lets the next file reuse them; the
/// peak stays what the largest file needs.
void keep_freed_memory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  keep_freed_memory();
  try {
    const std::vector<std::string> args(argv + 1, argv + argc);
    chengbao::cli::set_message_language(args);
    return run(args);
  } catch (const std::exception& e) {
    // Exit statuses are 0, 1 and 2 only: an unexpected failure is reported like bad input.
    std::cerr << "chengbao: internal error: " << e.what() << '\n';
    return kExitInvalid;
  }
}
