// The Check panel: a non-modal dialog listing a report's findings by severity, with Fix,
// Fix all safe, Re-check and a template chooser.
#pragma once

#include "command.hxx"

namespace chengbao::ext {

/// The panel's title in `rLanguage`; a window with this title is the Check panel.
rtl::OUString checkPanelTitle(const rtl::OUString& rLanguage);

/// Opens the Check panel for the frame's Writer document, or re-checks and raises the one that is
/// already open for it. Returns at once (the panel is not modal) with the summary of the check.
/// Throws CommandError when the frame holds no Writer document.
rtl::OUString showCheckPanel(const CommandContext& rContext);

/// Opens the Check deck of the sidebar beside the frame's Writer document, its findings list
/// taking the keyboard (or re-checks it when it is already made). False when the frame has no
/// sidebar to show it in (a hidden frame): then the floating panel is the place. Throws
/// CommandError when the frame holds no Writer document.
bool showCheckDeck(const CommandContext& rContext);

/// org.chengbao.comp.PanelFactory: makes the sidebar's Check panel (Sidebar.xcu, the deck
/// ChengbaoCheckDeck) for "private:resource/toolpanel/ChengbaoPanelFactory/Check".
css::uno::Reference<css::uno::XInterface> SAL_CALL
createPanelFactory(const css::uno::Reference<css::uno::XComponentContext>& xContext);
rtl::OUString SAL_CALL panelFactoryImplementationName();
css::uno::Sequence<rtl::OUString> SAL_CALL panelFactoryServiceNames();

}  // namespace chengbao::ext
