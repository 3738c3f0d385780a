// Waiting on the kernel's word instead of sleeping: a process ending (pidfd), a file appearing
// (inotify). Each wait has a timeout as a safety net only.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>

#include <sys/types.h>

namespace chengbao::office {

/// Waits until the child `pid` ends or `timeout` passes; true (and its wait status in `status`)
/// when it ended, reaped.
bool waitForExit(pid_t pid, std::chrono::milliseconds timeout, int* status);

/// Waits until `done()` holds, checking it now and after each change in `folder` (a file made,
/// written or moved in); true when it holds.
bool waitInFolder(const std::filesystem::path& folder, const std::function<bool()>& done,
                  std::chrono::milliseconds timeout);

/// Waits until `path` exists or `timeout` passes; true when it exists.
bool waitForFile(const std::filesystem::path& path, std::chrono::milliseconds timeout);

}  // namespace chengbao::office
