// vnd.chengbao:Help: each command's help page, made from the .xhp sources at build time, opened in
// the browser in the office's UI language; a stand-in browser records what the office asks it to
// show.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "browser_recorder.hxx"
#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;

/// The local path of a file URL.
std::string pathOf(const std::string& url) {
  return chengbao::ext::toSystemPath(chengbao::ext::toOUString(url));
}

/// The <title> of a source page, e.g. extension/help/zh-CN/org.chengbao.extension/check.xhp.
std::string sourceTitle(const std::string& language, const std::string& page) {
  const std::string xhp = readFile(std::filesystem::path(CHENGBAO_SOURCE_DIR) / "extension/help" /
                                   language / "org.chengbao.extension" / (page + ".xhp"));
  std::smatch match;
  if (!std::regex_search(xhp, match, std::regex("<title[^>]*>([^<]*)</title>"))) return "?";
  return match[1];
}

class HelpTest : public OfficeTest {
 protected:
  static void SetUpTestSuite() {
    if (office_) return;
    browser_ = std::make_unique<chengbao::office::BrowserRecorder>();  // before the office starts
    OfficeTest::SetUpTestSuite();
  }
  static void TearDownTestSuite() {
    OfficeTest::TearDownTestSuite();
    browser_.reset();
  }
  void SetUp() override {
    OfficeTest::SetUp();
    browser_->clear();
  }

  static std::vector<std::string> opened(size_t count) { return browser_->opened(count); }

  static inline std::unique_ptr<chengbao::office::BrowserRecorder> browser_;
};

TEST_F(HelpTest, EachCommandsPageOpensInTheBrowserInTheUILanguage) {
  const std::vector<std::pair<std::string, std::string>> topics = {
      {"Wizard", "wizard"},
      {"InsertReport", "insert_report"},
      {"InsertSection", "insert_section"},
      {"Check", "check"},
      {"Fix", "fix"},
      {"ApplyProfile", "apply_profile"},
      {"SaveHouseTemplate", "save_house_template"},
      {"Options", "options"}};
  for (size_t i = 0; i < topics.size(); ++i) {
    const auto& [topic, page] = topics[i];
    const DispatchOutcome outcome = dispatch("Help", {{"Topic", topic}});
    ASSERT_TRUE(outcome.success) << topic << ": " << outcome.message;
    // The page of the installed extension, in the office's UI language,
    const std::filesystem::path path = pathOf(outcome.message);
    ASSERT_EQ(path.filename(), page + ".html") << outcome.message;
    const std::string language = path.parent_path().filename();
    EXPECT_TRUE(language == "zh-CN" || language == "zh-TW" || language == "en-US") << language;
    // headed with the title of its source page,
    const std::string html = readFile(path);
    EXPECT_NE(html.find("<h1>" + sourceTitle(language, page) + "</h1>"), std::string::npos) << path;
    EXPECT_NE(html.find("<html lang=\"" + language + "\">"), std::string::npos) << path;
    // is what the browser was asked to show.
    const auto urls = opened(i + 1);
    ASSERT_EQ(urls.size(), i + 1) << topic;
    EXPECT_EQ(urls.back(), outcome.message);
  }
}

TEST_F(HelpTest, WithoutATopicTheContentsLinkEveryPage) {
  const DispatchOutcome outcome = dispatch("Help", {});
  ASSERT_TRUE(outcome.success) << outcome.message;
  const std::filesystem::path index = pathOf(outcome.message);
  ASSERT_EQ(index.filename(), "index.html");
  const std::string html = readFile(index);
  size_t links = 0;
  const std::regex link("href=\"([a-z_]+\\.html)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), link); it != std::sregex_iterator();
       ++it, ++links)
    EXPECT_TRUE(std::filesystem::is_regular_file(index.parent_path() / (*it)[1].str())) << (*it)[1];
  EXPECT_EQ(links, 8u) << html;
  EXPECT_EQ(opened(1), std::vector<std::string>{outcome.message});
}

TEST_F(HelpTest, AnUnknownTopicOrAPathIsRefusedAndNothingOpens) {
  for (const std::string topic : {"NoSuchCommand", "../../../../etc/passwd", "check.html"}) {
    const DispatchOutcome outcome = dispatch("Help", {{"Topic", topic}});
    ASSERT_TRUE(outcome.answered);
    EXPECT_FALSE(outcome.success) << topic;
    EXPECT_NE(outcome.message.find(topic), std::string::npos) << outcome.message;
  }
  // Then a valid request opens its page, and it is the only one the browser was handed.
  const DispatchOutcome valid = dispatch("Help", {{"Topic", "Check"}});
  ASSERT_TRUE(valid.success) << valid.message;
  EXPECT_EQ(opened(1), std::vector<std::string>{valid.message});
  EXPECT_TRUE(office_->responsive());
}

}  // namespace
