// The results of checking files, written as text for people or as the JSON of DESIGN.md §4.1.
#include "check_report.hpp"

#include "messages.hpp"

#include <cstdio>
#include <string>

namespace chengbao {

std::string json_string(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += c;  // UTF-8 passes through unchanged
        }
    }
  }
  out += '"';
  return out;
}

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

std::string finding_json(const Finding& finding) {
  std::string out = "{\"rule\": " + json_string(finding.rule) +
                    ", \"severity\": " + json_string(severity_name(finding.severity)) +
                    ", \"paragraph\": " + std::to_string(finding.paragraph) +
                    ", \"offset\": " + std::to_string(finding.offset) +
                    ", \"length\": " + std::to_string(finding.length) +
                    ", \"text\": " + json_string(finding.text) +
                    ", \"message\": " + json_string(finding.message);
  if (finding.replacement)
    out += ", \"fix\": {\"replacement\": " + json_string(*finding.replacement) + "}";
  return out + "}";
}

}  // namespace

std::string check_json(const std::vector<FileReport>& reports) {
  std::string out = "{\"files\": [";
  for (size_t i = 0; i < reports.size(); ++i) {
    const FileReport& report = reports[i];
    if (i > 0) out += ", ";
    out += "{\"file\": " + json_string(report.file) + ", \"template\": " +
           (report.template_id.empty() ? std::string("null") : json_string(report.template_id));
    if (report.error) out += ", \"error\": " + json_string(report.error->to_string());
    out += ", \"findings\": [";
    for (size_t j = 0; j < report.findings.size(); ++j) {
      if (j > 0) out += ", ";
      out += finding_json(report.findings[j]);
    }
    out += "]}";
  }
  const Summary summary = summarize(reports);
  out += "], \"summary\": {\"files\": " + std::to_string(summary.files) +
         ", \"error\": " + std::to_string(summary.errors) +
         ", \"warning\": " + std::to_string(summary.warnings) +
         ", \"info\": " + std::to_string(summary.infos) + "}}";
  return out;
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
