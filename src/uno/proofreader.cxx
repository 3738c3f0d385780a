// The live check: org.chengbao.Proofreader. The office calls doProofreading from its grammar
// checking thread with one paragraph at a time; the whole check of its document, as last read on
// the main thread (LiveDocuments), answers for a paragraph unchanged since, the core's
// check_paragraph for one typed since, as the whole check does for a paragraph of running text.
#include "proofreader.hxx"

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceDisplayName.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/linguistic2/ProofreadingResult.hpp>
#include <com/sun/star/linguistic2/SingleProofreadingError.hpp>
#include <com/sun/star/linguistic2/XLinguServiceEventBroadcaster.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <com/sun/star/linguistic2/XSupportedLocales.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XChangesListener.hpp>
#include <com/sun/star/util/XChangesNotifier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

#include "check.hpp"
#include "configuration.hxx"
#include "extension_location.hxx"
#include "live_documents.hxx"
#include "messages.hxx"
#include "settings.hxx"
#include "template_library.hpp"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

constexpr const char* kImplementationName = "org.chengbao.Proofreader";
constexpr const char kProofreaderService[] = "com.sun.star.linguistic2.Proofreader";

// The Chinese locales of the house format; English is left to the checkers that own it.
constexpr const char* kCountries[] = {"CN", "TW", "HK", "SG", "MO"};

bool isOurLocale(const lang::Locale& rLocale) {
  if (rLocale.Language != "zh") return false;
  for (const char* pCountry : kCountries)
    if (rLocale.Country.equalsAscii(pCountry)) return true;
  return false;
}

/// UTF-16 index of each code point of `rText`, and one past the end: the core counts code
/// points, the office UTF-16 units (a CJK Extension B character is two).
std::vector<sal_Int32> utf16Positions(const rtl::OUString& rText) {
  std::vector<sal_Int32> aPositions;
  aPositions.reserve(static_cast<size_t>(rText.getLength()) + 1);
  for (sal_Int32 i = 0; i < rText.getLength();) {
    aPositions.push_back(i);
    rText.iterateCodePoints(&i);
  }
  aPositions.push_back(rText.getLength());
  return aPositions;
}

class Proofreader
    // XProofreader is an XSupportedLocales.
    : public cppu::WeakImplHelper4<linguistic2::XProofreader, lang::XServiceInfo,
                                   lang::XServiceDisplayName,
                                   linguistic2::XLinguServiceEventBroadcaster> {
 public:
  explicit Proofreader(const uno::Reference<uno::XComponentContext>& xContext)
      : m_xContext(xContext),
        m_eLanguage(coreLanguage(uiLanguage(xContext))),
        m_rDocuments(LiveDocuments::instance(xContext, m_eLanguage)) {}

  // XLinguServiceEventBroadcaster: the office's proofreading iterator listens, and checks the
  // documents again when a new reading of one judges a paragraph otherwise.
  sal_Bool SAL_CALL addLinguServiceEventListener(
      const uno::Reference<linguistic2::XLinguServiceEventListener>& xListener) override {
    m_rDocuments.addListener(xListener, static_cast<linguistic2::XProofreader*>(this));
    return xListener.is();
  }
  sal_Bool SAL_CALL removeLinguServiceEventListener(
      const uno::Reference<linguistic2::XLinguServiceEventListener>& xListener) override {
    m_rDocuments.removeListener(xListener);
    return xListener.is();
  }

  // XSupportedLocales
  uno::Sequence<lang::Locale> SAL_CALL getLocales() override {
    uno::Sequence<lang::Locale> aLocales(static_cast<sal_Int32>(std::size(kCountries)));
    for (size_t i = 0; i < std::size(kCountries); ++i)
      aLocales.getArray()[i] =
          lang::Locale("zh", rtl::OUString::createFromAscii(kCountries[i]), "");
    return aLocales;
  }
  sal_Bool SAL_CALL hasLocale(const lang::Locale& rLocale) override { return isOurLocale(rLocale); }

  // XProofreader
  sal_Bool SAL_CALL isSpellChecker() override { return false; }

  linguistic2::ProofreadingResult SAL_CALL
  doProofreading(const rtl::OUString& rDocumentId, const rtl::OUString& rText,
                 const lang::Locale& rLocale, sal_Int32 nStart, sal_Int32 /*nSuggestedEnd*/,
                 const uno::Sequence<beans::PropertyValue>& rProperties) override {
    linguistic2::ProofreadingResult aResult;
    aResult.aDocumentIdentifier = rDocumentId;
    aResult.aText = rText;
    aResult.aLocale = rLocale;
    aResult.aProperties = rProperties;
    aResult.xProofreader = this;
    // The whole paragraph is one "sentence": its rules see it all at once.
    aResult.nStartOfSentencePosition = nStart;
    aResult.nBehindEndOfSentencePosition = rText.getLength();
    aResult.nStartOfNextSentencePosition = rText.getLength();
    // Nothing may escape into the office's checking thread.
    try {
      if (nStart == 0 && isOurLocale(rLocale)) {
        const LiveSettings aSettings = liveSettings(m_xContext);
        if (aSettings.on) aResult.aErrors = errorsOf(rDocumentId, rText, rLocale, aSettings);
      }
    } catch (...) {
      aResult.aErrors = {};
    }
    return aResult;
  }

  void SAL_CALL ignoreRule(const rtl::OUString& rRule, const lang::Locale&) override {
    const std::lock_guard<std::mutex> aGuard(m_aMutex);
    m_aIgnored.insert(toUtf8(rRule));
  }
  void SAL_CALL resetIgnoreRules() override {
    const std::lock_guard<std::mutex> aGuard(m_aMutex);
    m_aIgnored.clear();
  }

  // XServiceDisplayName
  rtl::OUString SAL_CALL getServiceDisplayName(const lang::Locale& rLocale) override {
    if (rLocale.Language == "zh")
      return toOUString(rLocale.Country == "CN" || rLocale.Country == "SG" ? "呈报公文格式检查"
                                                                           : "呈報公文格式檢查");
    return "Chengbao house-format check";
  }

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override {
    return rtl::OUString::createFromAscii(kImplementationName);
  }
  sal_Bool SAL_CALL supportsService(const rtl::OUString& rName) override {
    return cppu::supportsService(this, rName);
  }
  uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
    return proofreaderServiceNames();
  }

 private:
  uno::Sequence<linguistic2::SingleProofreadingError> errorsOf(const rtl::OUString& rDocumentId,
                                                               const rtl::OUString& rText,
                                                               const lang::Locale& rLocale,
                                                               const LiveSettings& aSettings) {
    // The document around the paragraph: its whole check (the title, the date line and the
    // headings are judged in their places) and the template it records.
    const LiveDocument aDocument = m_rDocuments.find(rDocumentId, rText, aSettings);
    // The recorded template's rule settings apply, else the default template's (a rule it
    // turns off is not underlined, one it makes a hint is underlined only when the user asks
    // for hints).
    const bool bTraditional = rLocale.Country != "CN" && rLocale.Country != "SG";
    const std::shared_ptr<const ReportTemplate> pTemplate =
        aDocument.recorded ? aDocument.recorded
                           : (bTraditional ? aSettings.traditional : aSettings.simplified);
    CheckOptions aOptions;
    aOptions.language = m_eLanguage;
    aOptions.report_template = pTemplate.get();
    std::vector<Finding> aFindings =
        live_findings(toUtf8(rText), aOptions, aDocument.context.get());
    if (!aSettings.hints)
      aFindings.erase(std::remove_if(aFindings.begin(), aFindings.end(),
                                     [](const Finding& rFinding) {
                                       return rFinding.severity == Severity::Info;
                                     }),
                      aFindings.end());
    if (aFindings.empty()) return {};
    std::set<std::string> aIgnored;
    {
      const std::lock_guard<std::mutex> aGuard(m_aMutex);
      aIgnored = m_aIgnored;
    }
    const std::vector<sal_Int32> aPositions = utf16Positions(rText);
    const auto at = [&aPositions](int nCodePoint) {
      const size_t n = static_cast<size_t>(std::max(nCodePoint, 0));
      return aPositions[std::min(n, aPositions.size() - 1)];
    };
    std::vector<linguistic2::SingleProofreadingError> aErrors;
    for (const Finding& rFinding : aFindings) {
      if (aIgnored.count(rFinding.rule) != 0 || rFinding.length <= 0) continue;
      linguistic2::SingleProofreadingError aError;
      aError.nErrorStart = at(rFinding.offset);
      aError.nErrorLength = at(rFinding.offset + rFinding.length) - aError.nErrorStart;
      aError.nErrorType = text::TextMarkupType::PROOFREADING;
      aError.aRuleIdentifier = toOUString(rFinding.rule);
      aError.aShortComment = toOUString(rFinding.message);
      aError.aFullComment = toOUString(rFinding.message);
      if (rFinding.replacement) {
        aError.aSuggestions.realloc(1);
        aError.aSuggestions.getArray()[0] = toOUString(*rFinding.replacement);
      }
      aErrors.push_back(aError);
    }
    return uno::Sequence<linguistic2::SingleProofreadingError>(
        aErrors.data(), static_cast<sal_Int32>(aErrors.size()));
  }

  const uno::Reference<uno::XComponentContext> m_xContext;
  const Language m_eLanguage;
  LiveDocuments& m_rDocuments;
  std::mutex m_aMutex;
  std::set<std::string> m_aIgnored;  ///< rules the user chose "Ignore All" for
};

}  // namespace

uno::Reference<uno::XInterface> SAL_CALL
createProofreader(const uno::Reference<uno::XComponentContext>& xContext) {
  return static_cast<cppu::OWeakObject*>(new Proofreader(xContext));
}

rtl::OUString SAL_CALL proofreaderImplementationName() {
  return rtl::OUString::createFromAscii(kImplementationName);
}

namespace {

// What the live check reads from the settings, read once and kept here after: the office asks
// for every paragraph, from its checking thread. A change of the settings (the options page, an
// administrator's configuration) makes it read them again.
std::mutex g_aSettingsMutex;
std::optional<LiveSettings> g_oSettings;
// Counts the changes of the settings: a reading begun before a change is not kept after it.
unsigned g_nSettingsChanges = 0;
bool g_bListening = false;
// The configuration node listened to; it must live as long as the listening (never released:
// the office may not take it back at exit).
uno::Reference<util::XChangesNotifier>* g_pNotifier = nullptr;

void forgetSettings() {
  {
    const std::lock_guard<std::mutex> aGuard(g_aSettingsMutex);
    g_oSettings.reset();
    ++g_nSettingsChanges;
  }
  // What is underlined follows at once (on, off, hints, another default template).
  if (LiveDocuments* pDocuments = LiveDocuments::made()) pDocuments->askForAnotherPass();
}

class SettingsListener : public cppu::WeakImplHelper1<util::XChangesListener> {
 public:
  void SAL_CALL changesOccurred(const util::ChangesEvent&) override { forgetSettings(); }
  void SAL_CALL disposing(const lang::EventObject&) override {
    const std::lock_guard<std::mutex> aGuard(g_aSettingsMutex);
    g_oSettings.reset();
    ++g_nSettingsChanges;
    g_bListening = false;
  }
};

bool readFlag(const uno::Reference<container::XNameAccess>& xCheck, const char* pName,
              bool bDefault) {
  bool bValue = bDefault;
  if (xCheck.is() && xCheck->hasByName(rtl::OUString::createFromAscii(pName)))
    xCheck->getByName(rtl::OUString::createFromAscii(pName)) >>= bValue;
  return bValue;
}

std::shared_ptr<const ReportTemplate> loadLiveTemplate(
    const uno::Reference<uno::XComponentContext>& xContext, const std::string& rId,
    const char* pScript) {
  if (rId.empty()) return nullptr;
  auto aLoaded = find_template(rId, shippedTemplateDir(xContext), pScript);
  if (auto* pTemplate = std::get_if<ReportTemplate>(&aLoaded))
    return std::make_shared<const ReportTemplate>(std::move(*pTemplate));
  return nullptr;  // a template that does not load: the rules' own settings apply
}

LiveSettings readLiveSettings(const uno::Reference<uno::XComponentContext>& xContext) {
  LiveSettings aSettings;
  try {
    uno::Reference<container::XNameAccess> xCheck(configNode(xContext, "Check", false),
                                                  uno::UNO_QUERY);
    aSettings.on = readFlag(xCheck, "Live", true);
    aSettings.hints = readFlag(xCheck, "Hints", false);
  } catch (const uno::Exception&) {
    // The schema's defaults.
  }
  try {
    const std::string aDefault = readSettings(xContext).defaultTemplate;
    aSettings.simplified = loadLiveTemplate(xContext, aDefault, "zh-Hans");
    aSettings.traditional = loadLiveTemplate(xContext, aDefault, "zh-Hant");
  } catch (const uno::Exception&) {
    // No extension folder (not installed): no template's settings.
  }
  return aSettings;
}

void listenToSettings(const uno::Reference<uno::XComponentContext>& xContext) {
  uno::Reference<util::XChangesNotifier> xNotifier(
      configurationNode(xContext, "/org.chengbao.Settings", false), uno::UNO_QUERY);
  if (!xNotifier.is()) return;
  xNotifier->addChangesListener(new SettingsListener);
  const std::lock_guard<std::mutex> aGuard(g_aSettingsMutex);
  if (g_pNotifier == nullptr) g_pNotifier = new uno::Reference<util::XChangesNotifier>();
  *g_pNotifier = xNotifier;
}

}  // namespace

LiveSettings liveSettings(const uno::Reference<uno::XComponentContext>& xContext) {
  unsigned nChanges = 0;
  {
    const std::lock_guard<std::mutex> aGuard(g_aSettingsMutex);
    if (g_oSettings) return *g_oSettings;
    nChanges = g_nSettingsChanges;
  }
  LiveSettings aSettings = readLiveSettings(xContext);
  bool bListen = false;
  {
    const std::lock_guard<std::mutex> aGuard(g_aSettingsMutex);
    // Kept only when the settings did not change while they were read (else the next call
    // reads them again).
    if (nChanges == g_nSettingsChanges) g_oSettings = aSettings;
    bListen = !g_bListening;
    g_bListening = true;
  }
  if (bListen) {
    try {
      listenToSettings(xContext);
    } catch (const uno::Exception&) {
      const std::lock_guard<std::mutex> aGuard(g_aSettingsMutex);
      g_bListening = false;
    }
  }
  return aSettings;
}

bool liveCheckOn(const uno::Reference<uno::XComponentContext>& xContext) {
  return liveSettings(xContext).on;
}

void setLiveCheck(const uno::Reference<uno::XComponentContext>& xContext, bool bOn, bool bHints) {
  uno::Reference<uno::XInterface> xNode = configNode(xContext, "Check", true);
  uno::Reference<container::XNameReplace> xCheck(xNode, uno::UNO_QUERY_THROW);
  xCheck->replaceByName("Live", uno::Any(bOn));
  xCheck->replaceByName("Hints", uno::Any(bHints));
  uno::Reference<util::XChangesBatch>(xNode, uno::UNO_QUERY_THROW)->commitChanges();
  forgetSettings();
}

uno::Sequence<rtl::OUString> SAL_CALL proofreaderServiceNames() {
  uno::Sequence<rtl::OUString> aNames(1);
  aNames.getArray()[0] = rtl::OUString(kProofreaderService);
  return aNames;
}

}  // namespace chengbao::ext
