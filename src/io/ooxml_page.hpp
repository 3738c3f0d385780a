// The page of a .docx body: its last section's size, margins, grid and page-number footers.
#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include <pugixml.hpp>

#include "document.hpp"
#include "ooxml_styles.hpp"

namespace chengbao {

/// Hands out the root element of a part related to the main part, or a null node when there is
/// none or it cannot be read (a broken footer costs the page number, not the document).
using OoxmlRelatedPart = std::function<pugi::xml_node(std::string_view relationship_id)>;

/// The page of w:body's w:sectPr, or nullopt when the body has none. Footers come through
/// `related`; `settings` gives word/settings.xml's root, asked for only when the section has an
/// even-page footer.
std::optional<PageFormat> read_ooxml_page(const pugi::xml_node& body, OoxmlStyles& styles,
                                          const OoxmlRelatedPart& related,
                                          const std::function<pugi::xml_node()>& settings);

}  // namespace chengbao
