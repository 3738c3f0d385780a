// `chengbao fix`: apply the safe fixes to report files, as Writer's "Fix all safe" does.
#pragma once

#include <string>
#include <vector>

namespace chengbao::cli {

/// chengbao fix [options] FILE...; returns the exit status: 0 when nothing at or above
/// --fail-on is left, 1 when findings remain, 2 on errors (a file that cannot be read or written).
int run_fix(const std::vector<std::string>& args);

}  // namespace chengbao::cli
