"""A short 工作情况报告 described by its look (styles, direct formatting, page, footer), written as
.fodt, .odt or .docx the way each office writes it. Used by `cli_test.py format`.

The description is a plain dict (see base_report()); the writers turn each property into what the
format says for it: a common style or an automatic style and a text:span in ODF, a style or the
paragraph's w:pPr and the run's w:rPr in a .docx; lengths in cm in ODF, in twips in a .docx. A
value a format cannot say exactly (a .docx size that is no whole half-point) is an error, never
rounded: a rounded "just outside" edge would silently become "just inside".

A paragraph has a style ("title", "body", "heading"), its text, perhaps a prefix typed before it
(「　　」) and its own "direct" formatting. Properties of a style or of a paragraph's direct
formatting (absent or None: not set):
  font          East Asian typeface
  font_theme    .docx: the East Asian typeface from the theme ("minorEastAsia")
  size          pt
  bold          True / False
  align         "left", "center", "right", "justify"
  indent        first-line indent, pt
  indent_chars  .docx: first-line indent in characters (w:firstLineChars / 100)
  line          ("exact", pt), ("atleast", pt) or ("percent", n)
  snap          whether the paragraph snaps to the page's line grid
  outline       a heading style's outline level
Word's own defaults (w:docDefaults: theme fonts, 五号, 1.08 lines) are always written; the styles
are laid over them, as in a document made from Word's blank one."""
import copy
import zipfile
from xml.sax.saxutils import escape, quoteattr

TITLE_TEXT = "关于2026年第三季度工作情况的报告"
BODY_TEXTS = (
    "今年第三季度，我行认真落实市分行工作部署，坚持稳中求进工作总基调，各项业务保持平稳较快增长，"
    "存款余额较年初增加3.2亿元，贷款余额较年初增加2.8亿元，资产质量持续向好。",
    "在服务实体经济方面，我行聚焦小微企业和乡村振兴重点领域，新增普惠小微贷款1.1亿元，"
    "走访辖内企业126户，切实解决企业融资难题。",
)

# The paragraphs of every report, in order (0-based, as the checker counts them).
TITLE, ADDRESSEE, HEADING, BODY_1, BODY_2, CLOSING, SIGNATURE, DATE = range(8)


def base_report():
    """The report correctly set per GB/T 9704: no format.* finding."""
    return {
        "styles": {
            "title": {"font": "方正小标宋简体", "size": 22, "align": "center"},
            "body": {"font": "仿宋_GB2312", "size": 16, "bold": False, "indent": 32,
                     "line": ("exact", 29)},
            "heading": {"font": "黑体", "bold": False, "outline": 1},
        },
        "paragraphs": [
            {"style": "title", "text": TITLE_TEXT},
            {"style": "body", "text": "市分行：", "direct": {"indent": 0}},
            {"style": "heading", "text": "一、基本情况"},
            {"style": "body", "text": BODY_TEXTS[0]},
            {"style": "body", "text": BODY_TEXTS[1]},
            {"style": "body", "text": "特此报告。"},
            {"style": "body", "text": "东湖银行股份有限公司滨江支行",
             "direct": {"align": "right", "indent": 0}},
            {"style": "body", "text": "2026年11月20日", "direct": {"align": "right", "indent": 0}},
        ],
        # mm, to the text area; grid: lines per page, or None for no line grid.
        "page": {"width": 210, "height": 297, "top": 37, "bottom": 35, "left": 28, "right": 26,
                 "grid": None},
        # The page number: text with "#" for the field, and where it stands on odd and on even
        # pages; even None: one footer for all pages. None: no footer.
        "footer": {"text": "— # —", "odd": "right", "even": "left"},
        # What one format says differently, set by a case for that format only.
        "odf": {
            # The page layout's own fo:margin-bottom in mm; None: the bottom margin less the
            # footer's height and spacing, as LibreOffice counts them into it.
            "margin_bottom": None,
        },
        "docx": {
            "even_and_odd_headers": True,  # w:evenAndOddHeaders in word/settings.xml
            "frame": None,  # the page number in a frame at w:xAlign (one footer for all pages)
            "theme_east_asian": "等线",  # the theme's minor East Asian (Hans) typeface
        },
    }


def changed(report, changes):
    """A copy of `report` with each (path, value) of `changes` set: "styles.body.size",
    "paragraphs.3.direct.font", "page.left", "footer"."""
    report = copy.deepcopy(report)
    for path, value in changes:
        keys = path.split(".")
        target = report
        for key in keys[:-1]:
            key = int(key) if isinstance(target, list) else key
            if isinstance(target, dict) and target.get(key) is None:
                target[key] = {}
            target = target[key]
        last = int(keys[-1]) if isinstance(target, list) else keys[-1]
        target[last] = copy.deepcopy(value)
    return report


def write(report, path):
    """Writes `report` to `path`; the extension picks the format."""
    if path.endswith(".fodt"):
        with open(path, "w", encoding="utf-8") as f:
            f.write(Odf(report).flat())
    elif path.endswith(".odt"):
        Odf(report).package(path)
    elif path.endswith(".docx"):
        Docx(report).package(path)
    else:
        raise ValueError(f"no writer for {path}")


def props(mapping):
    """Present, non-None entries only."""
    return {k: v for k, v in (mapping or {}).items() if v is not None}


def attrs(pairs):
    return "".join(f" {name}={quoteattr(str(value))}" for name, value in pairs)


# ---- ODF ---------------------------------------------------------------------------------------

ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'office:version="1.3"')
ODF_MIMETYPE = "application/vnd.oasis.opendocument.text"
# The footer 7 mm below the text (GB/T 9704's page number) with 7 mm for its 四号 line; its
# fo:min-height holds both, as LibreOffice counts it. A footer whose spacing and line need more
# than fo:min-height grows, and the text area with it.
ODF_FOOTER_HEIGHT = 14
ODF_FOOTER_SPACING = 7
ODF_ALIGN = {"left": "start", "center": "center", "right": "end", "justify": "justify"}
# The common styles: (style:name, display name, parent).
ODF_STYLES = {
    "title": ("Gw_Title", "公文标题", "Standard"),
    "body": ("Gw_Body", "公文正文", "Standard"),
    "heading": ("Gw_Heading_1", "公文一级标题", "Gw_Body"),
}


def cm(value, unit):
    """A length as LibreOffice writes it: cm with three decimals."""
    centimetres = value / 10 if unit == "mm" else value * 2.54 / 72
    return f"{centimetres:.3f}cm"


def pt(value):
    return f"{value:g}pt"


class Odf:
    def __init__(self, report):
        self.report = report
        self.fonts = {"Times New Roman", "Noto Serif CJK SC", "宋体"}
        self.automatic = []  # automatic styles of the body (content.xml)
        self.body = self.text()

    # A style's or a paragraph's properties as style:paragraph-properties and
    # style:text-properties.
    def paragraph_properties(self, p):
        unknown = set(p) - {"font", "size", "bold", "align", "indent", "line", "snap", "outline"}
        if unknown:
            raise ValueError(f"ODF cannot say {sorted(unknown)}")
        pairs = []
        if "align" in p:
            pairs.append(("fo:text-align", ODF_ALIGN[p["align"]]))
        if "indent" in p:
            pairs.append(("fo:text-indent", cm(p["indent"], "pt")))
        if "line" in p:
            rule, value = p["line"]
            if rule == "exact":
                pairs.append(("fo:line-height", cm(value, "pt")))
            elif rule == "atleast":
                pairs.append(("style:line-height-at-least", cm(value, "pt")))
            else:
                pairs.append(("fo:line-height", f"{value:g}%"))
        if "snap" in p:
            pairs.append(("style:snap-to-layout-grid", "true" if p["snap"] else "false"))
        return f"<style:paragraph-properties{attrs(pairs)}/>" if pairs else ""

    def text_properties(self, p):
        pairs = []
        if "font" in p:
            self.fonts.add(p["font"])
            pairs.append(("style:font-name-asian", p["font"]))
        if "size" in p:
            pairs += [("fo:font-size", pt(p["size"])), ("style:font-size-asian", pt(p["size"]))]
        if "bold" in p:
            weight = "bold" if p["bold"] else "normal"
            pairs += [("fo:font-weight", weight), ("style:font-weight-asian", weight)]
        return f"<style:text-properties{attrs(pairs)}/>" if pairs else ""

    def common_styles(self):
        out = ['<style:default-style style:family="paragraph"><style:paragraph-properties '
               'fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>'
               '<style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" '
               'style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="10.5pt" '
               'fo:language="en" fo:country="US" style:language-asian="zh" '
               'style:country-asian="CN"/></style:default-style>',
               '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
               '<style:style style:name="Footer" style:family="paragraph" '
               'style:parent-style-name="Standard" style:class="extra"><style:text-properties '
               'style:font-name-asian="宋体" fo:font-size="14pt" style:font-size-asian="14pt"/>'
               '</style:style>']
        for key, (name, display, parent) in ODF_STYLES.items():
            p = props(self.report["styles"].get(key))
            outline = p.pop("outline", None)
            level = f' style:default-outline-level="{outline}"' if outline else ""
            out.append(f'<style:style style:name="{name}" style:display-name="{display}" '
                       f'style:family="paragraph" style:parent-style-name="{parent}"{level}>'
                       f'{self.paragraph_properties(p)}{self.text_properties(p)}</style:style>')
        out.append('<text:outline-style style:name="Outline"><text:outline-level-style '
                   'text:level="1" style:num-format=""/></text:outline-style>')
        return "".join(out)

    # The body: a paragraph with direct paragraph formatting gets an automatic style; direct
    # character formatting is a text:span over its text.
    def text(self):
        out = []
        for i, paragraph in enumerate(self.report["paragraphs"]):
            name = ODF_STYLES[paragraph["style"]][0]
            direct = props(paragraph.get("direct"))
            paragraph_part = {k: v for k, v in direct.items() if k not in ("font", "size", "bold")}
            text_part = {k: v for k, v in direct.items() if k in ("font", "size", "bold")}
            if paragraph_part:
                style = f"P{i}"
                self.automatic.append(
                    f'<style:style style:name="{style}" style:family="paragraph" '
                    f'style:parent-style-name="{name}">'
                    f"{self.paragraph_properties(paragraph_part)}</style:style>")
                name = style
            content = escape(paragraph.get("prefix", "") + paragraph["text"])
            if text_part:
                span = f"T{i}"
                self.automatic.append(f'<style:style style:name="{span}" style:family="text">'
                                      f"{self.text_properties(text_part)}</style:style>")
                content = f'<text:span text:style-name="{span}">{content}</text:span>'
            if paragraph["style"] == "heading":
                out.append(f'<text:h text:style-name="{name}" text:outline-level="1">'
                           f"{content}</text:h>")
            else:
                out.append(f'<text:p text:style-name="{name}">{content}</text:p>')
        return "".join(out)

    def font_faces(self):
        faces = "".join(f'<style:font-face style:name={quoteattr(font)} '
                        f'svg:font-family={quoteattr(font)} style:font-family-generic="system" '
                        f'style:font-pitch="variable"/>' for font in sorted(self.fonts))
        return f"<office:font-face-decls>{faces}</office:font-face-decls>"

    # The page layout, the footer's paragraph styles (styles.xml's automatic styles) and the
    # master page.
    def page_styles(self):
        page = self.report["page"]
        footer = self.report["footer"]
        bottom = self.report["odf"]["margin_bottom"]
        if bottom is None:
            bottom = page["bottom"] - (ODF_FOOTER_HEIGHT if footer else 0)
        pairs = [("fo:page-width", cm(page["width"], "mm")),
                 ("fo:page-height", cm(page["height"], "mm")),
                 ("style:print-orientation", "portrait"),
                 ("fo:margin-top", cm(page["top"], "mm")),
                 ("fo:margin-bottom", cm(bottom, "mm")),
                 ("fo:margin-left", cm(page["left"], "mm")),
                 ("fo:margin-right", cm(page["right"], "mm")),
                 ("style:writing-mode", "lr-tb")]
        if page["grid"]:
            text_height = page["height"] - page["top"] - page["bottom"]
            pairs += [("style:layout-grid-mode", "line"),
                      ("style:layout-grid-lines", page["grid"]),
                      ("style:layout-grid-base-height", cm(text_height / page["grid"], "mm")),
                      ("style:layout-grid-ruby-height", "0cm"),
                      ("style:layout-grid-display", "false"),
                      ("style:layout-grid-print", "false")]
        else:
            pairs.append(("style:layout-grid-mode", "none"))
        footer_style = ""
        if footer:
            footer_style = (
                '<style:footer-style><style:header-footer-properties '
                f'fo:min-height="{cm(ODF_FOOTER_HEIGHT, "mm")}" '
                f'fo:margin-top="{cm(ODF_FOOTER_SPACING, "mm")}"/></style:footer-style>')
        styles = (f'<style:page-layout style:name="pm1"><style:page-layout-properties'
                  f'{attrs(pairs)}/><style:header-style/>{footer_style}</style:page-layout>')
        master = '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
        if footer:
            for name, side, element in (("MP1", footer["odd"], "style:footer"),
                                        ("MP2", footer["even"], "style:footer-left")):
                if side is None:
                    continue
                styles += (f'<style:style style:name="{name}" style:family="paragraph" '
                           f'style:parent-style-name="Footer"><style:paragraph-properties '
                           f'fo:text-align="{ODF_ALIGN[side]}"/></style:style>')
                before, after = (escape(part) for part in footer["text"].split("#"))
                master += (f'<{element}><text:p text:style-name="{name}">{before}'
                           '<text:page-number text:select-page="current">1</text:page-number>'
                           f"{after}</text:p></{element}>")
        master += "</style:master-page>"
        return styles, f"<office:master-styles>{master}</office:master-styles>"

    def flat(self):
        page_styles, master = self.page_styles()
        common = self.common_styles()
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document {ODF_NAMESPACES} office:mimetype="{ODF_MIMETYPE}">'
                f"{self.font_faces()}<office:styles>{common}</office:styles>"
                f"<office:automatic-styles>{''.join(self.automatic)}{page_styles}"
                f"</office:automatic-styles>{master}"
                f"<office:body><office:text>{self.body}</office:text></office:body>"
                "</office:document>\n")

    def package(self, path):
        page_styles, master = self.page_styles()
        common = self.common_styles()
        faces = self.font_faces()
        content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                   f"<office:document-content {ODF_NAMESPACES}>{faces}"
                   f"<office:automatic-styles>{''.join(self.automatic)}</office:automatic-styles>"
                   f"<office:body><office:text>{self.body}</office:text></office:body>"
                   "</office:document-content>\n")
        styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                  f"<office:document-styles {ODF_NAMESPACES}>{faces}"
                  f"<office:styles>{common}</office:styles>"
                  f"<office:automatic-styles>{page_styles}</office:automatic-styles>{master}"
                  "</office:document-styles>\n")
        manifest = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            ' manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODF_MIMETYPE}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>\n")
        with zipfile.ZipFile(path, "w") as archive:
            # The mimetype first and stored, so the file names its type at a fixed offset.
            archive.writestr(zipfile.ZipInfo("mimetype"), ODF_MIMETYPE, zipfile.ZIP_STORED)
            for name, text in (("META-INF/manifest.xml", manifest), ("content.xml", content),
                               ("styles.xml", styles)):
                archive.writestr(name, text, zipfile.ZIP_DEFLATED)


# ---- .docx -------------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."
DOCX_ALIGN = {"left": "left", "center": "center", "right": "right", "justify": "both"}
# The style ids Word gives them in a Chinese document: Normal is "a", heading 1 is "1".
DOCX_STYLES = {"body": ("a", "Normal"), "title": ("a5", "公文标题"), "heading": ("1", "heading 1")}


def twips(value, unit):
    """A length in twips; a value a whole number of twips does not hold is an error."""
    exact = value * 20 if unit == "pt" else value * 1440 / 25.4
    if unit == "pt" and abs(exact - round(exact)) > 1e-6:
        raise ValueError(f"{value} pt is no whole number of twips")
    return round(exact)


def half_points(value):
    if abs(value * 2 - round(value * 2)) > 1e-6:
        raise ValueError(f"Word sizes are whole half-points, not {value} pt")
    return round(value * 2)


class Docx:
    def __init__(self, report):
        self.report = report

    @staticmethod
    def paragraph_properties(p, style=None, mark="", style_in_chars=False):
        """w:pPr, its children in the schema's order. Over a style that indents in characters,
        an indent in twips comes with w:firstLineChars="0", as Word writes it: the style's
        characters would win otherwise."""
        out = f'<w:pStyle w:val="{style}"/>' if style else ""
        if "snap" in p:
            out += f'<w:snapToGrid w:val="{1 if p["snap"] else 0}"/>'
        if "line" in p or "after" in p:
            pairs = [("w:after", twips(p["after"], "pt"))] if "after" in p else []
            if "line" in p:
                rule, value = p["line"]
                if rule == "percent":
                    pairs += [("w:line", round(value * 240 / 100)), ("w:lineRule", "auto")]
                else:
                    pairs += [("w:line", twips(value, "pt")),
                              ("w:lineRule", "exact" if rule == "exact" else "atLeast")]
            out += f"<w:spacing{attrs(pairs)}/>"
        if "indent_chars" in p:
            size = p.get("size", 16)
            out += (f'<w:ind w:firstLineChars="{round(p["indent_chars"] * 100)}" '
                    f'w:firstLine="{twips(p["indent_chars"] * size, "pt")}"/>')
        elif "indent" in p:
            chars = ' w:firstLineChars="0"' if style_in_chars else ""
            out += f'<w:ind{chars} w:firstLine="{twips(p["indent"], "pt")}"/>'
        if "align" in p:
            out += f'<w:jc w:val="{DOCX_ALIGN[p["align"]]}"/>'
        if "outline" in p:
            out += f'<w:outlineLvl w:val="{p["outline"] - 1}"/>'
        out += mark
        return f"<w:pPr>{out}</w:pPr>" if out else ""

    @staticmethod
    def run_properties(p):
        """w:rPr, its children in the schema's order."""
        unknown = set(p) - {"font", "font_theme", "western_theme", "size", "bold", "align",
                            "indent", "indent_chars", "line", "after", "snap", "outline"}
        if unknown:
            raise ValueError(f"a .docx cannot say {sorted(unknown)}")
        out = ""
        if "font_theme" in p:
            out += f'<w:rFonts w:eastAsiaTheme="{p["font_theme"]}"/>'
            if "western_theme" in p:
                out = (f'<w:rFonts w:asciiTheme="{p["western_theme"]}" '
                       f'w:eastAsiaTheme="{p["font_theme"]}" w:hAnsiTheme="{p["western_theme"]}" '
                       'w:cstheme="minorBidi"/>')
        elif "font" in p:
            out += (f'<w:rFonts w:ascii="Times New Roman" w:eastAsia={quoteattr(p["font"])} '
                    'w:hAnsi="Times New Roman" w:hint="eastAsia"/>')
        if "bold" in p:
            value = "" if p["bold"] else ' w:val="0"'
            out += f"<w:b{value}/><w:bCs{value}/>"
        if "size" in p:
            size = half_points(p["size"])
            out += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        return f"<w:rPr>{out}</w:rPr>" if out else ""

    def styles(self):
        # Word's own defaults (Word 2016 and later): theme fonts, 五号, 8 pt after, 1.08 lines.
        defaults = self.run_properties({"font_theme": "minorEastAsia",
                                        "western_theme": "minorHAnsi", "size": 10.5})
        defaults = defaults.replace(
            "</w:rPr>", '<w:kern w:val="2"/><w:lang w:val="en-US" w:eastAsia="zh-CN" '
            'w:bidi="ar-SA"/></w:rPr>')
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
               f"<w:docDefaults><w:rPrDefault>{defaults}</w:rPrDefault><w:pPrDefault>"
               f'{self.paragraph_properties({"after": 8, "line": ("percent", 259 / 2.4)})}'
               "</w:pPrDefault></w:docDefaults>"]
        for key, (style_id, name) in DOCX_STYLES.items():
            p = props(self.report["styles"].get(key))
            default = ' w:default="1"' if key == "body" else ""
            based = "" if key == "body" else '<w:basedOn w:val="a"/><w:next w:val="a"/>'
            out.append(f'<w:style w:type="paragraph"{default} w:styleId="{style_id}">'
                       f'<w:name w:val="{name}"/>{based}<w:qFormat/>'
                       f"{self.paragraph_properties(p)}{self.run_properties(p)}</w:style>")
        out.append('<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="footer"/>'
                   '<w:basedOn w:val="a"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
                   '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/>'
                   '<w:jc w:val="left"/></w:pPr><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" '
                   'w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>')
        return "".join(out) + "</w:styles>\n"

    def in_chars(self, paragraph):
        """Whether the paragraph's style indents in characters (its own, or the body's below)."""
        styles = self.report["styles"]
        for key in (paragraph["style"], "body"):
            p = props(styles.get(key))
            if "indent_chars" in p:
                return True
            if "indent" in p:
                return False
        return False

    def document(self):
        body = []
        for paragraph in self.report["paragraphs"]:
            style = DOCX_STYLES[paragraph["style"]][0]
            direct = props(paragraph.get("direct"))
            characters = {k: v for k, v in direct.items() if k in ("font", "size", "bold")}
            layout = {k: v for k, v in direct.items() if k not in characters}
            run_properties = self.run_properties(characters)
            # Word repeats the run's look on the paragraph mark.
            properties = self.paragraph_properties(layout, None if style == "a" else style,
                                                   run_properties, self.in_chars(paragraph))
            text = escape(paragraph.get("prefix", "") + paragraph["text"])
            body.append(f'<w:p>{properties}<w:r>{run_properties}'
                        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')
        page = self.report["page"]
        section = ""
        if self.report["footer"]:
            section += '<w:footerReference w:type="default" r:id="rId5"/>'
            if self.report["footer"]["even"]:
                section += '<w:footerReference w:type="even" r:id="rId6"/>'
        section += (f'<w:pgSz w:w="{twips(page["width"], "mm")}" '
                    f'w:h="{twips(page["height"], "mm")}"/>'
                    f'<w:pgMar w:top="{twips(page["top"], "mm")}" '
                    f'w:right="{twips(page["right"], "mm")}" '
                    f'w:bottom="{twips(page["bottom"], "mm")}" '
                    f'w:left="{twips(page["left"], "mm")}" w:header="851" w:footer="992" '
                    'w:gutter="0"/><w:cols w:space="425"/>')
        if page["grid"]:
            text_height = twips(page["height"] - page["top"] - page["bottom"], "mm")
            section += f'<w:docGrid w:type="lines" w:linePitch="{text_height // page["grid"]}"/>'
        else:
            section += '<w:docGrid w:linePitch="360"/>'
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {R}>'
                f"<w:body>{''.join(body)}<w:sectPr>{section}</w:sectPr></w:body></w:document>\n")

    def footer(self, side, simple_field):
        footer = self.report["footer"]
        before, after = (escape(part) for part in footer["text"].split("#"))
        frame = self.report["docx"]["frame"]
        if frame:
            properties = ('<w:pPr><w:pStyle w:val="a7"/><w:framePr w:wrap="around" '
                          f'w:vAnchor="text" w:hAnchor="margin" w:xAlign="{frame}" w:y="1"/>'
                          "</w:pPr>")
        else:
            properties = f'<w:pPr><w:pStyle w:val="a7"/><w:jc w:val="{DOCX_ALIGN[side]}"/></w:pPr>'
        if simple_field:
            field = ('<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:t>2</w:t></w:r>'
                     "</w:fldSimple>")
        else:
            field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                     'xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W} {R}>'
                f'<w:p>{properties}<w:r><w:t xml:space="preserve">{before}</w:t></w:r>{field}'
                f'<w:r><w:t xml:space="preserve">{after}</w:t></w:r></w:p></w:ftr>\n')

    def settings(self):
        even = "<w:evenAndOddHeaders/>" if self.report["docx"]["even_and_odd_headers"] else ""
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}>'
                f'<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>{even}'
                '<w:drawingGridVerticalSpacing w:val="156"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>\n')

    def theme(self):
        # The font scheme of Word's Office theme; the rest of a theme no reader looks at.
        east_asian = escape(self.report["docx"]["theme_east_asian"])
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                'name="Office 主题"><a:themeElements><a:fontScheme name="Office">'
                '<a:majorFont><a:latin typeface="等线 Light"/><a:ea typeface=""/>'
                '<a:cs typeface=""/><a:font script="Jpan" typeface="游ゴシック Light"/>'
                '<a:font script="Hans" typeface="等线 Light"/>'
                '<a:font script="Hant" typeface="新細明體"/></a:majorFont>'
                '<a:minorFont><a:latin typeface="等线"/><a:ea typeface=""/><a:cs typeface=""/>'
                '<a:font script="Jpan" typeface="游明朝"/>'
                f'<a:font script="Hans" typeface="{east_asian}"/>'
                '<a:font script="Hant" typeface="新細明體"/></a:minorFont>'
                "</a:fontScheme></a:themeElements></a:theme>\n")

    def package(self, path):
        footer = self.report["footer"]
        parts = {"word/document.xml": self.document(), "word/styles.xml": self.styles(),
                 "word/settings.xml": self.settings(), "word/theme/theme1.xml": self.theme()}
        relationships = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
                         ("rId3", "theme", "theme/theme1.xml")]
        overrides = [("/word/document.xml", CONTENT_TYPE + "document.main+xml"),
                     ("/word/styles.xml", CONTENT_TYPE + "styles+xml"),
                     ("/word/settings.xml", CONTENT_TYPE + "settings+xml"),
                     ("/word/theme/theme1.xml",
                      "application/vnd.openxmlformats-officedocument.theme+xml")]
        if footer:
            feet = [("rId5", "footer1.xml", footer["odd"], False)]
            if footer["even"]:
                feet.append(("rId6", "footer2.xml", footer["even"], True))
            for rid, name, side, simple in feet:
                parts["word/" + name] = self.footer(side, simple)
                relationships.append((rid, "footer", name))
                overrides.append(("/word/" + name, CONTENT_TYPE + "footer+xml"))
        rels = "".join(f'<Relationship Id="{rid}" Type="{RELATIONSHIP}{kind}" Target="{target}"/>'
                       for rid, kind, target in relationships)
        parts["word/_rels/document.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
            "</Relationships>\n")
        parts["_rels/.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELATIONSHIP}officeDocument" '
            'Target="word/document.xml"/></Relationships>\n')
        types = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>'
                        for name, kind in overrides)
        content_types = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types '
            'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f"{types}</Types>\n")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", content_types)
            for name, text in parts.items():
                archive.writestr(name, text)
