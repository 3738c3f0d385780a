// Where each stretch of a paragraph's text comes from in the XML part that holds it, so that a
// fix can change those bytes and no others.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace chengbao {

/// One stretch of Paragraph::text and the XML that gave it. Text the reader made up or took
/// from elements other than these (tabs, line breaks, fields, symbols) has no origin: a fix
/// touching it is not applied to the file.
struct TextOrigin {
  enum class Kind {
    Text,       ///< characters of a text node, byte for byte the same as in its decoded value
    Collapsed,  ///< a run of white space in a text node that ODF shows as one space, or (an
                ///< empty text range) as none
    Spaces,     ///< an ODF <text:s> element: text_end - text_begin spaces
  };
  Kind kind = Kind::Text;
  std::size_t text_begin = 0;  ///< bytes in Paragraph::text
  std::size_t text_end = 0;
  /// Byte offset in the part's bytes: of a text node's first character (Text, Collapsed), of
  /// the element's '<' (Spaces).
  std::size_t raw = 0;
  /// Text and Collapsed: the bytes of the node's decoded value (entities and line ends as the
  /// parser gives them) this stretch covers.
  std::size_t value_begin = 0;
  std::size_t value_end = 0;
};

/// The origins of a document's paragraphs, as read_document gives them on request.
struct SourceMap {
  /// The zip entry that holds the body ("content.xml", "word/document.xml"); empty when the
  /// document is one XML file (.fodt).
  std::string part;
  std::vector<std::vector<TextOrigin>> paragraphs;  ///< one list per Document::paragraphs entry
};

}  // namespace chengbao
