// Shared pugixml helpers for the v1 file formats: safe parsing, line numbers and strict checking.
#include "xml_util.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace chengbao::xml {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Joins lines the way a reader expects: Chinese text has no spaces between words, so a line break
// between two CJK characters must vanish, while between Latin words it stands for a space.
std::string join_lines(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_space(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    bool has_break = false;
    while (end < text.size() && is_space(text[end])) {
      has_break = has_break || text[end] == '\n' || text[end] == '\r';
      ++end;
    }
    if (!has_break) {
      out.append(text, i, end - i);
    } else {
      const bool wide_before = i > 0 && static_cast<unsigned char>(text[i - 1]) >= 0x80;
      const bool wide_after = end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80;
      if (!(wide_before && wide_after)) out += ' ';
    }
    i = end;
  }
  return out;
}

// The offset of the first byte that does not belong to well-formed UTF-8, or npos. pugixml
// passes broken sequences through, and they would reach the document as mojibake.
std::size_t invalid_utf8_at(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    unsigned int min = 0;
    if (byte < 0x80) {
      ++i;
      continue;
    } else if ((byte & 0xE0) == 0xC0) {
      length = 2;
      min = 0x80;
    } else if ((byte & 0xF0) == 0xE0) {
      length = 3;
      min = 0x800;
    } else if ((byte & 0xF8) == 0xF0) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + length > text.size()) return i;
    unsigned int code = byte & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      code = (code << 6) | (next & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8 either.
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
    i += length;
  }
  return std::string::npos;
}

}  // namespace

int Document::line_of_offset(std::ptrdiff_t offset) const {
  if (offset < 0) return 0;
  const auto end = text.begin() + std::min<std::ptrdiff_t>(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
}

int Document::line_of(const pugi::xml_node& node) const {
  return line_of_offset(node.offset_debug());
}

LoadError Document::error(const pugi::xml_node& node, const std::string& message,
                          LoadProblem problem, std::vector<std::string> args) const {
  return LoadError{name, line_of(node), message, problem, std::move(args)};
}

LoadError Document::missing(const pugi::xml_node& node, const std::string& element,
                            const std::string& parent) const {
  return LoadError{name,
                   line_of(node),
                   "missing <" + element + "> in <" + parent + ">",
                   LoadProblem::MissingElement,
                   {element, parent}};
}

LoadError Document::empty(const pugi::xml_node& node, const std::string& element) const {
  return LoadError{
      name, line_of(node), "<" + element + "> is empty", LoadProblem::EmptyElement, {element}};
}

LoadError Document::unknown_element(const pugi::xml_node& node, const std::string& element,
                                    const std::string& parent) const {
  return LoadError{name,
                   line_of(node),
                   "unknown element <" + element + "> in <" + parent + ">",
                   LoadProblem::UnknownElement,
                   {element, parent}};
}

std::optional<LoadError> read_file(const std::string& path, std::string& text) {
  // A directory opens as a stream on some systems and then fails obscurely; say what it is.
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    return LoadError{path,
                     0,
                     std::string("cannot open: ") + std::strerror(EISDIR),
                     LoadProblem::CannotOpen,
                     {std::strerror(EISDIR)}};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const std::string reason = std::strerror(errno);
    return LoadError{path, 0, "cannot open: " + reason, LoadProblem::CannotOpen, {reason}};
  }
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) {
    return LoadError{path, 0, "cannot read: not a regular file", LoadProblem::NotRegularFile, {}};
  }
  if (static_cast<std::size_t>(size) > kMaxFileSize) {
    return LoadError{path,
                     0,
                     "file is too large (" + std::to_string(size) + " bytes, at most " +
                         std::to_string(kMaxFileSize) + ")",
                     LoadProblem::TooLarge,
                     {}};
  }
  in.seekg(0, std::ios::beg);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    const std::string reason = std::strerror(errno);
    return LoadError{path, 0, "cannot read: " + reason, LoadProblem::CannotRead, {reason}};
  }
  text = buffer.str();
  return std::nullopt;
}

std::optional<LoadError> parse(Document& doc) {
  if (doc.text.size() > kMaxFileSize) {
    return LoadError{doc.name,
                     0,
                     "file is too large (at most " + std::to_string(kMaxFileSize) + " bytes)",
                     LoadProblem::TooLarge,
                     {}};
  }
  if (const std::size_t bad = invalid_utf8_at(doc.text); bad != std::string::npos) {
    return LoadError{doc.name,
                     doc.line_of_offset(static_cast<std::ptrdiff_t>(bad)),
                     "not UTF-8 text (byte " + std::to_string(bad) + ")",
                     LoadProblem::NotUtf8,
                     {std::to_string(bad)}};
  }
  // parse_doctype keeps the DOCTYPE as a node so it can be refused instead of silently skipped.
  const pugi::xml_parse_result result =
      doc.doc.load_buffer(doc.text.data(), doc.text.size(),
                          pugi::parse_default | pugi::parse_doctype, pugi::encoding_utf8);
  if (!result) {
    return LoadError{doc.name,
                     doc.line_of_offset(result.offset),
                     std::string("not well-formed XML: ") + result.description(),
                     LoadProblem::NotWellFormed,
                     {std::to_string(static_cast<int>(result.status))}};
  }
  for (pugi::xml_node node = doc.doc.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_doctype) {
      return doc.error(node, "DOCTYPE/entities not allowed", LoadProblem::DoctypeRefused, {});
    }
  }
  return std::nullopt;
}

std::optional<LoadError> text_of(const Document& doc, const pugi::xml_node& node,
                                 std::string& text) {
  std::string raw;
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    switch (child.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata:
        raw += child.value();
        break;
      case pugi::node_element:
        return doc.error(
            child,
            "<" + std::string(node.name()) + "> may hold only text, found <" + child.name() + ">",
            LoadProblem::OnlyText, {node.name(), child.name()});
      default:  // comments and processing instructions are not content
        break;
    }
  }
  text = join_lines(trim(raw));
  return std::nullopt;
}

std::optional<LoadError> check_attributes(const Document& doc, const pugi::xml_node& node,
                                          std::initializer_list<const char*> allowed) {
  for (const pugi::xml_attribute& attribute : node.attributes()) {
    // pugixml keeps a repeated attribute, and lookups would silently see only the first.
    for (pugi::xml_attribute other = attribute.next_attribute(); other;
         other = other.next_attribute()) {
      if (std::strcmp(other.name(), attribute.name()) == 0) {
        return doc.error(node, "attribute '" + std::string(attribute.name()) + "' is given twice",
                         LoadProblem::RepeatedAttribute, {attribute.name()});
      }
    }
    const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* name) {
      return std::strcmp(name, attribute.name()) == 0;
    });
    if (!known) {
      return doc.error(
          node,
          "unknown attribute '" + std::string(attribute.name()) + "' on <" + node.name() + ">",
          LoadProblem::UnknownAttribute, {attribute.name(), node.name()});
    }
  }
  return std::nullopt;
}

std::optional<LoadError> check_root(const Document& doc, const pugi::xml_node& root,
                                    const char* expected_name) {
  if (!root) {
    return LoadError{doc.name,
                     0,
                     std::string("no <") + expected_name + "> element",
                     LoadProblem::NoRootElement,
                     {expected_name}};
  }
  if (std::strcmp(root.name(), expected_name) != 0) {
    return doc.error(
        root,
        "the root element is <" + std::string(root.name()) + ">, expected <" + expected_name + ">",
        LoadProblem::WrongRoot, {root.name(), expected_name});
  }
  const pugi::xml_attribute format = root.attribute("format");
  if (!format) {
    return doc.error(root,
                     std::string("<") + expected_name + "> has no format attribute (format=\"1\")",
                     LoadProblem::NoFormat, {expected_name});
  }
  if (std::strcmp(format.value(), "1") != 0) {
    return doc.error(root,
                     "unsupported format \"" + std::string(format.value()) +
                         "\" (this version reads format \"1\")",
                     LoadProblem::UnsupportedFormat, {format.value()});
  }
  return std::nullopt;
}

std::optional<LoadError> check_no_text(const Document& doc, const pugi::xml_node& node) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    // Whitespace-only text is not kept by the parser, so any text node here is real content.
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      // Point at the text itself, not at the line break before it.
      const std::string value = child.value();
      const std::size_t start = std::min(value.find_first_not_of(" \t\r\n"), value.size());
      const int line =
          doc.line_of_offset(child.offset_debug() + static_cast<std::ptrdiff_t>(start));
      return LoadError{doc.name,
                       line,
                       "unexpected text \"" + trim(value) + "\" in <" + node.name() + ">",
                       LoadProblem::UnexpectedText,
                       {trim(value), node.name()}};
    }
  }
  return std::nullopt;
}

std::optional<int> parse_count(const char* text) {
  const std::size_t length = std::strlen(text);
  // Four digits are far more than any count in these files and keep int overflow impossible.
  if (length == 0 || length > 4) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < length; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::optional<LoadError> read_value(const Document& doc, const pugi::xml_node& node,
                                    std::string& value,
                                    std::initializer_list<const char*> allowed) {
  if (auto error = check_attributes(doc, node, allowed)) return error;
  return text_of(doc, node, value);
}

std::optional<LoadError> SeenOnce::mark(const pugi::xml_node& node) {
  const auto [it, inserted] = lines_.emplace(node.name(), doc_.line_of(node));
  if (inserted) return std::nullopt;
  return doc_.error(node,
                    "<" + std::string(node.name()) + "> is given more than once (first on line " +
                        std::to_string(it->second) + ")",
                    LoadProblem::RepeatedElement, {node.name(), std::to_string(it->second)});
}

std::optional<LoadError> require(const Document& doc, const pugi::xml_node& parent,
                                 const SeenOnce& seen, const char* name, const std::string& value) {
  if (!seen.seen(name)) {
    return doc.missing(parent, name, parent.name());
  }
  if (value.empty()) return doc.empty(parent.child(name), name);
  return std::nullopt;
}

std::string element_arg(const std::string& tag) {
  if (tag.size() >= 2 && tag.front() == '<' && tag.back() == '>') {
    return tag.substr(1, tag.size() - 2);
  }
  return tag;
}

std::string trim(const std::string& text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

bool is_identifier(const std::string& text, const char* extra) {
  if (text.empty()) return false;
  return std::all_of(text.begin(), text.end(), [extra](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           (c != '\0' && std::strchr(extra, c) != nullptr);
  });
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = text.find_first_not_of(" \t\r\n", pos);
    if (start == std::string::npos) break;
    const std::size_t end = std::min(text.find_first_of(" \t\r\n", start), text.size());
    words.push_back(text.substr(start, end - start));
    pos = end;
  }
  return words;
}

std::optional<LoadError> read_bool(const xml::Document& doc, const pugi::xml_node& node,
                                   const char* attribute, const std::string& what, bool& value) {
  const std::string text = node.attribute(attribute).value();
  if (text != "true" && text != "false") {
    return doc.error(node, what + " has " + attribute + "=\"" + text + "\" (use true or false)",
                     LoadProblem::BadAttributeValue,
                     {element_arg(what), attribute, text, "true false"});
  }
  value = text == "true";
  return std::nullopt;
}

std::optional<LoadError> check_empty(const xml::Document& doc, const pugi::xml_node& node) {
  if (auto error = xml::check_no_text(doc, node)) return error;
  if (pugi::xml_node child =
          node.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; })) {
    return doc.error(
        child, "<" + std::string(node.name()) + "> must be empty, found <" + child.name() + ">",
        LoadProblem::MustBeEmpty, {node.name(), child.name()});
  }
  return std::nullopt;
}

}  // namespace chengbao::xml
