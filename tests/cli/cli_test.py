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
  cli_test.py update  CHENGBAO
      rewrites expected/NAME.json for every report in data/ and data/defects/ from CHENGBAO's
      output. Review the diff: the expected files are what the tests hold the checker to."""
import difflib
import json
import os
import subprocess
import sys

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


def main():
    commands = {"expect": cmd_expect, "same": cmd_same, "outline": cmd_outline,
                "record": cmd_record, "made": cmd_made, "update": cmd_update}
    if len(sys.argv) < 3 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
