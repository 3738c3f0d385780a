#!/usr/bin/env python3
"""Turns the extension's help pages (.xhp, extension/help/<lang>/) into HTML for a browser.

LibreOffice 7.4 as Debian ships it shows its own help as HTML in the browser and never looks at an
extension's compiled .xhp pages, so vnd.chengbao:Help opens these instead. One page per .xhp and an
index.html per language in the order of its help.tree.

Usage: help_html.py SOURCE_DIR OUTPUT_DIR
"""
import html
import os
import re
import sys
import xml.etree.ElementTree as ET

STYLE = """body{font-family:"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;max-width:46em;
margin:2em auto;padding:0 1em;line-height:1.7;color:#222}h1{font-size:1.5em;border-bottom:1px solid
#ccc;padding-bottom:.3em}em{font-style:normal;font-weight:bold}nav{font-size:.9em;margin-bottom:1em}
li{margin:.3em 0}"""

INDEX_LINK = {"zh-CN": "呈报帮助目录", "zh-TW": "呈報說明目錄", "en-US": "Chengbao Help contents"}


def inline(element):
    """The text of a paragraph with <emph> as <em>, escaped."""
    parts = [html.escape(element.text or "")]
    for child in element:
        inner = inline(child)
        parts.append(f"<em>{inner}</em>" if child.tag == "emph" else inner)
        parts.append(html.escape(child.tail or ""))
    return "".join(parts)


def page(lang, title, body):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f"{body}</body>\n</html>\n")


def convert(xhp, lang):
    root = ET.parse(xhp).getroot()
    title = root.findtext("meta/topic/title") or os.path.basename(xhp)
    out = [f'<nav><a href="index.html">{html.escape(INDEX_LINK.get(lang, INDEX_LINK["en-US"]))}'
           "</a></nav>\n"]
    for para in root.iter("paragraph"):
        if para.get("role") == "heading":
            level = min(max(int(para.get("level", "1")), 1), 6)
            out.append(f"<h{level}>{inline(para)}</h{level}>\n")
        else:
            out.append(f"<p>{inline(para)}</p>\n")
    return title, page(lang, title, "".join(out))


def topic_page(topic_id):
    """The page a help.tree topic opens, e.g. "check" for
    swriter/org.chengbao.extension%2Fcheck.xhp?Language=zh-CN&System=UNIX#; None for another id."""
    match = re.search(r"org\.chengbao\.extension(?:/|%2F)([a-z_]+)\.xhp", topic_id)
    return match.group(1) if match else None


def main(source, output):
    for lang in sorted(os.listdir(source)):
        pages_dir = os.path.join(source, lang, "org.chengbao.extension")
        tree = os.path.join(source, lang, "help.tree")
        if not os.path.isdir(pages_dir) or not os.path.isfile(tree):
            continue
        target = os.path.join(output, lang)
        os.makedirs(target, exist_ok=True)
        titles = {}
        for name in sorted(os.listdir(pages_dir)):
            if not name.endswith(".xhp"):
                continue
            stem = name[:-4]
            titles[stem], text = convert(os.path.join(pages_dir, name), lang)
            with open(os.path.join(target, stem + ".html"), "w", encoding="utf-8") as f:
                f.write(text)
        section = ET.parse(tree).getroot().find("help_section")
        heading = section.get("title", "Chengbao")
        items = []
        for topic in section.iter("topic"):
            stem = topic_page(topic.get("id", ""))
            if stem in titles:
                items.append(f'<li><a href="{stem}.html">{html.escape(topic.text or titles[stem])}'
                             "</a></li>\n")
        body = f"<h1>{html.escape(heading)}</h1>\n<ul>\n{''.join(items)}</ul>\n"
        with open(os.path.join(target, "index.html"), "w", encoding="utf-8") as f:
            f.write(page(lang, heading, body))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
