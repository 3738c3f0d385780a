// The results of checking files, written as text for people or as the JSON of DESIGN.md §4.1.
#include "check_report.hpp"

#include "messages.hpp"
#include "rule_catalogue.hpp"
#include "template_checker.hpp"

#include <string>

#include <nlohmann/json.hpp>

namespace chengbao {

namespace {

using Json = nlohmann::ordered_json;

/// One line, UTF-8 as it is (a byte sequence that is not UTF-8 becomes U+FFFD, never an
/// exception).
std::string dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::string json_string(const std::string& text) { return dump(Json(text)); }

Summary summarize(const std::vector<FileReport>& reports) {
  Summary summary;
  summary.files = static_cast<int>(reports.size());
  for (const FileReport& report : reports) {
    if (report.error) ++summary.unreadable;
    for (const Finding& finding : report.findings) {
      switch (finding.severity) {
        case Severity::Error:
          ++summary.errors;
          break;
        case Severity::Warning:
          ++summary.warnings;
          break;
        case Severity::Info:
          ++summary.infos;
          break;
      }
    }
  }
  return summary;
}

namespace {

Json finding_json(const Finding& finding) {
  Json out = {{"rule", finding.rule},           {"severity", severity_name(finding.severity)},
              {"paragraph", finding.paragraph}, {"offset", finding.offset},
              {"length", finding.length},       {"text", finding.text},
              {"message", finding.message}};
  if (finding.replacement) out["fix"] = {{"replacement", *finding.replacement}};
  return out;
}

Json file_json(const FileReport& report) {
  Json out = {{"file", report.file},
              {"template", report.template_id.empty() ? Json(nullptr) : Json(report.template_id)}};
  if (report.error) out["error"] = report.error->to_string();
  Json findings = Json::array();
  for (const Finding& finding : report.findings) findings.push_back(finding_json(finding));
  out["findings"] = std::move(findings);
  return out;
}

/// A file name as a SARIF artifact URI: a relative reference for a relative path, a file: URI
/// for an absolute one; bytes other than unreserved characters and "/" percent-encoded.
std::string file_uri(const std::string& path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out = path.rfind('/', 0) == 0 ? "file://" : "";
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
        (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      break;
  }
  return "note";
}

/// A SARIF region of a finding: the paragraph as its line (counted from 1, as people and the
/// text output count), the offset as its column (from 1, in code points).
Json sarif_region(const Finding& finding) {
  Json region = {{"startLine", finding.paragraph + 1}, {"startColumn", finding.offset + 1}};
  if (finding.length > 0) region["endColumn"] = finding.offset + finding.length + 1;
  if (!finding.text.empty()) region["snippet"] = {{"text", finding.text}};
  return region;
}

}  // namespace

std::string check_json(const std::vector<FileReport>& reports) {
  Json files = Json::array();
  for (const FileReport& report : reports) files.push_back(file_json(report));
  const Summary summary = summarize(reports);
  const Json out = {{"files", std::move(files)},
                    {"summary",
                     {{"files", summary.files},
                      {"error", summary.errors},
                      {"warning", summary.warnings},
                      {"info", summary.infos}}}};
  return dump(out);
}

std::string check_json_line(const FileReport& report) { return dump(file_json(report)); }

std::string check_sarif(const std::vector<FileReport>& reports, Language language,
                        const std::string& version) {
  Json rules = Json::array();
  for (const std::string& id : rule_ids()) {
    const std::string description = rule_description(id, language);
    rules.push_back({{"id", id},
                     {"shortDescription", {{"text", description}}},
                     {"fullDescription", {{"text", description}}},
                     {"help", {{"text", description}}}});
  }
  const auto rule_index = [](const std::string& id) {
    const std::vector<std::string>& ids = rule_ids();
    for (size_t i = 0; i < ids.size(); ++i)
      if (ids[i] == id) return static_cast<int>(i);
    return -1;
  };
  Json results = Json::array();
  Json notifications = Json::array();
  for (const FileReport& report : reports) {
    const Json location = {{"uri", file_uri(report.file)}};
    if (report.error) {
      notifications.push_back(
          {{"level", "error"},
           {"message", {{"text", report.error->to_string()}}},
           {"locations", Json::array({{{"physicalLocation", {{"artifactLocation", location}}}}})}});
      continue;
    }
    for (const Finding& finding : report.findings) {
      Json result = {{"ruleId", finding.rule}};
      if (const int index = rule_index(finding.rule); index >= 0) result["ruleIndex"] = index;
      result["level"] = sarif_level(finding.severity);
      result["message"] = {{"text", finding.message}};
      result["locations"] =
          Json::array({{{"physicalLocation",
                         {{"artifactLocation", location}, {"region", sarif_region(finding)}}}}});
      if (finding.replacement) {
        // What the fix deletes: the finding's region, closed even when empty (an insertion).
        Json region = sarif_region(finding);
        region.erase("snippet");
        region["endColumn"] = finding.offset + finding.length + 1;
        result["fixes"] = Json::array(
            {{{"description", {{"text", finding.message}}},
              {"artifactChanges",
               Json::array(
                   {{{"artifactLocation", location},
                     {"replacements", Json::array({{{"deletedRegion", std::move(region)},
                                                    {"insertedContent",
                                                     {{"text", *finding.replacement}}}}})}}})}}});
      }
      results.push_back(std::move(result));
    }
  }
  Json run = {{"tool",
               {{"driver",
                 {{"name", "chengbao"},
                  {"version", version},
                  {"semanticVersion", version},
                  {"rules", std::move(rules)}}}}},
              {"results", std::move(results)}};
  if (!notifications.empty())
    run["invocations"] = Json::array({{{"executionSuccessful", false},
                                       {"toolExecutionNotifications", std::move(notifications)}}});
  else
    run["invocations"] = Json::array({{{"executionSuccessful", true}}});
  const Json out = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                    {"version", "2.1.0"},
                    {"runs", Json::array({std::move(run)})}};
  return dump(out);
}

std::string summary_text(const Summary& summary, Language language) {
  const std::string files = std::to_string(summary.files);
  const std::string errors = std::to_string(summary.errors);
  const std::string warnings = std::to_string(summary.warnings);
  const std::string infos = std::to_string(summary.infos);
  const std::string unreadable = std::to_string(summary.unreadable);
  return message(summary.unreadable > 0 ? Message::SummaryUnreadable : Message::Summary, language,
                 {files, errors, warnings, infos, unreadable}) +
         "\n";
}

std::string skipped_template_note(Language language) {
  return message(Message::TemplateRulesSkipped, language) + "\n";
}

std::string check_text(const FileReport& report) {
  if (report.error) return report.error->to_string() + "\n";
  std::string out;
  for (const Finding& finding : report.findings) {
    // People count paragraphs from 1 (as the Check panel shows them); JSON keeps the 0-based index.
    out += report.file + ":" + std::to_string(finding.paragraph + 1) + ": " +
           severity_name(finding.severity) + " " + finding.rule + ": " + finding.message;
    if (!finding.text.empty()) out += " «" + finding.text + "»";
    if (finding.replacement) out += " → «" + *finding.replacement + "»";
    out += "\n";
  }
  return out;
}

std::string outline_json_entry(const std::string& file, const DocumentStructure& structure) {
  const Outline& outline = structure.outline;
  std::string out = "{\"file\": " + json_string(file) +
                    ", \"scheme\": " + json_string(outline.western ? "western" : "mainland") +
                    ", \"parts\": [";
  for (std::size_t i = 0; i < structure.parts.size(); ++i) {
    const DocumentPart& part = structure.parts[i];
    if (i > 0) out += ", ";
    out += "{\"part\": " + json_string(part.id) + ", \"begin\": " + std::to_string(part.begin) +
           ", \"end\": " + std::to_string(part.end) + "}";
  }
  out += "], \"outline\": [";
  for (size_t i = 0; i < outline.entries.size(); ++i) {
    const OutlineEntry& entry = outline.entries[i];
    if (i > 0) out += ", ";
    out += "{\"paragraph\": " + std::to_string(entry.paragraph) +
           ", \"level\": " + std::to_string(entry.level) +
           ", \"label\": " + (entry.label ? json_string(entry.label->text) : std::string("null")) +
           ", \"automatic\": " + (entry.automatic ? "true" : "false") +
           ", \"heading\": " + json_string(entry.heading) +
           ", \"runs_on\": " + (entry.runs_on ? "true" : "false") + "}";
  }
  return out + "]}";
}

std::string outline_text(const std::string& file, const DocumentStructure& structure,
                         Language language) {
  std::string out = file + ":\n";
  // People count paragraphs from 1, as the check output and the Check panel do.
  if (!structure.parts.empty()) {
    std::string parts;
    for (std::size_t i = 0; i < structure.parts.size(); ++i) {
      const DocumentPart& part = structure.parts[i];
      if (i > 0) parts += message(Message::OutlinePartsJoin, language);
      parts += part_name(part.id, language) + " " + std::to_string(part.begin + 1);
      if (part.end > part.begin) parts += "–" + std::to_string(part.end + 1);
    }
    out += "  " + message(Message::OutlineParts, language, {parts}) + "\n";
  }
  for (const OutlineEntry& entry : structure.outline.entries) {
    out += std::string(2 * static_cast<size_t>(entry.level), ' ');
    if (entry.label) out += entry.label->text;
    out += entry.heading;
    out += "  [" + std::to_string(entry.paragraph + 1) + (entry.automatic ? ", auto" : "") + "]\n";
  }
  return out;
}

}  // namespace chengbao
