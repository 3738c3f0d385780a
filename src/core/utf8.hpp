// UTF-8 ⇄ code points and the character classes the rules reason about (CJK, width, spaces).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace chengbao {

/// Decodes UTF-8 into code points; each malformed byte becomes U+FFFD, so offsets stay defined.
std::u32string decode_utf8(std::string_view text);

/// Encodes code points as UTF-8.
std::string encode_utf8(std::u32string_view text);

/// `text` as well-formed UTF-8: as it is when it is, else with each malformed byte replaced by
/// U+FFFD (as encode_utf8(decode_utf8(text)), without decoding text that needs nothing).
std::string well_formed_utf8(std::string_view text);

/// Appends one code point to `out` as UTF-8; a surrogate or a value past U+10FFFF becomes
/// U+FFFD.
void append_code_point(std::string& out, char32_t c);

/// The number of code points in `text` (malformed bytes count one each, as in decode_utf8).
int code_point_count(std::string_view text);

/// A Han ideograph (CJK Unified Ideographs and their extensions, compatibility ideographs, 〇).
bool is_han(char32_t c);

/// Text that reads as Chinese: Han, CJK symbols and punctuation (、。「」【】…), full-width forms
/// (，：（）…) and the general punctuation Chinese text uses (“” ‘’ … —).
bool is_cjk(char32_t c);

// The small classes below are inline: the rules ask them for nearly every character.

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

/// ASCII A-Z a-z only.
inline bool is_latin_letter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/// Space, tab, no-break space, en and em space and the ideographic space U+3000.
inline bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000 || c == 0x2002 || c == 0x2003;
}

/// The half-width form of a full-width ASCII variant (Ａ→A, ：→:, U+3000→space); other
/// characters are returned unchanged.
inline char32_t to_halfwidth(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;
  if (c == 0x3000) return ' ';
  return c;
}

/// `text` without leading and trailing is_space characters.
std::u32string_view trim(std::u32string_view text);

inline bool starts_with(std::u32string_view text, std::u32string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

inline bool ends_with(std::u32string_view text, std::u32string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

/// True when `text` starts with one of `prefixes`.
inline bool starts_with_any(std::u32string_view text,
                            std::initializer_list<std::u32string_view> prefixes) {
  for (std::u32string_view prefix : prefixes) {
    if (starts_with(text, prefix)) return true;
  }
  return false;
}

}  // namespace chengbao
