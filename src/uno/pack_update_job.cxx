// The background check for pack updates: once per office session, when the first Writer document
// opens, the sources of the packs imported from a URL are looked at (at most once a day) on a
// thread of its own, and a newer version is offered in an infobar whose button installs it.
//
// Threads: the job runs on the main thread when a document opens, reads the settings, records
// the check's time and hands plain data to a detached thread: downloads may take up to their
// time limit and must never hold up the office, nor its closing. That thread calls nothing of the
// office but AsyncCallback::addCallback, under a mutex and only while the office has not begun to
// terminate (a terminate listener cuts the link); the notice itself is shown on the main thread.
#include "pack_update_job.hxx"

#include <atomic>
#include <ctime>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XTerminateListener.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <sal/log.hxx>

#include "extension_location.hxx"
#include "messages.hxx"
#include "pack_install.hxx"
#include "pack_update.hpp"
#include "settings.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

constexpr const char* kImplementationName = "org.chengbao.comp.PackUpdateJob";
constexpr const char* kServiceName = "org.chengbao.PackUpdateJob";

/// Set by the first Writer document of the session: the check runs once per session.
std::atomic<bool> g_bStarted{false};

bool isWriterModel(const uno::Reference<frame::XModel>& xModel) {
  return uno::Reference<text::XTextDocument>(xModel, uno::UNO_QUERY).is();
}

uno::Reference<frame::XController> controllerOf(const uno::Reference<frame::XFrame>& xFrame) {
  return xFrame.is() ? xFrame->getController() : nullptr;
}

/// A frame that shows a Writer document: the current one, else the first; null when none.
uno::Reference<frame::XFrame> writerFrame(const uno::Reference<uno::XComponentContext>& xContext) {
  uno::Reference<frame::XDesktop2> xDesktop = frame::Desktop::create(xContext);
  uno::Reference<frame::XFrame> xCurrent = xDesktop->getCurrentFrame();
  uno::Reference<frame::XController> xController = controllerOf(xCurrent);
  if (xController.is() && isWriterModel(xController->getModel())) return xCurrent;
  uno::Reference<container::XIndexAccess> xFrames(xDesktop->getFrames(), uno::UNO_QUERY);
  for (sal_Int32 i = 0; xFrames.is() && i < xFrames->getCount(); ++i) {
    uno::Reference<frame::XFrame> xFrame(xFrames->getByIndex(i), uno::UNO_QUERY);
    xController = controllerOf(xFrame);
    if (xController.is() && isWriterModel(xController->getModel())) return xFrame;
  }
  return nullptr;
}

/// Asks with a message box where no infobar can be shown; Yes dispatches the consent.
void askInMessageBox(const uno::Reference<uno::XComponentContext>& xContext,
                     const uno::Reference<frame::XFrame>& xFrame, const rtl::OUString& rTitle,
                     const rtl::OUString& rText) {
  uno::Reference<awt::XWindowPeer> xPeer(xFrame->getContainerWindow(), uno::UNO_QUERY);
  if (!xPeer.is()) return;
  uno::Reference<awt::XMessageBoxFactory> xFactory(awt::Toolkit::create(xContext),
                                                   uno::UNO_QUERY_THROW);
  uno::Reference<awt::XMessageBox> xBox = xFactory->createMessageBox(
      xPeer, awt::MessageBoxType_QUERYBOX, awt::MessageBoxButtons::BUTTONS_YES_NO, rTitle, rText);
  if (!xBox.is() || xBox->execute() != awt::MessageBoxResults::YES) return;
  uno::Reference<frame::XDispatchProvider> xProvider(xFrame, uno::UNO_QUERY_THROW);
  frame::DispatchHelper::create(xContext)->executeDispatch(
      xProvider, rtl::OUString::createFromAscii(kPackUpdateConsent), "", 0, {});
}

/// Tells the user of the newer versions found; runs on the main thread.
class UpdateNotice : public cppu::WeakImplHelper1<awt::XCallback> {
 public:
  UpdateNotice(const uno::Reference<uno::XComponentContext>& xContext,
               std::vector<PackOffer> aOffers)
      : m_xContext(xContext), m_aOffers(std::move(aOffers)) {}

  void SAL_CALL notify(const uno::Any&) override {
    // On the main loop: nothing may escape (it would abort the office).
    try {
      show();
    } catch (const uno::Exception& rException) {
      SAL_WARN("chengbao", "pack update notice: " << rException.Message);
    } catch (...) {
      SAL_WARN("chengbao", "pack update notice failed");
    }
  }

 private:
  void show() {
    const rtl::OUString aLanguage = uiLanguage(m_xContext);
    rtl::OUString aText;
    for (const PackOffer& rOffer : m_aOffers) {
      if (!aText.isEmpty()) aText += " ";
      aText +=
          message(Message::PackUpdateOffered, aLanguage)
              .replaceFirst("%1", toOUString(pack_name(rOffer.offered, coreLanguage(aLanguage))))
              .replaceFirst("%2", toOUString(rOffer.offered.version.text))
              .replaceFirst("%3", toOUString(rOffer.source.version));
    }
    const rtl::OUString aTitle = message(Message::PackUpdateTitle, aLanguage);
    const uno::Reference<frame::XFrame> xFrame = writerFrame(m_xContext);
    if (!xFrame.is()) return;  // every Writer window closed meanwhile: next session, then
    try {
      uno::Reference<frame::XInfobarProvider> xInfobars(controllerOf(xFrame), uno::UNO_QUERY_THROW);
      const rtl::OUString aId = rtl::OUString::createFromAscii(kPackUpdateInfobar);
      if (xInfobars->hasInfobar(aId)) xInfobars->removeInfobar(aId);
      uno::Sequence<beans::StringPair> aButtons(1);
      aButtons.getArray()[0] =
          beans::StringPair(message(Message::PackUpdateInstall, aLanguage),
                            rtl::OUString::createFromAscii(kPackUpdateConsent));
      xInfobars->appendInfobar(aId, aTitle, aText, frame::InfobarType::INFO, aButtons, true);
    } catch (const uno::RuntimeException&) {
      // A window without infobars: ask in a message box instead.
      askInMessageBox(m_xContext, xFrame, aTitle, aText);
    }
  }

  uno::Reference<uno::XComponentContext> m_xContext;
  std::vector<PackOffer> m_aOffers;
};

/// What the background thread may reach of the office: cut when the office terminates, after
/// which the thread calls nothing of it.
struct OfficeLink {
  std::mutex aMutex;
  uno::Reference<uno::XComponentContext> xContext;
  uno::Reference<awt::XRequestCallback> xAsync;

  void cut() noexcept {
    const std::lock_guard<std::mutex> aGuard(aMutex);
    xAsync.clear();
    xContext.clear();
  }
};

class TerminateListener : public cppu::WeakImplHelper1<frame::XTerminateListener> {
 public:
  explicit TerminateListener(std::shared_ptr<OfficeLink> pLink) : m_pLink(std::move(pLink)) {}
  void SAL_CALL queryTermination(const lang::EventObject&) override {}
  void SAL_CALL notifyTermination(const lang::EventObject&) override { m_pLink->cut(); }
  void SAL_CALL disposing(const lang::EventObject&) override { m_pLink->cut(); }

 private:
  std::shared_ptr<OfficeLink> m_pLink;
};

/// Checks the sources on this thread and posts the notice to the main loop; never throws.
void checkInBackground(const std::shared_ptr<OfficeLink>& pLink,
                       const std::vector<PackSource>& rSources, const std::string& rScratchDir,
                       const PackOptions& rOptions) noexcept {
  try {
    PackUpdateCheck aCheck = check_pack_updates(rSources, rScratchDir, rOptions);
    for (const PackCheckFailure& rFailure : aCheck.failures)
      SAL_WARN("chengbao", "pack update check: " << rFailure.error.to_string().c_str());
    if (aCheck.updates.empty()) return;
    const std::lock_guard<std::mutex> aGuard(pLink->aMutex);
    if (!pLink->xAsync.is()) return;  // the office is terminating
    uno::Reference<awt::XCallback> xNotice(
        new UpdateNotice(pLink->xContext, std::move(aCheck.updates)));
    pLink->xAsync->addCallback(xNotice, uno::Any());
  } catch (...) {
    // Nothing to tell: the next session checks again.
  }
}

class PackUpdateJob : public cppu::WeakImplHelper2<task::XJob, lang::XServiceInfo> {
 public:
  explicit PackUpdateJob(const uno::Reference<uno::XComponentContext>& xContext)
      : m_xContext(xContext) {}

  // XJob: called on the main thread for the document events Jobs.xcu names.
  uno::Any SAL_CALL execute(const uno::Sequence<beans::NamedValue>& rArgs) override {
    try {
      start(rArgs);
    } catch (const uno::Exception& rException) {
      SAL_WARN("chengbao", "pack update job: " << rException.Message);
    } catch (...) {
      SAL_WARN("chengbao", "pack update job failed");
    }
    return uno::Any();
  }

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override {
    return packUpdateJobImplementationName();
  }
  sal_Bool SAL_CALL supportsService(const rtl::OUString& rName) override {
    return cppu::supportsService(this, rName);
  }
  uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
    return packUpdateJobServiceNames();
  }

 private:
  void start(const uno::Sequence<beans::NamedValue>& rArgs) {
    uno::Reference<frame::XModel> xModel;
    for (const beans::NamedValue& rArg : rArgs) {
      uno::Sequence<beans::NamedValue> aEnvironment;
      if (rArg.Name != "Environment" || !(rArg.Value >>= aEnvironment)) continue;
      for (const beans::NamedValue& rValue : aEnvironment)
        if (rValue.Name == "Model") rValue.Value >>= xModel;
    }
    if (!isWriterModel(xModel) || g_bStarted.exchange(true)) return;

    const Settings aSettings = readSettings(m_xContext);
    const std::int64_t nNow = std::time(nullptr);
    if (aSettings.packSources.empty() || !pack_update_due(aSettings.lastUpdateCheck, nNow)) return;
    writeLastUpdateCheck(m_xContext, nNow);

    auto pLink = std::make_shared<OfficeLink>();
    pLink->xContext = m_xContext;
    pLink->xAsync = awt::AsyncCallback::create(m_xContext);
    frame::Desktop::create(m_xContext)->addTerminateListener(new TerminateListener(pLink));
    PackOptions aOptions;
    aOptions.shipped_dir = shippedTemplateDir(m_xContext);
    // Detached: the office never waits for a download to end, not even when it closes.
    std::thread([pLink, aSources = aSettings.packSources, aScratch = userPacksDir(m_xContext),
                 aOptions]() noexcept {
      checkInBackground(pLink, aSources, aScratch, aOptions);
    }).detach();
  }

  uno::Reference<uno::XComponentContext> m_xContext;
};

}  // namespace

void removePackUpdateNotice(const uno::Reference<frame::XFrame>& xFrame) noexcept {
  try {
    uno::Reference<frame::XInfobarProvider> xInfobars(controllerOf(xFrame), uno::UNO_QUERY);
    const rtl::OUString aId = rtl::OUString::createFromAscii(kPackUpdateInfobar);
    if (xInfobars.is() && xInfobars->hasInfobar(aId)) xInfobars->removeInfobar(aId);
  } catch (...) {
    // A window closing meanwhile: nothing left to remove.
  }
}

uno::Reference<uno::XInterface> SAL_CALL
createPackUpdateJob(const uno::Reference<uno::XComponentContext>& xContext) {
  return static_cast<cppu::OWeakObject*>(new PackUpdateJob(xContext));
}

rtl::OUString SAL_CALL packUpdateJobImplementationName() {
  return rtl::OUString::createFromAscii(kImplementationName);
}

uno::Sequence<rtl::OUString> SAL_CALL packUpdateJobServiceNames() {
  uno::Sequence<rtl::OUString> aNames(1);
  aNames.getArray()[0] = rtl::OUString::createFromAscii(kServiceName);
  return aNames;
}

}  // namespace chengbao::ext
