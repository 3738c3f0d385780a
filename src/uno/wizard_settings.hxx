// The report wizard's memory (org.chengbao.Settings/Wizard): the choices of its last Finish.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include "wizard_choices.hxx"

namespace chengbao::ext {

/// The choices of the last Finish: template, script, left-out sections, alternatives, target
/// and page setup. Profile, topic and date are not remembered (the profile in use is in
/// org.chengbao.Settings/Profiles); empty strings mean "never chosen".
WizardChoices rememberedChoices(const css::uno::Reference<css::uno::XComponentContext>& xContext);

/// Stores what rememberedChoices gives back.
void rememberChoices(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                     const WizardChoices& rChoices);

}  // namespace chengbao::ext
