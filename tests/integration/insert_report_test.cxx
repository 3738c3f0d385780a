// InsertReport end to end: the built .oxt in a private headless office, real .odt/.docx files.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;

std::vector<const ParagraphInfo*> headings(const std::vector<ParagraphInfo>& paras, int level) {
  std::vector<const ParagraphInfo*> result;
  for (const auto& para : paras)
    if (para.outlineLevel == level) result.push_back(&para);
  return result;
}

std::vector<std::string> labels(const std::vector<const ParagraphInfo*>& paras) {
  std::vector<std::string> result;
  for (const auto* para : paras) result.push_back(para->label);
  return result;
}

class InsertReportTest : public OfficeTest {
 protected:
  /// Asserts what a reader of the inserted report relies on, in any copy of it.
  static void expectWorkReport(const std::vector<ParagraphInfo>& paras, const std::string& where) {
    SCOPED_TRACE(where);
    const auto level1 = headings(paras, 1);
    ASSERT_EQ(level1.size(), 3u);
    EXPECT_EQ(labels(level1), (std::vector<std::string>{"一、", "二、", "三、"}));
    EXPECT_EQ(level1[0]->text, "基本情况");
    EXPECT_EQ(level1[1]->text, "存在的问题");
    EXPECT_EQ(level1[2]->text, "下一步工作打算");

    // Level-2 labels restart under each level-1 heading: （一） （二） …
    std::vector<std::string> underFirst;
    bool inFirst = false;
    for (const auto& para : paras) {
      if (para.outlineLevel == 1) inFirst = (&para == level1[0]);
      if (inFirst && para.outlineLevel == 2) underFirst.push_back(para.label);
    }
    ASSERT_GE(underFirst.size(), 2u);
    EXPECT_EQ(underFirst[0], "（一）");
    EXPECT_EQ(underFirst[1], "（二）");
    for (const auto* para : headings(paras, 2)) EXPECT_EQ(para->label.rfind("（", 0), 0u);

    const chengbao::Profile profile = loadProfileOrThrow(kExampleProfile);
    ASSERT_GE(paras.size(), 3u);
    EXPECT_EQ(paras.front().style, "Title");
    EXPECT_NE(paras.front().text.find("报告"), std::string::npos);
    EXPECT_EQ(paras[1].text, profile.superior_body + "：");
    EXPECT_EQ(paras[paras.size() - 2].text, profile.full_name);
    EXPECT_EQ(paras.back().text, "2026年11月28日");
  }
};

TEST_F(InsertReportTest, InsertsNumberedReportThatSurvivesOdtAndDocx) {
  // Given an empty Writer document, when InsertReport runs with the shipped template,
  const DispatchOutcome outcome = insertReport("work-report", kExampleProfile);
  ASSERT_TRUE(outcome.answered) << "no handler took vnd.chengbao:InsertReport";
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then the document holds the report, and so do its .odt and .docx copies after a reload.
  expectWorkReport(paragraphs(doc_), "in the office");
  for (const auto& [name, filter] : std::vector<std::pair<std::string, std::string>>{
           {"report.odt", "writer8"}, {"report.docx", "MS Word 2007 XML"}}) {
    const std::string path = (workDir_ / name).string();
    saveAs(doc_, path, filter);
    Doc reloaded = office_->load(path);
    expectWorkReport(paragraphs(reloaded), "reloaded " + name);
    closeDocument(reloaded);
  }
}

TEST_F(InsertReportTest, TemplateIdMayBeAPath) {
  const DispatchOutcome outcome = insertReport(kTemplateDir + "/work-report.xml", kExampleProfile);
  ASSERT_TRUE(outcome.success) << outcome.message;
  expectWorkReport(paragraphs(doc_), "template given by path");
}

TEST_F(InsertReportTest, AnUnknownTemplateIsNamedAsWrittenNotThroughTheExtensionsFolder) {
  // A mistyped id: the message names it and the ids there are, not the extension's internal
  // folder (uno_packages/cache/…), and the document is untouched.
  const DispatchOutcome outcome = insertReport("work-reprot", kExampleProfile);
  ASSERT_TRUE(outcome.answered);
  EXPECT_FALSE(outcome.success);
  EXPECT_NE(outcome.message.find("unknown template 'work-reprot' (known: "), std::string::npos)
      << outcome.message;
  EXPECT_NE(outcome.message.find("work-report"), std::string::npos) << outcome.message;
  EXPECT_EQ(outcome.message.find("uno_packages"), std::string::npos) << outcome.message;
  EXPECT_EQ(outcome.message.find("/templates"), std::string::npos) << outcome.message;
  EXPECT_EQ(paragraphs(doc_).size(), 1u);
}

TEST_F(InsertReportTest, LabelsAreLiveNumberingThatRenumbers) {
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  const auto before = paragraphs(doc_);
  size_t second = 0;
  for (int seen = 0; second < before.size(); ++second)
    if (before[second].outlineLevel == 1 && ++seen == 2) break;
  ASSERT_LT(second, before.size());

  // When the user adds a section heading before the second section,
  insertParagraphBefore(doc_, second, "取得的成效");

  // then the office numbers it and renumbers the sections after it.
  const auto after = paragraphs(doc_);
  const auto level1 = headings(after, 1);
  ASSERT_EQ(level1.size(), 4u);
  EXPECT_EQ(labels(level1), (std::vector<std::string>{"一、", "二、", "三、", "四、"}));
  EXPECT_EQ(level1[1]->text, "取得的成效");
  EXPECT_EQ(level1[2]->text, "存在的问题");
}

TEST_F(InsertReportTest, OneUndoRemovesTheWholeReport) {
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  ASSERT_GT(paragraphs(doc_).size(), 10u);

  ASSERT_TRUE(undo(doc_));

  const auto paras = paragraphs(doc_);
  ASSERT_EQ(paras.size(), 1u);
  EXPECT_EQ(paras[0].text, "");
}

TEST_F(InsertReportTest, KeepsTheUsersTextAndUndoRestoresIt) {
  appendParagraph(doc_, "用户已经写好的第一段。");
  appendParagraph(doc_, "用户的第二段，光标不在这里。");
  moveCursorToStart(doc_);
  const auto before = paragraphs(doc_);

  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  const auto after = paragraphs(doc_);
  ASSERT_GT(after.size(), before.size());
  // The cursor is in the first paragraph: the report follows it, the second paragraph follows
  // the report, and neither is changed.
  EXPECT_EQ(after.front().text, before[0].text);
  EXPECT_EQ(after[1].style, "Title");
  EXPECT_EQ(after.back().text, before[1].text);

  ASSERT_TRUE(undo(doc_));
  const auto undone = paragraphs(doc_);
  ASSERT_EQ(undone.size(), before.size());
  for (size_t i = 0; i < before.size(); ++i) EXPECT_EQ(undone[i].text, before[i].text);
}

TEST_F(InsertReportTest, AFontOfTheLayoutThatIsNotInstalledIsToldOnceWithItsStandIn) {
  // Given the work report whose body asks for a face no machine has,
  std::ifstream in(std::filesystem::path(CHENGBAO_SOURCE_DIR) / "templates/work-report.xml");
  std::stringstream text;
  text << in.rdbuf();
  std::string xml = text.str();
  const std::string standard = "<layout standard=\"gbt9704\"/>";
  const std::size_t at = xml.find(standard);
  ASSERT_NE(at, std::string::npos);
  xml.replace(at, standard.size(),
              "<layout standard=\"gbt9704\"><style element=\"body\" font=\"未装的测试字体\"/>"
              "</layout>");
  const std::string templ = (workDir_ / "work-report.xml").string();
  std::ofstream(templ) << xml;

  // when a report is inserted, the command says the face is missing and what shows instead
  // (the layout's list ends in a Noto CJK face for a machine without the Chinese fonts),
  const DispatchOutcome first = insertReport(templ, kExampleProfile);
  ASSERT_TRUE(first.success) << first.message;
  EXPECT_NE(first.message.find("未装的测试字体"), std::string::npos) << first.message;
  EXPECT_NE(first.message.find("Noto Serif CJK"), std::string::npos) << first.message;
  // and a second report in the same session is not told again.
  const DispatchOutcome second = insertReport(templ, kExampleProfile);
  ASSERT_TRUE(second.success) << second.message;
  EXPECT_EQ(second.message.find("未装的测试字体"), std::string::npos) << second.message;
}

TEST_F(InsertReportTest, MissingTemplateIsReportedAndTheOfficeCarriesOn) {
  const std::string missing = (workDir_ / "no-such-template.xml").string();

  const DispatchOutcome outcome = insertReport(missing, kExampleProfile);

  ASSERT_TRUE(outcome.answered);
  EXPECT_FALSE(outcome.success);
  EXPECT_NE(outcome.message.find(missing), std::string::npos) << outcome.message;
  EXPECT_TRUE(office_->responsive());
  const auto paras = paragraphs(doc_);
  ASSERT_EQ(paras.size(), 1u) << "a failed command must not leave anything behind";
  EXPECT_EQ(paras[0].text, "");
  // The same handler still works afterwards.
  EXPECT_TRUE(insertReport("work-report", kExampleProfile).success);
}

TEST_F(InsertReportTest, BrokenProfileIsReportedWithFileAndLine) {
  const std::string broken = (workDir_ / "broken-profile.xml").string();
  {
    std::FILE* out = std::fopen(broken.c_str(), "w");
    ASSERT_NE(out, nullptr);
    std::fputs("<?xml version=\"1.0\"?>\n<profile format=\"1\">\n  <organisation>\n", out);
    std::fclose(out);
  }

  const DispatchOutcome outcome = insertReport("work-report", broken);

  ASSERT_TRUE(outcome.answered);
  EXPECT_FALSE(outcome.success);
  EXPECT_NE(outcome.message.find(broken + ":"), std::string::npos) << outcome.message;
  EXPECT_TRUE(office_->responsive());
  EXPECT_EQ(paragraphs(doc_).size(), 1u);
}

}  // namespace
