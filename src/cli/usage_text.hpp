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
  DateNotReal,   ///< {0}: as written
  DateNotADate,  ///< {0}: as written
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
