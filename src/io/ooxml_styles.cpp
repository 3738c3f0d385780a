// The paragraph styles of a .docx (word/styles.xml): names, outline levels, alignment, numbering.
#include "ooxml_styles.hpp"

#include <string_view>

namespace chengbao {

namespace {

// A w:basedOn chain longer than this is a loop in a hostile file, not a real hierarchy.
constexpr int kMaxStyleChain = 64;

}  // namespace

OoxmlNumberingRef parse_numbering_ref(const pugi::xml_node& num_pr) {
  OoxmlNumberingRef ref;
  const pugi::xml_attribute num_id = num_pr.child("w:numId").attribute("w:val");
  const pugi::xml_attribute level = num_pr.child("w:ilvl").attribute("w:val");
  if (num_id) {
    ref.has_num_id = true;
    ref.num_id = num_id.as_int();
  }
  if (level) {
    ref.has_level = true;
    ref.level = level.as_int();
  }
  return ref;
}

int parse_outline_level(const pugi::xml_node& outline_lvl) {
  const int value = outline_lvl.attribute("w:val").as_int(9);
  return value >= 0 && value <= 8 ? value + 1 : 0;
}

void parse_alignment(const pugi::xml_node& jc, bool& centered, bool& right_aligned) {
  const std::string_view value = jc.attribute("w:val").value();
  centered = value == "center";
  right_aligned = value == "right" || value == "end";
}

void OoxmlStyles::load(const pugi::xml_node& styles) {
  for (const pugi::xml_node& style : styles.children("w:style")) {
    const std::string type = style.attribute("w:type").value();
    if (type != "paragraph" && type != "numbering") continue;
    const std::string id = style.attribute("w:styleId").value();
    styles_.emplace(id, style);
    if (type == "paragraph" && style.attribute("w:default").as_bool() && default_id_.empty()) {
      default_id_ = id;
    }
  }
  if (default_id_.empty() && styles_.count("Normal") != 0) default_id_ = "Normal";
  default_paragraph_properties_ =
      styles.child("w:docDefaults").child("w:pPrDefault").child("w:pPr");
}

const OoxmlStyleInfo& OoxmlStyles::paragraph(const std::string& requested) {
  const std::string& id = styles_.count(requested) != 0 ? requested : default_id_;
  const auto cached = resolved_.find(id);
  if (cached != resolved_.end()) return cached->second;

  OoxmlStyleInfo info;
  // The outline level comes from w:outlineLvl alone: LibreOffice reads a "heading 4" style
  // without one as body text, like any other style.
  bool has_outline = false;
  bool has_alignment = false;
  bool has_numbering = false;
  const auto found = styles_.find(id);
  if (found != styles_.end()) {
    const pugi::xml_attribute name = found->second.child("w:name").attribute("w:val");
    info.name = name ? name.value() : id;
  }
  pugi::xml_node style = found != styles_.end() ? found->second : pugi::xml_node();
  for (int step = 0; style && step < kMaxStyleChain; ++step) {
    const pugi::xml_node properties = style.child("w:pPr");
    if (!has_outline && properties.child("w:outlineLvl")) {
      has_outline = true;
      info.outline_level = parse_outline_level(properties.child("w:outlineLvl"));
    }
    if (!has_alignment && properties.child("w:jc")) {
      has_alignment = true;
      parse_alignment(properties.child("w:jc"), info.centered, info.right_aligned);
    }
    if (!has_numbering && properties.child("w:numPr")) {
      has_numbering = true;
      info.numbering = parse_numbering_ref(properties.child("w:numPr"));
    }
    const auto parent = styles_.find(style.child("w:basedOn").attribute("w:val").value());
    style = parent != styles_.end() ? parent->second : pugi::xml_node();
  }
  if (!has_alignment && default_paragraph_properties_.child("w:jc")) {
    parse_alignment(default_paragraph_properties_.child("w:jc"), info.centered, info.right_aligned);
  }
  return resolved_.emplace(id, std::move(info)).first->second;
}

int OoxmlStyles::numbering_style_num_id(const std::string& style_id) const {
  const auto found = styles_.find(style_id);
  if (found == styles_.end()) return 0;
  return found->second.child("w:pPr").child("w:numPr").child("w:numId").attribute("w:val").as_int();
}

}  // namespace chengbao
