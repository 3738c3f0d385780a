// Tests of skeleton.hpp: field filling and the paragraphs a template and a profile make.
#include "skeleton.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace chengbao {
namespace {

using test::value_of;

struct Expected {
  Role role;
  int level;
  std::string text;
};

void expect_paragraphs(const Skeleton& skeleton, const std::vector<Expected>& expected) {
  ASSERT_EQ(skeleton.paragraphs.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(skeleton.paragraphs[i].role, expected[i].role) << "paragraph " << i;
    EXPECT_EQ(skeleton.paragraphs[i].level, expected[i].level) << "paragraph " << i;
    EXPECT_EQ(skeleton.paragraphs[i].text, expected[i].text) << "paragraph " << i;
  }
}

ReportTemplate work_report() {
  return value_of(load_template(test::template_dir() + "/work-report.xml"));
}

Profile example_profile() {
  return value_of(load_profile(test::template_dir() + "/profiles/example.xml"));
}

TEST(FillFieldsTest, ReplacesKnownNames) {
  const std::map<std::string, std::string> values = {{"org_name", "甲单位"}, {"date", "2026年"}};
  EXPECT_EQ(fill_fields("{{org_name}}于{{date}}", values), "甲单位于2026年");
  EXPECT_EQ(fill_fields("{{org_name}}{{org_name}}", values), "甲单位甲单位");
  EXPECT_EQ(fill_fields("no fields", values), "no fields");
  EXPECT_EQ(fill_fields("", values), "");
}

TEST(FillFieldsTest, LeavesUnknownAndMalformedReferencesAlone) {
  const std::map<std::string, std::string> values = {{"a", "X"}, {"b.c", "Y"}};
  EXPECT_EQ(fill_fields("{{unknown}} {{a}}", values), "{{unknown}} X");
  EXPECT_EQ(fill_fields("{{ a }}", values), "{{ a }}");
  EXPECT_EQ(fill_fields("{{A}}", values), "{{A}}");
  EXPECT_EQ(fill_fields("{{a}", values), "{{a}");
  EXPECT_EQ(fill_fields("{{a", values), "{{a");
  EXPECT_EQ(fill_fields("{{}}", values), "{{}}");
  EXPECT_EQ(fill_fields("{{b.c}}", values), "Y");
  EXPECT_EQ(fill_fields("{{{a}}}", values), "{X}");
}

TEST(FillFieldsTest, FilledValuesAreNotFilledAgain) {
  const std::map<std::string, std::string> values = {{"a", "{{b}}"}, {"b", "secret"}};
  EXPECT_EQ(fill_fields("{{a}}", values), "{{b}}");
}

TEST(SkeletonTest, ParagraphsComeInDocumentOrder) {
  const ReportTemplate tmpl = value_of(parse_template(
      R"(<template format="1" id="t">
  <name>测试</name>
  <numbering>
    <level n="1" format="chinese" suffix="、"/>
    <level n="2" format="chinese" prefix="（" suffix="）"/>
  </numbering>
  <title default-topic="某事">关于{{topic}}的报告</title>
  <addressee>{{superior_body}}：</addressee>
  <opening>开头一</opening>
  <opening>开头二{{year}}</opening>
  <section id="a" level="1">
    <heading>甲{{org_short_name}}</heading>
    <p>甲正文</p>
    <section id="a-1" level="2">
      <heading>甲一</heading>
      <p>甲一正文{{contact}}{{nobody}}</p>
    </section>
    <section id="a-2" level="2"><heading>甲二</heading></section>
  </section>
  <section id="b" level="1"><heading>乙</heading><p>乙正文</p></section>
  <closing>特此报告。</closing>
  <closing>附件：1. 清单</closing>
  <signature>{{org_name}}</signature>
  <date>{{date}}</date>
</template>)",
      "t.xml"));
  Profile profile;
  profile.full_name = "甲单位";
  profile.short_name = "甲";
  profile.superior_body = "乙机关";
  profile.custom["contact"] = "周敏";
  const Skeleton skeleton = build_skeleton(tmpl, profile, {{2026, 3, 5}, ""});
  expect_paragraphs(skeleton, {
                                  {Role::Title, 0, "关于某事的报告"},
                                  {Role::Addressee, 0, "乙机关："},
                                  {Role::Body, 0, "开头一"},
                                  {Role::Body, 0, "开头二2026"},
                                  {Role::Heading, 1, "甲甲"},
                                  {Role::Body, 0, "甲正文"},
                                  {Role::Heading, 2, "甲一"},
                                  {Role::Body, 0, "甲一正文周敏{{nobody}}"},
                                  {Role::Heading, 2, "甲二"},
                                  {Role::Heading, 1, "乙"},
                                  {Role::Body, 0, "乙正文"},
                                  {Role::Closing, 0, "特此报告。"},
                                  {Role::Closing, 0, "附件：1. 清单"},
                                  {Role::Signature, 0, "甲单位"},
                                  {Role::Date, 0, "2026年3月5日"},
                              });
}

TEST(SkeletonTest, WorkReportWithTheExampleProfile) {
  const Profile profile = example_profile();
  const Skeleton skeleton = build_skeleton(work_report(), profile, {{2026, 11, 28}, ""});
  const std::vector<SkeletonParagraph>& paragraphs = skeleton.paragraphs;
  ASSERT_GE(paragraphs.size(), 6u);
  EXPECT_EQ(paragraphs[0].role, Role::Title);
  EXPECT_EQ(paragraphs[0].text, "关于【工作事项】工作开展情况的报告");
  EXPECT_EQ(paragraphs[1].role, Role::Addressee);
  EXPECT_EQ(paragraphs[1].text, profile.superior_body + "：");
  EXPECT_EQ(paragraphs[2].role, Role::Body);
  EXPECT_EQ(
      paragraphs[2].text.rfind("根据【上级文件名称及文号】要求，东湖银行滨江支行认真组织开展", 0),
      0u);
  const std::size_t n = paragraphs.size();
  EXPECT_EQ(paragraphs[n - 3].role, Role::Closing);
  EXPECT_EQ(paragraphs[n - 3].text, "特此报告。");
  EXPECT_EQ(paragraphs[n - 2].role, Role::Signature);
  EXPECT_EQ(paragraphs[n - 2].text, profile.full_name);
  EXPECT_EQ(paragraphs[n - 1].role, Role::Date);
  EXPECT_EQ(paragraphs[n - 1].text, "2026年11月28日");
  for (const SkeletonParagraph& paragraph : paragraphs) {
    EXPECT_EQ(paragraph.text.find("{{"), std::string::npos) << paragraph.text;
  }
}

TEST(SkeletonTest, WorkReportHeadingsAreDepthFirst) {
  const Skeleton skeleton = build_skeleton(work_report(), example_profile(), {{2026, 11, 28}, ""});
  std::vector<std::pair<int, std::string>> headings;
  for (const SkeletonParagraph& paragraph : skeleton.paragraphs) {
    if (paragraph.role == Role::Heading) {
      headings.emplace_back(paragraph.level, paragraph.text);
    } else {
      EXPECT_EQ(paragraph.level, 0) << paragraph.text;
    }
  }
  const std::vector<std::pair<int, std::string>> expected = {
      {1, "基本情况"},
      {2, "组织领导"},
      {2, "主要措施"},
      {2, "取得的成效"},
      {1, "存在的问题"},
      {2, "思想认识有待进一步提高"},
      {2, "工作机制有待进一步完善"},
      {1, "下一步工作打算"},
      {2, "进一步压实工作责任"},
      {2, "进一步健全长效机制"},
      {2, "进一步加强督促检查"},
  };
  EXPECT_EQ(headings, expected);
}

TEST(SkeletonTest, TopicReplacesTheDefault) {
  const Skeleton skeleton =
      build_skeleton(work_report(), example_profile(), {{2026, 11, 28}, "消费者权益保护"});
  EXPECT_EQ(skeleton.paragraphs[0].text, "关于消费者权益保护工作开展情况的报告");
  EXPECT_NE(skeleton.paragraphs[2].text.find("认真组织开展消费者权益保护工作"), std::string::npos);
  for (const SkeletonParagraph& paragraph : skeleton.paragraphs) {
    EXPECT_EQ(paragraph.text.find("【工作事项】"), std::string::npos) << paragraph.text;
  }
}

TEST(SkeletonTest, DateFollowsTheProfileStyle) {
  Profile profile = example_profile();
  profile.date_style = DateStyle::Chinese;
  EXPECT_EQ(build_skeleton(work_report(), profile, {{2026, 11, 28}, ""}).paragraphs.back().text,
            "二〇二六年十一月二十八日");
  profile.date_style = DateStyle::Roc;
  EXPECT_EQ(build_skeleton(work_report(), profile, {{2026, 11, 28}, ""}).paragraphs.back().text,
            "中華民國115年11月28日");
}

TEST(SkeletonTest, NoAddresseeParagraphWhenTheTemplateHasNone) {
  ReportTemplate tmpl = work_report();
  tmpl.addressee.clear();
  const Skeleton skeleton = build_skeleton(tmpl, example_profile(), {{2026, 11, 28}, ""});
  for (const SkeletonParagraph& paragraph : skeleton.paragraphs) {
    EXPECT_NE(paragraph.role, Role::Addressee);
  }
  EXPECT_EQ(skeleton.paragraphs[1].role, Role::Body);
}

TEST(SkeletonTest, MissingProfileValuesStayVisible) {
  ReportTemplate tmpl = work_report();
  tmpl.signature = "{{department}}";
  Profile profile = example_profile();
  profile.department.clear();
  EXPECT_EQ(build_skeleton(tmpl, profile, {{2026, 11, 28}, ""}).paragraphs.end()[-2].text,
            "{{department}}");
}

TEST(SkeletonTest, TopicIsInsertedLiterally) {
  const Skeleton skeleton =
      build_skeleton(work_report(), example_profile(), {{2026, 11, 28}, "{{org_name}}"});
  EXPECT_EQ(skeleton.paragraphs[0].text, "关于{{org_name}}工作开展情况的报告");
}

}  // namespace
}  // namespace chengbao
