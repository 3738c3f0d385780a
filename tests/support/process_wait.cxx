// Waiting on the kernel's word instead of sleeping: pidfd for processes, inotify for files.
#include "process_wait.hxx"

#include <cerrno>
#include <stdexcept>

#include <poll.h>
#include <sys/inotify.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace chengbao::office {
namespace {

using Clock = std::chrono::steady_clock;

int millisecondsLeft(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return left.count() < 0 ? 0 : static_cast<int>(left.count());
}

/// Closes a file descriptor when it goes out of scope.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

bool waitForExit(pid_t pid, std::chrono::milliseconds timeout, int* status) {
  if (::waitpid(pid, status, WNOHANG) == pid) return true;
  const Fd pidFd{static_cast<int>(::syscall(SYS_pidfd_open, pid, 0))};
  if (pidFd.fd < 0)
    throw std::runtime_error("pidfd_open failed for process " + std::to_string(pid));
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    pollfd descriptor{pidFd.fd, POLLIN, 0};
    const int ready = ::poll(&descriptor, 1, millisecondsLeft(deadline));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return ::waitpid(pid, status, WNOHANG) == pid;
    return ::waitpid(pid, status, 0) == pid;
  }
}

bool waitInFolder(const std::filesystem::path& folder, const std::function<bool()>& done,
                  std::chrono::milliseconds timeout) {
  const Fd notify{::inotify_init1(IN_CLOEXEC | IN_NONBLOCK)};
  if (notify.fd < 0) throw std::runtime_error("inotify_init1 failed");
  if (::inotify_add_watch(notify.fd, folder.c_str(),
                          IN_CREATE | IN_MOVED_TO | IN_MODIFY | IN_CLOSE_WRITE) < 0)
    throw std::runtime_error("cannot watch " + folder.string());
  // Watching first, then looking: a change made in between is not missed.
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    if (done()) return true;
    pollfd descriptor{notify.fd, POLLIN, 0};
    const int ready = ::poll(&descriptor, 1, millisecondsLeft(deadline));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return done();
    char buffer[4096];
    while (::read(notify.fd, buffer, sizeof buffer) > 0) {
    }
  }
}

bool waitForFile(const std::filesystem::path& path, std::chrono::milliseconds timeout) {
  return waitInFolder(
      path.parent_path(),
      [&] {
        std::error_code ignored;
        return std::filesystem::exists(path, ignored);
      },
      timeout);
}

}  // namespace chengbao::office
