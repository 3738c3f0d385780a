// A test fixture: one private headless office per test process with the built .oxt installed,
// a fresh Writer document and a scratch folder per test.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include "office.hxx"
#include "office_events.hxx"
#include "profile.hpp"
#include "ustring.hxx"

namespace chengbao::testing {

using namespace office;  // the document helpers: paragraphs(doc), undoTitles(doc), …
using office::DispatchOutcome;
using office::Office;
using office::ParagraphInfo;
using Doc = css::uno::Reference<css::lang::XComponent>;

inline const std::string kTemplateDir = CHENGBAO_TEMPLATE_DIR;
inline const std::string kExampleProfile = kTemplateDir + "/profiles/example.xml";

/// The whole of a file's bytes; empty when it cannot be read.
/// Every report of the CLI tests (tests/cli/data and its defects/), in path order.
inline std::vector<std::filesystem::path> cliTestReports() {
  std::vector<std::filesystem::path> reports;
  const std::filesystem::path data =
      std::filesystem::path(CHENGBAO_SOURCE_DIR) / "tests" / "cli" / "data";
  for (const std::filesystem::path& folder : {data, data / "defects"}) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      const std::string ext = entry.path().extension().string();
      if (ext == ".fodt" || ext == ".odt" || ext == ".docx") reports.push_back(entry.path());
    }
  }
  std::sort(reports.begin(), reports.end());
  return reports;
}

inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The findings of a check JSON (DESIGN.md §4.1), file after file, each as its JSON object.
inline std::vector<nlohmann::json> jsonFindings(const std::string& json) {
  std::vector<nlohmann::json> result;
  const nlohmann::json parsed = nlohmann::json::parse(json);
  for (const nlohmann::json& file : parsed.at("files"))
    for (const nlohmann::json& finding : file.at("findings")) result.push_back(finding);
  return result;
}

/// The template the first file of a check JSON was checked against; empty for none.
inline std::string jsonTemplate(const std::string& json) {
  const nlohmann::json parsed = nlohmann::json::parse(json);
  const nlohmann::json& value = parsed.at("files").at(0).at("template");
  return value.is_string() ? value.get<std::string>() : std::string();
}

/// (rule, paragraph) pairs of a check JSON.
inline std::multiset<std::pair<std::string, int>> findingsOf(const std::string& json) {
  std::multiset<std::pair<std::string, int>> result;
  for (const nlohmann::json& finding : jsonFindings(json))
    result.emplace(finding.at("rule").get<std::string>(), finding.at("paragraph").get<int>());
  return result;
}

inline Profile loadProfileOrThrow(const std::string& path) {
  auto loaded = load_profile(path);
  if (auto* error = std::get_if<LoadError>(&loaded)) throw std::runtime_error(error->to_string());
  return std::get<Profile>(loaded);
}

class OfficeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (office_) return;
    // A failure here must fail every test, not skip them: keep the reason for SetUp.
    try {
      // Installed into a running office, an extension runs in a helper process (uno.bin) until
      // the office restarts; users restart when asked, so the tests do too and drive the
      // extension inside the office, as users get it.
      profileDir_ = std::filesystem::temp_directory_path() /
                    ("chengbao_itest_profile_" + std::to_string(::getpid()));
      std::filesystem::create_directories(profileDir_);
      office::LaunchOptions options;
      options.profileDir = profileDir_.string();
      std::make_unique<Office>("itest", options)->installExtension(CHENGBAO_OXT);
      office_ = std::make_unique<Office>("itest", options);
    } catch (const css::uno::Exception& e) {
      office_.reset();
      setupError_ = ext::toUtf8(e.Message);
    } catch (const std::exception& e) {
      office_.reset();
      setupError_ = e.what();
    }
  }

  // Ends the office while the UNO runtime is still up (not at static destruction).
  static void TearDownTestSuite() {
    office_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(profileDir_, ignored);
  }

  void SetUp() override {
    ASSERT_TRUE(office_) << "no office with the extension installed: " << setupError_;
    workDir_ = std::filesystem::temp_directory_path() /
               ("chengbao_itest_" + std::to_string(::getpid()) + "_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(workDir_);
    office_->resetSettings();
    doc_ = office_->newWriterDocument();
    ASSERT_TRUE(doc_.is());
  }
  void TearDown() override {
    if (doc_.is()) chengbao::office::closeDocument(doc_);
    std::filesystem::remove_all(workDir_);
  }

  /// What the office announces from now on in this test (created on first use).
  office::OfficeEvents& events() {
    if (!events_) events_ = std::make_unique<office::OfficeEvents>(office_->context());
    return *events_;
  }

  DispatchOutcome dispatch(const std::string& command,
                           const std::vector<std::pair<std::string, std::string>>& args) {
    return office_->dispatch(doc_, "vnd.chengbao:" + command, args);
  }
  /// Writes a minimal profile of another institution into the test's folder; its values do not
  /// occur in the example profile, so a test can tell whose values a report shows.
  std::string writeProfile(const std::string& name,
                           const std::string& fullName = "西湖农村商业银行股份有限公司城东支行",
                           const std::string& shortName = "西湖农商行城东支行",
                           const std::string& superiorBody = "西湖农村商业银行股份有限公司") {
    const std::string path = (workDir_ / name).string();
    std::ofstream(path) << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<profile format=\"1\">\n"
                        << "  <organisation>\n    <full-name>" << fullName
                        << "</full-name>\n    <short-name>" << shortName
                        << "</short-name>\n  </organisation>\n  <superior-body>" << superiorBody
                        << "</superior-body>\n</profile>\n";
    return path;
  }

  DispatchOutcome insertReport(const std::string& templ, const std::string& profile) {
    return dispatch("InsertReport",
                    {{"Template", templ}, {"Profile", profile}, {"Date", "2026-11-28"}});
  }

  // One office serves all tests of the process (ctest runs each test in its own process).
  static inline std::unique_ptr<Office> office_;
  static inline std::string setupError_;
  static inline std::filesystem::path profileDir_;
  std::filesystem::path workDir_;
  Doc doc_;
  std::unique_ptr<office::OfficeEvents> events_;
};

}  // namespace chengbao::testing
