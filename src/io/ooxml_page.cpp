// The page of a .docx body: its last section's size, margins, grid and page-number footers.
#include "ooxml_page.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "format_units.hpp"
#include "utf8.hpp"
#include "xml_part.hpp"

namespace chengbao {

namespace {

constexpr double kPointsPerTwip = 1.0 / 20;
// More grid lines or characters than this is no page.
constexpr double kMaxGrid = 1000;
// How far under a whole number of grid cells a rounded length may fall and still count as that.
constexpr double kGridSlack = 0.05;
// Only a field instruction's first word is read.
constexpr std::size_t kMaxInstruction = 64;

double twips_in(const pugi::xml_node& element, const char* name, LengthUnit unit) {
  const std::optional<double> value =
      parse_length(element.attribute(name).value(), unit, kPointsPerTwip);
  // A negative top or bottom margin is a margin the header or footer may not push.
  return value ? std::fabs(*value) : 0;
}

bool is(const pugi::xml_node& node, const char* name) {
  return std::strcmp(node.name(), name) == 0;
}

// Whether a field instruction (" PAGE  \* MERGEFORMAT ") is the page number.
bool is_page_field(std::string_view instruction) {
  while (!instruction.empty() && instruction.front() == ' ') instruction.remove_prefix(1);
  const std::size_t end = std::min(instruction.find_first_of(" \\"), instruction.size());
  const std::string_view word = instruction.substr(0, end);
  if (word.size() != 4) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if ((word[i] & ~0x20) != "PAGE"[i]) return false;
  }
  return true;
}

// Of an mc:AlternateContent only the first mc:Choice shows, as in the body.
bool hidden_branch(const pugi::xml_node& node) {
  if (is(node, "mc:Fallback")) return static_cast<bool>(node.parent().child("mc:Choice"));
  return is(node, "mc:Choice") && node.parent().child("mc:Choice") != node;
}

// A footer paragraph's text with the PAGE field as "#"; complex fields (w:fldChar) show their
// result, except the page number's, which is the "#".
class FooterParagraph {
 public:
  /// Reads `paragraph`; whether it has a page number.
  bool read(const pugi::xml_node& paragraph) {
    for (pugi::xml_node node = next_in_document(paragraph, paragraph, true); node;) {
      node = next_in_document(node, paragraph, visit(node));
    }
    return has_page_number_;
  }

  std::string& text() { return text_; }

 private:
  struct Field {
    bool in_code = true;
    bool page = false;
    std::string instruction;
  };

  void page_number() {
    if (hidden_ == 0) {
      text_ += '#';
      has_page_number_ = true;
    }
  }

  // Acts on one node; whether the walk goes into it.
  bool visit(const pugi::xml_node& node) {
    if (node.type() != pugi::node_element) return false;
    if (hidden_branch(node) || is(node, "w:pPr") || is(node, "w:rPr") || is(node, "w:del") ||
        is(node, "w:delText") || is(node, "w:txbxContent") || is(node, "w:p")) {
      return false;  // a paragraph in a text box is a paragraph of its own
    }
    if (is(node, "w:t")) {
      if (hidden_ == 0) text_ += node.child_value();
      return false;
    }
    if (is(node, "w:tab") || is(node, "w:ptab")) {
      if (hidden_ == 0) text_ += '\t';
    } else if (is(node, "w:instrText")) {
      if (!fields_.empty() && fields_.back().in_code) {
        std::string& instruction = fields_.back().instruction;
        const std::string_view code = node.child_value();
        instruction.append(code.substr(0, kMaxInstruction - instruction.size()));
      }
      return false;
    } else if (is(node, "w:fldSimple")) {
      if (!is_page_field(node.attribute("w:instr").value())) return true;
      page_number();
      return false;
    } else if (is(node, "w:fldChar")) {
      field_char(node.attribute("w:fldCharType").value());
    }
    return true;
  }

  void field_char(std::string_view type) {
    if (type == "begin") {
      fields_.emplace_back();
      ++hidden_;
    } else if (type == "separate" && !fields_.empty() && fields_.back().in_code) {
      Field& field = fields_.back();
      field.in_code = false;
      --hidden_;
      if (is_page_field(field.instruction)) {
        page_number();
        field.page = true;  // its result is the number the "#" stands for
        ++hidden_;
      }
    } else if (type == "end" && !fields_.empty()) {
      const Field field = std::move(fields_.back());
      fields_.pop_back();
      if (field.in_code || field.page) --hidden_;
      // A page field without a result still shows the number.
      if (field.in_code && is_page_field(field.instruction)) page_number();
    }
  }

  std::string text_;
  std::vector<Field> fields_;
  int hidden_ = 0;  // open fields whose code, or page-number result, is being read
  bool has_page_number_ = false;
};

// A footer's page number: its text, and where it stands on odd and on even pages.
struct FooterNumber {
  std::string text;
  char odd = 0;
  char even = 0;
};

char alignment_of(std::string_view jc) {
  if (jc == "center") return 'c';
  if (jc == "right" || jc == "end") return 'r';
  return 'l';
}

FooterNumber footer_number(const pugi::xml_node& footer, OoxmlStyles& styles) {
  FooterNumber number;
  for (pugi::xml_node node = next_in_document(footer, footer, true); node;) {
    if (node.type() == pugi::node_element && is(node, "w:p")) {
      FooterParagraph paragraph;
      if (paragraph.read(node)) {
        number.text = std::move(paragraph.text());
        const pugi::xml_node properties = node.child("w:pPr");
        const pugi::xml_node jc = properties.child("w:jc");
        if (jc) {
          number.odd = alignment_of(jc.attribute("w:val").value());
        } else {
          const OoxmlStyleInfo& style =
              styles.paragraph(properties.child("w:pStyle").attribute("w:val").value());
          number.odd = style.centered ? 'c' : style.right_aligned ? 'r' : 'l';
        }
        number.even = number.odd;
        // In a text box the shape's position (often "outside") places the number, not the
        // paragraph inside it: where it stands is not known here.
        for (pugi::xml_node up = node.parent(); up && up != footer; up = up.parent()) {
          if (is(up, "w:txbxContent")) {
            number.odd = number.even = 0;
            return number;
          }
        }
        // A page number in a frame stands where the frame does ("outside": right on odd pages,
        // left on even ones).
        const std::string_view frame = properties.child("w:framePr").attribute("w:xAlign").value();
        if (frame == "left" || frame == "right" || frame == "center") {
          number.odd = number.even = alignment_of(frame);
        } else if (frame == "outside" || frame == "inside") {
          number.odd = frame == "outside" ? 'r' : 'l';
          number.even = frame == "outside" ? 'l' : 'r';
        }
        return number;
      }
    }
    const bool descend = node.type() == pugi::node_element && !hidden_branch(node) &&
                         !is(node, "w:del") && !is(node, "w:pPr") && !is(node, "w:rPr");
    node = next_in_document(node, footer, descend);
  }
  return number;
}

void read_grid(const pugi::xml_node& section, OoxmlStyles& styles, PageFormat& page) {
  const pugi::xml_node grid = section.child("w:docGrid");
  const std::string_view type = grid.attribute("w:type").value();
  const bool chars = type == "linesAndChars" || type == "snapToChars";
  if (type != "lines" && !chars) return;
  const std::optional<double> pitch =
      parse_length(grid.attribute("w:linePitch").value(), LengthUnit::Point, kPointsPerTwip);
  if (!pitch || *pitch <= 0) return;
  page.grid_line_pitch = *pitch;
  const double text_height = (page.height - page.margin_top - page.margin_bottom) * 72 / 25.4;
  // A little over the quotient: 22 lines in 12756 twips make a pitch of 579.8 twips, which a
  // file may round either way. Writer's side of the reader allows the same.
  if (text_height > 0) {
    page.grid_lines =
        static_cast<int>(std::min(std::floor(text_height / *pitch + kGridSlack), kMaxGrid));
  }
  if (!chars) return;
  // w:charSpace is 4096ths of a point added to the default paragraph style's character size.
  // LibreOffice writes a negative one as its unsigned 32-bit pattern.
  std::optional<long long> space =
      parse_integer(grid.attribute("w:charSpace").value(), -(1LL << 32), 1LL << 32);
  if (space && *space > 0x7FFFFFFFLL) *space -= 1LL << 32;
  const std::optional<double> size = styles.paragraph("").characters.size;
  const double cell = size.value_or(0) + static_cast<double>(space.value_or(0)) / 4096;
  const double text_width = (page.width - page.margin_left - page.margin_right) * 72 / 25.4;
  if (cell > 0 && text_width > 0) {
    page.grid_chars =
        static_cast<int>(std::min(std::floor(text_width / cell + kGridSlack), kMaxGrid));
  }
}

}  // namespace

std::optional<PageFormat> read_ooxml_page(const pugi::xml_node& body, OoxmlStyles& styles,
                                          const OoxmlRelatedPart& related,
                                          const std::function<pugi::xml_node()>& settings) {
  // The body's own w:sectPr is its last child: look there before walking the body.
  pugi::xml_node section = body.last_child();
  if (!is(section, "w:sectPr")) section = body.child("w:sectPr");
  if (!section) return std::nullopt;

  PageFormat page;
  const pugi::xml_node size = section.child("w:pgSz");
  page.width = twips_in(size, "w:w", LengthUnit::Millimetre);
  page.height = twips_in(size, "w:h", LengthUnit::Millimetre);
  const pugi::xml_node margins = section.child("w:pgMar");
  page.margin_top = twips_in(margins, "w:top", LengthUnit::Millimetre);
  page.margin_bottom = twips_in(margins, "w:bottom", LengthUnit::Millimetre);
  page.margin_left = twips_in(margins, "w:left", LengthUnit::Millimetre);
  page.margin_right = twips_in(margins, "w:right", LengthUnit::Millimetre);
  read_grid(section, styles, page);

  // The first reference of each type counts; each part is asked for once, however many
  // references a hostile file repeats.
  pugi::xml_node odd_footer;
  pugi::xml_node even_footer;
  bool odd_asked = false;
  bool even_asked = false;
  for (const pugi::xml_node& reference : section.children("w:footerReference")) {
    const std::string_view type = reference.attribute("w:type").value();
    const bool even = type == "even";
    if (!even && !type.empty() && type != "default") continue;
    bool& asked = even ? even_asked : odd_asked;
    if (asked) continue;
    asked = true;
    (even ? even_footer : odd_footer) = related(reference.attribute("r:id").value());
  }
  if (!odd_footer && !even_footer) return page;
  const FooterNumber odd = footer_number(odd_footer, styles);
  // Even pages have footers of their own only with w:evenAndOddHeaders in the settings. The
  // settings are read only for a section with an even footer: Word and LibreOffice write one
  // whenever the setting is on, and reading a part costs as much as a small document's body.
  bool separate_even = false;
  if (even_asked) {
    const pugi::xml_node setting = settings().child("w:evenAndOddHeaders");
    const std::string_view value = setting.attribute("w:val").value();
    separate_even = setting && value != "0" && value != "false" && value != "off";
  }
  const FooterNumber even = separate_even ? footer_number(even_footer, styles) : odd;
  page.page_number_text = encode_utf8(decode_utf8(odd.odd != 0 ? odd.text : even.text));
  page.page_number_align_odd = odd.odd;
  page.page_number_align_even = even.even;
  return page;
}

}  // namespace chengbao
