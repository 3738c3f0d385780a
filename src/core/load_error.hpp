// An expected failure when reading a file: which file, where, and what a person should fix.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "finding.hpp"

namespace chengbao {

/// What kind of failure a LoadError is, so that the edge (the office's UI, the CLI's --lang) can
/// say it in the user's language, as pugixml's xml_parse_status lets a caller name a parse error.
/// `args` hold what the message names; Other has none and is shown in English.
enum class LoadProblem {
  Other,
  CannotOpen,       ///< {0} the system's reason
  TooLarge,         ///< the file is larger than the limit
  NotUtf8,          ///< {0} the byte offset
  NotWellFormed,    ///< {0} pugixml's xml_parse_status, as a number
  DoctypeRefused,   ///< a DOCTYPE (entities) in the file
  MissingElement,   ///< {0} the element, {1} the one it belongs in
  EmptyElement,     ///< {0} the element
  UnknownElement,   ///< {0} the element, {1} the one it is in
  UnknownTemplate,  ///< {0} the id as the user wrote it, {1} the ids there are ("" for none)
  NotADocument,     ///< a report file that is neither ODF nor OOXML; {0} what it is instead
  EmptyFile,
  Encrypted,            ///< a password-protected document
  Damaged,              ///< {0} what is broken, in English (the zip, an entry, its XML)
  NoOffice,             ///< a .doc/.wps/.rtf report, and no office to read it through
  NotConverted,         ///< {0} the office that could not convert it
  LegacyNotFixable,     ///< fix asked for on a .doc/.wps/.rtf report
  UnknownAttribute,     ///< {0} the attribute, {1} its element
  RepeatedAttribute,    ///< {0} the attribute
  RepeatedElement,      ///< {0} the element, {1} the line it first is on
  WrongRoot,            ///< {0} the root found, {1} the one expected
  UnknownScript,        ///< {0} as written
  UnknownRegion,        ///< {0} as written
  UnknownDateStyle,     ///< {0} as written
  FieldNoName,          ///< a profile's <field> without a name
  FieldNameChars,       ///< {0} the name
  FieldNameReserved,    ///< {0} the name
  FieldRepeated,        ///< {0} the name
  ContactNoName,        ///< a profile's <contact> without a name
  ContactPhone,         ///< {0} as written
  ContactAsAttributes,  ///< <contact> with text instead of attributes
};

/// Describes why a file could not be used. `line` is 1-based; 0 means "the whole file".
struct LoadError {
  LoadError() = default;
  LoadError(std::string file_, int line_, std::string message_,
            LoadProblem problem_ = LoadProblem::Other, std::vector<std::string> args_ = {})
      : file(std::move(file_)),
        line(line_),
        message(std::move(message_)),
        problem(problem_),
        args(std::move(args_)) {}

  std::string file;
  int line = 0;
  std::string message;  ///< in English, as logs and `--lang en` show it
  LoadProblem problem = LoadProblem::Other;
  std::vector<std::string> args;

  /// "file:line: message" (or "file: message" when the line is unknown).
  std::string to_string() const;
};

/// What is wrong, in `language` (the message without the file and line); an error of kind Other
/// keeps its English message.
std::string problem_text(const LoadError& error, Language language);

/// The error as a person reads it in `language`: "file:line: what is wrong", with the file and
/// line kept. An unknown template is named as the user wrote it, without the folder it was
/// looked for in (an internal one, in the office).
std::string describe(const LoadError& error, Language language);

}  // namespace chengbao
