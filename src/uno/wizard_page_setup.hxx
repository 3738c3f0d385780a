// The report wizard's page setup: a template's page (its <layout>) applied to a Writer page style.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "template_layout.hpp"

namespace chengbao::ext {

/// Makes the footer of the page style at the view cursor ready for the page number: on, with its
/// own text on even pages when the numbers stand outside (odd right, even left), a fixed height.
/// A footer made or split inside an undo step is not safe in LibreOffice 7.4: its new paragraphs
/// shift the document's, and undoing the steps before it then changes the wrong paragraphs
/// (measured: older format fixes came back half undone; earlier, the office went down). Setting
/// the page style through the API instead empties the undo stack, so this is done only when that
/// stack is empty anyway (a new, untouched or just opened document), before the caller's undo
/// context. Returns whether the footer is ready (it may have been already).
bool preparePageFooter(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                       const css::uno::Reference<css::frame::XController>& xController,
                       const PageSpec& rPage);

/// What applyPageSetup sets.
enum class PageParts {
  All,              ///< paper, margins and the page number
  PaperAndMargins,  ///< format.page's fix
  PageNumber,       ///< format.pagenumber's fix: the footer, the text area kept as it was
};

/// Makes the page style in use at the view cursor the template's page: paper, margins (to the
/// text area, the footer counted in the bottom margin) and the page number 「— 1 —」 in the footer,
/// or the `eParts` of it. It goes through Writer's own page commands (as the sidebar's page panel
/// does), which record an undo action each, and through text inserted into the footer, so a
/// caller's undo context takes it all in. The page number is written only into a footer that
/// preparePageFooter made ready; returns whether it was. Throws RuntimeException when the page
/// did not change (the cursor in a text frame, say).
bool applyPageSetup(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                    const css::uno::Reference<css::text::XTextDocument>& xDoc,
                    const css::uno::Reference<css::frame::XController>& xController,
                    const LayoutSpec& rLayout, PageParts eParts = PageParts::All);

}  // namespace chengbao::ext
