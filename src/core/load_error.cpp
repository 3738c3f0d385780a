// An expected failure when reading a file: which file, where, and what a person should fix.
#include "load_error.hpp"

#include <cstdlib>

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

}  // namespace

std::string LoadError::to_string() const {
  if (line > 0) return file + ":" + std::to_string(line) + ": " + message;
  return file + ": " + message;
}

std::string problem_text(const LoadError& error, Language language) {
  if (language == Language::En && error.problem != LoadProblem::UnknownTemplate) {
    return error.message;
  }
  switch (error.problem) {
    case LoadProblem::Other:
      return error.message;
    case LoadProblem::CannotOpen:
      return message(Message::LoadCannotOpen, language, {system_reason(arg(error, 0), language)});
    case LoadProblem::TooLarge:
      return message(Message::LoadTooLarge, language);
    case LoadProblem::NotUtf8:
      return message(Message::LoadNotUtf8, language, {arg(error, 0)});
    case LoadProblem::NotWellFormed:
      return message(Message::LoadNotWellFormed, language,
                     {parse_status(std::atoi(arg(error, 0).c_str()), language)});
    case LoadProblem::DoctypeRefused:
      return message(Message::LoadDoctype, language);
    case LoadProblem::MissingElement:
      return message(Message::LoadMissingElement, language, {arg(error, 0), arg(error, 1)});
    case LoadProblem::EmptyElement:
      return message(Message::LoadEmptyElement, language, {arg(error, 0)});
    case LoadProblem::UnknownElement:
      return message(Message::LoadUnknownElement, language, {arg(error, 0), arg(error, 1)});
    case LoadProblem::UnknownTemplate:
      return arg(error, 1).empty()
                 ? message(Message::LoadNoTemplates, language, {arg(error, 0)})
                 : message(Message::LoadUnknownTemplate, language, {arg(error, 0), arg(error, 1)});
    case LoadProblem::NotADocument:
      return message(Message::LoadNotADocument, language, {arg(error, 0)});
    case LoadProblem::EmptyFile:
      return message(Message::LoadEmptyFile, language);
    case LoadProblem::Encrypted:
      return message(Message::LoadEncrypted, language);
    case LoadProblem::Damaged:
      return message(Message::LoadDamaged, language, {arg(error, 0)});
    case LoadProblem::NoOffice:
      return message(Message::LoadNoOffice, language);
    case LoadProblem::NotConverted:
      return message(Message::LoadNotConverted, language, {arg(error, 0)});
    case LoadProblem::LegacyNotFixable:
      return message(Message::LoadLegacyNotFixable, language);
    case LoadProblem::UnknownAttribute:
      return message(Message::LoadUnknownAttribute, language, {arg(error, 0), arg(error, 1)});
    case LoadProblem::RepeatedAttribute:
      return message(Message::LoadRepeatedAttribute, language, {arg(error, 0)});
    case LoadProblem::RepeatedElement:
      return message(Message::LoadRepeatedElement, language, {arg(error, 0), arg(error, 1)});
    case LoadProblem::WrongRoot:
      return message(Message::LoadWrongRoot, language, {arg(error, 0), arg(error, 1)});
    case LoadProblem::UnknownScript:
      return message(Message::LoadUnknownScript, language, {arg(error, 0)});
    case LoadProblem::UnknownRegion:
      return message(Message::LoadUnknownRegion, language, {arg(error, 0)});
    case LoadProblem::UnknownDateStyle:
      return message(Message::LoadUnknownDateStyle, language, {arg(error, 0)});
    case LoadProblem::FieldNoName:
      return message(Message::LoadFieldNoName, language);
    case LoadProblem::FieldNameChars:
      return message(Message::LoadFieldNameChars, language, {arg(error, 0)});
    case LoadProblem::FieldNameReserved:
      return message(Message::LoadFieldNameReserved, language, {arg(error, 0)});
    case LoadProblem::FieldRepeated:
      return message(Message::LoadFieldRepeated, language, {arg(error, 0)});
    case LoadProblem::ContactNoName:
      return message(Message::LoadContactNoName, language);
    case LoadProblem::ContactPhone:
      return message(Message::LoadContactPhone, language, {arg(error, 0)});
    case LoadProblem::ContactAsAttributes:
      return message(Message::LoadContactAsAttributes, language);
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
