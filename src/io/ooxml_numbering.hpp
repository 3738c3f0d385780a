// Automatic numbering of a .docx (word/numbering.xml), as LibreOffice computes the labels.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include <pugixml.hpp>

#include "counter_format.hpp"
#include "list_counters.hpp"
#include "ooxml_styles.hpp"

namespace chengbao {

/// The label a numbered paragraph shows and the 1-based level it belongs to (0 when empty).
struct OoxmlLabel {
  std::string text;
  int level = 0;
};

/// The numbering definitions of a document and the counters, fed the numbered paragraphs in body
/// order. LibreOffice 7.4's reading of them, where it differs from Word's, is the one followed:
/// every w:num of one w:abstractNum counts in one list; a w:startOverride restarts it once, at the
/// first paragraph of that w:num on that level; w:lvlRestart and w:isLgl are not applied; a level
/// without w:start starts at 0.
class OoxmlNumbering {
 public:
  static constexpr int kLevels = 9;

  /// Reads w:numbering (may be a null node). `styles` resolves w:numStyleLink.
  void load(const pugi::xml_node& numbering, const OoxmlStyles& styles);

  /// Numbers a paragraph of w:num `num_id` at `level` (0-based); an empty label when the
  /// numbering does not exist (numId 0 among others).
  OoxmlLabel number(int num_id, int level);

 private:
  struct Level {
    bool defined = false;
    NumberFormat format = NumberFormat::Decimal;
    bool bullet = false;
    std::string text;  // w:lvlText
    long long start = 0;
  };
  using Levels = std::array<Level, kLevels>;
  struct Num {
    int abstract_id = 0;
    std::array<long long, kLevels> start_override;
    std::array<std::optional<Level>, kLevels> level_override;
    std::array<bool, kLevels> override_used{};
  };

  static Level parse_level(const pugi::xml_node& lvl);
  std::string label(const Levels& levels, const ListCounters& counters, int level) const;

  std::unordered_map<int, Levels> abstracts_;
  std::unordered_map<int, Num> nums_;
  std::unordered_map<int, ListCounters> counters_;  // by abstract id
};

}  // namespace chengbao
