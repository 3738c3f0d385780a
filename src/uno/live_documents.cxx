#include "live_documents.hxx"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/DocumentEvent.hpp>
#include <com/sun/star/document/XDocumentEventBroadcaster.hpp>
#include <com/sun/star/document/XDocumentEventListener.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/theGlobalEventBroadcaster.hpp>
#include <com/sun/star/lang/EventObject.hpp>
#include <com/sun/star/linguistic2/LinguServiceEvent.hpp>
#include <com/sun/star/linguistic2/LinguServiceEventFlags.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/util/XCloseBroadcaster.hpp>
#include <com/sun/star/util/XCloseListener.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/weakref.hxx>

#include "document_model.hxx"
#include "document_record.hpp"
#include "extension_location.hxx"
#include "proofreader.hxx"
#include "template_library.hpp"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

using Clock = std::chrono::steady_clock;

// A document read in less than this is read again at every change (a report of 500 paragraphs
// reads in some 15 ms); a longer one at most a tenth of the time (one that takes 300 ms no
// sooner than 3 s after its last reading), so that typing in it stays fluent.
constexpr Clock::duration kReadAtOnce = std::chrono::milliseconds(20);
constexpr int kShareOfTime = 10;
// Texts answered without their document kept per document id, to check once it is read.
constexpr std::size_t kKeptUnplaced = 4096;

// One open Writer document and its last reading. Guarded by Impl::aMutex.
struct Entry {
  uno::WeakReference<text::XTextDocument> xDoc;
  const uno::XInterface* pIdentity = nullptr;  // compared only, never called
  bool stale = true;                           // changed since it was read (or never read)
  bool gone = false;                           // closing or closed: never read again
  bool rejected = false;                       // its reading failed; tried again after a change
  std::shared_ptr<const LiveContext> context;
  std::shared_ptr<const ReportTemplate> recorded;
  std::shared_ptr<const ReportTemplate> judgedWith;  // the default template it was read with
  bool traditional = false;                          // its text is in Traditional characters
  Clock::time_point built;
  Clock::duration cost{};
};

// What the office has asked about under one document id.
struct Asked {
  std::shared_ptr<Entry> entry;              // the document it means, once told
  bool surveyed = false;                     // a look for newly opened documents was asked for it
  std::unordered_set<std::string> unplaced;  // texts answered before its document was read
};

const uno::XInterface* identityOf(const uno::Reference<uno::XInterface>& x) {
  return uno::Reference<uno::XInterface>(x, uno::UNO_QUERY).get();
}

Clock::time_point dueAt(const Entry& rEntry) {
  if (rEntry.context == nullptr || rEntry.cost < kReadAtOnce) return Clock::time_point::min();
  return rEntry.built + kShareOfTime * rEntry.cost;
}

bool due(const Entry& rEntry) { return Clock::now() >= dueAt(rEntry); }

}  // namespace

struct LiveDocuments::Impl : std::enable_shared_from_this<Impl> {
  uno::Reference<uno::XComponentContext> xContext;
  Language eLanguage = Language::ZhCN;
  uno::Reference<awt::XCallback> xOnMainLoop;  // the callback posted to the main loop

  std::mutex aMutex;  // never held while calling the office
  std::vector<std::shared_ptr<Entry>> aEntries;
  std::map<rtl::OUString, Asked> aAsked;
  std::map<std::pair<std::string, bool>, std::shared_ptr<const ReportTemplate>> aTemplates;
  bool bPosted = false;       // a callback is on its way to the main loop
  bool bSurveyDue = false;    // look for documents not known yet
  bool bAnotherPass = false;  // ask the office to check again
  std::vector<std::pair<uno::Reference<linguistic2::XLinguServiceEventListener>,
                        uno::WeakReference<uno::XInterface>>>
      aListeners;

  // Posts the main-loop callback unless one is on its way. Safe from any thread.
  void post(bool bSurvey, bool bPass) noexcept {
    bool bPost = false;
    {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      bSurveyDue = bSurveyDue || bSurvey;
      bAnotherPass = bAnotherPass || bPass;
      bPost = !bPosted;
      bPosted = true;
    }
    if (!bPost) return;
    try {
      awt::AsyncCallback::create(xContext)->addCallback(xOnMainLoop, uno::Any());
    } catch (...) {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      bPosted = false;  // the office is going down: nothing left to read
    }
  }

  void markStale(const std::weak_ptr<Entry>& pWeak) {
    const std::shared_ptr<Entry> pEntry = pWeak.lock();
    if (!pEntry) return;
    {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      if (pEntry->gone) return;
      pEntry->stale = true;
      pEntry->rejected = false;
    }
    post(false, false);
  }

  void markGone(const std::weak_ptr<Entry>& pWeak) {
    if (const std::shared_ptr<Entry> pEntry = pWeak.lock()) {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      pEntry->gone = true;
    }
  }

  // A long document changed before it is due to be read again: the main loop is asked again at
  // `at` (by a thread of its own that only waits; never destroyed, like the rest).
  std::mutex aTimerMutex;
  std::condition_variable aTimerWake;
  std::optional<Clock::time_point> oTimer;
  bool bTimerThread = false;

  void postAt(Clock::time_point at) noexcept {
    try {
      const std::lock_guard<std::mutex> aGuard(aTimerMutex);
      if (oTimer && *oTimer <= at) return;
      oTimer = at;
      if (!bTimerThread) {
        bTimerThread = true;
        std::thread([pWeak = weak_from_this()] {
          for (;;) {
            const std::shared_ptr<Impl> pImpl = pWeak.lock();
            if (!pImpl) return;
            std::unique_lock<std::mutex> aLock(pImpl->aTimerMutex);
            if (!pImpl->oTimer) {
              pImpl->aTimerWake.wait(aLock);
              continue;
            }
            const Clock::time_point at = *pImpl->oTimer;
            if (pImpl->aTimerWake.wait_until(aLock, at) == std::cv_status::timeout &&
                pImpl->oTimer == at) {
              pImpl->oTimer.reset();
              aLock.unlock();
              pImpl->post(false, false);
            }
          }
        }).detach();
      }
      aTimerWake.notify_one();
    } catch (...) {
      // No thread: the document is read at its next change.
    }
  }

  // The rest runs on the main thread only.

  void onMainLoop();
  std::shared_ptr<Entry> entryOf(const uno::Reference<text::XTextDocument>& xDoc);
  void survey();
  bool read(const std::shared_ptr<Entry>& pEntry, const LiveSettings& rSettings);
  std::shared_ptr<const ReportTemplate> recordedTemplate(const std::string& rId, bool bTraditional);
  void tellListeners();
};

namespace {

class MainLoopCallback : public cppu::WeakImplHelper1<awt::XCallback> {
 public:
  explicit MainLoopCallback(std::weak_ptr<LiveDocuments::Impl> pImpl) : m_pImpl(std::move(pImpl)) {}
  void SAL_CALL notify(const uno::Any&) override {
    if (auto pImpl = m_pImpl.lock()) pImpl->onMainLoop();  // catches all itself
  }

 private:
  std::weak_ptr<LiveDocuments::Impl> m_pImpl;
};

// Marks its document changed on every change, gone as it closes.
class DocumentListener : public cppu::WeakImplHelper2<util::XModifyListener, util::XCloseListener> {
 public:
  DocumentListener(std::weak_ptr<LiveDocuments::Impl> pImpl, std::weak_ptr<Entry> pEntry)
      : m_pImpl(std::move(pImpl)), m_pEntry(std::move(pEntry)) {}
  void SAL_CALL modified(const lang::EventObject&) override {
    if (auto pImpl = m_pImpl.lock()) pImpl->markStale(m_pEntry);
  }
  void SAL_CALL queryClosing(const lang::EventObject&, sal_Bool) override {}
  void SAL_CALL notifyClosing(const lang::EventObject&) override { gone(); }
  void SAL_CALL disposing(const lang::EventObject&) override { gone(); }

 private:
  void gone() {
    if (auto pImpl = m_pImpl.lock()) pImpl->markGone(m_pEntry);
  }
  std::weak_ptr<LiveDocuments::Impl> m_pImpl;
  std::weak_ptr<Entry> m_pEntry;
};

// Looks for the documents that open or are made from a template.
class OpeningListener : public cppu::WeakImplHelper1<document::XDocumentEventListener> {
 public:
  explicit OpeningListener(std::weak_ptr<LiveDocuments::Impl> pImpl) : m_pImpl(std::move(pImpl)) {}
  void SAL_CALL documentEventOccured(const document::DocumentEvent& rEvent) override {
    if (rEvent.EventName != "OnLoad" && rEvent.EventName != "OnNew" &&
        rEvent.EventName != "OnViewCreated")
      return;
    if (auto pImpl = m_pImpl.lock()) pImpl->post(true, false);
  }
  void SAL_CALL disposing(const lang::EventObject&) override {}

 private:
  std::weak_ptr<LiveDocuments::Impl> m_pImpl;
};

}  // namespace

void LiveDocuments::Impl::onMainLoop() {
  try {
    bool bSurvey = false;
    {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      bPosted = false;
      bSurvey = bSurveyDue;
      bSurveyDue = false;
    }
    const LiveSettings aSettings = liveSettings(xContext);
    if (bSurvey) survey();
    std::vector<std::shared_ptr<Entry>> aDue;
    std::optional<Clock::time_point> oLater;
    {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      for (const auto& pEntry : aEntries) {
        const bool bSettingsChanged =
            pEntry->context != nullptr &&
            pEntry->judgedWith !=
                (pEntry->traditional ? aSettings.traditional : aSettings.simplified);
        if (bSettingsChanged) pEntry->stale = true;
        if (pEntry->gone || pEntry->rejected || !pEntry->stale) continue;
        if (due(*pEntry))
          aDue.push_back(pEntry);
        else if (!oLater || dueAt(*pEntry) < *oLater)
          oLater = dueAt(*pEntry);
      }
    }
    if (oLater) postAt(*oLater);
    bool bChanged = false;
    for (const auto& pEntry : aDue) bChanged = read(pEntry, aSettings) || bChanged;
    bool bPass = false;
    {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      bPass = bAnotherPass || bChanged;
      bAnotherPass = false;
    }
    if (bPass) tellListeners();
  } catch (...) {
    // Nothing escapes into the office's main loop; the paragraphs keep their own judgement.
  }
}

std::shared_ptr<Entry> LiveDocuments::Impl::entryOf(
    const uno::Reference<text::XTextDocument>& xDoc) {
  const uno::XInterface* pIdentity = identityOf(xDoc);
  {
    const std::lock_guard<std::mutex> aGuard(aMutex);
    for (const auto& pEntry : aEntries)
      if (pEntry->pIdentity == pIdentity && !pEntry->gone) return pEntry;
  }
  auto pEntry = std::make_shared<Entry>();
  pEntry->xDoc = xDoc;
  pEntry->pIdentity = pIdentity;
  const uno::Reference<DocumentListener> xListener(new DocumentListener(weak_from_this(), pEntry));
  uno::Reference<util::XModifyBroadcaster> xModify(xDoc, uno::UNO_QUERY);
  if (xModify.is()) xModify->addModifyListener(xListener.get());
  uno::Reference<util::XCloseBroadcaster> xClose(xDoc, uno::UNO_QUERY);
  if (xClose.is()) xClose->addCloseListener(xListener.get());
  const std::lock_guard<std::mutex> aGuard(aMutex);
  aEntries.push_back(pEntry);
  return pEntry;
}

void LiveDocuments::Impl::survey() {
  const uno::Reference<container::XEnumeration> xComponents =
      frame::Desktop::create(xContext)->getComponents()->createEnumeration();
  while (xComponents->hasMoreElements()) {
    const uno::Reference<text::XTextDocument> xDoc(xComponents->nextElement(), uno::UNO_QUERY);
    if (xDoc.is()) entryOf(xDoc);
  }
}

std::shared_ptr<const ReportTemplate> LiveDocuments::Impl::recordedTemplate(const std::string& rId,
                                                                            bool bTraditional) {
  {
    const std::lock_guard<std::mutex> aGuard(aMutex);
    auto it = aTemplates.find({rId, bTraditional});
    if (it != aTemplates.end()) return it->second;
  }
  std::shared_ptr<const ReportTemplate> pTemplate;
  auto aLoaded =
      find_template(rId, shippedTemplateDir(xContext), bTraditional ? "zh-Hant" : "zh-Hans");
  if (auto* pLoaded = std::get_if<ReportTemplate>(&aLoaded))
    pTemplate = std::make_shared<const ReportTemplate>(std::move(*pLoaded));
  const std::lock_guard<std::mutex> aGuard(aMutex);
  aTemplates[{rId, bTraditional}] = pTemplate;
  return pTemplate;
}

// Reads the document (its text: the live rules do not judge the look) and checks it as the
// Check panel does: with the template the report records, else with the default template's
// rule settings. True when a paragraph the office has
// been answered for is judged otherwise now.
bool LiveDocuments::Impl::read(const std::shared_ptr<Entry>& pEntry,
                               const LiveSettings& rSettings) {
  const uno::Reference<text::XTextDocument> xDoc(pEntry->xDoc);
  {
    const std::lock_guard<std::mutex> aGuard(aMutex);
    if (!xDoc.is()) pEntry->gone = true;
    if (pEntry->gone) return false;
  }
  // A document still loading, or closing, has no controller: it is read once it has one (the
  // office announces its view), never half made or half gone.
  try {
    const uno::Reference<frame::XModel> xModel(xDoc, uno::UNO_QUERY);
    if (!xModel.is() || !xModel->getCurrentController().is()) return false;
  } catch (...) {
    return false;
  }
  {
    const std::lock_guard<std::mutex> aGuard(aMutex);
    pEntry->stale = false;
  }
  const Clock::time_point aStart = Clock::now();
  Document aDocument;
  try {
    aDocument = readDocumentText(xDoc);
  } catch (...) {
    // Disposed under us, or a shape the reader does not know: its paragraphs keep their own
    // judgement until it changes.
    const std::lock_guard<std::mutex> aGuard(aMutex);
    pEntry->rejected = true;
    return false;
  }
  const bool bTraditional = document_script(aDocument) == "zh-Hant";
  const std::string aRecordedId = read_record(aDocument.properties).template_id;
  std::shared_ptr<const ReportTemplate> pRecorded =
      aRecordedId.empty() ? nullptr : recordedTemplate(aRecordedId, bTraditional);
  std::shared_ptr<const ReportTemplate> pDefault =
      bTraditional ? rSettings.traditional : rSettings.simplified;
  CheckOptions aOptions;
  aOptions.language = eLanguage;
  aOptions.report_template = pRecorded.get();
  auto pContext = std::make_shared<const LiveContext>(
      aDocument, aOptions, pRecorded == nullptr && pDefault ? &pDefault->checker : nullptr);
  // The judgement the office was given: by the last reading, or by the text alone for the texts
  // answered before this document was read.
  std::shared_ptr<const LiveContext> pBefore;
  std::shared_ptr<const ReportTemplate> pBeforeTemplate;
  std::vector<std::string> aUnplaced;
  {
    const std::lock_guard<std::mutex> aGuard(aMutex);
    pBefore = pEntry->context;
    pBeforeTemplate = pEntry->recorded ? pEntry->recorded : pEntry->judgedWith;
    for (auto& [rId, rAsked] : aAsked) {
      if (rAsked.entry != pEntry) continue;
      aUnplaced.insert(aUnplaced.end(), rAsked.unplaced.begin(), rAsked.unplaced.end());
      rAsked.unplaced.clear();
    }
  }
  CheckOptions aNow = aOptions;
  aNow.report_template = pRecorded ? pRecorded.get() : pDefault.get();
  CheckOptions aAlone = aOptions;
  aAlone.report_template = pDefault.get();
  CheckOptions aThen = aOptions;
  aThen.report_template = pBeforeTemplate.get();
  bool bChanged = judged_differently(aUnplaced, {nullptr, &aAlone}, {pContext.get(), &aNow});
  if (!bChanged && pBefore) {
    std::vector<std::string> aTexts = pBefore->texts();
    const std::vector<std::string> aNew = pContext->texts();
    aTexts.insert(aTexts.end(), aNew.begin(), aNew.end());
    bChanged = judged_differently(aTexts, {pBefore.get(), &aThen}, {pContext.get(), &aNow});
  }
  const std::lock_guard<std::mutex> aGuard(aMutex);
  pEntry->context = std::move(pContext);
  pEntry->recorded = std::move(pRecorded);
  pEntry->judgedWith = std::move(pDefault);
  pEntry->traditional = bTraditional;
  pEntry->built = Clock::now();
  pEntry->cost = pEntry->built - aStart;
  return bChanged;
}

void LiveDocuments::Impl::tellListeners() {
  std::vector<std::pair<uno::Reference<linguistic2::XLinguServiceEventListener>,
                        uno::WeakReference<uno::XInterface>>>
      aCopy;
  {
    const std::lock_guard<std::mutex> aGuard(aMutex);
    aCopy = aListeners;
  }
  for (const auto& [xListener, xWeakSource] : aCopy) {
    const uno::Reference<uno::XInterface> xSource(xWeakSource);
    if (!xSource.is()) continue;
    try {
      xListener->processLinguServiceEvent(linguistic2::LinguServiceEvent(
          xSource, linguistic2::LinguServiceEventFlags::PROOFREAD_AGAIN));
    } catch (...) {
      // A listener gone away: the others are told still.
    }
  }
}

namespace {
std::mutex g_aInstanceMutex;
LiveDocuments* g_pInstance = nullptr;
}  // namespace

LiveDocuments::LiveDocuments(std::shared_ptr<Impl> pImpl) : m_pImpl(std::move(pImpl)) {}

LiveDocuments& LiveDocuments::instance(const uno::Reference<uno::XComponentContext>& xContext,
                                       Language eLanguage) {
  const std::lock_guard<std::mutex> aGuard(g_aInstanceMutex);
  if (g_pInstance != nullptr) return *g_pInstance;
  auto pImpl = std::make_shared<Impl>();
  pImpl->xContext = xContext;
  pImpl->eLanguage = eLanguage;
  pImpl->xOnMainLoop = new MainLoopCallback(pImpl);
  g_pInstance = new LiveDocuments(pImpl);  // never deleted, see the header
  try {
    uno::Reference<document::XDocumentEventBroadcaster> xBroadcaster(
        frame::theGlobalEventBroadcaster::get(xContext), uno::UNO_QUERY_THROW);
    xBroadcaster->addDocumentEventListener(new OpeningListener(pImpl));
  } catch (...) {
    // No broadcaster (the office is going down): documents are looked for when asked about.
  }
  pImpl->post(true, false);  // the documents open before the live check started
  return *g_pInstance;
}

LiveDocuments* LiveDocuments::made() {
  const std::lock_guard<std::mutex> aGuard(g_aInstanceMutex);
  return g_pInstance;
}

LiveDocument LiveDocuments::find(const rtl::OUString& rDocumentId, const rtl::OUString& rText,
                                 const LiveSettings& rSettings) noexcept {
  try {
    Impl& rImpl = *m_pImpl;
    const std::string aText = toUtf8(rText);
    bool bSurvey = false;
    bool bRead = false;
    std::vector<std::string> aUnplaced;  // to judge again once the document is told
    std::shared_ptr<Entry> pEntry;
    bool bTraditional = false;
    LiveDocument aFound;
    {
      const std::lock_guard<std::mutex> aGuard(rImpl.aMutex);
      // Closed documents and the ids that meant them are forgotten (the office never reuses
      // an id).
      for (auto it = rImpl.aAsked.begin(); it != rImpl.aAsked.end();)
        it = it->second.entry && it->second.entry->gone ? rImpl.aAsked.erase(it) : std::next(it);
      rImpl.aEntries.erase(std::remove_if(rImpl.aEntries.begin(), rImpl.aEntries.end(),
                                          [](const std::shared_ptr<Entry>& p) { return p->gone; }),
                           rImpl.aEntries.end());
      Asked& rAsked = rImpl.aAsked[rDocumentId];
      if (!rAsked.entry) {
        // Which document: the only one not told yet, read, that holds this text, while no
        // other unread one might.
        std::vector<const Entry*> aTold;
        for (const auto& [rId, rOther] : rImpl.aAsked)
          if (rOther.entry) aTold.push_back(rOther.entry.get());
        std::shared_ptr<Entry> pMatch;
        int nMatches = 0;
        bool bUnread = false;
        for (const auto& pCandidate : rImpl.aEntries) {
          if (std::find(aTold.begin(), aTold.end(), pCandidate.get()) != aTold.end()) continue;
          if (!pCandidate->context) {
            bUnread = bUnread || !pCandidate->rejected;
            continue;
          }
          if (pCandidate->context->holds(aText)) {
            pMatch = pCandidate;
            ++nMatches;
          }
        }
        if (nMatches == 1 && !bUnread) {
          rAsked.entry = pMatch;
          aUnplaced.assign(rAsked.unplaced.begin(), rAsked.unplaced.end());
          rAsked.unplaced.clear();
        } else {
          if (rAsked.unplaced.size() < kKeptUnplaced) rAsked.unplaced.insert(aText);
          // A document opened in a way the office did not announce: looked for once.
          bSurvey = !rAsked.surveyed && nMatches == 0;
          rAsked.surveyed = true;
        }
      }
      pEntry = rAsked.entry;
      if (pEntry) {
        const bool bSettingsChanged =
            pEntry->context != nullptr &&
            pEntry->judgedWith !=
                (pEntry->traditional ? rSettings.traditional : rSettings.simplified);
        if (bSettingsChanged) pEntry->stale = true;
        bRead = pEntry->stale && !pEntry->rejected && due(*pEntry);
        bTraditional = pEntry->traditional;
        if (pEntry->context) {
          aFound = {pEntry->context, pEntry->recorded};
        } else if (rAsked.unplaced.size() < kKeptUnplaced) {
          rAsked.unplaced.insert(aText);
        }
      }
    }
    if (bSurvey || bRead) rImpl.post(bSurvey, false);
    // Texts answered by themselves before the document was told: if its reading judges one
    // otherwise, the office checks again.
    if (!aUnplaced.empty() && aFound.context) {
      CheckOptions aAlone;
      aAlone.language = rImpl.eLanguage;
      aAlone.report_template = (bTraditional ? rSettings.traditional : rSettings.simplified).get();
      CheckOptions aNow = aAlone;
      if (aFound.recorded) aNow.report_template = aFound.recorded.get();
      if (judged_differently(aUnplaced, {nullptr, &aAlone}, {aFound.context.get(), &aNow}))
        rImpl.post(false, true);
    }
    return aFound;
  } catch (...) {
    return {};  // the paragraph's own text decides
  }
}

void LiveDocuments::addListener(
    const uno::Reference<linguistic2::XLinguServiceEventListener>& xListener,
    const uno::Reference<uno::XInterface>& xSource) noexcept {
  if (!xListener.is()) return;
  try {
    const std::lock_guard<std::mutex> aGuard(m_pImpl->aMutex);
    m_pImpl->aListeners.emplace_back(xListener, xSource);
  } catch (...) {
  }
}

void LiveDocuments::removeListener(
    const uno::Reference<linguistic2::XLinguServiceEventListener>& xListener) noexcept {
  try {
    const std::lock_guard<std::mutex> aGuard(m_pImpl->aMutex);
    auto& rListeners = m_pImpl->aListeners;
    rListeners.erase(std::remove_if(rListeners.begin(), rListeners.end(),
                                    [&](const auto& rPair) { return rPair.first == xListener; }),
                     rListeners.end());
  } catch (...) {
  }
}

void LiveDocuments::askForAnotherPass() noexcept { m_pImpl->post(false, true); }

}  // namespace chengbao::ext
