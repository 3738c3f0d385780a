#!/usr/bin/env python3
"""Writes numbering.docx: a hand-made .docx for the OOXML reader (see README.md).

Word-processing XML written directly (no office involved) so the file holds exactly the
constructs under test: Chinese counting with lvlText "%1、" and "（%2）", decimal "%3.",
decimalEnclosedParen, a startOverride, a lvlRestart, numbering that comes from a style through
w:basedOn, numId 0, an mc:AlternateContent text box, fields, tracked changes, a table and a
content control. The expected labels are the ones LibreOffice 7.4 shows for this file.
"""
import sys
import zipfile
from pathlib import Path

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def lvl(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')


NUMBERING = (
    # 1: the house heading scheme 一、（一）1.（1）
    '<w:abstractNum w:abstractNumId="1">'
    + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）")
    + lvl(2, "decimal", "%3.") + lvl(3, "decimal", "（%4）") + '</w:abstractNum>'
    # 2: decimalEnclosedParen over letters that say they never restart
    '<w:abstractNum w:abstractNumId="2">'
    + lvl(0, "decimalEnclosedParen", "%1")
    + lvl(1, "lowerLetter", "%2)", extra='<w:lvlRestart w:val="0"/>') + '</w:abstractNum>'
    # 3: plain decimal, used by two w:num (one with a startOverride)
    '<w:abstractNum w:abstractNumId="3">' + lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2")
    + '</w:abstractNum>'
    # 4: a bullet
    '<w:abstractNum w:abstractNumId="4">' + lvl(0, "bullet", "●") + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="3"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="4"/></w:num>'
)


def style(style_id, name, ppr="", based_on="Normal", extra=""):
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (f'<w:style w:type="paragraph" w:styleId="{style_id}"{extra}><w:name w:val="{name}"/>'
            f'{based}<w:pPr>{ppr}</w:pPr></w:style>')


def num_pr(num_id, ilvl=None):
    level = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
    return f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>'


STYLES = (
    '<w:docDefaults><w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + style("Normal", "Normal", based_on=None, extra=' w:default="1"')
    + style("Title", "Title", '<w:jc w:val="center"/>')
    + style("Heading1", "heading 1", num_pr(1) + '<w:jc w:val="left"/><w:outlineLvl w:val="0"/>')
    + style("Heading2", "heading 2", num_pr(1, 1) + '<w:jc w:val="left"/><w:outlineLvl w:val="1"/>')
    + style("Heading3", "heading 3", num_pr(1, 2) + '<w:jc w:val="left"/><w:outlineLvl w:val="2"/>')
    # No w:outlineLvl: LibreOffice reads it as body text despite the built-in heading name; the
    # numbering still comes from the style.
    + style("Heading4", "heading 4", num_pr(1, 3) + '<w:jc w:val="left"/>')
    # Numbering and outline level inherited through w:basedOn.
    + style("ReportHeading2", "报告标题二", "", based_on="Heading2")
    + style("Signature", "落款", '<w:jc w:val="right"/>')
)


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(content, style_id=None, ppr=""):
    pstyle = f'<w:pStyle w:val="{style_id}"/>' if style_id else ""
    return f'<w:p><w:pPr>{pstyle}{ppr}</w:pPr>{content}</w:p>'


TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" '
    'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:extent cx="1800000" cy="400000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="400000"/>'
    '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
    '<wps:txbx><w:txbxContent>' + para(run("文本框内容")) + '</w:txbxContent></wps:txbx>'
    '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shape style="width:141.7pt;height:31.5pt"><v:textbox><w:txbxContent>'
    + para(run("文本框内容")) + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
    '</mc:AlternateContent></w:r>'
)

FIELDS_AND_CHANGES = (
    run("共")
    + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>'
    + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("3")
    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run("页，作者")
    + '<w:fldSimple w:instr=" AUTHOR "><w:r><w:t>张三</w:t></w:r></w:fldSimple>'
    + run("，") + '<w:del w:id="1" w:author="审核人"><w:r><w:delText>删除的文字</w:delText></w:r></w:del>'
    + '<w:ins w:id="2" w:author="审核人"><w:r><w:t>插入的文字</w:t></w:r></w:ins>'
    + '<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/>'
    + '<w:r><w:tab/><w:t>完</w:t><w:br/><w:t>续</w:t><w:br w:type="page"/></w:r>'
    + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
)

BODY = "".join([
    para(run("关于2026年度工作情况的报告"), "Title"),
    para(run("上级机关：")),
    para(run("基本情况"), "Heading1"),
    para(run("组织") + '<w:hyperlink r:id="rId9"><w:r><w:t>领导</w:t></w:r></w:hyperlink>', "Heading2"),
    para(TEXT_BOX + run("锚定段落")),
    para(run("健全机制"), "Heading3"),
    para(run("明确分工"), "Heading4"),
    para(run("落实责任"), "Heading4"),
    para(run("加强督导"), "Heading3"),
    para(run("宣传培训"), "ReportHeading2"),
    para(run("开展培训"), "Heading3"),
    para(run("取得的成效"), "Heading1"),
    para(FIELDS_AND_CHANGES),
    para(run("括号数字"), ppr=num_pr(2, 0)),
    para(run("字母一"), ppr=num_pr(2, 1)),
    para(run("字母二"), ppr=num_pr(2, 1)),
    para(run("括号数字二"), ppr=num_pr(2, 0)),
    para(run("字母重新开始"), ppr=num_pr(2, 1)),
    para(run("十进制一"), ppr=num_pr(3, 0)),
    para(run("十进制二"), ppr=num_pr(3, 0)),
    para(run("从五开始"), ppr=num_pr(4, 0)),
    para(run("从五继续"), ppr=num_pr(4, 0)),
    para(run("同一列表"), ppr=num_pr(3, 0)),
    para(run("项目符号"), ppr=num_pr(5, 0)),
    para(run("不编号的标题"), "Heading1", num_pr(0)),
    para(run("存在的问题"), "Heading1"),
    '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/>'
    '<w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>'
    + para(run("单元格甲")) + '</w:tc><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>'
    + para(run("单元格乙")) + '</w:tc></w:tr></w:tbl>',
    '<w:sdt><w:sdtPr><w:alias w:val="控件"/></w:sdtPr><w:sdtContent>' + para(run("内容控件"))
    + '</w:sdtContent></w:sdt>',
    para(run("正文级别的二级标题"), "Heading2", '<w:outlineLvl w:val="9"/>'),
    para(run("前半"), ppr='<w:rPr><w:del w:id="3" w:author="审核人"/></w:rPr>'),
    para(run("后半")),
    para(run("某某单位"), "Signature"),
    para(run("2026年11月20日"), ppr='<w:jc w:val="end"/>'),
])

CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '</Types>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
DOCUMENT_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>'
    '</Relationships>')


# The parts the body refers to: their text must never show up among the body paragraphs.
FOOTNOTES = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1">' + para(run("脚注内容")) + '</w:footnote>')
COMMENTS = '<w:comment w:id="0" w:author="审核人" w:initials="审">' + para(run("批注内容")) + '</w:comment>'
HEADER = para(run("页眉文字"))
SECTION = '<w:sectPr><w:headerReference w:type="default" r:id="rId5"/></w:sectPr>'


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent / "numbering.docx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        # A fixed date keeps the file byte-for-byte reproducible.
        def write(name, text):
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 20, 0, 0, 0)), XML + text, zipfile.ZIP_DEFLATED)
        write("[Content_Types].xml", CONTENT_TYPES)
        write("_rels/.rels", RELS)
        write("word/_rels/document.xml.rels", DOCUMENT_RELS)
        write("word/document.xml", f"<w:document {NS}><w:body>{BODY}{SECTION}</w:body></w:document>")
        write("word/footnotes.xml", f"<w:footnotes {NS}>{FOOTNOTES}</w:footnotes>")
        write("word/comments.xml", f"<w:comments {NS}>{COMMENTS}</w:comments>")
        write("word/header1.xml", f"<w:hdr {NS}>{HEADER}</w:hdr>")
        write("word/styles.xml", f"<w:styles {NS}>{STYLES}</w:styles>")
        write("word/numbering.xml", f"<w:numbering {NS}>{NUMBERING}</w:numbering>")


if __name__ == "__main__":
    main()
