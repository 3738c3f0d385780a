// Tests of check_report.hpp's machine-readable outputs (JSON, JSON Lines, SARIF) and of the rule
// descriptions SARIF carries.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "check_report.hpp"
#include "rule_catalogue.hpp"
#include "template_checker.hpp"

namespace chengbao {
namespace {

std::vector<FileReport> sample() {
  Finding comma;
  comma.rule = "punct.halfwidth";
  comma.severity = Severity::Warning;
  comma.paragraph = 4;
  comma.offset = 7;
  comma.length = 1;
  comma.text = ",";
  comma.message = "Half-width \"comma\"\tin\nChinese";
  comma.replacement = "，";
  Finding date;
  date.rule = "date.missing";
  date.severity = Severity::Error;
  date.paragraph = 9;
  date.message = std::string("broken \xff byte");  // not UTF-8: replaced, never thrown
  FileReport good{"reports/第一份 报告.docx", "work-report", {comma, date}, std::nullopt};
  FileReport bad{"/tmp/missing.odt", "", {}, LoadError{"/tmp/missing.odt", 0, "cannot be read"}};
  return {good, bad};
}

TEST(RuleCatalogueTest, EveryRuleIsDescribedInEachLanguage) {
  for (const std::string& id : rule_ids()) {
    const std::string zh_cn = rule_description(id, Language::ZhCN);
    const std::string zh_tw = rule_description(id, Language::ZhTW);
    const std::string en = rule_description(id, Language::En);
    EXPECT_FALSE(zh_cn.empty()) << id;
    EXPECT_FALSE(zh_tw.empty()) << id;
    EXPECT_FALSE(en.empty()) << id;
    EXPECT_NE(zh_cn, en) << id;
  }
  EXPECT_EQ(rule_description("no.such.rule", Language::En), "");
}

TEST(CheckJsonTest, IsOneLineOfTheDesignsFieldsWithEverythingEscaped) {
  const std::string text = check_json(sample());
  EXPECT_EQ(text.find('\n'), std::string::npos);
  const nlohmann::json json = nlohmann::json::parse(text);
  const nlohmann::json& file = json.at("files").at(0);
  EXPECT_EQ(file.at("file"), "reports/第一份 报告.docx");
  EXPECT_EQ(file.at("template"), "work-report");
  const nlohmann::json& comma = file.at("findings").at(0);
  EXPECT_EQ(comma.at("message"), "Half-width \"comma\"\tin\nChinese");
  EXPECT_EQ(comma.at("fix").at("replacement"), "，");
  EXPECT_EQ(file.at("findings").at(1).at("message"), "broken \xEF\xBF\xBD byte");
  EXPECT_TRUE(json.at("files").at(1).at("template").is_null());
  EXPECT_EQ(json.at("files").at(1).at("error"), "/tmp/missing.odt: cannot be read");
  EXPECT_EQ(json.at("summary"),
            nlohmann::json::parse(R"({"files": 2, "error": 1, "warning": 1, "info": 0})"));
  // JSON Lines: each file's entry alone on its line, as in the whole document.
  EXPECT_EQ(nlohmann::json::parse(check_json_line(sample()[0])), file);
}

TEST(CheckSarifTest, HasAResultPerFindingWithItsRegionAndFixAndTheRulesDescribed) {
  const nlohmann::json sarif =
      nlohmann::json::parse(check_sarif(sample(), Language::ZhCN, "1.2.3"));
  EXPECT_EQ(sarif.at("version"), "2.1.0");
  const nlohmann::json& run = sarif.at("runs").at(0);
  const nlohmann::json& driver = run.at("tool").at("driver");
  EXPECT_EQ(driver.at("version"), "1.2.3");
  ASSERT_EQ(driver.at("rules").size(), rule_ids().size());
  EXPECT_EQ(driver.at("rules").at(11).at("id"), "punct.halfwidth");
  EXPECT_EQ(driver.at("rules").at(11).at("shortDescription").at("text"),
            rule_description("punct.halfwidth", Language::ZhCN));
  const nlohmann::json& results = run.at("results");
  ASSERT_EQ(results.size(), 2u);
  const nlohmann::json& comma = results.at(0);
  EXPECT_EQ(comma.at("ruleId"), "punct.halfwidth");
  EXPECT_EQ(comma.at("ruleIndex"), 11);
  EXPECT_EQ(comma.at("level"), "warning");
  const nlohmann::json& location = comma.at("locations").at(0).at("physicalLocation");
  // A relative path stays a relative reference, percent-encoded.
  EXPECT_EQ(location.at("artifactLocation").at("uri"),
            "reports/%E7%AC%AC%E4%B8%80%E4%BB%BD%20%E6%8A%A5%E5%91%8A.docx");
  EXPECT_EQ(location.at("region").at("startLine"), 5);
  EXPECT_EQ(location.at("region").at("startColumn"), 8);
  EXPECT_EQ(location.at("region").at("endColumn"), 9);
  const nlohmann::json& replacement =
      comma.at("fixes").at(0).at("artifactChanges").at(0).at("replacements").at(0);
  EXPECT_EQ(replacement.at("insertedContent").at("text"), "，");
  EXPECT_EQ(results.at(1).at("level"), "error");
  EXPECT_FALSE(results.at(1).contains("fixes"));
  // The unreadable file: a notification naming it as a file: URI, the run not successful.
  const nlohmann::json& invocation = run.at("invocations").at(0);
  EXPECT_FALSE(invocation.at("executionSuccessful").get<bool>());
  EXPECT_EQ(invocation.at("toolExecutionNotifications")
                .at(0)
                .at("locations")
                .at(0)
                .at("physicalLocation")
                .at("artifactLocation")
                .at("uri"),
            "file:///tmp/missing.odt");
}

}  // namespace
}  // namespace chengbao
