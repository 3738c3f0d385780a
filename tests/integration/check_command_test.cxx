// vnd.chengbao:Check with Output: the same findings at the same paragraphs as `chengbao check`.
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;

class CheckCommandTest : public OfficeTest {};

TEST_F(CheckCommandTest, WriterAndTheCommandLineFindTheSameProblemsAtTheSameParagraphs) {
  // Given a report with defects a user typically leaves in: an unfilled date, half-width
  // punctuation beside Chinese text, a stray character and a pasted duplicate paragraph,
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  appendParagraph(doc_, "截至20xx年底,我行共办理业务3.5万笔，客户满意度达到98.6%。");
  appendParagraph(doc_, "进一步提升服务质量的`工作要求已经传达到每一个网点和每一位员工。");
  appendParagraph(doc_, "进一步提升服务质量的`工作要求已经传达到每一个网点和每一位员工。");
  const std::string saved = (workDir_ / "report.docx").string();
  saveAs(doc_, saved, "MS Word 2007 XML");
  const std::string json = (workDir_ / "writer.json").string();

  // when Writer checks the open document and the command line checks the saved file,
  const DispatchOutcome outcome = dispatch(
      "Check",
      {{"Template", "work-report"}, {"Profile", kExampleProfile}, {"Output", "file://" + json}});
  ASSERT_TRUE(outcome.answered);
  ASSERT_TRUE(outcome.success) << outcome.message;
  const std::string cli = (workDir_ / "cli.json").string();
  const std::string command = std::string(CHENGBAO_CLI) +
                              " check --format json --template work-report --profile " +
                              kExampleProfile + " " + saved + " > " + cli;
  ASSERT_EQ(WEXITSTATUS(std::system(command.c_str())), 1) << command;

  // then both report the same rule ids at the same paragraph indices.
  const auto inWriter = findingsOf(readFile(json));
  const auto onDisk = findingsOf(readFile(cli));
  EXPECT_EQ(inWriter, onDisk);
  std::set<std::string> rules;
  for (const auto& finding : inWriter) rules.insert(finding.first);
  for (const char* rule :
       {"placeholder.leftover", "punct.halfwidth", "char.stray", "duplicate.paragraph"})
    EXPECT_EQ(rules.count(rule), 1u) << rule << " not reported";
}

TEST_F(CheckCommandTest, UsesTheTemplateTheReportWasMadeFrom) {
  ASSERT_TRUE(insertReport("self-inspection-report", kExampleProfile).success);
  const std::string json = (workDir_ / "writer.json").string();

  const DispatchOutcome outcome = dispatch("Check", {{"Output", "file://" + json}});

  ASSERT_TRUE(outcome.success) << outcome.message;
  const std::string text = readFile(json);
  EXPECT_EQ(jsonTemplate(text), "self-inspection-report") << text;
  for (const auto& [rule, paragraph] : findingsOf(text))
    EXPECT_EQ(rule, "placeholder.leftover") << "paragraph " << paragraph;
}

}  // namespace
