// vnd.chengbao:Fix(Rule | All | Paragraph+Offset, Template, Profile, Script): safe fixes, one undo.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include "command.hxx"
#include "document_model.hxx"
#include "fix.hpp"
#include "format_fix.hpp"
#include "report_writer.hxx"
#include "text_ranges.hxx"
#include "undo_context.hxx"
#include "ustring.hxx"
#include "wizard_page_setup.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

/// Which fixes the arguments ask for; a menu click (no arguments) asks for all of them.
FixSelection selection(const CommandContext& rContext, const rtl::OUString& rFailed) {
  const Arguments& rArgs = rContext.args;
  FixSelection aSelection;
  if (auto aRule = rArgs.string("Rule")) {
    aSelection.rule = toUtf8(*aRule);
    const auto& rIds = rule_ids();
    if (std::find(rIds.begin(), rIds.end(), aSelection.rule) == rIds.end())
      throw CommandError{rFailed + rContext.text(Message::FixUnknownRule) + *aRule};
  }
  const std::optional<sal_Int32> nParagraph = rArgs.integer("Paragraph");
  const std::optional<sal_Int32> nOffset = rArgs.integer("Offset");
  if (nParagraph.has_value() != nOffset.has_value())
    throw CommandError{rFailed + rContext.text(Message::FixWhich)};
  aSelection.paragraph = nParagraph;
  aSelection.offset = nOffset;
  const bool bSaysWhich = rArgs.interactive() || rArgs.flag("All") || !aSelection.rule.empty() ||
                          aSelection.paragraph.has_value();
  if (!bSaysWhich) throw CommandError{rFailed + rContext.text(Message::FixWhich)};
  return aSelection;
}

bool recordsChanges(const uno::Reference<text::XTextDocument>& xDoc) {
  uno::Reference<beans::XPropertySet> xProps(xDoc, uno::UNO_QUERY);
  bool bRecord = false;
  if (xProps.is()) xProps->getPropertyValue("RecordChanges") >>= bRecord;
  return bRecord;
}

/// Applies the planned edits to the document (inside the caller's undo step); returns how many
/// were made. An edit whose span is not plain text in Writer (it reaches into a field) is left
/// out; a paragraph that does not read as predicted afterwards throws, and the caller's undo
/// context takes everything back.
size_t applyEdits(const uno::Reference<text::XTextDocument>& xDoc, const Document& rDocument,
                  const std::vector<TextEdit>& rPlan, const rtl::OUString& rFailed) {
  if (rPlan.empty()) return 0;
  const auto aParagraphs = bodyParagraphs(xDoc);
  if (aParagraphs.size() != rDocument.paragraphs.size())
    throw CommandError{rFailed + "the document has " +
                       rtl::OUString::number(static_cast<sal_Int64>(aParagraphs.size())) +
                       " paragraphs, its model " +
                       rtl::OUString::number(static_cast<sal_Int64>(rDocument.paragraphs.size()))};
  // With change tracking on, a replaced span stays in the text as a deletion.
  const bool bVerify = !recordsChanges(xDoc);
  std::map<int, std::vector<TextEdit>> aApplied;
  for (const TextEdit& rEdit : rPlan) {
    uno::Reference<text::XTextRange> xSpan =
        textSpan(aParagraphs[rEdit.paragraph], rEdit.offset, rEdit.length);
    if (!xSpan.is()) continue;
    xSpan->setString(toOUString(rEdit.replacement));
    aApplied[rEdit.paragraph].push_back(rEdit);
  }
  size_t nApplied = 0;
  for (const auto& [nParagraph, rEdits] : aApplied) {
    nApplied += rEdits.size();
    if (!bVerify) continue;
    const std::string aExpected = apply_edits(rDocument.paragraphs[nParagraph].text, rEdits);
    const std::string aActual = toUtf8(aParagraphs[nParagraph]->getString());
    if (aActual != aExpected)
      throw CommandError{rFailed + "paragraph " + rtl::OUString::number(nParagraph) + " reads «" +
                         toOUString(aActual) + "», not «" + toOUString(aExpected) + "»"};
  }
  return nApplied;
}

/// Sets the layout's look where the format findings of `rPlan` are (inside the caller's undo
/// step); returns how many findings that fixes (one per rule and element).
size_t applyFormat(const uno::Reference<text::XTextDocument>& xDoc, const FormatPlan& rPlan) {
  const auto aParagraphs = bodyParagraphs(xDoc);
  std::set<std::pair<std::string, LayoutElement>> aFixed;
  for (const FormatRepair& rRepair : rPlan.paragraphs) {
    if (rRepair.paragraph < 0 || static_cast<size_t>(rRepair.paragraph) >= aParagraphs.size())
      continue;
    uno::Reference<beans::XPropertySet> xProps(aParagraphs[rRepair.paragraph], uno::UNO_QUERY);
    if (!xProps.is()) continue;
    applyFormatRepair(xProps, rRepair);
    aFixed.emplace(rRepair.rule, rRepair.element);
  }
  return aFixed.size();
}

/// The layout's page where format.page or format.pagenumber found it wrong: the page style of
/// the first paragraph, which the check reads. prepare() goes before the undo step (a footer for
/// the page number can be made only then, see preparePageFooter); apply() inside it, through the
/// page commands the wizard uses. The view cursor is where it was after each.
class PageFix {
 public:
  PageFix(const CommandContext& rContext, const uno::Reference<text::XTextDocument>& xDoc,
          const std::optional<ReportTemplate>& rTemplate, const FormatPlan& rPlan)
      : m_rContext(rContext), m_xDoc(xDoc), m_rPlan(rPlan) {
    if (rTemplate && rTemplate->layout.page && (rPlan.page || rPlan.page_number))
      m_pLayout = &rTemplate->layout;
  }

  /// Whether apply() will change the page (after prepare()).
  bool applies() const {
    return m_pLayout && (m_rPlan.page || (m_rPlan.page_number && m_bFooterReady));
  }

  void prepare() {
    if (m_pLayout && m_rPlan.page_number)
      atFirstParagraph([&](const auto& xController) {
        m_bFooterReady = preparePageFooter(m_xDoc, xController, *m_pLayout->page);
      });
  }

  /// How many findings it fixes.
  size_t apply() {
    if (!applies()) return 0;
    const bool bNumber = m_rPlan.page_number && m_bFooterReady;
    atFirstParagraph([&](const auto& xController) {
      applyPageSetup(m_rContext.xContext, m_xDoc, xController, *m_pLayout,
                     !bNumber        ? PageParts::PaperAndMargins
                     : !m_rPlan.page ? PageParts::PageNumber
                                     : PageParts::All);
    });
    return (m_rPlan.page ? 1 : 0) + (bNumber ? 1 : 0);
  }

  /// The page number was asked for but has no footer to go in.
  bool numberLeftOut() const { return m_pLayout && m_rPlan.page_number && !m_bFooterReady; }

 private:
  template <typename Action>
  void atFirstParagraph(Action&& action) {
    const auto xController = m_rContext.xFrame->getController();
    uno::Reference<text::XTextViewCursorSupplier> xSupplier(xController, uno::UNO_QUERY_THROW);
    const uno::Reference<text::XTextViewCursor> xView = xSupplier->getViewCursor();
    const uno::Reference<text::XTextRange> xWhere = xView->getStart();
    xView->gotoRange(m_xDoc->getText()->getStart(), false);
    action(xController);
    xView->gotoRange(xWhere, false);
  }

  const CommandContext& m_rContext;
  uno::Reference<text::XTextDocument> m_xDoc;
  const FormatPlan& m_rPlan;
  const LayoutSpec* m_pLayout = nullptr;
  bool m_bFooterReady = false;
};

}  // namespace

rtl::OUString fixCommand(const CommandContext& rContext) {
  const rtl::OUString aFailed = rContext.text(Message::FixFailed);
  const auto& rArgs = rContext.args;
  auto xDoc = rContext.writerDocument();
  const FixSelection aSelection = selection(rContext, aFailed);

  // The same check as vnd.chengbao:Check, so a fix matches the finding the user saw.
  const Document aDocument = readDocument(xDoc);
  const std::optional<ReportTemplate> aTemplate = rContext.reportTemplate(xDoc, aDocument, aFailed);
  const std::vector<Finding> aFindings =
      checkFindings(rContext, aDocument, aTemplate, rContext.profileArgument(aFailed));

  const std::vector<TextEdit> aPlan = plan_fixes(aDocument, aFindings, aSelection);
  FormatPlan aFormat;
  if (aTemplate) {
    CheckOptions aOptions;
    aOptions.report_template = &*aTemplate;
    aFormat = plan_format_fixes(aDocument, aOptions, aSelection);
  }
  size_t nApplied = 0;
  PageFix aPage(rContext, xDoc, aTemplate, aFormat);
  aPage.prepare();
  if (!aPlan.empty() || !aFormat.paragraphs.empty() || aPage.applies()) {
    // Text and look are one step: a single Undo takes the whole fix back.
    UndoContext aUndo(xDoc, rContext.text(Message::UndoFix));
    nApplied = applyEdits(xDoc, aDocument, aPlan, aFailed);
    nApplied += applyFormat(xDoc, aFormat);
    nApplied += aPage.apply();
    aUndo.commit();
  }
  // A page number that needs a footer made is said so when it was all the fix was asked for.
  if (nApplied == 0 && aPage.numberLeftOut())
    throw CommandError{aFailed + rContext.text(Message::FixNeedsFooter)};
  if (aSelection.paragraph && nApplied == 0)
    throw CommandError{aFailed + rContext.text(Message::FixNothingThere)};
  const rtl::OUString aCount = rtl::OUString::number(static_cast<sal_Int64>(nApplied));
  if (rArgs.interactive())
    rContext.showMessage(rContext.text(Message::FixesApplied).replaceFirst("%1", aCount),
                         awt::MessageBoxType_INFOBOX);
  return aCount + " fixes applied";
}

}  // namespace chengbao::ext
