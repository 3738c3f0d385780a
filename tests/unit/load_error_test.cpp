// Tests of load_error.hpp: how a failure is shown to a person.
#include "load_error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "messages.hpp"
#include "profile.hpp"
#include "report_template.hpp"
#include "temp_dir.hpp"
#include "template_library.hpp"
#include "test_support.hpp"
#include "xml_util.hpp"

namespace chengbao {
namespace {

using test::error_of;
using test::replaced;
using test::TempDir;

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

// `text` without every `open`…`close` span.
void erase_spans(std::string& text, const std::string& open, const std::string& close) {
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
    const std::size_t end = text.find(close, at + open.size());
    if (end == std::string::npos) return;
    text.erase(at, end + close.size() - at);
  }
}

void erase_all(std::string& text, const std::string& what) {
  if (what.empty()) return;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at)) {
    text.erase(at, what.size());
  }
}

// An attribute written as in the file, name="value", taken out of `text`.
void erase_attributes(std::string& text) {
  for (std::size_t at = text.find("=\""); at != std::string::npos; at = text.find("=\"", at)) {
    std::size_t begin = at;
    while (begin > 0 && (std::isalnum(static_cast<unsigned char>(text[begin - 1])) ||
                         std::strchr(":_-", text[begin - 1]) != nullptr)) {
      --begin;
    }
    const std::size_t end = text.find('"', at + 2);
    if (end == std::string::npos) return;
    text.erase(begin, end + 1 - begin);
    at = begin;
  }
}

// True when `text` still holds a placeholder such as {0}.
bool has_placeholder(const std::string& text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] == '{' && std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
        text[i + 2] == '}') {
      return true;
    }
  }
  return false;
}

// The first run of three or more ASCII letters in `text` that is not the file, an argument
// (as the user wrote it), an <element>, an attribute written as name="value" or a quoted
// value: English left in a Chinese sentence. "" when there is none.
std::string english_in(std::string text, const LoadError& error) {
  erase_all(text, error.file);
  std::vector<std::string> args = error.args;
  // Longest first, so that an argument inside another goes with it.
  std::sort(args.begin(), args.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& arg : args) {
    if (arg.size() >= 3) erase_all(text, arg);
  }
  // A list of allowed values is said word by word.
  for (const std::string& arg : args) {
    for (const std::string& word : xml::split_words(arg)) {
      if (word.size() >= 3) erase_all(text, word);
    }
  }
  erase_attributes(text);
  erase_spans(text, "<", ">");
  erase_spans(text, "“", "”");
  erase_spans(text, "「", "」");
  erase_spans(text, "\"", "\"");
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    run = letter ? run + 1 : 0;
    if (run >= 3) {
      std::size_t end = i;
      while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
      return text.substr(i + 1 - run, end - (i + 1 - run));
    }
  }
  return "";
}

// A template file whose lines are numbered as the cases below count them: these are lines 9–21.
const std::string kTemplate = test::template_with(
    "  <section id=\"one\" level=\"1\">\n"
    "    <heading>一</heading>\n"
    "    <section id=\"one-a\" level=\"2\"><heading>甲</heading><p>正文。</p></section>\n"
    "  </section>\n"
    "  <layout standard=\"gbt9704\">\n"
    "    <page paper=\"A4\"/>\n"
    "    <style element=\"body\" size=\"16pt\"/>\n"
    "  </layout>\n"
    "  <checker>\n"
    "    <rule id=\"char.stray\" enabled=\"false\"/>\n"
    "    <labels level=\"1\" allowed=\"一、\"/>\n"
    "    <dates allowed=\"gbt9704\"/>\n"
    "  </checker>\n");

// The parent of the templates that extend another, in its own folder.
const std::string kBase = test::template_head("base", "基础") + R"(  <section id="one" level="1">
    <heading>一</heading>
    <section id="one-a" level="2"><heading>甲</heading></section>
  </section>
  <section id="two" level="1"><heading>二</heading></section>
  <signature>{{org_name}}</signature>
  <date>{{date}}</date>
</template>
)";

// An error a broken file gave, and what it must be: its kind, its line and its English, as the
// loader wrote it before the kinds were given.
struct Expected {
  LoadError error;
  LoadProblem problem;
  int line;
  std::string english;  ///< the whole to_string()
};

void expect_said_in_chinese(const Expected& expected) {
  const LoadError& error = expected.error;
  SCOPED_TRACE(expected.english);
  EXPECT_EQ(error.problem, expected.problem) << error.to_string();
  EXPECT_NE(error.problem, LoadProblem::Other);
  EXPECT_EQ(error.line, expected.line);
  EXPECT_EQ(error.to_string(), expected.english);
  EXPECT_EQ(describe(error, Language::En), expected.english);
  for (Language language : {Language::ZhCN, Language::ZhTW}) {
    const std::string text = describe(error, language);
    EXPECT_NE(text, expected.english);
    EXPECT_EQ(english_in(text, error), "") << text;
    EXPECT_FALSE(has_placeholder(text)) << text;
  }
}

// Every mistake in a house template is said in the user's language, with its line; the English
// is what it was.
TEST(LoadErrorTest, TemplateMistakesAreSaidInTheUsersLanguage) {
  ASSERT_TRUE(std::holds_alternative<ReportTemplate>(parse_template(kTemplate, "t.xml")));
  struct Case {
    LoadProblem problem;
    std::string from, to;
    int line;
    std::string english;  ///< the message after "t.xml:<line>: "
  };
  const std::string genres =
      "report, request, summary, resolution, decision, order, communique, announcement, "
      "circular, opinion, notice, bulletin, reply, motion, letter, minutes, scheme, plan";
  const std::vector<Case> cases = {
      {LoadProblem::NoFormat, "<template format=\"1\" id", "<template id", 2,
       "<template> has no format attribute (format=\"1\")"},
      {LoadProblem::UnsupportedFormat, "format=\"1\" id", "format=\"2\" id", 2,
       "unsupported format \"2\" (this version reads format \"1\")"},
      {LoadProblem::OnlyText, "<name>测试</name>", "<name>测试<b/></name>", 3,
       "<name> may hold only text, found <b>"},
      {LoadProblem::MustBeEmpty, "<page paper=\"A4\"/>", "<page paper=\"A4\"><x/></page>", 14,
       "<page> must be empty, found <x>"},
      {LoadProblem::UnexpectedText, "<numbering>\n", "<numbering>编号\n", 4,
       "unexpected text \"编号\" in <numbering>"},
      {LoadProblem::MissingAttribute, "<level n=\"1\" format", "<level format", 5,
       "<level> has no n attribute"},
      {LoadProblem::MissingAttribute, "<section id=\"one\" level=\"1\">", "<section id=\"one\">", 9,
       "<section id=\"one\"> has no level attribute"},
      {LoadProblem::BadAttributeValue, "paper=\"A4\"", "paper=\"A5\"", 14,
       "<page> has paper=\"A5\" (use A4, A3, B5 or letter)"},
      {LoadProblem::BadAttributeValue, "enabled=\"false\"", "enabled=\"no\"", 18,
       "<rule id=\"char.stray\"> has enabled=\"no\" (use true or false)"},
      {LoadProblem::BadAttributeValue, "<name>", "<name xml:lang=\"zh-CN\">", 3,
       "<name> has xml:lang=\"zh-CN\" (use zh-Hans, zh-Hant or en)"},
      {LoadProblem::BadAttributeValue, "<date>", "<date form=\"iso8601\">", 23,
       "<date> has form=\"iso8601\" (use gbt9704, chinese, roc or iso)"},
      {LoadProblem::BadAttributeValue, "id=\"t\">", "id=\"t\" script=\"zh\">", 2,
       "unknown script 'zh' (use zh-Hans, zh-Hant or en)"},
      {LoadProblem::BadAttributeValue, "<layout standard=\"gbt9704\">", "<layout standard=\"iso\">",
       13, "<layout> has standard=\"iso\" (use gbt9704)"},
      {LoadProblem::BadAttributeValue, "<title>", "<page-setup standard=\"a4\"/><title>", 8,
       "<page-setup> has standard=\"a4\" (use gbt9704)"},
      {LoadProblem::BadAttributeValue, "format=\"chinese\" suffix=\"、\"",
       "format=\"roman\" suffix=\"、\"", 5,
       "<level n=\"1\"> has format \"roman\" (use chinese or arabic)"},
      {LoadProblem::BadAttributeValue, "enabled=\"false\"", "severity=\"fatal\"", 18,
       "<rule id=\"char.stray\"> has severity=\"fatal\" (use error, warning or info)"},
      {LoadProblem::BadAttributeValue, "size=\"16pt\"", "align=\"middle\"", 15,
       "<style element=\"body\"> has align=\"middle\" (use left, center, right or justify)"},
      {LoadProblem::BadAttributeValue, "paper=\"A4\"", "page-number-place=\"left\"", 14,
       "<page> has page-number-place=\"left\" (use outside, center or right)"},
      {LoadProblem::BadAttributeValue, "element=\"body\"", "element=\"text\"", 15,
       "<style> has element=\"text\" (use one of issuer-mark, document-number, title, addressee, "
       "body, heading-1, heading-2, heading-3, heading-4, closing, attachment-note, signature, "
       "date, notes, colophon)"},
      {LoadProblem::BadId, "id=\"t\">", "id=\"T\">", 2,
       "template id 'T' may use only a-z, 0-9 and -"},
      {LoadProblem::BadId, "<section id=\"one\"", "<section id=\"One\"", 9,
       "section id 'One' may use only a-z, 0-9 and -"},
      {LoadProblem::BadId, "<p>正文。</p>", "<alternative id=\"A\"><p>甲</p></alternative>", 11,
       "alternative id 'A' may use only a-z, 0-9 and -"},
      {LoadProblem::RepeatedId, "<section id=\"one-a\"", "<section id=\"one\"", 11,
       "section id 'one' is used twice (first on line 9)"},
      {LoadProblem::GivenTwice, "enabled=\"false\"/>",
       "enabled=\"false\"/><rule id=\"char.stray\" severity=\"info\"/>", 18,
       "<rule id=\"char.stray\"> is given more than once"},
      {LoadProblem::LocalizedRepeated, "<name>测试</name>", "<name>测试</name><name>又一</name>", 3,
       "<name> in zh-Hans is given more than once (first on line 3)"},
      {LoadProblem::UnknownGenre, "<title>", "<genre>memo</genre><title>", 8,
       "unknown genre 'memo' (use one of " + genres + ")"},
      {LoadProblem::NotATemplateId, "id=\"t\">", "id=\"t\" extends=\"Base\">", 2,
       "extends=\"Base\" is not a template id"},
      {LoadProblem::ParentNotFound, "id=\"t\">", "id=\"t\" extends=\"nobody\">", 2,
       "template 't' extends 'nobody', which is not found (looked in no folder)"},
      {LoadProblem::UnknownRule, "char.stray", "char.strey", 18,
       "unknown rule id 'char.strey' (see the rule ids in templates/README.md)"},
      {LoadProblem::RuleChangesNothing, " enabled=\"false\"", "", 18,
       "<rule id=\"char.stray\"> changes nothing: give enabled or severity"},
      {LoadProblem::NoLabelForms, "allowed=\"一、\"", "allowed=\" \"", 19,
       "<labels level=\"1\"> has no allowed label forms"},
      {LoadProblem::LabelWithoutOne, "allowed=\"一、\"", "allowed=\"二、\"", 19,
       "<labels level=\"1\"> allows '二、', which is not a label written with the counter 1 or 一"},
      {LoadProblem::NoDateForms, "<dates allowed=\"gbt9704\"/>", "<dates allowed=\"\"/>", 20,
       "<dates> has no allowed date forms"},
      {LoadProblem::NotADateForm, "<dates allowed=\"gbt9704\"/>",
       "<dates allowed=\"gbt9704 iso8601\"/>", 20,
       "<dates> allows 'iso8601', which is not a date form (use gbt9704, chinese, roc or iso)"},
      {LoadProblem::LabelsLevelUndefined, "allowed=\"一、\"/>",
       "allowed=\"一、\"/><labels level=\"3\" allowed=\"1.\"/>", 19,
       "<labels level=\"3\"> is for a level that <numbering> does not define (it defines 2)"},
      {LoadProblem::LabelsRefuseOwn, "allowed=\"一、\"", "allowed=\"1、\"", 19,
       "<labels level=\"1\"> does not allow '一、', the label that <numbering> makes"},
      {LoadProblem::LevelOutOfOrder, "<level n=\"2\"", "<level n=\"3\"", 6,
       "<level n=\"3\"> found where level 2 was expected (levels are 1, 2, 3…)"},
      {LoadProblem::TooManyLevels, "suffix=\"）\"/>",
       "suffix=\"）\"/><level n=\"3\" format=\"arabic\"/><level n=\"4\" format=\"arabic\"/>"
       "<level n=\"5\" format=\"arabic\"/>",
       6, "at most 4 numbering levels"},
      {LoadProblem::WithParentsOnTop, "<level n=\"1\" format",
       "<level n=\"1\" with-parents=\"true\" format", 5,
       "<level n=\"1\"> has no upper levels to show (with-parents)"},
      {LoadProblem::BadFontList, "size=\"16pt\"", "font=\",\"", 15,
       "<style element=\"body\"> has font=\",\" (give typeface names separated by commas)"},
      {LoadProblem::BadFontList, "paper=\"A4\"", "page-number-font=\" \"", 14,
       "<page> has page-number-font=\"\" (give typeface names)"},
      {LoadProblem::BadFontSize, "size=\"16pt\"", "size=\"huge\"", 15,
       "<style element=\"body\"> has size=\"huge\" (use pt, as in 16pt, or a 号 name, as in 三号)"},
      {LoadProblem::BadFontSize, "paper=\"A4\"", "page-number-size=\"big\"", 14,
       "<page> has page-number-size=\"big\" (use pt or a 号 name)"},
      {LoadProblem::BadIndent, "size=\"16pt\"", "indent=\"30\"", 15,
       "<style element=\"body\"> has indent=\"30\" (the first-line indent in characters, as in 2)"},
      {LoadProblem::BadSpacing, "size=\"16pt\"", "space-before=\"wide\"", 15,
       "<style element=\"body\"> has space-before=\"wide\" (a length in pt, as in 0pt)"},
      {LoadProblem::BadLength, "paper=\"A4\"", "margin-top=\"wide\"", 14,
       "<page> has margin-top=\"wide\" (a length, as in 37mm)"},
      {LoadProblem::BadGridCount, "paper=\"A4\"", "lines=\"99\"", 14,
       "<page> has lines=\"99\" (a count from 0 to 80; 0 leaves it free)"},
      {LoadProblem::BadPageNumber, "paper=\"A4\"", "page-number=\"- 1 -\"", 14,
       "<page> has page-number=\"- 1 -\" (write the number as #, as in — # —; empty for no page "
       "number)"},
      {LoadProblem::NoRoomForText, "paper=\"A4\"", "margin-left=\"100mm\" margin-right=\"100mm\"",
       14, "<page> leaves no room for text between its margins"},
      {LoadProblem::MixedParagraphs, "<p>正文。</p>",
       "<p>正文。</p><alternative id=\"b\"><p>乙</p></alternative>", 11,
       "<section id=\"one-a\"> mixes <p> and <alternative>: put every <p> in an <alternative>"},
      {LoadProblem::RepeatedAlternative, "<p>正文。</p>",
       "<alternative id=\"a\"><p>甲</p></alternative><alternative id=\"a\"><p>乙</p></alternative>",
       11, "<section id=\"one-a\"> has two alternatives with the id 'a'"},
      {LoadProblem::BadLevel, "<section id=\"one\" level=\"1\">",
       "<section id=\"one\" level=\"x\">", 9,
       "<section id=\"one\"> has level \"x\" (use a number from 1 to 4)"},
      {LoadProblem::BadLevel, "<labels level=\"1\"", "<labels level=\"9\"", 19,
       "<labels> has level \"9\" (use a number from 1 to 4)"},
      {LoadProblem::TopLevelNotOne, "<section id=\"one\" level=\"1\">",
       "<section id=\"one\" level=\"2\">", 9,
       "<section id=\"one\"> has level 2 but a top-level section has level 1"},
      {LoadProblem::LevelUnderParent, "id=\"one-a\" level=\"2\"", "id=\"one-a\" level=\"3\"", 11,
       "<section id=\"one-a\"> has level 3 but its parent has level 1"},
      {LoadProblem::LevelBeyondNumbering, "<p>正文。</p>",
       "<section id=\"x\" level=\"3\"><heading>丙</heading></section>", 11,
       "<section id=\"x\"> has level 3 but <numbering> defines only 2 levels"},
      // Kinds the profile loader had already, now given where templates make the mistake.
      {LoadProblem::UnknownAttribute, "paper=\"A4\"", "papre=\"A4\"", 14,
       "<page> has an unknown attribute papre"},
      {LoadProblem::UnknownAttribute, "size=\"16pt\"", "sise=\"16pt\"", 15,
       "<style element=\"body\"> has an unknown attribute sise"},
      {LoadProblem::RepeatedElement, "allowed=\"一、\"/>",
       "allowed=\"一、\"/><labels level=\"1\" allowed=\"一、\"/>", 19,
       "<labels level=\"1\"> is given more than once (first on line 19)"},
      {LoadProblem::RepeatedElement, "size=\"16pt\"/>", "size=\"16pt\"/><style element=\"body\"/>",
       15, "<style element=\"body\"> is given more than once (first on line 15)"},
      {LoadProblem::MissingElement,
       "<numbering>\n    <level n=\"1\" format=\"chinese\" suffix=\"、\"/>\n"
       "    <level n=\"2\" format=\"chinese\" prefix=\"（\" suffix=\"）\"/>\n  </numbering>",
       "<numbering>\n\n\n  </numbering>", 4, "<numbering> has no <level>"},
      {LoadProblem::MissingElement, "<heading>甲</heading><p>正文。</p>", "<p>正文。</p>", 11,
       "<section id=\"one-a\"> has no <heading>"},
      {LoadProblem::MissingElement, "<p>正文。</p>", "<alternative id=\"a\"/>", 11,
       "<alternative id=\"a\"> has no <p>"},
      {LoadProblem::MissingAttribute, "<p>正文。</p>", "<alternative><p>甲</p></alternative>", 11,
       "<alternative> in <section id=\"one-a\"> has no id attribute"},
      {LoadProblem::EmptyElement, "<heading>甲</heading>", "<heading> </heading>", 11,
       "<section id=\"one-a\"> has an empty <heading>"},
      {LoadProblem::UnknownElement, "<p>正文。</p>", "<para>正文。</para>", 11,
       "unknown element <para> in <section id=\"one-a\">"},
      {LoadProblem::UnknownElement, "<p>正文。</p>",
       "<alternative id=\"a\"><q>甲</q></alternative>", 11,
       "unknown element <q> in <alternative id=\"a\">"},
  };
  for (const Case& c : cases) {
    const LoadError error = error_of(parse_template(replaced(kTemplate, c.from, c.to), "t.xml"));
    expect_said_in_chinese(
        {error, c.problem, c.line, "t.xml:" + std::to_string(c.line) + ": " + c.english});
  }

  // A few in full, to see the sentences a person reads.
  const auto said = [](const std::string& from, const std::string& to, Language language) {
    return describe(error_of(parse_template(replaced(kTemplate, from, to), "t.xml")), language);
  };
  EXPECT_EQ(said("paper=\"A4\"", "paper=\"A5\"", Language::ZhCN),
            "t.xml:14: <page> 的 paper=\"A5\" 无效（请用 A4、A3、B5 或 letter）");
  EXPECT_EQ(said("paper=\"A4\"", "paper=\"A5\"", Language::ZhTW),
            "t.xml:14: <page> 的 paper=\"A5\" 無效（請用 A4、A3、B5 或 letter）");
  EXPECT_EQ(said("enabled=\"false\"", "enabled=\"no\"", Language::ZhCN),
            "t.xml:18: <rule id=\"char.stray\"> 的 enabled=\"no\" 无效（请用 true 或 false）");
  EXPECT_EQ(said("<level n=\"1\" format", "<level format", Language::ZhTW),
            "t.xml:5: <level> 缺少 n 屬性");
  EXPECT_EQ(said("<section id=\"one-a\"", "<section id=\"one\"", Language::ZhCN),
            "t.xml:11: <section> 的 id“one”重复使用（首次在第 9 行）");
  EXPECT_EQ(said("<p>正文。</p>", "<section id=\"x\" level=\"3\"><heading>丙</heading></section>",
                 Language::ZhTW),
            "t.xml:11: <section id=\"x\"> 的級別為 3，但 <numbering> 只定義了 2 級");
  EXPECT_EQ(said("id=\"t\">", "id=\"t\" extends=\"nobody\">", Language::ZhCN),
            "t.xml:2: 模板“t”所继承的“nobody”未找到（没有可查找的文件夹）");
  EXPECT_EQ(said("<title>", "<genre>memo</genre><title>", Language::ZhTW)
                .rfind("t.xml:8: 未知的文種「memo」（請用 report、request、summary、", 0),
            0u);
}

// The mistakes of a template that extends another, and of templates among their folders.
TEST(LoadErrorTest, InheritanceAndFolderMistakesAreSaidInTheUsersLanguage) {
  const TempDir dir;
  dir.write("base.xml", kBase);
  struct Case {
    LoadProblem problem;
    std::string body;  ///< the child's elements, from line 2
    int line;
    std::string english;  ///< the message after "<file>:<line>: "
  };
  const std::vector<Case> cases = {
      {LoadProblem::RemoveFalse, "<section id=\"two\" remove=\"false\"/>", 2,
       "<section id=\"two\"> has remove=\"false\": leave the attribute out instead"},
      {LoadProblem::NotASectionId,
       "<section id=\"x\" level=\"1\" after=\"Two\"><heading>乙</heading></section>", 2,
       "after=\"Two\" is not a section id"},
      {LoadProblem::LevelTooDeep,
       "<section id=\"deep\" level=\"5\"><heading>深</heading></section>", 2,
       "<section id=\"deep\"> has level 5 but headings go down to level 4"},
      {LoadProblem::RemovesMissing, "<section id=\"nope\" remove=\"true\"/>", 2,
       "<section id=\"nope\"> removes a section that the parent template lacks"},
      {LoadProblem::IdTakenByParent,
       "<section id=\"new\" level=\"1\"><heading>新</heading>\n"
       "<section id=\"one-a\" level=\"2\"><heading>乙</heading></section></section>",
       2,
       "<section id=\"new\"> contains the section id 'one-a', which the parent template already "
       "uses"},
      {LoadProblem::ReplacesWithAfter,
       "<section id=\"two\" level=\"1\" after=\"one\"><heading>二</heading></section>", 2,
       "<section id=\"two\"> replaces the inherited section in place and cannot have after"},
      {LoadProblem::LevelUnlikeReplaced,
       "<section id=\"one-a\" level=\"1\"><heading>甲</heading></section>", 2,
       "<section id=\"one-a\"> has level 1 but the inherited section it replaces has level 2"},
      {LoadProblem::AppendedNotTop,
       "<section id=\"new\" level=\"2\"><heading>新</heading></section>", 2,
       "<section id=\"new\"> has level 2 but a new section without after is appended at level 1"},
      {LoadProblem::AfterUnknown,
       "<section id=\"new\" level=\"1\" after=\"nope\"><heading>新</heading></section>", 2,
       "<section id=\"new\"> has after=\"nope\", but no section has that id"},
      {LoadProblem::LevelUnlikeAnchor,
       "<section id=\"new\" level=\"2\" after=\"one\"><heading>新</heading></section>", 2,
       "<section id=\"new\"> has level 2 but section 'one' that it follows has level 1"},
      {LoadProblem::NumberingTooShallow,
       "<numbering><level n=\"1\" format=\"arabic\"/></numbering>", 2,
       "<numbering> defines only 1 level but the inherited sections go down to level 2"},
  };
  int count = 0;
  for (const Case& c : cases) {
    const std::string path = dir.write(
        "child" + std::to_string(++count) + ".xml",
        "<template format=\"1\" id=\"child\" extends=\"base\">\n" + c.body + "\n</template>\n");
    expect_said_in_chinese({error_of(load_template(path)), c.problem, c.line,
                            path + ":" + std::to_string(c.line) + ": " + c.english});
  }

  const std::string english = dir.write(
      "english.xml", "<template format=\"1\" id=\"child\" script=\"en\" extends=\"base\"/>\n");
  expect_said_in_chinese(
      {error_of(load_template(english)), LoadProblem::ParentScript, 1,
       english + ":1: template 'child' is written in en but extends 'base', which is written in "
                 "zh-Hans"});
  const std::string orphan =
      dir.write("orphan.xml", "<template format=\"1\" id=\"orphan\" extends=\"nobody\"/>\n");
  const LoadError lost = error_of(load_template(orphan));
  expect_said_in_chinese({lost, LoadProblem::ParentNotFound, 1,
                          orphan +
                              ":1: template 'orphan' extends 'nobody', which is not found "
                              "(looked in " +
                              dir.path() + ")"});
  EXPECT_EQ(describe(lost, Language::ZhCN),
            orphan + ":1: 模板“orphan”所继承的“nobody”未找到（查找位置：" + dir.path() + "）");

  const TempDir cycle;
  cycle.write("a.xml", "<template format=\"1\" id=\"a\" extends=\"b\"/>\n");
  const std::string b = cycle.write("b.xml", "<template format=\"1\" id=\"b\" extends=\"a\"/>\n");
  const LoadError round = error_of(load_template(cycle.file("a.xml")));
  expect_said_in_chinese({round, LoadProblem::ExtendsCycle, 1,
                          b + ":1: templates extend each other in a cycle: a → b → a"});
  EXPECT_EQ(describe(round, Language::ZhTW), b + ":1: 範本相互繼承，形成循環：a → b → a");

  // Among the template folders.
  const TempDir folders;
  const std::string first = folders.write("a.xml", replaced(kBase, "id=\"base\"", "id=\"same\""));
  const std::string second = folders.write("b.xml", replaced(kBase, "id=\"base\"", "id=\"same\""));
  const std::string simplified =
      folders.write("zh-Hant/c.xml", replaced(kBase, "id=\"base\"", "id=\"c\""));
  std::vector<LoadError> errors;
  list_templates(folders.path(), &errors);
  ASSERT_EQ(errors.size(), 2u);
  expect_said_in_chinese(
      {errors[0], LoadProblem::DuplicateTemplateId, 0,
       second + ": template id 'same' is already used by " + first + "; this file is ignored"});
  expect_said_in_chinese({errors[1], LoadProblem::WrongScriptFolder, 0,
                          simplified + ": template 'c' is written in zh-Hans but lies in the "
                                       "zh-Hant folder; this file is ignored"});
  const auto resolved = [](const std::variant<std::string, LoadError>& result) {
    return error_of(result);
  };
  expect_said_in_chinese({resolved(resolve_template("file://server/t.xml", folders.path())),
                          LoadProblem::NotLocalUrl, 0,
                          "file://server/t.xml: only local file URLs (file:///…) can be used"});
  const std::string traditional = dir.file("zh-Hant");
  expect_said_in_chinese(
      {resolved(resolve_template("base", dir.path(), "zh-Hant")), LoadProblem::NoTraditionalVersion,
       0,
       traditional + ": template 'base' has no zh-Hant version (" + dir.file("base.xml") +
           " is zh-Hans; the zh-Hant folder is made at build time by the templates_staged "
           "target)"});

  // Kinds said before for profiles, now given here too.
  const LoadError script = resolved(resolve_template("base", dir.path(), "zh-TW"));
  EXPECT_EQ(script.problem, LoadProblem::UnknownScript);
  EXPECT_EQ(script.to_string(), dir.path() + ": unknown script 'zh-TW' (use zh-Hans or zh-Hant)");
  errors.clear();
  list_templates(dir.file("no-such-folder"), &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].problem, LoadProblem::CannotOpen);
  EXPECT_EQ(errors[0].to_string(),
            dir.file("no-such-folder") + ": cannot open: No such file or directory");
  EXPECT_EQ(describe(errors[0], Language::ZhCN),
            dir.file("no-such-folder") + ": 无法打开：文件或文件夹不存在");

  // A document without a root never gets past the parser; check_root still names it.
  xml::Document empty;
  empty.name = "t.xml";
  const std::optional<LoadError> rootless =
      xml::check_root(empty, empty.doc.document_element(), "template");
  ASSERT_TRUE(rootless);
  expect_said_in_chinese(
      {*rootless, LoadProblem::NoRootElement, 0, "t.xml: no <template> element"});
}

// The mistakes in a profile's <document-number> and <template-folder>.
TEST(LoadErrorTest, ProfileFolderAndNumberMistakesAreSaidInTheUsersLanguage) {
  std::string example;
  ASSERT_FALSE(xml::read_file(test::template_dir() + "/profiles/example.xml", example));
  const std::string folder = "<template-folder>house</template-folder>";
  struct Case {
    LoadProblem problem;
    std::string from, to;
    int line;
    std::string english;
  };
  const std::vector<Case> cases = {
      {LoadProblem::DocumentNumberReference, "{{seq}}号", "{{number}}号", 13,
       "<document-number> may use only {{year}} and {{seq}}, found '{{number}}'"},
      {LoadProblem::FolderNotSlashed, folder, "<template-folder>house\\a</template-folder>", 21,
       "<template-folder> 'house\\a' must be a relative path with / between folder names"},
      {LoadProblem::FolderAbsolute, folder, "<template-folder>/srv/house</template-folder>", 21,
       "<template-folder> '/srv/house' must be relative to the profile's folder"},
      {LoadProblem::FolderLeaves, folder, "<template-folder>../house</template-folder>", 21,
       "<template-folder> '../house' leaves the profile's folder"},
  };
  for (const Case& c : cases) {
    const LoadError error = error_of(parse_profile(replaced(example, c.from, c.to), "p.xml"));
    expect_said_in_chinese(
        {error, c.problem, c.line, "p.xml:" + std::to_string(c.line) + ": " + c.english});
  }

  const TempDir dir;
  const std::string path = dir.write("p.xml", example);
  expect_said_in_chinese({error_of(load_profile(path)), LoadProblem::FolderMissing, 21,
                          path + ":21: <template-folder> 'house' is not a folder next to the "
                                 "profile"});
  const std::filesystem::path outside = std::filesystem::canonical(dir.path()).parent_path();
  std::filesystem::create_directory_symlink(outside, dir.file("house"));
  const LoadError escaped = error_of(load_profile(path));
  expect_said_in_chinese({escaped, LoadProblem::FolderOutside, 21,
                          path + ":21: <template-folder> 'house' resolves to " + outside.string() +
                              ", outside the profile's folder"});
  EXPECT_EQ(describe(escaped, Language::ZhTW), path + ":21: <template-folder>「house」指向 " +
                                                   outside.string() +
                                                   "，在機構資訊檔案所在的資料夾之外");
}

// Every kind but Other has its own words in Chinese; a new kind without them fails here.
TEST(LoadErrorTest, EveryKindIsSaidInSimplifiedAndTraditionalChinese) {
  for (int i = 0; i <= static_cast<int>(kLastLoadProblem); ++i) {
    const auto problem = static_cast<LoadProblem>(i);
    if (problem == LoadProblem::Other) continue;
    const LoadError error{"报告.xml", 1, "English only", problem, {"甲", "乙", "丙", "丁", "戊"}};
    for (Language language : {Language::ZhCN, Language::ZhTW}) {
      const std::string text = problem_text(error, language);
      EXPECT_FALSE(text.empty()) << i;
      EXPECT_NE(text, error.message) << i;
      EXPECT_FALSE(has_placeholder(text)) << i << ": " << text;
      // The kinds given to templates and profiles keep English out of Chinese sentences (the
      // readers' kinds name formats such as XML and Word: tests/io checks them).
      if (i >= static_cast<int>(LoadProblem::CannotRead) &&
          i <= static_cast<int>(LoadProblem::NoTraditionalVersion)) {
        EXPECT_EQ(english_in(text, error), "") << i << ": " << text;
      }
    }
  }
}

// The kinds of the files chengbao writes (`new`, `fix`) and of the reports it converts through
// an office: each is said in all three languages, each differently from the others, and Chinese
// sentences keep English to the names of programs and formats.
TEST(LoadErrorTest, EveryWritingAndConversionKindIsSaidInEachLanguage) {
  const std::pair<LoadProblem, Message> kKinds[] = {
      {LoadProblem::CannotWrite, Message::LoadCannotWrite},
      {LoadProblem::CannotReplace, Message::LoadCannotReplace},
      {LoadProblem::OutputNotOdf, Message::LoadOutputNotOdf},
      {LoadProblem::FixTextNotLocated, Message::LoadFixTextNotLocated},
      {LoadProblem::FixCopyNotZip, Message::LoadFixCopyNotZip},
      {LoadProblem::FixEntryLost, Message::LoadFixEntryLost},
      {LoadProblem::FixEntryNotReplaced, Message::LoadFixEntryNotReplaced},
      {LoadProblem::FixNotReadBack, Message::LoadFixNotReadBack},
      {LoadProblem::FixParagraphsChanged, Message::LoadFixParagraphsChanged},
      {LoadProblem::FixNotAsPlanned, Message::LoadFixNotAsPlanned},
      {LoadProblem::OfficeNotRunnable, Message::LoadOfficeNotRunnable},
      {LoadProblem::ConversionFolder, Message::LoadConversionFolder},
      {LoadProblem::ConversionTimedOut, Message::LoadConversionTimedOut},
  };
  const std::vector<std::string> args = {"甲", "乙", "丙"};
  for (Language language : {Language::En, Language::ZhCN, Language::ZhTW}) {
    std::set<std::string> texts;
    for (const auto& [problem, id] : kKinds) {
      const LoadError error{"报告.odt", 0, message(id, Language::En, args), problem, args};
      const std::string text = problem_text(error, language);
      EXPECT_FALSE(text.empty()) << static_cast<int>(problem);
      EXPECT_FALSE(has_placeholder(text)) << text;
      EXPECT_TRUE(texts.insert(text).second) << "said like another kind: " << text;
      if (language == Language::En) continue;
      EXPECT_NE(text, error.message) << text;
      EXPECT_NE(text,
                problem_text(error, language == Language::ZhCN ? Language::ZhTW : Language::ZhCN))
          << text;
      std::string rest = text;
      for (const char* name :
           {"LibreOffice", "CHENGBAO_OFFICE", "soffice", "docx", "fodt", "odt", "zip"})
        erase_all(rest, name);
      EXPECT_EQ(english_in(rest, error), "") << text;
    }
  }
}

// A fixed file that does not read back says why as the reader's error is said: in the user's
// language too, not in English inside a Chinese sentence.
TEST(LoadErrorTest, AFixedFileThatDoesNotReadBackSaysWhyInTheUsersLanguage) {
  const LoadError why{"a.docx",
                      0,
                      "missing word/document.xml (not a Word document)",
                      LoadProblem::MissingMainPart,
                      {"word/document.xml", "Word"}};
  const LoadError error = fixed_file_not_read_back("a.docx", why);
  EXPECT_EQ(error.problem, LoadProblem::FixNotReadBack);
  EXPECT_EQ(describe(error, Language::En),
            "a.docx: the fixed file does not read back: missing word/document.xml (not a Word "
            "document)");
  EXPECT_EQ(describe(error, Language::ZhCN),
            "a.docx: 修正后的文件无法重新读取：" + problem_text(why, Language::ZhCN));
  EXPECT_EQ(describe(error, Language::ZhTW),
            "a.docx: 修正後的檔案無法重新讀取：" + problem_text(why, Language::ZhTW));
  EXPECT_EQ(problem_text(why, Language::ZhCN).find("not a Word"), std::string::npos);
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
