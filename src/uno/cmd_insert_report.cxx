// vnd.chengbao:InsertReport(Template, Profile, Script, Topic, Date): a report skeleton at the
// cursor.
#include "command.hxx"
#include "date_format.hpp"
#include "report_writer.hxx"
#include "settings.hxx"
#include "skeleton.hpp"
#include "ustring.hxx"

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
  insertSkeleton(xDoc, rContext.xFrame->getController(), aTemplate, aSkeleton,
                 skeleton_record(aTemplate, aProfile, aOptions),
                 aProfile.fields(aOptions.date.year), rContext.text(Message::UndoInsertReport),
                 traditional_region(aTemplate, aProfile));
  return toOUString(std::to_string(aSkeleton.paragraphs.size()) + " paragraphs inserted");
}

}  // namespace chengbao::ext
