// vnd.chengbao:Fix end to end: safe fixes applied in a real office, exactly, as one undo step.
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;

const std::set<std::string> kFixTitles = {"修正格式问题", "修正格式問題", "Fix Format Problems"};

/// The rule ids of a check JSON.
std::multiset<std::string> rulesOf(const std::string& json) {
  std::multiset<std::string> rules;
  for (const nlohmann::json& finding : jsonFindings(json))
    rules.insert(finding.at("rule").get<std::string>());
  return rules;
}

std::vector<std::string> texts(const std::vector<ParagraphInfo>& paras) {
  std::vector<std::string> result;
  for (const auto& para : paras) result.push_back(para.text);
  return result;
}

/// The index of the paragraph whose text is exactly `text`; paras.size() when none is.
size_t indexOf(const std::vector<ParagraphInfo>& paras, const std::string& text) {
  for (size_t i = 0; i < paras.size(); ++i)
    if (paras[i].text == text) return i;
  return paras.size();
}

class FixTest : public OfficeTest {
 protected:
  // What a hurried writer leaves in a report made by InsertReport.
  static constexpr const char* kComma = "截至年底,我行共办理业务3.5万笔;客户满意度达到98.6%。";
  static constexpr const char* kCommaFixed =
      "截至年底，我行共办理业务3.5万笔；客户满意度达到98.6%。";
  static constexpr const char* kStray = "进一步提升服务质量的`工作要求已经传达到每个网点。";
  static constexpr const char* kStrayFixed = "进一步提升服务质量的工作要求已经传达到每个网点。";
  // 𠀀 (U+20000) is two UTF-16 units in Writer and one code point for the core.
  static constexpr const char* kAstral = "𠀀字的`写法,已经统一。";
  static constexpr const char* kAstralFixed = "𠀀字的写法，已经统一。";
  static constexpr const char* kDate = "2026年01月05日";
  static constexpr const char* kDateFixed = "2026年1月5日";
  // Typed after the organisation's short name, a live field, in the opening paragraph.
  static constexpr const char* kAfterField = "另,需说明";
  static constexpr const char* kAfterFieldFixed = "另，需说明";

  void makeReportWithDefects() {
    ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
    appendToParagraph(doc_, 2, kAfterField);
    appendTable(doc_, {{"业务量,笔数", "3.5万"}});
    appendParagraph(doc_, kComma);
    appendParagraph(doc_, kStray);
    appendParagraph(doc_, kAstral);
    appendParagraph(doc_, kDate);
  }

  std::multiset<std::string> recheck() {
    const std::string json = (workDir_ / "after.json").string();
    const DispatchOutcome outcome = dispatch("Check", {{"Output", "file://" + json}});
    EXPECT_TRUE(outcome.success) << outcome.message;
    return rulesOf(readFile(json));
  }
};

TEST_F(FixTest, FixesEverySafeProblemExactlyAndOneUndoRestoresTheText) {
  // Given a report with half-width punctuation beside Chinese text (also after a field and in a
  // table cell), stray characters and a zero-padded date as its last paragraph,
  makeReportWithDefects();
  const auto before = paragraphs(doc_);
  const auto cellsBefore = tableCellTexts(doc_);
  const std::string opening = before[2].text;
  ASSERT_EQ(opening.substr(opening.size() - std::string(kAfterField).size()), kAfterField);

  // when every safe fix is applied,
  const DispatchOutcome outcome = dispatch("Fix", {{"All", "true"}});
  ASSERT_TRUE(outcome.answered) << "no handler took vnd.chengbao:Fix";
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then exactly the offending characters changed, and nothing else,
  EXPECT_EQ(outcome.message, "8 fixes applied");
  const auto after = paragraphs(doc_);
  ASSERT_EQ(after.size(), before.size());
  std::vector<std::string> expected = texts(before);
  expected[2] =
      opening.substr(0, opening.size() - std::string(kAfterField).size()) + kAfterFieldFixed;
  expected[indexOf(before, kComma)] = kCommaFixed;
  expected[indexOf(before, kStray)] = kStrayFixed;
  expected[indexOf(before, kAstral)] = kAstralFixed;
  expected[indexOf(before, kDate)] = kDateFixed;
  EXPECT_EQ(texts(after), expected);
  EXPECT_NE(after[indexOf(after, kCommaFixed)].text.find("3.5万笔"), std::string::npos);
  EXPECT_EQ(tableCellTexts(doc_), (std::vector<std::string>{"业务量，笔数", "3.5万"}));

  // the checker no longer reports those rules,
  const auto rules = recheck();
  for (const char* rule : {"punct.halfwidth", "char.stray", "date.format"})
    EXPECT_EQ(rules.count(rule), 0u) << rule << " still reported";

  // and one undo, titled as the fix, restores every original text.
  EXPECT_EQ(kFixTitles.count(undoTitle(doc_)), 1u) << undoTitle(doc_);
  ASSERT_TRUE(undo(doc_));
  EXPECT_EQ(texts(paragraphs(doc_)), texts(before));
  EXPECT_EQ(tableCellTexts(doc_), cellsBefore);
}

TEST_F(FixTest, FromTheMenuEverySafeFixIsApplied) {
  makeReportWithDefects();

  // LibreOffice 7.4 passes Referer=private:user with a click on an add-on menu item: that is
  // the menu, which fixes everything safe and shows the count (a headless office shows no box).
  const DispatchOutcome outcome = dispatch("Fix", {{"Referer", "private:user"}});

  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "8 fixes applied");
  EXPECT_EQ(paragraphs(doc_).back().text, kDateFixed);
}

TEST_F(FixTest, RuleFixesOnlyThatRule) {
  makeReportWithDefects();
  const auto before = paragraphs(doc_);

  const DispatchOutcome outcome = dispatch("Fix", {{"Rule", "punct.halfwidth"}});

  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "5 fixes applied");
  const auto after = paragraphs(doc_);
  ASSERT_EQ(after.size(), before.size());
  EXPECT_EQ(after[indexOf(before, kComma)].text, kCommaFixed);
  EXPECT_EQ(after[indexOf(before, kAstral)].text, "𠀀字的`写法，已经统一。");
  EXPECT_EQ(after[indexOf(before, kStray)].text, kStray);
  EXPECT_EQ(after.back().text, kDate);
  const auto rules = recheck();
  EXPECT_EQ(rules.count("punct.halfwidth"), 0u);
  EXPECT_EQ(rules.count("char.stray"), 2u);
  EXPECT_EQ(rules.count("date.format"), 1u);
}

TEST_F(FixTest, ParagraphAndOffsetFixOneFinding) {
  makeReportWithDefects();
  const auto before = paragraphs(doc_);
  // The Check panel names a finding by its paragraph in body order: the table's two cells count.
  const size_t comma = indexOf(before, kComma) + 2;

  const DispatchOutcome outcome =
      dispatch("Fix", {{"Paragraph", std::to_string(comma)}, {"Offset", "4"}});

  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "1 fixes applied");
  const auto after = paragraphs(doc_);
  EXPECT_EQ(after[indexOf(before, kComma)].text,
            "截至年底，我行共办理业务3.5万笔;客户满意度达到98.6%。");
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i].text != kComma) {
      EXPECT_EQ(after[i].text, before[i].text) << i;
    }
  }

  // Once fixed, there is nothing left at that place: the caller is told, nothing changes.
  const DispatchOutcome again =
      dispatch("Fix", {{"Paragraph", std::to_string(comma)}, {"Offset", "4"}});
  EXPECT_TRUE(again.answered);
  EXPECT_FALSE(again.success);
  EXPECT_FALSE(again.message.empty());
  EXPECT_EQ(texts(paragraphs(doc_)), texts(after));
}

TEST_F(FixTest, ArgumentsThatSayNothingOrAnUnknownRuleAreRefused) {
  makeReportWithDefects();
  const auto before = texts(paragraphs(doc_));

  const DispatchOutcome vague = dispatch("Fix", {{"Template", "work-report"}});
  const DispatchOutcome unknown = dispatch("Fix", {{"Rule", "punct.nonsense"}});

  EXPECT_FALSE(vague.success);
  EXPECT_FALSE(unknown.success);
  EXPECT_NE(unknown.message.find("punct.nonsense"), std::string::npos) << unknown.message;
  EXPECT_EQ(texts(paragraphs(doc_)), before);
  EXPECT_TRUE(office_->responsive());
}

TEST_F(FixTest, TextShownByAFieldIsNotChanged) {
  // Given a report whose organisation name, a live field, has half-width brackets beside
  // Chinese text: the checker reports them, but the text belongs to the profile, not the page.
  const std::string profile =
      writeProfile("brackets.xml", "西湖农村商业银行股份有限公司(城东支行)", "西湖农商行(城东)");
  ASSERT_TRUE(insertReport("work-report", profile).success);
  const auto before = texts(paragraphs(doc_));
  const std::string json = (workDir_ / "before.json").string();
  ASSERT_TRUE(dispatch("Check", {{"Output", "file://" + json}}).success);
  ASSERT_GT(rulesOf(readFile(json)).count("punct.halfwidth"), 0u);

  // when every safe fix is asked for, nothing inside the fields is touched.
  const DispatchOutcome outcome = dispatch("Fix", {{"All", "true"}});

  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "0 fixes applied");
  EXPECT_EQ(texts(paragraphs(doc_)), before);
}

TEST_F(FixTest, NothingToFixIsNoUndoStep) {
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  const std::string title = undoTitle(doc_);

  const DispatchOutcome outcome = dispatch("Fix", {{"All", "true"}});

  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "0 fixes applied");
  EXPECT_EQ(undoTitle(doc_), title);
}

/// The format.* rules among `rules`, once each.
std::set<std::string> formatRules(const std::multiset<std::string>& rules) {
  std::set<std::string> result;
  for (const std::string& rule : rules)
    if (rule.rfind("format.", 0) == 0) result.insert(rule);
  return result;
}

TEST_F(FixTest, EachFormatFixSetsTheLayoutAsOneUndoStepAndTheReportRechecksClean) {
  // Given a report written in the office's default look (not GB/T 9704's), opened in Writer,
  const std::filesystem::path copy = workDir_ / "report.odt";
  std::filesystem::copy_file(
      std::filesystem::path(CHENGBAO_SOURCE_DIR) / "tests/cli/data/report_typed.odt", copy);
  chengbao::office::closeDocument(doc_);
  doc_ = office_->load(copy.string());
  ASSERT_TRUE(doc_.is());
  // on Word's page: 2.54 cm margins all round (the file has GB/T 9704's; set here and saved, so
  // the document opens with an empty undo stack, as a user's would),
  {
    css::uno::Reference<css::style::XStyleFamiliesSupplier> families(doc_,
                                                                     css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameAccess> pages(
        families->getStyleFamilies()->getByName("PageStyles"), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> page(pages->getByName("Standard"),
                                                       css::uno::UNO_QUERY_THROW);
    for (const char* margin : {"TopMargin", "BottomMargin", "LeftMargin", "RightMargin"})
      page->setPropertyValue(rtl::OUString::createFromAscii(margin),
                             css::uno::Any(sal_Int32(2540)));
    const std::string wordPage = (workDir_ / "word-page.odt").string();
    saveAs(doc_, wordPage, "writer8");
    chengbao::office::closeDocument(doc_);
    doc_ = office_->load(wordPage);
    ASSERT_TRUE(doc_.is());
  }
  const std::vector<std::string> textBefore = texts(paragraphs(doc_));
  std::string lastCheck;  // the findings as JSON, for a failure's message
  const auto check = [&] {
    const std::string json = (workDir_ / "check.json").string();
    const DispatchOutcome outcome =
        dispatch("Check", {{"Template", "work-report"}, {"Output", "file://" + json}});
    EXPECT_TRUE(outcome.success) << outcome.message;
    lastCheck = readFile(json);
    return formatRules(rulesOf(lastCheck));
  };
  const std::set<std::string> found = check();
  // (its page is the office's default A4 with 2 cm margins, without a page number)
  for (const char* rule : {"format.font", "format.page", "format.pagenumber"})
    EXPECT_EQ(found.count(rule), 1u) << rule;
  ASSERT_GE(found.size(), 4u) << "the report should have several 版式 findings to fix";

  // when each rule but the page number's is fixed in turn,
  std::set<std::string> left = found;
  size_t steps = 0;
  for (const std::string& rule : found) {
    if (rule == "format.pagenumber") continue;
    const DispatchOutcome fixed = dispatch("Fix", {{"Rule", rule}, {"Template", "work-report"}});
    ASSERT_TRUE(fixed.success) << rule << ": " << fixed.message;
    ++steps;
    EXPECT_EQ(undoTitles(doc_).size(), steps) << rule << " is not one undo step";
    // then that rule's finding is gone and no other appears,
    const std::set<std::string> now = check();
    EXPECT_EQ(now.count(rule), 0u) << rule << " still found after its fix: " << lastCheck;
    left.erase(rule);
    for (const std::string& other : now)
      EXPECT_EQ(left.count(other), 1u)
          << "fixing " << rule << " brought " << other << ": " << lastCheck;
  }
  EXPECT_EQ(left, (std::set<std::string>{"format.pagenumber"}));
  // the page number, which needs a footer made, is refused while there is undo history (a footer
  // made inside an undo step makes the older steps undo the wrong paragraphs), and says how,
  const DispatchOutcome refused =
      dispatch("Fix", {{"Rule", "format.pagenumber"}, {"Template", "work-report"}});
  EXPECT_FALSE(refused.success);
  EXPECT_NE(refused.message.find("reopen"), std::string::npos) << refused.message;
  EXPECT_EQ(undoTitles(doc_).size(), steps);
  // the text is as it was, and undoing every step brings the old look back.
  EXPECT_EQ(texts(paragraphs(doc_)), textBefore);
  for (const std::string& title : undoTitles(doc_)) EXPECT_EQ(kFixTitles.count(title), 1u) << title;
  for (size_t i = 0; i < steps; ++i) ASSERT_TRUE(undo(doc_));
  EXPECT_EQ(check(), found) << lastCheck;

  // Saved and opened again (no undo history), the page number is fixed in one step: the footer
  // is made, 「— 1 —」 written, the text area kept.
  const std::string saved = (workDir_ / "fixed-look.odt").string();
  saveAs(doc_, saved, "writer8");
  chengbao::office::closeDocument(doc_);
  doc_ = office_->load(saved);
  ASSERT_TRUE(doc_.is());
  const DispatchOutcome numbered =
      dispatch("Fix", {{"Rule", "format.pagenumber"}, {"Template", "work-report"}});
  ASSERT_TRUE(numbered.success) << numbered.message;
  EXPECT_EQ(undoTitles(doc_).size(), 1u);
  std::set<std::string> unnumbered = found;
  unnumbered.erase("format.pagenumber");
  EXPECT_EQ(check(), unnumbered) << lastCheck;
  EXPECT_EQ(texts(paragraphs(doc_)), textBefore);
  // One undo takes the number out again (the footer, made outside the step, stays, empty).
  ASSERT_TRUE(undo(doc_));
  EXPECT_EQ(check(), found) << lastCheck;
}

}  // namespace
