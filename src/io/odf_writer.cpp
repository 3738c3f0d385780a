// Writes a report skeleton as an OpenDocument text (.fodt flat XML or .odt zip) without an office.
#include "odf_writer.hpp"
#include "xml_escape.hpp"
#include "zip_failure.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <utility>
#include <vector>

#include <zip.h>

namespace chengbao {
namespace {

constexpr const char* kNamespaces =
    R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
    R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
    R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
    R"( xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")"
    R"( xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")"
    R"( xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0")"
    R"( xmlns:dc="http://purl.org/dc/elements/1.1/")"
    R"( xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0")"
    R"( office:version="1.3")";

/// Paragraph text as ODF inline content: tabs and line breaks become their elements.
std::string inline_text(const std::string& text) {
  std::string out;
  std::string run;
  for (const char c : text) {
    if (c == '\t' || c == '\n') {
      out += xml_escape(run);
      run.clear();
      out += c == '\t' ? "<text:tab/>" : "<text:line-break/>";
    } else {
      run += c;
    }
  }
  return out + xml_escape(run);
}

// The 版式 the report is written in: the template's, with Traditional typefaces for a
// Traditional report made from a mainland template.
LayoutSpec layout_of(const ReportTemplate& report_template, const OdfWriteOptions& options) {
  return report_layout(report_template.layout, options.traditional_region.has_value());
}

// A 黑体 list ends in the sans Noto stand-in (office_east_asian_fonts): declared as sans.
bool ends_sans(const std::string& list) { return list.find("Sans CJK") != std::string::npos; }

std::string font_face(const std::string& name, bool sans) {
  return "<style:font-face style:name=\"" + xml_escape(name) + "\" svg:font-family=\"'" +
         xml_escape(name) + "'\" style:font-family-generic=\"" + (sans ? "swiss" : "roman") +
         "\" style:font-pitch=\"variable\"/>";
}

std::string font_faces(const LayoutSpec& layout) {
  std::vector<std::string> seen;
  std::string out;
  for (const auto& [element, style] : layout.elements) {
    for (const std::string& name : {office_east_asian_fonts(style), office_western_fonts(style)}) {
      if (name.empty() || std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
      seen.push_back(name);
      out += font_face(name, ends_sans(name));
    }
  }
  return out.empty() ? "<office:font-face-decls/>"
                     : "<office:font-face-decls>" + out + "</office:font-face-decls>";
}

std::string points(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2fpt", value);
  return text;
}

/// Character properties of an element: East Asian and Western typefaces, size and weight.
std::string text_props(const ElementStyle& style, const std::string& extra = "") {
  std::string out = "<style:text-properties";
  const std::string asian = office_east_asian_fonts(style);
  const std::string western = style.western_fonts.empty() ? asian : office_western_fonts(style);
  if (!western.empty()) out += " style:font-name=\"" + xml_escape(western) + "\"";
  if (!asian.empty()) out += " style:font-name-asian=\"" + xml_escape(asian) + "\"";
  if (style.size) {
    out += " fo:font-size=\"" + points(*style.size) + "\" style:font-size-asian=\"" +
           points(*style.size) + "\"";
  }
  if (style.bold) {
    const char* weight = *style.bold ? "bold" : "normal";
    out += std::string(" fo:font-weight=\"") + weight + "\" style:font-weight-asian=\"" + weight +
           "\"";
  }
  return out + extra + "/>";
}

/// Paragraph properties of an element: alignment, first-line indent, spacing.
std::string paragraph_props(const ElementStyle& style, double body_size,
                            const std::string& extra = "") {
  std::string out = "<style:paragraph-properties";
  if (style.align) {
    const char* align = *style.align == Alignment::Center    ? "center"
                        : *style.align == Alignment::Right   ? "end"
                        : *style.align == Alignment::Justify ? "justify"
                                                             : "start";
    out += std::string(" fo:text-align=\"") + align + "\"";
  }
  if (style.indent)
    out += " fo:text-indent=\"" + points(*style.indent * style.size.value_or(body_size)) + "\"";
  if (style.space_before) out += " fo:margin-top=\"" + points(*style.space_before) + "\"";
  if (style.space_after) out += " fo:margin-bottom=\"" + points(*style.space_after) + "\"";
  return out + extra + "/>";
}

std::string counter_format(const LevelNumbering& level) {
  return level.format == CounterFormat::Chinese ? "一, 二, 三, ..." : "1";
}

std::string outline_style(const ReportTemplate& report_template) {
  std::string out = "<text:outline-style style:name=\"Outline\">";
  for (const LevelNumbering& level : report_template.numbering) {
    const std::string n = std::to_string(level.level);
    out += "<text:outline-level-style text:level=\"" + n + "\" loext:num-list-format=\"" +
           xml_escape(office_list_format(report_template.numbering, level.level)) + "\"";
    if (level.with_parents) out += " text:display-levels=\"" + n + "\"";
    if (!level.prefix.empty()) out += " style:num-prefix=\"" + xml_escape(level.prefix) + "\"";
    if (!level.suffix.empty()) out += " style:num-suffix=\"" + xml_escape(level.suffix) + "\"";
    // Chinese labels run straight into the heading text: 一、基本情况, no tab.
    out += " style:num-format=\"" + counter_format(level) +
           "\"><style:list-level-properties "
           "text:list-level-position-and-space-mode=\"label-alignment\">"
           "<style:list-level-label-alignment text:label-followed-by=\"nothing\"/>"
           "</style:list-level-properties></text:outline-level-style>";
  }
  return out + "</text:outline-style>";
}

// The page of a template without one: A4 with 20 mm margins, no grid, no page number.
PageSpec office_page() {
  PageSpec page;
  page.margin_top = page.margin_bottom = page.margin_left = page.margin_right = 20;
  page.lines = page.chars = 0;
  page.page_number.clear();
  return page;
}

const ElementStyle& style_of(const LayoutSpec& layout, LayoutElement element) {
  static const ElementStyle kNone;
  const ElementStyle* style = layout.style(element);
  return style != nullptr ? *style : kNone;
}

std::string named_styles(const ReportTemplate& report_template, const LayoutSpec& layout,
                         const OdfWriteOptions& options) {
  const bool grid = layout.page && layout.page->chars > 0;
  const ElementStyle& body = style_of(layout, LayoutElement::Body);
  const double body_pt = body.size.value_or(12);
  std::string out = "<office:styles>";
  std::string extra;
  if (options.traditional_region) {
    extra += std::string(" style:language-asian=\"zh\" style:country-asian=\"") +
             region_code(*options.traditional_region) + "\"";
  }
  // The characters of a line come from the body text's letter spacing: a character grid would
  // give each character of this size two cells. GB/T 9704: 156 mm / 28 = 5.571 mm a character,
  // a 16 pt character is 5.644 mm wide.
  if (grid) {
    char spacing[32];
    // Rounded away from zero to 1/100 mm (the office's unit): -0.073 mm would leave 27.
    std::snprintf(
        spacing, sizeof spacing, "%.2fmm",
        std::floor((layout.page->text_width() / layout.page->chars - body_pt * 25.4 / 72) * 100) /
            100);
    extra += std::string(" fo:letter-spacing=\"") + spacing + "\"";
  }
  ElementStyle defaults = body;
  defaults.bold.reset();
  // On a line grid every page holds its lines: nothing is pushed over to keep lines together.
  const bool lines = layout.page && layout.page->lines > 0;
  out += std::string("<style:default-style style:family=\"paragraph\">") +
         (lines ? "<style:paragraph-properties fo:widows=\"0\" fo:orphans=\"0\"/>" : "") +
         text_props(defaults, extra) + "</style:default-style>";
  out +=
      "<style:style style:name=\"Standard\" style:family=\"paragraph\" "
      "style:class=\"text\"/>";
  ElementStyle body_paragraph = body;
  if (!body_paragraph.space_before) body_paragraph.space_before = 0;
  if (!body_paragraph.space_after) body_paragraph.space_after = 0;
  out +=
      "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" "
      "style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">" +
      paragraph_props(body_paragraph, body_pt) + "</style:style>";
  ElementStyle title = style_of(layout, LayoutElement::Title);
  if (!title.align) title.align = Alignment::Center;
  if (!title.size) title.size = 22;
  if (!title.space_after) title.space_after = body_pt;
  out +=
      "<style:style style:name=\"Title\" style:family=\"paragraph\" "
      "style:parent-style-name=\"Standard\" style:class=\"chapter\">" +
      paragraph_props(title, body_pt) + text_props(title) + "</style:style>";
  out +=
      "<style:style style:name=\"Heading\" style:family=\"paragraph\" "
      "style:parent-style-name=\"Standard\" style:class=\"text\">"
      "<style:paragraph-properties fo:keep-with-next=\"" +
      std::string(lines ? "auto" : "always") + "\"/></style:style>";
  for (int level = 1; level <= 4; ++level) {
    const std::string n = std::to_string(level);
    ElementStyle heading = style_of(layout, heading_element(level));
    if (!heading.indent) heading.indent = 0;
    out += "<style:style style:name=\"Heading_20_" + n + "\" style:display-name=\"Heading " + n +
           "\" style:family=\"paragraph\" style:parent-style-name=\"Heading\" "
           "style:next-style-name=\"Text_20_body\" style:default-outline-level=\"" +
           n + "\" style:class=\"text\">" + paragraph_props(heading, body_pt) +
           text_props(heading) + "</style:style>";
  }
  out += outline_style(report_template);
  return out + "</office:styles>";
}

std::string mm(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1fmm", value);
  return text;
}

// The page and its footer: the page number 「— # —」 outside (odd pages right, even pages left,
// one character in) or centred.
std::string page_layout(const LayoutSpec& layout) {
  const PageSpec page = layout.page.value_or(office_page());
  std::string out =
      "<style:page-layout style:name=\"pm1\"" +
      std::string(page.page_number.empty() || page.page_number_place == PageNumberPlace::Center
                      ? ""
                      : " style:page-usage=\"mirrored\"") +
      "><style:page-layout-properties fo:page-width=\"" + mm(page.width) + "\" fo:page-height=\"" +
      mm(page.height) + "\" style:print-orientation=\"portrait\" fo:margin-top=\"" +
      mm(page.margin_top) + "\" fo:margin-left=\"" + mm(page.margin_left) +
      "\" fo:margin-right=\"" + mm(page.margin_right) + "\"";
  // The footer stands in the bottom margin: the margin to the page edge is what is left of it.
  const double footer = page.page_number.empty() ? 0 : 7;
  const double footer_gap = page.page_number.empty() ? 0 : 7;
  out += " fo:margin-bottom=\"" + mm(page.margin_bottom - footer - footer_gap) + "\"";
  if (page.lines > 0) {
    // The text height in `lines` lines of the grid.
    out += " style:layout-grid-mode=\"line\" style:layout-grid-lines=\"" +
           std::to_string(page.lines) + "\" style:layout-grid-base-height=\"" +
           mm(page.text_height() / page.lines - 0.05) +
           "\" style:layout-grid-ruby-height=\"0mm\" style:layout-grid-display=\"false\" "
           "style:layout-grid-print=\"false\" style:layout-grid-color=\"#c0c0c0\"";
  }
  out += "/>";
  if (!page.page_number.empty()) {
    // The office's min-height holds the footer's line and its spacing from the text.
    out += "<style:footer-style><style:header-footer-properties fo:min-height=\"" +
           mm(footer + footer_gap) + "\" fo:margin-top=\"" + mm(footer_gap) +
           "\"/></style:footer-style>";
  }
  return out + "</style:page-layout>";
}

// The 版记's lines, in its own size (GB/T 9704 7.4: 四号): P_colophon, and P_colophon_spread for
// 印发机关 and 印发日期 on one line.
std::string colophon_styles(const LayoutSpec& layout) {
  ElementStyle colophon = style_of(layout, LayoutElement::Colophon);
  colophon.fonts.clear();
  colophon.western_fonts.clear();
  colophon.bold.reset();
  const std::string props = text_props(colophon);
  return "<style:style style:name=\"P_colophon\" style:family=\"paragraph\" "
         "style:parent-style-name=\"P_addressee\">" +
         props +
         "</style:style><style:style style:name=\"P_colophon_spread\" style:family=\"paragraph\" "
         "style:parent-style-name=\"P_spread\">" +
         props + "</style:style>";
}

// P_masthead: the red 发文机关标志; P_center: a 发文字号 alone; P_spread: a line with one part one
// character in from the left and one from the right (发文字号 and 签发人, 印发机关 and 印发日期).
std::string automatic_paragraph_styles(const LayoutSpec& layout) {
  const double character_mm = style_of(layout, LayoutElement::Body).size.value_or(12) * 25.4 / 72;
  const PageSpec page = layout.page.value_or(office_page());
  const double text_mm = page.text_width();
  char tab[32];
  std::snprintf(tab, sizeof tab, "%.1fmm", text_mm - 2 * character_mm);
  char inset[32];
  std::snprintf(inset, sizeof inset, "%.1fmm", character_mm);
  return std::string(
             "<style:style style:name=\"P_addressee\" style:family=\"paragraph\" "
             "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
             "fo:text-indent=\"0pt\"/></style:style>"
             "<style:style style:name=\"P_right\" style:family=\"paragraph\" "
             "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
             "fo:text-align=\"end\" fo:text-indent=\"0pt\"/></style:style>"
             "<style:style style:name=\"P_masthead\" style:family=\"paragraph\" "
             "style:parent-style-name=\"Title\"><style:paragraph-properties "
             "fo:margin-bottom=\"24pt\"/><style:text-properties fo:color=\"#e60012\" "
             "fo:font-size=\"26pt\" style:font-size-asian=\"26pt\"/></style:style>"
             "<style:style style:name=\"P_center\" style:family=\"paragraph\" "
             "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
             "fo:text-align=\"center\" fo:text-indent=\"0pt\" fo:margin-bottom=\"16pt\"/>"
             "</style:style>"
             "<style:style style:name=\"P_spread\" style:family=\"paragraph\" "
             "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
             "fo:text-indent=\"0pt\" fo:margin-left=\"") +
         inset + "\" fo:margin-right=\"" + inset +
         "\"><style:tab-stops><style:tab-stop style:position=\"" + tab +
         "\" style:type=\"right\"/></style:tab-stops></style:paragraph-properties></style:style>" +
         colophon_styles(layout);
}

// The footer's paragraph styles (odd pages, even pages) belong with the page, in styles.xml.
std::string footer_styles(const LayoutSpec& layout) {
  if (!layout.page || layout.page->page_number.empty()) return {};
  const PageSpec& page = *layout.page;
  ElementStyle number = page.page_number_style;
  if (!number.size) number.size = 14;
  // One character of the body in from the outer edge (GB/T 9704 7.5).
  const std::string inset = points(style_of(layout, LayoutElement::Body).size.value_or(12));
  const auto footer = [&](const char* name, const char* align, const char* side) {
    return std::string("<style:style style:name=\"") + name +
           "\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"" + align +
           "\" fo:text-indent=\"0pt\" fo:" + side + "=\"" + inset + "\"/>" + text_props(number) +
           "</style:style>";
  };
  if (page.page_number_place == PageNumberPlace::Center) {
    return footer("P_footer", "center", "margin-left") +
           footer("P_footer_left", "center", "margin-left");
  }
  if (page.page_number_place == PageNumberPlace::Right) {
    return footer("P_footer", "end", "margin-right") +
           footer("P_footer_left", "end", "margin-right");
  }
  return footer("P_footer", "end", "margin-right") +
         footer("P_footer_left", "start", "margin-left");
}

// The page number in its form: 「— # —」 with the field in place of #.
std::string page_number_paragraph(const std::string& form, const char* style) {
  const std::size_t hash = form.find('#');
  return std::string("<text:p text:style-name=\"") + style + "\">" +
         xml_escape(form.substr(0, hash)) +
         "<text:page-number text:select-page=\"current\">1</text:page-number>" +
         xml_escape(form.substr(hash + 1)) + "</text:p>";
}

std::string master_styles(const LayoutSpec& layout) {
  std::string out =
      "<office:master-styles><style:master-page style:name=\"Standard\" "
      "style:page-layout-name=\"pm1\"";
  if (!layout.page || layout.page->page_number.empty()) return out + "/></office:master-styles>";
  const std::string& form = layout.page->page_number;
  return out + "><style:footer>" + page_number_paragraph(form, "P_footer") +
         "</style:footer><style:footer-left>" + page_number_paragraph(form, "P_footer_left") +
         "</style:footer-left></style:master-page></office:master-styles>";
}

std::string meta(const OdfWriteOptions& options) {
  std::string out = "<office:meta><meta:generator>chengbao</meta:generator>";
  for (const auto& [name, value] : options.properties)
    out += "<meta:user-defined meta:name=\"" + xml_escape(name) + "\">" + xml_escape(value) +
           "</meta:user-defined>";
  return out + "</office:meta>";
}

/// A paragraph's content: organisation values as fields that show the document property, so
/// Writer can re-fill them from another profile; everything else as text.
std::string paragraph_content(const SkeletonParagraph& paragraph, const OdfWriteOptions& options) {
  if (paragraph.runs.empty()) return inline_text(paragraph.text);
  std::string out;
  for (const TextRun& run : paragraph.runs) {
    if (!run.field.empty() && options.properties.count(run.field) != 0)
      out += "<text:user-defined text:name=\"" + xml_escape(run.field) + "\">" +
             inline_text(run.text) + "</text:user-defined>";
    else
      out += inline_text(run.text);
  }
  return out;
}

std::string body(const Skeleton& skeleton, const OdfWriteOptions& options) {
  std::string out = "<office:body><office:text>";
  for (const SkeletonParagraph& paragraph : skeleton.paragraphs) {
    const std::string content = paragraph_content(paragraph, options);
    switch (paragraph.role) {
      case Role::Heading: {
        const std::string n = std::to_string(paragraph.level);
        out += "<text:h text:style-name=\"Heading_20_" + n + "\" text:outline-level=\"" + n +
               "\">" + content + "</text:h>";
        break;
      }
      case Role::Title:
        out += "<text:p text:style-name=\"Title\">" + content + "</text:p>";
        break;
      case Role::Addressee:
        out += "<text:p text:style-name=\"P_addressee\">" + content + "</text:p>";
        break;
      case Role::Signature:
      case Role::Date:
        out += "<text:p text:style-name=\"P_right\">" + content + "</text:p>";
        break;
      case Role::Body:
      case Role::Closing:
        out += "<text:p text:style-name=\"Text_20_body\">" + content + "</text:p>";
        break;
      case Role::Masthead:
        out += "<text:p text:style-name=\"P_masthead\">" + content + "</text:p>";
        break;
      case Role::DocumentNumber:
      case Role::Colophon: {
        const bool spread = paragraph.text.find('\t') != std::string::npos;
        const bool colophon = paragraph.role == Role::Colophon;
        const char* style = colophon ? (spread ? "P_colophon_spread" : "P_colophon")
                            : spread ? "P_spread"
                                     : "P_center";
        out += std::string("<text:p text:style-name=\"") + style + "\">" + content + "</text:p>";
        break;
      }
    }
  }
  return out + "</office:text></office:body>";
}

std::string part(const char* root, const std::string& inner) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:") + root + kNamespaces +
         ">" + inner + "</office:" + root + ">\n";
}

constexpr const char* kManifest =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
    "manifest:version=\"1.3\">"
    "<manifest:file-entry manifest:full-path=\"/\" "
    "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
    "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
    "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
    "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
    "</manifest:manifest>\n";

constexpr const char* kMimeType = "application/vnd.oasis.opendocument.text";

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

LoadError write_error(const std::string& path, const std::string& reason) {
  return LoadError{path, 0, "cannot write: " + reason, LoadProblem::CannotWrite, {reason}};
}

std::optional<LoadError> write_odt(const std::string& path,
                                   const std::vector<std::pair<std::string, std::string>>& parts) {
  int code = 0;
  // libzip writes to a temporary file and renames it on zip_close.
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == nullptr) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const std::string reason = zip_failure_reason(&error);
    zip_error_fini(&error);
    return write_error(path, reason);
  }
  for (const auto& [name, data] : parts) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    const zip_int64_t index =
        source == nullptr ? -1 : zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      if (source != nullptr) zip_source_free(source);
      const std::string reason = zip_failure_reason(zip_get_error(archive));
      zip_discard(archive);
      return write_error(path, reason);
    }
    // ODF wants the mimetype first and stored, so tools can sniff it at a fixed offset.
    if (name == "mimetype") zip_set_file_compression(archive, index, ZIP_CM_STORE, 0);
  }
  if (zip_close(archive) != 0) {
    const std::string reason = zip_failure_reason(zip_get_error(archive));
    zip_discard(archive);
    return write_error(path, reason);
  }
  return std::nullopt;
}

}  // namespace

std::string report_fodt(const Skeleton& skeleton, const ReportTemplate& report_template,
                        const OdfWriteOptions& options) {
  const LayoutSpec layout = layout_of(report_template, options);
  std::string inner = meta(options) + font_faces(layout) +
                      named_styles(report_template, layout, options) + "<office:automatic-styles>" +
                      page_layout(layout) + footer_styles(layout) +
                      automatic_paragraph_styles(layout) + "</office:automatic-styles>" +
                      master_styles(layout) + body(skeleton, options);
  std::string out = part("document", inner);
  // The flat format names its media type on the root element.
  const std::string root = "<office:document";
  out.insert(out.find(root) + root.size(), std::string(" office:mimetype=\"") + kMimeType + "\"");
  return out;
}

std::optional<LoadError> write_report(const std::string& path, const Skeleton& skeleton,
                                      const ReportTemplate& report_template,
                                      const OdfWriteOptions& options) {
  if (ends_with(path, ".fodt"))
    return write_file_atomically(path, report_fodt(skeleton, report_template, options));
  if (!ends_with(path, ".odt")) {
    return LoadError{path, 0, "cannot write: the name must end in .fodt or .odt",
                     LoadProblem::OutputNotOdf};
  }
  const LayoutSpec layout = layout_of(report_template, options);
  const std::string styles =
      part("document-styles", font_faces(layout) + named_styles(report_template, layout, options) +
                                  "<office:automatic-styles>" + page_layout(layout) +
                                  footer_styles(layout) + "</office:automatic-styles>" +
                                  master_styles(layout));
  const std::string content =
      part("document-content", font_faces(layout) + "<office:automatic-styles>" +
                                   automatic_paragraph_styles(layout) +
                                   "</office:automatic-styles>" + body(skeleton, options));
  return write_odt(path, {{"mimetype", kMimeType},
                          {"META-INF/manifest.xml", kManifest},
                          {"meta.xml", part("document-meta", meta(options))},
                          {"styles.xml", styles},
                          {"content.xml", content}});
}

std::optional<LoadError> write_file_atomically(const std::string& path, const std::string& text) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return write_error(path, std::strerror(errno));
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out.flush()) {
      std::remove(temp.c_str());
      return write_error(path, std::strerror(errno));
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temp.c_str());
    return write_error(path, reason);
  }
  return std::nullopt;
}

}  // namespace chengbao
