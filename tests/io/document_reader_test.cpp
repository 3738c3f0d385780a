// Tests of read_document on real documents: the same report as .fodt, and as LibreOffice wrote it
// in .odt and .docx, must give the same paragraphs, labels and levels.
#include "document_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_files.hpp"

namespace chengbao {
namespace {

using testing::all_text;
using testing::data_file;
using testing::read_ok;

struct Expected {
  const char* label;
  const char* text;
  int outline_level;
  int list_level;
};

// report.fodt as LibreOffice shows it (its own text export prints the same labels), in body
// order: the text box right after its anchor paragraph, table cells row by row.
const std::vector<Expected> kReport = {
    {"", "关于2026年度安全生产工作情况的报告", 0, 0},
    {"", "市应急管理局：", 0, 0},
    {"", "根据工作安排和上级要求，现将有关情况报告如下：", 0, 0},
    {"一、", "基本情况", 1, 1},
    {"", "甲\t乙\n丙   丁", 0, 0},
    {"（一）", "组织领导", 2, 2},
    {"", "文本框所在段落", 0, 0},
    {"", "文本框内容", 0, 0},
    {"1.", "健全机制", 3, 3},
    {"（1）", "明确分工", 4, 4},
    {"（2）", "落实责任", 4, 4},
    {"2.", "加强督导", 3, 3},
    {"（二）", "宣传培训", 2, 2},
    {"1.", "开展培训", 3, 3},
    {"", "培训由张三负责。", 0, 0},
    {"二、", "取得的成效", 1, 1},
    {"", "项目", 0, 0},
    {"", "数量", 0, 0},
    {"", "检查", 0, 0},
    {"", "12", 0, 0},
    {"", "三、手工编号的标题", 0, 0},
    {"1.", "第一项", 0, 1},
    {"2.", "第二项", 0, 1},
    {"（1）", "第二项之一", 0, 2},
    {"", "列表之间的段落", 0, 0},
    {"1.", "重新开始", 0, 1},
    {"3.", "接续第一个列表", 0, 1},
    {"三、", "存在的问题", 1, 1},
    {"四、", "下一步工作打算", 1, 1},
    {"", "特此报告。", 0, 0},
    {"", "某某市安全生产委员会办公室", 0, 0},
    {"", "2026年11月20日", 0, 0},
};

// lists.fodt as LibreOffice shows it.
const std::vector<Expected> kLists = {
    {"一.一.1.", "三级在前", 3, 3},  // levels 1 and 2 count as phantoms at their start
    {"二、", "一级", 1, 1},          // … so the first level-1 heading is the second
    {"", "不编号的一级", 1, 0},
    {"三、", "正文样式的标题", 1, 1},
    {"四、", "段落式一级标题", 0, 1},  // numbered by its style, yet body text
    {"七、", "从七开始", 1, 1},
    {"八、", "派生样式", 1, 1},
    {"（一）", "二级", 2, 2},
    {"", "a b   c\td\n e f", 0, 0},
    {"A.", "A1", 0, 1},
    {"", "A1续", 0, 0},
    {"B.", "A2", 0, 1},
    {"B.i.", "i1", 0, 2},
    {"y)", "s1", 0, 3},
    {"z)", "s2", 0, 3},
    {"aa)", "s3", 0, 3},
    {"B.iv.", "i4", 0, 2},
    {"", "列表头", 0, 0},
    {"B.v.", "跳级", 0, 2},
    {"", "中断", 0, 0},
    {"C.", "继续编号", 0, 1},
    {"A.", "新列表", 0, 1},
    {"D.", "接续指定列表", 0, 1},
    {"玖、", "大写九", 0, 1},
    {"壹拾、", "大写十", 0, 1},
    {"•", "圆点", 0, 2},
    {"第1章", "章", 0, 1},
    {"第2章", "又一章", 0, 1},
    {"①", "圈一", 0, 1},
    {"甲.", "天干", 0, 2},
    {"②", "圈二", 0, 1},
    {"八.一.1.", "三级在后", 3, 3},
};

void expect_paragraphs(const Document& document, const std::vector<Expected>& expected) {
  ASSERT_EQ(document.paragraphs.size(), expected.size()) << all_text(document);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Paragraph& paragraph = document.paragraphs[i];
    EXPECT_EQ(paragraph.text, expected[i].text) << "paragraph " << i;
    EXPECT_EQ(paragraph.list_label, expected[i].label)
        << "paragraph " << i << " " << paragraph.text;
    EXPECT_EQ(paragraph.outline_level, expected[i].outline_level)
        << "paragraph " << i << " " << paragraph.text;
    EXPECT_EQ(paragraph.list_level, expected[i].list_level)
        << "paragraph " << i << " " << paragraph.text;
  }
}

class ReportTest : public ::testing::TestWithParam<const char*> {
 protected:
  Document read() { return read_ok(data_file(GetParam())); }
};

TEST_P(ReportTest, ParagraphsLabelsAndLevelsAreTheOnesLibreOfficeShows) {
  // Given the report in one format, when it is read, then every paragraph is there once, in body
  // order, with the label and levels LibreOffice shows.
  const Document document = read();
  EXPECT_EQ(document.file, data_file(GetParam()));
  expect_paragraphs(document, kReport);
}

TEST_P(ReportTest, LeavesOutHeaderFooterNotesCommentsAndDeletedText) {
  const std::string text = all_text(read());
  for (const char* absent : {"页眉文字", "页脚文字", "脚注内容", "批注内容", "已删除的文字"}) {
    EXPECT_EQ(text.find(absent), std::string::npos) << absent;
  }
  // The footnote's citation mark is not body text either.
  EXPECT_EQ(text.find("如下：1"), std::string::npos);
}

TEST_P(ReportTest, AlignmentComesFromDirectAutomaticAndNamedStyles) {
  const Document document = read();
  ASSERT_EQ(document.paragraphs.size(), kReport.size());
  EXPECT_TRUE(document.paragraphs[0].centered);  // the Title style
  EXPECT_FALSE(document.paragraphs[0].right_aligned);
  EXPECT_TRUE(document.paragraphs[30].right_aligned);  // a named style 落款
  EXPECT_TRUE(document.paragraphs[31].right_aligned);  // automatic style / direct w:jc
  for (std::size_t i = 1; i < 30; ++i) {
    EXPECT_FALSE(document.paragraphs[i].centered || document.paragraphs[i].right_aligned) << i;
  }
}

TEST_P(ReportTest, StylesAreDisplayNames) {
  const Document document = read();
  ASSERT_EQ(document.paragraphs.size(), kReport.size());
  EXPECT_EQ(document.paragraphs[0].style, "Title");
  EXPECT_EQ(document.paragraphs[3].style, "Heading 1");
  EXPECT_EQ(document.paragraphs[5].style, "Heading 2");
  EXPECT_EQ(document.paragraphs[16].style, "Table Contents");
  EXPECT_EQ(document.paragraphs[30].style, "落款");
}

INSTANTIATE_TEST_SUITE_P(AllFormats, ReportTest,
                         ::testing::Values("report.fodt", "report.odt", "report.docx"));

TEST(ReportStyles, AutomaticOdfStylesShowTheirParentsName) {
  // P1 (the date) and P2 (list items) are automatic styles of Standard and Text body.
  const Document document = read_ok(data_file("report.fodt"));
  ASSERT_EQ(document.paragraphs.size(), kReport.size());
  EXPECT_EQ(document.paragraphs[31].style, "Standard");
  EXPECT_EQ(document.paragraphs[21].style, "Text body");
  // Without style:display-name the name is decoded: Closing_20_Line.
  EXPECT_EQ(document.paragraphs[29].style, "Closing Line");
}

class ListsTest : public ::testing::TestWithParam<const char*> {};

TEST_P(ListsTest, NumberingIsCountedTheWayLibreOfficeCountsIt) {
  expect_paragraphs(read_ok(data_file(GetParam())), kLists);
}

INSTANTIATE_TEST_SUITE_P(AllFormats, ListsTest,
                         ::testing::Values("lists.fodt", "lists.odt", "lists.docx"));

TEST(NumberingDocx, HandMadeNumberingGivesLibreOfficesLabels) {
  // numbering.docx was written without an office; LibreOffice shows these labels for it.
  const Document document = read_ok(data_file("numbering.docx"));
  const std::vector<Expected> expected = {
      {"", "关于2026年度工作情况的报告", 0, 0},
      {"", "上级机关：", 0, 0},
      {"一、", "基本情况", 1, 1},    // chineseCounting "%1、" from the heading style
      {"（一）", "组织领导", 2, 2},  // "（%2）"; the hyperlink's text counts
      {"", "锚定段落", 0, 0},
      {"", "文本框内容", 0, 0},  // mc:Choice read, mc:Fallback not: once
      {"1.", "健全机制", 3, 3},
      {"（1）", "明确分工", 0, 4},  // "heading 4" without w:outlineLvl is body text
      {"（2）", "落实责任", 0, 4},
      {"2.", "加强督导", 3, 3},
      {"（二）", "宣传培训", 2, 2},  // numbering and level through w:basedOn
      {"1.", "开展培训", 3, 3},
      {"二、", "取得的成效", 1, 1},
      {"", "共3页，作者张三，插入的文字\t完\n续", 0, 0},
      {"1", "括号数字", 0, 1},  // decimalEnclosedParen: LibreOffice draws plain digits
      {"a)", "字母一", 0, 2},
      {"b)", "字母二", 0, 2},
      {"2", "括号数字二", 0, 1},
      {"a)", "字母重新开始", 0, 2},  // lvlRestart 0 is not applied by LibreOffice
      {"1.", "十进制一", 0, 1},
      {"2.", "十进制二", 0, 1},
      {"5.", "从五开始", 0, 1},  // startOverride on another w:num of the same abstractNum
      {"6.", "从五继续", 0, 1},
      {"7.", "同一列表", 0, 1},  // … which is still one list
      {"●", "项目符号", 0, 1},
      {"", "不编号的标题", 1, 0},  // numId 0 switches the style's numbering off
      {"三、", "存在的问题", 1, 1},
      {"", "单元格甲", 0, 0},
      {"", "单元格乙", 0, 0},
      {"", "内容控件", 0, 0},
      {"（一）", "正文级别的二级标题", 0, 2},  // direct w:outlineLvl 9: body text
      {"", "前半后半", 0, 0},                  // a deleted paragraph mark joins the two
      {"", "某某单位", 0, 0},
      {"", "2026年11月20日", 0, 0},
  };
  expect_paragraphs(document, expected);
  ASSERT_EQ(document.paragraphs.size(), expected.size());
  EXPECT_EQ(document.paragraphs[2].style, "heading 1");
  EXPECT_EQ(document.paragraphs[10].style, "报告标题二");
  EXPECT_TRUE(document.paragraphs[0].centered);
  EXPECT_FALSE(document.paragraphs[1].centered);       // docDefaults say "both"
  EXPECT_TRUE(document.paragraphs[32].right_aligned);  // style 落款
  EXPECT_TRUE(document.paragraphs[33].right_aligned);  // direct w:jc end
  const std::string text = all_text(document);
  for (const char* absent : {"页眉文字", "脚注内容", "批注内容", "删除的文字", "NUMPAGES"}) {
    EXPECT_EQ(text.find(absent), std::string::npos) << absent;
  }
}

TEST(LongDocx, ThirtyPagesReadCompletely) {
  // long.docx: 36 sections of headings, text, a list and a table (30 pages in LibreOffice), and
  // the empty paragraph LibreOffice adds after a closing table.
  const Document document = read_ok(data_file("long.docx"));
  ASSERT_EQ(document.paragraphs.size(), 829u);
  std::vector<std::string> level1;
  for (const Paragraph& paragraph : document.paragraphs) {
    if (paragraph.outline_level == 1) level1.push_back(paragraph.list_label);
  }
  ASSERT_EQ(level1.size(), 36u);
  EXPECT_EQ(level1.front(), "一、");
  EXPECT_EQ(level1[10], "十一、");
  EXPECT_EQ(level1.back(), "三十六、");
  EXPECT_EQ(document.paragraphs[1].list_label, "（一）");
  EXPECT_EQ(document.paragraphs[2].list_label, "1.");
  EXPECT_EQ(document.paragraphs[4].list_label, "（1）");
}

}  // namespace
}  // namespace chengbao
