// Option parsing shared by the chengbao subcommands.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "date_format.hpp"

namespace chengbao::cli {

struct Arguments {
  std::map<std::string, std::string> options;             ///< the last value of each option given
  std::map<std::string, std::vector<std::string>> lists;  ///< every value, for repeated options
  std::vector<std::string> positional;
};

/// Parses with Boost.Program_options: "--name VALUE" and "--name=VALUE" for the options in
/// `known`, their short forms (-t --template, -p --profile, -f --format, -o --output, -j --jobs,
/// -r --rule) as "-t VALUE" or "-tVALUE", and "--name" alone for the `flags` (stored with an
/// empty value). Returns the message for the user on an unknown option, a missing value or a
/// value given to a flag. "--" ends the options.
std::optional<std::string> parse_arguments(const std::vector<std::string>& args,
                                           const std::vector<std::string>& known, Arguments& out,
                                           const std::vector<std::string>& flags = {});

/// Reads a --date value in any form a report's date line may have (2026-11-28, 2026年11月28日 …)
/// into `date`; the message for the user when it is not a date or not in the calendar.
std::optional<std::string> read_date_option(const std::string& text, Date& date);

/// The report files `inputs` name, then the lines of `files_from` (a file, or "-" for standard
/// input) when given. A folder is searched recursively for .odt, .fodt and .docx files (in any
/// case), skipping Word's "~$" lock files and hidden files and folders, in path order; any other
/// argument is taken as it is (a file that cannot be read is reported when it is read). The
/// message for the user when `files_from` cannot be read or a folder holds no report.
std::optional<std::string> input_files(const std::vector<std::string>& inputs,
                                       const std::optional<std::string>& files_from,
                                       std::vector<std::string>& files);

/// The folder template ids are looked up in: --dir, else $CHENGBAO_TEMPLATES, else the built-in.
std::string template_dir(const std::map<std::string, std::string>& options);

}  // namespace chengbao::cli
