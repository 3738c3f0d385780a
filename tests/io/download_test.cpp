// download(): file:, http: and https: within the limits, against a server this test runs on the
// loopback interface, and a local file.
#include "download.hpp"
#include "http_test_server.hpp"

#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "load_error.hpp"

namespace chengbao {
namespace {

using chengbao::testing::ok;
using chengbao::testing::TestServer;

/// `body` sent in chunks, its size not announced.
std::string chunked(const std::string& body) {
  std::string out = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
  for (std::size_t at = 0; at < body.size(); at += 4096) {
    const std::string piece = body.substr(at, 4096);
    char size[16];
    std::snprintf(size, sizeof size, "%zx", piece.size());
    out += std::string(size) + "\r\n" + piece + "\r\n";
  }
  return out + "0\r\n\r\n";
}

std::optional<std::string> answer(const std::string& path) {
  if (path == "/pack.zip") return ok("PK\x03\x04 a pack");
  if (path == "/big-declared") return ok(std::string(3 * 1024 * 1024, 'x'));
  if (path == "/big-streamed") return chunked(std::string(3 * 1024 * 1024, 'x'));
  if (path == "/moved")
    return "HTTP/1.1 302 Found\r\nLocation: /pack.zip\r\nContent-Length: 0\r\n\r\n";
  if (path == "/to-file")
    return "HTTP/1.1 302 Found\r\nLocation: file:///etc/hostname\r\nContent-Length: 0\r\n\r\n";
  if (path == "/stall") return std::nullopt;
  return "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

ReadError error_of(const std::variant<std::string, ReadError>& result) {
  if (const auto* error = std::get_if<ReadError>(&result)) return *error;
  ADD_FAILURE() << "fetched " << std::get<std::string>(result).size() << " bytes";
  return {};
}

DownloadLimits small() {
  DownloadLimits limits;
  limits.max_bytes = 1024 * 1024;
  limits.max_time = std::chrono::milliseconds(400);
  return limits;
}

TEST(Download, FetchesOverHttpAndFollowsARedirect) {
  const TestServer server(answer);
  const auto fetched = download(server.url("/pack.zip"), small());
  ASSERT_TRUE(std::holds_alternative<std::string>(fetched)) << error_of(fetched).message;
  EXPECT_EQ(std::get<std::string>(fetched), std::string("PK\x03\x04 a pack"));
  const auto moved = download(server.url("/moved"), small());
  ASSERT_TRUE(std::holds_alternative<std::string>(moved)) << error_of(moved).message;
  EXPECT_EQ(std::get<std::string>(moved), std::string("PK\x03\x04 a pack"));
}

TEST(Download, RefusesMoreThanTheLimitAnnouncedOrNot) {
  const TestServer server(answer);
  for (const char* path : {"/big-declared", "/big-streamed"}) {
    const ReadError error = error_of(download(server.url(path), small()));
    EXPECT_EQ(error.problem, LoadProblem::DownloadTooLarge) << path << ": " << error.message;
    EXPECT_EQ(error.args, std::vector<std::string>{"1"}) << path;
  }
}

TEST(Download, GivesUpOnAServerThatDoesNotAnswerWithinTheTime) {
  const TestServer server(answer);
  const ReadError error = error_of(download(server.url("/stall"), small()));
  EXPECT_EQ(error.problem, LoadProblem::DownloadTimedOut) << error.message;
  EXPECT_EQ(error.args, std::vector<std::string>{"1"});
}

TEST(Download, SaysTheServersRefusalInTheUsersLanguage) {
  const TestServer server(answer);
  const ReadError error = error_of(download(server.url("/nothing-here"), small()));
  EXPECT_EQ(error.problem, LoadProblem::HttpStatus);
  const std::string url = server.url("/nothing-here");
  EXPECT_EQ(describe(error.at(url), Language::ZhCN), url + ": 服务器回应 404");
  EXPECT_EQ(describe(error.at(url), Language::ZhTW), url + ": 伺服器回應 404");
  EXPECT_EQ(describe(error.at(url), Language::En), url + ": the server answered 404");
}

TEST(Download, OnlyFileHttpAndHttpsAndNoRedirectToALocalFile) {
  const TestServer server(answer);
  EXPECT_EQ(error_of(download(server.url("/to-file"), small())).problem, LoadProblem::UrlScheme);
  for (const char* url : {"ftp://127.0.0.1/pack.zip", "javascript:alert(1)", "pack.zip",
                          "/etc/hostname", "", "gopher://x/", "scp://host/pack.zip"}) {
    EXPECT_EQ(error_of(download(url, small())).problem, LoadProblem::UrlScheme) << url;
  }
}

TEST(Download, ReadsAFileUrlAndNamesAMissingOne) {
  const std::string dir = ::testing::TempDir();
  const std::string path = dir + "/chengbao-download-test.zip";
  {
    std::ofstream out(path, std::ios::binary);
    out << "local pack";
  }
  const auto fetched = download("file://" + path, small());
  ASSERT_TRUE(std::holds_alternative<std::string>(fetched)) << error_of(fetched).message;
  EXPECT_EQ(std::get<std::string>(fetched), "local pack");
  ::unlink(path.c_str());
  EXPECT_EQ(error_of(download("file://" + path, small())).problem, LoadProblem::DownloadFailed);
}

}  // namespace
}  // namespace chengbao
