// 版式: how a report made from a template looks — the page (paper, margins, the line grid, the
// page number) and, per element (title, body, heading levels …), typeface, size, weight,
// alignment, indent and spacing. Template data (<layout>), applied by `new` and Writer, checked
// by the format.* rules.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "load_error.hpp"
#include "xml_fwd.hpp"

namespace chengbao {

/// The parts of a report a layout styles.
enum class LayoutElement {
  Title,
  Addressee,
  Body,
  Heading1,
  Heading2,
  Heading3,
  Heading4,
  Closing,
  AttachmentNote,
  Signature,
  Date,
  Notes,
  IssuerMark,      ///< 发文机关标志 of the 版头
  DocumentNumber,  ///< 发文字号 (and 签发人) line
  Colophon,        ///< 版记: 抄送, 印发
};

/// Every element, in document order.
const std::vector<LayoutElement>& layout_elements();
/// The element's id in the template format: title, heading-1, attachment-note …
const char* layout_element_id(LayoutElement element);
std::optional<LayoutElement> layout_element_from_id(const std::string& id);
/// The heading element of `level` 1..4.
LayoutElement heading_element(int level);

enum class Alignment { Left, Center, Right, Justify };

/// How one element looks; unset properties are not prescribed (and not checked).
struct ElementStyle {
  /// Accepted East Asian typefaces, the one to apply first (仿宋_GB2312, 仿宋, FangSong …).
  std::vector<std::string> fonts;
  std::vector<std::string> western_fonts;  ///< accepted Latin typefaces, first applied
  std::optional<double> size;              ///< pt
  std::optional<bool> bold;
  std::optional<Alignment> align;
  std::optional<double> indent;        ///< first-line indent in characters of the element's size
  std::optional<double> space_before;  ///< pt
  std::optional<double> space_after;   ///< pt
};

/// Where the page number stands: alternating outside (odd pages right, even left), centred, or
/// right on every page.
enum class PageNumberPlace { Outside, Center, Right };

/// The page, lengths in mm.
struct PageSpec {
  double width = 210;
  double height = 297;
  double margin_top = 37;
  double margin_bottom = 35;
  double margin_left = 28;
  double margin_right = 26;
  int lines = 22;  ///< lines of body text on a full page; 0: not prescribed
  int chars = 28;  ///< characters on a full line; 0: not prescribed
  /// The footer's page number with "#" for the number (「— # —」); empty: no page number.
  std::string page_number = "— # —";
  PageNumberPlace page_number_place = PageNumberPlace::Outside;
  ElementStyle page_number_style;  ///< 四号 半角宋体, one character in from the outer edge

  double text_width() const { return width - margin_left - margin_right; }
  double text_height() const { return height - margin_top - margin_bottom; }
  /// The line pitch in pt that gives `lines` lines in the text area (0 without lines).
  double line_pitch() const;
};

/// A template's 版式. Both parts are optional: a template without <layout> prescribes no look.
struct LayoutSpec {
  std::optional<PageSpec> page;
  std::map<LayoutElement, ElementStyle> elements;
  /// The standard it starts from ("gbt9704"), for people; empty when written out in full.
  std::string standard;

  bool empty() const { return !page && elements.empty(); }
  const ElementStyle* style(LayoutElement element) const;
};

/// GB/T 9704-2012's 版式: A4, margins 37/35/28/26 mm, 22 × 28, title 二号小标宋, body 三号仿宋
/// indented two characters, headings 黑体 / 楷体 / 仿宋, page numbers 「— 1 —」 四号宋体 outside.
/// `traditional` takes the typefaces of a Traditional-script (Taiwan, Hong Kong) report.
LayoutSpec gbt9704_layout(bool traditional = false);

/// `layout` with GB/T 9704's Traditional typefaces where it has the mainland ones: a Traditional
/// (Taiwan, Hong Kong) report made from a mainland template.
LayoutSpec with_traditional_fonts(LayoutSpec layout);
/// The 版式 a report is written in: the template's `layout`, with Traditional typefaces when the
/// report is Traditional and the layout is GB/T 9704's (whose faces are the mainland's).
LayoutSpec report_layout(const LayoutSpec& layout, bool traditional);

/// The East Asian typefaces of `style` as an office font list ("仿宋_GB2312;仿宋;…"): the first
/// installed name wins, and a Noto CJK face last keeps a machine without the Chinese fonts showing
/// a CJK face (sans for a 黑体 element, TC for Traditional faces). Empty when it names none.
std::string office_east_asian_fonts(const ElementStyle& style);
/// The same list, a name per item.
std::vector<std::string> office_east_asian_font_list(const ElementStyle& style);
/// The Western typefaces of `style` as an office font list; empty when it names none.
std::string office_western_fonts(const ElementStyle& style);

/// A typeface of the layout that the machine lacks, and the one the office shows in its place.
struct FontStandIn {
  std::string wanted;  ///< the layout's name for it (仿宋_GB2312)
  std::string shown;   ///< the first installed face of its office font list; "" when none is
};

/// The layout's East Asian typefaces (the elements' and the page number's) of which `installed`
/// knows no accepted name, each once, in the order of the elements: what a user is to be told
/// before printing a report that will not look as the layout says.
std::vector<FontStandIn> missing_fonts(const LayoutSpec& layout,
                                       const std::function<bool(const std::string&)>& installed);

/// Reads <layout> over `layout` (what a parent template gave): standard="gbt9704" starts from
/// that standard (with Traditional typefaces when `traditional`), <page …/> and
/// <style element="…" …/> override attribute by attribute.
std::optional<LoadError> read_layout(const xml::Document& doc, const pugi::xml_node& node,
                                     bool traditional, LayoutSpec& layout);

/// A size as written in a template: "16pt", "16", or a 号 name (三号, 小四 …); nullopt if neither.
std::optional<double> parse_font_size(const std::string& text);
/// A length as written in a template ("37mm", "3.7cm", "28pt", "1in") in mm; nullopt if not one.
std::optional<double> parse_length_mm(const std::string& text);
constexpr double kPointsPerMm = 72.0 / 25.4;

/// A measure for people: one decimal at most, none when it is whole (16, 10.5, 25.4).
std::string decimal_text(double value);
/// The 号 name of a size in pt (16 → 三号) when it is one, else "".
std::string size_name(double pt);
/// A size for people: 「三号（16磅）」 or 「13磅」 (English: "16 pt (三号)").
std::string describe_size(double pt, bool chinese);

/// True when `font` names the same typeface as one of `accepted`: 仿宋_GB2312 ≡ 仿宋 ≡ FangSong ≡
/// STFangsong, 方正小标宋简体 ≡ 小标宋 …; case, spaces and the _GB2312 / GBK suffix do not count.
bool font_matches(const std::string& font, const std::vector<std::string>& accepted);

}  // namespace chengbao
