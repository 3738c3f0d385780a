// vnd.chengbao:InsertSection end to end: a section at the cursor, numbered by the office.
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;

const std::set<std::string> kInsertTitles = {"插入章节", "插入章節", "Insert Section"};

std::vector<std::string> texts(const std::vector<ParagraphInfo>& paras) {
  std::vector<std::string> result;
  for (const auto& para : paras) result.push_back(para.text);
  return result;
}

/// (label, text) of every heading of `level`, in order.
std::vector<std::pair<std::string, std::string>> headings(const std::vector<ParagraphInfo>& paras,
                                                          int level) {
  std::vector<std::pair<std::string, std::string>> result;
  for (const auto& para : paras)
    if (para.outlineLevel == level) result.emplace_back(para.label, para.text);
  return result;
}

/// The count in an "N paragraphs inserted" result.
size_t insertedCount(const DispatchOutcome& outcome) {
  return static_cast<size_t>(std::stoul(outcome.message));
}

class InsertSectionTest : public OfficeTest {
 protected:
  DispatchOutcome insertSection(const std::vector<std::pair<std::string, std::string>>& args) {
    auto all = args;
    all.emplace_back("Profile", kExampleProfile);
    return dispatch("InsertSection", all);
  }
};

TEST_F(InsertSectionTest, LevelOneSectionTakesItsNumberAndTheFollowingSectionsMoveOn) {
  // Given a work report with the cursor in the last paragraph of section 一's body,
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  const auto before = paragraphs(doc_);
  const size_t second = nthHeading(before, 1, 2);
  ASSERT_LT(second, before.size());
  ASSERT_EQ(before[second].label, "二、");
  moveCursorToEndOfParagraph(doc_, second - 1);

  // when the level-1 section 「存在的问题」 is inserted (the template is the report's own),
  const DispatchOutcome outcome = insertSection({{"Section", "problems"}});
  ASSERT_TRUE(outcome.answered) << "no handler took vnd.chengbao:InsertSection";
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then its heading follows that paragraph as 二、, its sub-sections count from （一）, the
  // sections after it moved on (二、→三、, 三、→四、), and nothing else changed.
  const size_t count = insertedCount(outcome);
  ASSERT_EQ(count, 5u);  // the heading, two sub-headings, one paragraph under each
  const auto after = paragraphs(doc_);
  ASSERT_EQ(after.size(), before.size() + count);
  EXPECT_EQ(after[second].style, "Heading 1");
  EXPECT_EQ(after[second].label, "二、");
  EXPECT_EQ(after[second].text, "存在的问题");
  EXPECT_EQ(after[second + 1].label, "（一）");
  EXPECT_EQ(after[second + 1].text, "思想认识有待进一步提高");
  EXPECT_EQ(after[second + 3].label, "（二）");
  EXPECT_EQ(after[second + 2].style, "Text body");
  EXPECT_EQ(headings(after, 1),
            (std::vector<std::pair<std::string, std::string>>{{"一、", "基本情况"},
                                                              {"二、", "存在的问题"},
                                                              {"三、", "存在的问题"},
                                                              {"四、", "下一步工作打算"}}));
  for (size_t i = 0; i < second; ++i) EXPECT_EQ(after[i].text, before[i].text) << i;
  for (size_t i = second; i < before.size(); ++i) {
    EXPECT_EQ(after[i + count].text, before[i].text) << i;
    EXPECT_EQ(after[i + count].style, before[i].style) << i;
  }

  // One undo, titled as the insertion, removes exactly the inserted paragraphs.
  EXPECT_EQ(kInsertTitles.count(undoTitle(doc_)), 1u) << undoTitle(doc_);
  ASSERT_TRUE(undo(doc_));
  const auto undone = paragraphs(doc_);
  EXPECT_EQ(texts(undone), texts(before));
  EXPECT_EQ(headings(undone, 1), headings(before, 1));
}

TEST_F(InsertSectionTest, LevelTwoSectionWithAnAlternativeAndLiveOrganisationFields) {
  // Given the cursor at the end of section 一's body, whose sub-sections are （一） to （三）,
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  const auto before = paragraphs(doc_);
  const size_t second = nthHeading(before, 1, 2);
  moveCursorToEndOfParagraph(doc_, second - 1);

  // when 「组织领导」 is inserted with its alternative b,
  const DispatchOutcome outcome =
      insertSection({{"Section", "basic-leadership"}, {"Alternative", "b"}});
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then it is （四） under 一、, the next section keeps 二、, and the boilerplate opens with the
  // organisation's short name.
  const auto after = paragraphs(doc_);
  ASSERT_EQ(after.size(), before.size() + 3);
  EXPECT_EQ(after[second].style, "Heading 2");
  EXPECT_EQ(after[second].label, "（四）");
  EXPECT_EQ(after[second].text, "组织领导");
  EXPECT_EQ(after[second + 3].label, "二、");
  const chengbao::Profile profile = loadProfileOrThrow(kExampleProfile);
  EXPECT_EQ(after[second + 1].text.rfind(profile.short_name + "将", 0), 0u)
      << after[second + 1].text;

  // The short name is a live field: ApplyProfile re-fills it like the rest of the report.
  const std::string otherPath = writeProfile("other.xml");
  ASSERT_TRUE(dispatch("ApplyProfile", {{"Profile", otherPath}}).success);
  EXPECT_EQ(paragraphs(doc_)[second + 1].text.rfind("西湖农商行城东支行将", 0), 0u);
}

TEST_F(InsertSectionTest, DocumentWithoutNumberingGetsTheTemplatesNumbering) {
  // Given a document the user started by hand, without any outline numbering,
  appendParagraph(doc_, "用户自己写的开头。");
  const auto before = paragraphs(doc_);

  // when a section is inserted (the template named, since the document has none recorded),
  const DispatchOutcome outcome =
      insertSection({{"Template", "work-report"}, {"Section", "next-steps"}});
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then its headings carry the template's labels, after the user's paragraph.
  const auto after = paragraphs(doc_);
  ASSERT_EQ(after.size(), before.size() + insertedCount(outcome));
  EXPECT_EQ(after[0].text, "用户自己写的开头。");
  EXPECT_EQ(after[1].label, "一、");
  EXPECT_EQ(after[1].text, "下一步工作打算");
  EXPECT_EQ(after[2].label, "（一）");

  // and one undo takes the section and the numbering away again.
  ASSERT_TRUE(undo(doc_));
  EXPECT_EQ(texts(paragraphs(doc_)), texts(before));
}

TEST_F(InsertSectionTest, TheSectionIsAboutTheTopicTheReportWasMadeAbout) {
  // Given a report on 数字化转型 made by the wizard (which records its topic),
  ASSERT_TRUE(dispatch("Wizard", {{"NoDialog", "true"},
                                  {"Template", "work-report"},
                                  {"Profile", kExampleProfile},
                                  {"Date", "2026-11-28"},
                                  {"Topic", "数字化转型"}})
                  .success);
  const auto before = paragraphs(doc_);
  moveCursorToEndOfParagraph(doc_, nthHeading(before, 1, 2) - 1);

  // when 组织领导 is inserted again without naming a topic,
  const DispatchOutcome outcome = insertSection({{"Section", "basic-leadership"}});
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then its model text names 数字化转型, not the template's 【工作事项】.
  const auto after = paragraphs(doc_);
  ASSERT_EQ(after.size(), before.size() + insertedCount(outcome));
  int mentions = 0;
  for (const auto& para : after) {
    EXPECT_EQ(para.text.find("【工作事项】"), std::string::npos) << para.text;
    if (para.text.find("高度重视数字化转型工作") != std::string::npos) ++mentions;
  }
  EXPECT_EQ(mentions, 2) << "the inserted section does not name the report's topic";
}

TEST_F(InsertSectionTest, UnknownSectionIsReportedAndNothingChanges) {
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  const auto before = texts(paragraphs(doc_));

  const DispatchOutcome outcome = insertSection({{"Section", "no-such-section"}});

  ASSERT_TRUE(outcome.answered);
  EXPECT_FALSE(outcome.success);
  EXPECT_NE(outcome.message.find("no-such-section"), std::string::npos) << outcome.message;
  EXPECT_EQ(texts(paragraphs(doc_)), before);
  EXPECT_TRUE(office_->responsive());
}

}  // namespace
