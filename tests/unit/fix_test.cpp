// Tests of fix.hpp: the safe fixes planned, their order, and the text they give.
#include "fix.hpp"

#include <gtest/gtest.h>

#include "check.hpp"
#include "report_template.hpp"
#include "report_text.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

using test::describe;
using test::load_report;
using test::paragraph_of;

Finding finding(const std::string& rule, int paragraph, int offset, int length,
                const std::string& text, std::optional<std::string> replacement) {
  Finding result;
  result.rule = rule;
  result.paragraph = paragraph;
  result.offset = offset;
  result.length = length;
  result.text = text;
  result.replacement = std::move(replacement);
  return result;
}

Document document_of(std::initializer_list<const char*> texts) {
  Document document;
  for (const char* text : texts) {
    Paragraph paragraph;
    paragraph.text = text;
    document.paragraphs.push_back(paragraph);
  }
  return document;
}

// The document's paragraphs with every planned edit applied.
Document applied(Document document, const std::vector<TextEdit>& plan) {
  for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
    std::vector<TextEdit> edits;
    for (const TextEdit& edit : plan) {
      if (edit.paragraph == static_cast<int>(i)) edits.push_back(edit);
    }
    document.paragraphs[i].text = apply_edits(document.paragraphs[i].text, edits);
  }
  return document;
}

TEST(PlanFixesTest, AppliesFromTheEndBackwardsSoEarlierOffsetsHold) {
  // Given two fixes in one paragraph whose first changes the length of the text,
  const Document document = document_of({"截至年底,我行共办理业务3.5万笔;客户满意"});
  const std::vector<Finding> findings = {
      finding("punct.halfwidth", 0, 4, 1, ",", "，"),
      finding("punct.halfwidth", 0, 17, 1, ";", "；"),
  };

  const std::vector<TextEdit> plan = plan_fixes(document, findings, {});

  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0].offset, 17);
  EXPECT_EQ(plan[1].offset, 4);
  EXPECT_EQ(applied(document, plan).paragraphs[0].text,
            "截至年底，我行共办理业务3.5万笔；客户满意");
}

TEST(PlanFixesTest, OffsetsCountCodePointsNotBytesOrUtf16Units) {
  // 𠀀 is one code point, four UTF-8 bytes and two UTF-16 units.
  const Document document = document_of({"𠀀的`工作"});

  const auto plan = plan_fixes(document, {finding("char.stray", 0, 2, 1, "`", "")}, {});

  ASSERT_EQ(plan.size(), 1u);
  EXPECT_EQ(applied(document, plan).paragraphs[0].text, "𠀀的工作");
}

TEST(PlanFixesTest, SkipsFindingsWithoutAReplacementAndAutomaticLabels) {
  Document document = document_of({"二、存在的问题", "截至年底,我行"});
  document.paragraphs[0].list_label = "四、";
  const std::vector<Finding> findings = {
      finding("numbering.gap", 0, 0, 0, "", "三、"),  // the office's label: never "fixed"
      finding("duplicate.paragraph", 1, 0, 7, "截至年底,我行", std::nullopt),
      finding("punct.halfwidth", 1, 4, 1, ",", "，"),
  };

  const auto plan = plan_fixes(document, findings, {});

  ASSERT_EQ(plan.size(), 1u);
  EXPECT_EQ(plan[0].rule, "punct.halfwidth");
  EXPECT_EQ(applied(document, plan).paragraphs[0].text, "二、存在的问题");
}

TEST(PlanFixesTest, SelectsByRuleOrByPlace) {
  const Document document = document_of({"截至年底,我行的`工作", "日期:2026年01月05日"});
  const std::vector<Finding> findings = {
      finding("punct.halfwidth", 0, 4, 1, ",", "，"),
      finding("char.stray", 0, 8, 1, "`", ""),
      finding("punct.halfwidth", 1, 2, 1, ":", "："),
      finding("date.format", 1, 3, 11, "2026年01月05日", "2026年1月5日"),
  };

  FixSelection by_rule;
  by_rule.rule = "punct.halfwidth";
  const auto rule_plan = plan_fixes(document, findings, by_rule);
  ASSERT_EQ(rule_plan.size(), 2u);
  for (const TextEdit& edit : rule_plan) EXPECT_EQ(edit.rule, "punct.halfwidth");

  FixSelection by_place;
  by_place.paragraph = 1;
  by_place.offset = 3;
  const auto place_plan = plan_fixes(document, findings, by_place);
  ASSERT_EQ(place_plan.size(), 1u);
  EXPECT_EQ(applied(document, place_plan).paragraphs[1].text, "日期:2026年1月5日");
}

TEST(PlanFixesTest, StaleOrOutOfRangeFindingsAreNotAppliedBlindly) {
  const Document document = document_of({"截至年底，我行"});
  const std::vector<Finding> findings = {
      finding("punct.halfwidth", 0, 4, 1, ",", "，"),       // the text there is already ，
      finding("punct.halfwidth", 0, 6, 5, "行xxxx", "，"),  // runs past the end
      finding("punct.halfwidth", 3, 0, 1, ",", "，"),       // no such paragraph
      finding("punct.halfwidth", 0, -1, 1, ",", "，"),
  };

  EXPECT_TRUE(plan_fixes(document, findings, {}).empty());
}

TEST(PlanFixesTest, OverlappingFixesKeepTheFirst) {
  const Document document = document_of({"2026年01月05日"});
  const std::vector<Finding> findings = {
      finding("date.format", 0, 0, 11, "2026年01月05日", "2026年1月5日"),
      finding("other", 0, 5, 2, "01", "1"),
      finding("other", 0, 11, 0, "", "。"),  // an insertion just after the span is fine
  };

  const auto plan = plan_fixes(document, findings, {});

  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(applied(document, plan).paragraphs[0].text, "2026年1月5日。");
}

TEST(PlanFixesTest, FixingEverythingTheCheckerOffersLeavesNothingToFix) {
  // Given a clean report with the defects of a hurried paste put in,
  Document document = load_report("clean_typed.txt");
  const int first = paragraph_of(document, "截至2026年10月31日");
  document.paragraphs[first].text = "截至年底,我行共办理业务3.5万笔;客户满意度达98.6%。";
  const int second = paragraph_of(document, "结合工作实际");
  document.paragraphs[second].text = "结合工作实际,制定印发了(实施方案),做到任务到岗的`责任到人。";
  document.paragraphs.back().text = "2026年01月05日";
  const Document original = document;
  const ReportTemplate report_template =
      test::value_of(load_template(test::template_dir() + "/work-report.xml"));
  CheckOptions options;
  options.report_template = &report_template;
  const CheckResult before = check_document(document, options);

  // when every safe fix is applied,
  const Document fixed = applied(document, plan_fixes(document, before.findings, {}));

  // then the texts read as they should, nothing else changed, and the checker is satisfied.
  EXPECT_EQ(fixed.paragraphs[first].text, "截至年底，我行共办理业务3.5万笔；客户满意度达98.6%。");
  EXPECT_EQ(fixed.paragraphs[second].text,
            "结合工作实际，制定印发了（实施方案），做到任务到岗的责任到人。");
  EXPECT_EQ(fixed.paragraphs.back().text, "2026年1月5日");
  for (std::size_t i = 0; i + 1 < fixed.paragraphs.size(); ++i) {
    if (static_cast<int>(i) != first && static_cast<int>(i) != second) {
      EXPECT_EQ(fixed.paragraphs[i].text, original.paragraphs[i].text) << i;
    }
  }
  const CheckResult after = check_document(fixed, options);
  EXPECT_TRUE(plan_fixes(fixed, after.findings, {}).empty()) << describe(after.findings);
}

TEST(PlanFixesTest, FixingEveryLabelWorksOutTheNumberingFromTheWholeRun) {
  // 「三、存在的问题」 then 「三、下一步工作打算」, and a repeated level-2 label under 一、.
  Document document = load_report("clean_typed.txt");
  const int problems = paragraph_of(document, "二、存在的问题");
  document.paragraphs[problems].text = "三、存在的问题";
  const ReportTemplate report_template =
      test::value_of(load_template(test::template_dir() + "/work-report.xml"));
  CheckOptions options;
  options.report_template = &report_template;
  const CheckResult before = check_document(document, options);
  ASSERT_EQ(before.findings.size(), 1u) << describe(before.findings);
  EXPECT_EQ(before.findings[0].replacement, "二、");

  const Document fixed = applied(document, plan_fixes(document, before.findings, {}));
  EXPECT_EQ(fixed.paragraphs[problems].text, "二、存在的问题");
  EXPECT_EQ(describe(check_document(fixed, options).findings), "");

  // 一、二、二、三、 (a label typed twice) becomes 一、二、三、四、 in one Fix all.
  Document doubled =
      document_of({"关于测试的报告", "上级行：", "一、甲", "正文。", "二、乙", "正文。", "二、丙",
                   "正文。", "三、丁", "正文。", "特此报告。", "东湖银行", "2026年11月20日"});
  const CheckResult found = check_document(doubled, CheckOptions{});
  const Document renumbered = applied(doubled, plan_fixes(doubled, found.findings, {}));
  EXPECT_EQ(renumbered.paragraphs[6].text, "三、丙");
  EXPECT_EQ(renumbered.paragraphs[8].text, "四、丁");
  const CheckResult again = check_document(renumbered, CheckOptions{});
  EXPECT_TRUE(plan_fixes(renumbered, again.findings, {}).empty()) << describe(again.findings);
}

}  // namespace
}  // namespace chengbao
