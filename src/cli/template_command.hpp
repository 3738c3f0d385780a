// `chengbao template derive`: a house template from a model report.
#pragma once

#include <string>
#include <vector>

namespace chengbao::cli {

/// chengbao template derive MODEL [-p FILE] [--extends ID] [--id ID] [--name NAME] [--dir DIR]
/// -o OUT.xml; returns the exit status (0 or 2).
int run_template(const std::vector<std::string>& args);

}  // namespace chengbao::cli
