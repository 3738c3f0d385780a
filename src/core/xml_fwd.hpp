// Forward declarations for headers whose readers take a pugixml node and the file it came from
// (xml_util.hpp), so that they need not include pugixml themselves.
#pragma once

namespace pugi {
class xml_node;
}

namespace chengbao::xml {
struct Document;
}
