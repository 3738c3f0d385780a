// Tests of fold.hpp: headings and closings compare equal across script, width and spacing.
#include "fold.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

TEST(FoldTest, TraditionalFoldsToSimplified) {
  EXPECT_EQ(to_simplified(U'報'), U'报');
  EXPECT_EQ(to_simplified(U'況'), U'况');
  EXPECT_EQ(to_simplified(U'總'), U'总');
  EXPECT_EQ(to_simplified(U'結'), U'结');
  EXPECT_EQ(to_simplified(U'报'), U'报');
  EXPECT_EQ(to_simplified(U'a'), U'a');
}

TEST(FoldTest, HeadingsMatchAcrossScriptWidthSpacesAndTrailingColon) {
  EXPECT_EQ(fold_for_match("基本情況："), fold_for_match("基本情况"));
  EXPECT_EQ(fold_for_match("存在的問題"), fold_for_match("存在的问题"));
  EXPECT_EQ(fold_for_match("下一步 工作打算:"), fold_for_match("下一步工作打算"));
  EXPECT_EQ(fold_for_match("整改措施　"), fold_for_match("整改措施"));
  EXPECT_EQ(fold_for_match("組織領導"), fold_for_match("组织领导"));
  EXPECT_EQ(fold_for_match("ＡＴＭ管理"), fold_for_match("atm管理"));
  EXPECT_NE(fold_for_match("基本情况"), fold_for_match("基本情况说明"));
}

TEST(FoldTest, ClosingsMatchWithoutFinalPunctuation) {
  EXPECT_EQ(fold_for_match("特此報告。"), fold_for_match("特此报告"));
  EXPECT_EQ(fold_for_match("以上報告，請審閱。"), fold_for_match("以上报告，请审阅。"));
  EXPECT_EQ(fold_for_match("妥否，请批示"), fold_for_match("妥否,请批示。"));
}

TEST(FoldTest, TableIsSortedAndMapsEachCharacterOnce) {
  // Every Traditional character of the headings of the genres we ship folds.
  const std::u32string traditional =
      U"報告況題問進劃計設實施發現開展組織領導機製構傳訓訴處護結總績";
  const std::u32string simplified = U"报告况题问进划计设实施发现开展组织领导机制构传训诉处护结总绩";
  ASSERT_EQ(traditional.size(), simplified.size());
  for (std::size_t i = 0; i < traditional.size(); ++i) {
    EXPECT_EQ(to_simplified(traditional[i]), simplified[i]) << i;
  }
}

TEST(GuessScriptTest, TheCharactersThatDifferDecide) {
  EXPECT_EQ(guess_script(U"關於檔案管理工作開展情況的報告"), "zh-Hant");
  EXPECT_EQ(guess_script(U"关于档案管理工作开展情况的报告"), "zh-Hans");
  // Shared characters and English say nothing; a few quoted Simplified words in a Traditional
  // report do not outvote it.
  EXPECT_EQ(guess_script(U"工作总结"), "zh-Hans");
  EXPECT_EQ(guess_script(U"工作"), "");
  EXPECT_EQ(guess_script(U"Status report"), "");
  EXPECT_EQ(guess_script(U"基本情況：「报告」一詞的寫法與說明"), "zh-Hant");
}

TEST(GuessScriptTest, ParagraphsInUtf8CountTogether) {
  // A Simplified heading outvoted by the Traditional paragraph after it, as in one string.
  EXPECT_EQ(guess_script({"关于报告", "關於檔案管理工作開展情況的報告"}), "zh-Hant");
  EXPECT_EQ(guess_script({"关于档案管理工作", "開展"}), "zh-Hans");
  // Bytes that are not UTF-8, a cut sequence and four-byte characters say nothing.
  EXPECT_EQ(guess_script({std::string_view("\xE5\xA0", 2), "\xF0\xA0\x80\x80", "abc"}), "");
  EXPECT_EQ(guess_script({std::string_view("\xE5\xA0", 2), "報"}), "zh-Hant");
  EXPECT_EQ(guess_script(std::vector<std::string_view>{}), "");
}

}  // namespace
}  // namespace chengbao
