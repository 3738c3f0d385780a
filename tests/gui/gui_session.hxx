// Real-window test harness: Xvfb, a visible office with the .oxt, xdotool keys, screenshots.
#pragma once

#include <chrono>
#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <sys/types.h>

#include "office.hxx"
#include "office_events.hxx"

namespace chengbao::gui {

using namespace std::chrono_literals;
using namespace office;  // the document helpers: paragraphs(doc), undoTitles(doc), …

/// What an external tool printed and how it ended.
struct ToolResult {
  int status = -1;  ///< the exit status; -1 when it did not finish in time
  std::string output;
};

/// Runs argv[0] (looked up in PATH) with the given environment additions, waiting at most
/// `timeout`; a tool that takes longer is ended by its process id.
ToolResult runTool(const std::vector<std::string>& argv, std::chrono::milliseconds timeout,
                   const std::vector<std::pair<std::string, std::string>>& environment = {});

/// Xvfb on a display number it picks itself (-displayfd), so several can run side by side; ended
/// by its process id.
class VirtualDisplay {
 public:
  explicit VirtualDisplay(int width = 1280, int height = 900);
  ~VirtualDisplay();
  VirtualDisplay(const VirtualDisplay&) = delete;
  VirtualDisplay& operator=(const VirtualDisplay&) = delete;

  /// ":N"
  const std::string& name() const { return m_name; }

 private:
  pid_t m_pid = -1;
  std::string m_name;
};

/// A command dispatched on another thread (see GuiSession::dispatchAsync). When a test fails
/// while the command's modal dialog is still open, the office never returns it: then this ends
/// the office on destruction, so the failure is reported instead of the test hanging.
class PendingDispatch {
 public:
  PendingDispatch(std::future<office::DispatchOutcome> future, office::Office& office)
      : m_future(std::move(future)), m_office(&office) {}
  PendingDispatch(PendingDispatch&&) = default;
  PendingDispatch& operator=(PendingDispatch&&) = default;
  ~PendingDispatch();

  template <class Rep, class Period>
  std::future_status wait_for(const std::chrono::duration<Rep, Period>& timeout) const {
    return m_future.wait_for(timeout);
  }
  office::DispatchOutcome get() { return m_future.get(); }

 private:
  std::future<office::DispatchOutcome> m_future;
  office::Office* m_office;
};

/// A visible office in `uiLanguage` on its own virtual display, with the .oxt installed, and the
/// means to drive it as a person would: find its windows, press keys, type, take screenshots.
/// One per test process: it sets DISPLAY for the process.
class GuiSession {
 public:
  GuiSession(const std::string& oxtPath, const std::string& uiLanguage);
  ~GuiSession();

  office::Office& office() { return *m_office; }
  /// What the office announced since the session started: wait on these.
  office::OfficeEvents& events() { return *m_events; }
  const std::string& display() const { return m_display->name(); }

  /// A new Writer document, once its window is on the screen (returned in `window`).
  Doc newWriterDocument(std::string* window = nullptr);

  /// The id of a window whose title matches the extended regular expression `pattern`.
  std::optional<std::string> findWindow(const std::string& pattern) const;
  /// Whether the office shows a top window whose title matches `pattern` (as it announced it).
  bool hasWindow(const std::string& pattern) const;
  /// Waits until the office shows such a window, then returns its X id; throws
  /// std::runtime_error saying what never happened on timeout.
  std::string waitForWindow(const std::string& pattern,
                            std::chrono::milliseconds timeout = 30s) const;
  /// Waits until the office has closed every window whose title matches `pattern`.
  void waitForNoWindow(const std::string& pattern, std::chrono::milliseconds timeout = 30s) const;
  /// Gives a window the keyboard focus (there is no window manager to do it).
  void focus(const std::string& window) const;

  /// Presses keys as xdotool names them ("Return", "alt+n", "Tab"), one after the other; returns
  /// once they are sent (the test then waits for their effect).
  void keys(const std::vector<std::string>& keys) const;
  /// Types text (any Unicode: xdotool maps a spare key code to each character).
  void type(const std::string& text) const;

  /// Saves a PNG of the window (or "root") once three captures in a row are the same, so it shows
  /// the window after it has finished drawing. Metadata is stripped: the same pixels give the
  /// same file.
  void screenshot(const std::string& window, const std::string& path) const;

  /// Dispatches `url` to the document's frame on another thread: a command that opens a modal
  /// dialog returns only when the dialog closes.
  PendingDispatch dispatchAsync(const Doc& doc, const std::string& url,
                                const std::vector<std::pair<std::string, std::string>>& args = {});

 private:
  ToolResult x(const std::vector<std::string>& argv, std::chrono::milliseconds timeout = 10s) const;
  /// The X id of the window titled `pattern`, once X has mapped it.
  std::string xWindow(const std::string& pattern) const;

  std::unique_ptr<VirtualDisplay> m_display;
  std::filesystem::path m_profileDir;  ///< the office's user profile, kept across its restart
  std::unique_ptr<office::Office> m_office;
  std::unique_ptr<office::OfficeEvents> m_events;
  /// Characters type() has bound to key codes of their own, and the key codes still free.
  mutable std::map<char32_t, int> m_keycodes;
  mutable std::vector<int> m_spareKeycodes;
};

}  // namespace chengbao::gui
