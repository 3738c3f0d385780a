// The report wizard's memory (org.chengbao.Settings/Wizard): the choices of its last Finish.
#include "wizard_settings.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include "settings.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {

WizardChoices rememberedChoices(const uno::Reference<uno::XComponentContext>& xContext) {
  WizardChoices aChoices;
  uno::Reference<container::XNameAccess> xNode(configNode(xContext, "Wizard", false),
                                               uno::UNO_QUERY_THROW);
  rtl::OUString aText;
  xNode->getByName("Template") >>= aText;
  aChoices.templateKey = toUtf8(aText);
  aText.clear();
  xNode->getByName("Script") >>= aText;
  aChoices.script = toUtf8(aText);
  for (const std::string& rId : stringList(xNode->getByName("Omit"))) aChoices.omit.insert(rId);
  for (const std::string& rItem : stringList(xNode->getByName("Alternatives"))) {
    if (auto aOne = parseAlternatives(rItem))
      aChoices.alternatives.insert(aOne->begin(), aOne->end());
  }
  aText.clear();
  xNode->getByName("Target") >>= aText;
  aChoices.target = parseTarget(toUtf8(aText)).value_or(InsertTarget::Cursor);
  bool bPageSetup = true;
  xNode->getByName("PageSetup") >>= bPageSetup;
  aChoices.pageSetup = bPageSetup;
  xNode->getByName("Masthead") >>= aChoices.masthead;
  xNode->getByName("Colophon") >>= aChoices.colophon;
  return aChoices;
}

void rememberChoices(const uno::Reference<uno::XComponentContext>& xContext,
                     const WizardChoices& rChoices) {
  uno::Reference<uno::XInterface> xNode = configNode(xContext, "Wizard", true);
  uno::Reference<container::XNameReplace> xReplace(xNode, uno::UNO_QUERY_THROW);
  xReplace->replaceByName("Template", uno::Any(toOUString(rChoices.templateKey)));
  xReplace->replaceByName("Script", uno::Any(toOUString(rChoices.script)));
  xReplace->replaceByName("Omit", uno::Any(stringSequence(std::vector<std::string>(
                                      rChoices.omit.begin(), rChoices.omit.end()))));
  xReplace->replaceByName("Alternatives",
                          uno::Any(stringSequence(formatAlternatives(rChoices.alternatives))));
  xReplace->replaceByName("Target",
                          uno::Any(rtl::OUString::createFromAscii(targetName(rChoices.target))));
  xReplace->replaceByName("PageSetup", uno::Any(rChoices.pageSetup));
  xReplace->replaceByName("Masthead", uno::Any(rChoices.masthead));
  xReplace->replaceByName("Colophon", uno::Any(rChoices.colophon));
  uno::Reference<util::XChangesBatch>(xNode, uno::UNO_QUERY_THROW)->commitChanges();
}

}  // namespace chengbao::ext
