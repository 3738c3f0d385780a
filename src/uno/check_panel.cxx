// The Check panel: a non-modal dialog listing a report's findings by severity, with Fix,
// Fix all safe, Re-check and a template chooser.
#include "check_panel.hxx"

#include <algorithm>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XContainerWindowProvider.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XTopWindowListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XURLTransformer.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/implbase6.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <rtl/ref.hxx>
#include <sal/log.hxx>

#include "document_model.hxx"
#include "document_record.hpp"
#include "extension_location.hxx"
#include "finding_selection.hxx"
#include "findings_list.hpp"
#include "messages.hxx"
#include "settings.hxx"
#include "template_choices.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

/// The panel's own words in zh-CN, zh-TW and en-US.
enum class Text {
  Title,
  Template,
  NoTemplate,
  Recheck,
  Problems,
  Fix,
  FixAll,
  Close,
  Help,
  FixFailed,
  FixUnavailable,
  NothingToFix,
  CannotCheck,
  Gone,
};

rtl::OUString text(Text eText, const rtl::OUString& rLanguage) {
  using Entry = LocalizedText;
  static const Entry aEntries[] = {
      {"检查报告 — 呈报", "檢查報告 — 呈報", "Check Report — Chengbao"},
      {"模板(~T)：", "範本(~T)：", "~Template:"},
      {"（不按模板检查）", "（不依範本檢查）", "(no template)"},
      {"重新检查(~R)", "重新檢查(~R)", "~Re-check"},
      {"发现的问题(~P)：", "發現的問題(~P)：", "~Problems found:"},
      {"修正(~X)", "修正(~X)", "Fi~x"},
      {"全部安全修正(~A)", "全部安全修正(~A)", "Fix ~All Safe"},
      {"关闭(~C)", "關閉(~C)", "~Close"},
      {"帮助(~H)", "說明(~H)", "~Help"},
      {"无法修正：", "無法修正：", "Could not fix: "},
      {"此版本尚不能自动修正。", "此版本尚不能自動修正。", "This version cannot fix yet."},
      {"所选问题没有安全的自动修正。", "所選問題沒有安全的自動修正。",
       "The chosen problem has no safe fix."},
      {"无法检查报告：", "無法檢查報告：", "The report could not be checked: "},
      {"文档中已没有这一段，请重新检查。", "文件中已沒有這一段，請重新檢查。",
       "That paragraph is gone; please re-check."},
  };
  const Entry& rEntry = aEntries[static_cast<int>(eText)];
  return localized(rEntry, rLanguage);
}

// Control names; the real-window test and screenshots find the controls by them.
constexpr const char* kTemplateLabel = "TemplateLabel";
constexpr const char* kTemplateList = "TemplateList";
constexpr const char* kRecheck = "Recheck";
constexpr const char* kFindingsLabel = "FindingsLabel";
constexpr const char* kSummary = "Summary";
constexpr const char* kFindings = "Findings";
constexpr const char* kDetail = "Detail";
constexpr const char* kStatus = "Status";
constexpr const char* kFix = "Fix";
constexpr const char* kFixAll = "FixAll";
constexpr const char* kClose = "Close";
constexpr const char* kHelp = "Help";

/// Receives the DispatchResultEvent of a Fix dispatch (sent before dispatchWithNotification
/// returns: our handler answers synchronously).
class FixResult : public cppu::WeakImplHelper1<frame::XDispatchResultListener> {
 public:
  void SAL_CALL dispatchFinished(const frame::DispatchResultEvent& rEvent) override {
    m_bFinished = true;
    m_bSuccess = rEvent.State == frame::DispatchResultState::SUCCESS;
    rEvent.Result >>= m_aMessage;
  }
  void SAL_CALL disposing(const lang::EventObject&) override {}
  bool m_bFinished = false;
  bool m_bSuccess = false;
  rtl::OUString m_aMessage;
};

class CheckPanel;

/// The open panels, one per frame. Never destroyed: at exit the office disposes its frames,
/// which closes the panels; a static destructor must not release UNO objects after that.
struct OpenPanels {
  std::mutex aMutex;
  std::vector<rtl::Reference<CheckPanel>> aPanels;  ///< floating panels
  /// The sidebar's Check panels, by the frame they are beside.
  std::vector<std::pair<uno::Reference<frame::XFrame>, rtl::Reference<CheckPanel>>> aDeckPanels;
  /// Frames whose deck panel takes the keyboard when it is made (opened by the Check command).
  std::vector<uno::Reference<frame::XFrame>> aFocusWhenMade;
};
OpenPanels& openPanels() {
  static OpenPanels* pPanels = new OpenPanels;
  return *pPanels;
}

class CheckPanel : public cppu::WeakImplHelper6<awt::XActionListener, awt::XItemListener,
                                                awt::XKeyListener, awt::XTopWindowListener,
                                                frame::XFrameActionListener, awt::XCallback> {
 public:
  CheckPanel(const uno::Reference<uno::XComponentContext>& xContext,
             const uno::Reference<frame::XFrame>& xFrame, const rtl::OUString& rLanguage)
      : m_xContext(xContext), m_xFrame(xFrame), m_aLanguage(rLanguage) {}

  const uno::Reference<frame::XFrame>& frame() const { return m_xFrame; }

  /// Builds the dialog over the frame's window and shows it.
  void open(const std::string& rTemplate);
  /// Takes the controls of `xWindow` (dialogs/check_deck.xdl, in the sidebar) instead of a
  /// dialog of its own, and checks the document.
  void attach(const uno::Reference<awt::XWindow>& xWindow, const std::string& rTemplate);
  /// Runs the check again with the chosen template and refills the list.
  void recheck();
  /// Brings the panel to the front with the list focused.
  void raise();
  /// Disposes the dialog and forgets the panel; safe to call twice.
  void close() noexcept;
  rtl::OUString summary() const { return m_aSummary; }

  // XActionListener: the buttons, and a double click on the list.
  void SAL_CALL actionPerformed(const awt::ActionEvent& rEvent) override;
  // XItemListener: a finding or a template chosen.
  void SAL_CALL itemStateChanged(const awt::ItemEvent& rEvent) override;
  // XKeyListener: Enter on the list goes to the finding's text.
  void SAL_CALL keyPressed(const awt::KeyEvent& rEvent) override;
  void SAL_CALL keyReleased(const awt::KeyEvent&) override {}
  // XTopWindowListener: the title bar's close button and Esc.
  void SAL_CALL windowClosing(const lang::EventObject&) override;
  void SAL_CALL windowOpened(const lang::EventObject&) override {}
  void SAL_CALL windowClosed(const lang::EventObject&) override {}
  void SAL_CALL windowMinimized(const lang::EventObject&) override {}
  void SAL_CALL windowNormalized(const lang::EventObject&) override {}
  void SAL_CALL windowActivated(const lang::EventObject&) override {}
  void SAL_CALL windowDeactivated(const lang::EventObject&) override {}
  // XFrameActionListener: the document goes away, so does its panel.
  void SAL_CALL frameAction(const frame::FrameActionEvent& rEvent) override;
  // XCallback: closing later, outside the dialog's own event handler.
  void SAL_CALL notify(const uno::Any&) override { close(); }
  // XEventListener (of every listener interface): the frame is going away.
  void SAL_CALL disposing(const lang::EventObject& rSource) override;

 private:
  CommandContext context() const {
    return CommandContext{m_xContext, m_xFrame, m_aLanguage, m_aNoArguments};
  }
  rtl::OUString say(Text eText) const { return text(eText, m_aLanguage); }
  uno::Reference<beans::XPropertySet> model(const char* pName) const;
  template <typename T>
  uno::Reference<T> control(const char* pName) const {
    return uno::Reference<T>(m_xControls->getControl(rtl::OUString::createFromAscii(pName)),
                             uno::UNO_QUERY);
  }
  void addControl(const char* pType, const char* pName, sal_Int32 nX, sal_Int32 nY,
                  sal_Int32 nWidth, sal_Int32 nHeight,
                  std::initializer_list<std::pair<const char*, uno::Any>> aProperties);
  void build();
  /// Listens to the controls, whichever window holds them.
  void wire();
  void fillTemplates(const std::string& rTemplate);
  /// The finding of list row `nRow`, if it is a finding row.
  const Finding* findingAt(sal_Int32 nRow) const;
  const Finding* selectedFinding() const;
  void showFinding(sal_Int32 nRow);
  /// Whether the Fix buttons can work here.
  bool canFix() const;
  void goToFinding(bool bFocusDocument);
  void fix(bool bAll);
  void setStatus(const rtl::OUString& rText);
  void scheduleClose();
  void safely(const char* pWhat, const std::function<void()>& rAction) noexcept;

  uno::Reference<uno::XComponentContext> m_xContext;
  uno::Reference<frame::XFrame> m_xFrame;
  rtl::OUString m_aLanguage;
  const uno::Sequence<beans::PropertyValue> m_aNoArgs;
  const Arguments m_aNoArguments{m_aNoArgs};

  uno::Reference<awt::XControl> m_xDialog;
  uno::Reference<awt::XControlContainer> m_xControls;
  uno::Reference<container::XNameContainer> m_xModels;
  std::vector<TemplateChoice> m_aTemplates;  ///< the template list's entries after the first
  std::vector<Finding> m_aFindings;
  std::vector<FindingRow> m_aRows;
  rtl::OUString m_aSummary;
  bool m_bClosed = false;
  bool m_bDeck = false;  ///< in the sidebar: the sidebar owns the window's place and life
};

void CheckPanel::safely(const char* pWhat, const std::function<void()>& rAction) noexcept {
  // Every entry point from the office's main loop: nothing may escape (it would abort the
  // office and lose the user's unsaved work).
  try {
    rAction();
  } catch (const CommandError& rError) {
    setStatus(rError.message);
  } catch (const uno::Exception& rException) {
    SAL_WARN("chengbao", "check panel " << pWhat << ": " << rException.Message);
    setStatus(rException.Message);
  } catch (const std::exception& rException) {
    SAL_WARN("chengbao", "check panel " << pWhat << ": " << rException.what());
    setStatus(toOUString(rException.what()));
  } catch (...) {
    SAL_WARN("chengbao", "check panel " << pWhat << ": unexpected error");
  }
}

uno::Reference<beans::XPropertySet> CheckPanel::model(const char* pName) const {
  return uno::Reference<beans::XPropertySet>(
      m_xModels->getByName(rtl::OUString::createFromAscii(pName)), uno::UNO_QUERY_THROW);
}

void CheckPanel::addControl(const char* pType, const char* pName, sal_Int32 nX, sal_Int32 nY,
                            sal_Int32 nWidth, sal_Int32 nHeight,
                            std::initializer_list<std::pair<const char*, uno::Any>> aProperties) {
  uno::Reference<lang::XMultiServiceFactory> xFactory(m_xModels, uno::UNO_QUERY_THROW);
  uno::Reference<beans::XPropertySet> xModel(
      xFactory->createInstance(rtl::OUString::createFromAscii(pType)), uno::UNO_QUERY_THROW);
  xModel->setPropertyValue("PositionX", uno::Any(nX));
  xModel->setPropertyValue("PositionY", uno::Any(nY));
  xModel->setPropertyValue("Width", uno::Any(nWidth));
  xModel->setPropertyValue("Height", uno::Any(nHeight));
  for (const auto& [pProperty, rValue] : aProperties)
    xModel->setPropertyValue(rtl::OUString::createFromAscii(pProperty), rValue);
  m_xModels->insertByName(rtl::OUString::createFromAscii(pName), uno::Any(xModel));
}

void CheckPanel::build() {
  uno::Reference<lang::XMultiComponentFactory> xServices = m_xContext->getServiceManager();
  uno::Reference<awt::XControlModel> xDialogModel(
      xServices->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", m_xContext),
      uno::UNO_QUERY_THROW);
  uno::Reference<beans::XPropertySet> xDialogProps(xDialogModel, uno::UNO_QUERY_THROW);
  // Sizes in dialog units (a quarter of the average character width, an eighth of its height),
  // so Chinese and English labels fit at any font size.
  xDialogProps->setPropertyValue("Title", uno::Any(say(Text::Title)));
  xDialogProps->setPropertyValue("Width", uno::Any(sal_Int32(330)));
  xDialogProps->setPropertyValue("Height", uno::Any(sal_Int32(236)));
  xDialogProps->setPropertyValue("PositionX", uno::Any(sal_Int32(40)));
  xDialogProps->setPropertyValue("PositionY", uno::Any(sal_Int32(40)));
  xDialogProps->setPropertyValue("Closeable", uno::Any(true));
  xDialogProps->setPropertyValue("Moveable", uno::Any(true));
  // F1 shows the help page whose bookmark names this id (extension/help/*/check.xhp).
  xDialogProps->setPropertyValue("HelpURL", uno::Any(rtl::OUString("vnd.chengbao:Check")));
  m_xModels.set(xDialogModel, uno::UNO_QUERY_THROW);

  const auto label = [this](Text eText) { return uno::Any(say(eText)); };
  const auto order = [](int n) { return uno::Any(sal_Int16(n)); };
  constexpr const char* kFixedText = "com.sun.star.awt.UnoControlFixedTextModel";
  constexpr const char* kListBox = "com.sun.star.awt.UnoControlListBoxModel";
  constexpr const char* kButton = "com.sun.star.awt.UnoControlButtonModel";
  constexpr const char* kEdit = "com.sun.star.awt.UnoControlEditModel";
  // Tab order: template, Re-check, findings, detail, Fix, Fix all safe, Help, Close. Each label
  // comes right before its control, so its mnemonic moves the focus there.
  addControl(kFixedText, kTemplateLabel, 6, 8, 44, 10,
             {{"Label", label(Text::Template)}, {"TabIndex", order(0)}});
  addControl(kListBox, kTemplateList, 52, 6, 184, 12,
             {{"Dropdown", uno::Any(true)},
              {"LineCount", uno::Any(sal_Int16(12))},
              {"TabIndex", order(1)}});
  addControl(kButton, kRecheck, 242, 5, 82, 14,
             {{"Label", label(Text::Recheck)}, {"TabIndex", order(2)}});
  addControl(kFixedText, kFindingsLabel, 6, 25, 120, 10,
             {{"Label", label(Text::Problems)}, {"TabIndex", order(3)}});
  addControl(kFixedText, kSummary, 130, 25, 194, 10,
             {{"Align", uno::Any(sal_Int16(2))}, {"NoLabel", uno::Any(true)}});
  addControl(
      kListBox, kFindings, 6, 36, 318, 124,
      {{"Dropdown", uno::Any(false)}, {"MultiSelection", uno::Any(false)}, {"TabIndex", order(4)}});
  addControl(kEdit, kDetail, 6, 164, 318, 34,
             {{"MultiLine", uno::Any(true)},
              {"ReadOnly", uno::Any(true)},
              {"VScroll", uno::Any(true)},
              {"TabIndex", order(5)}});
  addControl(kFixedText, kStatus, 6, 201, 318, 10, {{"NoLabel", uno::Any(true)}});
  addControl(kButton, kFix, 6, 216, 82, 14,
             {{"Label", label(Text::Fix)}, {"Enabled", uno::Any(false)}, {"TabIndex", order(6)}});
  addControl(kButton, kFixAll, 92, 216, 110, 14,
             {{"Label", label(Text::FixAll)}, {"TabIndex", order(7)}});
  addControl(kButton, kHelp, 206, 216, 52, 14,
             {{"Label", label(Text::Help)}, {"TabIndex", order(8)}});
  addControl(kButton, kClose, 262, 216, 62, 14,
             {{"Label", label(Text::Close)}, {"TabIndex", order(9)}});

  m_xDialog.set(
      xServices->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", m_xContext),
      uno::UNO_QUERY_THROW);
  m_xDialog->setModel(xDialogModel);
  m_xControls.set(m_xDialog, uno::UNO_QUERY_THROW);
  uno::Reference<awt::XWindowPeer> xParent(m_xFrame->getContainerWindow(), uno::UNO_QUERY);
  m_xDialog->createPeer(awt::Toolkit::create(m_xContext).get(), xParent);
  wire();
}

void CheckPanel::wire() {
  for (const char* pButton : {kRecheck, kFix, kFixAll, kHelp, kClose}) {
    uno::Reference<awt::XButton> xButton = control<awt::XButton>(pButton);
    if (!xButton.is()) continue;  // the deck has no Close: the sidebar closes it
    xButton->setActionCommand(rtl::OUString::createFromAscii(pButton));
    xButton->addActionListener(this);
  }
  uno::Reference<awt::XListBox> xFindings = control<awt::XListBox>(kFindings);
  xFindings->addItemListener(this);
  xFindings->addActionListener(this);
  control<awt::XWindow>(kFindings)->addKeyListener(this);
  control<awt::XListBox>(kTemplateList)->addItemListener(this);
  if (!m_bDeck)
    uno::Reference<awt::XTopWindow>(m_xDialog, uno::UNO_QUERY_THROW)->addTopWindowListener(this);
  m_xFrame->addFrameActionListener(this);
  if (!canFix()) {
    model(kFix)->setPropertyValue("Enabled", uno::Any(false));
    model(kFixAll)->setPropertyValue("Enabled", uno::Any(false));
  }
}

void CheckPanel::fillTemplates(const std::string& rTemplate) {
  m_aTemplates = templateChoices(m_xContext, m_aLanguage, readSettings(m_xContext).templateFolders);
  int nChosen = rTemplate.empty() ? -1 : findTemplateChoice(m_aTemplates, rTemplate);
  if (!rTemplate.empty() && nChosen < 0) {
    // A template the list does not know (moved, or from another machine): keep it choosable.
    m_aTemplates.push_back({rTemplate, toOUString(rTemplate)});
    nChosen = static_cast<int>(m_aTemplates.size()) - 1;
  }
  uno::Sequence<rtl::OUString> aItems(static_cast<sal_Int32>(m_aTemplates.size() + 1));
  aItems.getArray()[0] = say(Text::NoTemplate);
  for (size_t i = 0; i < m_aTemplates.size(); ++i) aItems.getArray()[i + 1] = m_aTemplates[i].label;
  uno::Reference<beans::XPropertySet> xList = model(kTemplateList);
  xList->setPropertyValue("StringItemList", uno::Any(aItems));
  uno::Sequence<sal_Int16> aSelected(1);
  aSelected.getArray()[0] = static_cast<sal_Int16>(nChosen + 1);
  xList->setPropertyValue("SelectedItems", uno::Any(aSelected));
}

void CheckPanel::open(const std::string& rTemplate) {
  build();
  fillTemplates(rTemplate);
  recheck();
  uno::Reference<awt::XWindow>(m_xDialog, uno::UNO_QUERY_THROW)->setVisible(true);
  raise();
}

void CheckPanel::attach(const uno::Reference<awt::XWindow>& xWindow, const std::string& rTemplate) {
  m_bDeck = true;
  m_xDialog.set(xWindow, uno::UNO_QUERY_THROW);
  m_xControls.set(xWindow, uno::UNO_QUERY_THROW);
  m_xModels.set(m_xDialog->getModel(), uno::UNO_QUERY_THROW);
  for (const auto& [pName, eText] :
       {std::pair{kTemplateLabel, Text::Template}, std::pair{kRecheck, Text::Recheck},
        std::pair{kFindingsLabel, Text::Problems}, std::pair{kFix, Text::Fix},
        std::pair{kFixAll, Text::FixAll}, std::pair{kHelp, Text::Help}})
    model(pName)->setPropertyValue("Label", uno::Any(say(eText)));
  wire();
  fillTemplates(rTemplate);
  recheck();
}

void CheckPanel::raise() {
  uno::Reference<awt::XTopWindow> xTop(m_xDialog, uno::UNO_QUERY);
  if (xTop.is()) xTop->toFront();
  if (auto xList = control<awt::XWindow>(kFindings); xList.is()) xList->setFocus();
}

void CheckPanel::recheck() {
  m_aFindings.clear();
  m_aRows.clear();
  m_aSummary.clear();
  model(kDetail)->setPropertyValue("Text", uno::Any(rtl::OUString()));
  model(kFix)->setPropertyValue("Enabled", uno::Any(false));
  setStatus(rtl::OUString());
  const CommandContext aContext = context();
  try {
    const Document aDocument = readDocument(aContext.writerDocument());
    const sal_Int16 nTemplate = control<awt::XListBox>(kTemplateList)->getSelectedItemPos();
    std::optional<ReportTemplate> aTemplate;
    // In the report's script, so the messages quote the forms it uses (基本情況, not 基本情况).
    if (nTemplate >= 1 && static_cast<size_t>(nTemplate) <= m_aTemplates.size())
      aTemplate = aContext.loadTemplate(m_aTemplates[static_cast<size_t>(nTemplate - 1)].value,
                                        document_script(aDocument), say(Text::CannotCheck));
    // The signature is compared with the profile in use, when one is set and loads.
    std::optional<Profile> aProfile;
    const std::string aProfilePath = readSettings(m_xContext).currentProfile;
    if (!aProfilePath.empty()) {
      auto aLoaded = load_profile(aProfilePath);
      if (auto* pProfile = std::get_if<Profile>(&aLoaded)) aProfile = std::move(*pProfile);
    }
    m_aFindings = checkFindings(aContext, aDocument, aTemplate, aProfile);
  } catch (const CommandError& rError) {
    setStatus(rError.message);
  }
  m_aRows = finding_rows(m_aFindings, aContext.coreLanguage());
  uno::Sequence<rtl::OUString> aItems(static_cast<sal_Int32>(m_aRows.size()));
  for (size_t i = 0; i < m_aRows.size(); ++i) aItems.getArray()[i] = toOUString(m_aRows[i].label);
  model(kFindings)->setPropertyValue("StringItemList", uno::Any(aItems));
  m_aSummary = toOUString(findings_summary(m_aFindings, aContext.coreLanguage()));
  model(kSummary)->setPropertyValue("Label", uno::Any(m_aSummary));
  bool bAnyFix = false;
  for (const Finding& rFinding : m_aFindings)
    bAnyFix = bAnyFix || rFinding.replacement || rFinding.fixes_format;
  model(kFixAll)->setPropertyValue("Enabled", uno::Any(bAnyFix && canFix()));
}

bool CheckPanel::canFix() const {
  // Without a Fix command (an older build), or on a read-only document, fixing would only fail.
  return commands().count("Fix") != 0 && !showsReadOnlyDocument(m_xFrame);
}

const Finding* CheckPanel::findingAt(sal_Int32 nRow) const {
  if (nRow < 0 || static_cast<size_t>(nRow) >= m_aRows.size()) return nullptr;
  const FindingRow& rRow = m_aRows[static_cast<size_t>(nRow)];
  if (rRow.kind != FindingRow::Kind::Finding) return nullptr;
  return &m_aFindings[static_cast<size_t>(rRow.finding)];
}

const Finding* CheckPanel::selectedFinding() const {
  return findingAt(control<awt::XListBox>(kFindings)->getSelectedItemPos());
}

void CheckPanel::showFinding(sal_Int32 nRow) {
  const Finding* pFinding = findingAt(nRow);
  const CommandContext aContext = context();
  model(kDetail)->setPropertyValue(
      "Text", uno::Any(pFinding ? toOUString(finding_detail(*pFinding, aContext.coreLanguage()))
                                : rtl::OUString()));
  model(kFix)->setPropertyValue(
      "Enabled",
      uno::Any(pFinding && (pFinding->replacement.has_value() || pFinding->fixes_format) &&
               canFix()));
  if (pFinding) goToFinding(false);
}

void CheckPanel::goToFinding(bool bFocusDocument) {
  const Finding* pFinding = selectedFinding();
  if (!pFinding) return;
  const CommandContext aContext = context();
  if (!selectFindingText(aContext.writerDocument(), m_xFrame->getController(), pFinding->paragraph,
                         pFinding->offset, pFinding->length)) {
    setStatus(say(Text::Gone));
    return;
  }
  if (bFocusDocument) {
    uno::Reference<awt::XWindow> xDocumentWindow = m_xFrame->getComponentWindow();
    if (xDocumentWindow.is()) xDocumentWindow->setFocus();
  }
}

void CheckPanel::fix(bool bAll) {
  const Finding* pFinding = bAll ? nullptr : selectedFinding();
  if (!bAll && (!pFinding || !(pFinding->replacement || pFinding->fixes_format))) {
    setStatus(say(Text::NothingToFix));
    return;
  }
  // Through the dispatcher, as a menu or a macro would: the Fix command makes its change one
  // undo step and checks again itself, so it fixes what is in the document now.
  util::URL aUrl;
  aUrl.Complete = "vnd.chengbao:Fix";
  util::URLTransformer::create(m_xContext)->parseStrict(aUrl);
  uno::Reference<frame::XDispatchProvider> xProvider(m_xFrame, uno::UNO_QUERY_THROW);
  uno::Reference<frame::XNotifyingDispatch> xDispatch(xProvider->queryDispatch(aUrl, "_self", 0),
                                                      uno::UNO_QUERY);
  if (!xDispatch.is()) {
    setStatus(say(Text::FixUnavailable));
    return;
  }
  std::vector<std::pair<const char*, rtl::OUString>> aArgs;
  if (bAll) {
    aArgs.emplace_back("All", "true");
  } else {
    // A format finding stands for every paragraph with its defect: the rule says which.
    if (pFinding->fixes_format) aArgs.emplace_back("Rule", toOUString(pFinding->rule));
    aArgs.emplace_back("Paragraph", toOUString(std::to_string(pFinding->paragraph)));
    aArgs.emplace_back("Offset", toOUString(std::to_string(pFinding->offset)));
  }
  const sal_Int16 nTemplate = control<awt::XListBox>(kTemplateList)->getSelectedItemPos();
  if (nTemplate >= 1 && static_cast<size_t>(nTemplate) <= m_aTemplates.size())
    aArgs.emplace_back("Template",
                       toOUString(m_aTemplates[static_cast<size_t>(nTemplate - 1)].value));
  uno::Sequence<beans::PropertyValue> aProps(static_cast<sal_Int32>(aArgs.size()));
  for (size_t i = 0; i < aArgs.size(); ++i) {
    aProps.getArray()[i].Name = rtl::OUString::createFromAscii(aArgs[i].first);
    aProps.getArray()[i].Value <<= aArgs[i].second;
  }
  const sal_Int32 nRow = control<awt::XListBox>(kFindings)->getSelectedItemPos();
  rtl::Reference<FixResult> xResult(new FixResult);
  xDispatch->dispatchWithNotification(aUrl, aProps, xResult.get());

  recheck();
  if (nRow >= 0 && !m_aRows.empty()) {
    const sal_Int16 nKeep = static_cast<sal_Int16>(std::min<sal_Int32>(nRow, m_aRows.size() - 1));
    control<awt::XListBox>(kFindings)->selectItemPos(nKeep, true);
  }
  // The command's result is for scripts ("3 fixes applied"); the person reads it in the UI's
  // language.
  setStatus(xResult->m_bSuccess
                ? context()
                      .text(Message::FixesApplied)
                      .replaceFirst("%1", rtl::OUString::number(xResult->m_aMessage.toInt32()))
                : say(Text::FixFailed) + xResult->m_aMessage);
}

void CheckPanel::setStatus(const rtl::OUString& rText) {
  try {
    if (m_xModels.is()) model(kStatus)->setPropertyValue("Label", uno::Any(rText));
  } catch (...) {
    // The dialog is already gone; there is nobody to tell.
  }
}

void CheckPanel::scheduleClose() {
  // Disposing the dialog inside its own event handler would pull the window out from under
  // VCL; the office's main loop calls notify() once the handler has returned.
  awt::AsyncCallback::create(m_xContext)->addCallback(this, uno::Any());
}

void CheckPanel::close() noexcept {
  if (m_bClosed) return;
  m_bClosed = true;
  rtl::Reference<CheckPanel> xKeepAlive(this);
  {
    OpenPanels& rOpen = openPanels();
    std::lock_guard<std::mutex> aGuard(rOpen.aMutex);
    rOpen.aPanels.erase(std::remove_if(rOpen.aPanels.begin(), rOpen.aPanels.end(),
                                       [this](const auto& xPanel) { return xPanel.get() == this; }),
                        rOpen.aPanels.end());
  }
  try {
    m_xFrame->removeFrameActionListener(this);
  } catch (...) {
    // The frame is being disposed; it drops its listeners itself.
  }
  try {
    // Hidden first: the office then tells its top-window listeners (assistive tools, tests)
    // that the panel has closed, which a bare dispose does not.
    uno::Reference<awt::XWindow> xWindow(m_xDialog, uno::UNO_QUERY);
    if (xWindow.is()) xWindow->setVisible(false);
    uno::Reference<lang::XComponent> xDialog(m_xDialog, uno::UNO_QUERY);
    if (xDialog.is()) xDialog->dispose();
  } catch (...) {
    // Already disposed with its parent window.
  }
  m_xDialog.clear();
  m_xControls.clear();
  m_xModels.clear();
}

void CheckPanel::actionPerformed(const awt::ActionEvent& rEvent) {
  safely("action", [&] {
    if (m_bClosed) return;
    if (rEvent.ActionCommand.equalsAscii(kRecheck)) {
      recheck();
    } else if (rEvent.ActionCommand.equalsAscii(kFix)) {
      fix(false);
    } else if (rEvent.ActionCommand.equalsAscii(kFixAll)) {
      fix(true);
    } else if (rEvent.ActionCommand.equalsAscii(kClose)) {
      scheduleClose();
    } else if (rEvent.ActionCommand.equalsAscii(kHelp)) {
      try {
        openHelp(context(), "Check");
      } catch (const CommandError& rError) {
        setStatus(rError.message);
      }
    } else {
      goToFinding(true);  // a double click on a finding
    }
  });
}

void CheckPanel::itemStateChanged(const awt::ItemEvent& rEvent) {
  safely("selection", [&] {
    if (m_bClosed) return;
    if (rEvent.Source == control<awt::XListBox>(kTemplateList))
      recheck();
    else
      showFinding(rEvent.Selected);
  });
}

void CheckPanel::keyPressed(const awt::KeyEvent& rEvent) {
  safely("key", [&] {
    if (!m_bClosed && rEvent.KeyCode == awt::Key::RETURN && rEvent.Modifiers == 0)
      goToFinding(true);
  });
}

void CheckPanel::windowClosing(const lang::EventObject&) {
  safely("closing", [&] { scheduleClose(); });
}

void CheckPanel::frameAction(const frame::FrameActionEvent& rEvent) {
  if (rEvent.Action == frame::FrameAction_COMPONENT_DETACHING) close();
}

void CheckPanel::disposing(const lang::EventObject& rSource) {
  if (rSource.Source == m_xFrame) close();
}

}  // namespace

rtl::OUString checkPanelTitle(const rtl::OUString& rLanguage) {
  return text(Text::Title, rLanguage);
}

rtl::OUString showCheckPanel(const CommandContext& rContext) {
  rContext.writerDocument();  // a CommandError now, before any window opens
  rtl::Reference<CheckPanel> xPanel;
  {
    OpenPanels& rOpen = openPanels();
    std::lock_guard<std::mutex> aGuard(rOpen.aMutex);
    for (const auto& xOpen : rOpen.aPanels)
      if (xOpen->frame() == rContext.xFrame) xPanel = xOpen;
  }
  if (xPanel.is()) {
    xPanel->recheck();
    xPanel->raise();
    return xPanel->summary();
  }
  xPanel = new CheckPanel(rContext.xContext, rContext.xFrame, rContext.language);
  {
    OpenPanels& rOpen = openPanels();
    std::lock_guard<std::mutex> aGuard(rOpen.aMutex);
    rOpen.aPanels.push_back(xPanel);
  }
  try {
    xPanel->open(rContext.reportTemplateId(rContext.writerDocument()));
  } catch (...) {
    xPanel->close();
    throw;
  }
  return xPanel->summary();
}

}  // namespace chengbao::ext

namespace chengbao::ext {
namespace {

constexpr const char* kPanelFactoryName = "org.chengbao.comp.PanelFactory";
/// The panel's resource URL (Sidebar.xcu, ImplementationURL): the factory is registered for
/// "private:resource/toolpanel/ChengbaoPanelFactory" (Factories.xcu).
constexpr const char* kCheckDeckPanel = "private:resource/toolpanel/ChengbaoPanelFactory/Check";

/// Gives a deck panel's findings list the keyboard, from the main loop after the sidebar has
/// shown the deck.
class FocusWhenShown : public cppu::WeakImplHelper1<awt::XCallback> {
 public:
  explicit FocusWhenShown(rtl::Reference<CheckPanel> xPanel) : m_xPanel(std::move(xPanel)) {}
  void SAL_CALL notify(const uno::Any&) override {
    try {
      m_xPanel->raise();
    } catch (...) {
      // Closed meanwhile: nothing to focus.
    }
  }

 private:
  rtl::Reference<CheckPanel> m_xPanel;
};

/// The Check panel in the sidebar: the controls of dialogs/check_deck.xdl in a window the
/// sidebar places, driven by a CheckPanel.
class CheckDeckPanel : public cppu::WeakImplHelper4<ui::XUIElement, ui::XToolPanel,
                                                    ui::XSidebarPanel, lang::XComponent> {
 public:
  CheckDeckPanel(const uno::Reference<uno::XComponentContext>& xContext,
                 const uno::Reference<frame::XFrame>& xFrame,
                 const uno::Reference<awt::XWindow>& xParent, const rtl::OUString& rUrl)
      : m_xFrame(xFrame), m_aUrl(rUrl) {
    const rtl::OUString aDialog =
        toFileUrl(extensionDirectory(xContext) + "/dialogs/check_deck.xdl");
    m_xWindow = awt::ContainerWindowProvider::create(xContext)->createContainerWindow(
        aDialog, "", uno::Reference<awt::XWindowPeer>(xParent, uno::UNO_QUERY_THROW), nullptr);
    if (!m_xWindow.is()) throw uno::RuntimeException("chengbao: check_deck.xdl did not load");
    const rtl::OUString aLanguage = uiLanguage(xContext);
    const Arguments aNoArguments{m_aNoArgs};
    const CommandContext aContext{xContext, xFrame, aLanguage, aNoArguments};
    m_xPanel = new CheckPanel(xContext, xFrame, aLanguage);
    m_xPanel->attach(m_xWindow, aContext.reportTemplateId(aContext.writerDocument()));
    m_xWindow->setVisible(true);
    bool bFocus = false;
    {
      OpenPanels& rOpen = openPanels();
      std::lock_guard<std::mutex> aGuard(rOpen.aMutex);
      rOpen.aDeckPanels.emplace_back(xFrame, m_xPanel);
      auto it = std::find(rOpen.aFocusWhenMade.begin(), rOpen.aFocusWhenMade.end(), xFrame);
      if (it != rOpen.aFocusWhenMade.end()) {
        rOpen.aFocusWhenMade.erase(it);
        bFocus = true;
      }
    }
    // Opened by the Check command (its menu entry or shortcut): the list takes the keyboard, as
    // in the floating panel, once the sidebar has shown the deck (it makes the panels first).
    if (bFocus)
      awt::AsyncCallback::create(xContext)->addCallback(new FocusWhenShown(m_xPanel), uno::Any());
  }

  // XUIElement
  uno::Reference<frame::XFrame> SAL_CALL getFrame() override { return m_xFrame; }
  rtl::OUString SAL_CALL getResourceURL() override { return m_aUrl; }
  sal_Int16 SAL_CALL getType() override { return ui::UIElementType::TOOLPANEL; }
  uno::Reference<uno::XInterface> SAL_CALL getRealInterface() override {
    return static_cast<cppu::OWeakObject*>(this);
  }

  // XToolPanel
  uno::Reference<awt::XWindow> SAL_CALL getWindow() override { return m_xWindow; }
  uno::Reference<accessibility::XAccessible> SAL_CALL
  createAccessible(const uno::Reference<accessibility::XAccessible>&) override {
    return uno::Reference<accessibility::XAccessible>(m_xWindow, uno::UNO_QUERY);
  }

  // XSidebarPanel: as tall as the dialog, at any width (the controls do not stretch).
  ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32) override {
    const sal_Int32 nHeight = m_xWindow.is() ? m_xWindow->getPosSize().Height : 0;
    return ui::LayoutSize(nHeight, nHeight, nHeight);
  }
  sal_Int32 SAL_CALL getMinimalWidth() override {
    return m_xWindow.is() ? m_xWindow->getPosSize().Width : 0;
  }

  // XComponent: the sidebar disposes its panels when it closes the deck or the document.
  void SAL_CALL dispose() override {
    {
      OpenPanels& rOpen = openPanels();
      std::lock_guard<std::mutex> aGuard(rOpen.aMutex);
      rOpen.aDeckPanels.erase(
          std::remove_if(rOpen.aDeckPanels.begin(), rOpen.aDeckPanels.end(),
                         [this](const auto& rEntry) { return rEntry.second == m_xPanel; }),
          rOpen.aDeckPanels.end());
    }
    if (m_xPanel.is()) m_xPanel->close();  // also disposes the window
    m_xPanel.clear();
    m_xWindow.clear();
  }
  void SAL_CALL addEventListener(const uno::Reference<lang::XEventListener>&) override {}
  void SAL_CALL removeEventListener(const uno::Reference<lang::XEventListener>&) override {}

 private:
  const uno::Sequence<beans::PropertyValue> m_aNoArgs;
  uno::Reference<frame::XFrame> m_xFrame;
  rtl::OUString m_aUrl;
  uno::Reference<awt::XWindow> m_xWindow;
  rtl::Reference<CheckPanel> m_xPanel;
};

class PanelFactory : public cppu::WeakImplHelper2<ui::XUIElementFactory, lang::XServiceInfo> {
 public:
  explicit PanelFactory(const uno::Reference<uno::XComponentContext>& xContext)
      : m_xContext(xContext) {}

  uno::Reference<ui::XUIElement> SAL_CALL createUIElement(
      const rtl::OUString& rUrl, const uno::Sequence<beans::PropertyValue>& rArguments) override {
    uno::Reference<frame::XFrame> xFrame;
    uno::Reference<awt::XWindow> xParent;
    for (const beans::PropertyValue& rArgument : rArguments) {
      if (rArgument.Name == "Frame") rArgument.Value >>= xFrame;
      if (rArgument.Name == "ParentWindow") rArgument.Value >>= xParent;
    }
    if (!rUrl.equalsAscii(kCheckDeckPanel))
      throw container::NoSuchElementException("chengbao: no panel " + rUrl, nullptr);
    if (!xFrame.is() || !xParent.is())
      throw lang::IllegalArgumentException("chengbao: a panel needs Frame and ParentWindow",
                                           nullptr, 1);
    // Only UNO exceptions leave: anything else would abort the office.
    try {
      return new CheckDeckPanel(m_xContext, xFrame, xParent, rUrl);
    } catch (const uno::Exception&) {
      throw;
    } catch (const CommandError& rError) {
      throw uno::RuntimeException(rError.message);
    } catch (const std::exception& rError) {
      throw uno::RuntimeException(toOUString(rError.what()));
    } catch (...) {
      throw uno::RuntimeException("chengbao: the Check panel could not be made");
    }
  }

  rtl::OUString SAL_CALL getImplementationName() override {
    return rtl::OUString::createFromAscii(kPanelFactoryName);
  }
  sal_Bool SAL_CALL supportsService(const rtl::OUString& rName) override {
    return cppu::supportsService(this, rName);
  }
  uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
    return panelFactoryServiceNames();
  }

 private:
  uno::Reference<uno::XComponentContext> m_xContext;
};

}  // namespace

uno::Reference<uno::XInterface> SAL_CALL
createPanelFactory(const uno::Reference<uno::XComponentContext>& xContext) {
  return static_cast<cppu::OWeakObject*>(new PanelFactory(xContext));
}

rtl::OUString SAL_CALL panelFactoryImplementationName() {
  return rtl::OUString::createFromAscii(kPanelFactoryName);
}

uno::Sequence<rtl::OUString> SAL_CALL panelFactoryServiceNames() {
  uno::Sequence<rtl::OUString> aNames(1);
  aNames.getArray()[0] = "org.chengbao.PanelFactory";
  return aNames;
}

bool showCheckDeck(const CommandContext& rContext) {
  rContext.writerDocument();  // a CommandError now, before any window opens
  // A hidden frame (a document opened without a window) has no sidebar.
  const uno::Reference<awt::XWindow2> xWindow(rContext.xFrame->getContainerWindow(),
                                              uno::UNO_QUERY);
  if (!xWindow.is() || !xWindow->isVisible()) return false;
  rtl::Reference<CheckPanel> xPanel;
  {
    OpenPanels& rOpen = openPanels();
    std::lock_guard<std::mutex> aGuard(rOpen.aMutex);
    for (const auto& [xFrame, xOpen] : rOpen.aDeckPanels)
      if (xFrame == rContext.xFrame) xPanel = xOpen;
    if (!xPanel.is()) rOpen.aFocusWhenMade.push_back(rContext.xFrame);
  }
  const uno::Reference<frame::XDispatchProvider> xProvider(rContext.xFrame, uno::UNO_QUERY_THROW);
  util::URL aUrl;
  aUrl.Complete = ".uno:SidebarDeck.ChengbaoCheckDeck";
  util::URLTransformer::create(rContext.xContext)->parseStrict(aUrl);
  const uno::Reference<frame::XDispatch> xDispatch = xProvider->queryDispatch(aUrl, "", 0);
  if (!xDispatch.is()) {
    OpenPanels& rOpen = openPanels();
    std::lock_guard<std::mutex> aGuard(rOpen.aMutex);
    rOpen.aFocusWhenMade.erase(
        std::remove(rOpen.aFocusWhenMade.begin(), rOpen.aFocusWhenMade.end(), rContext.xFrame),
        rOpen.aFocusWhenMade.end());
    return false;
  }
  xDispatch->dispatch(aUrl, {});
  if (xPanel.is()) {
    // Already made: the deck is shown again; check afresh and give the list the keyboard.
    xPanel->recheck();
    xPanel->raise();
  }
  return true;
}

}  // namespace chengbao::ext
