// What users do to a running extension: a document opened read-only, the profile in use deleted
// or broken, a template folder gone, a Check output that cannot be written, no browser for help.
// Each time the user is told, the document keeps what it had, and the office still answers.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;
using namespace css;
using chengbao::ext::toFileUrl;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;

/// Keeps the last state a dispatch reported for its command.
class StatusRecorder : public cppu::WeakImplHelper1<frame::XStatusListener> {
 public:
  void SAL_CALL statusChanged(const frame::FeatureStateEvent& rEvent) override {
    m_bReported = true;
    m_bEnabled = rEvent.IsEnabled;
  }
  void SAL_CALL disposing(const lang::EventObject&) override {}
  bool reported() const { return m_bReported; }
  bool enabled() const { return m_bEnabled; }

 private:
  bool m_bReported = false;
  bool m_bEnabled = false;
};

/// Whether the menus would show `command` enabled on the document's frame; throws when the
/// handler reports no state at all.
bool enabledInMenus(const uno::Reference<uno::XComponentContext>& context, const Doc& doc,
                    const std::string& command) {
  uno::Reference<frame::XModel> xModel(doc, uno::UNO_QUERY_THROW);
  uno::Reference<frame::XDispatchProvider> xProvider(xModel->getCurrentController()->getFrame(),
                                                     uno::UNO_QUERY_THROW);
  util::URL aUrl;
  aUrl.Complete = toOUString("vnd.chengbao:" + command);
  util::URLTransformer::create(context)->parseStrict(aUrl);
  uno::Reference<frame::XDispatch> xDispatch = xProvider->queryDispatch(aUrl, "_self", 0);
  if (!xDispatch.is()) throw std::runtime_error("no dispatch for " + command);
  rtl::Reference<StatusRecorder> xRecorder(new StatusRecorder);
  xDispatch->addStatusListener(xRecorder.get(), aUrl);
  xDispatch->removeStatusListener(xRecorder.get(), aUrl);
  if (!xRecorder->reported()) throw std::runtime_error("no state reported for " + command);
  return xRecorder->enabled();
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::vector<std::string> texts(const Doc& doc) {
  std::vector<std::string> result;
  for (const auto& para : paragraphs(doc)) result.push_back(para.text);
  return result;
}

class FaultInjectionTest : public OfficeTest {
 protected:
  /// A saved work report, opened again read-only (as the office opens a file on a read-only
  /// share, or one the user opened with Open ▸ Read-only).
  Doc readOnlyReport() {
    EXPECT_TRUE(insertReport("work-report", kExampleProfile).success);
    appendParagraph(doc_, "截至年底,我行共办理业务3.5万笔。");
    const std::string path = (workDir_ / "report.odt").string();
    saveAs(doc_, path, "writer8");
    Doc readOnly = office_->load(path, true);
    EXPECT_TRUE(uno::Reference<frame::XStorable>(readOnly, uno::UNO_QUERY_THROW)->isReadonly());
    return readOnly;
  }
};

TEST_F(FaultInjectionTest, ReadOnlyDocumentDisablesAndRefusesEveryCommandThatChangesIt) {
  Doc readOnly = readOnlyReport();
  const auto before = texts(readOnly);

  // The menus show the commands that would change it disabled, the ones that only read enabled,
  for (const char* command : {"InsertReport", "InsertSection", "ApplyProfile", "Fix", "Wizard"})
    EXPECT_FALSE(enabledInMenus(office_->context(), readOnly, command)) << command;
  for (const char* command : {"Check", "Help"})
    EXPECT_TRUE(enabledInMenus(office_->context(), readOnly, command)) << command;
  // while on an editable document all of them are enabled.
  for (const char* command : {"InsertReport", "Fix", "Check"})
    EXPECT_TRUE(enabledInMenus(office_->context(), doc_, command)) << command;

  // Called anyway (a macro, a toolbar button of another version), each refuses and says why,
  const std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>>
      calls = {{"InsertReport", {{"Template", "work-report"}, {"Profile", kExampleProfile}}},
               {"InsertSection", {{"Section", "problems"}}},
               {"ApplyProfile", {{"Profile", kExampleProfile}}},
               {"Fix", {{"All", "true"}}},
               {"Wizard", {{"NoDialog", "true"}, {"Template", "work-report"}}}};
  for (const auto& [command, args] : calls) {
    const DispatchOutcome outcome = office_->dispatch(readOnly, "vnd.chengbao:" + command, args);
    ASSERT_TRUE(outcome.answered) << command;
    EXPECT_FALSE(outcome.success) << command << ": " << outcome.message;
    EXPECT_TRUE(contains(outcome.message, "read-only") || contains(outcome.message, "只读"))
        << command << ": " << outcome.message;
  }

  // and the document is as it was: not a character, not an undo step, not modified.
  EXPECT_EQ(texts(readOnly), before);
  EXPECT_TRUE(undoTitles(readOnly).empty());
  EXPECT_FALSE(uno::Reference<util::XModifiable>(readOnly, uno::UNO_QUERY_THROW)->isModified());
  // Checking only reads: it works, and finds the half-width comma.
  const DispatchOutcome checked =
      office_->dispatch(readOnly, "vnd.chengbao:Check",
                        {{"Output", toUtf8(toFileUrl((workDir_ / "check.json").string()))}});
  EXPECT_TRUE(checked.success) << checked.message;
  std::ifstream json(workDir_ / "check.json");
  const std::string text((std::istreambuf_iterator<char>(json)), std::istreambuf_iterator<char>());
  EXPECT_TRUE(contains(text, "punct.halfwidth")) << text;
  closeDocument(readOnly);
  EXPECT_TRUE(office_->responsive());
}

TEST_F(FaultInjectionTest, ProfileInUseDeletedOrBrokenIsNamedAndTheDocumentKeptAsItWas) {
  // Given a profile in use (the options page's choice) that a colleague deletes,
  const std::string profile = writeProfile("in-use.xml");
  office_->setSetting("Profiles", "Current", uno::Any(toOUString(profile)));
  ASSERT_TRUE(dispatch("InsertReport", {{"Template", "work-report"}}).success);
  const auto made = texts(doc_);
  std::filesystem::remove(profile);

  // re-applying it or inserting another report says which file is missing and changes nothing;
  for (const char* command : {"ApplyProfile", "InsertReport"}) {
    const DispatchOutcome outcome = dispatch(command, {{"Template", "work-report"}});
    EXPECT_FALSE(outcome.success) << command;
    EXPECT_TRUE(contains(outcome.message, profile)) << command << ": " << outcome.message;
    EXPECT_EQ(texts(doc_), made) << command;
  }

  // the same when a folder stands where the file was (it cannot be read as a file),
  std::filesystem::create_directories(profile);
  DispatchOutcome outcome = dispatch("ApplyProfile", {});
  EXPECT_FALSE(outcome.success);
  EXPECT_TRUE(contains(outcome.message, profile)) << outcome.message;
  std::filesystem::remove(profile);

  // and when it is cut off in the middle (file and line named).
  std::ofstream(profile) << "<?xml version=\"1.0\"?>\n<profile format=\"1\">\n  <organisation>\n";
  outcome = dispatch("ApplyProfile", {});
  EXPECT_FALSE(outcome.success);
  EXPECT_TRUE(contains(outcome.message, profile + ":")) << outcome.message;
  EXPECT_EQ(texts(doc_), made);
  EXPECT_EQ(undoTitles(doc_).size(), 1u) << "only the first insertion is on the undo stack";
  EXPECT_TRUE(office_->responsive());
}

TEST_F(FaultInjectionTest, TemplateFolderDeletedIsNamedAndNothingIsInserted) {
  // Given an office template folder with a house template, chosen in the wizard once,
  const auto folder = workDir_ / "house";
  std::filesystem::create_directories(folder);
  std::filesystem::copy_file(kTemplateDir + "/profiles/house/dhbank-work-report.xml",
                             folder / "dhbank-work-report.xml");
  uno::Sequence<rtl::OUString> folders(1);
  folders.getArray()[0] = toOUString(folder.string());
  office_->setSetting("Templates", "Folders", uno::Any(folders));
  // (the wizard lists a folder's templates by their files: Finish passes the path)
  const std::string house = (folder / "dhbank-work-report.xml").string();
  const std::vector<std::pair<std::string, std::string>> finish = {
      {"NoDialog", "true"}, {"Template", house}, {"Profile", kExampleProfile}};
  const DispatchOutcome first = dispatch("Wizard", finish);
  ASSERT_TRUE(first.success) << first.message;
  closeDocument(doc_);
  doc_ = office_->newWriterDocument();

  // when the folder is deleted (a share unmounted, a colleague tidying up),
  std::filesystem::remove_all(folder);

  // then Finish says which template is missing, inserts nothing, and the office goes on.
  const DispatchOutcome outcome = dispatch("Wizard", finish);
  EXPECT_FALSE(outcome.success);
  EXPECT_TRUE(contains(outcome.message, house)) << outcome.message;
  EXPECT_EQ(texts(doc_), std::vector<std::string>{""});
  EXPECT_TRUE(undoTitles(doc_).empty());
  EXPECT_TRUE(
      dispatch("Wizard",
               {{"NoDialog", "true"}, {"Template", "work-report"}, {"Profile", kExampleProfile}})
          .success);
  EXPECT_TRUE(office_->responsive());
}

TEST_F(FaultInjectionTest, CheckOutputThatCannotBeWrittenIsNamed) {
  ASSERT_TRUE(insertReport("work-report", kExampleProfile).success);
  const auto before = texts(doc_);
  // A folder that does not exist, and a folder where the file should be.
  for (const std::string& path :
       {(workDir_ / "no-such-folder" / "out.json").string(), workDir_.string()}) {
    const DispatchOutcome outcome = dispatch("Check", {{"Output", toUtf8(toFileUrl(path))}});
    EXPECT_FALSE(outcome.success) << path;
    EXPECT_TRUE(contains(outcome.message, path)) << outcome.message;
  }
  EXPECT_EQ(texts(doc_), before);
  EXPECT_TRUE(office_->responsive());
}

/// An office whose machine has no browser: DESKTOP_LAUNCH names a program that does not exist.
class NoBrowserTest : public OfficeTest {
 protected:
  static void SetUpTestSuite() {
    if (office_) return;
    ::setenv("DESKTOP_LAUNCH", "/nonexistent/chengbao-test-browser", 1);  // before it starts
    OfficeTest::SetUpTestSuite();
  }
  static void TearDownTestSuite() {
    OfficeTest::TearDownTestSuite();
    ::unsetenv("DESKTOP_LAUNCH");
  }
};

TEST_F(NoBrowserTest, HelpShowsThePageInTheOfficeInstead) {
  // When help is asked for and no browser can show it,
  const DispatchOutcome outcome = dispatch("Help", {{"Topic", "Check"}});
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then the page opens in the office (Writer/Web), read-only, instead of nowhere.
  Doc shown;
  uno::Reference<container::XEnumerationAccess> xComponents(office_->desktop()->getComponents(),
                                                            uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumeration> xEnum = xComponents->createEnumeration();
  while (xEnum->hasMoreElements()) {
    uno::Reference<frame::XModel> xModel(xEnum->nextElement(), uno::UNO_QUERY);
    if (xModel.is() && toUtf8(xModel->getURL()) == outcome.message)
      shown.set(xModel, uno::UNO_QUERY);
  }
  ASSERT_TRUE(shown.is()) << "no document shows " << outcome.message;
  EXPECT_TRUE(uno::Reference<frame::XStorable>(shown, uno::UNO_QUERY_THROW)->isReadonly());
  uno::Reference<text::XTextDocument> xText(shown, uno::UNO_QUERY_THROW);
  EXPECT_TRUE(contains(toUtf8(xText->getText()->getString()), "Ctrl+Alt+Shift+R"));
  closeDocument(shown);
  EXPECT_TRUE(office_->responsive());
}

}  // namespace
