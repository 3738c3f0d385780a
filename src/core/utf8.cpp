// UTF-8 ⇄ code points and the character classes the rules reason about (CJK, width, spaces).
#include "utf8.hpp"

namespace chengbao {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// The length of the sequence a lead byte starts, 0 for a byte that cannot start one.
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Decodes the sequence at text[i]; sets `length` to the bytes consumed (1 for a malformed one).
char32_t decode_at(std::string_view text, std::size_t i, int& length) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const int n = sequence_length(lead);
  length = 1;
  if (n == 1) return lead;
  if (n == 0 || i + n > text.size()) return kReplacement;
  char32_t c = lead & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    const auto byte = static_cast<unsigned char>(text[i + k]);
    if ((byte & 0xC0) != 0x80) return kReplacement;
    c = (c << 6) | (byte & 0x3F);
  }
  // Overlong forms and surrogates are malformed too: they must not sneak past comparisons.
  if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
      (c >= 0xD800 && c <= 0xDFFF)) {
    return kReplacement;
  }
  length = n;
  return c;
}

}  // namespace

std::u32string decode_utf8(std::string_view text) {
  // Every paragraph of every document passes through here: runs of ASCII and of well-formed
  // three-byte sequences (all of CJK) are decoded by tight loops, anything else by decode_at.
  std::u32string out(text.size(), U'\0');  // never more code points than bytes
  char32_t* next = &out[0];
  const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = begin + text.size();
  const auto* p = begin;
  while (p != end) {
    while (p != end && *p < 0x80) *next++ = *p++;
    // A lead byte E1-EC or EE-EF and two continuation bytes is always well formed; E0 (overlong
    // forms) and ED (surrogates) are left to decode_at.
    while (end - p >= 3) {
      const unsigned lead = p[0];
      const unsigned tail = (static_cast<unsigned>(p[1]) << 8) | p[2];
      if (lead - 0xE1 > 0xEF - 0xE1 || lead == 0xED || (tail & 0xC0C0) != 0x8080) break;
      *next++ = ((lead & 0x0F) << 12) | ((tail & 0x3F00) >> 2) | (tail & 0x3F);
      p += 3;
    }
    if (p == end || *p < 0x80) continue;
    // Any other sequence, or one the loop above did not take.
    int length = 1;
    const std::size_t at = static_cast<std::size_t>(p - begin);
    *next++ = decode_at(text, at, length);
    p += length;
  }
  out.resize(static_cast<std::size_t>(next - out.data()));
  return out;
}

std::string well_formed_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    int length = 1;
    if (static_cast<unsigned char>(text[i]) >= 0x80 && decode_at(text, i, length) == kReplacement &&
        length == 1) {
      return encode_utf8(decode_utf8(text));
    }
    i += static_cast<std::size_t>(length);
  }
  return std::string(text);
}

void append_code_point(std::string& out, char32_t c) {
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = kReplacement;
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) append_code_point(out, c);
  return out;
}

int code_point_count(std::string_view text) {
  int count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    int length = 1;
    decode_at(text, i, length);
    i += length;
  }
  return count;
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3007;
}

bool is_cjk(char32_t c) {
  if (is_han(c)) return true;
  if (c >= 0x3000 && c <= 0x303F) return c != 0x3000;  // CJK punctuation, not the space
  if (c >= 0xFF01 && c <= 0xFF60) return true;         // full-width forms
  if (c >= 0xFFE0 && c <= 0xFFE6) return true;
  switch (c) {
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x2026:  // …
    case 0x2014:  // —
    case 0x00B7:  // ·
      return true;
    default:
      return false;
  }
}

std::u32string_view trim(std::u32string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

}  // namespace chengbao
