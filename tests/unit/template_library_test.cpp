// Tests of template_library.hpp: listing a template folder and resolving ids, paths and URLs.
#include "template_library.hpp"

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <gtest/gtest.h>

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

// A fresh folder under the system temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() /
            ("chengbao-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string path() const { return path_.string(); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name) << text;
  }

 private:
  fs::path path_;
};

std::string minimal_template(const std::string& id) {
  return "<template format=\"1\" id=\"" + id +
         "\"><name>名</name><numbering><level n=\"1\" format=\"arabic\"/></numbering>"
         "<title>题</title><signature>署名</signature><date>日期</date></template>";
}

TEST(TemplateLibraryTest, ShippedFolderHoldsTheWorkReport) {
  std::vector<LoadError> errors;
  const std::vector<TemplateInfo> templates = list_templates(test::template_dir(), &errors);
  EXPECT_TRUE(errors.empty()) << errors.front().to_string();
  ASSERT_EQ(templates.size(), 1u);
  EXPECT_EQ(templates[0].id, "work-report");
  EXPECT_EQ(templates[0].name, "工作情况报告");
  EXPECT_EQ(fs::path(templates[0].path), fs::path(test::template_dir()) / "work-report.xml");
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

}  // namespace
}  // namespace chengbao
