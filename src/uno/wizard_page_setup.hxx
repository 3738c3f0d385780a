// The report wizard's page setup: a template's GB/T 9704 page applied to a Writer page style.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace chengbao::ext {

/// Makes the page style in use at the view cursor an A4 portrait page with the GB/T 9704-2012
/// margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. It goes through Writer's own page
/// commands (as the sidebar's page panel does), which record an undo action each, so a caller's
/// undo context takes them in; setting the page style's properties through the API instead
/// would empty the document's whole undo stack. Throws RuntimeException when the page did not
/// change (the cursor in a text frame, say).
void applyGbt9704PageSetup(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                           const css::uno::Reference<css::text::XTextDocument>& xDoc,
                           const css::uno::Reference<css::frame::XController>& xController);

}  // namespace chengbao::ext
