// The chengbao command line: option parsing and output only; the work is in chengbao_core.
#include <cstdlib>
#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "date_format.hpp"
#include "profile.hpp"
#include "report_template.hpp"
#include "skeleton.hpp"
#include "template_library.hpp"

namespace {

using chengbao::LoadError;

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 2;   // usage, unreadable or invalid input (DESIGN.md 4.1)
constexpr int kExitInternal = 3;  // a bug: an exception reached main

constexpr const char kUsage[] =
    R"(usage: chengbao COMMAND [OPTIONS]

commands:
  templates [--dir DIR]             list the templates: id, name, path (tab-separated)
  profile check FILE                check an institution profile
  skeleton --template ID|FILE --profile FILE [--date YYYY-MM-DD] [--topic TEXT] [--dir DIR]
                                    print the report a template and a profile make,
                                    one paragraph a line, headings with their labels
  --help                            show this text
  --version                         show the version

Template ids are looked up in DIR, else $CHENGBAO_TEMPLATES, else the built-in folder.
Exit status: 0 success, 2 usage error or invalid input (the message names file and line).
)";

int usage_error(const std::string& message) {
  std::cerr << "chengbao: " << message << "\n\n" << kUsage;
  return kExitInvalid;
}

int load_failed(const LoadError& error) {
  std::cerr << error.to_string() << "\n";
  return kExitInvalid;
}

std::string template_dir(const std::map<std::string, std::string>& options) {
  if (auto it = options.find("--dir"); it != options.end()) return it->second;
  if (const char* env = std::getenv("CHENGBAO_TEMPLATES"); env != nullptr && *env != '\0') {
    return env;
  }
  return CHENGBAO_TEMPLATE_DIR;
}

struct Arguments {
  std::map<std::string, std::string> options;
  std::vector<std::string> positional;
};

// Accepts "--name VALUE" and "--name=VALUE" for the options in `known`; anything else starting
// with "--" is an error message.
std::optional<std::string> parse_arguments(const std::vector<std::string>& args,
                                           const std::vector<std::string>& known, Arguments& out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.rfind("--", 0) != 0) {
      out.positional.push_back(arg);
      continue;
    }
    const std::size_t equals = arg.find('=');
    const std::string name = arg.substr(0, equals);
    bool is_known = false;
    for (const std::string& option : known) is_known = is_known || option == name;
    if (!is_known) return "unknown option " + name;
    if (equals != std::string::npos) {
      out.options[name] = arg.substr(equals + 1);
    } else if (i + 1 < args.size()) {
      out.options[name] = args[++i];
    } else {
      return "option " + name + " needs a value";
    }
  }
  return std::nullopt;
}

int run_templates(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args, {"--dir"}, parsed)) return usage_error(*error);
  if (!parsed.positional.empty()) return usage_error("unexpected " + parsed.positional[0]);
  std::vector<LoadError> errors;
  for (const chengbao::TemplateInfo& info :
       chengbao::list_templates(template_dir(parsed.options), &errors)) {
    std::cout << info.id << '\t' << info.name << '\t' << info.path << '\n';
  }
  for (const LoadError& error : errors) std::cerr << error.to_string() << '\n';
  return errors.empty() ? kExitOk : kExitInvalid;
}

int run_profile(const std::vector<std::string>& args) {
  if (args.size() != 2 || args[0] != "check") return usage_error("profile needs: check FILE");
  const auto loaded = chengbao::load_profile(args[1]);
  if (const auto* error = std::get_if<LoadError>(&loaded)) return load_failed(*error);
  std::cout << args[1] << ": ok\n";
  return kExitOk;
}

void print_skeleton(const chengbao::Skeleton& skeleton, const chengbao::ReportTemplate& tmpl) {
  // Counters per level; a heading restarts the numbering of every level below it.
  std::vector<int> counters(tmpl.numbering.size() + 1, 0);
  for (const chengbao::SkeletonParagraph& paragraph : skeleton.paragraphs) {
    std::string label;
    const int level = paragraph.level;
    if (paragraph.role == chengbao::Role::Heading && level >= 1 &&
        level <= static_cast<int>(tmpl.numbering.size())) {
      ++counters[level];
      for (std::size_t deeper = level + 1; deeper < counters.size(); ++deeper) {
        counters[deeper] = 0;
      }
      label = chengbao::format_label(tmpl.numbering[level - 1], counters[level]);
    }
    std::cout << label << paragraph.text << '\n';
  }
}

int run_skeleton(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(args, {"--template", "--profile", "--date", "--topic", "--dir"},
                                   parsed)) {
    return usage_error(*error);
  }
  if (!parsed.positional.empty()) return usage_error("unexpected " + parsed.positional[0]);
  const auto& options = parsed.options;
  if (options.count("--template") == 0) return usage_error("skeleton needs --template");
  if (options.count("--profile") == 0) return usage_error("skeleton needs --profile");

  chengbao::SkeletonOptions skeleton_options;
  skeleton_options.date = chengbao::today();
  if (auto it = options.find("--date"); it != options.end()) {
    const std::optional<chengbao::Date> date = chengbao::parse_iso_date(it->second);
    if (!date) return usage_error("--date " + it->second + " is not a real date (YYYY-MM-DD)");
    skeleton_options.date = *date;
  }
  if (auto it = options.find("--topic"); it != options.end()) skeleton_options.topic = it->second;

  const auto path = chengbao::resolve_template(options.at("--template"), template_dir(options));
  if (const auto* error = std::get_if<LoadError>(&path)) return load_failed(*error);
  const auto tmpl = chengbao::load_template(std::get<std::string>(path));
  if (const auto* error = std::get_if<LoadError>(&tmpl)) return load_failed(*error);
  const auto profile = chengbao::load_profile(options.at("--profile"));
  if (const auto* error = std::get_if<LoadError>(&profile)) return load_failed(*error);

  const chengbao::ReportTemplate& report_template = std::get<chengbao::ReportTemplate>(tmpl);
  print_skeleton(chengbao::build_skeleton(report_template, std::get<chengbao::Profile>(profile),
                                          skeleton_options),
                 report_template);
  return kExitOk;
}

int run(const std::vector<std::string>& args) {
  if (args.empty()) return usage_error("no command given");
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << "chengbao " << CHENGBAO_VERSION << '\n';
    return kExitOk;
  }
  if (command == "templates") return run_templates(rest);
  if (command == "profile") return run_profile(rest);
  if (command == "skeleton") return run_skeleton(rest);
  return usage_error("unknown command " + command);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception& e) {
    std::cerr << "chengbao: internal error: " << e.what() << '\n';
    return kExitInternal;
  }
}
