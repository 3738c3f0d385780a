// `chengbao fix` and Writer's "Fix all safe" make the same text of every report of tests/cli/data
// that has safe fixes, in .fodt, .odt and .docx; and the office opens what the command wrote.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;
namespace fs = std::filesystem;

/// The text of every paragraph and table cell, as the office shows the document.
std::vector<std::string> officeText(const Doc& document) {
  std::vector<std::string> text;
  for (const auto& paragraph : paragraphs(document)) text.push_back(paragraph.text);
  for (const std::string& cell : tableCellTexts(document)) text.push_back(cell);
  return text;
}

/// What a command printed on standard output, and its exit status.
std::pair<int, std::string> runCommand(const std::string& command, const fs::path& output) {
  const int status = std::system((command + " > '" + output.string() + "'").c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readFile(output)};
}

class FixParityTest : public OfficeTest {};

TEST_F(FixParityTest, TheCommandLineFixesEveryCliReportAsWriterDoesAndTheOfficeOpensIt) {
  // The CLI tests' work-report template: its text rules without the 版式 (whose fixes Writer
  // makes in the format, not the text).
  const std::string workReport =
      (fs::path(CHENGBAO_SOURCE_DIR) / "tests" / "cli" / "templates" / "work-report.xml").string();
  int compared = 0;
  int changes = 0;
  const std::vector<fs::path> reports = cliTestReports();
  ASSERT_GE(reports.size(), 150u);
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const fs::path& source = reports[i];
    const std::string name = source.filename().string();
    const bool genre = name.rfind("gongwen_", 0) == 0;
    const std::string options = genre ? "" : " --template '" + workReport + "'";
    // Only reports with a safe fix: a dry run names each.
    const fs::path listed = workDir_ / "dry.txt";
    const auto [dryStatus, dry] =
        runCommand(std::string(CHENGBAO_CLI) + " fix --dry-run --lang en" + options + " '" +
                       source.string() + "'",
                   listed);
    ASSERT_LE(dryStatus, 1) << name << ": " << dry;
    const int planned = static_cast<int>(std::count(dry.begin(), dry.end(), '\n')) - 1;
    if (planned <= 0) continue;

    // Writer: the report opened, Fix all safe, its text read.
    const fs::path inWriter = workDir_ / ("w" + std::to_string(i) + source.extension().string());
    fs::copy_file(source, inWriter, fs::copy_options::overwrite_existing);
    Doc document = office_->load(inWriter.string());
    ASSERT_TRUE(document.is()) << name;
    std::vector<std::pair<std::string, std::string>> args = {{"All", "true"}};
    if (!genre) args.push_back({"Template", workReport});
    const DispatchOutcome outcome = office_->dispatch(document, "vnd.chengbao:Fix", args);
    ASSERT_TRUE(outcome.success) << name << ": " << outcome.message;
    const std::vector<std::string> writerText = officeText(document);
    chengbao::office::closeDocument(document);

    // The command line: the file fixed in place, then opened by the office.
    const fs::path byCli = workDir_ / ("c" + std::to_string(i) + source.extension().string());
    fs::copy_file(source, byCli, fs::copy_options::overwrite_existing);
    const auto [status, said] = runCommand(
        std::string(CHENGBAO_CLI) + " fix --lang en" + options + " '" + byCli.string() + "'",
        workDir_ / "fix.txt");
    ASSERT_LE(status, 1) << name << ": " << said;
    EXPECT_EQ(said.find("not applied"), std::string::npos) << name << ": " << said;
    Doc fixed = office_->load(byCli.string());
    ASSERT_TRUE(fixed.is()) << name << ": the office does not open what fix wrote";
    EXPECT_EQ(officeText(fixed), writerText) << name;
    chengbao::office::closeDocument(fixed);
    // Both say how many they made.
    EXPECT_EQ(outcome.message, std::to_string(planned) + " fixes applied") << name;
    ++compared;
    changes += planned;
  }
  // Every fixable rule of the CLI test reports, in three formats.
  std::printf("fix parity: %d reports, %d changes\n", compared, changes);
  EXPECT_GE(compared, 39) << changes << " changes";
}

}  // namespace
