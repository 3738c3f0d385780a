// `chengbao pack`: builds an institution pack from its source folder, or checks a pack file.
#include "pack_command.hpp"

#include <iostream>
#include <variant>

#include "arguments.hpp"
#include "file_check.hpp"
#include "pack_file.hpp"
#include "usage_text.hpp"

namespace chengbao::cli {
namespace {

int failed(const LoadError& error) {
  std::cerr << describe(error, message_language()) << '\n';
  return kExitInvalid;
}

// "FILE: ok" and what the pack is, one item a line.
int print_pack(const std::string& file, const PackManifest& pack) {
  std::cout << file << ": ok\n"
            << "id: " << pack.id << '\n'
            << "version: " << pack.version.text << '\n'
            << "name: " << pack_name(pack, message_language()) << '\n'
            << "publisher: " << pack.publisher << '\n';
  for (const PackEntry& entry : pack.entries) {
    std::cout << (entry.kind == PackEntryKind::Profile ? "profile: " : "template: ") << entry.path
              << '\n';
  }
  return kExitClean;
}

}  // namespace

int run_pack(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args, {"--output", "--lang"}, parsed)) return usage(*error);
  const std::vector<std::string>& words = parsed.positional;
  if (words.size() != 2 || (words[0] != "build" && words[0] != "check")) {
    return usage(say(UsageText::PackUsage));
  }
  PackOptions options;
  // A house template may extend a shipped one: the folder template ids resolve in.
  options.shipped_dir = template_dir({});
  if (words[0] == "check") {
    if (parsed.options.count("--output") != 0) return usage(say(UsageText::PackUsage));
    const auto checked = check_pack(words[1], options);
    if (const auto* error = std::get_if<LoadError>(&checked)) return failed(*error);
    return print_pack(words[1], std::get<PackManifest>(checked));
  }
  const auto output = parsed.options.find("--output");
  if (output == parsed.options.end()) return usage(say(UsageText::PackNeedsOutput));
  const auto built = build_pack(words[1], output->second, options);
  if (const auto* error = std::get_if<LoadError>(&built)) return failed(*error);
  return print_pack(output->second, std::get<PackManifest>(built));
}

}  // namespace chengbao::cli
