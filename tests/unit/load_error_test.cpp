// Tests of load_error.hpp: how a failure is shown to a person.
#include "load_error.hpp"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "profile.hpp"
#include "template_library.hpp"
#include "test_support.hpp"
#include "xml_util.hpp"

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

// What a person editing a profile by hand runs into most, said in their language with the line;
// English stays as the loader wrote it.
TEST(LoadErrorTest, TheUsualMistakesInAProfileAreSaidInTheUsersLanguage) {
  std::string example;
  ASSERT_FALSE(xml::read_file(test::template_dir() + "/profiles/example.xml", example));
  const auto variant = [&example](const std::string& from, const std::string& to) {
    std::string text = example;
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return error_of(parse_profile(text, "p.xml"));
  };
  struct Case {
    std::string from, to;
    LoadProblem problem;
    std::string zh_cn, zh_tw, en;
  };
  const std::vector<Case> cases = {
      {"<contact name=\"周敏\"", "<contact nmae=\"周敏\"", LoadProblem::UnknownAttribute,
       "<contact> 上有未知属性“nmae”", "<contact> 上有未知屬性「nmae」",
       "unknown attribute 'nmae' on <contact>"},
      {"<date-style>gbt9704</date-style>", "<date-style>iso8601</date-style>",
       LoadProblem::UnknownDateStyle, "未知的日期格式“iso8601”（请用 gbt9704、chinese 或 roc）",
       "未知的日期格式「iso8601」（請用 gbt9704、chinese 或 roc）",
       "unknown date style 'iso8601' (use gbt9704, chinese or roc)"},
      {"<script>zh-Hans</script>", "<script>zh-CN</script>", LoadProblem::UnknownScript,
       "未知的文字“zh-CN”（请用 zh-Hans 或 zh-Hant）",
       "未知的文字「zh-CN」（請用 zh-Hans 或 zh-Hant）",
       "unknown script 'zh-CN' (use zh-Hans or zh-Hant)"},
      {"phone=\"0000-12345678\"", "phone=\"call me\"", LoadProblem::ContactPhone,
       "<contact> 的 phone=\"call me\" 不是电话号码（数字、空格、+ - ( ) / 转）",
       "<contact> 的 phone=\"call me\" 不是電話號碼（數字、空格、+ - ( ) / 轉）",
       "<contact> has phone=\"call me\", which is not a phone number (digits, spaces, + - ( ) / "
       "转)"},
      {"<address>", "<superior-body>又一个</superior-body>\n  <address>",
       LoadProblem::RepeatedElement, "<superior-body> 重复出现（首次在第 9 行）",
       "<superior-body> 重複出現（首次在第 9 行）",
       "<superior-body> is given more than once (first on line 9)"},
  };
  for (const Case& c : cases) {
    const LoadError error = variant(c.from, c.to);
    EXPECT_EQ(error.problem, c.problem) << c.to << ": " << error.message;
    const std::string where = "p.xml:" + std::to_string(error.line) + ": ";
    EXPECT_GT(error.line, 0) << c.to;
    EXPECT_EQ(describe(error, Language::ZhCN), where + c.zh_cn);
    EXPECT_EQ(describe(error, Language::ZhTW), where + c.zh_tw);
    EXPECT_EQ(describe(error, Language::En), where + c.en);
  }
  const LoadError root = error_of(parse_profile("<profiel format=\"1\"/>", "p.xml"));
  EXPECT_EQ(root.problem, LoadProblem::WrongRoot);
  EXPECT_EQ(describe(root, Language::ZhCN), "p.xml:1: 根元素是 <profiel>，应为 <profile>");
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
