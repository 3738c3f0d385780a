// download(): file:, http: and https: within the limits, against a server this test runs on the
// loopback interface, and a local file.
#include "download.hpp"

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

/// An HTTP server on 127.0.0.1 with a port of its own: `answer` gives the whole response to a
/// request's path, or nothing to never answer (the connection stays open until the server goes).
class TestServer {
 public:
  using Answer = std::function<std::optional<std::string>(const std::string& path)>;

  explicit TestServer(Answer answer) : answer_(std::move(answer)) {
    // A proxy the machine's environment names must not stand between the test and its server.
    ::setenv("no_proxy", "127.0.0.1", 1);
    ::setenv("NO_PROXY", "127.0.0.1", 1);
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;  // any free port
    socklen_t size = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
        ::listen(listener_, 8) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size) != 0 ||
        ::pipe2(stop_, O_CLOEXEC) != 0) {
      ADD_FAILURE() << "cannot start the test server";
      return;
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
  }

  ~TestServer() {
    if (thread_.joinable()) {
      const char byte = 0;
      (void)!::write(stop_[1], &byte, 1);
      thread_.join();
    }
    for (int fd : open_) ::close(fd);
    for (int fd : {listener_, stop_[0], stop_[1]})
      if (fd >= 0) ::close(fd);
  }

  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  void serve() {
    for (;;) {
      pollfd fds[] = {{listener_, POLLIN, 0}, {stop_[0], POLLIN, 0}};
      if (::poll(fds, 2, -1) < 0) return;
      if (fds[1].revents != 0) return;
      const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
      if (connection < 0) continue;
      std::string request;
      char buffer[4096];
      while (request.find("\r\n\r\n") == std::string::npos) {
        const ssize_t n = ::read(connection, buffer, sizeof buffer);
        if (n <= 0) break;
        request.append(buffer, static_cast<std::size_t>(n));
      }
      const std::size_t start = request.find(' ') + 1;
      const std::string path = request.substr(start, request.find(' ', start) - start);
      const std::optional<std::string> response = answer_(path);
      if (!response) {
        open_.push_back(connection);  // never answered
        continue;
      }
      std::size_t sent = 0;
      while (sent < response->size()) {
        const ssize_t n =
            ::send(connection, response->data() + sent, response->size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;  // the client gave up (a refused size)
        sent += static_cast<std::size_t>(n);
      }
      ::close(connection);
    }
  }

  Answer answer_;
  int listener_ = -1;
  int stop_[2] = {-1, -1};
  int port_ = 0;
  std::vector<int> open_;
  std::thread thread_;
};

std::string ok(const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\nConnection: close\r\n\r\n" + body;
}

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
