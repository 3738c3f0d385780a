// Shared pugixml helpers for the v1 file formats: safe parsing, line numbers and strict checking.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "load_error.hpp"

namespace chengbao::xml {

/// The largest template or profile we read; anything bigger is not one of ours and is refused
/// before it is parsed, so a hostile file cannot exhaust memory.
constexpr std::size_t kMaxFileSize = 4 * 1024 * 1024;

/// A parsed document together with the text it came from (pugixml reports byte offsets into it).
struct Document {
  std::string name;  ///< the file name used in errors
  std::string text;
  pugi::xml_document doc;

  /// The 1-based line of byte `offset` in `text`; 0 when the offset is unknown.
  int line_of_offset(std::ptrdiff_t offset) const;
  /// The 1-based line where `node` starts; 0 when pugixml cannot tell.
  int line_of(const pugi::xml_node& node) const;
  /// A LoadError at the line of `node`; its kind lets the message be said in the user's language
  /// (`message` is the English).
  LoadError error(const pugi::xml_node& node, const std::string& message, LoadProblem problem,
                  std::vector<std::string> args) const;
  /// "missing <element> in <parent>", at the line of `node`.
  LoadError missing(const pugi::xml_node& node, const std::string& element,
                    const std::string& parent) const;
  /// "<element> is empty", at the line of `node`.
  LoadError empty(const pugi::xml_node& node, const std::string& element) const;
  /// "unknown element <element> in <parent>", at the line of `node`.
  LoadError unknown_element(const pugi::xml_node& node, const std::string& element,
                            const std::string& parent) const;
};

/// Reads the whole file at `path` into `text`. Errors use line 0: "cannot open: <reason>".
std::optional<LoadError> read_file(const std::string& path, std::string& text);

/// Parses `doc.text` into `doc.doc`. Text that is not UTF-8 is refused with its line. A document
/// that is not well-formed gives the line of the error and pugixml's description; any DOCTYPE is
/// refused, because entity declarations are the usual way to smuggle content (or an
/// entity-expansion bomb) into an XML file.
std::optional<LoadError> parse(Document& doc);

/// The text content of an element that may hold only text (and comments): whitespace at both ends
/// is removed, and a line break with its indentation disappears between two CJK characters and
/// becomes one space elsewhere, so long paragraphs can be wrapped in the file.
/// An element child is an error naming it.
std::optional<LoadError> text_of(const Document& doc, const pugi::xml_node& node,
                                 std::string& text);

/// Fails on the first attribute of `node` not in `allowed`, naming it (catches typos), and on an
/// attribute given twice.
std::optional<LoadError> check_attributes(const Document& doc, const pugi::xml_node& node,
                                          std::initializer_list<const char*> allowed);

/// Checks that the root `root` has the expected name and format="1".
std::optional<LoadError> check_root(const Document& doc, const pugi::xml_node& root,
                                    const char* expected_name);

/// Fails when a container element holds text of its own (usually a misplaced or mistyped tag).
std::optional<LoadError> check_no_text(const Document& doc, const pugi::xml_node& node);

/// Reads attribute `attribute` of `node` as true or false; `what` names the element in errors.
std::optional<LoadError> read_bool(const Document& doc, const pugi::xml_node& node,
                                   const char* attribute, const std::string& what, bool& value);

/// Fails when `node` holds text or an element: it carries only attributes.
std::optional<LoadError> check_empty(const Document& doc, const pugi::xml_node& node);

/// The space-separated tokens of an attribute value.
std::vector<std::string> split_words(const std::string& text);

/// A small non-negative decimal number written with digits only; nullopt otherwise.
std::optional<int> parse_count(const char* text);

/// Reads a text-only element whose only attributes are `allowed` into `value`.
std::optional<LoadError> read_value(const Document& doc, const pugi::xml_node& node,
                                    std::string& value,
                                    std::initializer_list<const char*> allowed = {});

/// Remembers where each single-use element was seen, so a repeat can point at both places.
class SeenOnce {
 public:
  explicit SeenOnce(const Document& doc) : doc_(doc) {}

  /// Records `node`; an error when an element of the same name was already recorded.
  std::optional<LoadError> mark(const pugi::xml_node& node);
  bool seen(const char* name) const { return lines_.count(name) != 0; }

 private:
  const Document& doc_;
  std::map<std::string, int> lines_;
};

/// Fails when the single-use element `name` of `parent` was not seen or its `value` is empty.
std::optional<LoadError> require(const Document& doc, const pugi::xml_node& parent,
                                 const SeenOnce& seen, const char* name, const std::string& value);

/// An element as LoadError args name it: "<section id=\"x\">" → "section id=\"x\"".
std::string element_arg(const std::string& tag);

/// Removes ASCII whitespace at both ends.
std::string trim(const std::string& text);

/// True when `text` is non-empty and every byte is in [a-z0-9] or one of `extra`.
bool is_identifier(const std::string& text, const char* extra);

}  // namespace chengbao::xml
