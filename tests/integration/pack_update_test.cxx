// Updates of a pack imported from a URL in a real office: vnd.chengbao:CheckPackUpdates reports
// the newer version the server offers and installs nothing until asked to (Install, the user's
// consent); a broken newer version is reported and the installed one stays; without Force the
// check runs at most once a day; and after a restart the background check on the first Writer
// document offers the update in an infobar whose consent installs it.
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include "http_test_server.hpp"
#include "office_fixture.hxx"
#include "pack_builder.hxx"

namespace {

using namespace chengbao::testing;
namespace fs = std::filesystem;

constexpr const char kPackId[] = "dhbank-binjiang";
constexpr const char kNewTemplate[] = "dhbank-monthly-report";  // only version 2 has it

class PackUpdateTest : public OfficeTest {
 protected:
  void SetUp() override {
    OfficeTest::SetUp();
    packs_ = officePacksDir(*office_);
    fs::remove_all(packs_);
    server_ = std::make_unique<TestServer>([this](const std::string& path) {
      const std::lock_guard<std::mutex> guard(mutex_);
      ++requests_;
      requested_.notify_all();
      if (hang_) return std::optional<std::string>();
      if (path == "/pack.cbpack") return std::optional<std::string>(ok(served_));
      return std::optional<std::string>(
          "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    });
    url_ = server_->url("/pack.cbpack");
  }
  void TearDown() override {
    server_.reset();
    OfficeTest::TearDown();
  }

  /// From now on the server gives `bytes` at /pack.cbpack.
  void serve(const std::string& bytes) {
    const std::lock_guard<std::mutex> guard(mutex_);
    served_ = bytes;
  }

  /// Version 1 of the example pack imported from the server, which then offers `next`.
  void importVersion1ThenOffer(const std::string& next) {
    serve(readFile(buildExamplePack(workDir_, "1.0.0")));
    const DispatchOutcome outcome = dispatch("ImportPack", {{"URL", url_}, {"Use", "true"}});
    ASSERT_TRUE(outcome.success) << outcome.message;
    serve(next);
  }

  /// Version 2 of the example pack: one house template more.
  std::string version2() {
    return readFile(buildExamplePack(workDir_, "2.0.0", [](const fs::path& source) {
      const std::string house =
          replacedOnce(readFile(source / "house" / "dhbank-work-report.xml"),
                       "id=\"dhbank-work-report\"", std::string("id=\"") + kNewTemplate + "\"");
      std::ofstream(source / "house" / (std::string(kNewTemplate) + ".xml")) << house;
      const std::string manifest = replacedOnce(
          readFile(source / "pack.xml"), "<template path=\"house/dhbank-work-report.xml\"/>",
          "<template path=\"house/dhbank-work-report.xml\"/>\n  <template path=\"house/" +
              std::string(kNewTemplate) + ".xml\"/>");
      std::ofstream(source / "pack.xml", std::ios::trunc) << manifest;
    }));
  }

  /// A new office session on the same profile, with its first Writer document: the background
  /// check runs when it opens.
  void restartOffice() {
    if (doc_.is()) chengbao::office::closeDocument(doc_);
    doc_.clear();
    events_.reset();
    chengbao::office::LaunchOptions options;
    options.profileDir = profileDir_.string();
    office_.reset();
    office_ = std::make_unique<Office>("itest", options);
    doc_ = office_->newWriterDocument();
    ASSERT_TRUE(doc_.is());
  }

  std::string installedManifest() { return readFile(packs_ / kPackId / "pack.xml"); }

  /// The settings' record of where the packs came from.
  std::vector<std::string> recordedSources() {
    css::uno::Sequence<rtl::OUString> values;
    office_->setting("Packs", "Sources") >>= values;
    std::vector<std::string> result;
    for (const rtl::OUString& value : values) result.push_back(chengbao::ext::toUtf8(value));
    return result;
  }

  fs::path packs_;
  std::unique_ptr<TestServer> server_;
  std::mutex mutex_;
  std::condition_variable requested_;
  int requests_ = 0;
  bool hang_ = false;  // the server takes requests and never answers
  std::string served_;
  std::string url_;
};

TEST_F(PackUpdateTest, ANewerVersionIsReportedAndInstalledOnlyOnConsent) {
  importVersion1ThenOffer(version2());
  EXPECT_EQ(recordedSources(),
            std::vector<std::string>{std::string(kPackId) + "\t" + url_ + "\t1.0.0"});

  // Told, but nothing installed without consent.
  DispatchOutcome outcome = dispatch("CheckPackUpdates", {{"Force", "true"}});
  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "updates: dhbank-binjiang 1.0.0 -> 2.0.0");
  EXPECT_NE(installedManifest().find("version=\"1.0.0\""), std::string::npos);
  EXPECT_FALSE(fs::exists(packs_ / kPackId / "house" / (std::string(kNewTemplate) + ".xml")));

  // Checked a moment ago: not again today unless forced.
  outcome = dispatch("CheckPackUpdates", {});
  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "not due");

  // The consent installs version 2: its new template is there and works, and it is recorded.
  outcome = dispatch("CheckPackUpdates", {{"Force", "true"}, {"Install", "true"}});
  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "installed: dhbank-binjiang 1.0.0 -> 2.0.0");
  EXPECT_NE(installedManifest().find("version=\"2.0.0\""), std::string::npos);
  EXPECT_EQ(recordedSources(),
            std::vector<std::string>{std::string(kPackId) + "\t" + url_ + "\t2.0.0"});
  outcome = dispatch("InsertReport", {{"Template", kNewTemplate}, {"Date", "2026-11-28"}});
  EXPECT_TRUE(outcome.success) << outcome.message;

  // Nothing newer any more.
  outcome = dispatch("CheckPackUpdates", {{"Force", "true"}});
  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "no updates");
}

TEST_F(PackUpdateTest, ABrokenNewerVersionIsReportedAndTheInstalledOneStays) {
  // Version 2 whose profile is not a profile: the command line would not build it.
  const fs::path broken = workDir_ / "broken.cbpack";
  writeZip(broken,
           {{"pack.xml", replacedOnce(readFile(kExamplePack / "pack.xml"), "version=\"1.0.0\"",
                                      "version=\"2.0.0\"")},
            {"profile.xml", "<?xml version=\"1.0\"?>\n<profile format=\"1\"><organisation>"},
            {"house/dhbank-work-report.xml",
             readFile(kExamplePack / "house" / "dhbank-work-report.xml")}});
  importVersion1ThenOffer(readFile(broken));
  const std::string before = installedManifest();

  for (const char* install : {"false", "true"}) {
    const DispatchOutcome outcome =
        dispatch("CheckPackUpdates", {{"Force", "true"}, {"Install", install}});
    ASSERT_TRUE(outcome.answered) << install;
    EXPECT_FALSE(outcome.success) << install << ": " << outcome.message;
    EXPECT_NE(outcome.message.find(url_), std::string::npos) << outcome.message;
    EXPECT_EQ(installedManifest(), before) << install;
    EXPECT_EQ(recordedSources(),
              std::vector<std::string>{std::string(kPackId) + "\t" + url_ + "\t1.0.0"});
  }
  // The profile in use is still version 1's, and it loads.
  EXPECT_TRUE(dispatch("InsertReport", {{"Template", "dhbank-work-report"}}).success);
}

TEST_F(PackUpdateTest, TheBackgroundCheckOffersTheUpdateAndItsConsentInstallsIt) {
  importVersion1ThenOffer(version2());
  restartOffice();

  // The notice comes from the main loop once the download is checked; each wait for the main
  // loop lets what was posted before it run.
  css::uno::Reference<css::frame::XModel> model(doc_, css::uno::UNO_QUERY_THROW);
  css::uno::Reference<css::frame::XInfobarProvider> infobars(model->getCurrentController(),
                                                             css::uno::UNO_QUERY_THROW);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!infobars->hasInfobar("chengbao-pack-update") &&
         std::chrono::steady_clock::now() < deadline)
    events().waitForMainLoop("the pack update notice");
  ASSERT_TRUE(infobars->hasInfobar("chengbao-pack-update"));
  EXPECT_NE(installedManifest().find("version=\"1.0.0\""), std::string::npos)
      << "nothing installed before the consent";

  // The infobar's button: the consent, as a click dispatches it (no arguments).
  const DispatchOutcome outcome = dispatch("InstallPackUpdates", {});
  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "installed: dhbank-binjiang 1.0.0 -> 2.0.0");
  EXPECT_NE(installedManifest().find("version=\"2.0.0\""), std::string::npos);
  EXPECT_FALSE(infobars->hasInfobar("chengbao-pack-update"));
}

TEST_F(PackUpdateTest, TheOfficeClosesWhileTheBackgroundCheckWaitsForTheServer) {
  importVersion1ThenOffer(version2());
  {
    const std::lock_guard<std::mutex> guard(mutex_);
    hang_ = true;
    requests_ = 0;
  }
  restartOffice();
  {
    std::unique_lock<std::mutex> lock(mutex_);
    ASSERT_TRUE(requested_.wait_for(lock, std::chrono::seconds(30), [this] {
      return requests_ > 0;
    })) << "the background check never asked the server";
  }
  // The download waits for an answer (up to its 60 s limit); the office must not.
  chengbao::office::closeDocument(doc_);
  doc_.clear();
  events_.reset();
  const auto start = std::chrono::steady_clock::now();
  const std::optional<int> status = office_->quit();
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(status) << "the office did not quit by itself within 20 s";
  EXPECT_TRUE(WIFEXITED(*status) && WEXITSTATUS(*status) == 0) << "wait status " << *status;
  EXPECT_LT(took, std::chrono::seconds(10));
  EXPECT_NE(installedManifest().find("version=\"1.0.0\""), std::string::npos);

  // The next tests of this process need an office.
  {
    const std::lock_guard<std::mutex> guard(mutex_);
    hang_ = false;
  }
  chengbao::office::LaunchOptions options;
  options.profileDir = profileDir_.string();
  office_ = std::make_unique<Office>("itest", options);
  doc_ = office_->newWriterDocument();
}

}  // namespace
