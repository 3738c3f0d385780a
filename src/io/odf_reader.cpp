// Reads ODF text documents (.odt packages and flat .fodt files) into the core's Document.
#include "odf_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "format_layers.hpp"
#include "odf_numbering.hpp"
#include "odf_page.hpp"
#include "odf_styles.hpp"

namespace chengbao {

namespace {

// text:s may claim any count; a line of spaces longer than this is no real document.
constexpr long kMaxSpaces = 1000;

enum class Tag {
  Other,
  Paragraph,  // text:p
  Heading,    // text:h
  List,       // text:list
  ListItem,   // text:list-item
  ListHeader,
  Number,  // text:number, the label cache
  PageNumber,
  Space,  // text:s
  Tab,
  LineBreak,
  Skip,  // never part of the body text: notes, comments, tracked deletions, declarations…
  Drawing,
};

Tag classify(const char* name) {
  static const std::unordered_map<std::string_view, Tag> kTags = {
      {"text:p", Tag::Paragraph},
      {"text:h", Tag::Heading},
      {"text:list", Tag::List},
      {"text:list-item", Tag::ListItem},
      {"text:list-header", Tag::ListHeader},
      {"text:number", Tag::Number},
      {"text:page-number", Tag::PageNumber},
      {"text:s", Tag::Space},
      {"text:tab", Tag::Tab},
      {"text:line-break", Tag::LineBreak},
      {"text:note", Tag::Skip},
      {"office:annotation", Tag::Skip},
      {"office:annotation-end", Tag::Skip},
      {"text:tracked-changes", Tag::Skip},
      {"text:ruby-text", Tag::Skip},
      {"text:sequence-decls", Tag::Skip},
      {"text:variable-decls", Tag::Skip},
      {"text:user-field-decls", Tag::Skip},
      {"text:dde-connection-decls", Tag::Skip},
      {"office:forms", Tag::Skip},
      {"text:table-of-content-source", Tag::Skip},
      {"text:illustration-index-source", Tag::Skip},
      {"text:table-index-source", Tag::Skip},
      {"text:object-index-source", Tag::Skip},
      {"text:user-index-source", Tag::Skip},
      {"text:alphabetical-index-source", Tag::Skip},
      {"text:bibliography-source", Tag::Skip},
      {"table:covered-table-cell", Tag::Skip},
      {"office:binary-data", Tag::Skip},
      {"svg:title", Tag::Skip},
      {"svg:desc", Tag::Skip},
      {"draw:image", Tag::Skip},
      {"draw:object", Tag::Skip},
      {"draw:object-ole", Tag::Skip},
  };
  const auto found = kTags.find(name);
  if (found != kTags.end()) return found->second;
  // Inside a paragraph every drawing object is an anchor for text boxes, never inline text.
  if (std::strncmp(name, "draw:", 5) == 0 && std::strcmp(name, "draw:a") != 0) return Tag::Drawing;
  return Tag::Other;
}

Tag classify(const pugi::xml_node& node) {
  return node.type() == pugi::node_element ? classify(node.name()) : Tag::Other;
}

long long start_value(const pugi::xml_node& node) {
  const pugi::xml_attribute attribute = node.attribute("text:start-value");
  if (!attribute) return -1;
  const char* text = attribute.value();
  char* end = nullptr;
  const long long value = std::strtoll(text, &end, 10);
  // LibreOffice keeps start values in 16 bits and ignores any other.
  return end != text && *end == '\0' && value >= 0 && value <= 65535 ? value : -1;
}

std::string cached_label(const pugi::xml_node& holder) {
  const pugi::xml_node number = holder.child("text:number");
  return number ? number.text().get() : "";
}

// Where a paragraph stands in the lists around it (inside the container being read).
struct ListContext {
  int depth = 0;             // number of enclosing text:list elements
  pugi::xml_node outermost;  // the outermost text:list
  pugi::xml_node styled;     // the innermost text:list that names a style
  pugi::xml_node item;       // the text:list-item that is the paragraph's parent, if any
  bool numbered = false;     // first paragraph of a list item (not a header, not a follower)
};

ListContext list_context(const pugi::xml_node& paragraph, const pugi::xml_node& root) {
  ListContext context;
  const pugi::xml_node parent = paragraph.parent();
  for (pugi::xml_node node = parent; node && node != root; node = node.parent()) {
    if (classify(node) != Tag::List) continue;
    ++context.depth;
    context.outermost = node;
    if (!context.styled && node.attribute("text:style-name")) context.styled = node;
  }
  if (context.depth > 0 && classify(parent) == Tag::ListItem) {
    context.item = parent;
    pugi::xml_node first = parent.first_child();
    while (first && (first.type() != pugi::node_element || classify(first) == Tag::Number ||
                     std::strcmp(first.name(), "text:soft-page-break") == 0)) {
      first = first.next_sibling();
    }
    context.numbered = first == paragraph;
  }
  return context;
}

// The visible text of one paragraph, with ODF's white-space rule: runs of space, tab and newline
// characters in the XML are one space, and none at the start of the paragraph or right after
// another (text:s, text:tab and text:line-break are the way to write more).
class ParagraphText {
 public:
  explicit ParagraphText(OdfStyles& styles) : styles_(styles) {}

  /// Makes the next append() record where its text comes from in the part whose bytes start at
  /// `base` (see TextOrigin); nullptr stops recording.
  void record(const char* base, std::size_t size, std::vector<TextOrigin>* origins) {
    base_ = base;
    size_ = size;
    origins_ = origins;
  }

  /// Appends the text of `paragraph` to `text`. Text boxes anchored in it go to `boxes` when
  /// given (their paragraphs are read on their own). With `base`, the paragraph's character
  /// layer, the characters are counted by the look of their span into majority().
  void append(const pugi::xml_node& paragraph, std::string& text, const CharacterLayer* base,
              std::vector<pugi::xml_node>* boxes) {
    majority_.clear();
    looks_.clear();
    counting_ = base != nullptr;
    if (counting_) looks_.push_back(*base);
    boxes_ = boxes;
    saw_page_number_ = false;
    bool skip_space = true;
    for (pugi::xml_node node = step(paragraph, paragraph, true); node;) {
      bool descend = true;
      switch (node.type()) {
        case pugi::node_pcdata:
        case pugi::node_cdata: {
          if (counting_) majority_.add(looks_.back(), count_visible_characters(node.value()));
          // Only plain text nodes parsed where they stand can be found again in the bytes.
          const bool recorded = origins_ != nullptr && node.type() == pugi::node_pcdata &&
                                node.value() >= base_ && node.value() < base_ + size_ &&
                                plain_text(node, paragraph);
          const std::size_t raw = recorded ? static_cast<std::size_t>(node.value() - base_) : 0;
          for (const char* c = node.value(); *c != '\0'; ++c) {
            const std::size_t at = static_cast<std::size_t>(c - node.value());
            if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r') {
              if (recorded) note_space(raw, at, text.size(), !skip_space);
              if (!skip_space) text += ' ';
              skip_space = true;
            } else {
              if (recorded) note_text(raw, at, text.size());
              text += *c;
              skip_space = false;
            }
          }
          break;
        }
        case pugi::node_element:
          switch (classify(node)) {
            case Tag::Space: {
              const long count =
                  std::clamp<long>(node.attribute("text:c").as_int(1), 1, kMaxSpaces);
              if (origins_ != nullptr && node.name() > base_ && node.name() < base_ + size_) {
                TextOrigin origin;
                origin.kind = TextOrigin::Kind::Spaces;
                origin.text_begin = text.size();
                origin.text_end = text.size() + static_cast<std::size_t>(count);
                origin.raw = static_cast<std::size_t>(node.name() - base_) - 1;
                origins_->push_back(origin);
              }
              text.append(static_cast<std::size_t>(count), ' ');
              skip_space = false;
              break;
            }
            case Tag::Tab:
              text += '\t';
              skip_space = false;
              break;
            case Tag::LineBreak:
              text += '\n';
              skip_space = false;
              break;
            case Tag::Drawing:
              if (boxes_ != nullptr) find_boxes(node);
              descend = false;
              break;
            case Tag::PageNumber:
              if (marking_page_numbers_) {
                text += '#';
                skip_space = false;
                saw_page_number_ = true;
                descend = false;
              }
              break;
            case Tag::Skip:
            case Tag::Number:
              descend = false;
              break;
            default:
              break;
          }
          break;
        default:
          break;
      }
      node = step(node, paragraph, descend);
    }
  }

  /// The look of most characters of the last paragraph counted, or nullptr for an empty one.
  const CharacterLayer* winner() const { return majority_.winner(); }

  /// Writes a page-number field as "#" instead of the number it shows.
  void mark_page_numbers() { marking_page_numbers_ = true; }
  /// Whether the last paragraph had a page-number field.
  bool saw_page_number() const { return saw_page_number_; }

 private:
  // next_in_document, keeping looks_ as the character layers of the elements around the node it
  // returns: entering an element lays its span's text style over the look around it.
  pugi::xml_node step(pugi::xml_node node, const pugi::xml_node& root, bool descend) {
    if (descend) {
      const pugi::xml_node child = node.first_child();
      if (child) {
        if (counting_ && node != root) enter(node);
        return child;
      }
    }
    while (node != root) {
      const pugi::xml_node sibling = node.next_sibling();
      if (sibling) return sibling;
      node = node.parent();
      if (counting_ && node != root) looks_.pop_back();
    }
    return pugi::xml_node();
  }

  // Whether a text node is the paragraph's own text: inside spans and links only, not a
  // field's shown value (which the office computes), a ruby or a note.
  static bool plain_text(const pugi::xml_node& node, const pugi::xml_node& paragraph) {
    for (pugi::xml_node up = node.parent(); up && up != paragraph; up = up.parent()) {
      const char* name = up.name();
      if (std::strcmp(name, "text:span") != 0 && std::strcmp(name, "text:a") != 0) return false;
    }
    return true;
  }

  // A character of a text node at `at` of its value (starting at `raw` of the part) went to
  // `text_at` of the paragraph's text.
  void note_text(std::size_t raw, std::size_t at, std::size_t text_at) {
    if (!origins_->empty()) {
      TextOrigin& last = origins_->back();
      if (last.kind == TextOrigin::Kind::Text && last.raw == raw && last.value_end == at &&
          last.text_end == text_at) {
        ++last.value_end;
        ++last.text_end;
        return;
      }
    }
    origins_->push_back({TextOrigin::Kind::Text, text_at, text_at + 1, raw, at, at + 1});
  }

  // A white-space character of a text node: shown as a space (`shown`) or folded into the one
  // before it.
  void note_space(std::size_t raw, std::size_t at, std::size_t text_at, bool shown) {
    if (!shown && !origins_->empty()) {
      TextOrigin& last = origins_->back();
      if (last.kind == TextOrigin::Kind::Collapsed && last.raw == raw && last.value_end == at) {
        ++last.value_end;
        return;
      }
    }
    origins_->push_back(
        {TextOrigin::Kind::Collapsed, text_at, text_at + (shown ? 1 : 0), raw, at, at + 1});
  }

  void enter(const pugi::xml_node& element) {
    CharacterLayer look = looks_.back();
    const char* name = element.name();
    if (std::strcmp(name, "text:span") == 0 || std::strcmp(name, "text:a") == 0) {
      const pugi::xml_attribute style = element.attribute("text:style-name");
      if (style) look.cover_with(styles_.text_style(style.value()));
    }
    looks_.push_back(look);
  }

  // Text boxes in a drawing object anchored in a paragraph: draw:text-box elements, and shapes
  // that hold paragraphs of their own.
  void find_boxes(const pugi::xml_node& drawing) {
    for (pugi::xml_node node = drawing; node;) {
      bool descend = node.type() == pugi::node_element;
      if (descend) {
        const Tag tag = classify(node);
        bool has_text = std::strcmp(node.name(), "draw:text-box") == 0;
        for (pugi::xml_node child = node.first_child(); child && !has_text;
             child = child.next_sibling()) {
          const Tag child_tag = classify(child);
          has_text =
              child_tag == Tag::Paragraph || child_tag == Tag::Heading || child_tag == Tag::List;
        }
        if (has_text) boxes_->push_back(node);
        descend = !has_text && tag != Tag::Skip;
      }
      node = next_in_document(node, drawing, descend);
    }
  }

  OdfStyles& styles_;
  CharacterMajority majority_;
  std::vector<CharacterLayer> looks_;
  std::vector<pugi::xml_node>* boxes_ = nullptr;
  bool counting_ = false;
  bool marking_page_numbers_ = false;
  bool saw_page_number_ = false;
  const char* base_ = nullptr;
  std::size_t size_ = 0;
  std::vector<TextOrigin>* origins_ = nullptr;
};

// Walks the body in document order. Paragraphs of text boxes are read right after the paragraph
// they are anchored in; the walk keeps a stack of containers instead of recursing, so no file can
// exhaust the call stack.
class BodyReader {
 public:
  BodyReader(OdfStyles& styles, bool read_look, Document& document)
      : styles_(styles), document_(document), text_(styles), read_look_(read_look) {}

  /// Records each paragraph's origins in `map` (its bytes start at `base`).
  void record(const std::string& bytes, SourceMap* map) {
    bytes_ = &bytes;
    map_ = map;
  }

  /// The master page named by the style of the first paragraph ("" when none is named).
  const std::string& first_master_page() const { return first_master_page_; }

  void read(const pugi::xml_node& body) {
    containers_.push_back({body, next_in_document(body, body, true)});
    while (!containers_.empty()) {
      Container& container = containers_.back();
      const pugi::xml_node node = container.next;
      if (!node) {
        containers_.pop_back();
        continue;
      }
      const pugi::xml_node root = container.root;
      const Tag tag = classify(node);
      const bool block = tag == Tag::Paragraph || tag == Tag::Heading;
      container.next = next_in_document(node, root, !block && tag != Tag::Skip);
      if (tag == Tag::List && is_outermost(node, root)) {
        list_ids_[node.internal_object()] = numbering_.begin_list(node);
      }
      if (!block) continue;
      boxes_.clear();
      read_paragraph(node, root);
      // The reference `container` may dangle from here on.
      for (auto box = boxes_.rbegin(); box != boxes_.rend(); ++box) {
        containers_.push_back({*box, next_in_document(*box, *box, true)});
      }
    }
  }

 private:
  struct Container {
    pugi::xml_node root;
    pugi::xml_node next;
  };

  static bool is_outermost(const pugi::xml_node& list, const pugi::xml_node& root) {
    for (pugi::xml_node node = list.parent(); node && node != root; node = node.parent()) {
      if (classify(node) == Tag::List) return false;
    }
    return true;
  }

  void read_paragraph(const pugi::xml_node& node, const pugi::xml_node& root) {
    Paragraph paragraph;
    const bool heading = classify(node) == Tag::Heading;
    const OdfStyleInfo& style = styles_.paragraph(node.attribute("text:style-name").value());
    paragraph.style = style.display_name;
    paragraph.centered = style.centered;
    paragraph.right_aligned = style.right_aligned;
    // LibreOffice makes a text:h without a level a level-1 heading and a text:p body text, whatever
    // outline level its style has.
    if (heading) {
      paragraph.outline_level = std::clamp(node.attribute("text:outline-level").as_int(1), 0, 10);
    }
    const OdfLabel label = number(node, root, heading, paragraph.outline_level, style);
    paragraph.list_label = label.text;
    paragraph.list_level = label.level;
    std::vector<TextOrigin> origins;
    if (map_ != nullptr) text_.record(bytes_->data(), bytes_->size(), &origins);
    text_.append(node, paragraph.text, read_look_ ? &style.characters : nullptr, &boxes_);
    text_.record(nullptr, 0, nullptr);
    if (map_ != nullptr) map_->paragraphs.push_back(std::move(origins));
    if (read_look_) {
      const CharacterLayer* look = text_.winner();
      write_format(look != nullptr ? *look : style.characters, style.format, paragraph.format);
    }
    if (document_.paragraphs.empty()) first_master_page_ = style.master_page;
    document_.paragraphs.push_back(std::move(paragraph));
  }

  OdfLabel number(const pugi::xml_node& node, const pugi::xml_node& root, bool heading,
                  int outline_level, const OdfStyleInfo& style) {
    OdfLabel label;
    const ListContext context = list_context(node, root);
    const bool list_header = heading && node.attribute("text:is-list-header").as_bool();
    if (context.depth > 0) {
      if (!context.numbered || list_header) return label;
      const OdfListStyle* list_style =
          context.styled ? styles_.list_style(context.styled.attribute("text:style-name").value())
                         : nullptr;
      if (list_style == nullptr && !style.list_style.empty()) {
        list_style = styles_.list_style(style.list_style);
      }
      if (list_style == nullptr) list_style = &styles_.default_list();
      const auto id = list_ids_.find(context.outermost.internal_object());
      if (id == list_ids_.end()) return label;
      const int level = std::min(context.depth, 10) - 1;
      label = numbering_.number_item(id->second, *list_style, level, start_value(context.item));
      const std::string cache =
          node.child("text:number") ? cached_label(node) : cached_label(context.item);
      if (!cache.empty()) label.text = cache;
      return label;
    }
    // Outside lists only the outline numbers paragraphs: those whose named style is assigned to
    // an outline level, and headings of any style. A heading is numbered at the level it states
    // (a text:h without one at its style's), a paragraph at its style's. A list style on the
    // automatic style switches the numbering off: LibreOffice numbers such a paragraph only
    // inside a list.
    if (list_header || style.sets_list_style) return label;
    int level = style.outline_level;
    if (heading && (node.attribute("text:outline-level") || level == 0)) level = outline_level;
    if (level == 0) return label;
    long long restart = -1;
    if (heading && node.attribute("text:restart-numbering").as_bool()) {
      restart = start_value(node);
      if (restart < 0) {
        restart = styles_.outline().levels[static_cast<std::size_t>(level - 1)].start;
      }
    }
    label = numbering_.number_heading(styles_.outline(), level - 1, restart);
    const std::string cache = cached_label(node);
    if (!cache.empty()) label.text = cache;
    return label;
  }

  OdfStyles& styles_;
  Document& document_;
  ParagraphText text_;
  std::string first_master_page_;
  bool read_look_ = true;
  OdfNumbering numbering_;
  std::unordered_map<const void*, int> list_ids_;
  std::vector<Container> containers_;
  std::vector<pugi::xml_node> boxes_;
  const std::string* bytes_ = nullptr;
  SourceMap* map_ = nullptr;
};

// The custom properties of <office:meta> (meta:user-defined), whatever their value type.
void read_meta(const pugi::xml_node& office_meta, Document& document) {
  for (const pugi::xml_node& property : office_meta.children("meta:user-defined")) {
    const std::string name = property.attribute("meta:name").value();
    if (!name.empty()) document.properties[name] = property.text().get();
  }
}

// Reads the body and the page it starts on (from `page_styles`).
std::optional<ReadError> read_body(const pugi::xml_node& root, OdfStyles& styles,
                                   const OdfPageStyles& page_styles, bool read_look,
                                   Document& document, const XmlPart& part, SourceMap* map) {
  const pugi::xml_node body = root.child("office:body");
  const pugi::xml_node text = body.child("office:text");
  if (!text) {
    const pugi::xml_node kind = body.first_child();
    const std::string not_text = part.name + ": not an ODF text document";
    if (!kind) return ReadError{not_text, LoadProblem::NotOdfText, {part.name}};
    return ReadError{not_text + " (its body is <" + kind.name() + ">)",
                     LoadProblem::NotOdfTextBody,
                     {part.name, kind.name()}};
  }
  BodyReader reader(styles, read_look, document);
  if (map != nullptr) {
    map->part = part.name;
    reader.record(part.text, map);
  }
  reader.read(text);
  if (!read_look) return std::nullopt;
  ParagraphText footer_text(styles);
  footer_text.mark_page_numbers();
  document.page =
      read_odf_page(page_styles, reader.first_master_page(), styles,
                    [&footer_text](const pugi::xml_node& paragraph, bool& has_page_number) {
                      std::string text;
                      footer_text.append(paragraph, text, nullptr, nullptr);
                      has_page_number = footer_text.saw_page_number();
                      return text;
                    });
  return std::nullopt;
}

}  // namespace

std::optional<ReadError> read_odf_package(const ZipArchive& archive, const ReadLimits& limits,
                                          Document& document, SourceMap* map) {
  if (archive.contains("META-INF/manifest.xml")) {
    XmlPart manifest;
    manifest.name = "META-INF/manifest.xml";
    if (auto error = read_xml_part(archive, limits, manifest)) return error;
    for (pugi::xml_node node = manifest.doc.document_element(); node;
         node = next_in_document(node, manifest.doc.document_element(), true)) {
      if (std::strcmp(node.name(), "manifest:encryption-data") == 0) {
        return ReadError{
            "encrypted document: save it without a password", LoadProblem::Encrypted, {}};
      }
    }
  }
  XmlPart content;
  content.name = "content.xml";
  if (!archive.contains(content.name)) {
    return ReadError{"missing content.xml (not an ODF document)",
                     LoadProblem::MissingMainPart,
                     {content.name, "ODF"}};
  }
  if (auto error = read_xml_part(archive, limits, content)) return error;

  OdfStyles styles;
  OdfPageStyles page_styles;
  XmlPart styles_part;
  if (archive.contains("styles.xml")) {
    styles_part.name = "styles.xml";
    if (auto error = read_xml_part(archive, limits, styles_part)) return error;
    const pugi::xml_node styles_root = styles_part.doc.document_element();
    styles.add_font_faces(styles_root.child("office:font-face-decls"));
    styles.add(styles_root.child("office:styles"), false);
    styles.add_page_styles(styles_root.child("office:automatic-styles"));
    page_styles = {styles_root.child("office:styles"), styles_root.child("office:automatic-styles"),
                   styles_root.child("office:master-styles")};
  }
  if (archive.contains("meta.xml")) {
    XmlPart meta;
    meta.name = "meta.xml";
    if (auto error = read_xml_part(archive, limits, meta)) return error;
    read_meta(meta.doc.document_element().child("office:meta"), document);
  }
  const pugi::xml_node root = content.doc.document_element();
  styles.add_font_faces(root.child("office:font-face-decls"));
  styles.add(root.child("office:automatic-styles"), true);
  return read_body(root, styles, page_styles, limits.read_look, document, content, map);
}

std::optional<ReadError> read_flat_odf(const XmlPart& part, bool read_look, Document& document,
                                       SourceMap* map) {
  const pugi::xml_node root = part.doc.document_element();
  OdfStyles styles;
  styles.add_font_faces(root.child("office:font-face-decls"));
  styles.add(root.child("office:styles"), false);
  styles.add(root.child("office:automatic-styles"), true);
  read_meta(root.child("office:meta"), document);
  // In a flat file the automatic styles of the body, the headers and the footers are one set.
  const OdfPageStyles page_styles = {root.child("office:styles"),
                                     root.child("office:automatic-styles"),
                                     root.child("office:master-styles")};
  return read_body(root, styles, page_styles, read_look, document, part, map);
}

}  // namespace chengbao
