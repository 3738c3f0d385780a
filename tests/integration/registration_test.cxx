// What the installed .oxt registers with the office besides its commands: the Check shortcut,
// the options page under Writer, and help pages in three languages compiled by the office.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/ui/XAcceleratorConfiguration.hpp>
#include <com/sun/star/ui/XUIConfigurationManager.hpp>
#include <com/sun/star/ui/theModuleUIConfigurationManagerSupplier.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/util/XStringSubstitution.hpp>

#include "configuration.hxx"
#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;
using namespace css;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;

std::string configValue(const uno::Reference<uno::XComponentContext>& xContext,
                        const std::string& node, const char* name) {
  rtl::OUString aValue;
  chengbao::ext::configurationValue(xContext, node, name) >>= aValue;
  return toUtf8(aValue);
}

class RegistrationTest : public OfficeTest {};

TEST_F(RegistrationTest, CtrlAltShiftROpensTheCheckPanelInWriter) {
  uno::Reference<ui::XUIConfigurationManager> xManager =
      ui::theModuleUIConfigurationManagerSupplier::get(office_->context())
          ->getUIConfigurationManager("com.sun.star.text.TextDocument");
  awt::KeyEvent aKey;
  aKey.KeyCode = awt::Key::R;
  aKey.Modifiers = awt::KeyModifier::SHIFT | awt::KeyModifier::MOD1 | awt::KeyModifier::MOD2;
  EXPECT_EQ(toUtf8(xManager->getShortCutManager()->getCommandByKeyEvent(aKey)),
            "vnd.chengbao:Check");
}

TEST_F(RegistrationTest, TheOptionsPageIsALeafOfTheWriterNode) {
  const std::string leaf =
      "/org.openoffice.Office.OptionsDialog/Nodes/Writer/Leaves/org.chengbao.options";
  EXPECT_EQ(configValue(office_->context(), leaf, "Id"), "org.chengbao.extension");
  EXPECT_EQ(configValue(office_->context(), leaf, "EventHandlerService"),
            "org.chengbao.OptionsPage");
  // %origin% became the installed extension's folder.
  const std::string page = configValue(office_->context(), leaf, "OptionsPage");
  EXPECT_NE(page.find("/dialogs/options.xdl"), std::string::npos) << page;
  EXPECT_EQ(page.find("%origin%"), std::string::npos) << page;
}

TEST_F(RegistrationTest, HelpPagesOfEveryCommandAreCompiledInThreeLanguages) {
  // The office compiles the .xhp pages into a help archive and index per language when it
  // installs the .oxt (it needs the stylesheets of libreoffice-help-common for that).
  const std::string user = chengbao::ext::toSystemPath(
      util::PathSubstitution::create(office_->context())->substituteVariables("$(user)", true));
  const std::filesystem::path registry =
      std::filesystem::path(user) /
      "uno_packages/cache/registry/com.sun.star.comp.deployment.help.PackageRegistryBackend";
  for (const char* language : {"en-US", "zh-CN", "zh-TW"}) {
    std::string archive;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(registry))
      if (entry.path().filename() == "help.jar" &&
          entry.path().parent_path().filename() == language) {
        std::ifstream in(entry.path(), std::ios::binary);
        archive.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      }
    ASSERT_FALSE(archive.empty()) << "no compiled help for " << language << " in " << registry;
    for (const char* page :
         {"insert_report", "apply_profile", "check", "fix", "insert_section", "wizard", "options",
          "save_house_template"})
      EXPECT_NE(archive.find(std::string("org.chengbao.extension/") + page + ".xhp"),
                std::string::npos)
          << page << " " << language;
  }
}

}  // namespace
