// Tests of the format the readers give each paragraph (ParagraphFormat) and the page
// (PageFormat), on small .fodt, .odt and .docx files written by the tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document_reader.hpp"
#include "format_layers.hpp"
#include "test_files.hpp"

namespace chengbao {
namespace {

using testing::docx_entries;
using testing::flat_odf;
using testing::read_ok;
using testing::ScratchDir;
using testing::write_zip;
using testing::ZipEntry;
using LineRule = ParagraphFormat::LineRule;

constexpr double kPointsPerCm = 72 / 2.54;

// A document read without its look: the same paragraphs, text, styles and alignment as read
// with it, no format and no page.
void expect_same_text_without_look(const Document& full, const Document& text_only) {
  ASSERT_EQ(text_only.paragraphs.size(), full.paragraphs.size());
  for (std::size_t i = 0; i < full.paragraphs.size(); ++i) {
    EXPECT_EQ(text_only.paragraphs[i].text, full.paragraphs[i].text) << i;
    EXPECT_EQ(text_only.paragraphs[i].style, full.paragraphs[i].style) << i;
    EXPECT_EQ(text_only.paragraphs[i].centered, full.paragraphs[i].centered) << i;
    EXPECT_EQ(text_only.paragraphs[i].format.east_asian_font, "") << i;
    EXPECT_FALSE(text_only.paragraphs[i].format.size.has_value()) << i;
  }
  EXPECT_TRUE(full.page.has_value());
  EXPECT_FALSE(text_only.page.has_value());
}

// ---------------------------------------------------------------------------------------------
// ODF: one document, written as a flat .fodt and as an .odt package.

const char kOdfNamespaces[] =
    R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
    R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
    R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
    R"( xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")"
    R"( xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")"
    R"( xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0")"
    R"( office:version="1.3")";

// The style:name of a font face is not its family: the reader must look the family up.
const char kFontFaces[] =
    R"(<office:font-face-decls>)"
    R"(<style:font-face style:name="仿宋" svg:font-family="仿宋_GB2312"/>)"
    R"(<style:font-face style:name="Title Font" svg:font-family="&apos;方正小标宋简体&apos;"/>)"
    R"(<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;"/>)"
    R"(<style:font-face style:name="黑体" svg:font-family="黑体"/>)"
    R"(</office:font-face-decls>)";

const char kCommonStyles[] =
    R"(<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" style:font-name-asian="仿宋" style:font-size-asian="16pt"/></style:default-style>)"
    R"(<style:style style:name="Standard" style:family="paragraph"/>)"
    R"(<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">)"
    R"(<style:paragraph-properties fo:text-indent="32pt" fo:line-height="28pt" fo:margin-top="0cm"/></style:style>)"
    R"(<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">)"
    R"(<style:paragraph-properties fo:text-align="center" fo:line-height="150%"/>)"
    R"(<style:text-properties style:font-name-asian="Title Font" style:font-size-asian="22pt" style:font-weight-asian="normal"/></style:style>)"
    R"(<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">)"
    R"(<style:paragraph-properties style:line-height-at-least="20pt" style:snap-to-layout-grid="false"/>)"
    R"(<style:text-properties style:font-family-asian="&apos;黑体&apos;" style:font-size-asian="125%" style:font-weight-asian="700"/></style:style>)"
    R"(<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>)"
    R"(<style:style style:name="Footer_20_Left" style:display-name="Footer Left" style:family="paragraph" style:parent-style-name="Footer"><style:paragraph-properties fo:text-align="left"/></style:style>)"
    R"(<style:style style:name="Strong" style:family="text"><style:text-properties style:font-weight-asian="bold"/></style:style>)";

const char kBodyStyles[] =
    R"(<style:style style:name="P0" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="Official"/>)"
    R"(<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties style:font-size-asian="15pt"/></style:style>)"
    R"(<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-indent="-0.5cm" fo:margin-top="6pt"/></style:style>)"
    R"(<style:style style:name="T1" style:family="text"><style:text-properties style:font-name-asian="黑体" style:font-weight-asian="bold"/></style:style>)"
    R"(<style:style style:name="T2" style:family="text" style:parent-style-name="Strong"><style:text-properties style:font-size-asian="150%"/></style:style>)"
    R"(<style:style style:name="T3" style:family="text"><style:text-properties style:font-size-asian="20pt"/></style:style>)";

// The page layouts and the footers' automatic styles: styles.xml's automatic styles in a package.
// The bottom margin of pm1 is 21 mm and its footer 14 mm high: 35 mm to the text area.
const char kPageStyles[] =
    R"(<style:page-layout style:name="pm0"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin="1in"/></style:page-layout>)"
    R"(<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm")"
    R"( fo:margin-top="37mm" fo:margin-bottom="21mm" fo:margin-left="28mm" fo:margin-right="26mm")"
    R"( style:layout-grid-mode="line" style:layout-grid-lines="22" style:layout-grid-base-height="0.3in" style:layout-grid-ruby-height="0.1in"/>)"
    R"(<style:header-style><style:header-footer-properties fo:min-height="10mm" fo:margin-bottom="5mm"/></style:header-style>)"
    R"(<style:footer-style><style:header-footer-properties fo:min-height="14mm" fo:margin-top="11mm"/></style:footer-style></style:page-layout>)"
    R"(<style:style style:name="MP1" style:family="paragraph" style:parent-style-name="Footer"><style:paragraph-properties fo:text-align="end"/></style:style>)";

// "Standard" comes first and has no footer: the body's first paragraph asks for "Official".
const char kMasterStyles[] =
    R"(<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm0"/>)"
    R"(<style:master-page style:name="Official" style:page-layout-name="pm1">)"
    R"(<style:footer><text:p text:style-name="MP1">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>)"
    R"(<style:footer-left><text:p text:style-name="Footer_20_Left">— <text:page-number text:select-page="current">2</text:page-number> —</text:p></style:footer-left>)"
    R"(</style:master-page></office:master-styles>)";

const char kOdfBody[] =
    R"(<text:p text:style-name="P0">关于做好工作的通知</text:p>)"
    R"(<text:p text:style-name="P1">各单位：<text:span text:style-name="T1">加粗</text:span>正文内容较多的部分。</text:p>)"
    // Ideographic spaces are not counted: 短 is one character against three.
    R"(<text:p text:style-name="Text_20_body">短　　　<text:span text:style-name="T1">黑体字</text:span></text:p>)"
    R"(<text:h text:style-name="Heading_20_1" text:outline-level="1">一、标题</text:h>)"
    R"(<text:p text:style-name="Text_20_body"><text:span text:style-name="T3">外<text:span text:style-name="T2">内层文字最多</text:span></text:span></text:p>)"
    R"(<text:p text:style-name="P2"><text:span text:style-name="T1">甲乙</text:span>丙丁</text:p>)"
    R"(<text:p text:style-name="P1"/>)";

std::string flat_document() {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document") +
         kOdfNamespaces + ">" + kFontFaces + "<office:styles>" + kCommonStyles +
         "</office:styles><office:automatic-styles>" + kBodyStyles + kPageStyles +
         "</office:automatic-styles>" + kMasterStyles + "<office:body><office:text>" + kOdfBody +
         "</office:text></office:body></office:document>";
}

void write_package(const std::string& path) {
  const std::string content = std::string("<office:document-content") + kOdfNamespaces + ">" +
                              kFontFaces + "<office:automatic-styles>" + kBodyStyles +
                              "</office:automatic-styles><office:body><office:text>" + kOdfBody +
                              "</office:text></office:body></office:document-content>";
  const std::string styles =
      std::string("<office:document-styles") + kOdfNamespaces + ">" + kFontFaces +
      "<office:styles>" + kCommonStyles + "</office:styles><office:automatic-styles>" +
      kPageStyles + "</office:automatic-styles>" + kMasterStyles + "</office:document-styles>";
  write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.text", true},
                   {"content.xml", content},
                   {"styles.xml", styles}});
}

class OdfFormatTest : public ::testing::TestWithParam<const char*> {
 protected:
  Document read(const ReadLimits& limits = ReadLimits()) {
    const std::string name = GetParam();
    if (name == "fodt") return read_ok(dir_.write("format.fodt", flat_document()), limits);
    const std::string path = dir_.path("format.odt");
    write_package(path);
    return read_ok(path, limits);
  }

  ScratchDir dir_;
};

TEST_P(OdfFormatTest, FontsSizeAndWeightComeThroughStyleChainDirectFormattingAndSpans) {
  // Given the document above, when it is read,
  const Document document = read();
  ASSERT_EQ(document.paragraphs.size(), 7u);
  // then the title has its named style's fonts (a font-face name resolved to its family) over
  // the default style's Western font,
  const ParagraphFormat& title = document.paragraphs[0].format;
  EXPECT_EQ(title.east_asian_font, "方正小标宋简体");
  EXPECT_EQ(title.western_font, "Times New Roman");
  EXPECT_EQ(title.size, 22.0);
  EXPECT_EQ(title.bold, false);
  // the body paragraph takes the size of its automatic style, and the plain text (14
  // characters) outweighs the bold span (2),
  const ParagraphFormat& body = document.paragraphs[1].format;
  EXPECT_EQ(body.east_asian_font, "仿宋_GB2312");
  EXPECT_EQ(body.size, 15.0);
  EXPECT_FALSE(body.bold.has_value());
  // a span holding most characters gives its font and weight (spaces are not counted),
  const ParagraphFormat& span = document.paragraphs[2].format;
  EXPECT_EQ(span.east_asian_font, "黑体");
  EXPECT_EQ(span.bold, true);
  EXPECT_EQ(span.size, 16.0);
  // a heading: font-family-asian unquoted, 125 % of the default 16 pt, weight 700 is bold,
  const ParagraphFormat& heading = document.paragraphs[3].format;
  EXPECT_EQ(heading.east_asian_font, "黑体");
  EXPECT_EQ(heading.size, 20.0);
  EXPECT_EQ(heading.bold, true);
  // a nested span: 150 % of the outer span's 20 pt, bold from the inner span's parent style,
  const ParagraphFormat& nested = document.paragraphs[4].format;
  EXPECT_EQ(nested.size, 30.0);
  EXPECT_EQ(nested.bold, true);
  EXPECT_EQ(nested.east_asian_font, "仿宋_GB2312");
  // two looks with two characters each: the first one wins,
  EXPECT_EQ(document.paragraphs[5].format.bold, true);
  // and an empty paragraph has its paragraph style's values.
  EXPECT_EQ(document.paragraphs[6].format.size, 15.0);
  EXPECT_EQ(document.paragraphs[6].format.east_asian_font, "仿宋_GB2312");
}

TEST_P(OdfFormatTest, IndentLineSpacingAndGrid) {
  const Document document = read();
  ASSERT_EQ(document.paragraphs.size(), 7u);
  // The title: no indent, proportional 150 %.
  const ParagraphFormat& title = document.paragraphs[0].format;
  EXPECT_FALSE(title.first_line_indent.has_value());
  EXPECT_EQ(title.line_rule, LineRule::Proportional);
  EXPECT_EQ(title.line_value, 150.0);
  EXPECT_TRUE(title.snap_to_grid);
  // Body text: 32 pt indent and exactly 28 pt from "Text body", through the automatic style.
  const ParagraphFormat& body = document.paragraphs[1].format;
  EXPECT_EQ(body.first_line_indent, 32.0);
  EXPECT_EQ(body.line_rule, LineRule::Exact);
  EXPECT_EQ(body.line_value, 28.0);
  EXPECT_EQ(body.space_before, 0.0);
  EXPECT_FALSE(body.first_line_indent_chars.has_value());
  // The heading: at least 20 pt, off the grid.
  const ParagraphFormat& heading = document.paragraphs[3].format;
  EXPECT_EQ(heading.line_rule, LineRule::AtLeast);
  EXPECT_EQ(heading.line_value, 20.0);
  EXPECT_FALSE(heading.snap_to_grid);
  // A hanging indent of 0.5 cm and 6 pt before, the line height still from "Text body".
  const ParagraphFormat& hanging = document.paragraphs[5].format;
  ASSERT_TRUE(hanging.first_line_indent.has_value());
  EXPECT_NEAR(*hanging.first_line_indent, -0.5 * kPointsPerCm, 1e-9);
  EXPECT_EQ(hanging.space_before, 6.0);
  EXPECT_EQ(hanging.line_value, 28.0);
}

TEST_P(OdfFormatTest, PageOfTheFirstParagraphsMasterPageWithItsFooter) {
  const Document document = read();
  ASSERT_TRUE(document.page.has_value());
  const PageFormat& page = *document.page;
  // The master page "Official" of the first paragraph, not "Standard" (US letter).
  EXPECT_DOUBLE_EQ(page.width, 210);
  EXPECT_DOUBLE_EQ(page.height, 297);
  // Its header style is not used (the master page has no header); its 14 mm footer is margin.
  EXPECT_DOUBLE_EQ(page.margin_top, 37);
  EXPECT_DOUBLE_EQ(page.margin_bottom, 35);
  EXPECT_DOUBLE_EQ(page.margin_left, 28);
  EXPECT_DOUBLE_EQ(page.margin_right, 26);
  EXPECT_EQ(page.grid_lines, 22);
  EXPECT_EQ(page.grid_chars, 0);  // a line grid only
  EXPECT_NEAR(page.grid_line_pitch, 28.8, 1e-9);
  EXPECT_EQ(page.page_number_text, "— # —");
  EXPECT_EQ(page.page_number_align_odd, 'r');   // the footer's automatic style
  EXPECT_EQ(page.page_number_align_even, 'l');  // footer-left's named style
}

// A check without a template's <layout> reads the text alone: the same paragraphs, no look.
TEST_P(OdfFormatTest, WithoutTheLookTheTextIsTheSameAndTheFormatUnset) {
  const Document full = read();
  ReadLimits limits;
  limits.read_look = false;
  const Document text_only = read(limits);
  expect_same_text_without_look(full, text_only);
}

INSTANTIATE_TEST_SUITE_P(Formats, OdfFormatTest, ::testing::Values("fodt", "odt"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                           return std::string(info.param);
                         });

TEST(OdfPage, CharacterGridCountsCellsOfTheBaseWidthInStandardMode) {
  // 156 mm of text width (442.2 pt): 28 cells of 15.79 pt in Word-like "standard" mode, and 15
  // cells of the 28.8 pt base height in LibreOffice's own "squared" mode.
  const auto document_with = [](const std::string& standard_mode) {
    const std::string styles =
        R"(<style:default-page-layout><style:page-layout-properties style:layout-grid-standard-mode=")" +
        standard_mode + R"("/></style:default-page-layout>)";
    const std::string layout =
        R"(<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm")"
        R"( fo:margin-top="37mm" fo:margin-bottom="35mm" fo:margin-left="28mm" fo:margin-right="26mm" style:layout-grid-mode="both")"
        R"( style:layout-grid-lines="22" style:layout-grid-base-height="28.8pt" style:layout-grid-ruby-height="0pt" style:layout-grid-base-width="15.79pt"/></style:page-layout>)";
    std::string flat = flat_odf("<text:p>正文</text:p>", styles, layout);
    flat.replace(
        flat.find("<office:body>"), 0,
        R"(<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>)");
    ScratchDir dir;
    return read_ok(dir.write("grid.fodt", flat));
  };
  const Document standard = document_with("true");
  ASSERT_TRUE(standard.page.has_value());
  EXPECT_EQ(standard.page->grid_lines, 22);
  EXPECT_EQ(standard.page->grid_chars, 28);
  EXPECT_TRUE(standard.page->page_number_text.empty());  // no footer
  EXPECT_EQ(standard.page->page_number_align_odd, 0);
  const Document squared = document_with("false");
  ASSERT_TRUE(squared.page.has_value());
  EXPECT_EQ(squared.page->grid_chars, 15);
}

TEST(OdfPage, DocumentWithoutMasterPagesHasNoPage) {
  ScratchDir dir;
  const Document document = read_ok(dir.write("plain.fodt", flat_odf("<text:p>正文</text:p>")));
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_FALSE(document.page.has_value());
  // Nothing gives a size or a font either.
  EXPECT_FALSE(document.paragraphs[0].format.size.has_value());
  EXPECT_EQ(document.paragraphs[0].format.east_asian_font, "");
  EXPECT_EQ(document.paragraphs[0].format.line_rule, LineRule::Unknown);
}

TEST(OdfFormat, AFontNameThatIsNotUtf8ComesOutAsUtf8) {
  // A damaged file: the family is cut inside a character (仿 is E4 BB BF). Messages and JSON
  // quote the name, so the model holds it as UTF-8 with replacement characters.
  ScratchDir dir;
  const std::string styles =
      "<style:style style:name=\"P1\" style:family=\"paragraph\"><style:text-properties "
      "style:font-family-asian=\"\xE4\xBB\"/></style:style>";
  const Document document = read_ok(
      dir.write("cut.fodt", flat_odf("<text:p text:style-name=\"P1\">正文</text:p>", "", styles)));
  ASSERT_EQ(document.paragraphs.size(), 1u);
  // (one replacement character for each byte of the cut character)
  EXPECT_EQ(document.paragraphs[0].format.east_asian_font, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

// ---------------------------------------------------------------------------------------------
// OOXML

const char kWordNamespaces[] =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
const char kDeclaration[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";

std::string relationship(const std::string& id, const std::string& type,
                         const std::string& target) {
  return R"(<Relationship Id=")" + id +
         R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)" + type +
         R"(" Target=")" + target + R"("/>)";
}

// A .docx with `body`, `styles`, and the parts in `extra` related to the main part as
// (id, type, part name without "word/", content).
struct RelatedPart {
  std::string id;
  std::string type;
  std::string name;
  std::string content;
};

std::vector<ZipEntry> docx(const std::string& body, const std::string& styles,
                           const std::vector<RelatedPart>& extra = {}) {
  std::vector<ZipEntry> entries = docx_entries("", styles);
  for (ZipEntry& entry : entries) {
    if (entry.name == "word/document.xml") {
      entry.data = std::string(kDeclaration) + "<w:document" + kWordNamespaces + "><w:body>" +
                   body + "</w:body></w:document>";
    }
  }
  std::string rels =
      std::string(kDeclaration) +
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
      relationship("rIdStyles", "styles", "styles.xml");
  for (const RelatedPart& part : extra) {
    rels += relationship(part.id, part.type, part.name);
    entries.push_back({"word/" + part.name, part.content});
  }
  entries.push_back({"word/_rels/document.xml.rels", rels + "</Relationships>"});
  return entries;
}

Document read_docx(const std::vector<ZipEntry>& entries, const ReadLimits& limits = ReadLimits()) {
  ScratchDir dir;
  const std::string path = dir.path("format.docx");
  write_zip(path, entries);
  return read_ok(path, limits);
}

std::string footer(const std::string& paragraphs) {
  return std::string(kDeclaration) + "<w:ftr" + kWordNamespaces + ">" + paragraphs + "</w:ftr>";
}

std::string run(const std::string& text, const std::string& properties = "") {
  return "<w:r><w:rPr>" + properties + R"(</w:rPr><w:t xml:space="preserve">)" + text +
         "</w:t></w:r>";
}

const char kWordStyles[] =
    R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>)"
    R"(<w:sz w:val="32"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>)"
    R"(<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>)"
    R"(<w:pPr><w:jc w:val="center"/><w:spacing w:line="360" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>)"
    R"(<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="400" w:lineRule="atLeast"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="FooterLeft"><w:name w:val="Footer Left"/><w:basedOn w:val="Footer"/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>)"
    R"(<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>)"
    R"(<w:style w:type="character" w:styleId="Emph"><w:name w:val="Emph"/><w:basedOn w:val="Strong"/><w:rPr><w:sz w:val="36"/></w:rPr></w:style>)";

std::string paragraph(const std::string& runs, const std::string& properties = "") {
  return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
}

const std::string kWordBody =
    paragraph(run("关于做好工作的通知"), R"(<w:pStyle w:val="Title"/>)") +
    // Runs split for no visible reason count together: 14 plain characters against 2 bold.
    paragraph(run("各单位：") + run("加粗", "<w:b/>") + run("正文内容") + run("较多的部分。"),
              R"(<w:pStyle w:val="BodyText"/><w:ind w:firstLineChars="200" w:firstLine="640"/>)") +
    paragraph(run("短　　　") +
              run("黑体字", R"(<w:rStyle w:val="Strong"/><w:rFonts w:eastAsia="黑体"/>)")) +
    paragraph(run("一、标题"), R"(<w:pStyle w:val="Heading1"/>)") +
    paragraph(run("强调") + run("文字", R"(<w:rStyle w:val="Emph"/>)") +
              run("在后", R"(<w:rStyle w:val="Emph"/>)")) +
    paragraph(
        run("悬挂缩进"),
        R"(<w:ind w:left="420" w:hanging="420"/><w:spacing w:before="240" w:line="500" w:lineRule="exact"/>)") +
    paragraph("", R"(<w:rPr><w:sz w:val="30"/></w:rPr>)");

const std::string kOfficialSection =
    R"(<w:sectPr><w:footerReference w:type="even" r:id="rIdEven"/><w:footerReference w:type="default" r:id="rIdOdd"/>)"
    R"(<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>)"
    R"(<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>)";

// The odd footer: a complex PAGE field (its cached result "1" is not text); the even one: a
// simple field, aligned left by its style.
const std::string kOddFooter = footer(paragraph(
    run("— ") + R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r>)" +
        R"(<w:r><w:instrText xml:space="preserve"> PAGE   \* MERGEFORMAT </w:instrText></w:r>)" +
        R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r>)" + run("1") +
        R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)" + run(" —"),
    R"(<w:pStyle w:val="Footer"/><w:jc w:val="right"/>)"));
const std::string kEvenFooter = footer(paragraph(
    run("— ") + R"(<w:fldSimple w:instr=" PAGE ">)" + run("2") + "</w:fldSimple>" + run(" —"),
    R"(<w:pStyle w:val="FooterLeft"/>)"));

std::string settings(const std::string& content) {
  return std::string(kDeclaration) + "<w:settings" + kWordNamespaces + ">" + content +
         "</w:settings>";
}

Document read_official_docx(const std::string& settings_content = "<w:evenAndOddHeaders/>",
                            const ReadLimits& limits = ReadLimits()) {
  return read_docx(docx(kWordBody + kOfficialSection, kWordStyles,
                        {{"rIdOdd", "footer", "footer1.xml", kOddFooter},
                         {"rIdEven", "footer", "footer2.xml", kEvenFooter},
                         {"rIdSettings", "settings", "settings.xml", settings(settings_content)}}),
                   limits);
}

TEST(OoxmlFormat, WithoutTheLookTheTextIsTheSameAndTheFormatUnset) {
  const Document full = read_official_docx();
  ReadLimits limits;
  limits.read_look = false;
  const Document text_only = read_official_docx("<w:evenAndOddHeaders/>", limits);
  expect_same_text_without_look(full, text_only);
}

TEST(CharacterMajority, VisibleCharactersLeaveOutSpacesOfEveryWidth) {
  EXPECT_EQ(count_visible_characters(""), 0u);
  EXPECT_EQ(count_visible_characters("a b\tc\n"), 3u);
  EXPECT_EQ(count_visible_characters("　　正文，第一段。"), 7u);    // U+3000 twice
  EXPECT_EQ(count_visible_characters("\xC2\xA0x\xC2\xA0"), 1u);     // no-break spaces
  EXPECT_EQ(count_visible_characters("\xE3\x80\x81\xE3\x80"), 2u);  // 、 and a cut U+3000
  EXPECT_EQ(count_visible_characters("\xF0\xA0\x80\x80\xC2"), 2u);  // 𠀀 and a lone lead byte
  EXPECT_EQ(count_visible_characters("\x80\xBF"), 0u);              // stray continuations
}

TEST(OoxmlFormat, FontsSizeAndWeightComeThroughStyleChainDirectFormattingAndRuns) {
  const Document document = read_official_docx();
  ASSERT_EQ(document.paragraphs.size(), 7u);
  const ParagraphFormat& title = document.paragraphs[0].format;
  EXPECT_EQ(title.east_asian_font, "方正小标宋简体");
  EXPECT_EQ(title.western_font, "Times New Roman");  // from w:docDefaults
  EXPECT_EQ(title.size, 22.0);
  EXPECT_FALSE(title.bold.has_value());
  const ParagraphFormat& body = document.paragraphs[1].format;
  EXPECT_EQ(body.east_asian_font, "仿宋_GB2312");
  EXPECT_EQ(body.size, 16.0);
  EXPECT_FALSE(body.bold.has_value());
  // A character style and direct fonts on the run with most characters (spaces not counted).
  const ParagraphFormat& strong = document.paragraphs[2].format;
  EXPECT_EQ(strong.east_asian_font, "黑体");
  EXPECT_EQ(strong.bold, true);
  const ParagraphFormat& heading = document.paragraphs[3].format;
  EXPECT_EQ(heading.east_asian_font, "黑体");
  EXPECT_EQ(heading.bold, true);
  EXPECT_EQ(heading.size, 16.0);
  // A character style based on another: its size and its parent's bold.
  const ParagraphFormat& emphasis = document.paragraphs[4].format;
  EXPECT_EQ(emphasis.size, 18.0);
  EXPECT_EQ(emphasis.bold, true);
  // An empty paragraph: the size of its mark.
  EXPECT_EQ(document.paragraphs[6].format.size, 15.0);
}

TEST(OoxmlFormat, IndentLineSpacingAndGrid) {
  const Document document = read_official_docx();
  ASSERT_EQ(document.paragraphs.size(), 7u);
  const ParagraphFormat& title = document.paragraphs[0].format;
  EXPECT_EQ(title.line_rule, LineRule::Proportional);
  EXPECT_EQ(title.line_value, 150.0);  // 360 / 240
  EXPECT_FALSE(title.first_line_indent.has_value());
  // Word writes both firstLineChars and firstLine; both are kept.
  const ParagraphFormat& body = document.paragraphs[1].format;
  EXPECT_EQ(body.first_line_indent, 32.0);
  EXPECT_EQ(body.first_line_indent_chars, 200);
  EXPECT_EQ(body.line_rule, LineRule::Exact);  // w:docDefaults: exactly 28 pt
  EXPECT_EQ(body.line_value, 28.0);
  EXPECT_TRUE(body.snap_to_grid);
  const ParagraphFormat& heading = document.paragraphs[3].format;
  EXPECT_EQ(heading.line_rule, LineRule::AtLeast);
  EXPECT_EQ(heading.line_value, 20.0);
  EXPECT_FALSE(heading.snap_to_grid);
  const ParagraphFormat& hanging = document.paragraphs[5].format;
  EXPECT_EQ(hanging.first_line_indent, -21.0);
  EXPECT_FALSE(hanging.first_line_indent_chars.has_value());
  EXPECT_EQ(hanging.space_before, 12.0);
  EXPECT_EQ(hanging.line_rule, LineRule::Exact);
  EXPECT_EQ(hanging.line_value, 25.0);
}

TEST(OoxmlPage, SizeMarginsGridAndPageNumbersOfOddAndEvenPages) {
  const Document document = read_official_docx();
  ASSERT_TRUE(document.page.has_value());
  const PageFormat& page = *document.page;
  // Twips to millimetres: 11906 twips are 210.01 mm.
  const auto mm = [](double twips) { return twips / 1440 * 25.4; };
  EXPECT_NEAR(page.width, mm(11906), 1e-9);
  EXPECT_NEAR(page.height, mm(16838), 1e-9);
  EXPECT_NEAR(page.margin_top, mm(2098), 1e-9);
  EXPECT_NEAR(page.margin_bottom, mm(1984), 1e-9);
  EXPECT_NEAR(page.margin_left, mm(1588), 1e-9);
  EXPECT_NEAR(page.margin_right, mm(1474), 1e-9);
  EXPECT_EQ(page.grid_lines, 22);  // 12756 twips of text height / 579
  EXPECT_EQ(page.grid_chars, 0);
  EXPECT_DOUBLE_EQ(page.grid_line_pitch, 28.95);
  EXPECT_EQ(page.page_number_text, "— # —");
  EXPECT_EQ(page.page_number_align_odd, 'r');
  EXPECT_EQ(page.page_number_align_even, 'l');
}

TEST(OoxmlPage, WithoutEvenAndOddHeadersEvenPagesShowTheDefaultFooter) {
  // Without the setting, Word ignores the even footer.
  const Document document = read_official_docx("");
  ASSERT_TRUE(document.page.has_value());
  EXPECT_EQ(document.page->page_number_align_odd, 'r');
  EXPECT_EQ(document.page->page_number_align_even, 'r');
}

TEST(OoxmlPage, FramedPageNumberStandsOutside) {
  const std::string framed = footer(paragraph(
      run("— ") + R"(<w:fldSimple w:instr="PAGE \* Arabic">)" + run("1") + "</w:fldSimple>" +
          run(" —"),
      R"(<w:framePr w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="outside" w:y="1"/><w:jc w:val="center"/>)"));
  const Document document = read_docx(docx(
      paragraph(run("正文")) +
          R"(<w:sectPr><w:footerReference w:type="default" r:id="rIdOdd"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>)",
      kWordStyles, {{"rIdOdd", "footer", "footer1.xml", framed}}));
  ASSERT_TRUE(document.page.has_value());
  EXPECT_EQ(document.page->page_number_text, "— # —");
  EXPECT_EQ(document.page->page_number_align_odd, 'r');
  EXPECT_EQ(document.page->page_number_align_even, 'l');
}

TEST(OoxmlPage, CharacterGridCountsCellsOfTheDefaultSizePlusCharSpace) {
  // 8844 twips (442.2 pt) of text width; cells of 16 pt - 849/4096 pt hold 28 characters.
  // LibreOffice writes a negative charSpace as its unsigned pattern: -17409 gives 11.75 pt cells.
  const auto grid_chars = [](const std::string& char_space) {
    const Document document = read_docx(docx(
        paragraph(run("正文")) +
            R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/>)"
            R"(<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace=")" +
            char_space + R"("/></w:sectPr>)",
        kWordStyles));
    return document.page ? document.page->grid_chars : -1;
  };
  EXPECT_EQ(grid_chars("-849"), 28);
  EXPECT_EQ(grid_chars("4294949887"), 37);
}

// Word's defaults: theme fonts, 10.5 pt, single spacing, 2.54/3.17 cm margins.
const char kWordDefaultStyles[] =
    R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>)"
    R"(<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="LANGUAGE" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>)"
    R"(<w:pPrDefault/></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>)";

const char kTheme[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题"><a:themeElements><a:fontScheme name="Office">)"
    R"(<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/><a:font script="Hant" typeface="新細明體"/></a:majorFont>)"
    R"(<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="等线"/><a:font script="Hant" typeface="新細明體"/></a:minorFont>)"
    R"(</a:fontScheme></a:themeElements></a:theme>)";

Document read_word_default_docx(const std::string& language, bool with_theme) {
  std::string styles = kWordDefaultStyles;
  styles.replace(styles.find("LANGUAGE"), 8, language);
  std::vector<RelatedPart> parts;
  if (with_theme) parts.push_back({"rIdTheme", "theme", "theme/theme1.xml", kTheme});
  return read_docx(docx(
      paragraph(run("正文"), R"(<w:spacing w:line="240" w:lineRule="auto"/>)") +
          R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>)"
          R"(<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>)",
      styles, parts));
}

TEST(OoxmlFormat, WordDefaultsResolveThemeFonts) {
  const Document document = read_word_default_docx("zh-CN", true);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  const ParagraphFormat& format = document.paragraphs[0].format;
  // The empty a:ea typeface falls back to the Simplified Chinese script font.
  EXPECT_EQ(format.east_asian_font, "等线");
  EXPECT_EQ(format.western_font, "Calibri");
  EXPECT_EQ(format.size, 10.5);
  EXPECT_EQ(format.line_rule, LineRule::Proportional);
  EXPECT_EQ(format.line_value, 100.0);
  ASSERT_TRUE(document.page.has_value());
  EXPECT_DOUBLE_EQ(document.page->margin_top, 25.4);
  EXPECT_DOUBLE_EQ(document.page->margin_bottom, 25.4);
  EXPECT_DOUBLE_EQ(document.page->margin_left, 31.75);
  EXPECT_DOUBLE_EQ(document.page->margin_right, 31.75);
  EXPECT_EQ(document.page->grid_lines, 44);  // (16838 - 2880) / 312 = 44.7
  EXPECT_TRUE(document.page->page_number_text.empty());
}

TEST(OoxmlFormat, TraditionalChineseDocumentsTakeTheHantThemeFont) {
  const Document document = read_word_default_docx("zh-TW", true);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].format.east_asian_font, "新細明體");
}

TEST(OoxmlFormat, WithoutThemeTheThemeFontIsUnknownAndWithoutSizeWordsDefaultApplies) {
  std::string styles = kWordDefaultStyles;
  styles.replace(styles.find("<w:sz w:val=\"21\"/>"), 18, "");
  ASSERT_EQ(styles.find("w:sz "), std::string::npos);
  styles.replace(styles.find("LANGUAGE"), 8, "zh-CN");
  const Document document = read_docx(docx(paragraph(run("正文")), styles));
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].format.east_asian_font, "");
  EXPECT_EQ(document.paragraphs[0].format.size, 10.0);
  // No w:sectPr: no page.
  EXPECT_FALSE(document.page.has_value());
}

}  // namespace
}  // namespace chengbao
