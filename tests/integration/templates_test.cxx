// Every shipped template in both scripts, inserted by the extension in a real office and made by
// `chengbao new`, checked by the same engine as `chengbao check`: only the 【…】 spots remain.
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "check.hpp"
#include "document_reader.hpp"
#include "document_record.hpp"
#include "office_fixture.hxx"
#include "template_library.hpp"

namespace {

using namespace chengbao::testing;

const std::string kStagedTemplates = CHENGBAO_STAGED_TEMPLATE_DIR;
const std::vector<std::string> kTemplates = {"work-report",         "self-inspection-report",
                                             "special-work-report", "annual-summary",
                                             "status-report",       "request"};

/// Rule id → count of findings at warning or error level when `path` is checked like
/// `chengbao check --template id --script script --profile example.xml`.
std::map<std::string, int> checkFindings(const std::string& path, const std::string& id,
                                         const std::string& script) {
  auto tmpl = chengbao::find_template(id, kStagedTemplates, script);
  if (auto* error = std::get_if<chengbao::LoadError>(&tmpl))
    throw std::runtime_error(error->to_string());
  auto document = chengbao::read_document(path);
  if (auto* error = std::get_if<chengbao::LoadError>(&document))
    throw std::runtime_error(error->to_string());
  const chengbao::Profile profile = loadProfileOrThrow(kExampleProfile);
  chengbao::CheckOptions options;
  options.report_template = &std::get<chengbao::ReportTemplate>(tmpl);
  options.profile = &profile;
  // As the command line does: a 繁體 report is compared with the profile's names in Traditional.
  const std::optional<chengbao::Profile> traditional = chengbao::traditional_profile(profile);
  if (traditional && chengbao::document_script(std::get<chengbao::Document>(document)) == "zh-Hant")
    options.profile = &*traditional;
  std::map<std::string, int> counts;
  for (const auto& finding :
       chengbao::check_document(std::get<chengbao::Document>(document), options).findings)
    if (finding.severity != chengbao::Severity::Info) ++counts[finding.rule];
  return counts;
}

std::string describe(const std::map<std::string, int>& counts) {
  std::string text;
  for (const auto& [rule, count] : counts) text += rule + "×" + std::to_string(count) + " ";
  return text;
}

class TemplateTest : public OfficeTest,
                     public ::testing::WithParamInterface<std::tuple<std::string, std::string>> {
 protected:
  /// InsertReport of the test's template in its script, with the example profile.
  DispatchOutcome insertTemplate() {
    const auto& [id, script] = GetParam();
    return dispatch("InsertReport", {{"Template", id},
                                     {"Profile", kExampleProfile},
                                     {"Script", script},
                                     {"Date", "2026-11-28"}});
  }
};

TEST_P(TemplateTest, InsertedByTheExtensionOnlyPlaceholdersRemain) {
  const auto& [id, script] = GetParam();
  const DispatchOutcome outcome = insertTemplate();
  ASSERT_TRUE(outcome.success) << outcome.message;

  for (const auto& [name, filter] : std::vector<std::pair<std::string, std::string>>{
           {"report.odt", "writer8"}, {"report.docx", "MS Word 2007 XML"}}) {
    const std::string path = (workDir_ / name).string();
    saveAs(doc_, path, filter);
    auto counts = checkFindings(path, id, script);
    EXPECT_GT(counts["placeholder.leftover"], 0) << name << ": the 【…】 spots must be reported";
    counts.erase("placeholder.leftover");
    EXPECT_TRUE(counts.empty()) << name << ": " << describe(counts);
  }
}

TEST_P(TemplateTest, TheLiveCheckUnderlinesOnlyThePlaceholdersAndNothingOnceFilled) {
  // As the office's background check sees a report the wizard inserted: every paragraph in its
  // own language, through the proofreading iterator and the checker configured for it.
  const std::string& id = std::get<0>(GetParam());
  const DispatchOutcome outcome = insertTemplate();
  ASSERT_TRUE(outcome.success) << outcome.message;
  int placeholders = 0;
  for (const LiveError& error : liveErrors(office_->context(), doc_)) {
    if (error.rule == "placeholder.leftover")
      ++placeholders;
    else
      ADD_FAILURE() << "«" << error.paragraph << "» " << error.rule << " at " << error.start;
  }
  EXPECT_GT(placeholders, 0) << "the 【…】 spots must be underlined";
  // Filled in as a writer would, the report has nothing left to underline (the status report
  // is written in English).
  EXPECT_GT(replaceAll(doc_, "【[^】]*】", id == "status-report" ? "the work" : "有关工作"), 0);
  for (const LiveError& error : liveErrors(office_->context(), doc_))
    ADD_FAILURE() << "«" << error.paragraph << "» " << error.rule << " at " << error.start;
}

TEST_P(TemplateTest, MadeByChengbaoNewOpensWithWorkingNumbering) {
  const auto& [id, script] = GetParam();
  const std::string path = (workDir_ / "new.odt").string();
  const std::string command = std::string(CHENGBAO_CLI) + " new --template " + id + " --script " +
                              script + " --profile " + kExampleProfile + " --date 2026-11-28 -o " +
                              path + " >/dev/null 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;

  Doc loaded = office_->load(path);
  const auto paras = paragraphs(loaded);
  std::vector<std::string> level1;
  for (const auto& para : paras)
    if (para.outlineLevel == 1) level1.push_back(para.label);
  ASSERT_GE(level1.size(), 3u);
  const bool western = id == "status-report";
  EXPECT_EQ(level1[0], western ? "1. " : "一、");
  EXPECT_EQ(level1[1], western ? "2. " : "二、");
  // Its organisation values are live fields: another profile re-fills them in Writer.
  const std::string other = writeProfile("other.xml");
  const DispatchOutcome applied =
      office_->dispatch(loaded, "vnd.chengbao:ApplyProfile", {{"Profile", other}});
  ASSERT_TRUE(applied.success) << applied.message;
  // The signature is the last paragraph naming the organisation (a 请示's 附注 follows the date).
  const auto refilled = paragraphs(loaded);
  ASSERT_EQ(refilled.size(), paras.size());
  std::size_t signature = refilled.size();
  for (std::size_t i = 0; i < refilled.size(); ++i) {
    if (refilled[i].text.find("西湖农村商业银行股份有限公司城东支行") != std::string::npos)
      signature = i;
  }
  ASSERT_LT(signature, refilled.size()) << "the other profile's name is nowhere";
  EXPECT_GE(signature + 3, refilled.size()) << refilled[signature].text;
  ASSERT_TRUE(undo(loaded));
  EXPECT_EQ(paragraphs(loaded)[signature].text, paras[signature].text);

  // Saved again by the office, the report still passes the check but for the 【…】 spots.
  const std::string resaved = (workDir_ / "resaved.docx").string();
  saveAs(loaded, resaved, "MS Word 2007 XML");
  closeDocument(loaded);
  auto counts = checkFindings(resaved, id, script);
  counts.erase("placeholder.leftover");
  EXPECT_TRUE(counts.empty()) << describe(counts);
}

INSTANTIATE_TEST_SUITE_P(Shipped, TemplateTest,
                         ::testing::Combine(::testing::ValuesIn(kTemplates),
                                            ::testing::Values("zh-Hans", "zh-Hant")),
                         [](const ::testing::TestParamInfo<TemplateTest::ParamType>& info) {
                           std::string name =
                               std::get<0>(info.param) + "_" + std::get<1>(info.param);
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

}  // namespace
