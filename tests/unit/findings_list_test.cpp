// Tests of findings_list.hpp: the rows, summary and detail text the Check panel shows.
#include "findings_list.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

Finding make(const char* rule, Severity severity, int paragraph, int offset, const char* text,
             const char* message) {
  Finding finding;
  finding.rule = rule;
  finding.severity = severity;
  finding.paragraph = paragraph;
  finding.offset = offset;
  finding.length = 2;
  finding.text = text;
  finding.message = message;
  return finding;
}

std::vector<std::string> labels(const std::vector<FindingRow>& rows) {
  std::vector<std::string> result;
  for (const FindingRow& row : rows) result.push_back(row.label);
  return result;
}

TEST(FindingsListTest, GroupsBySeverityErrorsFirstAndKeepsDocumentOrderInAGroup) {
  // Given findings in check_document's order (by paragraph) with mixed severities,
  std::vector<Finding> findings = {
      make("punct.halfwidth", Severity::Warning, 3, 5, ",", "半角逗号"),
      make("numbering.gap", Severity::Error, 7, 0, "四、", "编号不连续：应为“三、”"),
      make("placeholder.leftover", Severity::Error, 2, 2, "20xx年", "遗留占位符"),
      make("duplicate.paragraph", Severity::Info, 9, 0, "重复的段落", "与第 8 段重复"),
  };
  findings[0].replacement = "，";

  // when the panel makes its rows,
  const std::vector<FindingRow> rows = finding_rows(findings, Language::ZhCN);

  // then errors come first, each group under a header with its count, in paragraph order;
  // paragraph numbers are 1-based and a fixable finding is marked.
  EXPECT_EQ(labels(rows), (std::vector<std::string>{
                              "错误（2）",
                              "    第 3 段  placeholder.leftover  遗留占位符  「20xx年」",
                              "    第 8 段  numbering.gap  编号不连续：应为“三、”  「四、」",
                              "警告（1）",
                              "    第 4 段  punct.halfwidth  半角逗号  「,」  ［可修正］",
                              "提示（1）",
                              "    第 10 段  duplicate.paragraph  与第 8 段重复  「重复的段落」",
                          }));
  // and each finding row points back to its finding, so choosing it can select the text.
  EXPECT_EQ(rows[0].kind, FindingRow::Kind::Header);
  EXPECT_EQ(rows[1].kind, FindingRow::Kind::Finding);
  EXPECT_EQ(rows[1].finding, 2);
  EXPECT_EQ(rows[2].finding, 1);
  EXPECT_EQ(rows[4].finding, 0);
  EXPECT_EQ(rows[4].severity, Severity::Warning);
  EXPECT_EQ(rows[6].finding, 3);
  EXPECT_EQ(rows[5].finding, -1);
}

TEST(FindingsListTest, LeavesOutEmptyGroupsAndSaysSoWhenThereIsNothing) {
  const std::vector<Finding> warningsOnly = {
      make("char.stray", Severity::Warning, 0, 3, "`", "多余字符")};
  EXPECT_EQ(labels(finding_rows(warningsOnly, Language::ZhTW)),
            (std::vector<std::string>{"警告（1）", "    第 1 段  char.stray  多余字符  「`」"}));

  const std::vector<FindingRow> none = finding_rows({}, Language::En);
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].kind, FindingRow::Kind::Nothing);
  EXPECT_EQ(none[0].label, "No problems found.");
  EXPECT_EQ(finding_rows({}, Language::ZhTW)[0].label, "未發現問題。");
}

TEST(FindingsListTest, ShortensLongTextToOneLine) {
  const std::vector<Finding> findings = {
      make("duplicate.paragraph", Severity::Warning, 4, 0,
           "第一行\n第二行的内容很长很长很长很长很长很长很长很长很长很长", "重复")};
  const std::string label = finding_rows(findings, Language::En)[1].label;
  EXPECT_EQ(
      label,
      "    ¶ 5  duplicate.paragraph  重复  «第一行 第二行的内容很长很长很长很长很长很长很长…»");
}

TEST(FindingsListTest, SummaryCountsEverySeverityInTheUiLanguage) {
  const std::vector<Finding> findings = {
      make("a", Severity::Error, 0, 0, "", ""), make("b", Severity::Error, 1, 0, "", ""),
      make("c", Severity::Warning, 1, 0, "", ""), make("d", Severity::Info, 1, 0, "", "")};
  EXPECT_EQ(findings_summary(findings, Language::ZhCN), "2 个错误，1 个警告，1 条提示");
  EXPECT_EQ(findings_summary(findings, Language::ZhTW), "2 個錯誤，1 個警告，1 條提示");
  EXPECT_EQ(findings_summary(findings, Language::En), "2 errors, 1 warning, 1 info");
  EXPECT_EQ(findings_summary({}, Language::En), "0 errors, 0 warnings, 0 info");
}

TEST(FindingsListTest, DetailShowsMessageTextAndFix) {
  Finding finding = make("punct.halfwidth", Severity::Warning, 3, 5, ",", "应使用全角标点");
  EXPECT_EQ(finding_detail(finding, Language::ZhCN), "应使用全角标点\n原文：「,」");
  finding.replacement = "，";
  EXPECT_EQ(finding_detail(finding, Language::ZhTW), "应使用全角标点\n原文：「,」\n修正為：「，」");
  finding.replacement = "";
  EXPECT_EQ(finding_detail(finding, Language::En), "应使用全角标点\nText: «,»\nFix: delete it");
}

}  // namespace
}  // namespace chengbao
