// The profile editor in a real window: a new user sets up their organisation from the wizard with
// the keyboard alone, and a wrong value is named beside its field and keeps Save from writing.
#include <string>
#include <vector>

#include "gui_fixture.hxx"
#include "profile.hpp"
#include "ustring.hxx"

namespace {

using namespace chengbao::gui;
using chengbao::office::OfficeEvent;
using chengbao::office::ParagraphInfo;

const std::string kWizard = "^报告向导：";
std::string step(int n) { return kWizard + ".*（" + std::to_string(n) + "/4）$"; }
/// The editor's title, exactly (the wizard's step 3 is titled 报告向导：机构信息（3/4）).
const std::string kEditor = "^机构信息$";

class ProfileEditorGuiTest : public GuiTest {
 protected:
  /// The wizard's title as the office shows it now (it names the step).
  std::string wizardTitle() {
    for (const std::string& title : session().events().windowTitles())
      if (title.rfind("报告向导：", 0) == 0) return title;
    return std::string();
  }

  /// Waits until the editor shows `text` somewhere (a field's error, the status line).
  void waitForEditorText(const std::string& text) {
    session().events().waitUntil(
        [&] { return session().events().windowText("机构信息").find(text) != std::string::npos; },
        "the profile editor showing " + text);
  }

  /// The profile in use, as the extension's settings name it.
  std::string profileInUse() {
    rtl::OUString path;
    session().office().setting("Profiles", "Current") >>= path;
    return chengbao::ext::toUtf8(path);
  }
};

TEST_F(ProfileEditorGuiTest, ANewUserSetsUpTheirOrganisationWithTheKeysAndTheWizardUsesIt) {
  session().events().watchUndo(doc_);
  const size_t start = session().events().mark();
  // Given a new user (the example profile in use), the wizard offers on its first step to set up
  // their own organisation;
  session().keys({"alt+b", "w"});
  const std::string wizard = session().waitForWindow(step(1));
  session().focus(wizard);
  EXPECT_NE(session().events().windowText(wizardTitle()).find("示例机构信息"), std::string::npos)
      << session().events().windowText(wizardTitle());

  // when they take it (设置本机构信息(G)) and fill the empty form with the keys alone: the full
  // name (where the form starts), the short name (S), the superior body (U), the signatory (G),
  // then Enter (Save),
  session().keys({"alt+g"});
  const std::string editor = session().waitForWindow(kEditor);
  session().focus(editor);
  session().type("测试市键盘局");
  session().keys({"alt+s"});
  session().type("键盘局");
  session().keys({"alt+u"});
  session().type("测试市人民政府");
  session().keys({"alt+g"});
  session().type("王键");
  session().screenshot(editor, screenshotPath("profile-editor.png"));
  session().keys({"Return"});
  session().waitForNoWindow(kEditor);

  // then the profile is saved and in use, the offer is gone,
  const std::string saved = profileInUse();
  ASSERT_FALSE(saved.empty()) << "no profile in use after Save";
  auto loaded = chengbao::load_profile(saved);
  ASSERT_TRUE(std::holds_alternative<chengbao::Profile>(loaded))
      << chengbao::describe(std::get<chengbao::LoadError>(loaded), chengbao::Language::En);
  const auto& profile = std::get<chengbao::Profile>(loaded);
  EXPECT_EQ(profile.full_name, "测试市键盘局");
  EXPECT_EQ(profile.signatory_name, "王键");
  EXPECT_EQ(session().events().windowText(wizardTitle()).find("示例机构信息"), std::string::npos)
      << "the first-run offer is still shown";

  // and Finish inserts a report addressed and signed with the new organisation's names.
  session().focus(wizard);
  session().keys({"alt+f"});
  session().waitForNoWindow(kWizard);
  session().events().waitFor(OfficeEvent::Kind::UndoAction, "插入报告", start,
                             "the report going in as the undo step 插入报告");
  const auto paras = paragraphs(doc_);
  ASSERT_GT(paras.size(), 10u);
  EXPECT_EQ(paras[1].text, "测试市人民政府：");
  EXPECT_EQ(paras[paras.size() - 2].text, "测试市键盘局");
}

TEST_F(ProfileEditorGuiTest, AWrongValueIsNamedBesideItsFieldAndSaveWritesNothingUntilItIsRight) {
  // Given the editor opened from the wizard's organisation step (新建(W)),
  session().keys({"alt+b", "w"});
  const std::string wizard = session().waitForWindow(step(1));
  session().focus(wizard);
  session().keys({"alt+n", "alt+n"});
  session().waitForWindow(step(3));
  session().keys({"alt+w"});
  const std::string editor = session().waitForWindow(kEditor);
  session().focus(editor);
  session().type("测试市校验局");
  session().keys({"alt+s"});
  session().type("校验局");
  session().keys({"alt+u"});
  session().type("测试市人民政府");
  session().keys({"alt+p"});
  session().type("李四");
  // when a phone number that is none is typed (O), its error shows as it is typed;
  session().keys({"alt+o"});
  session().type("办公室");
  waitForEditorText("“办公室”不是电话号码");
  // Enter (Save) is refused: the editor stays, says why, and writes nothing;
  session().keys({"Return"});
  waitForEditorText("有 1 项需要改正");
  EXPECT_TRUE(session().hasWindow(kEditor));
  EXPECT_EQ(profileInUse(), "") << "a profile was saved with a wrong value";

  // once the number is right the error goes, and Save writes the profile and makes it the one
  // in use.
  session().keys({"alt+o", "ctrl+a"});
  session().type("0571-8888 6666");
  session().events().waitUntil(
      [&] {
        return session().events().windowText("机构信息").find("不是电话号码") == std::string::npos;
      },
      "the phone's error going once the number is right");
  session().keys({"Return"});
  session().waitForNoWindow(kEditor);
  const std::string saved = profileInUse();
  auto loaded = chengbao::load_profile(saved);
  ASSERT_TRUE(std::holds_alternative<chengbao::Profile>(loaded)) << saved;
  EXPECT_EQ(std::get<chengbao::Profile>(loaded).contact_phone, "0571-8888 6666");
  EXPECT_EQ(std::get<chengbao::Profile>(loaded).contact_name, "李四");

  session().focus(wizard);
  session().keys({"Tab", "Escape"});
  session().waitForNoWindow(kWizard);
}

}  // namespace
