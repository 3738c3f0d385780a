// 版式 as template data (<layout>) and the format.* rules on the formatting a reader found.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "check.hpp"
#include "format_fix.hpp"
#include "report_template.hpp"
#include "report_text.hpp"
#include "template_layout.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

using test::report_from_text;
using test::value_of;

std::string template_with(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"             // 1
         "<template format=\"1\" id=\"t\">\n"                       // 2
         "  <name>测试</name>\n"                                    // 3
         "  <numbering>\n"                                          // 4
         "    <level n=\"1\" format=\"chinese\" suffix=\"、\"/>\n"  // 5
         "  </numbering>\n"                                         // 6
         "  <title>关于{{topic}}的报告</title>\n"                   // 7
         + body +                                                   // 8…
         "  <signature>{{org_name}}</signature>\n"
         "  <date>{{date}}</date>\n"
         "</template>\n";
}

LoadError error_of(const std::string& xml) { return test::error_of(parse_template(xml, "t.xml")); }

// A GB/T 9704 report: title, addressee, a heading, body, closing, signature, date.
constexpr const char* kReport =
    "@c关于2026年第三季度工作情况的报告\n"
    "市分行：\n"
    "@h1[一、]基本情况\n"
    "今年以来，我行认真贯彻落实上级各项决策部署，扎实推进各项工作。\n"
    "全年各项业务平稳运行，风险总体可控。\n"
    "特此报告。\n"
    "@r东湖银行股份有限公司滨江支行\n"
    "@r2026年11月20日\n";

// Formats every paragraph as GB/T 9704 wants it and gives the page its A4 22-line grid.
Document formatted_report() {
  Document document = report_from_text(kReport);
  for (Paragraph& paragraph : document.paragraphs) {
    ParagraphFormat& format = paragraph.format;
    format.east_asian_font = "仿宋_GB2312";
    format.western_font = "Times New Roman";
    format.size = 16;
    format.bold = false;
    format.first_line_indent = 32;
    format.line_rule = ParagraphFormat::LineRule::Exact;
    format.line_value = 28.9;
  }
  ParagraphFormat& title = document.paragraphs[0].format;
  title.east_asian_font = "方正小标宋简体";
  title.size = 22;
  title.first_line_indent = 0;
  document.paragraphs[1].format.first_line_indent = 0;
  document.paragraphs[2].format.east_asian_font = "黑体";
  for (int i : {6, 7})
    document.paragraphs[static_cast<std::size_t>(i)].format.first_line_indent = 0;
  PageFormat page;
  page.width = 210;
  page.height = 297;
  page.margin_top = 37;
  page.margin_bottom = 35;
  page.margin_left = 28;
  page.margin_right = 26;
  page.grid_lines = 22;
  page.page_number_text = "— # —";
  page.page_number_align_odd = 'r';
  page.page_number_align_even = 'l';
  document.page = page;
  return document;
}

const ReportTemplate& gbt_template() {
  static const ReportTemplate tmpl =
      value_of(parse_template(template_with("  <layout standard=\"gbt9704\"/>\n"), "t.xml"));
  return tmpl;
}

std::vector<Finding> format_findings(const Document& document,
                                     const ReportTemplate& tmpl = gbt_template(),
                                     Language language = Language::ZhCN) {
  CheckOptions options;
  options.report_template = &tmpl;
  options.language = language;
  std::vector<Finding> found;
  for (const Finding& finding : check_document(document, options).findings) {
    if (finding.rule.rfind("format.", 0) == 0) found.push_back(finding);
  }
  return found;
}

std::string rules_of(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& finding : findings) out += (out.empty() ? "" : " ") + finding.rule;
  return out;
}

// --- the template format -------------------------------------------------------------------

TEST(TemplateLayoutTest, TheStandardGivesGbt9704PageAndElements) {
  const LayoutSpec& layout = gbt_template().layout;
  ASSERT_TRUE(layout.page.has_value());
  EXPECT_DOUBLE_EQ(layout.page->margin_top, 37);
  EXPECT_DOUBLE_EQ(layout.page->margin_bottom, 35);
  EXPECT_DOUBLE_EQ(layout.page->margin_left, 28);
  EXPECT_DOUBLE_EQ(layout.page->margin_right, 26);
  EXPECT_EQ(layout.page->lines, 22);
  EXPECT_EQ(layout.page->chars, 28);
  EXPECT_NEAR(layout.page->line_pitch(), 28.99, 0.01);  // 225 mm in 22 lines
  EXPECT_EQ(layout.page->page_number, "— # —");
  EXPECT_EQ(layout.style(LayoutElement::Title)->size, 22);
  EXPECT_EQ(layout.style(LayoutElement::Body)->size, 16);
  EXPECT_EQ(layout.style(LayoutElement::Body)->indent, 2);
  EXPECT_EQ(layout.style(LayoutElement::Heading1)->fonts.front(), "黑体");
  EXPECT_EQ(layout.style(LayoutElement::Heading2)->fonts.front(), "楷体_GB2312");
  EXPECT_FALSE(layout.style(LayoutElement::Heading3)->bold.has_value());
}

TEST(TemplateLayoutTest, StylesOverrideTheStandardAttributeByAttribute) {
  const ReportTemplate tmpl = value_of(parse_template(
      template_with("  <layout standard=\"gbt9704\">\n"
                    "    <page margin-top=\"3.5cm\" lines=\"23\"/>\n"
                    "    <style element=\"heading-3\" bold=\"true\"/>\n"
                    "    <style element=\"body\" size=\"小三\" font=\"仿宋, FangSong\"/>\n"
                    "  </layout>\n"),
      "t.xml"));
  const LayoutSpec& layout = tmpl.layout;
  EXPECT_DOUBLE_EQ(layout.page->margin_top, 35);
  EXPECT_DOUBLE_EQ(layout.page->margin_bottom, 35);
  EXPECT_EQ(layout.page->lines, 23);
  EXPECT_EQ(layout.style(LayoutElement::Heading3)->bold, true);
  EXPECT_EQ(layout.style(LayoutElement::Heading3)->fonts.front(), "仿宋_GB2312");
  EXPECT_EQ(layout.style(LayoutElement::Body)->size, 15);
  EXPECT_EQ(layout.style(LayoutElement::Body)->fonts,
            (std::vector<std::string>{"仿宋", "FangSong"}));
  EXPECT_EQ(layout.style(LayoutElement::Body)->indent, 2);
}

TEST(TemplateLayoutTest, PageSetupIsTheStandardLayout) {
  const ReportTemplate tmpl =
      value_of(parse_template(template_with("  <page-setup standard=\"gbt9704\"/>\n"), "t.xml"));
  EXPECT_EQ(tmpl.layout.standard, "gbt9704");
  EXPECT_EQ(tmpl.layout.style(LayoutElement::Title)->size, 22);
}

TEST(TemplateLayoutTest, MistakesNameTheLineAndTheFix) {
  EXPECT_EQ(error_of(template_with("  <layout><style element=\"body\" size=\"大三\"/></layout>\n"))
                .to_string(),
            "t.xml:8: <style element=\"body\"> has size=\"大三\" (use pt, as in 16pt, or a 号 "
            "name, as in 三号)");
  EXPECT_EQ(error_of(template_with("  <layout><style element=\"footer\"/></layout>\n")).line, 8);
  EXPECT_EQ(error_of(template_with("  <layout>\n    <page margin-top=\"37\"/>\n  </layout>\n"))
                .to_string(),
            "t.xml:9: <page> has margin-top=\"37\" (a length, as in 37mm)");
  EXPECT_EQ(error_of(template_with("  <layout><style element=\"body\" size=\"16pt\"/>"
                                   "<style element=\"body\" bold=\"true\"/></layout>\n"))
                .message,
            "<style element=\"body\"> is given more than once (first on line 8)");
  EXPECT_EQ(error_of(template_with("  <layout standard=\"word\"/>\n")).message,
            "<layout> has standard=\"word\" (use gbt9704)");
}

TEST(TemplateLayoutTest, SizesInHaoAndPoints) {
  EXPECT_EQ(parse_font_size("三号"), 16);
  EXPECT_EQ(parse_font_size("小四"), 12);
  EXPECT_EQ(parse_font_size("五号"), 10.5);
  EXPECT_EQ(parse_font_size("10.5pt"), 10.5);
  EXPECT_EQ(parse_font_size("16"), 16);
  EXPECT_FALSE(parse_font_size("16px").has_value());
  EXPECT_FALSE(parse_font_size("0pt").has_value());
  EXPECT_EQ(describe_size(16, true), "三号（16磅）");
  EXPECT_EQ(describe_size(13, true), "13磅");
  EXPECT_EQ(describe_size(10.5, false), "10.5 pt (五号)");
  EXPECT_NEAR(*parse_length_mm("3.7cm"), 37, 1e-9);
  EXPECT_NEAR(*parse_length_mm("1in"), 25.4, 1e-9);
}

TEST(TemplateLayoutTest, TypefaceNamesInTheirManySpellings) {
  const std::vector<std::string> fang = {"仿宋_GB2312"};
  for (const char* name :
       {"仿宋", "仿宋_GB2312", "FangSong", "FangSong_GB2312", "STFangsong", "fangsong gb2312"}) {
    EXPECT_TRUE(font_matches(name, fang)) << name;
  }
  EXPECT_FALSE(font_matches("宋体", fang));
  EXPECT_FALSE(font_matches("等线", fang));
  EXPECT_TRUE(font_matches("FZXiaoBiaoSong-B05S", {"方正小标宋简体"}));
  EXPECT_TRUE(font_matches("SimHei", {"黑体"}));
  EXPECT_FALSE(font_matches("SimHei", {"楷体"}));
  // An office font list names the face it shows first.
  EXPECT_TRUE(font_matches("仿宋;FangSong;Noto Serif CJK SC", fang));
  EXPECT_FALSE(font_matches("Noto Serif CJK SC;仿宋", fang));
}

TEST(TemplateLayoutTest, OfficeFontListsEndInANotoFaceOfTheRightKind) {
  const LayoutSpec mainland = gbt9704_layout(false);
  EXPECT_EQ(office_east_asian_fonts(*mainland.style(LayoutElement::Body)),
            "仿宋_GB2312;仿宋;FangSong;STFangsong;Noto Serif CJK SC");
  EXPECT_EQ(office_east_asian_fonts(*mainland.style(LayoutElement::Heading1)),
            "黑体;SimHei;STHeiti;Noto Sans CJK SC");
  EXPECT_EQ(office_western_fonts(*mainland.style(LayoutElement::Body)), "Times New Roman");
  // A Traditional report made from a mainland template takes the Traditional faces.
  const LayoutSpec traditional = with_traditional_fonts(mainland);
  EXPECT_EQ(office_east_asian_fonts(*traditional.style(LayoutElement::Body)),
            "標楷體;DFKai-SB;TW-Kai;Noto Serif CJK TC");
  EXPECT_EQ(office_east_asian_fonts(*traditional.style(LayoutElement::Heading1)),
            "微軟正黑體;Microsoft JhengHei;Noto Sans CJK TC");
  EXPECT_EQ(office_east_asian_fonts(ElementStyle{}), "");
}

TEST(TemplateLayoutTest, MissingFontsNameWhatTheOfficeShowsInstead) {
  const LayoutSpec mainland = gbt9704_layout(false);
  // A machine with the Noto CJK faces only (as a fresh Debian with fonts-noto-cjk):
  const auto noto = [](const std::string& name) { return name.rfind("Noto ", 0) == 0; };
  const std::vector<FontStandIn> missing = missing_fonts(mainland, noto);
  std::vector<std::string> told;
  for (const FontStandIn& font : missing) told.push_back(font.wanted + " > " + font.shown);
  EXPECT_EQ(told, (std::vector<std::string>{
                      "方正小标宋简体 > Noto Serif CJK SC", "仿宋_GB2312 > Noto Serif CJK SC",
                      "黑体 > Noto Sans CJK SC", "楷体_GB2312 > Noto Serif CJK SC",
                      "宋体 > Noto Serif CJK SC"}));
  // Any accepted name installed is enough: FangSong for the 仿宋 elements, SimHei for 黑体.
  const auto windows = [&](const std::string& name) {
    return noto(name) || name == "FangSong" || name == "SimHei";
  };
  told.clear();
  for (const FontStandIn& font : missing_fonts(mainland, windows)) told.push_back(font.wanted);
  EXPECT_EQ(told, (std::vector<std::string>{"方正小标宋简体", "楷体_GB2312", "宋体"}));
  // Nothing installed: nothing known to stand in; every face installed: nothing to tell.
  const std::vector<FontStandIn> bare =
      missing_fonts(mainland, [](const std::string&) { return false; });
  ASSERT_FALSE(bare.empty());
  EXPECT_EQ(bare.front().shown, "");
  EXPECT_TRUE(missing_fonts(mainland, [](const std::string&) { return true; }).empty());
  EXPECT_TRUE(missing_fonts(LayoutSpec{}, noto).empty());
}

// --- the rules -----------------------------------------------------------------------------

TEST(FormatRulesTest, AReportInTheStandardsLookHasNoFinding) {
  EXPECT_EQ(rules_of(format_findings(formatted_report())), "");
}

TEST(FormatRulesTest, NothingIsJudgedWithoutATemplateLayoutOrWithoutKnownValues) {
  Document document = formatted_report();
  for (Paragraph& paragraph : document.paragraphs) paragraph.format.size = 12;
  EXPECT_EQ(rules_of(format_findings(document, ReportTemplate{})), "");
  CheckOptions none;
  for (const Finding& finding : check_document(document, none).findings) {
    EXPECT_NE(finding.rule.rfind("format.", 0), 0u) << finding.rule;
  }
  // A reader that knows nothing of the look (unset values) gives no finding either.
  Document plain = report_from_text(kReport);
  EXPECT_EQ(rules_of(format_findings(plain)), "");
}

TEST(FormatRulesTest, ManyParagraphsWithOneDefectMakeOneFinding) {
  Document document = formatted_report();
  for (int i : {3, 4}) document.paragraphs[static_cast<std::size_t>(i)].format.size = 12;
  const std::vector<Finding> found = format_findings(document);
  ASSERT_EQ(rules_of(found), "format.size");
  EXPECT_EQ(found[0].paragraph, 3);
  EXPECT_EQ(found[0].severity, Severity::Warning);
  EXPECT_EQ(found[0].message, "正文字号应为三号（16磅），实为小四（12磅）（共2段，首见于此）");
  EXPECT_EQ(format_findings(document, gbt_template(), Language::ZhTW)[0].message,
            "正文字級應為三號（16點），實為小四（12點）（共2段，首見於此）");
  EXPECT_EQ(format_findings(document, gbt_template(), Language::En)[0].message,
            "The body should be 16 pt (三号), not 12 pt (小四) (2 paragraphs, the first here)");
}

TEST(FormatRulesTest, SizeToleranceIsHalfAPoint) {
  Document document = formatted_report();
  document.paragraphs[3].format.size = 16.5;
  EXPECT_EQ(rules_of(format_findings(document)), "");
  document.paragraphs[3].format.size = 16.6;
  EXPECT_EQ(rules_of(format_findings(document)), "format.size");
  document.paragraphs[3].format.size = 15.4;
  EXPECT_EQ(rules_of(format_findings(document)), "format.size");
}

TEST(FormatRulesTest, TypefacesAreComparedByFamilyNotSpelling) {
  Document document = formatted_report();
  document.paragraphs[3].format.east_asian_font = "FangSong";
  document.paragraphs[2].format.east_asian_font = "SimHei";
  EXPECT_EQ(rules_of(format_findings(document)), "");
  document.paragraphs[3].format.east_asian_font = "宋体";
  const std::vector<Finding> found = format_findings(document);
  ASSERT_EQ(rules_of(found), "format.font");
  EXPECT_EQ(found[0].message, "正文字体应为仿宋_GB2312，实为宋体");
  document.paragraphs[3].format.east_asian_font = "FangSong";
  document.paragraphs[2].format.east_asian_font = "仿宋_GB2312";
  EXPECT_EQ(format_findings(document).at(0).message, "一级标题字体应为黑体，实为仿宋_GB2312");
}

TEST(FormatRulesTest, ARunOnHeadingIsNotJudgedByItsBodyTextsTypeface) {
  Document document = report_from_text(
      "@c关于2026年第三季度工作情况的报告\n"
      "市分行：\n"
      "一、基本情况。今年以来，我行认真贯彻落实上级各项决策部署，扎实推进各项工作。\n"
      "特此报告。\n"
      "@r东湖银行股份有限公司滨江支行\n"
      "@r2026年11月20日\n");
  for (Paragraph& paragraph : document.paragraphs) {
    paragraph.format.east_asian_font = "仿宋_GB2312";
    paragraph.format.bold = false;
  }
  document.paragraphs[0].format.east_asian_font = "方正小标宋简体";
  EXPECT_EQ(rules_of(format_findings(document)), "");
  // Set wholly in the body's face, a heading alone on its line is one to fix.
  document.paragraphs[2].text = "一、基本情况";
  EXPECT_EQ(rules_of(format_findings(document)), "format.font");
}

TEST(FormatRulesTest, WeightAndAlignment) {
  Document document = formatted_report();
  document.paragraphs[3].format.bold = true;
  document.paragraphs[0].centered = false;
  document.paragraphs[7].right_aligned = false;
  const std::vector<Finding> found = format_findings(document);
  EXPECT_EQ(rules_of(found), "format.align format.weight format.align");
  EXPECT_EQ(found[0].message, "标题应居中，实为左对齐");
  EXPECT_EQ(found[1].message, "正文不应加粗");
}

TEST(FormatRulesTest, IndentCountsTypedIdeographicSpacesWithinAMillimetre) {
  Document document = formatted_report();
  // Two ideographic spaces typed, no paragraph indent: two characters.
  document.paragraphs[3].text = "\u3000\u3000" + document.paragraphs[3].text;
  document.paragraphs[3].format.first_line_indent = 0;
  // Word's 2 characters given in hundredths.
  document.paragraphs[4].format.first_line_indent_chars = 200;
  document.paragraphs[4].format.first_line_indent = 0;
  EXPECT_EQ(rules_of(format_findings(document)), "");
  document.paragraphs[5].format.first_line_indent = 32 + 2.8;  // 0.99 mm more
  EXPECT_EQ(rules_of(format_findings(document)), "");
  document.paragraphs[5].format.first_line_indent = 32 + 2.9;  // 1.02 mm more
  EXPECT_EQ(rules_of(format_findings(document)), "format.indent");
  document.paragraphs[5].format.first_line_indent = 0;
  EXPECT_EQ(format_findings(document).at(0).message, "结束语首行应缩进2字，实为0字");
}

TEST(FormatRulesTest, LineSpacingIsAFixedPitchOrTheLineGrid) {
  Document document = formatted_report();
  for (double pitch : {28.0, 30.0, 27.5}) {
    document.paragraphs[3].format.line_value = pitch;
    EXPECT_EQ(rules_of(format_findings(document)), "") << pitch;
  }
  document.paragraphs[3].format.line_value = 31;
  const std::vector<Finding> found = format_findings(document);
  ASSERT_EQ(rules_of(found), "format.spacing");
  EXPECT_EQ(found[0].message, "正文行距应为固定值28～30磅，实为固定值31磅");
  // Single spacing is right on a 22-line grid, wrong without one.
  document.paragraphs[3].format.line_rule = ParagraphFormat::LineRule::Proportional;
  document.paragraphs[3].format.line_value = 100;
  EXPECT_EQ(rules_of(format_findings(document)), "");
  document.paragraphs[3].format.snap_to_grid = false;
  EXPECT_EQ(rules_of(format_findings(document)), "format.spacing");
  document.paragraphs[3].format.snap_to_grid = true;
  document.page->grid_lines = 0;
  EXPECT_EQ(format_findings(document).at(0).message, "正文行距应为固定值28～30磅，实为1倍行距");
}

TEST(FormatRulesTest, PageMarginsWithinAMillimetre) {
  Document document = formatted_report();
  document.page->margin_top = 36.1;
  document.page->margin_left = 28.9;
  EXPECT_EQ(rules_of(format_findings(document)), "");
  document.page->margin_top = 25.4;
  document.page->margin_left = 31.75;
  const std::vector<Finding> found = format_findings(document);
  ASSERT_EQ(rules_of(found), "format.page");
  EXPECT_EQ(
      found[0].message,
      "页面设置与版式不符：上边距应为37毫米（实为25.4毫米）；左边距应为28毫米（实为31.8毫米）");
}

TEST(FormatRulesTest, PageNumberFormAndPlace) {
  Document document = formatted_report();
  document.page->page_number_text = "-#-";
  EXPECT_EQ(rules_of(format_findings(document)), "");
  document.page->page_number_text = "第#页";
  EXPECT_EQ(format_findings(document).at(0).message, "页码应为“— 1 —”，实为“第1页”");
  document.page->page_number_text = "";
  EXPECT_EQ(format_findings(document).at(0).message, "页脚缺少页码：应为“— 1 —”");
  document.page->page_number_text = "— # —";
  document.page->page_number_align_odd = 'c';
  document.page->page_number_align_even = 'c';
  EXPECT_EQ(format_findings(document).at(0).message, "页码应单页居右、双页居左");
}

TEST(FormatRulesTest, WhatRealDocumentsDoRightIsNotReported) {
  Document document = formatted_report();
  // A signature placed over a seal by typed spaces, on a left-aligned line,
  document.paragraphs[6].right_aligned = false;
  document.paragraphs[6].text = "        " + document.paragraphs[6].text;
  // a date indented far in,
  document.paragraphs[7].right_aligned = false;
  document.paragraphs[7].format.first_line_indent_chars = 1500;
  // a paper size the file leaves out (a docx sectPr without w:pgSz),
  document.page->width = 0;
  document.page->height = 0;
  EXPECT_EQ(rules_of(format_findings(document)), "");
  // but a signature at the left is still one to fix.
  document.paragraphs[6].text = "东湖银行股份有限公司滨江支行";
  EXPECT_EQ(rules_of(format_findings(document)), "format.align");
}

TEST(FormatRulesTest, RegulationArticlesAndSentenceItemsAreNotJudgedAsHeadingFaces) {
  Document document = report_from_text(
      "@c关于印发资金管理办法的通知\n"
      "各支行：\n"
      "第一条 为规范专项资金管理，制定本办法。\n"
      "（一）更新台式电脑20台，预计费用约20万元。\n"
      "特此通知。\n"
      "@r东湖银行股份有限公司滨江支行\n"
      "@r2026年11月20日\n");
  for (Paragraph& paragraph : document.paragraphs) paragraph.format.east_asian_font = "仿宋_GB2312";
  document.paragraphs[0].format.east_asian_font = "方正小标宋简体";
  EXPECT_EQ(rules_of(format_findings(document)), "");
}

TEST(FormatRulesTest, ATemplateCanSwitchAFormatRuleOff) {
  const ReportTemplate tmpl = value_of(parse_template(
      template_with("  <layout standard=\"gbt9704\"/>\n"
                    "  <checker><rule id=\"format.size\" enabled=\"false\"/></checker>\n"),
      "t.xml"));
  Document document = formatted_report();
  document.paragraphs[3].format.size = 12;
  document.paragraphs[3].format.bold = true;
  EXPECT_EQ(rules_of(format_findings(document, tmpl)), "format.weight");
}

}  // namespace
}  // namespace chengbao

namespace chengbao {
namespace {

FormatPlan plan_for(const Document& document, const FixSelection& selection,
                    const ReportTemplate& tmpl = gbt_template()) {
  CheckOptions options;
  options.report_template = &tmpl;
  return plan_format_fixes(document, options, selection);
}

TEST(FormatFixTest, AFindingStandsForEveryParagraphWithItsDefect) {
  Document document = formatted_report();
  for (int i : {3, 4}) document.paragraphs[static_cast<std::size_t>(i)].format.size = 12;
  document.paragraphs[0].format.size = 18;
  FixSelection size;
  size.rule = "format.size";
  const FormatPlan plan = plan_for(document, size);
  ASSERT_EQ(plan.paragraphs.size(), 3u);
  EXPECT_EQ(plan.paragraphs[0].paragraph, 0);
  EXPECT_EQ(plan.paragraphs[0].style.size, 22);
  EXPECT_EQ(plan.paragraphs[1].paragraph, 3);
  EXPECT_EQ(plan.paragraphs[2].paragraph, 4);
  EXPECT_EQ(plan.paragraphs[2].style.size, 16);
  EXPECT_FALSE(plan.page);
  // The finding at paragraph 3 (the Fix button of the body's finding) fixes the body only.
  FixSelection one;
  one.paragraph = 3;
  one.offset = 0;
  EXPECT_EQ(plan_for(document, one).paragraphs.size(), 2u);
  // Text fixes are not format fixes.
  FixSelection text;
  text.rule = "punct.halfwidth";
  EXPECT_TRUE(plan_for(document, text).paragraphs.empty());
}

TEST(FormatFixTest, TheIndentToSetLeavesTypedSpacesInPlace) {
  Document document = formatted_report();
  // One ideographic space typed and no indent: the fix indents by one more character.
  document.paragraphs[3].text = "\u3000" + document.paragraphs[3].text;
  document.paragraphs[3].format.first_line_indent = 0;
  document.paragraphs[4].format.line_value = 36;
  const FormatPlan plan = plan_for(document, FixSelection{});
  ASSERT_EQ(plan.paragraphs.size(), 2u);
  EXPECT_EQ(plan.paragraphs[0].rule, "format.indent");
  EXPECT_DOUBLE_EQ(plan.paragraphs[0].value, 16);
  EXPECT_EQ(plan.paragraphs[1].rule, "format.spacing");
  EXPECT_NEAR(plan.paragraphs[1].value, 28.99, 0.01);
}

TEST(FormatFixTest, ThePageIsPlannedWhenItsMarginsOrNumberAreOff) {
  Document document = formatted_report();
  document.page->margin_left = 31.75;
  document.page->page_number_text.clear();
  FormatPlan plan = plan_for(document, FixSelection{});
  EXPECT_TRUE(plan.page);
  EXPECT_TRUE(plan.page_number);
  const ReportTemplate off = value_of(parse_template(
      template_with("  <layout standard=\"gbt9704\"/>\n"
                    "  <checker><rule id=\"format.page\" enabled=\"false\"/></checker>\n"),
      "t.xml"));
  plan = plan_for(document, FixSelection{}, off);
  EXPECT_FALSE(plan.page);
  EXPECT_TRUE(plan.page_number);
}

}  // namespace
}  // namespace chengbao
