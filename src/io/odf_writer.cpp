// Writes a report skeleton as an OpenDocument text (.fodt flat XML or .odt zip) without an office.
#include "odf_writer.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <zip.h>

#include "report_fonts.hpp"

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

ReportFonts fonts_of(const OdfWriteOptions& options) {
  return report_fonts(options.traditional_region.has_value());
}

std::string escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// Paragraph text as ODF inline content: tabs and line breaks become their elements.
std::string inline_text(const std::string& text) {
  std::string out;
  std::string run;
  for (const char c : text) {
    if (c == '\t' || c == '\n') {
      out += escape(run);
      run.clear();
      out += c == '\t' ? "<text:tab/>" : "<text:line-break/>";
    } else {
      run += c;
    }
  }
  return out + escape(run);
}

std::string font_face(const char* name, const char* generic) {
  return std::string("<style:font-face style:name=\"") + escape(name) + "\" svg:font-family=\"'" +
         escape(name) + "'\" style:font-family-generic=\"" + generic +
         "\" style:font-pitch=\"variable\"/>";
}

std::string font_faces(const OdfWriteOptions& options) {
  if (!options.gbt9704_page) return "<office:font-face-decls/>";
  const ReportFonts fonts = fonts_of(options);
  std::string out = std::string("<office:font-face-decls>") + font_face(fonts.body, "roman") +
                    font_face(fonts.hei, "swiss");
  if (fonts.kai != fonts.body) out += font_face(fonts.kai, "roman");
  if (fonts.title != fonts.body) out += font_face(fonts.title, "roman");
  return out + "</office:font-face-decls>";
}

/// Character properties naming one font for Western and Asian text at a size in points.
std::string text_props(const char* font, int points, bool bold = false) {
  std::string out = "<style:text-properties";
  if (font != nullptr)
    out += std::string(" style:font-name=\"") + escape(font) + "\" style:font-name-asian=\"" +
           escape(font) + "\"";
  if (points > 0) {
    const std::string size = std::to_string(points) + "pt";
    out += " fo:font-size=\"" + size + "\" style:font-size-asian=\"" + size + "\"";
  }
  if (bold) out += " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"";
  return out + "/>";
}

std::string counter_format(const LevelNumbering& level) {
  return level.format == CounterFormat::Chinese ? "一, 二, 三, ..." : "1";
}

std::string outline_style(const ReportTemplate& report_template) {
  std::string out = "<text:outline-style style:name=\"Outline\">";
  for (const LevelNumbering& level : report_template.numbering) {
    const std::string n = std::to_string(level.level);
    out += "<text:outline-level-style text:level=\"" + n + "\" loext:num-list-format=\"" +
           escape(office_list_format(report_template.numbering, level.level)) + "\"";
    if (level.with_parents) out += " text:display-levels=\"" + n + "\"";
    if (!level.prefix.empty()) out += " style:num-prefix=\"" + escape(level.prefix) + "\"";
    if (!level.suffix.empty()) out += " style:num-suffix=\"" + escape(level.suffix) + "\"";
    // Chinese labels run straight into the heading text: 一、基本情况, no tab.
    out += " style:num-format=\"" + counter_format(level) +
           "\"><style:list-level-properties "
           "text:list-level-position-and-space-mode=\"label-alignment\">"
           "<style:list-level-label-alignment text:label-followed-by=\"nothing\"/>"
           "</style:list-level-properties></text:outline-level-style>";
  }
  return out + "</text:outline-style>";
}

std::string named_styles(const ReportTemplate& report_template, const OdfWriteOptions& options) {
  const bool gb = options.gbt9704_page;
  const int body_pt = gb ? 16 : 12;
  const std::string indent = std::to_string(2 * body_pt) + "pt";  // two characters
  std::string out = "<office:styles>";
  const ReportFonts fonts = fonts_of(options);
  std::string default_props = text_props(gb ? fonts.body : nullptr, body_pt);
  if (options.traditional_region) {
    default_props.insert(default_props.size() - 2,
                         std::string(" style:language-asian=\"zh\" style:country-asian=\"") +
                             region_code(*options.traditional_region) + "\"");
  }
  // 156 mm / 28 characters = 5.571 mm a character; a 16 pt character is 5.644 mm wide.
  if (gb) default_props.insert(default_props.size() - 2, " fo:letter-spacing=\"-0.073mm\"");
  out +=
      "<style:default-style style:family=\"paragraph\">" + default_props + "</style:default-style>";
  out +=
      "<style:style style:name=\"Standard\" style:family=\"paragraph\" "
      "style:class=\"text\"/>";
  out +=
      "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" "
      "style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
      "<style:paragraph-properties fo:text-indent=\"" +
      indent + "\" fo:margin-top=\"0pt\" fo:margin-bottom=\"0pt\"/></style:style>";
  out +=
      "<style:style style:name=\"Title\" style:family=\"paragraph\" "
      "style:parent-style-name=\"Standard\" style:class=\"chapter\">"
      "<style:paragraph-properties fo:text-align=\"center\" fo:margin-bottom=\"" +
      std::string(gb ? "16pt" : "12pt") + "\"/>" + text_props(gb ? fonts.title : nullptr, 22) +
      "</style:style>";
  out +=
      "<style:style style:name=\"Heading\" style:family=\"paragraph\" "
      "style:parent-style-name=\"Standard\" style:class=\"text\">"
      "<style:paragraph-properties fo:keep-with-next=\"always\"/></style:style>";
  for (int level = 1; level <= 4; ++level) {
    const std::string n = std::to_string(level);
    // Official documents indent every heading level like body text; level 3 is bold 仿宋.
    out += "<style:style style:name=\"Heading_20_" + n + "\" style:display-name=\"Heading " + n +
           "\" style:family=\"paragraph\" style:parent-style-name=\"Heading\" "
           "style:next-style-name=\"Text_20_body\" style:default-outline-level=\"" +
           n + "\" style:class=\"text\"><style:paragraph-properties fo:text-indent=\"" +
           (gb ? indent : "0pt") + "\"/>" +
           text_props(gb ? heading_font(fonts, level) : nullptr, gb ? 16 : 16 - 1 * level,
                      !gb || level == 3) +
           "</style:style>";
  }
  out += outline_style(report_template);
  return out + "</office:styles>";
}

std::string page_layout(const OdfWriteOptions& options) {
  std::string out =
      "<style:page-layout style:name=\"pm1\"><style:page-layout-properties "
      "fo:page-width=\"210mm\" fo:page-height=\"297mm\" style:print-orientation=\"portrait\"";
  if (options.gbt9704_page) {
    // 225 mm of text height in 22 lines. The 28 characters in 156 mm come from the body text's
    // letter spacing: a character grid would give each 16 pt (5.64 mm) character two cells.
    out +=
        " fo:margin-top=\"37mm\" fo:margin-bottom=\"35mm\" fo:margin-left=\"28mm\" "
        "fo:margin-right=\"26mm\" style:layout-grid-mode=\"line\" "
        "style:layout-grid-lines=\"22\" style:layout-grid-base-height=\"10.2mm\" "
        "style:layout-grid-ruby-height=\"0mm\" style:layout-grid-display=\"false\" "
        "style:layout-grid-print=\"false\" style:layout-grid-color=\"#c0c0c0\"";
  } else {
    out +=
        " fo:margin-top=\"20mm\" fo:margin-bottom=\"20mm\" fo:margin-left=\"20mm\" "
        "fo:margin-right=\"20mm\"";
  }
  return out + "/></style:page-layout>";
}

// P_masthead: the red 发文机关标志; P_center: a 发文字号 alone; P_spread: a line with one part one
// character in from the left and one from the right (发文字号 and 签发人, 印发机关 and 印发日期).
std::string automatic_paragraph_styles(const OdfWriteOptions& options) {
  const bool gb = options.gbt9704_page;
  const double character_mm = gb ? 16 * 25.4 / 72 : 12 * 25.4 / 72;
  const double text_mm = gb ? 156 : 170;
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
         "\" style:type=\"right\"/></style:tab-stops></style:paragraph-properties></style:style>";
}

constexpr const char* kMasterStyles =
    "<office:master-styles><style:master-page style:name=\"Standard\" "
    "style:page-layout-name=\"pm1\"/></office:master-styles>";

std::string meta(const OdfWriteOptions& options) {
  std::string out = "<office:meta><meta:generator>chengbao</meta:generator>";
  for (const auto& [name, value] : options.properties)
    out += "<meta:user-defined meta:name=\"" + escape(name) + "\">" + escape(value) +
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
      out += "<text:user-defined text:name=\"" + escape(run.field) + "\">" + inline_text(run.text) +
             "</text:user-defined>";
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
        const char* style = spread                             ? "P_spread"
                            : paragraph.role == Role::Colophon ? "P_addressee"
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
  return LoadError{path, 0, "cannot write: " + reason};
}

/// Writes next to the target, then renames: a failed write never leaves half a file behind.
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

std::optional<LoadError> write_odt(const std::string& path,
                                   const std::vector<std::pair<std::string, std::string>>& parts) {
  int code = 0;
  // libzip writes to a temporary file and renames it on zip_close.
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == nullptr) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    return write_error(path, reason);
  }
  for (const auto& [name, data] : parts) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    const zip_int64_t index =
        source == nullptr ? -1 : zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      if (source != nullptr) zip_source_free(source);
      const std::string reason = zip_strerror(archive);
      zip_discard(archive);
      return write_error(path, reason);
    }
    // ODF wants the mimetype first and stored, so tools can sniff it at a fixed offset.
    if (name == "mimetype") zip_set_file_compression(archive, index, ZIP_CM_STORE, 0);
  }
  if (zip_close(archive) != 0) {
    const std::string reason = zip_strerror(archive);
    zip_discard(archive);
    return write_error(path, reason);
  }
  return std::nullopt;
}

}  // namespace

std::string report_fodt(const Skeleton& skeleton, const ReportTemplate& report_template,
                        const OdfWriteOptions& options) {
  std::string inner = meta(options) + font_faces(options) + named_styles(report_template, options) +
                      "<office:automatic-styles>" + page_layout(options) +
                      automatic_paragraph_styles(options) + "</office:automatic-styles>" +
                      kMasterStyles + body(skeleton, options);
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
  if (!ends_with(path, ".odt")) return write_error(path, "the name must end in .fodt or .odt");
  const std::string styles =
      part("document-styles", font_faces(options) + named_styles(report_template, options) +
                                  "<office:automatic-styles>" + page_layout(options) +
                                  "</office:automatic-styles>" + kMasterStyles);
  const std::string content =
      part("document-content", font_faces(options) + "<office:automatic-styles>" +
                                   automatic_paragraph_styles(options) +
                                   "</office:automatic-styles>" + body(skeleton, options));
  return write_odt(path, {{"mimetype", kMimeType},
                          {"META-INF/manifest.xml", kManifest},
                          {"meta.xml", part("document-meta", meta(options))},
                          {"styles.xml", styles},
                          {"content.xml", content}});
}

}  // namespace chengbao
