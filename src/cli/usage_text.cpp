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
