#!/usr/bin/env python3
"""Writes the defect variants of the clean reports: one injected defect each, one per rule id of
DESIGN.md §4.2 that a file can carry, for both heading variants (typed labels, styled headings).

usage: make_defects.py [OUT_DIR]   (default: defects/ next to this script)

Each variant is the clean .fodt with a few text edits. An edit must match exactly once, so a change
to the clean reports that breaks a defect fails here instead of silently making a clean "defect".
The file name is VARIANT.RULE.fodt; README.md lists what each one expects."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VARIANTS = ("typed", "styled")


def p(text, style="Text_20_body"):
    """A body paragraph line of the clean reports."""
    return f'   <text:p text:style-name="{style}">{text}</text:p>\n'


def typed_h1(label, text):
    return f'   <text:p text:style-name="P1">{label}{text}</text:p>\n'


def typed_h2(label, text):
    return f'   <text:p text:style-name="P2">{label}{text}</text:p>\n'


def styled_h(level, text, style=None, extra=""):
    style = style or f"Heading_20_{level}"
    return f'   <text:h text:style-name="{style}" text:outline-level="{level}"{extra}>{text}</text:h>\n'


TITLE = p("关于2026年消费者权益保护工作开展情况的报告", "Title")
ADDRESSEE = p("东湖银行股份有限公司总行：", "Salutation")
CLOSING = p("特此报告。")
SIGNATURE = p("东湖银行股份有限公司滨江支行", "Signature")
DATE = p("2026年11月20日", "P3")
PROBLEMS_BODY_2 = p("对投诉数据的分析还停留在个案处理层面，从产品设计、服务流程等环节查找原因、推动整改的力度不够。")
PLAN_BODY = p("年初制定《滨江支行2026年消费者权益保护工作计划》，将目标任务分解到部门和网点，每季度召开一次工作例会，通报投诉处理情况，研究解决突出问题。")

NEXT_STEPS = ["加强员工培训", "深化投诉溯源整改", "持续做好宣传教育"]
CHINESE = "一二三"


def swap_sections(text, variant):
    """Sections 二 and 三 change places with their contents; typed labels keep counting 二、三、."""
    if variant == "typed":
        second, third = typed_h1("二、", "存在的问题"), typed_h1("三、", "下一步工作打算")
    else:
        second, third = styled_h(1, "存在的问题"), styled_h(1, "下一步工作打算")
    start, middle, end = text.index(second), text.index(third), text.index(CLOSING)
    problems, plans = text[start:middle], text[middle:end]
    if variant == "typed":
        problems = problems.replace(second, typed_h1("三、", "存在的问题"))
        plans = plans.replace(third, typed_h1("二、", "下一步工作打算"))
    return text[:start] + plans + problems + text[end:]


def next_steps_at_level_3(variant):
    """The sub-sections of 三、 one level too deep: 1. 2. 3. (Heading 3) straight under 三、."""
    if variant == "typed":
        return [(typed_h2(f"（{CHINESE[i]}）", t), typed_h2(f"{i + 1}.", t))
                for i, t in enumerate(NEXT_STEPS)]
    return [(styled_h(2, t), styled_h(3, t)) for t in NEXT_STEPS]


# rule id → edits per variant: a list of (old, new) pairs or a function of (text, variant), or
# None when the defect cannot be made in that variant.
DEFECTS = {
    "title.missing": [(TITLE, "")],
    "title.format": [(TITLE, TITLE.replace("的报告<", "的报告。<"))],
    "addressee.missing": [(ADDRESSEE, "")],
    # A required section under another heading: 「困难和挑战」 is no alias of 存在的问题.
    "heading.missing": {
        "typed": [(typed_h1("二、", "存在的问题"), typed_h1("二、", "困难和挑战"))],
        "styled": [(styled_h(1, "存在的问题"), styled_h(1, "困难和挑战"))],
    },
    "heading.order": swap_sections,
    # The only body paragraph of （二）投诉源头治理… is gone.
    "section.empty": [(PROBLEMS_BODY_2, "")],
    "numbering.gap": {
        "typed": [(typed_h1("三、", "下一步工作打算"), typed_h1("四、", "下一步工作打算"))],
        # The office numbers the heading from 4 on: 一、二、四、.
        "styled": [(styled_h(1, "下一步工作打算"), styled_h(
            1, "下一步工作打算", extra=' text:restart-numbering="true" text:start-value="4"'))],
    },
    # Automatic numbering restarts only where the writer set it up, so the rule is for typed labels.
    "numbering.restart": {
        "typed": [(typed_h2("（三）", "提升服务质量"), typed_h2("（一）", "提升服务质量"))],
        "styled": None,
    },
    "numbering.level": next_steps_at_level_3,
    "numbering.style": {
        "typed": [("2.精准宣教。", "2、精准宣教。")],
        # Level 2 of the outline drawn with half-width brackets (一) instead of （一）: every level-2
        # heading has the wrong form.
        "styled": [('<text:outline-level-style text:level="2" style:num-prefix="（" '
                    'style:num-format="一, 二, 三, ..." style:num-suffix="）"/>',
                    '<text:outline-level-style text:level="2" style:num-prefix="(" '
                    'style:num-format="一, 二, 三, ..." style:num-suffix=")"/>')],
    },
    "placeholder.leftover": [("开展户外宣传18场", "开展户外宣传XX场")],
    "punct.halfwidth": [("由行长任组长，分管", "由行长任组长,分管")],
    "char.stray": [("每季度召开一次工作例会", "每季度召开一次工作例`会")],
    # The paragraph pasted twice.
    "duplicate.paragraph": [(PLAN_BODY, PLAN_BODY + PLAN_BODY)],
    "closing.missing": [(CLOSING, "")],
    "signature.missing": [(SIGNATURE, "")],
    # The short name where the full one belongs (checked with --profile templates/profiles/example.xml).
    "signature.mismatch": [(SIGNATURE, SIGNATURE.replace("东湖银行股份有限公司滨江支行", "东湖银行滨江支行"))],
    "date.missing": [(DATE, "")],
    "date.format": [(DATE, DATE.replace("2026年11月20日", "2026.11.20"))],
    "date.invalid": [(DATE, DATE.replace("2026年11月20日", "2026年11月31日"))],
}


def apply(text, edits, variant):
    if callable(edits):
        edits = edits(variant) if edits.__code__.co_argcount == 1 else edits(text, variant)
        if isinstance(edits, str):
            return edits
    for old, new in edits:
        count = text.count(old)
        if count != 1:
            raise SystemExit(f"make_defects.py: {variant}: {old!r} occurs {count} times, not once")
        text = text.replace(old, new)
    return text


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "defects")
    os.makedirs(out_dir, exist_ok=True)
    written = 0
    for variant in VARIANTS:
        with open(os.path.join(HERE, f"report_{variant}.fodt"), encoding="utf-8") as f:
            clean = f.read()
        for rule, edits in DEFECTS.items():
            if isinstance(edits, dict):
                edits = edits[variant]
                if edits is None:
                    continue
            text = apply(clean, edits, variant)
            assert text != clean, f"{variant}.{rule}: no change"
            text = text.replace("<!-- The same clean", "<!-- Generated by make_defects.py (defect "
                                f"{rule}) from report_{variant}.fodt:", 1)
            text = text.replace("<!-- A clean", "<!-- Generated by make_defects.py (defect "
                                f"{rule}) from report_{variant}.fodt: a", 1)
            with open(os.path.join(out_dir, f"{variant}.{rule}.fodt"), "w", encoding="utf-8") as f:
                f.write(text)
            written += 1
    print(f"{written} defect variants written to {out_dir}")


if __name__ == "__main__":
    main()
