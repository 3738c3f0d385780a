// The options page (Tools ▸ Options ▸ LibreOffice Writer ▸ Chengbao) in a real office: the .xdl
// from the installed .oxt with its event handler, as the Options dialog drives them; what it
// saves is what InsertReport then uses.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XContainerWindowProvider.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/linguistic2/ProofreadingResult.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include "configuration.hxx"
#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;
using namespace css;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;

uno::Reference<uno::XInterface> settingsNode(const uno::Reference<uno::XComponentContext>& xContext,
                                             const char* group, bool update) {
  return chengbao::ext::configurationNode(xContext, std::string("/org.chengbao.Settings/") + group,
                                          update);
}

std::string readSetting(const uno::Reference<uno::XComponentContext>& xContext, const char* group,
                        const char* name) {
  uno::Reference<container::XNameAccess> xNode(settingsNode(xContext, group, false),
                                               uno::UNO_QUERY_THROW);
  rtl::OUString aValue;
  xNode->getByName(toOUString(name)) >>= aValue;
  return toUtf8(aValue);
}

/// Writes settings through the configuration API, as an administrator's script would.
void writeSetting(const uno::Reference<uno::XComponentContext>& xContext, const char* group,
                  const char* name, const uno::Any& value) {
  uno::Reference<uno::XInterface> xNode = settingsNode(xContext, group, true);
  uno::Reference<container::XNameReplace>(xNode, uno::UNO_QUERY_THROW)
      ->replaceByName(toOUString(name), value);
  uno::Reference<util::XChangesBatch>(xNode, uno::UNO_QUERY_THROW)->commitChanges();
}

uno::Any stringList(const std::vector<std::string>& values) {
  uno::Sequence<rtl::OUString> aList(static_cast<sal_Int32>(values.size()));
  for (size_t i = 0; i < values.size(); ++i) aList.getArray()[i] = toOUString(values[i]);
  return uno::Any(aList);
}

class OptionsPageTest : public OfficeTest {
 protected:
  void SetUp() override {
    OfficeTest::SetUp();
    const uno::Reference<uno::XComponentContext>& xContext = office_->context();
    // The Options dialog creates the handler service OptionsDialog.xcu names and the page from
    // the .xdl in the installed extension, inside the dialog's window; the document's window
    // stands in for it.
    handler_.set(xContext->getServiceManager()->createInstanceWithContext(
                     "org.chengbao.OptionsPage", xContext),
                 uno::UNO_QUERY_THROW);
    uno::Reference<frame::XModel> xModel(doc_, uno::UNO_QUERY_THROW);
    uno::Reference<awt::XWindowPeer> xParent(
        xModel->getCurrentController()->getFrame()->getContainerWindow(), uno::UNO_QUERY_THROW);
    page_ = awt::ContainerWindowProvider::create(xContext)->createContainerWindow(
        "vnd.sun.star.extension://org.chengbao.extension/dialogs/options.xdl", "", xParent,
        handler_);
    ASSERT_TRUE(page_.is());
    controls_.set(page_, uno::UNO_QUERY_THROW);
  }

  void TearDown() override {
    uno::Reference<lang::XComponent> xPage(page_, uno::UNO_QUERY);
    if (xPage.is()) xPage->dispose();
    OfficeTest::TearDown();
  }

  /// What the Options dialog does when the page is shown ("initialize"), on OK ("ok") and on
  /// Reset ("back").
  bool event(const char* action) {
    return handler_->callHandlerMethod(page_, uno::Any(toOUString(action)), "external_event");
  }
  /// What a button of the page does (the .xdl binds each to a handler method).
  bool press(const char* method) {
    return handler_->callHandlerMethod(page_, uno::Any(), toOUString(method));
  }
  uno::Reference<awt::XListBox> list(const char* name) {
    return uno::Reference<awt::XListBox>(controls_->getControl(toOUString(name)),
                                         uno::UNO_QUERY_THROW);
  }
  std::string label(const char* name) {
    uno::Reference<beans::XPropertySet> xModel(controls_->getControl(toOUString(name))->getModel(),
                                               uno::UNO_QUERY_THROW);
    rtl::OUString aLabel;
    xModel->getPropertyValue("Label") >>= aLabel;
    return toUtf8(aLabel);
  }
  std::vector<std::string> items(const char* name) {
    std::vector<std::string> result;
    for (const rtl::OUString& rItem : list(name)->getItems()) result.push_back(toUtf8(rItem));
    return result;
  }

  uno::Reference<awt::XContainerWindowEventHandler> handler_;
  uno::Reference<awt::XWindow> page_;
  uno::Reference<awt::XControlContainer> controls_;
};

TEST_F(OptionsPageTest, TheDefaultTemplateSavedOnOkIsWhatInsertReportUses) {
  // Given the page as the Options dialog shows it,
  ASSERT_TRUE(event("initialize"));
  const std::vector<std::string> templates = items("DefaultTemplate");
  ASSERT_GE(templates.size(), 5u);
  // (a drop-down: one line tall, its list opens below)
  bool bDropdown = false;
  uno::Reference<beans::XPropertySet>(controls_->getControl("DefaultTemplate")->getModel(),
                                      uno::UNO_QUERY_THROW)
      ->getPropertyValue("Dropdown") >>= bDropdown;
  EXPECT_TRUE(bDropdown);
  EXPECT_NE(toUtf8(list("DefaultTemplate")->getSelectedItem()).find("（work-report）"),
            std::string::npos);
  // with labels in the office's language, not the .xdl's fallback,
  const std::string templateLabel = label("DefaultTemplateLabel");
  EXPECT_TRUE(templateLabel == "Default ~template:" || templateLabel == "默认模板(~T)：" ||
              templateLabel == "預設範本(~T)：")
      << templateLabel;

  // when the user picks the self-inspection report and presses OK,
  sal_Int16 chosen = -1;
  for (size_t i = 0; i < templates.size(); ++i)
    if (templates[i].find("（self-inspection-report）") != std::string::npos)
      chosen = static_cast<sal_Int16>(i);
  ASSERT_GE(chosen, 0);
  list("DefaultTemplate")->selectItemPos(chosen, true);
  ASSERT_TRUE(event("ok"));

  // then the setting holds its id, and InsertReport without a Template argument uses it.
  EXPECT_EQ(readSetting(office_->context(), "Templates", "Default"), "self-inspection-report");
  ASSERT_TRUE(
      dispatch("InsertReport", {{"Profile", kExampleProfile}, {"Date", "2026-11-28"}}).success);
  const std::string json = (workDir_ / "check.json").string();
  ASSERT_TRUE(dispatch("Check", {{"Output", "file://" + json}}).success);
  EXPECT_EQ(jsonTemplate(readFile(json)), "self-inspection-report") << readFile(json);
}

TEST_F(OptionsPageTest, ShowsTheProfilesAndMakesTheChosenOneTheProfileInUse) {
  // Given two known profiles, the second naming another organisation, and none chosen yet,
  const std::string other = (workDir_ / "other.xml").string();
  std::string xml = readFile(kExampleProfile);
  const std::string name = loadProfileOrThrow(kExampleProfile).fields().at("org_name");
  ASSERT_NE(xml.find(name), std::string::npos);
  xml.replace(xml.find(name), name.size(), "西湖银行股份有限公司");
  std::ofstream(other) << xml;
  // The example names a house-template folder next to itself; the copy needs one too.
  std::filesystem::create_directories(workDir_ / "house");
  writeSetting(office_->context(), "Profiles", "Known", stringList({kExampleProfile, other}));
  writeSetting(office_->context(), "Profiles", "Current", uno::Any(rtl::OUString()));

  // when the page is shown, the second profile chosen with "Use" and OK pressed,
  ASSERT_TRUE(event("initialize"));
  EXPECT_EQ(items("ProfileList"), (std::vector<std::string>{kExampleProfile, other}));
  EXPECT_NE(label("CurrentProfile"), other);
  list("ProfileList")->selectItemPos(1, true);
  ASSERT_TRUE(press("useProfile"));
  EXPECT_EQ(label("CurrentProfile"), other) << label("Status");
  ASSERT_TRUE(event("ok"));

  // then it is the profile in use, and a report inserted without a Profile argument is signed
  // by that organisation.
  EXPECT_EQ(readSetting(office_->context(), "Profiles", "Current"), other);
  ASSERT_TRUE(
      dispatch("InsertReport", {{"Template", "work-report"}, {"Date", "2026-11-28"}}).success);
  bool signedByOther = false;
  for (const ParagraphInfo& para : paragraphs(doc_))
    signedByOther = signedByOther || para.text == "西湖银行股份有限公司";
  EXPECT_TRUE(signedByOther);
}

TEST_F(OptionsPageTest, ResetDropsUnsavedChangesAndRemoveForgetsTheProfileInUse) {
  writeSetting(office_->context(), "Profiles", "Known", stringList({kExampleProfile}));
  writeSetting(office_->context(), "Profiles", "Current", uno::Any(toOUString(kExampleProfile)));
  ASSERT_TRUE(event("initialize"));
  list("ProfileList")->selectItemPos(0, true);
  ASSERT_TRUE(press("removeProfile"));
  EXPECT_TRUE(items("ProfileList").empty());

  // Reset ("back") shows the saved settings again; nothing was written.
  ASSERT_TRUE(event("back"));
  EXPECT_EQ(items("ProfileList"), (std::vector<std::string>{kExampleProfile}));

  // Remove and OK: the list is empty and no profile is in use (the shipped example applies).
  list("ProfileList")->selectItemPos(0, true);
  ASSERT_TRUE(press("removeProfile"));
  ASSERT_TRUE(event("ok"));
  EXPECT_EQ(readSetting(office_->context(), "Profiles", "Current"), "");
}

/// How many live errors the installed Proofreader finds in a sentence with a half-width comma.
sal_Int32 liveErrors(const uno::Reference<uno::XComponentContext>& xContext) {
  const uno::Reference<linguistic2::XProofreader> xProofreader(
      xContext->getServiceManager()->createInstanceWithContext("org.chengbao.Proofreader",
                                                               xContext),
      uno::UNO_QUERY_THROW);
  const rtl::OUString aText = toOUString("根据要求,现将有关情况报告如下：");
  return xProofreader
      ->doProofreading("doc", aText, lang::Locale("zh", "CN", ""), 0, aText.getLength(), {})
      .aErrors.getLength();
}

TEST_F(OptionsPageTest, HintsAreUnderlinedOnlyWhenAskedAndTheDefaultTemplatesRulesApply) {
  // Given a house template that makes half-width punctuation a hint, as the default template,
  const std::filesystem::path folder = workDir_ / "house";
  std::filesystem::create_directories(folder);
  std::string text = readFile(kTemplateDir + "/work-report.xml");
  const std::string checker = "<checker>";
  ASSERT_NE(text.find(checker), std::string::npos);
  text.replace(text.find(checker), checker.size(),
               checker + "\n    <rule id=\"punct.halfwidth\" severity=\"info\"/>");
  std::ofstream((folder / "house.xml").string()) << text;
  office_->setSetting("Templates", "Default",
                      uno::Any(toOUString((folder / "house.xml").string())));
  // the half-width comma is no longer underlined: it is a hint,
  EXPECT_EQ(liveErrors(office_->context()), 0);
  // until the user asks for hints on the page.
  ASSERT_TRUE(event("initialize"));
  uno::Reference<beans::XPropertySet> xHints(controls_->getControl("LiveHints")->getModel(),
                                             uno::UNO_QUERY_THROW);
  sal_Int16 nState = -1;
  xHints->getPropertyValue("State") >>= nState;
  EXPECT_EQ(nState, 0);
  EXPECT_FALSE(label("LiveHints").empty());
  xHints->setPropertyValue("State", uno::Any(sal_Int16(1)));
  ASSERT_TRUE(event("ok"));
  EXPECT_EQ(liveErrors(office_->context()), 1);
  // Back to the shipped default template, the comma is a warning again, hints or not.
  xHints->setPropertyValue("State", uno::Any(sal_Int16(0)));
  ASSERT_TRUE(event("ok"));
  office_->setSetting("Templates", "Default", uno::Any(toOUString("work-report")));
  EXPECT_EQ(liveErrors(office_->context()), 1);
}

TEST_F(OptionsPageTest, TheLiveCheckSwitchTurnsTheUnderlinesOffAndOn) {
  // Given the page of a new installation, the live check is on,
  ASSERT_TRUE(event("initialize"));
  const auto state = [&] {
    uno::Reference<beans::XPropertySet> xModel(controls_->getControl("LiveCheck")->getModel(),
                                               uno::UNO_QUERY_THROW);
    sal_Int16 nState = -1;
    xModel->getPropertyValue("State") >>= nState;
    return nState;
  };
  const auto setState = [&](sal_Int16 nState) {
    uno::Reference<beans::XPropertySet>(controls_->getControl("LiveCheck")->getModel(),
                                        uno::UNO_QUERY_THROW)
        ->setPropertyValue("State", uno::Any(nState));
  };
  EXPECT_EQ(state(), 1);
  EXPECT_FALSE(label("LiveCheck").empty());
  // (the office's proofreading iterator has made its proofreader: it hears its requests)
  appendToParagraph(doc_, 0, "根据要求,现将有关情况报告如下：");
  makeChinese(doc_);
  EXPECT_EQ(chengbao::office::liveErrors(office_->context(), doc_).size(), 1u);
  const chengbao::office::ProofreadingPasses passes(office_->context());
  // when it is switched off and the page is reset, nothing changes;
  setState(0);
  ASSERT_TRUE(event("back"));
  EXPECT_EQ(state(), 1);
  EXPECT_EQ(liveErrors(office_->context()), 1);
  // switched off and confirmed, the live check finds nothing and the setting is saved,
  setState(0);
  ASSERT_TRUE(event("ok"));
  EXPECT_EQ(liveErrors(office_->context()), 0);
  // and the office is asked to check its documents again, so the underlines go at once (once
  // for each change the page saves that the main loop sees apart);
  events().waitForMainLoop("the live check asking for another pass");
  EXPECT_GE(passes.count(), 1);
  bool bLive = true;
  chengbao::ext::configurationValue(office_->context(), "/org.chengbao.Settings/Check", "Live") >>=
      bLive;
  EXPECT_FALSE(bLive);
  ASSERT_TRUE(event("initialize"));
  EXPECT_EQ(state(), 0);
  // and switched on again, it underlines again.
  setState(1);
  ASSERT_TRUE(event("ok"));
  EXPECT_EQ(liveErrors(office_->context()), 1);
}

}  // namespace
