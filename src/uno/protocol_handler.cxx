// The vnd.chengbao: protocol handler: maps Writer commands to the core and reports every failure.
#include <exception>
#include <fstream>
#include <optional>
#include <string>
#include <variant>

#include <uno/lbnames.h>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <sal/log.hxx>

#include "check.hpp"
#include "check_report.hpp"
#include "date_format.hpp"
#include "document_fields.hxx"
#include "document_model.hxx"
#include "extension_location.hxx"
#include "messages.hxx"
#include "profile.hpp"
#include "report_template.hpp"
#include "report_writer.hxx"
#include "settings.hxx"
#include "skeleton.hpp"
#include "template_library.hpp"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

constexpr const char* kImplementationName = "org.chengbao.comp.ProtocolHandler";
constexpr const char* kProtocol = "vnd.chengbao:";

uno::Sequence<rtl::OUString> protocolHandlerServices() {
  uno::Sequence<rtl::OUString> aNames(1);
  aNames.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
  return aNames;
}

/// A failure the user must be told about, in words they understand.
struct CommandError {
  rtl::OUString message;
};

/// The dispatch arguments by name; unknown names are ignored.
class Arguments {
 public:
  explicit Arguments(const uno::Sequence<beans::PropertyValue>& rArgs) : m_rArgs(rArgs) {}

  std::optional<rtl::OUString> string(const char* pName) const {
    for (const beans::PropertyValue& rArg : m_rArgs) {
      rtl::OUString aValue;
      if (rArg.Name.equalsAscii(pName) && (rArg.Value >>= aValue)) return aValue;
    }
    return std::nullopt;
  }
  /// Scripts and tests pass arguments; a menu click passes none and expects UI.
  bool interactive() const { return m_rArgs.getLength() == 0; }

 private:
  const uno::Sequence<beans::PropertyValue>& m_rArgs;
};

/// The command of a vnd.chengbao: URL ("InsertReport"), empty for other URLs. Taken from the
/// complete URL: URLTransformer does not split schemes it does not know into Protocol and Path.
rtl::OUString commandOf(const util::URL& rURL) {
  const rtl::OUString aProtocol = rtl::OUString::createFromAscii(kProtocol);
  if (!rURL.Complete.startsWithIgnoreAsciiCase(aProtocol)) return rtl::OUString();
  rtl::OUString aCommand = rURL.Complete.copy(aProtocol.getLength());
  const sal_Int32 nQuery = aCommand.indexOf('?');
  return nQuery >= 0 ? aCommand.copy(0, nQuery) : aCommand;
}

class ProtocolHandler
    : public cppu::WeakImplHelper4<frame::XDispatchProvider, frame::XNotifyingDispatch,
                                   lang::XInitialization, lang::XServiceInfo> {
 public:
  explicit ProtocolHandler(const uno::Reference<uno::XComponentContext>& xContext)
      : m_xContext(xContext) {}

  // XInitialization: the office passes the frame the handler serves.
  void SAL_CALL initialize(const uno::Sequence<uno::Any>& rArgs) override {
    for (const uno::Any& rArg : rArgs) {
      uno::Reference<frame::XFrame> xFrame;
      if (rArg >>= xFrame) m_xFrame = xFrame;
    }
  }

  // XDispatchProvider
  uno::Reference<frame::XDispatch> SAL_CALL queryDispatch(const util::URL& rURL,
                                                          const rtl::OUString&,
                                                          sal_Int32) override {
    const rtl::OUString aCommand = commandOf(rURL);
    if (aCommand == "InsertReport" || aCommand == "ApplyProfile" || aCommand == "Check")
      return this;
    return nullptr;
  }
  uno::Sequence<uno::Reference<frame::XDispatch>> SAL_CALL
  queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& rRequests) override {
    uno::Sequence<uno::Reference<frame::XDispatch>> aResult(rRequests.getLength());
    for (sal_Int32 i = 0; i < rRequests.getLength(); ++i)
      aResult.getArray()[i] =
          queryDispatch(rRequests[i].FeatureURL, rRequests[i].FrameName, rRequests[i].SearchFlags);
    return aResult;
  }

  // XDispatch
  void SAL_CALL dispatch(const util::URL& rURL,
                         const uno::Sequence<beans::PropertyValue>& rArgs) override {
    dispatchWithNotification(rURL, rArgs, nullptr);
  }
  void SAL_CALL addStatusListener(const uno::Reference<frame::XStatusListener>&,
                                  const util::URL&) override {}
  void SAL_CALL removeStatusListener(const uno::Reference<frame::XStatusListener>&,
                                     const util::URL&) override {}

  // XNotifyingDispatch: the one entry point of every command. Nothing thrown here may reach the
  // office's main loop (it would abort the whole office), so everything is caught and reported.
  void SAL_CALL dispatchWithNotification(
      const util::URL& rURL, const uno::Sequence<beans::PropertyValue>& rArgs,
      const uno::Reference<frame::XDispatchResultListener>& xListener) override {
    frame::DispatchResultEvent aEvent;
    aEvent.Source = static_cast<cppu::OWeakObject*>(this);
    aEvent.State = frame::DispatchResultState::FAILURE;
    const Arguments aArgs(rArgs);
    rtl::OUString aLanguage = "en-US";
    std::optional<rtl::OUString> aError;
    try {
      aLanguage = uiLanguage(m_xContext);
      const rtl::OUString aCommand = commandOf(rURL);
      if (aCommand == "InsertReport") {
        aEvent.Result <<= insertReport(aArgs, aLanguage);
        aEvent.State = frame::DispatchResultState::SUCCESS;
      } else if (aCommand == "Check") {
        aEvent.Result <<= check(aArgs, aLanguage);
        aEvent.State = frame::DispatchResultState::SUCCESS;
      } else if (aCommand == "ApplyProfile") {
        aEvent.Result <<= applyProfile(aArgs, aLanguage);
        aEvent.State = frame::DispatchResultState::SUCCESS;
      } else {
        aError = message(Message::UnknownCommand, aLanguage) + rURL.Complete;
      }
    } catch (const CommandError& rError) {
      aError = rError.message;
    } catch (const uno::Exception& rException) {
      aError = rException.Message;
    } catch (const std::exception& rException) {
      aError = toOUString(rException.what());
    } catch (...) {
      aError = rtl::OUString("unexpected error");
    }
    if (aError) {
      SAL_WARN("chengbao", rURL.Complete << " failed: " << *aError);
      aEvent.Result <<= *aError;
      if (aArgs.interactive()) showError(*aError, aLanguage);
    }
    if (xListener.is()) {
      try {
        xListener->dispatchFinished(aEvent);
      } catch (...) {
        // The caller went away; the command itself is done.
      }
    }
  }

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override {
    return rtl::OUString::createFromAscii(kImplementationName);
  }
  sal_Bool SAL_CALL supportsService(const rtl::OUString& rName) override {
    return cppu::supportsService(this, rName);
  }
  uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  uno::Reference<text::XTextDocument> writerDocument(const rtl::OUString& rLanguage) const {
    uno::Reference<frame::XController> xController =
        m_xFrame.is() ? m_xFrame->getController() : nullptr;
    uno::Reference<text::XTextDocument> xDoc(xController.is() ? xController->getModel() : nullptr,
                                             uno::UNO_QUERY);
    if (!xDoc.is()) throw CommandError{message(Message::NotAWriterDocument, rLanguage)};
    return xDoc;
  }

  /// InsertReport(Template, Profile, Topic, Date): the template's skeleton at the cursor.
  rtl::OUString insertReport(const Arguments& rArgs, const rtl::OUString& rLanguage) {
    const rtl::OUString aFailed = message(Message::InsertReportFailed, rLanguage);
    uno::Reference<text::XTextDocument> xDoc = writerDocument(rLanguage);
    const std::string aExtensionDir = extensionDirectory(m_xContext);
    const std::string aTemplateDir = aExtensionDir + "/templates";

    const Profile aProfile = loadProfile(profilePath(rArgs, aTemplateDir), aFailed);
    const Settings aSettings = readSettings(m_xContext);
    const std::string aTemplateArg = rArgs.string("Template")
                                         ? toSystemPath(*rArgs.string("Template"))
                                         : aSettings.defaultTemplate;
    // The script asked for, else the one the institution's profile prefers.
    const std::string aScript =
        rArgs.string("Script") ? toUtf8(*rArgs.string("Script")) : aProfile.script;
    auto aTemplate = find_template(aTemplateArg, aTemplateDir, aScript);
    if (auto* pError = std::get_if<LoadError>(&aTemplate))
      throw CommandError{aFailed + toOUString(pError->to_string())};

    SkeletonOptions aOptions;
    aOptions.date = today();
    if (auto aDateArg = rArgs.string("Date")) {
      auto aDate = parse_iso_date(toUtf8(*aDateArg));
      if (!aDate) throw CommandError{aFailed + "Date=" + *aDateArg + " (YYYY-MM-DD)"};
      aOptions.date = *aDate;
    }
    if (auto aTopic = rArgs.string("Topic")) aOptions.topic = toUtf8(*aTopic);

    const ReportTemplate& rTemplate = std::get<ReportTemplate>(aTemplate);
    const Skeleton aSkeleton = build_skeleton(rTemplate, aProfile, aOptions);
    insertSkeleton(xDoc, m_xFrame->getController(), rTemplate, aSkeleton,
                   aProfile.fields(aOptions.date.year),
                   message(Message::UndoInsertReport, rLanguage));
    return toOUString(std::to_string(aSkeleton.paragraphs.size()) + " paragraphs inserted");
  }

  /// ApplyProfile(Profile): every organisation field of the document shows the new profile's
  /// values, as one undo step; the profile becomes the one in use.
  rtl::OUString applyProfile(const Arguments& rArgs, const rtl::OUString& rLanguage) {
    const rtl::OUString aFailed = message(Message::ApplyProfileFailed, rLanguage);
    uno::Reference<text::XTextDocument> xDoc = writerDocument(rLanguage);
    const std::string aPath = profilePath(rArgs, extensionDirectory(m_xContext) + "/templates");
    const Profile aProfile = loadProfile(aPath, aFailed);
    const std::map<std::string, std::string> aValues = aProfile.fields();
    const rtl::OUString aTitle = message(Message::UndoApplyProfile, rLanguage);
    uno::Reference<document::XUndoManagerSupplier> xUndoSupplier(xDoc, uno::UNO_QUERY_THROW);
    uno::Reference<document::XUndoManager> xUndo = xUndoSupplier->getUndoManager();
    xUndo->enterUndoContext(aTitle);
    try {
      setFieldValuesUndoable(xDoc, xUndo, aValues, aTitle);
    } catch (...) {
      xUndo->leaveUndoContext();
      throw;
    }
    xUndo->leaveUndoContext();
    rememberProfile(m_xContext, aPath);
    return toOUString(std::to_string(aValues.size()) + " fields from " + aPath);
  }

  /// Check(Template, Profile, Output): the open document through the same rules as
  /// `chengbao check`. With Output (a file URL) it writes the JSON of DESIGN.md §4.1 and shows no
  /// UI; from the menu it shows the findings.
  rtl::OUString check(const Arguments& rArgs, const rtl::OUString& rLanguage) {
    const rtl::OUString aFailed = message(Message::CheckFailed, rLanguage);
    uno::Reference<text::XTextDocument> xDoc = writerDocument(rLanguage);
    const std::string aTemplateDir = extensionDirectory(m_xContext) + "/templates";
    const Document aDocument = readDocument(xDoc);

    // The template asked for, else the one the report was made from.
    std::string aTemplateId;
    if (auto aArg = rArgs.string("Template")) {
      aTemplateId = toSystemPath(*aArg);
    } else {
      const auto aProperties = fieldValues(xDoc);
      if (auto it = aProperties.find(kTemplateProperty); it != aProperties.end())
        aTemplateId = it->second;
    }
    std::optional<ReportTemplate> aTemplate;
    if (!aTemplateId.empty()) {
      const std::string aScript = rArgs.string("Script") ? toUtf8(*rArgs.string("Script")) : "";
      auto aLoaded = find_template(aTemplateId, aTemplateDir, aScript);
      if (auto* pError = std::get_if<LoadError>(&aLoaded))
        throw CommandError{aFailed + toOUString(pError->to_string())};
      aTemplate = std::get<ReportTemplate>(std::move(aLoaded));
    }
    std::optional<Profile> aProfile;
    if (auto aArg = rArgs.string("Profile")) aProfile = loadProfile(toSystemPath(*aArg), aFailed);

    CheckOptions aOptions;
    aOptions.report_template = aTemplate ? &*aTemplate : nullptr;
    aOptions.profile = aProfile ? &*aProfile : nullptr;
    aOptions.language = rLanguage == "zh-CN"   ? Language::ZhCN
                        : rLanguage == "zh-TW" ? Language::ZhTW
                                               : Language::En;
    FileReport aReport;
    aReport.file = aDocument.file;
    aReport.template_id = aTemplate ? aTemplate->id : std::string();
    aReport.findings = check_document(aDocument, aOptions).findings;
    const Summary aSummary = summarize({aReport});
    const std::string aCounts = std::to_string(aSummary.errors) + " error(s), " +
                                std::to_string(aSummary.warnings) + " warning(s), " +
                                std::to_string(aSummary.infos) + " info";

    if (auto aOutput = rArgs.string("Output")) {
      const std::string aPath = toSystemPath(*aOutput);
      std::ofstream aOut(aPath, std::ios::binary | std::ios::trunc);
      aOut << check_json({aReport}) << '\n';
      if (!aOut.flush()) throw CommandError{aFailed + toOUString(aPath)};
    } else if (rArgs.interactive()) {
      // Until the Check panel exists, the findings are listed in a message box.
      showInfo(toOUString(check_text(aReport) + aCounts), rLanguage);
    }
    return toOUString(aCounts);
  }

  /// The Profile argument, else the profile in use (settings), else the example profile.
  std::string profilePath(const Arguments& rArgs, const std::string& rTemplateDir) const {
    if (auto aArg = rArgs.string("Profile")) return toSystemPath(*aArg);
    const std::string aCurrent = readSettings(m_xContext).currentProfile;
    return aCurrent.empty() ? rTemplateDir + "/profiles/example.xml" : aCurrent;
  }

  static Profile loadProfile(const std::string& rPath, const rtl::OUString& rFailed) {
    auto aProfile = load_profile(rPath);
    if (auto* pError = std::get_if<LoadError>(&aProfile))
      throw CommandError{rFailed + toOUString(pError->to_string())};
    return std::get<Profile>(std::move(aProfile));
  }

  void showInfo(const rtl::OUString& rMessage, const rtl::OUString& rLanguage) noexcept {
    showBox(rMessage, rLanguage, awt::MessageBoxType_INFOBOX);
  }
  void showError(const rtl::OUString& rMessage, const rtl::OUString& rLanguage) noexcept {
    showBox(rMessage, rLanguage, awt::MessageBoxType_ERRORBOX);
  }

  void showBox(const rtl::OUString& rMessage, const rtl::OUString& rLanguage,
               awt::MessageBoxType eType) noexcept {
    try {
      if (!m_xFrame.is()) return;
      uno::Reference<awt::XWindowPeer> xPeer(m_xFrame->getContainerWindow(), uno::UNO_QUERY);
      if (!xPeer.is()) return;
      uno::Reference<awt::XMessageBoxFactory> xFactory(awt::Toolkit::create(m_xContext),
                                                       uno::UNO_QUERY_THROW);
      uno::Reference<awt::XMessageBox> xBox = xFactory->createMessageBox(
          xPeer, eType, 1 /* OK */, message(Message::ProductName, rLanguage), rMessage);
      if (xBox.is()) xBox->execute();
    } catch (...) {
      // Nothing more can be done; the error is in the log and the dispatch result.
    }
  }

  uno::Reference<uno::XComponentContext> m_xContext;
  uno::Reference<frame::XFrame> m_xFrame;
};

uno::Sequence<rtl::OUString> SAL_CALL ProtocolHandler::getSupportedServiceNames() {
  return protocolHandlerServices();
}

// The office finds the component through the classic factory function: installed extensions on
// 7.4 ignore the .component file's constructor attribute (measured: "no factory symbol").
uno::Reference<uno::XInterface> SAL_CALL
createProtocolHandler(const uno::Reference<uno::XComponentContext>& xContext) {
  return static_cast<cppu::OWeakObject*>(new ProtocolHandler(xContext));
}

rtl::OUString SAL_CALL protocolHandlerName() {
  return rtl::OUString::createFromAscii(kImplementationName);
}

const cppu::ImplementationEntry kImplementations[] = {
    {createProtocolHandler, protocolHandlerName, protocolHandlerServices,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

}  // namespace
}  // namespace chengbao::ext

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* pImplementationName,
                                                                    void* pServiceManager,
                                                                    void* pRegistryKey) {
  try {
    return cppu::component_getFactoryHelper(pImplementationName, pServiceManager, pRegistryKey,
                                            chengbao::ext::kImplementations);
  } catch (...) {
    return nullptr;
  }
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char** ppEnvironmentTypeName, uno_Environment**) {
  *ppEnvironmentTypeName = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
