// `chengbao new`: makes a report file from a template and a profile, without LibreOffice.
#pragma once

#include <string>
#include <vector>

namespace chengbao::cli {

/// chengbao new --template ID|FILE [--profile FILE] [--script S] [--date D] [--topic T] -o OUT;
/// returns the exit status (0 or 2).
int run_new(const std::vector<std::string>& args);

}  // namespace chengbao::cli
