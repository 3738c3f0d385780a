// Test support: reports written as plain text, one paragraph a line, turned into a Document.
//
// The format of tests/unit/data/reports/*.txt (and of report_from_text):
//   - every line is one paragraph; an empty line is an empty paragraph;
//   - a line that starts with '#' is a comment and makes no paragraph;
//   - a line that starts with '@' has layout attributes before its text, in any order:
//       hN       outline level N, style "Heading N" (a heading style)
//       [label]  the automatic list label the office shows, e.g. [一、] or [（二）]; its list
//                level is the outline level, or 1
//       lN       list level N (overrides the above)
//       c        centred
//       r        right-aligned
//       {Name}   paragraph style name, e.g. {Title}
//       |        ends the attributes, for text that starts with one of these characters
//     e.g. "@h1[一、]基本情况", "@c{Title}关于……的报告", "@r2026年11月20日";
//   - "@@" starts a paragraph whose text begins with '@'.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "check.hpp"
#include "document.hpp"
#include "finding.hpp"
#include "test_support.hpp"

namespace chengbao::test {

/// One paragraph from one line of the format above.
inline Paragraph paragraph_from_line(std::string_view line) {
  Paragraph paragraph;
  if (line.substr(0, 2) == "@@") {
    paragraph.text = std::string(line.substr(1));
    return paragraph;
  }
  if (line.empty() || line[0] != '@') {
    paragraph.text = std::string(line);
    return paragraph;
  }
  std::size_t pos = 1;
  const auto number = [&]() {
    int value = 0;
    while (pos < line.size() && line[pos] >= '0' && line[pos] <= '9') {
      value = value * 10 + (line[pos++] - '0');
    }
    return value;
  };
  bool list_level_given = false;
  while (pos < line.size()) {
    const char c = line[pos];
    if (c == 'h' && pos + 1 < line.size() && line[pos + 1] >= '1' && line[pos + 1] <= '9') {
      ++pos;
      paragraph.outline_level = number();
      paragraph.style = "Heading " + std::to_string(paragraph.outline_level);
    } else if (c == 'l' && pos + 1 < line.size() && line[pos + 1] >= '1' && line[pos + 1] <= '9') {
      ++pos;
      paragraph.list_level = number();
      list_level_given = true;
    } else if (c == '[' || c == '{') {
      const std::size_t end = line.find(c == '[' ? ']' : '}', pos);
      if (end == std::string_view::npos) break;
      const std::string inside(line.substr(pos + 1, end - pos - 1));
      (c == '[' ? paragraph.list_label : paragraph.style) = inside;
      pos = end + 1;
    } else if (c == 'c') {
      paragraph.centered = true;
      ++pos;
    } else if (c == 'r') {
      paragraph.right_aligned = true;
      ++pos;
    } else if (c == '|') {
      ++pos;
      break;
    } else {
      break;
    }
  }
  if (!paragraph.list_label.empty() && !list_level_given) {
    paragraph.list_level = paragraph.outline_level > 0 ? paragraph.outline_level : 1;
  }
  paragraph.text = std::string(line.substr(pos));
  return paragraph;
}

/// The number of code points of UTF-8 `text` (offsets and lengths of findings count these).
inline std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

/// A Document from text in the format above.
inline Document report_from_text(const std::string& text) {
  Document document;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line[0] == '#') continue;
    document.paragraphs.push_back(paragraph_from_line(line));
  }
  return document;
}

/// A Document from tests/unit/data/reports/`name`; a test failure when it cannot be read.
inline Document load_report(const std::string& name) {
  const std::string path = data_file("reports/" + name);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return {};
  }
  std::ostringstream text;
  text << in.rdbuf();
  Document document = report_from_text(text.str());
  document.file = path;
  return document;
}

/// The index of the first paragraph whose text contains `needle`; -1 and a test failure when
/// none does.
inline int paragraph_of(const Document& document, std::string_view needle) {
  for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
    if (document.paragraphs[i].text.find(needle) != std::string::npos) return static_cast<int>(i);
  }
  ADD_FAILURE() << "no paragraph contains " << needle;
  return -1;
}

/// The findings of one rule.
inline std::vector<Finding> findings_of(const CheckResult& result, const std::string& rule) {
  std::vector<Finding> found;
  for (const Finding& finding : result.findings) {
    if (finding.rule == rule) found.push_back(finding);
  }
  return found;
}

/// The findings a writer must act on: warnings and errors.
inline std::vector<Finding> problems(const CheckResult& result) {
  std::vector<Finding> found;
  for (const Finding& finding : result.findings) {
    if (finding.severity != Severity::Info) found.push_back(finding);
  }
  return found;
}

/// Findings one a line, for failure messages.
inline std::string describe(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& finding : findings) {
    out += "  " + std::to_string(finding.paragraph) + ":" + std::to_string(finding.offset) + "+" +
           std::to_string(finding.length) + " " + severity_name(finding.severity) + " " +
           finding.rule + " «" + finding.text + "» " + finding.message;
    if (finding.replacement) out += " → «" + *finding.replacement + "»";
    out += "\n";
  }
  return out;
}

}  // namespace chengbao::test
