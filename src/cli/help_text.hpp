// The command line's help (chengbao --help, chengbao COMMAND --help) in the message language.
// scripts/cli_docs.py makes the man pages and the bash completion from what it prints.
#pragma once

#include <string>

namespace chengbao::cli {

/// The whole help: the commands with their options, then the notes.
std::string usage_text();

/// The part of the help about `command` (its lines, up to the next command's) and the notes
/// after the list; empty when there is no such command.
std::string command_usage(const std::string& command);

}  // namespace chengbao::cli
