// The command line's own messages (usage errors), in the language of --lang, else the locale.
#pragma once

#include <string>
#include <vector>

#include "finding.hpp"

namespace chengbao::cli {

enum class UsageText {
  SeeHelp,  ///< appended to a usage error: where to read more
  NoCommand,
  UnknownCommand,  ///< {0}: the command
  UnknownOption,   ///< {0}: the option
  NeedsValue,      ///< {0}: the option
  TakesNoValue,    ///< {0}: the option
  BadOption,       ///< {0}: the parser's own words
  Unexpected,      ///< {0}: the extra argument
  NeedsFiles,      ///< {0}: the command
  CheckFormat,
  OutlineFormat,
  FailOn,
  Jobs,
  OneFileForOutput,
  UnknownRule,  ///< {0}: the rule
  NewNeedsTemplate,
  NewNeedsOutput,
  Script,
  SeqNeedsMasthead,
  ProfileUsage,
  SkeletonNeedsTemplate,
  SkeletonNeedsProfile,
  DateNotReal,          ///< {0}: as written
  DateNotADate,         ///< {0}: as written
  ProfileOk,            ///< {0}: the profile file
  NewMade,              ///< {0}: the output, {1}: its paragraphs, {2}: the template's id
  FontsMissing,         ///< {0}: the missing faces, each as FontShownAs
  FontShownAs,          ///< {0}: the face the layout names, {1}: the face the office shows
  FallbackFace,         ///< what FontShownAs names when fontconfig has no substitute
  OpenccMissing,        ///< {0}: why OpenCC cannot convert (its own words)
  Converting,           ///< {0}: files converted so far, {1}: all of them, {2}: the office
  FilesFromUnreadable,  ///< {0}: the --files-from file
  NoReportInFolder,     ///< {0}: the folder
  FolderUnreadable,     ///< {0}: the folder, {1}: the system's reason
  TemplateUsage,
  DeriveNeedsModel,
  DeriveNeedsOutput,
  DeriveBadId,         ///< {0}: as written
  DeriveBadXml,        ///< {0}: why the written template would not load
  DeriveWritten,       ///< {0}: the file, {1}: the id, {2}: sections, {3}: the base ("" for none)
  DeriveScriptNotice,  ///< {0}: the base, {1}: its script, {2}: the model's script
  DeriveExtends,       ///< {0}: the base; what DeriveWritten's {3} says of it
  PackUsage,
  PackNeedsOutput,
};

/// Takes the language of the command line's messages from `args`: --lang (or --lang=) wherever
/// it stands, else the locale. main sets it before anything is parsed, so even an error in the
/// options is said in it.
void set_message_language(const std::vector<std::string>& args);
Language message_language();

/// Of three versions of a text, the one in the message language.
template <typename T>
T in_message_language(T en, T zh_cn, T zh_tw) {
  switch (message_language()) {
    case Language::ZhCN:
      return zh_cn;
    case Language::ZhTW:
      return zh_tw;
    default:
      return en;
  }
}

/// `text` in the message language, {0}, {1} … replaced by `args`.
std::string say(UsageText text, const std::vector<std::string>& args = {});

}  // namespace chengbao::cli
