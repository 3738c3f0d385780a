// What the report wizard previews: a skeleton's outline, each section's live label. No UNO.
#include "wizard_preview.hxx"

#include <algorithm>

#include "utf8.hpp"

namespace chengbao::ext {
namespace {

/// U+3000 IDEOGRAPHIC SPACE, the indent of Chinese text.
constexpr const char* kIndent = "\xE3\x80\x80";

void addRows(const std::vector<Section>& rSections, int nParent, std::vector<SectionRow>& rRows) {
  for (const Section& rSection : rSections) {
    rRows.push_back({&rSection, nParent});
    addRows(rSection.children, static_cast<int>(rRows.size()) - 1, rRows);
  }
}

void addLabels(const std::vector<Section>& rSections, const std::vector<LevelNumbering>& rNumbering,
               const std::set<std::string>& rOmit, std::vector<int>& rCounters,
               std::map<std::string, std::string>& rLabels) {
  int nCounter = 0;
  for (const Section& rSection : rSections) {
    if (!rSection.required && rOmit.count(rSection.id) != 0) continue;
    rCounters.push_back(++nCounter);
    rLabels[rSection.id] = format_label(rNumbering, rCounters);
    addLabels(rSection.children, rNumbering, rOmit, rCounters, rLabels);
    rCounters.pop_back();
  }
}

}  // namespace

std::string outlinePreview(const ReportTemplate& rTemplate, const Skeleton& rSkeleton) {
  std::string aText;
  HeadingCounters aCounters(rTemplate.numbering);
  for (const SkeletonParagraph& rPara : rSkeleton.paragraphs) {
    switch (rPara.role) {
      case Role::Body:
        continue;
      case Role::Heading: {
        for (int i = 1; i < rPara.level; ++i) aText += kIndent;
        aText += aCounters.next(rPara.level) + rPara.text + "\n";
        break;
      }
      default:
        aText += rPara.text + "\n";
    }
  }
  return aText;
}

std::vector<SectionRow> sectionRows(const ReportTemplate& rTemplate) {
  std::vector<SectionRow> aRows;
  addRows(rTemplate.sections, -1, aRows);
  return aRows;
}

std::map<std::string, std::string> sectionLabels(const ReportTemplate& rTemplate,
                                                 const std::set<std::string>& rOmit) {
  std::map<std::string, std::string> aLabels;
  std::vector<int> aCounters;
  addLabels(rTemplate.sections, rTemplate.numbering, rOmit, aCounters, aLabels);
  return aLabels;
}

std::string abbreviate(const std::string& rText, int nMaxChars) {
  const std::u32string aChars = decode_utf8(rText);
  if (static_cast<int>(aChars.size()) <= nMaxChars) return rText;
  return encode_utf8(std::u32string_view(aChars).substr(0, nMaxChars)) + "\xE2\x80\xA6";
}

}  // namespace chengbao::ext
