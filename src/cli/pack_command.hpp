// `chengbao pack`: builds an institution pack from its source folder, or checks a pack file.
#pragma once

#include <string>
#include <vector>

namespace chengbao::cli {

/// chengbao pack build DIR -o FILE | chengbao pack check FILE; returns the exit status (0 or 2).
int run_pack(const std::vector<std::string>& args);

}  // namespace chengbao::cli
