#!/usr/bin/env python3
"""Writes a long work report as flat ODF (.fodt) for the benchmarks: typed Chinese heading labels,
body paragraphs in the register of real reports, about 20 paragraphs a page."""
import sys

def cn(n):
    """Chinese numerals as heading labels write them: 十一, 二十一, 一百零五, 一千二百."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return digits[tens] + "十" + (digits[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        tail = "" if rest == 0 else ("零" + digits[rest] if rest < 10 else
                                     (digits[1] if rest < 20 else "") + cn(rest))
        return digits[hundreds] + "百" + tail
    thousands, rest = divmod(n, 1000)
    return digits[thousands] + "千" + ("" if rest == 0 else ("零" if rest < 100 else "") + cn(rest))


def main():
    out, pages = sys.argv[1], int(sys.argv[2])
    body = []
    para = lambda text, style="Text_20_body": body.append(
        f'<text:p text:style-name="{style}">{text}</text:p>')
    para("关于2026年度重点工作开展情况的报告", "Title")
    para("东湖银行股份有限公司总行：")
    para("根据总行工作部署，我行认真组织开展年度重点工作，现将有关情况报告如下：")
    sections = max(3, pages // 3)
    per_section = max(1, (pages * 20) // (sections * 4))
    for s in range(1, sections + 1):
        body.append(f'<text:p text:style-name="Heading_20_1">{cn(s)}、第{s}项重点工作</text:p>')
        for sub in range(1, 4):
            body.append(f'<text:p text:style-name="Heading_20_2">（{cn(sub)}）工作措施{sub}</text:p>')
            for k in range(per_section):
                para(f"第{s}项工作第{sub}方面的第{k + 1}项具体措施已按计划推进，累计开展专项检查{k + 3}次，"
                     f"覆盖网点{k + 12}个，整改问题{k + 5}项，相关制度和台账均已建立并持续完善。")
    para("特此报告。")
    para("东湖银行股份有限公司滨江支行", "P_right")
    para("2026年11月20日", "P_right")
    with open(out, "w", encoding="utf-8") as f:
        f.write(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="P_right" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="end"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
''')


if __name__ == "__main__":
    main()
