// Option parsing shared by the chengbao subcommands.
#include "arguments.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

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
  if (error) return folder + ": " + error.message();
  if (found.empty()) return folder + ": no report (.odt, .fodt, .docx) in this folder";
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
    if (!file) return *files_from + ": cannot be read";
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
