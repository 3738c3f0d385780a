// An expected failure when reading a file: which file, where, and what a person should fix.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "finding.hpp"

namespace chengbao {

/// What kind of failure a LoadError is, so that the edge (the office's UI, the CLI's --lang) can
/// say it in the user's language, as pugixml's xml_parse_status lets a caller name a parse error.
/// `args` hold what the message names, as the user wrote it; Other has none and is shown in
/// English. "The element" is an element's name without its angle brackets, with the attribute
/// that names it where the message names it so (`section id="intro"`, `labels level="2"`); a
/// list of allowed values is one argument, the values separated by single spaces, so each
/// language joins them with its own "or".
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
  NotADocument,     ///< a report file that is neither ODF nor OOXML (nor a zip or XML file)
  EmptyFile,
  Encrypted,            ///< a password-protected document
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
  // The files of templates and profiles, and the XML rules they share.
  CannotRead,         ///< {0} the system's reason
  NotRegularFile,     ///< neither a file nor a folder (a device, a pipe)
  NoRootElement,      ///< {0} the root element expected
  NoFormat,           ///< {0} the root element, which lacks format="1"
  UnsupportedFormat,  ///< {0} the format as written
  OnlyText,           ///< {0} the element, {1} the element found in it
  MustBeEmpty,        ///< {0} the element, {1} the element found in it
  UnexpectedText,     ///< {0} the text, {1} the element it is in
  MissingAttribute,   ///< {0} the element, {1} the attribute
  BadAttributeValue,  ///< {0} the element, {1} the attribute, {2} its value, {3} the values allowed
  BadId,              ///< {0} the element (template, section, alternative), {1} its id
  RepeatedId,         ///< {0} the element, {1} the id, {2} the line it is first on
  GivenTwice,         ///< {0} the element (a repeat whose first line is not known)
  // A template.
  LocalizedRepeated,     ///< {0} the element, {1} its language, {2} the line of the first
  UnknownGenre,          ///< {0} as written, {1} the genres
  NotATemplateId,        ///< {0} the value of extends
  ExtendsCycle,          ///< {0} the ids in the cycle, as "a → b → a"
  ParentNotFound,        ///< {0} the id, {1} the id it extends, {2} the folders ("" for none)
  ParentScript,          ///< {0} the id, {1} its script, {2} the parent's id, {3} its script
  NumberingTooShallow,   ///< {0} the levels <numbering> defines, {1} the sections' depth
  UnknownRule,           ///< {0} the rule id as written, {1} the file that lists the ids
  RuleChangesNothing,    ///< {0} the element, {1} and {2} the attributes that would change it
  NoLabelForms,          ///< {0} the element
  LabelWithoutOne,       ///< {0} the element, {1} the label as written
  NoDateForms,           ///< <dates> allows no date form
  NotADateForm,          ///< {0} as written, {1} the date forms
  LabelsLevelUndefined,  ///< {0} the element, {1} the levels <numbering> defines
  LabelsRefuseOwn,       ///< {0} the element, {1} the label <numbering> makes
  LevelOutOfOrder,       ///< {0} n as written, {1} the level expected
  TooManyLevels,         ///< {0} the most levels there may be
  WithParentsOnTop,      ///< {0} the attribute (with-parents)
  BadFontList,           ///< {0} the element, {1} the attribute, {2} its value
  BadFontSize,           ///< {0} the element, {1} the attribute, {2} its value
  BadIndent,             ///< {0} the element, {1} the attribute, {2} its value
  BadSpacing,            ///< {0} the element, {1} the attribute, {2} its value
  BadLength,             ///< {0} the element, {1} the attribute, {2} its value
  BadGridCount,          ///< {0} the element, {1} the attribute, {2} its value
  BadPageNumber,         ///< {0} the element, {1} the attribute, {2} its value
  NoRoomForText,         ///< {0} the element (page)
  RemoveFalse,           ///< {0} the section, {1} the attribute (remove)
  NotASectionId,         ///< {0} the attribute (after), {1} its value
  MixedParagraphs,       ///< {0} the section
  RepeatedAlternative,   ///< {0} the section, {1} the alternatives' id
  BadLevel,              ///< {0} the element, {1} the level as written, {2} the deepest level
  TopLevelNotOne,        ///< {0} the section, {1} its level
  LevelUnderParent,      ///< {0} the section, {1} its level, {2} its parent's level
  LevelTooDeep,          ///< {0} the section, {1} its level, {2} the deepest heading level
  LevelBeyondNumbering,  ///< {0} the section, {1} its level, {2} the levels <numbering> defines
  RemovesMissing,        ///< {0} the section
  IdTakenByParent,       ///< {0} the section, {1} the id the parent template uses
  ReplacesWithAfter,     ///< {0} the section, {1} the attribute (after)
  LevelUnlikeReplaced,   ///< {0} the section, {1} its level, {2} the replaced section's level
  AppendedNotTop,        ///< {0} the section, {1} its level, {2} the attribute (after)
  AfterUnknown,          ///< {0} the section, {1} the id its after names
  LevelUnlikeAnchor,     ///< {0} the section, {1} its level, {2} the id after names, {3} its level
  // A profile.
  DocumentNumberReference,  ///< {0} the reference found, {1} and {2} the two allowed
  FolderNotSlashed,         ///< {0} the <template-folder> as written (with \ or :)
  FolderAbsolute,           ///< {0} the <template-folder> as written
  FolderLeaves,             ///< {0} the <template-folder> as written (../)
  FolderUnresolved,         ///< {0} the <template-folder> as written, {1} the system's reason
  FolderOutside,            ///< {0} the <template-folder> as written, {1} where it leads
  FolderMissing,            ///< {0} the <template-folder> as written
  // Finding templates among their folders.
  NotLocalUrl,           ///< {0} the form of URL accepted (file:///…)
  DuplicateTemplateId,   ///< {0} the id, {1} the file that has it first
  WrongScriptFolder,     ///< {0} the id, {1} its script, {2} the folder (zh-Hant)
  NoTraditionalVersion,  ///< {0} the id, {1} its file, {2} its script, {3} the folder, {4} target
  // A report the readers refuse. "The entry" is a zip entry's name as the package has it.
  FileChanged,          ///< the file changed while it was read
  OutOfMemory,          ///< the machine ran short of memory while it was read
  LegacyDoc,            ///< a Word 97–2003 .doc
  LegacyBinary,         ///< an OLE2 file that is neither a .doc nor an encrypted document
  DamagedZip,           ///< a zip archive libzip cannot open (truncated, inconsistent)
  ZipNotADocument,      ///< a zip without content.xml or word/document.xml
  XmlNotADocument,      ///< {0} the root element of an XML file that is not ODF
  MissingEntry,         ///< {0} the entry
  MissingMainPart,      ///< {0} the entry, {1} the format it belongs to (ODF, Word)
  DamagedEntry,         ///< {0} the entry, whose data is corrupt
  EntryUnreadable,      ///< {0} the entry, which libzip cannot open
  EntryTooLarge,        ///< {0} the entry, {1} the limit in bytes
  EntryOverCompressed,  ///< {0} the entry, {1} the largest ratio
  FlatNotWellFormed,    ///< {0} the line, {1} pugixml's xml_parse_status, as a number
  EntryNotWellFormed,   ///< {0} the entry, {1} the line, {2} the status, as a number
  EntryDoctype,         ///< {0} the entry (DOCTYPE in a flat file: DoctypeRefused)
  XmlTooDeep,           ///< {0} the deepest nesting allowed
  EntryTooDeep,         ///< {0} the entry, {1} the deepest nesting allowed
  XmlUtf16,             ///< a flat file in UTF-16
  EntryUtf16,           ///< {0} the entry
  NotOdfText,           ///< {0} the entry, whose body has no text
  NotOdfTextBody,       ///< {0} the entry, {1} what its body holds instead (office:spreadsheet)
  NotWordDocument,      ///< {0} the entry, {1} its root element
  // Fetching a file by its address (an institution pack).
  UrlScheme,         ///< an address other than file:, http: or https:
  DownloadTooLarge,  ///< {0} the limit in MiB
  DownloadTimedOut,  ///< {0} the limit in seconds
  HttpStatus,        ///< {0} the server's status code
  DownloadFailed,    ///< {0} curl's reason
  // A file chengbao writes (`new`, `fix`): the error names the file that could not be written.
  CannotWrite,           ///< {0} the system's reason (or libzip's, when no system call failed)
  CannotReplace,         ///< {0} the system's reason the fixed file could not be renamed over it
  OutputNotOdf,          ///< a new report's name ends in neither .fodt nor .odt
  FixTextNotLocated,     ///< the reader could not tell where each paragraph's text is in the file
  FixCopyNotZip,         ///< the copy of the package made to fix it does not open as a zip
  FixEntryLost,          ///< {0} the entry, missing from that copy
  FixEntryNotReplaced,   ///< {0} the entry, {1} libzip's reason
  FixNotReadBack,        ///< {0} the reader's English reason, {1} its LoadProblem as a number,
                         ///< {2}… its arguments (see fixed_file_not_read_back)
  FixParagraphsChanged,  ///< the fixed file reads back with other paragraphs
  FixNotAsPlanned,       ///< the fixed file reads back with text other than the fixes promise
  // A .doc, .wps or .rtf report converted through an office.
  OfficeNotRunnable,   ///< {0} what CHENGBAO_OFFICE names, which is not a program that runs
  ConversionFolder,    ///< {0} the folder it was to be made in, {1} the system's reason
  ConversionTimedOut,  ///< {0} the office, {1} the seconds it was given
  // A model report a house template is derived from (`template derive`).
  DeriveNoHeadings,  ///< the model has no headings to make sections of
  DeriveTooDeep,     ///< {0} the heading's paragraph (1-based), {1} its depth, {2} the most levels
  // An institution pack (pack.xml and the zip that holds it). "The entry" is a path in the pack.
  PackBadVersion,      ///< {0} the version as written (not dotted numbers)
  PackUnsafePath,      ///< {0} the entry (absolute, ../, backslash: it could leave the folder)
  PackNotXml,          ///< {0} the entry, which is not an .xml file
  PackNotRegular,      ///< {0} the entry, which is a link, a folder or another special file
  PackNotListed,       ///< {0} the entry, which pack.xml does not list
  PackEntryRepeated,   ///< {0} the entry, listed or stored twice
  PackTooManyEntries,  ///< {0} the most entries a pack may have
  PackTooLarge,        ///< {0} the most bytes a pack may hold uncompressed
  PackNotNewer,        ///< {0} the id, {1} the pack's version, {2} the installed version
  PackNoEntries,       ///< pack.xml lists no profile and no template
};

/// The last LoadProblem, for code that goes through them all.
constexpr LoadProblem kLastLoadProblem = LoadProblem::PackNoEntries;

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

/// The error of `file` that the file a fix wrote does not read back, for the reason `why` (the
/// reader's error, which it carries whole so that the edge says it in the user's language too).
LoadError fixed_file_not_read_back(const std::string& file, const LoadError& why);

/// What is wrong, in `language` (the message without the file and line); an error of kind Other
/// keeps its English message.
std::string problem_text(const LoadError& error, Language language);

/// The error as a person reads it in `language`: "file:line: what is wrong", with the file and
/// line kept. An unknown template is named as the user wrote it, without the folder it was
/// looked for in (an internal one, in the office).
std::string describe(const LoadError& error, Language language);

}  // namespace chengbao
