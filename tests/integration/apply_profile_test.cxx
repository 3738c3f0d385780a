// ApplyProfile end to end: organisation fields re-filled from another profile in a real office.
#include <fstream>
#include <string>
#include <vector>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;

class ApplyProfileTest : public OfficeTest {
 protected:
  static std::vector<std::string> texts(const std::vector<ParagraphInfo>& paras) {
    std::vector<std::string> result;
    for (const auto& para : paras) result.push_back(para.text);
    return result;
  }
};

TEST_F(ApplyProfileTest, RefillsEveryOrganisationFieldAndOneUndoRestoresThem) {
  // Given a report made with the example profile, and a paragraph the user wrote at the end,
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  appendParagraph(doc_, "这是用户自己写的一段话，不属于任何字段。");
  const auto before = paragraphs(doc_);
  const chengbao::Profile example = loadProfileOrThrow(kExampleProfile);
  const std::string otherPath = writeProfile("other.xml");
  const chengbao::Profile other = loadProfileOrThrow(otherPath);

  // when another profile is applied,
  const DispatchOutcome outcome = dispatch("ApplyProfile", {{"Profile", otherPath}});
  ASSERT_TRUE(outcome.answered);
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then every organisation value shows the other institution, and nothing else changed.
  const auto after = paragraphs(doc_);
  ASSERT_EQ(after.size(), before.size());
  EXPECT_EQ(after[1].text, other.superior_body + "：");
  EXPECT_EQ(after[after.size() - 3].text, other.full_name);
  int changed = 0;
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(after[i].text.find(example.full_name), std::string::npos) << after[i].text;
    EXPECT_EQ(after[i].text.find(example.short_name), std::string::npos) << after[i].text;
    EXPECT_EQ(after[i].text.find(example.superior_body), std::string::npos) << after[i].text;
    const bool mentions = before[i].text.find(example.short_name) != std::string::npos ||
                          before[i].text.find(example.full_name) != std::string::npos ||
                          before[i].text.find(example.superior_body) != std::string::npos;
    if (!mentions) {
      EXPECT_EQ(after[i].text, before[i].text) << "paragraph " << i << " was changed";
    } else {
      ++changed;
    }
    EXPECT_EQ(after[i].style, before[i].style);
  }
  EXPECT_GE(changed, 3) << "addressee, opening and signature name the organisation";
  EXPECT_EQ(after.back().text, "这是用户自己写的一段话，不属于任何字段。");

  // One undo brings the example's values back, byte for byte.
  ASSERT_TRUE(undo(doc_));
  EXPECT_EQ(texts(paragraphs(doc_)), texts(before));
}

TEST_F(ApplyProfileTest, ABrokenProfileChangesNothingAndSaysWhere) {
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  const auto before = paragraphs(doc_);
  const std::string broken = (workDir_ / "broken.xml").string();
  std::ofstream(broken) << "<?xml version=\"1.0\"?>\n<profile format=\"1\">\n<organisation>\n";

  const DispatchOutcome outcome = dispatch("ApplyProfile", {{"Profile", broken}});

  ASSERT_TRUE(outcome.answered);
  EXPECT_FALSE(outcome.success);
  EXPECT_NE(outcome.message.find(broken + ":"), std::string::npos) << outcome.message;
  EXPECT_EQ(texts(paragraphs(doc_)), texts(before));
}

}  // namespace
