// Tests of script_convert.hpp and convert_to_template_script: a 繁體 report is Traditional
// throughout, with the region's standard.
#include "script_convert.hpp"

#include <gtest/gtest.h>

#include "shipped_templates.hpp"
#include "skeleton.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

using test::value_of;

TEST(ScriptConvertTest, OpenccGivesEachRegionItsOwnStandard) {
  // OpenCC is installed by scripts/install-deps.sh; without it there is nothing to test here.
  const TextConverter taiwan = opencc_traditional(Region::Taiwan);
  const TextConverter hong_kong = opencc_traditional(Region::HongKong);
  ASSERT_TRUE(taiwan) << opencc_unavailable_reason(Region::Taiwan);
  ASSERT_TRUE(hong_kong) << opencc_unavailable_reason(Region::HongKong);
  EXPECT_EQ(taiwan("关于档案管理工作开展情况的报告，市财政局为此"),
            "關於檔案管理工作開展情況的報告，市財政局為此");
  EXPECT_EQ(taiwan("里面"), "裡面");
  EXPECT_EQ(hong_kong("里面"), "裏面");
  EXPECT_EQ(taiwan(""), "");
  EXPECT_EQ(taiwan("2026年〔12〕号"), "2026年〔12〕號");
}

TEST(ScriptConvertTest, RegionNames) {
  EXPECT_EQ(parse_region("HK"), Region::HongKong);
  EXPECT_EQ(parse_region("zh-hk"), Region::HongKong);
  EXPECT_EQ(parse_region("TW"), Region::Taiwan);
  EXPECT_EQ(parse_region(""), Region::Taiwan);
  EXPECT_STREQ(region_code(Region::HongKong), "HK");
}

Profile simplified_profile() {
  Profile profile;
  profile.full_name = "市财政局";
  profile.short_name = "财政局";
  profile.superior_body = "市人民政府";
  profile.signatory_name = "林志远";
  profile.document_number = "市财发〔{{year}}〕{{seq}}号";
  profile.copy_to = "市审计局";
  profile.custom["postcode"] = "邮编000000";
  return profile;
}

TEST(ScriptConvertTest, ATraditionalTemplatesReportConvertsTheValuesAndTheTopic) {
  const ReportTemplate hant =
      value_of(load_template(test::staged_template_dir() + "/zh-Hant/work-report.xml"));
  Profile profile = simplified_profile();
  SkeletonOptions options;
  options.date = {2026, 11, 20};
  options.topic = "档案管理";
  convert_to_template_script(hant, opencc_traditional(Region::Taiwan), profile, options);
  EXPECT_EQ(profile.full_name, "市財政局");
  EXPECT_EQ(profile.signatory_name, "林志遠");
  EXPECT_EQ(profile.document_number, "市財發〔{{year}}〕{{seq}}號");
  EXPECT_EQ(profile.custom.at("postcode"), "郵編000000");
  EXPECT_EQ(options.topic, "檔案管理");
  const Skeleton skeleton = build_skeleton(hant, profile, options);
  EXPECT_EQ(skeleton.paragraphs[0].text, "關於檔案管理工作開展情況的報告");
  EXPECT_EQ(skeleton.paragraphs[1].text, "市人民政府：");
  EXPECT_EQ(traditional_region(hant, profile), Region::Taiwan);
}

TEST(ScriptConvertTest, ASimplifiedTemplateOrNoConverterChangesNothing) {
  const ReportTemplate hans = value_of(load_template(test::template_dir() + "/work-report.xml"));
  Profile profile = simplified_profile();
  SkeletonOptions options;
  options.topic = "档案管理";
  convert_to_template_script(hans, opencc_traditional(Region::Taiwan), profile, options);
  EXPECT_EQ(profile.full_name, "市财政局");
  EXPECT_EQ(options.topic, "档案管理");
  EXPECT_FALSE(traditional_region(hans, profile).has_value());
  const ReportTemplate hant =
      value_of(load_template(test::staged_template_dir() + "/zh-Hant/work-report.xml"));
  convert_to_template_script(hant, TextConverter(), profile, options);
  EXPECT_EQ(profile.full_name, "市财政局");
}

}  // namespace
}  // namespace chengbao
