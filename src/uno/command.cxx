// What every vnd.chengbao: command gets and may use: its arguments, the frame, shared helpers.
#include "command.hxx"

#include <variant>

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include "check.hpp"
#include "document_fields.hxx"
#include "document_record.hpp"
#include "extension_location.hxx"
#include "settings.hxx"
#include "template_library.hpp"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {

const std::map<std::string, Command>& commands() {
  static const std::map<std::string, Command> aCommands = {
      {"ApplyProfile", applyProfileCommand},
      {"Check", checkCommand},
      {"CheckPackUpdates", checkPackUpdatesCommand},
      {"Fix", fixCommand},
      {"Help", helpCommand},
      {"ImportPack", importPackCommand},
      {"InsertReport", insertReportCommand},
      {"InsertSection", insertSectionCommand},
      {"InstallPackUpdates", installPackUpdatesCommand},
      {"SaveHouseTemplate", saveHouseTemplateCommand},
      {"Wizard", wizardCommand},
  };
  return aCommands;
}

bool changesDocument(const std::string& rName) {
  // Check and Help only read; the Wizard inserts at the cursor (its usual target).
  return rName == "ApplyProfile" || rName == "Fix" || rName == "InsertReport" ||
         rName == "InsertSection" || rName == "Wizard";
}

bool showsReadOnlyDocument(const uno::Reference<frame::XFrame>& xFrame) {
  uno::Reference<frame::XController> xController = xFrame.is() ? xFrame->getController() : nullptr;
  uno::Reference<frame::XStorable> xStorable(xController.is() ? xController->getModel() : nullptr,
                                             uno::UNO_QUERY);
  return xStorable.is() && xStorable->isReadonly();
}

std::optional<rtl::OUString> Arguments::string(const char* pName) const {
  for (const beans::PropertyValue& rArg : m_rArgs) {
    rtl::OUString aValue;
    if (rArg.Name.equalsAscii(pName) && (rArg.Value >>= aValue)) return aValue;
  }
  return std::nullopt;
}

bool Arguments::interactive() const {
  // The framework adds its own to a click: Referer=private:user for an add-on menu item (7.4),
  // KeyModifier for a toolbar button or a modified click. Those do not make it a script.
  for (const beans::PropertyValue& rArg : m_rArgs) {
    if (rArg.Name != "Referer" && rArg.Name != "KeyModifier") return false;
  }
  return true;
}

std::optional<sal_Int32> Arguments::integer(const char* pName) const {
  for (const beans::PropertyValue& rArg : m_rArgs) {
    if (!rArg.Name.equalsAscii(pName)) continue;
    sal_Int32 nValue = 0;
    if (rArg.Value >>= nValue) return nValue;  // also takes the smaller integer types
    rtl::OUString aText;
    if (!(rArg.Value >>= aText)) return std::nullopt;
    aText = aText.trim();
    if (aText.isEmpty() || aText.getLength() > 9) return std::nullopt;
    for (sal_Int32 i = 0; i < aText.getLength(); ++i)
      if (aText[i] < '0' || aText[i] > '9') return std::nullopt;
    return aText.toInt32();
  }
  return std::nullopt;
}

bool Arguments::flag(const char* pName) const {
  for (const beans::PropertyValue& rArg : m_rArgs) {
    if (!rArg.Name.equalsAscii(pName)) continue;
    bool bValue = false;
    if (rArg.Value >>= bValue) return bValue;
    rtl::OUString aText;
    if (rArg.Value >>= aText) return aText.equalsIgnoreAsciiCase("true") || aText == "1";
    return false;
  }
  return false;
}

Language CommandContext::coreLanguage() const { return ext::coreLanguage(language); }

uno::Reference<text::XTextDocument> CommandContext::writerDocument() const {
  uno::Reference<frame::XController> xController = xFrame.is() ? xFrame->getController() : nullptr;
  uno::Reference<text::XTextDocument> xDoc(xController.is() ? xController->getModel() : nullptr,
                                           uno::UNO_QUERY);
  if (!xDoc.is()) throw CommandError{text(Message::NotAWriterDocument)};
  return xDoc;
}

std::string CommandContext::templateDir() const { return shippedTemplateDir(xContext); }

std::string CommandContext::profilePath() const {
  if (auto aArg = args.string("Profile")) return toSystemPath(*aArg);
  const std::string aCurrent = readSettings(xContext).currentProfile;
  return aCurrent.empty() ? templateDir() + "/profiles/example.xml" : aCurrent;
}

Profile CommandContext::loadProfile(const std::string& rPath, const rtl::OUString& rFailed) const {
  auto aProfile = load_profile(rPath);
  if (auto* pError = std::get_if<LoadError>(&aProfile))
    throw CommandError{rFailed + toOUString(describe(*pError, coreLanguage()))};
  return std::get<Profile>(std::move(aProfile));
}

std::string CommandContext::reportTemplateId(
    const uno::Reference<text::XTextDocument>& xDoc) const {
  if (auto aArg = args.string("Template")) return toSystemPath(*aArg);
  return read_record(fieldValues(xDoc)).template_id;
}

std::optional<ReportTemplate> CommandContext::reportTemplate(
    const uno::Reference<text::XTextDocument>& xDoc, const Document& rDocument,
    const rtl::OUString& rFailed) const {
  const std::string aId = reportTemplateId(xDoc);
  if (aId.empty()) return std::nullopt;
  const auto aScript = args.string("Script");
  return loadTemplate(aId, aScript ? toUtf8(*aScript) : document_script(rDocument), rFailed);
}

std::optional<Profile> CommandContext::profileArgument(const rtl::OUString& rFailed) const {
  if (auto aArg = args.string("Profile")) return loadProfile(toSystemPath(*aArg), rFailed);
  return std::nullopt;
}

std::optional<Date> CommandContext::dateArgument(const rtl::OUString& rFailed) const {
  const auto aText = args.string("Date");
  if (!aText) return std::nullopt;
  auto aDate = parse_iso_date(toUtf8(*aText));
  if (!aDate) throw CommandError{rFailed + "Date=" + *aText + " (YYYY-MM-DD)"};
  return aDate;
}

std::vector<Finding> checkFindings(const CommandContext& rContext, const Document& rDocument,
                                   const std::optional<ReportTemplate>& rTemplate,
                                   const std::optional<Profile>& rProfile) {
  CheckOptions aOptions;
  aOptions.report_template = rTemplate ? &*rTemplate : nullptr;
  aOptions.profile = rProfile ? &*rProfile : nullptr;
  aOptions.language = rContext.coreLanguage();
  // A 繁體 report writes the profile's names in Traditional, as they were converted when it was
  // made: compare it with them so, and offer them so.
  std::optional<Profile> aTraditional;
  if (rProfile && document_script(rDocument) == "zh-Hant") {
    aTraditional = traditional_profile(*rProfile);
    if (aTraditional) aOptions.profile = &*aTraditional;
  }
  return check_document(rDocument, aOptions).findings;
}

ReportTemplate CommandContext::loadTemplate(const std::string& rIdOrPath,
                                            const std::string& rScript,
                                            const rtl::OUString& rFailed) const {
  auto aTemplate = find_template(rIdOrPath, templateDir(), rScript);
  if (auto* pError = std::get_if<LoadError>(&aTemplate)) {
    // Not shipped: the house templates of the folders in the settings (an imported pack's too),
    // their parents looked for among the shipped ones.
    const LoadError aShipped = *pError;
    for (const std::string& rFolder : readSettings(xContext).templateFolders) {
      auto aPath = resolve_template(rIdOrPath, rFolder, rScript);
      if (!std::holds_alternative<std::string>(aPath)) continue;
      TemplateLoadOptions aOptions;
      aOptions.parent_dirs = {templateDir()};
      auto aHouse = load_template(std::get<std::string>(aPath), aOptions);
      if (auto* pHouse = std::get_if<ReportTemplate>(&aHouse)) return std::move(*pHouse);
      throw CommandError{rFailed +
                         toOUString(describe(std::get<LoadError>(aHouse), coreLanguage()))};
    }
    throw CommandError{rFailed + toOUString(describe(aShipped, coreLanguage()))};
  }
  return std::get<ReportTemplate>(std::move(aTemplate));
}

void CommandContext::showMessage(const rtl::OUString& rText,
                                 awt::MessageBoxType eType) const noexcept {
  try {
    if (!xFrame.is()) return;
    uno::Reference<awt::XWindowPeer> xPeer(xFrame->getContainerWindow(), uno::UNO_QUERY);
    if (!xPeer.is()) return;
    uno::Reference<awt::XMessageBoxFactory> xFactory(awt::Toolkit::create(xContext),
                                                     uno::UNO_QUERY_THROW);
    uno::Reference<awt::XMessageBox> xBox =
        xFactory->createMessageBox(xPeer, eType, 1 /* OK */, text(Message::ProductName), rText);
    if (xBox.is()) xBox->execute();
  } catch (...) {
    // Nothing more can be done; the text is in the log and the dispatch result.
  }
}

}  // namespace chengbao::ext
