// The live check in a real window: a half-width comma typed into Chinese text gets
// org.chengbao.Proofreader's underline, the context menu offers the full-width comma, choosing it
// corrects the text, and one undo brings the typed text back.
#include <string>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>

#include "gui_fixture.hxx"

namespace {

using namespace chengbao::gui;
using namespace css;
using chengbao::office::OfficeEvent;

const std::string kTyped = "根据要求,现将有关情况报告如下：";
const std::string kCorrected = "根据要求，现将有关情况报告如下：";

using LiveCheckGuiTest = GuiTest;

TEST_F(LiveCheckGuiTest, TheCommaIsUnderlinedAndTheContextMenuPutsTheFullWidthOne) {
  // Given a document whose text is Chinese (Simplified), as a zh-CN user's is,
  uno::Reference<style::XStyleFamiliesSupplier> xStyles(doc_, uno::UNO_QUERY_THROW);
  uno::Reference<container::XNameAccess> xParagraphStyles(
      xStyles->getStyleFamilies()->getByName("ParagraphStyles"), uno::UNO_QUERY_THROW);
  uno::Reference<beans::XPropertySet>(xParagraphStyles->getByName("Standard"), uno::UNO_QUERY_THROW)
      ->setPropertyValue("CharLocaleAsian", uno::Any(lang::Locale("zh", "CN", "")));
  session().events().watchUndo(doc_);

  // when the user types a sentence with a half-width comma and goes on to the next paragraph,
  session().focus(window_);
  session().type(kTyped);
  session().keys({"Return"});
  session().events().waitUntil(
      [this] {
        const auto paras = paragraphs(doc_);
        return paras.size() == 2 && paras[0].text == kTyped;
      },
      "the sentence being typed");
  // and the office's background check has been through the text (it announces no end: each
  // round lets the office's main loop run what it has queued, then looks again),
  int rounds = 0;
  while (checkingDue(doc_, text::TextMarkupType::PROOFREADING) && ++rounds < 2000)
    session().events().waitForMainLoop("the office's background check");
  ASSERT_FALSE(checkingDue(doc_, text::TextMarkupType::PROOFREADING))
      << "the background check never ended";
  session().screenshot(window_, screenshotPath("live-check.png"));

  // then the comma is underlined: with the cursor on it, the context menu (Shift+F10) offers the
  // full-width comma first (Writer offers a grammar fix only where a checker's underline is),
  // and Enter takes it.
  session().focus(window_);
  session().keys({"ctrl+Home", "Right", "Right", "Right", "Right", "shift+F10", "Down"});
  session().screenshot("root", screenshotPath("live-check-menu.png"));
  const size_t beforeFix = session().events().mark();
  session().keys({"Return"});
  session().events().waitFor(OfficeEvent::Kind::UndoAction, "", beforeFix,
                             "the suggestion replacing the comma as an undo step");
  EXPECT_EQ(paragraphs(doc_).at(0).text, kCorrected);

  // One undo (Ctrl+Z) brings the typed comma back.
  session().focus(window_);
  const size_t beforeUndo = session().events().mark();
  session().keys({"ctrl+z"});
  session().events().waitFor(OfficeEvent::Kind::Undone, "", beforeUndo, "Ctrl+Z undoing it");
  EXPECT_EQ(paragraphs(doc_).at(0).text, kTyped);
}

}  // namespace
