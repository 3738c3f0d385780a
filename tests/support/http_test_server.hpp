// A one-thread HTTP server on 127.0.0.1 for tests (downloads, pack imports): each request's path
// gets the whole response a test gives, or no answer at all. Header-only test infrastructure.
#pragma once

#include <cstdio>
#include <cstdlib>
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

namespace chengbao::testing {

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

inline std::string ok(const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\nConnection: close\r\n\r\n" + body;
}

}  // namespace chengbao::testing
