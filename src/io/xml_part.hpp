// One XML part of a document, parsed safely: no DTD, bounded nesting, UTF-8 only.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "read_error.hpp"

namespace chengbao {

class ZipArchive;
struct ReadLimits;

/// A part's text and its parsed tree. The tree points into `text`, so a part is parsed where it
/// lives and never moved.
struct XmlPart {
  std::string name;  ///< how messages name the part, e.g. "content.xml"; empty for a flat file
  std::string text;
  pugi::xml_document doc;

  XmlPart() = default;
  XmlPart(const XmlPart&) = delete;
  XmlPart& operator=(const XmlPart&) = delete;
};

/// Fills `text` with the part's bytes once more; the reason when it cannot.
using ReadAgain = std::function<std::optional<ReadError>(std::string& text)>;

/// Parses `part.text` into `part.doc`; the reason when it is refused. A DOCTYPE is refused
/// (entity declarations are how content, or an expansion bomb, is smuggled in; entities are never
/// expanded), and so is nesting deeper than `max_depth`, so every later traversal may rely on that
/// bound. Whitespace-only text is kept: between two spans it is a space the reader sees.
///
/// Without `read_again` the raw text is scanned for both before parsing. With it, the text is
/// parsed first and the tree checked, which is cheaper; a part that fails or is refused is read
/// again and scanned, so the answer (and which of several faults is named) is the same.
std::optional<ReadError> parse_xml_part(XmlPart& part, unsigned max_depth,
                                        const ReadAgain& read_again = nullptr);

/// Reads entry `part.name` of `archive` into `part.text` and parses it as parse_xml_part does,
/// reading it again when that needs the original text.
std::optional<ReadError> read_xml_part(const ZipArchive& archive, const ReadLimits& limits,
                                       XmlPart& part);

/// Whether `node` is null, and whether two handles are the same node, without the calls into
/// pugixml that its operators are (a walk asks both for every node). A node handle is one pointer.
class NodeIdentity : pugi::xml_node {
 public:
  static bool is_null(const pugi::xml_node& node) { return node.*kRoot == nullptr; }
  static bool same(const pugi::xml_node& a, const pugi::xml_node& b) {
    return a.*kRoot == b.*kRoot;
  }

 private:
  static constexpr pugi::xml_node_struct* pugi::xml_node::*kRoot = &NodeIdentity::_root;
};

/// The node after `node` in document order inside `root`; its children are skipped unless
/// `descend`. Null after the last node. Walks by parent links, so it needs no stack however deep.
inline pugi::xml_node next_in_document(pugi::xml_node node, const pugi::xml_node& root,
                                       bool descend) {
  // Each step is a call into pugixml, and this runs for every node: ask for each link once.
  if (descend) {
    const pugi::xml_node child = node.first_child();
    if (!NodeIdentity::is_null(child)) return child;
  }
  while (!NodeIdentity::same(node, root)) {
    const pugi::xml_node sibling = node.next_sibling();
    if (!NodeIdentity::is_null(sibling)) return sibling;
    node = node.parent();
  }
  return pugi::xml_node();
}

}  // namespace chengbao
