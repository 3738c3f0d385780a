// A private headless LibreOffice for tests and the demo: start, connect, install, drive, stop.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "document.hxx"

namespace chengbao::office {

/// The result of a dispatch: the handler's state and its message.
struct DispatchOutcome {
  bool answered = false;  ///< false: no handler took the URL
  bool success = false;
  std::string message;
};

/// How an Office starts; the defaults give the headless office of the tests and the demo.
struct LaunchOptions {
  /// A real window on $DISPLAY, for tests that drive the UI with the keyboard (tests/gui),
  /// instead of --headless --invisible.
  bool visible = false;
  /// The UI language the fresh profile starts with, e.g. "zh-CN" (its langpack must be
  /// installed); empty: the office's default.
  std::string uiLanguage;
  /// An existing profile folder to start with, kept when the office ends (empty: a fresh one,
  /// removed at the end). An extension installed into a running office runs in a separate
  /// process (uno.bin) until the office restarts; starting again on the same profile loads it
  /// into the office, as a user's office after the restart it asks for.
  std::string profileDir;
};

/// A headless office with its own user profile and pipe, started in its own process group and
/// ended by that group's id; nothing else on the machine is touched.
class Office {
 public:
  /// Starts soffice and connects; throws std::runtime_error with the office log on failure.
  explicit Office(const std::string& tag = "office");
  Office(const std::string& tag, const LaunchOptions& options);
  ~Office();
  Office(const Office&) = delete;
  Office& operator=(const Office&) = delete;

  const css::uno::Reference<css::uno::XComponentContext>& context() const { return m_xContext; }
  css::uno::Reference<css::frame::XDesktop2> desktop() const;

  /// Ends the office's process group at once (no terminate over UNO): for a test that failed
  /// while a modal dialog holds the office, so a dispatch waiting on it returns.
  void kill() noexcept;
  /// Ends the office as the destructor does (terminate, up to 20 s, then its process group);
  /// how its process ended (a waitpid status) when it quit by itself, nullopt when it had to be
  /// ended or had ended already.
  std::optional<int> quit() noexcept;
  /// Installs an .oxt through the ExtensionManager for this profile (approving all questions).
  void installExtension(const std::string& oxtPath);

  /// A Writer document with text other than `except` (one a command opened), or none.
  css::uno::Reference<css::lang::XComponent> otherDocumentWithText(
      const css::uno::Reference<css::lang::XComponent>& except) const;

  /// A new, empty Writer document.
  css::uno::Reference<css::lang::XComponent> newWriterDocument();
  /// Loads a document from a path (read-only: as the office opens a file the user may not
  /// change).
  css::uno::Reference<css::lang::XComponent> load(const std::string& path, bool readOnly = false);
  /// Dispatches `url` to the document's frame with string arguments.
  DispatchOutcome dispatch(const css::uno::Reference<css::lang::XComponent>& xDoc,
                           const std::string& url,
                           const std::vector<std::pair<std::string, std::string>>& args);

  /// Sets a value of org.chengbao.Settings/`group` (as the options page or an administrator's
  /// script would).
  void setSetting(const std::string& group, const std::string& name, const css::uno::Any& value);
  /// A value of org.chengbao.Settings/`group`, as the extension last wrote it.
  css::uno::Any setting(const std::string& group, const std::string& name) const;
  /// Puts the extension's settings (org.chengbao.Settings: profiles, templates, the wizard's
  /// last choices) back to their defaults, so a test does not depend on the ones before it.
  void resetSettings();

  /// True while the office answers a simple call.
  bool responsive() const;

 private:
  void start(const std::string& tag, const LaunchOptions& options);
  void connect();
  void stop() noexcept;
  std::string log() const;

  pid_t m_pid = -1;
  std::string m_profileDir;
  bool m_keepProfile = false;
  std::string m_pipeName;
  std::string m_logPath;
  css::uno::Reference<css::uno::XComponentContext> m_xContext;
};

}  // namespace chengbao::office
