// The templates a person can choose from in the Check panel and on the options page: the
// shipped ones and those in the extra template folders of the settings.
#include "template_choices.hxx"

#include <map>

#include "extension_location.hxx"
#include "template_library.hpp"
#include "ustring.hxx"

namespace chengbao::ext {
namespace {

/// The folder's templates, one per id, in the script the UI language reads.
void addChoices(const std::vector<TemplateInfo>& rInfos, bool bByPath, bool bTraditional,
                std::vector<TemplateChoice>& rOut) {
  // A Traditional reader gets the zh-Hant version's name where there is one; everybody else the
  // other one.
  std::map<std::string, const TemplateInfo*> aById;
  std::vector<std::string> aOrder;
  for (const TemplateInfo& rInfo : rInfos) {
    auto it = aById.find(rInfo.id);
    if (it == aById.end()) {
      aById.emplace(rInfo.id, &rInfo);
      aOrder.push_back(rInfo.id);
    } else if ((rInfo.script == "zh-Hant") == bTraditional &&
               (it->second->script == "zh-Hant") != bTraditional) {
      it->second = &rInfo;
    }
  }
  for (const std::string& rId : aOrder) {
    const TemplateInfo& rShown = *aById[rId];
    TemplateChoice aChoice;
    aChoice.value = bByPath ? rShown.path : rShown.id;
    aChoice.label = toOUString(rShown.name + "（" + rShown.id + "）");
    rOut.push_back(std::move(aChoice));
  }
}

}  // namespace

std::vector<TemplateChoice> templateChoices(
    const css::uno::Reference<css::uno::XComponentContext>& xContext,
    const rtl::OUString& rLanguage, const std::vector<std::string>& rFolders) {
  const bool bTraditional = rLanguage == "zh-TW";
  std::vector<TemplateChoice> aChoices;
  const std::string aShipped = shippedTemplateDir(xContext);
  addChoices(list_templates(aShipped), false, bTraditional, aChoices);
  TemplateLoadOptions aOptions;
  aOptions.parent_dirs.push_back(aShipped);
  for (const std::string& rFolder : rFolders)
    addChoices(list_templates(rFolder, aOptions), true, bTraditional, aChoices);
  return aChoices;
}

int findTemplateChoice(const std::vector<TemplateChoice>& rChoices, const std::string& rValue) {
  for (size_t i = 0; i < rChoices.size(); ++i)
    if (rChoices[i].value == rValue) return static_cast<int>(i);
  // A path to a shipped template, or the id of a house template, names the same one.
  const std::string aId = rValue.find('/') != std::string::npos ? template_id_of(rValue) : rValue;
  for (size_t i = 0; i < rChoices.size(); ++i) {
    const std::string& rChoice = rChoices[i].value;
    if (rChoice == aId ||
        (rChoice.find('/') != std::string::npos && template_id_of(rChoice) == aId))
      return static_cast<int>(i);
  }
  return -1;
}

}  // namespace chengbao::ext
