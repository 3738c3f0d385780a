// The report wizard's UI strings in zh-CN, zh-TW and en-US, chosen by the office's UI language.
#pragma once

#include <rtl/ustring.hxx>

namespace chengbao::ext {

/// Every text the wizard shows. Labels that name a control carry a mnemonic (~): VCL would
/// otherwise append an automatic one such as "(A)" to an all-Chinese label.
enum class WizardText {
  Title,         ///< the dialog's title
  TitleStep,     ///< "%1：%2 (%3/4)": title, step name, step number
  Steps,         ///< the heading of the roadmap
  StepType,      ///< step 1
  StepSections,  ///< step 2
  StepProfile,   ///< step 3
  StepOptions,   ///< step 4
  Help,          ///< buttons
  Back,
  Next,
  Finish,
  Cancel,
  TemplateLabel,  ///< step 1
  DescriptionLabel,
  OutlineLabel,
  NoTemplates,
  SectionsIntro,  ///< step 2
  SectionColumn,
  TextColumn,
  AlternativeEntry,  ///< "%1 %2：%3": the word for model text, its number, the text's start
  ModelText,
  Required,
  TextPreviewLabel,
  ProfileLabel,  ///< step 3
  Import,
  ValuesLabel,
  TopicLabel,
  TitlePreview,
  DateLabel,
  DateHint,
  DateInvalid,
  DateImpossible,
  ProfileInUse,
  ProfileBroken,
  ImportFailed,
  ImportTitle,
  ImportFilter,
  FullName,
  ShortName,
  SuperiorBody,
  Department,
  Signatory,
  Contact,
  DocumentNumber,
  DateStyle,
  File,
  Shipped,
  ScriptHeader,  ///< step 4
  Simplified,
  Traditional,
  TargetHeader,
  TargetCursor,
  TargetNew,
  PageSetup,
  PageSetupGbt9704,
  PageSetupNone,
  PartsHeader,
  Masthead,
  Sequence,
  Colophon,
  SummaryLabel,
  SummaryTemplate,
  SummarySections,  ///< "%1 of %2"
  SummaryProfile,
  SummaryTitle,
  SummaryDate,
  SummaryScript,
  SummaryTarget,
  SummaryPageSetup,
  SummaryMasthead,
  SummaryColophon,
  Yes,
  No,
  HelpType,  ///< the Help button's text for each step
  HelpSections,
  HelpProfile,
  HelpOptions,
  TemplateGone,  ///< Finish found the chosen template's file gone; the reason follows
  NewProfile,
  EditProfile,
  ExampleInUse,  ///< step 1, while the profile in use is the shipped example
  SetUpProfile,
  Count_  ///< not a text: the number of texts
};

/// The text in `rLanguage` ("zh-CN", "zh-TW", anything else is English).
rtl::OUString wizardText(WizardText eText, const rtl::OUString& rLanguage);

/// `rLabel` without its mnemonic: "导入(~I)…" → "导入…", "~Import…" → "Import…".
rtl::OUString withoutMnemonic(const rtl::OUString& rLabel);

}  // namespace chengbao::ext
