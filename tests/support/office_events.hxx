// What the office announces — document and dialog events, top windows opening, closing and
// changing title, undo actions, selection changes, accessibility events — so that a test waits
// for the event that follows its action instead of sleeping or guessing (as LibreOffice's
// uitest waits on DialogExecute and DialogClosed).
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>

namespace chengbao::office {

/// Holds a reference to an office object until releaseKeptObjects(). Every object an event or a
/// test's look into the office (accessibility walks) hands over is kept, so that the test never
/// drops the last reference to a closed window or its accessible parts while the office is busy:
/// the office would destroy it on a bridge thread, which then waits for the SolarMutex that a
/// busy office thread holds while that thread waits for the bridge (LibreOffice 7.4's binaryurp;
/// seen as GUI tests hanging in closeDocument).
void keepAlive(const css::uno::Reference<css::uno::XInterface>& xObject);
/// Lets go of what keepAlive() holds: when the test no longer drives the office.
void releaseKeptObjects();

/// Something the office announced.
struct OfficeEvent {
  enum class Kind {
    Document,      ///< theGlobalEventBroadcaster: OnNew, OnLoad, DialogExecute, DialogClosed, …
    WindowOpened,  ///< a top window (document window, dialog, message box) was shown
    WindowClosed,  ///< … was closed
    WindowTitle,   ///< a top window's title changed (a wizard moving to its next step)
    UndoAction,    ///< an undo action or context was added to a watched document's undo stack
    Undone,        ///< a watched document's last action was undone
    Redone,
    Accessible,  ///< an accessibility event of a watched object (name: the AccessibleEventId)
    MainLoop,    ///< the office's main loop reached a callback the test posted
  };
  Kind kind;
  std::string name;  ///< event name, window title, undo action title, AccessibleEventId
};

/// Listens to the office from the moment it is made until it is destroyed. Listeners are UNO
/// objects called on the bridge's threads; a test waits on a condition variable they signal.
class OfficeEvents {
 public:
  explicit OfficeEvents(const css::uno::Reference<css::uno::XComponentContext>& xContext);
  ~OfficeEvents();
  OfficeEvents(const OfficeEvents&) = delete;
  OfficeEvents& operator=(const OfficeEvents&) = delete;

  /// Also reports the undo manager's events of `xDoc` (UndoAction, Undone, Redone).
  void watchUndo(const css::uno::Reference<css::lang::XComponent>& xDoc);
  /// Also reports the accessibility events of `xContext` (a list box whose rows change).
  void watchAccessible(const css::uno::Reference<css::accessibility::XAccessibleContext>& xContext);

  /// Posts a callback to the office's main loop (awt::AsyncCallback) and waits until the office
  /// runs it: everything the office had queued before — a menu's or a button's deferred work —
  /// has then been done. A test that asserts "nothing changed" waits for this first.
  void waitForMainLoop(const std::string& what);

  /// The number of events so far: pass it to waitFor to wait for one that comes after it.
  size_t mark() const;
  /// Waits for an event of `kind` whose name contains `name` (any name when empty), after
  /// `since`; throws std::runtime_error saying that `what` never happened, and what did.
  OfficeEvent waitFor(OfficeEvent::Kind kind, const std::string& name, size_t since,
                      const std::string& what,
                      std::chrono::milliseconds timeout = std::chrono::seconds(30));
  /// Waits until `done()` holds, evaluating it now and again after each event the office
  /// announces; throws std::runtime_error saying that `what` never happened.
  void waitUntil(const std::function<bool()>& done, const std::string& what,
                 std::chrono::milliseconds timeout = std::chrono::seconds(30));

  /// The titles of the top windows open now (as the office last announced them).
  std::vector<std::string> windowTitles() const;
  /// The text a top window titled exactly `title` shows (a message box's message): the names
  /// and texts of the accessible descendants it shows, one per line. Empty when no such window
  /// is open.
  std::string windowText(const std::string& title);
  /// Presses the button named `name` ("确定(O)", as the office names it, with its mnemonic) of
  /// the top window titled exactly `title`, through the office's accessibility: for a dialog the
  /// office owns whose mnemonics do not reach from an extension's page. False when there is none.
  /// Returns once the button's work is done.
  bool pressButton(const std::string& title, const std::string& name);

  /// keepAlive(), for what the listeners are handed.
  void keep(const css::uno::Reference<css::uno::XInterface>& xObject);
  void keep(const css::uno::Any& aValue);

  /// Called by the listeners.
  void record(OfficeEvent::Kind kind, std::string name);
  void windowOpened(const css::uno::Reference<css::uno::XInterface>& xWindow);
  void windowClosed(const css::uno::Reference<css::uno::XInterface>& xWindow);
  void windowTitle(const css::uno::Reference<css::uno::XInterface>& xWindow, std::string title);

 private:
  struct Impl;
  std::string describe(size_t since) const;  // call with the mutex held

  mutable std::mutex m_mutex;
  std::condition_variable m_changed;
  std::vector<OfficeEvent> m_events;
  std::vector<std::pair<css::uno::Reference<css::uno::XInterface>, std::string>> m_windows;
  size_t m_callbacks = 0;
  Impl* m_impl;
};

}  // namespace chengbao::office
