// Fixing the 版式: what a format.* finding asks to change, paragraph by paragraph, so that an
// office adapter can set exactly those properties (the text stays as it is).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check.hpp"
#include "fix.hpp"
#include "template_layout.hpp"

namespace chengbao {

/// One property of one paragraph to set to the layout's value.
struct FormatRepair {
  std::string rule;  ///< format.font, format.size, format.weight, format.align, format.indent,
                     ///< format.spacing
  int paragraph = 0;
  LayoutElement element = LayoutElement::Body;
  ElementStyle style;  ///< the layout's style of the element (fonts, size, weight, alignment)
  /// format.indent: the first-line indent to set, in pt, with what is typed before the text
  /// («　　») taken off; format.spacing: the line pitch to set exactly, in pt.
  double value = 0;
};

/// What fixing the format findings `selection` picks would change: every paragraph of each
/// defect (a finding stands for all the paragraphs of its element that share the defect), and
/// whether the page (format.page, format.pagenumber) is to be set up as the layout says.
struct FormatPlan {
  std::vector<FormatRepair> paragraphs;
  bool page = false;
  bool page_number = false;
};

/// Plans the format fixes for `document` checked with `options` (which must name a template with
/// a layout, as for the check that found them).
FormatPlan plan_format_fixes(const Document& document, const CheckOptions& options,
                             const FixSelection& selection);

}  // namespace chengbao
