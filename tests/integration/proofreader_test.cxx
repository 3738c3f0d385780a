// The live check as the office sees it: org.chengbao.Proofreader, installed with the .oxt,
// registered as the grammar checker of Chinese text, answering doProofreading.
#include <filesystem>
#include <string>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/linguistic2/LinguServiceManager.hpp>
#include <com/sun/star/linguistic2/ProofreadingResult.hpp>
#include <com/sun/star/linguistic2/XLinguServiceManager2.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include "office_fixture.hxx"

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
  uno::Reference<text::XTextDocument> xText(doc_, uno::UNO_QUERY_THROW);
  {
    // The text is Chinese (Simplified) whatever the office's own locale.
    const uno::Reference<text::XTextCursor> xCursor = xText->getText()->createTextCursor();
    xCursor->gotoStart(false);
    xCursor->gotoEnd(true);
    uno::Reference<beans::XPropertySet>(xCursor, uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharLocaleAsian", uno::Any(lang::Locale("zh", "CN", "")));
  }
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

}  // namespace
