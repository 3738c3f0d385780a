// The background check for pack updates: once per office session, when the first Writer document
// opens, the sources of the packs imported from a URL are looked at (at most once a day) on a
// thread of its own, and a newer version is offered in an infobar whose button installs it.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace chengbao::ext {

/// The infobar that offers the update, and the command its button dispatches (the consent).
inline constexpr const char* kPackUpdateInfobar = "chengbao-pack-update";
inline constexpr const char* kPackUpdateConsent = "vnd.chengbao:InstallPackUpdates";

/// Removes the offer from the frame's document window, if it shows one.
void removePackUpdateNotice(const css::uno::Reference<css::frame::XFrame>& xFrame) noexcept;

// For the component's factory table (protocol_handler.cxx); Jobs.xcu names the service.
css::uno::Reference<css::uno::XInterface> SAL_CALL
createPackUpdateJob(const css::uno::Reference<css::uno::XComponentContext>& xContext);
rtl::OUString SAL_CALL packUpdateJobImplementationName();
css::uno::Sequence<rtl::OUString> SAL_CALL packUpdateJobServiceNames();

}  // namespace chengbao::ext
