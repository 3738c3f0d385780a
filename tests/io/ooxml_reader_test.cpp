// Tests of the OOXML reader on small packages written by the tests: text, fields, numbering and
// the package structure.
#include "ooxml_reader.hpp"

#include <gtest/gtest.h>

#include <string>

#include "test_files.hpp"

namespace chengbao {
namespace {

using testing::docx_entries;
using testing::read_ok;
using testing::ScratchDir;
using testing::write_zip;
using testing::ZipEntry;

Document read_docx(const std::vector<ZipEntry>& entries) {
  ScratchDir dir;
  const std::string path = dir.path("test.docx");
  write_zip(path, entries);
  return read_ok(path);
}

std::string p(const std::string& runs, const std::string& properties = "") {
  return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
}

std::string r(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

TEST(OoxmlText, RunContentBecomesText) {
  const Document document = read_docx(docx_entries(
      p("<w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:br w:type=\"page\"/>"
        "<w:cr/><w:noBreakHyphen/><w:softHyphen/><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/></w:r>"
        "<w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"0\" w:name=\"b\"/>" +
        r(" 丁 "))));
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "甲\t乙\n丙\n\u2011\u00AD\uF0B7 丁 ");
}

TEST(OoxmlText, NestedComplexFieldsShowOnlyTheOuterResult) {
  // An IF field whose instruction holds a nested field, with a result; then a field without one.
  const std::string field =
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
      r("内层") +
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = 1 </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
      r("结果") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>XE "
      "\"索引\"</w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  const Document document = read_docx(docx_entries(p(r("前") + field + r("后"))));
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "前结果后");
}

TEST(OoxmlText, FieldSpanningParagraphsHidesItsCodeUntilTheResult) {
  // A table of contents: begin and instruction in the first paragraph, results after.
  const Document document = read_docx(docx_entries(
      p("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC "
        "\\o</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
        r("目录一")) +
      p(r("目录二") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") + p(r("正文"))));
  ASSERT_EQ(document.paragraphs.size(), 3u);
  EXPECT_EQ(document.paragraphs[0].text, "目录一");
  EXPECT_EQ(document.paragraphs[1].text, "目录二");
  EXPECT_EQ(document.paragraphs[2].text, "正文");
}

TEST(OoxmlText, FallbackIsReadWhenThereIsNoChoice) {
  // A VML text box with no mc:Choice, and a legacy w:pict text box, both count once.
  const Document document = read_docx(docx_entries(p(
      "<w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" +
      p(r("备用框")) +
      "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>" +
      "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + p(r("旧框")) +
      "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>" + r("锚"))));
  std::vector<std::string> texts;
  for (const Paragraph& paragraph : document.paragraphs) texts.push_back(paragraph.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"锚", "备用框", "旧框"}));
}

TEST(OoxmlText, DeletedRowsAndMergedCellsAreNotParagraphs) {
  const std::string cell = "<w:tc>" + p(r("格")) + "</w:tc>";
  const Document document = read_docx(docx_entries(
      "<w:tbl><w:tr>" + cell + "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" +
      p(r("合并")) + "</w:tc></w:tr><w:tr><w:trPr><w:del w:id=\"1\" w:author=\"x\"/></w:trPr>" +
      cell + "</w:tr><w:tr>" + cell + "<w:tc><w:tcPr><w:vMerge/></w:tcPr>" + p("") +
      "</w:tc></w:tr></w:tbl>"));
  std::vector<std::string> texts;
  for (const Paragraph& paragraph : document.paragraphs) texts.push_back(paragraph.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"格", "合并", "格"}));
}

const char kNumbering[] =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt "
    "w:val=\"chineseCountingThousand\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText "
    "w:val=\"%1.%2\"/><w:isLgl/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"ListStyle\"/></w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"2\"><w:styleLink w:val=\"ListStyle\"/>"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText "
    "w:val=\"%1.\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
    "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:lvl "
    "w:ilvl=\"0\">"
    "<w:start w:val=\"1\"/><w:numFmt w:val=\"ideographTraditional\"/><w:lvlText "
    "w:val=\"%1、\"/></w:lvl></w:lvlOverride></w:num>";

const char kNumberingStyles[] =
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
    "w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"numbering\" w:styleId=\"ListStyle\"><w:name w:val=\"list style\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Item\"><w:name w:val=\"item\"/>"
    "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";

std::string numbered(const std::string& text, int num_id, int level) {
  return p(r(text), "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                        std::to_string(num_id) + "\"/></w:numPr>");
}

TEST(OoxmlNumbering, LevelsReferToTheirParentsAndStartAtZeroWithoutStart) {
  const Document document =
      read_docx(docx_entries(numbered("a", 1, 0) + numbered("b", 1, 1) + numbered("c", 1, 1) +
                                 numbered("d", 1, 2) + numbered("e", 1, 0) + numbered("f", 1, 2),
                             kNumberingStyles, kNumbering));
  std::vector<std::string> labels;
  for (const Paragraph& paragraph : document.paragraphs) labels.push_back(paragraph.list_label);
  // isLgl is not applied (%1 keeps its Chinese numeral); level 2 has no w:start: it starts at 0,
  // and its phantom parent at 1.
  EXPECT_EQ(labels, (std::vector<std::string>{"一、", "一.1", "一.2", "0)", "二、", "0)"}));
  EXPECT_EQ(document.paragraphs[3].list_level, 3);
}

TEST(OoxmlNumbering, StyleLinksOverridesAndDirectLevels) {
  const Document document = read_docx(docx_entries(
      numbered("linked", 2, 0) + numbered("linked", 2, 0) + numbered("override", 4, 0) +
          numbered("shared", 1, 0) + p(r("style"), "<w:pStyle w:val=\"Item\"/>") +
          p(r("style level 0"),
            "<w:pStyle w:val=\"Item\"/><w:numPr><w:ilvl w:val=\"0\"/></w:numPr>") +
          numbered("no such num", 77, 0),
      kNumberingStyles, kNumbering));
  std::vector<std::string> labels;
  for (const Paragraph& paragraph : document.paragraphs) labels.push_back(paragraph.list_label);
  // numStyleLink: abstract 1 takes abstract 2's levels via the style's num. num 4 overrides the
  // level's format and counts in abstract 0's list, which num 1 goes on counting with its own
  // format; a paragraph style gives num 1 at level 1, a direct w:ilvl changes only the level.
  EXPECT_EQ(labels, (std::vector<std::string>{"I.", "II.", "甲、", "二、", "二.1", "三、", ""}));
  EXPECT_EQ(document.paragraphs[4].style, "item");
}

TEST(OoxmlPackage, MainPartAndItsPartsAreFoundThroughRelationships) {
  // The main part is not word/document.xml; styles and numbering have other names too.
  auto entries = docx_entries(numbered("标题", 1, 0),
                              "<w:style w:type=\"paragraph\" w:default=\"1\" "
                              "w:styleId=\"N\"><w:name w:val=\"正文\"/></w:style>",
                              kNumbering);
  entries[1].name = "doc/main.xml";
  entries[2].name = "doc/look.xml";
  entries[3].name = "numbers.xml";
  entries.push_back(
      {"_rels/.rels",
       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/doc/main.xml"/></Relationships>)"});
  entries.push_back(
      {"doc/_rels/main.xml.rels",
       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="look.xml"/>)"
       R"(<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="../numbers.xml"/></Relationships>)"});
  const Document document = read_docx(entries);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "标题");
  EXPECT_EQ(document.paragraphs[0].style, "正文");
  EXPECT_EQ(document.paragraphs[0].list_label, "一、");
}

TEST(OoxmlPackage, UnconventionalPrefixIsUnderstood) {
  auto entries = docx_entries("");
  entries[1].data =
      R"(<?xml version="1.0"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<ns0:body><ns0:p><ns0:pPr><ns0:jc ns0:val="center"/></ns0:pPr><ns0:r><ns0:t>居中</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>)";
  const Document document = read_docx(entries);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "居中");
  EXPECT_TRUE(document.paragraphs[0].centered);
}

TEST(OoxmlPackage, DocumentWithoutStylesOrNumberingReads) {
  auto entries = docx_entries(numbered("x", 1, 0));
  entries.resize(2);
  const Document document = read_docx(entries);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].style, "");
  EXPECT_EQ(document.paragraphs[0].list_label, "");
}

}  // namespace
}  // namespace chengbao
