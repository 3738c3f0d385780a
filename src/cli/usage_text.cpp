#include "usage_text.hpp"

#include <array>
#include <atomic>

#include "file_check.hpp"

namespace chengbao::cli {
namespace {

struct Texts {
  UsageText id;
  const char* en;
  const char* zh_cn;
  const char* zh_tw;
};

constexpr std::array kTexts = {
    Texts{UsageText::SeeHelp, " (see chengbao --help)", "（参见 chengbao --help）",
          "（參見 chengbao --help）"},
    Texts{UsageText::NoCommand, "no command given", "未给出命令", "未給出命令"},
    Texts{UsageText::UnknownCommand, "unknown command {0}", "未知命令 {0}", "未知命令 {0}"},
    Texts{UsageText::UnknownOption, "unknown option {0}", "未知选项 {0}", "未知選項 {0}"},
    Texts{UsageText::NeedsValue, "option {0} needs a value", "选项 {0} 需要一个值",
          "選項 {0} 需要一個值"},
    Texts{UsageText::TakesNoValue, "option {0} takes no value", "选项 {0} 不带值",
          "選項 {0} 不帶值"},
    Texts{UsageText::BadOption, "{0}", "选项有误：{0}", "選項有誤：{0}"},
    Texts{UsageText::Unexpected, "unexpected {0}", "多余的参数 {0}", "多餘的參數 {0}"},
    Texts{UsageText::NeedsFiles, "{0} needs at least one FILE or folder",
          "{0} 至少需要一个文件或文件夹", "{0} 至少需要一個檔案或資料夾"},
    Texts{UsageText::CheckFormat, "--format must be text, json, jsonl or sarif",
          "--format 只能是 text、json、jsonl 或 sarif",
          "--format 只能是 text、json、jsonl 或 sarif"},
    Texts{UsageText::OutlineFormat, "--format must be text or json", "--format 只能是 text 或 json",
          "--format 只能是 text 或 json"},
    Texts{UsageText::FailOn, "--fail-on must be error, warning or info",
          "--fail-on 只能是 error、warning 或 info", "--fail-on 只能是 error、warning 或 info"},
    Texts{UsageText::Jobs, "--jobs (-j) must be a number from 1 to 256",
          "--jobs（-j）须为 1 到 256 之间的整数", "--jobs（-j）須為 1 到 256 之間的整數"},
    Texts{UsageText::OneFileForOutput, "-o OUT takes exactly one FILE", "-o OUT 只能用于一个文件",
          "-o OUT 只能用於一個檔案"},
    Texts{UsageText::UnknownRule, "unknown rule {0} (chengbao check --help lists where rules are)",
          "未知规则 {0}（规则见 chengbao check 的输出与 DESIGN.md）",
          "未知規則 {0}（規則見 chengbao check 的輸出與 DESIGN.md）"},
    Texts{UsageText::NewNeedsTemplate, "new needs --template ID|FILE",
          "new 需要 --template ID|FILE", "new 需要 --template ID|FILE"},
    Texts{UsageText::NewNeedsOutput, "new needs -o OUT.fodt|OUT.odt",
          "new 需要 -o OUT.fodt|OUT.odt", "new 需要 -o OUT.fodt|OUT.odt"},
    Texts{UsageText::Script, "--script must be zh-Hans or zh-Hant",
          "--script 只能是 zh-Hans 或 zh-Hant", "--script 只能是 zh-Hans 或 zh-Hant"},
    Texts{UsageText::SeqNeedsMasthead, "--seq numbers the 版头's 发文字号: add --masthead",
          "--seq 为版头的发文字号编号：请同时给出 --masthead",
          "--seq 為版頭的發文字號編號：請同時給出 --masthead"},
    Texts{UsageText::ProfileUsage, "profile needs: check FILE",
          "profile 的用法：profile check FILE", "profile 的用法：profile check FILE"},
    Texts{UsageText::SkeletonNeedsTemplate, "skeleton needs --template", "skeleton 需要 --template",
          "skeleton 需要 --template"},
    Texts{UsageText::SkeletonNeedsProfile, "skeleton needs --profile", "skeleton 需要 --profile",
          "skeleton 需要 --profile"},
    Texts{UsageText::DateNotReal, "--date {0} is not a real date (that day does not exist)",
          "--date {0} 不是真实的日期（没有这一天）", "--date {0} 不是真實的日期（沒有這一天）"},
    Texts{UsageText::DateNotADate, "--date {0} is not a date (write 2026-11-28 or 2026年11月28日)",
          "--date {0} 不是日期（请写作 2026-11-28 或 2026年11月28日）",
          "--date {0} 不是日期（請寫作 2026-11-28 或 2026年11月28日）"},
    Texts{UsageText::ProfileOk, "{0}: ok", "{0}：无误", "{0}：無誤"},
    Texts{UsageText::NewMade, "{0}: {1} paragraphs from {2}", "{0}：由 {2} 生成 {1} 个段落",
          "{0}：由 {2} 產生 {1} 個段落"},
    Texts{UsageText::FontsMissing,
          "notice: fonts of the layout not installed: {0}; install them before printing",
          "提示：版式所用字体未安装：{0}；打印前请先安装",
          "提示：版式所用字型未安裝：{0}；列印前請先安裝"},
    Texts{UsageText::FontShownAs, "{0} (the office shows {1})", "{0}（办公软件以{1}显示）",
          "{0}（辦公軟體以{1}顯示）"},
    Texts{UsageText::FallbackFace, "a fallback face", "替代字体", "替代字型"},
    Texts{UsageText::OpenccMissing, "notice: {0}: the topic and the profile's values stay as typed",
          "提示：无法转换为繁体（{0}）：标题事由和机构信息保持原样",
          "提示：無法轉換為繁體（{0}）：標題事由和機構資訊保持原樣"},
    Texts{UsageText::Converting, "converting {0}/{1} with {2}", "正在转换 {0}/{1}（使用 {2}）",
          "正在轉換 {0}/{1}（使用 {2}）"},
    Texts{UsageText::FilesFromUnreadable, "{0}: cannot be read", "{0}：无法读取", "{0}：無法讀取"},
    Texts{UsageText::NoReportInFolder, "{0}: no report (.odt, .fodt, .docx) in this folder",
          "{0}：此文件夹中没有报告（.odt、.fodt、.docx）",
          "{0}：此資料夾中沒有報告（.odt、.fodt、.docx）"},
    Texts{UsageText::FolderUnreadable, "{0}: {1}", "{0}：无法读取此文件夹（{1}）",
          "{0}：無法讀取此資料夾（{1}）"},
    Texts{UsageText::TemplateUsage, "template needs: derive MODEL -o OUT.xml",
          "template 的用法：template derive MODEL -o OUT.xml",
          "template 的用法：template derive MODEL -o OUT.xml"},
    Texts{UsageText::DeriveNeedsModel, "template derive needs exactly one MODEL report",
          "template derive 需要且只需要一份参考报告 MODEL",
          "template derive 需要且只需要一份參考報告 MODEL"},
    Texts{UsageText::DeriveNeedsOutput, "template derive needs -o OUT.xml",
          "template derive 需要 -o OUT.xml", "template derive 需要 -o OUT.xml"},
    Texts{UsageText::DeriveBadId, "--id {0}: a template id is made of a-z, 0-9 and -",
          "--id {0}：模板标识只能由 a-z、0-9 和 - 组成",
          "--id {0}：範本識別碼只能由 a-z、0-9 和 - 組成"},
    Texts{UsageText::DeriveBadXml, "the derived template does not load: {0}",
          "生成的模板无法载入：{0}", "產生的範本無法載入：{0}"},
    Texts{UsageText::DeriveWritten, "{0}: template {1} with {2} sections{3}",
          "{0}：模板 {1}，共 {2} 个部分{3}", "{0}：範本 {1}，共 {2} 個部分{3}"},
    Texts{UsageText::DeriveExtends, " (extends {0})", "（继承 {0}）", "（繼承 {0}）"},
    Texts{UsageText::DeriveScriptNotice,
          "notice: {0} is written in {1} and the model in {2}: what the template inherits from "
          "{0} stays in {1}",
          "注意：{0} 以 {1} 书写，参考报告以 {2} 书写：模板从 {0} 继承的内容仍为 {1}",
          "注意：{0} 以 {1} 書寫，參考報告以 {2} 書寫：範本從 {0} 繼承的內容仍為 {1}"},
    Texts{UsageText::PackUsage, "pack takes build DIR -o FILE, or check FILE",
          "pack 的用法：build DIR -o FILE，或 check FILE",
          "pack 的用法：build DIR -o FILE，或 check FILE"},
    Texts{UsageText::PackNeedsOutput, "pack build needs -o FILE (the pack file to write)",
          "pack build 需要 -o FILE（要写入的机构包文件）",
          "pack build 需要 -o FILE（要寫入的機構包檔案）"},
};

std::atomic<Language> g_language{Language::En};
std::atomic<bool> g_set{false};

}  // namespace

void set_message_language(const std::vector<std::string>& args) {
  Language language = default_language();
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--") break;
    if (args[i] == "--lang" && i + 1 < args.size()) language = parse_language(args[i + 1]);
    if (args[i].rfind("--lang=", 0) == 0) language = parse_language(args[i].substr(7));
  }
  g_language = language;
  g_set = true;
}

Language message_language() { return g_set ? g_language.load() : default_language(); }

std::string say(UsageText text, const std::vector<std::string>& args) {
  std::string out;
  for (const Texts& entry : kTexts) {
    if (entry.id == text) out = in_message_language(entry.en, entry.zh_cn, entry.zh_tw);
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string mark = "{" + std::to_string(i) + "}";
    for (std::size_t at = out.find(mark); at != std::string::npos;
         at = out.find(mark, at + args[i].size()))
      out.replace(at, mark.size(), args[i]);
  }
  return out;
}

}  // namespace chengbao::cli
