// The Check panel in a real (headless) office: opened by vnd.chengbao:Check from the menu path,
// its list read back from the window, choosing a finding selects the text, Fix from the panel.
#include <algorithm>
#include <chrono>
#include <string>
#include <variant>
#include <vector>

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleSelection.hpp>
#include <com/sun/star/accessibility/XAccessibleText.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XVclContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "check.hpp"
#include "configuration.hxx"
#include "document_reader.hpp"
#include "findings_list.hpp"
#include "office_events.hxx"
#include "office_fixture.hxx"
#include "template_library.hpp"

namespace {

using namespace chengbao::testing;
using namespace css;
using chengbao::Finding;
using chengbao::FindingRow;
using chengbao::Language;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;

/// The language the extension speaks in this office: the UI locale read by the core's rule,
/// as messages.cxx reads it.
Language officeLanguage(const uno::Reference<uno::XComponentContext>& xContext) {
  return chengbao::parse_language(chengbao::ext::officeLocale(xContext));
}

/// The Check panel's window and the controls a test needs, found through the office's toolkit
/// and accessibility, the way an assistive tool reads a window: by the window's title and the
/// role of each control.
struct Panel {
  uno::Reference<awt::XWindow> window;
  uno::Reference<accessibility::XAccessibleContext> templates;  ///< the drop-down's list
  uno::Reference<accessibility::XAccessibleContext> findings;
  std::vector<std::string> labels;  ///< the texts of the labels: summary, status, …
  std::vector<uno::Reference<awt::XWindow>> buttons;  ///< Re-check, Fix, Fix all safe, Help, Close
};

/// Walks the accessible tree below `xContext` (not into lists: their children are the items).
void findControls(const uno::Reference<accessibility::XAccessibleContext>& xContext,
                  sal_Int16 nParentRole, Panel& rPanel) {
  if (!xContext.is()) return;
  chengbao::office::keepAlive(xContext);  // see keepAlive()
  const sal_Int16 nRole = xContext->getAccessibleRole();

  if (nRole == accessibility::AccessibleRole::LIST) {
    (nParentRole == accessibility::AccessibleRole::COMBO_BOX ? rPanel.templates : rPanel.findings) =
        xContext;
    return;
  }
  if (nRole == accessibility::AccessibleRole::LABEL)
    rPanel.labels.push_back(toUtf8(xContext->getAccessibleName()));
  for (sal_Int32 i = 0; i < xContext->getAccessibleChildCount(); ++i) {
    uno::Reference<accessibility::XAccessible> xChild = xContext->getAccessibleChild(i);
    if (xChild.is()) findControls(xChild->getAccessibleContext(), nRole, rPanel);
  }
}

// The toolkit's top-window and child enumeration is marked deprecated, yet it is the only way
// a client reaches a non-modal dialog it did not create.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
std::vector<Panel> openPanels(const uno::Reference<uno::XComponentContext>& xContext) {
  std::vector<Panel> panels;
  uno::Reference<awt::XExtendedToolkit> xToolkit(awt::Toolkit::create(xContext),
                                                 uno::UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < xToolkit->getTopWindowCount(); ++i) {
    uno::Reference<awt::XDialog> xDialog(xToolkit->getTopWindow(i), uno::UNO_QUERY);
    if (!xDialog.is()) continue;
    const std::string title = toUtf8(xDialog->getTitle());
    if (title.find("Chengbao") == std::string::npos && title.find("呈报") == std::string::npos &&
        title.find("呈報") == std::string::npos)
      continue;
    Panel panel;
    panel.window.set(xDialog, uno::UNO_QUERY);
    uno::Reference<awt::XVclContainer> xContainer(xDialog, uno::UNO_QUERY_THROW);
    for (const auto& xChild : xContainer->getWindows())
      if (uno::Reference<awt::XButton>(xChild, uno::UNO_QUERY).is())
        panel.buttons.push_back(xChild);
    uno::Reference<accessibility::XAccessible> xAccessible(xDialog, uno::UNO_QUERY);
    if (xAccessible.is()) findControls(xAccessible->getAccessibleContext(), 0, panel);
    panels.push_back(panel);
  }
  return panels;
}
#pragma GCC diagnostic pop

std::string selectedItem(const uno::Reference<accessibility::XAccessibleContext>& xList) {
  uno::Reference<accessibility::XAccessibleSelection> xSelection(xList, uno::UNO_QUERY_THROW);
  if (xSelection->getSelectedAccessibleChildCount() == 0) return "<none>";
  return toUtf8(
      xSelection->getSelectedAccessibleChild(0)->getAccessibleContext()->getAccessibleName());
}

/// Chooses a row as a user's click would (the list's select handler runs).
void choose(const uno::Reference<accessibility::XAccessibleContext>& xList, sal_Int32 row) {
  uno::Reference<accessibility::XAccessibleSelection>(xList, uno::UNO_QUERY_THROW)
      ->selectAccessibleChild(row);
}

/// Presses a button as a screen reader would (its accessible action: a real click).
void press(const uno::Reference<awt::XWindow>& xButton) {
  uno::Reference<accessibility::XAccessible> xAccessible(xButton, uno::UNO_QUERY_THROW);
  uno::Reference<accessibility::XAccessibleAction> xAction(xAccessible->getAccessibleContext(),
                                                           uno::UNO_QUERY_THROW);
  xAction->doAccessibleAction(0);
}

std::string selectedText(const Doc& doc) {
  uno::Reference<frame::XModel> xModel(doc, uno::UNO_QUERY_THROW);
  uno::Reference<view::XSelectionSupplier> xSelection(xModel->getCurrentController(),
                                                      uno::UNO_QUERY_THROW);
  uno::Reference<container::XIndexAccess> xRanges(xSelection->getSelection(), uno::UNO_QUERY_THROW);
  if (xRanges->getCount() == 0) return "<nothing selected>";
  uno::Reference<text::XTextRange> xRange(xRanges->getByIndex(0), uno::UNO_QUERY_THROW);
  return toUtf8(xRange->getString());
}

class CheckPanelTest : public OfficeTest {
 protected:
  // A placeholder after a character outside the BMP (two UTF-16 units, one code point), and
  // half-width punctuation that has a safe fix.
  static constexpr const char* kAstral = "𠀀字截至20xx年底，我行共办理业务3.5万笔。";
  static constexpr const char* kComma = "截至年底,我行共办理业务3.5万笔，客户满意度进一步提升。";

  void SetUp() override {
    OfficeTest::SetUp();
    ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
    appendParagraph(doc_, kAstral);
    appendParagraph(doc_, kComma);
  }

  void TearDown() override {
    if (doc_.is()) closeDocument(doc_);
    doc_.clear();
    OfficeTest::TearDown();
  }

  /// The findings `chengbao check --template work-report` makes of the document saved now.
  std::vector<Finding> findingsOnDisk() {
    const std::string saved = (workDir_ / "report.odt").string();
    saveAs(doc_, saved, "writer8");
    auto document = chengbao::read_document(saved);
    if (auto* error = std::get_if<chengbao::LoadError>(&document))
      throw std::runtime_error(error->to_string());
    auto templ = chengbao::find_template("work-report", kTemplateDir);
    if (auto* error = std::get_if<chengbao::LoadError>(&templ))
      throw std::runtime_error(error->to_string());
    chengbao::CheckOptions options;
    options.report_template = &std::get<chengbao::ReportTemplate>(templ);
    options.language = officeLanguage(office_->context());
    return chengbao::check_document(std::get<chengbao::Document>(document), options).findings;
  }

  Panel openPanel() {
    // The floating panel, as asked for (the menu's way, no arguments, opens the sidebar deck
    // beside the document: CheckPanelGuiTest).
    const DispatchOutcome outcome = dispatch("Check", {{"Floating", "true"}});
    EXPECT_TRUE(outcome.answered);
    EXPECT_TRUE(outcome.success) << outcome.message;
    std::vector<Panel> panels = openPanels(office_->context());
    if (panels.size() != 1) throw std::runtime_error("expected one Check panel");
    if (!panels[0].findings.is() || !panels[0].templates.is() || panels[0].buttons.size() != 5)
      throw std::runtime_error("the Check panel lacks a control");
    return panels[0];
  }

  /// The list row of the finding of `rule` whose text is `text`.
  sal_Int16 rowOf(const Panel& panel, const std::vector<Finding>& findings, const char* rule,
                  const char* text) {
    const auto rows = chengbao::finding_rows(findings, officeLanguage(office_->context()));
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].kind != FindingRow::Kind::Finding) continue;
      const Finding& finding = findings[static_cast<size_t>(rows[i].finding)];
      if (finding.rule == rule && finding.text == text) return static_cast<sal_Int16>(i);
    }
    ADD_FAILURE() << "no " << rule << " row; the panel shows:\n"
                  << ::testing::PrintToString(accessibleChildNames(panel.findings));
    return -1;
  }
};

TEST_F(CheckPanelTest, ListsTheSameFindingsAsTheCommandLineGroupedBySeverity) {
  // Given the findings the command line makes of the same report,
  const std::vector<Finding> onDisk = findingsOnDisk();
  ASSERT_FALSE(onDisk.empty());

  // when the user opens the panel from the menu,
  const Panel panel = openPanel();

  // then it lists exactly those findings, errors first, as rows of the panel model.
  std::vector<std::string> expected;
  for (const FindingRow& row : chengbao::finding_rows(onDisk, officeLanguage(office_->context())))
    expected.push_back(row.label);
  EXPECT_EQ(accessibleChildNames(panel.findings), expected);
  // The template chooser starts at the template the report was made from.
  EXPECT_NE(selectedItem(panel.templates).find("（work-report）"), std::string::npos)
      << selectedItem(panel.templates);
  EXPECT_EQ(panel.buttons.size(), 5u);
}

TEST_F(CheckPanelTest, ChoosingAFindingSelectsItsTextInTheDocument) {
  const std::vector<Finding> onDisk = findingsOnDisk();
  const Panel panel = openPanel();
  const sal_Int16 row = rowOf(panel, onDisk, "placeholder.leftover", "20xx年");
  ASSERT_GE(row, 0);

  // When the user chooses the leftover placeholder that follows a character outside the BMP,
  choose(panel.findings, row);

  // then exactly its text is selected in the document (code points mapped to UTF-16),
  EXPECT_EQ(selectedText(doc_), "20xx年");
}

TEST_F(CheckPanelTest, FixFromThePanelChangesOnlyThatFindingAsOneUndoStep) {
  const std::vector<Finding> onDisk = findingsOnDisk();
  const Panel panel = openPanel();
  const sal_Int16 row = rowOf(panel, onDisk, "punct.halfwidth", ",");
  ASSERT_GE(row, 0);
  choose(panel.findings, row);
  ASSERT_EQ(selectedText(doc_), ",");

  // When the user presses Fix (a button's listeners run from the main loop, after the click),
  events().watchUndo(doc_);
  const size_t since = events().mark();
  press(panel.buttons[1]);
  events().waitFor(chengbao::office::OfficeEvent::Kind::UndoAction, "", since,
                   "the fix as an undo step");
  const std::string fixed = "截至年底，我行共办理业务3.5万笔，客户满意度进一步提升。";

  // then the comma is full-width, the panel no longer lists it,
  EXPECT_EQ(paragraphs(doc_).back().text, fixed)
      << ::testing::PrintToString(openPanels(office_->context()).at(0).labels);
  for (const std::string& item : accessibleChildNames(panel.findings))
    EXPECT_EQ(item.find("punct.halfwidth"), std::string::npos) << item;
  // its status says so in the UI's language (not the command's "1 fixes applied"),
  events().waitForMainLoop("the panel saying what it fixed");
  const std::vector<std::string> labels = openPanels(office_->context()).at(0).labels;
  EXPECT_NE(std::find(labels.begin(), labels.end(), "1 problem(s) fixed."), labels.end())
      << ::testing::PrintToString(labels);
  // and one undo brings the comma back.
  ASSERT_TRUE(undo(doc_));
  EXPECT_EQ(paragraphs(doc_).back().text, kComma);
}

TEST_F(CheckPanelTest, OneReusedPanelPerDocumentThatClosesWithIt) {
  openPanel();
  // Check again from the menu: the same panel, re-checked, not a second one.
  openPanel();
  EXPECT_EQ(openPanels(office_->context()).size(), 1u);

  closeDocument(doc_);
  doc_.clear();
  EXPECT_TRUE(openPanels(office_->context()).empty());
  EXPECT_TRUE(office_->responsive());
}

TEST_F(CheckPanelTest, CloseButtonClosesThePanel) {
  const Panel panel = openPanel();
  press(panel.buttons[4]);
  // The panel closes from the office's main loop, after the click's handler has returned.
  events().waitForMainLoop("pressing Close");
  EXPECT_TRUE(openPanels(office_->context()).empty());
  EXPECT_TRUE(office_->responsive());
}

}  // namespace
