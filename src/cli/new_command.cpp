// `chengbao new`: makes a report file from a template and a profile, without LibreOffice.
#include "new_command.hpp"
#include "usage_text.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <iostream>
#include <optional>
#include <variant>

#include "arguments.hpp"
#include "date_format.hpp"
#include "file_check.hpp"
#include "odf_writer.hpp"
#include "profile.hpp"
#include "report_template.hpp"
#include "script_convert.hpp"
#include "skeleton.hpp"
#include "template_layout.hpp"
#include "template_library.hpp"

extern char** environ;

namespace chengbao::cli {
namespace {

constexpr int kExitOk = 0;

int failed(const LoadError& error) {
  std::cerr << describe(error, message_language()) << '\n';
  return kExitInvalid;
}

/// True when fontconfig knows a font of this family; unknown (no fc-list) counts as present.
/// The name goes to fc-list as an argument of its own, never through a shell: a template may
/// name any face.
bool font_installed(const std::string& family) {
  posix_spawn_file_actions_t actions;
  if (posix_spawn_file_actions_init(&actions) != 0) return true;
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::string program = "fc-list";
  std::string quiet = "-q";
  std::string pattern = family;
  char* argv[] = {program.data(), quiet.data(), pattern.data(), nullptr};
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, "fc-list", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return true;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return true;
  }
  return !(WIFEXITED(status) && WEXITSTATUS(status) == 1);  // -q exits 1 when nothing matches
}

/// Tells which of the layout's typefaces the machine lacks and what the office shows instead.
void notice_missing_fonts(const LayoutSpec& layout) {
  const std::vector<FontStandIn> missing = missing_fonts(layout, font_installed);
  if (missing.empty()) return;
  std::string faces;
  for (std::size_t i = 0; i < missing.size(); ++i) {
    if (i != 0) faces += in_message_language<const char*>(", ", "、", "、");
    faces += say(UsageText::FontShownAs,
                 {missing[i].wanted,
                  missing[i].shown.empty() ? say(UsageText::FallbackFace) : missing[i].shown});
  }
  std::cerr << say(UsageText::FontsMissing, {faces}) << '\n';
}

}  // namespace

int run_new(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args,
                                   {"--template", "--profile", "--script", "--date", "--topic",
                                    "--output", "--dir", "--seq"},
                                   parsed, {"--masthead", "--colophon"}))
    return usage(*error);
  if (!parsed.positional.empty()) return usage(say(UsageText::Unexpected, {parsed.positional[0]}));
  const auto& options = parsed.options;
  if (!options.count("--template")) return usage(say(UsageText::NewNeedsTemplate));
  if (!options.count("--output")) return usage(say(UsageText::NewNeedsOutput));

  Profile profile;  // without --profile the {{fields}} stay for the writer (and checker) to see
  if (auto it = options.find("--profile"); it != options.end()) {
    auto loaded_profile = load_profile(it->second);
    if (const auto* error = std::get_if<LoadError>(&loaded_profile)) return failed(*error);
    profile = std::get<Profile>(loaded_profile);
  }
  // The script asked for, else the one the institution's profile prefers.
  const std::string script = options.count("--script")
                                 ? options.at("--script")
                                 : (profile.file.empty() ? "" : profile.script);
  if (!script.empty() && script != "zh-Hans" && script != "zh-Hant")
    return usage(say(UsageText::Script));

  const auto loaded = find_template(options.at("--template"), template_dir(options), script);
  if (const auto* error = std::get_if<LoadError>(&loaded)) return failed(*error);
  const ReportTemplate& report_template = std::get<ReportTemplate>(loaded);

  SkeletonOptions skeleton_options;
  skeleton_options.date = today();
  if (auto it = options.find("--date"); it != options.end()) {
    if (auto error = read_date_option(it->second, skeleton_options.date)) return usage(*error);
  }
  if (auto it = options.find("--topic"); it != options.end()) skeleton_options.topic = it->second;
  skeleton_options.masthead = options.count("--masthead") != 0;
  skeleton_options.colophon = options.count("--colophon") != 0;
  if (auto it = options.find("--seq"); it != options.end()) {
    if (!skeleton_options.masthead) return usage(say(UsageText::SeqNeedsMasthead));
    skeleton_options.sequence = it->second;
  }
  if (auto why = check_skeleton_options(report_template, skeleton_options)) return usage(*why);
  // A 繁體 report is Traditional throughout: the topic and the values typed in Simplified too.
  if (traditional_region(report_template, profile)) {
    if (const std::string why = opencc_unavailable_reason(profile.region); !why.empty())
      std::cerr << say(UsageText::OpenccMissing, {why}) << '\n';
  }
  convert_to_template_script(report_template, profile, skeleton_options);

  OdfWriteOptions write_options;
  write_options.properties = profile.fields(skeleton_options.date.year);
  write_record(skeleton_record(report_template, profile, skeleton_options),
               write_options.properties);
  write_options.traditional_region = traditional_region(report_template, profile);
  const Skeleton skeleton = build_skeleton(report_template, profile, skeleton_options);
  if (auto error = write_report(options.at("--output"), skeleton, report_template, write_options))
    return failed(*error);
  notice_missing_fonts(
      report_layout(report_template.layout, write_options.traditional_region.has_value()));
  std::cout << say(UsageText::NewMade,
                   {options.at("--output"), std::to_string(skeleton.paragraphs.size()),
                    report_template.id})
            << '\n';
  return kExitOk;
}

}  // namespace chengbao::cli
