// Help in a real window: 报告 ▸ 呈报帮助 and the Check panel's 帮助 button open the extension's
// help pages in the browser. A stand-in browser (DESKTOP_LAUNCH, which the office runs in place of
// xdg-open) records what the office asks it to show.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include <sys/stat.h>

#include <com/sun/star/frame/FrameSearchFlag.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include "gui_fixture.hxx"

namespace {

using namespace chengbao::gui;
using namespace css;
using namespace std::chrono_literals;
using chengbao::ext::toUtf8;

class HelpGuiTest : public GuiTest {
 protected:
  static void SetUpTestSuite() {
    if (session_) return;
    browserDir_ = std::filesystem::temp_directory_path() /
                  ("chengbao_gui_browser_" + std::to_string(::getpid()));
    std::filesystem::create_directories(browserDir_);
    const auto script = browserDir_ / "browser";
    std::ofstream(script) << "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '"
                          << (browserDir_ / "opened").string() << "'\n";
    ::chmod(script.c_str(), 0755);
    ::setenv("DESKTOP_LAUNCH", script.c_str(), 1);
    GuiTest::SetUpTestSuite();
  }
  static void TearDownTestSuite() {
    GuiTest::TearDownTestSuite();
    std::error_code ignored;
    std::filesystem::remove_all(browserDir_, ignored);
  }

  /// The first URL the browser was asked to show (empty after 10 s without one).
  static std::string firstOpened(std::chrono::milliseconds wait = 10s) {
    for (int i = 0; i <= wait / 100ms; ++i) {
      std::ifstream in(browserDir_ / "opened");
      std::string line;
      if (std::getline(in, line) && !line.empty()) return line;
      if (i < wait / 100ms) std::this_thread::sleep_for(100ms);
    }
    return std::string();
  }

  static bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
  }

  static inline std::filesystem::path browserDir_;
};

TEST_F(HelpGuiTest, ReportMenuHelpOpensTheContentsInChinese) {
  // 报告 (Alt+B) ▸ 呈报帮助 (H): the contents page of the zh-CN help.
  session().keys({"alt+b"});
  std::this_thread::sleep_for(500ms);
  session().keys({"h"});
  const std::string url = firstOpened();
  EXPECT_TRUE(endsWith(url, "/help-html/zh-CN/index.html")) << url;
}

TEST_F(HelpGuiTest, CheckPanelHelpButtonOpensTheCheckPage) {
  // The Check panel (Ctrl+Alt+Shift+R), then its 帮助 button (Alt+H): the page of Check.
  session().keys({"ctrl+alt+shift+r"});
  const std::string panel = session().waitForWindow("^检查报告 — 呈报$");
  session().focus(panel);
  session().keys({"alt+h"});
  const std::string url = firstOpened();
  EXPECT_TRUE(endsWith(url, "/help-html/zh-CN/check.html")) << url;
  session().keys({"Escape"});
  session().waitForNoWindow("^检查报告 — 呈报$", 10s);
}

TEST_F(HelpGuiTest, F1InTheCheckPanelShowsItsPageInTheOfficesHelpWindow) {
  // F1 in the Check panel: the office's help window opens on the extension's compiled page
  // (this office has no HTML help pack of its own, as after installing only the zh-CN langpack).
  session().keys({"ctrl+alt+shift+r"});
  const std::string panel = session().waitForWindow("^检查报告 — 呈报$");
  session().focus(panel);
  session().keys({"F1"});
  std::string shown;
  std::string url;
  for (int i = 0; i < 100 && shown.find("检查报告") == std::string::npos; ++i) {
    std::this_thread::sleep_for(100ms);
    uno::Reference<frame::XFrame> help =
        session().office().desktop()->findFrame("OFFICE_HELP", frame::FrameSearchFlag::GLOBAL);
    if (!help.is() || !help->getController().is()) continue;
    uno::Reference<frame::XModel> model = help->getController()->getModel();
    uno::Reference<text::XTextDocument> text(model, uno::UNO_QUERY);
    if (!model.is() || !text.is()) continue;
    url = toUtf8(model->getURL());
    shown = toUtf8(text->getText()->getString());
  }
  session().screenshot("root", screenshotPath("help-f1.png"));
  // The help window asks for the page bookmarked with the panel's help id, in the UI language.
  EXPECT_EQ(url.rfind("vnd.sun.star.help://swriter/vnd.chengbao%3ACheck?Language=zh-CN", 0), 0u)
      << url;
  EXPECT_NE(shown.find("检查报告"), std::string::npos) << shown;
  EXPECT_NE(shown.find("Ctrl+Alt+Shift+R"), std::string::npos) << shown;
  EXPECT_EQ(firstOpened(std::chrono::milliseconds(0)), "") << "F1 is the office's, not the browser";
}

}  // namespace
