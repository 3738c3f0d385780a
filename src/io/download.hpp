// Fetches a file named by a URL (file:, http:, https:) into memory, within a size and a time
// limit: how an institution pack comes from the intranet or a shared drive.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <variant>

#include "read_error.hpp"

namespace chengbao {

struct DownloadLimits {
  std::uint64_t max_bytes = 16 * 1024 * 1024;     ///< the most that is read; more is refused
  std::chrono::milliseconds max_time{60 * 1000};  ///< the whole transfer, redirects included
  std::chrono::milliseconds connect_time{15 * 1000};
};

/// The bytes `url` names, or why not (kinds: UrlScheme, TooLarge, DownloadTimedOut, HttpStatus,
/// DownloadFailed). Only file:, http: and https: are fetched, and redirects only to http: and
/// https: (a server cannot send the request to a local file). A proxy is taken from the
/// environment as curl does (http_proxy, https_proxy, no_proxy). Never throws for a bad URL or
/// a failed transfer; thread-safe.
std::variant<std::string, ReadError> download(const std::string& url,
                                              const DownloadLimits& limits = {});

}  // namespace chengbao
