// The Insert Section dialog: the template's sections, indented by level, with OK and Cancel.
#include "section_dialog.hxx"

#include <vector>

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include "ustring.hxx"

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace chengbao::ext {
namespace {

// Sizes in the dialog's units (application font units), room for long Chinese headings.
constexpr sal_Int32 kWidth = 220;
constexpr sal_Int32 kHeight = 170;
constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kButtonWidth = 50;
constexpr sal_Int32 kButtonHeight = 14;

/// A section per entry, depth first, as the dialog lists them.
void listSections(const std::vector<Section>& rSections, std::vector<const Section*>& rOut) {
  for (const Section& rSection : rSections) {
    rOut.push_back(&rSection);
    listSections(rSection.children, rOut);
  }
}

}  // namespace

Reference<beans::XPropertySet> addControl(const Reference<lang::XMultiServiceFactory>& xFactory,
                                          const Reference<container::XNameContainer>& xControls,
                                          const char* pService, const char* pName, sal_Int32 nX,
                                          sal_Int32 nY, sal_Int32 nWidth, sal_Int32 nHeight) {
  Reference<beans::XPropertySet> xModel(
      xFactory->createInstance(rtl::OUString::createFromAscii(pService)), UNO_QUERY_THROW);
  xModel->setPropertyValue("PositionX", Any(nX));
  xModel->setPropertyValue("PositionY", Any(nY));
  xModel->setPropertyValue("Width", Any(nWidth));
  xModel->setPropertyValue("Height", Any(nHeight));
  xModel->setPropertyValue("Name", Any(rtl::OUString::createFromAscii(pName)));
  xControls->insertByName(rtl::OUString::createFromAscii(pName), Any(xModel));
  return xModel;
}

Reference<beans::XPropertySet> createDialogModel(const Reference<uno::XComponentContext>& xContext,
                                                 sal_Int32 nWidth, sal_Int32 nHeight,
                                                 const rtl::OUString& rTitle,
                                                 const char* pHelpUrl) {
  Reference<lang::XMultiComponentFactory> xManager = xContext->getServiceManager();
  Reference<beans::XPropertySet> xModel(
      xManager->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", xContext),
      UNO_QUERY_THROW);
  xModel->setPropertyValue("PositionX", Any(sal_Int32(60)));
  xModel->setPropertyValue("PositionY", Any(sal_Int32(40)));
  xModel->setPropertyValue("Width", Any(nWidth));
  xModel->setPropertyValue("Height", Any(nHeight));
  xModel->setPropertyValue("Title", Any(rTitle));
  xModel->setPropertyValue("HelpURL", Any(rtl::OUString::createFromAscii(pHelpUrl)));
  return xModel;
}

Reference<beans::XPropertySet> createDialogModel(const CommandContext& rContext, sal_Int32 nWidth,
                                                 sal_Int32 nHeight, const rtl::OUString& rTitle,
                                                 const char* pHelpUrl) {
  return createDialogModel(rContext.xContext, nWidth, nHeight, rTitle, pHelpUrl);
}

Reference<awt::XControl> createDialog(const Reference<uno::XComponentContext>& xContext,
                                      const Reference<beans::XPropertySet>& xModel,
                                      const Reference<awt::XWindowPeer>& xParent) {
  Reference<awt::XControl> xDialog(xContext->getServiceManager()->createInstanceWithContext(
                                       "com.sun.star.awt.UnoControlDialog", xContext),
                                   UNO_QUERY_THROW);
  xDialog->setModel(Reference<awt::XControlModel>(xModel, UNO_QUERY_THROW));
  Reference<awt::XWindow>(xDialog, UNO_QUERY_THROW)->setVisible(false);
  xDialog->createPeer(Reference<awt::XToolkit>(awt::Toolkit::create(xContext), UNO_QUERY_THROW),
                      xParent);
  return xDialog;
}

Reference<awt::XControl> createDialog(const CommandContext& rContext,
                                      const Reference<beans::XPropertySet>& xModel) {
  Reference<awt::XWindowPeer> xParent;
  if (rContext.xFrame.is()) xParent.set(rContext.xFrame->getContainerWindow(), uno::UNO_QUERY);
  return createDialog(rContext.xContext, xModel, xParent);
}

DisposeGuard::~DisposeGuard() {
  try {
    if (xComponent.is()) xComponent->dispose();
  } catch (...) {
    // Nothing to do about a dialog that will not go away.
  }
}

std::vector<SectionEntry> sectionEntries(const ReportTemplate& rTemplate) {
  std::vector<const Section*> aSections;
  listSections(rTemplate.sections, aSections);
  std::vector<SectionEntry> aEntries;
  aEntries.reserve(aSections.size());
  for (const Section* pSection : aSections) {
    // Two ideographic spaces per level below the first: the tree as an indented list.
    std::string aIndent;
    for (int nLevel = 1; nLevel < pSection->level; ++nLevel) aIndent += "\u3000\u3000";
    aEntries.push_back(SectionEntry{pSection->id, aIndent + pSection->heading});
  }
  return aEntries;
}

std::optional<std::string> chooseSection(const CommandContext& rContext,
                                         const ReportTemplate& rTemplate) {
  const std::vector<SectionEntry> aSections = sectionEntries(rTemplate);
  uno::Sequence<rtl::OUString> aItems(static_cast<sal_Int32>(aSections.size()));
  for (size_t i = 0; i < aSections.size(); ++i)
    aItems.getArray()[i] = toOUString(aSections[i].label);

  // F1 shows the help page whose bookmark names this id (extension/help/*/insert_section.xhp).
  Reference<beans::XPropertySet> xDialogModel =
      createDialogModel(rContext, kWidth, kHeight, rContext.text(Message::UndoInsertSection),
                        "vnd.chengbao:InsertSection");
  Reference<lang::XMultiServiceFactory> xFactory(xDialogModel, UNO_QUERY_THROW);
  Reference<container::XNameContainer> xControls(xDialogModel, UNO_QUERY_THROW);

  // The label first: its mnemonic then takes the focus to the list that follows it.
  const sal_Int32 nInner = kWidth - 2 * kMargin;
  const sal_Int32 nButtonsY = kHeight - kMargin - kButtonHeight;
  auto xLabel = addControl(xFactory, xControls, "com.sun.star.awt.UnoControlFixedTextModel",
                           "label", kMargin, kMargin, nInner, 10);
  xLabel->setPropertyValue("Label", Any(rContext.text(Message::SectionListLabel)));
  auto xList =
      addControl(xFactory, xControls, "com.sun.star.awt.UnoControlListBoxModel", "sections",
                 kMargin, kMargin + 12, nInner, nButtonsY - kMargin - (kMargin + 12));
  xList->setPropertyValue("StringItemList", Any(aItems));
  uno::Sequence<sal_Int16> aFirst(1);
  aFirst.getArray()[0] = 0;
  if (!aSections.empty()) xList->setPropertyValue("SelectedItems", Any(aFirst));
  xList->setPropertyValue("Dropdown", Any(false));
  xList->setPropertyValue("MultiSelection", Any(false));
  xList->setPropertyValue("TabIndex", Any(sal_Int16(0)));
  auto xOk =
      addControl(xFactory, xControls, "com.sun.star.awt.UnoControlButtonModel", "ok",
                 kWidth - kMargin - 2 * kButtonWidth - 4, nButtonsY, kButtonWidth, kButtonHeight);
  xOk->setPropertyValue("Label", Any(rContext.text(Message::DialogOk)));
  xOk->setPropertyValue("PushButtonType", Any(sal_Int16(awt::PushButtonType_OK)));
  xOk->setPropertyValue("DefaultButton", Any(true));
  xOk->setPropertyValue("TabIndex", Any(sal_Int16(1)));
  auto xCancel =
      addControl(xFactory, xControls, "com.sun.star.awt.UnoControlButtonModel", "cancel",
                 kWidth - kMargin - kButtonWidth, nButtonsY, kButtonWidth, kButtonHeight);
  xCancel->setPropertyValue("Label", Any(rContext.text(Message::DialogCancel)));
  xCancel->setPropertyValue("PushButtonType", Any(sal_Int16(awt::PushButtonType_CANCEL)));
  xCancel->setPropertyValue("TabIndex", Any(sal_Int16(2)));

  Reference<awt::XControl> xDialog = createDialog(rContext, xDialogModel);
  DisposeGuard aGuard{Reference<lang::XComponent>(xDialog, uno::UNO_QUERY)};
  if (Reference<awt::XDialog>(xDialog, UNO_QUERY_THROW)->execute() != 1) return std::nullopt;

  Reference<awt::XControlContainer> xContainer(xDialog, UNO_QUERY_THROW);
  Reference<awt::XListBox> xListBox(xContainer->getControl("sections"), UNO_QUERY_THROW);
  const sal_Int16 nChosen = xListBox->getSelectedItemPos();
  if (nChosen < 0 || static_cast<size_t>(nChosen) >= aSections.size()) return std::nullopt;
  return aSections[nChosen].id;
}

}  // namespace chengbao::ext
