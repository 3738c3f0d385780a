// The dialog that asks where an institution pack is: one line for a URL or a path, Browse… for a
// file, Import and Cancel. Keyboard only: the line has the focus, Enter imports, Escape cancels.
#include "pack_source_dialog.hxx"

#include <iterator>

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <rtl/ref.hxx>

#include "messages.hxx"
#include "section_dialog.hxx"
#include "ustring.hxx"
#include "wizard_callbacks.hxx"

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace chengbao::ext {
namespace {

constexpr sal_Int32 kWidth = 270;
constexpr sal_Int32 kHeight = 78;
constexpr sal_Int32 kButtonWidth = 56;

enum class Text { Label, Hint, Browse, Import, Cancel, Count_ };

rtl::OUString text(Text eText, const rtl::OUString& rLanguage) {
  static const LocalizedText aEntries[] = {
      {"机构包的网址或文件(~L)：", "機構包的網址或檔案(~L)：", "Pack ~location:"},
      {"http://、https:// 或 file:// 网址，或本机文件的路径",
       "http://、https:// 或 file:// 網址，或本機檔案的路徑",
       "An http://, https:// or file:// URL, or the path of a file"},
      {"浏览(~B)…", "瀏覽(~B)…", "~Browse…"},
      {"导入(~I)", "匯入(~I)", "~Import"},
      {"取消(~C)", "取消(~C)", "~Cancel"},
  };
  static_assert(std::size(aEntries) == static_cast<size_t>(Text::Count_), "one entry per Text");
  return localized(aEntries[static_cast<int>(eText)], rLanguage);
}

}  // namespace

std::optional<std::string> askPackSource(const Reference<uno::XComponentContext>& xContext,
                                         const Reference<awt::XWindowPeer>& xParent,
                                         const rtl::OUString& rLanguage) {
  Reference<beans::XPropertySet> xModel =
      createDialogModel(xContext, kWidth, kHeight, message(Message::ImportPackTitle, rLanguage),
                        "org.chengbao.extension:Options");
  Reference<lang::XMultiServiceFactory> xFactory(xModel, UNO_QUERY_THROW);
  Reference<container::XNameContainer> xControls(xModel, UNO_QUERY_THROW);
  sal_Int16 nTab = 0;
  const auto add = [&](const char* pService, const char* pName, sal_Int32 nX, sal_Int32 nY,
                       sal_Int32 nWidth, sal_Int32 nHeight) {
    Reference<beans::XPropertySet> xControl =
        addControl(xFactory, xControls, pService, pName, nX, nY, nWidth, nHeight);
    xControl->setPropertyValue("TabIndex", Any(nTab++));
    return xControl;
  };
  add("com.sun.star.awt.UnoControlFixedTextModel", "Label", 6, 6, kWidth - 12, 10)
      ->setPropertyValue("Label", Any(text(Text::Label, rLanguage)));
  add("com.sun.star.awt.UnoControlEditModel", "Source", 6, 17, kWidth - 12 - kButtonWidth - 4, 12);
  Reference<beans::XPropertySet> xBrowse = add("com.sun.star.awt.UnoControlButtonModel", "Browse",
                                               kWidth - 6 - kButtonWidth, 16, kButtonWidth, 14);
  xBrowse->setPropertyValue("Label", Any(text(Text::Browse, rLanguage)));
  Reference<beans::XPropertySet> xHint =
      add("com.sun.star.awt.UnoControlFixedTextModel", "Hint", 6, 32, kWidth - 12, 10);
  xHint->setPropertyValue("Label", Any(text(Text::Hint, rLanguage)));
  xHint->setPropertyValue("NoLabel", Any(true));
  const sal_Int32 nButtonY = kHeight - 20;
  Reference<beans::XPropertySet> xImport =
      add("com.sun.star.awt.UnoControlButtonModel", "Import", kWidth - 2 * (kButtonWidth + 4) - 2,
          nButtonY, kButtonWidth, 14);
  xImport->setPropertyValue("Label", Any(text(Text::Import, rLanguage)));
  xImport->setPropertyValue("DefaultButton", Any(true));
  Reference<beans::XPropertySet> xCancel =
      add("com.sun.star.awt.UnoControlButtonModel", "Cancel", kWidth - kButtonWidth - 6, nButtonY,
          kButtonWidth, 14);
  xCancel->setPropertyValue("Label", Any(text(Text::Cancel, rLanguage)));
  xCancel->setPropertyValue("PushButtonType", Any(sal_Int16(awt::PushButtonType_CANCEL)));

  Reference<awt::XControl> xDialog = createDialog(xContext, xModel, xParent);
  DisposeGuard aGuard{Reference<lang::XComponent>(xDialog, UNO_QUERY)};
  Reference<awt::XControlContainer> xContainer(xDialog, UNO_QUERY_THROW);
  Reference<beans::XPropertySet> xSource(xContainer->getControl("Source")->getModel(),
                                         UNO_QUERY_THROW);
  std::optional<std::string> aChosen;
  rtl::Reference<ControlCallback> xOnBrowse(new ControlCallback([&](sal_Int32) {
    Reference<ui::dialogs::XFilePicker3> xPicker = ui::dialogs::FilePicker::createWithMode(
        xContext, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    xPicker->setTitle(message(Message::ImportPackTitle, rLanguage));
    const rtl::OUString aFilter = message(Message::PackFilter, rLanguage) + " (*.cbpack)";
    xPicker->appendFilter(aFilter, "*.cbpack;*.zip");
    xPicker->setCurrentFilter(aFilter);
    if (xPicker->execute() != ui::dialogs::ExecutableDialogResults::OK) return;
    const uno::Sequence<rtl::OUString> aFiles = xPicker->getSelectedFiles();
    if (aFiles.getLength() == 0) return;
    xSource->setPropertyValue("Text", Any(toOUString(toSystemPath(aFiles[0]))));
  }));
  rtl::Reference<ControlCallback> xOnImport(new ControlCallback([&](sal_Int32) {
    rtl::OUString aText;
    xSource->getPropertyValue("Text") >>= aText;
    if (aText.trim().isEmpty()) {
      Reference<awt::XWindow>(xContainer->getControl("Source"), UNO_QUERY_THROW)->setFocus();
      return;
    }
    aChosen = toUtf8(aText.trim());
    Reference<awt::XDialog>(xDialog, UNO_QUERY_THROW)->endExecute();
  }));
  Reference<awt::XButton>(xContainer->getControl("Browse"), UNO_QUERY_THROW)
      ->addActionListener(xOnBrowse.get());
  Reference<awt::XButton>(xContainer->getControl("Import"), UNO_QUERY_THROW)
      ->addActionListener(xOnImport.get());
  Reference<awt::XDialog>(xDialog, UNO_QUERY_THROW)->execute();
  // The callbacks refer to this frame's locals: nothing may call them once it is gone.
  xOnBrowse->disconnect();
  xOnImport->disconnect();
  return aChosen;
}

}  // namespace chengbao::ext
