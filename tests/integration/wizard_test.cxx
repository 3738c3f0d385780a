// vnd.chengbao:Wizard with NoDialog=true in a headless office: its Finish, checked on the document.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include "configuration.hxx"
#include "office_fixture.hxx"

namespace {

using namespace chengbao::testing;
using chengbao::office::Doc;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using Args = std::vector<std::pair<std::string, std::string>>;

/// The undo step of the report (the headless office's UI is in English).
const std::string kUndoTitle = "Insert Report";

bool contains(const std::vector<ParagraphInfo>& paras, const std::string& text) {
  for (const auto& para : paras)
    if (para.text.find(text) != std::string::npos) return true;
  return false;
}

std::vector<std::string> level1(const std::vector<ParagraphInfo>& paras, bool labels) {
  std::vector<std::string> result;
  for (const auto& para : paras)
    if (para.outlineLevel == 1) result.push_back(labels ? para.label : para.text);
  return result;
}

class WizardTest : public OfficeTest {
 protected:
  /// Finish with `args`; the template, profile and date are the defaults unless given (the
  /// first argument of a name counts).
  DispatchOutcome finish(Args args) {
    args.insert(args.end(), {{"NoDialog", "true"},
                             {"Template", "work-report"},
                             {"Profile", kExampleProfile},
                             {"Date", "2026-11-28"}});
    return dispatch("Wizard", args);
  }

  /// A value of org.chengbao.Settings/Wizard in the office's configuration.
  css::uno::Any wizardSetting(const char* name) {
    return chengbao::ext::configurationValue(office_->context(), "/org.chengbao.Settings/Wizard",
                                             name);
  }
};

TEST_F(WizardTest, FinishInsertsTheChosenSectionsAndTextsAsOneUndoStep) {
  // Given an empty document, when Finish runs with one optional section left out and the second
  // model text chosen for two sections,
  const DispatchOutcome outcome =
      finish({{"Omit", "basic-results"},
              {"Alternatives", "basic-leadership=b, next-steps-mechanism=b"},
              {"Topic", "安全生产"}});
  ASSERT_TRUE(outcome.answered) << "no handler took vnd.chengbao:Wizard";
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then the report is there as chosen,
  const auto paras = paragraphs(doc_);
  ASSERT_GT(paras.size(), 10u);
  EXPECT_EQ(paras.front().text, "关于安全生产工作开展情况的报告");
  EXPECT_EQ(level1(paras, true), (std::vector<std::string>{"一、", "二、", "三、"}));
  EXPECT_EQ(level1(paras, false),
            (std::vector<std::string>{"基本情况", "存在的问题", "下一步工作打算"}));
  EXPECT_FALSE(contains(paras, "取得的成效")) << "the omitted section is in the document";
  EXPECT_TRUE(contains(paras, "将安全生产工作列入年度重点工作")) << "alternative b missing";
  EXPECT_FALSE(contains(paras, "高度重视安全生产工作")) << "alternative a is there too";
  EXPECT_TRUE(contains(paras, "认真总结前期工作经验"));
  EXPECT_EQ(paras[paras.size() - 2].text, loadProfileOrThrow(kExampleProfile).full_name);
  EXPECT_EQ(paras.back().text, "2026年11月28日");
  // on the template's GB/T 9704 page,
  EXPECT_NEAR(pageStyleValue(doc_, "TopMargin"), 3700, 3);
  // (the page-number footer stands in the bottom margin: the text area still ends 35 mm up)
  EXPECT_NEAR(pageStyleValue(doc_, "BottomMargin") + pageStyleValue(doc_, "FooterHeight"), 3500, 3);
  EXPECT_NEAR(pageStyleValue(doc_, "LeftMargin"), 2800, 3);
  EXPECT_NEAR(pageStyleValue(doc_, "RightMargin"), 2600, 3);
  EXPECT_NEAR(pageStyleValue(doc_, "Width"), 21000, 3);

  // and one undo takes all of it back, the page setup included.
  EXPECT_EQ(undoTitles(doc_), (std::vector<std::string>{kUndoTitle}));
  ASSERT_TRUE(undo(doc_));
  const auto undone = paragraphs(doc_);
  ASSERT_EQ(undone.size(), 1u);
  EXPECT_EQ(undone[0].text, "");
  EXPECT_NEAR(pageStyleValue(doc_, "TopMargin"), 2000, 3);
  EXPECT_NEAR(pageStyleValue(doc_, "LeftMargin"), 2000, 3);
}

/// A property of the paragraph style `style` (its programmatic name).
css::uno::Any paragraphStyleValue(const Doc& doc, const char* style, const char* property) {
  Reference<css::style::XStyleFamiliesSupplier> families(doc, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> styles(
      families->getStyleFamilies()->getByName("ParagraphStyles"), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> props(
      styles->getByName(rtl::OUString::createFromAscii(style)), UNO_QUERY_THROW);
  return props->getPropertyValue(rtl::OUString::createFromAscii(property));
}

std::string fontOf(const Doc& doc, const char* style) {
  rtl::OUString name;
  paragraphStyleValue(doc, style, "CharFontNameAsian") >>= name;
  const std::string text = chengbao::ext::toUtf8(name);
  return text.substr(0, text.find(';'));
}

float sizeOf(const Doc& doc, const char* style) {
  float size = 0;
  paragraphStyleValue(doc, style, "CharHeightAsian") >>= size;
  return size;
}

/// The text of the Standard page style's footer (odd pages, or even pages with `left`).
std::string footerText(const Doc& doc, bool left) {
  Reference<css::style::XStyleFamiliesSupplier> families(doc, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> pages(
      families->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> page(pages->getByName("Standard"), UNO_QUERY_THROW);
  Reference<css::text::XText> text;
  page->getPropertyValue(rtl::OUString::createFromAscii(left ? "FooterTextLeft" : "FooterText")) >>=
      text;
  return text.is() ? chengbao::ext::toUtf8(text->getString()) : std::string();
}

TEST_F(WizardTest, TheReportIsSetInTheTemplatesLayoutAndWriterChecksItClean) {
  // Given the work report's GB/T 9704 layout, when Finish runs in an empty document,
  ASSERT_TRUE(finish({}).success);

  // then its paragraph styles carry the look: 三号仿宋 body indented two characters on a 22-line
  // pitch, 二号小标宋 title, 黑体 and 楷体 headings,
  EXPECT_EQ(fontOf(doc_, "Text body"), "仿宋_GB2312");
  EXPECT_FLOAT_EQ(sizeOf(doc_, "Text body"), 16.0f);
  sal_Int32 indent = 0;
  paragraphStyleValue(doc_, "Text body", "ParaFirstLineIndent") >>= indent;
  EXPECT_NEAR(indent, 1129, 2);  // 32 pt in 1/100 mm
  css::style::LineSpacing spacing;
  paragraphStyleValue(doc_, "Text body", "ParaLineSpacing") >>= spacing;
  EXPECT_EQ(spacing.Mode, css::style::LineSpacingMode::FIX);
  EXPECT_NEAR(spacing.Height, 1023, 2);  // 225 mm / 22
  EXPECT_EQ(fontOf(doc_, "Title"), "方正小标宋简体");
  EXPECT_FLOAT_EQ(sizeOf(doc_, "Title"), 22.0f);
  EXPECT_EQ(fontOf(doc_, "Heading 1"), "黑体");
  EXPECT_EQ(fontOf(doc_, "Heading 2"), "楷体_GB2312");
  // the page numbers read 「— 1 —」 on odd and on even pages (the field shows the number of the
  // page the footer was last laid out on),
  for (bool left : {false, true}) {
    const std::string footer = footerText(doc_, left);
    EXPECT_TRUE(footer.size() > 8 && footer.rfind("— ", 0) == 0 &&
                footer.compare(footer.size() - 4, 4, " —") == 0 &&
                footer.find_first_not_of("0123456789", 4) == footer.size() - 4)
        << (left ? "even: " : "odd: ") << footer;
  }

  // and Writer's check finds nothing of the look to change.
  const std::string json = (workDir_ / "writer.json").string();
  const DispatchOutcome checked = dispatch("Check", {{"Output", "file://" + json}});
  ASSERT_TRUE(checked.success) << checked.message;
  for (const auto& [rule, paragraph] : findingsOf(readFile(json)))
    EXPECT_NE(rule.rfind("format.", 0), 0u) << rule << " at paragraph " << paragraph;

  // Saved by the office as .odt and as .docx, the command line finds the same: nothing.
  for (const auto& [extension, filter] :
       {std::pair<std::string, std::string>{".odt", "writer8"}, {".docx", "MS Word 2007 XML"}}) {
    const std::string saved = (workDir_ / ("report" + extension)).string();
    saveAs(doc_, saved, filter);
    const std::string out = (workDir_ / ("cli" + extension + ".json")).string();
    const std::string command = std::string(CHENGBAO_CLI) +
                                " check --format json --template work-report '" + saved + "' > '" +
                                out + "'";
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) <= 1) << command;
    for (const auto& [rule, paragraph] : findingsOf(readFile(out)))
      EXPECT_NE(rule.rfind("format.", 0), 0u)
          << extension << ": " << rule << " at paragraph " << paragraph;
  }
}

/// One line of text in a PDF as pdftotext -bbox-layout gives it: its box (pt) and its text.
struct PdfLine {
  double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
  std::string text;
};

double attribute(const std::string& tag, const char* name) {
  const std::size_t at = tag.find(std::string(" ") + name + "=\"");
  return at == std::string::npos ? -1 : std::atof(tag.c_str() + at + std::strlen(name) + 3);
}

/// The lines of each page of `pdf`, in reading order (poppler's pdftotext, installed by
/// install-deps).
std::vector<std::vector<PdfLine>> pdfLines(const std::string& pdf, const std::string& html) {
  const std::string command = "pdftotext -bbox-layout '" + pdf + "' '" + html + "'";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  const std::string text = readFile(html);
  std::vector<std::vector<PdfLine>> pages;
  std::size_t pos = 0;
  while ((pos = text.find('<', pos)) != std::string::npos) {
    const std::size_t end = text.find('>', pos);
    if (end == std::string::npos) break;
    const std::string tag = text.substr(pos, end - pos + 1);
    if (tag.rfind("<page ", 0) == 0) {
      pages.emplace_back();
    } else if (tag.rfind("<line ", 0) == 0 && !pages.empty()) {
      pages.back().push_back({attribute(tag, "xMin"), attribute(tag, "yMin"),
                              attribute(tag, "xMax"), attribute(tag, "yMax"), ""});
    } else if (tag.rfind("<word ", 0) == 0 && !pages.empty() && !pages.back().empty()) {
      const std::size_t close = text.find("</word>", end);
      pages.back().back().text += text.substr(end + 1, close - end - 1);
    }
    pos = end + 1;
  }
  return pages;
}

std::size_t codePoints(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

TEST_F(WizardTest, ThePdfOfTheReportHas22LinesOf28CharactersAndPageNumbers) {
  // Given a report long enough for a full page of body text, made in an empty document,
  Args args = {{"Alternatives", "basic-leadership=b, next-steps-mechanism=b"}};
  ASSERT_TRUE(finish(args).success);
  for (int copy = 0; copy < 2; ++copy) {
    moveCursorToEndOfParagraph(doc_, paragraphs(doc_).size() - 1);
    ASSERT_TRUE(finish(args).success);
  }
  // when the office exports it to PDF,
  const std::string pdf = (workDir_ / "report.pdf").string();
  saveAs(doc_, pdf, "writer_pdf_Export");
  const auto pages = pdfLines(pdf, (workDir_ / "report.html").string());
  ASSERT_GE(pages.size(), 3u);

  constexpr double kMm = 72 / 25.4;
  // then page 1 ends with its number 「— 1 —」 below the text area,
  ASSERT_FALSE(pages[0].empty());
  const PdfLine& number = pages[0].back();
  EXPECT_EQ(number.text, "—1—");
  EXPECT_GT(number.yMin, (297 - 35) * kMm) << "the page number is inside the text area";
  // and every page but the last holds 22 lines of text above its number, the text area
  // starting 37 mm from the top and 28 mm from the left, with full lines of 28 characters.
  for (std::size_t page = 0; page + 1 < pages.size(); ++page) {
    const std::vector<PdfLine>& lines = pages[page];
    ASSERT_GE(lines.size(), 2u) << "page " << page + 1;
    EXPECT_EQ(lines.size() - 1, 22u) << "lines on page " << page + 1;
    double left = 1e9;
    std::size_t widest = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      left = std::min(left, lines[i].xMin);
      widest = std::max(widest, codePoints(lines[i].text));
    }
    EXPECT_NEAR(left / kMm, 28, 1.0) << "left margin of page " << page + 1;
    EXPECT_EQ(widest, 28u) << "characters on the fullest line of page " << page + 1;
    // The first line's box starts where its glyphs do, a little under the line's top.
    EXPECT_NEAR(lines.front().yMin / kMm, 37, 3.0) << "top of the text on page " << page + 1;
    EXPECT_LT(lines[lines.size() - 2].yMax / kMm, 297 - 35 + 0.5)
        << "the text runs into the bottom margin of page " << page + 1;
  }
}

TEST_F(WizardTest, ASecondReportInTheDocumentCountsItsHeadingsFromOne) {
  ASSERT_TRUE(finish({}).success);
  const std::size_t first = level1(paragraphs(doc_), true).size();
  ASSERT_GE(first, 3u);
  moveCursorToEndOfParagraph(doc_, paragraphs(doc_).size() - 1);
  ASSERT_TRUE(finish({{"Template", "self-inspection-report"}}).success);
  const std::vector<std::string> labels = level1(paragraphs(doc_), true);
  ASSERT_GT(labels.size(), first + 1);
  EXPECT_EQ(labels[first - 1], "三、");
  EXPECT_EQ(labels[first], "一、") << "the second report continues the first one's numbering";
  EXPECT_EQ(labels[first + 1], "二、");
}

TEST_F(WizardTest, MastheadAndColophonComeFromTheProfileAndCheckClean) {
  // Given the example profile with its 发文机关标志, 抄送 and 印发机关, when a 请示 is finished
  // with the 版头 (number 12) and the 版记,
  const DispatchOutcome outcome = finish({{"Template", "request"},
                                          {"Masthead", "true"},
                                          {"Colophon", "true"},
                                          {"Sequence", "12"},
                                          {"Topic", "购置办公设备"}});
  ASSERT_TRUE(outcome.success) << outcome.message;

  // then the 版头 comes first (the 签发人 of a 请示 on the number's line), the 版记 last,
  const auto paras = paragraphs(doc_);
  ASSERT_GT(paras.size(), 6u);
  EXPECT_EQ(paras[0].text, "东湖银行股份有限公司滨江支行文件");
  EXPECT_EQ(paras[0].adjust, 3) << "the issuer mark is not centred";  // ParagraphAdjust_CENTER
  EXPECT_EQ(paras[1].text, "东湖银滨发〔2026〕12号\t签发人：林志远");
  EXPECT_EQ(paras[2].text, "关于购置办公设备的请示");
  EXPECT_EQ(paras[paras.size() - 2].text, "抄送：东湖银行股份有限公司总行办公室。");
  EXPECT_EQ(paras.back().text, "东湖银行滨江支行办公室\t2026年11月28日印发");
  EXPECT_EQ(undoTitles(doc_), (std::vector<std::string>{kUndoTitle}));

  // and Writer's check finds nothing but the template's fill-ins, none in the 版头 or 版记.
  const std::string json = (workDir_ / "writer.json").string();
  const DispatchOutcome checked = dispatch("Check", {{"Output", "file://" + json}});
  ASSERT_TRUE(checked.success) << checked.message;
  const std::string text = readFile(json);
  EXPECT_EQ(jsonTemplate(text), "request") << text;
  for (const auto& [rule, paragraph] : findingsOf(text)) {
    EXPECT_EQ(rule, "placeholder.leftover") << "paragraph " << paragraph;
    EXPECT_GT(paragraph, 1) << rule << " in the 版头";
    EXPECT_LT(paragraph, static_cast<int>(paras.size()) - 2) << rule << " in the 版记";
  }
}

TEST_F(WizardTest, ThePageSetupKeepsTheUndoHistoryBeforeIt) {
  // Setting a page style's properties through the API would empty Writer's undo stack; the
  // user's earlier steps must survive the wizard.
  appendParagraph(doc_, "用户先写的一段。");
  appendParagraph(doc_, "用户先写的第二段。");
  moveCursorToStart(doc_);
  const auto before = undoTitles(doc_);
  ASSERT_FALSE(before.empty());

  ASSERT_TRUE(finish({}).success);

  const auto after = undoTitles(doc_);
  ASSERT_EQ(after.size(), before.size() + 1);
  EXPECT_EQ(after.front(), kUndoTitle);
  EXPECT_TRUE(std::equal(before.begin(), before.end(), after.begin() + 1));
}

TEST_F(WizardTest, PageSetupFalseLeavesThePageAlone) {
  ASSERT_TRUE(finish({{"PageSetup", "false"}}).success);
  EXPECT_GT(paragraphs(doc_).size(), 10u);
  EXPECT_NEAR(pageStyleValue(doc_, "TopMargin"), 2000, 3);
  EXPECT_EQ(undoTitles(doc_), (std::vector<std::string>{kUndoTitle}));
}

TEST_F(WizardTest, TargetNewInsertsIntoANewDocument) {
  const DispatchOutcome outcome = finish({{"Target", "new"}});
  ASSERT_TRUE(outcome.success) << outcome.message;

  Doc made = office_->otherDocumentWithText(doc_);
  ASSERT_TRUE(made.is()) << "no new document with the report";
  const auto paras = paragraphs(made);
  EXPECT_EQ(level1(paras, true), (std::vector<std::string>{"一、", "二、", "三、"}));
  EXPECT_EQ(undoTitles(made), (std::vector<std::string>{kUndoTitle}));
  closeDocument(made);
  // The document the command ran in is as it was.
  ASSERT_EQ(paragraphs(doc_).size(), 1u);
  EXPECT_TRUE(undoTitles(doc_).empty());
}

TEST_F(WizardTest, TraditionalScript) {
  // The example profile and the topic are typed in Simplified; the 繁體 report converts them.
  ASSERT_TRUE(
      finish({{"Script", "zh-Hant"}, {"Alternatives", "basic-leadership=b"}, {"Topic", "档案管理"}})
          .success);
  const auto paras = paragraphs(doc_);
  EXPECT_EQ(level1(paras, false),
            (std::vector<std::string>{"基本情況", "存在的問題", "下一步工作打算"}));
  EXPECT_TRUE(contains(paras, "列入年度重點工作"));
  EXPECT_EQ(paras.front().text, "關於檔案管理工作開展情況的報告");
  EXPECT_EQ(paras[1].text, "東湖銀行股份有限公司總行：");
  EXPECT_EQ(paras[paras.size() - 2].text, "東湖銀行股份有限公司濱江支行");
  EXPECT_FALSE(contains(paras, "档案"));
  // The text is tagged Traditional Chinese of Taiwan, in a Traditional font.
  Reference<css::container::XEnumerationAccess> xAccess(
      Reference<css::text::XTextDocument>(doc_, UNO_QUERY_THROW)->getText(), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> xTitle(xAccess->createEnumeration()->nextElement(),
                                             UNO_QUERY_THROW);
  css::lang::Locale locale;
  xTitle->getPropertyValue("CharLocaleAsian") >>= locale;
  EXPECT_EQ(locale.Language, "zh");
  EXPECT_EQ(locale.Country, "TW");
  rtl::OUString font;
  xTitle->getPropertyValue("CharFontNameAsian") >>= font;
  EXPECT_TRUE(font.indexOf("CJK TC") >= 0) << font;
}

TEST_F(WizardTest, UnknownSectionOrTextIsReportedAndNothingChanges) {
  const std::vector<std::pair<Args, std::string>> cases = {
      {{{"Omit", "no-such-section"}}, "no-such-section"},
      {{{"Omit", "basic"}}, "'basic' is required"},
      {{{"Alternatives", "basic-leadership=zzz"}}, "no alternative 'zzz'"},
      {{{"Alternatives", "basic-leadership"}}, "Alternatives=basic-leadership"},
      {{{"Target", "sideways"}}, "Target=sideways"},
      {{{"Date", "2026-02-30"}}, "Date=2026-02-30"},
  };
  for (const auto& [args, expected] : cases) {
    SCOPED_TRACE(args.front().first + "=" + args.front().second);
    const DispatchOutcome outcome = finish(args);
    ASSERT_TRUE(outcome.answered);
    EXPECT_FALSE(outcome.success);
    EXPECT_NE(outcome.message.find(expected), std::string::npos) << outcome.message;
  }
  EXPECT_TRUE(office_->responsive());
  ASSERT_EQ(paragraphs(doc_).size(), 1u);
  EXPECT_TRUE(undoTitles(doc_).empty());
  EXPECT_NEAR(pageStyleValue(doc_, "TopMargin"), 2000, 3);
}

TEST_F(WizardTest, WithoutNoDialogAHeadlessOfficeCancelsAtOnce) {
  // A headless office cancels every dialog: the command must come back, not wait for keys.
  const DispatchOutcome outcome = dispatch("Wizard", {{"Template", "work-report"}});
  ASSERT_TRUE(outcome.answered);
  EXPECT_TRUE(outcome.success) << outcome.message;
  EXPECT_EQ(outcome.message, "cancelled");
  EXPECT_EQ(paragraphs(doc_).size(), 1u);
}

TEST_F(WizardTest, RemembersTheChoicesOfFinish) {
  ASSERT_TRUE(finish({{"Omit", "basic-results"},
                      {"Alternatives", "basic-leadership=b"},
                      {"Script", "zh-Hant"},
                      {"PageSetup", "false"}})
                  .success);

  rtl::OUString text;
  wizardSetting("Template") >>= text;
  EXPECT_EQ(chengbao::ext::toUtf8(text), "work-report");
  wizardSetting("Script") >>= text;
  EXPECT_EQ(chengbao::ext::toUtf8(text), "zh-Hant");
  css::uno::Sequence<rtl::OUString> list;
  wizardSetting("Omit") >>= list;
  ASSERT_EQ(list.getLength(), 1);
  EXPECT_EQ(chengbao::ext::toUtf8(list[0]), "basic-results");
  wizardSetting("Alternatives") >>= list;
  ASSERT_EQ(list.getLength(), 1);
  EXPECT_EQ(chengbao::ext::toUtf8(list[0]), "basic-leadership=b");
  bool pageSetup = true;
  wizardSetting("PageSetup") >>= pageSetup;
  EXPECT_FALSE(pageSetup);
}

}  // namespace
