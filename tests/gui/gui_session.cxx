// Real-window test harness: Xvfb, a visible office with the .oxt, xdotool keys, screenshots.
#include "gui_session.hxx"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XTitle.hpp>

#include "process_wait.hxx"
#include "ustring.hxx"
#include "utf8.hpp"

namespace chengbao::gui {
namespace {

// Under ctest the output is a pipe, fully buffered: a test killed at its timeout would lose what
// it printed (its failures). One line at a time instead.
[[maybe_unused]] const bool kLineBuffered = std::setvbuf(stdout, nullptr, _IOLBF, BUFSIZ) == 0;

using Clock = std::chrono::steady_clock;

/// Waits for `pid` until `deadline`; true when it ended.
bool waitUntil(pid_t pid, Clock::time_point deadline, int* status) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return office::waitForExit(pid, std::max(left, 0ms), status);
}

/// Reads what is there on `fd` until it closes or `deadline`; false on timeout.
bool readAll(int fd, std::string& out, Clock::time_point deadline) {
  char buffer[65536];
  while (true) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) return false;
    pollfd descriptor{fd, POLLIN, 0};
    const int ready = ::poll(&descriptor, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return false;
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return true;
    out.append(buffer, static_cast<size_t>(n));
  }
}

std::string regexEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string("\\^$.|?*+()[]{}").find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

ToolResult runTool(const std::vector<std::string>& argv, std::chrono::milliseconds timeout,
                   const std::vector<std::pair<std::string, std::string>>& environment) {
  int pipeFds[2];
  if (::pipe(pipeFds) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    // Its own process group: a tool that hangs is ended with everything it started.
    ::setpgid(0, 0);
    ::dup2(pipeFds[1], STDOUT_FILENO);
    ::dup2(pipeFds[1], STDERR_FILENO);
    ::close(pipeFds[0]);
    ::close(pipeFds[1]);
    const int devNull = ::open("/dev/null", O_RDONLY);
    if (devNull >= 0) ::dup2(devNull, STDIN_FILENO);
    for (const auto& [name, value] : environment) ::setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    std::_Exit(127);
  }
  ::setpgid(pid, pid);
  ::close(pipeFds[1]);
  ToolResult result;
  const auto deadline = Clock::now() + timeout;
  const bool complete = readAll(pipeFds[0], result.output, deadline);
  ::close(pipeFds[0]);
  int status = 0;
  if (complete && waitUntil(pid, deadline + 1s, &status)) {
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
  }
  ::kill(-pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  result.status = -1;
  return result;
}

VirtualDisplay::VirtualDisplay(int width, int height) {
  int pipeFds[2];
  if (::pipe(pipeFds) != 0) throw std::runtime_error("pipe failed");
  const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
  const std::string fd = std::to_string(pipeFds[1]);
  m_pid = ::fork();
  if (m_pid < 0) throw std::runtime_error("fork failed");
  if (m_pid == 0) {
    ::setpgid(0, 0);
    ::close(pipeFds[0]);
    const int devNull = ::open("/dev/null", O_RDWR);
    if (devNull >= 0) {
      ::dup2(devNull, STDIN_FILENO);
      ::dup2(devNull, STDOUT_FILENO);
      ::dup2(devNull, STDERR_FILENO);
    }
    // -displayfd: Xvfb takes the first free display number and writes it here once it accepts
    // connections.
    ::execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", screen.c_str(), "-nolisten",
             "tcp", "-noreset", static_cast<char*>(nullptr));
    std::_Exit(127);
  }
  ::setpgid(m_pid, m_pid);
  ::close(pipeFds[1]);
  std::string number;
  const auto deadline = Clock::now() + 30s;
  while (number.find('\n') == std::string::npos) {
    char c = 0;
    pollfd descriptor{pipeFds[0], POLLIN, 0};
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0 || ::poll(&descriptor, 1, static_cast<int>(left.count())) <= 0 ||
        ::read(pipeFds[0], &c, 1) != 1)
      break;
    number += c;
  }
  ::close(pipeFds[0]);
  if (number.find('\n') == std::string::npos) {
    ::kill(-m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    throw std::runtime_error("Xvfb did not start (is it installed? scripts/install-deps.sh)");
  }
  m_name = ":" + number.substr(0, number.find('\n'));
}

VirtualDisplay::~VirtualDisplay() {
  if (m_pid <= 0) return;
  ::kill(-m_pid, SIGTERM);
  int status = 0;
  if (!waitUntil(m_pid, Clock::now() + 5s, &status)) {
    ::kill(-m_pid, SIGKILL);
    ::waitpid(m_pid, &status, 0);
  }
}

GuiSession::GuiSession(const std::string& oxtPath, const std::string& uiLanguage) {
  m_display = std::make_unique<VirtualDisplay>();
  // The office and every tool find the display here; the X11 backend of VCL draws the same
  // under any desktop.
  ::setenv("DISPLAY", m_display->name().c_str(), 1);
  ::setenv("SAL_USE_VCLPLUGIN", "gen", 1);
  office::LaunchOptions options;
  options.visible = true;
  options.uiLanguage = uiLanguage;
  // Installed into a running office, an extension runs in a helper process until the office
  // restarts, and parts of it (the grammar checker Writer's background check calls) are not
  // in use before: users restart when asked, so the session does too.
  m_profileDir = std::filesystem::temp_directory_path() /
                 ("chengbao_gui_profile_" + std::to_string(::getpid()));
  options.profileDir = m_profileDir.string();
  office::Office("gui", options).installExtension(oxtPath);
  m_office = std::make_unique<office::Office>("gui", options);
  m_events = std::make_unique<office::OfficeEvents>(m_office->context());
}

GuiSession::~GuiSession() {
  // The office first: it needs its display to quit cleanly.
  m_events.reset();
  m_office.reset();
  m_display.reset();
  std::error_code ignored;
  std::filesystem::remove_all(m_profileDir, ignored);
}

ToolResult GuiSession::x(const std::vector<std::string>& argv,
                         std::chrono::milliseconds timeout) const {
  return runTool(argv, timeout, {{"DISPLAY", m_display->name()}});
}

Doc GuiSession::newWriterDocument(std::string* window) {
  Doc doc = m_office->newWriterDocument();
  css::uno::Reference<css::frame::XModel> xModel(doc, css::uno::UNO_QUERY_THROW);
  css::uno::Reference<css::frame::XTitle> xTitle(xModel->getCurrentController()->getFrame(),
                                                 css::uno::UNO_QUERY_THROW);
  // The frame's title is the window's: "未命名 1 - LibreOffice Writer".
  // Loading returns once the office has shown it; X maps it a moment later.
  const std::string id = xWindow("^" + regexEscape(ext::toUtf8(xTitle->getTitle())) + "$");
  if (window) *window = id;
  return doc;
}

std::optional<std::string> GuiSession::findWindow(const std::string& pattern) const {
  const ToolResult result = x({"xdotool", "search", "--onlyvisible", "--name", pattern});
  if (result.status != 0) return std::nullopt;
  const std::string first = result.output.substr(0, result.output.find('\n'));
  if (first.empty()) return std::nullopt;
  return first;
}

bool GuiSession::hasWindow(const std::string& pattern) const {
  const std::regex title(pattern, std::regex::extended);
  for (const std::string& shown : m_events->windowTitles())
    if (std::regex_search(shown, title)) return true;
  return false;
}

std::string GuiSession::xWindow(const std::string& pattern) const {
  // The office has shown it; --sync waits until the X server has mapped it too.
  const ToolResult result =
      x({"xdotool", "search", "--sync", "--onlyvisible", "--name", pattern}, 30s);
  const std::string first = result.output.substr(0, result.output.find('\n'));
  if (result.status != 0 || first.empty()) {
    const std::string shot = (std::filesystem::temp_directory_path() /
                              ("chengbao_gui_" + std::to_string(::getpid()) + "_timeout.png"))
                                 .string();
    x({"import", "-window", "root", shot});
    throw std::runtime_error("the office showed a window titled /" + pattern +
                             "/ but X has none; the screen: " + shot);
  }
  return first;
}

std::string GuiSession::waitForWindow(const std::string& pattern,
                                      std::chrono::milliseconds timeout) const {
  m_events->waitUntil([&] { return hasWindow(pattern); },
                      "a window titled /" + pattern + "/ opening", timeout);
  // What the window does once it is shown (a wizard's step putting the focus on its first
  // control) is queued on the office's main loop: let it run before the test's next key.
  m_events->waitForMainLoop("the window /" + pattern + "/ opening");
  return xWindow(pattern);
}

void GuiSession::waitForNoWindow(const std::string& pattern,
                                 std::chrono::milliseconds timeout) const {
  m_events->waitUntil([&] { return !hasWindow(pattern); },
                      "the window titled /" + pattern + "/ closing", timeout);
  // The office announces the close while it is still closing: where the focus goes back to, and
  // what the code that opened the window does next, run on its main loop. Let them run.
  m_events->waitForMainLoop("the window /" + pattern + "/ closing");
}

void GuiSession::focus(const std::string& window) const {
  x({"xdotool", "windowraise", window});
  // --sync: xdotool returns once the window has the focus (or gives up after its own timeout).
  x({"xdotool", "windowfocus", "--sync", window}, 10s);
}

void GuiSession::keys(const std::vector<std::string>& keys) const {
  // The office handles X input in order: what a later key does sees the effect of the earlier
  // ones. A test waits for the effect it asserts (a window, an undo action, a selection).
  std::vector<std::string> argv = {"xdotool", "key", "--clearmodifiers", "--delay", "150"};
  argv.insert(argv.end(), keys.begin(), keys.end());
  const ToolResult result = x(argv);
  if (result.status != 0) throw std::runtime_error("xdotool key failed: " + result.output);
}

void GuiSession::type(const std::string& text) const {
  // xdotool types a character missing from the keymap by binding it to a spare key code, pressing
  // it and unbinding it at once; an office that reads the key after the unbinding sees nothing
  // (「安全生产」 arrived as 「安全产」 on a loaded machine). So every such character gets a key
  // code of its own first, for the rest of the session, and xdotool finds it in the keymap.
  std::vector<std::string> bindings = {"xmodmap"};
  for (const char32_t c : chengbao::decode_utf8(text)) {
    if ((c >= 0x20 && c < 0x7F) || m_keycodes.count(c) != 0) continue;
    if (m_spareKeycodes.empty()) {
      // Key codes without symbols, as `xmodmap -pke` lists them ("keycode 93 =").
      const ToolResult table = x({"xmodmap", "-pke"});
      std::istringstream lines(table.output);
      std::string line;
      while (std::getline(lines, line)) {
        int code = 0;
        char rest[8] = {};
        if (std::sscanf(line.c_str(), "keycode %d = %7s", &code, rest) == 1 && code > 8)
          m_spareKeycodes.push_back(code);
      }
      if (m_spareKeycodes.empty()) throw std::runtime_error("no spare key code for typing");
    }
    const int code = m_spareKeycodes.back();
    m_spareKeycodes.pop_back();
    m_keycodes[c] = code;
    char symbol[16];
    std::snprintf(symbol, sizeof symbol, "U%04X", static_cast<unsigned>(c));
    bindings.push_back("-e");
    bindings.push_back("keycode " + std::to_string(code) + " = " + symbol + " " + symbol);
  }
  if (bindings.size() > 1) {
    const ToolResult bound = x(bindings);
    if (bound.status != 0) throw std::runtime_error("xmodmap failed: " + bound.output);
  }
  const ToolResult result = x({"xdotool", "type", "--delay", "80", text});
  if (result.status != 0) throw std::runtime_error("xdotool type failed: " + result.output);
  m_events->waitForMainLoop("typing " + text);
}

void GuiSession::screenshot(const std::string& window, const std::string& path) const {
  // Settled: the same picture three captures in a row (a button's default frame is redrawn a
  // moment after the step changes). What it shows does not decide any test.
  std::string current;
  int same = 0;
  const auto deadline = Clock::now() + 5s;
  while (same < 2 && Clock::now() < deadline) {
    const ToolResult capture = x({"import", "-window", window, "ppm:-"});
    if (capture.status != 0) throw std::runtime_error("import failed: " + capture.output);
    same = capture.output == current ? same + 1 : 0;
    current = capture.output;
  }
  const std::string raw = path + ".ppm";
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  {
    std::ofstream out(raw, std::ios::binary);
    out << current;
  }
  const ToolResult converted = runTool({"convert", raw, "-strip", "png:" + path}, 30s);
  std::filesystem::remove(raw);
  if (converted.status != 0) throw std::runtime_error("convert failed: " + converted.output);
}

PendingDispatch GuiSession::dispatchAsync(
    const Doc& doc, const std::string& url,
    const std::vector<std::pair<std::string, std::string>>& args) {
  return PendingDispatch(
      std::async(std::launch::async,
                 [this, doc, url, args] {
                   try {
                     return m_office->dispatch(doc, url, args);
                   } catch (const css::uno::Exception& e) {
                     // The office ended under it (see ~PendingDispatch).
                     return office::DispatchOutcome{true, false, ext::toUtf8(e.Message)};
                   }
                 }),
      *m_office);
}

PendingDispatch::~PendingDispatch() {
  if (!m_future.valid() || m_future.wait_for(0s) == std::future_status::ready) return;
  // The test ended (a failed assertion) with the command's dialog still open: nothing will close
  // it, and the future's destructor would wait for ever. End the office; its bridge then
  // returns the call.
  std::fprintf(stderr,
               "a dispatched command was still running at the end of the test: "
               "ending the office\n");
  m_office->kill();
  m_future.wait_for(60s);
}

}  // namespace chengbao::gui
