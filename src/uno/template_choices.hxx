// The templates a person can choose from in the Check panel and on the options page: the
// shipped ones and those in the extra template folders of the settings.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace chengbao::ext {

struct TemplateChoice {
  std::string value;  ///< what Template arguments take: the id (shipped) or the file's path
  rtl::OUString label;  ///< "工作情况报告（work-report）", the name in the UI language's script
};

/// One choice per shipped template id, then one per template found in `rFolders` (the extra
/// template folders; broken or unreadable templates are left out); names in Traditional for
/// zh-TW.
std::vector<TemplateChoice> templateChoices(
    const css::uno::Reference<css::uno::XComponentContext>& xContext,
    const rtl::OUString& rLanguage, const std::vector<std::string>& rFolders);

/// The index of `rValue` among `rChoices` (an id or a path naming the same template), or -1.
int findTemplateChoice(const std::vector<TemplateChoice>& rChoices, const std::string& rValue);

}  // namespace chengbao::ext
