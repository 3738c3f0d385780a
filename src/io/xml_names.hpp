// Element names with the conventional namespace prefixes, whatever prefixes a producer chose.
#pragma once

#include <pugixml.hpp>

namespace chengbao {

/// The readers match names like "text:p" and "w:p". A producer may bind those namespaces to other
/// prefixes (or make one the default namespace); this renames such elements and attributes to the
/// conventional prefix. Documents that already use them (all that LibreOffice and Word write) are
/// only looked at, not walked: the check is on the root element's declarations.
void canonicalize_prefixes(pugi::xml_document& doc);

}  // namespace chengbao
