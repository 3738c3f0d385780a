// Automatic numbering of ODF lists and outline headings, as LibreOffice computes the labels.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

#include "list_counters.hpp"
#include "odf_styles.hpp"

namespace chengbao {

/// The label a numbered paragraph shows and the 1-based level it belongs to (0 when empty).
struct OdfLabel {
  std::string text;
  int level = 0;
};

/// The counters of every list of one document, fed the numbered paragraphs in body order.
class OdfNumbering {
 public:
  /// Starts the outermost text:list `list`, in document order, and returns its list: a new one,
  /// or the one it continues (text:continue-list names an xml:id; text:continue-numbering="true"
  /// continues the last list with the same style).
  int begin_list(const pugi::xml_node& list);

  /// Numbers an item at `level` (0-based) of list `list` drawn with `style`; `start_value` >= 0
  /// restarts the count there (text:start-value on the item).
  OdfLabel number_item(int list, const OdfListStyle& style, int level, long long start_value);

  /// Numbers a heading at outline `level` (0-based) with the outline style.
  OdfLabel number_heading(const OdfListStyle& outline, int level, long long start_value);

 private:
  std::vector<ListCounters> lists_;
  std::unordered_map<std::string, int> by_xml_id_;
  std::unordered_map<std::string, int> last_by_style_;
  ListCounters outline_;
};

/// The label of `level` (0-based) from `style` and the counters as they stand.
std::string odf_label(const OdfListStyle& style, const ListCounters& counters, int level);

}  // namespace chengbao
