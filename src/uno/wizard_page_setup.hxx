// The report wizard's page setup: a template's page (its <layout>) applied to a Writer page style.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "template_layout.hpp"

namespace chengbao::ext {

/// What of the page cannot go through Writer's page commands: the footer that holds the page
/// number, with its own text on even pages (page numbers alternate right and left) and a fixed
/// height. Setting a page style's properties through the API empties the document's whole undo
/// stack, so this is done only when that stack is empty anyway (a new or untouched document) and
/// before the caller's undo context; otherwise the footer stays shared by all pages.
void preparePageFooter(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                       const css::uno::Reference<css::frame::XController>& xController,
                       const PageSpec& rPage);

/// Makes the page style in use at the view cursor the template's page: paper, margins (to the
/// text area, the footer counted in the bottom margin) and the page number 「— 1 —」 in the footer.
/// It goes through Writer's own page commands (as the sidebar's page panel does), which record
/// an undo action each, and through text inserted into the footer, so a caller's undo context
/// takes it all in. Throws RuntimeException when the page did not change (the cursor in a text
/// frame, say).
void applyPageSetup(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                    const css::uno::Reference<css::text::XTextDocument>& xDoc,
                    const css::uno::Reference<css::frame::XController>& xController,
                    const LayoutSpec& rLayout);

}  // namespace chengbao::ext
