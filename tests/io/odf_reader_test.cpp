// Tests of the ODF reader on small flat documents written by the tests: text rules, styles,
// numbering corner cases and text boxes.
#include "odf_reader.hpp"

#include <gtest/gtest.h>

#include <string>

#include "test_files.hpp"

namespace chengbao {
namespace {

using testing::flat_odf;
using testing::read_ok;
using testing::ScratchDir;
using testing::write_zip;

const char kOutline[] =
    R"(<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>)"
    R"(<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"/>)"
    R"(<text:outline-style style:name="Outline">)"
    R"(<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>)"
    R"(<text:outline-level-style text:level="2" style:num-prefix="（" style:num-format="一, 二, 三, ..." style:num-suffix="）"/>)"
    R"(</text:outline-style>)";

Document read_flat(const std::string& body, const std::string& styles = "",
                   const std::string& automatic = "") {
  ScratchDir dir;
  return read_ok(dir.write("test.fodt", flat_odf(body, styles, automatic)));
}

TEST(OdfText, WhiteSpaceFollowsTheOdfRule) {
  // Runs of white space are one space, none at the start, none after another space even across
  // a span; text:s, text:tab and text:line-break are kept as written.
  const Document document = read_flat(
      "<text:p>\n   一  二\t\n三 <text:span> 四</text:span><text:s/>五<text:s text:c=\"2\"/>"
      "<text:tab/> 六<text:line-break/> 七 </text:p>");
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "一 二 三 四 五  \t 六\n 七 ");
}

TEST(OdfText, FieldsShowTheirResultAndCachesAndMarksAreNotText) {
  const Document document = read_flat(
      R"(<text:p>第<text:page-number>3</text:page-number>页<text:bookmark text:name="b"/>)"
      R"(<text:ruby><text:ruby-base>汉</text:ruby-base><text:ruby-text>han</text:ruby-text></text:ruby>)"
      R"(<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>注</text:p></text:note-body></text:note>)"
      R"(<office:annotation><text:p>批注</text:p></office:annotation>字</text:p>)");
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "第3页汉字");
}

TEST(OdfText, TextBoxesFollowTheirAnchorInOrderAndNest) {
  const Document document = read_flat(
      R"(<text:p>锚一<draw:frame><draw:text-box><text:p>框一</text:p>)"
      R"(<text:p>框二<draw:frame><draw:text-box><text:p>内框</text:p></draw:text-box></draw:frame></text:p>)"
      R"(</draw:text-box></draw:frame><draw:frame><draw:image/></draw:frame>)"
      R"(<draw:custom-shape><text:p>形状文字</text:p></draw:custom-shape>后</text:p>)"
      R"(<text:p>下一段</text:p>)");
  std::vector<std::string> texts;
  for (const Paragraph& paragraph : document.paragraphs) texts.push_back(paragraph.text);
  EXPECT_EQ(texts,
            (std::vector<std::string>{"锚一后", "框一", "框二", "内框", "形状文字", "下一段"}));
}

TEST(OdfText, SectionsTablesAndIndexesAreWalkedInOrder) {
  const Document document = read_flat(
      R"(<text:section text:name="s"><text:p>节内</text:p></text:section>)"
      R"(<table:table><table:table-row><table:table-cell><text:p>甲</text:p>)"
      R"(<table:table><table:table-row><table:table-cell><text:p>嵌套</text:p></table:table-cell></table:table-row></table:table>)"
      R"(</table:table-cell><table:covered-table-cell/><table:table-cell><text:p>乙</text:p></table:table-cell></table:table-row></table:table>)"
      R"(<text:table-of-content><text:table-of-content-source><text:index-title-template>目录</text:index-title-template></text:table-of-content-source>)"
      R"(<text:index-body><text:p>目录项</text:p></text:index-body></text:table-of-content>)");
  std::vector<std::string> texts;
  for (const Paragraph& paragraph : document.paragraphs) texts.push_back(paragraph.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"节内", "甲", "嵌套", "乙", "目录项"}));
}

TEST(OdfStyles, DisplayNamesAlignmentAndDefaults) {
  const std::string styles =
      R"(<style:default-style style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:default-style>)"
      R"(<style:style style:name="Standard" style:family="paragraph"/>)"
      R"(<style:style style:name="My_20_Style_5f_x" style:family="paragraph"><style:paragraph-properties fo:text-align="right"/></style:style>)"
      R"(<style:style style:name="Left" style:display-name="靠左" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>)";
  const std::string automatic =
      R"(<style:style style:name="P1" style:family="paragraph" style:parent-style-name="My_20_Style_5f_x"/>)"
      R"(<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Left"><style:paragraph-properties fo:text-align="end"/></style:style>)";
  const Document document = read_flat(
      R"(<text:p>无样式</text:p><text:p text:style-name="P1">自动</text:p><text:p text:style-name="P2">直接</text:p><text:p text:style-name="Left">左</text:p>)",
      styles, automatic);
  ASSERT_EQ(document.paragraphs.size(), 4u);
  EXPECT_EQ(document.paragraphs[0].style, "Standard");
  EXPECT_TRUE(document.paragraphs[0].centered);  // from style:default-style
  EXPECT_EQ(document.paragraphs[1].style, "My Style_x");
  EXPECT_TRUE(document.paragraphs[1].right_aligned);  // inherited from the named style
  EXPECT_EQ(document.paragraphs[2].style, "靠左");
  EXPECT_TRUE(document.paragraphs[2].right_aligned);  // the automatic style's own
  EXPECT_FALSE(document.paragraphs[3].centered || document.paragraphs[3].right_aligned);
}

TEST(OdfNumbering, CachedLabelIsPreferredWhenPresent) {
  // LibreOffice 7.4 writes no text:number, but other producers do; the reader trusts a
  // non-empty cache and falls back to computing the label.
  const Document document = read_flat(
      R"(<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:number>九、</text:number>缓存</text:h>)"
      R"(<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:number></text:number>空缓存</text:h>)",
      kOutline);
  ASSERT_EQ(document.paragraphs.size(), 2u);
  EXPECT_EQ(document.paragraphs[0].list_label, "九、");
  EXPECT_EQ(document.paragraphs[0].text, "缓存");  // the cache is not text
  EXPECT_EQ(document.paragraphs[1].list_label, "二、");
}

TEST(OdfNumbering, AutomaticListStyleSwitchesOutlineNumberingOff) {
  const std::string automatic =
      R"(<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1" style:list-style-name=""/>)";
  const Document document =
      read_flat(R"(<text:h text:style-name="Heading_20_1" text:outline-level="1">编号</text:h>)"
                R"(<text:h text:style-name="P1" text:outline-level="1">不编号</text:h>)"
                R"(<text:h text:style-name="Heading_20_1" text:outline-level="1">再编号</text:h>)",
                kOutline, automatic);
  ASSERT_EQ(document.paragraphs.size(), 3u);
  EXPECT_EQ(document.paragraphs[0].list_label, "一、");
  EXPECT_EQ(document.paragraphs[1].list_label, "");
  EXPECT_EQ(document.paragraphs[1].outline_level, 1);
  EXPECT_EQ(document.paragraphs[1].style, "Heading 1");
  EXPECT_EQ(document.paragraphs[2].list_label, "二、");
}

TEST(OdfNumbering, ListWithoutStyleGetsBullets) {
  const Document document =
      read_flat(R"(<text:list><text:list-item><text:p>项</text:p></text:list-item></text:list>)");
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].list_label, "•");
  EXPECT_EQ(document.paragraphs[0].list_level, 1);
}

TEST(OdfNumbering, CommonListStyleWinsOverAnAutomaticOneOfTheSameName) {
  const std::string common =
      R"(<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>)";
  const std::string automatic =
      R"(<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>)";
  const Document document = read_flat(
      R"(<text:list text:style-name="L1"><text:list-item><text:p>项</text:p></text:list-item></text:list>)",
      common, automatic);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].list_label, "1.");
}

TEST(OdfPrefixes, UnconventionalNamespacePrefixesAreUnderstood) {
  // The same document with the text namespace bound to "t" and the office one as default.
  ScratchDir dir;
  const std::string document =
      R"(<document xmlns="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:s="urn:oasis:names:tc:opendocument:xmlns:style:1.0">)"
      R"(<styles><s:style s:name="H" s:display-name="标题" s:family="paragraph" s:default-outline-level="1"/>)"
      R"(<t:outline-style><t:outline-level-style t:level="1" s:num-format="1" s:num-suffix="."/></t:outline-style></styles>)"
      R"(<body><text><t:h t:style-name="H" t:outline-level="1">标<t:s t:c="2"/>题</t:h></text></body></document>)";
  const Document read = read_ok(dir.write("prefixes.fodt", document));
  ASSERT_EQ(read.paragraphs.size(), 1u);
  EXPECT_EQ(read.paragraphs[0].text, "标  题");
  EXPECT_EQ(read.paragraphs[0].style, "标题");
  EXPECT_EQ(read.paragraphs[0].list_label, "1.");
  EXPECT_EQ(read.paragraphs[0].outline_level, 1);
}

TEST(OdfPackage, SavedContentXmlReadsLikeAFlatFile) {
  ScratchDir dir;
  const Document document = read_ok(dir.write(
      "content.xml",
      R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
      R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>)"
      R"(<text:h text:outline-level="2">标题</text:h></office:text></office:body></office:document-content>)"));
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "标题");
  EXPECT_EQ(document.paragraphs[0].outline_level, 2);
  EXPECT_EQ(document.paragraphs[0].style, "Standard");
}

TEST(OdfPackage, StylesXmlProvidesNamedStylesAndItsAutomaticStylesAreIgnored) {
  // styles.xml has a P1 of its own (for a header); the body's P1 is content.xml's.
  ScratchDir dir;
  const std::string ns =
      R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")";
  const std::string styles =
      "<office:document-styles" + ns + "><office:styles>" + std::string(kOutline) +
      R"(</office:styles><office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style></office:automatic-styles></office:document-styles>)";
  const std::string content =
      "<office:document-content" + ns +
      R"(><office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/></office:automatic-styles>)"
      R"(<office:body><office:text><text:h text:style-name="Heading_20_1" text:outline-level="1">一级</text:h><text:h text:style-name="P1" text:outline-level="2">二级</text:h></office:text></office:body></office:document-content>)";
  const std::string path = dir.path("package.odt");
  write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.text", true},
                   {"content.xml", content},
                   {"styles.xml", styles}});
  const Document document = read_ok(path);
  ASSERT_EQ(document.paragraphs.size(), 2u);
  EXPECT_EQ(document.paragraphs[0].list_label, "一、");
  EXPECT_EQ(document.paragraphs[1].list_label, "（一）");
  EXPECT_EQ(document.paragraphs[1].style, "Heading 2");
  EXPECT_FALSE(document.paragraphs[1].centered);
}

}  // namespace
}  // namespace chengbao
