// Formatting as styles, spans and runs lay it over each other, down to the ParagraphFormat the
// rules see; and the character format of the run that holds most of a paragraph's characters.
#include "format_layers.hpp"

#include <string>

#include "utf8.hpp"

namespace chengbao {

namespace {

// A size or percentage beyond this comes from percentages of percentages in a hostile file.
constexpr double kMaxScaled = 1e5;

template <typename T>
void take(std::optional<T>& below, const std::optional<T>& over) {
  if (over) below = over;
}

}  // namespace

void CharacterLayer::cover_with(const CharacterLayer& over) {
  take(east_asian_font, over.east_asian_font);
  take(western_font, over.western_font);
  take(bold, over.bold);
  if (over.size) {
    size = over.size;
    size_percent.reset();
  } else if (over.size_percent) {
    // A percentage of a size below is a size; of nothing, it waits for a size further down.
    if (size) {
      size = *size * *over.size_percent / 100;
      if (!(*size <= kMaxScaled)) size.reset();
    } else {
      size_percent = size_percent ? *size_percent * *over.size_percent / 100 : *over.size_percent;
      if (!(*size_percent <= kMaxScaled)) size_percent.reset();
    }
  }
}

bool CharacterLayer::same_look(const CharacterLayer& other) const {
  return east_asian_font == other.east_asian_font && western_font == other.western_font &&
         size == other.size && bold == other.bold;
}

void ParagraphLayer::cover_with(const ParagraphLayer& over) {
  take(first_line_indent, over.first_line_indent);
  take(first_line_indent_chars, over.first_line_indent_chars);
  take(line, over.line);
  take(snap_to_grid, over.snap_to_grid);
  take(space_before, over.space_before);
  take(space_after, over.space_after);
}

void write_format(const CharacterLayer& characters, const ParagraphLayer& paragraph,
                  ParagraphFormat& format) {
  // Names come from attributes as the file has them: the model (and every message and JSON that
  // quotes them) holds UTF-8 only.
  format.east_asian_font = well_formed_utf8(characters.east_asian_font.value_or(""));
  format.western_font = well_formed_utf8(characters.western_font.value_or(""));
  format.size = characters.size;
  format.bold = characters.bold;
  format.first_line_indent = paragraph.first_line_indent;
  format.first_line_indent_chars = paragraph.first_line_indent_chars;
  if (paragraph.line) {
    format.line_rule = paragraph.line->first;
    format.line_value = paragraph.line->second;
  }
  format.snap_to_grid = paragraph.snap_to_grid.value_or(true);
  format.space_before = paragraph.space_before;
  format.space_after = paragraph.space_after;
}

void CharacterMajority::clear() {
  looks_.clear();
  last_ = 0;
}

void CharacterMajority::add(const CharacterLayer& look, std::size_t characters) {
  if (characters == 0) return;
  // Consecutive runs mostly look alike: try the last look first.
  if (last_ < looks_.size() && looks_[last_].first.same_look(look)) {
    looks_[last_].second += characters;
    return;
  }
  for (std::size_t i = 0; i < looks_.size(); ++i) {
    if (looks_[i].first.same_look(look)) {
      looks_[i].second += characters;
      last_ = i;
      return;
    }
  }
  if (looks_.size() >= kMaxLooks) return;
  last_ = looks_.size();
  looks_.emplace_back(look, characters);
}

const CharacterLayer* CharacterMajority::winner() const {
  const std::pair<CharacterLayer, std::size_t>* best = nullptr;
  for (const auto& look : looks_) {
    if (best == nullptr || look.second > best->second) best = &look;
  }
  return best == nullptr ? nullptr : &best->first;
}

std::size_t count_visible_characters(std::string_view text) {
  // Every byte that starts a character and is not an ASCII space or control counts (a loop the
  // compiler vectorises); then U+00A0 (C2 A0) and U+3000 (E3 80 80), the spaces among them, are
  // taken back.
  std::size_t count = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size; ++i) {
    count += static_cast<std::size_t>((bytes[i] > ' ') & ((bytes[i] & 0xC0) != 0x80));
  }
  for (std::size_t at = text.find('\xC2'); at != std::string_view::npos;
       at = text.find('\xC2', at + 1)) {
    if (at + 1 < size && bytes[at + 1] == 0xA0) --count;
  }
  for (std::size_t at = text.find('\xE3'); at != std::string_view::npos;
       at = text.find('\xE3', at + 1)) {
    if (at + 2 < size && bytes[at + 1] == 0x80 && bytes[at + 2] == 0x80) --count;
  }
  return count;
}

}  // namespace chengbao
