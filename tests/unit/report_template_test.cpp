// Tests of report_template.hpp: the shipped template, template validation and heading labels.
#include "report_template.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace chengbao {
namespace {

using test::data_file;
using test::error_of;
using test::value_of;

// A valid template whose line 9 onwards is `body`; tests break one thing at a time in it.
std::string template_with(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                           // 1
         "<template format=\"1\" id=\"t\">\n"                                     // 2
         "  <name>测试</name>\n"                                                  // 3
         "  <numbering>\n"                                                        // 4
         "    <level n=\"1\" format=\"chinese\" suffix=\"、\"/>\n"                // 5
         "    <level n=\"2\" format=\"chinese\" prefix=\"（\" suffix=\"）\"/>\n"  // 6
         "  </numbering>\n"                                                       // 7
         "  <title>关于{{topic}}的报告</title>\n"                                 // 8
         + body +
         "  <signature>{{org_name}}</signature>\n"
         "  <date>{{date}}</date>\n"
         "</template>\n";
}

LoadError parse_error(const std::string& xml) { return error_of(parse_template(xml, "t.xml")); }

TEST(ReportTemplateTest, ShippedWorkReportHasTheStandardShape) {
  const ReportTemplate tmpl = value_of(load_template(test::template_dir() + "/work-report.xml"));
  EXPECT_EQ(tmpl.id, "work-report");
  EXPECT_EQ(tmpl.name, "工作情况报告");
  EXPECT_EQ(tmpl.script, "zh-Hans");
  EXPECT_EQ(tmpl.title, "关于{{topic}}工作开展情况的报告");
  EXPECT_EQ(tmpl.default_topic, "【工作事项】");
  EXPECT_EQ(tmpl.addressee, "{{superior_body}}：");
  ASSERT_EQ(tmpl.opening.size(), 1u);
  const std::string ending = "现将有关情况报告如下：";
  EXPECT_EQ(tmpl.opening[0].substr(tmpl.opening[0].size() - ending.size()), ending);
  EXPECT_NE(tmpl.opening[0].find("【"), std::string::npos);
  EXPECT_EQ(tmpl.closing, std::vector<std::string>{"特此报告。"});
  EXPECT_EQ(tmpl.signature, "{{org_name}}");
  EXPECT_EQ(tmpl.date, "{{date}}");
}

TEST(ReportTemplateTest, ShippedWorkReportNumbersHeadingsTheGbtWay) {
  const ReportTemplate tmpl = value_of(load_template(test::template_dir() + "/work-report.xml"));
  ASSERT_EQ(tmpl.numbering.size(), 4u);
  EXPECT_EQ(format_label(tmpl.numbering[0], 2), "二、");
  EXPECT_EQ(format_label(tmpl.numbering[1], 3), "（三）");
  EXPECT_EQ(format_label(tmpl.numbering[2], 1), "1.");
  EXPECT_EQ(format_label(tmpl.numbering[3], 2), "（2）");
  for (int i = 0; i < 4; ++i) EXPECT_EQ(tmpl.numbering[i].level, i + 1);
  EXPECT_EQ(tmpl.numbering[1].prefix, "（");
  EXPECT_EQ(tmpl.numbering[1].suffix, "）");
  EXPECT_EQ(tmpl.numbering[2].format, CounterFormat::Arabic);
}

TEST(ReportTemplateTest, ShippedWorkReportHasThreeRequiredSectionsInOrder) {
  const ReportTemplate tmpl = value_of(load_template(test::template_dir() + "/work-report.xml"));
  ASSERT_EQ(tmpl.sections.size(), 3u);
  EXPECT_EQ(tmpl.sections[0].heading, "基本情况");
  EXPECT_EQ(tmpl.sections[1].heading, "存在的问题");
  EXPECT_EQ(tmpl.sections[2].heading, "下一步工作打算");
  EXPECT_EQ(tmpl.sections[0].id, "basic");
  EXPECT_EQ(tmpl.sections[1].id, "problems");
  EXPECT_EQ(tmpl.sections[2].id, "next-steps");
  EXPECT_EQ(tmpl.sections[0].aliases,
            (std::vector<std::string>{"工作开展情况", "主要做法", "工作情况"}));
  EXPECT_EQ(tmpl.sections[1].aliases,
            (std::vector<std::string>{"存在问题", "问题与不足", "存在的不足"}));
  EXPECT_EQ(tmpl.sections[2].aliases,
            (std::vector<std::string>{"今后工作设想", "下一步工作计划", "下一步工作安排"}));
  EXPECT_EQ(tmpl.sections[0].children.size(), 3u);
  EXPECT_EQ(tmpl.sections[1].children.size(), 2u);
  EXPECT_EQ(tmpl.sections[2].children.size(), 3u);
  EXPECT_EQ(tmpl.sections[0].children[0].heading, "组织领导");
  EXPECT_EQ(tmpl.sections[0].children[1].heading, "主要措施");
  EXPECT_EQ(tmpl.sections[0].children[2].heading, "取得的成效");
  for (const Section& section : tmpl.sections) {
    EXPECT_TRUE(section.required) << section.id;
    EXPECT_EQ(section.level, 1) << section.id;
    EXPECT_GT(section.line, 0) << section.id;
    for (const Section& child : section.children) {
      EXPECT_EQ(child.level, 2) << child.id;
      EXPECT_FALSE(child.paragraphs.empty()) << child.id << " has no boilerplate";
      for (const std::string& paragraph : child.paragraphs) {
        EXPECT_EQ(paragraph.find('\n'), std::string::npos) << child.id;
      }
    }
  }
}

TEST(ReportTemplateTest, NotWellFormedGivesTheLineOfTheError) {
  const LoadError error = error_of(load_template(data_file("template_not_well_formed.xml")));
  EXPECT_EQ(error.file, data_file("template_not_well_formed.xml"));
  EXPECT_EQ(error.line, 11);
  EXPECT_EQ(error.message, "not well-formed XML: Start-end tags mismatch");
}

TEST(ReportTemplateTest, LevelSkipNamesSectionAndParentLevel) {
  const LoadError error = error_of(load_template(data_file("template_bad_nesting.xml")));
  EXPECT_EQ(error.to_string(),
            data_file("template_bad_nesting.xml") +
                ":12: <section id=\"x\"> has level 3 but its parent has level 1");
}

TEST(ReportTemplateTest, MisspelledAttributeIsNamed) {
  const LoadError error = error_of(load_template(data_file("template_unknown_attribute.xml")));
  EXPECT_EQ(error.line, 8);
  EXPECT_EQ(error.message, "unknown attribute 'requird' on <section>");
}

TEST(ReportTemplateTest, UnknownElementIsNamedWithItsSection) {
  const LoadError error = error_of(load_template(data_file("template_unknown_element.xml")));
  EXPECT_EQ(error.line, 10);
  EXPECT_EQ(error.message, "unknown element <paragraph> in <section id=\"basic\">");
}

TEST(ReportTemplateTest, MissingSignatureIsAnError) {
  const LoadError error = error_of(load_template(data_file("template_missing_signature.xml")));
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.message, "missing <signature> in <template>");
}

TEST(ReportTemplateTest, DoctypeIsRefused) {
  const LoadError error = error_of(load_template(data_file("template_doctype.xml")));
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.message, "DOCTYPE/entities not allowed");
}

TEST(ReportTemplateTest, NonexistentFileCannotBeOpened) {
  const LoadError error = error_of(load_template(data_file("no-such-template.xml")));
  EXPECT_EQ(error.file, data_file("no-such-template.xml"));
  EXPECT_EQ(error.line, 0);
  EXPECT_EQ(error.message, "cannot open: No such file or directory");
}

TEST(ReportTemplateTest, MinimalTemplateLoads) {
  const ReportTemplate tmpl = value_of(parse_template(template_with(""), "t.xml"));
  EXPECT_EQ(tmpl.file, "t.xml");
  EXPECT_EQ(tmpl.script, "zh-Hans");
  EXPECT_TRUE(tmpl.sections.empty());
  EXPECT_TRUE(tmpl.addressee.empty());
  EXPECT_TRUE(tmpl.default_topic.empty());
}

TEST(ReportTemplateTest, SectionsKeepParagraphsAliasesAndNesting) {
  const ReportTemplate tmpl = value_of(parse_template(
      template_with("  <section id=\"a\" level=\"1\" required=\"false\">\n"
                    "    <heading> 基本情况 </heading>\n"
                    "    <alias>工作情况</alias>\n"
                    "    <p>第一段，\n      接着写。</p>\n"
                    "    <section id=\"a-1\" level=\"2\"><heading>组织领导</heading></section>\n"
                    "  </section>\n"),
      "t.xml"));
  ASSERT_EQ(tmpl.sections.size(), 1u);
  const Section& section = tmpl.sections[0];
  EXPECT_EQ(section.heading, "基本情况");
  EXPECT_FALSE(section.required);
  EXPECT_EQ(section.line, 9);
  EXPECT_EQ(section.aliases, std::vector<std::string>{"工作情况"});
  EXPECT_EQ(section.paragraphs, std::vector<std::string>{"第一段，接着写。"});
  ASSERT_EQ(section.children.size(), 1u);
  EXPECT_EQ(section.children[0].id, "a-1");
  EXPECT_EQ(section.children[0].level, 2);
  EXPECT_EQ(section.children[0].line, 14);
}

TEST(ReportTemplateTest, RootMustBeTemplateOfFormatOne) {
  EXPECT_EQ(parse_error("<profile format=\"1\"/>").to_string(),
            "t.xml:1: the root element is <profile>, expected <template>");
  EXPECT_EQ(parse_error("<template format=\"2\" id=\"t\"/>").message,
            "unsupported format \"2\" (this version reads format \"1\")");
  EXPECT_EQ(parse_error("<template id=\"t\"/>").message,
            "<template> has no format attribute (format=\"1\")");
}

TEST(ReportTemplateTest, IdAndScriptAreChecked) {
  EXPECT_EQ(parse_error("<template format=\"1\"/>").message, "<template> has no id attribute");
  EXPECT_EQ(parse_error("<template format=\"1\" id=\"Work Report\"/>").message,
            "template id 'Work Report' may use only a-z, 0-9 and -");
  EXPECT_EQ(parse_error("<template format=\"1\" id=\"t\" script=\"zh-CN\"/>").message,
            "unknown script 'zh-CN' (use zh-Hans, zh-Hant or en)");
}

TEST(ReportTemplateTest, NumberingLevelsMustRunFromOne) {
  std::string xml = template_with("");
  xml.replace(xml.find("n=\"2\""), 5, "n=\"3\"");
  EXPECT_EQ(parse_error(xml).to_string(),
            "t.xml:6: <level n=\"3\"> found where level 2 was expected (levels are 1, 2, 3…)");
}

TEST(ReportTemplateTest, NumberingFormatMustBeChineseOrArabic) {
  std::string xml = template_with("");
  xml.replace(xml.find("format=\"chinese\" prefix"), 16, "format=\"roman\"");
  EXPECT_EQ(parse_error(xml).to_string(),
            "t.xml:6: <level n=\"2\"> has format \"roman\" (use chinese or arabic)");
}

TEST(ReportTemplateTest, AtMostFourNumberingLevels) {
  std::string levels;
  for (int n = 1; n <= 5; ++n) {
    levels += "<level n=\"" + std::to_string(n) + "\" format=\"arabic\"/>";
  }
  EXPECT_EQ(parse_error("<template format=\"1\" id=\"t\"><numbering>" + levels +
                        "</numbering></template>")
                .message,
            "at most 4 numbering levels");
}

TEST(ReportTemplateTest, SectionIdsAreUnique) {
  const LoadError error = parse_error(
      template_with("  <section id=\"a\" level=\"1\"><heading>一</heading></section>\n"
                    "  <section id=\"a\" level=\"1\"><heading>二</heading></section>\n"));
  EXPECT_EQ(error.to_string(), "t.xml:10: section id 'a' is used twice (first on line 9)");
}

TEST(ReportTemplateTest, TopLevelSectionsHaveLevelOne) {
  const LoadError error = parse_error(
      template_with("  <section id=\"a\" level=\"2\"><heading>一</heading></section>\n"));
  EXPECT_EQ(error.to_string(),
            "t.xml:9: <section id=\"a\"> has level 2 but a top-level section has level 1");
}

TEST(ReportTemplateTest, SectionLevelMustHaveNumbering) {
  const LoadError error = parse_error(
      template_with("  <section id=\"a\" level=\"1\"><heading>一</heading>\n"
                    "    <section id=\"b\" level=\"2\"><heading>二</heading>\n"
                    "      <section id=\"c\" level=\"3\"><heading>三</heading></section>\n"
                    "    </section>\n"
                    "  </section>\n"));
  EXPECT_EQ(error.to_string(),
            "t.xml:11: <section id=\"c\"> has level 3 but <numbering> defines only 2 levels");
}

TEST(ReportTemplateTest, SectionAttributesAreChecked) {
  EXPECT_EQ(parse_error(template_with("  <section id=\"a\" level=\"1\" required=\"yes\">"
                                      "<heading>一</heading></section>\n"))
                .message,
            "<section id=\"a\"> has required=\"yes\" (use true or false)");
  EXPECT_EQ(parse_error(template_with("  <section id=\"a\" level=\"one\">"
                                      "<heading>一</heading></section>\n"))
                .message,
            "<section id=\"a\"> has level \"one\" (use a number from 1 to 4)");
  EXPECT_EQ(parse_error(template_with("  <section level=\"1\"><heading>一</heading></section>\n"))
                .message,
            "<section> has no id attribute");
  EXPECT_EQ(
      parse_error(template_with("  <section id=\"a\"><heading>一</heading></section>\n")).message,
      "<section id=\"a\"> has no level attribute");
}

TEST(ReportTemplateTest, SectionNeedsANonEmptyHeading) {
  EXPECT_EQ(parse_error(template_with("  <section id=\"a\" level=\"1\">\n"
                                      "    <p>正文</p>\n"
                                      "  </section>\n"))
                .to_string(),
            "t.xml:9: <section id=\"a\"> has no <heading>");
  EXPECT_EQ(parse_error(template_with("  <section id=\"a\" level=\"1\">\n"
                                      "    <heading>  </heading>\n"
                                      "  </section>\n"))
                .to_string(),
            "t.xml:10: <section id=\"a\"> has an empty <heading>");
}

TEST(ReportTemplateTest, SingleElementsMayNotRepeat) {
  EXPECT_EQ(parse_error(template_with("  <title>又一个标题</title>\n")).to_string(),
            "t.xml:9: <title> is given more than once (first on line 8)");
}

TEST(ReportTemplateTest, RequiredElementsMustBePresent) {
  std::string xml = template_with("");
  xml.erase(xml.find("  <title>"), xml.find("  <signature>") - xml.find("  <title>"));
  EXPECT_EQ(parse_error(xml).to_string(), "t.xml:2: missing <title> in <template>");
  xml = template_with("");
  xml.erase(xml.find("  <date>"), xml.find("</template>") - xml.find("  <date>"));
  EXPECT_EQ(parse_error(xml).to_string(), "t.xml:2: missing <date> in <template>");
  xml = template_with("");
  xml.erase(xml.find("  <numbering>"), xml.find("  <title>") - xml.find("  <numbering>"));
  EXPECT_EQ(parse_error(xml).to_string(), "t.xml:2: missing <numbering> in <template>");
}

TEST(ReportTemplateTest, StrayTextIsReported) {
  EXPECT_EQ(parse_error(template_with("  特此报告。\n")).to_string(),
            "t.xml:9: unexpected text \"特此报告。\" in <template>");
}

TEST(ReportTemplateTest, ChineseNumbersForHeadingCounters) {
  EXPECT_EQ(chinese_number(1), "一");
  EXPECT_EQ(chinese_number(9), "九");
  EXPECT_EQ(chinese_number(10), "十");
  EXPECT_EQ(chinese_number(11), "十一");
  EXPECT_EQ(chinese_number(20), "二十");
  EXPECT_EQ(chinese_number(21), "二十一");
  EXPECT_EQ(chinese_number(99), "九十九");
  // Outside the range of heading labels the value stays readable.
  EXPECT_EQ(chinese_number(0), "0");
  EXPECT_EQ(chinese_number(100), "100");
}

TEST(ReportTemplateTest, FormatLabelJoinsPrefixCounterAndSuffix) {
  EXPECT_EQ(format_label({1, CounterFormat::Chinese, "", "、"}, 3), "三、");
  EXPECT_EQ(format_label({2, CounterFormat::Chinese, "（", "）"}, 12), "（十二）");
  EXPECT_EQ(format_label({3, CounterFormat::Arabic, "", "."}, 10), "10.");
  EXPECT_EQ(format_label({4, CounterFormat::Arabic, "（", "）"}, 1), "（1）");
}

}  // namespace
}  // namespace chengbao
