// What each rule of the catalogue checks, in the three languages of messages.
#include "rule_catalogue.hpp"

#include <cstring>

namespace chengbao {
namespace {

struct Description {
  const char* id;
  const char* zh_cn;
  const char* zh_tw;
  const char* en;
};

// In the order of rule_ids() (template_checker.cpp).
constexpr Description kDescriptions[] = {
    {"title.missing", "报告应有标题。", "報告應有標題。", "A report has a title."},
    {"title.format", "标题不带编号，末尾不加标点。", "標題不帶編號，末尾不加標點。",
     "The title carries no heading label and no closing punctuation."},
    {"addressee.missing", "标题后应写主送机关。", "標題後應寫主送機關。",
     "The addressee (主送机关) follows the title."},
    {"heading.missing", "模板要求的章节应当齐全。", "範本要求的章節應當齊全。",
     "Every section the template requires is there."},
    {"heading.order", "章节按模板规定的顺序排列。", "章節依範本規定的順序排列。",
     "Sections come in the order the template gives."},
    {"section.empty", "章节下应有正文。", "章節下應有正文。",
     "A section has text under its heading."},
    {"numbering.gap", "同级标题编号连续。", "同級標題編號連續。",
     "Heading labels of one level run on without gaps."},
    {"numbering.restart", "下级编号在新的上级标题下重新开始。",
     "下級編號在新的上級標題下重新開始。",
     "Lower-level labels start again under each new higher heading."},
    {"numbering.level", "标题层级依次为一、（一）1.（1），不越级。",
     "標題層級依次為一、（一）1.（1），不越級。",
     "Heading levels go 一、 （一） 1. （1） without skipping one."},
    {"numbering.style", "各级标题编号使用规定的格式。", "各級標題編號使用規定的格式。",
     "Each level's labels have the prescribed form."},
    {"placeholder.leftover", "模板占位内容（20xx年、**银行、【…】）均已替换。",
     "範本預留內容（20xx年、**銀行、【…】）均已替換。",
     "No template placeholder (20xx年, **银行, 【…】) is left."},
    {"punct.halfwidth", "中文中使用全角标点。", "中文中使用全形標點。",
     "Chinese text uses full-width punctuation."},
    {"char.stray", "正文中没有多余或异常的字符。", "正文中沒有多餘或異常的字元。",
     "The text has no stray or unusual characters."},
    {"duplicate.paragraph", "没有重复的段落。", "沒有重複的段落。", "No paragraph is repeated."},
    {"closing.missing", "正文以结束语（如“特此报告。”）收尾。",
     "正文以結束語（如「特此報告。」）收尾。",
     "The body ends with its closing formula (特此报告。)."},
    {"signature.missing", "成文日期前署发文机关全称。", "成文日期前署發文機關全稱。",
     "The issuing body signs before the date."},
    {"signature.mismatch", "署名与机构信息中的名称一致。", "署名與機構資訊中的名稱一致。",
     "The signature matches the organisation profile."},
    {"date.missing", "文末写成文日期。", "文末寫成文日期。", "The report ends with its date."},
    {"date.format", "成文日期用阿拉伯数字写全年月日。", "成文日期用阿拉伯數字寫全年月日。",
     "The date gives year, month and day in Arabic numerals."},
    {"date.invalid", "日期在日历中存在。", "日期在日曆中存在。", "Dates exist in the calendar."},
    {"report.request", "报告中不夹带请示事项。", "報告中不夾帶請示事項。",
     "A report asks for no approval (that is a 请示)."},
    {"docnumber.format", "发文字号写作“机关代字〔年份〕序号号”。",
     "發文字號寫作「機關代字〔年份〕序號號」。",
     "The document number reads 机关代字〔year〕number号."},
    {"masthead.signer", "上行文在版头注明签发人。", "上行文在版頭註明簽發人。",
     "A document to a superior body names its signer in the masthead."},
    {"space.cjk", "汉字之间不加空格。", "漢字之間不加空格。",
     "No spaces between Chinese characters."},
    {"attachment.format", "附件说明的写法与编号规范。", "附件說明的寫法與編號規範。",
     "The attachment notes are written and numbered as prescribed."},
    {"colophon.format", "版记（抄送、印发机关和印发日期）写法规范。",
     "版記（抄送、印發機關和印發日期）寫法規範。",
     "The colophon (copies to, printing office and date) is as prescribed."},
    {"format.font", "各要素使用规定的字体。", "各要素使用規定的字型。",
     "Each element is set in the prescribed typeface."},
    {"format.size", "各要素使用规定的字号。", "各要素使用規定的字號。",
     "Each element has the prescribed size (号)."},
    {"format.weight", "该加粗的加粗，其余不加粗。", "該加粗的加粗，其餘不加粗。",
     "Bold where prescribed, and nowhere else."},
    {"format.align", "各要素按规定对齐。", "各要素依規定對齊。",
     "Each element is aligned as prescribed."},
    {"format.indent", "正文首行缩进两字。", "正文首行縮排兩字。",
     "Body paragraphs are indented by two characters."},
    {"format.spacing", "行距符合每页22行的版心要求。", "行距符合每頁22行的版心要求。",
     "Line spacing gives the 22 lines a page of the type area."},
    {"format.page", "纸张与页边距符合规定。", "紙張與頁邊距符合規定。",
     "Paper size and margins are as prescribed."},
    {"format.pagenumber", "页码格式与位置符合规定。", "頁碼格式與位置符合規定。",
     "Page numbers have the prescribed form and place."},
};

}  // namespace

std::string rule_description(const std::string& id, Language language) {
  for (const Description& description : kDescriptions) {
    if (id != description.id) continue;
    switch (language) {
      case Language::ZhCN:
        return description.zh_cn;
      case Language::ZhTW:
        return description.zh_tw;
      case Language::En:
        return description.en;
    }
  }
  return {};
}

}  // namespace chengbao
