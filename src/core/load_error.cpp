// An expected failure when reading a file: which file, where, and what a person should fix.
#include "load_error.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "messages.hpp"

namespace chengbao {
namespace {

// pugixml's parse statuses in the user's words; the English is pugixml's own description.
std::string parse_status(int status, Language language) {
  struct Words {
    int status;
    const char* zh_cn;
    const char* zh_tw;
  };
  static const Words kWords[] = {
      {pugi::status_unrecognized_tag, "无法识别的标记", "無法辨識的標記"},
      {pugi::status_bad_pi, "处理指令有误", "處理指令有誤"},
      {pugi::status_bad_comment, "注释有误", "註解有誤"},
      {pugi::status_bad_cdata, "CDATA 段有误", "CDATA 段有誤"},
      {pugi::status_bad_doctype, "文档类型声明有误", "文件類型宣告有誤"},
      {pugi::status_bad_pcdata, "文本内容有误", "文字內容有誤"},
      {pugi::status_bad_start_element, "开始标签有误", "開始標籤有誤"},
      {pugi::status_bad_attribute, "属性有误", "屬性有誤"},
      {pugi::status_bad_end_element, "结束标签有误", "結束標籤有誤"},
      {pugi::status_end_element_mismatch, "开始标签与结束标签不匹配", "開始標籤與結束標籤不相符"},
      {pugi::status_no_document_element, "没有根元素", "沒有根元素"},
  };
  if (language == Language::En) {
    pugi::xml_parse_result result;
    result.status = static_cast<pugi::xml_parse_status>(status);
    return result.description();
  }
  for (const Words& words : kWords) {
    if (words.status == status) return language == Language::ZhTW ? words.zh_tw : words.zh_cn;
  }
  return language == Language::ZhTW ? "格式錯誤" : "格式错误";
}

// The system's reason for the usual cases, in the user's words; others stay as the system says.
std::string system_reason(const std::string& reason, Language language) {
  struct Words {
    const char* en;
    const char* zh_cn;
    const char* zh_tw;
  };
  static const Words kWords[] = {
      {"No such file or directory", "文件或文件夹不存在", "檔案或資料夾不存在"},
      {"Permission denied", "没有访问权限", "沒有存取權限"},
      {"Is a directory", "这是一个文件夹", "這是一個資料夾"},
      {"Not a directory", "路径中有一项不是文件夹", "路徑中有一項不是資料夾"},
      {"Read-only file system", "文件系统为只读", "檔案系統為唯讀"},
      {"No space left on device", "磁盘空间不足", "磁碟空間不足"},
      {"Disk quota exceeded", "超出磁盘配额", "超出磁碟配額"},
      {"File name too long", "文件名过长", "檔名過長"},
  };
  if (language == Language::En) return reason;
  for (const Words& words : kWords) {
    if (reason == words.en) return language == Language::ZhTW ? words.zh_tw : words.zh_cn;
  }
  return reason;
}

std::string arg(const LoadError& error, std::size_t i) {
  return i < error.args.size() ? error.args[i] : std::string();
}

// The reader's error an error of kind FixNotReadBack carries (fixed_file_not_read_back).
LoadError cause(const LoadError& error) {
  const int kind = std::atoi(arg(error, 1).c_str());
  const bool known = kind > 0 && kind <= static_cast<int>(kLastLoadProblem);
  std::vector<std::string> args;
  if (known && error.args.size() > 2) args.assign(error.args.begin() + 2, error.args.end());
  return LoadError{error.file, 0, arg(error, 0),
                   known ? static_cast<LoadProblem>(kind) : LoadProblem::Other, std::move(args)};
}

// "a b c" → "a、b 或 c": the allowed values of a list, joined with the language's "or".
std::string choices(const std::string& list, Language language) {
  std::vector<std::string> words;
  std::size_t begin = 0;
  while (begin < list.size()) {
    const std::size_t end = std::min(list.find(' ', begin), list.size());
    if (end > begin) words.push_back(list.substr(begin, end - begin));
    begin = end + 1;
  }
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      out += message(i + 1 == words.size() ? Message::LoadChoiceOr : Message::LoadChoiceJoin,
                     language);
    }
    out += words[i];
  }
  return out;
}

// An argument that is not shown as the error holds it.
enum class Words {
  AsWritten,
  Choices,       ///< a list of allowed values, joined with the language's "or"
  SystemReason,  ///< the system's reason, in the user's words for the usual ones
  ParseStatus,   ///< pugixml's xml_parse_status as a number, in the user's words
};

// How a kind is said: its message, with the arguments as the error holds them except the one at
// `at`, which is said as `words` tells.
struct Wording {
  LoadProblem problem;
  Message message;
  Words words = Words::AsWritten;
  std::size_t at = 0;
};

constexpr Wording kWordings[] = {
    {LoadProblem::CannotOpen, Message::LoadCannotOpen, Words::SystemReason},
    {LoadProblem::TooLarge, Message::LoadTooLarge},
    {LoadProblem::NotUtf8, Message::LoadNotUtf8},
    {LoadProblem::NotWellFormed, Message::LoadNotWellFormed, Words::ParseStatus},
    {LoadProblem::DoctypeRefused, Message::LoadDoctype},
    {LoadProblem::MissingElement, Message::LoadMissingElement},
    {LoadProblem::EmptyElement, Message::LoadEmptyElement},
    {LoadProblem::UnknownElement, Message::LoadUnknownElement},
    {LoadProblem::NotADocument, Message::LoadNotADocument},
    {LoadProblem::EmptyFile, Message::LoadEmptyFile},
    {LoadProblem::Encrypted, Message::LoadEncrypted},
    {LoadProblem::NoOffice, Message::LoadNoOffice},
    {LoadProblem::NotConverted, Message::LoadNotConverted},
    {LoadProblem::LegacyNotFixable, Message::LoadLegacyNotFixable},
    {LoadProblem::UnknownAttribute, Message::LoadUnknownAttribute},
    {LoadProblem::RepeatedAttribute, Message::LoadRepeatedAttribute},
    {LoadProblem::RepeatedElement, Message::LoadRepeatedElement},
    {LoadProblem::WrongRoot, Message::LoadWrongRoot},
    {LoadProblem::UnknownScript, Message::LoadUnknownScript},
    {LoadProblem::UnknownRegion, Message::LoadUnknownRegion},
    {LoadProblem::UnknownDateStyle, Message::LoadUnknownDateStyle},
    {LoadProblem::FieldNoName, Message::LoadFieldNoName},
    {LoadProblem::FieldNameChars, Message::LoadFieldNameChars},
    {LoadProblem::FieldNameReserved, Message::LoadFieldNameReserved},
    {LoadProblem::FieldRepeated, Message::LoadFieldRepeated},
    {LoadProblem::ContactNoName, Message::LoadContactNoName},
    {LoadProblem::ContactPhone, Message::LoadContactPhone},
    {LoadProblem::ContactAsAttributes, Message::LoadContactAsAttributes},
    {LoadProblem::CannotRead, Message::LoadCannotRead, Words::SystemReason},
    {LoadProblem::NotRegularFile, Message::LoadNotRegularFile},
    {LoadProblem::NoRootElement, Message::LoadNoRootElement},
    {LoadProblem::NoFormat, Message::LoadNoFormat},
    {LoadProblem::UnsupportedFormat, Message::LoadUnsupportedFormat},
    {LoadProblem::OnlyText, Message::LoadOnlyText},
    {LoadProblem::MustBeEmpty, Message::LoadMustBeEmpty},
    {LoadProblem::UnexpectedText, Message::LoadUnexpectedText},
    {LoadProblem::MissingAttribute, Message::LoadMissingAttribute},
    {LoadProblem::BadAttributeValue, Message::LoadBadAttributeValue, Words::Choices, 3},
    {LoadProblem::BadId, Message::LoadBadId},
    {LoadProblem::RepeatedId, Message::LoadRepeatedId},
    {LoadProblem::GivenTwice, Message::LoadGivenTwice},
    {LoadProblem::LocalizedRepeated, Message::LoadLocalizedRepeated},
    {LoadProblem::UnknownGenre, Message::LoadUnknownGenre, Words::Choices, 1},
    {LoadProblem::NotATemplateId, Message::LoadNotATemplateId},
    {LoadProblem::ExtendsCycle, Message::LoadExtendsCycle},
    {LoadProblem::ParentScript, Message::LoadParentScript},
    {LoadProblem::NumberingTooShallow, Message::LoadNumberingTooShallow},
    {LoadProblem::UnknownRule, Message::LoadUnknownRule},
    {LoadProblem::RuleChangesNothing, Message::LoadRuleChangesNothing},
    {LoadProblem::NoLabelForms, Message::LoadNoLabelForms},
    {LoadProblem::LabelWithoutOne, Message::LoadLabelWithoutOne},
    {LoadProblem::NoDateForms, Message::LoadNoDateForms},
    {LoadProblem::NotADateForm, Message::LoadNotADateForm, Words::Choices, 1},
    {LoadProblem::LabelsLevelUndefined, Message::LoadLabelsLevelUndefined},
    {LoadProblem::LabelsRefuseOwn, Message::LoadLabelsRefuseOwn},
    {LoadProblem::LevelOutOfOrder, Message::LoadLevelOutOfOrder},
    {LoadProblem::TooManyLevels, Message::LoadTooManyLevels},
    {LoadProblem::WithParentsOnTop, Message::LoadWithParentsOnTop},
    {LoadProblem::BadFontList, Message::LoadBadFontList},
    {LoadProblem::BadFontSize, Message::LoadBadFontSize},
    {LoadProblem::BadIndent, Message::LoadBadIndent},
    {LoadProblem::BadSpacing, Message::LoadBadSpacing},
    {LoadProblem::BadLength, Message::LoadBadLength},
    {LoadProblem::BadGridCount, Message::LoadBadGridCount},
    {LoadProblem::BadPageNumber, Message::LoadBadPageNumber},
    {LoadProblem::NoRoomForText, Message::LoadNoRoomForText},
    {LoadProblem::RemoveFalse, Message::LoadRemoveFalse},
    {LoadProblem::NotASectionId, Message::LoadNotASectionId},
    {LoadProblem::MixedParagraphs, Message::LoadMixedParagraphs},
    {LoadProblem::RepeatedAlternative, Message::LoadRepeatedAlternative},
    {LoadProblem::BadLevel, Message::LoadBadLevel},
    {LoadProblem::TopLevelNotOne, Message::LoadTopLevelNotOne},
    {LoadProblem::LevelUnderParent, Message::LoadLevelUnderParent},
    {LoadProblem::LevelTooDeep, Message::LoadLevelTooDeep},
    {LoadProblem::LevelBeyondNumbering, Message::LoadLevelBeyondNumbering},
    {LoadProblem::RemovesMissing, Message::LoadRemovesMissing},
    {LoadProblem::IdTakenByParent, Message::LoadIdTakenByParent},
    {LoadProblem::ReplacesWithAfter, Message::LoadReplacesWithAfter},
    {LoadProblem::LevelUnlikeReplaced, Message::LoadLevelUnlikeReplaced},
    {LoadProblem::AppendedNotTop, Message::LoadAppendedNotTop},
    {LoadProblem::AfterUnknown, Message::LoadAfterUnknown},
    {LoadProblem::LevelUnlikeAnchor, Message::LoadLevelUnlikeAnchor},
    {LoadProblem::DocumentNumberReference, Message::LoadDocumentNumberReference},
    {LoadProblem::FolderNotSlashed, Message::LoadFolderNotSlashed},
    {LoadProblem::FolderAbsolute, Message::LoadFolderAbsolute},
    {LoadProblem::FolderLeaves, Message::LoadFolderLeaves},
    {LoadProblem::FolderUnresolved, Message::LoadFolderUnresolved, Words::SystemReason, 1},
    {LoadProblem::FolderOutside, Message::LoadFolderOutside},
    {LoadProblem::FolderMissing, Message::LoadFolderMissing},
    {LoadProblem::NotLocalUrl, Message::LoadNotLocalUrl},
    {LoadProblem::DuplicateTemplateId, Message::LoadDuplicateTemplateId},
    {LoadProblem::WrongScriptFolder, Message::LoadWrongScriptFolder},
    {LoadProblem::NoTraditionalVersion, Message::LoadNoTraditionalVersion},
    {LoadProblem::FileChanged, Message::LoadFileChanged},
    {LoadProblem::OutOfMemory, Message::LoadOutOfMemory},
    {LoadProblem::LegacyDoc, Message::LoadLegacyDoc},
    {LoadProblem::LegacyBinary, Message::LoadLegacyBinary},
    {LoadProblem::DamagedZip, Message::LoadDamagedZip},
    {LoadProblem::ZipNotADocument, Message::LoadZipNotADocument},
    {LoadProblem::XmlNotADocument, Message::LoadXmlNotADocument},
    {LoadProblem::MissingEntry, Message::LoadMissingEntry},
    {LoadProblem::MissingMainPart, Message::LoadMissingMainPart},
    {LoadProblem::DamagedEntry, Message::LoadDamagedEntry},
    {LoadProblem::EntryUnreadable, Message::LoadEntryUnreadable},
    {LoadProblem::EntryTooLarge, Message::LoadEntryTooLarge},
    {LoadProblem::EntryOverCompressed, Message::LoadEntryOverCompressed},
    {LoadProblem::FlatNotWellFormed, Message::LoadFlatNotWellFormed, Words::ParseStatus, 1},
    {LoadProblem::EntryNotWellFormed, Message::LoadEntryNotWellFormed, Words::ParseStatus, 2},
    {LoadProblem::EntryDoctype, Message::LoadEntryDoctype},
    {LoadProblem::XmlTooDeep, Message::LoadXmlTooDeep},
    {LoadProblem::EntryTooDeep, Message::LoadEntryTooDeep},
    {LoadProblem::XmlUtf16, Message::LoadXmlUtf16},
    {LoadProblem::EntryUtf16, Message::LoadEntryUtf16},
    {LoadProblem::NotOdfText, Message::LoadNotOdfText},
    {LoadProblem::NotOdfTextBody, Message::LoadNotOdfTextBody},
    {LoadProblem::NotWordDocument, Message::LoadNotWordDocument},
    {LoadProblem::UrlScheme, Message::LoadUrlScheme},
    {LoadProblem::DownloadTooLarge, Message::LoadDownloadTooLarge},
    {LoadProblem::DownloadTimedOut, Message::LoadDownloadTimedOut},
    {LoadProblem::HttpStatus, Message::LoadHttpStatus},
    {LoadProblem::DownloadFailed, Message::LoadDownloadFailed},
    {LoadProblem::CannotWrite, Message::LoadCannotWrite, Words::SystemReason},
    {LoadProblem::CannotReplace, Message::LoadCannotReplace, Words::SystemReason},
    {LoadProblem::OutputNotOdf, Message::LoadOutputNotOdf},
    {LoadProblem::FixTextNotLocated, Message::LoadFixTextNotLocated},
    {LoadProblem::FixCopyNotZip, Message::LoadFixCopyNotZip},
    {LoadProblem::FixEntryLost, Message::LoadFixEntryLost},
    {LoadProblem::FixEntryNotReplaced, Message::LoadFixEntryNotReplaced},
    {LoadProblem::FixParagraphsChanged, Message::LoadFixParagraphsChanged},
    {LoadProblem::FixNotAsPlanned, Message::LoadFixNotAsPlanned},
    {LoadProblem::OfficeNotRunnable, Message::LoadOfficeNotRunnable},
    {LoadProblem::ConversionFolder, Message::LoadConversionFolder, Words::SystemReason, 1},
    {LoadProblem::ConversionTimedOut, Message::LoadConversionTimedOut},
    {LoadProblem::DeriveNoHeadings, Message::LoadDeriveNoHeadings},
    {LoadProblem::DeriveTooDeep, Message::LoadDeriveTooDeep},
    {LoadProblem::PackBadVersion, Message::LoadPackBadVersion},
    {LoadProblem::PackUnsafePath, Message::LoadPackUnsafePath},
    {LoadProblem::PackNotXml, Message::LoadPackNotXml},
    {LoadProblem::PackNotRegular, Message::LoadPackNotRegular},
    {LoadProblem::PackNotListed, Message::LoadPackNotListed},
    {LoadProblem::PackEntryRepeated, Message::LoadPackEntryRepeated},
    {LoadProblem::PackTooManyEntries, Message::LoadPackTooManyEntries},
    {LoadProblem::PackTooLarge, Message::LoadPackTooLarge},
    {LoadProblem::PackNotNewer, Message::LoadPackNotNewer},
    {LoadProblem::PackNoEntries, Message::LoadPackNoEntries},
};

}  // namespace

std::string LoadError::to_string() const {
  if (line > 0) return file + ":" + std::to_string(line) + ": " + message;
  return file + ": " + message;
}

LoadError fixed_file_not_read_back(const std::string& file, const LoadError& why) {
  std::vector<std::string> args = {why.message, std::to_string(static_cast<int>(why.problem))};
  args.insert(args.end(), why.args.begin(), why.args.end());
  return LoadError{file, 0, "the fixed file does not read back: " + why.message,
                   LoadProblem::FixNotReadBack, std::move(args)};
}

std::string problem_text(const LoadError& error, Language language) {
  if (language == Language::En && error.problem != LoadProblem::UnknownTemplate) {
    return error.message;
  }
  // The kinds whose text needs more than their arguments.
  switch (error.problem) {
    case LoadProblem::Other:
      return error.message;
    case LoadProblem::UnknownTemplate:
      return arg(error, 1).empty()
                 ? message(Message::LoadNoTemplates, language, {arg(error, 0)})
                 : message(Message::LoadUnknownTemplate, language, {arg(error, 0), arg(error, 1)});
    case LoadProblem::ParentNotFound:
      return message(
          arg(error, 2).empty() ? Message::LoadParentNotFoundNowhere : Message::LoadParentNotFound,
          language, error.args);
    case LoadProblem::FixNotReadBack:
      return message(Message::LoadFixNotReadBack, language, {problem_text(cause(error), language)});
    default:
      break;
  }
  for (const Wording& wording : kWordings) {
    if (wording.problem != error.problem) continue;
    std::vector<std::string> args = error.args;
    if (wording.words != Words::AsWritten) {
      // An error made without the argument still says the rest.
      if (args.size() <= wording.at) args.resize(wording.at + 1);
      std::string& special = args[wording.at];
      special = wording.words == Words::Choices ? choices(special, language)
                : wording.words == Words::SystemReason
                    ? system_reason(special, language)
                    : parse_status(std::atoi(special.c_str()), language);
    }
    return message(wording.message, language, args);
  }
  return error.message;
}

std::string describe(const LoadError& error, Language language) {
  const std::string what = problem_text(error, language);
  // Named as the user wrote it; the folder it was looked for in is the program's business.
  if (error.problem == LoadProblem::UnknownTemplate) return what;
  if (error.line > 0) return error.file + ":" + std::to_string(error.line) + ": " + what;
  return error.file + ": " + what;
}

}  // namespace chengbao
