// Tests of finding.hpp: severity names and the message language of a locale.
#include "finding.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

TEST(FindingTest, SeverityNames) {
  EXPECT_STREQ(severity_name(Severity::Info), "info");
  EXPECT_STREQ(severity_name(Severity::Warning), "warning");
  EXPECT_STREQ(severity_name(Severity::Error), "error");
}

TEST(FindingTest, ParsesLocalesAndLanguageTags) {
  EXPECT_EQ(parse_language("zh-CN"), Language::ZhCN);
  EXPECT_EQ(parse_language("zh_CN.UTF-8"), Language::ZhCN);
  EXPECT_EQ(parse_language("zh"), Language::ZhCN);
  EXPECT_EQ(parse_language("zh-SG"), Language::ZhCN);
  EXPECT_EQ(parse_language("zh-Hans-HK"), Language::ZhCN);
  EXPECT_EQ(parse_language("zh-TW"), Language::ZhTW);
  EXPECT_EQ(parse_language("zh_TW.Big5"), Language::ZhTW);
  EXPECT_EQ(parse_language("zh-HK"), Language::ZhTW);
  EXPECT_EQ(parse_language("zh_MO"), Language::ZhTW);
  EXPECT_EQ(parse_language("zh-Hant"), Language::ZhTW);
  EXPECT_EQ(parse_language("ZH-hant-cn"), Language::ZhTW);
  EXPECT_EQ(parse_language("en"), Language::En);
  EXPECT_EQ(parse_language("en_US.UTF-8"), Language::En);
  EXPECT_EQ(parse_language("C"), Language::En);
  EXPECT_EQ(parse_language(""), Language::En);
  EXPECT_EQ(parse_language("zhx"), Language::En);
}

}  // namespace
}  // namespace chengbao
