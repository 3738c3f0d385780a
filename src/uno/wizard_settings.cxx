// The report wizard's memory (org.chengbao.Settings/Wizard): the choices of its last Finish.
#include "wizard_settings.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

uno::Reference<uno::XInterface> wizardNode(const uno::Reference<uno::XComponentContext>& xContext,
                                           bool bUpdate) {
  uno::Reference<lang::XMultiServiceFactory> xProvider =
      configuration::theDefaultProvider::get(xContext);
  beans::PropertyValue aPath;
  aPath.Name = "nodepath";
  aPath.Value <<= rtl::OUString("/org.chengbao.Settings/Wizard");
  uno::Sequence<uno::Any> aArgs(1);
  aArgs.getArray()[0] <<= aPath;
  return xProvider->createInstanceWithArguments(
      bUpdate ? rtl::OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
              : rtl::OUString("com.sun.star.configuration.ConfigurationAccess"),
      aArgs);
}

std::vector<std::string> toList(const uno::Any& rValue) {
  uno::Sequence<rtl::OUString> aValues;
  rValue >>= aValues;
  std::vector<std::string> aResult;
  for (const rtl::OUString& rItem : aValues)
    if (!rItem.isEmpty()) aResult.push_back(toUtf8(rItem));
  return aResult;
}

uno::Sequence<rtl::OUString> toSequence(const std::vector<std::string>& rItems) {
  uno::Sequence<rtl::OUString> aResult(static_cast<sal_Int32>(rItems.size()));
  for (size_t i = 0; i < rItems.size(); ++i) aResult.getArray()[i] = toOUString(rItems[i]);
  return aResult;
}

}  // namespace

WizardChoices rememberedChoices(const uno::Reference<uno::XComponentContext>& xContext) {
  WizardChoices aChoices;
  uno::Reference<container::XNameAccess> xNode(wizardNode(xContext, false), uno::UNO_QUERY_THROW);
  rtl::OUString aText;
  xNode->getByName("Template") >>= aText;
  aChoices.templateKey = toUtf8(aText);
  aText.clear();
  xNode->getByName("Script") >>= aText;
  aChoices.script = toUtf8(aText);
  for (const std::string& rId : toList(xNode->getByName("Omit"))) aChoices.omit.insert(rId);
  for (const std::string& rItem : toList(xNode->getByName("Alternatives"))) {
    if (auto aOne = parseAlternatives(rItem))
      aChoices.alternatives.insert(aOne->begin(), aOne->end());
  }
  aText.clear();
  xNode->getByName("Target") >>= aText;
  aChoices.target = parseTarget(toUtf8(aText)).value_or(InsertTarget::Cursor);
  bool bPageSetup = true;
  xNode->getByName("PageSetup") >>= bPageSetup;
  aChoices.pageSetup = bPageSetup;
  return aChoices;
}

void rememberChoices(const uno::Reference<uno::XComponentContext>& xContext,
                     const WizardChoices& rChoices) {
  uno::Reference<uno::XInterface> xNode = wizardNode(xContext, true);
  uno::Reference<container::XNameReplace> xReplace(xNode, uno::UNO_QUERY_THROW);
  xReplace->replaceByName("Template", uno::Any(toOUString(rChoices.templateKey)));
  xReplace->replaceByName("Script", uno::Any(toOUString(rChoices.script)));
  xReplace->replaceByName(
      "Omit",
      uno::Any(toSequence(std::vector<std::string>(rChoices.omit.begin(), rChoices.omit.end()))));
  xReplace->replaceByName("Alternatives",
                          uno::Any(toSequence(formatAlternatives(rChoices.alternatives))));
  xReplace->replaceByName("Target",
                          uno::Any(rtl::OUString::createFromAscii(targetName(rChoices.target))));
  xReplace->replaceByName("PageSetup", uno::Any(rChoices.pageSetup));
  uno::Reference<util::XChangesBatch>(xNode, uno::UNO_QUERY_THROW)->commitChanges();
}

}  // namespace chengbao::ext
