// Where the installed extension's files are: the shipped templates and the example profile.
#pragma once

#include <string>

#include <com/sun/star/uno/XComponentContext.hpp>

namespace chengbao::ext {

/// The extension's identifier in description.xml.
inline constexpr const char* kExtensionId = "org.chengbao.extension";

/// The system path of the installed extension's folder; throws RuntimeException when unknown.
std::string extensionDirectory(const css::uno::Reference<css::uno::XComponentContext>& xContext);

}  // namespace chengbao::ext
