#!/usr/bin/env python3
"""Robustness sweep: damages real documents in many ways and runs `chengbao check` on each.
Every run must end by itself within the time limit with exit status 0, 1 or 2 (never a signal).

usage: mutate_and_check.py CHENGBAO FIXTURE_DIR [MUTANTS_PER_FIXTURE] [SEED]"""
import os
import random
import subprocess
import sys
import tempfile
import zipfile

TIME_LIMIT = 10


def xml_mutations(rng, data):
    """Damaged copies of one XML part: truncated, tags dropped or repeated, deep nesting."""
    text = data.decode("utf-8", "replace")
    cut = rng.randrange(len(text)) if text else 0
    yield text[:cut]
    start = text.find("<", rng.randrange(len(text))) if text else -1
    if start > 0:
        end = text.find(">", start)
        yield text[:start] + text[end + 1:]  # one tag missing
        yield text[:end + 1] + text[start:end + 1] * 50 + text[end + 1:]  # a tag repeated
    body = text.find("<w:body>") if "<w:body>" in text else text.find("<office:text")
    if body > 0:
        yield text[:body] + "<a>" * 3000 + text[body:]
    yield text.replace('w:val="', 'w:val="9999999999', 3).replace('text:level="', 'text:level="-', 3)
    yield text.replace("numId", "numld", 2).replace("abstractNumId", "abstractNumId x", 1)


def zip_mutants(rng, path, out_dir, count):
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    xml_names = [n for n in members if n.endswith(".xml") or n.endswith(".rels")]
    made = 0
    while made < count and xml_names:
        name = rng.choice(xml_names)
        for mutated in xml_mutations(rng, members[name]):
            target = os.path.join(out_dir, f"{os.path.basename(path)}.{made}{os.path.splitext(path)[1]}")
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
                for n, d in members.items():
                    z.writestr(n, mutated.encode("utf-8", "replace") if n == name else d)
            yield target
            made += 1
            if made >= count:
                return


def byte_mutants(rng, path, out_dir, count):
    data = bytearray(open(path, "rb").read())
    for i in range(count):
        copy = bytearray(data)
        kind = i % 3
        if kind == 0:
            for _ in range(rng.randint(1, 20)):
                copy[rng.randrange(len(copy))] = rng.randrange(256)
        elif kind == 1:
            copy = copy[:rng.randrange(1, len(copy))]
        else:
            pos = rng.randrange(len(copy))
            copy[pos:pos] = os.urandom(rng.randint(1, 4096))
        target = os.path.join(out_dir, f"{os.path.basename(path)}.b{i}{os.path.splitext(path)[1]}")
        open(target, "wb").write(bytes(copy))
        yield target


def main():
    chengbao, fixtures = sys.argv[1], sys.argv[2]
    per = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261128)
    sources = sorted(os.path.join(fixtures, f) for f in os.listdir(fixtures)
                     if f.endswith((".docx", ".odt", ".fodt", ".doc")))
    failures, counts = [], {0: 0, 1: 0, 2: 0}
    with tempfile.TemporaryDirectory() as out_dir:
        for src in sources:
            files = [src] + list(byte_mutants(rng, src, out_dir, per))
            if zipfile.is_zipfile(src):
                files += list(zip_mutants(rng, src, out_dir, per))
            for f in files:
                try:
                    rc = subprocess.run([chengbao, "check", "--format", "json", f],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        timeout=TIME_LIMIT).returncode
                except subprocess.TimeoutExpired:
                    failures.append(f"{f}: no answer in {TIME_LIMIT} s")
                    continue
                if rc in counts:
                    counts[rc] += 1
                else:
                    failures.append(f"{f}: exit status {rc}")
                    os.makedirs("robustness-failures", exist_ok=True)
                    os.replace(f, os.path.join("robustness-failures", os.path.basename(f))) \
                        if f.startswith(out_dir) else None
    total = sum(counts.values()) + len(failures)
    print(f"robustness: {total} files from {len(sources)} fixtures: exit 0: {counts[0]}, "
          f"1: {counts[1]}, 2: {counts[2]}, crashed or hung: {len(failures)}")
    for line in failures:
        print("FAIL", line)
    print(f"{total - len(failures)} passed, {len(failures)} failed")
    return 1 if failures or not sources else 0


if __name__ == "__main__":
    sys.exit(main())
