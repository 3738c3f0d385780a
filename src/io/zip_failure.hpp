// Why libzip failed to write a package, in words each language of the edge can say.
#pragma once

#include <string>

struct zip_error;

namespace chengbao {

/// The reason in `error`: the system's (strerror) when a system call failed, so that the usual
/// ones ("No such file or directory", "Permission denied") are said in the user's language, else
/// libzip's own words.
std::string zip_failure_reason(struct zip_error* error);

}  // namespace chengbao
