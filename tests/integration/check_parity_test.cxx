// Writer and the command line find the same problems in every report of tests/cli/data: the same
// rule at the same paragraph, offset and length, for .fodt, .odt and .docx alike.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;
namespace fs = std::filesystem;

using Found = std::multiset<std::tuple<std::string, int, int, int>>;

/// (rule, paragraph, offset, length) of every finding of a check JSON.
Found findingsOf(const std::string& json) {
  Found result;
  for (const nlohmann::json& finding : jsonFindings(json))
    result.emplace(finding.at("rule").get<std::string>(), finding.at("paragraph").get<int>(),
                   finding.at("offset").get<int>(), finding.at("length").get<int>());
  return result;
}

class CheckParityTest : public OfficeTest {};

TEST_F(CheckParityTest, WriterAndTheCommandLineAgreeOnEveryCliTestReport) {
  const std::vector<fs::path> reports = cliTestReports();
  ASSERT_GE(reports.size(), 150u);
  int withFindings = 0;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const fs::path& source = reports[i];
    const std::string name = source.filename().string();
    // A copy: the office must not leave lock files in the source tree.
    const fs::path copy = workDir_ / ("r" + std::to_string(i) + source.extension().string());
    fs::copy_file(source, copy, fs::copy_options::overwrite_existing);
    // As the CLI tests check them: whole 公文 by their genre, the others against work-report.
    std::vector<std::pair<std::string, std::string>> args;
    std::string options;
    if (name.rfind("gongwen_", 0) != 0) {
      args.push_back({"Template", "work-report"});
      options += " --template work-report";
    }
    if (name.find("signature.mismatch") != std::string::npos) {
      args.push_back({"Profile", kExampleProfile});
      options += std::string(" --profile ") + kExampleProfile;
    }
    const fs::path json = workDir_ / ("writer" + std::to_string(i) + ".json");
    args.push_back({"Output", "file://" + json.string()});

    Doc document = office_->load(copy.string());
    ASSERT_TRUE(document.is()) << name;
    const DispatchOutcome outcome = office_->dispatch(document, "vnd.chengbao:Check", args);
    chengbao::office::closeDocument(document);
    ASSERT_TRUE(outcome.answered) << name;
    ASSERT_TRUE(outcome.success) << name << ": " << outcome.message;

    const fs::path cli = workDir_ / ("cli" + std::to_string(i) + ".json");
    const std::string command = std::string(CHENGBAO_CLI) + " check --format json" + options +
                                " '" + copy.string() + "' > '" + cli.string() + "'";
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) <= 1) << command;

    const Found inWriter = findingsOf(readFile(json));
    EXPECT_EQ(inWriter, findingsOf(readFile(cli))) << name;
    if (!inWriter.empty()) ++withFindings;
  }
  // The comparison means something only if many reports have findings to compare.
  EXPECT_GE(withFindings, 100);
}

}  // namespace
