// Option parsing shared by the chengbao subcommands.
#include "arguments.hpp"
#include "usage_text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include <boost/program_options.hpp>

#include "date_text.hpp"

namespace chengbao::cli {

namespace {

bool is_report_file(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".odt" || extension == ".fodt" || extension == ".docx";
}

bool is_hidden_or_lock(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  return name.rfind('.', 0) == 0 || name.rfind("~$", 0) == 0;
}

/// The reports under `folder`, sorted by path; the message when it cannot be walked.
std::optional<std::string> reports_in(const std::string& folder, std::vector<std::string>& out) {
  namespace fs = std::filesystem;
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (is_hidden_or_lock(it->path())) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error) && is_report_file(it->path()))
      found.push_back(it->path().string());
  }
  if (error) return say(UsageText::FolderUnreadable, {folder, error.message()});
  if (found.empty()) return say(UsageText::NoReportInFolder, {folder});
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
  return std::nullopt;
}

}  // namespace

std::optional<std::string> input_files(const std::vector<std::string>& inputs,
                                       const std::optional<std::string>& files_from,
                                       std::vector<std::string>& files) {
  for (const std::string& input : inputs) {
    std::error_code error;
    if (std::filesystem::is_directory(input, error)) {
      if (auto message = reports_in(input, files)) return message;
    } else {
      files.push_back(input);
    }
  }
  if (!files_from) return std::nullopt;
  std::ifstream file;
  if (*files_from != "-") {
    file.open(*files_from);
    if (!file) return say(UsageText::FilesFromUnreadable, {*files_from});
  }
  std::istream& lines = *files_from == "-" ? std::cin : file;
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) files.push_back(line);
  }
  return std::nullopt;
}

std::optional<std::string> parse_arguments(const std::vector<std::string>& args,
                                           const std::vector<std::string>& known, Arguments& out,
                                           const std::vector<std::string>& flags) {
  namespace po = boost::program_options;
  // The short forms every command shares, where it has the long one.
  static const std::map<std::string, char> kShort = {{"--template", 't'}, {"--profile", 'p'},
                                                     {"--format", 'f'},   {"--output", 'o'},
                                                     {"--jobs", 'j'},     {"--rule", 'r'}};
  po::options_description described;
  const auto spec = [](const std::string& name) {
    std::string text = name.substr(2);
    if (const auto it = kShort.find(name); it != kShort.end())
      text += std::string(",") + it->second;
    return text;
  };
  // Every command takes --lang (main has read it already, for the messages).
  std::vector<std::string> options = known;
  if (std::find(options.begin(), options.end(), "--lang") == options.end())
    options.push_back("--lang");
  for (const std::string& name : options) {
    described.add_options()(spec(name).c_str(), po::value<std::vector<std::string>>()->composing());
  }
  for (const std::string& name : flags) described.add_options()(spec(name).c_str(), "");
  described.add_options()("chengbao-input", po::value<std::vector<std::string>>());
  po::positional_options_description positional;
  positional.add("chengbao-input", -1);
  // Whole option names only (no guessing of --templ), values after a space or an '=', short
  // forms with a space (-t ID) or without (-tID).
  const int style =
      po::command_line_style::allow_long | po::command_line_style::long_allow_adjacent |
      po::command_line_style::long_allow_next | po::command_line_style::allow_short |
      po::command_line_style::allow_dash_for_short | po::command_line_style::short_allow_adjacent |
      po::command_line_style::short_allow_next;
  po::variables_map values;
  try {
    po::store(
        po::command_line_parser(args).options(described).positional(positional).style(style).run(),
        values);
  } catch (const po::unknown_option& error) {
    return say(UsageText::UnknownOption, {error.get_option_name()});
  } catch (const po::invalid_command_line_syntax& error) {
    const std::string name = error.get_option_name();
    switch (error.kind()) {
      case po::invalid_command_line_syntax::missing_parameter:
        return say(UsageText::NeedsValue, {name});
      case po::invalid_command_line_syntax::extra_parameter:
        return say(UsageText::TakesNoValue, {name});
      default:
        return say(UsageText::BadOption, {error.what()});
    }
  } catch (const po::error& error) {
    return say(UsageText::BadOption, {error.what()});
  }
  for (const auto& [name, value] : values) {
    if (name == "chengbao-input") {
      out.positional = value.as<std::vector<std::string>>();
      continue;
    }
    const std::string option = "--" + name;
    if (value.value().type() == typeid(std::vector<std::string>)) {
      const auto& all = value.as<std::vector<std::string>>();
      out.lists[option] = all;
      // Given twice, the last one counts (as in most tools); --rule keeps each in `lists`.
      if (!all.empty()) out.options[option] = all.back();
    } else {
      out.options[option] = "";
    }
  }
  return std::nullopt;
}

std::optional<std::string> read_date_option(const std::string& text, Date& date) {
  const DateInput input = parse_date_input(text);
  if (input.status == DateInput::Status::Impossible) return say(UsageText::DateNotReal, {text});
  if (input.status != DateInput::Status::Valid) return say(UsageText::DateNotADate, {text});
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
