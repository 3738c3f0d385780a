// Option parsing shared by the chengbao subcommands.
#include "arguments.hpp"

#include <cstdlib>

#include "date_text.hpp"

namespace chengbao::cli {

std::optional<std::string> parse_arguments(const std::vector<std::string>& args,
                                           const std::vector<std::string>& known, Arguments& out,
                                           const std::vector<std::string>& flags) {
  bool options_ended = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_ended || arg.rfind("--", 0) != 0) {
      out.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_ended = true;
      continue;
    }
    const std::size_t equals = arg.find('=');
    const std::string name = arg.substr(0, equals);
    bool is_flag = false;
    for (const std::string& flag : flags) is_flag = is_flag || flag == name;
    if (is_flag) {
      if (equals != std::string::npos) return "option " + name + " takes no value";
      out.options[name] = "";
      continue;
    }
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

std::optional<std::string> read_date_option(const std::string& text, Date& date) {
  const DateInput input = parse_date_input(text);
  if (input.status == DateInput::Status::Impossible)
    return "--date " + text + " is not a real date (that day does not exist)";
  if (input.status != DateInput::Status::Valid)
    return "--date " + text + " is not a date (write 2026-11-28 or 2026年11月28日)";
  date = input.date;
  return std::nullopt;
}

std::string template_dir(const std::map<std::string, std::string>& options) {
  if (auto it = options.find("--dir"); it != options.end()) return it->second;
  if (const char* env = std::getenv("CHENGBAO_TEMPLATES"); env != nullptr && *env != '\0') {
    return env;
  }
  return CHENGBAO_TEMPLATE_DIR;
}

}  // namespace chengbao::cli
