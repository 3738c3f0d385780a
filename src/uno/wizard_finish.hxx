// The report wizard's Finish: the chosen report inserted as one undo step, the choices kept.
#pragma once

#include <rtl/ustring.hxx>

#include "command.hxx"
#include "wizard_choices.hxx"

namespace chengbao::ext {

/// Loads the chosen template (in the chosen script) and profile, builds the skeleton with the
/// chosen sections, alternatives, topic and date, and inserts it exactly as InsertReport does —
/// with the template's GB/T 9704 page setup when asked for — as one undo step, at the cursor of
/// the frame's document or into a new Writer document. Then remembers the choices and makes the
/// profile the one in use. Throws CommandError (naming the file and line, or the unknown id)
/// when a choice cannot be used; the document is then left as it was. Returns a short result
/// for the dispatch's caller.
rtl::OUString finishWizard(const CommandContext& rContext, const WizardChoices& rChoices);

}  // namespace chengbao::ext
