// A stand-in browser for tests: the office's shell-execute service runs DESKTOP_LAUNCH, when it is
// set, in place of xdg-open; this points it at a script that records each URL it is given.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace chengbao::office {

class BrowserRecorder {
 public:
  /// Sets DESKTOP_LAUNCH for this process: create it before the office starts (it inherits it).
  BrowserRecorder();
  ~BrowserRecorder();
  BrowserRecorder(const BrowserRecorder&) = delete;
  BrowserRecorder& operator=(const BrowserRecorder&) = delete;

  /// The URLs shown so far, oldest first, once there are `count` of them or `wait` has passed.
  std::vector<std::string> opened(size_t count = 1,
                                  std::chrono::milliseconds wait = std::chrono::seconds(10)) const;
  /// Forgets what was shown.
  void clear() const;

 private:
  std::filesystem::path m_dir;
};

}  // namespace chengbao::office
