// vnd.chengbao:SaveHouseTemplate(Output, Id, Name, Extends, Profile, Optional): the open report
// as a house template, as `chengbao template derive` makes it from the same report saved.
// From the menu (no arguments) a dialog asks which headings are required, the id and the name,
// then a file picker where to save.
#include <string>
#include <variant>
#include <vector>

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>

#include "command.hxx"
#include "document_model.hxx"
#include "odf_writer.hpp"
#include "report_layout.hpp"
#include "section_dialog.hxx"
#include "template_derive.hpp"
#include "template_library.hpp"
#include "template_writer.hpp"
#include "ustring.hxx"

using namespace css;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace chengbao::ext {
namespace {

/// What the dialog asked: which headings are required, the id and the name.
struct Choices {
  std::vector<bool> required;
  std::string id;
  std::string name;
};

/// The model's headings as derive_template sees them (the body's outline), indented by level.
std::vector<std::string> headingLabels(const Document& rModel, const ReportTemplate* pBase) {
  CheckOptions aOptions;
  aOptions.report_template = pBase;
  const Outline aOutline = describe_document(rModel, aOptions).outline;
  std::vector<std::string> aLabels;
  for (const OutlineEntry& rEntry : aOutline.entries) {
    std::string aIndent;
    for (int p = rEntry.parent; p >= 0; p = aOutline.entries[p].parent) aIndent += "\u3000\u3000";
    aLabels.push_back(aIndent + (rEntry.label ? rEntry.label->text : std::string()) +
                      rEntry.heading);
  }
  return aLabels;
}

/// The Optional argument: 1-based positions of headings in outline order, comma-separated.
std::vector<bool> requiredFromArgument(const rtl::OUString& rOptional, std::size_t nHeadings,
                                       const rtl::OUString& rFailed) {
  std::vector<bool> aRequired(nHeadings, true);
  const std::string aText = toUtf8(rOptional);
  std::size_t nStart = 0;
  while (nStart <= aText.size()) {
    const std::size_t nEnd = std::min(aText.find(',', nStart), aText.size());
    const std::string aItem = aText.substr(nStart, nEnd - nStart);
    nStart = nEnd + 1;
    if (aItem.empty()) continue;
    std::size_t nPosition = 0;
    for (char c : aItem) {
      if (c < '0' || c > '9' || nPosition > nHeadings) {
        nPosition = 0;
        break;
      }
      nPosition = nPosition * 10 + static_cast<std::size_t>(c - '0');
    }
    if (nPosition == 0 || nPosition > nHeadings)
      throw CommandError{rFailed + toOUString("Optional: " + aItem)};
    aRequired[nPosition - 1] = false;
  }
  return aRequired;
}

/// Asks which headings are required (all selected at first), the id and the name; nullopt when
/// the user cancels.
std::optional<Choices> askChoices(const CommandContext& rContext,
                                  const std::vector<std::string>& rHeadings,
                                  const std::string& rDefaultId) {
  constexpr sal_Int32 kWidth = 240;
  constexpr sal_Int32 kHeight = 200;
  constexpr sal_Int32 kMargin = 6;
  constexpr sal_Int32 kButtonWidth = 50;
  constexpr sal_Int32 kRow = 14;
  uno::Sequence<rtl::OUString> aItems(static_cast<sal_Int32>(rHeadings.size()));
  uno::Sequence<sal_Int16> aAll(static_cast<sal_Int32>(rHeadings.size()));
  for (std::size_t i = 0; i < rHeadings.size(); ++i) {
    aItems.getArray()[i] = toOUString(rHeadings[i]);
    aAll.getArray()[i] = static_cast<sal_Int16>(i);
  }
  Reference<beans::XPropertySet> xDialogModel =
      createDialogModel(rContext, kWidth, kHeight, rContext.text(Message::SaveHouseTemplateTitle),
                        "vnd.chengbao:SaveHouseTemplate");
  Reference<lang::XMultiServiceFactory> xFactory(xDialogModel, UNO_QUERY_THROW);
  Reference<container::XNameContainer> xControls(xDialogModel, UNO_QUERY_THROW);

  const sal_Int32 nInner = kWidth - 2 * kMargin;
  const sal_Int32 nLabelWidth = 60;
  sal_Int16 nTab = 0;
  // Each label before its field: the label's mnemonic takes the focus to the field after it.
  auto xIdLabel = addControl(xFactory, xControls, "com.sun.star.awt.UnoControlFixedTextModel",
                             "idLabel", kMargin, kMargin + 2, nLabelWidth, 10);
  xIdLabel->setPropertyValue("Label", Any(rContext.text(Message::HouseTemplateIdLabel)));
  auto xId = addControl(xFactory, xControls, "com.sun.star.awt.UnoControlEditModel", "id",
                        kMargin + nLabelWidth, kMargin, nInner - nLabelWidth, 12);
  xId->setPropertyValue("Text", Any(toOUString(rDefaultId)));
  xId->setPropertyValue("TabIndex", Any(nTab++));
  auto xNameLabel = addControl(xFactory, xControls, "com.sun.star.awt.UnoControlFixedTextModel",
                               "nameLabel", kMargin, kMargin + kRow + 4, nLabelWidth, 10);
  xNameLabel->setPropertyValue("Label", Any(rContext.text(Message::HouseTemplateNameLabel)));
  auto xName = addControl(xFactory, xControls, "com.sun.star.awt.UnoControlEditModel", "name",
                          kMargin + nLabelWidth, kMargin + kRow + 2, nInner - nLabelWidth, 12);
  xName->setPropertyValue("TabIndex", Any(nTab++));
  const sal_Int32 nListTop = kMargin + 2 * kRow + 16;
  auto xListLabel = addControl(xFactory, xControls, "com.sun.star.awt.UnoControlFixedTextModel",
                               "sectionsLabel", kMargin, nListTop - 12, nInner, 10);
  xListLabel->setPropertyValue("Label", Any(rContext.text(Message::HouseTemplateSectionsLabel)));
  const sal_Int32 nButtonsY = kHeight - kMargin - kRow;
  auto xList = addControl(xFactory, xControls, "com.sun.star.awt.UnoControlListBoxModel",
                          "sections", kMargin, nListTop, nInner, nButtonsY - kMargin - nListTop);
  xList->setPropertyValue("StringItemList", Any(aItems));
  xList->setPropertyValue("Dropdown", Any(false));
  xList->setPropertyValue("MultiSelection", Any(true));
  xList->setPropertyValue("SelectedItems", Any(aAll));
  xList->setPropertyValue("TabIndex", Any(nTab++));
  auto xOk = addControl(xFactory, xControls, "com.sun.star.awt.UnoControlButtonModel", "ok",
                        kWidth - kMargin - 2 * kButtonWidth - 4, nButtonsY, kButtonWidth, kRow);
  xOk->setPropertyValue("Label", Any(rContext.text(Message::DialogOk)));
  xOk->setPropertyValue("PushButtonType", Any(sal_Int16(awt::PushButtonType_OK)));
  xOk->setPropertyValue("DefaultButton", Any(true));
  xOk->setPropertyValue("TabIndex", Any(nTab++));
  auto xCancel = addControl(xFactory, xControls, "com.sun.star.awt.UnoControlButtonModel", "cancel",
                            kWidth - kMargin - kButtonWidth, nButtonsY, kButtonWidth, kRow);
  xCancel->setPropertyValue("Label", Any(rContext.text(Message::DialogCancel)));
  xCancel->setPropertyValue("PushButtonType", Any(sal_Int16(awt::PushButtonType_CANCEL)));
  xCancel->setPropertyValue("TabIndex", Any(nTab++));

  Reference<awt::XControl> xDialog = createDialog(rContext, xDialogModel);
  DisposeGuard aGuard{Reference<lang::XComponent>(xDialog, uno::UNO_QUERY)};
  for (;;) {
    if (Reference<awt::XDialog>(xDialog, UNO_QUERY_THROW)->execute() != 1) return std::nullopt;
    Reference<awt::XControlContainer> xContainer(xDialog, UNO_QUERY_THROW);
    Choices aChoices;
    aChoices.id = toUtf8(
        Reference<awt::XTextComponent>(xContainer->getControl("id"), UNO_QUERY_THROW)->getText());
    aChoices.name = toUtf8(
        Reference<awt::XTextComponent>(xContainer->getControl("name"), UNO_QUERY_THROW)->getText());
    aChoices.required.assign(rHeadings.size(), false);
    const uno::Sequence<sal_Int16> aSelected =
        Reference<awt::XListBox>(xContainer->getControl("sections"), UNO_QUERY_THROW)
            ->getSelectedItemsPos();
    for (sal_Int16 nRow : aSelected) {
      if (nRow >= 0 && static_cast<std::size_t>(nRow) < rHeadings.size())
        aChoices.required[static_cast<std::size_t>(nRow)] = true;
    }
    if (aChoices.id.empty() || valid_template_id(aChoices.id)) return aChoices;
    // A wrong id: said, and the dialog again with what the user typed.
    rContext.showMessage(rContext.text(Message::HouseTemplateBadId) + toOUString(aChoices.id),
                         awt::MessageBoxType_WARNINGBOX);
  }
}

/// Asks where to save; empty when the user cancels.
std::string askOutput(const CommandContext& rContext, const std::string& rId) {
  Reference<ui::dialogs::XFilePicker3> xPicker = ui::dialogs::FilePicker::createWithMode(
      rContext.xContext, ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
  xPicker->setTitle(rContext.text(Message::SaveHouseTemplateTitle));
  const rtl::OUString aFilter = rContext.text(Message::HouseTemplateFilter) + " (*.xml)";
  xPicker->appendFilter(aFilter, "*.xml");
  xPicker->setCurrentFilter(aFilter);
  xPicker->setDefaultName(toOUString(rId + ".xml"));
  if (xPicker->execute() != ui::dialogs::ExecutableDialogResults::OK) return std::string();
  const uno::Sequence<rtl::OUString> aFiles = xPicker->getSelectedFiles();
  return aFiles.getLength() == 0 ? std::string() : toSystemPath(aFiles[0]);
}

int countSections(const std::vector<Section>& rSections) {
  int nCount = 0;
  for (const Section& rSection : rSections) nCount += 1 + countSections(rSection.children);
  return nCount;
}

}  // namespace

rtl::OUString saveHouseTemplateCommand(const CommandContext& rContext) {
  const rtl::OUString aFailed = rContext.text(Message::SaveHouseTemplateFailed);
  const auto fail = [&](const LoadError& rError) {
    return CommandError{aFailed + toOUString(describe(rError, rContext.coreLanguage()))};
  };
  auto xDoc = rContext.writerDocument();
  const Document aModel = readDocument(xDoc);
  const std::string aDir = rContext.templateDir();

  DeriveOptions aOptions;
  if (auto aId = rContext.args.string("Id")) {
    aOptions.id = toUtf8(*aId);
    if (!valid_template_id(aOptions.id))
      throw CommandError{rContext.text(Message::HouseTemplateBadId) + *aId};
  }
  if (auto aName = rContext.args.string("Name")) aOptions.name = toUtf8(*aName);
  // As `template derive --profile`: the names of the Profile argument become fields; from the
  // menu, those of the profile in use.
  if (rContext.args.string("Profile") || rContext.args.interactive())
    aOptions.profile = rContext.loadProfile(rContext.profilePath(), aFailed);
  if (auto aExtends = rContext.args.string("Extends")) {
    auto aBase = find_template(toUtf8(*aExtends), aDir);
    if (auto* pError = std::get_if<LoadError>(&aBase)) throw fail(*pError);
    aOptions.base = std::get<ReportTemplate>(std::move(aBase));
  }
  for (const TemplateInfo& rInfo : list_templates(aDir)) aOptions.taken_ids.push_back(rInfo.id);

  const std::vector<std::string> aHeadings =
      headingLabels(aModel, aOptions.base ? &*aOptions.base : nullptr);
  std::string aOutput;
  if (auto aArg = rContext.args.string("Output")) aOutput = toSystemPath(*aArg);
  if (auto aOptional = rContext.args.string("Optional"))
    aOptions.required = requiredFromArgument(*aOptional, aHeadings.size(), aFailed);

  if (rContext.args.interactive()) {
    DeriveOptions aDefaults = aOptions;
    aDefaults.required.clear();
    // The id the template gets by default; a model without headings is refused here, said why.
    auto aPreview = derive_template(aModel, aDefaults);
    if (auto* pError = std::get_if<LoadError>(&aPreview)) throw fail(*pError);
    const auto aChoices = askChoices(rContext, aHeadings, std::get<ReportTemplate>(aPreview).id);
    if (!aChoices) return "cancelled";
    aOptions.required = aChoices->required;
    if (!aChoices->id.empty()) aOptions.id = aChoices->id;
    aOptions.name = aChoices->name;
  }
  auto aDerived = derive_template(aModel, aOptions);
  if (auto* pError = std::get_if<LoadError>(&aDerived)) throw fail(*pError);
  const ReportTemplate& rTemplate = std::get<ReportTemplate>(aDerived);
  if (aOutput.empty() && rContext.args.interactive()) {
    aOutput = askOutput(rContext, rTemplate.id);
    if (aOutput.empty()) return "cancelled";
  }
  if (aOutput.empty()) throw CommandError{rContext.text(Message::HouseTemplateNeedsOutput)};

  const std::string aSource = aModel.file.empty() ? std::string("Writer") : aModel.file;
  const std::string aXml = template_xml(rTemplate, aOptions.base ? &*aOptions.base : nullptr,
                                        "Derived by chengbao template derive from " + aSource);
  // What is written must load, as the command line makes sure too.
  TemplateLoadOptions aLoad;
  aLoad.parent_dirs = {aDir};
  const auto aReread = parse_template(aXml, aOutput, aLoad);
  if (auto* pError = std::get_if<LoadError>(&aReread)) throw fail(*pError);
  if (auto aError = write_file_atomically(aOutput, aXml)) throw fail(*aError);

  const int nSections = countSections(rTemplate.sections);
  if (rContext.args.interactive())
    rContext.showMessage(rContext.text(Message::HouseTemplateSaved)
                             .replaceFirst("%1", toOUString(rTemplate.id))
                             .replaceFirst("%2", rtl::OUString::number(nSections))
                             .replaceFirst("%3", toOUString(aOutput)),
                         awt::MessageBoxType_INFOBOX);
  return toOUString(rTemplate.id + ": " + std::to_string(nSections) + " sections to " + aOutput);
}

}  // namespace chengbao::ext
