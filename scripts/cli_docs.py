#!/usr/bin/env python3
"""Makes the man page chengbao(1) and the bash completion from the built CLI's own help.

The help text lives in one place, the program (`chengbao --help`, `chengbao COMMAND --help`); this
script runs the binary and turns what it prints into roff and into the completion's tables, so the
page and the completion never drift from what the program accepts. Only the NAME line, a short
description and the FILES section are written here.

Usage: cli_docs.py --binary CHENGBAO --version VERSION --templates DIR --extension DIR
                   [--man OUT.1.gz] [--localized-man zh-CN|zh-TW OUT.1.gz]...
                   [--completion-template IN --completion OUT]
The English page comes from `chengbao --help --lang en`; a localized page from the program's help
in that language (its synopses are the same in every language, only the descriptions differ).
"""
import argparse
import datetime
import gzip
import os
import re
import subprocess
import sys

# The page's own words, by language: only what the program's help does not say.
PAGE = {
    "en": {
        "summary": "check, fix and make work reports in the house format",
        "sections": ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "NOTES", "FILES",
                     "SEE ALSO"),
        "description":
            "\\fBchengbao\\fR checks reports (.docx, .odt, .fodt) against an office's house "
            "format, applies the safe fixes, shows their outline and makes new reports from "
            "templates and an organisation profile, without an office. The same checks run in "
            "LibreOffice Writer through the Chengbao extension. Each command below is described "
            "by its own \\fBchengbao \\fR\\fICOMMAND\\fR \\fB\\-\\-help\\fR.",
        "templates": "The built-in template folder (\\fBchengbao templates\\fR lists it) and "
                     "the example profile \\fIprofiles/example.xml\\fR.",
        "extension": "The LibreOffice extension, bundled for every user of the machine: Writer's "
                     "menu Report (\\(lq报告\\(rq).",
    },
    "zh-CN": {
        "summary": "按机构格式检查、修正和生成工作报告",
        "sections": ("名称", "概要", "描述", "命令", "选项", "说明", "文件", "参见"),
        "description":
            "\\fBchengbao\\fR 不需要办公软件即可按机构格式检查报告（.docx、.odt、.fodt）、"
            "\n应用安全修正、显示报告结构，并根据模板和机构信息生成新报告。\n同样的检查也可在 "
            "LibreOffice Writer 中通过呈报扩展进行。\n下列每个命令的说明见 "
            "\\fBchengbao \\fR\\fI命令\\fR \\fB\\-\\-help\\fR。",
        "templates": "内置模板文件夹（\\fBchengbao templates\\fR 会列出）和示例机构信息 "
                     "\\fIprofiles/example.xml\\fR。",
        "extension": "LibreOffice 扩展，为本机所有用户安装：Writer 的“报告”菜单。",
    },
    "zh-TW": {
        "summary": "按機構格式檢查、修正和產生工作報告",
        "sections": ("名稱", "概要", "描述", "命令", "選項", "說明", "檔案", "參見"),
        "description":
            "\\fBchengbao\\fR 不需要辦公軟體即可按機構格式檢查報告（.docx、.odt、.fodt）、"
            "\n套用安全修正、顯示報告結構，並根據範本和機構資訊產生新報告。\n同樣的檢查也可在 "
            "LibreOffice Writer 中透過呈報擴充功能進行。\n下列每個命令的說明見 "
            "\\fBchengbao \\fR\\fI命令\\fR \\fB\\-\\-help\\fR。",
        "templates": "內建範本資料夾（\\fBchengbao templates\\fR 會列出）和範例機構資訊 "
                     "\\fIprofiles/example.xml\\fR。",
        "extension": "LibreOffice 擴充功能，為本機所有使用者安裝：Writer 的「報告」選單。",
    },
}

# The first line of the help, in any of its languages: "usage: " or 「用法：」.
USAGE = re.compile(r"^(usage: |用法：)")

# A line's description starts after a run of this many spaces, or at this indentation.
GAP = re.compile(r"\S( {3,})(\S.*)$")
DESCRIPTION_INDENT = 16


def run_help(binary, *args, lang="en"):
    """What `binary args --help --lang lang` prints; the program's help is the only source."""
    done = subprocess.run([binary, *args, "--help", "--lang", lang], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        sys.exit(f"cli_docs: {binary} {' '.join(args)} --help failed ({done.returncode}): "
                 f"{done.stderr.strip()}")
    return done.stdout


def commands_of(general_help):
    """The command names of the general help's list: two-space indented lower-case words."""
    names = []
    for line in general_help.splitlines():
        found = re.match(r"^  ([a-z][a-z-]*)(?: |$)", line)
        if found and found.group(1) not in names:
            names.append(found.group(1))
    if not names:
        sys.exit("cli_docs: no commands found in the --help text")
    return names


def common_tail(texts):
    """The notes every command's help ends with (whole lines), printed once in the page."""
    split = [t.rstrip("\n").split("\n") for t in texts]
    tail = []
    while all(len(s) > len(tail) for s in split):
        line = split[0][-1 - len(tail)]
        if any(s[-1 - len(tail)] != line for s in split):
            break
        tail.insert(0, line)
    # Start the notes at a paragraph break, so no part of a command's own text is taken.
    while tail and tail[0].strip():
        tail.pop(0)
    return tail


def entries(lines):
    """Splits help lines into (term lines, description lines) pairs, as help2man does: a term is
    the text at the left, its description the text after a wide gap or deeply indented below."""
    result = []
    for line in lines:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        term, text = line.rstrip(), ""
        if indent >= DESCRIPTION_INDENT:
            term, text = "", line.strip()
        else:
            gap = GAP.search(line)
            if gap:
                term, text = line[:gap.start(1)].rstrip(), gap.group(2).strip()
        if term and (not result or result[-1][1]):
            result.append(([term], []))
        elif term:
            result[-1][0].append(term)
        if text:
            if not result:
                result.append(([], []))
            result[-1][1].append(text)
    return result


def command_help(binary, command, tail, lang="en"):
    """A command's own lines (without the shared notes and the `usage: ` prefix)."""
    lines = run_help(binary, command, lang=lang).rstrip("\n").split("\n")
    if tail and lines[-len(tail):] == tail:
        lines = lines[:-len(tail)]
    if lines and USAGE.match(lines[0]):
        lines[0] = "  " + USAGE.sub("", lines[0])
    return lines


def paragraphs(lines):
    """Wrapped lines joined into paragraphs: a line after one that ends a sentence starts one."""
    result = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if result and not result[-1].endswith("."):
            result[-1] += " " + line
        else:
            result.append(line)
    return result


# ---- roff ----

def roff(text):
    """Text for a roff line: backslashes, hyphen-minus (so options copy as typed), a leading
    control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def roff_entries(pairs, keep_lines=False):
    """keep_lines: the help's own line breaks (Chinese text: groff 1.22 cannot break it)."""
    out = []
    for terms, text in pairs:
        out.append(".PP")
        if terms:
            out.append(".nf")
            out.extend("\\fB" + roff(t.strip()) + "\\fR" for t in terms)
            out.append(".fi")
        if text:
            if keep_lines:
                out += [".RS 4", ".nf", *(roff(line) for line in text), ".fi", ".RE"]
            else:
                out += [".RS 4", roff(" ".join(text)), ".RE"]
    return out


def man_page(binary, version, templates, extension, lang="en"):
    words = PAGE[lang]
    name, synopsis, description, commands_title, options_title, notes, files, see_also = \
        words["sections"]
    general = run_help(binary, lang=lang)
    commands = commands_of(general)
    helps = {c: run_help(binary, c, lang=lang) for c in commands}
    tail = common_tail(list(helps.values()) + [general])
    general_lines = general.rstrip("\n").split("\n")
    usage = USAGE.sub("", general_lines[0]) if USAGE.match(general_lines[0]) else ""
    options = [line for line in general_lines if re.match(r"^  -", line)]

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = (datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc) if epoch
           else datetime.datetime.now(datetime.timezone.utc)).strftime("%Y-%m-%d")
    out = [
        '.\\" Generated by scripts/cli_docs.py from the output of chengbao --help; do not edit.',
        f'.TH CHENGBAO 1 "{day}" "chengbao {version}" "User Commands"',
        ".nh", ".ad l",
        ".SH " + name, f"chengbao \\- {words['summary']}",
        ".SH " + synopsis, ".nf", "\\fB" + roff(usage) + "\\fR",
    ]
    out += ["\\fBchengbao\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR",
            "\\fBchengbao \\-\\-help\\fR | \\fB\\-\\-version\\fR"]
    out += [".fi", ".SH " + description]
    # Chinese lines as written (groff 1.22 cannot break them); English text filled by roff.
    out += ([words["description"]] if lang == "en"
            else [".nf", *words["description"].split("\n"), ".fi"])
    out.append(".SH " + commands_title)
    for command in commands:
        out += [".SS " + roff(command)]
        out += roff_entries(entries(command_help(binary, command, tail, lang)), lang != "en")
    if options:
        out.append(".SH " + options_title)
        out += roff_entries(entries(options), lang != "en")
    if tail:
        out.append(".SH " + notes)
        if lang == "en":
            for paragraph in paragraphs(tail):
                out += [".PP", roff(paragraph)]
        else:
            out += [".PP", ".nf", *(roff(line) for line in tail if line.strip()), ".fi"]
    out += [".SH " + files,
            ".TP", f"\\fI{roff(templates)}\\fR", words["templates"],
            ".TP", f"\\fI{roff(extension)}\\fR", words["extension"],
            ".SH " + see_also, "\\fBsoffice\\fR(1)", ""]
    return "\n".join(out)


# ---- bash completion ----

OPTION_KINDS = {  # what an option's value is, by the option's name
    "--template": "@template", "-t": "@template",
    "--profile": "@xml", "-p": "@xml",
    "--dir": "@dir",
    "--files-from": "@list",
    "--output": "@file", "-o": "@file",
}
PLACEHOLDER = re.compile(r"^[A-Z][A-Z0-9_]*(\.[a-z]+)?(\.\.\.)?$")


def value_kind(option, value):
    """The completion of an option's value: a kind (@...) or the words to offer; "" = none."""
    if option in OPTION_KINDS:
        return OPTION_KINDS[option]
    choices = value.rstrip(".").split("|")
    if all(not PLACEHOLDER.match(c) for c in choices):
        return " ".join(choices)  # text|json|jsonl|sarif
    if "DIR" in choices:
        return "@dir"
    if "FOLDER" in choices:
        return "@docs"
    if any(c.startswith(("FILE", "OUT")) for c in choices):
        return "@file"
    return ""  # DATE, TEXT, N, ID: nothing to offer


def synopsis_of(lines):
    """The command's synopsis: the term lines of its help, joined."""
    return " ".join(t.strip() for terms, _ in entries(lines) for t in terms)


def parse_synopsis(command, synopsis):
    """Options (name → value completion or None for a switch) and the positional arguments."""
    tokens = synopsis.replace("[", " [ ").replace("]", " ] ").split()
    if tokens[:2] == ["chengbao", command]:
        tokens = tokens[2:]
    options, positional = {}, []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.startswith("-") and len(token) > 1:
            value = tokens[i + 1] if i + 1 < len(tokens) else ""
            if value and value[0] not in "[]-":
                options[token] = value_kind(token, value)
                i += 1
            else:
                options.setdefault(token, None)
        elif token not in ("[", "]", "]...", "..."):
            if PLACEHOLDER.match(token.split("|")[0]):
                kind = value_kind("", token) or "@file"
                positional.append(kind + ("..." if token.endswith("...") else ""))
            else:
                positional.append(token)  # a sub-command word: profile check FILE
        i += 1
    return options, positional


def aliases_of(text):
    """Short and long names of one option, as the help's notes pair them: "-t --template"."""
    pairs = {}
    for short, long in re.findall(r"(?<![\w-])(-[A-Za-z]),? (--[a-z][\w-]*)", text):
        pairs[short], pairs[long] = long, short
    return pairs


def extensions_in(text):
    """The file name extensions a description names: "(.docx .odt .fodt; .doc …" """
    found = []
    for extension in re.findall(r"(?<=[\s(])\.([a-z]{3,4})(?=[\s,;)])", text):
        if extension not in found:
            found.append(extension)
    return found


def with_aliases(options, aliases):
    """The options with the other name of each one that has two, taking the same value."""
    result = dict(options)
    for name, kind in options.items():
        other = aliases.get(name)
        if other and other not in result:
            result[other] = OPTION_KINDS.get(other, kind) if kind is not None else None
    return result


def bash_words(words):
    return "'" + words.replace("'", "'\\''") + "'"


def completion(binary, template):
    general = run_help(binary)
    commands = commands_of(general)
    tail = common_tail([run_help(binary, c) for c in commands] + [general])
    aliases = aliases_of(general)
    descriptions = {c: " ".join(" ".join(text) for _, text in
                                entries(command_help(binary, c, tail))) for c in commands}
    every_extension = []
    for command in commands:
        every_extension += [e for e in extensions_in(descriptions[command])
                            if e not in every_extension]
    generated = ["# Generated by scripts/cli_docs.py from chengbao COMMAND --help.",
                 f"_chengbao_commands={bash_words(' '.join(commands))}",
                 "declare -gA _chengbao_options=() _chengbao_values=() _chengbao_positional=()"]
    for command in commands:
        options, positional = parse_synopsis(command,
                                             synopsis_of(command_help(binary, command, tail)))
        options = with_aliases(options, aliases)
        # The reports a command reads: the extensions its description names, else all named.
        documents = "@docs:" + "|".join(extensions_in(descriptions[command]) or every_extension)
        positional = [p.replace("@docs", documents) for p in positional]
        generated.append(f"_chengbao_options[{command}]={bash_words(' '.join(options))}")
        for option, kind in options.items():
            if kind is not None:
                generated.append(f"_chengbao_values[{command}:{option}]={bash_words(kind)}")
        generated.append(f"_chengbao_positional[{command}]={bash_words(' '.join(positional))}")
    with open(template, encoding="utf-8") as f:
        text = f.read()
    if "@GENERATED@" not in text:
        sys.exit(f"cli_docs: {template} has no @GENERATED@ line")
    return text.replace("@GENERATED@", "\n".join(generated))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--templates", required=True, help="installed template folder")
    parser.add_argument("--extension", required=True, help="installed extension folder")
    parser.add_argument("--man", help="write the gzip'd English man page here")
    parser.add_argument("--localized-man", nargs=2, action="append", default=[],
                        metavar=("LANG", "OUT"), help="write the page in LANG (zh-CN, zh-TW) here")
    parser.add_argument("--completion-template")
    parser.add_argument("--completion", help="write the bash completion here")
    args = parser.parse_args()
    pages = ([("en", args.man)] if args.man else []) + [tuple(p) for p in args.localized_man]
    for lang, out in pages:
        if lang not in PAGE:
            parser.error(f"--localized-man: no page words for {lang}")
        page = man_page(args.binary, args.version, args.templates, args.extension, lang)
        # mtime 0 and no file name: the same page gives the same bytes.
        with open(out, "wb") as raw, \
                gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(page.encode("utf-8"))
    if args.completion:
        if not args.completion_template:
            parser.error("--completion needs --completion-template")
        text = completion(args.binary, args.completion_template)
        with open(args.completion, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
