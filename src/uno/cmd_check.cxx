// vnd.chengbao:Check(Template, Profile, Script, Output): the open report through the core rules.
#include <fstream>
#include <optional>

#include "check_panel.hxx"
#include "check_report.hpp"
#include "command.hxx"
#include "document_model.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {

rtl::OUString checkCommand(const CommandContext& rContext) {
  const rtl::OUString aFailed = rContext.text(Message::CheckFailed);
  const auto& rArgs = rContext.args;
  // From the menu or the shortcut: the Check deck of the sidebar, beside the text it selects;
  // the floating panel where there is no sidebar, or when asked for (Floating=true). Both
  // check and list the findings themselves.
  if (rArgs.interactive() && showCheckDeck(rContext)) return rtl::OUString();
  if (rArgs.interactive() || rArgs.flag("Floating")) return showCheckPanel(rContext);
  auto xDoc = rContext.writerDocument();
  const Document aDocument = readDocument(xDoc);

  // The template asked for, else the one the report was made from.
  const std::optional<ReportTemplate> aTemplate = rContext.reportTemplate(xDoc, aDocument, aFailed);
  const std::optional<Profile> aProfile = rContext.profileArgument(aFailed);
  FileReport aReport;
  aReport.file = aDocument.file;
  aReport.template_id = aTemplate ? aTemplate->id : std::string();
  aReport.findings = checkFindings(rContext, aDocument, aTemplate, aProfile);
  const Summary aSummary = summarize({aReport});
  const std::string aCounts = std::to_string(aSummary.errors) + " error(s), " +
                              std::to_string(aSummary.warnings) + " warning(s), " +
                              std::to_string(aSummary.infos) + " info";

  if (auto aOutput = rArgs.string("Output")) {
    const std::string aPath = toSystemPath(*aOutput);
    std::ofstream aOut(aPath, std::ios::binary | std::ios::trunc);
    aOut << check_json({aReport}) << '\n';
    if (!aOut.flush())
      throw CommandError{rContext.text(Message::OutputNotWritten) + toOUString(aPath)};
  }
  return toOUString(aCounts);
}

}  // namespace chengbao::ext
