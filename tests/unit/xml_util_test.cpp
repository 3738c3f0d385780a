// Tests of xml_util.hpp: safe parsing, line numbers and the strict checks both formats share.
#include "xml_util.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace chengbao::xml {
namespace {

// Parses `text`; the test fails when it does not parse.
void parse_ok(Document& doc, const std::string& text) {
  doc.name = "test.xml";
  doc.text = text;
  const std::optional<LoadError> error = parse(doc);
  ASSERT_FALSE(error) << error->to_string();
}

TEST(XmlUtilTest, LineOfOffsetCountsLineBreaksBeforeIt) {
  Document doc;
  doc.text = "ab\ncd\n\nef";
  EXPECT_EQ(doc.line_of_offset(0), 1);
  EXPECT_EQ(doc.line_of_offset(2), 1);
  EXPECT_EQ(doc.line_of_offset(3), 2);
  EXPECT_EQ(doc.line_of_offset(7), 4);
  EXPECT_EQ(doc.line_of_offset(-1), 0);
}

TEST(XmlUtilTest, LineOfNodeIsWhereTheElementStarts) {
  Document doc;
  parse_ok(doc, "<?xml version=\"1.0\"?>\n<a>\n  <b/>\n\n  <c>文字</c>\n</a>\n");
  const pugi::xml_node root = doc.doc.document_element();
  EXPECT_EQ(doc.line_of(root), 2);
  EXPECT_EQ(doc.line_of(root.child("b")), 3);
  EXPECT_EQ(doc.line_of(root.child("c")), 5);
}

TEST(XmlUtilTest, ParseErrorGivesLineAndDescription) {
  Document doc;
  doc.name = "bad.xml";
  doc.text = "<a>\n<b>\n</c>\n</a>\n";
  const std::optional<LoadError> error = parse(doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->file, "bad.xml");
  EXPECT_EQ(error->line, 3);
  EXPECT_EQ(error->message, "not well-formed XML: Start-end tags mismatch");
}

TEST(XmlUtilTest, RefusesAnyDoctype) {
  Document doc;
  doc.name = "doctype.xml";
  doc.text = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"x\">]>\n<a>&e;</a>\n";
  const std::optional<LoadError> error = parse(doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->to_string(), "doctype.xml:2: DOCTYPE/entities not allowed");
}

TEST(XmlUtilTest, TextJoinsWrappedLinesWithoutSpacesBetweenChineseCharacters) {
  Document doc;
  parse_ok(doc, "<p>\n  第一行\n  第二行 and\n  English words\n</p>");
  std::string text;
  ASSERT_FALSE(text_of(doc, doc.doc.document_element(), text));
  EXPECT_EQ(text, "第一行第二行 and English words");
}

TEST(XmlUtilTest, TextKeepsSpacesWithinALineAndResolvesStandardEscapes) {
  Document doc;
  parse_ok(doc, "<p>  a  b &lt;c&gt; <![CDATA[{{d}}]]><!-- note --></p>");
  std::string text;
  ASSERT_FALSE(text_of(doc, doc.doc.document_element(), text));
  EXPECT_EQ(text, "a  b <c> {{d}}");
}

TEST(XmlUtilTest, TextRefusesNestedElements) {
  Document doc;
  parse_ok(doc, "<p>\n  text <b>bold</b>\n</p>");
  std::string text;
  const std::optional<LoadError> error = text_of(doc, doc.doc.document_element(), text);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->to_string(), "test.xml:2: <p> may hold only text, found <b>");
}

TEST(XmlUtilTest, CheckAttributesNamesTheUnknownOne) {
  Document doc;
  parse_ok(doc, "<a id=\"x\"\n   levle=\"2\"/>");
  const pugi::xml_node node = doc.doc.document_element();
  EXPECT_FALSE(check_attributes(doc, node, {"id", "levle"}));
  const std::optional<LoadError> error = check_attributes(doc, node, {"id", "level"});
  ASSERT_TRUE(error);
  EXPECT_EQ(error->message, "unknown attribute 'levle' on <a>");
}

TEST(XmlUtilTest, CheckAttributesRefusesARepeatedAttribute) {
  Document doc;
  parse_ok(doc, "<a id=\"x\"\n   id=\"y\"/>");
  const std::optional<LoadError> error = check_attributes(doc, doc.doc.document_element(), {"id"});
  ASSERT_TRUE(error);
  EXPECT_EQ(error->to_string(), "test.xml:1: attribute 'id' is given twice");
}

TEST(XmlUtilTest, ParseRefusesTextThatIsNotUtf8) {
  Document doc;
  doc.name = "latin1.xml";
  doc.text = "<a>\n<b>caf\xE9</b>\n</a>\n";
  const std::optional<LoadError> error = parse(doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->to_string(), "latin1.xml:2: not UTF-8 text (byte 10)");
  for (const char* bad :
       {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE6\x8A", "\x80", "\xFF"}) {
    doc.text = std::string("<a>") + bad + "</a>";
    EXPECT_TRUE(parse(doc)) << "accepted " << bad;
  }
}

TEST(XmlUtilTest, ParseAcceptsUtf8WithAndWithoutAByteOrderMark) {
  Document doc;
  parse_ok(doc, "\xEF\xBB\xBF<a>报告 \xF0\x9F\x93\x84</a>");
  EXPECT_STREQ(doc.doc.document_element().child_value(), "报告 \xF0\x9F\x93\x84");
  parse_ok(doc, "<a>\xE5\xA0\xB1\xE5\x91\x8A</a>");
  EXPECT_STREQ(doc.doc.document_element().child_value(), "報告");
}

TEST(XmlUtilTest, CheckRootWantsTheNameAndFormatOne) {
  Document doc;
  parse_ok(doc, "<profile format=\"2\"/>");
  const pugi::xml_node root = doc.doc.document_element();
  EXPECT_EQ(check_root(doc, root, "template")->message,
            "the root element is <profile>, expected <template>");
  EXPECT_EQ(check_root(doc, root, "profile")->message,
            "unsupported format \"2\" (this version reads format \"1\")");
}

TEST(XmlUtilTest, ReadFileReportsAMissingFileOnLineZero) {
  std::string text;
  const std::optional<LoadError> error = read_file(test::data_file("no-such-file.xml"), text);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 0);
  EXPECT_EQ(error->message, "cannot open: No such file or directory");
}

TEST(XmlUtilTest, ReadFileRefusesADirectory) {
  std::string text;
  const std::optional<LoadError> error = read_file(test::data_file("library"), text);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->message, "cannot open: Is a directory");
}

TEST(XmlUtilTest, ReadFileReadsTheWholeFile) {
  std::string text;
  ASSERT_FALSE(read_file(test::data_file("library/notes.txt"), text));
  EXPECT_EQ(text, "Not a template: list_templates must ignore files that do not end in .xml.\n");
}

TEST(XmlUtilTest, ParseCountAcceptsOnlyPlainDigits) {
  EXPECT_EQ(parse_count("3"), 3);
  EXPECT_EQ(parse_count("12"), 12);
  EXPECT_FALSE(parse_count(""));
  EXPECT_FALSE(parse_count("-1"));
  EXPECT_FALSE(parse_count("2a"));
  EXPECT_FALSE(parse_count(" 2"));
  EXPECT_FALSE(parse_count("99999999999"));
}

TEST(XmlUtilTest, IdentifiersUseLowercaseDigitsAndTheGivenExtras) {
  EXPECT_TRUE(is_identifier("work-report-2", "-"));
  EXPECT_FALSE(is_identifier("work_report", "-"));
  EXPECT_TRUE(is_identifier("work_report", "_"));
  EXPECT_FALSE(is_identifier("Work", "-"));
  EXPECT_FALSE(is_identifier("", "-"));
  EXPECT_FALSE(is_identifier("../x", "-"));
}

}  // namespace
}  // namespace chengbao::xml
