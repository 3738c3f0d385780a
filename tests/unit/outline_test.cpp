// Tests of outline.hpp: heading labels in every numbering style, and the heading tree.
#include "outline.hpp"

#include <gtest/gtest.h>

#include "report_text.hpp"

namespace chengbao {
namespace {

using test::report_from_text;

struct LabelCase {
  const char* text;
  LabelForm form;
  const char* label;
  std::vector<int> values;
};

TEST(OutlineTest, ParsesEveryLabelForm) {
  const LabelCase cases[] = {
      {"一、基本情况", LabelForm::ChineseComma, "一、", {1}},
      {"十二、其他", LabelForm::ChineseComma, "十二、", {12}},
      {"（一）组织领导", LabelForm::ChineseParen, "（一）", {1}},
      {"(二)主要措施", LabelForm::ChineseHalfParen, "(二)", {2}},
      {"（三)混用括号", LabelForm::ChineseHalfParen, "（三)", {3}},
      {"一.基本情况", LabelForm::ChineseDot, "一.", {1}},
      {"十一．其他事项", LabelForm::ChineseDot, "十一．", {11}},
      {"1.加强宣传", LabelForm::ArabicDot, "1.", {1}},
      {"2. 优化流程", LabelForm::ArabicDot, "2.", {2}},
      {"3．畅通渠道", LabelForm::ArabicFullDot, "3．", {3}},
      {"4、完善制度", LabelForm::ArabicComma, "4、", {4}},
      {"（1）对工地验收", LabelForm::ArabicParen, "（1）", {1}},
      {"(12)检测管道", LabelForm::ArabicHalfParen, "(12)", {12}},
      {"①第一项", LabelForm::Circled, "①", {1}},
      {"⑳第二十项", LabelForm::Circled, "⑳", {20}},
      {"第一章 总则", LabelForm::Chapter, "第一章", {1}},
      {"第三节工作要求", LabelForm::Chapter, "第三节", {3}},
      {"第十条 附则", LabelForm::Chapter, "第十条", {10}},
      {"第二部分 存在问题", LabelForm::Chapter, "第二部分", {2}},
      {"1.1 Scope", LabelForm::ArabicMulti, "1.1", {1, 1}},
      {"2.3.4 Details", LabelForm::ArabicMulti, "2.3.4", {2, 3, 4}},
      {"1.2基本情况", LabelForm::ArabicMulti, "1.2", {1, 2}},
      {"1 Introduction", LabelForm::ArabicBare, "1", {1}},
      {"IV. Results", LabelForm::RomanDot, "IV.", {4}},
      {"B. Method", LabelForm::LetterDot, "B.", {2}},
  };
  for (const LabelCase& c : cases) {
    const std::optional<HeadingLabel> label = parse_label(c.text);
    ASSERT_TRUE(label) << c.text;
    EXPECT_EQ(label->form, c.form) << c.text;
    EXPECT_EQ(label->text, c.label) << c.text;
    EXPECT_EQ(label->values, c.values) << c.text;
    EXPECT_EQ(label->length, static_cast<int>(test::code_points(c.label))) << c.text;
  }
}

TEST(OutlineTest, QuantitiesDatesAndCountsAreNotLabels) {
  for (const char* text :
       {"3.5亿元", "98.6%的客户", "1.2万户", "2026年工作", "2026.11.20", "2026-11-20",
        "1、2、3个方面", "1.5倍", "一.5倍", "12345热线", "5G网络", "一是加强领导", "一、二、三等奖",
        "（2026年）", "第三季度", "Hello. World", "", "、"}) {
    EXPECT_FALSE(parse_label(text)) << text;
  }
}

TEST(OutlineTest, ALabelAloneIsALabel) {
  // Automatic labels come without text: 「一、」 as the office shows it.
  ASSERT_TRUE(parse_label("一、"));
  ASSERT_TRUE(parse_label("（二）"));
  EXPECT_EQ(parse_label("3.")->values, std::vector<int>{3});
}

TEST(OutlineTest, ParsesChineseNumbers) {
  EXPECT_EQ(parse_chinese_number("一"), 1);
  EXPECT_EQ(parse_chinese_number("十"), 10);
  EXPECT_EQ(parse_chinese_number("十二"), 12);
  EXPECT_EQ(parse_chinese_number("二十"), 20);
  EXPECT_EQ(parse_chinese_number("二十一"), 21);
  EXPECT_EQ(parse_chinese_number("九十九"), 99);
  EXPECT_EQ(parse_chinese_number("一百零一"), 101);
  EXPECT_EQ(parse_chinese_number("一百一十"), 110);
  EXPECT_EQ(parse_chinese_number("二〇二六"), 2026);
  EXPECT_EQ(parse_chinese_number("零"), 0);
  EXPECT_EQ(parse_chinese_number("叁拾贰"), 32);
  EXPECT_EQ(parse_chinese_number("貳"), 2);
  EXPECT_FALSE(parse_chinese_number("两"));
  EXPECT_FALSE(parse_chinese_number(""));
  EXPECT_FALSE(parse_chinese_number("二三十"));
  EXPECT_FALSE(parse_chinese_number("十十"));
  EXPECT_FALSE(parse_chinese_number("12"));
}

TEST(OutlineTest, MainlandLevelsAndParents) {
  const Document document = report_from_text(
      "关于工作情况的报告\n"
      "一、基本情况\n"
      "（一）组织领导\n"
      "1.成立领导小组\n"
      "（1）召开会议\n"
      "①研究部署\n"
      "（二）主要措施\n"
      "二、存在的问题\n");
  const Outline outline = build_outline(document);
  EXPECT_FALSE(outline.western);
  ASSERT_EQ(outline.entries.size(), 7u);
  const int levels[] = {1, 2, 3, 4, 5, 2, 1};
  const int parents[] = {-1, 0, 1, 2, 3, 0, -1};
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(outline.entries[i].paragraph, i + 1);
    EXPECT_EQ(outline.entries[i].level, levels[i]) << i;
    EXPECT_EQ(outline.entries[i].parent, parents[i]) << i;
  }
  EXPECT_EQ(outline.entries[0].heading, "基本情况");
  EXPECT_EQ(outline.entries[2].heading, "成立领导小组");
}

TEST(OutlineTest, ChapterLabelsAreLevelOne) {
  const Outline outline = build_outline(report_from_text("第一章 总则\n（一）目的\n第二章 要求\n"));
  ASSERT_EQ(outline.entries.size(), 3u);
  EXPECT_EQ(outline.entries[0].level, 1);
  EXPECT_EQ(outline.entries[0].heading, "总则");
  EXPECT_EQ(outline.entries[1].level, 2);
  EXPECT_EQ(outline.entries[2].level, 1);
}

TEST(OutlineTest, RunOnHeadingEndsAtTheFirstSentenceMark) {
  const Outline outline =
      build_outline(report_from_text("（一）强化意识。进一步提高认识，形成合力。\n"
                                     "（二）完善机制：建立长效机制。\n"
                                     "（三）加强督查。\n"
                                     "一、基本情况：\n"
                                     "1.Scope! Text follows\n"));
  ASSERT_EQ(outline.entries.size(), 5u);
  EXPECT_EQ(outline.entries[0].heading, "强化意识");
  EXPECT_TRUE(outline.entries[0].runs_on);
  EXPECT_EQ(outline.entries[1].heading, "完善机制");
  EXPECT_TRUE(outline.entries[1].runs_on);
  // Nothing after the mark: the whole text is the heading.
  EXPECT_EQ(outline.entries[2].heading, "加强督查。");
  EXPECT_FALSE(outline.entries[2].runs_on);
  EXPECT_EQ(outline.entries[3].heading, "基本情况：");
  EXPECT_FALSE(outline.entries[3].runs_on);
  EXPECT_EQ(outline.entries[4].heading, "Scope");
  EXPECT_TRUE(outline.entries[4].runs_on);
}

TEST(OutlineTest, TypedLabelOffsetSkipsLeadingSpaces) {
  const Outline outline = build_outline(report_from_text("　　（二）主要措施\n"));
  ASSERT_EQ(outline.entries.size(), 1u);
  EXPECT_EQ(outline.entries[0].label_offset, 2);
  EXPECT_FALSE(outline.entries[0].automatic);
  EXPECT_EQ(outline.entries[0].heading, "主要措施");
}

TEST(OutlineTest, AutomaticLabelWinsOverTypedOne) {
  const Outline outline =
      build_outline(report_from_text("@h1[一、]基本情况\n@h2[（一）]（三）组织领导\n"));
  ASSERT_EQ(outline.entries.size(), 2u);
  EXPECT_TRUE(outline.entries[0].automatic);
  EXPECT_EQ(outline.entries[0].label->text, "一、");
  EXPECT_EQ(outline.entries[0].heading, "基本情况");
  EXPECT_EQ(outline.entries[1].label->text, "（一）");
  EXPECT_EQ(outline.entries[1].label->values, std::vector<int>{1});
  EXPECT_EQ(outline.entries[1].heading, "组织领导");  // the typed 「（三）」 is not heading text
}

TEST(OutlineTest, StyledHeadingsWithoutLabelTakeTheirOutlineLevel) {
  const Outline outline = build_outline(
      report_from_text("@h1基本情况\n@h2组织领导\n正文。\n@h1存在的问题\n@[•]要点不是标题\n"));
  ASSERT_EQ(outline.entries.size(), 3u);
  EXPECT_FALSE(outline.entries[0].label);
  EXPECT_EQ(outline.entries[0].level, 1);
  EXPECT_EQ(outline.entries[1].level, 2);
  EXPECT_EQ(outline.entries[1].parent, 0);
  EXPECT_EQ(outline.entries[2].paragraph, 3);
}

TEST(OutlineTest, BodyTextWithNumbersMakesNoEntries) {
  const Outline outline =
      build_outline(report_from_text("3.5亿元的贷款已全部发放。\n"
                                     "2026年以来，各项工作稳步推进。\n"
                                     "1、2、3号楼已完工。\n"
                                     "98.6%的客户表示满意。\n"
                                     "10 月份以来，客流明显增加。\n"
                                     "A. 股票市场\n"));
  EXPECT_TRUE(outline.entries.empty());
}

TEST(OutlineTest, WesternDocumentUsesDecimalLevels) {
  const Outline outline =
      build_outline(report_from_text("1 Introduction\n"
                                     "1.1 Scope\n"
                                     "1.1.1 Terms\n"
                                     "1.2 Method\n"
                                     "2 Results\n"
                                     "A. First finding\n"));
  EXPECT_TRUE(outline.western);
  ASSERT_EQ(outline.entries.size(), 6u);
  const int levels[] = {1, 2, 3, 2, 1, 2};
  for (int i = 0; i < 6; ++i) EXPECT_EQ(outline.entries[i].level, levels[i]) << i;
  EXPECT_EQ(outline.entries[2].parent, 1);
  EXPECT_EQ(outline.entries[5].parent, 4);
}

TEST(OutlineTest, RomanAndLetterItemsMakeAWesternOutline) {
  const Outline outline =
      build_outline(report_from_text("I. Summary\nA. Scope\nB. Method\nII. Plan\n"));
  EXPECT_TRUE(outline.western);
  ASSERT_EQ(outline.entries.size(), 4u);
  EXPECT_EQ(outline.entries[0].level, 1);
  EXPECT_EQ(outline.entries[1].level, 2);
  EXPECT_EQ(outline.entries[3].label->values, std::vector<int>{2});
}

TEST(OutlineTest, ChineseLabelsKeepTheMainlandScheme) {
  // 「1.」 is level 3 once the document counts with 一、; a Western 「1.1」 in body text is
  // ignored.
  const Outline outline =
      build_outline(report_from_text("一、基本情况\n1.1 Scope\n1.成立领导小组\n"));
  EXPECT_FALSE(outline.western);
  ASSERT_EQ(outline.entries.size(), 2u);
  EXPECT_EQ(outline.entries[1].level, 3);
}

TEST(OutlineTest, HeadingStylesWithBareNumbersAreWestern) {
  const Outline outline = build_outline(report_from_text("@h1|1 基本情况\n@h2|1.1 组织领导\n"));
  EXPECT_TRUE(outline.western);
  ASSERT_EQ(outline.entries.size(), 2u);
  EXPECT_EQ(outline.entries[0].label->form, LabelForm::ArabicBare);
  EXPECT_EQ(outline.entries[0].heading, "基本情况");
  EXPECT_EQ(outline.entries[1].level, 2);
}

}  // namespace
}  // namespace chengbao
