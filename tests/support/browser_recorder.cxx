#include "browser_recorder.hxx"

#include <cstdlib>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "process_wait.hxx"

namespace chengbao::office {

BrowserRecorder::BrowserRecorder()
    : m_dir(std::filesystem::temp_directory_path() /
            ("chengbao_browser_" + std::to_string(::getpid()))) {
  std::filesystem::create_directories(m_dir);
  const auto script = m_dir / "browser";
  std::ofstream(script) << "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" << (m_dir / "opened").string()
                        << "'\n";
  ::chmod(script.c_str(), 0755);
  ::setenv("DESKTOP_LAUNCH", script.c_str(), 1);
}

BrowserRecorder::~BrowserRecorder() {
  ::unsetenv("DESKTOP_LAUNCH");
  std::error_code ignored;
  std::filesystem::remove_all(m_dir, ignored);
}

std::vector<std::string> BrowserRecorder::opened(size_t count,
                                                 std::chrono::milliseconds wait) const {
  // The stand-in browser appends a line to m_dir/opened: wait for that file to change.
  std::vector<std::string> urls;
  waitInFolder(
      m_dir,
      [&] {
        urls.clear();
        std::ifstream in(m_dir / "opened");
        for (std::string line; std::getline(in, line);)
          if (!line.empty()) urls.push_back(line);
        return urls.size() >= count;
      },
      wait);
  return urls;
}

void BrowserRecorder::clear() const {
  std::error_code ignored;
  std::filesystem::remove(m_dir / "opened", ignored);
}

}  // namespace chengbao::office
