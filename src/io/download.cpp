#include "download.hpp"

#include <algorithm>
#include <cctype>
#include <mutex>

#include <curl/curl.h>

namespace chengbao {
namespace {

struct Received {
  std::string data;
  std::uint64_t max_bytes = 0;
  bool too_large = false;
};

extern "C" std::size_t keep(char* bytes, std::size_t size, std::size_t count, void* user) {
  auto* received = static_cast<Received*>(user);
  const std::size_t n = size * count;
  if (received->data.size() + n > received->max_bytes) {
    received->too_large = true;
    return 0;  // curl ends the transfer with CURLE_WRITE_ERROR
  }
  received->data.append(bytes, n);
  return n;
}

std::string scheme_of(const std::string& url) {
  const std::size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0) return {};
  std::string scheme = url.substr(0, colon);
  const bool valid = std::all_of(scheme.begin(), scheme.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '+' || c == '-' || c == '.';
  });
  if (!valid) return {};
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return scheme;
}

struct Handle {
  CURL* curl = curl_easy_init();
  ~Handle() {
    if (curl != nullptr) curl_easy_cleanup(curl);
  }
};

}  // namespace

std::variant<std::string, ReadError> download(const std::string& url,
                                              const DownloadLimits& limits) {
  const std::string scheme = scheme_of(url);
  if (scheme != "file" && scheme != "http" && scheme != "https") {
    return ReadError{
        "only file:, http: and https: addresses can be fetched", LoadProblem::UrlScheme, {}};
  }
  static std::once_flag initialised;
  std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  Handle handle;
  if (handle.curl == nullptr) {
    return ReadError{"cannot start a transfer", LoadProblem::DownloadFailed, {"out of memory"}};
  }
  CURL* curl = handle.curl;
  Received received;
  received.max_bytes = limits.max_bytes;
  char reason[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "file,http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM in a threaded office
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(limits.max_time.count()));
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(limits.connect_time.count()));
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.max_bytes));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keep);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, reason);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "chengbao");
  const CURLcode code = curl_easy_perform(curl);

  const std::string limit_mib = std::to_string((limits.max_bytes + (1 << 20) - 1) >> 20);
  if (received.too_large || code == CURLE_FILESIZE_EXCEEDED) {
    return ReadError{"larger than the limit of " + limit_mib + " MiB",
                     LoadProblem::DownloadTooLarge,
                     {limit_mib}};
  }
  if (code == CURLE_OPERATION_TIMEDOUT) {
    const std::string seconds = std::to_string((limits.max_time.count() + 999) / 1000);
    return ReadError{
        "no complete answer within " + seconds + " s", LoadProblem::DownloadTimedOut, {seconds}};
  }
  if (code == CURLE_UNSUPPORTED_PROTOCOL) {
    // A redirect to another scheme (file:, ftp:) is refused as the address itself would be.
    return ReadError{
        "only file:, http: and https: addresses can be fetched", LoadProblem::UrlScheme, {}};
  }
  if (code != CURLE_OK) {
    const std::string why = reason[0] != '\0' ? reason : curl_easy_strerror(code);
    return ReadError{"cannot fetch it: " + why, LoadProblem::DownloadFailed, {why}};
  }
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  if ((scheme == "http" || scheme == "https") && (status < 200 || status >= 300)) {
    const std::string said = std::to_string(status);
    return ReadError{"the server answered " + said, LoadProblem::HttpStatus, {said}};
  }
  return std::move(received.data);
}

}  // namespace chengbao
