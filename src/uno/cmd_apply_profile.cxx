// vnd.chengbao:ApplyProfile(Profile): organisation fields re-filled from a profile, one undo step.
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>

#include "command.hxx"
#include "document_fields.hxx"
#include "settings.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {

rtl::OUString applyProfileCommand(const CommandContext& rContext) {
  const rtl::OUString aFailed = rContext.text(Message::ApplyProfileFailed);
  auto xDoc = rContext.writerDocument();
  const std::string aPath = rContext.profilePath();
  const Profile aProfile = rContext.loadProfile(aPath, aFailed);
  const std::map<std::string, std::string> aValues = aProfile.fields();
  const rtl::OUString aTitle = rContext.text(Message::UndoApplyProfile);
  uno::Reference<document::XUndoManagerSupplier> xUndoSupplier(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<document::XUndoManager> xUndo = xUndoSupplier->getUndoManager();
  xUndo->enterUndoContext(aTitle);
  try {
    setFieldValuesUndoable(xDoc, xUndo, aValues, aTitle);
  } catch (...) {
    xUndo->leaveUndoContext();
    throw;
  }
  xUndo->leaveUndoContext();
  rememberProfile(rContext.xContext, aPath);
  // From the menu (no arguments): the profile in use, and a word of what it changed.
  if (rContext.args.interactive())
    rContext.showMessage(
        rContext.text(Message::ProfileApplied)
            .replaceFirst("%1", toOUString(aProfile.full_name))
            .replaceFirst("%2", rtl::OUString::number(static_cast<sal_Int64>(aValues.size()))),
        awt::MessageBoxType_INFOBOX);
  return toOUString(std::to_string(aValues.size()) + " fields from " + aPath);
}

}  // namespace chengbao::ext
