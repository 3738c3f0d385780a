// The profile editor: a form with every value of the profile format (two columns of labelled
// fields, each with its error beside it), checked on every keystroke by check_profile_values,
// saved with save_profile. Keyboard only: every field has a mnemonic, Enter saves, Escape cancels.
#include "profile_editor.hxx"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <system_error>
#include <vector>

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
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

#include <unistd.h>

#include "command.hxx"
#include "date_format.hpp"
#include "date_text.hpp"
#include "extension_location.hxx"
#include "messages.hxx"
#include "pack_install.hxx"
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

namespace fs = std::filesystem;

// Geometry in dialog units: two columns of rows, each a label, a field and its error below.
constexpr sal_Int32 kWidth = 426;
constexpr sal_Int32 kColumnX[2] = {6, 216};
constexpr sal_Int32 kLabelWidth = 74;
constexpr sal_Int32 kFieldWidth = 128;
constexpr sal_Int32 kTop = 6;
constexpr sal_Int32 kRowHeight = 24;
constexpr int kRows = 9;
constexpr sal_Int32 kStatusY = kTop + kRows * kRowHeight;
constexpr sal_Int32 kButtonY = kStatusY + 24;
constexpr sal_Int32 kHeight = kButtonY + 20;
constexpr sal_Int32 kButtonWidth = 56;
constexpr sal_Int32 kErrorColor = 0xC00000;

enum class Text {
  Title,
  FullName,
  ShortName,
  SuperiorBody,
  Department,
  Signatory,
  SignatoryTitle,
  ContactName,
  ContactPhone,
  Address,
  DocumentNumber,
  IssuerMark,
  CopyTo,
  PrintedBy,
  DateStyle,
  Script,
  TemplateFolder,
  Custom,
  Save,
  Cancel,
  Help,
  Required,
  CustomLine,
  CustomTwice,
  FolderMissing,
  NotSaved,
  SaveFailed,
  Simplified,
  TraditionalTaiwan,
  TraditionalHongKong,
  ExportTitle,
  ProfileFilter,
  CustomHint,
  NotAPhone,
  ContactNeedsName,
  Count_  ///< not a text: the number of texts
};

rtl::OUString text(Text eText, const rtl::OUString& rLanguage) {
  static const LocalizedText aEntries[] = {
      {"机构信息", "機構資訊", "Organisation Profile"},
      {"全称(~N)：", "全稱(~N)：", "Full ~name:"},
      {"简称(~S)：", "簡稱(~S)：", "~Short name:"},
      {"上级机关(~U)：", "上級機關(~U)：", "S~uperior body:"},
      {"部门(~D)：", "部門(~D)：", "~Department:"},
      {"签发人(~G)：", "簽發人(~G)：", "Si~gnatory:"},
      {"签发人职务(~T)：", "簽發人職務(~T)：", "Signatory's ~title:"},
      {"联系人(~P)：", "聯絡人(~P)：", "Contact ~person:"},
      {"联系电话(~O)：", "聯絡電話(~O)：", "Ph~one:"},
      {"地址(~A)：", "地址(~A)：", "~Address:"},
      {"发文字号(~M)：", "發文字號(~M)：", "Docu~ment number:"},
      {"发文机关标志(~I)：", "發文機關標誌(~I)：", "~Issuer mark:"},
      {"抄送机关(~Y)：", "抄送機關(~Y)：", "Cop~y to:"},
      {"印发机关(~R)：", "印發機關(~R)：", "P~rinted by:"},
      {"日期格式(~E)：", "日期格式(~E)：", "Dat~e style:"},
      {"文字(~W)：", "文字(~W)：", "~Writing system:"},
      {"模板文件夹(~F)：", "範本資料夾(~F)：", "Template ~folder:"},
      {"自定义字段(~X)：", "自訂欄位(~X)：", "E~xtra fields:"},
      {"保存(~V)", "儲存(~V)", "Sa~ve"},
      {"取消(~C)", "取消(~C)", "~Cancel"},
      {"帮助(~H)", "說明(~H)", "~Help"},
      {"必填", "必填", "Required"},
      {"第 %1 行应写作“名称=值”", "第 %1 行應寫作「名稱=值」", "Line %1: write name=value"},
      {"字段“%1”出现了两次", "欄位「%1」出現了兩次", "The field '%1' is there twice"},
      {"机构信息文件所在的文件夹中没有此文件夹", "機構資訊檔所在的資料夾中沒有此資料夾",
       "There is no such folder beside the profile file"},
      {"有 %1 项需要改正（见标红处），文件未保存。", "有 %1 項需要改正（見標紅處），檔案未儲存。",
       "%1 value(s) need correcting (shown in red); nothing was saved."},
      {"无法保存：", "無法儲存：", "Cannot save: "},
      {"简体中文", "簡體中文", "Simplified Chinese"},
      {"繁体中文（台湾用字）", "繁體中文（臺灣用字）", "Traditional Chinese (Taiwan)"},
      {"繁体中文（香港用字）", "繁體中文（香港用字）", "Traditional Chinese (Hong Kong)"},
      {"导出机构信息", "匯出機構資訊", "Export the Organisation Profile"},
      {"机构信息文件", "機構資訊檔案", "Organisation profiles"},
      {"每行一个：名称=值（名称用 a-z、0-9、_）", "每行一個：名稱=值（名稱用 a-z、0-9、_）",
       "One per line: name=value (names use a-z, 0-9, _)"},
      {"“%1”不是电话号码（可用数字、空格、+ - ( ) / 转）",
       "「%1」不是電話號碼（可用數字、空格、+ - ( ) / 轉）",
       "'%1' is not a phone number (digits, spaces, + - ( ) / 转)"},
      {"填写了联系电话，也请填写联系人", "填寫了聯絡電話，也請填寫聯絡人",
       "A phone number needs the contact person's name"},
  };
  static_assert(std::size(aEntries) == static_cast<size_t>(Text::Count_), "one entry per Text");
  return localized(aEntries[static_cast<int>(eText)], rLanguage);
}

/// A text field of the form: its control name, the profile's XML name, its label, its value.
struct TextField {
  const char* pName;
  const char* pXml;
  Text eLabel;
  std::string Profile::*pValue;
  int nColumn;
  int nRow;
};

const TextField kTextFields[] = {
    {"FullName", "full-name", Text::FullName, &Profile::full_name, 0, 0},
    {"ShortName", "short-name", Text::ShortName, &Profile::short_name, 0, 1},
    {"SuperiorBody", "superior-body", Text::SuperiorBody, &Profile::superior_body, 0, 2},
    {"Department", "department", Text::Department, &Profile::department, 0, 3},
    {"Signatory", "signatory", Text::Signatory, &Profile::signatory_name, 0, 4},
    {"SignatoryTitle", "signatory-title", Text::SignatoryTitle, &Profile::signatory_title, 0, 5},
    {"ContactName", "contact-name", Text::ContactName, &Profile::contact_name, 0, 6},
    {"ContactPhone", "contact-phone", Text::ContactPhone, &Profile::contact_phone, 0, 7},
    {"Address", "address", Text::Address, &Profile::address, 0, 8},
    {"DocumentNumber", "document-number", Text::DocumentNumber, &Profile::document_number, 1, 0},
    {"IssuerMark", "issuer-mark", Text::IssuerMark, &Profile::issuer_mark, 1, 1},
    {"CopyTo", "copy-to", Text::CopyTo, &Profile::copy_to, 1, 2},
    {"PrintedBy", "printed-by", Text::PrintedBy, &Profile::printed_by, 1, 3},
    {"TemplateFolder", "template-folder", Text::TemplateFolder, &Profile::template_folder, 1, 6},
};

/// The date styles a profile may have, in the list's order (ISO is for English templates only).
constexpr DateStyle kDateStyles[] = {DateStyle::Gbt9704, DateStyle::Chinese, DateStyle::Roc};

rtl::OUString ascii(const char* p) { return rtl::OUString::createFromAscii(p); }

std::string trimmed(const std::string& rText) {
  const size_t nFirst = rText.find_first_not_of(" \t\r\n");
  if (nFirst == std::string::npos) return std::string();
  return rText.substr(nFirst, rText.find_last_not_of(" \t\r\n") - nFirst + 1);
}

/// "name=value" lines of the custom fields box; `rBad` gets the numbers of lines that are not.
std::vector<std::pair<std::string, std::string>> customLines(const std::string& rText,
                                                             std::vector<int>& rBad) {
  std::vector<std::pair<std::string, std::string>> aResult;
  size_t nStart = 0;
  int nLine = 0;
  while (nStart <= rText.size()) {
    size_t nEnd = rText.find('\n', nStart);
    if (nEnd == std::string::npos) nEnd = rText.size();
    ++nLine;
    const std::string aLine = trimmed(rText.substr(nStart, nEnd - nStart));
    nStart = nEnd + 1;
    if (aLine.empty()) continue;
    // A full-width ＝ is what a Chinese input method gives.
    size_t nEquals = aLine.find('=');
    size_t nLength = 1;
    if (const size_t nWide = aLine.find("\xEF\xBC\x9D"); nWide < nEquals) {
      nEquals = nWide;
      nLength = 3;
    }
    if (nEquals == std::string::npos) {
      rBad.push_back(nLine);
      continue;
    }
    aResult.emplace_back(trimmed(aLine.substr(0, nEquals)),
                         trimmed(aLine.substr(nEquals + nLength)));
  }
  return aResult;
}

class ProfileEditor {
 public:
  ProfileEditor(const Reference<uno::XComponentContext>& xContext, const rtl::OUString& rLanguage,
                const Profile& rStart, const std::string& rPath)
      : m_xContext(xContext), m_aLanguage(rLanguage), m_aStart(rStart), m_aPath(rPath) {}
  ~ProfileEditor() {
    for (auto& xCallback : m_aCallbacks) xCallback->disconnect();
  }
  ProfileEditor(const ProfileEditor&) = delete;
  ProfileEditor& operator=(const ProfileEditor&) = delete;

  std::optional<std::string> run(const Reference<awt::XWindowPeer>& xParent);

 private:
  rtl::OUString say(Text eText) const { return text(eText, m_aLanguage); }
  Reference<beans::XPropertySet> add(const char* pService, const std::string& rName, sal_Int32 nX,
                                     sal_Int32 nY, sal_Int32 nWidth, sal_Int32 nHeight);
  void addRow(const std::string& rName, Text eLabel, int nColumn, int nRow, const char* pService,
              sal_Int32 nFieldHeight = 12);
  Reference<beans::XPropertySet> model(const std::string& rName) const;
  /// Checks the form whenever the text of the field `rName` changes (and marks it touched).
  void onText(const std::string& rName);
  /// Calls `aCallback` when the button `rName` is pressed or an item of the list `rName` chosen.
  void onAction(const std::string& rName, std::function<void()> aCallback);
  void build();
  void fill();
  std::string fieldText(const std::string& rName) const;
  sal_Int16 listPosition(const std::string& rName) const;
  /// The profile the form shows, and what is wrong with it by field (control name → message).
  Profile formProfile(std::map<std::string, rtl::OUString>& rProblems) const;
  /// What is wrong with a value, in words for the form beside its field.
  rtl::OUString formText(const LoadError& rError, Language eLanguage) const;
  /// Checks the form and shows each field's error (see showProblems).
  void check();
  /// Shows each field's error from `rProblems` (control name → message): a required value only
  /// once it was touched or Save was tried.
  void showProblems(const std::map<std::string, rtl::OUString>& rProblems);
  void onSave();

  Reference<uno::XComponentContext> m_xContext;
  rtl::OUString m_aLanguage;
  Profile m_aStart;
  std::string m_aPath;
  std::optional<std::string> m_aSaved;
  std::set<std::string> m_aTouched;
  bool m_bSaveTried = false;
  bool m_bFilling = false;
  sal_Int16 m_nTabIndex = 0;
  Reference<beans::XPropertySet> m_xModel;
  Reference<lang::XMultiServiceFactory> m_xFactory;
  Reference<container::XNameContainer> m_xControlModels;
  Reference<awt::XControl> m_xDialog;
  Reference<awt::XControlContainer> m_xControls;
  std::vector<rtl::Reference<ControlCallback>> m_aCallbacks;
};

Reference<beans::XPropertySet> ProfileEditor::add(const char* pService, const std::string& rName,
                                                  sal_Int32 nX, sal_Int32 nY, sal_Int32 nWidth,
                                                  sal_Int32 nHeight) {
  Reference<beans::XPropertySet> xModel =
      addControl(m_xFactory, m_xControlModels, pService, rName.c_str(), nX, nY, nWidth, nHeight);
  // The order of the keyboard is the order of adding: each label just before its field, so the
  // label's mnemonic moves to the field.
  xModel->setPropertyValue("TabIndex", Any(m_nTabIndex++));
  return xModel;
}

void ProfileEditor::addRow(const std::string& rName, Text eLabel, int nColumn, int nRow,
                           const char* pService, sal_Int32 nFieldHeight) {
  const sal_Int32 nX = kColumnX[nColumn];
  const sal_Int32 nY = kTop + nRow * kRowHeight;
  Reference<beans::XPropertySet> xLabel = add("com.sun.star.awt.UnoControlFixedTextModel",
                                              rName + "Label", nX, nY + 2, kLabelWidth, 10);
  xLabel->setPropertyValue("Label", Any(say(eLabel)));
  add(pService, rName, nX + kLabelWidth + 2, nY, kFieldWidth, nFieldHeight);
  Reference<beans::XPropertySet> xError =
      add("com.sun.star.awt.UnoControlFixedTextModel", rName + "Error", nX + kLabelWidth + 2,
          nY + nFieldHeight + 1, kFieldWidth, 9);
  xError->setPropertyValue("NoLabel", Any(true));
  xError->setPropertyValue("TextColor", Any(kErrorColor));
}

Reference<beans::XPropertySet> ProfileEditor::model(const std::string& rName) const {
  return Reference<beans::XPropertySet>(m_xControlModels->getByName(toOUString(rName)),
                                        UNO_QUERY_THROW);
}

void ProfileEditor::onText(const std::string& rName) {
  rtl::Reference<ControlCallback> xCallback(new ControlCallback([this, rName](sal_Int32) {
    if (m_bFilling) return;
    m_aTouched.insert(rName);
    check();
  }));
  m_aCallbacks.push_back(xCallback);
  Reference<awt::XTextComponent>(m_xControls->getControl(toOUString(rName)), UNO_QUERY_THROW)
      ->addTextListener(xCallback.get());
}

void ProfileEditor::onAction(const std::string& rName, std::function<void()> aCallback) {
  rtl::Reference<ControlCallback> xCallback(
      new ControlCallback([this, aCallback = std::move(aCallback)](sal_Int32) {
        if (!m_bFilling) aCallback();
      }));
  m_aCallbacks.push_back(xCallback);
  Reference<awt::XControl> xControl = m_xControls->getControl(toOUString(rName));
  if (Reference<awt::XListBox> xList{xControl, UNO_QUERY}; xList.is())
    xList->addItemListener(xCallback.get());
  else
    Reference<awt::XButton>(xControl, UNO_QUERY_THROW)->addActionListener(xCallback.get());
}

void ProfileEditor::build() {
  m_xModel = createDialogModel(m_xContext, kWidth, kHeight, say(Text::Title),
                               "org.chengbao.extension:Options");
  m_xFactory.set(m_xModel, UNO_QUERY_THROW);
  m_xControlModels.set(m_xModel, UNO_QUERY_THROW);
  constexpr const char* kEdit = "com.sun.star.awt.UnoControlEditModel";
  constexpr const char* kList = "com.sun.star.awt.UnoControlListBoxModel";
  // Column by column, top to bottom: the keyboard's order.
  for (int nColumn = 0; nColumn < 2; ++nColumn) {
    for (const TextField& rField : kTextFields) {
      if (rField.nColumn != nColumn) continue;
      if (nColumn == 1 && rField.nRow == 6) {
        // The lists come before the template folder.
        addRow("DateStyle", Text::DateStyle, 1, 4, kList);
        addRow("Script", Text::Script, 1, 5, kList);
      }
      addRow(rField.pName, rField.eLabel, rField.nColumn, rField.nRow, kEdit);
    }
  }
  addRow("Custom", Text::Custom, 1, 7, kEdit, kRowHeight + 12);
  Reference<beans::XPropertySet> xCustom = model("Custom");
  xCustom->setPropertyValue("MultiLine", Any(true));
  xCustom->setPropertyValue("VScroll", Any(true));
  xCustom->setPropertyValue("HelpText", Any(say(Text::CustomHint)));
  for (const char* pList : {"DateStyle", "Script"}) {
    Reference<beans::XPropertySet> xList = model(pList);
    xList->setPropertyValue("Dropdown", Any(true));
    xList->setPropertyValue("LineCount", Any(sal_Int16(4)));
  }
  Reference<beans::XPropertySet> xStatus =
      add("com.sun.star.awt.UnoControlFixedTextModel", "Status", 6, kStatusY, kWidth - 12, 20);
  xStatus->setPropertyValue("NoLabel", Any(true));
  xStatus->setPropertyValue("MultiLine", Any(true));
  xStatus->setPropertyValue("TextColor", Any(kErrorColor));
  add("com.sun.star.awt.UnoControlFixedLineModel", "ButtonLine", 0, kButtonY - 5, kWidth, 4);
  struct ButtonSpec {
    const char* pName;
    Text eText;
    sal_Int32 nX;
    awt::PushButtonType eType;
  };
  const ButtonSpec aButtons[] = {
      {"Save", Text::Save, kWidth - 2 * (kButtonWidth + 4) - 2, awt::PushButtonType_STANDARD},
      {"Cancel", Text::Cancel, kWidth - (kButtonWidth + 4) - 2, awt::PushButtonType_CANCEL},
      {"Help", Text::Help, 6, awt::PushButtonType_STANDARD},
  };
  for (const ButtonSpec& rSpec : aButtons) {
    Reference<beans::XPropertySet> xButton = add("com.sun.star.awt.UnoControlButtonModel",
                                                 rSpec.pName, rSpec.nX, kButtonY, kButtonWidth, 14);
    xButton->setPropertyValue("Label", Any(say(rSpec.eText)));
    xButton->setPropertyValue("PushButtonType", Any(sal_Int16(rSpec.eType)));
  }
  // Enter in a one-line field saves.
  model("Save")->setPropertyValue("DefaultButton", Any(true));
}

void ProfileEditor::fill() {
  m_bFilling = true;
  for (const TextField& rField : kTextFields)
    model(rField.pName)->setPropertyValue("Text", Any(toOUString(m_aStart.*rField.pValue)));
  const Date aToday = today();
  uno::Sequence<rtl::OUString> aStyles(static_cast<sal_Int32>(std::size(kDateStyles)));
  sal_Int16 nStyle = 0;
  for (size_t i = 0; i < std::size(kDateStyles); ++i) {
    aStyles.getArray()[i] = toOUString(format_date(aToday, kDateStyles[i]));
    if (kDateStyles[i] == m_aStart.date_style) nStyle = static_cast<sal_Int16>(i);
  }
  model("DateStyle")->setPropertyValue("StringItemList", Any(aStyles));
  model("DateStyle")->setPropertyValue("SelectedItems", Any(uno::Sequence<sal_Int16>(&nStyle, 1)));
  uno::Sequence<rtl::OUString> aScripts(3);
  aScripts.getArray()[0] = say(Text::Simplified);
  aScripts.getArray()[1] = say(Text::TraditionalTaiwan);
  aScripts.getArray()[2] = say(Text::TraditionalHongKong);
  model("Script")->setPropertyValue("StringItemList", Any(aScripts));
  const sal_Int16 nScript =
      m_aStart.script != "zh-Hant" ? 0 : (m_aStart.region == Region::HongKong ? 2 : 1);
  model("Script")->setPropertyValue("SelectedItems", Any(uno::Sequence<sal_Int16>(&nScript, 1)));
  std::string aCustom;
  for (const auto& [rName, rValue] : m_aStart.custom) aCustom += rName + "=" + rValue + "\n";
  model("Custom")->setPropertyValue("Text", Any(toOUString(aCustom)));
  m_bFilling = false;
}

std::string ProfileEditor::fieldText(const std::string& rName) const {
  rtl::OUString aText;
  model(rName)->getPropertyValue("Text") >>= aText;
  return toUtf8(aText);
}

sal_Int16 ProfileEditor::listPosition(const std::string& rName) const {
  uno::Sequence<sal_Int16> aSelected;
  model(rName)->getPropertyValue("SelectedItems") >>= aSelected;
  return aSelected.getLength() == 1 ? aSelected[0] : sal_Int16(0);
}

Profile ProfileEditor::formProfile(std::map<std::string, rtl::OUString>& rProblems) const {
  Profile aProfile = m_aStart;
  for (const TextField& rField : kTextFields)
    aProfile.*rField.pValue = trimmed(fieldText(rField.pName));
  aProfile.date_style = kDateStyles[std::clamp<sal_Int16>(listPosition("DateStyle"), 0, 2)];
  const sal_Int16 nScript = listPosition("Script");
  aProfile.script = nScript == 0 ? "zh-Hans" : "zh-Hant";
  if (nScript > 0) aProfile.region = nScript == 2 ? Region::HongKong : Region::Taiwan;
  std::vector<int> aBadLines;
  aProfile.custom.clear();
  rtl::OUString aCustomProblem;
  for (auto& [rName, rValue] : customLines(fieldText("Custom"), aBadLines)) {
    if (aProfile.custom.count(rName) != 0 && aCustomProblem.isEmpty())
      aCustomProblem = say(Text::CustomTwice).replaceFirst("%1", toOUString(rName));
    aProfile.custom[rName] = rValue;
  }
  if (!aBadLines.empty())
    aCustomProblem = say(Text::CustomLine).replaceFirst("%1", rtl::OUString::number(aBadLines[0]));

  const Language eLanguage = coreLanguage(m_aLanguage);
  for (const ProfileProblem& rProblem : check_profile_values(aProfile)) {
    std::string aName;
    if (rProblem.field.rfind("field:", 0) == 0) aName = "Custom";
    if (rProblem.field == "date-style") aName = "DateStyle";
    if (rProblem.field == "script") aName = "Script";
    for (const TextField& rField : kTextFields)
      if (rProblem.field == rField.pXml) aName = rField.pName;
    if (aName.empty() || rProblems.count(aName) != 0) continue;
    rProblems[aName] = formText(rProblem.error, eLanguage);
  }
  if (!aCustomProblem.isEmpty() && rProblems.count("Custom") == 0)
    rProblems["Custom"] = aCustomProblem;
  // The loader looks for the template folder beside the profile file: so does the form.
  if (!aProfile.template_folder.empty() && rProblems.count("TemplateFolder") == 0) {
    const fs::path aDir =
        m_aPath.empty() ? fs::path(userProfilesDir(m_xContext)) : fs::path(m_aPath).parent_path();
    std::error_code aError;
    if (!fs::is_directory(aDir / aProfile.template_folder, aError))
      rProblems["TemplateFolder"] = say(Text::FolderMissing);
  }
  return aProfile;
}

rtl::OUString ProfileEditor::formText(const LoadError& rError, Language eLanguage) const {
  switch (rError.problem) {
    case LoadProblem::EmptyElement:
      return say(Text::Required);
    case LoadProblem::ContactPhone:
      return say(Text::NotAPhone)
          .replaceFirst("%1", toOUString(rError.args.empty() ? std::string() : rError.args[0]));
    case LoadProblem::ContactNoName:
      return say(Text::ContactNeedsName);
    default:
      break;
  }
  // The loader's words name the XML element ("<document-number> may use only…"); beside its
  // field the element goes without saying.
  std::string aText = problem_text(rError, eLanguage);
  if (!aText.empty() && aText.front() == '<') {
    const size_t nEnd = aText.find('>');
    if (nEnd != std::string::npos) aText = trimmed(aText.substr(nEnd + 1));
  }
  return toOUString(aText);
}

void ProfileEditor::check() {
  std::map<std::string, rtl::OUString> aProblems;
  formProfile(aProblems);
  showProblems(aProblems);
}

void ProfileEditor::showProblems(const std::map<std::string, rtl::OUString>& rProblems) {
  std::vector<std::string> aNames = {"DateStyle", "Script", "Custom"};
  for (const TextField& rField : kTextFields) aNames.push_back(rField.pName);
  int nShown = 0;
  for (const std::string& rName : aNames) {
    auto it = rProblems.find(rName);
    rtl::OUString aText;
    if (it != rProblems.end() &&
        (m_bSaveTried || m_aTouched.count(rName) != 0 || it->second != say(Text::Required))) {
      aText = it->second;
      ++nShown;
    }
    Reference<beans::XPropertySet> xError = model(rName + "Error");
    xError->setPropertyValue("Label", Any(aText));
    // The whole message where the line is too short for it.
    xError->setPropertyValue("HelpText", Any(aText));
  }
  if (nShown == 0) model("Status")->setPropertyValue("Label", Any(rtl::OUString()));
}

void ProfileEditor::onSave() {
  m_bSaveTried = true;
  std::map<std::string, rtl::OUString> aProblems;
  Profile aProfile = formProfile(aProblems);
  showProblems(aProblems);
  if (const auto nWrong = static_cast<sal_Int64>(aProblems.size()); nWrong > 0) {
    model("Status")->setPropertyValue(
        "Label", Any(say(Text::NotSaved).replaceFirst("%1", rtl::OUString::number(nWrong))));
    // The keyboard goes to the first wrong field, in the form's order.
    for (const TextField& rField : kTextFields)
      if (aProblems.count(rField.pName) != 0) {
        Reference<awt::XWindow>(m_xControls->getControl(ascii(rField.pName)), UNO_QUERY_THROW)
            ->setFocus();
        break;
      }
    return;
  }
  std::string aPath = m_aPath;
  if (aPath.empty()) {
    const std::string aDir = userProfilesDir(m_xContext);
    std::error_code aError;
    fs::create_directories(aDir, aError);
    aPath = newProfilePath(aDir, aProfile);
  }
  if (auto aError = save_profile(aProfile, aPath)) {
    model("Status")->setPropertyValue(
        "Label",
        Any(say(Text::SaveFailed) + toOUString(describe(*aError, coreLanguage(m_aLanguage)))));
    return;
  }
  m_aSaved = aPath;
  Reference<awt::XDialog>(m_xDialog, UNO_QUERY_THROW)->endExecute();
}

std::optional<std::string> ProfileEditor::run(const Reference<awt::XWindowPeer>& xParent) {
  build();
  m_xDialog = createDialog(m_xContext, m_xModel, xParent);
  DisposeGuard aGuard{Reference<lang::XComponent>(m_xDialog, UNO_QUERY)};
  m_xControls.set(m_xDialog, UNO_QUERY_THROW);
  fill();
  for (const TextField& rField : kTextFields) onText(rField.pName);
  onText("Custom");
  onAction("DateStyle", [this] { check(); });
  onAction("Script", [this] { check(); });
  onAction("Save", [this] { onSave(); });
  // The options page's help describes the editor: in the browser, as every help button does.
  onAction("Help", [this] {
    const uno::Sequence<beans::PropertyValue> aNone;
    const Arguments aArgs(aNone);
    const CommandContext aContext{m_xContext, nullptr, m_aLanguage, aArgs};
    try {
      openHelp(aContext, "Options");
    } catch (const CommandError& rError) {
      model("Status")->setPropertyValue("Label", Any(rError.message));
    }
  });
  check();
  Reference<awt::XWindow>(m_xControls->getControl("FullName"), UNO_QUERY_THROW)->setFocus();
  Reference<awt::XDialog>(m_xDialog, UNO_QUERY_THROW)->execute();
  return m_aSaved;
}

/// The slug of a file name: the text without the characters file systems refuse.
std::string fileStem(const Profile& rProfile) {
  std::string aName = !rProfile.short_name.empty() ? rProfile.short_name : rProfile.full_name;
  std::string aStem;
  for (char c : aName)
    if (c != '/' && c != '\\' && c != ':' && c != '*' && c != '?' && c != '"' && c != '<' &&
        c != '>' && c != '|' && static_cast<unsigned char>(c) >= 0x20)
      aStem += c;
  aStem = trimmed(aStem);
  while (!aStem.empty() && aStem.front() == '.') aStem.erase(0, 1);
  return aStem.empty() ? std::string("profile") : aStem;
}

}  // namespace

std::optional<std::string> runProfileEditor(const Reference<uno::XComponentContext>& xContext,
                                            const Reference<awt::XWindowPeer>& xParent,
                                            const rtl::OUString& rLanguage, const Profile& rStart,
                                            const std::string& rPath) {
  ProfileEditor aEditor(xContext, rLanguage, rStart, rPath);
  return aEditor.run(xParent);
}

std::string userProfilesDir(const Reference<uno::XComponentContext>& xContext) {
  return userDataDir(xContext) + "/profiles";
}

std::string newProfilePath(const std::string& rDir, const Profile& rProfile) {
  const std::string aStem = fileStem(rProfile);
  std::error_code aError;
  fs::path aPath = fs::path(rDir) / (aStem + ".xml");
  for (int n = 2; fs::exists(aPath, aError); ++n)
    aPath = fs::path(rDir) / (aStem + "-" + std::to_string(n) + ".xml");
  return aPath.string();
}

bool editableInPlace(const Reference<uno::XComponentContext>& xContext, const std::string& rPath) {
  std::error_code aError;
  const fs::path aFile = fs::weakly_canonical(rPath, aError);
  if (aError) return false;
  const auto under = [&](const fs::path& rDir) {
    std::error_code aIgnored;
    const fs::path aDir = fs::weakly_canonical(rDir, aIgnored);
    if (aIgnored || aDir.empty()) return false;
    const std::string aPrefix = aDir.string() + "/";
    return aFile.string().rfind(aPrefix, 0) == 0;
  };
  if (under(shippedTemplateDir(xContext)) || under(userPacksDir(xContext))) return false;
  return ::access(aFile.c_str(), W_OK) == 0;
}

std::string dropTemplateFolder(Profile& rProfile, const std::string& rShippedDir) {
  if (rProfile.template_folder.empty()) return std::string();
  rProfile.template_folder.clear();
  const std::string& rFolder = rProfile.template_folder_path;
  if (!rShippedDir.empty() && rFolder.rfind(rShippedDir + "/", 0) == 0) return std::string();
  return rFolder;
}

std::optional<std::string> exportProfile(const Reference<uno::XComponentContext>& xContext,
                                         const rtl::OUString& rLanguage, const Profile& rProfile,
                                         std::string& rError) {
  Reference<ui::dialogs::XFilePicker3> xPicker = ui::dialogs::FilePicker::createWithMode(
      xContext, ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
  xPicker->setTitle(text(Text::ExportTitle, rLanguage));
  const rtl::OUString aFilter = text(Text::ProfileFilter, rLanguage) + " (*.xml)";
  xPicker->appendFilter(aFilter, "*.xml");
  xPicker->setCurrentFilter(aFilter);
  xPicker->setDefaultName(toOUString(fileStem(rProfile) + ".xml"));
  if (xPicker->execute() != ui::dialogs::ExecutableDialogResults::OK) return std::nullopt;
  const uno::Sequence<rtl::OUString> aFiles = xPicker->getSelectedFiles();
  if (aFiles.getLength() == 0) return std::nullopt;
  std::string aPath = toSystemPath(aFiles[0]);
  if (fs::path(aPath).extension() != ".xml") aPath += ".xml";
  // A profile exported is shared without its template folder, which stays behind.
  Profile aShared = rProfile;
  aShared.template_folder.clear();
  if (auto aError = save_profile(aShared, aPath)) {
    rError = describe(*aError, coreLanguage(rLanguage));
    return std::nullopt;
  }
  return aPath;
}

}  // namespace chengbao::ext
