// Tests of messages.hpp: every message exists in three languages and takes its arguments.
#include "messages.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

TEST(MessagesTest, FillsArgumentsInEachLanguage) {
  EXPECT_EQ(message(Message::NumberingGap, Language::ZhCN, {"三、", "四、"}),
            "编号不连续：应为“三、”，实为“四、”");
  EXPECT_EQ(message(Message::NumberingGap, Language::ZhTW, {"三、", "四、"}),
            "編號不連續：應為「三、」，實為「四、」");
  EXPECT_EQ(message(Message::NumberingGap, Language::En, {"三、", "四、"}),
            "Numbering gap: “四、” should be “三、”");
}

TEST(MessagesTest, EveryMessageHasTextAndNoUnfilledArgument) {
  for (int id = 0; id <= static_cast<int>(Message::DuplicateParagraph); ++id) {
    for (Language language : {Language::ZhCN, Language::ZhTW, Language::En}) {
      const std::string text = message(static_cast<Message>(id), language, {"甲", "乙"});
      EXPECT_FALSE(text.empty()) << id;
      EXPECT_EQ(text.find("{0}"), std::string::npos) << text;
      EXPECT_EQ(text.find("{1}"), std::string::npos) << text;
    }
  }
}

TEST(MessagesTest, MissingArgumentsBecomeEmpty) {
  EXPECT_EQ(message(Message::DateInvalid, Language::ZhCN), "日期不存在：“”");
}

}  // namespace
}  // namespace chengbao
