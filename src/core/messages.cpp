// The words of every finding, in Simplified Chinese, Traditional Chinese and English.
#include "messages.hpp"

#include <cstddef>

namespace chengbao {

namespace {

struct Texts {
  Message id;
  const char* zh_cn;
  const char* zh_tw;
  const char* en;
};

// Chinese messages quote with the marks each script uses: “” in Simplified, 「」 in Traditional.
constexpr Texts kMessages[] = {
    {Message::TitleMissing, "缺少标题：报告第一段应为标题，如“关于……的报告”",
     "缺少標題：報告第一段應為標題，如「關於……的報告」",
     "Missing title: the report should start with its title, e.g. “关于……的报告”"},
    {Message::TitleTrailingPunctuation, "标题末尾不应有标点符号“{0}”",
     "標題末尾不應有標點符號「{0}」", "The title should not end with the punctuation “{0}”"},
    {Message::TitleLabel, "标题不应带编号“{0}”", "標題不應帶編號「{0}」",
     "The title should not carry the heading label “{0}”"},
    {Message::AddresseeMissing, "缺少主送机关：标题后应为主送机关，并以全角冒号“：”结尾",
     "缺少主送機關：標題後應為主送機關，並以全形冒號「：」結尾",
     "Missing addressee: the line after the title should name the superior body and end with "
     "a full-width colon “：”"},
    {Message::ClosingMissing, "缺少结束语：正文后应有“{0}”", "缺少結束語：正文後應有「{0}」",
     "Missing closing: the body should be followed by “{0}”"},
    {Message::SignatureMissing, "缺少发文机关署名：成文日期前应为单位全称",
     "缺少發文機關署名：成文日期前應為單位全稱",
     "Missing issuer signature: the organisation's full name should come before the date"},
    {Message::SignatureMismatch, "署名“{0}”与单位全称“{1}”不一致",
     "署名「{0}」與單位全稱「{1}」不一致",
     "The signature “{0}” is not the organisation's full name “{1}”"},
    {Message::DateMissing, "缺少成文日期：文末应为成文日期，如“2026年11月20日”",
     "缺少成文日期：文末應為成文日期，如「2026年11月20日」",
     "Missing date: the report should end with its date, e.g. “2026年11月20日”"},
    {Message::DateFormat, "日期格式不规范：应为“{1}”，实为“{0}”",
     "日期格式不規範：應為「{1}」，實為「{0}」",
     "Date not in the required form: “{0}” should be “{1}”"},
    {Message::DateInvalid, "日期不存在：“{0}”", "日期不存在：「{0}」", "“{0}” is not a real date"},
    {Message::HeadingMissing, "缺少必需章节“{0}”，应在“{1}”之前",
     "缺少必要章節「{0}」，應在「{1}」之前",
     "The required section “{0}” is missing: it belongs before “{1}”"},
    {Message::HeadingMissingAtEnd, "缺少必需章节“{0}”，应在正文最后",
     "缺少必要章節「{0}」，應在正文最後",
     "The required section “{0}” is missing: it belongs last in the body"},
    {Message::HeadingOrderBefore, "章节顺序有误：“{0}”应在“{1}”之前",
     "章節順序有誤：「{0}」應在「{1}」之前",
     "Sections out of order: “{0}” should come before “{1}”"},
    {Message::HeadingOrderAfter, "章节顺序有误：“{0}”应在“{1}”之后",
     "章節順序有誤：「{0}」應在「{1}」之後",
     "Sections out of order: “{0}” should come after “{1}”"},
    {Message::SectionEmpty, "章节“{0}”下没有内容", "章節「{0}」下沒有內容",
     "The section “{0}” has nothing under it"},
    {Message::NumberingGap, "编号不连续：应为“{0}”，实为“{1}”",
     "編號不連續：應為「{0}」，實為「{1}」", "Numbering gap: “{1}” should be “{0}”"},
    {Message::NumberingRestart, "编号重新从头开始：应为“{0}”，实为“{1}”",
     "編號重新從頭開始：應為「{0}」，實為「{1}」", "Numbering starts again: “{1}” should be “{0}”"},
    {Message::NumberingLevel, "标题层级有误：“{0}”前缺少上一级标题（如“{1}”）",
     "標題層級有誤：「{0}」前缺少上一級標題（如「{1}」）",
     "Heading level skipped: “{0}” has no heading of the level above (such as “{1}”) before it"},
    {Message::NumberingStyle, "编号格式不符：应为“{0}”，实为“{1}”",
     "編號格式不符：應為「{0}」，實為「{1}」",
     "Heading label in the wrong form: “{1}” should be “{0}”"},
    {Message::PlaceholderLeftover, "残留模板占位内容“{0}”，请填写实际内容",
     "殘留範本預留內容「{0}」，請填寫實際內容",
     "Template placeholder “{0}” left in: fill in the real text"},
    {Message::PunctHalfwidth, "中文中使用了半角标点“{0}”，应为全角“{1}”",
     "中文中使用了半形標點「{0}」，應為全形「{1}」",
     "Half-width punctuation “{0}” in Chinese text: use the full-width “{1}”"},
    {Message::CharStray, "汉字之间有多余字符“{0}”", "漢字之間有多餘字元「{0}」",
     "Stray character “{0}” between Chinese characters"},
    {Message::DuplicateParagraph, "与第 {0} 段内容重复", "與第 {0} 段內容重複",
     "This paragraph repeats paragraph {0}"},
    {Message::ReportRequest, "报告中不得夹带请示事项：“{0}”是请示的用语，需审批的事项应另行请示",
     "報告中不得夾帶請示事項：「{0}」是請示的用語，需審批的事項應另行請示",
     "A 报告 may not ask for approval: “{0}” belongs in a 请示 of its own"},
    {Message::DocNumberIncomplete,
     "发文字号“{0}”不完整：应由发文机关代字、年份和发文顺序号组成，如“X发〔2026〕5号”",
     "發文字號「{0}」不完整：應由發文機關代字、年份和發文順序號組成，如「X發〔2026〕5號」",
     "The document number “{0}” is incomplete: it needs the issuer's code, the year and the "
     "number, e.g. “X发〔2026〕5号”"},
    {Message::DocNumberBrackets, "发文字号的年份应使用六角括号“〔〕”：“{0}”应为“{1}”",
     "發文字號的年份應使用六角括號「〔〕」：「{0}」應為「{1}」",
     "The year of a document number goes in 〔〕: “{0}” should be “{1}”"},
    {Message::DocNumberPadded, "发文字号的顺序号不编虚位、不加“第”：“{0}”应为“{1}”",
     "發文字號的順序號不編虛位、不加「第」：「{0}」應為「{1}」",
     "A document number has no leading zeros and no 第: “{0}” should be “{1}”"},
    {Message::MastheadSigner, "上行文的版头应标注签发人（“签发人：”及姓名）",
     "上行文的版頭應標注簽發人（「簽發人：」及姓名）",
     "A document sent up (报告, 请示) with a masthead must name its signer (签发人：…)"},
    {Message::SpaceCjk, "中文之间不应有空格", "中文之間不應有空格",
     "No space belongs between Chinese characters"},
    {Message::AttachmentNumber, "附件说明的序号应为“{0}”，实为“{1}”",
     "附件說明的序號應為「{0}」，實為「{1}」", "Attachment note: “{1}” should be numbered “{0}”"},
    {Message::AttachmentPunctuation, "附件名称后不加标点符号“{0}”", "附件名稱後不加標點符號「{0}」",
     "No punctuation “{0}” after an attachment's name"},
    {Message::ColophonIssuer, "印发行缺少印发机关：应为“印发机关 + 印发日期 + 印发”",
     "印發行缺少印發機關：應為「印發機關 + 印發日期 + 印發」",
     "The printing line has no issuing office: it should read “office  date印发”"},
    {Message::Summary, "共 {0} 个文件：{1} 个错误，{2} 个警告，{3} 个提示",
     "共 {0} 個檔案：{1} 個錯誤，{2} 個警告，{3} 個提示",
     "{0} file(s): {1} error(s), {2} warning(s), {3} info"},
    {Message::SummaryUnreadable,
     "共 {0} 个文件（{4} 个无法读取）：{1} 个错误，{2} 个警告，{3} 个提示",
     "共 {0} 個檔案（{4} 個無法讀取）：{1} 個錯誤，{2} 個警告，{3} 個提示",
     "{0} file(s), {4} could not be read: {1} error(s), {2} warning(s), {3} info"},
    {Message::TemplateRulesSkipped,
     "注：未指定 --template，未检查 heading.missing、heading.order 和 section.empty",
     "註：未指定 --template，未檢查 heading.missing、heading.order 和 section.empty",
     "note: no --template given: heading.missing, heading.order and section.empty were not "
     "checked"},
    {Message::RecordedTemplates, "注：按报告中记录的模板检查：{0}",
     "註：按報告中記錄的範本檢查：{0}",
     "note: checked against the template the report records: {0}"},
    {Message::LoadCannotOpen, "无法打开：{0}", "無法開啟：{0}", "cannot open: {0}"},
    {Message::LoadTooLarge, "文件过大", "檔案過大", "file is too large"},
    {Message::LoadNotUtf8, "不是 UTF-8 文本（第 {0} 字节）", "不是 UTF-8 文字（第 {0} 位元組）",
     "not UTF-8 text (byte {0})"},
    {Message::LoadNotWellFormed, "XML 格式不正确：{0}", "XML 格式不正確：{0}",
     "not well-formed XML: {0}"},
    {Message::LoadDoctype, "不允许使用 DOCTYPE 或实体声明", "不允許使用 DOCTYPE 或實體宣告",
     "DOCTYPE/entities not allowed"},
    {Message::LoadMissingElement, "<{1}> 中缺少 <{0}>", "<{1}> 中缺少 <{0}>",
     "missing <{0}> in <{1}>"},
    {Message::LoadEmptyElement, "<{0}> 为空", "<{0}> 為空", "<{0}> is empty"},
    {Message::LoadUnknownElement, "<{1}> 中有未知元素 <{0}>", "<{1}> 中有未知元素 <{0}>",
     "unknown element <{0}> in <{1}>"},
    {Message::LoadUnknownTemplate, "没有名为“{0}”的模板（可用的模板：{1}）",
     "沒有名為「{0}」的範本（可用的範本：{1}）", "unknown template '{0}' (known: {1})"},
    {Message::LoadNoTemplates, "没有名为“{0}”的模板（此处没有模板）",
     "沒有名為「{0}」的範本（此處沒有範本）",
     "unknown template '{0}' (there are no templates here)"},
    {Message::LoadNotADocument, "不是 ODF 或 OOXML 文档（.odt、.fodt、.docx）{0}",
     "不是 ODF 或 OOXML 文件（.odt、.fodt、.docx）{0}", "not an ODF or OOXML document{0}"},
    {Message::LoadEmptyFile, "文件为空", "檔案為空", "empty file"},
    {Message::LoadEncrypted, "文档设有密码：请另存为不带密码的文档",
     "文件設有密碼：請另存為不帶密碼的文件", "encrypted document: save it without a password"},
    {Message::LoadDamaged, "文件已损坏，无法读取（{0}）", "檔案已損壞，無法讀取（{0}）",
     "damaged file, cannot be read ({0})"},
    {Message::LoadNoOffice,
     ".doc、.wps 和 .rtf 报告须经 LibreOffice 读取，但本机未找到（请安装 LibreOffice，或将 "
     "CHENGBAO_OFFICE 设为其 soffice，或将报告另存为 .docx）",
     ".doc、.wps 和 .rtf 報告須經 LibreOffice 讀取，但本機未找到（請安裝 LibreOffice，或將 "
     "CHENGBAO_OFFICE 設為其 soffice，或將報告另存為 .docx）",
     "a .doc, .wps or .rtf report is read through LibreOffice, and none was found (install "
     "it, set CHENGBAO_OFFICE to its soffice, or save the report as .docx)"},
    {Message::LoadNotConverted, "LibreOffice（{0}）无法转换此文件",
     "LibreOffice（{0}）無法轉換此檔案", "LibreOffice ({0}) could not convert it"},
    {Message::LoadLegacyNotFixable,
     "fix 只写 .odt、.fodt 和 .docx：请将报告另存为 .docx 或 .odt 后再修正（check 可直接读取）",
     "fix 只寫 .odt、.fodt 和 .docx：請將報告另存為 .docx 或 .odt 後再修正（check 可直接讀取）",
     "fix writes .odt, .fodt and .docx only: save the report as .docx or .odt, then fix it "
     "(check reads it as it is)"},
    {Message::LoadUnknownAttribute, "<{1}> 上有未知属性“{0}”", "<{1}> 上有未知屬性「{0}」",
     "unknown attribute '{0}' on <{1}>"},
    {Message::LoadRepeatedAttribute, "属性“{0}”重复出现", "屬性「{0}」重複出現",
     "attribute '{0}' is given twice"},
    {Message::LoadRepeatedElement, "<{0}> 重复出现（首次在第 {1} 行）",
     "<{0}> 重複出現（首次在第 {1} 行）", "<{0}> is given more than once (first on line {1})"},
    {Message::LoadWrongRoot, "根元素是 <{0}>，应为 <{1}>", "根元素是 <{0}>，應為 <{1}>",
     "the root element is <{0}>, expected <{1}>"},
    {Message::LoadUnknownScript, "未知的文字“{0}”（请用 zh-Hans 或 zh-Hant）",
     "未知的文字「{0}」（請用 zh-Hans 或 zh-Hant）",
     "unknown script '{0}' (use zh-Hans or zh-Hant)"},
    {Message::LoadUnknownRegion, "未知的地区“{0}”（请用 TW 或 HK）",
     "未知的地區「{0}」（請用 TW 或 HK）", "unknown region '{0}' (use TW or HK)"},
    {Message::LoadUnknownDateStyle, "未知的日期格式“{0}”（请用 gbt9704、chinese 或 roc）",
     "未知的日期格式「{0}」（請用 gbt9704、chinese 或 roc）",
     "unknown date style '{0}' (use gbt9704, chinese or roc)"},
    {Message::LoadFieldNoName, "<field> 缺少 name 属性", "<field> 缺少 name 屬性",
     "<field> has no name attribute"},
    {Message::LoadFieldNameChars, "字段名“{0}”只能使用 a-z、0-9 和 _",
     "欄位名「{0}」只能使用 a-z、0-9 和 _", "field name '{0}' may use only a-z, 0-9 and _"},
    {Message::LoadFieldNameReserved, "字段名“{0}”已为内置值保留", "欄位名「{0}」已為內建值保留",
     "field name '{0}' is reserved for a built-in value"},
    {Message::LoadFieldRepeated, "字段“{0}”重复出现", "欄位「{0}」重複出現",
     "field '{0}' is given more than once"},
    {Message::LoadContactNoName, "<contact> 缺少联系人姓名（name）",
     "<contact> 缺少聯絡人姓名（name）", "<contact> has no name"},
    {Message::LoadContactPhone,
     "<contact> 的 phone=\"{0}\" 不是电话号码（数字、空格、+ - ( ) / 转）",
     "<contact> 的 phone=\"{0}\" 不是電話號碼（數字、空格、+ - ( ) / 轉）",
     "<contact> has phone=\"{0}\", which is not a phone number (digits, spaces, + - ( ) / 转)"},
    {Message::LoadContactAsAttributes,
     "<contact> 的值须写成属性：<contact name=\"…\" phone=\"…\"/>",
     "<contact> 的值須寫成屬性：<contact name=\"…\" phone=\"…\"/>",
     "<contact> takes its values as attributes: <contact name=\"…\" phone=\"…\"/>"},
    {Message::FixSummary, "共 {0} 个文件：已修正 {1} 处，{2} 处须在 Writer 中修正，尚余 {3} 个问题",
     "共 {0} 個檔案：已修正 {1} 處，{2} 處須在 Writer 中修正，尚餘 {3} 個問題",
     "{0} file(s): {1} fix(es) applied, {2} left for Writer, {3} finding(s) remain"},
    {Message::FixDrySummary,
     "共 {0} 个文件：可修正 {1} 处，{2} 处须在 Writer 中修正（试运行，未写入文件）",
     "共 {0} 個檔案：可修正 {1} 處，{2} 處須在 Writer 中修正（試執行，未寫入檔案）",
     "{0} file(s): {1} fix(es) to apply, {2} left for Writer (dry run: nothing written)"},
    {Message::FixUnreadable, "{0} 个文件无法读取或写入", "{0} 個檔案無法讀取或寫入",
     "{0} file(s) could not be read or written"},
    {Message::FixLeft, "未修正：此处含字段、制表符或符号，请在 Writer 中修正",
     "未修正：此處含欄位、定位字元或符號，請在 Writer 中修正",
     "not applied: the text holds a field, a tab or a symbol; fix it in Writer"},
    {Message::OutlineParts, "组成：{0}", "組成：{0}", "parts: {0}"},
    {Message::OutlinePartsJoin, "，", "，", ", "},
    {Message::PartMasthead, "版头", "版頭", "masthead"},
    {Message::PartTitle, "标题", "標題", "title"},
    {Message::PartAddressee, "主送机关", "主送機關", "addressee"},
    {Message::PartBody, "正文", "正文", "body"},
    {Message::PartAttachmentNote, "附件说明", "附件說明", "attachment note"},
    {Message::PartSignature, "发文机关署名", "發文機關署名", "signature"},
    {Message::PartDate, "成文日期", "成文日期", "date"},
    {Message::PartNotes, "附注", "附註", "notes"},
    {Message::PartAttachments, "附件", "附件", "attachments"},
    {Message::PartColophon, "版记", "版記", "colophon"},
    {Message::ColophonDate, "印发行缺少印发日期：应为“印发机关 + 印发日期 + 印发”",
     "印發行缺少印發日期：應為「印發機關 + 印發日期 + 印發」",
     "The printing line has no date: it should read “office  date印发”"},
    {Message::FormatFont, "{0}字体应为{1}，实为{2}{3}", "{0}字型應為{1}，實為{2}{3}",
     "The {0} should be set in {1}, not {2}{3}"},
    {Message::FormatSize, "{0}字号应为{1}，实为{2}{3}", "{0}字級應為{1}，實為{2}{3}",
     "The {0} should be {1}, not {2}{3}"},
    {Message::FormatBold, "{0}应加粗{3}", "{0}應加粗{3}", "The {0} should be bold{3}"},
    {Message::FormatNotBold, "{0}不应加粗{3}", "{0}不應加粗{3}", "The {0} should not be bold{3}"},
    {Message::FormatAlign, "{0}应{1}，实为{2}{3}", "{0}應{1}，實為{2}{3}",
     "The {0} should be {1}, not {2}{3}"},
    {Message::FormatIndent, "{0}首行应缩进{1}字，实为{2}字{3}", "{0}首行應縮排{1}字，實為{2}字{3}",
     "The {0} should have a first-line indent of {1} characters, not {2}{3}"},
    {Message::FormatSpacing, "{0}行距应为{1}，实为{2}{3}", "{0}行距應為{1}，實為{2}{3}",
     "The {0}'s line spacing should be {1}, not {2}{3}"},
    {Message::FormatPage, "页面设置与版式不符：{0}", "頁面設定與版式不符：{0}",
     "The page setup differs from the layout: {0}"},
    {Message::FormatPageItem, "{0}应为{1}毫米（实为{2}毫米）", "{0}應為{1}公釐（實為{2}公釐）",
     "{0} should be {1} mm (is {2} mm)"},
    {Message::FormatPageNumberMissing, "页脚缺少页码：应为“{0}”", "頁尾缺少頁碼：應為「{0}」",
     "The footer has no page number: it should read “{0}”"},
    {Message::FormatPageNumber, "页码应为“{0}”，实为“{1}”", "頁碼應為「{0}」，實為「{1}」",
     "The page number should read “{0}”, not “{1}”"},
    {Message::FormatPageNumberPlace, "页码应单页居右、双页居左", "頁碼應單頁居右、雙頁居左",
     "Page numbers should stand right on odd pages and left on even pages"},
    {Message::FormatMany, "（共{0}段，首见于此）", "（共{0}段，首見於此）",
     " ({0} paragraphs, the first here)"},
    {Message::ElementHeading, "{0}级标题", "{0}級標題", "level-{0} heading"},
    {Message::ElementClosing, "结束语", "結束語", "closing"},
    {Message::ElementDocumentNumber, "发文字号", "發文字號", "document number"},
    {Message::ElementIssuerMark, "发文机关标志", "發文機關標誌", "issuer mark"},
    {Message::AlignLeft, "左对齐", "靠左對齊", "left-aligned"},
    {Message::AlignCenter, "居中", "置中", "centred"},
    {Message::AlignRight, "右对齐", "靠右對齊", "right-aligned"},
    {Message::AlignJustify, "两端对齐", "左右對齊", "justified"},
    {Message::SpacingExact, "固定值{0}磅", "固定行高{0}點", "exactly {0} pt"},
    {Message::SpacingAtLeast, "最小值{0}磅", "最小行高{0}點", "at least {0} pt"},
    {Message::SpacingMultiple, "{0}倍行距", "{0}倍行高", "{0} lines"},
    {Message::PageTop, "上边距", "上邊界", "the top margin"},
    {Message::PageBottom, "下边距", "下邊界", "the bottom margin"},
    {Message::PageLeft, "左边距", "左邊界", "the left margin"},
    {Message::PageRight, "右边距", "右邊界", "the right margin"},
    {Message::PageWidth, "纸张宽度", "紙張寬度", "the paper width"},
    {Message::PageHeight, "纸张高度", "紙張高度", "the paper height"},
};

const Texts* find_texts(Message id) {
  for (const Texts& texts : kMessages) {
    if (texts.id == id) return &texts;
  }
  return nullptr;
}

}  // namespace

std::string message(Message id, Language language, std::initializer_list<std::string_view> args) {
  const Texts* texts = find_texts(id);
  if (texts == nullptr) return {};
  const std::string_view pattern = language == Language::ZhCN   ? texts->zh_cn
                                   : language == Language::ZhTW ? texts->zh_tw
                                                                : texts->en;
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      const std::size_t index = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (index < args.size()) out += *(args.begin() + index);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace chengbao
