// vnd.chengbao:Help: each command's help page, made from the .xhp sources at build time, opened in
// the browser in the office's UI language. A stand-in browser (DESKTOP_LAUNCH, which the office's
// shell-execute service runs in place of xdg-open) records what the office asks it to show.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <sys/stat.h>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

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
    browserDir_ =
        std::filesystem::temp_directory_path() / ("chengbao_browser_" + std::to_string(::getpid()));
    std::filesystem::create_directories(browserDir_);
    const auto script = browserDir_ / "browser";
    std::ofstream(script) << "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '"
                          << (browserDir_ / "opened").string() << "'\n";
    ::chmod(script.c_str(), 0755);
    ::setenv("DESKTOP_LAUNCH", script.c_str(), 1);
    OfficeTest::SetUpTestSuite();
  }
  static void TearDownTestSuite() {
    OfficeTest::TearDownTestSuite();
    std::error_code ignored;
    std::filesystem::remove_all(browserDir_, ignored);
  }
  void SetUp() override {
    OfficeTest::SetUp();
    std::filesystem::remove(browserDir_ / "opened");
  }

  /// The URLs the browser was asked to show, once `count` have come (or after 10 s).
  std::vector<std::string> opened(size_t count) {
    std::vector<std::string> urls;
    for (int i = 0; i < 100; ++i) {
      urls.clear();
      std::istringstream lines(readFile(browserDir_ / "opened"));
      for (std::string line; std::getline(lines, line);)
        if (!line.empty()) urls.push_back(line);
      if (urls.size() >= count) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return urls;
  }

  static inline std::filesystem::path browserDir_;
};

TEST_F(HelpTest, EachCommandsPageOpensInTheBrowserInTheUILanguage) {
  const std::vector<std::pair<std::string, std::string>> topics = {
      {"Wizard", "wizard"},
      {"InsertReport", "insert_report"},
      {"InsertSection", "insert_section"},
      {"Check", "check"},
      {"Fix", "fix"},
      {"ApplyProfile", "apply_profile"},
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
  EXPECT_EQ(links, 7u) << html;
  EXPECT_EQ(opened(1), std::vector<std::string>{outcome.message});
}

TEST_F(HelpTest, AnUnknownTopicOrAPathIsRefusedAndNothingOpens) {
  for (const std::string topic : {"NoSuchCommand", "../../../../etc/passwd", "check.html"}) {
    const DispatchOutcome outcome = dispatch("Help", {{"Topic", topic}});
    ASSERT_TRUE(outcome.answered);
    EXPECT_FALSE(outcome.success) << topic;
    EXPECT_NE(outcome.message.find(topic), std::string::npos) << outcome.message;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_FALSE(std::filesystem::exists(browserDir_ / "opened"));
  EXPECT_TRUE(office_->responsive());
}

}  // namespace
