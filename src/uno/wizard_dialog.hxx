// The report wizard's dialog: four steps on a roadmap with Back, Next, Finish, Cancel, Help.
#pragma once

#include <optional>

#include "command.hxx"
#include "wizard_choices.hxx"

namespace chengbao::ext {

/// Shows the wizard over the frame, starting from `rInitial`, and returns the choices of Finish,
/// or nullopt when the user cancels. Changes nothing in any document.
std::optional<WizardChoices> runWizardDialog(const CommandContext& rContext,
                                             const WizardChoices& rInitial);

}  // namespace chengbao::ext
