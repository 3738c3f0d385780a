// The options page in a real window (Tools ▸ Options ▸ LibreOffice Writer ▸ 呈报): its profile
// buttons open the profile editor, and what they make is kept on OK.
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

const std::string kTitle = "选项 - LibreOffice Writer - 呈报";

class OptionsPageGuiTest : public GuiTest {
 protected:
  /// The extension's folder in this office.
  std::string extensionDir() {
    auto xInfo = css::deployment::PackageInformationProvider::get(session().office().context());
    return chengbao::ext::toSystemPath(xInfo->getPackageLocation("org.chengbao.extension"));
  }
  /// The page's URL as the Options dialog knows it: in the installed extension's folder.
  std::string pageUrl() {
    auto xInfo = css::deployment::PackageInformationProvider::get(session().office().context());
    return chengbao::ext::toUtf8(xInfo->getPackageLocation("org.chengbao.extension")) +
           "/dialogs/options.xdl";
  }
};

TEST_F(OptionsPageGuiTest, EditingTheExampleMakesAProfileOfTheUsersOwnInUseOnOk) {
  const std::string example = extensionDir() + "/templates/profiles/example.xml";
  const std::string exampleName =
      std::get<chengbao::Profile>(chengbao::load_profile(example)).full_name;
  // Given the options page of a new user (the example in use, nothing in the list),
  auto outcome =
      session().dispatchAsync(doc_, ".uno:OptionsTreeDialog", {{"OptionsPageURL", pageUrl()}});
  const std::string dialog = session().waitForWindow("^" + kTitle + "$");
  session().focus(dialog);
  session().events().waitUntil(
      [&] {
        return session().events().windowText(kTitle).find("扩展自带的示例机构信息") !=
               std::string::npos;
      },
      "the page showing the example in use");
  session().screenshot(dialog, screenshotPath("options-page.png"));

  // when 编辑(E) opens the editor on the profile in use and a new full name is saved (Enter),
  session().keys({"alt+e"});
  const std::string editor = session().waitForWindow("^机构信息$");
  session().focus(editor);
  session().keys({"ctrl+a"});
  session().type("测试市选项局");
  session().keys({"Return"});
  session().waitForNoWindow("^机构信息$");
  // then the page says the example was kept and the edit saved as a file of the user's,
  session().events().waitUntil(
      [&] { return session().events().windowText(kTitle).find("另存为") != std::string::npos; },
      "the page saying where the edit was saved");
  rtl::OUString before;
  session().office().setting("Profiles", "Current") >>= before;
  EXPECT_TRUE(before.isEmpty()) << "the settings changed before OK";

  // and OK (确定(O)) makes that file the profile in use; the example is unchanged.
  session().focus(dialog);
  session().keys({"alt+o"});
  session().waitForNoWindow("^" + kTitle + "$");
  ASSERT_EQ(outcome.wait_for(30s), std::future_status::ready);
  rtl::OUString current;
  session().office().setting("Profiles", "Current") >>= current;
  const std::string saved = chengbao::ext::toUtf8(current);
  ASSERT_FALSE(saved.empty());
  EXPECT_NE(saved, example);
  auto loaded = chengbao::load_profile(saved);
  ASSERT_TRUE(std::holds_alternative<chengbao::Profile>(loaded))
      << chengbao::describe(std::get<chengbao::LoadError>(loaded), chengbao::Language::En);
  EXPECT_EQ(std::get<chengbao::Profile>(loaded).full_name, "测试市选项局");
  EXPECT_EQ(std::get<chengbao::Profile>(loaded).signatory_name,
            std::get<chengbao::Profile>(chengbao::load_profile(example)).signatory_name)
      << "the values not edited were not kept";
  EXPECT_EQ(std::get<chengbao::Profile>(chengbao::load_profile(example)).full_name, exampleName);
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
  auto outcome =
      session().dispatchAsync(doc_, ".uno:OptionsTreeDialog", {{"OptionsPageURL", pageUrl()}});
  const std::string dialog = session().waitForWindow("^" + kTitle + "$");
  session().focus(dialog);
  session().events().waitUntil(
      [&] {
        return session().events().windowText(kTitle).find("机构信息文件") != std::string::npos;
      },
      "the page");
  session().keys({"alt+k"});
  const std::string ask = session().waitForWindow("^导入机构包$");
  session().focus(ask);
  session().type(file);
  session().keys({"Return"});
  session().waitForNoWindow("^导入机构包$");

  // then the page says what it installed, and OK keeps the pack's profile (in use: there was
  // none) and its templates' folder in the settings.
  session().events().waitUntil(
      [&] {
        return session().events().windowText(kTitle).find("已导入机构包") != std::string::npos;
      },
      "the page saying the pack is imported");
  session().focus(dialog);
  session().keys({"alt+o"});
  session().waitForNoWindow("^" + kTitle + "$");
  ASSERT_EQ(outcome.wait_for(30s), std::future_status::ready);
  rtl::OUString current;
  session().office().setting("Profiles", "Current") >>= current;
  const std::string profile = chengbao::ext::toUtf8(current);
  EXPECT_NE(profile.find("/chengbao/packs/dhbank-binjiang/"), std::string::npos) << profile;
  css::uno::Sequence<rtl::OUString> folders;
  session().office().setting("Templates", "Folders") >>= folders;
  ASSERT_EQ(folders.getLength(), 1);
  EXPECT_TRUE(
      std::filesystem::exists(chengbao::ext::toUtf8(folders[0]) + "/dhbank-work-report.xml"))
      << chengbao::ext::toUtf8(folders[0]);
  std::filesystem::remove_all(dir);
}

}  // namespace
