// The Insert Section dialog (the template's sections, indented by level, with OK and Cancel) and
// the list of sections it shares with the Insert Section submenu.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "command.hxx"
#include "report_template.hpp"

namespace chengbao::ext {

/// A section as the dialog and the Insert Section submenu list it.
struct SectionEntry {
  std::string id;
  std::string label;  ///< the heading, indented by two ideographic spaces per level below the first
};

/// Every section of `rTemplate`, depth first.
std::vector<SectionEntry> sectionEntries(const ReportTemplate& rTemplate);

/// Asks which section of `rTemplate` to insert, in a modal dialog over the command's frame.
/// The chosen section's id, or nullopt when the user cancels.
std::optional<std::string> chooseSection(const CommandContext& rContext,
                                         const ReportTemplate& rTemplate);

}  // namespace chengbao::ext
