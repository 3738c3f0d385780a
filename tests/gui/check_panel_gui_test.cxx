// The Check panel in a real window: opened by its shortcut on a report with known defects, its
// list read back through the toolkit's accessibility, a finding chosen with the keyboard.
#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleSelection.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "gui_fixture.hxx"

namespace {

using namespace chengbao::gui;
using namespace css;
using chengbao::ext::toUtf8;
using chengbao::office::Office;

/// The panel's title in a zh-CN office (check_panel.cxx, Text::Title).
const std::string kPanelTitle = "检查报告 — 呈报";
const std::string kPanel = "^" + kPanelTitle + "$";

// A leftover placeholder and a half-width comma between Chinese text, and a paragraph of more
// than 20 characters that appears twice.
const std::string kDefect = "截至20xx年底,我行共办理业务3.5万笔。";
const std::string kRepeated = "全年共组织业务培训十二期，参训人员累计达到六百余人次。";

/// The findings list of the open Check panel (the list that is not a drop-down's), found as an
/// assistive tool finds it: the top window by its title, the control by its role.
uno::Reference<accessibility::XAccessibleContext> findList(
    const uno::Reference<accessibility::XAccessibleContext>& xContext, sal_Int16 nParentRole) {
  if (!xContext.is()) return {};
  chengbao::office::keepAlive(xContext);  // see keepAlive()
  const sal_Int16 nRole = xContext->getAccessibleRole();
  if (nRole == accessibility::AccessibleRole::LIST)
    return nParentRole == accessibility::AccessibleRole::COMBO_BOX ? nullptr : xContext;
  for (sal_Int32 i = 0; i < xContext->getAccessibleChildCount(); ++i) {
    uno::Reference<accessibility::XAccessible> xChild = xContext->getAccessibleChild(i);
    if (!xChild.is()) continue;
    chengbao::office::keepAlive(xChild);
    if (auto xList = findList(xChild->getAccessibleContext(), nRole); xList.is()) return xList;
  }
  return {};
}

/// Every list under `xContext`, as an assistive tool finds them.
std::vector<uno::Reference<accessibility::XAccessibleContext>> allLists(
    const uno::Reference<accessibility::XAccessibleContext>& xContext, int depth = 0) {
  std::vector<uno::Reference<accessibility::XAccessibleContext>> lists;
  if (!xContext.is() || depth > 20) return lists;
  chengbao::office::keepAlive(xContext);  // see keepAlive()
  if (xContext->getAccessibleRole() == accessibility::AccessibleRole::LIST) {
    lists.push_back(xContext);
    return lists;
  }
  for (sal_Int32 i = 0; i < xContext->getAccessibleChildCount(); ++i) {
    uno::Reference<accessibility::XAccessible> xChild = xContext->getAccessibleChild(i);
    if (!xChild.is()) continue;
    chengbao::office::keepAlive(xChild);
    for (auto& xList : allLists(xChild->getAccessibleContext(), depth + 1))
      lists.push_back(std::move(xList));
  }
  return lists;
}

// The toolkit's top-window enumeration is marked deprecated, yet it is the only way a client
// reaches a non-modal dialog it did not create.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
uno::Reference<accessibility::XAccessibleContext> panelFindings(
    const uno::Reference<uno::XComponentContext>& xContext) {
  uno::Reference<awt::XExtendedToolkit> xToolkit(awt::Toolkit::create(xContext),
                                                 uno::UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < xToolkit->getTopWindowCount(); ++i) {
    uno::Reference<awt::XDialog> xDialog(xToolkit->getTopWindow(i), uno::UNO_QUERY);
    chengbao::office::keepAlive(xDialog);
    if (!xDialog.is() || toUtf8(xDialog->getTitle()) != kPanelTitle) continue;
    uno::Reference<accessibility::XAccessible> xAccessible(xDialog, uno::UNO_QUERY);
    if (xAccessible.is()) return findList(xAccessible->getAccessibleContext(), 0);
  }
  return {};
}
#pragma GCC diagnostic pop

/// The row selected in the list, or -1.
int selectedRow(const uno::Reference<accessibility::XAccessibleContext>& xList) {
  uno::Reference<accessibility::XAccessibleSelection> xSelection(xList, uno::UNO_QUERY_THROW);
  if (xSelection->getSelectedAccessibleChildCount() == 0) return -1;
  const uno::Reference<accessibility::XAccessible> xRow = xSelection->getSelectedAccessibleChild(0);
  const uno::Reference<accessibility::XAccessibleContext> xRowContext =
      xRow->getAccessibleContext();
  chengbao::office::keepAlive(xRow);
  chengbao::office::keepAlive(xRowContext);
  return xRowContext->getAccessibleIndexInParent();
}

std::string selectedText(const Doc& doc) {
  uno::Reference<frame::XModel> xModel(doc, uno::UNO_QUERY_THROW);
  uno::Reference<view::XSelectionSupplier> xSelection(xModel->getCurrentController(),
                                                      uno::UNO_QUERY_THROW);
  uno::Reference<container::XIndexAccess> xRanges(xSelection->getSelection(), uno::UNO_QUERY);
  if (!xRanges.is() || xRanges->getCount() == 0) return "<nothing selected>";
  uno::Reference<text::XTextRange> xRange(xRanges->getByIndex(0), uno::UNO_QUERY_THROW);
  return toUtf8(xRange->getString());
}

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

/// The first row (after `from`) whose text holds all of `parts`, or -1.
int rowWith(const std::vector<std::string>& rows, const std::vector<std::string>& parts,
            int from = 0) {
  for (int i = from; i < static_cast<int>(rows.size()); ++i) {
    bool all = true;
    for (const auto& part : parts)
      all = all && rows[static_cast<size_t>(i)].find(part) != std::string::npos;
    if (all) return i;
  }
  return -1;
}

/// The group header a row falls under: the nearest row above it that is not indented.
std::string groupOf(const std::vector<std::string>& rows, int row) {
  for (int i = row; i >= 0; --i)
    if (!startsWith(rows[static_cast<size_t>(i)], " ")) return rows[static_cast<size_t>(i)];
  return "<no group>";
}

class CheckPanelGuiTest : public GuiTest {
 protected:
  void SetUp() override {
    GuiTest::SetUp();
    if (HasFatalFailure()) return;
    const auto inserted = session().office().dispatch(
        doc_, "vnd.chengbao:InsertReport",
        {{"Template", "work-report"},
         {"Profile", std::string(CHENGBAO_TEMPLATE_DIR) + "/profiles/example.xml"},
         {"Date", "2026-11-28"}});
    ASSERT_TRUE(inserted.success) << inserted.message;
    appendParagraph(doc_, kDefect);
    appendParagraph(doc_, kRepeated);
    appendParagraph(doc_, kRepeated);
    session().focus(window_);
  }

  void TearDown() override {
    GuiTest::TearDown();
    // The panel closes with its document.
    if (session_) session().waitForNoWindow(kPanel, 10s);
  }

  /// The Check deck's findings list in the frame window `xWindow`, and its rows, once it lists
  /// findings (the sidebar lays the deck out from the main loop: each round lets it run, then
  /// looks). The window has other lists (the toolbar's font sizes, the deck's templates): the
  /// findings list is the one that starts with the errors group, as the panel's does.
  std::pair<uno::Reference<accessibility::XAccessibleContext>, std::vector<std::string>>
  deckFindings(const uno::Reference<accessibility::XAccessible>& xWindow) {
    uno::Reference<accessibility::XAccessibleContext> xFound;
    std::vector<std::string> rows;
    for (int round = 0; round < 200 && rows.size() < 2; ++round) {
      session().events().waitForMainLoop("the sidebar showing the deck");
      for (const auto& xList : allLists(xWindow->getAccessibleContext())) {
        std::vector<std::string> listRows = accessibleChildNames(xList);
        if (!listRows.empty() && startsWith(listRows.front(), "错误（")) {
          xFound = xList;
          rows = std::move(listRows);
        }
      }
    }
    return {xFound, rows};
  }

  /// Moves the list's selection to `target` with Down/Up, a key at a time, as a user does;
  /// returns where it is.
  int moveTo(const uno::Reference<accessibility::XAccessibleContext>& xList, int target) {
    // The list box tells assistive tools when its selection moves: the event to wait for.
    session().events().watchAccessible(xList);
    int current = selectedRow(xList);
    for (int presses = 0; presses < 40 && current != target; ++presses) {
      const int before = current;
      session().keys({current < 0 || target > current ? "Down" : "Up"});
      session().events().waitUntil(
          [&] {
            current = selectedRow(xList);
            return current != before;
          },
          "the list's selection moving from row " + std::to_string(before));
    }
    return current;
  }
};

TEST_F(CheckPanelGuiTest, TheShortcutOpensTheDeckBesideTheTextAndKeysSelectTheirText) {
  // When the user presses Ctrl+Alt+Shift+R in the document,
  session().keys({"ctrl+alt+shift+r"});

  // then the sidebar shows the Check deck beside the text, listing the defects under their
  // severity groups (the sidebar lays the deck out from the main loop: each round lets it run,
  // then looks).
  const uno::Reference<frame::XModel> xModel(doc_, uno::UNO_QUERY_THROW);
  const uno::Reference<awt::XWindow> xFrameWindow =
      xModel->getCurrentController()->getFrame()->getContainerWindow();
  const uno::Reference<accessibility::XAccessible> xFrameAccessible(xFrameWindow,
                                                                    uno::UNO_QUERY_THROW);
  auto [xList, rows] = deckFindings(xFrameAccessible);
  ASSERT_TRUE(xList.is()) << "no findings list beside the document";
  EXPECT_FALSE(session().hasWindow(kPanel)) << "the floating panel opened instead of the deck";
  const std::string shown = ::testing::PrintToString(rows);
  const int placeholder = rowWith(rows, {"placeholder.leftover", "「20xx年」"});
  const int comma = rowWith(rows, {"punct.halfwidth", "「,」"});
  const int duplicate = rowWith(rows, {"duplicate.paragraph"});
  ASSERT_GE(placeholder, 0) << shown;
  ASSERT_GE(comma, 0) << shown;
  ASSERT_GE(duplicate, 0) << shown;
  EXPECT_TRUE(startsWith(groupOf(rows, placeholder), "错误（")) << shown;
  EXPECT_TRUE(startsWith(groupOf(rows, comma), "警告（")) << shown;
  EXPECT_TRUE(startsWith(groupOf(rows, duplicate), "警告（")) << shown;
  EXPECT_TRUE(startsWith(rows.front(), "错误（")) << "errors come first: " << shown;
  // Beside the page, not over it: the list is in the right half of the window.
  const uno::Reference<accessibility::XAccessibleComponent> xListArea(xList, uno::UNO_QUERY_THROW);
  const uno::Reference<accessibility::XAccessibleComponent> xWindowArea(
      xFrameAccessible->getAccessibleContext(), uno::UNO_QUERY_THROW);
  EXPECT_GT(xListArea->getLocationOnScreen().X,
            xWindowArea->getLocationOnScreen().X + xWindowArea->getSize().Width / 2);

  // When the user goes down the list (it has the keyboard) to the leftover placeholder,
  ASSERT_EQ(moveTo(xList, placeholder), placeholder) << shown;
  // then its text is selected in the document.
  EXPECT_EQ(selectedText(doc_), "20xx年");

  // When the user goes on to the repeated paragraph and presses Enter,
  ASSERT_EQ(moveTo(xList, duplicate), duplicate) << shown;
  // (the deck beside the report, its text selected: the README's picture)
  session().screenshot(window_, screenshotPath("check-panel.png"));
  session().keys({"Return"});
  // then the whole second copy is selected, and the document has the keyboard.
  EXPECT_EQ(selectedText(doc_), kRepeated);
  const auto paras = paragraphs(doc_);
  ASSERT_GE(paras.size(), 3u);
  EXPECT_NE(rows[static_cast<size_t>(duplicate)].find("第 " + std::to_string(paras.size()) + " 段"),
            std::string::npos)
      << "the duplicate row names another paragraph than the last: "
      << rows[static_cast<size_t>(duplicate)];
}

TEST_F(CheckPanelGuiTest, TheSidebarDeckListsTheSameFindingsBesideTheText) {
  // When the user opens the Check deck of the sidebar (its tab, or View > Sidebar),
  const uno::Reference<frame::XModel> xModel(doc_, uno::UNO_QUERY_THROW);
  const uno::Reference<accessibility::XAccessible> xFrameWindow(
      xModel->getCurrentController()->getFrame()->getContainerWindow(), uno::UNO_QUERY_THROW);
  session().office().dispatch(doc_, ".uno:SidebarDeck.ChengbaoCheckDeck", {});
  // (the sidebar lays the deck out from the main loop: each round lets it run, then looks)
  const auto [xDeckList, deckRows] = deckFindings(xFrameWindow);
  ASSERT_TRUE(xDeckList.is()) << "no findings list beside the document";
  session().screenshot(window_, screenshotPath("check-deck.png"));

  // then it lists the same findings as the floating panel (asked for by name), in the same
  // order,
  const auto opened =
      session().office().dispatch(doc_, "vnd.chengbao:Check", {{"Floating", "true"}});
  ASSERT_TRUE(opened.success) << opened.message;
  const std::string panel = session().waitForWindow(kPanel);
  std::vector<std::string> panelRows;
  session().events().waitUntil(
      [&] {
        const auto xList = panelFindings(session().office().context());
        if (xList.is()) panelRows = accessibleChildNames(xList);
        return panelRows.size() > 1;
      },
      "the panel listing findings");
  EXPECT_EQ(deckRows, panelRows);
  EXPECT_GE(rowWith(deckRows, {"punct.halfwidth", "「,」"}), 0)
      << ::testing::PrintToString(deckRows);
  session().focus(panel);
  session().keys({"Escape"});
  session().waitForNoWindow(kPanel, 10s);
}

}  // namespace
