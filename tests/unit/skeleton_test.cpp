// Tests of skeleton.hpp: field filling and the paragraphs a template and a profile make.
#include "skeleton.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "shipped_templates.hpp"
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

SkeletonOptions on(const Date& date, const std::string& topic = "") {
  SkeletonOptions options;
  options.date = date;
  options.topic = topic;
  return options;
}

std::vector<std::string> texts_of(const Skeleton& skeleton, Role role) {
  std::vector<std::string> texts;
  for (const SkeletonParagraph& paragraph : skeleton.paragraphs) {
    if (paragraph.role == role) texts.push_back(paragraph.text);
  }
  return texts;
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
  profile.contact_name = "周敏";
  const Skeleton skeleton = build_skeleton(tmpl, profile, on({2026, 3, 5}));
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
  const Skeleton skeleton = build_skeleton(work_report(), profile, on({2026, 11, 28}));
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
  const Skeleton skeleton = build_skeleton(work_report(), example_profile(), on({2026, 11, 28}));
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
      build_skeleton(work_report(), example_profile(), on({2026, 11, 28}, "消费者权益保护"));
  EXPECT_EQ(skeleton.paragraphs[0].text, "关于消费者权益保护工作开展情况的报告");
  EXPECT_NE(skeleton.paragraphs[2].text.find("认真组织开展消费者权益保护工作"), std::string::npos);
  for (const SkeletonParagraph& paragraph : skeleton.paragraphs) {
    EXPECT_EQ(paragraph.text.find("【工作事项】"), std::string::npos) << paragraph.text;
  }
}

TEST(SkeletonTest, DateFollowsTheProfileStyle) {
  Profile profile = example_profile();
  profile.date_style = DateStyle::Chinese;
  EXPECT_EQ(build_skeleton(work_report(), profile, on({2026, 11, 28})).paragraphs.back().text,
            "二〇二六年十一月二十八日");
  profile.date_style = DateStyle::Roc;
  EXPECT_EQ(build_skeleton(work_report(), profile, on({2026, 11, 28})).paragraphs.back().text,
            "中華民國115年11月28日");
}

TEST(SkeletonTest, NoAddresseeParagraphWhenTheTemplateHasNone) {
  ReportTemplate tmpl = work_report();
  tmpl.addressee.clear();
  const Skeleton skeleton = build_skeleton(tmpl, example_profile(), on({2026, 11, 28}));
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
  EXPECT_EQ(build_skeleton(tmpl, profile, on({2026, 11, 28})).paragraphs.end()[-2].text,
            "{{department}}");
}

TEST(SkeletonTest, TopicIsInsertedLiterally) {
  const Skeleton skeleton =
      build_skeleton(work_report(), example_profile(), on({2026, 11, 28}, "{{org_name}}"));
  EXPECT_EQ(skeleton.paragraphs[0].text, "关于{{org_name}}工作开展情况的报告");
}

// A template whose section a has two alternatives and an optional sub-section, b is required.
ReportTemplate choices() {
  return value_of(parse_template(test::template_head() + R"(  <section id="a" level="1">
    <heading>甲</heading>
    <alternative id="short"><p>简{{org_short_name}}。</p></alternative>
    <alternative id="long"><p>详一。</p><p>详二。</p></alternative>
    <section id="a-1" level="2"><heading>甲一</heading><p>甲一正文。</p></section>
  </section>
  <section id="b" level="1" required="true"><heading>乙</heading><p>乙正文。</p></section>
  <closing>特此报告。</closing>
  <attachment-note>附件：1. 清单</attachment-note>
  <attachment-note>2. 台账</attachment-note>
  <signature>{{org_name}}</signature>
  <date>{{date}}</date>
</template>)",
                                 "t.xml"));
}

Profile minimal_profile() {
  Profile profile;
  profile.full_name = "甲单位";
  profile.short_name = "甲";
  profile.superior_body = "乙机关";
  return profile;
}

TEST(SkeletonTest, TheFirstAlternativeIsTheDefault) {
  const Skeleton skeleton = build_skeleton(choices(), minimal_profile(), on({2026, 3, 5}));
  EXPECT_EQ(
      texts_of(skeleton, Role::Body),
      (std::vector<std::string>{"简甲。", "甲一正文。", "乙正文。", "附件：1. 清单", "2. 台账"}));
}

TEST(SkeletonTest, AnAlternativeIsChosenBySectionId) {
  SkeletonOptions options = on({2026, 3, 5});
  options.alternatives["a"] = "long";
  const Skeleton skeleton = build_skeleton(choices(), minimal_profile(), options);
  EXPECT_EQ(texts_of(skeleton, Role::Body),
            (std::vector<std::string>{"详一。", "详二。", "甲一正文。", "乙正文。", "附件：1. 清单",
                                      "2. 台账"}));
  // An alternative that does not exist falls back to the default instead of losing text.
  options.alternatives["a"] = "medium";
  EXPECT_EQ(texts_of(build_skeleton(choices(), minimal_profile(), options), Role::Body)[0],
            "简甲。");
}

TEST(SkeletonTest, OptionalSectionsCanBeLeftOutButRequiredOnesStay) {
  SkeletonOptions options = on({2026, 3, 5});
  options.omit = {"a-1"};
  EXPECT_EQ(texts_of(build_skeleton(choices(), minimal_profile(), options), Role::Heading),
            (std::vector<std::string>{"甲", "乙"}));
  options.omit = {"a", "b"};
  EXPECT_EQ(texts_of(build_skeleton(choices(), minimal_profile(), options), Role::Heading),
            std::vector<std::string>{"乙"})
      << "leaving out a section leaves out its sub-sections; a required one is kept";
}

TEST(SkeletonTest, AttachmentNoteComesAfterTheClosingAndBeforeTheSignature) {
  const Skeleton skeleton = build_skeleton(choices(), minimal_profile(), on({2026, 3, 5}));
  const std::vector<SkeletonParagraph>& paragraphs = skeleton.paragraphs;
  const std::size_t n = paragraphs.size();
  ASSERT_GE(n, 5u);
  EXPECT_EQ(paragraphs[n - 5].role, Role::Closing);
  EXPECT_EQ(paragraphs[n - 4].role, Role::Body);
  EXPECT_EQ(paragraphs[n - 4].text, "附件：1. 清单");
  EXPECT_EQ(paragraphs[n - 3].text, "2. 台账");
  EXPECT_EQ(paragraphs[n - 2].role, Role::Signature);
  EXPECT_EQ(paragraphs[n - 1].role, Role::Date);
}

TEST(SkeletonTest, OptionsThatDoNotFitTheTemplateAreExplained) {
  const ReportTemplate tmpl = choices();
  SkeletonOptions options = on({2026, 3, 5});
  EXPECT_FALSE(check_skeleton_options(tmpl, options));
  options.alternatives = {{"a", "long"}};
  options.omit = {"a-1"};
  EXPECT_FALSE(check_skeleton_options(tmpl, options));
  options.alternatives = {{"a", "medium"}};
  EXPECT_EQ(check_skeleton_options(tmpl, options),
            "section 'a' has no alternative 'medium' (it has: short, long)");
  options.alternatives = {{"b", "x"}};
  EXPECT_EQ(check_skeleton_options(tmpl, options),
            "section 'b' has no alternative 'x' (it has: default)");
  options.alternatives = {{"a-1", "x"}, {"z", "x"}};
  EXPECT_EQ(check_skeleton_options(tmpl, options),
            "section 'a-1' has no alternative 'x' (it has: default)");
  options.alternatives = {{"z", "x"}};
  EXPECT_EQ(check_skeleton_options(tmpl, options), "template 't' has no section 'z'");
  options.alternatives.clear();
  options.omit = {"b"};
  EXPECT_EQ(check_skeleton_options(tmpl, options),
            "section 'b' is required and cannot be left out");
  options.omit = {"q"};
  EXPECT_EQ(check_skeleton_options(tmpl, options), "template 't' has no section 'q'");
}

TEST(SkeletonTest, TheTemplatesDateFormWinsOverTheProfiles) {
  ReportTemplate tmpl = choices();
  tmpl.date_style = DateStyle::Iso;
  Profile profile = minimal_profile();
  profile.date_style = DateStyle::Chinese;
  EXPECT_EQ(build_skeleton(tmpl, profile, on({2026, 3, 5})).paragraphs.back().text, "2026-03-05");
  tmpl.date_style.reset();
  EXPECT_EQ(build_skeleton(tmpl, profile, on({2026, 3, 5})).paragraphs.back().text,
            "二〇二六年三月五日");
}

TEST(SkeletonTest, DefaultTopicMayNameAField) {
  ReportTemplate tmpl = choices();
  tmpl.default_topic = "{{year}}年度{{nobody}}";
  EXPECT_EQ(build_skeleton(tmpl, minimal_profile(), on({2026, 3, 5})).paragraphs[0].text,
            "关于2026年度{{nobody}}的报告");
}

TEST(SkeletonTest, ProfileFieldsIncludeTheDocumentNumberForTheReportYear) {
  ReportTemplate tmpl = choices();
  tmpl.signature = "{{document_number}} {{contact}} {{phone}} {{address}}";
  Profile profile = minimal_profile();
  profile.document_number = "甲发〔{{year}}〕{{seq}}号";
  profile.contact_name = "周敏";
  profile.contact_phone = "0000-1";
  profile.address = "某路1号";
  EXPECT_EQ(build_skeleton(tmpl, profile, on({2019, 3, 5})).paragraphs.end()[-2].text,
            "甲发〔2019〕{{seq}}号 周敏 0000-1 某路1号");
}

TEST(SkeletonTest, EveryShippedTemplateFillsEveryFieldWithTheExampleProfile) {
  for (const std::string& id : test::shipped_template_ids()) {
    const ReportTemplate tmpl = value_of(load_template(test::template_dir() + "/" + id + ".xml"));
    const Skeleton skeleton = build_skeleton(tmpl, example_profile(), on({2026, 11, 28}));
    ASSERT_GE(skeleton.paragraphs.size(), 10u) << id;
    EXPECT_EQ(skeleton.paragraphs.front().role, Role::Title) << id;
    for (const SkeletonParagraph& paragraph : skeleton.paragraphs) {
      EXPECT_EQ(paragraph.text.find("{{"), std::string::npos) << id << ": " << paragraph.text;
    }
    // The date ends the report, but for the 附注 a 请示 carries after it.
    const auto date = std::find_if(skeleton.paragraphs.rbegin(), skeleton.paragraphs.rend(),
                                   [](const SkeletonParagraph& p) { return p.role == Role::Date; });
    ASSERT_NE(date, skeleton.paragraphs.rend()) << id;
    EXPECT_EQ(date->text, id == "status-report" ? "2026-11-28" : "2026年11月28日");
    EXPECT_EQ(date - skeleton.paragraphs.rbegin(), id == "request" ? 1 : 0) << id;
  }
}

TEST(SkeletonTest, AnnualSummaryTitleNamesTheYear) {
  const ReportTemplate tmpl = value_of(load_template(test::template_dir() + "/annual-summary.xml"));
  EXPECT_EQ(build_skeleton(tmpl, example_profile(), on({2026, 12, 20})).paragraphs[0].text,
            "东湖银行滨江支行2026年度工作总结");
  EXPECT_EQ(build_skeleton(tmpl, example_profile(), on({2026, 12, 20}, "消费者权益保护"))
                .paragraphs[0]
                .text,
            "东湖银行滨江支行2026年度消费者权益保护工作总结");
  EXPECT_TRUE(
      texts_of(build_skeleton(tmpl, example_profile(), on({2026, 12, 20})), Role::Closing).empty());
}

}  // namespace
}  // namespace chengbao

namespace chengbao {
namespace {

TEST(SectionSkeletonTest, OneSectionWithItsBoilerplateAndSubSectionsFilledIn) {
  const ReportTemplate tmpl = work_report();
  const Profile profile = example_profile();
  const auto section =
      build_section_skeleton(tmpl, profile, "problems", on(Date{2026, 11, 28}, "消费者权益保护"));
  ASSERT_TRUE(section.has_value());
  const auto whole = build_skeleton(tmpl, profile, on(Date{2026, 11, 28}, "消费者权益保护"));

  // The same paragraphs the whole report has for that section, from its heading to the next
  // level-1 heading.
  std::size_t begin = 0;
  while (begin < whole.paragraphs.size() && whole.paragraphs[begin].text != "存在的问题") ++begin;
  ASSERT_LT(begin + section->paragraphs.size(), whole.paragraphs.size());
  for (std::size_t i = 0; i < section->paragraphs.size(); ++i) {
    EXPECT_EQ(section->paragraphs[i].text, whole.paragraphs[begin + i].text) << i;
    EXPECT_EQ(section->paragraphs[i].role, whole.paragraphs[begin + i].role) << i;
    EXPECT_EQ(section->paragraphs[i].level, whole.paragraphs[begin + i].level) << i;
  }
  EXPECT_EQ(whole.paragraphs[begin + section->paragraphs.size()].text, "下一步工作打算");
  EXPECT_EQ(
      texts_of(*section, Role::Heading),
      (std::vector<std::string>{"存在的问题", "思想认识有待进一步提高", "工作机制有待进一步完善"}));
  EXPECT_NE(section->paragraphs[2].text.find("消费者权益保护工作"), std::string::npos);
}

TEST(SectionSkeletonTest, AlternativeAndOrganisationFieldsAsRuns) {
  SkeletonOptions options = on(Date{2026, 11, 28});
  options.alternatives["basic-leadership"] = "b";
  options.omit.insert("basic-leadership");  // asked for by name, it comes all the same
  const auto section =
      build_section_skeleton(work_report(), example_profile(), "basic-leadership", options);
  ASSERT_TRUE(section.has_value());
  ASSERT_EQ(section->paragraphs.size(), 3u);
  EXPECT_EQ(section->paragraphs[0].role, Role::Heading);
  EXPECT_EQ(section->paragraphs[0].level, 2);
  // Alternative b opens with the organisation's short name, a field the writer keeps live.
  ASSERT_FALSE(section->paragraphs[1].runs.empty());
  EXPECT_EQ(section->paragraphs[1].runs[0].field, "org_short_name");
  EXPECT_EQ(section->paragraphs[1].runs[0].text, example_profile().short_name);
}

TEST(SectionSkeletonTest, UnknownSectionIsNothing) {
  EXPECT_FALSE(
      build_section_skeleton(work_report(), example_profile(), "no-such", on(Date{2026, 1, 1}))
          .has_value());
}

// ---- 版头 and 版记 ----------------------------------------------------------------------------

TEST(SkeletonMastheadTest, UpwardReportGetsMarkNumberAndSigner) {
  SkeletonOptions options = on({2026, 11, 20});
  options.masthead = true;
  options.sequence = "12";
  const Skeleton skeleton = build_skeleton(work_report(), example_profile(), options);
  ASSERT_GE(skeleton.paragraphs.size(), 3u);
  EXPECT_EQ(skeleton.paragraphs[0].role, Role::Masthead);
  EXPECT_EQ(skeleton.paragraphs[0].text, "东湖银行股份有限公司滨江支行文件");
  EXPECT_EQ(skeleton.paragraphs[1].role, Role::DocumentNumber);
  // A 报告 is sent up: the 签发人 stands on the number's line, after a tab.
  EXPECT_EQ(skeleton.paragraphs[1].text, "东湖银滨发〔2026〕12号\t签发人：林志远");
  EXPECT_EQ(skeleton.paragraphs[2].role, Role::Title);
  // Without a sequence the number is left visibly open; without a mark the full name + 文件.
  options.sequence.clear();
  Profile profile = example_profile();
  profile.issuer_mark.clear();
  const Skeleton open = build_skeleton(work_report(), profile, options);
  EXPECT_EQ(open.paragraphs[0].text, "东湖银行股份有限公司滨江支行文件");
  EXPECT_EQ(open.paragraphs[1].text, "东湖银滨发〔2026〕【序号】号\t签发人：林志远");
}

TEST(SkeletonMastheadTest, SummaryIsNotSentUpAndHasNoSigner) {
  const ReportTemplate summary =
      value_of(load_template(test::template_dir() + "/annual-summary.xml"));
  SkeletonOptions options = on({2026, 11, 20});
  options.masthead = true;
  const Skeleton skeleton = build_skeleton(summary, example_profile(), options);
  EXPECT_EQ(texts_of(skeleton, Role::DocumentNumber),
            std::vector<std::string>{"东湖银滨发〔2026〕【序号】号"});
}

TEST(SkeletonMastheadTest, TraditionalTemplateWritesTraditionalLabels) {
  const ReportTemplate hant =
      value_of(load_template(test::staged_template_dir() + "/zh-Hant/work-report.xml"));
  SkeletonOptions options = on({2026, 11, 20});
  options.masthead = true;
  options.colophon = true;
  const Skeleton skeleton = build_skeleton(hant, example_profile(), options);
  EXPECT_NE(skeleton.paragraphs[1].text.find("【序號】"), std::string::npos);
  EXPECT_NE(skeleton.paragraphs[1].text.find("簽發人："), std::string::npos);
  EXPECT_NE(skeleton.paragraphs.back().text.find("印發"), std::string::npos);
}

TEST(SkeletonColophonTest, CopyToAndPrintingLineEndTheReport) {
  SkeletonOptions options = on({2026, 11, 20});
  options.colophon = true;
  const Skeleton skeleton = build_skeleton(work_report(), example_profile(), options);
  EXPECT_EQ(texts_of(skeleton, Role::Colophon),
            (std::vector<std::string>{"抄送：东湖银行股份有限公司总行办公室。",
                                      "东湖银行滨江支行办公室\t2026年11月20日印发"}));
  EXPECT_EQ(skeleton.paragraphs.back().role, Role::Colophon);
  // No 抄送 without whom to send copies to; the printer defaults to the name and department.
  Profile profile = example_profile();
  profile.copy_to.clear();
  profile.printed_by.clear();
  EXPECT_EQ(texts_of(build_skeleton(work_report(), profile, options), Role::Colophon),
            std::vector<std::string>{"东湖银行股份有限公司滨江支行办公室\t2026年11月20日印发"});
  // Off by default.
  const Skeleton plain = build_skeleton(work_report(), example_profile(), on({2026, 11, 20}));
  EXPECT_TRUE(texts_of(plain, Role::Colophon).empty());
  EXPECT_TRUE(texts_of(plain, Role::Masthead).empty());
}

TEST(SkeletonMastheadTest, EnglishTemplateRefusesThem) {
  const ReportTemplate english =
      value_of(load_template(test::template_dir() + "/status-report.xml"));
  SkeletonOptions options = on({2026, 11, 20});
  options.masthead = true;
  ASSERT_TRUE(check_skeleton_options(english, options).has_value());
  EXPECT_NE(check_skeleton_options(english, options)->find("English"), std::string::npos);
  EXPECT_FALSE(check_skeleton_options(work_report(), options).has_value());
}

TEST(SkeletonRecordTest, RecordsTemplateScriptDateStyleAndTopic) {
  Profile profile = example_profile();
  profile.date_style = DateStyle::Roc;
  const DocumentRecord record =
      skeleton_record(work_report(), profile, on({2026, 11, 20}, "档案管理"));
  EXPECT_EQ(record.template_id, "work-report");
  EXPECT_EQ(record.script, "zh-Hans");
  EXPECT_EQ(record.date_style, DateStyle::Roc);
  EXPECT_EQ(record.topic, "档案管理");
}

}  // namespace
}  // namespace chengbao
