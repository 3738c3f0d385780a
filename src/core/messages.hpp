// The words of every finding, in Simplified Chinese, Traditional Chinese and English.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "finding.hpp"

namespace chengbao {

/// One message per thing a rule can say; some rules have several.
enum class Message {
  TitleMissing,
  TitleTrailingPunctuation,  ///< {0} the punctuation
  TitleLabel,                ///< {0} the label
  AddresseeMissing,
  ClosingMissing,  ///< {0} the expected closing
  SignatureMissing,
  SignatureMismatch,  ///< {0} as written, {1} the profile's full name
  DateMissing,
  DateFormat,           ///< {0} as written, {1} the wanted form
  DateInvalid,          ///< {0} as written
  HeadingMissing,       ///< {0} the section heading, {1} the heading it belongs before
  HeadingMissingAtEnd,  ///< {0} the section heading: it belongs last in the body
  HeadingOrderBefore,   ///< {0} this heading should come before {1}
  HeadingOrderAfter,    ///< {0} this heading should come after {1}
  SectionEmpty,         ///< {0} the heading
  NumberingGap,         ///< {0} wanted, {1} as written
  NumberingRestart,     ///< {0} wanted, {1} as written
  NumberingLevel,       ///< {0} the label, {1} a label of the missing level above
  NumberingStyle,       ///< {0} wanted, {1} as written
  PlaceholderLeftover,  ///< {0} the placeholder
  PunctHalfwidth,       ///< {0} as written, {1} the full-width form
  CharStray,            ///< {0} the character
  DuplicateParagraph,   ///< {0} the earlier paragraph counted from 1, as people count
  ReportRequest,        ///< {0} the words that ask for approval
  DocNumberIncomplete,  ///< {0} the 发文字号 as written
  DocNumberBrackets,    ///< {0} as written, {1} with 〔〕
  DocNumberPadded,      ///< {0} as written, {1} without 第 and leading zeros
  MastheadSigner,
  SpaceCjk,
  AttachmentNumber,       ///< {0} wanted, {1} as written
  AttachmentPunctuation,  ///< {0} the punctuation
  ColophonIssuer,
  ColophonDate,
  // 版式 (format.*): {0} is the element (正文, 一级标题 …), {3} the count of FormatMany or "".
  FormatFont,               ///< {1} the typeface wanted, {2} the one used
  FormatSize,               ///< {1} the size wanted, {2} the size used (describe_size)
  FormatBold,               ///< the element should be bold
  FormatNotBold,            ///< the element should not be bold
  FormatAlign,              ///< {1} the alignment wanted, {2} the one used
  FormatIndent,             ///< {1} characters wanted, {2} characters used
  FormatSpacing,            ///< {1} the line pitch wanted, {2} the spacing used
  FormatPage,               ///< {0} what differs, e.g. 上边距37毫米（实为25.4毫米）
  FormatPageItem,           ///< {0} the measure, {1} wanted mm, {2} used mm
  FormatPageNumberMissing,  ///< {0} the form wanted
  FormatPageNumber,         ///< {0} the form wanted, {1} the form used
  FormatPageNumberPlace,    ///< the page number should alternate: odd right, even left
  FormatMany,               ///< {0} how many paragraphs share the defect
  ElementHeading,           ///< {0} the level: 一级标题
  ElementClosing,
  ElementDocumentNumber,
  ElementIssuerMark,
  AlignLeft,
  AlignCenter,
  AlignRight,
  AlignJustify,
  SpacingExact,     ///< {0} pt: 固定值28磅
  SpacingAtLeast,   ///< {0} pt
  SpacingMultiple,  ///< {0} times: 1.5倍行距
  PageTop,
  PageBottom,
  PageLeft,
  PageRight,
  PageWidth,
  PageHeight,
  // The text output of `check` and `outline`, not findings.
  Summary,            ///< {0} files, {1} errors, {2} warnings, {3} infos
  SummaryUnreadable,  ///< the same, {4} the files that could not be read
  TemplateRulesSkipped,
  RecordedTemplates,  ///< {0} each template a report recorded and was checked against, with count
  // Why a file could not be read (LoadError), at the edge in the user's language.
  LoadCannotOpen,  ///< {0} the system's reason
  LoadTooLarge,
  LoadNotUtf8,        ///< {0} byte offset
  LoadNotWellFormed,  ///< {0} what is wrong
  LoadDoctype,
  LoadMissingElement,   ///< {0} element, {1} parent
  LoadEmptyElement,     ///< {0} element
  LoadUnknownElement,   ///< {0} element, {1} parent
  LoadUnknownTemplate,  ///< {0} the id as written, {1} the known ids
  LoadNoTemplates,      ///< {0} the id as written
  LoadNotADocument,
  LoadEmptyFile,
  LoadEncrypted,
  LoadNoOffice,          ///< a .doc/.wps/.rtf report, and no office to read it through
  LoadNotConverted,      ///< {0} the office that could not convert it
  LoadLegacyNotFixable,  ///< fix on a .doc/.wps/.rtf report
  LoadUnknownAttribute,
  LoadRepeatedAttribute,
  LoadRepeatedElement,
  LoadWrongRoot,
  LoadUnknownScript,
  LoadUnknownRegion,
  LoadUnknownDateStyle,
  LoadFieldNoName,
  LoadFieldNameChars,
  LoadFieldNameReserved,
  LoadFieldRepeated,
  LoadContactNoName,
  LoadContactPhone,
  LoadContactAsAttributes,
  // Template and profile files (LoadProblem's arguments, in the same order).
  LoadCannotRead,
  LoadNotRegularFile,
  LoadNoRootElement,
  LoadNoFormat,
  LoadUnsupportedFormat,
  LoadOnlyText,
  LoadMustBeEmpty,
  LoadUnexpectedText,
  LoadMissingAttribute,
  LoadBadAttributeValue,
  LoadBadId,
  LoadRepeatedId,
  LoadGivenTwice,
  LoadLocalizedRepeated,
  LoadUnknownGenre,
  LoadNotATemplateId,
  LoadExtendsCycle,
  LoadParentNotFound,
  LoadParentNotFoundNowhere,  ///< the same when there was no folder to look in
  LoadParentScript,
  LoadNumberingTooShallow,
  LoadUnknownRule,
  LoadRuleChangesNothing,
  LoadNoLabelForms,
  LoadLabelWithoutOne,
  LoadNoDateForms,
  LoadNotADateForm,
  LoadLabelsLevelUndefined,
  LoadLabelsRefuseOwn,
  LoadLevelOutOfOrder,
  LoadTooManyLevels,
  LoadWithParentsOnTop,
  LoadBadFontList,
  LoadBadFontSize,
  LoadBadIndent,
  LoadBadSpacing,
  LoadBadLength,
  LoadBadGridCount,
  LoadBadPageNumber,
  LoadNoRoomForText,
  LoadRemoveFalse,
  LoadNotASectionId,
  LoadMixedParagraphs,
  LoadRepeatedAlternative,
  LoadBadLevel,
  LoadTopLevelNotOne,
  LoadLevelUnderParent,
  LoadLevelTooDeep,
  LoadLevelBeyondNumbering,
  LoadRemovesMissing,
  LoadIdTakenByParent,
  LoadReplacesWithAfter,
  LoadLevelUnlikeReplaced,
  LoadAppendedNotTop,
  LoadAfterUnknown,
  LoadLevelUnlikeAnchor,
  LoadDocumentNumberReference,
  LoadFolderNotSlashed,
  LoadFolderAbsolute,
  LoadFolderLeaves,
  LoadFolderUnresolved,
  LoadFolderOutside,
  LoadFolderMissing,
  LoadNotLocalUrl,
  LoadDuplicateTemplateId,
  LoadWrongScriptFolder,
  LoadNoTraditionalVersion,
  LoadFileChanged,
  LoadOutOfMemory,
  LoadLegacyDoc,
  LoadLegacyBinary,
  LoadDamagedZip,
  LoadZipNotADocument,
  LoadXmlNotADocument,
  LoadMissingEntry,
  LoadMissingMainPart,
  LoadDamagedEntry,
  LoadEntryUnreadable,
  LoadEntryTooLarge,
  LoadEntryOverCompressed,
  LoadFlatNotWellFormed,
  LoadEntryNotWellFormed,
  LoadEntryDoctype,
  LoadXmlTooDeep,
  LoadEntryTooDeep,
  LoadXmlUtf16,
  LoadEntryUtf16,
  LoadNotOdfText,
  LoadNotOdfTextBody,
  LoadNotWordDocument,
  LoadUrlScheme,
  LoadDownloadTooLarge,
  LoadDownloadTimedOut,
  LoadHttpStatus,
  LoadDownloadFailed,
  LoadCannotWrite,
  LoadCannotReplace,
  LoadOutputNotOdf,
  LoadFixTextNotLocated,
  LoadFixCopyNotZip,
  LoadFixEntryLost,
  LoadFixEntryNotReplaced,
  LoadFixNotReadBack,  ///< {0} why, as the reader's error says it
  LoadFixParagraphsChanged,
  LoadFixNotAsPlanned,
  LoadOfficeNotRunnable,
  LoadConversionFolder,
  LoadConversionTimedOut,
  LoadChoiceJoin,  ///< what stands between two allowed values: A、B
  LoadChoiceOr,    ///< what stands before the last allowed value: A、B 或 C
  // The text output of `fix`.
  FixSummary,        ///< {0} files, {1} fixes applied, {2} left, {3} findings remaining
  FixDrySummary,     ///< the same, nothing written
  FixUnreadable,     ///< {0} files that could not be read or written (said after the summary)
  FixLeft,           ///< why a fix was not written into the file
  OutlineParts,      ///< {0} the parts, each "name first–last"
  OutlinePartsJoin,  ///< what stands between two parts
  PartMasthead,
  PartTitle,
  PartAddressee,
  PartBody,
  PartAttachmentNote,
  PartSignature,
  PartDate,
  PartNotes,
  PartAttachments,
  PartColophon,
  // `template derive`: why a model report gives no template.
  LoadDeriveNoHeadings,
  LoadDeriveTooDeep,  ///< {0} the paragraph, {1} its depth, {2} the most levels
  // An institution pack's errors (LoadProblem::Pack…).
  LoadPackBadVersion,
  LoadPackUnsafePath,
  LoadPackNotXml,
  LoadPackNotRegular,
  LoadPackNotListed,
  LoadPackEntryRepeated,
  LoadPackTooManyEntries,
  LoadPackTooLarge,
  LoadPackNotNewer,
  LoadPackNoEntries,
};

/// The text of `id` in `language` with {0}, {1} … replaced by `args`.
std::string message(Message id, Language language,
                    std::initializer_list<std::string_view> args = {});
/// The same with arguments known only at run time.
std::string message(Message id, Language language, const std::vector<std::string>& args);

}  // namespace chengbao
