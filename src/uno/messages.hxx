// The extension's own UI strings in zh-CN, zh-TW and en-US, chosen by the office's UI language.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include "finding.hpp"

namespace chengbao::ext {

enum class Message {
  ProductName,          ///< the title of message boxes
  UndoInsertReport,     ///< the undo action of InsertReport
  InsertReportFailed,   ///< "The report could not be inserted: " + reason
  NotAWriterDocument,   ///< a command that needs a Writer document was run elsewhere
  UnknownCommand,       ///< a vnd.chengbao: URL this version does not know
  UndoApplyProfile,     ///< the undo action of ApplyProfile
  ApplyProfileFailed,   ///< "The profile could not be applied: " + reason
  CheckFailed,          ///< "The report could not be checked: " + reason
  UndoFix,              ///< the undo action of Fix
  FixFailed,            ///< "The problems could not be fixed: " + reason
  FixesApplied,         ///< the count of fixes made, "%1" stands for the number
  FixWhich,             ///< Fix was given arguments but none saying which fixes
  FixUnknownRule,       ///< "No such rule: " + id
  FixNothingThere,      ///< no safe fix at the paragraph and offset given (any more)
  FixNeedsFooter,       ///< the page number needs a footer, which is made only without undo history
  UndoInsertSection,    ///< the undo action of InsertSection, also the title of its dialog
  SectionNotInserted,   ///< "The section could not be inserted: " + reason
  UnknownSection,       ///< "The template has no section " + id
  SectionListLabel,     ///< the label of the dialog's list of sections, with a mnemonic
  DialogOk,             ///< the OK button
  DialogCancel,         ///< the Cancel button
  NoHelpPage,           ///< "There is no help page for " + topic
  SectionsUnavailable,  ///< the Insert Section submenu's one entry when it cannot list: + reason
  ReadOnlyDocument,     ///< a command that changes the document, refused on a read-only one
  OutputNotWritten,     ///< Check could not write its Output file: + path
  HelpInOffice,         ///< no browser: the help page is shown in the office instead
  FontsMissing,         ///< the layout's typefaces not installed: "%1" stands for the list
  FontShownAs,          ///< one of them: "%1" the typeface, "%2" the one the office shows
  FontFallback,         ///< what the office shows when no face of the list is installed
  ListSeparator,        ///< between the items of a list in running text
  ProfileApplied,       ///< ApplyProfile from the menu: "%1" the organisation, "%2" the field count
  SaveHouseTemplateTitle,      ///< the title of SaveHouseTemplate's dialog and file picker
  SaveHouseTemplateFailed,     ///< "The house template could not be saved: " + reason
  HouseTemplateIdLabel,        ///< the id field's label, with a mnemonic
  HouseTemplateNameLabel,      ///< the name field's label, with a mnemonic
  HouseTemplateSectionsLabel,  ///< the label of the list of headings, with a mnemonic
  HouseTemplateFilter,         ///< the file picker's filter name
  HouseTemplateSaved,          ///< "%1" the id, "%2" the sections, "%3" the file
  HouseTemplateNeedsOutput,    ///< SaveHouseTemplate run by a script without Output
  HouseTemplateBadId,          ///< "A template id is made of a-z, 0-9 and -: " + id
  ImportPackTitle,             ///< the title of ImportPack's file picker
  ImportPackFailed,            ///< "The pack could not be imported: " + reason
  ImportPackNeedsUrl,          ///< ImportPack run by a script without URL
  PackFilter,                  ///< the file picker's filter name
  PackImported,       ///< "%1" the pack's name, "%2" its version, "%3" profiles, "%4" templates
  PackUpdateTitle,    ///< the title of the notice of a newer pack version
  PackUpdateOffered,  ///< "%1" the pack's name, "%2" the version offered, "%3" the installed one
  PackUpdateInstall,  ///< the notice's button that installs (the user's consent)
  PackUpdatesFailed,  ///< "The packs could not be checked for updates: " + reasons
};

/// One UI string in the three languages the extension speaks.
struct LocalizedText {
  const char* zhCN;
  const char* zhTW;
  const char* en;
};

/// `rText` in `rLanguage` (zh-CN, zh-TW; English for anything else).
rtl::OUString localized(const LocalizedText& rText, const rtl::OUString& rLanguage);

/// The UI language of the office: "zh-CN", "zh-TW" or "en-US" (the fallback).
rtl::OUString uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& xContext);
/// The core's language for a UI language as uiLanguage returns it.
Language coreLanguage(const rtl::OUString& rUiLanguage);

/// The string for `eMessage` in `rLanguage` (as returned by uiLanguage).
rtl::OUString message(Message eMessage, const rtl::OUString& rLanguage);

}  // namespace chengbao::ext
