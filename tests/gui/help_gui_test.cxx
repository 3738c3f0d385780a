// Help in a real window: 报告 ▸ 呈报帮助 and the Check panel's 帮助 button open the extension's
// help pages in the browser (a stand-in browser records what the office asks it to show); F1
// opens the office's own help window on the extension's page.
#include <chrono>
#include <memory>
#include <string>

#include <com/sun/star/frame/FrameSearchFlag.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include "browser_recorder.hxx"
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
    browser_ = std::make_unique<chengbao::office::BrowserRecorder>();  // before the office starts
    GuiTest::SetUpTestSuite();
  }
  static void TearDownTestSuite() {
    GuiTest::TearDownTestSuite();
    browser_.reset();
  }
  // Each test sees only what it made the office open.
  void SetUp() override {
    GuiTest::SetUp();
    browser_->clear();
  }

  /// The first URL the browser was asked to show (empty when none came within `wait`).
  static std::string firstOpened(std::chrono::milliseconds wait = 10s) {
    const auto urls = browser_->opened(1, wait);
    return urls.empty() ? std::string() : urls.front();
  }

  static bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
  }

  static inline std::unique_ptr<chengbao::office::BrowserRecorder> browser_;
};

TEST_F(HelpGuiTest, ReportMenuHelpOpensTheContentsInChinese) {
  // 报告 (Alt+B) ▸ 呈报帮助 (H): the contents page of the zh-CN help.
  // (VCL handles the keys in order: H goes to the menu that Alt+B opened.)
  session().keys({"alt+b", "h"});
  const std::string url = firstOpened();
  EXPECT_TRUE(endsWith(url, "/help-html/zh-CN/index.html")) << url;
}

TEST_F(HelpGuiTest, CheckPanelHelpButtonOpensTheCheckPage) {
  // The floating Check panel, then its 帮助 button (Alt+H): the page of Check.
  const auto opened =
      session().office().dispatch(doc_, "vnd.chengbao:Check", {{"Floating", "true"}});
  ASSERT_TRUE(opened.success) << opened.message;
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
  const auto opened =
      session().office().dispatch(doc_, "vnd.chengbao:Check", {{"Floating", "true"}});
  ASSERT_TRUE(opened.success) << opened.message;
  const std::string panel = session().waitForWindow("^检查报告 — 呈报$");
  session().focus(panel);
  session().keys({"F1"});
  std::string shown;
  std::string url;
  // The help window opens, then loads the page: wait until it shows it.
  session().events().waitUntil(
      [&] {
        uno::Reference<frame::XFrame> help =
            session().office().desktop()->findFrame("OFFICE_HELP", frame::FrameSearchFlag::GLOBAL);
        if (!help.is() || !help->getController().is()) return false;
        uno::Reference<frame::XModel> model = help->getController()->getModel();
        uno::Reference<text::XTextDocument> text(model, uno::UNO_QUERY);
        if (!model.is() || !text.is()) return false;
        url = toUtf8(model->getURL());
        shown = toUtf8(text->getText()->getString());
        return shown.find("检查报告") != std::string::npos;
      },
      "the help window showing the page of 检查报告");
  session().screenshot("root", screenshotPath("help-f1.png"));
  // The help window asks for the page bookmarked with the panel's help id, in the UI language.
  EXPECT_EQ(url.rfind("vnd.sun.star.help://swriter/vnd.chengbao%3ACheck?Language=zh-CN", 0), 0u)
      << url;
  EXPECT_NE(shown.find("检查报告"), std::string::npos) << shown;
  EXPECT_NE(shown.find("Ctrl+Alt+Shift+R"), std::string::npos) << shown;
  EXPECT_EQ(firstOpened(std::chrono::milliseconds(0)), "") << "F1 is the office's, not the browser";
}

}  // namespace
