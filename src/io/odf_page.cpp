// The page an ODF document's body starts on: its master page's layout, grid, header and footer.
#include "odf_page.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>

#include "format_units.hpp"
#include "utf8.hpp"
#include "xml_part.hpp"

namespace chengbao {

namespace {

constexpr double kPointsPerMillimetre = 72 / 25.4;
// More grid lines or characters than this is no page.
constexpr long long kMaxGrid = 1000;
// How far under a whole number of grid cells a rounded length may fall and still count as that.
constexpr double kGridSlack = 0.05;
// The paragraphs of a header or footer searched for a page number.
constexpr int kMaxRegionParagraphs = 32;

pugi::xml_node child_named(const pugi::xml_node& parent, const char* element,
                           std::string_view name) {
  for (const pugi::xml_node& child : parent.children(element)) {
    if (name == child.attribute("style:name").value()) return child;
  }
  return pugi::xml_node();
}

double millimetres(const pugi::xml_node& properties, const char* name, const char* fallback) {
  pugi::xml_attribute attribute = properties.attribute(name);
  if (!attribute && fallback != nullptr) attribute = properties.attribute(fallback);
  return parse_length(attribute.value(), LengthUnit::Millimetre).value_or(0);
}

// A header or footer the master page shows (style:display="false" hides it).
pugi::xml_node shown(const pugi::xml_node& master, const char* element) {
  const pugi::xml_node region = master.child(element);
  return region && std::strcmp(region.attribute("style:display").value(), "false") != 0
             ? region
             : pugi::xml_node();
}

// How far a header or footer reaches into the margin, in mm. LibreOffice's height (svg:height,
// or fo:min-height when it grows) includes the spacing to the text (`spacing`): a .docx with a
// 35 mm bottom margin and its footer 23 mm from the edge becomes fo:margin-bottom 23 mm and a
// footer 12 mm high with 11 mm spacing, and is written back as 35 mm.
double region_extent(const pugi::xml_node& region_style, const char* spacing) {
  const pugi::xml_node properties = region_style.child("style:header-footer-properties");
  const double height = std::max(millimetres(properties, "svg:height", "fo:min-height"), 0.0);
  return std::max(height, millimetres(properties, spacing, nullptr));
}

void read_grid(const pugi::xml_node& properties, const OdfPageStyles& sources, PageFormat& page) {
  const std::string_view mode = properties.attribute("style:layout-grid-mode").value();
  if (mode != "line" && mode != "both") return;
  const auto points = [&](const char* name) {
    return parse_length(properties.attribute(name).value(), LengthUnit::Point).value_or(0);
  };
  const double base_height = points("style:layout-grid-base-height");
  const double ruby_height = points("style:layout-grid-ruby-height");
  page.grid_lines = static_cast<int>(
      parse_integer(properties.attribute("style:layout-grid-lines").value(), 0, kMaxGrid)
          .value_or(0));
  if (base_height > 0 && ruby_height >= 0) page.grid_line_pitch = base_height + ruby_height;
  if (mode != "both") return;
  if (const std::optional<long long> chars = parse_integer(
          properties.attribute("style:layout-grid-chars-per-line").value(), 0, kMaxGrid)) {
    page.grid_chars = static_cast<int>(*chars);
    return;
  }
  // LibreOffice draws a character cell as wide as the base width in "standard" (Word-like) mode
  // and as the base height in its own "squared" mode, the ODF default.
  const bool standard = std::strcmp(sources.styles.child("style:default-page-layout")
                                        .child("style:page-layout-properties")
                                        .attribute("style:layout-grid-standard-mode")
                                        .value(),
                                    "true") == 0;
  const double base_width = points("style:layout-grid-base-width");
  const double cell = standard && base_width > 0 ? base_width : base_height;
  const double text_width =
      (page.width - page.margin_left - page.margin_right) * kPointsPerMillimetre;
  if (cell > 0 && text_width > 0) {
    // A little over the quotient: lengths are written rounded (0.2193in), so 28 cells may come
    // out as 27.99. Writer's side of the reader allows the same.
    page.grid_chars = static_cast<int>(std::min<double>(std::floor(text_width / cell + kGridSlack),
                                                        static_cast<double>(kMaxGrid)));
  }
}

// The first paragraph of a header or footer with a page number: its text and alignment.
struct PageNumber {
  std::string text;
  char align = 0;
};

PageNumber page_number(const pugi::xml_node& region, const OdfStyles& styles,
                       const OdfPageText& page_text) {
  PageNumber found;
  // Paragraphs inside paragraphs (in a frame anchored there) are visited too: LibreOffice puts a
  // Word page number in a frame into one. Each paragraph's text is walked again for each paragraph
  // around it, so only the first few are read: a footer is a line or two.
  int paragraphs = 0;
  for (pugi::xml_node node = next_in_document(region, region, true);
       node && paragraphs < kMaxRegionParagraphs; node = next_in_document(node, region, true)) {
    if (std::strcmp(node.name(), "text:p") == 0 || std::strcmp(node.name(), "text:h") == 0) {
      ++paragraphs;
      bool has_page_number = false;
      std::string text = page_text(node, has_page_number);
      if (has_page_number) {
        found.text = std::move(text);
        found.align = styles.page_paragraph_alignment(node.attribute("text:style-name").value());
        return found;
      }
    }
  }
  return found;
}

}  // namespace

std::optional<PageFormat> read_odf_page(const OdfPageStyles& sources,
                                        const std::string& master_name, const OdfStyles& styles,
                                        const OdfPageText& page_text) {
  pugi::xml_node master;
  if (!master_name.empty())
    master = child_named(sources.master_styles, "style:master-page", master_name);
  if (!master) master = child_named(sources.master_styles, "style:master-page", "Standard");
  if (!master) master = sources.master_styles.child("style:master-page");
  const pugi::xml_node layout = child_named(sources.layouts, "style:page-layout",
                                            master.attribute("style:page-layout-name").value());
  if (!master || !layout) return std::nullopt;

  PageFormat page;
  const pugi::xml_node properties = layout.child("style:page-layout-properties");
  page.width = millimetres(properties, "fo:page-width", nullptr);
  page.height = millimetres(properties, "fo:page-height", nullptr);
  page.margin_top = millimetres(properties, "fo:margin-top", "fo:margin");
  page.margin_bottom = millimetres(properties, "fo:margin-bottom", "fo:margin");
  page.margin_left = millimetres(properties, "fo:margin-left", "fo:margin");
  page.margin_right = millimetres(properties, "fo:margin-right", "fo:margin");
  read_grid(properties, sources, page);

  if (shown(master, "style:header")) {
    page.margin_top += region_extent(layout.child("style:header-style"), "fo:margin-bottom");
  }
  const pugi::xml_node footer = shown(master, "style:footer");
  if (!footer) return page;
  page.margin_bottom += region_extent(layout.child("style:footer-style"), "fo:margin-top");
  const PageNumber odd = page_number(footer, styles, page_text);
  const pugi::xml_node left = shown(master, "style:footer-left");
  const PageNumber even = left ? page_number(left, styles, page_text) : odd;
  page.page_number_text = encode_utf8(decode_utf8(odd.align != 0 ? odd.text : even.text));
  page.page_number_align_odd = odd.align;
  page.page_number_align_even = even.align;
  return page;
}

}  // namespace chengbao
