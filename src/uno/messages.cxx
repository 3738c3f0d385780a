// The extension's own UI strings in zh-CN, zh-TW and en-US, chosen by the office's UI language.
#include "messages.hxx"

#include "configuration.hxx"
#include "finding.hpp"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

using Entry = LocalizedText;

const Entry& entry(Message eMessage) {
  static const Entry aEntries[] = {
      {"呈报", "呈報", "Chengbao"},
      {"插入报告", "插入報告", "Insert Report"},
      {"无法插入报告：", "無法插入報告：", "The report could not be inserted: "},
      {"此命令只能在 Writer 文档中使用。", "此命令只能在 Writer 文件中使用。",
       "This command works in Writer documents only."},
      {"未知的呈报命令：", "未知的呈報命令：", "Unknown Chengbao command: "},
      {"应用机构信息", "套用機構資訊", "Apply Organisation Profile"},
      {"无法应用机构信息：", "無法套用機構資訊：", "The profile could not be applied: "},
      {"无法检查报告：", "無法檢查報告：", "The report could not be checked: "},
      {"修正格式问题", "修正格式問題", "Fix Format Problems"},
      {"无法修正问题：", "無法修正問題：", "The problems could not be fixed: "},
      {"已修正 %1 处问题。", "已修正 %1 處問題。", "%1 problem(s) fixed."},
      {"请用 Rule、All=true 或 Paragraph 与 Offset 指明要修正哪些问题。",
       "請用 Rule、All=true 或 Paragraph 與 Offset 指明要修正哪些問題。",
       "Say which problems to fix: Rule, All=true, or Paragraph and Offset."},
      {"没有这条规则：", "沒有這條規則：", "No such rule: "},
      {"此处已没有可安全修正的问题，请重新检查报告。",
       "此處已沒有可安全修正的問題，請重新檢查報告。",
       "There is no safe fix there any more; check the report again."},
      {"页码要放在页脚中，而此页的页脚尚未按版式设置。为不打乱撤销记录，请保存并重新打开文档，"
       "再修正页码。",
       "頁碼要放在頁尾中，而此頁的頁尾尚未依版式設定。為不打亂復原記錄，請儲存並重新開啟文件，"
       "再修正頁碼。",
       "The page number goes in the footer, which this page does not have as the layout needs it. "
       "To keep the undo history intact, save and reopen the document, then fix the page number."},
      {"插入章节", "插入章節", "Insert Section"},
      {"无法插入章节：", "無法插入章節：", "The section could not be inserted: "},
      {"模板中没有此章节：", "範本中沒有此章節：", "The template has no section "},
      {"章节(~S)：", "章節(~S)：", "~Sections:"},
      {"确定", "確定", "OK"},
      {"取消", "取消", "Cancel"},
      {"没有此主题的帮助页面：", "沒有此主題的說明頁面：", "There is no help page for "},
      {"无法列出章节：", "無法列出章節：", "No sections to list: "},
      {"此文档以只读方式打开，未作任何更改。请先选择“编辑 ▸ 编辑模式”，或另存一份副本再试。",
       "此文件以唯讀方式開啟，未作任何變更。請先選擇「編輯 ▸ 編輯模式」，或另存一份副本再試。",
       "The document is open read-only, so nothing was changed. Choose Edit ▸ Edit Mode, or "
       "save a copy, and try again."},
      {"无法写入检查结果文件：", "無法寫入檢查結果檔案：",
       "The check result could not be written to "},
      {"未找到网页浏览器，帮助页面已在办公软件中打开：",
       "未找到網頁瀏覽器，說明頁面已在辦公軟體中開啟：",
       "No web browser was found; the help page opened in the office instead: "},
      {"本机未安装版式规定的字体：%1。屏幕和打印都会以替代字体显示，送印或导出 PDF "
       "前请安装这些字体。",
       "本機未安裝版式規定的字型：%1。螢幕和列印都會以替代字型顯示，送印或匯出 PDF "
       "前請安裝這些字型。",
       "Fonts of the layout are not installed: %1. Screen and print show the stand-ins; install "
       "the fonts before printing or exporting to PDF."},
      {"%1（以 %2 显示）", "%1（以 %2 顯示）", "%1 (shown as %2)"},
      {"备用字体", "備用字型", "a fallback font"},
      {"、", "、", ", "},
      {"已按“%1”的机构信息更新文档中的 %2 个字段。", "已按「%1」的機構資訊更新文件中的 %2 個欄位。",
       "%2 field(s) of the document were filled in from the profile of %1."},
      {"另存为机构模板", "另存為機構範本", "Save as House Template"},
      {"无法保存机构模板：", "無法儲存機構範本：", "The house template could not be saved: "},
      {"模板标识(~I)：", "範本識別碼(~I)：", "Template ~id:"},
      {"名称(~N)：", "名稱(~N)：", "~Name:"},
      {"必备的标题(~R)（取消选中即为可选）：", "必備的標題(~R)（取消選取即為可選）：",
       "~Required headings (unselect to make optional):"},
      {"呈报模板", "呈報範本", "Chengbao templates"},
      {"已保存机构模板 %1（%2 个部分）：%3", "已儲存機構範本 %1（%2 個部分）：%3",
       "House template %1 saved (%2 sections): %3"},
      {"请用 Output 参数给出要保存的文件。", "請用 Output 參數給出要儲存的檔案。",
       "Give the file to save to as the Output argument."},
      {"模板标识只能由 a-z、0-9 和 - 组成：", "範本識別碼只能由 a-z、0-9 和 - 組成：",
       "A template id is made of a-z, 0-9 and -: "},
      {"导入机构包", "匯入機構包", "Import Institution Pack"},
      {"无法导入机构包（原有的机构包仍在使用）：", "無法匯入機構包（原有的機構包仍在使用）：",
       "The pack could not be imported (the one installed before stays in use): "},
      {"请用 URL 参数给出机构包（file:、http: 或 https:）。",
       "請用 URL 參數給出機構包（file:、http: 或 https:）。",
       "Give the pack as the URL argument (file:, http: or https:)."},
      {"呈报机构包", "呈報機構包", "Chengbao institution packs"},
      {"已导入机构包“%1”（版本 %2）：%3 份机构信息，%4 个模板。",
       "已匯入機構包「%1」（版本 %2）：%3 份機構資訊，%4 個範本。",
       "Imported the pack %1 (version %2): %3 profile(s), %4 template(s)."},
      {"机构包更新", "機構包更新", "Pack update"},
      {"机构包“%1”有新版本 %2（当前 %3）。现在安装吗？",
       "機構包「%1」有新版本 %2（目前 %3）。現在安裝嗎？",
       "The pack %1 has a new version %2 (installed: %3). Install it now?"},
      {"安装", "安裝", "Install"},
      {"无法检查机构包更新（原有的机构包仍在使用）：",
       "無法檢查機構包更新（原有的機構包仍在使用）：",
       "The packs could not be checked for updates (the ones installed stay in use): "},
  };
  return aEntries[static_cast<int>(eMessage)];
}

}  // namespace

Language coreLanguage(const rtl::OUString& rUiLanguage) {
  if (rUiLanguage == "zh-CN") return Language::ZhCN;
  if (rUiLanguage == "zh-TW") return Language::ZhTW;
  return Language::En;
}

rtl::OUString uiLanguage(const uno::Reference<uno::XComponentContext>& xContext) {
  std::string aLocale;
  try {
    aLocale = officeLocale(xContext);
  } catch (const uno::Exception&) {
    // No configuration (a stripped-down office): English is the safe fallback.
  }
  // The core's rule decides, so the CLI's --lang and the office's UI agree on every locale.
  switch (parse_language(aLocale)) {
    case Language::ZhCN:
      return "zh-CN";
    case Language::ZhTW:
      return "zh-TW";
    case Language::En:
      break;
  }
  return "en-US";
}

rtl::OUString localized(const LocalizedText& rText, const rtl::OUString& rLanguage) {
  if (rLanguage == "zh-CN") return toOUString(rText.zhCN);
  if (rLanguage == "zh-TW") return toOUString(rText.zhTW);
  return toOUString(rText.en);
}

rtl::OUString message(Message eMessage, const rtl::OUString& rLanguage) {
  const Entry& rEntry = entry(eMessage);
  return localized(rEntry, rLanguage);
}

}  // namespace chengbao::ext
