// A private headless LibreOffice for tests and the demo: start, connect, install, drive, stop.
#include "office.hxx"
#include "office_events.hxx"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/deployment/DeploymentException.hpp>
#include <com/sun/star/deployment/XExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XURLTransformer.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include "configuration.hxx"
#include "process_wait.hxx"
#include "ustring.hxx"

using namespace css;
using chengbao::ext::toFileUrl;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;

namespace chengbao::office {
namespace {

/// The office found at configure time (CMake: LO_PROGRAM_DIR).
constexpr const char* kProgramDir = CHENGBAO_LO_PROGRAM_DIR;

/// Approves every question the ExtensionManager asks (licence, overwrite) and shows no progress.
class ApprovingEnvironment
    : public cppu::WeakImplHelper2<ucb::XCommandEnvironment, task::XInteractionHandler> {
 public:
  uno::Reference<task::XInteractionHandler> SAL_CALL getInteractionHandler() override {
    return this;
  }
  uno::Reference<ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return nullptr; }
  /// What the office said while installing (errors arrive as interaction requests).
  const std::string& messages() const { return m_aMessages; }
  void SAL_CALL handle(const uno::Reference<task::XInteractionRequest>& xRequest) override {
    uno::Any aRequest = xRequest->getRequest();
    uno::Exception aException;
    if (aRequest >>= aException) m_aMessages += toUtf8(aException.Message) + "\n";
    for (const auto& xContinuation : xRequest->getContinuations()) {
      uno::Reference<task::XInteractionApprove> xApprove(xContinuation, uno::UNO_QUERY);
      if (xApprove.is()) {
        xApprove->select();
        return;
      }
    }
  }

 private:
  std::string m_aMessages;
};

/// Keeps the DispatchResultEvent the handler sends.
class ResultListener : public cppu::WeakImplHelper1<frame::XDispatchResultListener> {
 public:
  void SAL_CALL dispatchFinished(const frame::DispatchResultEvent& rEvent) override {
    m_bFinished = true;
    m_aEvent = rEvent;
  }
  void SAL_CALL disposing(const lang::EventObject&) override {}
  bool finished() const { return m_bFinished; }
  const frame::DispatchResultEvent& event() const { return m_aEvent; }

 private:
  bool m_bFinished = false;
  frame::DispatchResultEvent m_aEvent;
};

beans::PropertyValue property(const char* pName, const uno::Any& rValue) {
  beans::PropertyValue aProp;
  aProp.Name = rtl::OUString::createFromAscii(pName);
  aProp.Value = rValue;
  return aProp;
}

std::string uniqueName(const std::string& tag) {
  static int nCounter = 0;
  return "chengbao_" + tag + "_" + std::to_string(::getpid()) + "_" + std::to_string(++nCounter);
}

}  // namespace

Office::Office(const std::string& tag) : Office(tag, LaunchOptions()) {}

Office::Office(const std::string& tag, const LaunchOptions& options) {
  start(tag, options);
  try {
    connect();
  } catch (...) {
    stop();
    throw;
  }
}

Office::~Office() { stop(); }

void Office::start(const std::string& tag, const LaunchOptions& options) {
  const std::string name = uniqueName(tag);
  m_profileDir = (std::filesystem::temp_directory_path() / name).string();
  if (!options.profileDir.empty()) {
    m_profileDir = options.profileDir;
    m_keepProfile = true;
  }
  m_pipeName = name;
  m_logPath = m_profileDir + ".log";
  std::filesystem::create_directories(m_profileDir);
  if (!options.uiLanguage.empty() &&
      !std::filesystem::exists(m_profileDir + "/user/registrymodifications.xcu")) {
    // The profile's UI language; the office takes it on its first start (7.4 has no command
    // line option for it).
    std::filesystem::create_directories(m_profileDir + "/user");
    std::ofstream xcu(m_profileDir + "/user/registrymodifications.xcu");
    const std::string language = "<value>" + options.uiLanguage + "</value>";
    xcu << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
           "<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop "
           "oor:name=\"UILocale\" oor:op=\"fuse\">"
        << language
        << "</prop></item>\n"
           "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooLocale\" "
           "oor:op=\"fuse\">"
        << language
        << "</prop></item>\n"
           "<item oor:path=\"/org.openoffice.Office.Common/Misc\"><prop "
           "oor:name=\"ShowTipOfTheDay\" oor:op=\"fuse\"><value>false</value></prop></item>\n"
           "<item oor:path=\"/org.openoffice.Office.Common/Misc\"><prop "
           "oor:name=\"FirstRun\" oor:op=\"fuse\"><value>false</value></prop></item>\n"
           "</oor:items>\n";
  }

  const std::string profileArg = "-env:UserInstallation=" + toUtf8(toFileUrl(m_profileDir));
  const std::string acceptArg = "--accept=pipe,name=" + m_pipeName + ";urp;";
  const std::string program = std::string(kProgramDir) + "/soffice";
  m_pid = ::fork();
  if (m_pid < 0) throw std::runtime_error("fork failed");
  if (m_pid == 0) {
    // The child: its own process group, so that stop() can end exactly what it started.
    ::setpgid(0, 0);
    std::FILE* pLog = std::fopen(m_logPath.c_str(), "w");
    if (pLog) {
      ::dup2(fileno(pLog), STDOUT_FILENO);
      ::dup2(fileno(pLog), STDERR_FILENO);
    }
    std::FILE* pNull = std::fopen("/dev/null", "r");
    if (pNull) ::dup2(fileno(pNull), STDIN_FILENO);
    if (options.visible)
      ::execl(program.c_str(), program.c_str(), "--norestore", "--nologo", "--nodefault",
              "--nolockcheck", profileArg.c_str(), acceptArg.c_str(), static_cast<char*>(nullptr));
    else
      ::execl(program.c_str(), program.c_str(), "--headless", "--invisible", "--norestore",
              "--nologo", "--nodefault", "--nolockcheck", profileArg.c_str(), acceptArg.c_str(),
              static_cast<char*>(nullptr));
    std::_Exit(127);
  }
  ::setpgid(m_pid, m_pid);  // also from the parent, so there is no window before the child runs
}

void Office::connect() {
  // The bridge writes to the office's pipe; when the office has gone (a test that ends it, a
  // teardown racing a release) that write must fail with EPIPE, not end the test process.
  std::signal(SIGPIPE, SIG_IGN);
  ::setenv("URE_BOOTSTRAP",
           (std::string("vnd.sun.star.pathname:") + kProgramDir + "/fundamentalrc").c_str(), 0);
  uno::Reference<uno::XComponentContext> xLocal = cppu::defaultBootstrap_InitialComponentContext();
  uno::Reference<bridge::XUnoUrlResolver> xResolver = bridge::UnoUrlResolver::create(xLocal);
  const rtl::OUString aUrl =
      toOUString("uno:pipe,name=" + m_pipeName + ";urp;StarOffice.ComponentContext");
  // The office listens on a socket named after the pipe (sal: /tmp/OSL_PIPE_<uid>_<name>); its
  // appearing is the event to wait for. Between bind and listen a connection may still be refused
  // for a moment: then try again at once, as long as the office runs.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  const std::filesystem::path socket =
      std::filesystem::path("/tmp") / ("OSL_PIPE_" + std::to_string(::getuid()) + "_" + m_pipeName);
  waitForFile(socket, std::chrono::seconds(60));
  while (true) {
    try {
      m_xContext.set(xResolver->resolve(aUrl), uno::UNO_QUERY_THROW);
      return;
    } catch (const connection::NoConnectException&) {
      int status = 0;
      if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_pid = -1;
        throw std::runtime_error("the office exited before accepting a connection:\n" + log());
      }
      if (std::chrono::steady_clock::now() > deadline)
        throw std::runtime_error("the office did not accept a connection in 60 s:\n" + log());
      std::this_thread::yield();
    }
  }
}

void Office::stop() noexcept { quit(); }

std::optional<int> Office::quit() noexcept {
  std::optional<int> quitStatus;
  if (m_pid > 0) {
    try {
      if (m_xContext.is()) desktop()->terminate();
    } catch (...) {
      // The bridge drops while the office quits; that is the expected way for it to end.
    }
    m_xContext.clear();
    // Give it 20 s to quit, then end its process group: ours alone, by id.
    int status = 0;
    try {
      if (waitForExit(m_pid, std::chrono::seconds(20), &status)) {
        m_pid = -1;
        quitStatus = status;
      }
    } catch (...) {
      // No pidfd: end it below.
    }
    if (m_pid > 0) {
      ::kill(-m_pid, SIGKILL);
      int status = 0;
      ::waitpid(m_pid, &status, 0);
      m_pid = -1;
    }
  }
  // What the tests kept of this office (see keepAlive) is no longer reachable.
  releaseKeptObjects();
  std::error_code ignored;
  if (!m_keepProfile) std::filesystem::remove_all(m_profileDir, ignored);
  std::filesystem::remove(m_logPath, ignored);
  return quitStatus;
}

void Office::kill() noexcept {
  if (m_pid <= 0) return;
  ::kill(-m_pid, SIGKILL);
  int status = 0;
  ::waitpid(m_pid, &status, 0);
  m_pid = -1;
}

std::string Office::log() const {
  std::ifstream in(m_logPath);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

uno::Reference<frame::XDesktop2> Office::desktop() const {
  return frame::Desktop::create(m_xContext);
}

void Office::installExtension(const std::string& oxtPath) {
  uno::Reference<deployment::XExtensionManager> xManager(
      m_xContext->getValueByName("/singletons/com.sun.star.deployment.ExtensionManager"),
      uno::UNO_QUERY_THROW);
  rtl::Reference<ApprovingEnvironment> xEnv(new ApprovingEnvironment);
  uno::Reference<deployment::XPackage> xPackage;
  try {
    xPackage = xManager->addExtension(toFileUrl(oxtPath), uno::Sequence<beans::NamedValue>(),
                                      "user", uno::Reference<task::XAbortChannel>(), xEnv.get());
  } catch (const deployment::DeploymentException& rError) {
    // The reason is in the cause; the message itself only says which step failed.
    std::string reason = toUtf8(rError.Message);
    uno::Exception aCause;
    if (rError.Cause >>= aCause) reason += ": " + toUtf8(aCause.Message);
    throw std::runtime_error("installing " + oxtPath + " failed: " + reason + "\n" +
                             xEnv->messages());
  }
  if (!xPackage.is())
    throw std::runtime_error("the office did not install " + oxtPath + ": " + xEnv->messages());
}

uno::Reference<lang::XComponent> Office::newWriterDocument() {
  uno::Reference<frame::XComponentLoader> xLoader(desktop(), uno::UNO_QUERY_THROW);
  return xLoader->loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                       uno::Sequence<beans::PropertyValue>());
}

uno::Reference<lang::XComponent> Office::load(const std::string& path, bool readOnly) {
  uno::Reference<frame::XComponentLoader> xLoader(desktop(), uno::UNO_QUERY_THROW);
  uno::Sequence<beans::PropertyValue> aArgs(readOnly ? 1 : 0);
  if (readOnly) aArgs.getArray()[0] = property("ReadOnly", uno::Any(true));
  uno::Reference<lang::XComponent> xDoc =
      xLoader->loadComponentFromURL(toFileUrl(path), "_blank", 0, aArgs);
  if (!xDoc.is()) throw std::runtime_error("the office could not load " + path);
  return xDoc;
}

DispatchOutcome Office::dispatch(const uno::Reference<lang::XComponent>& xDoc,
                                 const std::string& url,
                                 const std::vector<std::pair<std::string, std::string>>& args) {
  uno::Reference<frame::XModel> xModel(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<frame::XDispatchProvider> xProvider(xModel->getCurrentController()->getFrame(),
                                                     uno::UNO_QUERY_THROW);
  util::URL aUrl;
  aUrl.Complete = toOUString(url);
  util::URLTransformer::create(m_xContext)->parseStrict(aUrl);
  DispatchOutcome outcome;
  uno::Reference<frame::XDispatch> xDispatch = xProvider->queryDispatch(aUrl, "_self", 0);
  if (!xDispatch.is()) return outcome;
  uno::Sequence<beans::PropertyValue> aArgs(static_cast<sal_Int32>(args.size()));
  for (size_t i = 0; i < args.size(); ++i) {
    aArgs.getArray()[i].Name = toOUString(args[i].first);
    aArgs.getArray()[i].Value <<= toOUString(args[i].second);
  }
  uno::Reference<frame::XNotifyingDispatch> xNotifying(xDispatch, uno::UNO_QUERY);
  if (!xNotifying.is()) {
    xDispatch->dispatch(aUrl, aArgs);
    outcome.answered = true;
    outcome.success = true;
    return outcome;
  }
  rtl::Reference<ResultListener> xListener(new ResultListener);
  xNotifying->dispatchWithNotification(aUrl, aArgs, xListener.get());
  outcome.answered = xListener->finished();
  outcome.success = xListener->event().State == frame::DispatchResultState::SUCCESS;
  rtl::OUString aMessage;
  xListener->event().Result >>= aMessage;
  outcome.message = toUtf8(aMessage);
  return outcome;
}

void Office::setSetting(const std::string& group, const std::string& name, const uno::Any& value) {
  uno::Reference<uno::XInterface> xNode =
      chengbao::ext::configurationNode(m_xContext, "/org.chengbao.Settings/" + group, true);
  uno::Reference<container::XNameReplace>(xNode, uno::UNO_QUERY_THROW)
      ->replaceByName(toOUString(name), value);
  uno::Reference<util::XChangesBatch>(xNode, uno::UNO_QUERY_THROW)->commitChanges();
}

uno::Any Office::setting(const std::string& group, const std::string& name) const {
  uno::Reference<uno::XInterface> xNode =
      chengbao::ext::configurationNode(m_xContext, "/org.chengbao.Settings/" + group, false);
  return uno::Reference<container::XNameAccess>(xNode, uno::UNO_QUERY_THROW)
      ->getByName(toOUString(name));
}

void Office::resetSettings() {
  // The defaults of extension/Settings.xcs: a test starts as a user who just installed it.
  const uno::Any none{rtl::OUString()};
  const uno::Any noList{uno::Sequence<rtl::OUString>()};
  setSetting("Profiles", "Current", none);
  setSetting("Profiles", "Known", noList);
  setSetting("Templates", "Default", uno::Any(rtl::OUString("work-report")));
  setSetting("Templates", "Folders", noList);
  setSetting("Wizard", "Template", none);
  setSetting("Wizard", "Script", none);
  setSetting("Wizard", "Omit", noList);
  setSetting("Wizard", "Alternatives", noList);
  setSetting("Wizard", "Target", uno::Any(rtl::OUString("cursor")));
  setSetting("Wizard", "PageSetup", uno::Any(true));
  setSetting("Check", "Live", uno::Any(true));
  setSetting("Check", "Hints", uno::Any(false));
  setSetting("Packs", "Sources", noList);
  setSetting("Packs", "LastUpdateCheck", uno::Any(sal_Int64(0)));
}

bool Office::responsive() const {
  try {
    return desktop()->getComponents().is();
  } catch (...) {
    return false;
  }
}

uno::Reference<lang::XComponent> Office::otherDocumentWithText(
    const uno::Reference<lang::XComponent>& except) const {
  uno::Reference<container::XEnumerationAccess> xComponents(desktop()->getComponents(),
                                                            uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumeration> xEnum = xComponents->createEnumeration();
  while (xEnum->hasMoreElements()) {
    uno::Reference<lang::XComponent> xDoc(xEnum->nextElement(), uno::UNO_QUERY);
    uno::Reference<text::XTextDocument> xText(xDoc, uno::UNO_QUERY);
    if (xText.is() && xDoc != except && !xText->getText()->getString().isEmpty()) return xDoc;
  }
  return {};
}

}  // namespace chengbao::office
