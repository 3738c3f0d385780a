// vnd.chengbao:Wizard: the report wizard's dialog, or with NoDialog=true its Finish from arguments.
#include "command.hxx"
#include "date_format.hpp"
#include "settings.hxx"
#include "ustring.hxx"
#include "wizard_dialog.hxx"
#include "wizard_finish.hxx"
#include "wizard_settings.hxx"

namespace chengbao::ext {
namespace {

/// The choices the arguments make; `rBase` gives the rest.
WizardChoices choicesFromArguments(const CommandContext& rContext, WizardChoices aChoices) {
  const rtl::OUString aFailed = rContext.text(Message::InsertReportFailed);
  const Arguments& rArgs = rContext.args;
  if (auto aTemplate = rArgs.string("Template")) {
    aChoices.templateKey = toSystemPath(*aTemplate);
    // Sections remembered for another template mean nothing for this one.
    aChoices.omit.clear();
    aChoices.alternatives.clear();
  }
  if (aChoices.templateKey.empty())
    aChoices.templateKey = readSettings(rContext.xContext).defaultTemplate;
  if (aChoices.templateKey.empty()) aChoices.templateKey = "work-report";
  if (auto aScript = rArgs.string("Script")) aChoices.script = toUtf8(*aScript);
  if (auto aOmit = rArgs.string("Omit")) {
    const auto aIds = splitList(toUtf8(*aOmit));
    aChoices.omit = std::set<std::string>(aIds.begin(), aIds.end());
  }
  if (auto aText = rArgs.string("Alternatives")) {
    auto aAlternatives = parseAlternatives(toUtf8(*aText));
    if (!aAlternatives)
      throw CommandError{aFailed + "Alternatives=" + *aText + " (section=alternative,…)"};
    aChoices.alternatives = std::move(*aAlternatives);
  }
  aChoices.profilePath = rContext.profilePath();
  if (auto aTopic = rArgs.string("Topic")) aChoices.topic = toUtf8(aTopic->trim());
  if (auto aDate = rContext.dateArgument(aFailed)) aChoices.date = aDate;
  if (auto aText = rArgs.string("Target")) {
    auto aTarget = parseTarget(toUtf8(*aText));
    if (!aTarget) throw CommandError{aFailed + "Target=" + *aText + " (cursor, new)"};
    aChoices.target = *aTarget;
  }
  if (auto aText = rArgs.string("PageSetup")) aChoices.pageSetup = rArgs.flag("PageSetup");
  if (auto aText = rArgs.string("Masthead")) aChoices.masthead = rArgs.flag("Masthead");
  if (auto aText = rArgs.string("Colophon")) aChoices.colophon = rArgs.flag("Colophon");
  if (auto aText = rArgs.string("Sequence")) aChoices.sequence = toUtf8(aText->trim());
  return aChoices;
}

}  // namespace

// Arguments: Template (id, path or file URL), Script (zh-Hans, zh-Hant), Omit (section ids,
// comma-separated), Alternatives (section=alternative, comma-separated), Profile, Topic, Date
// (YYYY-MM-DD), Target (cursor, new), PageSetup, Masthead, Colophon (true, false), Sequence (the
// 发文字号's number). Without NoDialog=true they fill in
// the dialog, which otherwise starts from the last Finish.
rtl::OUString wizardCommand(const CommandContext& rContext) {
  if (rContext.args.flag("NoDialog")) {
    // A script gets what it asks for: no choices of the last dialog slip in.
    return finishWizard(rContext, choicesFromArguments(rContext, WizardChoices()));
  }
  // Outside Writer there is nothing to insert into: say so before any dialog.
  rContext.writerDocument();
  const auto aChoices = runWizardDialog(
      rContext, choicesFromArguments(rContext, rememberedChoices(rContext.xContext)));
  if (!aChoices) return "cancelled";
  try {
    return finishWizard(rContext, *aChoices);
  } catch (const CommandError& rError) {
    // The dialog is gone: tell the person who pressed Finish. (Without arguments the protocol
    // handler shows the message itself; a menu passes some.)
    if (!rContext.args.interactive())
      rContext.showMessage(rError.message, css::awt::MessageBoxType_ERRORBOX);
    throw;
  } catch (const css::uno::Exception& rException) {
    if (!rContext.args.interactive())
      rContext.showMessage(rContext.text(Message::InsertReportFailed) + rException.Message,
                           css::awt::MessageBoxType_ERRORBOX);
    throw;
  }
}

}  // namespace chengbao::ext
