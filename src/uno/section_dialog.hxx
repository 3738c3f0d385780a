// The Insert Section dialog (the template's sections, indented by level, with OK and Cancel) and
// the list of sections it shares with the Insert Section submenu.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include "command.hxx"
#include "report_template.hpp"

namespace chengbao::ext {

/// Adds a control model named `pName` to a dialog model (its factory and container), with its
/// position and size in the dialog's units. Shared by the extension's code-built dialogs.
css::uno::Reference<css::beans::XPropertySet> addControl(
    const css::uno::Reference<css::lang::XMultiServiceFactory>& xFactory,
    const css::uno::Reference<css::container::XNameContainer>& xControls, const char* pService,
    const char* pName, sal_Int32 nX, sal_Int32 nY, sal_Int32 nWidth, sal_Int32 nHeight);

/// A dialog model of this size (dialog units) and title; F1 opens the help page whose bookmark
/// names `pHelpUrl`. For dialogs shown where there is no command (the options page).
css::uno::Reference<css::beans::XPropertySet> createDialogModel(
    const css::uno::Reference<css::uno::XComponentContext>& xContext, sal_Int32 nWidth,
    sal_Int32 nHeight, const rtl::OUString& rTitle, const char* pHelpUrl);
/// A dialog model of this size (dialog units) and title; F1 opens the help page whose bookmark
/// names `pHelpUrl` (a command's URL).
css::uno::Reference<css::beans::XPropertySet> createDialogModel(const CommandContext& rContext,
                                                                sal_Int32 nWidth, sal_Int32 nHeight,
                                                                const rtl::OUString& rTitle,
                                                                const char* pHelpUrl);
/// The dialog of `xModel`, over the command's frame, ready to execute (dispose it: DisposeGuard).
css::uno::Reference<css::awt::XControl> createDialog(
    const CommandContext& rContext, const css::uno::Reference<css::beans::XPropertySet>& xModel);

/// The dialog of `xModel` over the window `xParent` (none: over nothing), ready to execute.
css::uno::Reference<css::awt::XControl> createDialog(
    const css::uno::Reference<css::uno::XComponentContext>& xContext,
    const css::uno::Reference<css::beans::XPropertySet>& xModel,
    const css::uno::Reference<css::awt::XWindowPeer>& xParent);

/// Disposes a dialog however the function that shows it leaves.
struct DisposeGuard {
  css::uno::Reference<css::lang::XComponent> xComponent;
  ~DisposeGuard();
};

/// A section as the dialog and the Insert Section submenu list it.
struct SectionEntry {
  std::string id;
  std::string label;  ///< the heading, indented by two ideographic spaces per level below the first
};

/// Every section of `rTemplate`, depth first.
std::vector<SectionEntry> sectionEntries(const ReportTemplate& rTemplate);

/// Asks which section of `rTemplate` to insert, in a modal dialog over the command's frame.
/// The chosen section's id, or nullopt when the user cancels.
std::optional<std::string> chooseSection(const CommandContext& rContext,
                                         const ReportTemplate& rTemplate);

}  // namespace chengbao::ext
