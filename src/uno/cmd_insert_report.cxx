// vnd.chengbao:InsertReport(Template, Profile, Script, Topic, Date, PageSetup): a report skeleton
// at the cursor, on the template's page.
#include "command.hxx"
#include "date_format.hpp"
#include "font_notice.hxx"
#include "report_writer.hxx"
#include "settings.hxx"
#include "skeleton.hpp"
#include "undo_context.hxx"
#include "ustring.hxx"
#include "wizard_page_setup.hxx"

namespace chengbao::ext {

rtl::OUString insertReportCommand(const CommandContext& rContext) {
  const rtl::OUString aFailed = rContext.text(Message::InsertReportFailed);
  const auto& rArgs = rContext.args;
  auto xDoc = rContext.writerDocument();
  Profile aProfile = rContext.loadProfile(rContext.profilePath(), aFailed);
  const std::string aTemplateArg = rArgs.string("Template")
                                       ? toSystemPath(*rArgs.string("Template"))
                                       : readSettings(rContext.xContext).defaultTemplate;
  // The script asked for, else the one the institution's profile prefers.
  const std::string aScript =
      rArgs.string("Script") ? toUtf8(*rArgs.string("Script")) : aProfile.script;
  const ReportTemplate aTemplate = rContext.loadTemplate(aTemplateArg, aScript, aFailed);

  SkeletonOptions aOptions;
  aOptions.date = rContext.dateArgument(aFailed).value_or(today());
  if (auto aTopic = rArgs.string("Topic")) aOptions.topic = toUtf8(*aTopic);
  // A 繁體 report is Traditional throughout: the topic and the values typed in Simplified too.
  convert_to_template_script(aTemplate, aProfile, aOptions);

  const Skeleton aSkeleton = build_skeleton(aTemplate, aProfile, aOptions);
  const auto xController = rContext.xFrame->getController();
  // The template's page (its <layout>), unless PageSetup=false.
  const bool bPage =
      aTemplate.layout.page.has_value() && (!rArgs.string("PageSetup") || rArgs.flag("PageSetup"));
  if (bPage) preparePageFooter(xDoc, xController, *aTemplate.layout.page);
  // The page setup and the report are one step: a single Undo takes both back.
  const rtl::OUString aUndoTitle = rContext.text(Message::UndoInsertReport);
  UndoContext aUndo(xDoc, aUndoTitle);
  if (bPage) applyPageSetup(rContext.xContext, xDoc, xController, aTemplate.layout);
  insertSkeleton(
      xDoc, xController, aTemplate, aSkeleton, skeleton_record(aTemplate, aProfile, aOptions),
      aProfile.fields(aOptions.date.year), aUndoTitle, traditional_region(aTemplate, aProfile));
  aUndo.commit();
  const rtl::OUString aInserted =
      toOUString(std::to_string(aSkeleton.paragraphs.size()) + " paragraphs inserted");
  const rtl::OUString aFonts = missingFontNotice(
      rContext,
      report_layout(aTemplate.layout, traditional_region(aTemplate, aProfile).has_value()));
  if (aFonts.isEmpty()) return aInserted;
  showFontNotice(xController, aFonts);
  return aInserted + "; " + aFonts;
}

}  // namespace chengbao::ext
