// The report wizard's Finish: the chosen report inserted as one undo step, the choices kept.
#include "wizard_finish.hxx"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "font_notice.hxx"
#include "report_writer.hxx"
#include "settings.hxx"
#include "skeleton.hpp"
#include "undo_context.hxx"
#include "ustring.hxx"
#include "wizard_page_setup.hxx"
#include "wizard_settings.hxx"

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace chengbao::ext {
namespace {

struct Target {
  Reference<text::XTextDocument> xDoc;
  Reference<frame::XController> xController;
};

Target openTarget(const CommandContext& rContext, InsertTarget eTarget) {
  if (eTarget == InsertTarget::Cursor)
    return {rContext.writerDocument(), rContext.xFrame->getController()};
  Reference<frame::XComponentLoader> xLoader(frame::Desktop::create(rContext.xContext),
                                             UNO_QUERY_THROW);
  Reference<lang::XComponent> xComponent = xLoader->loadComponentFromURL(
      "private:factory/swriter", "_blank", 0, uno::Sequence<beans::PropertyValue>());
  Reference<text::XTextDocument> xDoc(xComponent, UNO_QUERY_THROW);
  return {xDoc, Reference<frame::XModel>(xDoc, UNO_QUERY_THROW)->getCurrentController()};
}

void closeQuietly(const Reference<text::XTextDocument>& xDoc) noexcept {
  try {
    Reference<util::XCloseable> xCloseable(xDoc, uno::UNO_QUERY);
    if (xCloseable.is()) xCloseable->close(true);
  } catch (...) {
    // The document stays open; the user can close it.
  }
}

}  // namespace

rtl::OUString finishWizard(const CommandContext& rContext, const WizardChoices& rChoices) {
  const rtl::OUString aFailed = rContext.text(Message::InsertReportFailed);
  Profile aProfile = rContext.loadProfile(rChoices.profilePath, aFailed);
  WizardChoices aChoices = rChoices;
  if (aChoices.script.empty()) aChoices.script = aProfile.script;
  const ReportTemplate aTemplate =
      rContext.loadTemplate(aChoices.templateKey, aChoices.script, aFailed);

  SkeletonOptions aOptions;
  aOptions.date = aChoices.date.value_or(today());
  aOptions.topic = aChoices.topic;
  aOptions.alternatives = aChoices.alternatives;
  aOptions.omit = aChoices.omit;
  aOptions.masthead = aChoices.masthead;
  aOptions.colophon = aChoices.colophon;
  aOptions.sequence = aChoices.sequence;  // used only with the masthead
  // A script names sections by id: tell it about one the template does not have.
  if (auto aProblem = check_skeleton_options(aTemplate, aOptions))
    throw CommandError{aFailed + toOUString(*aProblem)};
  // A 繁體 report is Traditional throughout: the topic and the values typed in Simplified too.
  convert_to_template_script(aTemplate, aProfile, aOptions);
  const Skeleton aSkeleton = build_skeleton(aTemplate, aProfile, aOptions);

  const Target aTarget = openTarget(rContext, aChoices.target);
  const rtl::OUString aUndoTitle = rContext.text(Message::UndoInsertReport);
  try {
    // As the dialog offers it: the GB/T 9704 page of a Chinese template.
    const bool bPage = aChoices.pageSetup && aTemplate.layout.standard == "gbt9704";
    if (bPage) preparePageFooter(aTarget.xDoc, aTarget.xController, *aTemplate.layout.page);
    // The page setup and the report are one step: a single Undo takes both back.
    UndoContext aUndo(aTarget.xDoc, aUndoTitle);
    if (bPage)
      applyPageSetup(rContext.xContext, aTarget.xDoc, aTarget.xController, aTemplate.layout);
    insertSkeleton(aTarget.xDoc, aTarget.xController, aTemplate, aSkeleton,
                   skeleton_record(aTemplate, aProfile, aOptions),
                   aProfile.fields(aOptions.date.year), aUndoTitle,
                   traditional_region(aTemplate, aProfile));
    aUndo.commit();
  } catch (...) {
    // A new document that did not get its report is of no use to anyone.
    if (aChoices.target == InsertTarget::NewDocument) closeQuietly(aTarget.xDoc);
    throw;
  }

  // The shipped example stays the fallback it is; any other profile becomes the one in use.
  if (rChoices.profilePath != rContext.templateDir() + "/profiles/example.xml" ||
      !readSettings(rContext.xContext).currentProfile.empty())
    rememberProfile(rContext.xContext, rChoices.profilePath);
  rememberChoices(rContext.xContext, aChoices);
  const rtl::OUString aInserted =
      toOUString(std::to_string(aSkeleton.paragraphs.size()) + " paragraphs inserted" +
                 (aChoices.target == InsertTarget::NewDocument ? " into a new document" : ""));
  // The styles carry the template's typefaces whatever the page: say which the office lacks.
  const rtl::OUString aFonts = missingFontNotice(
      rContext,
      report_layout(aTemplate.layout, traditional_region(aTemplate, aProfile).has_value()));
  if (aFonts.isEmpty()) return aInserted;
  showFontNotice(aTarget.xController, aFonts);
  return aInserted + "; " + aFonts;
}

}  // namespace chengbao::ext
