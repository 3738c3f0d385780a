// The report wizard in a real window, driven by keys through its four steps, checked via UNO.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include "gui_fixture.hxx"
#include "profile.hpp"
#include "ustring.hxx"

namespace {

using namespace chengbao::gui;
using chengbao::office::Office;
using chengbao::office::OfficeEvent;
using chengbao::office::ParagraphInfo;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

/// The dialog's title names the step: 报告向导：报告类型（1/4）.
const std::string kDialog = "^报告向导：";
std::string step(int n) { return kDialog + ".*（" + std::to_string(n) + "/4）$"; }

std::string exampleFullName() {
  auto loaded =
      chengbao::load_profile(std::string(CHENGBAO_TEMPLATE_DIR) + "/profiles/example.xml");
  return std::get<chengbao::Profile>(loaded).full_name;
}

bool contains(const std::vector<ParagraphInfo>& paras, const std::string& text) {
  for (const auto& para : paras)
    if (para.text.find(text) != std::string::npos) return true;
  return false;
}

class WizardGuiTest : public GuiTest {
 protected:
  /// Waits for the wizard's window on `step` and gives it the keyboard.
  std::string openStep(int n) {
    const std::string dialog = session().waitForWindow(step(n));
    session().focus(dialog);
    return dialog;
  }

  /// Opens the wizard from the keyboard, 报告(B) ▸ 报告向导(W)…, and gives it the keyboard.
  std::string openFromMenu() {
    session().keys({"alt+b", "w"});
    return openStep(1);
  }

  /// Enter on steps 1 to 3 is Next: presses it and waits for step `n`.
  void nextTo(int n) {
    session().keys({"Return"});
    session().waitForWindow(step(n));
  }

  /// Waits for the wizard to close and its report to go in as the undo step 插入报告, watched
  /// from the event mark `start`.
  void waitForReport(size_t start) {
    session().waitForNoWindow(kDialog);
    session().events().waitFor(OfficeEvent::Kind::UndoAction, "插入报告", start,
                               "the report going in as the undo step 插入报告");
  }

  /// Presses `keys` (which end with Finish) on the open wizard, waits for it to close and for
  /// the command `outcome` is for to return, and gives the new document Finish made (none, and a
  /// test failure, when there is none).
  Doc finishIntoNewDocument(PendingDispatch& outcome, const std::vector<std::string>& keys) {
    session().keys(keys);
    session().waitForNoWindow(kDialog);
    if (outcome.wait_for(60s) != std::future_status::ready) {
      ADD_FAILURE() << "the wizard never returned";
      return {};
    }
    const auto result = outcome.get();
    if (!result.success) {
      ADD_FAILURE() << result.message;
      return {};
    }
    Doc made = session().office().otherDocumentWithText(doc_);
    if (!made.is()) ADD_FAILURE() << "no new document after Finish";
    return made;
  }

  /// Import… on step 3: the file picker, the path typed into its file name box, Enter.
  void importFile(const std::string& dialog, const std::string& path) {
    session().keys({"alt+i"});
    // Nothing gives a new dialog the keyboard without a window manager: the test does.
    session().focus(session().waitForWindow("^导入机构信息文件$"));
    session().type(path);
    session().keys({"Return"});
    session().waitForNoWindow("^导入机构信息文件$");
    session().focus(dialog);
  }
};

TEST_F(WizardGuiTest, KeysAloneDriveTheFourStepsAndFinishInsertsTheReport) {
  session().events().watchUndo(doc_);
  const size_t start = session().events().mark();
  // Given an empty document, when 报告(B) ▸ 报告向导(W)… is chosen from the keyboard,
  const std::string dialog = openFromMenu();
  session().screenshot(dialog, screenshotPath("wizard-step1.png"));

  // Step 1: the type list has the focus on 工作情况报告; Down and Up go to the house template and
  // back (its outline shows 风险提示, then no longer); Enter means Next.
  session().keys({"Down", "Up", "Return"});
  session().waitForWindow(step(2));
  // Step 2: the first row that can change, （一）组织领导, has the focus. Its model text becomes
  // the second; （三）取得的成效 is left out by its mnemonic.
  session().keys({"Tab", "Down", "alt+4"});
  session().screenshot(dialog, screenshotPath("wizard-step2.png"));
  session().keys({"Return"});
  session().waitForWindow(step(3));
  // Step 3: the title topic and the date, reached by their mnemonics.
  session().keys({"alt+t"});
  session().type("安全生产");
  session().keys({"alt+d", "ctrl+a"});
  session().type("2026-11-28");
  // Back to the profile list: a blinking text cursor would make every screenshot different.
  session().keys({"alt+p"});
  session().screenshot(dialog, screenshotPath("wizard-step3.png"));
  session().keys({"Return"});
  session().waitForWindow(step(4));
  // Step 4: Traditional and back to Simplified; Enter is Finish here.
  session().keys({"alt+t", "alt+j"});
  session().screenshot(dialog, screenshotPath("wizard-step4.png"));
  session().keys({"Return"});
  waitForReport(start);

  // Then the document holds the report as chosen,
  const auto paras = paragraphs(doc_);
  ASSERT_GT(paras.size(), 10u) << "no report after Finish";
  EXPECT_EQ(paras.front().text, "关于安全生产工作开展情况的报告");
  EXPECT_EQ(paras.front().style, "Title");
  std::vector<std::string> level1;
  std::vector<std::string> level1Labels;
  for (const auto& para : paras) {
    if (para.outlineLevel != 1) continue;
    level1.push_back(para.text);
    level1Labels.push_back(para.label);
  }
  EXPECT_EQ(level1Labels, (std::vector<std::string>{"一、", "二、", "三、"}));
  EXPECT_EQ(level1, (std::vector<std::string>{"基本情况", "存在的问题", "下一步工作打算"}));
  EXPECT_FALSE(contains(paras, "取得的成效")) << "the section left out on step 2 is there";
  EXPECT_TRUE(contains(paras, "将安全生产工作列入年度重点工作")) << "not the second model text";
  EXPECT_EQ(paras[paras.size() - 2].text, exampleFullName());
  EXPECT_EQ(paras.back().text, "2026年11月28日");
  // on a GB/T 9704 page, all of it one undo step.
  EXPECT_NEAR(pageStyleValue(doc_, "TopMargin"), 3700, 3);
  EXPECT_NEAR(pageStyleValue(doc_, "LeftMargin"), 2800, 3);
  EXPECT_EQ(undoTitles(doc_), (std::vector<std::string>{"插入报告"}));
  // The report from its title, for the README.
  moveCursorToStart(doc_);
  session().screenshot(window_, screenshotPath("wizard-result.png"));
}

TEST_F(WizardGuiTest, Step4AddsTheMastheadAndColophonByTheirMnemonics) {
  session().events().watchUndo(doc_);
  const size_t start = session().events().mark();
  // Given the wizard on step 4 (Enter is Next on steps 1 to 3),
  openFromMenu();
  nextTo(2);
  nextTo(3);
  nextTo(4);
  // when 加版头(A) is ticked, 7 typed as the number (Q) and 加版记(K) ticked, then Enter (Finish),
  session().keys({"alt+a", "alt+q"});
  session().type("7");
  session().keys({"alt+k", "Return"});
  waitForReport(start);

  // then the report opens with the profile's 版头 and ends with its 版记.
  const auto paras = paragraphs(doc_);
  ASSERT_GT(paras.size(), 10u) << "no report after Finish";
  EXPECT_EQ(paras[0].text, "东湖银行股份有限公司滨江支行文件");
  EXPECT_EQ(paras[1].text,
            "东湖银滨发〔" + std::to_string(chengbao::today().year) + "〕7号\t签发人：林志远");
  EXPECT_EQ(paras[2].style, "Title");
  EXPECT_EQ(paras[paras.size() - 2].text, "抄送：东湖银行股份有限公司总行办公室。");
  const std::string printed = paras.back().text;
  EXPECT_EQ(printed.rfind("东湖银行滨江支行办公室\t", 0), 0u) << printed;
  EXPECT_EQ(printed.substr(printed.size() - 6), "印发") << printed;
  EXPECT_EQ(undoTitles(doc_), (std::vector<std::string>{"插入报告"}));
}

TEST_F(WizardGuiTest, AnImpossibleDateKeepsStep3AndADateAsReportsWriteItIsTaken) {
  session().events().watchUndo(doc_);
  const size_t start = session().events().mark();
  // Given the wizard on step 3 with 2026-02-30 typed as the date, Enter (Next) keeps it there:
  // had it gone on, the keys below would land on step 4 and Finish with no step-4 window seen.
  openFromMenu();
  nextTo(2);
  nextTo(3);
  session().keys({"alt+d", "ctrl+a"});
  session().type("2026-02-30");
  session().keys({"Return"});
  // When the date is written as a report writes it, Next goes on and Finish inserts the report
  // so dated.
  session().keys({"alt+d", "ctrl+a"});
  session().type("2026年11月28日");
  nextTo(4);
  session().keys({"Return"});
  waitForReport(start);
  const auto paras = paragraphs(doc_);
  ASSERT_GT(paras.size(), 10u);
  // The date line, wherever it is: an earlier test may have left the colophon (版记) chosen,
  // which then ends the report with its 印发 line.
  EXPECT_TRUE(std::any_of(paras.begin(), paras.end(), [](const ParagraphInfo& p) {
    return p.text == "2026年11月28日";
  })) << "no paragraph is the date 2026年11月28日";
}

TEST_F(WizardGuiTest, EscapeCancelsAndLeavesTheDocumentAlone) {
  // Opened by its command from a script this time (the call returns when the dialog closes).
  auto outcome = session().dispatchAsync(doc_, "vnd.chengbao:Wizard");
  openStep(1);
  session().keys({"Tab", "Escape"});
  session().waitForNoWindow(kDialog);

  ASSERT_EQ(outcome.wait_for(30s), std::future_status::ready);
  const auto result = outcome.get();
  EXPECT_TRUE(result.success) << result.message;
  EXPECT_EQ(result.message, "cancelled");
  const auto paras = paragraphs(doc_);
  ASSERT_EQ(paras.size(), 1u);
  EXPECT_EQ(paras[0].text, "");
  EXPECT_TRUE(undoTitles(doc_).empty());
}

TEST_F(WizardGuiTest, StartsFromTheLastChoices) {
  // Given a Finish with these choices (into a new document, in Traditional),
  const auto first = session().office().dispatch(doc_, "vnd.chengbao:Wizard",
                                                 {{"NoDialog", "true"},
                                                  {"Script", "zh-Hant"},
                                                  {"Omit", "basic-results"},
                                                  {"Alternatives", "basic-leadership=b"},
                                                  {"Target", "new"}});
  ASSERT_TRUE(first.success) << first.message;
  Doc made = session().office().otherDocumentWithText(doc_);
  ASSERT_TRUE(made.is());
  closeDocument(made);
  session().focus(window_);

  // when the wizard opens again (its command; it returns once Finish has done its work) and
  // Finish is pressed at once (its mnemonic),
  auto outcome = session().dispatchAsync(doc_, "vnd.chengbao:Wizard");
  openStep(1);
  Doc again = finishIntoNewDocument(outcome, {"alt+f"});
  ASSERT_TRUE(again.is());

  // then the report has the same choices: a new document, Traditional, the same sections.
  const auto paras = paragraphs(again);
  EXPECT_TRUE(contains(paras, "基本情況"));
  EXPECT_FALSE(contains(paras, "取得的成效"));
  EXPECT_TRUE(contains(paras, "列入年度重點工作"));
  EXPECT_EQ(paragraphs(doc_).size(), 1u) << "the document the wizard ran in changed";
  closeDocument(again);
}

TEST_F(WizardGuiTest, ImportsAProfileFromAFileAndRefusesABrokenOne) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("chengbao_gui_import_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string broken = (dir / "broken.xml").string();
  const std::string good = (dir / "branch.xml").string();
  std::ofstream(broken) << "<?xml version=\"1.0\"?>\n<profile format=\"1\">\n  <organisation>\n";
  std::ofstream(good) << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<profile format=\"1\">\n"
                         "  <organisation><full-name>测试市导入局</full-name>"
                         "<short-name>导入局</short-name></organisation>\n"
                         "  <superior-body>测试市人民政府</superior-body>\n"
                         "</profile>\n";

  session().events().watchUndo(doc_);
  const size_t start = session().events().mark();
  // Given the wizard on its organisation step,
  const std::string dialog = openFromMenu();
  session().keys({"alt+n", "alt+n"});
  session().waitForWindow(step(3));
  // when a broken file is imported, it is refused (the step shows file:line and why),
  importFile(dialog, broken);
  session().screenshot(dialog, (dir / "refused.png").string());
  // and a good one is taken and chosen,
  importFile(dialog, good);
  session().keys({"alt+f"});
  waitForReport(start);

  // then the report is addressed and signed with the imported organisation.
  const auto paras = paragraphs(doc_);
  ASSERT_GT(paras.size(), 10u);
  EXPECT_EQ(paras[1].text, "测试市人民政府：");
  EXPECT_EQ(paras[paras.size() - 2].text, "测试市导入局");
  std::filesystem::remove_all(dir);
}

TEST_F(WizardGuiTest, TemplateFolderDeletedWhileOpenIsNamedAndTheWizardStaysWithTheChoices) {
  // Given an office template folder with a house template, chosen at the last Finish,
  const auto dir =
      std::filesystem::temp_directory_path() / ("chengbao_gui_gone_" + std::to_string(::getpid()));
  const auto folder = dir / "house";
  std::filesystem::create_directories(folder);
  std::filesystem::copy_file(
      std::string(CHENGBAO_TEMPLATE_DIR) + "/profiles/house/dhbank-work-report.xml",
      folder / "dhbank-work-report.xml");
  const std::string house = (folder / "dhbank-work-report.xml").string();
  css::uno::Sequence<rtl::OUString> folders(1);
  folders.getArray()[0] = chengbao::ext::toOUString(folder.string());
  session().office().setSetting("Templates", "Folders", css::uno::Any(folders));
  const auto first = session().office().dispatch(
      doc_, "vnd.chengbao:Wizard", {{"NoDialog", "true"}, {"Template", house}, {"Target", "new"}});
  ASSERT_TRUE(first.success) << first.message;
  Doc made = session().office().otherDocumentWithText(doc_);
  ASSERT_TRUE(made.is());
  ASSERT_TRUE(contains(paragraphs(made), "风险提示")) << "the house template was not used";
  closeDocument(made);
  session().focus(window_);

  // when the wizard is open on it and the folder is deleted (a share unmounted),
  auto outcome = session().dispatchAsync(doc_, "vnd.chengbao:Wizard");
  const std::string dialog = openStep(1);
  std::filesystem::remove_all(dir);

  // then Finish says which template is gone, in a box over the wizard,
  session().keys({"alt+f"});
  const std::string box = session().waitForWindow("^报告向导$");
  const std::string message = session().events().windowText("报告向导");
  EXPECT_NE(message.find("已无法读取"), std::string::npos) << message;
  EXPECT_NE(message.find(house), std::string::npos) << message;
  session().focus(box);
  session().keys({"Return"});
  session().waitForNoWindow("^报告向导$");
  // the wizard stays open on step 1 with the types that are left, nothing is inserted,
  EXPECT_TRUE(session().hasWindow(step(1)));
  EXPECT_EQ(outcome.wait_for(0s), std::future_status::timeout) << "the wizard ended";
  EXPECT_EQ(paragraphs(doc_).size(), 1u);

  // and choosing the type again (its mnemonic) and Finish insert a report from a template that
  // is there.
  session().focus(dialog);
  Doc again = finishIntoNewDocument(outcome, {"alt+t", "alt+f"});
  ASSERT_TRUE(again.is());
  const auto paras = paragraphs(again);
  EXPECT_GT(paras.size(), 10u) << "no report after Finish";
  EXPECT_FALSE(contains(paras, "风险提示")) << "inserted from a template that is gone";
  closeDocument(again);
}

}  // namespace
