// Where the installed extension's files are: the shipped templates and the example profile.
#include "extension_location.hxx"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>

#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {

std::string extensionDirectory(const uno::Reference<uno::XComponentContext>& xContext) {
  uno::Reference<deployment::XPackageInformationProvider> xInfo =
      deployment::PackageInformationProvider::get(xContext);
  const rtl::OUString aUrl =
      xInfo->getPackageLocation(rtl::OUString::createFromAscii(kExtensionId));
  if (aUrl.isEmpty())
    throw uno::RuntimeException("chengbao: the extension's install location is unknown");
  return toSystemPath(aUrl);
}

std::string shippedTemplateDir(const uno::Reference<uno::XComponentContext>& xContext) {
  return extensionDirectory(xContext) + "/templates";
}

std::string userDataDir(const uno::Reference<uno::XComponentContext>& xContext) {
  const rtl::OUString aUser =
      util::PathSubstitution::create(xContext)->substituteVariables("$(user)", true);
  return toSystemPath(aUser) + "/chengbao";
}

}  // namespace chengbao::ext
