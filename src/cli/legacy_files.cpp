// Converts .doc, .wps and .rtf reports to .odt through a headless LibreOffice with its own profile.
#include "legacy_files.hpp"
#include "usage_text.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ole2_probe.hpp"

namespace chengbao::cli {
namespace {

namespace fs = std::filesystem;

// An interrupt (Ctrl+C, kill, a closed terminal) while a conversion folder exists must not leave
// the folder (a whole office profile) or the converting office behind. The handler does only
// what is safe in a signal handler: it ends the office's process group, runs rm on the folder
// and dies of the signal as it would have.
constexpr int kInterrupts[] = {SIGINT, SIGTERM, SIGHUP};
char g_folder[4096];  // the folder; read only when g_folder_ready
volatile std::sig_atomic_t g_folder_ready = 0;
volatile std::sig_atomic_t g_office = 0;  // the converting office's process group, or 0
struct sigaction g_before[std::size(kInterrupts)];

extern "C" void remove_and_die(int signal) {
  const pid_t office = static_cast<pid_t>(g_office);
  if (office > 0) {
    ::kill(-office, SIGKILL);
    ::waitpid(office, nullptr, 0);
  }
  if (g_folder_ready != 0) {
    const pid_t rm = ::fork();
    if (rm == 0) {
      char program[] = "rm";
      char force[] = "-rf";
      char end[] = "--";
      char* const argv[] = {program, force, end, g_folder, nullptr};
      ::execv("/bin/rm", argv);
      ::_exit(127);
    }
    if (rm > 0) ::waitpid(rm, nullptr, 0);
  }
  ::signal(signal, SIG_DFL);
  ::raise(signal);  // delivered once this handler returns: the status says which signal ended it
}

/// Blocks the interrupts in this thread while it lives.
class InterruptsHeld {
 public:
  InterruptsHeld() {
    sigset_t set;
    sigemptyset(&set);
    for (int signal : kInterrupts) sigaddset(&set, signal);
    ::pthread_sigmask(SIG_BLOCK, &set, &before_);
  }
  ~InterruptsHeld() { ::pthread_sigmask(SIG_SETMASK, &before_, nullptr); }
  InterruptsHeld(const InterruptsHeld&) = delete;
  InterruptsHeld& operator=(const InterruptsHeld&) = delete;

 private:
  sigset_t before_;
};

bool is_executable(const std::string& path) {
  return !path.empty() && ::access(path.c_str(), X_OK) == 0 && !fs::is_directory(path);
}

enum class OfficeRun { Done, Failed, TimedOut };

// Runs `argv` in a process group of its own with no input and its output dropped; ends the group
// (and only it) when it takes longer than `limit`. Done when it exited with status 0.
OfficeRun run_office(const std::vector<std::string>& argv, std::chrono::seconds limit) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) return OfficeRun::Failed;
  if (pid == 0) {
    ::setpgid(0, 0);
    const int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) {
      ::dup2(null, STDIN_FILENO);
      ::dup2(null, STDOUT_FILENO);
      ::dup2(null, STDERR_FILENO);
    }
    ::execv(args[0], args.data());
    std::_Exit(127);
  }
  ::setpgid(pid, pid);
  g_office = pid;
  // Wait for its end (a pidfd becomes readable when the process exits), at most `limit`.
  const auto deadline = std::chrono::steady_clock::now() + limit;
  const int pid_fd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
  int status = 0;
  while (pid_fd >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd descriptor{pid_fd, POLLIN, 0};
    const int ready =
        ::poll(&descriptor, 1, static_cast<int>(std::max<long long>(0, left.count())));
    if (ready < 0 && errno == EINTR) continue;
    break;
  }
  if (pid_fd >= 0) ::close(pid_fd);
  const InterruptsHeld held;  // the handler must not wait for a process reaped here
  OfficeRun run = OfficeRun::Failed;
  const auto exited_well = [&status] { return WIFEXITED(status) && WEXITSTATUS(status) == 0; };
  // Ended: its status. Not ended in time (or no pidfd on this kernel): its group is ended.
  if (::waitpid(pid, &status, WNOHANG) == pid) {
    if (exited_well()) run = OfficeRun::Done;
  } else if (pid_fd < 0) {
    // A kernel without pidfd_open (before 5.3): wait as long as it takes.
    if (::waitpid(pid, &status, 0) == pid && exited_well()) run = OfficeRun::Done;
  } else {
    ::kill(-pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    run = OfficeRun::TimedOut;
  }
  g_office = 0;
  return run;
}

std::string lower_extension(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

}  // namespace

bool is_legacy_format(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[8] = {};
  if (!in.read(head, sizeof(head))) return false;
  if (std::memcmp(head, "{\\rtf", 5) == 0) return true;
  if (std::memcmp(head, kOle2Magic, sizeof(kOle2Magic)) != 0) return false;
  return probe_ole2(path) != Ole2Kind::Encrypted;
}

std::string find_office() {
  if (const char* chosen = std::getenv("CHENGBAO_OFFICE"); chosen != nullptr) {
    const std::string office = chosen;
    return office == "none" || !is_executable(office) ? std::string() : office;
  }
  if (const char* path = std::getenv("PATH"); path != nullptr) {
    const std::string folders = path;
    for (std::size_t start = 0; start <= folders.size();) {
      const std::size_t end = std::min(folders.find(':', start), folders.size());
      const std::string folder = folders.substr(start, end - start);
      for (const char* name : {"soffice", "libreoffice"}) {
        const std::string candidate = (fs::path(folder.empty() ? "." : folder) / name).string();
        if (is_executable(candidate)) return candidate;
      }
      start = end + 1;
    }
  }
  const std::string debian = "/usr/lib/libreoffice/program/soffice";
  return is_executable(debian) ? debian : std::string();
}

LegacyFiles::LegacyFiles(const std::vector<std::string>& files, std::size_t batch) {
  std::vector<std::string> legacy;
  for (const std::string& file : files) {
    if (converted_.count(file) == 0 && is_legacy_format(file)) {
      legacy.push_back(file);
      converted_[file] = Converted();
    }
  }
  if (legacy.empty()) return;
  const auto fail_all = [&](const ReadError& why) {
    for (const std::string& file : legacy) converted_[file] = Converted{"", why};
  };
  const std::string office = find_office();
  if (office.empty()) {
    const char* chosen = std::getenv("CHENGBAO_OFFICE");
    if (chosen != nullptr && *chosen != '\0' && std::string(chosen) != "none") {
      // The office the user named is not there: "none was found" would send them to install one.
      fail_all({"CHENGBAO_OFFICE names " + std::string(chosen) +
                    ", which is not a program that can be run (set it to the soffice of an "
                    "installed LibreOffice, or save the report as .docx)",
                LoadProblem::OfficeNotRunnable,
                {chosen}});
    } else {
      fail_all(
          {"a .doc, .wps or .rtf report is read through LibreOffice, and none was found "
           "(install it, set CHENGBAO_OFFICE to its soffice, or save the report as .docx)",
           LoadProblem::NoOffice,
           {}});
    }
    return;
  }
  // The folder goes where temporary files go ($TMPDIR, else /tmp); when it cannot be made there,
  // mkdtemp's reason says why (no such folder, no permission).
  const char* temp = std::getenv("TMPDIR");
  const std::string base = temp != nullptr && *temp != '\0' ? temp : "/tmp";
  const std::string pattern = (fs::path(base) / "chengbao-convert.XXXXXX").string();
  bool made = false;
  std::string reason = std::strerror(ENAMETOOLONG);
  if (pattern.size() < sizeof(g_folder)) {
    // Made with the interrupts held, so that the handler knows the folder as soon as it is there.
    const InterruptsHeld held;
    std::memcpy(g_folder, pattern.c_str(), pattern.size() + 1);
    made = ::mkdtemp(g_folder) != nullptr;
    if (!made) reason = std::strerror(errno);
    if (made) {
      work_ = g_folder;
      struct sigaction action {};
      action.sa_handler = remove_and_die;
      sigemptyset(&action.sa_mask);
      for (std::size_t i = 0; i < std::size(kInterrupts); ++i) {
        ::sigaction(kInterrupts[i], nullptr, &g_before[i]);
        // A signal the caller ignores (a job started with &, nohup) stays ignored.
        if (g_before[i].sa_handler != SIG_IGN) ::sigaction(kInterrupts[i], &action, nullptr);
      }
      g_folder_ready = 1;
    }
  }
  if (!made) {
    fail_all({"cannot make a folder in " + base + " to convert it in: " + reason,
              LoadProblem::ConversionFolder,
              {base, reason}});
    return;
  }
  std::error_code error;
  const fs::path in = fs::path(work_) / "in";
  const fs::path out = fs::path(work_) / "out";
  fs::create_directories(in, error);
  fs::create_directories(out, error);
  const bool terminal = ::isatty(2) == 1;
  for (std::size_t first = 0; first < legacy.size(); first += batch) {
    const std::size_t last = std::min(first + batch, legacy.size());
    if (terminal) {
      std::cerr << "\r\033[K"
                << say(UsageText::Converting,
                       {std::to_string(last), std::to_string(legacy.size()), office})
                << std::flush;
    }
    // Each file under a name of its own (two reports may share a name in different folders).
    std::vector<std::string> argv = {
        office,          "-env:UserInstallation=file://" + work_ + "/profile",
        "--headless",    "--norestore",
        "--nologo",      "--nodefault",
        "--nolockcheck", "--convert-to",
        "odt",           "--outdir",
        out.string()};
    for (std::size_t i = first; i < last; ++i) {
      std::string extension = lower_extension(legacy[i]);
      if (extension != ".doc" && extension != ".wps" && extension != ".rtf") extension = ".doc";
      const fs::path link = in / (std::to_string(i) + extension);
      fs::create_symlink(fs::absolute(legacy[i], error), link, error);
      argv.push_back(link.string());
    }
    // The first run also makes the profile: allow for that, then a few seconds a file.
    const std::chrono::seconds limit(120 + 10 * (last - first));
    const OfficeRun run = run_office(argv, limit);
    for (std::size_t i = first; i < last; ++i) {
      const fs::path made = out / (std::to_string(i) + ".odt");
      if (fs::exists(made, error)) {
        converted_[legacy[i]] = Converted{made.string(), std::nullopt};
      } else if (run == OfficeRun::TimedOut) {
        const std::string seconds = std::to_string(limit.count());
        converted_[legacy[i]] =
            Converted{"", ReadError{"LibreOffice (" + office + ") did not convert it within " +
                                        seconds + " seconds",
                                    LoadProblem::ConversionTimedOut,
                                    {office, seconds}}};
      } else {
        converted_[legacy[i]] =
            Converted{"", ReadError{"LibreOffice (" + office + ") could not convert it",
                                    LoadProblem::NotConverted,
                                    {office}}};
      }
    }
  }
  if (terminal) std::cerr << "\r\033[K" << std::flush;
}

LegacyFiles::~LegacyFiles() {
  if (work_.empty()) return;
  // Removed with the interrupts held; one that came meanwhile ends the program after, as usual.
  const InterruptsHeld held;
  std::error_code ignored;
  fs::remove_all(work_, ignored);
  g_folder_ready = 0;
  for (std::size_t i = 0; i < std::size(kInterrupts); ++i)
    ::sigaction(kInterrupts[i], &g_before[i], nullptr);
}

}  // namespace chengbao::cli
