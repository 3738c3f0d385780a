// A private headless LibreOffice for tests and the demo: start, connect, install, drive, stop.
#include "office.hxx"

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
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XURLTransformer.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include "ustring.hxx"

using namespace css;
using chengbao::ext::toFileUrl;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;

namespace chengbao::office {
namespace {

constexpr const char* kProgramDir = "/usr/lib/libreoffice/program";

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
  if (!options.uiLanguage.empty()) {
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
  ::setenv("URE_BOOTSTRAP", "vnd.sun.star.pathname:/usr/lib/libreoffice/program/fundamentalrc", 0);
  uno::Reference<uno::XComponentContext> xLocal = cppu::defaultBootstrap_InitialComponentContext();
  uno::Reference<bridge::XUnoUrlResolver> xResolver = bridge::UnoUrlResolver::create(xLocal);
  const rtl::OUString aUrl =
      toOUString("uno:pipe,name=" + m_pipeName + ";urp;StarOffice.ComponentContext");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
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
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
}

void Office::stop() noexcept {
  if (m_pid > 0) {
    try {
      if (m_xContext.is()) desktop()->terminate();
    } catch (...) {
      // The bridge drops while the office quits; that is the expected way for it to end.
    }
    m_xContext.clear();
    // Give it 20 s to quit, then end its process group: ours alone, by id.
    for (int i = 0; i < 200; ++i) {
      int status = 0;
      if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_pid = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (m_pid > 0) {
      ::kill(-m_pid, SIGKILL);
      int status = 0;
      ::waitpid(m_pid, &status, 0);
      m_pid = -1;
    }
  }
  std::error_code ignored;
  if (!m_keepProfile) std::filesystem::remove_all(m_profileDir, ignored);
  std::filesystem::remove(m_logPath, ignored);
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

uno::Reference<lang::XComponent> Office::load(const std::string& path) {
  uno::Reference<frame::XComponentLoader> xLoader(desktop(), uno::UNO_QUERY_THROW);
  uno::Reference<lang::XComponent> xDoc = xLoader->loadComponentFromURL(
      toFileUrl(path), "_blank", 0, uno::Sequence<beans::PropertyValue>());
  if (!xDoc.is()) throw std::runtime_error("the office could not load " + path);
  return xDoc;
}

void Office::saveAs(const uno::Reference<lang::XComponent>& xDoc, const std::string& path,
                    const std::string& filter) {
  uno::Reference<frame::XStorable> xStorable(xDoc, uno::UNO_QUERY_THROW);
  uno::Sequence<beans::PropertyValue> aArgs(2);
  aArgs.getArray()[0] = property("FilterName", uno::Any(toOUString(filter)));
  aArgs.getArray()[1] = property("Overwrite", uno::Any(true));
  xStorable->storeToURL(toFileUrl(path), aArgs);
}

void Office::close(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<util::XCloseable> xCloseable(xDoc, uno::UNO_QUERY);
  if (xCloseable.is())
    xCloseable->close(true);
  else if (xDoc.is())
    xDoc->dispose();
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

std::vector<ParagraphInfo> Office::paragraphs(const uno::Reference<lang::XComponent>& xDoc) {
  std::vector<ParagraphInfo> result;
  uno::Reference<text::XTextDocument> xText(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumerationAccess> xAccess(xText->getText(), uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumeration> xParas = xAccess->createEnumeration();
  while (xParas->hasMoreElements()) {
    uno::Reference<lang::XServiceInfo> xInfo(xParas->nextElement(), uno::UNO_QUERY);
    if (!xInfo.is() || !xInfo->supportsService("com.sun.star.text.Paragraph")) continue;
    uno::Reference<text::XTextRange> xRange(xInfo, uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> xProps(xInfo, uno::UNO_QUERY_THROW);
    ParagraphInfo info;
    info.text = toUtf8(xRange->getString());
    rtl::OUString aValue;
    xProps->getPropertyValue("ParaStyleName") >>= aValue;
    info.style = toUtf8(aValue);
    sal_Int16 nLevel = 0;
    xProps->getPropertyValue("OutlineLevel") >>= nLevel;
    info.outlineLevel = nLevel;
    aValue.clear();
    xProps->getPropertyValue("ListLabelString") >>= aValue;
    info.label = toUtf8(aValue);
    uno::Any aAdjust = xProps->getPropertyValue("ParaAdjust");
    sal_Int32 nAdjust = 0;
    if (!(aAdjust >>= nAdjust)) {
      sal_Int16 nShort = 0;
      aAdjust >>= nShort;
      nAdjust = nShort;
    }
    info.adjust = nAdjust;
    result.push_back(std::move(info));
  }
  return result;
}

namespace {

/// The body paragraph at `index`, counting paragraphs only (tables are skipped as a whole).
uno::Reference<beans::XPropertySet> paragraphAt(const uno::Reference<lang::XComponent>& xDoc,
                                                size_t index) {
  uno::Reference<text::XTextDocument> xText(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumerationAccess> xAccess(xText->getText(), uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumeration> xParas = xAccess->createEnumeration();
  size_t current = 0;
  while (xParas->hasMoreElements()) {
    uno::Reference<lang::XServiceInfo> xInfo(xParas->nextElement(), uno::UNO_QUERY);
    if (!xInfo.is() || !xInfo->supportsService("com.sun.star.text.Paragraph")) continue;
    if (current++ == index) return uno::Reference<beans::XPropertySet>(xInfo, uno::UNO_QUERY_THROW);
  }
  throw std::out_of_range("no paragraph " + std::to_string(index));
}

}  // namespace

void Office::setParagraphStyle(const uno::Reference<lang::XComponent>& xDoc, size_t index,
                               const std::string& style) {
  paragraphAt(xDoc, index)->setPropertyValue("ParaStyleName", uno::Any(toOUString(style)));
}

void Office::appendParagraph(const uno::Reference<lang::XComponent>& xDoc,
                             const std::string& text) {
  uno::Reference<text::XTextDocument> xDocument(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<text::XText> xText = xDocument->getText();
  if (!xText->getString().isEmpty())
    xText->insertControlCharacter(xText->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
  xText->insertString(xText->getEnd(), toOUString(text), false);
}

void Office::appendToParagraph(const uno::Reference<lang::XComponent>& xDoc, size_t index,
                               const std::string& text) {
  uno::Reference<text::XTextRange> xPara(paragraphAt(xDoc, index), uno::UNO_QUERY_THROW);
  xPara->getText()->insertString(xPara->getEnd(), toOUString(text), false);
}

void Office::appendTable(const uno::Reference<lang::XComponent>& xDoc,
                         const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty() || rows.front().empty()) return;
  uno::Reference<text::XTextDocument> xDocument(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<lang::XMultiServiceFactory> xFactory(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<text::XTextTable> xTable(xFactory->createInstance("com.sun.star.text.TextTable"),
                                          uno::UNO_QUERY_THROW);
  xTable->initialize(static_cast<sal_Int32>(rows.size()),
                     static_cast<sal_Int32>(rows.front().size()));
  uno::Reference<text::XText> xText = xDocument->getText();
  xText->insertTextContent(xText->getEnd(), xTable.get(), false);
  const uno::Sequence<rtl::OUString> aNames = xTable->getCellNames();
  size_t cell = 0;
  for (const auto& row : rows) {
    for (const std::string& value : row) {
      uno::Reference<text::XText> xCell(xTable->getCellByName(aNames[cell++]),
                                        uno::UNO_QUERY_THROW);
      xCell->setString(toOUString(value));
    }
  }
}

std::vector<std::string> Office::tableCellTexts(const uno::Reference<lang::XComponent>& xDoc) {
  std::vector<std::string> result;
  uno::Reference<text::XTextDocument> xText(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumerationAccess> xAccess(xText->getText(), uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumeration> xElements = xAccess->createEnumeration();
  while (xElements->hasMoreElements()) {
    uno::Reference<text::XTextTable> xTable(xElements->nextElement(), uno::UNO_QUERY);
    if (!xTable.is()) continue;
    for (const rtl::OUString& rName : xTable->getCellNames()) {
      uno::Reference<text::XText> xCell(xTable->getCellByName(rName), uno::UNO_QUERY_THROW);
      result.push_back(toUtf8(xCell->getString()));
    }
  }
  return result;
}

void Office::insertParagraphBefore(const uno::Reference<lang::XComponent>& xDoc, size_t index,
                                   const std::string& text) {
  uno::Reference<text::XTextRange> xPara(paragraphAt(xDoc, index), uno::UNO_QUERY_THROW);
  uno::Reference<text::XText> xText = xPara->getText();
  uno::Reference<text::XTextRange> xCursor(xText->createTextCursorByRange(xPara->getStart()),
                                           uno::UNO_QUERY_THROW);
  xText->insertString(xCursor, toOUString(text), false);
  xText->insertControlCharacter(xCursor, text::ControlCharacter::PARAGRAPH_BREAK, false);
}

void Office::moveCursorToStart(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<frame::XModel> xModel(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<text::XTextViewCursorSupplier> xSupplier(xModel->getCurrentController(),
                                                          uno::UNO_QUERY_THROW);
  xSupplier->getViewCursor()->gotoStart(false);
}

void Office::moveCursorToEndOfParagraph(const uno::Reference<lang::XComponent>& xDoc,
                                        size_t index) {
  uno::Reference<text::XTextRange> xPara(paragraphAt(xDoc, index), uno::UNO_QUERY_THROW);
  uno::Reference<frame::XModel> xModel(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<text::XTextViewCursorSupplier> xSupplier(xModel->getCurrentController(),
                                                          uno::UNO_QUERY_THROW);
  xSupplier->getViewCursor()->gotoRange(xPara->getEnd(), false);
}

std::string Office::undoTitle(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<document::XUndoManagerSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<document::XUndoManager> xManager = xSupplier->getUndoManager();
  return xManager->isUndoPossible() ? toUtf8(xManager->getCurrentUndoActionTitle()) : std::string();
}

std::vector<std::string> Office::undoTitles(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<document::XUndoManagerSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
  std::vector<std::string> titles;
  for (const rtl::OUString& rTitle : xSupplier->getUndoManager()->getAllUndoActionTitles())
    titles.push_back(toUtf8(rTitle));
  return titles;
}

sal_Int32 Office::pageStyleValue(const uno::Reference<lang::XComponent>& xDoc,
                                 const char* property) {
  uno::Reference<style::XStyleFamiliesSupplier> xFamilies(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<container::XNameAccess> xPages(
      xFamilies->getStyleFamilies()->getByName("PageStyles"), uno::UNO_QUERY_THROW);
  uno::Reference<beans::XPropertySet> xStyle(xPages->getByName("Standard"), uno::UNO_QUERY_THROW);
  sal_Int32 value = 0;
  xStyle->getPropertyValue(rtl::OUString::createFromAscii(property)) >>= value;
  return value;
}

bool Office::undo(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<document::XUndoManagerSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<document::XUndoManager> xManager = xSupplier->getUndoManager();
  if (!xManager->isUndoPossible()) return false;
  xManager->undo();
  return true;
}

bool Office::responsive() const {
  try {
    return desktop()->getComponents().is();
  } catch (...) {
    return false;
  }
}

size_t nthHeading(const std::vector<ParagraphInfo>& paras, int level, int n) {
  for (size_t i = 0; i < paras.size(); ++i)
    if (paras[i].outlineLevel == level && --n == 0) return i;
  return paras.size();
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

std::vector<std::string> accessibleChildNames(
    const uno::Reference<accessibility::XAccessibleContext>& xContext) {
  std::vector<std::string> names;
  for (sal_Int32 i = 0; i < xContext->getAccessibleChildCount(); ++i)
    names.push_back(
        toUtf8(xContext->getAccessibleChild(i)->getAccessibleContext()->getAccessibleName()));
  return names;
}

}  // namespace chengbao::office
