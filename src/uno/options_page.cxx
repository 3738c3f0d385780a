// The options page's event handler (Tools ▸ Options ▸ LibreOffice Writer ▸ Chengbao): loads the
// settings into dialogs/options.xdl and saves them on OK.
#include "options_page.hxx"

#include <algorithm>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/ui/dialogs/XFolderPicker2.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <sal/log.hxx>

#include "extension_location.hxx"
#include "messages.hxx"
#include "pack_install.hxx"
#include "pack_source_dialog.hxx"
#include "profile.hpp"
#include "profile_editor.hxx"
#include "proofreader.hxx"
#include "settings.hxx"
#include "template_choices.hxx"
#include "template_library.hpp"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

constexpr const char* kImplementationName = "org.chengbao.comp.OptionsPage";

/// The page's words in zh-CN, zh-TW and en-US; the .xdl holds the English ones as a fallback.
enum class Text {
  ProfilesLine,
  ProfilesLabel,
  AddProfile,
  RemoveProfile,
  UseProfile,
  CurrentLabel,
  TemplatesLine,
  DefaultTemplateLabel,
  FoldersLabel,
  AddFolder,
  RemoveFolder,
  ExampleProfile,
  ProfileFilter,
  BrokenProfile,
  NoTemplatesInFolder,
  ChooseProfile,
  LiveCheck,
  LiveHints,
  NewProfile,
  EditProfile,
  DuplicateProfile,
  ExportProfile,
  ProfileSaved,
  ProfileExported,
  CopiedToEdit,
  ImportPack,
  PackFailed,
  PackOnOk,
  Count_  ///< not a text: the number of texts
};

rtl::OUString text(Text eText, const rtl::OUString& rLanguage) {
  using Entry = LocalizedText;
  static const Entry aEntries[] = {
      {"机构信息", "機構資訊", "Organisation profiles"},
      {"机构信息文件(~P)：", "機構資訊檔案(~P)：", "~Profile files:"},
      {"添加(~I)…", "新增(~I)…", "Add f~ile…"},
      {"移除(~V)", "移除(~V)", "Remo~ve"},
      {"使用(~U)", "使用(~U)", "~Use"},
      {"当前使用：", "目前使用：", "In use:"},
      {"模板", "範本", "Templates"},
      {"默认模板(~T)：", "預設範本(~T)：", "Default ~template:"},
      {"其他模板文件夹(~F)：", "其他範本資料夾(~F)：", "Extra template ~folders:"},
      {"添加(~D)…", "新增(~D)…", "A~dd…"},
      {"移除(~M)", "移除(~M)", "Re~move"},
      {"（扩展自带的示例机构信息）", "（擴充套件內附的範例機構資訊）",
       "(the example profile shipped with the extension)"},
      {"机构信息文件", "機構資訊檔案", "Organisation profiles"},
      {"无法使用此机构信息文件：", "無法使用此機構資訊檔案：", "This profile cannot be used: "},
      {"此文件夹中暂无可用模板：", "此資料夾中暫無可用範本：",
       "There are no usable templates in this folder yet: "},
      {"选择机构信息文件", "選擇機構資訊檔案", "Choose an Organisation Profile"},
      {"实时检查：输入时标出公文格式问题(~L)", "即時檢查：輸入時標出公文格式問題(~L)",
       "~Live check: underline house-format problems as you type"},
      {"同时标出提示级问题(~S)", "同時標出提示級問題(~S)", "Also underline hint~s"},
      {"新建(~N)…", "新增(~N)…", "~New…"},
      {"编辑(~E)…", "編輯(~E)…", "~Edit…"},
      {"复制(~Y)…", "複製(~Y)…", "Cop~y…"},
      {"导出(~X)…", "匯出(~X)…", "E~xport…"},
      {"已保存：", "已儲存：", "Saved: "},
      {"已导出：", "已匯出：", "Exported: "},
      {"此机构信息随扩展或机构包提供，不能直接修改；修改后的内容已另存为：",
       "此機構資訊隨擴充套件或機構包提供，不能直接修改；修改後的內容已另存為：",
       "This profile came with the extension or a pack and is not changed; your edit is saved "
       "as: "},
      {"导入机构包(~K)…", "匯入機構包(~K)…", "Import pac~k…"},
      {"无法导入机构包（原有的机构包仍在使用）：", "無法匯入機構包（原有的機構包仍在使用）：",
       "The pack cannot be imported (the one installed before stays in use): "},
      {"按“确定”后生效。", "按「確定」後生效。", "It takes effect on OK."},
  };
  static_assert(std::size(aEntries) == static_cast<size_t>(Text::Count_), "one entry per Text");
  const Entry& rEntry = aEntries[static_cast<int>(eText)];
  return localized(rEntry, rLanguage);
}

/// The methods the page's buttons call (dialogs/options.xdl binds them as vnd.sun.star.UNO:…)
/// and the one the Options dialog calls with "initialize", "ok" and "back".
constexpr const char* kExternalEvent = "external_event";
constexpr const char* kButtonMethods[] = {"addProfile",  "removeProfile",    "useProfile",
                                          "addFolder",   "removeFolder",     "newProfile",
                                          "editProfile", "duplicateProfile", "exportProfile"};

class OptionsPage
    : public cppu::WeakImplHelper2<awt::XContainerWindowEventHandler, lang::XServiceInfo> {
 public:
  explicit OptionsPage(const uno::Reference<uno::XComponentContext>& xContext)
      : m_xContext(xContext), m_aLanguage(uiLanguage(xContext)) {}

  // XContainerWindowEventHandler. Called from the Options dialog's main loop: nothing may escape
  // (a C++ exception would abort the office); a failure is shown on the page.
  sal_Bool SAL_CALL callHandlerMethod(const uno::Reference<awt::XWindow>& xWindow,
                                      const uno::Any& rEvent,
                                      const rtl::OUString& rMethod) override {
    try {
      return handle(xWindow, rEvent, rMethod);
    } catch (const uno::Exception& rException) {
      SAL_WARN("chengbao", "options page " << rMethod << ": " << rException.Message);
      setStatus(rException.Message);
    } catch (const std::exception& rException) {
      SAL_WARN("chengbao", "options page " << rMethod << ": " << rException.what());
      setStatus(toOUString(rException.what()));
    } catch (...) {
      SAL_WARN("chengbao", "options page " << rMethod << ": unexpected error");
    }
    return false;
  }
  uno::Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override {
    uno::Sequence<rtl::OUString> aNames(1 + static_cast<sal_Int32>(std::size(kButtonMethods)));
    aNames.getArray()[0] = rtl::OUString::createFromAscii(kExternalEvent);
    for (size_t i = 0; i < std::size(kButtonMethods); ++i)
      aNames.getArray()[i + 1] = rtl::OUString::createFromAscii(kButtonMethods[i]);
    return aNames;
  }

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override {
    return optionsPageImplementationName();
  }
  sal_Bool SAL_CALL supportsService(const rtl::OUString& rName) override {
    return cppu::supportsService(this, rName);
  }
  uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
    return optionsPageServiceNames();
  }

 private:
  bool handle(const uno::Reference<awt::XWindow>& xWindow, const uno::Any& rEvent,
              const rtl::OUString& rMethod);
  rtl::OUString say(Text eText) const { return text(eText, m_aLanguage); }
  std::string templateDir() const { return shippedTemplateDir(m_xContext); }
  uno::Reference<beans::XPropertySet> model(const char* pName) const;
  sal_Int16 selected(const char* pList) const;
  void setItems(const char* pList, const std::vector<rtl::OUString>& rItems, int nSelected);
  void setStatus(const rtl::OUString& rText);
  void setLabels();
  /// Shows m_aSettings; `nProfile` and `nFolder` are the rows to select (-1: none).
  void show(int nProfile = -1, int nFolder = -1);
  void load();
  void save();
  void addProfile();
  void removeProfile();
  void useProfile();
  void addFolder();
  void removeFolder();
  void newProfile();
  void editProfile();
  void duplicateProfile();
  void exportProfile();
  void importPack();
  /// The profile the buttons act on: the selected row, else the one in use (the shipped example
  /// when none is chosen); its path and values, or nullopt after saying why it cannot be loaded.
  std::optional<std::pair<std::string, Profile>> chosenProfile();
  /// Opens the editor on `rStart` saving to `rPath` (empty: a new file of the user's); a profile
  /// saved joins the list, and replaces `rReplaced` as the one in use when that was in use.
  void edit(const Profile& rStart, const std::string& rPath, const std::string& rReplaced);

  uno::Reference<uno::XComponentContext> m_xContext;
  rtl::OUString m_aLanguage;
  uno::Reference<awt::XControlContainer> m_xControls;
  uno::Reference<awt::XWindowPeer> m_xWindow;  ///< the page: the editor's parent
  Settings m_aSettings;                        ///< what the page shows; written on OK
  std::vector<TemplateChoice> m_aTemplates;
  std::vector<std::string> m_aImportedPacks;  ///< ids of the packs imported since the page loaded
};

bool OptionsPage::handle(const uno::Reference<awt::XWindow>& xWindow, const uno::Any& rEvent,
                         const rtl::OUString& rMethod) {
  if (!m_xControls.is()) m_xControls.set(xWindow, uno::UNO_QUERY);
  if (!m_xWindow.is()) m_xWindow.set(xWindow, uno::UNO_QUERY);
  if (!m_xControls.is()) return false;
  if (rMethod.equalsAscii(kExternalEvent)) {
    rtl::OUString aAction;
    rEvent >>= aAction;
    if (aAction == "initialize") {
      setLabels();
      load();
    } else if (aAction == "ok") {
      save();
    } else if (aAction == "back") {
      load();
    } else {
      return false;
    }
    return true;
  }
  const std::map<std::string, std::function<void()>> aButtons = {
      {"addProfile", [this] { addProfile(); }},
      {"removeProfile", [this] { removeProfile(); }},
      {"useProfile", [this] { useProfile(); }},
      {"addFolder", [this] { addFolder(); }},
      {"removeFolder", [this] { removeFolder(); }},
      {"newProfile", [this] { newProfile(); }},
      {"editProfile", [this] { editProfile(); }},
      {"duplicateProfile", [this] { duplicateProfile(); }},
      {"exportProfile", [this] { exportProfile(); }},
      {"importPack", [this] { importPack(); }},
  };
  auto it = aButtons.find(toUtf8(rMethod));
  if (it == aButtons.end()) return false;
  setStatus(rtl::OUString());
  it->second();
  return true;
}

uno::Reference<beans::XPropertySet> OptionsPage::model(const char* pName) const {
  uno::Reference<awt::XControl> xControl =
      m_xControls->getControl(rtl::OUString::createFromAscii(pName));
  if (!xControl.is())
    throw uno::RuntimeException("chengbao: options.xdl has no control " +
                                rtl::OUString::createFromAscii(pName));
  return uno::Reference<beans::XPropertySet>(xControl->getModel(), uno::UNO_QUERY_THROW);
}

sal_Int16 OptionsPage::selected(const char* pList) const {
  uno::Reference<awt::XListBox> xList(
      m_xControls->getControl(rtl::OUString::createFromAscii(pList)), uno::UNO_QUERY_THROW);
  return xList->getSelectedItemPos();
}

void OptionsPage::setItems(const char* pList, const std::vector<rtl::OUString>& rItems,
                           int nSelected) {
  uno::Sequence<rtl::OUString> aItems(static_cast<sal_Int32>(rItems.size()));
  std::copy(rItems.begin(), rItems.end(), aItems.getArray());
  uno::Reference<beans::XPropertySet> xList = model(pList);
  xList->setPropertyValue("StringItemList", uno::Any(aItems));
  uno::Sequence<sal_Int16> aSelected;
  if (nSelected >= 0 && nSelected < static_cast<int>(rItems.size())) {
    aSelected.realloc(1);
    aSelected.getArray()[0] = static_cast<sal_Int16>(nSelected);
  }
  xList->setPropertyValue("SelectedItems", uno::Any(aSelected));
}

void OptionsPage::setStatus(const rtl::OUString& rText) {
  try {
    if (m_xControls.is()) model("Status")->setPropertyValue("Label", uno::Any(rText));
  } catch (...) {
    // The page is gone; nothing to show the message on.
  }
}

void OptionsPage::setLabels() {
  const std::pair<const char*, Text> aLabels[] = {
      {"ProfilesLine", Text::ProfilesLine},   {"ProfilesLabel", Text::ProfilesLabel},
      {"AddProfile", Text::AddProfile},       {"RemoveProfile", Text::RemoveProfile},
      {"UseProfile", Text::UseProfile},       {"CurrentLabel", Text::CurrentLabel},
      {"TemplatesLine", Text::TemplatesLine}, {"DefaultTemplateLabel", Text::DefaultTemplateLabel},
      {"FoldersLabel", Text::FoldersLabel},   {"AddFolder", Text::AddFolder},
      {"RemoveFolder", Text::RemoveFolder},   {"LiveCheck", Text::LiveCheck},
      {"LiveHints", Text::LiveHints},         {"NewProfile", Text::NewProfile},
      {"EditProfile", Text::EditProfile},     {"DuplicateProfile", Text::DuplicateProfile},
      {"ExportProfile", Text::ExportProfile}, {"ImportPack", Text::ImportPack},
  };
  for (const auto& [pControl, eText] : aLabels)
    model(pControl)->setPropertyValue("Label", uno::Any(say(eText)));
}

void OptionsPage::show(int nProfile, int nFolder) {
  std::vector<rtl::OUString> aProfiles;
  for (const std::string& rPath : m_aSettings.knownProfiles) aProfiles.push_back(toOUString(rPath));
  if (nProfile < 0) {
    auto it = std::find(m_aSettings.knownProfiles.begin(), m_aSettings.knownProfiles.end(),
                        m_aSettings.currentProfile);
    if (it != m_aSettings.knownProfiles.end())
      nProfile = static_cast<int>(it - m_aSettings.knownProfiles.begin());
  }
  setItems("ProfileList", aProfiles, nProfile);
  model("CurrentProfile")
      ->setPropertyValue("Label", uno::Any(m_aSettings.currentProfile.empty()
                                               ? say(Text::ExampleProfile)
                                               : toOUString(m_aSettings.currentProfile)));

  std::vector<rtl::OUString> aFolders;
  for (const std::string& rFolder : m_aSettings.templateFolders)
    aFolders.push_back(toOUString(rFolder));
  setItems("FolderList", aFolders, nFolder);

  m_aTemplates = templateChoices(m_xContext, m_aLanguage, m_aSettings.templateFolders);
  int nTemplate = findTemplateChoice(m_aTemplates, m_aSettings.defaultTemplate);
  if (nTemplate < 0 && !m_aSettings.defaultTemplate.empty()) {
    // Keep a default the lists do not know (a path typed into the registry, a removed folder).
    m_aTemplates.push_back({m_aSettings.defaultTemplate, toOUString(m_aSettings.defaultTemplate)});
    nTemplate = static_cast<int>(m_aTemplates.size()) - 1;
  }
  std::vector<rtl::OUString> aTemplates;
  for (const TemplateChoice& rChoice : m_aTemplates) aTemplates.push_back(rChoice.label);
  setItems("DefaultTemplate", aTemplates, nTemplate);
}

void OptionsPage::load() {
  m_aSettings = readSettings(m_xContext);
  m_aImportedPacks.clear();
  show();
  // The office's own list of grammar checkers in use keeps the switch: Writing Aids shows the
  // same state.
  const LiveSettings aLive = liveSettings(m_xContext);
  model("LiveCheck")->setPropertyValue("State", uno::Any(sal_Int16(aLive.on ? 1 : 0)));
  model("LiveHints")->setPropertyValue("State", uno::Any(sal_Int16(aLive.hints ? 1 : 0)));
}

void OptionsPage::save() {
  // The pack records and the time of the last update check are the update check's too: what it
  // wrote while the page was open stays, and the page changes only the records of the packs it
  // imported itself.
  const Settings aNow = readSettings(m_xContext);
  std::vector<PackSource> aSources = aNow.packSources;
  for (const std::string& rId : m_aImportedPacks) {
    aSources.erase(std::remove_if(aSources.begin(), aSources.end(),
                                  [&](const PackSource& r) { return r.id == rId; }),
                   aSources.end());
    for (const PackSource& rSource : m_aSettings.packSources)
      if (rSource.id == rId) record_pack_source(aSources, rSource);
  }
  m_aSettings.packSources = aSources;
  m_aSettings.lastUpdateCheck = aNow.lastUpdateCheck;
  const sal_Int16 nTemplate = selected("DefaultTemplate");
  if (nTemplate >= 0 && static_cast<size_t>(nTemplate) < m_aTemplates.size())
    m_aSettings.defaultTemplate = m_aTemplates[static_cast<size_t>(nTemplate)].value;
  writeSettings(m_xContext, m_aSettings);
  sal_Int16 nLive = 1;
  sal_Int16 nHints = 0;
  model("LiveCheck")->getPropertyValue("State") >>= nLive;
  model("LiveHints")->getPropertyValue("State") >>= nHints;
  setLiveCheck(m_xContext, nLive != 0, nHints != 0);
}

void OptionsPage::addProfile() {
  uno::Reference<ui::dialogs::XFilePicker3> xPicker = ui::dialogs::FilePicker::createWithMode(
      m_xContext, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
  xPicker->setTitle(say(Text::ChooseProfile));
  xPicker->appendFilter(say(Text::ProfileFilter) + " (*.xml)", "*.xml");
  xPicker->setCurrentFilter(say(Text::ProfileFilter) + " (*.xml)");
  if (xPicker->execute() != ui::dialogs::ExecutableDialogResults::OK) return;
  const uno::Sequence<rtl::OUString> aFiles = xPicker->getSelectedFiles();
  if (aFiles.getLength() == 0) return;
  const std::string aPath = toSystemPath(aFiles[0]);
  // A broken profile is refused now, with the reason, not later in the middle of an insertion.
  auto aProfile = load_profile(aPath);
  if (auto* pError = std::get_if<LoadError>(&aProfile)) {
    setStatus(say(Text::BrokenProfile) + toOUString(describe(*pError, coreLanguage(m_aLanguage))));
    return;
  }
  auto& rKnown = m_aSettings.knownProfiles;
  if (std::find(rKnown.begin(), rKnown.end(), aPath) == rKnown.end()) rKnown.push_back(aPath);
  if (m_aSettings.currentProfile.empty()) m_aSettings.currentProfile = aPath;
  show(static_cast<int>(std::find(rKnown.begin(), rKnown.end(), aPath) - rKnown.begin()));
}

void OptionsPage::removeProfile() {
  const sal_Int16 nRow = selected("ProfileList");
  auto& rKnown = m_aSettings.knownProfiles;
  if (nRow < 0 || static_cast<size_t>(nRow) >= rKnown.size()) return;
  if (rKnown[static_cast<size_t>(nRow)] == m_aSettings.currentProfile)
    m_aSettings.currentProfile.clear();
  rKnown.erase(rKnown.begin() + nRow);
  show(std::min<int>(nRow, static_cast<int>(rKnown.size()) - 1));
}

void OptionsPage::useProfile() {
  const sal_Int16 nRow = selected("ProfileList");
  const auto& rKnown = m_aSettings.knownProfiles;
  if (nRow < 0 || static_cast<size_t>(nRow) >= rKnown.size()) return;
  const std::string& rPath = rKnown[static_cast<size_t>(nRow)];
  auto aProfile = load_profile(rPath);
  if (auto* pError = std::get_if<LoadError>(&aProfile)) {
    setStatus(say(Text::BrokenProfile) + toOUString(describe(*pError, coreLanguage(m_aLanguage))));
    return;
  }
  m_aSettings.currentProfile = rPath;
  show(nRow);
}

void OptionsPage::addFolder() {
  uno::Reference<ui::dialogs::XFolderPicker2> xPicker =
      ui::dialogs::FolderPicker::create(m_xContext);
  if (xPicker->execute() != ui::dialogs::ExecutableDialogResults::OK) return;
  const std::string aFolder = toSystemPath(xPicker->getDirectory());
  if (aFolder.empty()) return;
  auto& rFolders = m_aSettings.templateFolders;
  if (std::find(rFolders.begin(), rFolders.end(), aFolder) == rFolders.end())
    rFolders.push_back(aFolder);
  // An empty folder is allowed (the office may fill it later), but the user should know.
  if (list_templates(aFolder).empty())
    setStatus(say(Text::NoTemplatesInFolder) + toOUString(aFolder));
  show(-1,
       static_cast<int>(std::find(rFolders.begin(), rFolders.end(), aFolder) - rFolders.begin()));
}

void OptionsPage::removeFolder() {
  const sal_Int16 nRow = selected("FolderList");
  auto& rFolders = m_aSettings.templateFolders;
  if (nRow < 0 || static_cast<size_t>(nRow) >= rFolders.size()) return;
  rFolders.erase(rFolders.begin() + nRow);
  show(-1, std::min<int>(nRow, static_cast<int>(rFolders.size()) - 1));
}

std::optional<std::pair<std::string, Profile>> OptionsPage::chosenProfile() {
  const sal_Int16 nRow = selected("ProfileList");
  const auto& rKnown = m_aSettings.knownProfiles;
  std::string aPath;
  if (nRow >= 0 && static_cast<size_t>(nRow) < rKnown.size())
    aPath = rKnown[static_cast<size_t>(nRow)];
  else if (!m_aSettings.currentProfile.empty())
    aPath = m_aSettings.currentProfile;
  else
    aPath = templateDir() + "/profiles/example.xml";
  auto aProfile = load_profile(aPath);
  if (auto* pError = std::get_if<LoadError>(&aProfile)) {
    setStatus(say(Text::BrokenProfile) + toOUString(describe(*pError, coreLanguage(m_aLanguage))));
    return std::nullopt;
  }
  return std::make_pair(aPath, std::get<Profile>(std::move(aProfile)));
}

void OptionsPage::edit(const Profile& rStart, const std::string& rPath,
                       const std::string& rReplaced) {
  // A profile saved as a new file of the user's lives where its template folder is not: the
  // folder's templates stay listed through the settings instead.
  Profile aStart = rStart;
  const std::string aFolder =
      rPath.empty() ? dropTemplateFolder(aStart, templateDir()) : std::string();
  auto aSaved = runProfileEditor(m_xContext, m_xWindow, m_aLanguage, aStart, rPath);
  if (!aSaved) return;
  auto& rKnown = m_aSettings.knownProfiles;
  if (std::find(rKnown.begin(), rKnown.end(), *aSaved) == rKnown.end()) rKnown.push_back(*aSaved);
  auto& rFolders = m_aSettings.templateFolders;
  if (!aFolder.empty() && std::find(rFolders.begin(), rFolders.end(), aFolder) == rFolders.end())
    rFolders.push_back(aFolder);
  // A profile edited into a file of the user's own takes the place of the one it came from.
  const bool bWasInUse =
      !rReplaced.empty() &&
      (rReplaced == m_aSettings.currentProfile ||
       (m_aSettings.currentProfile.empty() && rReplaced.rfind(templateDir(), 0) == 0));
  if (m_aSettings.currentProfile.empty() || bWasInUse) m_aSettings.currentProfile = *aSaved;
  show(static_cast<int>(std::find(rKnown.begin(), rKnown.end(), *aSaved) - rKnown.begin()));
  setStatus(
      (!rReplaced.empty() && rPath.empty() ? say(Text::CopiedToEdit) : say(Text::ProfileSaved)) +
      toOUString(*aSaved));
}

void OptionsPage::newProfile() {
  Profile aEmpty;
  if (m_aLanguage == "zh-TW") aEmpty.script = "zh-Hant";
  edit(aEmpty, std::string(), std::string());
}

void OptionsPage::editProfile() {
  auto aChosen = chosenProfile();
  if (!aChosen) return;
  const std::string& rPath = aChosen->first;
  // The shipped example and a pack's profiles stay as they came: the edit becomes the user's own.
  const bool bInPlace = editableInPlace(m_xContext, rPath);
  edit(aChosen->second, bInPlace ? rPath : std::string(), rPath);
}

void OptionsPage::duplicateProfile() {
  auto aChosen = chosenProfile();
  if (!aChosen) return;
  edit(aChosen->second, std::string(), std::string());
}

void OptionsPage::exportProfile() {
  auto aChosen = chosenProfile();
  if (!aChosen) return;
  std::string aError;
  auto aWritten = chengbao::ext::exportProfile(m_xContext, m_aLanguage, aChosen->second, aError);
  if (aWritten)
    setStatus(say(Text::ProfileExported) + toOUString(*aWritten));
  else if (!aError.empty())
    setStatus(toOUString(aError));
}

void OptionsPage::importPack() {
  auto aSource = askPackSource(m_xContext, m_xWindow, m_aLanguage);
  if (!aSource) return;
  // The pack is installed now, checked whole first; the page's settings take its profiles and
  // folders, written on OK like every other change of the page. A new user's first profile from a
  // pack becomes the one in use.
  auto aResult = chengbao::ext::importPack(m_xContext, *aSource, templateDir(), m_aSettings,
                                           m_aSettings.currentProfile.empty());
  if (auto* pError = std::get_if<LoadError>(&aResult)) {
    setStatus(say(Text::PackFailed) + toOUString(describe(*pError, coreLanguage(m_aLanguage))));
    return;
  }
  const ImportedPack& rPack = std::get<ImportedPack>(aResult);
  m_aImportedPacks.push_back(rPack.pack.id);
  const auto& rKnown = m_aSettings.knownProfiles;
  int nRow = -1;
  if (!rPack.profiles.empty()) {
    auto it = std::find(rKnown.begin(), rKnown.end(), rPack.profiles.front());
    if (it != rKnown.end()) nRow = static_cast<int>(it - rKnown.begin());
  }
  show(nRow);
  setStatus(packImportedText(rPack, m_aLanguage) + " " + say(Text::PackOnOk));
}

}  // namespace

uno::Reference<uno::XInterface> SAL_CALL
createOptionsPage(const uno::Reference<uno::XComponentContext>& xContext) {
  return static_cast<cppu::OWeakObject*>(new OptionsPage(xContext));
}

rtl::OUString SAL_CALL optionsPageImplementationName() {
  return rtl::OUString::createFromAscii(kImplementationName);
}

uno::Sequence<rtl::OUString> SAL_CALL optionsPageServiceNames() {
  uno::Sequence<rtl::OUString> aNames(1);
  aNames.getArray()[0] = rtl::OUString::createFromAscii(kOptionsPageService);
  return aNames;
}

}  // namespace chengbao::ext
