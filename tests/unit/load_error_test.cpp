// Tests of load_error.hpp: how a failure is shown to a person.
#include "load_error.hpp"

#include <gtest/gtest.h>

#include <variant>

#include "profile.hpp"
#include "template_library.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

using test::error_of;

TEST(LoadErrorTest, NamesFileLineAndMessage) {
  const LoadError error{"example.xml", 12, "<section id=\"x\"> has level 3"};
  EXPECT_EQ(error.to_string(), "example.xml:12: <section id=\"x\"> has level 3");
}

TEST(LoadErrorTest, OmitsTheLineWhenItIsUnknown) {
  const LoadError error{"missing.xml", 0, "cannot open: No such file or directory"};
  EXPECT_EQ(error.to_string(), "missing.xml: cannot open: No such file or directory");
}

// The profile errors a zh-CN user met in English inside Chinese sentences are said in their
// language, with the file and the line kept; English stays as it was.
TEST(LoadErrorTest, ProfileErrorsAreSaidInTheUsersLanguageWithFileAndLine) {
  const std::string broken = test::data_file("profile_not_well_formed.xml");
  const LoadError syntax = error_of(load_profile(broken));
  EXPECT_EQ(syntax.problem, LoadProblem::NotWellFormed);
  EXPECT_EQ(describe(syntax, Language::ZhCN), broken + ":" + std::to_string(syntax.line) +
                                                  ": XML 格式不正确：开始标签与结束标签不匹配");
  EXPECT_EQ(describe(syntax, Language::ZhTW), broken + ":" + std::to_string(syntax.line) +
                                                  ": XML 格式不正確：開始標籤與結束標籤不相符");
  EXPECT_EQ(describe(syntax, Language::En), syntax.to_string());

  const std::string missing = test::data_file("profile_missing_short_name.xml");
  const LoadError absent = error_of(load_profile(missing));
  EXPECT_EQ(describe(absent, Language::ZhCN), missing + ":3: <organisation> 中缺少 <short-name>");
  EXPECT_EQ(describe(absent, Language::En), missing + ":3: missing <short-name> in <organisation>");

  const LoadError unknown = error_of(load_profile(test::data_file("profile_unknown_element.xml")));
  EXPECT_EQ(unknown.problem, LoadProblem::UnknownElement);
  EXPECT_NE(describe(unknown, Language::ZhTW).find("中有未知元素 <"), std::string::npos);

  const LoadError gone = error_of(load_profile("/no/such/profile.xml"));
  EXPECT_EQ(describe(gone, Language::ZhCN), "/no/such/profile.xml: 无法打开：文件或文件夹不存在");
}

// An unknown template is named as the user wrote it, never through the folder it was looked
// for in (inside the office that is an internal cache folder).
TEST(LoadErrorTest, AnUnknownTemplateIsNamedAsWrittenWithoutTheFolder) {
  const auto found = find_template("nope", test::template_dir(), "");
  const LoadError error = std::get<LoadError>(found);
  EXPECT_EQ(error.problem, LoadProblem::UnknownTemplate);
  const std::string zh = describe(error, Language::ZhCN);
  EXPECT_EQ(zh.rfind("没有名为“nope”的模板（可用的模板：", 0), 0u) << zh;
  EXPECT_EQ(zh.find(test::template_dir()), std::string::npos) << zh;
  const std::string en = describe(error, Language::En);
  EXPECT_EQ(en.rfind("unknown template 'nope' (known: ", 0), 0u) << en;
  EXPECT_EQ(en.find(test::template_dir()), std::string::npos) << en;
}

}  // namespace
}  // namespace chengbao
