#include "document_record.hpp"

#include <string_view>
#include <vector>

#include "fold.hpp"

namespace chengbao {

namespace {

std::string value_of(const std::map<std::string, std::string>& properties, const char* name) {
  const auto it = properties.find(name);
  return it == properties.end() ? std::string() : it->second;
}

}  // namespace

DocumentRecord read_record(const std::map<std::string, std::string>& properties) {
  DocumentRecord record;
  record.template_id = value_of(properties, kRecordTemplate);
  const std::string script = value_of(properties, kRecordScript);
  if (script == "zh-Hans" || script == "zh-Hant") record.script = script;
  record.date_style = parse_date_style(value_of(properties, kRecordDateStyle));
  record.topic = value_of(properties, kRecordTopic);
  return record;
}

std::string document_script(const Document& document) {
  std::string script = read_record(document.properties).script;
  if (!script.empty()) return script;
  std::vector<std::string_view> texts;
  texts.reserve(document.paragraphs.size());
  for (const Paragraph& paragraph : document.paragraphs) texts.emplace_back(paragraph.text);
  return guess_script(texts);
}

void write_record(const DocumentRecord& record, std::map<std::string, std::string>& properties) {
  if (!record.template_id.empty()) properties[kRecordTemplate] = record.template_id;
  if (!record.script.empty()) properties[kRecordScript] = record.script;
  if (record.date_style) properties[kRecordDateStyle] = date_style_name(*record.date_style);
  if (!record.topic.empty()) properties[kRecordTopic] = record.topic;
}

}  // namespace chengbao
