#include "configuration.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {

uno::Reference<uno::XInterface> configurationNode(
    const uno::Reference<uno::XComponentContext>& xContext, const std::string& rPath,
    bool bUpdate) {
  uno::Reference<lang::XMultiServiceFactory> xProvider =
      configuration::theDefaultProvider::get(xContext);
  beans::PropertyValue aPath;
  aPath.Name = "nodepath";
  aPath.Value <<= toOUString(rPath);
  uno::Sequence<uno::Any> aArgs(1);
  aArgs.getArray()[0] <<= aPath;
  return xProvider->createInstanceWithArguments(
      bUpdate ? rtl::OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
              : rtl::OUString("com.sun.star.configuration.ConfigurationAccess"),
      aArgs);
}

uno::Any configurationValue(const uno::Reference<uno::XComponentContext>& xContext,
                            const std::string& rPath, const char* pName) {
  uno::Reference<container::XNameAccess> xNode(configurationNode(xContext, rPath, false),
                                               uno::UNO_QUERY_THROW);
  return xNode->getByName(rtl::OUString::createFromAscii(pName));
}

std::string officeLocale(const uno::Reference<uno::XComponentContext>& xContext) {
  rtl::OUString aLocale;
  configurationValue(xContext, "/org.openoffice.Setup/L10N", "ooLocale") >>= aLocale;
  return toUtf8(aLocale);
}

}  // namespace chengbao::ext
