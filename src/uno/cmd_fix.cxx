// vnd.chengbao:Fix(Rule | All | Paragraph+Offset, Template, Profile, Script): safe fixes, one undo.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include <com/sun/star/beans/XPropertySet.hpp>

#include "command.hxx"
#include "document_model.hxx"
#include "fix.hpp"
#include "format_fix.hpp"
#include "report_writer.hxx"
#include "text_ranges.hxx"
#include "undo_context.hxx"
#include "ustring.hxx"

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
                  const std::vector<TextEdit>& rPlan, const CommandContext& rContext,
                  const rtl::OUString& rFailed) {
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
  // The page and its number (format.page, format.pagenumber) are left to the wizard's page
  // setup: undoing a footer turned on and filled within a Fix step took the office down.
  return aFixed.size();
}

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
  if (!aPlan.empty() || !aFormat.paragraphs.empty()) {
    // Text and look are one step: a single Undo takes the whole fix back.
    UndoContext aUndo(xDoc, rContext.text(Message::UndoFix));
    nApplied = applyEdits(xDoc, aDocument, aPlan, rContext, aFailed);
    nApplied += applyFormat(xDoc, aFormat);
    aUndo.commit();
  }
  if (aSelection.paragraph && nApplied == 0)
    throw CommandError{aFailed + rContext.text(Message::FixNothingThere)};
  const rtl::OUString aCount = rtl::OUString::number(static_cast<sal_Int64>(nApplied));
  if (rArgs.interactive())
    rContext.showMessage(rContext.text(Message::FixesApplied).replaceFirst("%1", aCount),
                         awt::MessageBoxType_INFOBOX);
  return aCount + " fixes applied";
}

}  // namespace chengbao::ext
