// Tests of parse_xml_part (DOCTYPE refusal, nesting limit, messages) and of the namespace
// prefixes it makes conventional.
#include "xml_part.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace chengbao {
namespace {

// The English reason of a refusal, if any.
std::optional<std::string> message_of(const std::optional<ReadError>& error) {
  if (!error) return std::nullopt;
  return error->message;
}

// Parses `text` both ways, scanning first and parsing first (reading the text again when that
// needs it), checks that the answers agree and returns the second; `part` holds its tree.
std::optional<ReadError> parse_both_ways(XmlPart& part, const std::string& text,
                                         unsigned depth = 5) {
  XmlPart scanned;
  scanned.name = "part.xml";
  scanned.text = text;
  const std::optional<ReadError> scan_first = parse_xml_part(scanned, depth);
  part.name = "part.xml";
  part.text = text;
  int reads = 0;
  const std::optional<ReadError> parse_first =
      parse_xml_part(part, depth, [&](std::string& again) -> std::optional<ReadError> {
        ++reads;
        again = text;
        return std::nullopt;
      });
  EXPECT_EQ(message_of(parse_first), message_of(scan_first)) << text;
  if (parse_first && scan_first) {
    EXPECT_EQ(parse_first->problem, scan_first->problem) << text;
    EXPECT_EQ(parse_first->args, scan_first->args) << text;
  }
  // A part that is fine is parsed once and never read again.
  if (!parse_first) {
    EXPECT_LE(reads, 1);
  }
  return parse_first;
}

// The same, the English reason alone.
std::optional<std::string> parse(XmlPart& part, const std::string& text, unsigned depth = 5) {
  return message_of(parse_both_ways(part, text, depth));
}

std::string nested(int depth) {
  std::string text;
  for (int i = 0; i < depth; ++i) text += "<a>";
  for (int i = 0; i < depth; ++i) text += "</a>";
  return text;
}

TEST(XmlPart, NestingUpToTheLimitParses) {
  XmlPart part;
  EXPECT_EQ(parse(part, nested(5)), std::nullopt);
  XmlPart deeper;
  EXPECT_EQ(parse(deeper, nested(6)), "part.xml: XML nesting deeper than 5 levels");
}

TEST(XmlPart, OnlyRealTagsCountTowardsTheDepth) {
  // Self-closing tags, comments, CDATA, processing instructions and '>' or '/' inside quoted
  // attribute values do not open elements.
  XmlPart part;
  EXPECT_EQ(parse(part,
                  "<?xml version=\"1.0\"?><a x=\"/>\" y='>'><!-- <b><b><b><b><b><b> -->"
                  "<![CDATA[<c><c><c><c><c><c>]]><?pi "
                  "<d><d><d><d><d>?><b/><b/><b><c><d><e/></d></c></b></a>"),
            std::nullopt);
  EXPECT_STREQ(part.doc.document_element().attribute("x").value(), "/>");
}

TEST(XmlPart, DoctypeIsRefusedEvenWithoutEntities) {
  XmlPart part;
  EXPECT_EQ(parse(part, "<!DOCTYPE a><a/>"),
            "part.xml: DTD/entities not allowed (the file has a DOCTYPE)");
}

TEST(XmlPart, ParsingFirstNamesTheSameFaultAsScanningFirst) {
  // The scan refuses a DOCTYPE or deep nesting wherever it is, before any parse error, and names
  // whichever comes first; parsing first must read the text again to say the same.
  XmlPart malformed_doctype;
  EXPECT_EQ(parse(malformed_doctype, "<!DOCTYPE a><a><b></a>"),
            "part.xml: DTD/entities not allowed (the file has a DOCTYPE)");
  XmlPart doctype_inside;
  EXPECT_EQ(parse(doctype_inside, "<a><!DOCTYPE a></a>"),
            "part.xml: DTD/entities not allowed (the file has a DOCTYPE)");
  XmlPart malformed_deep;
  EXPECT_EQ(parse(malformed_deep, nested(6) + "<b>"), "part.xml: XML nesting deeper than 5 levels");
  XmlPart deep_then_doctype;
  EXPECT_EQ(parse(deep_then_doctype, nested(6) + "<!DOCTYPE a>"),
            "part.xml: XML nesting deeper than 5 levels");
  XmlPart doctype_then_deep;
  EXPECT_EQ(parse(doctype_then_deep, "<!DOCTYPE a>" + nested(6)),
            "part.xml: DTD/entities not allowed (the file has a DOCTYPE)");
  XmlPart after_nul;
  EXPECT_EQ(parse(after_nul, "<a/>" + std::string(1, '\0') + nested(6)),
            "part.xml: XML nesting deeper than 5 levels");
}

TEST(XmlPart, SelfClosingElementsBelowTheLimitStillParseWhenParsedFirst) {
  // The tree is one level deeper than the limit, but a self-closing element never counted.
  XmlPart part;
  EXPECT_EQ(parse(part, "<a><a><a><a><a><b/><c x='1' /></a></a></a></a></a>"), std::nullopt);
  EXPECT_STREQ(part.doc.document_element().name(), "a");
  XmlPart open_and_closed;
  EXPECT_EQ(parse(open_and_closed, "<a><a><a><a><a><b></b></a></a></a></a></a>"),
            "part.xml: XML nesting deeper than 5 levels");
  XmlPart text;
  EXPECT_EQ(parse(text, "<a><a><a><a><a>text</a></a></a></a></a>"), std::nullopt);
}

TEST(XmlPart, MalformedXmlNamesTheLine) {
  XmlPart part;
  EXPECT_EQ(parse(part, "<a>\n<b>\n</a>"),
            "part.xml: not well-formed XML (line 3): Start-end tags mismatch");
}

TEST(XmlPart, Utf16AndEmptyInputAreRefused) {
  XmlPart utf16;
  EXPECT_EQ(parse(utf16, std::string("\xFF\xFE<\0a\0/\0>\0", 10)),
            "part.xml: UTF-16 XML is not supported");
  XmlPart empty;
  EXPECT_EQ(parse(empty, "<?xml version=\"1.0\"?>"),
            "part.xml: not well-formed XML (line 1): No document element found");
}

TEST(XmlPart, WhitespaceOnlyTextIsKept) {
  // ODF needs the space between two spans.
  XmlPart part;
  ASSERT_EQ(parse(part, "<p><s>a</s> <s>b</s></p>"), std::nullopt);
  EXPECT_STREQ(part.doc.document_element().first_child().next_sibling().value(), " ");
}

TEST(XmlPart, FlatFilesAreNamedByTheCaller) {
  XmlPart part;
  part.text = "<a>";
  EXPECT_EQ(message_of(parse_xml_part(part, 10)),
            "not well-formed XML (line 1): Start-end tags mismatch");
}

// Each refusal has its kind and names the part, so that it can be said in the user's language;
// a flat file (a part without a name) has kinds of its own.
TEST(XmlPart, RefusalsHaveKindsThatNameThePart) {
  struct Case {
    std::string text;
    LoadProblem in_part;
    std::vector<std::string> part_args;
    LoadProblem flat;
    std::vector<std::string> flat_args;
  };
  const std::vector<Case> cases = {
      {"<a>\n<b>\n</a>",
       LoadProblem::EntryNotWellFormed,
       {"part.xml", "3", std::to_string(pugi::status_end_element_mismatch)},
       LoadProblem::FlatNotWellFormed,
       {"3", std::to_string(pugi::status_end_element_mismatch)}},
      {"<!DOCTYPE a><a/>",
       LoadProblem::EntryDoctype,
       {"part.xml"},
       LoadProblem::DoctypeRefused,
       {}},
      {nested(6), LoadProblem::EntryTooDeep, {"part.xml", "5"}, LoadProblem::XmlTooDeep, {"5"}},
      {std::string("\xFF\xFE<\0a\0/\0>\0", 10),
       LoadProblem::EntryUtf16,
       {"part.xml"},
       LoadProblem::XmlUtf16,
       {}},
  };
  for (const Case& c : cases) {
    XmlPart part;
    const std::optional<ReadError> named = parse_both_ways(part, c.text);
    ASSERT_TRUE(named) << c.text;
    EXPECT_EQ(named->problem, c.in_part) << named->message;
    EXPECT_EQ(named->args, c.part_args) << named->message;
    XmlPart flat;
    flat.text = c.text;
    const std::optional<ReadError> unnamed = parse_xml_part(flat, 5);
    ASSERT_TRUE(unnamed) << c.text;
    EXPECT_EQ(unnamed->problem, c.flat) << unnamed->message;
    EXPECT_EQ(unnamed->args, c.flat_args) << unnamed->message;
    // The part's name is put before the flat file's reason, nothing else.
    EXPECT_EQ(named->message, "part.xml: " + unnamed->message);
  }
}

TEST(XmlNames, KnownNamespacesGetTheirConventionalPrefixes) {
  XmlPart part;
  ASSERT_EQ(
      parse(part,
            "<d xmlns=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:t=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:x=\"urn:other\">"
            "<t:p t:style-name=\"s\" x:y=\"1\" plain=\"2\"/>"
            "<x:q xmlns:x=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
            "<x:r/></d>"),
      std::nullopt);
  const pugi::xml_node root = part.doc.document_element();
  EXPECT_STREQ(root.name(), "office:d");
  const pugi::xml_node p = root.first_child();
  EXPECT_STREQ(p.name(), "text:p");
  EXPECT_STREQ(p.attribute("text:style-name").value(), "s");
  EXPECT_STREQ(p.attribute("x:y").value(), "1");    // not a namespace the readers know
  EXPECT_STREQ(p.attribute("plain").value(), "2");  // unprefixed attributes have no namespace
  EXPECT_STREQ(p.next_sibling().name(), "w:q");     // a declaration on the element itself
  EXPECT_STREQ(p.next_sibling().next_sibling().name(), "x:r");  // … ends with it
}

TEST(XmlNames, ConventionalDocumentsAreLeftAlone) {
  XmlPart part;
  ASSERT_EQ(
      parse(part,
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            "<w:body/></w:document>"),
      std::nullopt);
  EXPECT_STREQ(part.doc.document_element().first_child().name(), "w:body");
}

}  // namespace
}  // namespace chengbao
