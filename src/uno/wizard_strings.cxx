// The report wizard's UI strings in zh-CN, zh-TW and en-US, chosen by the office's UI language.
#include "wizard_strings.hxx"

#include <rtl/ustrbuf.hxx>

#include "messages.hxx"
#include "ustring.hxx"

namespace chengbao::ext {
namespace {

using Entry = LocalizedText;

// In the order of WizardText. Mnemonics of a step must not repeat those of the buttons
// (H B N F C) nor each other: step 1 T O; step 2 the rows' digits and letters, V;
// step 3 P I V T D; step 4 J T U W P A Q K S (English: S T U W P A Q O M).
constexpr Entry kEntries[] = {
    {"报告向导", "報告精靈", "Report Wizard"},
    {"%1：%2（%3/4）", "%1：%2（%3/4）", "%1: %2 (%3/4)"},
    {"步骤", "步驟", "Steps"},
    {"报告类型", "報告類型", "Report Type"},
    {"章节", "章節", "Sections"},
    {"机构信息", "機構資訊", "Organisation"},
    {"选项", "選項", "Options"},
    {"帮助(~H)", "說明(~H)", "~Help"},
    {"< 上一步(~B)", "< 上一步(~B)", "< ~Back"},
    {"下一步(~N) >", "下一步(~N) >", "~Next >"},
    {"完成(~F)", "完成(~F)", "~Finish"},
    {"取消(~C)", "取消(~C)", "~Cancel"},
    {"报告类型(~T)：", "報告類型(~T)：", "Report ~type:"},
    {"说明", "說明", "Description"},
    {"大纲预览(~O)：", "大綱預覽(~O)：", "~Outline preview:"},
    {"没有找到可用的报告模板。", "沒有找到可用的報告範本。", "No report template was found."},
    {"勾选要写入报告的章节，并为每个章节选择一段范文。必备章节不能取消。",
     "勾選要寫入報告的章節，並為每個章節選擇一段範文。必備章節不能取消。",
     "Tick the sections to include and choose a model text for each. Required sections stay."},
    {"章节", "章節", "Section"},
    {"范文", "範文", "Model text"},
    {"%1%2：%3", "%1%2：%3", "%1 %2: %3"},
    {"范文", "範文", "Text"},
    {"必备章节，不能取消", "必備章節，不能取消", "A required section: it cannot be left out"},
    {"范文预览(~V)：", "範文預覽(~V)：", "Model text pre~view:"},
    {"机构信息文件(~P)：", "機構資訊檔(~P)：", "~Profile:"},
    {"导入(~I)…", "匯入(~I)…", "~Import…"},
    {"机构信息（只读）(~V)：", "機構資訊（唯讀）(~V)：", "Profile ~values (read-only):"},
    {"本报告的标题事项(~T)：", "本報告的標題事項(~T)：", "Title ~topic of this report:"},
    {"标题：", "標題：", "Title: "},
    {"成文日期(~D)：", "成文日期(~D)：", "~Date:"},
    {"如 2026-11-28 或 2026年11月28日", "如 2026-11-28 或 2026年11月28日",
     "e.g. 2026-11-28 or 2026年11月28日"},
    {"日期无效：请填写如 2026-11-28 或 2026年11月28日。",
     "日期無效：請填寫如 2026-11-28 或 2026年11月28日。",
     "Not a date: write it as 2026-11-28 or 2026年11月28日."},
    {"该日期不存在，请检查月份和日。", "該日期不存在，請檢查月份和日。",
     "That date does not exist: check the month and the day."},
    {"（当前使用）", "（目前使用）", " (in use)"},
    {"（无法读取）", "（無法讀取）", " (cannot be read)"},
    {"无法使用此机构信息文件：", "無法使用此機構資訊檔：", "This profile cannot be used: "},
    {"导入机构信息文件", "匯入機構資訊檔", "Import Profile"},
    {"机构信息文件 (*.xml)", "機構資訊檔 (*.xml)", "Profiles (*.xml)"},
    {"机构全称", "機構全稱", "Full name"},
    {"机构简称", "機構簡稱", "Short name"},
    {"主送机关", "主送機關", "Superior body"},
    {"部门", "部門", "Department"},
    {"签发人", "簽發人", "Signatory"},
    {"联系人", "聯絡人", "Contact"},
    {"发文字号", "發文字號", "Document number"},
    {"日期写法", "日期寫法", "Date style"},
    {"文件", "檔案", "File"},
    {"随扩展提供：", "隨擴充功能提供：", "shipped with the extension: "},
    {"文字", "文字", "Script"},
    {"简体中文(~J)", "簡體中文(~J)", "~Simplified Chinese"},
    {"繁体中文(~T)", "繁體中文(~T)", "~Traditional Chinese"},
    {"插入位置", "插入位置", "Insert"},
    {"当前文档的光标处(~U)", "目前文件的游標處(~U)", "At the c~ursor in this document"},
    {"新建文档(~W)", "新文件(~W)", "In a ne~w document"},
    {"应用模板的页面设置(~P)", "套用範本的版面設定(~P)", "Apply the template's ~page setup"},
    {"GB/T 9704：A4 纸，页边距上 37、下 35、左 28、右 26 毫米。",
     "GB/T 9704：A4 紙，邊界上 37、下 35、左 28、右 26 公釐。",
     "GB/T 9704: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm."},
    {"此模板没有规定页面设置。", "此範本沒有規定版面設定。",
     "This template does not ask for a page setup."},
    {"版头和版记", "版頭和版記", "Masthead and colophon"},
    {"加版头：发文机关标志、发文字号、签发人(~A)", "加版頭：發文機關標誌、發文字號、簽發人(~A)",
     "Add the m~asthead: issuer mark, number, signer"},
    {"发文字号序号(~Q)：", "發文字號序號(~Q)：", "Se~quence no.:"},
    {"加版记：抄送机关、印发机关和印发日期(~K)", "加版記：抄送機關、印發機關和印發日期(~K)",
     "Add the c~olophon: copies to, printed by and date"},
    {"将要插入的报告(~S)：", "將要插入的報告(~S)：", "Su~mmary:"},
    {"模板", "範本", "Template"},
    {"共 %2 个章节，写入 %1 个", "共 %2 個章節，寫入 %1 個", "%1 of %2"},
    {"机构", "機構", "Organisation"},
    {"标题", "標題", "Title"},
    {"成文日期", "成文日期", "Date"},
    {"文字", "文字", "Script"},
    {"插入位置", "插入位置", "Insert"},
    {"页面设置", "版面設定", "Page setup"},
    {"版头", "版頭", "Masthead"},
    {"版记", "版記", "Colophon"},
    {"是", "是", "yes"},
    {"否", "否", "no"},
    {"第 1 "
     "步：选择报告类型。右侧是所选模板的说明，下方是报告大纲的预览。按“下一步”继续，按“完成”立即插"
     "入报告。",
     "第 1 "
     "步：選擇報告類型。右側是所選範本的說明，下方是報告大綱的預覽。按「下一步」繼續，按「完成」立"
     "即插入報告。",
     "Step 1: choose the kind of report. Its description is on the right and a preview of its "
     "outline below. Next goes on; Finish inserts the report at once."},
    {"第 2 "
     "步：勾选要写入的章节（必备章节总是写入），并在右侧为每个章节选择一段范文。取消一个章节时，它"
     "的下级章节也一并去掉。",
     "第 2 "
     "步：勾選要寫入的章節（必備章節總是寫入），並在右側為每個章節選擇一段範文。取消一個章節時，它"
     "的下級章節也一併去掉。",
     "Step 2: tick the sections to write (required ones always are) and choose a model text for "
     "each on the right. Leaving out a section leaves out its sub-sections too."},
    {"第 3 "
     "步：选择机构信息文件（署名、主送机关等从中填入），或从文件导入一个。还可以为本报告填写标题事"
     "项和成文日期。",
     "第 3 "
     "步：選擇機構資訊檔（署名、主送機關等從中填入），或從檔案匯入一個。還可以為本報告填寫標題事項"
     "和成文日期。",
     "Step 3: choose the profile that fills in the signature, the addressee and the other "
     "organisation values, or import one from a file; set this report's title topic and date."},
    {"第 4 步：选择简体或繁体、插入到当前光标处还是新文档，"
     "是否应用模板的页面设置，以及是否加版头（发文机关标志、发文字号、签发人）"
     "和版记（抄送、印发），均取自机构信息。按“完成”插入报告，可一步撤销。",
     "第 4 步：選擇簡體或繁體、插入到目前游標處還是新文件，"
     "是否套用範本的版面設定，以及是否加版頭（發文機關標誌、發文字號、簽發人）"
     "和版記（抄送、印發），均取自機構資訊。按「完成」插入報告，可一步復原。",
     "Step 4: choose the script, where to insert, whether to apply the template's page setup, and "
     "whether to add the masthead (issuer mark, document number, signer) and the colophon (copies "
     "to, printed by), both from the profile. Finish inserts the report as one step that Undo "
     "takes back."},
    {"所选报告类型的模板已无法读取（文件可能已被删除或移走），请重新选择报告类型。您填写的内容均已"
     "保留。\n\n",
     "所選報告類型的範本已無法讀取（檔案可能已被刪除或移走），請重新選擇報告類型。您填寫的內容均已"
     "保留。\n\n",
     "The template of the chosen report type can no longer be read (its file may have been deleted "
     "or "
     "moved). Choose the report type again; everything you entered is kept.\n\n"},
    {"新建(~W)…", "新增(~W)…", "Ne~w…"},
    {"编辑(~E)…", "編輯(~E)…", "~Edit…"},
    {"当前使用的是扩展自带的示例机构信息（虚构的东湖银行）。",
     "目前使用的是擴充套件內附的範例機構資訊（虛構的東湖銀行）。",
     "You are using the example profile that comes with the extension (a fictional bank)."},
    {"设置本机构信息(~G)…", "設定本機構資訊(~G)…", "Set up your or~ganisation…"},
};

static_assert(sizeof(kEntries) / sizeof(kEntries[0]) == static_cast<int>(WizardText::Count_),
              "one entry per WizardText");

}  // namespace

rtl::OUString wizardText(WizardText eText, const rtl::OUString& rLanguage) {
  const Entry& rEntry = kEntries[static_cast<int>(eText)];
  return localized(rEntry, rLanguage);
}

rtl::OUString withoutMnemonic(const rtl::OUString& rLabel) {
  rtl::OUStringBuffer aResult;
  for (sal_Int32 i = 0; i < rLabel.getLength(); ++i) {
    // "(~X)" goes as a whole; a lone "~" just disappears.
    if (rLabel[i] == '(' && i + 3 < rLabel.getLength() && rLabel[i + 1] == '~' &&
        rLabel[i + 3] == ')') {
      i += 3;
      continue;
    }
    if (rLabel[i] != '~') aResult.append(rLabel[i]);
  }
  return aResult.makeStringAndClear();
}

}  // namespace chengbao::ext
