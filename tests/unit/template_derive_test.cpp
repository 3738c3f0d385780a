// Tests of template_derive.hpp and template_writer.hpp: a house template from a model report,
// and the template written as XML that the strict loader reads back as it was.
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "profile.hpp"
#include "report_template.hpp"
#include "report_text.hpp"
#include "shipped_templates.hpp"
#include "template_derive.hpp"
#include "template_writer.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

// A work report as its writer sent it, with the example profile's names in it.
constexpr const char kModel[] =
    "@c{Title}关于2026年第一季度反洗钱工作开展情况的报告\n"
    "东湖银行股份有限公司总行：\n"
    "根据总行要求，东湖银行滨江支行认真开展反洗钱工作。现将有关情况报告如下：\n"
    "一、基本情况\n"
    "（一）健全工作机制\n"
    "东湖银行滨江支行于2026年3月5日调整了领导小组，成员12人。\n"
    "1.强化员工培训。全年培训86人，合格率100%。\n"
    "2.面向公众宣传\n"
    "发放宣传折页3500份，涉及金额1.8亿元。\n"
    "二、存在的问题\n"
    "个别网点对存量客户的身份信息更新不及时。\n"
    "三、下一步工作打算\n"
    "向东湖银行股份有限公司总行报送调整方案。\n"
    "特此报告。\n"
    "@r东湖银行股份有限公司滨江支行\n"
    "@r2026年4月8日\n";

Profile example_profile() {
  auto loaded = load_profile(test::template_dir() + "/profiles/example.xml");
  EXPECT_TRUE(std::holds_alternative<Profile>(loaded));
  return std::get<Profile>(loaded);
}

ReportTemplate shipped(const std::string& id) {
  auto loaded = load_template(test::template_dir() + "/" + id + ".xml");
  EXPECT_TRUE(std::holds_alternative<ReportTemplate>(loaded))
      << std::get<LoadError>(loaded).to_string();
  return std::get<ReportTemplate>(loaded);
}

ReportTemplate derived(const DeriveOptions& options, const char* model = kModel) {
  auto result = derive_template(test::report_from_text(model), options);
  EXPECT_TRUE(std::holds_alternative<ReportTemplate>(result))
      << std::get<LoadError>(result).to_string();
  return std::holds_alternative<ReportTemplate>(result) ? std::get<ReportTemplate>(result)
                                                        : ReportTemplate();
}

/// "level heading" of every section, depth first: what the outline of a report made from it shows.
std::vector<std::string> outline_of(const std::vector<Section>& sections) {
  std::vector<std::string> out;
  for (const Section& section : sections) {
    out.push_back(std::to_string(section.level) + " " + section.heading);
    for (const std::string& child : outline_of(section.children)) out.push_back(child);
  }
  return out;
}

ReportTemplate reloaded(const std::string& xml) {
  TemplateLoadOptions options;
  options.parent_dirs = {test::template_dir()};
  auto loaded = parse_template(xml, "house.xml", options);
  EXPECT_TRUE(std::holds_alternative<ReportTemplate>(loaded))
      << std::get<LoadError>(loaded).to_string() << "\n"
      << xml;
  return std::holds_alternative<ReportTemplate>(loaded) ? std::get<ReportTemplate>(loaded)
                                                        : ReportTemplate();
}

const std::vector<std::string> kModelOutline = {"1 基本情况",     "2 健全工作机制",
                                                "3 强化员工培训", "3 面向公众宣传",
                                                "1 存在的问题",   "1 下一步工作打算"};

TEST(TemplateDeriveTest, HeadingsBecomeRequiredSectionsInOrder) {
  DeriveOptions options;
  const ReportTemplate tmpl = derived(options);
  EXPECT_EQ(outline_of(tmpl.sections), kModelOutline);
  EXPECT_EQ(tmpl.id, "house-report");
  EXPECT_EQ(tmpl.sections[0].id, "s1");
  EXPECT_EQ(tmpl.sections[0].children[0].children[1].id, "s1-1-2");
  EXPECT_TRUE(tmpl.sections[0].required);
  EXPECT_TRUE(tmpl.sections[0].children[0].children[1].required);
  EXPECT_EQ(tmpl.genre, Genre::Report);
  EXPECT_EQ(tmpl.closing, std::vector<std::string>{"特此报告。"});
  EXPECT_EQ(tmpl.date, "{{date}}");
}

TEST(TemplateDeriveTest, RequiredFlagsFollowTheOutlineOrder) {
  DeriveOptions options;
  options.required = {true, false, true, false};
  const ReportTemplate tmpl = derived(options);
  EXPECT_TRUE(tmpl.sections[0].required);
  EXPECT_FALSE(tmpl.sections[0].children[0].required);
  EXPECT_TRUE(tmpl.sections[0].children[0].children[0].required);
  EXPECT_FALSE(tmpl.sections[0].children[0].children[1].required);
  EXPECT_TRUE(tmpl.sections[1].required);  // past the list: required
}

TEST(TemplateDeriveTest, ProfileNamesBecomeFieldsAndFiguresSpots) {
  DeriveOptions options;
  options.profile = example_profile();
  const ReportTemplate tmpl = derived(options);
  EXPECT_EQ(tmpl.addressee, "{{superior_body}}：");
  EXPECT_EQ(tmpl.signature, "{{org_name}}");
  EXPECT_EQ(tmpl.opening,
            std::vector<std::string>{
                "根据总行要求，{{org_short_name}}认真开展反洗钱工作。现将有关情况报告如下："});
  EXPECT_EQ(
      tmpl.sections[0].children[0].paragraphs,
      std::vector<std::string>{"{{org_short_name}}于【年月日】调整了领导小组，成员【数值】人。"});
  // The heading that runs on gives its sentence to the section's text.
  EXPECT_EQ(tmpl.sections[0].children[0].children[0].paragraphs,
            std::vector<std::string>{"全年培训【数值】人，合格率【百分比】。"});
  EXPECT_EQ(tmpl.sections[0].children[0].children[1].paragraphs,
            std::vector<std::string>{"发放宣传折页【数值】份，涉及金额【金额】亿元。"});
  EXPECT_EQ(tmpl.sections[2].paragraphs,
            std::vector<std::string>{"向{{superior_body}}报送调整方案。"});
  // The title's topic is what stands between 关于 and 的, the model's year a field.
  EXPECT_EQ(tmpl.title, "关于{{topic}}的报告");
  EXPECT_EQ(tmpl.default_topic, "{{year}}年第一季度反洗钱工作开展情况");
}

TEST(TemplateDeriveTest, WithoutProfileNamesStayAsWritten) {
  const ReportTemplate tmpl = derived(DeriveOptions());
  EXPECT_EQ(tmpl.addressee, "东湖银行股份有限公司总行：");
  EXPECT_EQ(tmpl.signature, "东湖银行股份有限公司滨江支行");
}

TEST(TemplateDeriveTest, GeneraliseText) {
  const Profile profile = example_profile();
  EXPECT_EQ(generalise_text("2026年度，东湖银行滨江支行完成2025年目标的98.5%。", &profile, 2026),
            "{{year}}年度，{{org_short_name}}完成【年份】年目标的【百分比】。");
  EXPECT_EQ(generalise_text("截至2026年3月底共1,250笔，3月5日起实施。", nullptr, 0),
            "截至【年月】底共【数值】笔，【月日】起实施。");
  EXPECT_EQ(generalise_text("贷款36.3亿元，费用500万元。", nullptr, 0),
            "贷款【金额】亿元，费用【金额】万元。");
  // Spots and references already there are kept, and so are names in Latin letters.
  EXPECT_EQ(generalise_text("【措施一】{{topic}}工作，GB9704标准。", nullptr, 0),
            "【措施一】{{topic}}工作，GB9704标准。");
  // The department (办公室) is a common word: it is not taken for the field.
  EXPECT_EQ(generalise_text("领导小组办公室设在风险管理部。", &profile, 0),
            "领导小组办公室设在风险管理部。");
}

TEST(TemplateDeriveTest, DateLineInAnotherFormSetsTheDateForm) {
  const std::string head = "@c{Title}关于某事的报告\n一、甲\n正文。\n特此报告。\n@r某单位\n@r";
  EXPECT_EQ(derived(DeriveOptions(), (head + "二〇二六年四月八日\n").c_str()).date_style,
            DateStyle::Chinese);
  // GB/T 9704's form leaves the date style to the profile.
  EXPECT_EQ(derived(DeriveOptions(), (head + "2026年4月8日\n").c_str()).date_style, std::nullopt);
  const ReportTemplate tmpl = derived(DeriveOptions(), (head + "二〇二六年四月八日\n").c_str());
  EXPECT_EQ(reloaded(template_xml(tmpl, nullptr, "")).date_style, DateStyle::Chinese);
}

TEST(TemplateDeriveTest, EnglishModelGivesAnEnglishTemplateWithWesternLabels) {
  const ReportTemplate tmpl = derived(DeriveOptions(),
                                      "@c{Title}Status Report on the Branch Move\n"
                                      "1. Summary\n"
                                      "The move was completed on time.\n"
                                      "1.1 Work completed\n"
                                      "All 12 counters were moved.\n"
                                      "2. Issues\n"
                                      "None are open.\n"
                                      "@r东湖银行股份有限公司滨江支行\n"
                                      "@r2026-11-20\n");
  EXPECT_EQ(tmpl.script, "en");
  EXPECT_TRUE(tmpl.layout.empty());
  EXPECT_EQ(tmpl.numbering[0].suffix, ". ");
  EXPECT_TRUE(tmpl.numbering[1].with_parents);
  EXPECT_EQ(tmpl.date_style, DateStyle::Iso);
  EXPECT_EQ(tmpl.checker.rules.at("punct.halfwidth").enabled, false);
  EXPECT_EQ(outline_of(reloaded(template_xml(tmpl, nullptr, "")).sections),
            (std::vector<std::string>{"1 Summary", "2 Work completed", "1 Issues"}));
}

TEST(TemplateDeriveTest, ModelWithoutHeadingsIsAnError) {
  Document model = test::report_from_text("@c{Title}关于某事的报告\n正文一段。\n");
  model.file = "model.fodt";
  const auto result = derive_template(model, DeriveOptions());
  ASSERT_TRUE(std::holds_alternative<LoadError>(result));
  const LoadError& error = std::get<LoadError>(result);
  EXPECT_EQ(error.problem, LoadProblem::DeriveNoHeadings);
  EXPECT_EQ(describe(error, Language::ZhCN),
            "model.fodt: 参考报告没有标题，无法据以生成模板的各部分");
}

TEST(TemplateDeriveTest, ModelDeeperThanFourLevelsIsAnError) {
  Document model = test::report_from_text(
      "@c{Title}关于某事的报告\n@h1标题一\n@h2标题二\n@h3标题三\n@h4标题四\n@h5标题五\n正文。\n");
  const auto result = derive_template(model, DeriveOptions());
  ASSERT_TRUE(std::holds_alternative<LoadError>(result));
  EXPECT_EQ(std::get<LoadError>(result).problem, LoadProblem::DeriveTooDeep);
}

TEST(TemplateDeriveTest, LabelsOfTheModelMakeTheNumbering) {
  const ReportTemplate tmpl = derived(DeriveOptions(),
                                      "@c{Title}关于某事的报告\n"
                                      "一、甲\n"
                                      "(一)乙\n"
                                      "1．丙\n"
                                      "正文。\n");
  ASSERT_EQ(tmpl.numbering.size(), 4u);
  EXPECT_EQ(tmpl.numbering[1].prefix, "(");
  EXPECT_EQ(tmpl.numbering[1].suffix, ")");
  EXPECT_EQ(tmpl.numbering[2].format, CounterFormat::Arabic);
  EXPECT_EQ(tmpl.numbering[2].suffix, "．");
  EXPECT_EQ(tmpl.checker.labels.at(2), std::vector<std::string>{"(一)"});
  // What is written loads, its own labels allowed.
  EXPECT_EQ(outline_of(reloaded(template_xml(tmpl, nullptr, "")).sections),
            (std::vector<std::string>{"1 甲", "2 乙", "3 丙"}));
}

TEST(TemplateWriterTest, DerivedTemplateLoadsBackAsItWas) {
  DeriveOptions options;
  options.profile = example_profile();
  options.name = "东湖银行季度报告";
  const ReportTemplate tmpl = derived(options);
  const std::string xml = template_xml(tmpl, nullptr, "derived -- from a model");
  EXPECT_NE(xml.find("<!-- derived - - from a model -->"), std::string::npos) << xml;
  const ReportTemplate back = reloaded(xml);
  EXPECT_EQ(outline_of(back.sections), kModelOutline);
  EXPECT_EQ(back.name, "东湖银行季度报告");
  EXPECT_EQ(back.title, tmpl.title);
  EXPECT_EQ(back.default_topic, tmpl.default_topic);
  EXPECT_EQ(back.addressee, tmpl.addressee);
  EXPECT_EQ(back.opening, tmpl.opening);
  EXPECT_EQ(back.closing, tmpl.closing);
  EXPECT_EQ(back.signature, tmpl.signature);
  EXPECT_EQ(back.sections[0].children[0].paragraphs, tmpl.sections[0].children[0].paragraphs);
  EXPECT_EQ(back.checker.labels, tmpl.checker.labels);
  EXPECT_FALSE(back.layout.empty());
}

// Every shipped template, written again, loads with the same parts, sections and checker.
TEST(TemplateWriterTest, ShippedTemplatesRoundTrip) {
  for (const std::string& id : test::shipped_template_ids()) {
    SCOPED_TRACE(id);
    const ReportTemplate original = shipped(id);
    const ReportTemplate back = reloaded(template_xml(original, nullptr, ""));
    EXPECT_EQ(back.names, original.names);
    EXPECT_EQ(back.descriptions, original.descriptions);
    EXPECT_EQ(back.genre, original.genre);
    EXPECT_EQ(back.title, original.title);
    EXPECT_EQ(back.opening, original.opening);
    EXPECT_EQ(back.closing, original.closing);
    EXPECT_EQ(back.notes, original.notes);
    EXPECT_EQ(back.date_style, original.date_style);
    EXPECT_EQ(outline_of(back.sections), outline_of(original.sections));
    EXPECT_EQ(back.sections.front().alternatives.size(),
              original.sections.front().alternatives.size());
    EXPECT_EQ(back.checker.labels, original.checker.labels);
    EXPECT_EQ(back.checker.dates, original.checker.dates);
    EXPECT_EQ(back.checker.rules.size(), original.checker.rules.size());
  }
}

TEST(TemplateDeriveTest, ExtendingKeepsTheBaseIdsAndWritesOnlyWhatDiffers) {
  DeriveOptions options;
  options.profile = example_profile();
  options.base = shipped("work-report");
  const ReportTemplate tmpl = derived(options);
  EXPECT_EQ(tmpl.extends, "work-report");
  EXPECT_EQ(tmpl.id, "house-work-report");
  // Matched by heading (or alias) and level, the base's sections keep their ids and aliases.
  EXPECT_EQ(tmpl.sections[0].id, "basic");
  EXPECT_EQ(tmpl.sections[1].id, "problems");
  EXPECT_EQ(tmpl.sections[2].id, "next-steps");
  EXPECT_EQ(tmpl.sections[0].aliases, options.base->sections[0].aliases);
  EXPECT_EQ(tmpl.sections[0].children[0].id, "s1-1");  // 健全工作机制 is the model's own

  const std::string xml = template_xml(tmpl, &*options.base, "");
  EXPECT_NE(xml.find("extends=\"work-report\""), std::string::npos);
  // Inherited as they are: names, numbering, addressee, closing, signature, layout.
  for (const char* element :
       {"<name", "<numbering", "<addressee", "<closing", "<signature", "<layout"}) {
    EXPECT_EQ(xml.find(element), std::string::npos) << element << "\n" << xml;
  }
  const ReportTemplate back = reloaded(xml);
  EXPECT_EQ(outline_of(back.sections), kModelOutline);
  EXPECT_EQ(back.name, options.base->name);
  EXPECT_EQ(back.title, "关于{{topic}}工作开展情况的报告");
  EXPECT_EQ(back.default_topic, "{{year}}年第一季度反洗钱");
}

TEST(TemplateWriterTest, UnchangedBaseWritesNoSectionAndANewFirstSectionReordersAll) {
  const ReportTemplate base = shipped("work-report");
  ReportTemplate same = base;
  same.id = "house";
  same.extends = base.id;
  std::string xml = template_xml(same, &base, "");
  EXPECT_EQ(xml.find("<section"), std::string::npos) << xml;
  EXPECT_EQ(outline_of(reloaded(xml).sections), outline_of(base.sections));

  // A section removed, one added after another, one added in front of all.
  ReportTemplate changed = same;
  changed.sections.erase(changed.sections.begin() + 1);
  Section added;
  added.id = "risks";
  added.heading = "风险提示";
  changed.sections.push_back(added);
  xml = template_xml(changed, &base, "");
  EXPECT_NE(xml.find("<section id=\"problems\" remove=\"true\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("after=\"next-steps\""), std::string::npos) << xml;
  EXPECT_EQ(outline_of(reloaded(xml).sections), outline_of(changed.sections));

  added.id = "preface";
  changed.sections.insert(changed.sections.begin(), added);
  xml = template_xml(changed, &base, "");
  EXPECT_EQ(outline_of(reloaded(xml).sections), outline_of(changed.sections));
}

}  // namespace
}  // namespace chengbao
