// The document model the rules see: paragraphs in body order, as the office shows them.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace chengbao {

/// One body paragraph. Text is UTF-8 with tabs kept as '\t' and line breaks as '\n'; the
/// automatic numbering label is not part of `text` but in `list_label`.
struct Paragraph {
  std::string text;
  std::string style;      ///< paragraph style display name ("Heading 1", "标题 1", "Title"…)
  int outline_level = 0;  ///< 1..10 for headings (style, direct or inherited); 0 for body text
  std::string list_label;  ///< the automatic label as the office shows it ("一、", "（二）"), or ""
  int list_level = 0;          ///< 1-based level of that label in its list; 0 without a label
  bool centered = false;       ///< paragraph alignment is centre (titles)
  bool right_aligned = false;  ///< paragraph alignment is right/end (signature, date)
};

/// A document read from a file or from Writer.
struct Document {
  std::string file;
  std::vector<Paragraph> paragraphs;
  /// The document's custom properties (name → text): ODF meta:user-defined, OOXML
  /// docProps/custom.xml, Writer's user-defined document properties.
  std::map<std::string, std::string> properties;
};

}  // namespace chengbao
