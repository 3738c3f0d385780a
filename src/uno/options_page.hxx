// The options page's event handler (Tools ▸ Options ▸ LibreOffice Writer ▸ Chengbao): loads the
// settings into dialogs/options.xdl and saves them on OK.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace chengbao::ext {

/// The service OptionsDialog.xcu names as the page's EventHandlerService.
inline constexpr const char* kOptionsPageService = "org.chengbao.OptionsPage";

// For the component's factory table (protocol_handler.cxx).
css::uno::Reference<css::uno::XInterface> SAL_CALL
createOptionsPage(const css::uno::Reference<css::uno::XComponentContext>& xContext);
rtl::OUString SAL_CALL optionsPageImplementationName();
css::uno::Sequence<rtl::OUString> SAL_CALL optionsPageServiceNames();

}  // namespace chengbao::ext
