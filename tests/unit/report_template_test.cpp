// Tests of report_template.hpp: the shipped template, template validation and heading labels.
#include "report_template.hpp"

#include <filesystem>
#include <functional>
#include <set>

#include <gtest/gtest.h>

#include "shipped_templates.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

using test::data_file;
using test::error_of;
using test::TempDir;
using test::template_with;
using test::value_of;

LoadError parse_error(const std::string& xml) { return error_of(parse_template(xml, "t.xml")); }

// `xml` with the first `from` replaced by `to`; the test fails when there is none.
std::string replaced(std::string xml, const std::string& from, const std::string& to) {
  const std::size_t pos = xml.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) xml.replace(pos, from.size(), to);
  return xml;
}

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

// ---- Shipped templates -------------------------------------------------------------------------

ReportTemplate shipped(const std::string& id) {
  return value_of(load_template(test::template_dir() + "/" + id + ".xml"));
}

std::vector<std::string> headings_of(const std::vector<Section>& sections) {
  std::vector<std::string> headings;
  for (const Section& section : sections) headings.push_back(section.heading);
  return headings;
}

void for_each_section(const std::vector<Section>& sections,
                      const std::function<void(const Section&)>& visit) {
  for (const Section& section : sections) {
    visit(section);
    for_each_section(section.children, visit);
  }
}

// Every text of a template that ends up in a report.
std::vector<std::string> texts_of(const ReportTemplate& tmpl) {
  std::vector<std::string> texts = {tmpl.title, tmpl.default_topic, tmpl.addressee, tmpl.signature,
                                    tmpl.date};
  for (const auto* list : {&tmpl.opening, &tmpl.closing, &tmpl.attachment_note}) {
    texts.insert(texts.end(), list->begin(), list->end());
  }
  for_each_section(tmpl.sections, [&](const Section& section) {
    texts.push_back(section.heading);
    for (const Alternative& alternative : section.alternatives) {
      texts.insert(texts.end(), alternative.paragraphs.begin(), alternative.paragraphs.end());
    }
  });
  return texts;
}

TEST(ReportTemplateTest, EveryShippedTemplateLoadsWithItsOwnId) {
  for (const std::string& id : test::shipped_template_ids()) {
    const ReportTemplate tmpl = shipped(id);
    EXPECT_EQ(tmpl.id, id);
    EXPECT_EQ(tmpl.script, id == "status-report" ? "en" : "zh-Hans") << id;
    EXPECT_FALSE(tmpl.name.empty()) << id;
    EXPECT_FALSE(tmpl.description.empty()) << id;
    EXPECT_EQ(tmpl.names.count("en"), 1u) << id << " has no English name";
    EXPECT_EQ(tmpl.names.count("zh-Hant"), 0u)
        << id << ": zh-Hant names are generated from the zh-Hans ones, never written by hand";
    EXPECT_TRUE(tmpl.extends.empty()) << id;
  }
}

TEST(ReportTemplateTest, ShippedTemplatesUseOnlyKnownFieldsAndMarkSpotsToFill) {
  const std::set<std::string> known = {
      "org_name",        "org_short_name", "superior_body", "department", "signatory",
      "signatory_title", "contact",        "phone",         "address",    "document_number",
      "topic",           "date",           "year"};
  for (const std::string& id : test::shipped_template_ids()) {
    const ReportTemplate tmpl = shipped(id);
    int spots = 0;
    for (const std::string& text : texts_of(tmpl)) {
      for (std::size_t pos = text.find("{{"); pos != std::string::npos;
           pos = text.find("{{", pos + 2)) {
        const std::size_t end = text.find("}}", pos);
        ASSERT_NE(end, std::string::npos) << id << ": " << text;
        EXPECT_EQ(known.count(text.substr(pos + 2, end - pos - 2)), 1u) << id << ": " << text;
      }
      // Every 【 is closed before the next one opens, so the checker sees whole spots.
      int depth = 0;
      for (std::size_t pos = 0; pos < text.size(); ++pos) {
        if (text.compare(pos, 3, "【") == 0) {
          EXPECT_EQ(depth++, 0) << id << ": " << text;
          ++spots;
        } else if (text.compare(pos, 3, "】") == 0) {
          EXPECT_EQ(--depth, 0) << id << ": " << text;
        }
      }
      EXPECT_EQ(depth, 0) << id << ": " << text;
    }
    EXPECT_GE(spots, 10) << id << " leaves too few spots for the writer's facts";
  }
}

TEST(ReportTemplateTest, ShippedChineseSectionsOfferTwoBoilerplateAlternatives) {
  for (const std::string& id : test::simplified_template_ids()) {
    for_each_section(shipped(id).sections, [&](const Section& section) {
      if (section.level < 2) return;
      ASSERT_EQ(section.alternatives.size(), 2u) << id << "/" << section.id;
      EXPECT_EQ(section.alternatives[0].id, "a");
      EXPECT_EQ(section.alternatives[1].id, "b");
      EXPECT_EQ(section.paragraphs, section.alternatives[0].paragraphs);
      EXPECT_NE(section.alternatives[0].paragraphs, section.alternatives[1].paragraphs);
    });
  }
}

TEST(ReportTemplateTest, ShippedChineseTemplatesFollowGbt9704) {
  for (const std::string& id : test::simplified_template_ids()) {
    const ReportTemplate tmpl = shipped(id);
    EXPECT_EQ(tmpl.layout.standard, "gbt9704") << id;
    ASSERT_EQ(tmpl.numbering.size(), 4u) << id;
    EXPECT_EQ(format_label(tmpl.numbering, {1}), "一、");
    EXPECT_EQ(format_label(tmpl.numbering, {1, 2}), "（二）");
    EXPECT_EQ(format_label(tmpl.numbering, {1, 2, 3}), "3.");
    EXPECT_EQ(format_label(tmpl.numbering, {1, 2, 3, 4}), "（4）");
    EXPECT_EQ(tmpl.checker.labels.at(3), (std::vector<std::string>{"1.", "1．"})) << id;
    EXPECT_EQ(tmpl.checker.dates,
              (std::vector<DateStyle>{DateStyle::Gbt9704, DateStyle::Chinese, DateStyle::Roc}));
    EXPECT_FALSE(tmpl.date_style) << id << ": the profile decides how Chinese dates are written";
    EXPECT_EQ(tmpl.signature, "{{org_name}}");
    EXPECT_EQ(tmpl.date, "{{date}}");
  }
}

TEST(ReportTemplateTest, ShippedSelfInspectionReportHasItsFiveRequiredSectionsInOrder) {
  const ReportTemplate tmpl = shipped("self-inspection-report");
  EXPECT_EQ(tmpl.name, "自查报告");
  EXPECT_EQ(headings_of(tmpl.sections),
            (std::vector<std::string>{"基本情况", "自查工作开展情况", "发现的问题", "整改措施",
                                      "下一步工作"}));
  for (const Section& section : tmpl.sections) {
    EXPECT_TRUE(section.required) << section.id;
    EXPECT_GE(section.children.size(), 2u) << section.id;
  }
  EXPECT_EQ(tmpl.closing, std::vector<std::string>{"特此报告。"});
  ASSERT_EQ(tmpl.attachment_note.size(), 1u);
  EXPECT_EQ(tmpl.attachment_note[0].rfind("附件：", 0), 0u);
}

TEST(ReportTemplateTest, ShippedSpecialWorkReportCoversConsumerProtection) {
  const ReportTemplate tmpl = shipped("special-work-report");
  EXPECT_EQ(tmpl.name, "专项工作报告");
  EXPECT_EQ(tmpl.default_topic, "消费者权益保护");
  EXPECT_EQ(headings_of(tmpl.sections),
            (std::vector<std::string>{"组织领导与工作机制", "制度建设", "宣传培训", "投诉处理",
                                      "信息保护", "存在的问题", "下一步工作"}));
  EXPECT_FALSE(find_section(tmpl, "privacy")->required);
  EXPECT_TRUE(find_section(tmpl, "complaints")->required);
  EXPECT_EQ(find_section(tmpl, "problems")->aliases,
            (std::vector<std::string>{"存在问题", "问题与不足", "存在的不足"}));
}

TEST(ReportTemplateTest, ShippedAnnualSummaryIsASummaryWithoutClosingOrAddressee) {
  const ReportTemplate tmpl = shipped("annual-summary");
  EXPECT_EQ(tmpl.genre, Genre::Summary);
  EXPECT_STREQ(genre_name(tmpl.genre), "summary");
  EXPECT_EQ(headings_of(tmpl.sections),
            (std::vector<std::string>{"主要工作及成效", "存在的不足", "下一年度工作思路"}));
  EXPECT_TRUE(tmpl.closing.empty());
  EXPECT_TRUE(tmpl.addressee.empty());
  // The checker must not ask a summary for what it never has.
  EXPECT_EQ(tmpl.checker.rules.at("closing.missing").enabled, false);
  EXPECT_EQ(tmpl.checker.rules.at("addressee.missing").enabled, false);
}

TEST(ReportTemplateTest, ShippedStatusReportIsEnglishWithWesternNumbering) {
  const ReportTemplate tmpl = shipped("status-report");
  EXPECT_EQ(tmpl.script, "en");
  EXPECT_EQ(tmpl.name, "Status report");
  EXPECT_EQ(name_for(tmpl, "zh-Hans"), "工作进展报告（英文）");
  EXPECT_EQ(name_for(tmpl, "zh-Hant"), "Status report");
  EXPECT_EQ(headings_of(tmpl.sections),
            (std::vector<std::string>{"Summary", "Progress", "Issues", "Next steps"}));
  ASSERT_EQ(tmpl.numbering.size(), 2u);
  EXPECT_EQ(format_label(tmpl.numbering, {3}), "3. ");
  EXPECT_EQ(format_label(tmpl.numbering, {3, 2}), "3.2 ");
  EXPECT_EQ(tmpl.date_style, DateStyle::Iso);
  EXPECT_EQ(tmpl.checker.dates, std::vector<DateStyle>{DateStyle::Iso});
  // Its own 版式, not GB/T 9704's: 25 mm margins, no line grid, 12 pt text, centred numbers.
  ASSERT_TRUE(tmpl.layout.page.has_value());
  EXPECT_EQ(tmpl.layout.standard, "");
  EXPECT_DOUBLE_EQ(tmpl.layout.page->margin_top, 25);
  EXPECT_EQ(tmpl.layout.page->lines, 0);
  EXPECT_EQ(tmpl.layout.page->page_number_place, PageNumberPlace::Center);
  EXPECT_EQ(tmpl.layout.style(LayoutElement::Body)->size, 12);
  EXPECT_TRUE(tmpl.layout.style(LayoutElement::Body)->fonts.empty());
  EXPECT_TRUE(tmpl.closing.empty());
  EXPECT_EQ(find_section(tmpl, "summary")->alternatives.size(), 2u);
}

TEST(ReportTemplateTest, ShippedHouseTemplateExtendsTheWorkReport) {
  const std::string path = test::template_dir() + "/profiles/house/dhbank-work-report.xml";
  // Its own folder has no work-report: without the built-in folder the parent is not found.
  EXPECT_NE(error_of(load_template(path)).message.find("extends 'work-report', which is not found"),
            std::string::npos);
  const ReportTemplate tmpl =
      value_of(load_template(path, TemplateLoadOptions{{test::template_dir()}}));
  EXPECT_EQ(tmpl.id, "dhbank-work-report");
  EXPECT_EQ(tmpl.extends, "work-report");
  EXPECT_EQ(tmpl.file, path);
  EXPECT_EQ(tmpl.name, "东湖银行工作情况报告");
  EXPECT_EQ(tmpl.names.count("en"), 0u) << "a new name replaces all inherited names";
  EXPECT_EQ(headings_of(tmpl.sections),
            (std::vector<std::string>{"基本情况", "存在的问题", "风险提示", "下一步工作打算"}));
  EXPECT_EQ(find_section(tmpl, "next-steps-supervision"), nullptr);
  EXPECT_EQ(find_section(tmpl, "next-steps")->children.size(), 2u);
  EXPECT_EQ(tmpl.closing, std::vector<std::string>{"特此报告。"});
  EXPECT_EQ(tmpl.layout.standard, "gbt9704");
  EXPECT_EQ(tmpl.checker.dates, std::vector<DateStyle>{DateStyle::Gbt9704});
  EXPECT_EQ(tmpl.checker.rules.at("duplicate.paragraph").severity, Severity::Error);
  EXPECT_EQ(tmpl.checker.labels.at(2), std::vector<std::string>{"（一）"});
}

// ---- Names, descriptions and the other v1 elements --------------------------------------------

TEST(ReportTemplateTest, NamesAndDescriptionsPerLanguage) {
  std::string xml = template_with(
      "  <name xml:lang=\"en\">Test</name>\n"
      "  <description>说明</description>\n"
      "  <description xml:lang=\"en\">About it</description>\n");
  const ReportTemplate tmpl = value_of(parse_template(xml, "t.xml"));
  EXPECT_EQ(tmpl.name, "测试");
  EXPECT_EQ(tmpl.names.at("zh-Hans"), "测试");
  EXPECT_EQ(tmpl.names.at("en"), "Test");
  EXPECT_EQ(tmpl.description, "说明");
  EXPECT_EQ(tmpl.descriptions.at("en"), "About it");
  EXPECT_EQ(name_for(tmpl, "en"), "Test");
  EXPECT_EQ(name_for(tmpl, "zh-Hant"), "测试");
}

TEST(ReportTemplateTest, NameInTheTemplateScriptIsTheDisplayName) {
  const std::string xml =
      replaced(template_with(""), "<name>测试</name>",
               "<name xml:lang=\"en\">Test</name><name xml:lang=\"zh-Hans\">测试</name>");
  EXPECT_EQ(value_of(parse_template(xml, "t.xml")).name, "测试");
}

TEST(ReportTemplateTest, NamesAreCheckedPerLanguage) {
  EXPECT_EQ(parse_error(template_with("  <name xml:lang=\"zh-Hans\">又一个</name>\n")).to_string(),
            "t.xml:9: <name> in zh-Hans is given more than once (first on line 3)");
  EXPECT_EQ(parse_error(template_with("  <name xml:lang=\"zh-CN\">名</name>\n")).to_string(),
            "t.xml:9: <name> has xml:lang=\"zh-CN\" (use zh-Hans, zh-Hant or en)");
  EXPECT_EQ(
      parse_error(template_with("  <description xml:lang=\"en\"> </description>\n")).to_string(),
      "t.xml:9: <description> is empty");
  EXPECT_EQ(parse_error(template_with("  <name lang=\"en\">x</name>\n")).message,
            "unknown attribute 'lang' on <name>");
}

TEST(ReportTemplateTest, GenreDateFormPageSetupAndAttachmentNote) {
  const ReportTemplate tmpl =
      value_of(parse_template(template_with("  <genre>summary</genre>\n"
                                            "  <page-setup standard=\"gbt9704\"/>\n"
                                            "  <attachment-note>附件：1. 清单</attachment-note>\n"
                                            "  <attachment-note>2. 台账</attachment-note>\n"),
                              "t.xml"));
  EXPECT_EQ(tmpl.genre, Genre::Summary);
  EXPECT_EQ(tmpl.layout.standard, "gbt9704");
  EXPECT_EQ(tmpl.attachment_note, (std::vector<std::string>{"附件：1. 清单", "2. 台账"}));
  EXPECT_FALSE(tmpl.date_style);
  const std::string xml = replaced(template_with(""), "<date>", "<date form=\"chinese\">");
  EXPECT_EQ(value_of(parse_template(xml, "t.xml")).date_style, DateStyle::Chinese);
}

TEST(ReportTemplateTest, ARequestCarriesItsGenreAndItsNotesAfterTheDate) {
  const ReportTemplate tmpl = value_of(
      parse_template(template_with("  <genre>request</genre>\n"
                                   "  <closing>妥否，请批示。</closing>\n"
                                   "  <notes>（联系人：【姓名】，电话：【电话号码】）</notes>\n"),
                     "t.xml"));
  EXPECT_EQ(tmpl.genre, Genre::Request);
  EXPECT_STREQ(genre_name(tmpl.genre), "request");
  EXPECT_EQ(tmpl.notes, (std::vector<std::string>{"（联系人：【姓名】，电话：【电话号码】）"}));
  EXPECT_EQ(parse_error(template_with("  <notes/>\n")).to_string(), "t.xml:9: <notes> is empty");
  // The shipped 请示 ends with them, after the date.
  const ReportTemplate shipped = value_of(load_template(test::template_dir() + "/request.xml"));
  EXPECT_EQ(shipped.genre, Genre::Request);
  EXPECT_EQ(shipped.closing, (std::vector<std::string>{"妥否，请批示。"}));
  ASSERT_EQ(shipped.notes.size(), 1u);
}

TEST(ReportTemplateTest, GenreDateFormAndPageSetupAreChecked) {
  EXPECT_EQ(parse_error(template_with("  <genre>memo</genre>\n")).to_string(),
            std::string("t.xml:9: unknown genre 'memo' (use one of ") + genre_names() + ")");
  EXPECT_EQ(parse_error(template_with("  <page-setup standard=\"a4\"/>\n")).to_string(),
            "t.xml:9: <page-setup> has standard=\"a4\" (use gbt9704)");
  EXPECT_EQ(
      parse_error(template_with("  <page-setup standard=\"gbt9704\">A4</page-setup>\n")).message,
      "unexpected text \"A4\" in <page-setup>");
  EXPECT_EQ(parse_error(template_with("  <attachment-note/>\n")).to_string(),
            "t.xml:9: <attachment-note> is empty");
  const std::string xml = replaced(template_with(""), "<date>", "<date form=\"us\">");
  EXPECT_EQ(parse_error(xml).message, "<date> has form=\"us\" (use gbt9704, chinese, roc or iso)");
}

// ---- Boilerplate alternatives ------------------------------------------------------------------

TEST(ReportTemplateTest, AlternativesKeepTheirOrderAndTheFirstIsTheDefault) {
  const ReportTemplate tmpl = value_of(parse_template(
      template_with("  <section id=\"a\" level=\"1\">\n"
                    "    <heading>基本情况</heading>\n"
                    "    <alternative id=\"short\"><p>简。</p></alternative>\n"
                    "    <alternative id=\"long\"><p>详一。</p><p>详二。</p></alternative>\n"
                    "    <alternative id=\"x-3\"><p>另。</p></alternative>\n"
                    "  </section>\n"),
      "t.xml"));
  const Section& section = tmpl.sections.at(0);
  ASSERT_EQ(section.alternatives.size(), 3u);
  EXPECT_EQ(section.alternatives[0].id, "short");
  EXPECT_EQ(section.alternatives[1].id, "long");
  EXPECT_EQ(section.alternatives[1].paragraphs, (std::vector<std::string>{"详一。", "详二。"}));
  EXPECT_EQ(section.paragraphs, std::vector<std::string>{"简。"});
}

TEST(ReportTemplateTest, PlainParagraphsAreOneDefaultAlternative) {
  const ReportTemplate tmpl = value_of(parse_template(
      template_with(
          "  <section id=\"a\" level=\"1\"><heading>甲</heading><p>一。</p><p>二。</p>"
          "</section>\n  <section id=\"b\" level=\"1\"><heading>乙</heading></section>\n"),
      "t.xml"));
  ASSERT_EQ(tmpl.sections[0].alternatives.size(), 1u);
  EXPECT_EQ(tmpl.sections[0].alternatives[0].id, "default");
  EXPECT_EQ(tmpl.sections[0].alternatives[0].paragraphs,
            (std::vector<std::string>{"一。", "二。"}));
  EXPECT_TRUE(tmpl.sections[1].alternatives.empty());
  EXPECT_TRUE(tmpl.sections[1].paragraphs.empty());
}

TEST(ReportTemplateTest, AlternativesAreChecked) {
  const auto section = [](const std::string& body) {
    return template_with("  <section id=\"s\" level=\"1\"><heading>甲</heading>\n" + body +
                         "  </section>\n");
  };
  EXPECT_EQ(parse_error(section("    <p>一。</p>\n    <alternative id=\"a\"><p>二。</p>"
                                "</alternative>\n"))
                .to_string(),
            "t.xml:11: <section id=\"s\"> mixes <p> and <alternative>: put every <p> in an "
            "<alternative>");
  EXPECT_EQ(parse_error(section("    <alternative id=\"a\"><p>二。</p></alternative>\n"
                                "    <p>一。</p>\n"))
                .line,
            11);
  EXPECT_EQ(parse_error(section("    <alternative><p>一。</p></alternative>\n")).message,
            "<alternative> in <section id=\"s\"> has no id attribute");
  EXPECT_EQ(parse_error(section("    <alternative id=\"A\"><p>一。</p></alternative>\n")).message,
            "alternative id 'A' may use only a-z, 0-9 and -");
  EXPECT_EQ(parse_error(section("    <alternative id=\"a\"><p>一。</p></alternative>\n"
                                "    <alternative id=\"a\"><p>二。</p></alternative>\n"))
                .to_string(),
            "t.xml:11: <section id=\"s\"> has two alternatives with the id 'a'");
  EXPECT_EQ(parse_error(section("    <alternative id=\"a\"/>\n")).to_string(),
            "t.xml:10: <alternative id=\"a\"> has no <p>");
  EXPECT_EQ(parse_error(section("    <alternative id=\"a\"><heading>乙</heading></alternative>\n"))
                .message,
            "unknown element <heading> in <alternative id=\"a\">");
}

// ---- Numbering that shows its parents ----------------------------------------------------------

TEST(ReportTemplateTest, LevelsMayShowTheirParentsTheWesternWay) {
  std::string xml = replaced(template_with(""), "format=\"chinese\" prefix=\"（\" suffix=\"）\"",
                             "format=\"arabic\" with-parents=\"true\"");
  xml = replaced(xml, "format=\"chinese\" suffix=\"、\"", "format=\"arabic\" suffix=\".\"");
  const ReportTemplate tmpl = value_of(parse_template(xml, "t.xml"));
  EXPECT_TRUE(tmpl.numbering[1].with_parents);
  EXPECT_EQ(format_label(tmpl.numbering, {2}), "2.");
  EXPECT_EQ(format_label(tmpl.numbering, {2, 5}), "2.5");
  EXPECT_EQ(format_label(tmpl.numbering[1], 5), "5");
  EXPECT_EQ(format_label(tmpl.numbering, {}), "");
  EXPECT_EQ(format_label(tmpl.numbering, {1, 1, 1}), "");
}

TEST(ReportTemplateTest, MixedCounterFormatsShowEachLevelInItsOwnFormat) {
  const std::vector<LevelNumbering> numbering = {{1, CounterFormat::Chinese, "第", "部分", false},
                                                 {2, CounterFormat::Arabic, "", " ", true}};
  EXPECT_EQ(format_label(numbering, {3, 4}), "三.4 ");
}

TEST(ReportTemplateTest, TheFirstLevelHasNoParentsToShow) {
  std::string xml =
      replaced(template_with(""), "suffix=\"、\"", "suffix=\"、\" with-parents=\"true\"");
  EXPECT_EQ(parse_error(xml).to_string(),
            "t.xml:5: <level n=\"1\"> has no upper levels to show (with-parents)");
  xml = replaced(template_with(""), "suffix=\"）\"", "suffix=\"）\" with-parents=\"yes\"");
  EXPECT_EQ(parse_error(xml).message,
            "<level n=\"2\"> has with-parents=\"yes\" (use true or false)");
}

// ---- Checker settings --------------------------------------------------------------------------

TEST(ReportTemplateTest, CheckerSettingsAreRead) {
  const ReportTemplate tmpl = value_of(parse_template(
      template_with("  <checker>\n"
                    "    <rule id=\"punct.halfwidth\" enabled=\"false\"/>\n"
                    "    <rule id=\"duplicate.paragraph\" severity=\"error\"/>\n"
                    "    <rule id=\"char.stray\" enabled=\"true\" severity=\"info\"/>\n"
                    "    <labels level=\"1\" allowed=\"一、\"/>\n"
                    "    <labels level=\"2\" allowed=\" （一）  (一) \"/>\n"
                    "    <dates allowed=\"gbt9704 roc\"/>\n"
                    "  </checker>\n"),
      "t.xml"));
  const CheckerSettings& checker = tmpl.checker;
  ASSERT_EQ(checker.rules.size(), 3u);
  EXPECT_EQ(checker.rules.at("punct.halfwidth").enabled, false);
  EXPECT_FALSE(checker.rules.at("punct.halfwidth").severity);
  EXPECT_EQ(checker.rules.at("duplicate.paragraph").severity, Severity::Error);
  EXPECT_FALSE(checker.rules.at("duplicate.paragraph").enabled);
  EXPECT_EQ(checker.rules.at("char.stray").enabled, true);
  EXPECT_EQ(checker.rules.at("char.stray").severity, Severity::Info);
  EXPECT_EQ(checker.labels.at(2), (std::vector<std::string>{"（一）", "(一)"}));
  EXPECT_EQ(checker.dates, (std::vector<DateStyle>{DateStyle::Gbt9704, DateStyle::Roc}));
}

TEST(ReportTemplateTest, EveryCatalogueRuleIdIsAccepted) {
  ASSERT_EQ(rule_ids().size(), 34u);
  std::string rules;
  for (const std::string& id : rule_ids()) rules += "<rule id=\"" + id + "\" enabled=\"false\"/>";
  const ReportTemplate tmpl =
      value_of(parse_template(template_with("<checker>" + rules + "</checker>\n"), "t.xml"));
  EXPECT_EQ(tmpl.checker.rules.size(), 34u);
}

TEST(ReportTemplateTest, CheckerSettingsAreChecked) {
  const auto checker = [](const std::string& body) {
    return parse_error(template_with("  <checker>\n" + body + "  </checker>\n")).to_string();
  };
  EXPECT_EQ(checker("    <rule id=\"numbering.gaps\" enabled=\"false\"/>\n"),
            "t.xml:10: unknown rule id 'numbering.gaps' (see the rule ids in templates/README.md)");
  EXPECT_EQ(checker("    <rule enabled=\"false\"/>\n"), "t.xml:10: <rule> has no id attribute");
  EXPECT_EQ(checker("    <rule id=\"date.format\" severity=\"fatal\"/>\n"),
            "t.xml:10: <rule id=\"date.format\"> has severity=\"fatal\" (use error, warning or "
            "info)");
  EXPECT_EQ(checker("    <rule id=\"date.format\" enabled=\"no\"/>\n"),
            "t.xml:10: <rule id=\"date.format\"> has enabled=\"no\" (use true or false)");
  EXPECT_EQ(checker("    <rule id=\"date.format\"/>\n"),
            "t.xml:10: <rule id=\"date.format\"> changes nothing: give enabled or severity");
  EXPECT_EQ(checker("    <rule id=\"date.format\" severity=\"info\"/>\n"
                    "    <rule id=\"date.format\" enabled=\"false\"/>\n"),
            "t.xml:11: <rule id=\"date.format\"> is given more than once");
  EXPECT_EQ(checker("    <labels level=\"5\" allowed=\"1.\"/>\n"),
            "t.xml:10: <labels> has level \"5\" (use a number from 1 to 4)");
  EXPECT_EQ(checker("    <labels level=\"1\" allowed=\"  \"/>\n"),
            "t.xml:10: <labels level=\"1\"> has no allowed label forms");
  EXPECT_EQ(checker("    <labels level=\"1\" allowed=\"一、 二、\"/>\n"),
            "t.xml:10: <labels level=\"1\"> allows '二、', which is not a label written with the "
            "counter 1 or 一");
  EXPECT_EQ(checker("    <labels level=\"1\" allowed=\"一、\"/>\n"
                    "    <labels level=\"1\" allowed=\"一、\"/>\n"),
            "t.xml:11: <labels level=\"1\"> is given more than once (first on line 10)");
  EXPECT_EQ(checker("    <dates allowed=\"gbt9704 julian\"/>\n"),
            "t.xml:10: <dates> allows 'julian', which is not a date form (use gbt9704, chinese, "
            "roc or iso)");
  EXPECT_EQ(checker("    <dates allowed=\"roc\"/>\n    <dates allowed=\"roc\"/>\n"),
            "t.xml:11: <dates> is given more than once (first on line 10)");
  EXPECT_EQ(checker("    <severity rule=\"date.format\"/>\n"),
            "t.xml:10: unknown element <severity> in <checker>");
}

TEST(ReportTemplateTest, AllowedLabelsMustIncludeTheTemplatesOwn) {
  // The template's own skeleton would otherwise fail its own check.
  EXPECT_EQ(parse_error(template_with("  <checker>\n"
                                      "    <labels level=\"2\" allowed=\"1. 1、\"/>\n"
                                      "  </checker>\n"))
                .to_string(),
            "t.xml:10: <labels level=\"2\"> does not allow '（一）', the label that <numbering> "
            "makes");
  EXPECT_EQ(parse_error(template_with("  <checker>\n"
                                      "    <labels level=\"3\" allowed=\"1.\"/>\n"
                                      "  </checker>\n"))
                .to_string(),
            "t.xml:10: <labels level=\"3\"> is for a level that <numbering> does not define (it "
            "defines 2)");
}

// ---- Templates that extend another -------------------------------------------------------------

// A parent template "base" in `dir`: two level-1 sections, the first with two sub-sections.
void write_base(const TempDir& dir) {
  dir.write("base.xml", R"(<template format="1" id="base">
  <name xml:lang="zh-Hans">基础</name>
  <name xml:lang="en">Base</name>
  <description>基础模板</description>
  <numbering>
    <level n="1" format="chinese" suffix="、"/>
    <level n="2" format="chinese" prefix="（" suffix="）"/>
  </numbering>
  <title default-topic="【事项】">关于{{topic}}的报告</title>
  <addressee>{{superior_body}}：</addressee>
  <opening>开头。</opening>
  <section id="one" level="1" required="true">
    <heading>一</heading>
    <section id="one-a" level="2"><heading>一甲</heading><p>一甲正文。</p></section>
    <section id="one-b" level="2"><heading>一乙</heading></section>
  </section>
  <section id="two" level="1"><heading>二</heading><p>二正文。</p></section>
  <closing>特此报告。</closing>
  <signature>{{org_name}}</signature>
  <date>{{date}}</date>
  <checker>
    <rule id="char.stray" enabled="false" severity="warning"/>
    <labels level="1" allowed="一、"/>
    <dates allowed="gbt9704"/>
  </checker>
</template>
)");
}

// A child of "base" whose line 2 onwards is `body`.
std::string child_with(const std::string& body, const std::string& attributes = "") {
  return "<template format=\"1\" id=\"child\" extends=\"base\"" + attributes + ">\n" + body +
         "</template>\n";
}

std::vector<std::string> ids_in_order(const std::vector<Section>& sections) {
  std::vector<std::string> ids;
  for_each_section(sections, [&](const Section& section) { ids.push_back(section.id); });
  return ids;
}

TEST(ReportTemplateTest, ChildInheritsEverythingItDoesNotGive) {
  const TempDir dir;
  write_base(dir);
  const std::string path = dir.write("child.xml", child_with(""));
  const ReportTemplate tmpl = value_of(load_template(path));
  EXPECT_EQ(tmpl.id, "child");
  EXPECT_EQ(tmpl.extends, "base");
  EXPECT_EQ(tmpl.file, path);
  EXPECT_EQ(tmpl.name, "基础");
  EXPECT_EQ(tmpl.names.at("en"), "Base");
  EXPECT_EQ(tmpl.description, "基础模板");
  EXPECT_EQ(tmpl.script, "zh-Hans");
  EXPECT_EQ(tmpl.numbering.size(), 2u);
  EXPECT_EQ(tmpl.title, "关于{{topic}}的报告");
  EXPECT_EQ(tmpl.default_topic, "【事项】");
  EXPECT_EQ(tmpl.addressee, "{{superior_body}}：");
  EXPECT_EQ(tmpl.opening, std::vector<std::string>{"开头。"});
  EXPECT_EQ(ids_in_order(tmpl.sections),
            (std::vector<std::string>{"one", "one-a", "one-b", "two"}));
  EXPECT_EQ(tmpl.closing, std::vector<std::string>{"特此报告。"});
  EXPECT_EQ(tmpl.checker.dates, std::vector<DateStyle>{DateStyle::Gbt9704});
}

TEST(ReportTemplateTest, ChildOverridesSingleValuesAndWholeLists) {
  const TempDir dir;
  write_base(dir);
  const ReportTemplate tmpl = value_of(load_template(dir.write(
      "child.xml", child_with("  <name>子</name>\n"
                              "  <title>{{topic}}情况</title>\n"
                              "  <opening>新开头一。</opening>\n"
                              "  <opening>新开头二。</opening>\n"
                              "  <closing>特此报告，请审阅。</closing>\n"
                              "  <attachment-note>附件：清单</attachment-note>\n"
                              "  <signature>{{department}}</signature>\n"
                              "  <date form=\"chinese\">{{date}}</date>\n"
                              "  <genre>summary</genre>\n"
                              "  <page-setup standard=\"gbt9704\"/>\n"
                              "  <numbering><level n=\"1\" format=\"chinese\" suffix=\"、\"/>"
                              "<level n=\"2\" format=\"arabic\" suffix=\".\"/></numbering>\n"))));
  EXPECT_EQ(tmpl.name, "子");
  EXPECT_EQ(tmpl.names, (std::map<std::string, std::string>{{"zh-Hans", "子"}}));
  EXPECT_EQ(tmpl.title, "{{topic}}情况");
  EXPECT_EQ(tmpl.opening, (std::vector<std::string>{"新开头一。", "新开头二。"}));
  EXPECT_EQ(tmpl.closing, std::vector<std::string>{"特此报告，请审阅。"});
  EXPECT_EQ(tmpl.attachment_note, std::vector<std::string>{"附件：清单"});
  EXPECT_EQ(tmpl.signature, "{{department}}");
  EXPECT_EQ(tmpl.date_style, DateStyle::Chinese);
  EXPECT_EQ(tmpl.genre, Genre::Summary);
  EXPECT_EQ(tmpl.layout.standard, "gbt9704");
  EXPECT_EQ(format_label(tmpl.numbering, {1, 2}), "2.");
  EXPECT_EQ(tmpl.addressee, "{{superior_body}}：") << "not given, so inherited";
}

TEST(ReportTemplateTest, ChildSectionsReplaceRemoveAndAdd) {
  const TempDir dir;
  write_base(dir);
  const ReportTemplate tmpl = value_of(load_template(dir.write(
      "child.xml",
      child_with(
          "  <section id=\"one-a\" level=\"2\" required=\"true\"><heading>新一甲</heading>"
          "<p>新正文。</p></section>\n"
          "  <section id=\"one-b\" remove=\"true\"/>\n"
          "  <section id=\"one-c\" level=\"2\" after=\"one-a\"><heading>一丙</heading>"
          "</section>\n"
          "  <section id=\"zero\" level=\"1\" after=\"one\"><heading>零</heading></section>\n"
          "  <section id=\"last\" level=\"1\"><heading>末</heading></section>\n"))));
  EXPECT_EQ(ids_in_order(tmpl.sections),
            (std::vector<std::string>{"one", "one-a", "one-c", "zero", "two", "last"}));
  const Section* replaced = find_section(tmpl, "one-a");
  ASSERT_NE(replaced, nullptr);
  EXPECT_EQ(replaced->heading, "新一甲");
  EXPECT_TRUE(replaced->required);
  EXPECT_EQ(replaced->paragraphs, std::vector<std::string>{"新正文。"});
  EXPECT_EQ(replaced->line, 2) << "lines point into the file that defined the section";
  EXPECT_EQ(find_section(tmpl, "one")->line, 12);
}

TEST(ReportTemplateTest, ChildReplacingALevelOneSectionReplacesItsSubSectionsToo) {
  const TempDir dir;
  write_base(dir);
  const ReportTemplate tmpl = value_of(load_template(dir.write(
      "child.xml", child_with("  <section id=\"one\" level=\"1\"><heading>新一</heading>\n"
                              "    <section id=\"one-b\" level=\"2\"><heading>乙</heading>"
                              "</section>\n"
                              "    <section id=\"one-x\" level=\"2\"><heading>戊</heading>"
                              "</section>\n"
                              "  </section>\n"))));
  EXPECT_EQ(ids_in_order(tmpl.sections),
            (std::vector<std::string>{"one", "one-b", "one-x", "two"}));
  EXPECT_FALSE(tmpl.sections[0].required) << "a replacement is a whole new definition";
}

TEST(ReportTemplateTest, ChildSectionChangesAreChecked) {
  const TempDir dir;
  write_base(dir);
  const auto child_error = [&](const std::string& body) {
    return error_of(load_template(dir.write("child.xml", child_with(body))));
  };
  EXPECT_EQ(child_error("  <section id=\"gone\" remove=\"true\"/>\n").message,
            "<section id=\"gone\"> removes a section that the parent template lacks");
  EXPECT_EQ(child_error("  <section id=\"one\" remove=\"false\"/>\n").message,
            "<section id=\"one\"> has remove=\"false\": leave the attribute out instead");
  EXPECT_EQ(child_error("  <section id=\"one\" remove=\"true\"><heading>一</heading></section>\n")
                .message,
            "<section> must be empty, found <heading>");
  EXPECT_EQ(child_error("  <section id=\"one\" remove=\"true\" level=\"1\"/>\n").message,
            "unknown attribute 'level' on <section>");
  EXPECT_EQ(
      child_error("  <section id=\"one-a\" level=\"1\"><heading>甲</heading></section>\n").message,
      "<section id=\"one-a\"> has level 1 but the inherited section it replaces has level 2");
  EXPECT_EQ(
      child_error("  <section id=\"new\" level=\"2\"><heading>甲</heading></section>\n").message,
      "<section id=\"new\"> has level 2 but a new section without after is appended at "
      "level 1");
  EXPECT_EQ(child_error("  <section id=\"new\" level=\"1\" after=\"none\"><heading>甲</heading>"
                        "</section>\n")
                .message,
            "<section id=\"new\"> has after=\"none\", but no section has that id");
  EXPECT_EQ(child_error("  <section id=\"new\" level=\"1\" after=\"one-a\"><heading>甲</heading>"
                        "</section>\n")
                .message,
            "<section id=\"new\"> has level 1 but section 'one-a' that it follows has level 2");
  EXPECT_EQ(child_error("  <section id=\"one\" level=\"1\" after=\"two\"><heading>甲</heading>"
                        "</section>\n")
                .message,
            "<section id=\"one\"> replaces the inherited section in place and cannot have after");
  EXPECT_EQ(child_error("  <section id=\"new\" level=\"1\"><heading>甲</heading>\n"
                        "    <section id=\"one-a\" level=\"2\"><heading>乙</heading></section>\n"
                        "  </section>\n")
                .message,
            "<section id=\"new\"> contains the section id 'one-a', which the parent template "
            "already uses");
  const LoadError error =
      child_error("  <title>题</title>\n  <section id=\"gone\" remove=\"true\"/>\n");
  EXPECT_EQ(error.file, dir.file("child.xml"));
  EXPECT_EQ(error.line, 3);
}

TEST(ReportTemplateTest, RemoveAndAfterNeedATemplateThatExtendsAnother) {
  EXPECT_EQ(parse_error(template_with("  <section id=\"a\" remove=\"true\"/>\n")).message,
            "unknown attribute 'remove' on <section>");
  EXPECT_EQ(parse_error(template_with("  <section id=\"a\" level=\"1\" after=\"b\">"
                                      "<heading>甲</heading></section>\n"))
                .message,
            "unknown attribute 'after' on <section>");
}

TEST(ReportTemplateTest, ChildCheckerSettingsMergeWithTheParentsAndWin) {
  const TempDir dir;
  write_base(dir);
  const ReportTemplate tmpl = value_of(load_template(
      dir.write("child.xml", child_with("  <checker>\n"
                                        "    <rule id=\"char.stray\" enabled=\"true\"/>\n"
                                        "    <rule id=\"date.format\" severity=\"info\"/>\n"
                                        "    <labels level=\"2\" allowed=\"（一） (一)\"/>\n"
                                        "  </checker>\n"))));
  const CheckerSettings& checker = tmpl.checker;
  EXPECT_EQ(checker.rules.at("char.stray").enabled, true);
  EXPECT_EQ(checker.rules.at("char.stray").severity, Severity::Warning) << "kept from the parent";
  EXPECT_EQ(checker.rules.at("date.format").severity, Severity::Info);
  EXPECT_EQ(checker.labels.at(1), std::vector<std::string>{"一、"});
  EXPECT_EQ(checker.labels.at(2), (std::vector<std::string>{"（一）", "(一)"}));
  EXPECT_EQ(checker.dates, std::vector<DateStyle>{DateStyle::Gbt9704});
}

TEST(ReportTemplateTest, ChildNumberingMustCoverTheInheritedSectionsAndLabels) {
  const TempDir dir;
  write_base(dir);
  EXPECT_EQ(error_of(load_template(dir.write(
                         "child.xml", child_with("  <numbering><level n=\"1\" format=\"arabic\" "
                                                 "suffix=\".\"/></numbering>\n"))))
                .to_string(),
            dir.file("child.xml") +
                ":2: <numbering> defines only 1 level but the inherited sections go down to "
                "level 2");
  // The parent allows only 一、 at level 1; a child that numbers 1. must allow it too.
  EXPECT_EQ(
      error_of(load_template(dir.write(
                   "child.xml", child_with("  <numbering>\n"
                                           "    <level n=\"1\" format=\"arabic\" suffix=\".\"/>\n"
                                           "    <level n=\"2\" format=\"arabic\" suffix=\")\"/>\n"
                                           "  </numbering>\n"))))
          .to_string(),
      dir.file("child.xml") +
          ":2: <labels level=\"1\"> does not allow '1.', the label that <numbering> makes");
}

TEST(ReportTemplateTest, ChildChainsAreFollowed) {
  const TempDir dir;
  write_base(dir);
  dir.write("middle.xml",
            "<template format=\"1\" id=\"middle\" extends=\"base\">\n"
            "  <section id=\"three\" level=\"1\"><heading>三</heading></section>\n"
            "</template>\n");
  const ReportTemplate tmpl =
      value_of(load_template(dir.write("top.xml",
                                       "<template format=\"1\" id=\"top\" extends=\"middle\">\n"
                                       "  <section id=\"two\" remove=\"true\"/>\n"
                                       "</template>\n")));
  EXPECT_EQ(tmpl.extends, "middle");
  EXPECT_EQ(ids_in_order(tmpl.sections),
            (std::vector<std::string>{"one", "one-a", "one-b", "three"}));
}

TEST(ReportTemplateTest, ParentIsFoundByIdWhateverItsFileName) {
  const TempDir dir;
  write_base(dir);
  std::filesystem::rename(dir.file("base.xml"), dir.file("national.xml"));
  dir.write("other.xml", "<template format=\"1\" id=\"other\"/>");
  EXPECT_EQ(value_of(load_template(dir.write("child.xml", child_with("")))).name, "基础");
}

TEST(ReportTemplateTest, ParentIsLookedForInTheOwnFolderBeforeTheGivenOnes) {
  const TempDir own;
  const TempDir shared;
  write_base(shared);
  const std::string path = own.write("child.xml", child_with(""));
  const LoadError error = error_of(load_template(path));
  EXPECT_EQ(error.to_string(), path +
                                   ":1: template 'child' extends 'base', which is not found "
                                   "(looked in " +
                                   own.path() + ")");
  EXPECT_EQ(value_of(load_template(path, TemplateLoadOptions{{shared.path()}})).name, "基础");
  // A parent next to the child wins over the shared one.
  own.write("mine.xml", "<template format=\"1\" id=\"base\" extends=\"base-shared\"/>");
  std::string renamed = error_of(load_template(path, TemplateLoadOptions{{shared.path()}})).message;
  EXPECT_NE(renamed.find("extends 'base-shared', which is not found"), std::string::npos)
      << renamed;
}

TEST(ReportTemplateTest, ExtendsCyclesAreReportedWithTheCycle) {
  const TempDir dir;
  dir.write("a.xml", "<template format=\"1\" id=\"a\" extends=\"b\"/>\n");
  dir.write("b.xml", "<template format=\"1\" id=\"b\" extends=\"c\"/>\n");
  dir.write("c.xml", "<template format=\"1\" id=\"c\" extends=\"a\"/>\n");
  EXPECT_EQ(error_of(load_template(dir.file("a.xml"))).to_string(),
            dir.file("c.xml") + ":1: templates extend each other in a cycle: a → b → c → a");
  dir.write("self.xml", "<template format=\"1\" id=\"self\" extends=\"self\"/>\n");
  EXPECT_EQ(error_of(load_template(dir.file("self.xml"))).message,
            "templates extend each other in a cycle: self → self");
}

TEST(ReportTemplateTest, HouseTemplateMayKeepTheIdOfTheOneItExtends) {
  // An office's work-report on top of the shipped work-report: the parent is the other file.
  const TempDir house;
  const std::string path =
      house.write("work-report.xml",
                  "<template format=\"1\" id=\"work-report\" extends=\"work-report\">\n"
                  "  <name>本行工作情况报告</name>\n"
                  "</template>\n");
  const ReportTemplate tmpl =
      value_of(load_template(path, TemplateLoadOptions{{test::template_dir()}}));
  EXPECT_EQ(tmpl.id, "work-report");
  EXPECT_EQ(tmpl.extends, "work-report");
  EXPECT_EQ(tmpl.name, "本行工作情况报告");
  EXPECT_EQ(tmpl.sections.size(), 3u);
  // Without another folder it would be its own parent.
  EXPECT_EQ(error_of(load_template(path)).message,
            "templates extend each other in a cycle: work-report → work-report");
}

TEST(ReportTemplateTest, ParentErrorsNameTheParentFile) {
  const TempDir dir;
  dir.write("base.xml", "<template format=\"1\" id=\"base\">\n  <name>坏</name>\n</template>\n");
  EXPECT_EQ(error_of(load_template(dir.write("child.xml", child_with("")))).to_string(),
            dir.file("base.xml") + ":1: missing <numbering> in <template>");
}

TEST(ReportTemplateTest, ChildMustKeepTheParentsScript) {
  const TempDir dir;
  write_base(dir);
  EXPECT_EQ(
      error_of(load_template(dir.write("child.xml", child_with("", " script=\"en\"")))).message,
      "template 'child' is written in en but extends 'base', which is written in zh-Hans");
  EXPECT_EQ(
      error_of(load_template(dir.write("child.xml", child_with("", " extends=\"x\"")))).to_string(),
      dir.file("child.xml") + ":1: attribute 'extends' is given twice");
}

TEST(ReportTemplateTest, ExtendsMustNameATemplateId) {
  EXPECT_EQ(parse_error("<template format=\"1\" id=\"c\" extends=\"../base\"/>").message,
            "extends=\"../base\" is not a template id");
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
