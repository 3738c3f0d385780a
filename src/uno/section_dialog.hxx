// The Insert Section dialog: the template's sections, indented by level, with OK and Cancel.
#pragma once

#include <optional>
#include <string>

#include "command.hxx"
#include "report_template.hpp"

namespace chengbao::ext {

/// Asks which section of `rTemplate` to insert, in a modal dialog over the command's frame.
/// The chosen section's id, or nullopt when the user cancels.
std::optional<std::string> chooseSection(const CommandContext& rContext,
                                         const ReportTemplate& rTemplate);

}  // namespace chengbao::ext
