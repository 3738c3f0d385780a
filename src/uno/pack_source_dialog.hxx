// Where an institution pack comes from: a dialog for a URL (file:, http:, https:) or a file path,
// with Browse… for a file. Shared by the options page and vnd.chengbao:ImportPack.
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace chengbao::ext {

/// Asks over `xParent`, in `rLanguage`, where the pack is. The URL or path as typed or chosen
/// (trimmed), or nullopt when the user cancels. UNO errors are the caller's.
std::optional<std::string> askPackSource(
    const css::uno::Reference<css::uno::XComponentContext>& xContext,
    const css::uno::Reference<css::awt::XWindowPeer>& xParent, const rtl::OUString& rLanguage);

}  // namespace chengbao::ext
