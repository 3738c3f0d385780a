// Where the installed extension's files are (the shipped templates and the example profile), and
// where it keeps this user's own.
#pragma once

#include <string>

#include <com/sun/star/uno/XComponentContext.hpp>

namespace chengbao::ext {

/// The extension's identifier in description.xml.
inline constexpr const char* kExtensionId = "org.chengbao.extension";

/// The system path of the installed extension's folder; throws RuntimeException when unknown.
std::string extensionDirectory(const css::uno::Reference<css::uno::XComponentContext>& xContext);

/// The folder of the templates shipped in the .oxt (and the example profile):
/// <extension>/templates.
std::string shippedTemplateDir(const css::uno::Reference<css::uno::XComponentContext>& xContext);

/// This user's own data of the extension: <office profile>/chengbao (packs/, profiles/).
std::string userDataDir(const css::uno::Reference<css::uno::XComponentContext>& xContext);

}  // namespace chengbao::ext
