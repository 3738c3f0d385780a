// Formatting as styles, spans and runs lay it over each other, down to the ParagraphFormat the
// rules see; and the character format of the run that holds most of a paragraph's characters.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "document.hpp"

namespace chengbao {

/// The character properties one layer (a default, a style, a span, a run) sets; what it leaves
/// unset comes from the layers below. Font names point into the parsed parts or into the readers'
/// style tables, which outlive every layer.
struct CharacterLayer {
  std::optional<std::string_view> east_asian_font;
  std::optional<std::string_view> western_font;
  std::optional<double> size;          ///< pt
  std::optional<double> size_percent;  ///< ODF: of the size below, when the layer sets no size
  std::optional<bool> bold;

  /// Lays `over` on this layer: what `over` sets wins; its percentage scales the size here.
  void cover_with(const CharacterLayer& over);
  /// Whether the two show text the same way (fonts, size, weight).
  bool same_look(const CharacterLayer& other) const;
};

/// The paragraph properties one layer sets.
struct ParagraphLayer {
  using LineRule = ParagraphFormat::LineRule;
  std::optional<double> first_line_indent;     ///< pt
  std::optional<int> first_line_indent_chars;  ///< hundredths of a character
  std::optional<std::pair<LineRule, double>> line;
  std::optional<bool> snap_to_grid;
  std::optional<double> space_before;  ///< pt
  std::optional<double> space_after;   ///< pt

  /// Lays `over` on this layer: what `over` sets wins.
  void cover_with(const ParagraphLayer& over);
};

/// Writes the resolved layers into `format` (a size still relative to nothing is left unset).
void write_format(const CharacterLayer& characters, const ParagraphLayer& paragraph,
                  ParagraphFormat& format);

/// Counts a paragraph's characters by the look of the run they are in, and names the look of
/// most of them. Runs that look the same count together (a producer splits runs for reasons no
/// reader sees); a tie goes to the look met first.
class CharacterMajority {
 public:
  /// Starts a new paragraph.
  void clear();
  /// Counts `characters` characters of a run that looks like `look`.
  void add(const CharacterLayer& look, std::size_t characters);
  /// The look of most characters, or nullptr when no character was counted.
  const CharacterLayer* winner() const;

 private:
  // More looks than this in one paragraph is a hostile file: further looks are not counted, so
  // the search for a look stays bounded.
  static constexpr std::size_t kMaxLooks = 64;
  std::vector<std::pair<CharacterLayer, std::size_t>> looks_;
  std::size_t last_ = 0;
};

/// The characters of UTF-8 `text` that are not white space (ASCII, no-break and ideographic
/// spaces), as the majority counts them.
std::size_t count_visible_characters(std::string_view text);

}  // namespace chengbao
