// Reads OOXML word-processing documents (.docx) into the core's Document.
#include "ooxml_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <list>
#include <string>
#include <string_view>
#include <vector>

#include "counter_format.hpp"
#include "format_layers.hpp"
#include "ooxml_numbering.hpp"
#include "ooxml_page.hpp"
#include "ooxml_styles.hpp"
#include "xml_part.hpp"

namespace chengbao {

namespace {

enum class Tag {
  Other,
  Paragraph,         // w:p
  Properties,        // w:pPr, w:rPr, w:tblPr…: never text
  Text,              // w:t
  Tab,               // w:tab, w:ptab
  Break,             // w:br
  CarriageReturn,    // w:cr
  NoBreakHyphen,     // w:noBreakHyphen
  SoftHyphen,        // w:softHyphen
  Symbol,            // w:sym
  FieldChar,         // w:fldChar
  Skip,              // deleted text, field instructions, note and comment references, math…
  AlternateContent,  // mc:AlternateContent
  TextBox,           // w:txbxContent
  Drawing,           // w:drawing, w:pict, w:object: anchors for text boxes
  Cell,              // w:tc
  Row,               // w:tr
  Branch,            // mc:Choice, mc:Fallback: entered only through chosen_content
};

struct NamedTag {
  const char* name;
  Tag tag;
};

constexpr NamedTag kTags[] = {
    {"w:p", Tag::Paragraph},
    {"w:pPr", Tag::Properties},
    {"w:rPr", Tag::Properties},
    {"w:sectPr", Tag::Properties},
    {"w:tblPr", Tag::Properties},
    {"w:tblGrid", Tag::Properties},
    {"w:trPr", Tag::Properties},
    {"w:tcPr", Tag::Properties},
    {"w:sdtPr", Tag::Properties},
    {"w:sdtEndPr", Tag::Properties},
    {"w:tblPrEx", Tag::Properties},
    {"w:t", Tag::Text},
    {"w:tab", Tag::Tab},
    {"w:ptab", Tag::Tab},
    {"w:br", Tag::Break},
    {"w:cr", Tag::CarriageReturn},
    {"w:noBreakHyphen", Tag::NoBreakHyphen},
    {"w:softHyphen", Tag::SoftHyphen},
    {"w:sym", Tag::Symbol},
    {"w:fldChar", Tag::FieldChar},
    {"w:del", Tag::Skip},
    {"w:moveFrom", Tag::Skip},
    {"w:delText", Tag::Skip},
    {"w:instrText", Tag::Skip},
    {"w:delInstrText", Tag::Skip},
    {"w:footnoteReference", Tag::Skip},
    {"w:endnoteReference", Tag::Skip},
    {"w:commentReference", Tag::Skip},
    {"w:annotationRef", Tag::Skip},
    {"w:rt", Tag::Skip},
    {"w:altChunk", Tag::Skip},
    {"m:oMath", Tag::Skip},
    {"m:oMathPara", Tag::Skip},
    {"mc:AlternateContent", Tag::AlternateContent},
    {"mc:Choice", Tag::Branch},
    {"mc:Fallback", Tag::Branch},
    {"w:txbxContent", Tag::TextBox},
    {"w:drawing", Tag::Drawing},
    {"w:pict", Tag::Drawing},
    {"w:object", Tag::Drawing},
    {"w:tc", Tag::Cell},
    {"w:tr", Tag::Row},
};

// Which bucket of TagTable a name of at least three bytes falls in: by its third and fourth
// bytes (the first two after "w:", for most).
constexpr unsigned bucket_of(const char* name) {
  return (static_cast<unsigned char>(name[2]) * 33u + static_cast<unsigned char>(name[3])) & 255u;
}

constexpr int largest_bucket() {
  int counts[256] = {};
  int largest = 0;
  for (const NamedTag& named : kTags) largest = std::max(largest, ++counts[bucket_of(named.name)]);
  return largest;
}

// The names above in buckets by their third and fourth bytes: a lookup compares the name with the
// one or two names of its bucket, and a comparison mostly ends at the first differing byte.
// classify runs for every node of the body; hashing the whole name first (FNV-1a, then a byte loop
// to confirm it) cost twice as much.
class TagTable {
 public:
  TagTable() {
    for (const NamedTag& named : kTags) {
      Bucket& bucket = buckets_[bucket_of(named.name)];
      bucket.names[bucket.count++] = named;
    }
  }

  /// The tag of an element named `name`; Tag::Other for any name not in kTags.
  Tag find(const char* name) const {
    // Every name in kTags has at least three bytes, so name[3] may be read after these checks.
    if (name[0] == '\0' || name[1] == '\0' || name[2] == '\0') return Tag::Other;
    const Bucket& bucket = buckets_[bucket_of(name)];
    for (int i = 0; i < bucket.count; ++i) {
      if (same_name(bucket.names[i].name, name)) return bucket.names[i].tag;
    }
    return Tag::Other;
  }

 private:
  static constexpr int kBucketSize = largest_bucket();

  // Names are a few bytes long: a loop is cheaper than a call to strcmp.
  static bool same_name(const char* a, const char* b) {
    for (;; ++a, ++b) {
      if (*a != *b) return false;
      if (*a == '\0') return true;
    }
  }

  struct Bucket {
    int count = 0;
    NamedTag names[kBucketSize] = {};
  };
  Bucket buckets_[256];
};

// classify, step_to and next_node run for every node of the body; inlined into the walks they
// save a call frame each and let the compiler keep the walk's state in registers.
[[gnu::always_inline]] inline Tag classify(const pugi::xml_node& node) {
  static const TagTable kTable;
  // Text and CDATA nodes have an empty name, which is in no table.
  const Tag tag = kTable.find(node.name());
  return tag != Tag::Other && node.type() == pugi::node_element ? tag : Tag::Other;
}

// Of an mc:AlternateContent only the first mc:Choice is read: the mc:Fallback repeats the same
// content (a text box in VML) for older readers and would count it twice.
pugi::xml_node chosen_content(const pugi::xml_node& alternate) {
  const pugi::xml_node choice = alternate.child("mc:Choice");
  return choice ? choice : alternate.child("mc:Fallback");
}

// A node of the walk with its tag: each node's name is looked up once.
struct Step {
  pugi::xml_node node;
  Tag tag = Tag::Other;
};

[[gnu::always_inline]] inline Step step_to(const pugi::xml_node& node) {
  return {node, NodeIdentity::is_null(node) ? Tag::Other : classify(node)};
}

// The next node in document order inside `root`, entering mc:AlternateContent by its chosen branch
// only. Returns the node after `step` when `descend` is false or it has no children.
[[gnu::always_inline]] inline Step next_node(const Step& step, const pugi::xml_node& root,
                                             bool descend) {
  if (descend && step.tag == Tag::AlternateContent) {
    const pugi::xml_node chosen = chosen_content(step.node);
    const pugi::xml_node first =
        NodeIdentity::is_null(chosen) ? pugi::xml_node() : chosen.first_child();
    return step_to(NodeIdentity::is_null(first) ? next_in_document(step.node, root, false) : first);
  }
  Step next = step_to(next_in_document(step.node, root, descend));
  // The walk enters an mc:AlternateContent only through its chosen branch; any branch it reaches
  // afterwards is a sibling of that one and is passed over.
  while (next.tag == Tag::Branch) next = step_to(next_in_document(next.node, root, false));
  return next;
}

bool deleted_row(const pugi::xml_node& row) { return row.child("w:trPr").child("w:del"); }

// A cell that continues a vertical merge shows nothing; its (empty) paragraph is not a paragraph
// of the merged cell.
bool merged_away(const pugi::xml_node& cell) {
  const pugi::xml_node merge = cell.child("w:tcPr").child("w:vMerge");
  return merge && std::strcmp(merge.attribute("w:val").value(), "restart") != 0;
}

// The children of a w:pPr the reader looks at, each the first of its name as child() would find
// it, in one pass over the children instead of one per name.
struct ParagraphProperties {
  pugi::xml_node run;            // w:rPr
  pugi::xml_node style;          // w:pStyle
  pugi::xml_node outline_level;  // w:outlineLvl
  pugi::xml_node alignment;      // w:jc
  pugi::xml_node numbering;      // w:numPr
  pugi::xml_node indentation;    // w:ind
  pugi::xml_node spacing;        // w:spacing
  pugi::xml_node snap_to_grid;   // w:snapToGrid

  explicit ParagraphProperties(const pugi::xml_node& properties) {
    for (pugi::xml_node child = properties.first_child(); child; child = child.next_sibling()) {
      const char* name = child.name();
      if (name[0] != 'w' || name[1] != ':') continue;
      pugi::xml_node* found = nullptr;
      switch (name[2]) {  // one comparison per child: the names differ in their first letter
        case 'r':
          found = std::strcmp(name, "w:rPr") == 0 ? &run : nullptr;
          break;
        case 'p':
          found = std::strcmp(name, "w:pStyle") == 0 ? &style : nullptr;
          break;
        case 'o':
          found = std::strcmp(name, "w:outlineLvl") == 0 ? &outline_level : nullptr;
          break;
        case 'j':
          found = std::strcmp(name, "w:jc") == 0 ? &alignment : nullptr;
          break;
        case 'n':
          found = std::strcmp(name, "w:numPr") == 0 ? &numbering : nullptr;
          break;
        case 'i':
          found = std::strcmp(name, "w:ind") == 0 ? &indentation : nullptr;
          break;
        case 's':
          found = std::strcmp(name, "w:spacing") == 0      ? &spacing
                  : std::strcmp(name, "w:snapToGrid") == 0 ? &snap_to_grid
                                                           : nullptr;
          break;
        default:
          break;
      }
      if (found != nullptr && !*found) *found = child;
    }
  }
};

// The state of complex fields (w:fldChar begin … separate … end), which may span paragraphs:
// only the result part between separate and end is shown.
class FieldState {
 public:
  void on_field_char(const pugi::xml_node& field_char) {
    const std::string_view type = field_char.attribute("w:fldCharType").value();
    if (type == "begin") {
      in_code_.push_back(true);
      ++code_count_;
    } else if (type == "separate") {
      if (!in_code_.empty() && in_code_.back()) {
        in_code_.back() = false;
        --code_count_;
      }
    } else if (type == "end" && !in_code_.empty()) {
      if (in_code_.back()) --code_count_;
      in_code_.pop_back();
    }
  }
  bool visible() const { return code_count_ == 0; }
  /// Inside a field, its code or its result (which the field's owner, not a fix, changes).
  bool inside() const { return !in_code_.empty(); }

 private:
  std::vector<bool> in_code_;
  int code_count_ = 0;
};

class BodyReader {
 public:
  BodyReader(OoxmlStyles& styles, OoxmlNumbering& numbering, bool read_look, Document& document)
      : styles_(styles), numbering_(numbering), document_(document), read_look_(read_look) {}

  /// Records each paragraph's origins in `map`; `bytes` are the part's.
  void record(const std::string& bytes, SourceMap* map) {
    bytes_ = &bytes;
    map_ = map;
  }

  void read(const pugi::xml_node& body) {
    containers_.push_back({body, next_node(step_to(body), body, true), {}, {}, {}});
    while (!containers_.empty()) {
      Container& container = containers_.back();
      const Step step = container.next;
      const pugi::xml_node& node = step.node;
      if (NodeIdentity::is_null(node)) {
        flush_merged(container);
        containers_.pop_back();
        continue;
      }
      const Tag tag = step.tag;
      bool descend = tag != Tag::Paragraph && tag != Tag::Properties && tag != Tag::Skip;
      if ((tag == Tag::Row && deleted_row(node)) || (tag == Tag::Cell && merged_away(node))) {
        descend = false;
      }
      container.next = next_node(step, container.root, descend);
      if (tag != Tag::Paragraph) continue;
      boxes_.clear();
      read_paragraph(node, container);
      // The reference `container` may dangle from here on.
      for (auto box = boxes_.rbegin(); box != boxes_.rend(); ++box) {
        containers_.push_back({*box, next_node(step_to(*box), *box, true), {}, {}, {}});
      }
    }
  }

 private:
  struct Container {
    pugi::xml_node root;
    Step next;
    FieldState fields;
    std::string merged;  // text of paragraphs whose mark was deleted, joining the next one
    std::vector<TextOrigin> merged_origins;
  };

  void flush_merged(Container& container) {
    if (container.merged.empty()) return;
    Paragraph paragraph;
    paragraph.style = styles_.paragraph("").name;
    paragraph.text = std::move(container.merged);
    document_.paragraphs.push_back(std::move(paragraph));
    if (map_ != nullptr) map_->paragraphs.push_back(std::move(container.merged_origins));
    container.merged_origins.clear();
  }

  void read_paragraph(const pugi::xml_node& node, Container& container) {
    Paragraph paragraph;
    const ParagraphProperties properties(node.child("w:pPr"));
    const OoxmlStyleInfo& style = styles_.paragraph(properties.style.attribute("w:val").value());
    // Runs are appended to a buffer that keeps its capacity from paragraph to paragraph, so the
    // text is allocated once, at its size, instead of growing run by run.
    text_.assign(container.merged);
    container.merged.clear();
    origins_.clear();
    if (map_ != nullptr) origins_.swap(container.merged_origins);
    majority_.clear();
    base_look_ = &style.characters;
    last_run_ = pugi::xml_node();
    append_text(node, container.fields, text_);
    paragraph.text = text_;
    // A tracked deletion of the paragraph mark joins this paragraph to the next one.
    if (properties.run.child("w:del")) {
      container.merged = std::move(paragraph.text);
      if (map_ != nullptr) container.merged_origins = std::move(origins_);
      return;
    }
    if (read_look_) write_paragraph_format(properties, style, paragraph.format);
    paragraph.style = style.name;
    paragraph.outline_level = style.outline_level;
    paragraph.centered = style.centered;
    paragraph.right_aligned = style.right_aligned;
    if (properties.outline_level) {
      paragraph.outline_level = parse_outline_level(properties.outline_level);
    }
    if (properties.alignment) {
      parse_alignment(properties.alignment, paragraph.centered, paragraph.right_aligned);
    }
    // Direct numbering overrides the style's; a direct level alone applies to the style's list.
    OoxmlNumberingRef numbering = style.numbering;
    const OoxmlNumberingRef direct = parse_numbering_ref(properties.numbering);
    if (direct.has_num_id) {
      numbering.has_num_id = true;
      numbering.num_id = direct.num_id;
      numbering.has_level = direct.has_level;
      numbering.level = direct.level;
    } else if (direct.has_level) {
      numbering.has_level = true;
      numbering.level = direct.level;
    }
    if (numbering.has_num_id && numbering.num_id != 0) {
      const OoxmlLabel label =
          numbering_.number(numbering.num_id, numbering.has_level ? numbering.level : 0);
      paragraph.list_label = label.text;
      paragraph.list_level = label.level;
    }
    document_.paragraphs.push_back(std::move(paragraph));
    if (map_ != nullptr) map_->paragraphs.push_back(std::move(origins_));
  }

  // The paragraph's own properties over its style's; the characters of the run look that holds
  // most of them, or, in an empty paragraph, those of its mark.
  void write_paragraph_format(const ParagraphProperties& properties, const OoxmlStyleInfo& style,
                              ParagraphFormat& format) {
    ParagraphLayer layer = style.format;
    layer.cover_with(
        parse_paragraph_layer(properties.indentation, properties.spacing, properties.snap_to_grid));
    const CharacterLayer* look = majority_.winner();
    CharacterLayer mark;
    if (look == nullptr) {
      mark = style.characters;
      styles_.cover_with_run(properties.run, mark);
      look = &mark;
    }
    write_format(*look, layer, format);
  }

  // Counts the characters just appended to `text` from `from` on, in the run that holds `text`.
  void count_run(const pugi::xml_node& run, const std::string& text, std::size_t from) {
    if (!read_look_) return;
    const std::size_t characters = count_visible_characters(std::string_view(text).substr(from));
    if (characters == 0) return;
    if (!NodeIdentity::same(run, last_run_)) {
      last_run_ = run;
      run_look_ = *base_look_;
      styles_.cover_with_run(run.child("w:rPr"), run_look_);
    }
    majority_.add(run_look_, characters);
  }

  // The text of a w:t went to [from, to) of the paragraph's text.
  void note_text(const pugi::xml_node& element, std::size_t from, std::size_t to) {
    const pugi::xml_node child = element.first_child();
    if (from == to || child.type() != pugi::node_pcdata || child.next_sibling()) return;
    // A simple field's result is the field's to change.
    for (pugi::xml_node up = element.parent(); up; up = up.parent()) {
      if (std::strcmp(up.name(), "w:fldSimple") == 0) return;
      if (std::strcmp(up.name(), "w:p") == 0) break;
    }
    const char* value = child.value();
    if (value < bytes_->data() || value >= bytes_->data() + bytes_->size()) return;
    origins_.push_back({TextOrigin::Kind::Text, from, to,
                        static_cast<std::size_t>(value - bytes_->data()), 0, to - from});
  }

  void append_text(const pugi::xml_node& paragraph, FieldState& fields, std::string& text) {
    for (Step step = next_node({paragraph, Tag::Paragraph}, paragraph, true);
         !NodeIdentity::is_null(step.node);) {
      bool descend = true;
      const pugi::xml_node& node = step.node;
      switch (step.tag) {
        case Tag::Text:
          if (fields.visible()) {
            const std::size_t from = text.size();
            text += node.child_value();
            if (map_ != nullptr && !fields.inside()) note_text(node, from, text.size());
            count_run(node.parent(), text, from);
          }
          descend = false;
          break;
        case Tag::Tab:
          if (fields.visible()) text += '\t';
          break;
        case Tag::Break: {
          const std::string_view type = node.attribute("w:type").value();
          if (fields.visible() && type != "page" && type != "column") text += '\n';
          break;
        }
        case Tag::CarriageReturn:
          if (fields.visible()) text += '\n';
          break;
        case Tag::NoBreakHyphen:
          // LibreOffice keeps these as its own hard and soft hyphen characters.
          if (fields.visible()) append_code_point(text, 0x2011);
          break;
        case Tag::SoftHyphen:
          if (fields.visible()) append_code_point(text, 0x00AD);
          break;
        case Tag::Symbol:
          if (fields.visible()) {
            append_code_point(text, static_cast<char32_t>(std::strtoul(
                                        node.attribute("w:char").value(), nullptr, 16)));
          }
          break;
        case Tag::FieldChar:
          fields.on_field_char(node);
          break;
        case Tag::TextBox:
          boxes_.push_back(node);
          descend = false;
          break;
        case Tag::Paragraph:  // only inside a text box, which is read on its own
        case Tag::Properties:
        case Tag::Skip:
          descend = false;
          break;
        default:
          break;
      }
      step = next_node(step, paragraph, descend);
    }
  }

  OoxmlStyles& styles_;
  OoxmlNumbering& numbering_;
  Document& document_;
  std::vector<Container> containers_;
  std::vector<pugi::xml_node> boxes_;
  std::string text_;
  const std::string* bytes_ = nullptr;
  SourceMap* map_ = nullptr;
  std::vector<TextOrigin> origins_;  // of the paragraph being read
  CharacterMajority majority_;
  const CharacterLayer* base_look_ = nullptr;  // the paragraph style's characters
  bool read_look_ = true;
  pugi::xml_node last_run_;  // the run run_look_ is the look of
  CharacterLayer run_look_;
};

std::string directory_of(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// A relationship target as a zip entry name: absolute targets start at the package root,
// relative ones at the folder of the part that holds the relationship ("../" climbs out of it).
std::string resolve_target(const std::string& base_directory, const std::string& target) {
  const std::string joined =
      !target.empty() && target[0] == '/' ? target.substr(1) : base_directory + target;
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const std::size_t slash = std::min(joined.find('/', start), joined.size());
    const std::string segment = joined.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string name;
  for (const std::string& segment : segments) name += (name.empty() ? "" : "/") + segment;
  return name;
}

// A part's relationships (its _rels/….rels), read once and asked by type or by id.
class Relationships {
 public:
  /// Reads `rels_name` (a missing one has no relationships); targets are resolved against
  /// `base_directory`, the folder of the part that holds them.
  std::optional<ReadError> read(const ZipArchive& archive, const ReadLimits& limits,
                                const std::string& rels_name, const std::string& base_directory) {
    base_directory_ = base_directory;
    if (!archive.contains(rels_name)) return std::nullopt;
    part_.name = rels_name;
    return read_xml_part(archive, limits, part_);
  }

  /// The target of the first relationship whose type ends with `/type_suffix`, or "".
  std::string target_of_type(std::string_view type_suffix) const {
    for (const pugi::xml_node& relationship : all()) {
      const std::string_view type = relationship.attribute("Type").value();
      if (type.size() > type_suffix.size() &&
          type.compare(type.size() - type_suffix.size(), type_suffix.size(), type_suffix) == 0 &&
          type[type.size() - type_suffix.size() - 1] == '/') {
        return resolve_target(base_directory_, relationship.attribute("Target").value());
      }
    }
    return "";
  }

  /// The target of the relationship with Id `id`, or "".
  std::string target_of_id(std::string_view id) const {
    for (const pugi::xml_node& relationship : all()) {
      if (id == relationship.attribute("Id").value()) {
        return resolve_target(base_directory_, relationship.attribute("Target").value());
      }
    }
    return "";
  }

 private:
  pugi::xml_object_range<pugi::xml_named_node_iterator> all() const {
    return part_.doc.document_element().children("Relationship");
  }

  XmlPart part_;
  std::string base_directory_;
};

// Reads an optional part into `part`; a missing part leaves it empty.
std::optional<ReadError> read_optional(const ZipArchive& archive, const ReadLimits& limits,
                                       const std::string& name, XmlPart& part) {
  part.name = name;
  if (name.empty() || !archive.contains(name)) return std::nullopt;
  return read_xml_part(archive, limits, part);
}

// The element's name without its namespace prefix.
std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The custom properties of docProps/custom.xml: <property name="…"><vt:lpwstr>text</vt:lpwstr>
// (or another value type, read as its text).
void read_custom_properties(const pugi::xml_node& root, Document& document) {
  for (pugi::xml_node property = root.first_child(); property; property = property.next_sibling()) {
    if (local_name(property) != "property") continue;
    const std::string name = property.attribute("name").value();
    if (!name.empty()) document.properties[name] = property.first_child().text().get();
  }
}

// Lends the main part the buffer of the last document read on this thread while it is read: the
// CLI reads many files one after another, and a buffer as large as the part is read into without
// first being filled with zeros (ZipArchive::read). A buffer grown past kKeptBuffer is not kept.
class MainPartBuffer {
 public:
  explicit MainPartBuffer(std::string& text) : text_(text) { text_.swap(kept()); }
  ~MainPartBuffer() {
    if (text_.capacity() <= kKeptBuffer) text_.swap(kept());
  }
  MainPartBuffer(const MainPartBuffer&) = delete;
  MainPartBuffer& operator=(const MainPartBuffer&) = delete;

 private:
  static constexpr std::size_t kKeptBuffer = 16u << 20;

  static std::string& kept() {
    thread_local std::string buffer;
    return buffer;
  }

  std::string& text_;
};

}  // namespace

std::optional<ReadError> read_ooxml_package(const ZipArchive& archive, const ReadLimits& limits,
                                            Document& document, SourceMap* map) {
  Relationships package;
  if (auto error = package.read(archive, limits, "_rels/.rels", "")) return error;
  std::string main_name = package.target_of_type("officeDocument");
  const std::string custom_name = package.target_of_type("custom-properties");
  if (main_name.empty() || !archive.contains(main_name)) main_name = "word/document.xml";
  if (!archive.contains(main_name)) {
    return ReadError{"missing word/document.xml (not a Word document)",
                     LoadProblem::MissingMainPart,
                     {main_name, "Word"}};
  }

  const std::string directory = directory_of(main_name);
  const std::string rels_name = directory + "_rels/" + main_name.substr(directory.size()) + ".rels";
  Relationships related;
  if (auto error = related.read(archive, limits, rels_name, directory)) return error;
  std::string styles_name = related.target_of_type("styles");
  std::string numbering_name = related.target_of_type("numbering");
  if (styles_name.empty()) styles_name = directory + "styles.xml";
  if (numbering_name.empty()) numbering_name = directory + "numbering.xml";

  XmlPart main;
  main.name = main_name;
  const MainPartBuffer buffer(main.text);
  if (auto error = read_xml_part(archive, limits, main)) return error;
  const pugi::xml_node root = main.doc.document_element();
  if (std::strcmp(root.name(), "w:document") != 0) {
    return ReadError{main_name + ": not a Word document (its root is <" + root.name() + ">)",
                     LoadProblem::NotWordDocument,
                     {main_name, root.name()}};
  }
  XmlPart styles_part;
  if (auto error = read_optional(archive, limits, styles_name, styles_part)) return error;
  XmlPart numbering_part;
  if (auto error = read_optional(archive, limits, numbering_name, numbering_part)) return error;

  XmlPart custom_part;
  if (auto error = read_optional(archive, limits, custom_name, custom_part)) return error;
  read_custom_properties(custom_part.doc.document_element(), document);

  // The parts the format and the page need besides, read when first asked for; a part that
  // cannot be read costs what it would have told (a theme font, a page number), not the document.
  std::list<XmlPart> parts;
  const auto root_of = [&](const std::string& name) {
    XmlPart& part = parts.emplace_back();
    if (read_optional(archive, limits, name, part)) part.doc.reset();
    return part.doc.document_element();
  };
  pugi::xml_node settings;
  bool settings_read = false;
  const auto settings_root = [&] {
    if (!settings_read) {
      settings_read = true;
      settings = root_of(related.target_of_type("settings"));
    }
    return settings;
  };

  OoxmlStyles styles;
  styles.load(styles_part.doc.document_element());
  styles.set_theme_source([&](std::string_view language) {
    const std::string theme_language =
        !language.empty()
            ? std::string(language)
            : settings_root().child("w:themeFontLang").attribute("w:eastAsia").value();
    return parse_theme_fonts(root_of(related.target_of_type("theme")), theme_language);
  });
  OoxmlNumbering numbering;
  numbering.load(numbering_part.doc.document_element(), styles);
  const pugi::xml_node body = root.child("w:body");
  BodyReader reader(styles, numbering, limits.read_look, document);
  if (map != nullptr) {
    map->part = main_name;
    reader.record(main.text, map);
  }
  reader.read(body);
  if (!limits.read_look) return std::nullopt;
  document.page = read_ooxml_page(
      body, styles, [&](std::string_view id) { return root_of(related.target_of_id(id)); },
      settings_root);
  return std::nullopt;
}

}  // namespace chengbao
