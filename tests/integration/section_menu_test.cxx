// The Insert Section submenu (报告 ▸ 插入章节): the popup menu controller the office creates for
// vnd.chengbao:InsertSection, driven as the office's menu code drives it, in a real office.
#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include <com/sun/star/awt/MenuEvent.hpp>
#include <com/sun/star/awt/XMenuListener.hpp>
#include <com/sun/star/awt/XPopupMenu.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XPopupMenuController.hpp>
#include <com/sun/star/frame/thePopupMenuControllerFactory.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include "office_fixture.hxx"
#include "template_library.hpp"

namespace {

using namespace chengbao::testing;
using namespace css;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;

constexpr const char* kCommand = "vnd.chengbao:InsertSection";

/// The submenu as the office's menu code builds it: the controller from the popup menu
/// controller factory (as registered by the extension), given an empty awt popup menu.
struct Submenu {
  uno::Reference<frame::XPopupMenuController> controller;
  uno::Reference<awt::XPopupMenu> popup;

  std::vector<std::string> labels() const {
    std::vector<std::string> result;
    for (sal_Int16 i = 0; i < popup->getItemCount(); ++i)
      result.push_back(toUtf8(popup->getItemText(popup->getItemId(i))));
    return result;
  }
  bool enabled(sal_Int16 pos) const { return popup->isItemEnabled(popup->getItemId(pos)); }
  /// What a click on the entry at `pos` makes VCL tell the menu's listeners.
  void choose(sal_Int16 pos) const {
    awt::MenuEvent event;
    event.Source = popup;
    event.MenuId = popup->getItemId(pos);
    uno::Reference<awt::XMenuListener>(controller, uno::UNO_QUERY_THROW)->itemSelected(event);
  }
  ~Submenu() {
    uno::Reference<lang::XComponent> component(controller, uno::UNO_QUERY);
    if (component.is()) component->dispose();
  }
};

/// The sections of a shipped template, as the submenu should list them: depth first, two
/// ideographic spaces per level below the first.
std::vector<std::string> expectedLabels(const std::string& templ,
                                        const std::string& script = "zh-Hans") {
  // The zh-Hant templates are made at build time, beside the shipped ones.
  auto loaded = chengbao::find_template(templ, CHENGBAO_STAGED_TEMPLATE_DIR, script);
  if (auto* error = std::get_if<chengbao::LoadError>(&loaded))
    throw std::runtime_error(error->to_string());
  std::vector<std::string> result;
  std::function<void(const std::vector<chengbao::Section>&)> walk =
      [&](const std::vector<chengbao::Section>& sections) {
        for (const auto& section : sections) {
          std::string indent;
          for (int level = 1; level < section.level; ++level) indent += "\u3000\u3000";
          result.push_back(indent + section.heading);
          walk(section.children);
        }
      };
  walk(std::get<chengbao::ReportTemplate>(loaded).sections);
  return result;
}

class SectionMenuTest : public OfficeTest {
 protected:
  uno::Reference<frame::XFrame> frame() const {
    uno::Reference<frame::XModel> model(doc_, uno::UNO_QUERY_THROW);
    return model->getCurrentController()->getFrame();
  }

  std::unique_ptr<Submenu> openSubmenu() { return openSubmenu(frame()); }
  std::unique_ptr<Submenu> openSubmenu(const uno::Reference<frame::XFrame>& target) {
    const auto& context = office_->context();
    auto factory = frame::thePopupMenuControllerFactory::get(context);
    uno::Sequence<uno::Any> args(2);
    beans::PropertyValue frameArg;
    frameArg.Name = "Frame";
    frameArg.Value <<= target;
    beans::PropertyValue moduleArg;
    moduleArg.Name = "ModuleIdentifier";
    moduleArg.Value <<= rtl::OUString();
    args.getArray()[0] <<= frameArg;
    args.getArray()[1] <<= moduleArg;
    auto submenu = std::make_unique<Submenu>();
    submenu->controller.set(
        factory->createInstanceWithArgumentsAndContext(toOUString(kCommand), args, context),
        uno::UNO_QUERY);
    if (!submenu->controller.is()) return nullptr;
    submenu->popup.set(context->getServiceManager()->createInstanceWithContext(
                           "com.sun.star.awt.PopupMenu", context),
                       uno::UNO_QUERY_THROW);
    submenu->controller->setPopupMenu(submenu->popup);
    return submenu;
  }

  /// Chooses the entry at `pos` and waits for what it does: the insertion runs from the main
  /// loop once the menu has closed, as one undo step.
  std::vector<ParagraphInfo> chooseAndWait(const Submenu& submenu, sal_Int16 pos) {
    events().watchUndo(doc_);
    const size_t since = events().mark();
    submenu.choose(pos);
    events().waitFor(chengbao::office::OfficeEvent::Kind::UndoAction, "", since,
                     "the chosen section going in as an undo step");
    return paragraphs(doc_);
  }
};

TEST_F(SectionMenuTest, TheOfficeHasAPopupMenuControllerForTheMenuItem) {
  // Menu items of add-ons are looked up without a module: the registration must match that.
  auto factory = frame::thePopupMenuControllerFactory::get(office_->context());
  EXPECT_TRUE(factory->hasController(toOUString(kCommand), rtl::OUString()));
  EXPECT_TRUE(factory->hasController(toOUString(kCommand), "com.sun.star.text.TextDocument"));
  EXPECT_FALSE(factory->hasController("vnd.chengbao:Check", rtl::OUString()));
}

TEST_F(SectionMenuTest, ListsTheSectionsOfTheDocumentsOwnTemplate) {
  // A work report lists the work report's sections,
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  auto submenu = openSubmenu();
  ASSERT_TRUE(submenu) << "no controller for " << kCommand;
  const auto workReport = expectedLabels("work-report");
  ASSERT_GE(workReport.size(), 6u);
  EXPECT_EQ(submenu->labels(), workReport);
  for (sal_Int16 i = 0; i < submenu->popup->getItemCount(); ++i) EXPECT_TRUE(submenu->enabled(i));

  // and after the document is replaced by an annual summary, the next opening lists that one's.
  closeDocument(doc_);
  doc_ = office_->newWriterDocument();
  ASSERT_TRUE(insertReport("annual-summary", kExampleProfile).success);
  auto other = openSubmenu();
  ASSERT_TRUE(other);
  const auto annual = expectedLabels("annual-summary");
  EXPECT_NE(annual, workReport);
  EXPECT_EQ(other->labels(), annual);
  other->controller->updatePopupMenu();  // what the office does each time the menu opens
  EXPECT_EQ(other->labels(), annual);
}

TEST_F(SectionMenuTest, ChoosingAnEntryInsertsThatSectionAtTheCursorAsOneUndoStep) {
  // Given a work report with the cursor at the end of section 一's body,
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  const auto before = paragraphs(doc_);
  const size_t second = nthHeading(before, 1, 2);
  ASSERT_LT(second, before.size());
  ASSERT_EQ(before[second].label, "二、");
  moveCursorToEndOfParagraph(doc_, second - 1);

  // when 存在的问题 is chosen in the submenu,
  auto submenu = openSubmenu();
  ASSERT_TRUE(submenu);
  const auto labels = submenu->labels();
  const auto it = std::find(labels.begin(), labels.end(), "存在的问题");
  ASSERT_NE(it, labels.end());
  const auto after = chooseAndWait(*submenu, static_cast<sal_Int16>(it - labels.begin()));

  // then the section goes in there as 二、 with its sub-sections, the old 二、 moves on to 三、,
  ASSERT_EQ(after.size(), before.size() + 5);
  EXPECT_EQ(after[second].label, "二、");
  EXPECT_EQ(after[second].text, "存在的问题");
  EXPECT_EQ(after[second].outlineLevel, 1);
  EXPECT_EQ(after[second + 1].label, "（一）");
  EXPECT_EQ(after[second + 5].label, "三、");
  EXPECT_EQ(after[second + 5].text, before[second].text);

  // and one undo takes it out again.
  ASSERT_TRUE(undo(doc_));
  const auto undone = paragraphs(doc_);
  ASSERT_EQ(undone.size(), before.size());
  for (size_t i = 0; i < before.size(); ++i) EXPECT_EQ(undone[i].text, before[i].text) << i;
  EXPECT_TRUE(office_->responsive());
}

TEST_F(SectionMenuTest, InAFrameWithoutAWriterDocumentItSaysWhyThereIsNoList) {
  // Given a frame that shows no Writer document (only Writer is installed here, so a bare
  // frame stands in for the Start Center or another module),
  const auto& context = office_->context();
  uno::Reference<frame::XFrame> bare(
      context->getServiceManager()->createInstanceWithContext("com.sun.star.frame.Frame", context),
      uno::UNO_QUERY_THROW);

  // the submenu shows one disabled entry saying why, choosing it does nothing, and the office
  // carries on.
  auto submenu = openSubmenu(bare);
  ASSERT_TRUE(submenu);
  ASSERT_EQ(submenu->popup->getItemCount(), 1);
  EXPECT_FALSE(submenu->enabled(0));
  const std::string why = submenu->labels()[0];
  EXPECT_NE(why.find("Writer"), std::string::npos) << why;
  const auto before = paragraphs(doc_);
  submenu->choose(0);
  // What a choice does runs from the main loop: once the loop has passed it, it has run.
  events().waitForMainLoop("choosing the disabled entry");
  EXPECT_EQ(paragraphs(doc_).size(), before.size());
  EXPECT_TRUE(office_->responsive());
  uno::Reference<lang::XComponent>(bare, uno::UNO_QUERY_THROW)->dispose();
}

TEST_F(SectionMenuTest, AReportInTraditionalChineseListsAndInsertsTraditionalSections) {
  // Given a work report made in Traditional Chinese (the profile in use says Simplified),
  const DispatchOutcome made = dispatch("InsertReport", {{"Template", "work-report"},
                                                         {"Profile", kExampleProfile},
                                                         {"Script", "zh-Hant"},
                                                         {"Date", "2026-11-28"}});
  ASSERT_TRUE(made.success) << made.message;
  const auto before = paragraphs(doc_);

  // the submenu lists the template's sections in Traditional script,
  auto submenu = openSubmenu();
  ASSERT_TRUE(submenu);
  const auto traditional = expectedLabels("work-report", "zh-Hant");
  EXPECT_NE(traditional, expectedLabels("work-report", "zh-Hans"));
  const auto labels = submenu->labels();
  EXPECT_EQ(labels, traditional);

  // and the chosen one goes in in Traditional script too.
  const auto it = std::find(labels.begin(), labels.end(), "存在的問題");
  ASSERT_NE(it, labels.end());
  moveCursorToEndOfParagraph(doc_, before.size() - 1);
  const auto after = chooseAndWait(*submenu, static_cast<sal_Int16>(it - labels.begin()));
  ASSERT_EQ(after.size(), before.size() + 5);
  EXPECT_EQ(after[before.size()].text, "存在的問題");
  EXPECT_EQ(after[before.size() + 1].text, "思想認識有待進一步提高");
}

}  // namespace
