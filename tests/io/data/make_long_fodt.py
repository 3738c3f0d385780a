#!/usr/bin/env python3
"""Writes long.fodt: a report of about 30 pages (800+ paragraphs) for the speed measurement.

It reuses the styles of report.fodt and repeats sections with four heading levels, body text,
a numbered list and a small table, so every part of the readers is exercised at volume.
"""
import re
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
source = (here / "report.fodt").read_text(encoding="utf-8")
head = source[: source.index("<office:body>")]
body = []
sentence = "为深入贯彻落实上级部署，我单位结合实际，认真组织开展各项工作，取得了阶段性成效。"
for section in range(1, 37):
    body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">第{section}部分工作情况</text:h>')
    for sub in range(1, 4):
        body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">具体事项{sub}</text:h>')
        body.append(f'<text:h text:style-name="Heading_20_3" text:outline-level="3">措施</text:h>')
        body.append(f'<text:p text:style-name="Text_20_body">{sentence * 3}</text:p>')
        body.append(f'<text:h text:style-name="Heading_20_4" text:outline-level="4">细化</text:h>')
        body.append(f'<text:p text:style-name="Text_20_body">{sentence * 2}</text:p>')
    body.append('<text:list text:style-name="Numbering_20_123">' +
                "".join(f'<text:list-item><text:p text:style-name="P2">要点{i}：{sentence}</text:p></text:list-item>' for i in range(1, 4)) +
                "</text:list>")
    body.append('<table:table table:name="表格%d"><table:table-column table:number-columns-repeated="2"/>' % section +
                "".join('<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">项目</text:p></table:table-cell>'
                        '<table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">12</text:p></table:table-cell></table:table-row>'
                        for _ in range(2)) + "</table:table>")
out = head + "<office:body><office:text>\n" + "\n".join(body) + "\n</office:text></office:body></office:document>\n"
Path(sys.argv[1] if len(sys.argv) > 1 else here / "long.fodt").write_text(out, encoding="utf-8")
