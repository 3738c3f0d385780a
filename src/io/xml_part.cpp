// One XML part of a document, parsed safely: no DTD, bounded nesting, UTF-8 only.
#include "xml_part.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "xml_names.hpp"
#include "zip_archive.hpp"

namespace chengbao {

namespace {

// Which of the 64 bytes from `base` (fewer at the end of the text) are one of the bytes the prescan
// acts on: '<', '>', '"' and '\''; bit i stands for text[base + i].
std::uint64_t stop_bytes(std::string_view text, std::size_t base) {
  const char* bytes = text.data() + base;
#if defined(__SSE2__)
  if (base + 64 <= text.size()) {
    std::uint64_t bits = 0;
    for (int part = 0; part < 4; ++part) {
      const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * part));
      const __m128i found = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('<')),
                                                      _mm_cmpeq_epi8(chunk, _mm_set1_epi8('>'))),
                                         _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('"')),
                                                      _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\''))));
      bits |= static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(found)))
              << (16 * part);
    }
    return bits;
  }
#endif
  const std::size_t count = std::min<std::size_t>(64, text.size() - base);
  std::uint64_t bits = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const char c = bytes[i];
    if (c == '<' || c == '>' || c == '"' || c == '\'') bits |= std::uint64_t{1} << i;
  }
  return bits;
}

std::size_t lowest_bit(std::uint64_t bits) {
#if defined(__GNUC__)
  return static_cast<std::size_t>(__builtin_ctzll(bits));
#else
  std::size_t n = 0;
  for (; (bits & 1) == 0; bits >>= 1) ++n;
  return n;
#endif
}

// A scan of the raw text for the two things that must never reach the parser or a traversal: a
// DOCTYPE and nesting deeper than allowed. It only needs to find tags, so it skips comments, CDATA
// sections, processing instructions and quoted attribute values; anything malformed stops the scan
// and is left to the parser to report.
//
// A .docx body is mostly short tags, so the scan visits only the bytes that can change its state,
// found 64 at a time, rather than calling memchr for every '<' and '>'.
std::optional<ReadError> prescan(std::string_view text, unsigned max_depth) {
  enum class State { Text, StartTag, DoubleQuoted, SingleQuoted, EndTag };
  State state = State::Text;
  unsigned long depth = 0;
  const std::size_t size = text.size();
  std::size_t resume = 0;  // where the scan goes on after the current block
  while (resume < size) {
    const std::size_t base = resume - resume % 64;
    std::uint64_t bits = stop_bytes(text, base) & (~std::uint64_t{0} << (resume - base));
    resume = base + 64;
    while (bits != 0) {
      const std::size_t at = base + lowest_bit(bits);
      bits &= bits - 1;
      const char c = text[at];
      switch (state) {
        case State::Text: {
          if (c != '<') break;
          const char kind = at + 1 < size ? text[at + 1] : '\0';
          if (kind == '/') {
            if (depth > 0) --depth;
            state = State::EndTag;  // its '/' is no stop byte: the '>' after it is next
            break;
          }
          if (kind != '!' && kind != '?') {
            state = State::StartTag;  // its end is the first '>' outside quoted values
            break;
          }
          const std::string_view rest = text.substr(at);
          std::string_view skip_to;  // the end of a comment, CDATA section or instruction
          std::size_t skip_from = at;
          if (kind == '!' && rest.compare(0, 4, "<!--") == 0) {
            skip_to = "-->";
            skip_from = at + 4;
          } else if (kind == '!' && rest.compare(0, 9, "<![CDATA[") == 0) {
            skip_to = "]]>";
            skip_from = at + 9;
          } else if (kind == '?') {
            skip_to = "?>";
            skip_from = at + 2;
          } else if (kind == '!' && rest.compare(0, 9, "<!DOCTYPE") == 0) {
            return ReadError{"DTD/entities not allowed (the file has a DOCTYPE)",
                             LoadProblem::DoctypeRefused,
                             {}};
          } else {
            state = State::StartTag;  // any other "<!" is read as a start tag
            break;
          }
          const std::size_t found = text.find(skip_to, skip_from);
          resume = found == std::string_view::npos ? size : found + skip_to.size();
          bits = 0;
          break;
        }
        case State::StartTag:
          if (c == '>') {
            if (text[at - 1] != '/' && ++depth > max_depth) {
              return ReadError{"XML nesting deeper than " + std::to_string(max_depth) + " levels",
                               LoadProblem::XmlTooDeep,
                               {std::to_string(max_depth)}};
            }
            state = State::Text;
          } else if (c == '"') {
            state = State::DoubleQuoted;
          } else if (c == '\'') {
            state = State::SingleQuoted;
          }
          break;
        case State::DoubleQuoted:
          if (c == '"') state = State::StartTag;
          break;
        case State::SingleQuoted:
          if (c == '\'') state = State::StartTag;
          break;
        case State::EndTag:
          if (c == '>') state = State::Text;
          break;
      }
    }
  }
  return std::nullopt;
}

constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

int line_of(const std::string& text, std::ptrdiff_t offset) {
  const auto end = text.begin() + std::clamp<std::ptrdiff_t>(offset, 0, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
}

// A refusal said of a flat file, said of `part`: a zip entry is named first, in the message and
// as the first argument, and has a kind of its own.
ReadError in_part(const XmlPart& part, ReadError error) {
  // Parts of a package are named in messages; a flat file is the file itself.
  if (part.name.empty()) return error;
  static constexpr std::pair<LoadProblem, LoadProblem> kEntryKinds[] = {
      {LoadProblem::DoctypeRefused, LoadProblem::EntryDoctype},
      {LoadProblem::XmlTooDeep, LoadProblem::EntryTooDeep},
      {LoadProblem::FlatNotWellFormed, LoadProblem::EntryNotWellFormed},
      {LoadProblem::XmlUtf16, LoadProblem::EntryUtf16},
  };
  for (const auto& [flat, entry] : kEntryKinds) {
    if (error.problem == flat) {
      error.problem = entry;
      break;
    }
  }
  error.message = part.name + ": " + error.message;
  error.args.insert(error.args.begin(), part.name);
  return error;
}

// The refusals and the parse in the order they were first written: the prescan of the raw text,
// then the parser.
std::optional<ReadError> prescan_and_parse(XmlPart& part, unsigned max_depth) {
  if (auto refused = prescan(part.text, max_depth)) return in_part(part, *refused);
  const pugi::xml_parse_result result = part.doc.load_buffer_inplace(
      part.text.data(), part.text.size(), kParseOptions, pugi::encoding_utf8);
  if (!result) {
    // In-place parsing has rewritten the text before the error, but it keeps its line breaks
    // (except inside attribute values), so counting them still finds the line.
    const std::string line = std::to_string(line_of(part.text, result.offset));
    return in_part(part, {"not well-formed XML (line " + line + "): " + result.description(),
                          LoadProblem::FlatNotWellFormed,
                          {line, std::to_string(static_cast<int>(result.status))}});
  }
  return std::nullopt;
}

// Whether a tree the parser accepted is certainly one the prescan passes: no DOCTYPE and no node
// deeper than `max_depth`. The prescan does not count self-closing elements, so a tree that is
// too deep may still pass it; only the prescan can tell. pugixml's own traversal is used because
// each link asked for from outside the library is a call (a walk by parent links cost twice as
// much).
class WithinLimits : public pugi::xml_tree_walker {
 public:
  explicit WithinLimits(unsigned max_depth) : max_depth_(max_depth) {}

  bool check(pugi::xml_document& doc) {
    for (pugi::xml_node top = doc.first_child(); top; top = top.next_sibling()) {
      const pugi::xml_node_type type = top.type();
      if (type == pugi::node_doctype) return false;
      // traverse() visits the descendants of `top`, its children at depth 0.
      if (type == pugi::node_element && (max_depth_ < 1 || !top.traverse(*this))) return false;
    }
    return true;
  }

  bool for_each(pugi::xml_node&) override {
    return static_cast<unsigned long>(depth()) + 2 <= max_depth_;
  }

 private:
  unsigned long max_depth_;
};

}  // namespace

std::optional<ReadError> parse_xml_part(XmlPart& part, unsigned max_depth,
                                        const ReadAgain& read_again) {
  const std::string& text = part.text;
  if (text.size() >= 2 && (text[0] == '\0' || text[1] == '\0' ||
                           (static_cast<unsigned char>(text[0]) == 0xFF &&
                            static_cast<unsigned char>(text[1]) == 0xFE) ||
                           (static_cast<unsigned char>(text[0]) == 0xFE &&
                            static_cast<unsigned char>(text[1]) == 0xFF))) {
    return in_part(part, {"UTF-16 XML is not supported", LoadProblem::XmlUtf16, {}});
  }
  // The prescan reads every byte; a well-formed part within the limits, which is nearly every
  // part, is proven so more cheaply by parsing it first and walking the tree. Anything else, and
  // text with a NUL byte (where the parser stops early), is read again and answered the way the
  // prescan answers it, so the result is the same either way.
  if (read_again && std::memchr(text.data(), '\0', text.size()) == nullptr) {
    const pugi::xml_parse_result result =
        part.doc.load_buffer_inplace(part.text.data(), part.text.size(),
                                     kParseOptions | pugi::parse_doctype, pugi::encoding_utf8);
    if (result && WithinLimits(max_depth).check(part.doc)) {
      canonicalize_prefixes(part.doc);
      return std::nullopt;
    }
    // The parser has rewritten the text in place.
    part.doc.reset();
    if (auto error = read_again(part.text)) return error;
  }
  if (auto error = prescan_and_parse(part, max_depth)) return error;
  canonicalize_prefixes(part.doc);
  return std::nullopt;
}

std::optional<ReadError> read_xml_part(const ZipArchive& archive, const ReadLimits& limits,
                                       XmlPart& part) {
  if (auto error = archive.read(part.name, limits, part.text)) return error;
  return parse_xml_part(part, limits.max_xml_depth,
                        [&](std::string& text) { return archive.read(part.name, limits, text); });
}

}  // namespace chengbao
