// vnd.chengbao:InsertSection(Section, Template, Alternative, Profile): one section at the cursor.
#include <optional>
#include <utility>

#include "command.hxx"
#include "date_format.hpp"
#include "document_fields.hxx"
#include "document_model.hxx"
#include "report_writer.hxx"
#include "section_dialog.hxx"
#include "settings.hxx"
#include "skeleton.hpp"
#include "undo_context.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

/// True when some heading of the document already shows an automatic label (from the outline
/// numbering or from a list of its own): then the document's numbering stays as it is.
bool headingsAreNumbered(const Document& rDocument) {
  for (const Paragraph& rPara : rDocument.paragraphs)
    if (rPara.outline_level > 0 && !rPara.list_label.empty()) return true;
  return false;
}

}  // namespace

SectionSource sectionSource(const CommandContext& rContext,
                            const uno::Reference<text::XTextDocument>& xDoc,
                            const rtl::OUString& rFailed) {
  Profile aProfile = rContext.loadProfile(rContext.profilePath(), rFailed);
  // The template the report was made from, else the one the settings name.
  std::string aTemplateId = rContext.reportTemplateId(xDoc);
  if (aTemplateId.empty()) aTemplateId = readSettings(rContext.xContext).defaultTemplate;
  // The Script argument, else the script the report was made in, else the profile's.
  std::string aScript = aProfile.script;
  if (auto aArg = rContext.args.string("Script")) {
    aScript = toUtf8(*aArg);
  } else if (const std::string aRecorded = read_record(fieldValues(xDoc)).script;
             !aRecorded.empty()) {
    aScript = aRecorded;
  }
  ReportTemplate aTemplate = rContext.loadTemplate(aTemplateId, aScript, rFailed);
  return SectionSource{std::move(aProfile), std::move(aTemplate)};
}

rtl::OUString insertSectionCommand(const CommandContext& rContext) {
  const rtl::OUString aFailed = rContext.text(Message::SectionNotInserted);
  const auto& rArgs = rContext.args;
  auto xDoc = rContext.writerDocument();
  const SectionSource aSource = sectionSource(rContext, xDoc, aFailed);
  Profile aProfile = aSource.profile;
  const ReportTemplate& aTemplate = aSource.report_template;

  std::string aSectionId;
  if (auto aArg = rArgs.string("Section")) {
    aSectionId = toUtf8(*aArg);
  } else if (rArgs.interactive()) {
    std::optional<std::string> aChosen = chooseSection(rContext, aTemplate);
    if (!aChosen) return "cancelled";
    aSectionId = *aChosen;
  }
  if (find_section(aTemplate, aSectionId) == nullptr)
    throw CommandError{aFailed + rContext.text(Message::UnknownSection) + toOUString(aSectionId)};

  SkeletonOptions aOptions;
  aOptions.date = rContext.dateArgument(aFailed).value_or(today());
  // The Topic argument, else the topic the report was made about: a section's boilerplate that
  // names the topic names the report's own.
  if (auto aTopic = rArgs.string("Topic"))
    aOptions.topic = toUtf8(*aTopic);
  else
    aOptions.topic = read_record(fieldValues(xDoc)).topic;
  if (auto aAlternative = rArgs.string("Alternative"))
    aOptions.alternatives[aSectionId] = toUtf8(*aAlternative);
  if (auto aWhy = check_skeleton_options(aTemplate, aOptions))
    throw CommandError{aFailed + toOUString(*aWhy)};
  convert_to_template_script(aTemplate, aProfile, aOptions);
  const std::optional<Skeleton> aSection =
      build_section_skeleton(aTemplate, aProfile, aSectionId, aOptions);
  if (!aSection || aSection->paragraphs.empty())
    throw CommandError{aFailed + rContext.text(Message::UnknownSection) + toOUString(aSectionId)};

  // Organisation values stay live fields. The document's own values win (ApplyProfile may have
  // changed them since the report was made); only missing ones come from the profile, set first
  // so each field shows its value as soon as it is inserted.
  const std::map<std::string, std::string> aLiveFields = aProfile.fields(aOptions.date.year);
  const std::map<std::string, std::string> aPresent = fieldValues(xDoc);
  std::map<std::string, std::string> aMissing;
  for (const auto& [rName, rValue] : aLiveFields)
    if (aPresent.count(rName) == 0) aMissing[rName] = rValue;
  if (!aMissing.empty()) setFieldValues(xDoc, aMissing);

  UndoContext aUndo(xDoc, rContext.text(Message::UndoInsertSection));
  // A report made by InsertReport numbers its headings already; a document without any
  // numbering gets the template's, so the new heading has its label.
  if (!hasOutlineNumbering(xDoc) && !headingsAreNumbered(readDocument(xDoc)))
    applyOutlineNumbering(xDoc, aTemplate.numbering);
  writeParagraphs(xDoc, rContext.xFrame->getController(), aSection->paragraphs, aLiveFields,
                  traditional_region(aTemplate, aProfile));
  aUndo.commit();
  return toOUString(std::to_string(aSection->paragraphs.size()) + " paragraphs inserted");
}

}  // namespace chengbao::ext
