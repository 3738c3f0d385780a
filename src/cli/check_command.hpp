// `chengbao check` and `chengbao outline`: read reports, run the core, print the results.
#pragma once

#include <string>
#include <vector>

namespace chengbao::cli {

/// chengbao check [options] FILE...; returns the exit status (0, 1 or 2).
int run_check(const std::vector<std::string>& args);
/// chengbao outline [--format text|json] FILE...; returns the exit status (0 or 2).
int run_outline(const std::vector<std::string>& args);

}  // namespace chengbao::cli
