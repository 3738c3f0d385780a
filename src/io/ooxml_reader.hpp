// Reads OOXML word-processing documents (.docx) into the core's Document.
#pragma once

#include <optional>
#include <string>

#include "document.hpp"
#include "document_reader.hpp"
#include "text_origins.hpp"
#include "zip_archive.hpp"

namespace chengbao {

/// Reads a .docx package: the main document part (found through _rels/.rels), its styles and
/// numbering parts. The reason when it cannot (missing word/document.xml, limits exceeded…).
/// Reads a .docx; with `map`, also where each paragraph's text is in its main part.
std::optional<ReadError> read_ooxml_package(const ZipArchive& archive, const ReadLimits& limits,
                                            Document& document, SourceMap* map = nullptr);

}  // namespace chengbao
