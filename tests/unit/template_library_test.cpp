// Tests of template_library.hpp: listing a template folder and resolving ids, paths and URLs.
#include "template_library.hpp"

#include <filesystem>

#include <gtest/gtest.h>

#include "report_template.hpp"
#include "shipped_templates.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

namespace fs = std::filesystem;

using test::data_file;
using test::error_of;
using test::value_of;

std::vector<std::string> ids_of(const std::vector<TemplateInfo>& templates) {
  std::vector<std::string> ids;
  for (const TemplateInfo& info : templates) ids.push_back(info.id);
  return ids;
}

using test::TempDir;

std::string minimal_template(const std::string& id) {
  return "<template format=\"1\" id=\"" + id +
         "\"><name>名</name><numbering><level n=\"1\" format=\"arabic\"/></numbering>"
         "<title>题</title><signature>署名</signature><date>日期</date></template>";
}

TEST(TemplateLibraryTest, ShippedFolderHoldsEveryTemplate) {
  std::vector<LoadError> errors;
  const std::vector<TemplateInfo> templates = list_templates(test::template_dir(), &errors);
  EXPECT_TRUE(errors.empty()) << errors.front().to_string();
  EXPECT_EQ(ids_of(templates), test::shipped_template_ids());
  for (const TemplateInfo& info : templates) {
    EXPECT_EQ(fs::path(info.path), fs::path(test::template_dir()) / (info.id + ".xml"));
    EXPECT_EQ(info.script, info.id == "status-report" ? "en" : "zh-Hans");
  }
  EXPECT_EQ(templates.back().name, "工作情况报告");
  EXPECT_EQ(templates[4].name, "Status report");
}

TEST(TemplateLibraryTest, StagedFolderListsBothScripts) {
  std::vector<LoadError> errors;
  const std::vector<TemplateInfo> templates = list_templates(test::staged_template_dir(), &errors);
  EXPECT_TRUE(errors.empty()) << errors.front().to_string();
  std::vector<std::string> listed;
  for (const TemplateInfo& info : templates) listed.push_back(info.id + " " + info.script);
  EXPECT_EQ(listed, (std::vector<std::string>{
                        "annual-summary zh-Hans", "annual-summary zh-Hant", "request zh-Hans",
                        "request zh-Hant", "self-inspection-report zh-Hans",
                        "self-inspection-report zh-Hant", "special-work-report zh-Hans",
                        "special-work-report zh-Hant", "status-report en", "work-report zh-Hans",
                        "work-report zh-Hant"}));
  EXPECT_EQ(templates[10].name, "工作情況報告");
  EXPECT_EQ(fs::path(templates[10].path),
            fs::path(test::staged_template_dir()) / "zh-Hant" / "work-report.xml");
}

TEST(TemplateLibraryTest, TheTraditionalFolderHoldsOnlyTraditionalTemplates) {
  const TempDir dir;
  dir.write("a.xml", minimal_template("a"));
  dir.write("zh-Hant/a.xml", minimal_template("a"));  // script defaults to zh-Hans
  std::vector<LoadError> errors;
  EXPECT_EQ(ids_of(list_templates(dir.path(), &errors)), std::vector<std::string>{"a"});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, dir.file("zh-Hant/a.xml"));
  EXPECT_EQ(errors[0].message,
            "template 'a' is written in zh-Hans but lies in the zh-Hant folder; this file is "
            "ignored");
}

TEST(TemplateLibraryTest, ResolvesTheTraditionalVersion) {
  const std::string dir = test::staged_template_dir();
  EXPECT_EQ(fs::path(value_of(resolve_template("work-report", dir, "zh-Hant"))),
            fs::path(dir) / "zh-Hant" / "work-report.xml");
  EXPECT_EQ(fs::path(value_of(resolve_template("work-report", dir, "zh-Hans"))),
            fs::path(dir) / "work-report.xml");
  EXPECT_EQ(fs::path(value_of(resolve_template("work-report", dir, ""))),
            fs::path(dir) / "work-report.xml");
  // English serves every script.
  EXPECT_EQ(fs::path(value_of(resolve_template("status-report", dir, "zh-Hant"))),
            fs::path(dir) / "status-report.xml");
  // A path is what the user chose, whatever the script.
  EXPECT_EQ(value_of(resolve_template("/x/work-report.xml", dir, "zh-Hant")), "/x/work-report.xml");
}

TEST(TemplateLibraryTest, ASimplifiedTemplateIsNeverPassedOffAsTraditional) {
  const LoadError error =
      error_of(resolve_template("work-report", test::template_dir(), "zh-Hant"));
  EXPECT_EQ(error.file, (fs::path(test::template_dir()) / "zh-Hant").string());
  EXPECT_EQ(error.message,
            "template 'work-report' has no zh-Hant version (" + test::template_dir() +
                "/work-report.xml is zh-Hans; the zh-Hant folder is made at build time by the "
                "templates_staged target)");
  EXPECT_EQ(error_of(resolve_template("nope", test::staged_template_dir(), "zh-Hant")).message,
            "unknown template 'nope' (known: annual-summary, request, self-inspection-report, "
            "special-work-report, status-report, work-report)");
  EXPECT_EQ(error_of(resolve_template("work-report", test::staged_template_dir(), "zh-TW")).message,
            "unknown script 'zh-TW' (use zh-Hans or zh-Hant)");
}

TEST(TemplateLibraryTest, TraditionalVersionIsFoundByIdWhateverItsFileName) {
  const TempDir dir;
  dir.write("a.xml", minimal_template("a"));
  std::string traditional = minimal_template("a");
  traditional.replace(traditional.find("id="), 3, "script=\"zh-Hant\" id=");
  dir.write("zh-Hant/other-name.xml", traditional);
  EXPECT_EQ(value_of(resolve_template("a", dir.path(), "zh-Hant")),
            dir.file("zh-Hant/other-name.xml"));
}

TEST(TemplateLibraryTest, ListSortsByIdSkipsBrokenFilesAndIgnoresProfiles) {
  std::vector<LoadError> errors;
  const std::vector<TemplateInfo> templates = list_templates(data_file("library"), &errors);
  EXPECT_EQ(ids_of(templates), (std::vector<std::string>{"alpha", "beta"}));
  EXPECT_EQ(templates[1].name, "乙模板");
  EXPECT_EQ(fs::path(templates[1].path).filename(), "renamed.xml");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(fs::path(errors[0].file).filename(), "broken.xml");
  EXPECT_GT(errors[0].line, 0);
  // Without an error list the broken file is skipped all the same.
  EXPECT_EQ(ids_of(list_templates(data_file("library"))), ids_of(templates));
}

TEST(TemplateLibraryTest, MissingFolderIsReported) {
  std::vector<LoadError> errors;
  EXPECT_TRUE(list_templates(data_file("no-such-folder"), &errors).empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, data_file("no-such-folder"));
  EXPECT_EQ(errors[0].line, 0);
  EXPECT_EQ(errors[0].message.rfind("cannot open: ", 0), 0u);
}

TEST(TemplateLibraryTest, DuplicateIdKeepsTheFirstFileAndReportsTheSecond) {
  const TempDir dir;
  dir.write("a.xml", minimal_template("same"));
  dir.write("b.xml", minimal_template("same"));
  std::vector<LoadError> errors;
  const std::vector<TemplateInfo> templates = list_templates(dir.path(), &errors);
  ASSERT_EQ(templates.size(), 1u);
  EXPECT_EQ(fs::path(templates[0].path).filename(), "a.xml");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(fs::path(errors[0].file).filename(), "b.xml");
  EXPECT_NE(errors[0].message.find("template id 'same' is already used by"), std::string::npos);
}

TEST(TemplateLibraryTest, ResolvesAnIdToItsFile) {
  const std::string path = value_of(resolve_template("work-report", test::template_dir()));
  EXPECT_EQ(fs::path(path), fs::path(test::template_dir()) / "work-report.xml");
}

TEST(TemplateLibraryTest, ResolvesAnIdWhoseFileHasAnotherName) {
  const std::string path = value_of(resolve_template("beta", data_file("library")));
  EXPECT_EQ(fs::path(path).filename(), "renamed.xml");
}

TEST(TemplateLibraryTest, PathsAreUsedAsGiven) {
  EXPECT_EQ(value_of(resolve_template("some/dir/report.xml", "unused")), "some/dir/report.xml");
  EXPECT_EQ(value_of(resolve_template("report.xml", "unused")), "report.xml");
  EXPECT_EQ(value_of(resolve_template("/abs/report", "unused")), "/abs/report");
}

TEST(TemplateLibraryTest, FileUrlsAreDecoded) {
  EXPECT_EQ(value_of(resolve_template("file:///home/u/My%20Templates/%E6%8A%A5%E5%91%8A.xml", "x")),
            "/home/u/My Templates/报告.xml");
  EXPECT_EQ(value_of(resolve_template("file://localhost/tmp/a.xml", "x")), "/tmp/a.xml");
  EXPECT_EQ(value_of(resolve_template("file:///tmp/100%.xml", "x")), "/tmp/100%.xml");
  EXPECT_EQ(error_of(resolve_template("file://server/share/a.xml", "x")).message,
            "only local file URLs (file:///…) can be used");
}

TEST(TemplateLibraryTest, UnknownIdListsTheKnownOnes) {
  const LoadError error = error_of(resolve_template("nope", data_file("library")));
  EXPECT_EQ(error.file, data_file("library"));
  EXPECT_EQ(error.line, 0);
  EXPECT_EQ(error.message, "unknown template 'nope' (known: alpha, beta)");
}

TEST(TemplateLibraryTest, UnknownIdInAnEmptyFolder) {
  const TempDir dir;
  EXPECT_EQ(error_of(resolve_template("work-report", dir.path())).message,
            "unknown template 'work-report' (there are no templates here)");
}

TEST(TemplateLibraryTest, HouseFolderIsListedWithTheParentsFolder) {
  const std::string house = test::template_dir() + "/profiles/house";
  std::vector<LoadError> errors;
  EXPECT_TRUE(list_templates(house, &errors).empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("extends 'work-report', which is not found"), std::string::npos);
  errors.clear();
  const std::vector<TemplateInfo> templates =
      list_templates(house, TemplateLoadOptions{{test::template_dir()}}, &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(ids_of(templates), std::vector<std::string>{"dhbank-work-report"});
  EXPECT_EQ(templates.at(0).name, "东湖银行工作情况报告");
}

TEST(TemplateLibraryTest, AChildIsResolvedByIdEvenWhenItsParentIsElsewhere) {
  const TempDir dir;
  dir.write("my-file.xml", "<template format=\"1\" id=\"house\" extends=\"work-report\"/>");
  // Resolving reads only ids: loading (with the parent's folder) is the caller's next step.
  EXPECT_EQ(value_of(resolve_template("house", dir.path())), dir.file("my-file.xml"));
  EXPECT_EQ(error_of(resolve_template("nope", dir.path())).message,
            "unknown template 'nope' (known: house)");
}

}  // namespace
}  // namespace chengbao
