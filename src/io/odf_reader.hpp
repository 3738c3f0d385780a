// Reads ODF text documents (.odt packages and flat .fodt files) into the core's Document.
#pragma once

#include <optional>
#include <string>

#include "document.hpp"
#include "document_reader.hpp"
#include "text_origins.hpp"
#include "xml_part.hpp"
#include "zip_archive.hpp"

namespace chengbao {

/// Reads an .odt package: content.xml for the body, styles.xml for the named styles. The reason
/// when it cannot (missing content.xml, encrypted, not a text document, limits exceeded…).
/// Reads an ODF package; with `map`, also where each paragraph's text is in content.xml.
std::optional<ReadError> read_odf_package(const ZipArchive& archive, const ReadLimits& limits,
                                          Document& document, SourceMap* map = nullptr);

/// Reads a parsed flat ODF file (root office:document).
/// Reads a flat ODF file; with `map`, also where each paragraph's text is in it.
std::optional<ReadError> read_flat_odf(const XmlPart& part, bool read_look, Document& document,
                                       SourceMap* map = nullptr);

}  // namespace chengbao
