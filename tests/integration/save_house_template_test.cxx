// Report ▸ Save as House Template (vnd.chengbao:SaveHouseTemplate) in a real office: the same
// house template as `chengbao template derive` makes from the same model, headings made optional,
// and a failure that writes nothing.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "office_fixture.hxx"
#include "report_template.hpp"

namespace {

using namespace chengbao::testing;
namespace fs = std::filesystem;

const fs::path kModels = fs::path(CHENGBAO_SOURCE_DIR) / "tests" / "cli" / "data" / "derive";

/// The file without its first comment (which names where the model was read from).
std::string withoutComment(const std::string& xml) {
  const std::size_t start = xml.find("<!--");
  if (start == std::string::npos) return xml;
  const std::size_t end = xml.find("-->", start);
  return xml.substr(0, start) + xml.substr(end == std::string::npos ? xml.size() : end + 3);
}

/// Every section of a template, depth first.
void flatten(const std::vector<chengbao::Section>& sections,
             std::vector<const chengbao::Section*>& out) {
  for (const chengbao::Section& section : sections) {
    out.push_back(&section);
    flatten(section.children, out);
  }
}

class SaveHouseTemplateTest : public OfficeTest {
 protected:
  /// The model opened in the office, the command run on it with `args` (and Output); the
  /// outcome and what was written.
  std::pair<DispatchOutcome, std::string> inWriter(
      const std::string& model, const std::string& output,
      std::vector<std::pair<std::string, std::string>> args) {
    const fs::path copy = workDir_ / ("w-" + model);
    fs::copy_file(kModels / model, copy, fs::copy_options::overwrite_existing);
    Doc document = office_->load(copy.string());
    EXPECT_TRUE(document.is()) << model;
    if (!document.is()) return {};
    args.push_back({"Output", (workDir_ / output).string()});
    const DispatchOutcome outcome =
        office_->dispatch(document, "vnd.chengbao:SaveHouseTemplate", args);
    chengbao::office::closeDocument(document);
    return {outcome, readFile(workDir_ / output)};
  }

  /// `chengbao template derive` on the model with `options`; what it wrote.
  std::string byCli(const std::string& model, const std::string& output,
                    const std::string& options) {
    const std::string command = std::string(CHENGBAO_CLI) + " template derive --lang en --dir '" +
                                CHENGBAO_STAGED_TEMPLATE_DIR + "' " + options + " -o '" +
                                (workDir_ / output).string() + "' '" + (kModels / model).string() +
                                "' > '" + (workDir_ / "cli.txt").string() + "' 2>&1";
    const int status = std::system(command.c_str());
    EXPECT_EQ(status, 0) << command << ": " << readFile(workDir_ / "cli.txt");
    return readFile(workDir_ / output);
  }
};

TEST_F(SaveHouseTemplateTest, WriterMakesTheTemplateTheCommandLineDerivesFromTheSameModel) {
  struct Model {
    const char* file;
    const char* genre;
  };
  int compared = 0;
  for (const Model& model : {Model{"work_report.fodt", "work-report"},
                             Model{"self_inspection.docx", "self-inspection-report"},
                             Model{"annual_summary.docx", "annual-summary"}}) {
    for (const bool extending : {false, true}) {
      const std::string tag = std::string(model.file) + (extending ? " extending" : " alone");
      std::vector<std::pair<std::string, std::string>> args = {{"Id", "house-test"},
                                                               {"Profile", kExampleProfile}};
      std::string options = "--id house-test -p '" + kExampleProfile + "'";
      if (extending) {
        args.push_back({"Extends", model.genre});
        options += std::string(" --extends ") + model.genre;
      }
      const auto [outcome, writer] = inWriter(model.file, "w.xml", args);
      ASSERT_TRUE(outcome.success) << tag << ": " << outcome.message;
      const std::string cli = byCli(model.file, "c.xml", options);
      ASSERT_FALSE(writer.empty()) << tag;
      EXPECT_NE(writer.find("<template"), std::string::npos) << tag;
      EXPECT_EQ(withoutComment(writer), withoutComment(cli)) << tag;
      // The file loads (its base found in the extension's templates).
      chengbao::TemplateLoadOptions load;
      load.parent_dirs = {CHENGBAO_STAGED_TEMPLATE_DIR};
      const auto loaded = chengbao::parse_template(writer, (workDir_ / "w.xml").string(), load);
      EXPECT_TRUE(std::holds_alternative<chengbao::ReportTemplate>(loaded)) << tag;
      ++compared;
    }
  }
  EXPECT_EQ(compared, 6);
}

TEST_F(SaveHouseTemplateTest, HeadingsNamedOptionalAreNotRequired) {
  const auto [outcome, xml] =
      inWriter("work_report.fodt", "optional.xml", {{"Id", "house-optional"}, {"Optional", "2"}});
  ASSERT_TRUE(outcome.success) << outcome.message;
  const auto loaded = chengbao::parse_template(xml, (workDir_ / "optional.xml").string());
  ASSERT_TRUE(std::holds_alternative<chengbao::ReportTemplate>(loaded));
  std::vector<const chengbao::Section*> sections;
  flatten(std::get<chengbao::ReportTemplate>(loaded).sections, sections);
  ASSERT_GE(sections.size(), 3u);
  for (std::size_t i = 0; i < sections.size(); ++i)
    EXPECT_EQ(sections[i]->required, i != 1) << i << ": " << sections[i]->heading;
}

TEST_F(SaveHouseTemplateTest, AnInvalidIdOrAModelWithoutHeadingsWritesNothingAndSaysWhy) {
  const auto [badId, none] = inWriter("work_report.fodt", "bad.xml", {{"Id", "House Template"}});
  ASSERT_TRUE(badId.answered);
  EXPECT_FALSE(badId.success);
  EXPECT_NE(badId.message.find("House Template"), std::string::npos) << badId.message;
  EXPECT_FALSE(fs::exists(workDir_ / "bad.xml"));

  // A file already there stays as it was when the model cannot become a template.
  std::ofstream(workDir_ / "kept.xml") << "<!-- the administrator's template -->\n";
  const auto [noHeadings, kept] = inWriter("no_headings.fodt", "kept.xml", {{"Id", "house-x"}});
  ASSERT_TRUE(noHeadings.answered);
  EXPECT_FALSE(noHeadings.success);
  EXPECT_NE(noHeadings.message.find("no_headings.fodt"), std::string::npos) << noHeadings.message;
  EXPECT_EQ(kept, "<!-- the administrator's template -->\n");
}

}  // namespace
