// 版式 as template data: the GB/T 9704 standard, the <layout> reader, sizes in 号 and typeface
// names.
#include "template_layout.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <utility>

#include "xml_util.hpp"

namespace chengbao {

namespace {

struct ElementName {
  LayoutElement element;
  const char* id;
};

constexpr ElementName kElements[] = {
    {LayoutElement::IssuerMark, "issuer-mark"},
    {LayoutElement::DocumentNumber, "document-number"},
    {LayoutElement::Title, "title"},
    {LayoutElement::Addressee, "addressee"},
    {LayoutElement::Body, "body"},
    {LayoutElement::Heading1, "heading-1"},
    {LayoutElement::Heading2, "heading-2"},
    {LayoutElement::Heading3, "heading-3"},
    {LayoutElement::Heading4, "heading-4"},
    {LayoutElement::Closing, "closing"},
    {LayoutElement::AttachmentNote, "attachment-note"},
    {LayoutElement::Signature, "signature"},
    {LayoutElement::Date, "date"},
    {LayoutElement::Notes, "notes"},
    {LayoutElement::Colophon, "colophon"},
};

struct SizeName {
  const char* name;
  double pt;
};

// GB/T 9704 and every Chinese word processor: the 号 sizes.
constexpr SizeName kSizes[] = {
    {"初号", 42},  {"小初", 36},  {"一号", 26},  {"小一", 24}, {"二号", 22},   {"小二", 18},
    {"三号", 16},  {"小三", 15},  {"四号", 14},  {"小四", 12}, {"五号", 10.5}, {"小五", 9},
    {"六号", 7.5}, {"小六", 6.5}, {"七号", 5.5}, {"八号", 5},
};

// A number in the C locale's syntax: digits with at most one '.', nothing else.
std::optional<double> parse_number(const std::string& text) {
  if (text.empty() || text.size() > 12) return std::nullopt;
  double value = 0;
  double scale = 0;
  for (char c : text) {
    if (c == '.' && scale == 0) {
      scale = 1;
    } else if (c >= '0' && c <= '9') {
      if (scale == 0) {
        value = value * 10 + (c - '0');
      } else {
        scale /= 10;
        value += (c - '0') * scale;
      }
    } else {
      return std::nullopt;
    }
  }
  if (text == ".") return std::nullopt;
  return value;
}

bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() &&
         text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// Typeface families and their usual names; a name not listed stands for itself.
struct FontFamily {
  const char* key;
  std::vector<const char*> names;
};

const std::vector<FontFamily>& font_families() {
  static const std::vector<FontFamily> kFamilies = {
      {"fangsong",
       {"仿宋", "fangsong", "stfangsong", "华文仿宋", "方正仿宋简体", "方正仿宋", "fzfangsongz02s",
        "fzfangsongz02", "仿宋体"}},
      {"kaiti",
       {"楷体", "kaiti", "stkaiti", "华文楷体", "方正楷体简体", "方正楷体", "fzkaiz03s",
        "fzkaiz03"}},
      {"heiti", {"黑体", "simhei", "stheiti", "华文黑体", "方正黑体简体", "方正黑体", "fzheib01s"}},
      {"xiaobiaosong",
       {"方正小标宋简体", "方正小标宋", "小标宋", "小标宋体", "fzxiaobiaosongb05s",
        "fzxiaobiaosongb05", "方正小标宋简"}},
      {"songti", {"宋体", "simsun", "stsong", "华文宋体", "新宋体", "nsimsun"}},
      {"biaokai", {"標楷體", "标楷体", "dfkaisb", "biaukai", "twkai"}},
      {"jhenghei", {"微軟正黑體", "微软正黑体", "microsoftjhenghei"}},
      {"mingliu", {"新細明體", "细明体", "細明體", "pmingliu", "mingliu"}},
  };
  return kFamilies;
}

// The name without case, spaces, '_' and '-', and without the code-page suffixes people add.
std::string normalize_font(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (const char* suffix : {"gb2312", "gbk", "gb18030"}) {
    if (ends_with(out, suffix) && out.size() > std::string(suffix).size()) {
      out.erase(out.size() - std::string(suffix).size());
    }
  }
  return out;
}

std::string font_key(const std::string& name) {
  const std::string normalized = normalize_font(name);
  for (const FontFamily& family : font_families()) {
    for (const char* alias : family.names) {
      if (normalized == alias) return family.key;
    }
  }
  return normalized;
}

std::vector<std::string> split_fonts(const std::string& text) {
  std::vector<std::string> fonts;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    const std::size_t end = std::min(text.find(',', begin), text.size());
    std::string font = xml::trim(text.substr(begin, end - begin));
    if (!font.empty()) fonts.push_back(std::move(font));
    begin = end + 1;
  }
  return fonts;
}

// Reads the style attributes of `node` over `style`.
std::optional<LoadError> read_style(const xml::Document& doc, const pugi::xml_node& node,
                                    const std::string& tag, ElementStyle& style) {
  for (const pugi::xml_attribute& attribute : node.attributes()) {
    const std::string name = attribute.name();
    const std::string value = xml::trim(attribute.value());
    const auto bad = [&](const std::string& hint, LoadProblem problem,
                         const std::string& allowed = "") {
      std::vector<std::string> args = {xml::element_arg(tag), name, value};
      if (!allowed.empty()) args.push_back(allowed);
      return doc.error(node, tag + " has " + name + "=\"" + value + "\" (" + hint + ")", problem,
                       std::move(args));
    };
    if (name == "element") continue;
    if (name == "font" || name == "western-font") {
      std::vector<std::string> fonts = split_fonts(value);
      if (fonts.empty()) {
        return bad("give typeface names separated by commas", LoadProblem::BadFontList);
      }
      (name == "font" ? style.fonts : style.western_fonts) = std::move(fonts);
    } else if (name == "size") {
      style.size = parse_font_size(value);
      if (!style.size) {
        return bad("use pt, as in 16pt, or a 号 name, as in 三号", LoadProblem::BadFontSize);
      }
    } else if (name == "bold") {
      bool bold = false;
      if (auto error = xml::read_bool(doc, node, "bold", tag, bold)) return error;
      style.bold = bold;
    } else if (name == "align") {
      static const std::pair<const char*, Alignment> kAligns[] = {{"left", Alignment::Left},
                                                                  {"center", Alignment::Center},
                                                                  {"right", Alignment::Right},
                                                                  {"justify", Alignment::Justify}};
      const auto* found = std::find_if(std::begin(kAligns), std::end(kAligns),
                                       [&](const auto& align) { return value == align.first; });
      if (found == std::end(kAligns)) {
        return bad("use left, center, right or justify", LoadProblem::BadAttributeValue,
                   "left center right justify");
      }
      style.align = found->second;
    } else if (name == "indent") {
      const std::optional<double> chars = parse_number(value);
      if (!chars || *chars > 20) {
        return bad("the first-line indent in characters, as in 2", LoadProblem::BadIndent);
      }
      style.indent = chars;
    } else if (name == "space-before" || name == "space-after") {
      std::optional<double> pt =
          ends_with(value, "pt") ? parse_number(value.substr(0, value.size() - 2)) : std::nullopt;
      if (!pt || *pt > 200) return bad("a length in pt, as in 0pt", LoadProblem::BadSpacing);
      (name == "space-before" ? style.space_before : style.space_after) = pt;
    } else {
      return doc.error(node, tag + " has an unknown attribute " + name,
                       LoadProblem::UnknownAttribute, {name, xml::element_arg(tag)});
    }
  }
  return std::nullopt;
}

std::optional<LoadError> read_page(const xml::Document& doc, const pugi::xml_node& node,
                                   PageSpec& page) {
  if (auto error = xml::check_empty(doc, node)) return error;
  for (const pugi::xml_attribute& attribute : node.attributes()) {
    const std::string name = attribute.name();
    const std::string value = xml::trim(attribute.value());
    const auto bad = [&](const std::string& hint, LoadProblem problem,
                         const std::string& allowed = "") {
      std::vector<std::string> args = {"page", name, value};
      if (!allowed.empty()) args.push_back(allowed);
      return doc.error(node, "<page> has " + name + "=\"" + value + "\" (" + hint + ")", problem,
                       std::move(args));
    };
    if (name == "paper") {
      if (value == "A4") {
        page.width = 210, page.height = 297;
      } else if (value == "A3") {
        page.width = 297, page.height = 420;
      } else if (value == "B5") {
        page.width = 176, page.height = 250;
      } else if (value == "letter") {
        page.width = 215.9, page.height = 279.4;
      } else {
        return bad("use A4, A3, B5 or letter", LoadProblem::BadAttributeValue, "A4 A3 B5 letter");
      }
    } else if (name == "margin-top" || name == "margin-bottom" || name == "margin-left" ||
               name == "margin-right") {
      const std::optional<double> mm = parse_length_mm(value);
      if (!mm || *mm > 100) return bad("a length, as in 37mm", LoadProblem::BadLength);
      (name == "margin-top"      ? page.margin_top
       : name == "margin-bottom" ? page.margin_bottom
       : name == "margin-left"   ? page.margin_left
                                 : page.margin_right) = *mm;
    } else if (name == "lines" || name == "chars") {
      const std::optional<int> count = xml::parse_count(value.c_str());
      if (!count || *count > 80) {
        return bad("a count from 0 to 80; 0 leaves it free", LoadProblem::BadGridCount);
      }
      (name == "lines" ? page.lines : page.chars) = *count;
    } else if (name == "page-number") {
      if (!value.empty() && value.find('#') == std::string::npos) {
        return bad("write the number as #, as in — # —; empty for no page number",
                   LoadProblem::BadPageNumber);
      }
      page.page_number = value;
    } else if (name == "page-number-place") {
      if (value == "outside") {
        page.page_number_place = PageNumberPlace::Outside;
      } else if (value == "center") {
        page.page_number_place = PageNumberPlace::Center;
      } else if (value == "right") {
        page.page_number_place = PageNumberPlace::Right;
      } else {
        return bad("use outside, center or right", LoadProblem::BadAttributeValue,
                   "outside center right");
      }
    } else if (name == "page-number-font") {
      page.page_number_style.fonts = split_fonts(value);
      if (page.page_number_style.fonts.empty()) {
        return bad("give typeface names", LoadProblem::BadFontList);
      }
    } else if (name == "page-number-size") {
      page.page_number_style.size = parse_font_size(value);
      if (!page.page_number_style.size) return bad("use pt or a 号 name", LoadProblem::BadFontSize);
    } else {
      return doc.error(node, "<page> has an unknown attribute " + name,
                       LoadProblem::UnknownAttribute, {name, "page"});
    }
  }
  if (page.text_width() < 20 || page.text_height() < 20) {
    return doc.error(node, "<page> leaves no room for text between its margins",
                     LoadProblem::NoRoomForText, {"page"});
  }
  return std::nullopt;
}

}  // namespace

const std::vector<LayoutElement>& layout_elements() {
  static const std::vector<LayoutElement> kAll = [] {
    std::vector<LayoutElement> all;
    for (const ElementName& name : kElements) all.push_back(name.element);
    return all;
  }();
  return kAll;
}

const char* layout_element_id(LayoutElement element) {
  for (const ElementName& name : kElements) {
    if (name.element == element) return name.id;
  }
  return "";
}

std::optional<LayoutElement> layout_element_from_id(const std::string& id) {
  for (const ElementName& name : kElements) {
    if (id == name.id) return name.element;
  }
  return std::nullopt;
}

LayoutElement heading_element(int level) {
  constexpr LayoutElement kHeadings[] = {LayoutElement::Heading1, LayoutElement::Heading2,
                                         LayoutElement::Heading3, LayoutElement::Heading4};
  return kHeadings[std::clamp(level, 1, 4) - 1];
}

double PageSpec::line_pitch() const { return lines > 0 ? text_height() * kPointsPerMm / lines : 0; }

const ElementStyle* LayoutSpec::style(LayoutElement element) const {
  const auto found = elements.find(element);
  return found != elements.end() ? &found->second : nullptr;
}

LayoutSpec gbt9704_layout(bool traditional) {
  const std::vector<std::string> fang =
      traditional ? std::vector<std::string>{"標楷體", "DFKai-SB", "TW-Kai"}
                  : std::vector<std::string>{"仿宋_GB2312", "仿宋", "FangSong", "STFangsong"};
  const std::vector<std::string> hei =
      traditional ? std::vector<std::string>{"微軟正黑體", "Microsoft JhengHei"}
                  : std::vector<std::string>{"黑体", "SimHei", "STHeiti"};
  const std::vector<std::string> kai =
      traditional ? fang : std::vector<std::string>{"楷体_GB2312", "楷体", "KaiTi", "STKaiti"};
  const std::vector<std::string> title =
      traditional ? fang
                  : std::vector<std::string>{"方正小标宋简体", "小标宋", "FZXiaoBiaoSong-B05S"};
  const std::vector<std::string> western = {"Times New Roman"};

  LayoutSpec layout;
  layout.standard = "gbt9704";
  layout.page = PageSpec{};
  layout.page->page_number_style.fonts = {"宋体", "SimSun"};
  layout.page->page_number_style.size = 14;

  ElementStyle body;
  body.fonts = fang;
  body.western_fonts = western;
  body.size = 16;
  body.bold = false;
  body.indent = 2;
  // Body text runs the full line (justified or at the left), never centred or at the right.
  body.align = Alignment::Justify;
  for (LayoutElement element :
       {LayoutElement::Body, LayoutElement::Closing, LayoutElement::AttachmentNote,
        LayoutElement::Heading3, LayoutElement::Heading4, LayoutElement::Notes}) {
    layout.elements[element] = body;
  }
  // Level 3 may be bold in a house style (GB/T 9704 7.3.3 leaves it open): not prescribed.
  layout.elements[LayoutElement::Heading3].bold.reset();
  // GB/T 9704 names the headings' typefaces, not their weight.
  layout.elements[LayoutElement::Heading4].bold.reset();
  ElementStyle heading1 = body;
  heading1.bold.reset();
  heading1.fonts = hei;
  layout.elements[LayoutElement::Heading1] = heading1;
  ElementStyle heading2 = body;
  heading2.bold.reset();
  heading2.fonts = kai;
  layout.elements[LayoutElement::Heading2] = heading2;

  ElementStyle addressee = body;
  addressee.indent = 0;
  layout.elements[LayoutElement::Addressee] = addressee;
  // Signature and date stand at the right; how far in is the house's choice (with or without a
  // seal), so the indent is not prescribed.
  ElementStyle closing_line = body;
  closing_line.indent.reset();
  closing_line.align = Alignment::Right;
  layout.elements[LayoutElement::Signature] = closing_line;
  layout.elements[LayoutElement::Date] = closing_line;

  ElementStyle heading_title;
  heading_title.fonts = title;
  heading_title.size = 22;
  heading_title.align = Alignment::Center;
  layout.elements[LayoutElement::Title] = heading_title;

  ElementStyle issuer;
  issuer.fonts = title;
  issuer.align = Alignment::Center;
  layout.elements[LayoutElement::IssuerMark] = issuer;
  ElementStyle number = body;
  number.indent.reset();
  number.align.reset();  // centred alone, spread with the 签发人
  layout.elements[LayoutElement::DocumentNumber] = number;
  ElementStyle colophon = body;
  colophon.indent.reset();
  colophon.size = 14;
  layout.elements[LayoutElement::Colophon] = colophon;
  return layout;
}

LayoutSpec with_traditional_fonts(LayoutSpec layout) {
  const LayoutSpec mainland = gbt9704_layout(false);
  const LayoutSpec traditional = gbt9704_layout(true);
  for (auto& [element, style] : layout.elements) {
    const ElementStyle* from = mainland.style(element);
    const ElementStyle* to = traditional.style(element);
    if (from != nullptr && to != nullptr && style.fonts == from->fonts) style.fonts = to->fonts;
  }
  return layout;
}

namespace {

std::string joined(const std::vector<std::string>& fonts) {
  std::string out;
  for (const std::string& font : fonts) out += (out.empty() ? "" : ";") + font;
  return out;
}

}  // namespace

std::vector<std::string> office_east_asian_font_list(const ElementStyle& style) {
  if (style.fonts.empty()) return {};
  const bool sans = font_matches(style.fonts.front(), {"黑体", "微軟正黑體"});
  // Traditional faces stand in for Traditional ones: Noto's TC glyphs are Taiwan's forms.
  const bool traditional = font_matches(style.fonts.front(), {"標楷體", "微軟正黑體"});
  std::vector<std::string> list = style.fonts;
  list.push_back(std::string(sans ? "Noto Sans CJK " : "Noto Serif CJK ") +
                 (traditional ? "TC" : "SC"));
  return list;
}

std::string office_east_asian_fonts(const ElementStyle& style) {
  return joined(office_east_asian_font_list(style));
}

std::string office_western_fonts(const ElementStyle& style) { return joined(style.western_fonts); }

LayoutSpec report_layout(const LayoutSpec& layout, bool traditional) {
  return traditional && layout.standard == "gbt9704" ? with_traditional_fonts(layout) : layout;
}

std::vector<FontStandIn> missing_fonts(const LayoutSpec& layout,
                                       const std::function<bool(const std::string&)>& installed) {
  std::vector<FontStandIn> missing;
  std::map<std::string, bool> known;  // name → installed, asked once each
  const auto is_installed = [&](const std::string& name) {
    const auto [it, added] = known.try_emplace(name, false);
    if (added) it->second = installed(name);
    return it->second;
  };
  const auto look_at = [&](const ElementStyle& style) {
    if (style.fonts.empty()) return;
    if (std::any_of(style.fonts.begin(), style.fonts.end(), is_installed)) return;
    const std::string& wanted = style.fonts.front();
    for (const FontStandIn& told : missing)
      if (told.wanted == wanted) return;
    FontStandIn stand_in{wanted, ""};
    // The office shows the first installed name of the list it was given.
    for (const std::string& name : office_east_asian_font_list(style)) {
      if (is_installed(name)) {
        stand_in.shown = name;
        break;
      }
    }
    missing.push_back(std::move(stand_in));
  };
  for (const LayoutElement element : layout_elements())
    if (const ElementStyle* style = layout.style(element)) look_at(*style);
  if (layout.page) look_at(layout.page->page_number_style);
  return missing;
}

std::optional<LoadError> read_layout(const xml::Document& doc, const pugi::xml_node& node,
                                     bool traditional, LayoutSpec& layout) {
  if (auto error = xml::check_attributes(doc, node, {"standard"})) return error;
  if (auto error = xml::check_no_text(doc, node)) return error;
  if (const pugi::xml_attribute standard = node.attribute("standard")) {
    const std::string name = standard.value();
    if (name != "gbt9704") {
      return doc.error(node, "<layout> has standard=\"" + name + "\" (use gbt9704)",
                       LoadProblem::BadAttributeValue, {"layout", "standard", name, "gbt9704"});
    }
    layout = gbt9704_layout(traditional);
  }
  xml::SeenOnce seen(doc);
  std::map<LayoutElement, int> lines;
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    if (name == "page") {
      if (auto error = seen.mark(child)) return error;
      if (!layout.page) layout.page = PageSpec{};
      if (auto error = read_page(doc, child, *layout.page)) return error;
    } else if (name == "style") {
      if (auto error = xml::check_empty(doc, child)) return error;
      const std::string id = child.attribute("element").value();
      if (id.empty()) {
        return doc.error(child, "<style> has no element attribute", LoadProblem::MissingAttribute,
                         {"style", "element"});
      }
      const std::optional<LayoutElement> element = layout_element_from_id(id);
      if (!element) {
        std::string ids;
        std::string allowed;
        for (const ElementName& known : kElements) {
          ids += std::string(ids.empty() ? "" : ", ") + known.id;
          allowed += std::string(allowed.empty() ? "" : " ") + known.id;
        }
        return doc.error(child, "<style> has element=\"" + id + "\" (use one of " + ids + ")",
                         LoadProblem::BadAttributeValue, {"style", "element", id, allowed});
      }
      const auto [it, inserted] = lines.emplace(*element, doc.line_of(child));
      if (!inserted) {
        const std::string first = std::to_string(it->second);
        return doc.error(
            child,
            "<style element=\"" + id + "\"> is given more than once (first on line " + first + ")",
            LoadProblem::RepeatedElement, {"style element=\"" + id + "\"", first});
      }
      if (auto error =
              read_style(doc, child, "<style element=\"" + id + "\">", layout.elements[*element])) {
        return error;
      }
    } else {
      return doc.unknown_element(child, name, "layout");
    }
  }
  return std::nullopt;
}

std::optional<double> parse_font_size(const std::string& text) {
  for (const SizeName& size : kSizes) {
    if (text == size.name) return size.pt;
  }
  const std::string number = ends_with(text, "pt") ? text.substr(0, text.size() - 2) : text;
  const std::optional<double> pt = parse_number(number);
  if (!pt || *pt < 1 || *pt > 200) return std::nullopt;
  return pt;
}

std::optional<double> parse_length_mm(const std::string& text) {
  static const std::pair<const char*, double> kUnits[] = {
      {"mm", 1.0}, {"cm", 10.0}, {"in", 25.4}, {"pt", 25.4 / 72}};
  for (const auto& [unit, factor] : kUnits) {
    if (ends_with(text, unit)) {
      const std::optional<double> value = parse_number(text.substr(0, text.size() - 2));
      if (!value) return std::nullopt;
      return *value * factor;
    }
  }
  return std::nullopt;
}

std::string size_name(double pt) {
  for (const SizeName& size : kSizes) {
    if (std::fabs(size.pt - pt) < 0.05) return size.name;
  }
  return {};
}

std::string decimal_text(double value) {
  char text[32];
  const double rounded = std::round(value * 10) / 10;
  std::snprintf(text, sizeof text, rounded == std::floor(rounded) ? "%.0f" : "%.1f", rounded);
  return text;
}

std::string describe_size(double pt, bool chinese) {
  const std::string number = decimal_text(pt);
  const std::string name = size_name(pt);
  if (chinese) return name.empty() ? number + "磅" : name + "（" + number + "磅）";
  return number + " pt" + (name.empty() ? "" : " (" + name + ")");
}

bool font_matches(const std::string& font, const std::vector<std::string>& accepted) {
  // An office's list of alternatives ("仿宋;FangSong;…") names first the face it is set in.
  const std::string key = font_key(font.substr(0, font.find(';')));
  return std::any_of(accepted.begin(), accepted.end(),
                     [&](const std::string& name) { return font_key(name) == key; });
}

}  // namespace chengbao
