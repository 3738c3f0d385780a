// Writes safe fixes into .odt, .fodt and .docx files by splicing the bytes of the text they change.
#include "document_fixer.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include <unistd.h>
#include <zip.h>

#include "utf8.hpp"
#include "xml_escape.hpp"
#include "zip_archive.hpp"
#include "zip_failure.hpp"

namespace chengbao {
namespace {

namespace fs = std::filesystem;

/// One change to the part's bytes: [begin, end) becomes `bytes`.
struct RawEdit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string bytes;
  std::size_t order = 0;  ///< the edit's place in the text, to order inserts at one spot
};

// The byte offset in the part of each byte of a text node's decoded value (and one past the
// last), decoding as the parser did: the five entities and character references, CR LF and a
// lone CR as LF. Empty when the bytes do not decode to a value this long.
std::vector<std::size_t> value_positions(const std::string& bytes, std::size_t raw) {
  std::vector<std::size_t> positions;
  std::size_t i = raw;
  while (i < bytes.size() && bytes[i] != '<') {
    if (bytes[i] == '&') {
      const std::size_t semicolon = bytes.find(';', i);
      if (semicolon == std::string::npos || semicolon - i > 12) return {};
      const std::string name = bytes.substr(i + 1, semicolon - i - 1);
      std::string decoded;
      if (name == "amp") {
        decoded = "&";
      } else if (name == "lt") {
        decoded = "<";
      } else if (name == "gt") {
        decoded = ">";
      } else if (name == "quot") {
        decoded = "\"";
      } else if (name == "apos") {
        decoded = "'";
      } else if (name.size() > 1 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        char* end = nullptr;
        const unsigned long code = std::strtoul(name.c_str() + (hex ? 2 : 1), &end, hex ? 16 : 10);
        if (end == nullptr || *end != '\0' || code == 0 || code > 0x10FFFF) return {};
        append_code_point(decoded, static_cast<char32_t>(code));
      } else {
        return {};
      }
      // Every byte of the character is placed at the reference: an edit of it takes it whole.
      for (std::size_t k = 0; k < decoded.size(); ++k) positions.push_back(i);
      i = semicolon + 1;
    } else if (bytes[i] == '\r') {
      positions.push_back(i);
      i += (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
    } else {
      positions.push_back(i);
      ++i;
    }
  }
  positions.push_back(i);
  return positions;
}

// Where a <text:s .../> element ends (one past its '>'); npos when it is not an empty element.
std::size_t element_end(const std::string& bytes, std::size_t begin) {
  const std::size_t close = bytes.find('>', begin);
  if (close == std::string::npos || close == 0 || bytes[close - 1] != '/') return std::string::npos;
  return close + 1;
}

class Splicer {
 public:
  Splicer(const std::string& bytes, const Document& document, const SourceMap& map)
      : bytes_(bytes), document_(document), map_(map) {}

  /// The raw edits that make `edit` (its place `order` in the text), or none when it cannot be
  /// written as plain text or clashes with one already taken.
  std::optional<std::vector<RawEdit>> plan(const TextEdit& edit, std::size_t order) {
    if (edit.paragraph < 0 || edit.paragraph >= static_cast<int>(map_.paragraphs.size()) ||
        edit.paragraph >= static_cast<int>(document_.paragraphs.size()))
      return std::nullopt;
    const std::string& text = document_.paragraphs[edit.paragraph].text;
    const std::u32string codes = decode_utf8(text);
    if (edit.offset < 0 || edit.length < 0 ||
        static_cast<std::size_t>(edit.offset + edit.length) > codes.size())
      return std::nullopt;
    const std::size_t begin = encode_utf8(codes.substr(0, edit.offset)).size();
    const std::string original = encode_utf8(codes.substr(edit.offset, edit.length));
    const std::size_t end = begin + original.size();
    if (original != edit.original) return std::nullopt;
    const std::vector<TextOrigin>& origins = map_.paragraphs[edit.paragraph];

    // The pieces of the file the changed text comes from, in text order, and the white space
    // an ODF reader folds into a removed space (it would show once the space is gone).
    std::vector<const TextOrigin*> pieces;
    std::size_t covered = 0;
    for (const TextOrigin& origin : origins) {
      const bool empty = origin.text_begin == origin.text_end;
      if (!empty && origin.text_begin < end && origin.text_end > begin) {
        pieces.push_back(&origin);
        covered += std::min(end, origin.text_end) - std::max(begin, origin.text_begin);
      } else if (empty && origin.kind == TextOrigin::Kind::Collapsed && origin.text_begin > begin &&
                 origin.text_begin <= end) {
        pieces.push_back(&origin);
      }
    }
    if (covered != end - begin) return std::nullopt;  // a tab, a field, a symbol …
    if (pieces.empty()) {
      // An insertion with nothing replaced: right after the piece that ends here.
      for (const TextOrigin& origin : origins) {
        if (origin.kind == TextOrigin::Kind::Text && origin.text_end == begin &&
            origin.text_end > origin.text_begin) {
          pieces.push_back(&origin);
          break;
        }
      }
      if (pieces.empty()) return std::nullopt;
    }

    // Where the replacement goes: code point by code point when it is as long as what it
    // replaces (each piece keeps its own characters' formatting), else all in the first piece.
    const std::u32string replaced = decode_utf8(original);
    const std::u32string replacement = decode_utf8(edit.replacement);
    const bool one_to_one = replaced.size() == replacement.size() && pieces.size() > 1;
    std::vector<RawEdit> raw;
    std::size_t code = 0;  // code points of `original` before `at`
    for (std::size_t p = 0; p < pieces.size(); ++p) {
      const TextOrigin& piece = *pieces[p];
      const std::size_t from = std::max(begin, piece.text_begin);
      const std::size_t to = std::min(end, piece.text_end);
      const std::size_t share = from <= to ? static_cast<std::size_t>(code_point_count(
                                                 std::string_view(text).substr(from, to - from)))
                                           : 0;
      std::string insert;
      if (one_to_one) {
        insert = encode_utf8(replacement.substr(code, share));
      } else if (p == 0) {
        insert = edit.replacement;
      }
      code += share;
      auto made = splice(piece, from, to, insert, begin == end);
      if (!made) return std::nullopt;
      made->order = order;
      raw.push_back(std::move(*made));
    }
    for (const RawEdit& edit_bytes : raw) {
      for (const auto& [taken_begin, taken_end] : taken_) {
        const bool inside = edit_bytes.begin < taken_end && taken_begin < edit_bytes.end;
        const bool touching_insert = edit_bytes.begin == edit_bytes.end &&
                                     edit_bytes.begin > taken_begin && edit_bytes.begin < taken_end;
        if (inside || touching_insert) return std::nullopt;
      }
    }
    for (const RawEdit& edit_bytes : raw) taken_.emplace_back(edit_bytes.begin, edit_bytes.end);
    return raw;
  }

 private:
  const std::vector<std::size_t>* positions(std::size_t raw) {
    auto found = positions_.find(raw);
    if (found == positions_.end())
      found = positions_.emplace(raw, value_positions(bytes_, raw)).first;
    return found->second.empty() ? nullptr : &found->second;
  }

  // The raw edit that turns the text [from, to) of `piece` into `insert`; `after` puts an
  // insertion behind the piece (nothing of it is replaced).
  std::optional<RawEdit> splice(const TextOrigin& piece, std::size_t from, std::size_t to,
                                const std::string& insert, bool after) {
    RawEdit edit;
    edit.bytes = xml_escape(insert);
    switch (piece.kind) {
      case TextOrigin::Kind::Text: {
        const auto* at = positions(piece.raw);
        if (at == nullptr) return std::nullopt;
        const std::size_t value_from =
            after ? piece.value_end : piece.value_begin + (from - piece.text_begin);
        const std::size_t value_to =
            after ? piece.value_end : piece.value_begin + (to - piece.text_begin);
        if (value_to >= at->size()) return std::nullopt;
        // A character written as a reference is replaced whole or not at all.
        if (value_from > 0 && (*at)[value_from] == (*at)[value_from - 1]) return std::nullopt;
        if (value_to > 0 && value_to < at->size() - 1 && (*at)[value_to] == (*at)[value_to - 1])
          return std::nullopt;
        edit.begin = (*at)[value_from];
        edit.end = (*at)[value_to];
        return edit;
      }
      case TextOrigin::Kind::Collapsed: {
        // The whole run of white space goes (or becomes what replaces the space it shows).
        const auto* at = positions(piece.raw);
        if (at == nullptr || piece.value_end >= at->size()) return std::nullopt;
        if (piece.text_begin == piece.text_end && !insert.empty()) return std::nullopt;
        edit.begin = (*at)[piece.value_begin];
        edit.end = (*at)[piece.value_end];
        return edit;
      }
      case TextOrigin::Kind::Spaces: {
        if (piece.raw >= bytes_.size() || bytes_[piece.raw] != '<') return std::nullopt;
        const std::size_t element = element_end(bytes_, piece.raw);
        if (element == std::string::npos) return std::nullopt;
        const std::size_t count = piece.text_end - piece.text_begin;
        const std::size_t left = count - (to - from);
        // Text put in place of spaces goes before the element, which keeps the rest of them.
        if (!insert.empty() && from != piece.text_begin) return std::nullopt;
        edit.begin = piece.raw;
        edit.end = element;
        if (left == 1) {
          edit.bytes += "<text:s/>";
        } else if (left > 1) {
          edit.bytes += "<text:s text:c=\"" + std::to_string(left) + "\"/>";
        }
        return edit;
      }
    }
    return std::nullopt;
  }

  const std::string& bytes_;
  const Document& document_;
  const SourceMap& map_;
  std::map<std::size_t, std::vector<std::size_t>> positions_;
  std::vector<std::pair<std::size_t, std::size_t>> taken_;
};

std::string apply_raw(const std::string& bytes, std::vector<RawEdit> edits) {
  // From the end backwards; at one spot, the edit later in the text first, so the earlier
  // one's text ends up before it.
  std::sort(edits.begin(), edits.end(), [](const RawEdit& a, const RawEdit& b) {
    if (a.begin != b.begin) return a.begin > b.begin;
    return a.order > b.order;
  });
  std::string out = bytes;
  for (const RawEdit& edit : edits) out.replace(edit.begin, edit.end - edit.begin, edit.bytes);
  return out;
}

std::optional<LoadError> read_file(const std::string& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const std::string reason = std::strerror(errno);
    return LoadError{path, 0, "cannot open: " + reason, LoadProblem::CannotOpen, {reason}};
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in.good() && !in.eof()) {
    const std::string reason = std::strerror(errno);
    return LoadError{path, 0, "cannot read: " + reason, LoadProblem::CannotRead, {reason}};
  }
  bytes = buffer.str();
  return std::nullopt;
}

// That `file` could not be written, for `reason` (the system's, where there is one).
LoadError cannot_write(const std::string& file, const std::string& reason) {
  return LoadError{file, 0, "cannot write: " + reason, LoadProblem::CannotWrite, {reason}};
}

// Writes the package `source` with the entry `part` holding `bytes` to `temp`: every other
// entry is copied as it is, compressed data and all, in the same order. An error names `source`,
// or `target` (where `temp` goes) when it could not be written.
std::optional<LoadError> write_package(const std::string& source, const std::string& part,
                                       const std::string& bytes, const std::string& temp,
                                       const std::string& target) {
  std::error_code error;
  fs::copy_file(source, temp, fs::copy_options::overwrite_existing, error);
  if (error) return cannot_write(target, error.message());
  int code = 0;
  zip_t* archive = zip_open(temp.c_str(), 0, &code);
  if (archive == nullptr) {
    return LoadError{source, 0, "the copy made to fix it does not open as a zip",
                     LoadProblem::FixCopyNotZip};
  }
  const zip_int64_t index = zip_name_locate(archive, part.c_str(), 0);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (index < 0 || zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    zip_discard(archive);
    return LoadError{source,
                     0,
                     "the copy made to fix it lost its entry " + part,
                     LoadProblem::FixEntryLost,
                     {part}};
  }
  zip_source_t* data = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  if (data == nullptr ||
      zip_file_replace(archive, static_cast<zip_uint64_t>(index), data, 0) != 0) {
    if (data != nullptr) zip_source_free(data);
    const std::string reason = zip_failure_reason(zip_get_error(archive));
    zip_discard(archive);
    return LoadError{source,
                     0,
                     "cannot replace " + part + ": " + reason,
                     LoadProblem::FixEntryNotReplaced,
                     {part, reason}};
  }
  const zip_int32_t method = (stat.valid & ZIP_STAT_COMP_METHOD) != 0
                                 ? static_cast<zip_int32_t>(stat.comp_method)
                                 : ZIP_CM_DEFLATE;
  zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), method, 0);
  // The entry keeps its time: the same fix gives the same file, whenever it is made.
  if ((stat.valid & ZIP_STAT_MTIME) != 0)
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), stat.mtime, 0);
  if (zip_close(archive) != 0) {
    const std::string reason = zip_failure_reason(zip_get_error(archive));
    zip_discard(archive);
    return cannot_write(target, reason);
  }
  return std::nullopt;
}

// Writes `bytes` to `temp`; an error names `target`, where `temp` goes.
std::optional<LoadError> write_flat(const std::string& bytes, const std::string& temp,
                                    const std::string& target) {
  std::FILE* file = std::fopen(temp.c_str(), "wb");
  if (file == nullptr) return cannot_write(target, std::strerror(errno));
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size() &&
                       std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
  const bool closed = std::fclose(file) == 0;
  if (!written || !closed) return cannot_write(target, std::strerror(errno));
  return std::nullopt;
}

LoadError not_as_planned(const std::string& path) {
  return LoadError{path, 0, "the fixed file does not read back as planned",
                   LoadProblem::FixNotAsPlanned};
}

// A name for the new file beside `target`, hidden, that no other run picks.
std::string temp_beside(const std::string& target) {
  static int counter = 0;
  const fs::path path(target);
  const fs::path name = "." + path.filename().string() + ".chengbao-" + std::to_string(::getpid()) +
                        "-" + std::to_string(++counter);
  return (path.parent_path() / name).string();
}

}  // namespace

std::variant<WrittenFixes, LoadError> write_fixes(const std::string& path,
                                                  const std::vector<TextEdit>& edits,
                                                  const FixTarget& target,
                                                  const ReadLimits& limits) {
  ReadLimits plain = limits;
  plain.read_look = false;
  SourceMap map;
  auto read = read_document(path, plain, &map);
  if (auto* error = std::get_if<LoadError>(&read)) return *error;
  const Document& document = std::get<Document>(read);
  if (map.paragraphs.size() != document.paragraphs.size()) {
    return LoadError{path, 0, "cannot tell where the text of its paragraphs is",
                     LoadProblem::FixTextNotLocated};
  }
  std::string bytes;
  if (map.part.empty()) {
    if (auto error = read_file(path, bytes)) return *error;
  } else {
    auto opened = ZipArchive::open(path);
    if (auto* reason = std::get_if<ReadError>(&opened)) return reason->at(path);
    if (auto error = std::get<ZipArchive>(opened).read(map.part, limits, bytes)) {
      return error->at(path);
    }
  }

  // A report reached through a symbolic link is fixed where it lies; the link stays a link.
  FixTarget where = target;
  std::error_code link_error;
  if (!where.dry_run && fs::is_symlink(where.path, link_error)) {
    const fs::path real = fs::canonical(where.path, link_error);
    if (!link_error) where.path = real.string();
  }
  const bool in_place = target.path == path;

  WrittenFixes result;
  std::set<int> refused;  // paragraphs whose fixes did not read back as promised
  const std::string directory_of_target = where.dry_run
                                              ? fs::temp_directory_path().string()
                                              : fs::path(where.path).parent_path().string();
  const std::string temp =
      temp_beside((fs::path(directory_of_target.empty() ? "." : directory_of_target) /
                   fs::path(where.path).filename())
                      .string());
  struct Cleanup {
    std::string path;
    ~Cleanup() {
      std::error_code ignored;
      if (!path.empty()) fs::remove(path, ignored);
    }
  } cleanup{temp};

  for (int attempt = 0; attempt < 3; ++attempt) {
    result = WrittenFixes();
    Splicer splicer(bytes, document, map);
    std::vector<RawEdit> raw;
    std::map<int, std::vector<TextEdit>> by_paragraph;
    for (std::size_t i = 0; i < edits.size(); ++i) {
      const TextEdit& edit = edits[i];
      // plan_fixes orders a paragraph's edits from its end: the text order is the reverse.
      const std::size_t order = edits.size() - i;
      std::optional<std::vector<RawEdit>> made;
      if (refused.count(edit.paragraph) == 0) made = splicer.plan(edit, order);
      if (!made) {
        result.left.push_back(edit);
        continue;
      }
      raw.insert(raw.end(), made->begin(), made->end());
      result.applied.push_back(edit);
      by_paragraph[edit.paragraph].push_back(edit);
    }
    if (result.applied.empty() && where.dry_run) return result;
    if (result.applied.empty() && in_place) return result;

    const std::string fixed = apply_raw(bytes, std::move(raw));
    auto written = map.part.empty() ? write_flat(fixed, temp, target.path)
                                    : write_package(path, map.part, fixed, temp, target.path);
    if (written) return *written;

    // Read it back: each paragraph must say what the edits promise, and nothing else changed.
    // A file that is kept is read as the caller asked (the look too, when it is to be checked
    // again): this read is the caller's, which need not read the fixed file once more.
    auto again = read_document(temp, where.dry_run ? plain : limits);
    if (auto* error = std::get_if<LoadError>(&again)) {
      return fixed_file_not_read_back(path, *error);
    }
    Document& reread = std::get<Document>(again);
    if (reread.paragraphs.size() != document.paragraphs.size()) {
      return LoadError{path, 0, "the fixed file does not read back with the same paragraphs",
                       LoadProblem::FixParagraphsChanged};
    }
    std::set<int> wrong;
    for (std::size_t p = 0; p < document.paragraphs.size(); ++p) {
      const auto planned = by_paragraph.find(static_cast<int>(p));
      const std::string expected = planned == by_paragraph.end()
                                       ? document.paragraphs[p].text
                                       : apply_edits(document.paragraphs[p].text, planned->second);
      if (reread.paragraphs[p].text != expected) wrong.insert(static_cast<int>(p));
    }
    if (!wrong.empty()) {
      const std::size_t before = refused.size();
      refused.insert(wrong.begin(), wrong.end());
      if (refused.size() == before) {
        return not_as_planned(path);
      }
      continue;
    }
    if (where.dry_run) return result;
    std::error_code error;
    if (map.part.empty()) {
      fs::permissions(temp, fs::status(path).permissions(), error);
      error.clear();
    }
    fs::rename(temp, where.path, error);
    if (error) {
      return LoadError{target.path,
                       0,
                       "cannot replace the file: " + error.message(),
                       LoadProblem::CannotReplace,
                       {error.message()}};
    }
    cleanup.path.clear();
    reread.file = target.path;
    result.read_back = std::move(reread);
    return result;
  }
  return not_as_planned(path);
}

}  // namespace chengbao
