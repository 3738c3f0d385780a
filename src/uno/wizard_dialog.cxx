// The report wizard's dialog: four steps on a roadmap with Back, Next, Finish, Cancel, Help.
#include "wizard_dialog.hxx"

#include <algorithm>
#include <cstdio>
#include <variant>
#include <vector>

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XItemEventBroadcaster.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XRadioButton.hpp>
#include <com/sun/star/awt/XScrollBar.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XIndexContainer.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XSingleServiceFactory.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <rtl/ref.hxx>

#include "date_format.hpp"
#include "date_text.hpp"
#include "profile_editor.hxx"
#include "settings.hxx"
#include "skeleton.hpp"
#include "template_library.hpp"
#include "ustring.hxx"
#include "wizard_callbacks.hxx"
#include "wizard_preview.hxx"
#include "wizard_strings.hxx"

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace chengbao::ext {
namespace {

// Geometry in dialog units (application font units). The page area is right of the roadmap.
constexpr sal_Int32 kWidth = 400;
constexpr sal_Int32 kHeight = 250;
constexpr sal_Int32 kRoadmapWidth = 85;
constexpr sal_Int32 kLeft = 92;
constexpr sal_Int32 kPageWidth = 302;
constexpr sal_Int32 kButtonY = 230;
constexpr sal_Int32 kButtonWidth = 52;
constexpr sal_Int32 kButtonHeight = 14;
constexpr int kSteps = 4;
/// Rows of the section list on step 2; a scroll bar shows the rest.
constexpr int kRows = 11;
constexpr sal_Int32 kRowTop = 37;
constexpr sal_Int32 kRowHeight = 13;
constexpr sal_Int32 kSectionWidth = 160;
constexpr sal_Int32 kIndentPerLevel = 8;
/// A step the dialog never shows: where controls go while they are not needed.
constexpr sal_Int32 kHiddenStep = 100;
/// Mnemonics of the section rows: none of the buttons' (H B N F C) nor the preview's (V).
constexpr const char* kRowMnemonics = "1234567890ADEGIJKLMOPQRSTUWXYZ";
constexpr sal_Int32 kErrorColor = 0xC00000;

enum class Event { Action, Item, Text, Focus, Adjust };

struct LoadedTemplate {
  std::string key;  ///< the id of a shipped template, else its path
  ReportTemplate tmpl;
};

struct ProfileEntry {
  std::string path;
  std::optional<Profile> profile;
  std::string error;  ///< file:line: reason when it does not load
};

rtl::OUString ascii(const char* p) { return rtl::OUString::createFromAscii(p); }

std::string isoDate(const Date& rDate) {
  char aBuffer[16];
  std::snprintf(aBuffer, sizeof aBuffer, "%04d-%02d-%02d", rDate.year, rDate.month, rDate.day);
  return aBuffer;
}

rtl::OUString rowName(int nRow, const char* pPart) {
  return ascii(("Row" + std::to_string(nRow) + pPart).c_str());
}

std::string fileName(const std::string& rPath) {
  const size_t nSlash = rPath.rfind('/');
  return nSlash == std::string::npos ? rPath : rPath.substr(nSlash + 1);
}

/// The shipped templates (keyed by id) and those of the extra folders (keyed by path), every
/// script; broken ones are left out.
std::vector<LoadedTemplate> loadTemplates(const std::string& rShippedDir,
                                          const std::vector<std::string>& rFolders) {
  std::vector<LoadedTemplate> aResult;
  TemplateLoadOptions aOptions;
  aOptions.parent_dirs = {rShippedDir};
  auto addFrom = [&](const std::string& rDir, bool bShipped) {
    for (const TemplateInfo& rInfo : list_templates(rDir, aOptions)) {
      auto aLoaded = load_template(rInfo.path, aOptions);
      if (auto* pTemplate = std::get_if<ReportTemplate>(&aLoaded))
        aResult.push_back({bShipped ? rInfo.id : rInfo.path, std::move(*pTemplate)});
    }
  };
  addFrom(rShippedDir, true);
  for (const std::string& rFolder : rFolders)
    if (rFolder != rShippedDir) addFrom(rFolder, false);
  return aResult;
}

/// Sets the flag while the dialog changes its own controls, so their events are not taken for
/// the user's.
class UpdateGuard {
 public:
  explicit UpdateGuard(bool& rFlag) : m_rFlag(rFlag), m_bOld(rFlag) { m_rFlag = true; }
  ~UpdateGuard() { m_rFlag = m_bOld; }
  UpdateGuard(const UpdateGuard&) = delete;
  UpdateGuard& operator=(const UpdateGuard&) = delete;

 private:
  bool& m_rFlag;
  bool m_bOld;
};

class WizardDialog {
 public:
  WizardDialog(const CommandContext& rContext, const WizardChoices& rInitial);
  ~WizardDialog();
  WizardDialog(const WizardDialog&) = delete;
  WizardDialog& operator=(const WizardDialog&) = delete;

  std::optional<WizardChoices> run();

 private:
  // Building the dialog.
  Reference<beans::XPropertySet> add(const char* pService, const rtl::OUString& rName,
                                     sal_Int32 nStep, sal_Int32 nX, sal_Int32 nY, sal_Int32 nWidth,
                                     sal_Int32 nHeight);
  /// A control that shows `eText` as its label: a fixed line, a check box, a radio button.
  Reference<beans::XPropertySet> addLabelled(const char* pService, const rtl::OUString& rName,
                                             sal_Int32 nStep, WizardText eText, sal_Int32 nX,
                                             sal_Int32 nY, sal_Int32 nWidth);
  Reference<beans::XPropertySet> addLabel(const rtl::OUString& rName, sal_Int32 nStep,
                                          WizardText eText, sal_Int32 nX, sal_Int32 nY,
                                          sal_Int32 nWidth, bool bNamesControl);
  void createDialog();
  void createTypeStep();
  void createSectionsStep();
  void createProfileStep();
  void createOptionsStep();
  void createRoadmapAndButtons();
  void fillRoadmap();
  void connectListeners();
  void listen(const rtl::OUString& rName, Event eEvent, std::function<void(sal_Int32)> aCallback);
  /// Keeps `rChoice` to the state of the check box `rName`, showing the options anew.
  void listenCheckBox(const rtl::OUString& rName, bool& rChoice);

  // The state shown.
  rtl::OUString text(WizardText eText) const { return wizardText(eText, m_rContext.language); }
  const ReportTemplate& currentTemplate() const { return m_aTemplates[m_nCurrent].tmpl; }
  const Profile& currentProfile() const;
  std::optional<Date> chosenDate() const;
  /// The report Finish would insert, as the previews show it (a 繁體 report's topic and
  /// profile values converted, as Finish converts them).
  Skeleton previewSkeleton();
  DateStyle dateStyle() const;
  SkeletonOptions skeletonOptions() const;
  std::map<std::string, std::string> previewFields() const;
  std::string languageForNames() const;
  bool included(int nRow) const;

  void chooseScript(const std::string& rScript);
  void chooseTemplate(size_t nIndex);
  void fillTemplateList();
  void updateType();
  void updateRows();
  void updateTextPreview();
  void fillProfileList();
  void updateProfile();
  void updateProfileValues();
  void updateTopicAndDate();
  void updateOptions();
  void goToStep(int nStep);
  void focus(const rtl::OUString& rName);
  bool validate();
  void pruneChoices();

  // The user's actions.
  void onTemplateSelected();
  void onRowToggled(int nSlot);
  void onAlternativeSelected(int nSlot);
  void onImport();
  void importProfile();
  void onNewProfile();
  void onEditProfile();
  /// The profile editor on `rStart`, saving to `rPath` (empty: a new file of the user's); the
  /// profile saved is listed, chosen and made the one in use.
  void openEditor(const Profile& rStart, const std::string& rPath);
  /// Shows the first-run offer on step 1 while the profile in use is the shipped example.
  void updateFirstRun();
  void onHelp();
  void onFinish();

  // Control access.
  Reference<beans::XPropertySet> model(const rtl::OUString& rName) const;
  void set(const rtl::OUString& rName, const char* pProperty, const Any& rValue);
  void set(const char* pName, const char* pProperty, const Any& rValue) {
    set(ascii(pName), pProperty, rValue);
  }
  void setText(const char* pName, const std::string& rText) {
    set(pName, "Text", Any(toOUString(rText)));
  }
  void showMessage(const rtl::OUString& rText, awt::MessageBoxType eType);

  const CommandContext& m_rContext;
  WizardChoices m_aChoices;
  std::string m_aDateText;  ///< as typed on step 3
  std::vector<LoadedTemplate> m_aTemplates;
  std::vector<std::string> m_aTemplateFolders;  ///< besides the shipped folder
  std::vector<size_t> m_aShown;                 ///< the templates listed for the chosen script
  size_t m_nCurrent = 0;
  std::vector<SectionRow> m_aRows;
  int m_nScroll = 0;
  int m_nPreviewRow = -1;
  std::vector<ProfileEntry> m_aProfiles;
  size_t m_nProfile = 0;
  std::string m_aProfileInUse;
  std::string m_aImportError;
  int m_nStep = 1;
  bool m_bUpdating = false;
  bool m_bFinished = false;
  sal_Int16 m_nTabIndex = 0;

  Reference<container::XNameContainer> m_xModel;
  Reference<lang::XMultiServiceFactory> m_xFactory;
  Reference<awt::XControl> m_xDialog;
  Reference<awt::XControlContainer> m_xControls;
  std::vector<rtl::Reference<ControlCallback>> m_aCallbacks;
};

WizardDialog::WizardDialog(const CommandContext& rContext, const WizardChoices& rInitial)
    : m_rContext(rContext), m_aChoices(rInitial) {
  m_aDateText = isoDate(m_aChoices.date.value_or(today()));

  // The profiles: the one to start with, the one in use, the user's list, the shipped example.
  const Settings aSettings = readSettings(rContext.xContext);
  m_aProfileInUse = aSettings.currentProfile;
  std::vector<std::string> aPaths = {m_aChoices.profilePath, aSettings.currentProfile};
  aPaths.insert(aPaths.end(), aSettings.knownProfiles.begin(), aSettings.knownProfiles.end());
  aPaths.push_back(rContext.templateDir() + "/profiles/example.xml");
  // One file under two paths is listed once: a command given the example by a path of its own
  // (the build's templates folder, a copy, an older install's) listed it beside the shipped one.
  for (const std::string& rPath : aPaths) {
    if (rPath.empty() ||
        std::any_of(m_aProfiles.begin(), m_aProfiles.end(),
                    [&](const ProfileEntry& e) { return same_profile_file(e.path, rPath); }))
      continue;
    ProfileEntry aEntry{rPath, std::nullopt, std::string()};
    auto aLoaded = load_profile(rPath);
    if (auto* pProfile = std::get_if<Profile>(&aLoaded))
      aEntry.profile = std::move(*pProfile);
    else
      aEntry.error = describe(std::get<LoadError>(aLoaded), m_rContext.coreLanguage());
    m_aProfiles.push_back(std::move(aEntry));
  }
  if (m_aChoices.script.empty()) m_aChoices.script = currentProfile().script;
  if (m_aChoices.script != "zh-Hant") m_aChoices.script = "zh-Hans";

  // The templates: shipped, the settings' folders, the starting profile's own folder.
  std::vector<std::string> aFolders = aSettings.templateFolders;
  if (!currentProfile().template_folder_path.empty())
    aFolders.push_back(currentProfile().template_folder_path);
  m_aTemplateFolders = aFolders;
  m_aTemplates = loadTemplates(rContext.templateDir(), aFolders);
  if (m_aTemplates.empty())
    throw CommandError{m_rContext.text(Message::InsertReportFailed) +
                       text(WizardText::NoTemplates)};
}

WizardDialog::~WizardDialog() {
  for (auto& xCallback : m_aCallbacks) xCallback->disconnect();
  try {
    Reference<lang::XComponent> xComponent(m_xDialog, UNO_QUERY);
    if (xComponent.is()) xComponent->dispose();
  } catch (...) {
    // A dialog that will not go away is the office's business now.
  }
}

const Profile& WizardDialog::currentProfile() const {
  static const Profile aEmpty;
  if (m_nProfile < m_aProfiles.size() && m_aProfiles[m_nProfile].profile)
    return *m_aProfiles[m_nProfile].profile;
  return aEmpty;
}

Skeleton WizardDialog::previewSkeleton() {
  const ReportTemplate& rTemplate = currentTemplate();
  Profile aProfile = currentProfile();
  SkeletonOptions aOptions = skeletonOptions();
  convert_to_template_script(rTemplate, aProfile, aOptions);
  return build_skeleton(rTemplate, aProfile, aOptions);
}

std::optional<Date> WizardDialog::chosenDate() const {
  const DateInput aInput = parse_date_input(m_aDateText);
  if (aInput.status != DateInput::Status::Valid) return std::nullopt;
  return aInput.date;
}

DateStyle WizardDialog::dateStyle() const {
  return currentTemplate().date_style.value_or(currentProfile().date_style);
}

SkeletonOptions WizardDialog::skeletonOptions() const {
  SkeletonOptions aOptions;
  aOptions.date = chosenDate().value_or(today());
  aOptions.topic = m_aChoices.topic;
  aOptions.alternatives = m_aChoices.alternatives;
  aOptions.omit = m_aChoices.omit;
  const bool bParts = takes_masthead_and_colophon(currentTemplate());
  aOptions.masthead = bParts && m_aChoices.masthead;
  aOptions.colophon = bParts && m_aChoices.colophon;
  aOptions.sequence = m_aChoices.sequence;
  return aOptions;
}

std::map<std::string, std::string> WizardDialog::previewFields() const {
  const Date aDate = chosenDate().value_or(today());
  std::map<std::string, std::string> aFields = currentProfile().fields(aDate.year);
  const std::string aTopic =
      m_aChoices.topic.empty() ? currentTemplate().default_topic : m_aChoices.topic;
  aFields["topic"] = fill_fields(aTopic, aFields);
  aFields["date"] = format_date(aDate, dateStyle());
  return aFields;
}

std::string WizardDialog::languageForNames() const {
  return m_rContext.language == "en-US" ? "en" : m_aChoices.script;
}

bool WizardDialog::included(int nRow) const {
  for (int i = nRow; i >= 0; i = m_aRows[i].parent) {
    const Section& rSection = *m_aRows[i].section;
    if (!rSection.required && m_aChoices.omit.count(rSection.id) != 0) return false;
  }
  return true;
}

// ---- building ------------------------------------------------------------------------------

Reference<beans::XPropertySet> WizardDialog::add(const char* pService, const rtl::OUString& rName,
                                                 sal_Int32 nStep, sal_Int32 nX, sal_Int32 nY,
                                                 sal_Int32 nWidth, sal_Int32 nHeight) {
  Reference<beans::XPropertySet> xModel(m_xFactory->createInstance(ascii(pService)),
                                        UNO_QUERY_THROW);
  xModel->setPropertyValue("PositionX", Any(nX));
  xModel->setPropertyValue("PositionY", Any(nY));
  xModel->setPropertyValue("Width", Any(nWidth));
  xModel->setPropertyValue("Height", Any(nHeight));
  xModel->setPropertyValue("Name", Any(rName));
  xModel->setPropertyValue("Step", Any(nStep));
  // The order of creation is the order of the Tab key.
  if (xModel->getPropertySetInfo()->hasPropertyByName("TabIndex"))
    xModel->setPropertyValue("TabIndex", Any(m_nTabIndex++));
  m_xModel->insertByName(rName, Any(xModel));
  return xModel;
}

Reference<beans::XPropertySet> WizardDialog::addLabelled(const char* pService,
                                                         const rtl::OUString& rName,
                                                         sal_Int32 nStep, WizardText eText,
                                                         sal_Int32 nX, sal_Int32 nY,
                                                         sal_Int32 nWidth) {
  Reference<beans::XPropertySet> xModel = add(pService, rName, nStep, nX, nY, nWidth, 10);
  xModel->setPropertyValue("Label", Any(text(eText)));
  return xModel;
}

Reference<beans::XPropertySet> WizardDialog::addLabel(const rtl::OUString& rName, sal_Int32 nStep,
                                                      WizardText eText, sal_Int32 nX, sal_Int32 nY,
                                                      sal_Int32 nWidth, bool bNamesControl) {
  Reference<beans::XPropertySet> xLabel =
      add("com.sun.star.awt.UnoControlFixedTextModel", rName, nStep, nX, nY, nWidth, 10);
  xLabel->setPropertyValue("Label", Any(text(eText)));
  // A label that names no control gets no mnemonic, and VCL must not invent one for it.
  if (!bNamesControl) xLabel->setPropertyValue("NoLabel", Any(true));
  return xLabel;
}

void WizardDialog::createDialog() {
  Reference<lang::XMultiComponentFactory> xServices = m_rContext.xContext->getServiceManager();
  m_xModel.set(xServices->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel",
                                                    m_rContext.xContext),
               UNO_QUERY_THROW);
  m_xFactory.set(m_xModel, UNO_QUERY_THROW);
  Reference<beans::XPropertySet> xProps(m_xModel, UNO_QUERY_THROW);
  xProps->setPropertyValue("PositionX", Any(sal_Int32(60)));
  xProps->setPropertyValue("PositionY", Any(sal_Int32(30)));
  xProps->setPropertyValue("Width", Any(kWidth));
  xProps->setPropertyValue("Height", Any(kHeight));
  xProps->setPropertyValue("Title", Any(text(WizardText::Title)));
  xProps->setPropertyValue("Moveable", Any(true));
  xProps->setPropertyValue("Closeable", Any(true));
  // F1 shows the help page whose bookmark names this id (extension/help/*/wizard.xhp).
  xProps->setPropertyValue("HelpURL", Any(rtl::OUString("vnd.chengbao:Wizard")));
  xProps->setPropertyValue("Step", Any(sal_Int32(1)));

  createTypeStep();
  createSectionsStep();
  createProfileStep();
  createOptionsStep();
  createRoadmapAndButtons();

  m_xDialog.set(xServices->createInstanceWithContext("com.sun.star.awt.UnoControlDialog",
                                                     m_rContext.xContext),
                UNO_QUERY_THROW);
  m_xDialog->setModel(Reference<awt::XControlModel>(m_xModel, UNO_QUERY_THROW));
  m_xControls.set(m_xDialog, UNO_QUERY_THROW);
  Reference<awt::XWindowPeer> xParent;
  if (m_rContext.xFrame.is()) xParent.set(m_rContext.xFrame->getContainerWindow(), UNO_QUERY);
  m_xDialog->createPeer(
      Reference<awt::XToolkit>(awt::Toolkit::create(m_rContext.xContext), UNO_QUERY_THROW),
      xParent);
  fillRoadmap();
  connectListeners();
}

void WizardDialog::createTypeStep() {
  addLabel("TypeLabel", 1, WizardText::TemplateLabel, kLeft, 6, 140, true);
  Reference<beans::XPropertySet> xList =
      add("com.sun.star.awt.UnoControlListBoxModel", "TypeList", 1, kLeft, 17, 140, 84);
  xList->setPropertyValue("Dropdown", Any(false));
  xList->setPropertyValue("MultiSelection", Any(false));
  addLabel("DescriptionLabel", 1, WizardText::DescriptionLabel, 238, 6, 156, false);
  Reference<beans::XPropertySet> xDescription =
      add("com.sun.star.awt.UnoControlFixedTextModel", "Description", 1, 238, 17, 156, 84);
  xDescription->setPropertyValue("MultiLine", Any(true));
  xDescription->setPropertyValue("NoLabel", Any(true));
  addLabel("OutlineLabel", 1, WizardText::OutlineLabel, kLeft, 106, kPageWidth, true);
  Reference<beans::XPropertySet> xOutline =
      add("com.sun.star.awt.UnoControlEditModel", "Outline", 1, kLeft, 117, kPageWidth, 86);
  xOutline->setPropertyValue("MultiLine", Any(true));
  xOutline->setPropertyValue("ReadOnly", Any(true));
  xOutline->setPropertyValue("VScroll", Any(true));
  // The first-run offer: shown (updateFirstRun) while the profile in use is the shipped example.
  Reference<beans::XPropertySet> xNotice =
      add("com.sun.star.awt.UnoControlFixedTextModel", "ExampleNotice", 1, kLeft, 207, 222, 20);
  xNotice->setPropertyValue("Label", Any(text(WizardText::ExampleInUse)));
  xNotice->setPropertyValue("NoLabel", Any(true));
  xNotice->setPropertyValue("MultiLine", Any(true));
  Reference<beans::XPropertySet> xSetUp =
      add("com.sun.star.awt.UnoControlButtonModel", "SetUpProfile", 1, kLeft + 226, 207, 76, 14);
  xSetUp->setPropertyValue("Label", Any(text(WizardText::SetUpProfile)));
}

void WizardDialog::createSectionsStep() {
  Reference<beans::XPropertySet> xIntro =
      addLabel("SectionsIntro", 2, WizardText::SectionsIntro, kLeft, 6, kPageWidth, false);
  xIntro->setPropertyValue("Height", Any(sal_Int32(18)));
  xIntro->setPropertyValue("MultiLine", Any(true));
  addLabel("SectionHeader", 2, WizardText::SectionColumn, kLeft, 26, kSectionWidth, false);
  addLabel("TextHeader", 2, WizardText::TextColumn, kLeft + kSectionWidth + 4, 26, 126, false);
  for (int i = 0; i < kRows; ++i) {
    const sal_Int32 nY = kRowTop + i * kRowHeight;
    add("com.sun.star.awt.UnoControlCheckBoxModel", rowName(i, "Check"), kHiddenStep, kLeft, nY + 1,
        kSectionWidth, 10);
    Reference<beans::XPropertySet> xList =
        add("com.sun.star.awt.UnoControlListBoxModel", rowName(i, "Text"), kHiddenStep,
            kLeft + kSectionWidth + 4, nY, 126, 12);
    xList->setPropertyValue("Dropdown", Any(true));
    xList->setPropertyValue("LineCount", Any(sal_Int16(6)));
  }
  Reference<beans::XPropertySet> xScroll =
      add("com.sun.star.awt.UnoControlScrollBarModel", "RowScroll", kHiddenStep,
          kLeft + kPageWidth - 8, kRowTop, 8, kRows * kRowHeight);
  xScroll->setPropertyValue("Orientation", Any(sal_Int32(1)));  // ScrollBarOrientation::VERTICAL
  xScroll->setPropertyValue("LineIncrement", Any(sal_Int32(1)));
  xScroll->setPropertyValue("BlockIncrement", Any(sal_Int32(kRows - 1)));
  const sal_Int32 nPreviewY = kRowTop + kRows * kRowHeight + 2;
  addLabel("TextPreviewLabel", 2, WizardText::TextPreviewLabel, kLeft, nPreviewY, kPageWidth, true);
  Reference<beans::XPropertySet> xPreview =
      add("com.sun.star.awt.UnoControlEditModel", "TextPreview", 2, kLeft, nPreviewY + 11,
          kPageWidth, kButtonY - 7 - nPreviewY - 11);
  xPreview->setPropertyValue("MultiLine", Any(true));
  xPreview->setPropertyValue("ReadOnly", Any(true));
  xPreview->setPropertyValue("VScroll", Any(true));
}

void WizardDialog::createProfileStep() {
  addLabel("ProfileLabel", 3, WizardText::ProfileLabel, kLeft, 6, 240, true);
  Reference<beans::XPropertySet> xList =
      add("com.sun.star.awt.UnoControlListBoxModel", "ProfileList", 3, kLeft, 17, 240, 12);
  xList->setPropertyValue("Dropdown", Any(true));
  xList->setPropertyValue("LineCount", Any(sal_Int16(8)));
  Reference<beans::XPropertySet> xImport = add("com.sun.star.awt.UnoControlButtonModel", "Import",
                                               3, kLeft + 246, 16, kPageWidth - 246, 14);
  xImport->setPropertyValue("Label", Any(text(WizardText::Import)));
  Reference<beans::XPropertySet> xNew =
      add("com.sun.star.awt.UnoControlButtonModel", "NewProfile", 3, kLeft + 186, 31, 56, 14);
  xNew->setPropertyValue("Label", Any(text(WizardText::NewProfile)));
  Reference<beans::XPropertySet> xEdit =
      add("com.sun.star.awt.UnoControlButtonModel", "EditProfile", 3, kLeft + 246, 31,
          kPageWidth - 246, 14);
  xEdit->setPropertyValue("Label", Any(text(WizardText::EditProfile)));
  addLabel("ValuesLabel", 3, WizardText::ValuesLabel, kLeft, 35, 180, true);
  Reference<beans::XPropertySet> xValues =
      add("com.sun.star.awt.UnoControlEditModel", "Values", 3, kLeft, 46, kPageWidth, 76);
  xValues->setPropertyValue("MultiLine", Any(true));
  xValues->setPropertyValue("ReadOnly", Any(true));
  xValues->setPropertyValue("VScroll", Any(true));
  addLabel("TopicLabel", 3, WizardText::TopicLabel, kLeft, 127, kPageWidth, true);
  add("com.sun.star.awt.UnoControlEditModel", "Topic", 3, kLeft, 138, kPageWidth, 12);
  Reference<beans::XPropertySet> xTitle = add("com.sun.star.awt.UnoControlFixedTextModel",
                                              "TitlePreview", 3, kLeft, 153, kPageWidth, 10);
  xTitle->setPropertyValue("NoLabel", Any(true));
  addLabel("DateLabel", 3, WizardText::DateLabel, kLeft, 168, 80, true);
  add("com.sun.star.awt.UnoControlEditModel", "Date", 3, kLeft, 179, 70, 12);
  Reference<beans::XPropertySet> xHint = add("com.sun.star.awt.UnoControlFixedTextModel",
                                             "DateHint", 3, kLeft + 76, 181, kPageWidth - 76, 10);
  xHint->setPropertyValue("NoLabel", Any(true));
  Reference<beans::XPropertySet> xError = add("com.sun.star.awt.UnoControlFixedTextModel",
                                              "ProfileError", 3, kLeft, 196, kPageWidth, 26);
  xError->setPropertyValue("NoLabel", Any(true));
  xError->setPropertyValue("MultiLine", Any(true));
  xError->setPropertyValue("TextColor", Any(kErrorColor));
}

void WizardDialog::createOptionsStep() {
  constexpr const char* kLine = "com.sun.star.awt.UnoControlFixedLineModel";
  constexpr const char* kRadio = "com.sun.star.awt.UnoControlRadioButtonModel";
  constexpr const char* kCheck = "com.sun.star.awt.UnoControlCheckBoxModel";
  addLabelled(kLine, "ScriptHeader", 4, WizardText::ScriptHeader, kLeft, 4, kPageWidth);
  addLabelled(kRadio, "Simplified", 4, WizardText::Simplified, kLeft + 8, 17, 140);
  addLabelled(kRadio, "Traditional", 4, WizardText::Traditional, kLeft + 154, 17, 140);
  addLabelled(kLine, "TargetHeader", 4, WizardText::TargetHeader, kLeft, 32, kPageWidth);
  addLabelled(kRadio, "TargetCursor", 4, WizardText::TargetCursor, kLeft + 8, 45, 286);
  addLabelled(kRadio, "TargetNew", 4, WizardText::TargetNew, kLeft + 8, 57, 286);
  addLabelled(kLine, "PageHeader", 4, WizardText::SummaryPageSetup, kLeft, 72, kPageWidth);
  addLabelled(kCheck, "PageSetup", 4, WizardText::PageSetup, kLeft + 8, 85, 286);
  Reference<beans::XPropertySet> xNote =
      add("com.sun.star.awt.UnoControlFixedTextModel", "PageSetupNote", 4, kLeft + 20, 97, 274, 10);
  xNote->setPropertyValue("NoLabel", Any(true));
  addLabelled(kLine, "PartsHeader", 4, WizardText::PartsHeader, kLeft, 110, kPageWidth);
  addLabelled(kCheck, "Masthead", 4, WizardText::Masthead, kLeft + 8, 123, 176);
  addLabel("SequenceLabel", 4, WizardText::Sequence, kLeft + 188, 124, 62, true);
  add("com.sun.star.awt.UnoControlEditModel", "Sequence", 4, kLeft + 252, 122, 42, 12);
  addLabelled(kCheck, "Colophon", 4, WizardText::Colophon, kLeft + 8, 137, 286);
  addLabel("SummaryLabel", 4, WizardText::SummaryLabel, kLeft, 152, kPageWidth, true);
  Reference<beans::XPropertySet> xSummary =
      add("com.sun.star.awt.UnoControlEditModel", "Summary", 4, kLeft, 163, kPageWidth, 60);
  xSummary->setPropertyValue("MultiLine", Any(true));
  xSummary->setPropertyValue("ReadOnly", Any(true));
  xSummary->setPropertyValue("VScroll", Any(true));
}

void WizardDialog::createRoadmapAndButtons() {
  Reference<beans::XPropertySet> xRoadmap = add("com.sun.star.awt.UnoControlRoadmapModel",
                                                "Roadmap", 0, 0, 0, kRoadmapWidth, kButtonY - 8);
  xRoadmap->setPropertyValue("Text", Any(text(WizardText::Steps)));
  xRoadmap->setPropertyValue("Complete", Any(true));

  add("com.sun.star.awt.UnoControlFixedLineModel", "ButtonLine", 0, 0, kButtonY - 7, kWidth, 4);
  struct ButtonSpec {
    const char* pName;
    WizardText eText;
    sal_Int32 nX;
    sal_Int16 nType;
  };
  const ButtonSpec aButtons[] = {
      {"Back", WizardText::Back, kWidth - 4 * (kButtonWidth + 4) - 2,
       sal_Int16(awt::PushButtonType_STANDARD)},
      {"Next", WizardText::Next, kWidth - 3 * (kButtonWidth + 4) - 2,
       sal_Int16(awt::PushButtonType_STANDARD)},
      {"Finish", WizardText::Finish, kWidth - 2 * (kButtonWidth + 4) - 2,
       sal_Int16(awt::PushButtonType_STANDARD)},
      {"Cancel", WizardText::Cancel, kWidth - (kButtonWidth + 4) - 2,
       sal_Int16(awt::PushButtonType_CANCEL)},
      {"Help", WizardText::Help, 6, sal_Int16(awt::PushButtonType_STANDARD)},
  };
  for (const ButtonSpec& rSpec : aButtons) {
    Reference<beans::XPropertySet> xButton =
        add("com.sun.star.awt.UnoControlButtonModel", ascii(rSpec.pName), 0, rSpec.nX, kButtonY,
            kButtonWidth, kButtonHeight);
    xButton->setPropertyValue("Label", Any(text(rSpec.eText)));
    xButton->setPropertyValue("PushButtonType", Any(rSpec.nType));
  }
}

void WizardDialog::fillRoadmap() {
  // The items go in once the roadmap has its window: items inserted before are not shown.
  Reference<beans::XPropertySet> xRoadmap = model("Roadmap");
  // The roadmap makes its items through the old XSingleServiceFactory, the only way it offers.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  Reference<lang::XSingleServiceFactory> xItems(xRoadmap, UNO_QUERY_THROW);
  Reference<container::XIndexContainer> xIndex(xRoadmap, UNO_QUERY_THROW);
  const WizardText aSteps[kSteps] = {WizardText::StepType, WizardText::StepSections,
                                     WizardText::StepProfile, WizardText::StepOptions};
  for (int i = 0; i < kSteps; ++i) {
    Reference<beans::XPropertySet> xItem(xItems->createInstance(), UNO_QUERY_THROW);
    xItem->setPropertyValue("ID", Any(sal_Int16(i + 1)));
    xItem->setPropertyValue("Label", Any(text(aSteps[i])));
    xItem->setPropertyValue("Enabled", Any(true));
    xItem->setPropertyValue("Interactive", Any(true));
    xIndex->insertByIndex(i, Any(xItem));
  }
#pragma GCC diagnostic pop
  xRoadmap->setPropertyValue("CurrentItemID", Any(sal_Int16(1)));
}

void WizardDialog::listen(const rtl::OUString& rName, Event eEvent,
                          std::function<void(sal_Int32)> aCallback) {
  Reference<awt::XControl> xControl = m_xControls->getControl(rName);
  if (!xControl.is()) return;
  rtl::Reference<ControlCallback> xCallback(
      new ControlCallback([this, aCallback = std::move(aCallback)](sal_Int32 nValue) {
        if (!m_bUpdating) aCallback(nValue);
      }));
  m_aCallbacks.push_back(xCallback);
  switch (eEvent) {
    case Event::Action:
      Reference<awt::XButton>(xControl, UNO_QUERY_THROW)->addActionListener(xCallback.get());
      break;
    case Event::Item:
      if (Reference<awt::XListBox> xList{xControl, UNO_QUERY}; xList.is())
        xList->addItemListener(xCallback.get());
      else if (Reference<awt::XCheckBox> xCheck{xControl, UNO_QUERY}; xCheck.is())
        xCheck->addItemListener(xCallback.get());
      else if (Reference<awt::XRadioButton> xRadio{xControl, UNO_QUERY}; xRadio.is())
        xRadio->addItemListener(xCallback.get());
      else
        Reference<awt::XItemEventBroadcaster>(xControl, UNO_QUERY_THROW)
            ->addItemListener(xCallback.get());
      break;
    case Event::Text:
      Reference<awt::XTextComponent>(xControl, UNO_QUERY_THROW)->addTextListener(xCallback.get());
      break;
    case Event::Focus:
      Reference<awt::XWindow>(xControl, UNO_QUERY_THROW)->addFocusListener(xCallback.get());
      break;
    case Event::Adjust:
      Reference<awt::XScrollBar>(xControl, UNO_QUERY_THROW)->addAdjustmentListener(xCallback.get());
      break;
  }
}

void WizardDialog::connectListeners() {
  listen("Roadmap", Event::Item, [this](sal_Int32 nStep) {
    if (nStep != m_nStep && (m_nStep != 3 || validate())) goToStep(nStep);
  });
  listen("Back", Event::Action, [this](sal_Int32) { goToStep(std::max(1, m_nStep - 1)); });
  listen("Next", Event::Action, [this](sal_Int32) {
    if (m_nStep != 3 || validate()) goToStep(std::min(kSteps, m_nStep + 1));
  });
  listen("Finish", Event::Action, [this](sal_Int32) { onFinish(); });
  listen("Help", Event::Action, [this](sal_Int32) { onHelp(); });
  listen("TypeList", Event::Item, [this](sal_Int32) { onTemplateSelected(); });
  for (int i = 0; i < kRows; ++i) {
    listen(rowName(i, "Check"), Event::Item, [this, i](sal_Int32) { onRowToggled(i); });
    listen(rowName(i, "Text"), Event::Item, [this, i](sal_Int32) { onAlternativeSelected(i); });
    auto showPreview = [this, i](sal_Int32) {
      if (m_nScroll + i < static_cast<int>(m_aRows.size())) {
        m_nPreviewRow = m_nScroll + i;
        updateTextPreview();
      }
    };
    listen(rowName(i, "Check"), Event::Focus, showPreview);
    listen(rowName(i, "Text"), Event::Focus, showPreview);
  }
  listen("RowScroll", Event::Adjust, [this](sal_Int32 nValue) {
    m_nScroll = std::clamp(static_cast<int>(nValue), 0,
                           std::max(0, static_cast<int>(m_aRows.size()) - kRows));
    updateRows();
  });
  listen("ProfileList", Event::Item, [this](sal_Int32) {
    uno::Sequence<sal_Int16> aSelected;
    model("ProfileList")->getPropertyValue("SelectedItems") >>= aSelected;
    if (aSelected.getLength() == 1) {
      m_nProfile = static_cast<size_t>(aSelected[0]);
      m_aImportError.clear();
      updateProfile();
    }
  });
  listen("Import", Event::Action, [this](sal_Int32) { onImport(); });
  listen("NewProfile", Event::Action, [this](sal_Int32) { onNewProfile(); });
  listen("EditProfile", Event::Action, [this](sal_Int32) { onEditProfile(); });
  listen("SetUpProfile", Event::Action, [this](sal_Int32) { onNewProfile(); });
  listen("Topic", Event::Text, [this](sal_Int32) {
    rtl::OUString aText;
    model("Topic")->getPropertyValue("Text") >>= aText;
    m_aChoices.topic = toUtf8(aText.trim());
    updateTopicAndDate();
  });
  listen("Date", Event::Text, [this](sal_Int32) {
    rtl::OUString aText;
    model("Date")->getPropertyValue("Text") >>= aText;
    m_aDateText = toUtf8(aText.trim());
    updateTopicAndDate();
    updateProfileValues();
  });
  auto scriptChanged = [this](sal_Int32) {
    sal_Int16 nState = 0;
    model("Traditional")->getPropertyValue("State") >>= nState;
    chooseScript(nState == 1 ? "zh-Hant" : "zh-Hans");
  };
  listen("Simplified", Event::Item, scriptChanged);
  listen("Traditional", Event::Item, scriptChanged);
  auto targetChanged = [this](sal_Int32) {
    sal_Int16 nState = 0;
    model("TargetNew")->getPropertyValue("State") >>= nState;
    m_aChoices.target = nState == 1 ? InsertTarget::NewDocument : InsertTarget::Cursor;
    updateOptions();
  };
  listen("TargetCursor", Event::Item, targetChanged);
  listen("TargetNew", Event::Item, targetChanged);
  listenCheckBox("PageSetup", m_aChoices.pageSetup);
  listenCheckBox("Masthead", m_aChoices.masthead);
  listenCheckBox("Colophon", m_aChoices.colophon);
}

void WizardDialog::listenCheckBox(const rtl::OUString& rName, bool& rChoice) {
  listen(rName, Event::Item, [this, rName, &rChoice](sal_Int32) {
    sal_Int16 nState = 0;
    model(rName)->getPropertyValue("State") >>= nState;
    rChoice = nState == 1;
    updateOptions();
  });
}

// ---- showing the state ---------------------------------------------------------------------

Reference<beans::XPropertySet> WizardDialog::model(const rtl::OUString& rName) const {
  return Reference<beans::XPropertySet>(m_xModel->getByName(rName), UNO_QUERY_THROW);
}

void WizardDialog::set(const rtl::OUString& rName, const char* pProperty, const Any& rValue) {
  UpdateGuard aGuard(m_bUpdating);
  model(rName)->setPropertyValue(ascii(pProperty), rValue);
}

void WizardDialog::chooseScript(const std::string& rScript) {
  // The same template (by key) in the other script, with the same sections chosen.
  m_aChoices.script = rScript;
  fillTemplateList();
}

void WizardDialog::fillTemplateList() {
  // One entry per template key: the version in the chosen script, else an English one (which
  // serves every script); a Chinese template without a version in this script is not listed.
  const std::string aKeep = m_aTemplates.empty() ? std::string() : m_aChoices.templateKey;
  m_aShown.clear();
  std::vector<std::string> aKeys;
  for (const LoadedTemplate& rEntry : m_aTemplates)
    if (std::find(aKeys.begin(), aKeys.end(), rEntry.key) == aKeys.end())
      aKeys.push_back(rEntry.key);
  for (const std::string& rKey : aKeys) {
    std::optional<size_t> nBest;
    for (size_t i = 0; i < m_aTemplates.size(); ++i) {
      if (m_aTemplates[i].key != rKey) continue;
      if (m_aTemplates[i].tmpl.script == m_aChoices.script ||
          (!nBest && m_aTemplates[i].tmpl.script == "en"))
        nBest = i;
    }
    if (nBest) m_aShown.push_back(*nBest);
  }
  if (m_aShown.empty()) m_aShown.push_back(0);

  uno::Sequence<rtl::OUString> aNames(static_cast<sal_Int32>(m_aShown.size()));
  size_t nSelected = 0;
  for (size_t i = 0; i < m_aShown.size(); ++i) {
    const LoadedTemplate& rEntry = m_aTemplates[m_aShown[i]];
    aNames.getArray()[i] = toOUString(name_for(rEntry.tmpl, languageForNames()));
    // The key asked for may be an id or a path naming the same file.
    if (rEntry.key == aKeep || rEntry.tmpl.file == aKeep) nSelected = i;
  }
  set("TypeList", "StringItemList", Any(aNames));
  uno::Sequence<sal_Int16> aSelection(1);
  aSelection.getArray()[0] = static_cast<sal_Int16>(nSelected);
  set("TypeList", "SelectedItems", Any(aSelection));
  chooseTemplate(m_aShown[nSelected]);
}

void WizardDialog::chooseTemplate(size_t nIndex) {
  m_nCurrent = nIndex;
  m_aChoices.templateKey = m_aTemplates[nIndex].key;
  m_aRows = sectionRows(currentTemplate());
  m_nScroll = 0;
  m_nPreviewRow = -1;
  for (size_t i = 0; i < m_aRows.size() && m_nPreviewRow < 0; ++i)
    if (!m_aRows[i].section->alternatives.empty()) m_nPreviewRow = static_cast<int>(i);
  updateType();
  updateRows();
  updateTopicAndDate();
  updateOptions();
}

void WizardDialog::updateType() {
  const ReportTemplate& rTemplate = currentTemplate();
  const std::string aLanguage = languageForNames();
  auto it = rTemplate.descriptions.find(aLanguage);
  set("Description", "Label",
      Any(toOUString(it != rTemplate.descriptions.end() ? it->second : rTemplate.description)));
  const Skeleton aSkeleton = previewSkeleton();
  setText("Outline", outlinePreview(rTemplate, aSkeleton));
}

void WizardDialog::updateRows() {
  const auto aLabels = sectionLabels(currentTemplate(), m_aChoices.omit);
  const bool bChinese = m_rContext.language != "en-US";
  const int nRows = static_cast<int>(m_aRows.size());
  for (int nSlot = 0; nSlot < kRows; ++nSlot) {
    const int nRow = m_nScroll + nSlot;
    const rtl::OUString aCheck = rowName(nSlot, "Check");
    const rtl::OUString aText = rowName(nSlot, "Text");
    if (nRow >= nRows) {
      set(aCheck, "Step", Any(kHiddenStep));
      set(aText, "Step", Any(kHiddenStep));
      continue;
    }
    const Section& rSection = *m_aRows[nRow].section;
    const bool bParentIncluded = m_aRows[nRow].parent < 0 || included(m_aRows[nRow].parent);
    const bool bIncluded = included(nRow);
    auto itLabel = aLabels.find(rSection.id);
    std::string aLabel = (itLabel != aLabels.end() ? itLabel->second : std::string()) +
                         rSection.heading + (bChinese ? "(~" : " (~") + kRowMnemonics[nSlot] + ")";
    const sal_Int32 nIndent = (std::clamp(rSection.level, 1, 4) - 1) * kIndentPerLevel;
    set(aCheck, "Step", Any(sal_Int32(2)));
    set(aCheck, "PositionX", Any(kLeft + nIndent));
    set(aCheck, "Width", Any(kSectionWidth - nIndent));
    set(aCheck, "Label", Any(toOUString(aLabel)));
    set(aCheck, "State", Any(sal_Int16(bIncluded ? 1 : 0)));
    set(aCheck, "Enabled", Any(!rSection.required && bParentIncluded));
    set(aCheck, "HelpText", Any(rSection.required ? text(WizardText::Required) : rtl::OUString()));

    if (rSection.alternatives.empty()) {
      set(aText, "Step", Any(kHiddenStep));
      continue;
    }
    const auto aFields = previewFields();
    uno::Sequence<rtl::OUString> aItems(static_cast<sal_Int32>(rSection.alternatives.size()));
    sal_Int16 nChosen = 0;
    auto itChoice = m_aChoices.alternatives.find(rSection.id);
    for (size_t i = 0; i < rSection.alternatives.size(); ++i) {
      const Alternative& rAlternative = rSection.alternatives[i];
      const std::string aStart =
          rAlternative.paragraphs.empty()
              ? std::string()
              : abbreviate(fill_fields(rAlternative.paragraphs.front(), aFields), 14);
      const std::string aNumber =
          bChinese ? chinese_number(static_cast<int>(i) + 1) : std::to_string(i + 1);
      aItems.getArray()[i] = wizardText(WizardText::AlternativeEntry, m_rContext.language)
                                 .replaceFirst("%1", text(WizardText::ModelText))
                                 .replaceFirst("%2", toOUString(aNumber))
                                 .replaceFirst("%3", toOUString(aStart));
      if (itChoice != m_aChoices.alternatives.end() && itChoice->second == rAlternative.id)
        nChosen = static_cast<sal_Int16>(i);
    }
    set(aText, "Step", Any(sal_Int32(2)));
    set(aText, "StringItemList", Any(aItems));
    uno::Sequence<sal_Int16> aSelection(1);
    aSelection.getArray()[0] = nChosen;
    set(aText, "SelectedItems", Any(aSelection));
    set(aText, "Enabled", Any(bIncluded && rSection.alternatives.size() > 1));
  }
  const bool bScroll = nRows > kRows;
  set("RowScroll", "Step", Any(bScroll ? sal_Int32(2) : kHiddenStep));
  if (bScroll) {
    set("RowScroll", "ScrollValueMax", Any(sal_Int32(nRows)));
    set("RowScroll", "VisibleSize", Any(sal_Int32(kRows)));
    set("RowScroll", "ScrollValue", Any(sal_Int32(m_nScroll)));
  }
  updateTextPreview();
}

void WizardDialog::updateTextPreview() {
  std::string aText;
  if (m_nPreviewRow >= 0 && m_nPreviewRow < static_cast<int>(m_aRows.size())) {
    const Section& rSection = *m_aRows[m_nPreviewRow].section;
    const std::vector<std::string>* pParagraphs = &rSection.paragraphs;
    auto itChoice = m_aChoices.alternatives.find(rSection.id);
    for (const Alternative& rAlternative : rSection.alternatives)
      if (itChoice != m_aChoices.alternatives.end() && rAlternative.id == itChoice->second)
        pParagraphs = &rAlternative.paragraphs;
    const auto aFields = previewFields();
    aText = rSection.heading + "\n";
    for (const std::string& rParagraph : *pParagraphs)
      aText += "\xE3\x80\x80\xE3\x80\x80" + fill_fields(rParagraph, aFields) + "\n";
  }
  setText("TextPreview", aText);
}

void WizardDialog::fillProfileList() {
  uno::Sequence<rtl::OUString> aItems(static_cast<sal_Int32>(m_aProfiles.size()));
  for (size_t i = 0; i < m_aProfiles.size(); ++i) {
    const ProfileEntry& rEntry = m_aProfiles[i];
    rtl::OUString aItem;
    if (rEntry.profile) {
      const std::string& rName =
          !rEntry.profile->full_name.empty() ? rEntry.profile->full_name : fileName(rEntry.path);
      aItem = toOUString(rName + (m_rContext.language == "en-US" ? " (" : "（") +
                         fileName(rEntry.path) + (m_rContext.language == "en-US" ? ")" : "）"));
    } else {
      aItem = toOUString(fileName(rEntry.path)) + text(WizardText::ProfileBroken);
    }
    if (rEntry.path == m_aProfileInUse) aItem += text(WizardText::ProfileInUse);
    aItems.getArray()[i] = aItem;
  }
  set("ProfileList", "StringItemList", Any(aItems));
  uno::Sequence<sal_Int16> aSelection(1);
  aSelection.getArray()[0] = static_cast<sal_Int16>(m_nProfile);
  set("ProfileList", "SelectedItems", Any(aSelection));
}

void WizardDialog::updateProfile() {
  m_aChoices.profilePath = m_aProfiles[m_nProfile].path;
  updateProfileValues();
  // The organisation's values appear in the outline (addressee, signature) and the texts.
  updateType();
  updateRows();
  updateTopicAndDate();
}

void WizardDialog::updateProfileValues() {
  const ProfileEntry& rEntry = m_aProfiles[m_nProfile];
  const rtl::OUString aColon = toOUString(m_rContext.language == "en-US" ? ": " : "：");
  rtl::OUString aValues;
  auto line = [&](WizardText eName, const rtl::OUString& rValue) {
    aValues += text(eName) + aColon + rValue + "\n";
  };
  if (rEntry.profile) {
    const Profile& rProfile = *rEntry.profile;
    const Date aDate = chosenDate().value_or(today());
    auto joined = [](const std::string& rFirst, const std::string& rSecond) {
      return toOUString(rFirst.empty() || rSecond.empty() ? rFirst + rSecond
                                                          : rFirst + " " + rSecond);
    };
    line(WizardText::FullName, toOUString(rProfile.full_name));
    line(WizardText::ShortName, toOUString(rProfile.short_name));
    line(WizardText::SuperiorBody, toOUString(rProfile.superior_body));
    line(WizardText::Department, toOUString(rProfile.department));
    line(WizardText::Signatory, joined(rProfile.signatory_title, rProfile.signatory_name));
    line(WizardText::Contact, joined(rProfile.contact_name, rProfile.contact_phone));
    auto aFields = rProfile.fields(aDate.year);
    line(WizardText::DocumentNumber,
         toOUString(aFields.count("document_number") != 0 ? aFields.at("document_number")
                                                          : std::string()));
    line(WizardText::DateStyle, toOUString(format_date(aDate, rProfile.date_style)));
  }
  // The shipped example lives in the extension's install folder, whose name means nothing.
  const std::string aShipped = m_rContext.templateDir() + "/";
  line(WizardText::File,
       rEntry.path.rfind(aShipped, 0) == 0
           ? text(WizardText::Shipped) + toOUString(rEntry.path.substr(aShipped.size()))
           : toOUString(rEntry.path));
  set("Values", "Text", Any(aValues));
  std::string aError = m_aImportError;
  if (aError.empty() && !rEntry.profile) aError = rEntry.error;
  set("ProfileError", "Label",
      Any(aError.empty() ? rtl::OUString() : text(WizardText::ImportFailed) + toOUString(aError)));
}

void WizardDialog::updateTopicAndDate() {
  const Skeleton aSkeleton = previewSkeleton();
  std::string aTitle;
  for (const SkeletonParagraph& rPara : aSkeleton.paragraphs)
    if (rPara.role == Role::Title) aTitle = rPara.text;
  set("TitlePreview", "Label", Any(text(WizardText::TitlePreview) + toOUString(aTitle)));
  if (auto aDate = chosenDate()) {
    set("DateHint", "Label",
        Any(toOUString(format_date(*aDate, dateStyle())) +
            toOUString(m_rContext.language == "en-US" ? " (" : "（") + text(WizardText::DateHint) +
            toOUString(m_rContext.language == "en-US" ? ")" : "）")));
    set("DateHint", "TextColor", Any());
  } else {
    // 2026-02-30 is a date the calendar does not have; 「下周一」 is not a date at all.
    const bool bImpossible = parse_date_input(m_aDateText).status == DateInput::Status::Impossible;
    set("DateHint", "Label",
        Any(text(bImpossible ? WizardText::DateImpossible : WizardText::DateInvalid)));
    set("DateHint", "TextColor", Any(kErrorColor));
  }
  if (m_nStep == 1) setText("Outline", outlinePreview(currentTemplate(), aSkeleton));
}

void WizardDialog::updateOptions() {
  const bool bTraditional = m_aChoices.script == "zh-Hant";
  set("Simplified", "State", Any(sal_Int16(bTraditional ? 0 : 1)));
  set("Traditional", "State", Any(sal_Int16(bTraditional ? 1 : 0)));
  const bool bNew = m_aChoices.target == InsertTarget::NewDocument;
  set("TargetCursor", "State", Any(sal_Int16(bNew ? 0 : 1)));
  set("TargetNew", "State", Any(sal_Int16(bNew ? 1 : 0)));
  const bool bHasPageSetup = currentTemplate().layout.standard == "gbt9704";
  set("PageSetup", "Enabled", Any(bHasPageSetup));
  set("PageSetup", "State", Any(sal_Int16(bHasPageSetup && m_aChoices.pageSetup ? 1 : 0)));
  set("PageSetupNote", "Label",
      Any(text(bHasPageSetup ? WizardText::PageSetupGbt9704 : WizardText::PageSetupNone)));
  // A 版头 and a 版记 belong to Chinese 公文, not to an English report.
  const bool bParts = takes_masthead_and_colophon(currentTemplate());
  const SkeletonOptions aParts = skeletonOptions();
  set("Masthead", "Enabled", Any(bParts));
  set("Masthead", "State", Any(sal_Int16(aParts.masthead ? 1 : 0)));
  set("SequenceLabel", "Enabled", Any(aParts.masthead));
  set("Sequence", "Enabled", Any(aParts.masthead));
  set("Colophon", "Enabled", Any(bParts));
  set("Colophon", "State", Any(sal_Int16(aParts.colophon ? 1 : 0)));

  // The summary: what Finish will do.
  const rtl::OUString aColon = toOUString(m_rContext.language == "en-US" ? ": " : "：");
  const auto aLabels = sectionLabels(currentTemplate(), m_aChoices.omit);
  const Skeleton aSkeleton = previewSkeleton();
  std::string aTitle;
  for (const SkeletonParagraph& rPara : aSkeleton.paragraphs)
    if (rPara.role == Role::Title) aTitle = rPara.text;
  const Date aDate = chosenDate().value_or(today());
  rtl::OUString aSummary;
  auto line = [&](WizardText eName, const rtl::OUString& rValue) {
    aSummary += text(eName) + aColon + rValue + "\n";
  };
  line(WizardText::SummaryTemplate, toOUString(name_for(currentTemplate(), languageForNames())));
  line(WizardText::StepSections,
       text(WizardText::SummarySections)
           .replaceFirst("%1", rtl::OUString::number(static_cast<sal_Int64>(aLabels.size())))
           .replaceFirst("%2", rtl::OUString::number(static_cast<sal_Int64>(m_aRows.size()))));
  line(WizardText::SummaryProfile, toOUString(currentProfile().full_name));
  line(WizardText::SummaryTitle, toOUString(aTitle));
  line(WizardText::SummaryDate, toOUString(format_date(aDate, dateStyle())));
  line(WizardText::SummaryScript,
       withoutMnemonic(text(bTraditional ? WizardText::Traditional : WizardText::Simplified)));
  line(WizardText::SummaryTarget,
       withoutMnemonic(text(bNew ? WizardText::TargetNew : WizardText::TargetCursor)));
  line(WizardText::SummaryPageSetup,
       text(bHasPageSetup && m_aChoices.pageSetup ? WizardText::Yes : WizardText::No));
  line(WizardText::SummaryMasthead, text(aParts.masthead ? WizardText::Yes : WizardText::No));
  line(WizardText::SummaryColophon, text(aParts.colophon ? WizardText::Yes : WizardText::No));
  set("Summary", "Text", Any(aSummary));
}

void WizardDialog::goToStep(int nStep) {
  m_nStep = std::clamp(nStep, 1, kSteps);
  const WizardText aSteps[kSteps] = {WizardText::StepType, WizardText::StepSections,
                                     WizardText::StepProfile, WizardText::StepOptions};
  {
    UpdateGuard aGuard(m_bUpdating);
    Reference<beans::XPropertySet> xDialog(m_xModel, UNO_QUERY_THROW);
    xDialog->setPropertyValue("Step", Any(sal_Int32(m_nStep)));
    xDialog->setPropertyValue("Title",
                              Any(text(WizardText::TitleStep)
                                      .replaceFirst("%1", text(WizardText::Title))
                                      .replaceFirst("%2", text(aSteps[m_nStep - 1]))
                                      .replaceFirst("%3", rtl::OUString::number(m_nStep))));
  }
  set("Roadmap", "CurrentItemID", Any(sal_Int16(m_nStep)));
  set("Back", "Enabled", Any(m_nStep > 1));
  set("Next", "Enabled", Any(m_nStep < kSteps));
  // Enter means Next, and Finish on the last step.
  set("Next", "DefaultButton", Any(m_nStep < kSteps));
  set("Finish", "DefaultButton", Any(m_nStep == kSteps));
  switch (m_nStep) {
    case 1:
      updateType();
      focus("TypeList");
      break;
    case 2: {
      updateRows();
      // The first row the user can change.
      for (int nSlot = 0; nSlot < kRows; ++nSlot) {
        bool bEnabled = false;
        sal_Int32 nStep = 0;
        model(rowName(nSlot, "Check"))->getPropertyValue("Enabled") >>= bEnabled;
        model(rowName(nSlot, "Check"))->getPropertyValue("Step") >>= nStep;
        if (bEnabled && nStep == 2) {
          focus(rowName(nSlot, "Check"));
          break;
        }
        model(rowName(nSlot, "Text"))->getPropertyValue("Enabled") >>= bEnabled;
        model(rowName(nSlot, "Text"))->getPropertyValue("Step") >>= nStep;
        if (bEnabled && nStep == 2) {
          focus(rowName(nSlot, "Text"));
          break;
        }
      }
      break;
    }
    case 3:
      focus("ProfileList");
      break;
    default:
      updateOptions();
      focus(ascii(m_aChoices.script == "zh-Hant" ? "Traditional" : "Simplified"));
  }
}

void WizardDialog::focus(const rtl::OUString& rName) {
  Reference<awt::XWindow> xWindow(m_xControls->getControl(rName), UNO_QUERY);
  if (xWindow.is()) xWindow->setFocus();
}

bool WizardDialog::validate() {
  if (!chosenDate()) {
    goToStep(3);
    focus("Date");
    return false;
  }
  if (!m_aProfiles[m_nProfile].profile) {
    goToStep(3);
    focus("ProfileList");
    return false;
  }
  return true;
}

void WizardDialog::pruneChoices() {
  // Choices kept from another template (the last run's, or before the type changed) that this
  // one does not have would make Finish fail.
  std::set<std::string> aOmit;
  std::map<std::string, std::string> aAlternatives;
  for (const SectionRow& rRow : m_aRows) {
    const Section& rSection = *rRow.section;
    if (!rSection.required && m_aChoices.omit.count(rSection.id) != 0) aOmit.insert(rSection.id);
    auto it = m_aChoices.alternatives.find(rSection.id);
    if (it != m_aChoices.alternatives.end() &&
        std::any_of(rSection.alternatives.begin(), rSection.alternatives.end(),
                    [&](const Alternative& a) { return a.id == it->second; }))
      aAlternatives.insert(*it);
  }
  m_aChoices.omit = std::move(aOmit);
  m_aChoices.alternatives = std::move(aAlternatives);
  m_aChoices.date = chosenDate();
  m_aChoices.pageSetup = m_aChoices.pageSetup && currentTemplate().layout.standard == "gbt9704";
  const bool bParts = takes_masthead_and_colophon(currentTemplate());
  m_aChoices.masthead = m_aChoices.masthead && bParts;
  m_aChoices.colophon = m_aChoices.colophon && bParts;
  rtl::OUString aSequence;
  model("Sequence")->getPropertyValue("Text") >>= aSequence;
  m_aChoices.sequence = toUtf8(aSequence.trim());
}

// ---- the user's actions --------------------------------------------------------------------

void WizardDialog::onTemplateSelected() {
  uno::Sequence<sal_Int16> aSelected;
  model("TypeList")->getPropertyValue("SelectedItems") >>= aSelected;
  if (aSelected.getLength() != 1 || aSelected[0] < 0 ||
      static_cast<size_t>(aSelected[0]) >= m_aShown.size())
    return;
  chooseTemplate(m_aShown[static_cast<size_t>(aSelected[0])]);
}

void WizardDialog::onRowToggled(int nSlot) {
  const int nRow = m_nScroll + nSlot;
  if (nRow >= static_cast<int>(m_aRows.size())) return;
  const Section& rSection = *m_aRows[nRow].section;
  if (rSection.required) return;
  sal_Int16 nState = 0;
  model(rowName(nSlot, "Check"))->getPropertyValue("State") >>= nState;
  if (nState == 1)
    m_aChoices.omit.erase(rSection.id);
  else
    m_aChoices.omit.insert(rSection.id);
  m_nPreviewRow = nRow;
  updateRows();
  updateType();
}

void WizardDialog::onAlternativeSelected(int nSlot) {
  const int nRow = m_nScroll + nSlot;
  if (nRow >= static_cast<int>(m_aRows.size())) return;
  const Section& rSection = *m_aRows[nRow].section;
  uno::Sequence<sal_Int16> aSelected;
  model(rowName(nSlot, "Text"))->getPropertyValue("SelectedItems") >>= aSelected;
  if (aSelected.getLength() != 1 || aSelected[0] < 0 ||
      static_cast<size_t>(aSelected[0]) >= rSection.alternatives.size())
    return;
  m_aChoices.alternatives[rSection.id] = rSection.alternatives[aSelected[0]].id;
  m_nPreviewRow = nRow;
  updateTextPreview();
}

void WizardDialog::onImport() {
  try {
    importProfile();
  } catch (const uno::Exception& rException) {
    // No file picker (a broken installation): say so where the import errors go.
    m_aImportError = toUtf8(rException.Message);
    updateProfileValues();
  }
}

void WizardDialog::importProfile() {
  Reference<ui::dialogs::XFilePicker3> xPicker = ui::dialogs::FilePicker::createWithMode(
      m_rContext.xContext, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
  xPicker->setTitle(withoutMnemonic(text(WizardText::ImportTitle)));
  xPicker->appendFilter(text(WizardText::ImportFilter), "*.xml");
  xPicker->setCurrentFilter(text(WizardText::ImportFilter));
  // Start in the folder of the profile chosen, unless that is the extension's own.
  const std::string& rCurrent = m_aProfiles[m_nProfile].path;
  const size_t nSlash = rCurrent.rfind('/');
  if (nSlash != std::string::npos && rCurrent.rfind(m_rContext.templateDir() + "/", 0) != 0) {
    try {
      xPicker->setDisplayDirectory(toFileUrl(rCurrent.substr(0, nSlash)));
    } catch (const uno::Exception&) {
      // The folder is gone: the picker starts where it likes.
    }
  }
  if (xPicker->execute() != ui::dialogs::ExecutableDialogResults::OK) return;
  const uno::Sequence<rtl::OUString> aFiles = xPicker->getSelectedFiles();
  if (aFiles.getLength() == 0) return;
  const std::string aPath = toSystemPath(aFiles[0]);
  auto aLoaded = load_profile(aPath);
  if (auto* pError = std::get_if<LoadError>(&aLoaded)) {
    // Not added: the list holds profiles that work. The reason names the file and line.
    m_aImportError = describe(*pError, m_rContext.coreLanguage());
    updateProfileValues();
    focus("Import");
    return;
  }
  m_aImportError.clear();
  auto it = std::find_if(m_aProfiles.begin(), m_aProfiles.end(),
                         [&](const ProfileEntry& e) { return e.path == aPath; });
  if (it == m_aProfiles.end()) {
    m_aProfiles.push_back({aPath, std::get<Profile>(std::move(aLoaded)), std::string()});
    it = m_aProfiles.end() - 1;
  } else {
    it->profile = std::get<Profile>(std::move(aLoaded));
    it->error.clear();
  }
  m_nProfile = static_cast<size_t>(it - m_aProfiles.begin());
  fillProfileList();
  updateProfile();
  focus("ProfileList");
}

void WizardDialog::onNewProfile() {
  Profile aEmpty;
  if (m_rContext.language == "zh-TW") aEmpty.script = "zh-Hant";
  openEditor(aEmpty, std::string());
}

void WizardDialog::onEditProfile() {
  const ProfileEntry& rEntry = m_aProfiles[m_nProfile];
  if (!rEntry.profile) {
    // A broken file cannot fill the form: say why where the profile errors go.
    updateProfileValues();
    return;
  }
  // The shipped example and a pack's profiles stay as they came: the edit becomes a new file.
  const bool bInPlace = editableInPlace(m_rContext.xContext, rEntry.path);
  openEditor(*rEntry.profile, bInPlace ? rEntry.path : std::string());
}

void WizardDialog::openEditor(const Profile& rStart, const std::string& rPath) {
  // A profile saved as a new file of the user's lives where its template folder is not: the
  // folder's templates stay listed through the settings instead.
  Profile aStart = rStart;
  const std::string aFolder =
      rPath.empty() ? dropTemplateFolder(aStart, m_rContext.templateDir()) : std::string();
  std::optional<std::string> aSaved;
  try {
    aSaved = runProfileEditor(m_rContext.xContext, m_xDialog->getPeer(), m_rContext.language,
                              aStart, rPath);
  } catch (const uno::Exception& rException) {
    m_aImportError = toUtf8(rException.Message);
    updateProfileValues();
    return;
  }
  if (!aSaved) return;
  ProfileEntry aEntry{*aSaved, std::nullopt, std::string()};
  auto aLoaded = load_profile(*aSaved);
  if (auto* pProfile = std::get_if<Profile>(&aLoaded))
    aEntry.profile = std::move(*pProfile);
  else
    aEntry.error = describe(std::get<LoadError>(aLoaded), m_rContext.coreLanguage());
  auto it = std::find_if(m_aProfiles.begin(), m_aProfiles.end(),
                         [&](const ProfileEntry& e) { return e.path == *aSaved; });
  if (it == m_aProfiles.end()) {
    m_aProfiles.push_back(std::move(aEntry));
    it = m_aProfiles.end() - 1;
  } else {
    *it = std::move(aEntry);
  }
  m_nProfile = static_cast<size_t>(it - m_aProfiles.begin());
  // What the user just set up is their organisation: in use from now on, listed everywhere.
  rememberProfile(m_rContext.xContext, *aSaved);
  if (!aFolder.empty()) {
    Settings aSettings = readSettings(m_rContext.xContext);
    auto& rFolders = aSettings.templateFolders;
    if (std::find(rFolders.begin(), rFolders.end(), aFolder) == rFolders.end()) {
      rFolders.push_back(aFolder);
      writeSettings(m_rContext.xContext, aSettings);
    }
  }
  m_aProfileInUse = *aSaved;
  m_aImportError.clear();
  fillProfileList();
  updateProfile();
  updateFirstRun();
  focus(m_nStep == 1 ? ascii("TypeList") : ascii("ProfileList"));
}

void WizardDialog::updateFirstRun() {
  const std::string aExample = m_rContext.templateDir() + "/profiles/example.xml";
  const bool bExample = m_aProfileInUse.empty() || same_profile_file(m_aProfileInUse, aExample);
  for (const char* pName : {"ExampleNotice", "SetUpProfile"}) {
    set(pName, "Step", Any(sal_Int32(bExample ? 1 : kHiddenStep)));
    // The dialog applies a control's step when it changes step; on step 1 the change is now.
    Reference<awt::XWindow> xWindow(m_xControls->getControl(ascii(pName)), UNO_QUERY);
    if (xWindow.is() && m_nStep == 1) xWindow->setVisible(bExample);
  }
}

void WizardDialog::showMessage(const rtl::OUString& rText, awt::MessageBoxType eType) {
  Reference<awt::XMessageBoxFactory> xFactory(awt::Toolkit::create(m_rContext.xContext),
                                              UNO_QUERY_THROW);
  Reference<awt::XMessageBox> xBox = xFactory->createMessageBox(
      m_xDialog->getPeer(), eType, 1 /* OK */, text(WizardText::Title), rText);
  if (xBox.is()) xBox->execute();
}

void WizardDialog::onHelp() {
  // The wizard's help page in the browser; where that cannot open, this step's help in a box.
  try {
    openHelp(m_rContext, "Wizard");
    return;
  } catch (const CommandError&) {
  } catch (const uno::Exception&) {
  }
  const WizardText aHelp[kSteps] = {WizardText::HelpType, WizardText::HelpSections,
                                    WizardText::HelpProfile, WizardText::HelpOptions};
  showMessage(text(aHelp[m_nStep - 1]), awt::MessageBoxType_INFOBOX);
}

void WizardDialog::onFinish() {
  if (!validate()) return;
  // Finish reads the template again: its folder may have gone (a share unmounted, a colleague
  // tidying up) since the dialog listed it. Say so here, where the choices are still on screen,
  // list what is left, and let the person choose again.
  auto aReloaded =
      find_template(m_aChoices.templateKey, m_rContext.templateDir(), m_aChoices.script);
  if (const auto* pError = std::get_if<LoadError>(&aReloaded)) {
    showMessage(
        text(WizardText::TemplateGone) + toOUString(describe(*pError, m_rContext.coreLanguage())),
        awt::MessageBoxType_ERRORBOX);
    auto aLeft = loadTemplates(m_rContext.templateDir(), m_aTemplateFolders);
    if (!aLeft.empty()) {
      m_aTemplates = std::move(aLeft);
      fillTemplateList();
      goToStep(1);
      focus("TypeList");
    }
    return;
  }
  pruneChoices();
  m_bFinished = true;
  Reference<awt::XDialog>(m_xDialog, UNO_QUERY_THROW)->endExecute();
}

std::optional<WizardChoices> WizardDialog::run() {
  createDialog();
  // The profile to start with is the first entry (see the constructor).
  m_nProfile = 0;
  fillProfileList();
  {
    UpdateGuard aGuard(m_bUpdating);
    model("Topic")->setPropertyValue("Text", Any(toOUString(m_aChoices.topic)));
    model("Date")->setPropertyValue("Text", Any(toOUString(m_aDateText)));
    model("Sequence")->setPropertyValue("Text", Any(toOUString(m_aChoices.sequence)));
  }
  fillTemplateList();
  updateProfile();
  updateFirstRun();
  goToStep(1);
  Reference<awt::XDialog>(m_xDialog, UNO_QUERY_THROW)->execute();
  if (!m_bFinished) return std::nullopt;
  return m_aChoices;
}

}  // namespace

std::optional<WizardChoices> runWizardDialog(const CommandContext& rContext,
                                             const WizardChoices& rInitial) {
  WizardDialog aDialog(rContext, rInitial);
  return aDialog.run();
}

}  // namespace chengbao::ext
