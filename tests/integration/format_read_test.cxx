// Writer reads a report's format (fonts, sizes, spacing, the page and its page number) as the file
// readers do: vnd.chengbao:Check finds the same format.* problems as `chengbao check`.
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;

/// The page of a test report: GB/T 9704 unless a test changes it.
struct Page {
  std::string marginLeft = "28mm";
  /// A header 10 mm high (spacing included) over a 27 mm margin: 37 mm to the text.
  bool header = false;
  std::string oddAlign = "end";
  std::string evenAlign = "start";
};

// A work report with the body in 仿宋 三号 on an exact 28 pt line, one body paragraph (the 7th)
// in 宋体 小四 and one (the 8th) whose indent and line spacing the file leaves unset. The fonts are
// declared, as the office keeps only font names a file declares.
std::string reportFodt(const Page& page) {
  const std::vector<std::pair<std::string, std::string>> paragraphs = {
      {"Title", "关于2026年消费者权益保护工作开展情况的报告"},
      {"Addressee", "东湖银行股份有限公司总行："},
      {"Text_20_body",
       "按照总行部署，滨江支行坚持以客户为中心，把消费者权益保护融入经营管理全流程，各项工作平稳"
       "有序推进。现将有关情况报告如下："},
      {"Heading1", "一、基本情况"},
      {"Heading2", "（一）健全工作机制"},
      {"Text_20_body",
       "支行调整充实了消费者权益保护工作领导小组，由行长任组长，领导小组办公室设在个人金融部。"},
      {"Small",
       "年初制定工作计划，将目标任务分解到部门和网点，每季度召开一次工作例会，研究解决突出问题。"},
      // Nothing in the file sets this paragraph's indent or line spacing: not judged.
      {"Standard", "全年共受理客户投诉19件，均在规定时限内办结。"},
      {"Heading1", "二、存在的问题"},
      {"Text_20_body", "部分新入职员工对金融产品风险揭示、适当性管理等要求掌握不够全面。"},
      {"Heading1", "三、下一步工作打算"},
      {"Text_20_body",
       "将消费者权益保护知识纳入新员工岗前培训和年度轮训内容，每半年组织一次业务测试。"},
      {"Text_20_body", "特此报告。"},
      {"Signature", "东湖银行股份有限公司滨江支行"},
      {"Signature", "2026年11月20日"},
  };
  std::string body;
  for (const auto& [style, text] : paragraphs)
    body += "<text:p text:style-name=\"" + style + "\">" + text + "</text:p>\n";
  const std::string header =
      page.header ? "<style:header-style><style:header-footer-properties fo:min-height=\"10mm\" "
                    "fo:margin-bottom=\"5mm\"/></style:header-style>"
                  : "";
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="仿宋" svg:font-family="仿宋"/>
 <style:font-face style:name="宋体" svg:font-family="宋体"/>
 <style:font-face style:name="黑体" svg:font-family="黑体"/>
 <style:font-face style:name="楷体" svg:font-family="楷体"/>
 <style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体"/>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties style:font-name="Times New Roman" fo:font-size="16pt" style:font-name-asian="仿宋" style:font-size-asian="16pt" style:font-weight-asian="normal"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="32pt" fo:line-height="28pt" fo:margin-top="0pt" fo:margin-bottom="0pt"/></style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties style:font-name-asian="宋体" style:font-size-asian="12pt"/></style:style>
 <style:style style:name="Heading1" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties style:font-name-asian="黑体"/></style:style>
 <style:style style:name="Heading2" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties style:font-name-asian="楷体"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:line-height="28pt"/><style:text-properties style:font-name-asian="方正小标宋简体" style:font-size-asian="22pt"/></style:style>
 <style:style style:name="Addressee" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-indent="0pt"/></style:style>
 <style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="end" fo:text-indent="0pt" fo:margin-right="32pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:class="extra"><style:text-properties style:font-name-asian="宋体" style:font-size-asian="14pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="FooterOdd" style:family="paragraph" style:parent-style-name="Footer"><style:paragraph-properties fo:text-align=")" +
         page.oddAlign + R"("/></style:style>
 <style:style style:name="FooterEven" style:family="paragraph" style:parent-style-name="Footer"><style:paragraph-properties fo:text-align=")" +
         page.evenAlign + R"("/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top=")" +
         (page.header ? "27mm" : "37mm") + R"(" fo:margin-bottom="25mm" fo:margin-left=")" +
         page.marginLeft +
         R"(" fo:margin-right="26mm" style:layout-grid-mode="line" style:layout-grid-lines="22" style:layout-grid-base-height="20pt" style:layout-grid-ruby-height="8pt"/>)" +
         header +
         R"(<style:footer-style><style:header-footer-properties fo:min-height="10mm" fo:margin-top="7mm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">)" +
         (page.header ? "<style:header><text:p>东湖银行</text:p></style:header>" : "") +
         R"(
  <style:footer><text:p text:style-name="FooterOdd">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
  <style:footer-left><text:p text:style-name="FooterEven">— <text:page-number text:select-page="current">2</text:page-number> —</text:p></style:footer-left>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
)" + body +
         R"(</office:text>
</office:body>
</office:document>
)";
}

/// One format.* finding of a check JSON: rule, paragraph and message.
using FormatFinding = std::tuple<std::string, int, std::string>;

/// The format.* findings of a check JSON.
std::multiset<FormatFinding> formatFindingsOf(const std::string& json) {
  std::multiset<FormatFinding> result;
  for (const nlohmann::json& finding : jsonFindings(json)) {
    const std::string rule = finding.at("rule").get<std::string>();
    if (rule.rfind("format.", 0) != 0) continue;
    result.emplace(rule, finding.at("paragraph").get<int>(),
                   finding.at("message").get<std::string>());
  }
  return result;
}

std::set<std::pair<std::string, int>> rulesAndParagraphs(
    const std::multiset<FormatFinding>& findings) {
  std::set<std::pair<std::string, int>> result;
  for (const auto& [rule, paragraph, message] : findings) result.emplace(rule, paragraph);
  return result;
}

class FormatReadTest : public OfficeTest {
 protected:
  /// Writes the report, checks it in Writer and with the command line against work-report.
  void check(const Page& page) {
    const std::string path = (workDir_ / "report.fodt").string();
    std::ofstream(path, std::ios::binary) << reportFodt(page);
    const std::string json = (workDir_ / "writer.json").string();
    Doc document = office_->load(path);
    ASSERT_TRUE(document.is());
    const DispatchOutcome outcome =
        office_->dispatch(document, "vnd.chengbao:Check",
                          {{"Template", "work-report"}, {"Output", "file://" + json}});
    chengbao::office::closeDocument(document);
    ASSERT_TRUE(outcome.answered);
    ASSERT_TRUE(outcome.success) << outcome.message;
    writerJson_ = readFile(json);
    inWriter_ = formatFindingsOf(writerJson_);
    allInWriter_ = findingsOf(writerJson_);

    const std::string cli = (workDir_ / "cli.json").string();
    const std::string command = std::string(CHENGBAO_CLI) +
                                " check --format json --lang en --template work-report '" + path +
                                "' > '" + cli + "'";
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) <= 1) << command;
    cliJson_ = readFile(cli);
    onDisk_ = formatFindingsOf(cliJson_);
    allOnDisk_ = findingsOf(cliJson_);
  }

  std::string writerJson_;
  std::string cliJson_;
  std::multiset<FormatFinding> inWriter_;
  std::multiset<FormatFinding> onDisk_;
  std::multiset<std::pair<std::string, int>> allInWriter_;
  std::multiset<std::pair<std::string, int>> allOnDisk_;
};

TEST_F(FormatReadTest, WriterFindsTheOneParagraphInTheWrongFontAndSizeAsTheFileReaderDoes) {
  // Given a GB/T 9704 report (A4, margins 37/35/28/26 mm with the footer, 「— 1 —」 right on odd
  // and left on even pages, 22 lines) in 仿宋 三号 with one body paragraph in 宋体 小四,
  // when Writer and the command line check it against work-report,
  ASSERT_NO_FATAL_FAILURE(check(Page{}));

  // then Writer reports exactly the font and the size of that paragraph — no page, page number,
  // indent or spacing finding, which a misread page, footer, grid or indent would give, nor one
  // for the paragraph whose indent the file does not set (the office's 0 is not the file's) —
  const std::set<std::pair<std::string, int>> expected = {{"format.font", 6}, {"format.size", 6}};
  EXPECT_EQ(rulesAndParagraphs(inWriter_), expected) << writerJson_;
  EXPECT_EQ(inWriter_.size(), 2u) << writerJson_;
  for (const auto& [rule, paragraph, message] : inWriter_) {
    // with what it read (English: the office's UI language in the tests),
    if (rule == "format.font") {
      EXPECT_NE(message.find("not 宋体"), std::string::npos) << message;
    } else {
      EXPECT_NE(message.find("not 12 pt"), std::string::npos) << message;
    }
  }
  // and the command line reports the same findings at the same paragraphs, in the same words.
  EXPECT_EQ(inWriter_, onDisk_) << cliJson_;
  EXPECT_EQ(allInWriter_, allOnDisk_) << writerJson_ << "\n" << cliJson_;
}

TEST_F(FormatReadTest, WriterJudgesThePageItLaysOutAsTheFileReaderDoes) {
  // Given the same report with a left margin of 20 mm, a header making up the top margin
  // (27 mm + 10 mm) and the page number centred on every page,
  Page page;
  page.marginLeft = "20mm";
  page.header = true;
  page.oddAlign = page.evenAlign = "center";

  // when Writer and the command line check it,
  ASSERT_NO_FATAL_FAILURE(check(page));

  // then Writer finds the left margin (and not the top one: the header counts) and the place of
  // the page numbers, besides the paragraph in 宋体 小四,
  const std::set<std::pair<std::string, int>> expected = {
      {"format.font", 6}, {"format.size", 6}, {"format.page", 0}, {"format.pagenumber", 0}};
  EXPECT_EQ(rulesAndParagraphs(inWriter_), expected) << writerJson_;
  for (const auto& [rule, paragraph, message] : inWriter_) {
    if (rule != "format.page") continue;
    EXPECT_NE(message.find("should be 28 mm (is 20 mm)"), std::string::npos) << message;
    EXPECT_EQ(message.find("37 mm"), std::string::npos) << message;
  }
  // and the command line says the same.
  EXPECT_EQ(inWriter_, onDisk_) << cliJson_;
  EXPECT_EQ(allInWriter_, allOnDisk_) << writerJson_ << "\n" << cliJson_;
}

}  // namespace
