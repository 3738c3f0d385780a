"""`chengbao template derive` end to end (cli_test.py derive): see cmd_derive."""
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

TIME_LIMIT = 120


def run(command):
    # The built-in template folder must not come from the developer's shell.
    env = dict(os.environ, CHENGBAO_TEMPLATES="")
    return subprocess.run(command, capture_output=True, timeout=TIME_LIMIT, env=env)


def text_of(result):
    return (result.stdout + result.stderr).decode("utf-8", "replace")


def outline(chengbao, path, failures):
    """(level, heading) of every heading of the report's body, in order."""
    result = run([chengbao, "outline", "--format", "json", path])
    if result.returncode != 0:
        failures.append(f"outline {path}: exit {result.returncode}: {text_of(result)}")
        return []
    entries = json.loads(result.stdout.decode("utf-8"))["files"][0]["outline"]
    return [(e["level"], e["heading"]) for e in entries]


def structure_findings(chengbao, template, profile, model, failures):
    """The heading.* and section.* findings of `check -t template` on the model."""
    result = run([chengbao, "check", "--format", "json", "--lang", "en", "--fail-on", "info",
                  "-t", template, "-p", profile, model])
    if result.returncode not in (0, 1):
        failures.append(f"check -t {template} {model}: exit {result.returncode}: {text_of(result)}")
        return []
    findings = json.loads(result.stdout.decode("utf-8"))["files"][0].get("findings", [])
    return [f"{f['rule']} ¶{f['paragraph']} {f['text']}" for f in findings
            if f["rule"].startswith(("heading.", "section."))]


def remade_outline(chengbao, template, profile, out, failures):
    """The outline of the report `new` makes from `template`."""
    result = run([chengbao, "new", "-t", template, "-p", profile, "-o", out])
    if result.returncode != 0:
        failures.append(f"new -t {template}: exit {result.returncode}: {text_of(result)}")
        return []
    return outline(chengbao, out, failures)


def profile_names(profile):
    root = ET.parse(profile).getroot()
    return [root.find("organisation/full-name").text, root.find("organisation/short-name").text,
            root.find("superior-body").text]


def check_one(chengbao, workdir, xmllint, schema, profile, model, base, failures, facts=True):
    """Derives from `model` (extending `base` when given) and checks what it gives; `facts`: the
    model has the organisation's short name and a percentage in its text."""
    name = os.path.basename(model) + (f" --extends {base}" if base else "")
    folder = os.path.join(workdir, os.path.basename(model) + (".extends" if base else ".alone"))
    os.makedirs(folder, exist_ok=True)
    house = os.path.join(folder, "house.xml")
    command = [chengbao, "template", "derive", model, "-p", profile, "-o", house]
    if base:
        command += ["--extends", base]
    result = run(command)
    if result.returncode != 0 or not os.path.exists(house):
        failures.append(f"{name}: derive: exit {result.returncode}: {text_of(result)}")
        return
    own = len(failures)

    # Valid to the schema, as an office's editor or CI would check it without chengbao.
    valid = subprocess.run([xmllint, "--noout", "--relaxng", schema, house], capture_output=True)
    if valid.returncode != 0:
        failures.append(f"{name}: not valid to template.rng: {text_of(valid)}")

    # `new` from it makes a report with the model's outline: the same headings, levels, order.
    wanted = outline(chengbao, model, failures)
    made = remade_outline(chengbao, house, profile, os.path.join(folder, "new.fodt"), failures)
    if not wanted:
        failures.append(f"{name}: the model has no outline")
    if made != wanted:
        failures.append(f"{name}: new from the template gives the outline\n  {made}\n"
                        f"  not the model's\n  {wanted}")

    # The model passes its own template's structure rules.
    found = structure_findings(chengbao, house, profile, model, failures)
    if found:
        failures.append(f"{name}: check -t the derived template finds {found}")

    # The organisation's names are fields, its figures spots: none is left in the text.
    root = ET.parse(house).getroot()
    texts = [e.text or "" for e in root.iter() if e.tag not in ("name", "description")]
    for literal in profile_names(profile):
        left = [t for t in texts if literal in t]
        if left:
            failures.append(f"{name}: {literal} is left in {left}")
    joined = "".join(texts)
    for field in ("{{org_short_name}}", "【百分比】") if facts else ():
        if field not in joined:
            failures.append(f"{name}: no {field} in the template")
    # Headings stay as the model has them (the checker compares them); the text has no figure.
    digits = [e.text for e in root.iter() if e.tag not in ("name", "description", "heading", "alias")
              and any(c.isdigit() for c in re.sub("【[^】]*】", "", e.text or ""))]
    if digits:
        failures.append(f"{name}: figures left in {digits}")

    if base:
        # Only what differs: the base's numbering, names and layout are inherited.
        if root.get("extends") != base:
            failures.append(f"{name}: extends={root.get('extends')!r}, not {base}")
        for element in ("numbering", "layout", "name", "signature"):
            if root.find(element) is not None:
                failures.append(f"{name}: <{element}> written though the base has it")
        if root.find("section[@id='s1']") is not None:
            failures.append(f"{name}: the first section did not keep the base's id")

    # The checks above see a defect: a template that lost a section, or whose heading is not the
    # model's, fails them. Extending, the last section is removed from the base instead.
    sections = root.findall("section")
    mutated = os.path.join(folder, "mutated.xml")
    dropped = ET.parse(house)
    dropped_root = dropped.getroot()
    last = [s for s in dropped_root.findall("section") if s.get("remove") != "true"][-1]
    if base:
        for child in list(last):
            last.remove(child)
        last.attrib = {"id": last.get("id"), "remove": "true"}
    else:
        dropped_root.remove(last)
    dropped.write(mutated, encoding="unicode")
    if remade_outline(chengbao, mutated, profile, os.path.join(folder, "mutated.fodt"),
                      failures) == wanted:
        failures.append(f"{name}: a template without its last section still gave the outline")
    renamed = ET.parse(house)
    renamed.getroot().find("section/heading").text += "和成效"
    renamed.write(mutated, encoding="unicode")
    if not structure_findings(chengbao, mutated, profile, model, failures):
        failures.append(f"{name}: a renamed section gave no heading.* finding")
    print(f"{name}: {len(wanted)} headings, {len(sections)} top-level sections written, "
          f"{'ok' if len(failures) == own else 'FAILED'}")


def cmd_derive(args):
    """cli_test.py derive CHENGBAO WORKDIR XMLLINT SCHEMA PROFILE MODEL:BASE...
    Each MODEL alone and extending the template BASE: derive gives a template valid to SCHEMA
    (xmllint), `new` from it reproduces the model's outline (headings, levels, order), `check -t`
    it on the model finds no heading.* or section.*, the profile's names are {{fields}} and no
    figure is left; extending, the base's numbering, names, layout and signature are not written
    again. A template missing a section or renaming one fails these checks."""
    chengbao, workdir, xmllint, schema, profile = args[:5]
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    failures = []
    for pair in args[5:]:
        model, base = pair.rsplit(":", 1)
        for extends in ("", base):
            check_one(chengbao, workdir, xmllint, schema, profile, model, extends, failures)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


def cmd_derive_made(args):
    """cli_test.py derive-made CHENGBAO WORKDIR XMLLINT SCHEMA PROFILE ID...
    For each shipped template ID in both scripts: a report made by `chengbao new` from it (and the
    profile) is a model as well; what derive gives from it, alone and extending ID, passes the
    checks of cmd_derive. In zh-Hant the base is the Traditional template."""
    chengbao, workdir, xmllint, schema, profile = args[:5]
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    failures = []
    for template in args[5:]:
        for script in ("zh-Hans", "zh-Hant"):
            model = os.path.join(workdir, f"{template}.{script}.fodt")
            result = run([chengbao, "new", "-t", template, "--script", script, "-p", profile,
                          "--date", "2026-11-20", "-o", model])
            if result.returncode != 0:
                failures.append(f"new -t {template} --script {script}: {text_of(result)}")
                continue
            for extends in ("", template):
                check_one(chengbao, workdir, xmllint, schema, profile, model, extends, failures,
                          facts=False)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


def cmd_derive_sweep(args):
    """cli_test.py derive-sweep CHENGBAO WORKDIR PROFILE FILE...
    Every report of the CLI tests is a model: derive gives a template (or, for a report without
    headings, exit 2 saying so); `new` from it gives the report's outline and `check -t` it finds
    no heading.* or section.* — except where the report itself has the defect: a level skipped
    (numbering.level: the template closes it up) or a section left empty (section.empty)."""
    chengbao, workdir, profile = args[:3]
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    failures = []
    house = os.path.join(workdir, "house.xml")
    made = os.path.join(workdir, "made.fodt")
    derived = 0
    for model in args[3:]:
        name = os.path.basename(model)
        result = run([chengbao, "template", "derive", model, "-p", profile, "-o", house])
        if result.returncode == 2 and "has no headings" in text_of(result):
            continue
        if result.returncode != 0:
            failures.append(f"{name}: derive: exit {result.returncode}: {text_of(result)}")
            continue
        derived += 1
        wanted = outline(chengbao, model, failures)
        if "numbering.level" not in name and remade_outline(chengbao, house, profile, made,
                                                             failures) != wanted:
            failures.append(f"{name}: new from the derived template gives another outline")
        if "numbering.level" not in name and "section.empty" not in name:
            found = structure_findings(chengbao, house, profile, model, failures)
            if found:
                failures.append(f"{name}: check -t the derived template finds {found}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"derive sweep: {len(args) - 3} reports, {derived} templates, {len(failures)} failed")
    return 1 if failures or derived == 0 else 0
