// The vnd.chengbao: protocol handler: maps Writer commands to their functions and reports every
// failure; nothing thrown by a command may reach the office's main loop.
#include <exception>
#include <optional>
#include <string>

#include <uno/lbnames.h>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <sal/log.hxx>

#include "check_panel.hxx"
#include "command.hxx"
#include "messages.hxx"
#include "options_page.hxx"
#include "pack_update_job.hxx"
#include "proofreader.hxx"
#include "section_menu.hxx"
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

/// The command of a vnd.chengbao: URL ("InsertReport"), empty for other URLs. Taken from the
/// complete URL: URLTransformer does not split schemes it does not know into Protocol and Path.
std::string commandOf(const util::URL& rURL) {
  const rtl::OUString aProtocol = rtl::OUString::createFromAscii(kProtocol);
  if (!rURL.Complete.startsWithIgnoreAsciiCase(aProtocol)) return std::string();
  const std::string aCommand = toUtf8(rURL.Complete.copy(aProtocol.getLength()));
  return aCommand.substr(0, aCommand.find('?'));
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
    return commands().count(commandOf(rURL)) != 0 ? this : nullptr;
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
  // The menus and toolbars ask whether a command is enabled: those that change the document
  // are not on a read-only one (the office asks again when the frame's document changes).
  void SAL_CALL addStatusListener(const uno::Reference<frame::XStatusListener>& xListener,
                                  const util::URL& rURL) override {
    if (!xListener.is()) return;
    try {
      frame::FeatureStateEvent aState;
      aState.Source = static_cast<cppu::OWeakObject*>(this);
      aState.FeatureURL = rURL;
      aState.IsEnabled = !(changesDocument(commandOf(rURL)) && showsReadOnlyDocument(m_xFrame));
      aState.Requery = false;
      xListener->statusChanged(aState);
    } catch (...) {
      // A listener that went away, or a frame being closed: nothing to tell.
    }
  }
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
      auto it = commands().find(commandOf(rURL));
      if (it == commands().end()) {
        aError = message(Message::UnknownCommand, aLanguage) + rURL.Complete;
      } else if (changesDocument(it->first) && showsReadOnlyDocument(m_xFrame)) {
        aError = message(Message::ReadOnlyDocument, aLanguage);
      } else {
        const CommandContext aContext{m_xContext, m_xFrame, aLanguage, aArgs};
        aEvent.Result <<= it->second(aContext);
        aEvent.State = frame::DispatchResultState::SUCCESS;
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
      if (aArgs.showsErrors()) {
        const CommandContext aContext{m_xContext, m_xFrame, aLanguage, aArgs};
        aContext.showMessage(*aError, awt::MessageBoxType_ERRORBOX);
      }
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
    {createOptionsPage, optionsPageImplementationName, optionsPageServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createSectionMenu, sectionMenuImplementationName, sectionMenuServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createProofreader, proofreaderImplementationName, proofreaderServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createPanelFactory, panelFactoryImplementationName, panelFactoryServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createPackUpdateJob, packUpdateJobImplementationName, packUpdateJobServiceNames,
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
