// The Insert Section submenu: a popup menu controller for vnd.chengbao:InsertSection. The office
// creates it when the 报告 menu first opens and asks it to update the submenu each time after.
#include "section_menu.hxx"

#include <mutex>
#include <string>
#include <vector>

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/MenuEvent.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XMenuListener.hpp>
#include <com/sun/star/awt/XPopupMenu.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XPopupMenuController.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XURLTransformer.hpp>
#include <cppuhelper/implbase7.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <sal/log.hxx>

#include "command.hxx"
#include "messages.hxx"
#include "section_dialog.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

constexpr const char* kImplementationName = "org.chengbao.comp.SectionMenu";
constexpr const char* kCommand = "vnd.chengbao:InsertSection";

class SectionMenu
    : public cppu::WeakImplHelper7<frame::XPopupMenuController, lang::XInitialization,
                                   frame::XStatusListener, awt::XMenuListener, awt::XCallback,
                                   lang::XComponent, lang::XServiceInfo> {
 public:
  explicit SectionMenu(const uno::Reference<uno::XComponentContext>& xContext)
      : m_xContext(xContext) {}

  // XInitialization: the office passes Frame, ModuleIdentifier and InToolbar.
  void SAL_CALL initialize(const uno::Sequence<uno::Any>& rArgs) override {
    std::lock_guard<std::mutex> aGuard(m_aMutex);
    for (const uno::Any& rArg : rArgs) {
      beans::PropertyValue aProperty;
      beans::NamedValue aNamed;
      if (rArg >>= aProperty) {
        if (aProperty.Name == "Frame") aProperty.Value >>= m_xFrame;
      } else if (rArg >>= aNamed) {
        if (aNamed.Name == "Frame") aNamed.Value >>= m_xFrame;
      }
    }
  }

  // XPopupMenuController
  void SAL_CALL setPopupMenu(const uno::Reference<awt::XPopupMenu>& xPopup) override {
    {
      std::lock_guard<std::mutex> aGuard(m_aMutex);
      if (m_xPopup.is()) m_xPopup->removeMenuListener(this);
      m_xPopup = xPopup;
      if (m_xPopup.is()) m_xPopup->addMenuListener(this);
    }
    fill();
  }
  void SAL_CALL updatePopupMenu() override { fill(); }

  // XStatusListener: the command's state does not change what the submenu lists.
  void SAL_CALL statusChanged(const frame::FeatureStateEvent&) override {}

  // XMenuListener
  void SAL_CALL itemHighlighted(const awt::MenuEvent&) override {}
  void SAL_CALL itemActivated(const awt::MenuEvent&) override {}
  void SAL_CALL itemDeactivated(const awt::MenuEvent&) override {}
  void SAL_CALL itemSelected(const awt::MenuEvent& rEvent) override;

  // XCallback: the insertion, once the menu has closed.
  void SAL_CALL notify(const uno::Any& rSection) override;

  // XEventListener: the popup menu or the frame goes away.
  void SAL_CALL disposing(const lang::EventObject&) override { dispose(); }

  // XComponent: the office disposes the controller with its menu.
  void SAL_CALL dispose() override {
    uno::Reference<awt::XPopupMenu> xPopup;
    {
      std::lock_guard<std::mutex> aGuard(m_aMutex);
      xPopup = std::move(m_xPopup);
      m_xPopup.clear();
      m_xFrame.clear();
    }
    try {
      if (xPopup.is()) xPopup->removeMenuListener(this);
    } catch (...) {
      // The menu is already gone.
    }
  }
  void SAL_CALL addEventListener(const uno::Reference<lang::XEventListener>&) override {}
  void SAL_CALL removeEventListener(const uno::Reference<lang::XEventListener>&) override {}

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override {
    return rtl::OUString::createFromAscii(kImplementationName);
  }
  sal_Bool SAL_CALL supportsService(const rtl::OUString& rName) override {
    return cppu::supportsService(this, rName);
  }
  uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
    return sectionMenuServiceNames();
  }

 private:
  /// Lists the sections of the document's template; one disabled entry saying why when it
  /// cannot. Nothing thrown here may reach the office's menu code.
  void fill() noexcept;

  uno::Reference<uno::XComponentContext> m_xContext;
  std::mutex m_aMutex;
  uno::Reference<frame::XFrame> m_xFrame;
  uno::Reference<awt::XPopupMenu> m_xPopup;
  std::vector<std::string> m_aSectionIds;  ///< by menu item id - 1
};

void SectionMenu::fill() noexcept {
  uno::Reference<awt::XPopupMenu> xPopup;
  uno::Reference<frame::XFrame> xFrame;
  {
    std::lock_guard<std::mutex> aGuard(m_aMutex);
    xPopup = m_xPopup;
    xFrame = m_xFrame;
  }
  if (!xPopup.is()) return;
  std::vector<SectionEntry> aEntries;
  rtl::OUString aProblem;
  try {
    const rtl::OUString aLanguage = uiLanguage(m_xContext);
    const uno::Sequence<beans::PropertyValue> aNoArgs;
    const Arguments aArgs(aNoArgs);
    const CommandContext aContext{m_xContext, xFrame, aLanguage, aArgs};
    try {
      if (showsReadOnlyDocument(xFrame))
        throw CommandError{aContext.text(Message::ReadOnlyDocument)};
      aEntries = sectionEntries(sectionSource(aContext, aContext.writerDocument(),
                                              aContext.text(Message::SectionsUnavailable))
                                    .report_template);
    } catch (const CommandError& rError) {
      aProblem = rError.message;
    } catch (const uno::Exception& rException) {
      aProblem = aContext.text(Message::SectionsUnavailable) + rException.Message;
    } catch (const std::exception& rException) {
      aProblem = aContext.text(Message::SectionsUnavailable) + toOUString(rException.what());
    }
  } catch (...) {
    aProblem = "?";
  }
  try {
    std::vector<std::string> aIds;
    xPopup->clear();
    if (!aProblem.isEmpty()) {
      xPopup->insertItem(1, aProblem, 0, 0);
      xPopup->enableItem(1, false);
    }
    // No item carries a command: the selection comes to itemSelected, and the office must not
    // dispatch anything of its own for it.
    for (size_t i = 0; i < aEntries.size(); ++i) {
      const sal_Int16 nId = static_cast<sal_Int16>(i + 1);
      // A tilde would turn the next character into a mnemonic.
      xPopup->insertItem(nId, toOUString(aEntries[i].label).replaceAll("~", "~~"), 0,
                         static_cast<sal_Int16>(i));
      aIds.push_back(aEntries[i].id);
    }
    std::lock_guard<std::mutex> aGuard(m_aMutex);
    m_aSectionIds = std::move(aIds);
  } catch (...) {
    SAL_WARN("chengbao", "the Insert Section submenu could not be filled");
  }
}

void SectionMenu::itemSelected(const awt::MenuEvent& rEvent) {
  try {
    std::string aSection;
    {
      std::lock_guard<std::mutex> aGuard(m_aMutex);
      if (rEvent.MenuId < 1 || static_cast<size_t>(rEvent.MenuId) > m_aSectionIds.size()) return;
      aSection = m_aSectionIds[static_cast<size_t>(rEvent.MenuId) - 1];
    }
    // The menu is still open while it reports the selection; insert once it has closed.
    awt::AsyncCallback::create(m_xContext)->addCallback(this, uno::Any(toOUString(aSection)));
  } catch (...) {
    SAL_WARN("chengbao", "the Insert Section submenu could not schedule the insertion");
  }
}

void SectionMenu::notify(const uno::Any& rSection) {
  try {
    rtl::OUString aSection;
    rSection >>= aSection;
    uno::Reference<frame::XDispatchProvider> xProvider;
    {
      std::lock_guard<std::mutex> aGuard(m_aMutex);
      xProvider.set(m_xFrame, uno::UNO_QUERY);
    }
    if (!xProvider.is() || aSection.isEmpty()) return;
    // Through the dispatcher, as any menu item: the command reports its own failures
    // (FromMenu=true shows them) and makes the insertion one undo step.
    util::URL aUrl;
    aUrl.Complete = rtl::OUString::createFromAscii(kCommand);
    util::URLTransformer::create(m_xContext)->parseStrict(aUrl);
    uno::Reference<frame::XDispatch> xDispatch = xProvider->queryDispatch(aUrl, "_self", 0);
    if (!xDispatch.is()) return;
    uno::Sequence<beans::PropertyValue> aArgs(2);
    aArgs.getArray()[0].Name = "Section";
    aArgs.getArray()[0].Value <<= aSection;
    aArgs.getArray()[1].Name = "FromMenu";
    aArgs.getArray()[1].Value <<= true;
    xDispatch->dispatch(aUrl, aArgs);
  } catch (...) {
    SAL_WARN("chengbao", "the Insert Section submenu could not dispatch the insertion");
  }
}

}  // namespace

uno::Reference<uno::XInterface> SAL_CALL
createSectionMenu(const uno::Reference<uno::XComponentContext>& xContext) {
  return static_cast<cppu::OWeakObject*>(new SectionMenu(xContext));
}

rtl::OUString SAL_CALL sectionMenuImplementationName() {
  return rtl::OUString::createFromAscii(kImplementationName);
}

uno::Sequence<rtl::OUString> SAL_CALL sectionMenuServiceNames() {
  uno::Sequence<rtl::OUString> aNames(1);
  aNames.getArray()[0] = "com.sun.star.frame.PopupMenuController";
  return aNames;
}

}  // namespace chengbao::ext
