// The page an ODF document's body starts on: its master page's layout, grid, header and footer.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "document.hpp"
#include "odf_styles.hpp"

namespace chengbao {

/// Where a document keeps its page styles (styles.xml in a package, the file itself when flat).
struct OdfPageStyles {
  pugi::xml_node styles;         ///< office:styles, which holds style:default-page-layout
  pugi::xml_node layouts;        ///< the office:automatic-styles holding the style:page-layout
  pugi::xml_node master_styles;  ///< office:master-styles
};

/// The text of a header or footer paragraph with each page-number field as "#"; sets
/// `has_page_number` when there was one.
using OdfPageText =
    std::function<std::string(const pugi::xml_node& paragraph, bool& has_page_number)>;

/// The page of master page `master_name` (when "" or unknown: "Standard", else the first master
/// page). Nullopt when the document has no such master page or its page layout is missing.
std::optional<PageFormat> read_odf_page(const OdfPageStyles& sources,
                                        const std::string& master_name, const OdfStyles& styles,
                                        const OdfPageText& page_text);

}  // namespace chengbao
