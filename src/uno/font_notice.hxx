// Telling the user once which typefaces of a report's 版式 the machine lacks, and what the office
// shows in their place.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <rtl/ustring.hxx>

#include "command.hxx"
#include "template_layout.hpp"

namespace chengbao::ext {

/// The notice for the East Asian typefaces of `rLayout` that no installed face answers to
/// (missing_fonts over the faces the office knows), naming the face shown instead; each face is
/// told once per office session. Empty when there is nothing new to tell, or when the office
/// cannot list its faces (nothing is claimed missing then).
rtl::OUString missingFontNotice(const CommandContext& rContext, const LayoutSpec& rLayout);

/// Shows `rNotice` in the infobar of the document's window, which informs without stopping the
/// user as a message box would; nothing when the window has none (a headless office).
void showFontNotice(const css::uno::Reference<css::frame::XController>& xController,
                    const rtl::OUString& rNotice) noexcept;

}  // namespace chengbao::ext
