// Comparing text the way a reader does: Simplified = Traditional, full = half width, no spaces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chengbao {

/// The Simplified form of a Traditional character used in report headings and closings
/// (報→报, 況→况, 問題→问题 …); any other character is returned unchanged. The table is small on
/// purpose: it covers the words of section headings, closings and organisation names, not the
/// whole of Chinese.
char32_t to_simplified(char32_t c);

/// The script a text is written in, judged by the characters that differ between the two in the
/// words of reports (報/报, 況/况 …): "zh-Hant" when Traditional ones outnumber Simplified ones,
/// "zh-Hans" for the reverse, "" when neither shows (English, or no such character).
std::string guess_script(std::u32string_view text);
/// The same over several UTF-8 texts taken together (a document's paragraphs), without decoding
/// them first.
std::string guess_script(const std::vector<std::string_view>& utf8_texts);

/// The key two headings (or two closings, or two names) are compared by: Traditional folded to
/// Simplified, full-width ASCII folded to half width, Latin lower-cased, spaces removed, and
/// trailing punctuation (：: 。. ，, ；; ！! ？? 、) removed. 「基本情況：」 and 「基本情况」 give
/// the same key.
std::u32string fold_for_match(std::u32string_view text);
std::u32string fold_for_match(std::string_view utf8);

}  // namespace chengbao
