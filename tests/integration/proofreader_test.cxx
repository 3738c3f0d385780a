// The live check as the office sees it: org.chengbao.Proofreader, installed with the .oxt,
// registered as the grammar checker of Chinese text, answering doProofreading.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/linguistic2/LinguServiceManager.hpp>
#include <com/sun/star/linguistic2/ProofreadingResult.hpp>
#include <com/sun/star/linguistic2/XLinguServiceManager2.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <com/sun/star/text/XFlatParagraph.hpp>
#include <com/sun/star/text/XFlatParagraphIterator.hpp>
#include <com/sun/star/text/XFlatParagraphIteratorProvider.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include "check.hpp"
#include "document_reader.hpp"
#include "document_record.hpp"
#include "office_fixture.hxx"
#include "report_layout.hpp"
#include "template_library.hpp"

namespace {

using namespace chengbao::testing;
using namespace css;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;

class ProofreaderTest : public OfficeTest {
 protected:
  uno::Reference<linguistic2::XProofreader> proofreader() {
    const uno::Reference<uno::XComponentContext> xContext = office_->context();
    return uno::Reference<linguistic2::XProofreader>(
        xContext->getServiceManager()->createInstanceWithContext("org.chengbao.Proofreader",
                                                                 xContext),
        uno::UNO_QUERY);
  }

  linguistic2::ProofreadingResult proofread(const std::string& text, const char* country = "CN") {
    const rtl::OUString aText = toOUString(text);
    return proofreader()->doProofreading(
        "doc", aText, lang::Locale("zh", rtl::OUString::createFromAscii(country), ""), 0,
        aText.getLength(), {});
  }

  // The live errors of `doc` once the live check has read it: the office asks about it (which
  // starts the live check if it was not running), the live check reads it on the office's
  // main loop, and the test's own callback on that loop comes after.
  std::vector<LiveError> liveErrorsOnceRead(const Doc& doc) {
    liveErrors(office_->context(), doc);
    events().waitForMainLoop("the live check reading the document");
    return liveErrors(office_->context(), doc);
  }
};

TEST_F(ProofreaderTest, AHalfWidthCommaIsUnderlinedWithTheFullWidthOneAsItsFix) {
  ASSERT_TRUE(proofreader().is()) << "org.chengbao.Proofreader is not installed";
  const linguistic2::ProofreadingResult result = proofread("根据要求,现将有关情况报告如下：");
  ASSERT_EQ(result.aErrors.getLength(), 1);
  const linguistic2::SingleProofreadingError& error = result.aErrors[0];
  EXPECT_EQ(toUtf8(error.aRuleIdentifier), "punct.halfwidth");
  EXPECT_EQ(error.nErrorStart, 4);
  EXPECT_EQ(error.nErrorLength, 1);
  ASSERT_EQ(error.aSuggestions.getLength(), 1);
  EXPECT_EQ(toUtf8(error.aSuggestions[0]), "，");
  EXPECT_FALSE(toUtf8(error.aShortComment).empty());
  // The whole paragraph is one sentence to the office.
  EXPECT_EQ(result.nBehindEndOfSentencePosition, 16);
  EXPECT_EQ(proofread("根据要求，现将有关情况报告如下：").aErrors.getLength(), 0);
}

TEST_F(ProofreaderTest, ItIsAGrammarCheckerOfChineseOnly) {
  const uno::Reference<linguistic2::XProofreader> xProofreader = proofreader();
  ASSERT_TRUE(xProofreader.is());
  EXPECT_FALSE(xProofreader->isSpellChecker());
  for (const char* country : {"CN", "TW", "HK", "SG", "MO"})
    EXPECT_TRUE(
        xProofreader->hasLocale(lang::Locale("zh", rtl::OUString::createFromAscii(country), "")))
        << country;
  EXPECT_FALSE(xProofreader->hasLocale(lang::Locale("en", "US", "")));
  // The office's linguistic manager offers it for Chinese text (Linguistic.xcu).
  const uno::Reference<linguistic2::XLinguServiceManager2> xManager =
      linguistic2::LinguServiceManager::create(office_->context());
  const uno::Sequence<rtl::OUString> aCheckers = xManager->getAvailableServices(
      "com.sun.star.linguistic2.Proofreader", lang::Locale("zh", "CN", ""));
  bool bListed = false;
  for (const rtl::OUString& aName : aCheckers)
    bListed = bListed || aName == "org.chengbao.Proofreader";
  EXPECT_TRUE(bListed);
  // and it is the one in use for Chinese text by default (the extension's layer of the
  // configuration; a user's choice under Writing Aids stays theirs).
  const uno::Sequence<rtl::OUString> aConfigured = xManager->getConfiguredServices(
      "com.sun.star.linguistic2.Proofreader", lang::Locale("zh", "CN", ""));
  bool bInUse = false;
  for (const rtl::OUString& aName : aConfigured)
    bInUse = bInUse || aName == "org.chengbao.Proofreader";
  EXPECT_TRUE(bInUse) << aConfigured.getLength() << " configured";
}

TEST_F(ProofreaderTest, IgnoreAllSilencesARuleUntilReset) {
  const uno::Reference<linguistic2::XProofreader> xProofreader = proofreader();
  ASSERT_TRUE(xProofreader.is());
  const rtl::OUString aText = toOUString("根据要求,现将有关情况报告如下：");
  const lang::Locale aLocale("zh", "CN", "");
  xProofreader->ignoreRule("punct.halfwidth", aLocale);
  EXPECT_EQ(xProofreader->doProofreading("doc", aText, aLocale, 0, aText.getLength(), {})
                .aErrors.getLength(),
            0);
  xProofreader->resetIgnoreRules();
  EXPECT_EQ(xProofreader->doProofreading("doc", aText, aLocale, 0, aText.getLength(), {})
                .aErrors.getLength(),
            1);
}

TEST_F(ProofreaderTest, CleanReportsOfEveryGenreHaveNoLiveError) {
  // The clean 公文 of the CLI tests (report, request, notice, letter, minutes) and a styled
  // report: every paragraph, title, signature and date lines included.
  const std::filesystem::path data = std::filesystem::path(CHENGBAO_SOURCE_DIR) / "tests/cli/data";
  int paragraphsSeen = 0;
  for (const char* name : {"gongwen_report.odt", "gongwen_request.odt", "gongwen_notice.odt",
                           "gongwen_letter.odt", "gongwen_minutes.odt", "report_styled.odt"}) {
    chengbao::office::closeDocument(doc_);
    doc_ = office_->load((data / name).string(), true);
    ASSERT_TRUE(doc_.is()) << name;
    for (const ParagraphInfo& paragraph : paragraphs(doc_)) {
      ++paragraphsSeen;
      const linguistic2::ProofreadingResult result = proofread(paragraph.text);
      for (const linguistic2::SingleProofreadingError& error : result.aErrors)
        ADD_FAILURE() << name << ": «" << paragraph.text << "» " << toUtf8(error.aRuleIdentifier)
                      << " at " << error.nErrorStart << ": " << toUtf8(error.aFullComment);
    }
  }
  EXPECT_GE(paragraphsSeen, 100);
}

TEST_F(ProofreaderTest, TheOfficeAppliesItsSuggestionAsOneUndoStep) {
  // What Writer's context menu does: the office's proofreading iterator asks the checker in use
  // for the sentence under the cursor, and the chosen suggestion replaces the selected error.
  const std::string typed = "根据要求,现将有关情况报告如下：";
  appendToParagraph(doc_, 0, typed);
  makeChinese(doc_);
  const std::vector<LiveError> errors = liveErrors(office_->context(), doc_);
  ASSERT_EQ(errors.size(), 1u) << "the office did not ask org.chengbao.Proofreader";
  const LiveError& error = errors[0];
  EXPECT_EQ(error.rule, "punct.halfwidth");
  ASSERT_EQ(error.suggestions.size(), 1u);

  // Select the error as the context menu does, and choose the suggestion.
  const uno::Reference<frame::XModel> xModel(doc_, uno::UNO_QUERY_THROW);
  const uno::Reference<text::XTextViewCursor> xView =
      uno::Reference<text::XTextViewCursorSupplier>(xModel->getCurrentController(),
                                                    uno::UNO_QUERY_THROW)
          ->getViewCursor();
  xView->gotoStart(false);
  xView->goRight(static_cast<sal_Int16>(error.start), false);
  xView->goRight(static_cast<sal_Int16>(error.length), true);
  const size_t undoBefore = undoTitles(doc_).size();
  // (Writer's slot does not report a result: the text is the proof.)
  office_->dispatch(doc_, ".uno:SpellCheckApplySuggestion",
                    {{"ApplyRule", "Grammar_" + error.suggestions[0]}});
  EXPECT_EQ(paragraphs(doc_).at(0).text, "根据要求，现将有关情况报告如下：");
  EXPECT_EQ(undoTitles(doc_).size(), undoBefore + 1);
  // The corrected paragraph is clean to the office too.
  EXPECT_TRUE(liveErrors(office_->context(), doc_).empty());

  ASSERT_TRUE(undo(doc_));
  EXPECT_EQ(paragraphs(doc_).at(0).text, typed);
}

// What the office underlines by the rules that need a paragraph's place (the title, the date
// line, a heading among the others), as (paragraph text, rule, start, length) in UTF-16 units.
using Placed = std::tuple<std::string, std::string, int, int>;
bool isPlacedRule(const std::string& rule) {
  return rule == "title.format" || rule == "date.format" || rule == "numbering.style";
}

std::vector<Placed> placedOf(const std::vector<LiveError>& errors) {
  std::vector<Placed> out;
  for (const LiveError& error : errors)
    if (isPlacedRule(error.rule))
      out.emplace_back(error.paragraph, error.rule, error.start, error.length);
  std::sort(out.begin(), out.end());
  return out;
}

// The paragraphs the office hands a Chinese checker: those whose primary language is Chinese.
// LibreOffice 7.4 takes a paragraph that begins with an ASCII digit or letter (「2026年11月20日」,
// 「1.集中宣传……」) for the Western language's (en-US here), and asks no Chinese checker about
// it; only the Check panel reports those.
std::set<std::string> chineseParagraphs(const Doc& doc) {
  std::set<std::string> out;
  const uno::Reference<text::XFlatParagraphIterator> xParagraphs =
      uno::Reference<text::XFlatParagraphIteratorProvider>(doc, uno::UNO_QUERY_THROW)
          ->getFlatParagraphIterator(text::TextMarkupType::PROOFREADING, false);
  for (uno::Reference<text::XFlatParagraph> xParagraph = xParagraphs->getFirstPara();
       xParagraph.is(); xParagraph = xParagraphs->getNextPara()) {
    const rtl::OUString aText = xParagraph->getText();
    if (xParagraph->getPrimaryLanguageOfText(0, aText.getLength()).Language == "zh")
      out.insert(toUtf8(aText));
  }
  return out;
}

// The same, as `chengbao check` finds it in the file (with the template the report records).
std::vector<Placed> placedFindings(const std::filesystem::path& file) {
  auto read = chengbao::read_document(file.string());
  if (!std::holds_alternative<chengbao::Document>(read)) return {};
  const chengbao::Document& document = std::get<chengbao::Document>(read);
  std::optional<chengbao::ReportTemplate> recorded;
  const std::string id = chengbao::read_record(document.properties).template_id;
  if (!id.empty()) {
    auto loaded =
        chengbao::find_template(id, CHENGBAO_TEMPLATE_DIR, chengbao::document_script(document));
    if (auto* found = std::get_if<chengbao::ReportTemplate>(&loaded)) recorded = *found;
  }
  chengbao::CheckOptions options;
  options.report_template = recorded ? &*recorded : nullptr;
  std::vector<Placed> out;
  for (const chengbao::Finding& finding : chengbao::check_document(document, options).findings) {
    if (!isPlacedRule(finding.rule)) continue;
    const rtl::OUString aText = toOUString(document.paragraphs.at(finding.paragraph).text);
    const auto utf16 = [&aText](int codePoints) {
      sal_Int32 nIndex = 0;
      for (int i = 0; i < codePoints && nIndex < aText.getLength(); ++i)
        aText.iterateCodePoints(&nIndex);
      return nIndex;
    };
    const sal_Int32 nStart = utf16(finding.offset);
    const sal_Int32 nEnd = utf16(finding.offset + finding.length);
    out.emplace_back(toUtf8(aText), finding.rule, nStart, nEnd - nStart);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST_F(ProofreaderTest, TheTitleTheDateLineAndTheHeadingsAreJudgedInTheirPlacesAsCheckJudgesThem) {
  // Every CLI test report whose defect needs the paragraph's place, in the three formats: the
  // office's own proofreading iterator underlines what `chengbao check` finds there.
  const std::filesystem::path data =
      std::filesystem::path(CHENGBAO_SOURCE_DIR) / "tests/cli/data/defects";
  int files = 0;
  size_t underlined = 0;
  for (const char* rule : {"title.format", "date.format", "numbering.style"}) {
    for (const char* kind : {"styled", "typed"}) {
      for (const char* format : {".odt", ".fodt", ".docx"}) {
        const std::filesystem::path file = data / (std::string(kind) + "." + rule + format);
        chengbao::office::closeDocument(doc_);
        doc_ = office_->load(file.string(), true);
        ASSERT_TRUE(doc_.is()) << file;
        makeChinese(doc_);
        const std::set<std::string> chinese = chineseParagraphs(doc_);
        std::vector<Placed> expected;
        for (const Placed& finding : placedFindings(file))
          if (chinese.count(std::get<0>(finding)) != 0) expected.push_back(finding);
        EXPECT_EQ(placedOf(liveErrorsOnceRead(doc_)), expected) << file.filename();
        ++files;
        underlined += expected.size();
      }
    }
  }
  EXPECT_EQ(files, 18);
  // title.format in all six; the date lines and the labels of these files begin with a digit.
  EXPECT_GE(underlined, 6u);
  std::cout << "placed rules: " << files << " files, " << underlined << " underlines as check\n";
}

TEST_F(ProofreaderTest, ATitleADateLineOrAHeadingEditedInTheOfficeIsJudgedAgainInItsPlace) {
  const std::filesystem::path file =
      std::filesystem::path(CHENGBAO_SOURCE_DIR) / "tests/cli/data/gongwen_report.odt";
  auto read = chengbao::read_document(file.string());
  ASSERT_TRUE(std::holds_alternative<chengbao::Document>(read));
  const chengbao::DocumentStructure structure =
      chengbao::describe_document(std::get<chengbao::Document>(read), {});
  const int title = structure.layout.title;
  const int date = structure.layout.date;
  ASSERT_GE(title, 0);
  ASSERT_GE(date, 0);
  // A copy the office may change (it tells no one of changes to a read-only document).
  const std::filesystem::path copy = workDir_ / "live-edit-gongwen_report.odt";
  std::filesystem::copy_file(file, copy, std::filesystem::copy_options::overwrite_existing);
  chengbao::office::closeDocument(doc_);
  doc_ = office_->load(copy.string());
  ASSERT_TRUE(doc_.is());
  makeChinese(doc_);
  EXPECT_TRUE(placedOf(liveErrorsOnceRead(doc_)).empty());
  const chengbao::office::ProofreadingPasses passes(office_->context());

  // A sentence typed in the body: no paragraph is judged otherwise, so the office is not asked
  // for another pass over the document.
  const std::vector<ParagraphInfo> before = paragraphs(doc_);
  size_t body = before.size();
  for (size_t i = 0; i + 1 < before.size(); ++i)
    if (before[i].text.rfind("一、", 0) == 0) body = i + 1;
  ASSERT_LT(body, before.size());
  appendToParagraph(doc_, body, "有关情况另行报告。");
  EXPECT_TRUE(placedOf(liveErrorsOnceRead(doc_)).empty());
  EXPECT_EQ(passes.count(), 0);

  // A full stop after the title: title.format on it, as the whole check finds it, and the
  // office is asked to check again (the paragraph was answered for by its text alone).
  appendToParagraph(doc_, static_cast<size_t>(title), "。");
  const std::string titleText = paragraphs(doc_).at(static_cast<size_t>(title)).text;
  std::vector<Placed> errors = placedOf(liveErrorsOnceRead(doc_));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(std::get<0>(errors[0]), titleText);
  EXPECT_EQ(std::get<1>(errors[0]), "title.format");
  EXPECT_EQ(passes.count(), 1);

  // The date in Chinese numerals, without a profile that asks for them: date.format on the date
  // line, with the house form as its suggestion.
  ASSERT_EQ(replaceAll(doc_, "^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$", "二〇二六年三月五日"), 1);
  bool dated = false;
  for (const LiveError& error : liveErrorsOnceRead(doc_)) {
    if (error.rule != "date.format") continue;
    dated = true;
    EXPECT_EQ(error.paragraph, "二〇二六年三月五日");
    ASSERT_EQ(error.suggestions.size(), 1u);
    EXPECT_EQ(error.suggestions[0], "2026年3月5日");
  }
  EXPECT_TRUE(dated);

  // A level-1 heading labelled 「二.」 among 「一、」 and 「三、」: numbering.style on its label.
  ASSERT_EQ(replaceAll(doc_, "^二、存在", "二.存在"), 1);
  bool labelled = false;
  for (const LiveError& error : liveErrorsOnceRead(doc_)) {
    if (error.rule != "numbering.style") continue;
    labelled = true;
    EXPECT_EQ(error.paragraph.rfind("二.", 0), 0u) << error.paragraph;
    EXPECT_EQ(error.start, 0);
    EXPECT_EQ(error.length, 2);
    ASSERT_EQ(error.suggestions.size(), 1u);
    EXPECT_EQ(error.suggestions[0], "二、");
  }
  EXPECT_TRUE(labelled);
}

TEST_F(ProofreaderTest, TheTemplateAReportRecordsDecidesOverTheDefaultOne) {
  // A report with a half-width comma is underlined under the shipped default template;
  appendToParagraph(doc_, 0, "根据要求,现将有关情况报告如下：");
  makeChinese(doc_);
  const auto rules = [this] {
    std::vector<std::string> out;
    for (const LiveError& error : liveErrorsOnceRead(doc_)) out.push_back(error.rule);
    return out;
  };
  EXPECT_EQ(rules(), std::vector<std::string>{"punct.halfwidth"});
  // once it records a house template that switches that rule off (as a report made from it
  // does), and is edited, the comma is no longer underlined: its own template decides.
  const std::filesystem::path house = workDir_ / "house-no-punct.xml";
  std::string text = readFile(kTemplateDir + "/work-report.xml");
  const std::string checker = "<checker>";
  ASSERT_NE(text.find(checker), std::string::npos);
  text.replace(text.find(checker), checker.size(),
               checker + "\n    <rule id=\"punct.halfwidth\" enabled=\"false\"/>");
  std::ofstream(house.string()) << text;
  const uno::Reference<beans::XPropertyContainer> xProperties =
      uno::Reference<document::XDocumentPropertiesSupplier>(doc_, uno::UNO_QUERY_THROW)
          ->getDocumentProperties()
          ->getUserDefinedProperties();
  xProperties->addProperty("chengbao_template", beans::PropertyAttribute::REMOVABLE,
                           uno::Any(toOUString(house.string())));
  appendToParagraph(doc_, 0, "特此报告");
  EXPECT_TRUE(rules().empty());
}

}  // namespace
