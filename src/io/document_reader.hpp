// Reads .odt, .fodt and .docx files into the core's Document without LibreOffice.
#pragma once

#include <string>
#include <variant>

#include "document.hpp"
#include "load_error.hpp"
#include "text_origins.hpp"

namespace chengbao {

/// Limits that keep hostile files from exhausting memory or time.
struct ReadLimits {
  unsigned long long max_entry_size = 256ull << 20;  ///< uncompressed bytes of one zip entry
  unsigned max_compression_ratio = 100;              ///< uncompressed / compressed, per entry
  unsigned max_xml_depth = 1000;                     ///< element nesting
  /// Whether the look is read as well: each paragraph's ParagraphFormat and the document's
  /// PageFormat. Without it they stay unset and a .docx reads about a sixth faster; only the 版式
  /// rules (a template's <layout>) ask for them.
  bool read_look = true;
};

/// Reads `path` by its content (zip or XML), whatever its name says. Unsupported, broken or
/// hostile input gives a LoadError with the file and the reason (never a crash or a hang). With
/// `map`, it also tells where in the file each paragraph's text is (what `chengbao fix` edits).
std::variant<Document, LoadError> read_document(const std::string& path,
                                                const ReadLimits& limits = ReadLimits(),
                                                SourceMap* map = nullptr);

}  // namespace chengbao
