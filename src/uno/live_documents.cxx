#include "live_documents.hxx"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/EventObject.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
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

// Distinct paragraph texts up to which a changed document is read again at once (a report of
// 2,000 paragraphs reads in some 40 ms).
constexpr std::size_t kAlwaysReadAgain = 2000;

// One open document: the last reading of it and whether it has changed since.
struct Entry {
  uno::WeakReference<text::XTextDocument> xDoc;
  const uno::XInterface* pIdentity = nullptr;  // compared only, never called
  std::atomic<bool> stale{true};
  std::atomic<bool> gone{false};
  std::mutex aBuilding;  // one reading at a time; another thread uses the last one meanwhile

  // Guarded by the owner's mutex:
  std::shared_ptr<const LiveContext> context;
  std::shared_ptr<const ReportTemplate> recorded;
  std::shared_ptr<const std::unordered_set<std::string>> texts;
  const ReportTemplate* pSettingsOf = nullptr;  // the default template it was made with
  Clock::time_point built;
  Clock::duration cost{};
};

// Marks the entry stale on every change of its document, gone when the document closes.
class ChangeListener : public cppu::WeakImplHelper1<util::XModifyListener> {
 public:
  explicit ChangeListener(std::weak_ptr<Entry> pEntry) : m_pEntry(std::move(pEntry)) {}
  void SAL_CALL modified(const lang::EventObject&) override {
    if (auto pEntry = m_pEntry.lock()) pEntry->stale = true;
  }
  void SAL_CALL disposing(const lang::EventObject&) override {
    if (auto pEntry = m_pEntry.lock()) pEntry->gone = true;
  }

 private:
  std::weak_ptr<Entry> m_pEntry;
};

const uno::XInterface* identityOf(const uno::Reference<uno::XInterface>& x) {
  return uno::Reference<uno::XInterface>(x, uno::UNO_QUERY).get();
}

}  // namespace

struct LiveDocuments::Impl {
  uno::Reference<uno::XComponentContext> xContext;
  Language eLanguage;
  std::mutex aMutex;  // never held while calling the office
  std::map<rtl::OUString, std::shared_ptr<Entry>> aById;
  std::vector<std::shared_ptr<Entry>> aEntries;  // every document read, bound to an id or not
  std::map<std::pair<std::string, std::string>, std::shared_ptr<const ReportTemplate>> aTemplates;

  std::shared_ptr<const ReportTemplate> recordedTemplate(const std::string& rId,
                                                         const std::string& rScript) {
    {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      auto it = aTemplates.find({rId, rScript});
      if (it != aTemplates.end()) return it->second;
    }
    std::shared_ptr<const ReportTemplate> pTemplate;
    auto aLoaded = find_template(rId, extensionDirectory(xContext) + "/templates", rScript);
    if (auto* pLoaded = std::get_if<ReportTemplate>(&aLoaded))
      pTemplate = std::make_shared<const ReportTemplate>(std::move(*pLoaded));
    const std::lock_guard<std::mutex> aGuard(aMutex);
    aTemplates[{rId, rScript}] = pTemplate;
    return pTemplate;
  }

  // Reads the document again and checks it, as the Check panel does: with the template the
  // report records, else with none (the default template's rule settings applied).
  void build(Entry& rEntry, const LiveSettings& rSettings) {
    const std::unique_lock<std::mutex> aBuilding(rEntry.aBuilding, std::try_to_lock);
    if (!aBuilding.owns_lock()) return;
    uno::Reference<text::XTextDocument> xDoc(rEntry.xDoc);
    if (!xDoc.is()) {
      rEntry.gone = true;
      return;
    }
    const Clock::time_point aStart = Clock::now();
    rEntry.stale = false;  // a change while it is read marks it again
    const Document aDocument = readDocument(xDoc);
    const std::string aScript = document_script(aDocument);
    const std::string aRecordedId = read_record(aDocument.properties).template_id;
    std::shared_ptr<const ReportTemplate> pRecorded =
        aRecordedId.empty() ? nullptr : recordedTemplate(aRecordedId, aScript);
    const ReportTemplate* pDefault =
        (aScript == "zh-Hant" ? rSettings.traditional : rSettings.simplified).get();
    CheckOptions aOptions;
    aOptions.language = eLanguage;
    aOptions.report_template = pRecorded.get();
    auto pContext = std::make_shared<const LiveContext>(
        aDocument, aOptions, pDefault != nullptr ? &pDefault->checker : nullptr);
    auto pTexts = std::make_shared<std::unordered_set<std::string>>();
    for (const Paragraph& rParagraph : aDocument.paragraphs) pTexts->insert(rParagraph.text);
    const std::lock_guard<std::mutex> aGuard(aMutex);
    rEntry.context = std::move(pContext);
    rEntry.recorded = std::move(pRecorded);
    rEntry.texts = std::move(pTexts);
    rEntry.pSettingsOf = pDefault;
    rEntry.built = Clock::now();
    rEntry.cost = rEntry.built - aStart;
  }

  // The entry of an open Writer document, made and listened to on first sight.
  std::shared_ptr<Entry> entryOf(const uno::Reference<text::XTextDocument>& xDoc) {
    const uno::XInterface* pIdentity = identityOf(xDoc);
    {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      for (const auto& pEntry : aEntries)
        if (pEntry->pIdentity == pIdentity && !pEntry->gone) return pEntry;
    }
    auto pEntry = std::make_shared<Entry>();
    pEntry->xDoc = xDoc;
    pEntry->pIdentity = pIdentity;
    uno::Reference<util::XModifyBroadcaster> xBroadcaster(xDoc, uno::UNO_QUERY);
    if (xBroadcaster.is()) xBroadcaster->addModifyListener(new ChangeListener(pEntry));
    const std::lock_guard<std::mutex> aGuard(aMutex);
    aEntries.push_back(pEntry);
    return pEntry;
  }

  // Which open document the office means by an id it has not used before: the only Writer
  // document not yet known by another id, else the only one holding a paragraph that reads
  // `rText`. Null while that cannot be told.
  std::shared_ptr<Entry> bind(const rtl::OUString& rDocumentId, const std::string& rText,
                              const LiveSettings& rSettings) {
    std::vector<const uno::XInterface*> aBound;
    {
      const std::lock_guard<std::mutex> aGuard(aMutex);
      for (const auto& [rId, pEntry] : aById)
        if (!pEntry->gone) aBound.push_back(pEntry->pIdentity);
    }
    std::vector<std::shared_ptr<Entry>> aCandidates;
    uno::Reference<container::XEnumeration> xComponents =
        frame::Desktop::create(xContext)->getComponents()->createEnumeration();
    while (xComponents->hasMoreElements()) {
      uno::Reference<text::XTextDocument> xDoc(xComponents->nextElement(), uno::UNO_QUERY);
      if (!xDoc.is()) continue;
      if (std::find(aBound.begin(), aBound.end(), identityOf(xDoc)) != aBound.end()) continue;
      aCandidates.push_back(entryOf(xDoc));
    }
    std::shared_ptr<Entry> pFound;
    if (aCandidates.size() == 1) {
      pFound = aCandidates.front();
    } else {
      for (const auto& pCandidate : aCandidates) {
        bool bRead = false;
        {
          const std::lock_guard<std::mutex> aGuard(aMutex);
          bRead = pCandidate->texts != nullptr;
        }
        if (!bRead) build(*pCandidate, rSettings);
        const std::lock_guard<std::mutex> aGuard(aMutex);
        if (pCandidate->texts == nullptr || pCandidate->texts->count(rText) == 0) continue;
        if (pFound) return nullptr;  // in two documents: not told yet
        pFound = pCandidate;
      }
    }
    if (!pFound) return nullptr;
    const std::lock_guard<std::mutex> aGuard(aMutex);
    aById[rDocumentId] = pFound;
    return pFound;
  }

  void forgetClosed() {
    const std::lock_guard<std::mutex> aGuard(aMutex);
    for (auto it = aById.begin(); it != aById.end();)
      it = it->second->gone ? aById.erase(it) : std::next(it);
    aEntries.erase(std::remove_if(aEntries.begin(), aEntries.end(),
                                  [](const std::shared_ptr<Entry>& p) { return p->gone.load(); }),
                   aEntries.end());
  }
};

LiveDocuments::LiveDocuments(const uno::Reference<uno::XComponentContext>& xContext,
                             Language eLanguage)
    : m_pImpl(new Impl{xContext, eLanguage, {}, {}, {}, {}}) {}

LiveDocuments::~LiveDocuments() = default;

LiveDocument LiveDocuments::find(const rtl::OUString& rDocumentId, const rtl::OUString& rText,
                                 const LiveSettings& rSettings) noexcept {
  try {
    Impl& rImpl = *m_pImpl;
    rImpl.forgetClosed();
    std::shared_ptr<Entry> pEntry;
    {
      const std::lock_guard<std::mutex> aGuard(rImpl.aMutex);
      auto it = rImpl.aById.find(rDocumentId);
      if (it != rImpl.aById.end()) pEntry = it->second;
    }
    if (!pEntry) pEntry = rImpl.bind(rDocumentId, toUtf8(rText), rSettings);
    if (!pEntry) return {};
    bool bRead = false;
    bool bDue = false;
    {
      const std::lock_guard<std::mutex> aGuard(rImpl.aMutex);
      bRead = pEntry->context != nullptr;
      const ReportTemplate* pDefault = rSettings.simplified.get();
      const bool bSettingsChanged = bRead && pEntry->pSettingsOf != pDefault &&
                                    pEntry->pSettingsOf != rSettings.traditional.get();
      // A report of usual length is read again whenever it has changed; a very long one at
      // most a tenth of the time.
      bDue = !bRead || bSettingsChanged ||
             (pEntry->stale && (pEntry->context->size() <= kAlwaysReadAgain ||
                                Clock::now() - pEntry->built >= 10 * pEntry->cost));
    }
    if (bDue) rImpl.build(*pEntry, rSettings);
    const std::lock_guard<std::mutex> aGuard(rImpl.aMutex);
    return {pEntry->context, pEntry->recorded};
  } catch (...) {
    // An office call failed (a document closing as it is read): the paragraph's own text.
    return {};
  }
}

}  // namespace chengbao::ext
