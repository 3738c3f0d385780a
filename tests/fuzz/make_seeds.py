#!/usr/bin/env python3
"""Gathers the fuzz targets' seed corpora from the repository's own test files and templates.

Usage: make_seeds.py SOURCE_DIR OUT_DIR. Writes OUT_DIR/<target>/<name> for the targets docx, odt,
fodt, template, profile and check. Package targets get a package's XML entries in the form
fuzz_support.hpp describes ("@@ NAME" then the entry's text); the others get files as they are.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

source = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])
data_dirs = [source / "tests" / "cli" / "data", source / "tests" / "io" / "data",
             source / "tests" / "unit" / "data"]


def files(suffix):
    found = set()
    for folder in data_dirs:
        found.update(folder.rglob("*" + suffix))
    # long.* is the reading benchmark's file (hundreds of KB): as a seed it would make every
    # input that large and each run a hundred times slower, for no new code reached.
    return sorted(path for path in found if not path.name.startswith("long."))


def write(target, name, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


# Entries the readers never open: left out of the seeds, so each run spends its time on the parts
# that are read (a smaller input runs faster and mutates where it matters).
UNREAD = ("docProps/", "word/settings.xml", "word/fontTable.xml", "word/webSettings.xml",
          "word/theme/", "customXml/", "meta.xml", "settings.xml", "manifest.rdf", "Thumbnails/",
          "Configurations2/")


def package_seed(path):
    parts = []
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if not (info.filename.endswith(".xml") or info.filename.endswith(".rels")
                        or info.filename == "mimetype"):
                    continue
                if info.filename.startswith(UNREAD):
                    continue
                parts.append(b"@@ " + info.filename.encode() + b"\n" + archive.read(info))
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError):
        return None  # encrypted or broken on purpose: the fodt target gets its raw bytes
    return b"\n".join(parts)


def root_of(path):
    try:
        return ET.parse(path).getroot().tag
    except ET.ParseError:
        return None


count = {}
for suffix, target in ((".docx", "docx"), (".odt", "odt")):
    for path in files(suffix):
        seed = package_seed(path)
        if seed is not None:
            name = str(path.relative_to(source)).replace("/", "_")
            write(target, name, seed)
            count[target] = count.get(target, 0) + 1
def slim_flat(data):
    """A flat ODF file without the parts the reader never looks at (settings, metadata, fonts,
    scripts, page layouts)."""
    for element in (b"office:settings", b"office:meta", b"office:font-face-decls",
                    b"office:scripts", b"office:master-styles"):
        data = re.sub(rb"<" + element + rb"\b.*?</" + element + rb">", b"", data, flags=re.S)
    return data


for path in files(".fodt"):
    name = str(path.relative_to(source)).replace("/", "_")
    for target in ("fodt", "check"):
        write(target, name, slim_flat(path.read_bytes()))
        count[target] = count.get(target, 0) + 1
# The raw-bytes reader also meets zips and other formats first.
for path in files(".docx")[:3] + files(".odt")[:3] + files(".doc"):
    write("fodt", str(path.relative_to(source)).replace("/", "_"), path.read_bytes())
    count["fodt"] += 1

xml_files = sorted(set(files(".xml")) | set((source / "templates").rglob("*.xml")))
for path in xml_files:
    name = str(path.relative_to(source)).replace("/", "_")
    stem = path.name
    root = root_of(path)
    if root == "template" or stem.startswith("template_"):
        target = "template"
    elif root == "profile" or stem.startswith("profile_"):
        target = "profile"
    else:
        continue
    write(target, name, path.read_bytes())
    count[target] = count.get(target, 0) + 1

for target in sorted(count):
    print(f"seeds: {target}: {count[target]} file(s)")
