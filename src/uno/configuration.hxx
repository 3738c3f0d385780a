// Reading and writing the office's configuration, shared by the extension and the office client.
#pragma once

#include <string>

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace chengbao::ext {

/// The configuration node at `rPath` (e.g. "/org.chengbao.Settings/Wizard"), for reading or, with
/// bUpdate, for changing (then committed through its XChangesBatch). Throws what the office throws.
css::uno::Reference<css::uno::XInterface> configurationNode(
    const css::uno::Reference<css::uno::XComponentContext>& xContext, const std::string& rPath,
    bool bUpdate);

/// The value `pName` of the node at `rPath`.
css::uno::Any configurationValue(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                                 const std::string& rPath, const char* pName);

/// The office's UI locale as configured ("zh-CN", "en-US", …; may be empty).
std::string officeLocale(const css::uno::Reference<css::uno::XComponentContext>& xContext);

}  // namespace chengbao::ext
