// What the office announces, recorded for tests to wait on.
#include "office_events.hxx"

#include <algorithm>
#include <memory>
#include <sstream>
#include <stdexcept>

#include <com/sun/star/accessibility/AccessibleEventId.hpp>
#include <com/sun/star/accessibility/AccessibleEventObject.hpp>
#include <com/sun/star/accessibility/AccessibleStateType.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleEventBroadcaster.hpp>
#include <com/sun/star/accessibility/XAccessibleEventListener.hpp>
#include <com/sun/star/accessibility/XAccessibleStateSet.hpp>
#include <com/sun/star/accessibility/XAccessibleText.hpp>
#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XTopWindowListener.hpp>
#include <com/sun/star/document/DocumentEvent.hpp>
#include <com/sun/star/document/UndoManagerEvent.hpp>
#include <com/sun/star/document/XDocumentEventBroadcaster.hpp>
#include <com/sun/star/document/XDocumentEventListener.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerListener.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/theGlobalEventBroadcaster.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "ustring.hxx"

using namespace css;
using chengbao::ext::toUtf8;

namespace chengbao::office {

/// The listeners' way back to their OfficeEvents: cut when it goes, so a call that arrives
/// during or after its destruction does nothing.
struct Hub {
  std::mutex mutex;
  OfficeEvents* owner = nullptr;

  template <typename F>
  void call(F&& f) {
    std::lock_guard<std::mutex> lock(mutex);
    if (owner) f(*owner);
  }
};

namespace {

using HubPtr = std::shared_ptr<Hub>;

class GlobalListener : public cppu::WeakImplHelper1<document::XDocumentEventListener> {
 public:
  explicit GlobalListener(HubPtr hub) : m_hub(std::move(hub)) {}
  void SAL_CALL documentEventOccured(const document::DocumentEvent& rEvent) override {
    const std::string name = toUtf8(rEvent.EventName);
    m_hub->call([&](OfficeEvents& o) {
      o.keep(rEvent.Source);
      o.keep(uno::Reference<uno::XInterface>(rEvent.ViewController, uno::UNO_QUERY));
      o.keep(rEvent.Supplement);
      o.record(OfficeEvent::Kind::Document, name);
    });
  }
  void SAL_CALL disposing(const lang::EventObject&) override {}

 private:
  HubPtr m_hub;
};

class TopWindowListener : public cppu::WeakImplHelper1<awt::XTopWindowListener> {
 public:
  explicit TopWindowListener(HubPtr hub) : m_hub(std::move(hub)) {}
  void SAL_CALL windowOpened(const lang::EventObject& rEvent) override {
    m_hub->call([&](OfficeEvents& o) { o.windowOpened(rEvent.Source); });
  }
  void SAL_CALL windowClosed(const lang::EventObject& rEvent) override {
    m_hub->call([&](OfficeEvents& o) { o.windowClosed(rEvent.Source); });
  }
  void SAL_CALL windowClosing(const lang::EventObject& rEvent) override { keep(rEvent); }
  void SAL_CALL windowMinimized(const lang::EventObject& rEvent) override { keep(rEvent); }
  void SAL_CALL windowNormalized(const lang::EventObject& rEvent) override { keep(rEvent); }
  void SAL_CALL windowActivated(const lang::EventObject& rEvent) override { keep(rEvent); }
  void SAL_CALL windowDeactivated(const lang::EventObject& rEvent) override { keep(rEvent); }
  void SAL_CALL disposing(const lang::EventObject& rEvent) override { keep(rEvent); }

 private:
  void keep(const lang::EventObject& rEvent) {
    m_hub->call([&](OfficeEvents& o) { o.keep(rEvent.Source); });
  }
  HubPtr m_hub;
};

/// A top window's accessibility events: NAME_CHANGED is its title changing.
class TitleListener : public cppu::WeakImplHelper1<accessibility::XAccessibleEventListener> {
 public:
  TitleListener(HubPtr hub, uno::Reference<uno::XInterface> xWindow)
      : m_hub(std::move(hub)), m_xWindow(std::move(xWindow)) {}
  void SAL_CALL notifyEvent(const accessibility::AccessibleEventObject& rEvent) override {
    m_hub->call([&](OfficeEvents& o) {
      o.keep(rEvent.Source);
      o.keep(rEvent.NewValue);
      o.keep(rEvent.OldValue);
    });
    if (rEvent.EventId != accessibility::AccessibleEventId::NAME_CHANGED) return;
    rtl::OUString aTitle;
    rEvent.NewValue >>= aTitle;
    const std::string title = toUtf8(aTitle);
    m_hub->call([&](OfficeEvents& o) { o.windowTitle(m_xWindow, title); });
  }
  void SAL_CALL disposing(const lang::EventObject&) override {}

 private:
  HubPtr m_hub;
  uno::Reference<uno::XInterface> m_xWindow;
};

class AccessibleListener : public cppu::WeakImplHelper1<accessibility::XAccessibleEventListener> {
 public:
  explicit AccessibleListener(HubPtr hub) : m_hub(std::move(hub)) {}
  void SAL_CALL notifyEvent(const accessibility::AccessibleEventObject& rEvent) override {
    const std::string id = std::to_string(rEvent.EventId);
    m_hub->call([&](OfficeEvents& o) {
      o.keep(rEvent.Source);
      o.keep(rEvent.NewValue);
      o.keep(rEvent.OldValue);
      o.record(OfficeEvent::Kind::Accessible, id);
    });
  }
  void SAL_CALL disposing(const lang::EventObject&) override {}

 private:
  HubPtr m_hub;
};

class UndoListener : public cppu::WeakImplHelper1<document::XUndoManagerListener> {
 public:
  explicit UndoListener(HubPtr hub) : m_hub(std::move(hub)) {}
  void SAL_CALL undoActionAdded(const document::UndoManagerEvent& rEvent) override {
    if (rEvent.UndoContextDepth == 0) add(OfficeEvent::Kind::UndoAction, rEvent);
  }
  void SAL_CALL leftContext(const document::UndoManagerEvent& rEvent) override {
    if (rEvent.UndoContextDepth == 0) add(OfficeEvent::Kind::UndoAction, rEvent);
  }
  void SAL_CALL actionUndone(const document::UndoManagerEvent& rEvent) override {
    add(OfficeEvent::Kind::Undone, rEvent);
  }
  void SAL_CALL actionRedone(const document::UndoManagerEvent& rEvent) override {
    add(OfficeEvent::Kind::Redone, rEvent);
  }
  void SAL_CALL allActionsCleared(const lang::EventObject&) override {}
  void SAL_CALL redoActionsCleared(const lang::EventObject&) override {}
  void SAL_CALL resetAll(const lang::EventObject&) override {}
  void SAL_CALL enteredContext(const document::UndoManagerEvent&) override {}
  void SAL_CALL enteredHiddenContext(const document::UndoManagerEvent&) override {}
  void SAL_CALL leftHiddenContext(const document::UndoManagerEvent&) override {}
  void SAL_CALL cancelledContext(const document::UndoManagerEvent&) override {}
  void SAL_CALL disposing(const lang::EventObject&) override {}

 private:
  void add(OfficeEvent::Kind kind, const document::UndoManagerEvent& rEvent) {
    const std::string title = toUtf8(rEvent.UndoActionTitle);
    m_hub->call([&](OfficeEvents& o) {
      o.keep(rEvent.Source);
      o.record(kind, title);
    });
  }
  HubPtr m_hub;
};

/// Runs on the office's main loop once everything queued before it has run.
class MainLoopCallback : public cppu::WeakImplHelper1<awt::XCallback> {
 public:
  explicit MainLoopCallback(HubPtr hub) : m_hub(std::move(hub)) {}
  void SAL_CALL notify(const uno::Any& rToken) override {
    rtl::OUString aToken;
    rToken >>= aToken;
    const std::string token = toUtf8(aToken);
    m_hub->call([&](OfficeEvents& o) { o.record(OfficeEvent::Kind::MainLoop, token); });
  }

 private:
  HubPtr m_hub;
};

const char* kindName(OfficeEvent::Kind kind) {
  switch (kind) {
    case OfficeEvent::Kind::Document:
      return "document event";
    case OfficeEvent::Kind::WindowOpened:
      return "window opened";
    case OfficeEvent::Kind::WindowClosed:
      return "window closed";
    case OfficeEvent::Kind::WindowTitle:
      return "window title";
    case OfficeEvent::Kind::UndoAction:
      return "undo action";
    case OfficeEvent::Kind::Undone:
      return "undone";
    case OfficeEvent::Kind::Redone:
      return "redone";
    case OfficeEvent::Kind::Accessible:
      return "accessibility event";
    case OfficeEvent::Kind::MainLoop:
      return "main loop reached";
  }
  return "?";
}

std::string titleOf(OfficeEvents& events, const uno::Reference<uno::XInterface>& xWindow) {
  try {
    uno::Reference<awt::XDialog> xDialog(xWindow, uno::UNO_QUERY);
    if (xDialog.is()) return toUtf8(xDialog->getTitle());
    uno::Reference<accessibility::XAccessible> xAccessible(xWindow, uno::UNO_QUERY);
    const uno::Reference<accessibility::XAccessibleContext> xContext =
        xAccessible.is() ? xAccessible->getAccessibleContext() : nullptr;
    events.keep(xContext);
    if (xContext.is()) return toUtf8(xContext->getAccessibleName());
  } catch (const uno::Exception&) {
  }
  return {};
}

}  // namespace

struct OfficeEvents::Impl {
  HubPtr hub = std::make_shared<Hub>();
  /// How to take each listener off again, run in reverse order when the OfficeEvents goes.
  std::vector<std::function<void()>> removers;
  uno::Reference<awt::XExtendedToolkit> xToolkit;
  uno::Reference<uno::XComponentContext> xContext;
};

OfficeEvents::OfficeEvents(const uno::Reference<uno::XComponentContext>& xContext)
    : m_impl(new Impl) {
  m_impl->hub->owner = this;
  m_impl->xContext = xContext;
  HubPtr hub = m_impl->hub;

  uno::Reference<document::XDocumentEventBroadcaster> xBroadcaster(
      frame::theGlobalEventBroadcaster::get(xContext), uno::UNO_QUERY_THROW);
  uno::Reference<document::XDocumentEventListener> xGlobal(new GlobalListener(hub));
  xBroadcaster->addDocumentEventListener(xGlobal);
  m_impl->removers.push_back(
      [xBroadcaster, xGlobal] { xBroadcaster->removeDocumentEventListener(xGlobal); });

  m_impl->xToolkit.set(awt::Toolkit::create(xContext), uno::UNO_QUERY_THROW);
  uno::Reference<awt::XExtendedToolkit> xToolkit = m_impl->xToolkit;
  uno::Reference<awt::XTopWindowListener> xTop(new TopWindowListener(hub));
  xToolkit->addTopWindowListener(xTop);
  m_impl->removers.push_back([xToolkit, xTop] { xToolkit->removeTopWindowListener(xTop); });
  // The windows already open count as open.
  for (sal_Int32 i = 0; i < xToolkit->getTopWindowCount(); ++i)
    windowOpened(uno::Reference<uno::XInterface>(xToolkit->getTopWindow(i), uno::UNO_QUERY));
  m_events.clear();
}

OfficeEvents::~OfficeEvents() {
  {
    std::lock_guard<std::mutex> lock(m_impl->hub->mutex);
    m_impl->hub->owner = nullptr;
  }
  for (auto it = m_impl->removers.rbegin(); it != m_impl->removers.rend(); ++it) {
    try {
      (*it)();
    } catch (...) {
      // The office or the window is gone already: nothing left to listen to.
    }
  }
  // Let go of what was kept now that the test no longer drives the office.
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_windows.clear();
  }
  releaseKeptObjects();
  delete m_impl;
}

void OfficeEvents::watchUndo(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<document::XUndoManagerSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<document::XUndoManager> xManager = xSupplier->getUndoManager();
  uno::Reference<document::XUndoManagerListener> xListener(new UndoListener(m_impl->hub));
  xManager->addUndoManagerListener(xListener);
  m_impl->removers.push_back(
      [xManager, xListener] { xManager->removeUndoManagerListener(xListener); });
}

void OfficeEvents::watchAccessible(
    const uno::Reference<accessibility::XAccessibleContext>& xContext) {
  uno::Reference<accessibility::XAccessibleEventBroadcaster> xBroadcaster(xContext,
                                                                          uno::UNO_QUERY_THROW);
  uno::Reference<accessibility::XAccessibleEventListener> xListener(
      new AccessibleListener(m_impl->hub));
  xBroadcaster->addAccessibleEventListener(xListener);
  m_impl->removers.push_back(
      [xBroadcaster, xListener] { xBroadcaster->removeAccessibleEventListener(xListener); });
}

void OfficeEvents::waitForMainLoop(const std::string& what) {
  const std::string token = "callback <" + std::to_string(++m_callbacks) + ">";
  const size_t since = mark();
  uno::Reference<awt::XCallback> xCallback(new MainLoopCallback(m_impl->hub));
  awt::AsyncCallback::create(m_impl->xContext)
      ->addCallback(xCallback, uno::Any(rtl::OUString::createFromAscii(token.c_str())));
  waitFor(OfficeEvent::Kind::MainLoop, token, since,
          "the office's main loop reaching the test's callback after " + what);
}

size_t OfficeEvents::mark() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return m_events.size();
}

namespace {

std::mutex g_keptMutex;
std::vector<uno::Reference<uno::XInterface>>& keptObjects() {
  static auto* kept = new std::vector<uno::Reference<uno::XInterface>>;
  return *kept;
}

}  // namespace

void keepAlive(const uno::Reference<uno::XInterface>& xObject) {
  if (!xObject.is()) return;
  std::lock_guard<std::mutex> lock(g_keptMutex);
  keptObjects().push_back(xObject);
}

void releaseKeptObjects() {
  std::vector<uno::Reference<uno::XInterface>> kept;
  {
    std::lock_guard<std::mutex> lock(g_keptMutex);
    kept.swap(keptObjects());
  }
  kept.clear();
}

void OfficeEvents::keep(const uno::Reference<uno::XInterface>& xObject) { keepAlive(xObject); }

void OfficeEvents::keep(const uno::Any& aValue) {
  if (aValue.getValueTypeClass() != uno::TypeClass_INTERFACE) return;
  uno::Reference<uno::XInterface> xObject;
  if (aValue >>= xObject) keep(xObject);
}

void OfficeEvents::record(OfficeEvent::Kind kind, std::string name) {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_events.push_back({kind, std::move(name)});
  }
  m_changed.notify_all();
}

void OfficeEvents::windowOpened(const uno::Reference<uno::XInterface>& xWindow) {
  if (!xWindow.is()) return;
  const std::string title = titleOf(*this, xWindow);
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_windows.emplace_back(xWindow, title);
  }
  // Its title changes (a wizard's step) come as accessibility events of the window.
  try {
    uno::Reference<accessibility::XAccessible> xAccessible(xWindow, uno::UNO_QUERY);
    uno::Reference<accessibility::XAccessibleEventBroadcaster> xBroadcaster(
        xAccessible.is() ? xAccessible->getAccessibleContext() : nullptr, uno::UNO_QUERY);
    keep(xBroadcaster);
    if (xBroadcaster.is()) {
      uno::Reference<accessibility::XAccessibleEventListener> xListener(
          new TitleListener(m_impl->hub, xWindow));
      xBroadcaster->addAccessibleEventListener(xListener);
      m_impl->removers.push_back(
          [xBroadcaster, xListener] { xBroadcaster->removeAccessibleEventListener(xListener); });
    }
  } catch (const uno::Exception&) {
  }
  record(OfficeEvent::Kind::WindowOpened, title);
}

void OfficeEvents::windowClosed(const uno::Reference<uno::XInterface>& xWindow) {
  std::string title;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = std::find_if(m_windows.begin(), m_windows.end(),
                           [&](const auto& window) { return window.first == xWindow; });
    if (it == m_windows.end()) return;
    title = it->second;
    keepAlive(it->first);
    m_windows.erase(it);
  }
  record(OfficeEvent::Kind::WindowClosed, title);
}

void OfficeEvents::windowTitle(const uno::Reference<uno::XInterface>& xWindow, std::string title) {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    for (auto& window : m_windows)
      if (window.first == xWindow) window.second = title;
  }
  record(OfficeEvent::Kind::WindowTitle, std::move(title));
}

std::vector<std::string> OfficeEvents::windowTitles() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  std::vector<std::string> titles;
  for (const auto& window : m_windows) titles.push_back(window.second);
  return titles;
}

namespace {

void collectText(OfficeEvents& events,
                 const uno::Reference<accessibility::XAccessibleContext>& xContext, int depth,
                 std::string& out) {
  if (!xContext.is() || depth > 20) return;
  events.keep(xContext);
  // What the window shows: a control hidden on another step of a wizard is not read.
  uno::Reference<accessibility::XAccessibleStateSet> xStates = xContext->getAccessibleStateSet();
  if (depth > 0 && xStates.is() && !xStates->contains(accessibility::AccessibleStateType::SHOWING))
    return;
  const std::string name = toUtf8(xContext->getAccessibleName());
  if (!name.empty()) out += name + "\n";
  uno::Reference<accessibility::XAccessibleText> xText(xContext, uno::UNO_QUERY);
  if (xText.is()) {
    const std::string text = toUtf8(xText->getText());
    if (!text.empty() && text != name) out += text + "\n";
  }
  const sal_Int32 count = xContext->getAccessibleChildCount();
  for (sal_Int32 i = 0; i < count && i < 200; ++i) {
    uno::Reference<accessibility::XAccessible> xChild(xContext->getAccessibleChild(i));
    events.keep(xChild);
    if (xChild.is()) collectText(events, xChild->getAccessibleContext(), depth + 1, out);
  }
}

/// The first showing descendant of `xContext` with an action whose name is `name`.
uno::Reference<accessibility::XAccessibleAction> findAction(
    OfficeEvents& events, const uno::Reference<accessibility::XAccessibleContext>& xContext,
    const std::string& name, int depth) {
  if (!xContext.is() || depth > 20) return nullptr;
  events.keep(xContext);
  uno::Reference<accessibility::XAccessibleStateSet> xStates = xContext->getAccessibleStateSet();
  if (depth > 0 && xStates.is() && !xStates->contains(accessibility::AccessibleStateType::SHOWING))
    return nullptr;
  uno::Reference<accessibility::XAccessibleAction> xAction(xContext, uno::UNO_QUERY);
  if (xAction.is() && xAction->getAccessibleActionCount() > 0 &&
      toUtf8(xContext->getAccessibleName()) == name)
    return xAction;
  const sal_Int32 count = xContext->getAccessibleChildCount();
  for (sal_Int32 i = 0; i < count && i < 200; ++i) {
    uno::Reference<accessibility::XAccessible> xChild(xContext->getAccessibleChild(i));
    events.keep(xChild);
    if (!xChild.is()) continue;
    if (auto xFound = findAction(events, xChild->getAccessibleContext(), name, depth + 1);
        xFound.is())
      return xFound;
  }
  return nullptr;
}

}  // namespace

bool OfficeEvents::pressButton(const std::string& title, const std::string& name) {
  uno::Reference<uno::XInterface> xWindow;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const auto& window : m_windows)
      if (window.second == title) xWindow = window.first;
  }
  uno::Reference<accessibility::XAccessible> xAccessible(xWindow, uno::UNO_QUERY);
  if (!xAccessible.is()) return false;
  auto xAction = findAction(*this, xAccessible->getAccessibleContext(), name, 0);
  return xAction.is() && xAction->doAccessibleAction(0);
}

std::string OfficeEvents::windowText(const std::string& title) {
  uno::Reference<uno::XInterface> xWindow;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const auto& window : m_windows)
      if (window.second == title) xWindow = window.first;
  }
  uno::Reference<accessibility::XAccessible> xAccessible(xWindow, uno::UNO_QUERY);
  std::string text;
  if (xAccessible.is()) collectText(*this, xAccessible->getAccessibleContext(), 0, text);
  return text;
}

std::string OfficeEvents::describe(size_t since) const {
  std::ostringstream out;
  out << "; what the office announced meanwhile:";
  if (since >= m_events.size()) out << " nothing";
  for (size_t i = since; i < m_events.size(); ++i)
    out << " [" << kindName(m_events[i].kind) << " " << m_events[i].name << "]";
  out << "; open windows:";
  for (const auto& window : m_windows) out << " [" << window.second << "]";
  return out.str();
}

OfficeEvent OfficeEvents::waitFor(OfficeEvent::Kind kind, const std::string& name, size_t since,
                                  const std::string& what, std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(m_mutex);
  size_t next = since;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    for (; next < m_events.size(); ++next) {
      const OfficeEvent& event = m_events[next];
      if (event.kind == kind && event.name.find(name) != std::string::npos) return event;
    }
    if (m_changed.wait_until(lock, deadline) == std::cv_status::timeout && next == m_events.size())
      throw std::runtime_error(what + " never happened within " + std::to_string(timeout.count()) +
                               " ms" + describe(since));
  }
}

void OfficeEvents::waitUntil(const std::function<bool()>& done, const std::string& what,
                             std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  const size_t since = mark();
  for (;;) {
    const size_t seen = mark();
    if (done()) return;
    std::unique_lock<std::mutex> lock(m_mutex);
    // Only an event after the check can make it true: wait for one.
    if (!m_changed.wait_until(lock, deadline, [&] { return m_events.size() > seen; }))
      throw std::runtime_error(what + " never happened within " + std::to_string(timeout.count()) +
                               " ms" + describe(since));
  }
}

}  // namespace chengbao::office
