// What chengbao records in a report it makes: custom document properties that say which template,
// script, date style and topic it was made with, so later checks and insertions follow them.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "date_format.hpp"
#include "document.hpp"

namespace chengbao {

/// The property names, as Writer shows them under File ▸ Properties ▸ Custom Properties and as
/// .odt (meta:user-defined) and .docx (docProps/custom.xml) store them.
inline constexpr const char* kRecordTemplate = "chengbao_template";
inline constexpr const char* kRecordScript = "chengbao_script";
inline constexpr const char* kRecordDateStyle = "chengbao_date_style";
inline constexpr const char* kRecordTopic = "chengbao_topic";

struct DocumentRecord {
  std::string template_id;              ///< the template's id; empty when not recorded
  std::string script;                   ///< zh-Hans or zh-Hant; empty when not recorded
  std::optional<DateStyle> date_style;  ///< the date style the report was dated in
  std::string topic;                    ///< the topic the title was made from

  bool empty() const {
    return template_id.empty() && script.empty() && !date_style && topic.empty();
  }
};

/// The record among a document's properties; values that do not parse (an unknown date style, a
/// script other than zh-Hans/zh-Hant) are left out, as a hand-edited property may be anything.
DocumentRecord read_record(const std::map<std::string, std::string>& properties);

/// The script `document` is written in: the one it records, else the one its text shows
/// (guess_script); "" when neither says.
std::string document_script(const Document& document);

/// Adds the record's non-empty values to `properties`.
void write_record(const DocumentRecord& record, std::map<std::string, std::string>& properties);

}  // namespace chengbao
