#!/usr/bin/env python3
"""Runs the built chengbao on the reports of tests/cli/data and compares what it says with the
expected files, by meaning (parsed JSON), not byte for byte. Used by the cli.* tests of
tests/cli/CMakeLists.txt.

  cli_test.py expect  CHENGBAO EXPECTED.json [--exit N] FILE...
      `chengbao check --format json --lang en --template templates/work-report.xml FILE...` (with --profile
      templates/profiles/example.xml for a signature.mismatch variant) must print EXPECTED.json
      and exit N (by default 1 when EXPECTED counts an error, else 0). File names are compared
      without their folder.
  cli_test.py same    CHENGBAO FILE...
      the same report in several formats: the same exit status and the same findings (rule,
      severity, paragraph, offset, length, text) for each.
  cli_test.py outline CHENGBAO FILE...
      `chengbao outline --format json`: the same headings (paragraph, level, label, heading,
      run-on) for each file, whether the labels are typed or drawn by the office; in a
      report_styled.* every level-1 and level-2 label must be automatic, in a report_typed.*
      none.
  cli_test.py record  CHENGBAO WORKDIR
      a report made by `chengbao new` records its template, script, date style and topic: a
      zh-Hant report dated in the ROC calendar (.fodt and .odt, written under WORKDIR) is
      Traditional throughout (the Simplified topic and profile values converted) and checks
      without --template or --profile against its own template with no date.format finding, and
      checked with --template by id its messages quote the Traditional headings.
  cli_test.py made    CHENGBAO WORKDIR
      every Chinese shipped template, in both scripts, made by `chengbao new --masthead --seq 12
      --colophon` with the example profile as .fodt and .odt (under WORKDIR): outline finds the
      版头 and the 版记, and check finds nothing but the template's 【…】 fill-ins; without --seq
      the number's 【序号】 is one more.
  cli_test.py legacy-interrupt CHENGBAO WORKDIR
      Ctrl+C (SIGINT) while 20 .doc reports are converted: chengbao ends by the signal and
      leaves neither its conversion folder nor a process of the converting office.
  cli_test.py format  CHENGBAO WORKDIR FORMAT...
      the 版式 rules (format.*) end to end: a short report correctly set per GB/T 9704 and
      variants of it (FORMAT: fodt, odt, docx; written under WORKDIR by format_documents.py) are
      checked against the shipped work-report template. The correct report gives no format.*
      finding; a variant with a clear defect gives its rule's findings and no other format.*
      finding, each at the first paragraph of its element with the defect; a variant just
      inside a tolerance gives none, one just outside gives the finding.
  cli_test.py folder  CHENGBAO WORKDIR
      `check` and `outline` given a folder (a tree written under WORKDIR) find its .odt, .fodt and
      .docx reports at any depth, in path order, and skip hidden folders and files, Word's ~$
      lock files and other files; --files-from - takes the files named on standard input in
      their order; a folder without reports is a usage error naming it.
  cli_test.py sarif   CHENGBAO WORKDIR MULTITOOL
      `check --format sarif` on reports with findings, a safe fix and an unreadable file is valid
      SARIF 2.1.0 to MULTITOOL (@microsoft/sarif-multitool, scripts/install-test-tools.sh): no
      error-level validation result. It has a result per finding of the JSON output (rule,
      paragraph as line, offset as column), the safe fixes as SARIF fixes, every catalogue rule
      with its description, and the unreadable file as a notification; --format jsonl gives the
      JSON's files one a line.
  cli_test.py fix     CHENGBAO WORKDIR FORMAT
      `chengbao fix` on every report of data/ in FORMAT (fodt, odt, docx) with a safe fix, on
      copies under WORKDIR: --dry-run names each fix as FILE:PARAGRAPH: rule: «before» → «after»
      and leaves the file's bytes alone; fix in place prints the same changes, and a check of
      the result has none of the fixed findings and every other one as before; every zip entry
      but the body part is byte-identical and in the same order (same compression), the body
      part (the whole file for .fodt) differs only in a short stretch that holds the
      replacement; -o OUT leaves the original as it was and writes what fix in place writes;
      --rule with another rule changes nothing; a missing file or an -o that cannot be written
      is exit 2 and leaves nothing behind; an unknown rule is a usage error.
  cli_test.py fix-reads CHENGBAO WORKDIR
      `chengbao fix`, in place and with -o, on a report in each format (copied under WORKDIR)
      and with a template whose <layout> judges the look: the fixed file is not opened again
      once it is in place (it is checked as it was read back to verify it), and what fix says
      remains, and its exit status, are what a check of the fixed file finds.
  cli_test.py legacy  CHENGBAO WORKDIR
      a report saved by a private headless office as .doc and as .rtf (under WORKDIR) is read by
      `check` and `outline` through that office: the same findings (rule, paragraph) as the
      report itself, named by the .doc and .rtf; without an office (CHENGBAO_OFFICE=none) each is
      unreadable (exit 2) with a message that says what to do; `fix` refuses them.
  cli_test.py derive  CHENGBAO WORKDIR XMLLINT SCHEMA PROFILE MODEL:BASE...
      `chengbao template derive` on each model report of data/derive/, alone and extending the
      shipped template BASE (see derive_test.py).
  cli_test.py derive-made CHENGBAO WORKDIR XMLLINT SCHEMA PROFILE ID...
      the same on the reports `chengbao new` makes from each shipped template ID, in zh-Hans and
      zh-Hant.
  cli_test.py derive-sweep CHENGBAO WORKDIR PROFILE FILE...
      every report FILE of the CLI tests as a model: new and check agree with it.
  cli_test.py update  CHENGBAO
      rewrites expected/NAME.json for every report in data/ and data/defects/ from CHENGBAO's
      output. Review the diff: the expected files are what the tests hold the checker to."""
import difflib
import json
import os
import time
import subprocess
import sys
import urllib.parse

# Tests write under the build folder only: no __pycache__ beside the sources.
sys.dont_write_bytecode = True
import format_documents as fd  # noqa: E402
from derive_test import cmd_derive, cmd_derive_made, cmd_derive_sweep  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
EXPECTED = os.path.join(HERE, "expected")
PROFILE = os.path.join(HERE, "..", "..", "templates", "profiles", "example.xml")
# The shipped work report with its 版式 rules off: the test reports are in the office's default
# look, and these tests are about the text rules.
WORK_REPORT = os.path.join(HERE, "templates", "work-report.xml")
REPORT_EXTENSIONS = (".fodt", ".odt", ".docx")
TIME_LIMIT = 60


def check_command(chengbao, files):
    command = [chengbao, "check", "--format", "json", "--lang", "en"]
    # The whole 公文 of make_gongwen.py are of several genres: their titles say which.
    if not all(os.path.basename(f).startswith("gongwen_") for f in files):
        command += ["--template", WORK_REPORT]
    if any("signature.mismatch" in os.path.basename(f) for f in files):
        command += ["--profile", os.path.normpath(PROFILE)]
    return command + list(files)


def run(command):
    # The built-in template folder must not come from the developer's shell.
    env = dict(os.environ, CHENGBAO_TEMPLATES="")
    return subprocess.run(command, capture_output=True, timeout=TIME_LIMIT, env=env)


def parse(command, result):
    try:
        return json.loads(result.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        sys.exit(f"FAIL: {' '.join(command)}: stdout is not JSON ({error}):\n"
                 f"{result.stdout[:2000]!r}\nstderr: {result.stderr.decode('utf-8', 'replace')}")


def normalised(output):
    """The output with file names as base names (also inside error lines)."""
    for entry in output.get("files", []):
        name = entry["file"]
        base = os.path.basename(name)
        if "error" in entry:
            entry["error"] = entry["error"].replace(name, base)
        entry["file"] = base
    return output


def pretty(value):
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def expected_exit(expected):
    return 1 if expected["summary"]["error"] > 0 else 0


def cmd_expect(args):
    chengbao, expected_path, rest = args[0], args[1], args[2:]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    want_exit = expected_exit(expected)
    if rest[:1] == ["--exit"]:
        want_exit, rest = int(rest[1]), rest[2:]
    command = check_command(chengbao, rest)
    result = run(command)
    actual = normalised(parse(command, result))
    problems = []
    if result.returncode != want_exit:
        problems.append(f"exit status {result.returncode}, expected {want_exit}")
    if actual != expected:
        diff = difflib.unified_diff(pretty(expected).splitlines(), pretty(actual).splitlines(),
                                    expected_path, "actual", lineterm="")
        problems.append("output differs:\n" + "\n".join(diff))
    if problems:
        print("command:", " ".join(command))
        print("stderr:", result.stderr.decode("utf-8", "replace"))
        for problem in problems:
            print("FAIL:", problem)
        return 1
    findings = sum(len(entry["findings"]) for entry in actual["files"])
    print(f"ok: {len(actual['files'])} file(s), {findings} finding(s), exit {result.returncode}")
    return 0


def findings_of(chengbao, path):
    command = check_command(chengbao, [path])
    result = run(command)
    entry = parse(command, result)["files"][0]
    keys = ("rule", "severity", "paragraph", "offset", "length", "text")
    return result.returncode, [tuple(f[k] for k in keys) for f in entry["findings"]]


def cmd_same(args):
    chengbao, files = args[0], args[1:]
    first_exit, first = findings_of(chengbao, files[0])
    failed = False
    for other in files[1:]:
        exit_status, findings = findings_of(chengbao, other)
        if exit_status != first_exit:
            print(f"FAIL: {other}: exit {exit_status}, {files[0]}: exit {first_exit}")
            failed = True
        if findings != first:
            print(f"FAIL: {other} and {files[0]} differ:")
            for line in difflib.unified_diff([repr(f) for f in first], [repr(f) for f in findings],
                                             files[0], other, lineterm=""):
                print(line)
            failed = True
    if not failed:
        rules = sorted({f[0] for f in first})
        print(f"ok: {len(files)} formats, {len(first)} finding(s) each: {', '.join(rules) or '-'}")
    return 1 if failed else 0


def outline_of(chengbao, path):
    command = [chengbao, "outline", "--format", "json", path]
    result = run(command)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(command)}: exit {result.returncode}: "
                 f"{result.stderr.decode('utf-8', 'replace')}")
    entries = parse(command, result)["files"][0]["outline"]
    keys = ("paragraph", "level", "label", "heading", "runs_on")
    return [tuple(e[k] for k in keys) for e in entries], [e["automatic"] for e in entries]


def cmd_outline(args):
    chengbao, files = args[0], args[1:]
    first, _ = outline_of(chengbao, files[0])
    failed = not first
    for other in files[1:]:
        headings, _ = outline_of(chengbao, other)
        if headings != first:
            print(f"FAIL: the outlines of {other} and {files[0]} differ:")
            for line in difflib.unified_diff([repr(h) for h in first], [repr(h) for h in headings],
                                             files[0], other, lineterm=""):
                print(line)
            failed = True
    # The comparison proves something only if the labels really come from different places.
    for path in files:
        headings, automatic = outline_of(chengbao, path)
        name = os.path.basename(path)
        print(f"{name}: {len(automatic)} headings, {sum(automatic)} with automatic labels")
        sections = [a for (_, level, *_), a in zip(headings, automatic) if level <= 2]
        if name.startswith("report_styled") and not all(sections):
            print(f"FAIL: {name}: a level-1 or level-2 heading without an automatic label")
            failed = True
        if name.startswith("report_typed") and any(automatic):
            print(f"FAIL: {name}: automatic labels in the typed variant")
            failed = True
    return 1 if failed else 0


def report_files():
    for folder in (DATA, os.path.join(DATA, "defects")):
        for name in sorted(os.listdir(folder)):
            if name.endswith(REPORT_EXTENSIONS):
                yield os.path.join(folder, name)


def cmd_update(args):
    chengbao = args[0]
    os.makedirs(EXPECTED, exist_ok=True)
    count = 0
    for path in report_files():
        command = check_command(chengbao, [path])
        output = normalised(parse(command, run(command)))
        with open(os.path.join(EXPECTED, os.path.basename(path) + ".json"), "w",
                  encoding="utf-8") as f:
            f.write(pretty(output))
        count += 1
    print(f"{count} expected files written to {EXPECTED}")
    return 0


def cmd_record(args):
    chengbao, workdir = args
    os.makedirs(workdir, exist_ok=True)
    with open(PROFILE, encoding="utf-8") as f:
        profile = f.read()
    profile = (profile.replace("<date-style>gbt9704</date-style>", "<date-style>roc</date-style>")
               .replace("<script>zh-Hans</script>", "<script>zh-Hant</script>"))
    profile = "\n".join(line for line in profile.split("\n") if "template-folder" not in line)
    profile_path = os.path.join(workdir, "roc.xml")
    with open(profile_path, "w", encoding="utf-8") as f:
        f.write(profile)
    for extension in (".fodt", ".odt"):
        report = os.path.join(workdir, "roc" + extension)
        made = run([chengbao, "new", "--template", "work-report", "--profile", profile_path,
                    "--topic", "档案管理", "--date", "2026-11-20", "-o", report])
        if made.returncode != 0:
            sys.exit(f"FAIL: new {report}: {made.stderr.decode('utf-8', 'replace')}")
        command = [chengbao, "check", "--format", "json", "--lang", "zh-TW", report]
        result = parse(command, run(command))
        entry = result["files"][0]
        rules = sorted({finding["rule"] for finding in entry["findings"]})
        if entry.get("template") != "work-report":
            sys.exit(f"FAIL: {report}: checked against {entry.get('template')!r}, "
                     "not the recorded work-report")
        if rules != ["placeholder.leftover"]:
            sys.exit(f"FAIL: {report}: rules {rules}, expected only placeholder.leftover "
                     "(the ROC date is the recorded style)")
        # Checked with the profile it was made with, typed in Simplified: its Traditional
        # signature is the profile's name, converted.
        command = [chengbao, "check", "--format", "json", "--profile", profile_path, report]
        rules = sorted({f["rule"] for f in parse(command, run(command))["files"][0]["findings"]})
        if rules != ["placeholder.leftover"]:
            sys.exit(f"FAIL: {report} with --profile: rules {rules}")
        text = run([chengbao, "check", "--lang", "zh-TW", report]).stdout.decode("utf-8")
        if "--template" in text:
            sys.exit(f"FAIL: {report}: the text output says template rules were skipped:\n{text}")
        # The note says which template was used, for check and for fix.
        if "註：按報告中記錄的範本檢查：work-report\n" not in text:
            sys.exit(f"FAIL: {report}: the text output does not name the recorded template:\n{text}")
        fixed = run([chengbao, "fix", "--dry-run", "--lang", "en", report]).stdout.decode("utf-8")
        if "note: checked against the template the report records: work-report\n" not in fixed:
            sys.exit(f"FAIL: {report}: fix does not name the recorded template:\n{fixed}")
    # A copy without its first heading, checked with --template by id and no --script: the
    # report's recorded script picks the Traditional template, so the message quotes 基本情況.
    with open(os.path.join(workdir, "roc.fodt"), encoding="utf-8") as f:
        fodt = f.read()
    if "中華民國115年11月20日" not in fodt:
        sys.exit("FAIL: the zh-Hant report with date style roc is not dated 中華民國115年11月20日")
    # Traditional throughout: the topic and the profile's values typed in Simplified are converted
    # (OpenCC s2tw), and the text is tagged zh-TW.
    for wanted in ("關於檔案管理工作開展情況的報告", "東湖銀行股份有限公司濱江支行", "林志遠",
                   'style:country-asian="TW"', 'meta:name="chengbao_topic">檔案管理<'):
        if wanted not in fodt:
            sys.exit(f"FAIL: the zh-Hant report lacks {wanted}")
    for simplified in ("档案", "东湖", "林志远"):
        if simplified in fodt:
            sys.exit(f"FAIL: the zh-Hant report still has the Simplified {simplified}")
    cut = os.path.join(workdir, "roc-cut.fodt")
    with open(cut, "w", encoding="utf-8") as f:
        f.write(fodt.replace(">基本情況<", "><", 1))
    command = [chengbao, "check", "--format", "json", "--lang", "zh-TW", "--template",
               "work-report", cut]
    messages = [finding["message"] for finding in parse(command, run(command))["files"][0]["findings"]
                if finding["rule"] == "heading.missing"]
    if len(messages) != 1 or "「基本情況」" not in messages[0]:
        sys.exit(f"FAIL: heading.missing should quote 「基本情況」: {messages}")
    # Without its record (typed by hand, or saved by another program), the report's text shows
    # it is Traditional: the same.
    start = fodt.find("<office:meta>")
    end = fodt.find("</office:meta>") + len("</office:meta>")
    bare = os.path.join(workdir, "roc-bare.fodt")
    with open(bare, "w", encoding="utf-8") as f:
        f.write((fodt[:start] + fodt[end:]).replace(">基本情況<", "><", 1))
    command[-1] = bare
    messages = [finding["message"] for finding in parse(command, run(command))["files"][0]["findings"]
                if finding["rule"] == "heading.missing"]
    if len(messages) != 1 or "「基本情況」" not in messages[0]:
        sys.exit(f"FAIL: without a record, heading.missing should still quote 「基本情況」: {messages}")
    # The look is judged by the recorded template's <layout> too: without --template, a copy
    # whose body lost its two-character indent gets format.indent (the report is read again,
    # look and all, once its template is known).
    unindented = os.path.join(workdir, "roc-unindented.fodt")
    with open(unindented, "w", encoding="utf-8") as f:
        body_style = 'style:name="Text_20_body"'
        at = fodt.find(body_style)
        indent = fodt.find('fo:text-indent="32.00pt"', at)
        if at < 0 or indent < 0 or indent > fodt.find("</style:style>", at):
            sys.exit("FAIL: the report's body style has no two-character indent to take away")
        f.write(fodt[:indent] + 'fo:text-indent="0pt"' + fodt[indent + len('fo:text-indent="32.00pt"'):])
    command = [chengbao, "check", "--format", "json", unindented]
    rules = sorted({f["rule"] for f in parse(command, run(command))["files"][0]["findings"]})
    if "format.indent" not in rules:
        sys.exit(f"FAIL: {unindented}: the recorded template's layout found no format.indent: {rules}")
    print("record: .fodt and .odt checked against their recorded template and date style")
    return 0


def cmd_made(args):
    chengbao, workdir = args
    os.makedirs(workdir, exist_ok=True)
    templates = ["work-report", "request", "self-inspection-report", "special-work-report",
                 "annual-summary"]
    count = 0
    for template in templates:
        for script in ("zh-Hans", "zh-Hant"):
            for extension in (".fodt", ".odt"):
                for seq in ("12", None):
                    report = os.path.join(workdir, f"{template}-{script}-{seq}{extension}")
                    command = [chengbao, "new", "--template", template, "--script", script,
                               "--profile", os.path.normpath(PROFILE), "--date", "2026-11-20",
                               "--masthead", "--colophon", "-o", report]
                    if seq:
                        command[-2:-2] = ["--seq", seq]
                    made = run(command)
                    if made.returncode != 0:
                        sys.exit(f"FAIL: {' '.join(command)}: "
                                 f"{made.stderr.decode('utf-8', 'replace')}")
                    command = [chengbao, "outline", "--format", "json", report]
                    parts = [part["part"] for part in parse(command, run(command))["files"][0]["parts"]]
                    if parts[0] != "masthead" or parts[-1] != "colophon" or "title" not in parts:
                        sys.exit(f"FAIL: {report}: parts {parts}")
                    command = [chengbao, "check", "--format", "json", "--lang", "en", report]
                    findings = parse(command, run(command))["files"][0]["findings"]
                    wrong = [f for f in findings if f["rule"] != "placeholder.leftover"
                             or not f["text"].startswith("【")]
                    if wrong:
                        sys.exit(f"FAIL: {report}: findings other than 【…】 fill-ins: {wrong}")
                    in_masthead = [f["text"] for f in findings if f["paragraph"] <= 1]
                    want = [] if seq else ["【序号】" if script == "zh-Hans" else "【序號】"]
                    if in_masthead != want:
                        sys.exit(f"FAIL: {report}: findings in the 版头 {in_masthead}, "
                                 f"expected {want}")
                    count += 1
    print(f"made: {count} reports with 版头 and 版记 check clean but for their fill-ins")
    return 0


# ---- format: the 版式 rules on reports written by format_documents.py ---------------------------

ODF = ("fodt", "odt")
ALL_FORMATS = ("fodt", "odt", "docx")
FONT, SIZE, WEIGHT, ALIGN = "format.font", "format.size", "format.weight", "format.align"
INDENT, SPACING, PAGE, PAGE_NUMBER = ("format.indent", "format.spacing", "format.page",
                                      "format.pagenumber")
# The paragraphs that take a style's look: the addressee, signature and date are body-style
# paragraphs with direct formatting, the heading's style is based on the body's and sets its
# own typeface and weight; only body text is held to the line pitch.
BODY_LOOK = [fd.ADDRESSEE, fd.HEADING, fd.BODY_1, fd.CLOSING, fd.SIGNATURE, fd.DATE]
BODY_FACE = [fd.ADDRESSEE, fd.BODY_1, fd.CLOSING, fd.SIGNATURE, fd.DATE]
INDENTED = [fd.HEADING, fd.BODY_1, fd.CLOSING]  # signature and date: no indent prescribed


class Case:
    """One variant of the correct report: the changes that make it (format_documents.changed),
    and the format.* findings it must give, as {rule: [paragraph of each finding]}.
    `formats` narrows it to the formats that can say it; `says` is text a format.* message must
    hold; `includes`: the findings must start at the expected paragraphs, others may come with
    them."""

    def __init__(self, rule, variant, changes, expected, formats=ALL_FORMATS, says=None,
                 includes=False):
        self.rule, self.variant, self.changes, self.expected = rule, variant, changes, expected
        self.formats, self.says, self.includes = formats, says, includes


def direct(paragraph, name, value):
    return (f"paragraphs.{paragraph}.direct.{name}", value)


def style(name, prop, value):
    return (f"styles.{name}.{prop}", value)


# Every edge just inside a tolerance has a twin just outside it written the same way, so a
# writer the reader does not understand cannot pass as "inside".
FORMAT_CASES = [
    Case("-", "correct", [], {}),
    # format.font
    Case(FONT, "direct-songti", [direct(fd.BODY_1, "font", "宋体")], {FONT: [fd.BODY_1]},
         says="宋体"),
    Case(FONT, "direct-second-paragraph", [direct(fd.BODY_2, "font", "宋体")],
         {FONT: [fd.BODY_2]}),
    Case(FONT, "style-body-songti", [style("body", "font", "宋体")], {FONT: BODY_FACE}),
    Case(FONT, "style-heading-fangsong", [style("heading", "font", "仿宋_GB2312")],
         {FONT: [fd.HEADING]}),
    Case(FONT, "style-body-FangSong", [style("body", "font", "FangSong")], {}),
    Case(FONT, "direct-fangsong", [direct(fd.BODY_1, "font", "仿宋")], {}),
    Case(FONT, "theme-dengxian", [style("body", "font", None),
                                  style("body", "font_theme", "minorEastAsia")],
         {FONT: BODY_FACE}, formats=("docx",), says="等线"),
    Case(FONT, "theme-fangsong", [style("body", "font", None),
                                  style("body", "font_theme", "minorEastAsia"),
                                  ("docx.theme_east_asian", "仿宋")], {}, formats=("docx",)),
    # format.size
    Case(SIZE, "direct-12pt", [direct(fd.BODY_1, "size", 12)], {SIZE: [fd.BODY_1]}),
    Case(SIZE, "style-body-12pt", [style("body", "size", 12)], {SIZE: BODY_LOOK}),
    Case(SIZE, "style-title-18pt", [style("title", "size", 18)], {SIZE: [fd.TITLE]}),
    Case(SIZE, "style-body-16.5pt", [style("body", "size", 16.5)], {}),
    Case(SIZE, "direct-16.5pt", [direct(fd.BODY_1, "size", 16.5)], {}),
    Case(SIZE, "direct-16.6pt", [direct(fd.BODY_1, "size", 16.6)], {SIZE: [fd.BODY_1]},
         formats=ODF, says="16.6"),
    # Word sizes go by half-points: the next after 16.5 is 17.
    Case(SIZE, "direct-17pt", [direct(fd.BODY_1, "size", 17)], {SIZE: [fd.BODY_1]},
         formats=("docx",)),
    # format.weight
    Case(WEIGHT, "direct-bold", [direct(fd.BODY_1, "bold", True)], {WEIGHT: [fd.BODY_1]}),
    Case(WEIGHT, "direct-bold-both-paragraphs", [direct(fd.BODY_1, "bold", True),
                                                 direct(fd.BODY_2, "bold", True)],
         {WEIGHT: [fd.BODY_1]}, says="2 paragraphs"),
    # GB/T 9704 names the headings' typefaces, not their weight: a bold heading is no finding.
    Case(WEIGHT, "style-heading-bold", [style("heading", "bold", True)], {}),
    Case(WEIGHT, "style-body-bold", [style("body", "bold", True)], {WEIGHT: BODY_FACE}),
    # format.align
    Case(ALIGN, "style-title-left", [style("title", "align", "left")], {ALIGN: [fd.TITLE]}),
    Case(ALIGN, "direct-title-left", [direct(fd.TITLE, "align", "left")], {ALIGN: [fd.TITLE]}),
    Case(ALIGN, "style-left-direct-centre", [style("title", "align", "left"),
                                             direct(fd.TITLE, "align", "center")], {}),
    Case(ALIGN, "direct-date-centred", [direct(fd.DATE, "align", "center")], {ALIGN: [fd.DATE]}),
    Case(ALIGN, "signature-not-right", [direct(fd.SIGNATURE, "align", None)],
         {ALIGN: [fd.SIGNATURE]}),
    # GB/T 9704 prescribes no alignment for body text: justified is as good as left.
    Case(ALIGN, "direct-body-justified", [direct(fd.BODY_1, "align", "justify")], {}),
    # format.indent
    Case(INDENT, "direct-0", [direct(fd.BODY_1, "indent", 0)], {INDENT: [fd.BODY_1]}),
    Case(INDENT, "style-body-0", [style("body", "indent", 0)], {INDENT: INDENTED}),
    Case(INDENT, "direct-34.8pt", [direct(fd.BODY_1, "indent", 34.8)], {}),
    Case(INDENT, "direct-34.9pt", [direct(fd.BODY_1, "indent", 34.9)], {INDENT: [fd.BODY_1]}),
    Case(INDENT, "typed-spaces-indent-0", [direct(fd.BODY_1, "indent", 0),
                                           (f"paragraphs.{fd.BODY_1}.prefix", "\u3000\u3000")], {}),
    Case(INDENT, "typed-spaces-indent-2", [(f"paragraphs.{fd.BODY_1}.prefix", "\u3000\u3000")],
         {INDENT: [fd.BODY_1]}),
    Case(INDENT, "addressee-indented", [direct(fd.ADDRESSEE, "indent", None)],
         {INDENT: [fd.ADDRESSEE]}),
    Case(INDENT, "style-body-2-chars", [style("body", "indent", None),
                                        style("body", "indent_chars", 2)], {},
         formats=("docx",)),
    Case(INDENT, "style-body-1-char", [style("body", "indent", None),
                                       style("body", "indent_chars", 1)], {INDENT: INDENTED},
         formats=("docx",)),
    # format.spacing
    Case(SPACING, "style-150%-no-grid", [style("body", "line", ("percent", 150))],
         {SPACING: [fd.BODY_1]}),
    Case(SPACING, "direct-150%-no-grid", [direct(fd.BODY_1, "line", ("percent", 150))],
         {SPACING: [fd.BODY_1]}),
    Case(SPACING, "style-exact-30pt", [style("body", "line", ("exact", 30))], {}),
    Case(SPACING, "style-exact-27.5pt", [style("body", "line", ("exact", 27.5))], {}),
    Case(SPACING, "style-exact-31pt", [style("body", "line", ("exact", 31))],
         {SPACING: [fd.BODY_1]}),
    Case(SPACING, "style-exact-27.4pt", [style("body", "line", ("exact", 27.4))],
         {SPACING: [fd.BODY_1]}),
    Case(SPACING, "style-at-least-29pt", [style("body", "line", ("atleast", 29))], {}),
    Case(SPACING, "style-at-least-31pt", [style("body", "line", ("atleast", 31))],
         {SPACING: [fd.BODY_1]}),
    Case(SPACING, "single-on-22-line-grid", [style("body", "line", ("percent", 100)),
                                             ("page.grid", 22)], {}),
    Case(SPACING, "single-no-grid", [style("body", "line", ("percent", 100))],
         {SPACING: [fd.BODY_1]}),
    Case(SPACING, "single-on-grid-not-snapping", [style("body", "line", ("percent", 100)),
                                                  ("page.grid", 22),
                                                  direct(fd.BODY_2, "snap", False)],
         {SPACING: [fd.BODY_2]}),
    # format.page
    Case(PAGE, "left-31.75mm", [("page.left", 31.75)], {PAGE: [0]}),
    Case(PAGE, "top-37.9mm", [("page.top", 37.9)], {}),
    Case(PAGE, "top-38.1mm", [("page.top", 38.1)], {PAGE: [0]}),
    Case(PAGE, "letter-paper", [("page.width", 215.9), ("page.height", 279.4)], {PAGE: [0]}),
    # The bottom margin set to 35 mm in the page layout, not counting the footer in it.
    Case(PAGE, "footer-not-in-bottom-margin", [("odf.margin_bottom", 35)], {PAGE: [0]},
         formats=ODF),
    # format.pagenumber
    Case(PAGE_NUMBER, "no-footer", [("footer", None)], {PAGE_NUMBER: [0]}),
    Case(PAGE_NUMBER, "di-ye", [("footer.text", "第 # 页")], {PAGE_NUMBER: [0]}),
    Case(PAGE_NUMBER, "centred-both", [("footer.odd", "center"), ("footer.even", "center")],
         {PAGE_NUMBER: [0]}),
    Case(PAGE_NUMBER, "one-footer-right", [("footer.even", None),
                                           ("docx.even_and_odd_headers", False)],
         {PAGE_NUMBER: [0]}),
    Case(PAGE_NUMBER, "odd-left-even-right", [("footer.odd", "left"), ("footer.even", "right")],
         {PAGE_NUMBER: [0]}),
    Case(PAGE_NUMBER, "hyphens", [("footer.text", "- # -")], {}),
    # Word shows the even footer only with w:evenAndOddHeaders: without it, right on every page.
    Case(PAGE_NUMBER, "even-footer-not-shown", [("docx.even_and_odd_headers", False)],
         {PAGE_NUMBER: [0]}, formats=("docx",)),
    # One footer for all pages, its page number in a frame: "outside" alternates, "right" not.
    Case(PAGE_NUMBER, "frame-outside", [("footer.even", None), ("docx.frame", "outside"),
                                        ("docx.even_and_odd_headers", False)], {},
         formats=("docx",)),
    Case(PAGE_NUMBER, "frame-right", [("footer.even", None), ("docx.frame", "right"),
                                      ("docx.even_and_odd_headers", False)], {PAGE_NUMBER: [0]},
         formats=("docx",)),
    # A document as Word 2016 and later makes it: its defaults (theme fonts with 等线, 五号,
    # 1.08 lines, no grid), Word's margins, no footer; centred title and right-aligned signature.
    Case("-", "word-defaults",
         [("styles", {"title": {}, "body": {}, "heading": {"outline": 1}}),
          (f"paragraphs.{fd.TITLE}.direct", {"align": "center"}),
          (f"paragraphs.{fd.ADDRESSEE}.direct", {}),
          ("page", {"width": 210, "height": 297, "top": 25.4, "bottom": 25.4, "left": 31.75,
                    "right": 31.75, "grid": None}),
          ("footer", None), ("docx.even_and_odd_headers", False)],
         {FONT: [fd.TITLE], SIZE: [fd.TITLE], SPACING: [fd.BODY_1], PAGE: [0],
          PAGE_NUMBER: [0]}, formats=("docx",), says="等线", includes=True),
]


def format_findings(entry):
    """{rule: [paragraph of each finding]} of the format.* findings."""
    found = {}
    for finding in entry["findings"]:
        if finding["rule"].startswith("format."):
            found.setdefault(finding["rule"], []).append(finding["paragraph"])
    return {rule: sorted(paragraphs) for rule, paragraphs in found.items()}


def format_problem(case, entry):
    """What is wrong with what chengbao said about the case's file, or None."""
    if "error" in entry:
        return f"not read: {entry['error']}"
    got = format_findings(entry)
    if case.includes:
        missing = {rule: paragraphs for rule, paragraphs in case.expected.items()
                   if got.get(rule, [])[:1] != paragraphs[:1]}
        if missing:
            return f"expected at least {missing} (first paragraph of each)"
    elif got != case.expected:
        return f"expected {case.expected or 'no format.* finding'}"
    if case.says:
        messages = [f["message"] for f in entry["findings"] if f["rule"].startswith("format.")]
        if not any(case.says in message for message in messages):
            return f"no format.* message says {case.says!r}"
    return None


def cmd_format(args):
    chengbao, workdir, formats = args[0], args[1], args[2:]
    unknown = [f for f in formats if f not in ALL_FORMATS]
    if not formats or unknown:
        sys.exit(f"format: FORMAT must be among {', '.join(ALL_FORMATS)}, not {unknown or '-'}")
    failures = []
    count = 0
    for extension in formats:
        folder = os.path.join(workdir, extension)
        os.makedirs(folder, exist_ok=True)
        for case in FORMAT_CASES:
            if extension not in case.formats:
                continue
            rule = case.rule.replace("format.", "") if case.rule != "-" else "report"
            path = os.path.join(folder, f"{rule}.{case.variant}.{extension}")
            fd.write(fd.changed(fd.base_report(), case.changes), path)
            command = [chengbao, "check", "--format", "json", "--lang", "en", "--template",
                       "work-report", path]
            entry = parse(command, run(command))["files"][0]
            problem = format_problem(case, entry)
            got = format_findings(entry)
            print(f"{extension:4} {case.rule:17} {case.variant:28} "
                  f"{'FAIL' if problem else 'ok':4} {got or '-'}")
            count += 1
            if problem:
                messages = [f"{f['rule']} at {f['paragraph']}: {f['message']}"
                            for f in entry.get("findings", []) if f["rule"].startswith("format.")]
                failures.append(f"{extension} {case.rule} {case.variant}: {problem}; got "
                                f"{got or 'none'}\n    {path}\n    " +
                                ("\n    ".join(messages) or "(no format.* message)"))
    for failure in failures:
        print("FAIL:", failure)
    print(f"format: {count} cases, {len(failures)} failed")
    return 1 if failures else 0


def cmd_folder(args):
    chengbao, workdir = args
    import shutil
    shutil.rmtree(workdir, ignore_errors=True)
    tree = {
        "b/report.docx": "report_typed.docx",
        "a/nested/deeper/report.ODT": "report_typed.odt",
        "a/report.fodt": "report_typed.fodt",
        ".hidden/report.odt": "report_typed.odt",
        "a/.draft.odt": "report_typed.odt",
        "~$report.docx": "report_typed.docx",
        "notes.txt": None,
    }
    for name, source in tree.items():
        path = os.path.join(workdir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if source:
            shutil.copyfile(os.path.join(DATA, source), path)
        else:
            with open(path, "w", encoding="utf-8") as out:
                out.write("not a report\n")
    failures = []
    wanted = [os.path.join(workdir, name) for name in
              ("a/nested/deeper/report.ODT", "a/report.fodt", "b/report.docx")]
    for command_name in ("check", "outline"):
        command = [chengbao, command_name, "--format", "json", "--lang", "en", workdir]
        result = run(command)
        got = [entry["file"] for entry in parse(command, result)["files"]]
        if got != wanted:
            failures.append(f"{command_name} DIR found {got}, wanted {wanted}")
    listed = [wanted[2], wanted[0]]
    command = [chengbao, "check", "--format", "json", "--lang", "en", "--files-from", "-"]
    env = dict(os.environ, CHENGBAO_TEMPLATES="")
    result = subprocess.run(command, input=("\n".join(listed) + "\n").encode("utf-8"),
                            capture_output=True, timeout=TIME_LIMIT, env=env)
    got = [entry["file"] for entry in parse(command, result)["files"]]
    if got != listed:
        failures.append(f"--files-from - read {got}, wanted {listed}")
    empty = os.path.join(workdir, "a", "nested", "empty")
    os.makedirs(empty, exist_ok=True)
    result = run([chengbao, "check", empty])
    stderr = result.stderr.decode("utf-8", "replace")
    if result.returncode != 2 or empty not in stderr:
        failures.append(f"an empty folder: exit {result.returncode}, said {stderr!r}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"folder: {len(failures)} failed")
    return 1 if failures else 0


def cmd_sarif(args):
    chengbao, workdir, multitool = args
    os.makedirs(workdir, exist_ok=True)
    if not os.access(multitool, os.X_OK):
        print(f"FAIL: no SARIF multitool at {multitool}: run scripts/install-test-tools.sh")
        return 1
    reports = [os.path.join(DATA, "defects", name) for name in
               ("styled.punct.halfwidth.odt", "styled.numbering.gap.odt")]
    missing = os.path.join(workdir, "missing.docx")
    base = [chengbao, "check", "--lang", "zh-CN", "--template", WORK_REPORT]
    failures = []
    command = base + ["--format", "sarif"] + reports + [missing]
    result = run(command)
    log = parse(command, result)
    sarif_path = os.path.join(workdir, "check.sarif")
    with open(sarif_path, "wb") as out:
        out.write(result.stdout)
    validation = os.path.join(workdir, "validation.sarif")
    if os.path.exists(validation):
        os.remove(validation)
    checked = subprocess.run([multitool, "validate", sarif_path, "-o", validation],
                             capture_output=True, timeout=300)
    if not os.path.exists(validation):
        failures.append(f"the multitool wrote no result (exit {checked.returncode}): "
                        f"{checked.stdout.decode('utf-8', 'replace')[-2000:]}")
    else:
        with open(validation, encoding="utf-8-sig") as handle:
            found = json.load(handle)["runs"][0].get("results", [])
        errors = [f"{r.get('ruleId')}: {r.get('message', {}).get('text', '')}"
                  for r in found if r.get("level", "warning") == "error"]
        if errors:
            failures.append("SARIF validation errors: " + "; ".join(errors))
    command = base + ["--format", "json"] + reports
    expected = parse(command, run(command))
    findings = [(entry["file"], f) for entry in expected["files"] for f in entry["findings"]]
    run_log = log["runs"][0]
    results = run_log["results"]
    if len(results) != len(findings):
        failures.append(f"{len(results)} SARIF results for {len(findings)} findings")
    for result_entry, (file, finding) in zip(results, findings):
        location = result_entry["locations"][0]["physicalLocation"]
        got = (result_entry["ruleId"], location["artifactLocation"]["uri"],
               location["region"]["startLine"], location["region"]["startColumn"])
        want = (finding["rule"], "file://" + urllib.parse.quote(file),
                finding["paragraph"] + 1, finding["offset"] + 1)
        if got != want:
            failures.append(f"result {got} for finding {want}")
        if ("fix" in finding) != ("fixes" in result_entry):
            failures.append(f"{want}: fix {'fix' in finding}, SARIF fixes {'fixes' in result_entry}")
    rules = {rule["id"]: rule["shortDescription"]["text"]
             for rule in run_log["tool"]["driver"]["rules"]}
    if len(rules) < 30 or any(not text for text in rules.values()):
        failures.append(f"the rules are not all described: {rules}")
    notes = run_log["invocations"][0].get("toolExecutionNotifications", [])
    if not any(urllib.parse.quote(missing) in json.dumps(note, ensure_ascii=False)
               for note in notes):
        failures.append(f"the unreadable file is not a notification: {notes}")
    command = base + ["--format", "jsonl"] + reports
    lines = [json.loads(line) for line in run(command).stdout.decode("utf-8").splitlines()]
    if lines != expected["files"]:
        failures.append(f"jsonl gave {lines}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"sarif: {len(results)} results, {len(failures)} failed")
    return 1 if failures else 0

BODY_PARTS = ("content.xml", "word/document.xml")


def fixable(chengbao, path):
    """The findings of a check of `path` that carry a safe fix."""
    command = check_command(chengbao, [path])
    return [f for entry in parse(command, run(command))["files"] for f in entry["findings"]
            if "fix" in f]


def template_options(path):
    """The options check_command checks `path` with (its template and profile)."""
    return check_command("", [path])[6:-1]


def compare_packages(before, after, failures, name, replacements):
    """Every entry but the body part is the same, in the same order; the body part changes only
    in a short stretch holding one of `replacements`."""
    import zipfile
    if before.endswith(".fodt"):
        parts = [(None, open(before, "rb").read(), open(after, "rb").read())]
    else:
        with zipfile.ZipFile(before) as old, zipfile.ZipFile(after) as new:
            old_infos, new_infos = old.infolist(), new.infolist()
            if [i.filename for i in old_infos] != [i.filename for i in new_infos]:
                failures.append(f"{name}: the entries changed order or names")
                return
            parts = []
            for old_info, new_info in zip(old_infos, new_infos):
                old_bytes, new_bytes = old.read(old_info), new.read(new_info)
                if old_info.compress_type != new_info.compress_type:
                    failures.append(f"{name}: {old_info.filename} changed its compression")
                if old_info.filename in BODY_PARTS:
                    parts.append((old_info.filename, old_bytes, new_bytes))
                elif old_bytes != new_bytes:
                    failures.append(f"{name}: {old_info.filename} is not byte-identical")
    for part, old_bytes, new_bytes in parts:
        if old_bytes == new_bytes:
            failures.append(f"{name}: {part or 'the file'} did not change")
            continue
        head = 0
        while head < min(len(old_bytes), len(new_bytes)) and old_bytes[head] == new_bytes[head]:
            head += 1
        tail = 0
        while (tail < min(len(old_bytes), len(new_bytes)) - head
               and old_bytes[-1 - tail] == new_bytes[-1 - tail]):
            tail += 1
        # Whole characters: back to where a UTF-8 sequence starts, on both sides.
        while head > 0 and (new_bytes[head] & 0xC0) == 0x80:
            head -= 1
        while tail > 0 and (new_bytes[len(new_bytes) - tail] & 0xC0) == 0x80:
            tail -= 1
        changed_old = old_bytes[head:len(old_bytes) - tail]
        changed_new = new_bytes[head:len(new_bytes) - tail]
        # The differing stretch is the fixed text: a fix spread over runs changes each run's
        # characters, and only those (a few bytes each, an element at most).
        if len(changed_old) > 512 or len(changed_new) > 512:
            failures.append(f"{name}: {part or 'the file'} changed in {len(changed_old)} bytes "
                            f"around offset {head}, more than the fix")
            continue
        changed_old = changed_old.decode("utf-8")
        changed_new = changed_new.decode("utf-8")
        blocks = [(changed_old[i1:i2], changed_new[j1:j2]) for tag, i1, i2, j1, j2 in
                  difflib.SequenceMatcher(None, changed_old, changed_new, autojunk=False)
                  .get_opcodes() if tag != "equal"]
        if any(len(a) > 40 or len(b) > 40 for a, b in blocks):
            failures.append(f"{name}: {part or 'the file'} changed more than the fixed text: "
                            f"{blocks}")
        inserted = "".join(b for _, b in blocks)
        if inserted and not any(all(c in r for c in inserted if ord(c) > 127) for r in replacements):
            failures.append(f"{name}: the change at {head} is not the replacement: {blocks}")


def cmd_fix(args):
    chengbao, workdir, extension = args
    import shutil
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    failures = []
    sources = [f for f in report_files() if f.endswith("." + extension)]
    fixed_files = 0
    changes = 0
    for source in sources:
        findings = fixable(chengbao, source)
        if not findings:
            continue
        name = os.path.basename(source)
        copy = os.path.join(workdir, name)
        shutil.copyfile(source, copy)
        options = template_options(copy)
        original = open(copy, "rb").read()
        wanted = sorted(f"{copy}:{f['paragraph'] + 1}: {f['rule']}: «{f['text']}» → «{f['fix']['replacement']}»"
                        for f in findings)

        # --dry-run: every change named, nothing written.
        dry = run([chengbao, "fix", "--dry-run", "--lang", "en"] + options + [copy])
        dry_lines = sorted(line for line in dry.stdout.decode("utf-8").splitlines() if "→" in line)
        if dry_lines != wanted:
            failures.append(f"{name}: --dry-run said {dry_lines}, wanted {wanted}")
        if open(copy, "rb").read() != original or sorted(os.listdir(workdir)) != sorted(
                n for n in os.listdir(workdir)):
            failures.append(f"{name}: --dry-run changed the file")

        # -o OUT: the original stays, OUT is the fixed file.
        out = os.path.join(workdir, "out-" + name)
        to_out = run([chengbao, "fix", "--lang", "en", "-o", out] + options + [copy])
        if open(copy, "rb").read() != original:
            failures.append(f"{name}: fix -o changed the original")

        # In place.
        before_check = [f for f in parse(check_command(chengbao, [copy]),
                                         run(check_command(chengbao, [copy])))["files"][0]["findings"]]
        done = run([chengbao, "fix", "--lang", "en"] + options + [copy])
        said = done.stdout.decode("utf-8")
        lines = sorted(line for line in said.splitlines() if "→" in line)
        if lines != wanted:
            failures.append(f"{name}: fix said {lines}, wanted {wanted}")
        if not said.rstrip().endswith("finding(s) remain") or done.returncode not in (0, 1):
            failures.append(f"{name}: exit {done.returncode}, said {said!r} "
                            f"{done.stderr.decode('utf-8', 'replace')!r}")
        if open(out, "rb").read() != open(copy, "rb").read():
            failures.append(f"{name}: -o OUT and in place wrote different files")
        after_check = parse(check_command(chengbao, [copy]),
                            run(check_command(chengbao, [copy])))["files"][0]["findings"]
        fixed_keys = {(f["rule"], f["paragraph"]) for f in findings}
        left = [f for f in after_check if (f["rule"], f["paragraph"]) in fixed_keys]
        if left:
            failures.append(f"{name}: the fixed findings are still there: {left}")
        others_before = sorted((f["rule"], f["paragraph"]) for f in before_check
                               if (f["rule"], f["paragraph"]) not in fixed_keys)
        others_after = sorted((f["rule"], f["paragraph"]) for f in after_check)
        if others_before != others_after:
            failures.append(f"{name}: other findings changed: {others_before} → {others_after}")
        expected_status = 1 if any(f["severity"] == "error" for f in after_check) else 0
        if done.returncode != expected_status:
            failures.append(f"{name}: exit {done.returncode}, wanted {expected_status}")
        compare_packages(source, copy, failures, name, [f["fix"]["replacement"] for f in findings])
        leftovers = [n for n in os.listdir(workdir) if n.startswith(".")]
        if leftovers:
            failures.append(f"{name}: temporary files left: {leftovers}")

        # --rule with another rule: nothing to do, nothing written.
        again = os.path.join(workdir, "again-" + name)
        shutil.copyfile(source, again)
        other = "space.cjk" if findings[0]["rule"] != "space.cjk" else "punct.halfwidth"
        if any(f["rule"] == other for f in findings):
            other = "date.invalid"
        untouched = run([chengbao, "fix", "--rule", other, "--lang", "en"] + options + [again])
        if open(again, "rb").read() != original or "→" in untouched.stdout.decode("utf-8"):
            failures.append(f"{name}: --rule {other} changed the file")
        fixed_files += 1
        changes += len(findings)

    # Errors: a missing file, a target that cannot be written, an unknown rule.
    missing = os.path.join(workdir, "missing." + extension)
    result = run([chengbao, "fix", "--lang", "en", missing])
    if result.returncode != 2 or missing not in result.stderr.decode("utf-8", "replace"):
        failures.append(f"a missing file: exit {result.returncode}")
    source = next(f for f in sources if "punct.halfwidth" in f)
    blocked = os.path.join(workdir, "blocked")
    os.makedirs(blocked, exist_ok=True)
    copy = os.path.join(workdir, "keep." + extension)
    shutil.copyfile(source, copy)
    result = run([chengbao, "fix", "--lang", "en", "-o", blocked]
                 + template_options(source) + [copy])
    if (result.returncode != 2 or open(copy, "rb").read() != open(source, "rb").read()
            or os.listdir(blocked) or any(n.startswith(".") for n in os.listdir(workdir))):
        failures.append(f"-o onto a folder: exit {result.returncode}, "
                        f"{result.stderr.decode('utf-8', 'replace')!r}, left {os.listdir(workdir)}")
    result = run([chengbao, "fix", "--rule", "no.such.rule", copy])
    if result.returncode != 2 or "unknown rule no.such.rule" not in result.stderr.decode("utf-8"):
        failures.append(f"an unknown rule: exit {result.returncode}")
    if fixed_files < 13:
        failures.append(f"only {fixed_files} {extension} reports with a safe fix")
    for failure in failures:
        print("FAIL:", failure)
    print(f"fix {extension}: {fixed_files} files, {changes} changes, {len(failures)} failed")
    return 1 if failures else 0

def watched(folder, action):
    """Runs `action` while inotify watches `folder`: its result, and the (event mask, file name)
    of each file opened or moved into the folder meanwhile, in order."""
    import ctypes
    import struct
    in_open, in_moved_to, in_q_overflow = 0x20, 0x80, 0x4000
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
    if fd < 0 or libc.inotify_add_watch(fd, folder.encode(), in_open | in_moved_to) < 0:
        sys.exit(f"FAIL: inotify: {os.strerror(ctypes.get_errno())}")
    try:
        result = action()
        events = []
        while True:
            try:
                data = os.read(fd, 1 << 16)
            except BlockingIOError:
                break
            offset = 0
            while offset < len(data):
                _, mask, _, length = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16:offset + 16 + length].rstrip(b"\0").decode()
                if mask & in_q_overflow:
                    sys.exit("FAIL: inotify: events were lost")
                events.append(("moved" if mask & in_moved_to else "opened", name))
                offset += 16 + length
        return result, events
    finally:
        os.close(fd)


def cmd_fix_reads(args):
    chengbao, workdir = args
    import re
    import shutil
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    failures = []
    cases = 0
    for extension in ("fodt", "odt", "docx"):
        source = os.path.join(DATA, "defects", "typed.punct.halfwidth." + extension)
        # The text rules in place; the shipped template, whose <layout> needs the look, with -o.
        for options, output in (
                (["--template", WORK_REPORT], None),
                (["--template", "work-report", "--fail-on", "info"], "out." + extension)):
            name = f"{extension} {'-o' if output else 'in place'}"
            copy = os.path.join(workdir, "report." + extension)
            shutil.copyfile(source, copy)
            target = os.path.join(workdir, output) if output else copy
            command = ([chengbao, "fix", "--lang", "en"] + options
                       + (["-o", target] if output else []) + [copy])
            done, events = watched(workdir, lambda: run(command))
            said = done.stdout.decode("utf-8")
            cases += 1
            base = os.path.basename(target)
            moved = [i for i, event in enumerate(events) if event == ("moved", base)]
            if not moved:
                failures.append(f"{name}: the fixed file was not put in place: {said!r} "
                                f"{done.stderr.decode('utf-8', 'replace')!r}")
                continue
            again = [event for event in events[moved[-1] + 1:] if event == ("opened", base)]
            if again:
                failures.append(f"{name}: fix opened the fixed file {len(again)} more time(s) "
                                "after it was in place")
            summary = re.search(r"(\d+) fix\(es\) applied, (\d+) left for Writer, "
                                r"(\d+) finding\(s\) remain", said)
            if not summary or summary.group(1) == "0":
                failures.append(f"{name}: no fix applied: {said!r}")
                continue
            check = [chengbao, "check", "--format", "json", "--lang", "en"] + options + [target]
            findings = parse(check, run(check))["files"][0]["findings"]
            counted = [f for f in findings
                       if "--fail-on" in options or f["severity"] == "error"]
            if int(summary.group(3)) != len(counted):
                failures.append(f"{name}: fix said {summary.group(3)} remain, a check of the "
                                f"fixed file finds {len(counted)}")
            if output and not any(f["rule"].startswith("format.") for f in findings):
                failures.append(f"{name}: no format.* finding: the look was not checked")
            wanted = 1 if counted or summary.group(2) != "0" else 0
            if done.returncode != wanted:
                failures.append(f"{name}: exit {done.returncode}, wanted {wanted}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"fix reads: {cases} cases, {len(failures)} failed")
    return 1 if failures else 0


def cmd_legacy(args):
    chengbao, workdir = args
    import shutil
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    source = os.path.join(DATA, "defects", "typed.punct.halfwidth.fodt")
    office = shutil.which("soffice") or "/usr/lib/libreoffice/program/soffice"
    made = []
    for target in ("doc", "rtf"):
        converted = subprocess.run(
            [office, f"-env:UserInstallation=file://{workdir}/profile", "--headless",
             "--norestore", "--convert-to", target, "--outdir", workdir, source],
            capture_output=True, timeout=300)
        path = os.path.join(workdir, "typed.punct.halfwidth." + target)
        if not os.path.exists(path):
            print(f"FAIL: the office did not save {target}: {converted.stderr!r}")
            return 1
        made.append(path)
    failures = []
    wanted = sorted((f["rule"], f["paragraph"]) for f in
                    parse(check_command(chengbao, [source]),
                          run(check_command(chengbao, [source])))["files"][0]["findings"])
    # A temporary folder of its own: what the conversion leaves there is this run's.
    tmp = os.path.join(workdir, "tmp")
    os.makedirs(tmp)
    env = dict(os.environ, CHENGBAO_TEMPLATES="", TMPDIR=tmp)
    env.pop("CHENGBAO_OFFICE", None)
    command = check_command(chengbao, made)
    result = subprocess.run(command, capture_output=True, timeout=600, env=env)
    output = parse(command, result)
    for entry, path in zip(output["files"], made):
        got = sorted((f["rule"], f["paragraph"]) for f in entry.get("findings", []))
        if entry["file"] != path or "error" in entry or got != wanted:
            failures.append(f"{path}: {entry}, wanted {wanted}")
    outline = subprocess.run([chengbao, "outline", "--format", "json"] + made,
                             capture_output=True, timeout=600, env=env)
    if outline.returncode != 0:
        failures.append(f"outline: exit {outline.returncode}: {outline.stderr!r}")
    leftovers = [n for n in os.listdir(tmp) if n.startswith("chengbao-convert.")]
    if leftovers:
        failures.append(f"conversion folders left: {leftovers}")
    without = subprocess.run(command, capture_output=True, timeout=60,
                             env=dict(env, CHENGBAO_OFFICE="none"))
    said = without.stdout.decode("utf-8", "replace")
    if without.returncode != 2 or said.count("read through LibreOffice") != 2:
        failures.append(f"without an office: exit {without.returncode}, {said!r}")
    refused = subprocess.run([chengbao, "fix", made[0]], capture_output=True, timeout=60, env=env)
    if refused.returncode != 2 or "fix writes .odt, .fodt and .docx only" not in \
            refused.stderr.decode("utf-8", "replace"):
        failures.append(f"fix on .doc: exit {refused.returncode}, {refused.stderr!r}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"legacy: {len(made)} files, {len(wanted)} findings each, {len(failures)} failed")
    return 1 if failures else 0


def wait_in_folder(folder, done, seconds, process):
    """Waits until done() holds, looking again whenever an entry is made in `folder` (inotify),
    and fails early when `process` ends first; returns done()'s last value."""
    import ctypes
    import select
    libc = ctypes.CDLL(None, use_errno=True)
    notify = libc.inotify_init1(0o2000000)  # IN_CLOEXEC
    ended = os.pidfd_open(process.pid)
    try:
        # IN_CREATE | IN_MOVED_TO; watching first, then looking, so nothing is missed.
        if libc.inotify_add_watch(notify, os.fsencode(folder), 0x100 | 0x80) < 0:
            raise OSError(ctypes.get_errno(), f"cannot watch {folder}")
        deadline = time.monotonic() + seconds
        while not done():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            ready, _, _ = select.select([notify, ended], [], [], left)
            if ended in ready:
                return done()
            os.read(notify, 65536)
        return True
    finally:
        os.close(ended)
        os.close(notify)


def cmd_legacy_interrupt(args):
    """Ctrl+C while .doc reports are converted: chengbao ends by the signal, and neither the
    conversion folder (a whole office profile) nor the converting office is left behind."""
    chengbao, workdir = args
    import shutil
    import signal
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    source = os.path.join(DATA, "defects", "typed.punct.halfwidth.fodt")
    office = shutil.which("soffice") or "/usr/lib/libreoffice/program/soffice"
    subprocess.run([office, f"-env:UserInstallation=file://{workdir}/profile", "--headless",
                    "--norestore", "--convert-to", "doc", "--outdir", workdir, source],
                   capture_output=True, timeout=300)
    made = os.path.join(workdir, "typed.punct.halfwidth.doc")
    if not os.path.exists(made):
        print("FAIL: the office did not save a .doc")
        return 1
    reports = []
    for i in range(20):
        copy = os.path.join(workdir, f"report-{i}.doc")
        shutil.copyfile(made, copy)
        reports.append(copy)
    tmp = os.path.join(workdir, "tmp")
    os.makedirs(tmp)
    env = dict(os.environ, CHENGBAO_TEMPLATES="", TMPDIR=tmp)
    env.pop("CHENGBAO_OFFICE", None)
    failures = []
    running = subprocess.Popen([chengbao, "check", "--lang", "en"] + reports, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def folder():
            found = [n for n in os.listdir(tmp) if n.startswith("chengbao-convert.")]
            return os.path.join(tmp, found[0]) if found else None
        # The conversion folder, then the office's profile in it: the office is converting.
        if not wait_in_folder(tmp, folder, 120, running):
            failures.append("no conversion folder appeared")
        elif not wait_in_folder(folder(), lambda: os.path.exists(
                os.path.join(folder(), "profile")), 120, running):
            failures.append("the converting office made no profile")
        converting = folder()
        running.send_signal(signal.SIGINT)
        code = running.wait(timeout=120)
    finally:
        if running.poll() is None:
            running.kill()
            running.wait()
    if code != -signal.SIGINT:
        failures.append(f"chengbao ended with {code}, not by SIGINT")
    left = [n for n in os.listdir(tmp) if n.startswith("chengbao-convert.")]
    if left:
        failures.append(f"conversion folders left: {left}")
    # No process of the conversion is left (its command line names the folder).
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                command = f.read().decode("utf-8", "replace")
        except OSError:
            continue
        if converting and converting in command:
            failures.append(f"process {pid} of the conversion is left: {command!r}")
            os.kill(int(pid), signal.SIGKILL)
    for failure in failures:
        print("FAIL:", failure)
    print(f"legacy interrupt: {len(reports)} files, {len(failures)} failed")
    return 1 if failures else 0


def main():
    commands = {"expect": cmd_expect, "fix": cmd_fix, "fix-reads": cmd_fix_reads,
                "legacy": cmd_legacy,
                "legacy-interrupt": cmd_legacy_interrupt, "folder": cmd_folder, "sarif": cmd_sarif, "same": cmd_same, "outline": cmd_outline,
                "record": cmd_record, "made": cmd_made, "format": cmd_format,
                "update": cmd_update, "derive": cmd_derive,
                "derive-made": cmd_derive_made, "derive-sweep": cmd_derive_sweep}
    if len(sys.argv) < 3 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
