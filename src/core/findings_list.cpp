// The Check panel's list: findings grouped by severity, one row a finding, in the UI language.
#include "findings_list.hpp"

#include <algorithm>
#include <array>

#include "utf8.hpp"

namespace chengbao {
namespace {

constexpr int kShownTextLength = 24;

/// One UI string in each language.
struct Words {
  const char* zh_cn;
  const char* zh_tw;
  const char* en;
  const char* in(Language language) const {
    switch (language) {
      case Language::ZhCN:
        return zh_cn;
      case Language::ZhTW:
        return zh_tw;
      case Language::En:
        return en;
    }
    return en;
  }
};

constexpr Words kErrors{"错误", "錯誤", "Errors"};
constexpr Words kWarnings{"警告", "警告", "Warnings"};
constexpr Words kInfos{"提示", "提示", "Info"};
constexpr Words kNothing{"未发现问题。", "未發現問題。", "No problems found."};
constexpr Words kFixable{"［可修正］", "［可修正］", "[fixable]"};
constexpr Words kParagraphBefore{"第 ", "第 ", "¶ "};
constexpr Words kParagraphAfter{" 段", " 段", ""};
constexpr Words kTextLabel{"原文：", "原文：", "Text: "};
constexpr Words kFixLabel{"修正为：", "修正為：", "Fix: "};
constexpr Words kDeleteFix{"删除", "刪除", "delete it"};
constexpr Words kOpenQuote{"「", "「", "«"};
constexpr Words kCloseQuote{"」", "」", "»"};

const Words& group_name(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return kErrors;
    case Severity::Warning:
      return kWarnings;
    case Severity::Info:
      return kInfos;
  }
  return kInfos;
}

/// `text` on one line (line breaks and tabs become spaces), cut to `limit` code points with "…".
std::string one_line(const std::string& text, int limit) {
  std::u32string points = decode_utf8(text);
  for (char32_t& c : points)
    if (c == U'\n' || c == U'\r' || c == U'\t' || c == U'\u2028' || c == U'\u2029') c = U' ';
  if (limit >= 0 && static_cast<int>(points.size()) > limit) {
    points.resize(static_cast<size_t>(limit));
    points += U'…';
  }
  return encode_utf8(points);
}

std::string quoted(const std::string& text, Language language) {
  return std::string(kOpenQuote.in(language)) + text + kCloseQuote.in(language);
}

std::string count_phrase(int count, Severity severity, Language language) {
  const std::string n = std::to_string(count);
  if (language == Language::En) {
    switch (severity) {
      case Severity::Error:
        return n + (count == 1 ? " error" : " errors");
      case Severity::Warning:
        return n + (count == 1 ? " warning" : " warnings");
      case Severity::Info:
        return n + " info";
    }
  }
  const char* measure = severity == Severity::Info ? " 条" : " 个";
  if (language == Language::ZhTW) measure = severity == Severity::Info ? " 條" : " 個";
  return n + measure + group_name(severity).in(language);
}

}  // namespace

std::vector<FindingRow> finding_rows(const std::vector<Finding>& findings, Language language) {
  std::vector<FindingRow> rows;
  if (findings.empty()) {
    FindingRow row;
    row.kind = FindingRow::Kind::Nothing;
    row.label = kNothing.in(language);
    rows.push_back(std::move(row));
    return rows;
  }
  // Document order within a group, whatever order the findings came in.
  std::vector<int> order(findings.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&findings](int a, int b) {
    const Finding& x = findings[static_cast<size_t>(a)];
    const Finding& y = findings[static_cast<size_t>(b)];
    if (x.paragraph != y.paragraph) return x.paragraph < y.paragraph;
    if (x.offset != y.offset) return x.offset < y.offset;
    return x.rule < y.rule;
  });
  for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
    int count = 0;
    for (const Finding& finding : findings) count += finding.severity == severity ? 1 : 0;
    if (count == 0) continue;
    FindingRow header;
    header.kind = FindingRow::Kind::Header;
    header.severity = severity;
    header.label = std::string(group_name(severity).in(language)) +
                   (language == Language::En ? " (" + std::to_string(count) + ")"
                                             : "（" + std::to_string(count) + "）");
    rows.push_back(std::move(header));
    for (int index : order) {
      const Finding& finding = findings[static_cast<size_t>(index)];
      if (finding.severity != severity) continue;
      FindingRow row;
      row.kind = FindingRow::Kind::Finding;
      row.severity = severity;
      row.finding = index;
      row.label = "    " + std::string(kParagraphBefore.in(language)) +
                  std::to_string(finding.paragraph + 1) + kParagraphAfter.in(language) + "  " +
                  finding.rule + "  " + one_line(finding.message, -1);
      if (!finding.text.empty())
        row.label += "  " + quoted(one_line(finding.text, kShownTextLength), language);
      if (finding.replacement) row.label += std::string("  ") + kFixable.in(language);
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

std::string findings_summary(const std::vector<Finding>& findings, Language language) {
  std::array<int, 3> counts{};  // by Severity
  for (const Finding& finding : findings) ++counts[static_cast<size_t>(finding.severity)];
  const char* separator = language == Language::En ? ", " : "，";
  return count_phrase(counts[2], Severity::Error, language) + separator +
         count_phrase(counts[1], Severity::Warning, language) + separator +
         count_phrase(counts[0], Severity::Info, language);
}

std::string finding_detail(const Finding& finding, Language language) {
  std::string detail = finding.message;
  if (!finding.text.empty())
    detail += std::string("\n") + kTextLabel.in(language) + quoted(finding.text, language);
  if (finding.replacement) {
    detail += std::string("\n") + kFixLabel.in(language) +
              (finding.replacement->empty() ? std::string(kDeleteFix.in(language))
                                            : quoted(*finding.replacement, language));
  }
  return detail;
}

}  // namespace chengbao
