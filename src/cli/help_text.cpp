#include "help_text.hpp"

#include "usage_text.hpp"

namespace chengbao::cli {
namespace {

// The three texts share one layout, which command_usage() and scripts/cli_docs.py (the man page
// and the bash completion) read: a command's synopsis at two spaces, its description from column
// 36 (or after at least three spaces), its continuation lines deeper than four spaces; the notes
// after a blank line below --version. The synopses (commands, options, FILE, DIR …) are the same
// in every language: they are what is typed.

constexpr const char kEnglish[] =
    R"(usage: chengbao COMMAND [OPTIONS]

commands:
  check [-t ID|FILE] [--script zh-Hans|zh-Hant] [-p FILE] [-f text|json|jsonl|sarif]
        [--fail-on error|warning|info] [--lang zh-CN|zh-TW|en] [--dir DIR] [-j N]
        [--files-from FILE|-] FILE|FOLDER...
                                    check reports (.docx .odt .fodt; .doc .wps .rtf through
                                    a headless LibreOffice with a private profile, or
                                    $CHENGBAO_OFFICE) against the house format;
                                    a FOLDER is searched recursively (hidden folders and ~$
                                    lock files skipped), --files-from adds one file a line;
                                    text lines are FILE:PARAGRAPH: severity rule: message «text»
                                    with paragraphs counted from 1 in body order (JSON's
                                    "paragraph" is the 0-based index)
  fix [-r ID]... [--dry-run] [-o OUT] [-t ID|FILE] [--script zh-Hans|zh-Hant] [-p FILE]
      [--fail-on error|warning|info] [--lang zh-CN|zh-TW|en] [--dir DIR] [-j N]
      [--files-from FILE|-] FILE|FOLDER...
                                    apply the safe fixes (those of Writer's Fix all safe), or
                                    only those of the rules named, to .odt, .fodt and .docx in
                                    place (or to OUT); only the changed text's bytes change,
                                    written beside and renamed over the file; each change is
                                    printed as FILE:PARAGRAPH: rule: «before» → «after»;
                                    --dry-run prints them and writes nothing
  outline [-f text|json] [--lang zh-CN|zh-TW|en] [-j N] [--files-from FILE|-] FILE|FOLDER...
                                    print the parts of reports (版头, 正文, 附件说明, 版记 …)
                                    and the heading tree of their body, paragraphs counted
                                    from 1 (JSON: 0-based)
  new -t ID|FILE [-p FILE] [--script zh-Hans|zh-Hant] [--date DATE]
      [--topic TEXT] [--masthead [--seq N]] [--colophon] [--lang zh-CN|zh-TW|en]
      -o OUT.fodt|OUT.odt
                                    make a report that opens in Writer with working heading
                                    numbering and organisation fields filled from the profile;
                                    --masthead adds the 版头 (发文机关标志, 发文字号 numbered N
                                    or 【序号】, 签发人 for 报告 and 请示), --colophon the 版记
                                    (抄送, 印发机关 and date) from the profile
  template derive [-p FILE] [--extends ID] [--id ID] [--name NAME] [--dir DIR]
      [--lang zh-CN|zh-TW|en] -o OUT.xml MODEL
                                    derive a house template from a model report (.docx .odt
                                    .fodt): its headings become required sections (levels and
                                    order kept), its text their boilerplate, the profile's
                                    names {{fields}}, dates and figures 【…】 spots; with
                                    --extends only what differs from template ID is written
  templates [--dir DIR] [--lang zh-CN|zh-TW|en]
                                    list the templates: id, script, name, path (tab-separated)
  profile check [--lang zh-CN|zh-TW|en] FILE
                                    check an institution profile
  pack build DIR -o FILE
  pack check FILE                   build an institution pack (.cbpack, a zip) from DIR/pack.xml
                                    and the profiles and house templates it lists, each checked
                                    (the same files make the same zip); check a pack as the
                                    office does before installing it; both print its id,
                                    version, name and files
  skeleton --template ID|FILE --profile FILE [--date DATE] [--topic TEXT] [--dir DIR]
           [--lang zh-CN|zh-TW|en]
                                    print the report a template and a profile make,
                                    one paragraph a line, headings with their labels
  --help                            show this text (COMMAND --help: that command's part)
  --version                         show the version

Short forms: -t --template, -p --profile, -f --format, -o --output, -j --jobs, -r --rule; -j N
reads and checks N files at a time (default: one per core); a progress line shows on a terminal
when the work takes more than a second.
DATE is 2026-11-28 or as a report writes it (2026年11月28日, 中華民國115年11月28日 …).
Template ids are looked up in DIR, else $CHENGBAO_TEMPLATES, else the built-in folder.
Messages are in the language of --lang, else of the locale (LC_ALL, LC_MESSAGES, LANG).
Exit status: 0 success (check, fix: nothing at or above --fail-on, default error, is left);
1 check found, or fix left, problems at or above --fail-on; 2 usage error or unreadable or
invalid input (the message names the file and, for XML, the line).
)";

constexpr const char kSimplified[] =
    R"(用法：chengbao 命令 [选项]

命令：
  check [-t ID|FILE] [--script zh-Hans|zh-Hant] [-p FILE] [-f text|json|jsonl|sarif]
        [--fail-on error|warning|info] [--lang zh-CN|zh-TW|en] [--dir DIR] [-j N]
        [--files-from FILE|-] FILE|FOLDER...
                                    按机构格式检查报告（.docx、.odt、.fodt；.doc、.wps、.rtf
                                    经由使用独立配置的无界面 LibreOffice 或 $CHENGBAO_OFFICE
                                    读取）；FOLDER 逐层查找（跳过隐藏文件夹和 ~$ 锁定文件），
                                    --files-from 每行给出一个文件；文本输出每行为
                                    文件:段落: 级别 规则: 说明 «原文»，段落按正文顺序从 1 起算
                                    （JSON 的 "paragraph" 从 0 起算）
  fix [-r ID]... [--dry-run] [-o OUT] [-t ID|FILE] [--script zh-Hans|zh-Hant] [-p FILE]
      [--fail-on error|warning|info] [--lang zh-CN|zh-TW|en] [--dir DIR] [-j N]
      [--files-from FILE|-] FILE|FOLDER...
                                    对 .odt、.fodt、.docx 应用安全修正（与 Writer 中“全部安全
                                    修正”相同），或只应用所列规则的修正，就地修改（或写入
                                    OUT）；只改动被修正文字的字节，先写在原文件旁再替换原文件；
                                    每处修改输出为 文件:段落: 规则: «修改前» → «修改后»；
                                    --dry-run 只输出修改，不写任何文件
  outline [-f text|json] [--lang zh-CN|zh-TW|en] [-j N] [--files-from FILE|-] FILE|FOLDER...
                                    输出报告的组成部分（版头、正文、附件说明、版记等）和正文
                                    的标题层次，段落从 1 起算（JSON 从 0 起算）
  new -t ID|FILE [-p FILE] [--script zh-Hans|zh-Hant] [--date DATE]
      [--topic TEXT] [--masthead [--seq N]] [--colophon] [--lang zh-CN|zh-TW|en]
      -o OUT.fodt|OUT.odt
                                    生成一份报告：在 Writer 中打开即有可用的标题编号，机构字段
                                    按机构信息文件填写；--masthead 加上版头（发文机关标志、
                                    编号为 N 或【序号】的发文字号，报告和请示另有签发人），
                                    --colophon 按机构信息加上版记（抄送、印发机关和印发日期）
  template derive [-p FILE] [--extends ID] [--id ID] [--name NAME] [--dir DIR]
      [--lang zh-CN|zh-TW|en] -o OUT.xml MODEL
                                    由一份参考报告（.docx、.odt、.fodt）生成机构模板：各级标题成为
                                    必备的部分（保持层级和顺序），正文成为范文，机构信息中的
                                    名称成为 {{字段}}，日期和数字成为【…】；给出 --extends 时
                                    只写出与模板 ID 不同之处
  templates [--dir DIR] [--lang zh-CN|zh-TW|en]
                                    列出模板：标识、简繁、名称、路径（以制表符分隔）
  profile check [--lang zh-CN|zh-TW|en] FILE
                                    检查机构信息文件
  pack build DIR -o FILE
  pack check FILE                   按 DIR/pack.xml 及其列出的机构信息文件和本单位模板生成
                                    机构包（.cbpack，zip 格式），逐一检查，相同文件生成相同
                                    的包；像办公软件安装前那样检查机构包；两者均输出其标识、
                                    版本、名称和文件
  skeleton --template ID|FILE --profile FILE [--date DATE] [--topic TEXT] [--dir DIR]
           [--lang zh-CN|zh-TW|en]
                                    输出模板与机构信息生成的报告，每段一行，标题带编号
  --help                            显示本说明（命令 --help：只显示该命令的部分）
  --version                         显示版本

简写：-t --template，-p --profile，-f --format，-o --output，-j --jobs，-r --rule；-j N
同时读取和检查 N 个文件（默认每个处理器核心一个）；工作超过一秒时，终端上显示进度。
DATE 写作 2026-11-28，或按报告的写法（2026年11月28日、中華民國115年11月28日等）。
模板标识依次在 DIR、$CHENGBAO_TEMPLATES、内置文件夹中查找。
提示信息使用 --lang 指定的语言，未指定时使用区域设置（LC_ALL、LC_MESSAGES、LANG）的语言。
退出状态：0 成功（check、fix：没有留下 --fail-on 级别及以上的问题，默认级别为 error）；
1 check 发现、或 fix 之后仍有 --fail-on 级别及以上的问题；2 用法错误，或输入无法读取、
无效（提示信息写明文件，XML 文件还写明行号）。
)";

constexpr const char kTraditional[] =
    R"(用法：chengbao 命令 [選項]

命令：
  check [-t ID|FILE] [--script zh-Hans|zh-Hant] [-p FILE] [-f text|json|jsonl|sarif]
        [--fail-on error|warning|info] [--lang zh-CN|zh-TW|en] [--dir DIR] [-j N]
        [--files-from FILE|-] FILE|FOLDER...
                                    按機構格式檢查報告（.docx、.odt、.fodt；.doc、.wps、.rtf
                                    經由使用獨立設定的無介面 LibreOffice 或 $CHENGBAO_OFFICE
                                    讀取）；FOLDER 逐層搜尋（略過隱藏資料夾和 ~$ 鎖定檔），
                                    --files-from 每行給出一個檔案；文字輸出每行為
                                    檔案:段落: 級別 規則: 說明 «原文»，段落按正文順序從 1 起算
                                    （JSON 的 "paragraph" 從 0 起算）
  fix [-r ID]... [--dry-run] [-o OUT] [-t ID|FILE] [--script zh-Hans|zh-Hant] [-p FILE]
      [--fail-on error|warning|info] [--lang zh-CN|zh-TW|en] [--dir DIR] [-j N]
      [--files-from FILE|-] FILE|FOLDER...
                                    對 .odt、.fodt、.docx 套用安全修正（與 Writer 中「全部安全
                                    修正」相同），或只套用所列規則的修正，就地修改（或寫入
                                    OUT）；只改動被修正文字的位元組，先寫在原檔旁再取代原檔；
                                    每處修改輸出為 檔案:段落: 規則: «修改前» → «修改後»；
                                    --dry-run 只輸出修改，不寫入任何檔案
  outline [-f text|json] [--lang zh-CN|zh-TW|en] [-j N] [--files-from FILE|-] FILE|FOLDER...
                                    輸出報告的組成部分（版頭、正文、附件說明、版記等）和正文
                                    的標題層次，段落從 1 起算（JSON 從 0 起算）
  new -t ID|FILE [-p FILE] [--script zh-Hans|zh-Hant] [--date DATE]
      [--topic TEXT] [--masthead [--seq N]] [--colophon] [--lang zh-CN|zh-TW|en]
      -o OUT.fodt|OUT.odt
                                    產生一份報告：在 Writer 中開啟即有可用的標題編號，機構欄位
                                    按機構資訊檔填寫；--masthead 加上版頭（發文機關標誌、
                                    編號為 N 或【序號】的發文字號，報告和請示另有簽發人），
                                    --colophon 按機構資訊加上版記（抄送、印發機關和印發日期）
  template derive [-p FILE] [--extends ID] [--id ID] [--name NAME] [--dir DIR]
      [--lang zh-CN|zh-TW|en] -o OUT.xml MODEL
                                    由一份參考報告（.docx、.odt、.fodt）產生機構範本：各級標題成為
                                    必備的部分（保持層級和順序），正文成為範文，機構資訊中的
                                    名稱成為 {{欄位}}，日期和數字成為【…】；給出 --extends 時
                                    只寫出與範本 ID 不同之處
  templates [--dir DIR] [--lang zh-CN|zh-TW|en]
                                    列出範本：識別碼、簡繁、名稱、路徑（以定位字元分隔）
  profile check [--lang zh-CN|zh-TW|en] FILE
                                    檢查機構資訊檔
  pack build DIR -o FILE
  pack check FILE                   按 DIR/pack.xml 及其列出的機構資訊檔和本單位範本產生
                                    機構包（.cbpack，zip 格式），逐一檢查，相同檔案產生相同
                                    的包；像辦公軟體安裝前那樣檢查機構包；兩者均輸出其識別碼、
                                    版本、名稱和檔案
  skeleton --template ID|FILE --profile FILE [--date DATE] [--topic TEXT] [--dir DIR]
           [--lang zh-CN|zh-TW|en]
                                    輸出範本與機構資訊產生的報告，每段一行，標題帶編號
  --help                            顯示本說明（命令 --help：只顯示該命令的部分）
  --version                         顯示版本

簡寫：-t --template，-p --profile，-f --format，-o --output，-j --jobs，-r --rule；-j N
同時讀取和檢查 N 個檔案（預設每個處理器核心一個）；工作超過一秒時，終端機上顯示進度。
DATE 寫作 2026-11-28，或按報告的寫法（2026年11月28日、中華民國115年11月28日等）。
範本識別碼依次在 DIR、$CHENGBAO_TEMPLATES、內建資料夾中尋找。
提示訊息使用 --lang 指定的語言，未指定時使用地區設定（LC_ALL、LC_MESSAGES、LANG）的語言。
結束狀態：0 成功（check、fix：沒有留下 --fail-on 級別及以上的問題，預設級別為 error）；
1 check 發現、或 fix 之後仍有 --fail-on 級別及以上的問題；2 用法錯誤，或輸入無法讀取、
無效（提示訊息寫明檔案，XML 檔案還寫明行號）。
)";

}  // namespace

std::string usage_text() {
  return in_message_language<const char*>(kEnglish, kSimplified, kTraditional);
}

std::string command_usage(const std::string& command) {
  const std::string text = usage_text();
  const size_t start = text.find("\n  " + command + " ");
  if (start == std::string::npos) return {};
  size_t end = start + 1;
  // A command's lines go on while they are indented deeper than a command's name, or are
  // another synopsis of the same command (pack build …, pack check …).
  const std::string again = "  " + command + " ";
  while ((end = text.find('\n', end)) != std::string::npos &&
         (text.compare(end + 1, 4, "    ") == 0 || text.compare(end + 1, again.size(), again) == 0))
    ++end;
  const size_t notes = text.find("\n\n", text.find("--version"));
  // The first line's own words before "chengbao": "usage: " or 「用法：」.
  const std::string usage = text.substr(0, text.find("chengbao"));
  return usage + "chengbao " + text.substr(start + 3, end - (start + 3)) + "\n" +
         text.substr(notes + 1);
}

}  // namespace chengbao::cli
