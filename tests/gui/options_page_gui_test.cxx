// The options page in a real window (Tools ▸ Options ▸ LibreOffice Writer ▸ 呈报): its buttons
// open the profile editor and the pack dialog, and what they make is kept on OK.
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>

#include "gui_fixture.hxx"
#include "pack_file.hpp"
#include "profile.hpp"
#include "ustring.hxx"

namespace {

using namespace chengbao::gui;
using chengbao::ext::toUtf8;

/// The Options dialog's title while it shows the page.
const std::string kTitle = "选项 - LibreOffice Writer - 呈报";

class OptionsPageGuiTest : public GuiTest {
 protected:
  /// The installed extension's folder, as a URL.
  std::string extensionUrl() {
    auto xInfo = css::deployment::PackageInformationProvider::get(session().office().context());
    return toUtf8(xInfo->getPackageLocation("org.chengbao.extension"));
  }

  /// Opens Tools ▸ Options on the page (its URL as the Options dialog knows it, in the installed
  /// extension) and waits for the page to show its labels in the UI language.
  PendingDispatch openPage() {
    auto outcome =
        session().dispatchAsync(doc_, ".uno:OptionsTreeDialog",
                                {{"OptionsPageURL", extensionUrl() + "/dialogs/options.xdl"}});
    dialog_ = session().waitForWindow("^" + kTitle + "$");
    session().focus(dialog_);
    waitForPageText("机构信息文件");
    return outcome;
  }

  /// Waits until the Options dialog shows `text` (a label, the page's status line).
  void waitForPageText(const std::string& text) {
    session().events().waitUntil(
        [&] { return session().events().windowText(kTitle).find(text) != std::string::npos; },
        "the options page showing " + text);
  }

  /// Presses OK and waits for the Options dialog to close. Through accessibility, not alt+O:
  /// with the keyboard in the page (after one of its buttons), the dialog's own mnemonics are not
  /// found from there (the page is a window of its own).
  void pressOk(PendingDispatch& outcome) {
    EXPECT_TRUE(session().events().pressButton(kTitle, "确定(O)")) << "no OK button";
    session().waitForNoWindow("^" + kTitle + "$");
    EXPECT_EQ(outcome.wait_for(30s), std::future_status::ready)
        << "the Options dialog never closed";
  }

  /// A value of the extension's settings.
  std::string currentProfile() {
    rtl::OUString path;
    session().office().setting("Profiles", "Current") >>= path;
    return toUtf8(path);
  }

  std::string dialog_;  ///< the X window of the Options dialog
};

chengbao::Profile profileAt(const std::string& path) {
  auto loaded = chengbao::load_profile(path);
  if (auto* error = std::get_if<chengbao::LoadError>(&loaded)) {
    ADD_FAILURE() << chengbao::describe(*error, chengbao::Language::En);
    return {};
  }
  return std::get<chengbao::Profile>(loaded);
}

TEST_F(OptionsPageGuiTest, EditingTheExampleMakesAProfileOfTheUsersOwnInUseOnOk) {
  const std::string example =
      chengbao::ext::toSystemPath(chengbao::ext::toOUString(extensionUrl())) +
      "/templates/profiles/example.xml";
  const chengbao::Profile before = profileAt(example);
  // Given the options page of a new user (the example in use, nothing in the list),
  auto outcome = openPage();
  waitForPageText("扩展自带的示例机构信息");
  session().screenshot(dialog_, screenshotPath("options-page.png"));

  // when 编辑(E) opens the editor on the profile in use and a new full name is saved (Enter),
  session().keys({"alt+e"});
  const std::string editor = session().waitForWindow("^机构信息$");
  session().focus(editor);
  session().keys({"ctrl+a"});
  session().type("测试市选项局");
  session().keys({"Return"});
  session().waitForNoWindow("^机构信息$");
  // then the page says the example was kept and the edit saved as a file of the user's,
  waitForPageText("另存为");
  EXPECT_EQ(currentProfile(), "") << "the settings changed before OK";

  // and OK makes that file the profile in use; the example is unchanged.
  pressOk(outcome);
  const std::string saved = currentProfile();
  ASSERT_FALSE(saved.empty());
  EXPECT_NE(saved, example);
  const chengbao::Profile mine = profileAt(saved);
  EXPECT_EQ(mine.full_name, "测试市选项局");
  EXPECT_EQ(mine.signatory_name, before.signatory_name) << "the values not edited were not kept";
  EXPECT_EQ(profileAt(example).full_name, before.full_name);
}

TEST_F(OptionsPageGuiTest, ImportPackInstallsAPackFromAPathTypedAndKeepsItOnOk) {
  // Given the example pack built into a file,
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("chengbao_gui_pack_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string file = (dir / "example.cbpack").string();
  chengbao::PackOptions options;
  options.shipped_dir = CHENGBAO_TEMPLATE_DIR;
  auto built =
      chengbao::build_pack(std::string(CHENGBAO_TEMPLATE_DIR) + "/packs/example", file, options);
  ASSERT_TRUE(std::holds_alternative<chengbao::PackManifest>(built))
      << chengbao::describe(std::get<chengbao::LoadError>(built), chengbao::Language::En);

  // when 导入机构包(K) is chosen on the options page and its path typed into the dialog (Enter),
  auto outcome = openPage();
  session().keys({"alt+k"});
  const std::string ask = session().waitForWindow("^导入机构包$");
  session().focus(ask);
  session().type(file);
  session().keys({"Return"});
  session().waitForNoWindow("^导入机构包$");

  // then the page says what it installed, and OK keeps the pack's profile (in use: there was
  // none) and its templates' folder in the settings.
  waitForPageText("已导入机构包");
  pressOk(outcome);
  const std::string profile = currentProfile();
  EXPECT_NE(profile.find("/chengbao/packs/dhbank-binjiang/"), std::string::npos) << profile;
  css::uno::Sequence<rtl::OUString> folders;
  session().office().setting("Templates", "Folders") >>= folders;
  ASSERT_EQ(folders.getLength(), 1);
  EXPECT_TRUE(std::filesystem::exists(toUtf8(folders[0]) + "/dhbank-work-report.xml"))
      << toUtf8(folders[0]);
  std::filesystem::remove_all(dir);
}

}  // namespace
