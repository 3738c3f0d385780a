// The document model the rules see: paragraphs in body order, as the office shows them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace chengbao {

/// How a paragraph looks, as the office shows it: its style chain with the direct formatting over
/// it. Character properties are those of the run holding most of the paragraph's characters
/// (spaces not counted). A value the file does not settle is unset, and no format rule judges it.
struct ParagraphFormat {
  std::string east_asian_font;  ///< family of CJK characters (仿宋_GB2312, 方正小标宋简体 …)
  std::string western_font;                    ///< family of Latin characters and digits
  std::optional<double> size;                  ///< pt, of the CJK characters
  std::optional<bool> bold;                    ///< of the CJK characters
  std::optional<double> first_line_indent;     ///< pt (negative: hanging)
  std::optional<int> first_line_indent_chars;  ///< hundredths of a character (OOXML firstLineChars)
  enum class LineRule { Unknown, Proportional, Exact, AtLeast };
  LineRule line_rule = LineRule::Unknown;
  double line_value = 0;  ///< percent for Proportional (100 = single), pt for Exact and AtLeast
  /// The paragraph keeps to the page's line grid (ODF style:snap-to-layout-grid, OOXML
  /// w:snapToGrid); both default to true.
  bool snap_to_grid = true;
  std::optional<double> space_before;  ///< pt
  std::optional<double> space_after;   ///< pt
};

/// The page of the document's body (its first page style or section), lengths in mm. The
/// margins are to the text area: an ODF footer inside the bottom margin counts as margin.
struct PageFormat {
  double width = 0;
  double height = 0;
  double margin_top = 0;
  double margin_bottom = 0;
  double margin_left = 0;
  double margin_right = 0;
  int grid_lines = 0;          ///< lines per page of the line grid; 0 without a grid
  int grid_chars = 0;          ///< characters per line of a character grid; 0 without one
  double grid_line_pitch = 0;  ///< pt between grid lines (ODF base height + ruby; OOXML linePitch)
  /// The footer's text with the page-number field as "#" (「— # —」); empty without a footer
  /// or without a page number in it.
  std::string page_number_text;
  /// How the odd and even pages' footers align the page number: 'l', 'c', 'r', or 0 unknown.
  char page_number_align_odd = 0;
  char page_number_align_even = 0;
};

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
  ParagraphFormat format;
};

/// A document read from a file or from Writer.
struct Document {
  std::string file;
  std::vector<Paragraph> paragraphs;
  /// The document's custom properties (name → text): ODF meta:user-defined, OOXML
  /// docProps/custom.xml, Writer's user-defined document properties.
  std::map<std::string, std::string> properties;
  /// The body's page; unset when the reader does not know it (Writer before it is read).
  std::optional<PageFormat> page;
};

}  // namespace chengbao
