// The Insert Section submenu in a real window: 报告 ▸ 插入章节 opened with the keyboard lists the
// report's sections; choosing one inserts it at the cursor.
#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include "gui_fixture.hxx"
#include "template_library.hpp"

namespace {

using namespace chengbao::gui;
using namespace css;
using chengbao::ext::toUtf8;
using chengbao::office::Office;
using chengbao::office::OfficeEvent;
using chengbao::office::ParagraphInfo;

const std::string kExampleProfile = std::string(CHENGBAO_TEMPLATE_DIR) + "/profiles/example.xml";

/// The position of the section headed `heading` in the submenu: the template's sections, depth
/// first (section_dialog.cxx, sectionEntries).
int menuPosition(const std::string& templ, const std::string& heading) {
  auto loaded = chengbao::find_template(templ, CHENGBAO_TEMPLATE_DIR, "zh-Hans");
  if (std::holds_alternative<chengbao::LoadError>(loaded)) return -1;
  int position = 0;
  int found = -1;
  std::function<void(const std::vector<chengbao::Section>&)> walk =
      [&](const std::vector<chengbao::Section>& sections) {
        for (const auto& section : sections) {
          if (found < 0 && section.heading == heading) found = position;
          ++position;
          walk(section.children);
        }
      };
  walk(std::get<chengbao::ReportTemplate>(loaded).sections);
  return found;
}

using SectionMenuGuiTest = GuiTest;

TEST_F(SectionMenuGuiTest, KeyboardOpensTheSubmenuAndItsEntryInsertsTheSection) {
  // Given a work report with the cursor at the end of section 一's body,
  const auto inserted = session().office().dispatch(
      doc_, "vnd.chengbao:InsertReport",
      {{"Template", "work-report"}, {"Profile", kExampleProfile}, {"Date", "2026-11-28"}});
  ASSERT_TRUE(inserted.success) << inserted.message;
  const auto before = paragraphs(doc_);
  const size_t second = nthHeading(before, 1, 2);
  ASSERT_LT(second, before.size());
  ASSERT_EQ(before[second].label, "二、");
  moveCursorToEndOfParagraph(doc_, second - 1);
  session().focus(window_);

  // when the user opens 报告 (Alt+B), then 插入章节 (S), goes down to 存在的问题 and presses Enter,
  const int position = menuPosition("work-report", "存在的问题");
  ASSERT_GT(position, 0);
  // (VCL handles the keys in order: each goes to the menu the one before it opened.)
  session().events().watchUndo(doc_);
  const size_t start = session().events().mark();
  std::vector<std::string> keys = {"alt+b", "s"};
  // The first entry is highlighted when a submenu opens from the keyboard.
  keys.insert(keys.end(), static_cast<size_t>(position), "Down");
  session().keys(keys);
  session().screenshot("root", screenshotPath("insert-section-menu.png"));
  session().keys({"Return"});
  session().events().waitFor(OfficeEvent::Kind::UndoAction, "", start,
                             "the chosen section going in as an undo step");

  // then the section is in the report after that paragraph, numbered 二、, and the old 二、
  // has moved on to 三、.
  const std::vector<ParagraphInfo> after = paragraphs(doc_);
  ASSERT_EQ(after.size(), before.size() + 5);
  EXPECT_EQ(after[second].text, "存在的问题");
  EXPECT_EQ(after[second].label, "二、");
  EXPECT_EQ(after[second + 5].label, "三、");
  EXPECT_EQ(after[second + 5].text, before[second].text);

  // One undo (Ctrl+Z) takes it out again.
  session().focus(window_);
  const size_t beforeUndo = session().events().mark();
  session().keys({"ctrl+z"});
  session().events().waitFor(OfficeEvent::Kind::Undone, "", beforeUndo, "Ctrl+Z undoing it");
  const std::vector<ParagraphInfo> undone = paragraphs(doc_);
  ASSERT_EQ(undone.size(), before.size());
  for (size_t i = 0; i < before.size(); ++i) EXPECT_EQ(undone[i].text, before[i].text) << i;
}

}  // namespace

namespace {

/// The accessible names of the items of the menu-bar menu whose name starts with `menu`, found
/// as an assistive tool finds them; each with whether it opens a submenu.
std::vector<std::pair<std::string, bool>> menuItems(
    const uno::Reference<accessibility::XAccessibleContext>& xContext, const std::string& menu,
    int depth = 0) {
  if (!xContext.is() || depth > 6) return {};
  chengbao::office::keepAlive(xContext);  // see keepAlive()
  const sal_Int16 role = xContext->getAccessibleRole();
  if (role == accessibility::AccessibleRole::MENU &&
      toUtf8(xContext->getAccessibleName()).rfind(menu, 0) == 0) {
    std::vector<std::pair<std::string, bool>> items;
    for (sal_Int32 i = 0; i < xContext->getAccessibleChildCount(); ++i) {
      auto xChild = xContext->getAccessibleChild(i)->getAccessibleContext();
      chengbao::office::keepAlive(xChild);
      items.emplace_back(toUtf8(xChild->getAccessibleName()),
                         xChild->getAccessibleRole() == accessibility::AccessibleRole::MENU);
    }
    return items;
  }
  for (sal_Int32 i = 0; i < xContext->getAccessibleChildCount(); ++i) {
    auto xChild = xContext->getAccessibleChild(i);
    if (!xChild.is()) continue;
    auto items = menuItems(xChild->getAccessibleContext(), menu, depth + 1);
    if (!items.empty()) return items;
  }
  return {};
}

/// The first accessible object of `role` under `xContext`, depth first.
uno::Reference<accessibility::XAccessibleContext> findRole(
    const uno::Reference<accessibility::XAccessibleContext>& xContext, sal_Int16 role,
    int depth = 0) {
  if (!xContext.is() || depth > 6) return {};
  chengbao::office::keepAlive(xContext);
  if (xContext->getAccessibleRole() == role) return xContext;
  for (sal_Int32 i = 0; i < xContext->getAccessibleChildCount(); ++i) {
    auto xChild = xContext->getAccessibleChild(i);
    if (!xChild.is()) continue;
    auto found = findRole(xChild->getAccessibleContext(), role, depth + 1);
    if (found.is()) return found;
  }
  return {};
}

TEST_F(SectionMenuGuiTest, TheInsertReportAndHelpMenusHaveTheExtensionsEntries) {
  // The Insert menu (插入) of a Writer window lists 报告向导… and the 报告章节 submenu.
  uno::Reference<frame::XModel> model(doc_, uno::UNO_QUERY_THROW);
  uno::Reference<accessibility::XAccessible> window(
      model->getCurrentController()->getFrame()->getContainerWindow(), uno::UNO_QUERY_THROW);
  // An assistive tool hears the menu bar's events when a menu opens.
  auto menuBar = findRole(window->getAccessibleContext(), accessibility::AccessibleRole::MENU_BAR);
  ASSERT_TRUE(menuBar.is()) << "no menu bar in the Writer window";
  session().events().watchAccessible(menuBar);
  std::vector<std::pair<std::string, bool>> items;
  session().keys({"alt+i"});
  session().events().waitUntil(
      [&] {
        items = menuItems(window->getAccessibleContext(), "插入");
        return !items.empty();
      },
      "the Insert menu showing its entries");
  session().keys({"Escape", "Escape"});
  const std::string shown = ::testing::PrintToString(items);
  const auto wizard = std::find_if(items.begin(), items.end(), [](const auto& item) {
    return item.first.rfind("报告向导", 0) == 0;
  });
  const auto sections = std::find_if(items.begin(), items.end(), [](const auto& item) {
    return item.first.rfind("报告章节", 0) == 0;
  });
  ASSERT_NE(wizard, items.end()) << shown;
  ASSERT_NE(sections, items.end()) << shown;
  EXPECT_FALSE(wizard->second) << shown;
  EXPECT_TRUE(sections->second) << "报告章节 opens a submenu: " << shown;

  // The Help menu (帮助) lists 呈报帮助 beside the office's own help.
  std::vector<std::pair<std::string, bool>> help;
  session().keys({"alt+h"});
  session().events().waitUntil(
      [&] {
        help = menuItems(window->getAccessibleContext(), "帮助");
        return !help.empty();
      },
      "the Help menu showing its entries");
  session().keys({"Escape", "Escape"});
  EXPECT_NE(std::find_if(help.begin(), help.end(),
                         [](const auto& item) { return item.first.rfind("呈报帮助", 0) == 0; }),
            help.end())
      << ::testing::PrintToString(help);

  // The Report menu (报告) lists the extension's commands in their order, 应用机构信息 among them.
  std::vector<std::pair<std::string, bool>> report;
  session().keys({"alt+b"});
  session().events().waitUntil(
      [&] {
        report = menuItems(window->getAccessibleContext(), "报告(");
        return !report.empty();
      },
      "the Report menu showing its entries");
  session().keys({"Escape", "Escape"});
  std::vector<std::string> titles;
  for (const auto& item : report) {
    if (!item.first.empty()) titles.push_back(item.first);
  }
  EXPECT_EQ(titles, (std::vector<std::string>{"报告向导(W)…", "插入工作情况报告(I)", "插入章节(S)",
                                              "检查报告(C)…", "修正所有可安全修正的问题(F)",
                                              "应用机构信息(A)", "另存为机构模板(T)…",
                                              "呈报帮助(H)"}))
      << ::testing::PrintToString(report);
}

}  // namespace
