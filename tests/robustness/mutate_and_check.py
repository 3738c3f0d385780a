#!/usr/bin/env python3
"""Robustness sweep: damages real documents in many ways and runs `chengbao check` on each.
Every run must end by itself within the time limit with exit status 0, 1 or 2 (never a signal,
never a sanitizer report), print its JSON (valid UTF-8) on stdout, and name the file and the reason
when it gives up (exit 2).

usage: mutate_and_check.py CHENGBAO FIXTURE_DIR... [--mutants N] [--seed S] [--jobs J]
                           [--time-limit SECONDS] [--template ID] [--keep-failures DIR]

Fixtures are the .docx, .odt, .fodt and .doc files in each FIXTURE_DIR and its sub-folders. Each
gets N byte-level mutants (bytes changed, truncated, random bytes inserted) and, for zip
documents and flat XML, N XML-level mutants (parts truncated, tags dropped or repeated, deep
nesting, absurd numbers, broken references). The mutants are the same for the same seed. With
--template, every other file is checked with that template too (its heading rules run on whatever
outline the damaged file still has). Prints 'N passed, M failed' last; exits 1 when anything
failed."""
import argparse
import concurrent.futures
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile

EXTENSIONS = (".docx", ".odt", ".fodt", ".doc")
# Sanitizer builds: a finding must not pass as exit status 1 (ASan's default), and UBSan must stop.
SANITIZER_ENV = {
    "ASAN_OPTIONS": "exitcode=99:detect_leaks=1:allocator_may_return_null=1",
    "UBSAN_OPTIONS": "halt_on_error=1:exitcode=98:print_stacktrace=1",
}
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:")


def xml_mutations(rng, data):
    """Damaged copies of one XML part: truncated, tags dropped or repeated, deep nesting."""
    text = data.decode("utf-8", "replace")
    cut = rng.randrange(len(text)) if text else 0
    yield text[:cut]
    start = text.find("<", rng.randrange(len(text))) if text else -1
    if start > 0:
        end = text.find(">", start)
        if end > start:
            yield text[:start] + text[end + 1:]  # one tag missing
            yield text[:end + 1] + text[start:end + 1] * 50 + text[end + 1:]  # a tag repeated
    body = text.find("<w:body>") if "<w:body>" in text else text.find("<office:text")
    if body > 0:
        yield text[:body] + "<a>" * 3000 + text[body:]
    yield text.replace('w:val="', 'w:val="9999999999', 3).replace('text:level="', 'text:level="-', 3)
    yield text.replace("numId", "numld", 2).replace("abstractNumId", "abstractNumId x", 1)


def target_name(out_dir, path, tag):
    stem, ext = os.path.splitext(os.path.basename(path))
    return os.path.join(out_dir, f"{stem}.{tag}{ext}")


def zip_mutants(rng, path, out_dir, count):
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    xml_names = sorted(n for n in members if n.endswith(".xml") or n.endswith(".rels"))
    made = 0
    while made < count and xml_names:
        name = rng.choice(xml_names)
        for mutated in xml_mutations(rng, members[name]):
            target = target_name(out_dir, path, f"z{made}")
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
                for n, d in members.items():
                    z.writestr(n, mutated.encode("utf-8", "replace") if n == name else d)
            yield target
            made += 1
            if made >= count:
                return


def flat_xml_mutants(rng, path, out_dir, count):
    with open(path, "rb") as f:
        data = f.read()
    made = 0
    while made < count:
        for mutated in xml_mutations(rng, data):
            target = target_name(out_dir, path, f"x{made}")
            with open(target, "wb") as f:
                f.write(mutated.encode("utf-8", "replace"))
            yield target
            made += 1
            if made >= count:
                return


def byte_mutants(rng, path, out_dir, count):
    with open(path, "rb") as f:
        data = bytearray(f.read())
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
            copy[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4096)))
        target = target_name(out_dir, path, f"b{i}")
        with open(target, "wb") as f:
            f.write(bytes(copy))
        yield target


def find_fixtures(folders):
    fixtures = []
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            fixtures += [os.path.join(root, f) for f in sorted(files) if f.endswith(EXTENSIONS)]
    return fixtures


def mutants_of(rng, source, out_dir, count):
    files = [source] + list(byte_mutants(rng, source, out_dir, count))
    if zipfile.is_zipfile(source):
        files += list(zip_mutants(rng, source, out_dir, count))
    elif source.endswith(".fodt"):
        files += list(flat_xml_mutants(rng, source, out_dir, count))
    return files


def check_one(chengbao, path, options, time_limit, env):
    """(exit status or None, problem or None) of `chengbao check` on one file."""
    try:
        result = subprocess.run([chengbao, "check", "--format", "json", *options, path],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                timeout=time_limit, env=env)
    except subprocess.TimeoutExpired:
        return None, f"no answer in {time_limit} s"
    rc = result.returncode
    stderr = result.stderr.decode("utf-8", "replace")
    if rc < 0:
        return rc, f"killed by signal {-rc}: {stderr[-2000:]}"
    if rc not in (0, 1, 2):
        return rc, f"exit status {rc}: {stderr[-2000:]}"
    if any(mark in stderr for mark in SANITIZER_MARKS):
        return rc, f"sanitizer report: {stderr[-2000:]}"
    try:
        output = json.loads(result.stdout.decode("utf-8"))
        entry = output["files"][0]
    except (UnicodeDecodeError, ValueError, KeyError, IndexError) as error:
        return rc, f"exit status {rc} with broken JSON on stdout ({error}): {result.stdout[:300]!r}"
    if rc == 2 and not entry.get("error", "").startswith(path + ": "):
        return rc, f"exit status 2 without an error naming the file: {entry!r:.300}"
    return rc, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("chengbao")
    parser.add_argument("folders", nargs="+", metavar="FIXTURE_DIR")
    parser.add_argument("--mutants", type=int, default=20, help="mutants of each kind per fixture")
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--time-limit", type=float, default=10)
    parser.add_argument("--template", help="check every other file with this template")
    parser.add_argument("--keep-failures", default="robustness-failures",
                        help="folder that receives the files that failed")
    args = parser.parse_args()

    env = dict(os.environ)
    for name, value in SANITIZER_ENV.items():
        # Options already set win; ours fill in the rest.
        given = env.get(name, "")
        keys = {option.split("=")[0] for option in given.split(":") if option}
        ours = [option for option in value.split(":") if option.split("=")[0] not in keys]
        env[name] = ":".join(filter(None, [given] + ours))
    rng = random.Random(args.seed)
    sources = find_fixtures(args.folders)
    failures, counts = [], {0: 0, 1: 0, 2: 0}
    with tempfile.TemporaryDirectory() as out_dir:
        jobs = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for index, source in enumerate(sources):
                # Each fixture's mutants in a folder of their own: fixtures may share a name.
                folder = os.path.join(out_dir, str(index))
                os.mkdir(folder)
                for path in mutants_of(rng, source, folder, args.mutants):
                    options = ["--template", args.template] if args.template and len(jobs) % 2 else []
                    jobs.append((path, pool.submit(check_one, args.chengbao, path, options,
                                                   args.time_limit, env)))
            for path, job in jobs:
                rc, problem = job.result()
                if problem is None:
                    counts[rc] += 1
                    continue
                failures.append(f"{path}: {problem}")
                if path.startswith(out_dir):
                    os.makedirs(args.keep_failures, exist_ok=True)
                    shutil.copy(path, os.path.join(args.keep_failures,
                                                   os.path.relpath(path, out_dir).replace(os.sep, "_")))
    total = sum(counts.values()) + len(failures)
    print(f"robustness: {total} files from {len(sources)} fixtures: exit 0: {counts[0]}, "
          f"1: {counts[1]}, 2: {counts[2]}, failed: {len(failures)}")
    for line in failures:
        print("FAIL", line)
    print(f"{total - len(failures)} passed, {len(failures)} failed")
    return 1 if failures or not sources else 0


if __name__ == "__main__":
    sys.exit(main())
