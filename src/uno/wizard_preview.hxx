// What the report wizard previews: a skeleton's outline, each section's live label. No UNO.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "report_template.hpp"
#include "skeleton.hpp"

namespace chengbao::ext {

/// One line per paragraph a reader scans: the title, the addressee, each heading with its label
/// (indented one ideographic space per level below 1), then closing, signature and date; body
/// paragraphs are left out. Lines end in "\n".
std::string outlinePreview(const ReportTemplate& rTemplate, const Skeleton& rSkeleton);

/// A section of the template as the wizard lists it: depth first, with its parent's position.
struct SectionRow {
  const Section* section = nullptr;
  int parent = -1;  ///< index of the parent row, -1 for a level-1 section
};

/// Every section of `rTemplate`, depth first.
std::vector<SectionRow> sectionRows(const ReportTemplate& rTemplate);

/// The label each section gets when the sections in `rOmit` are left out (required ones never
/// are): section id → "一、", "（二）" …; left-out sections and their children have none.
std::map<std::string, std::string> sectionLabels(const ReportTemplate& rTemplate,
                                                 const std::set<std::string>& rOmit);

/// The first `nMaxChars` characters of `rText`, with "…" when it was longer.
std::string abbreviate(const std::string& rText, int nMaxChars);

}  // namespace chengbao::ext
