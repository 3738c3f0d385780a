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
#include "help_text.hpp"
#include "new_command.hpp"
#include "pack_command.hpp"
#include "profile.hpp"
#include "report_template.hpp"
#include "skeleton.hpp"
#include "template_checker.hpp"
#include "template_command.hpp"
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

int usage_error(const std::string& message) {
  std::cerr << "chengbao: " << message << "\n\n" << chengbao::cli::usage_text();
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
  Arguments parsed;
  if (auto error = parse_arguments(args, {}, parsed)) return usage_error(*error);
  const std::vector<std::string>& words = parsed.positional;
  if (words.size() != 2 || words[0] != "check") return usage_error(say(UsageText::ProfileUsage));
  const auto loaded = chengbao::load_profile(words[1]);
  if (const auto* error = std::get_if<LoadError>(&loaded)) return load_failed(*error);
  std::cout << say(UsageText::ProfileOk, {words[1]}) << '\n';
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
    std::cout << chengbao::cli::usage_text();
    return kExitOk;
  }
  if (command == "--version") {
    // The catalogue's size says which rules a result can name (DESIGN.md 4.2; ids are stable).
    std::cout << "chengbao " << CHENGBAO_VERSION
              << "\nrule catalogue: " << chengbao::rule_ids().size() << " rules\n";
    return kExitOk;
  }
  if (asks_for_help(rest)) {
    const std::string help = chengbao::cli::command_usage(command);
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
  if (command == "template") return chengbao::cli::run_template(rest);
  if (command == "pack") return chengbao::cli::run_pack(rest);
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
