#!/usr/bin/python3
"""Asks a running office whether it found the bundled Chengbao extension by itself, and uses it.

Connects over the office's pipe and, with `installed`:
  - the office knows the extension in its bundled repository, at the package's folder, and not
    in the user's (nobody used the Extension Manager);
  - vnd.chengbao:InsertReport is dispatchable in a new Writer document and inserts the report of
    the given template and profile: its title, numbered headings (一、) and closing (特此报告。);
with `removed`: the office no longer knows the extension and the command is not dispatchable.
Ends the office either way (Desktop.terminate).

Usage: bundled_extension.py PIPE OFFICE_PID installed|removed [EXTENSION_DIR PROFILE_XML]
Runs with /usr/bin/python3 (python3-uno). Exit 0 when all holds, 1 otherwise.
"""
import ctypes
import os
import select
import sys
import time
from urllib.parse import unquote

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

IDENTIFIER = "org.chengbao.extension"
COMMAND = "vnd.chengbao:InsertReport"


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


# From <sys/inotify.h>.
IN_CLOEXEC = 0o2000000
IN_CREATE = 0x100
IN_MOVED_TO = 0x80


def wait_for_socket(pipe, pid, seconds):
    """Waits until the office's socket for PIPE appears (sal names it /tmp/OSL_PIPE_<uid>_<pipe>),
    on the kernel's word: inotify for the folder, a pidfd for the office ending first."""
    path = f"/tmp/OSL_PIPE_{os.getuid()}_{pipe}"
    libc = ctypes.CDLL(None, use_errno=True)
    notify = libc.inotify_init1(IN_CLOEXEC)
    if notify < 0:
        sys.exit(f"inotify_init1 failed: {os.strerror(ctypes.get_errno())}")
    office = os.pidfd_open(pid)
    try:
        # Watching first, then looking: a socket made in between is not missed.
        if libc.inotify_add_watch(notify, b"/tmp", IN_CREATE | IN_MOVED_TO) < 0:
            sys.exit(f"cannot watch /tmp: {os.strerror(ctypes.get_errno())}")
        deadline = time.monotonic() + seconds
        while not os.path.exists(path):
            left = deadline - time.monotonic()
            if left <= 0:
                sys.exit(f"the office made no socket for pipe {pipe} in {seconds} s")
            ready, _, _ = select.select([notify, office], [], [], left)
            if office in ready:
                sys.exit(f"the office (pid {pid}) ended before accepting a connection")
            if notify in ready:
                os.read(notify, 65536)
    finally:
        os.close(office)
        os.close(notify)


def connect(pipe, pid, seconds=90):
    wait_for_socket(pipe, pid, seconds)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    # Between bind and listen a connection may still be refused for a moment: then try again at
    # once, as long as the office runs.
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                sys.exit(f"the office (pid {pid}) ended before accepting a connection")
            if time.monotonic() > deadline:
                sys.exit(f"the office did not accept a connection on pipe {pipe} in {seconds} s")
            os.sched_yield()


def deployed(ctx, repository):
    """identifier → folder of the extensions the office has in a repository."""
    manager = ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
    return {p.getIdentifier().Value: folder(ctx, p.getURL())
            for p in manager.getDeployedExtensions(repository, None, None) if p is not None}


def folder(ctx, url):
    """A package URL as a real path; bundled ones read vnd.sun.star.expand:$BUNDLED_EXTENSIONS/…"""
    prefix = "vnd.sun.star.expand:"
    if url.startswith(prefix):
        expander = ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
        url = expander.expandMacros(unquote(url[len(prefix):]))
    return os.path.realpath(uno.fileUrlToSystemPath(url)) if url.startswith("file:") else url


def new_writer_document(desktop):
    return desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                        (prop("Hidden", True),))


def query_dispatch(ctx, frame, command):
    url = uno.createUnoStruct("com.sun.star.util.URL")
    url.Complete = command
    transformer = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.util.URLTransformer", ctx)
    _, url = transformer.parseStrict(url)
    return frame.queryDispatch(url, "_self", 0)


def paragraphs(document):
    """(text, list label, outline level) of every paragraph of the body."""
    found = []
    enumeration = document.getText().createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            found.append((element.getString(), element.getPropertyValue("ListLabelString"),
                          element.getPropertyValue("OutlineLevel")))
    return found


def check_installed(ctx, desktop, extension_dir, profile):
    problems = []
    bundled = deployed(ctx, "bundled")
    location = bundled.get(IDENTIFIER, "")
    expected = os.path.realpath(extension_dir)
    if IDENTIFIER not in bundled:
        problems.append(f"{IDENTIFIER} is not among the bundled extensions: {sorted(bundled)}")
    elif location != expected:
        problems.append(f"the bundled {IDENTIFIER} is at {location}, not {expected}")
    else:
        print(f"bundled extension: {IDENTIFIER} at {location}")
    if IDENTIFIER in deployed(ctx, "user"):
        problems.append(f"{IDENTIFIER} is also in the user's repository of a new profile")

    document = new_writer_document(desktop)
    try:
        frame = document.getCurrentController().getFrame()
        if query_dispatch(ctx, frame, COMMAND) is None:
            return problems + [f"{COMMAND} is not dispatchable"]
        helper = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", ctx)
        result = helper.executeDispatch(frame, COMMAND, "_self", 0, (
            prop("Template", "work-report"), prop("Profile", profile),
            prop("Topic", "软件包安装测试"), prop("Date", "2026-11-28")))
        success = uno.getConstantByName("com.sun.star.frame.DispatchResultState.SUCCESS")
        if result is None or result.State != success:
            message = getattr(result, "Result", None)
            return problems + [f"{COMMAND} failed: {message!r}"]
        found = paragraphs(document)
        texts = [text for text, _, _ in found]
        headings = [label + text for text, label, level in found if level > 0]
        print(f"InsertReport: {len(found)} paragraphs; title: {texts[0] if texts else ''}; "
              f"headings: {' | '.join(headings[:4])} …")
        if not any("软件包安装测试" in t for t in texts):
            problems.append("the inserted report lacks the topic given")
        if not any(label == "一、" for _, label, level in found if level == 1):
            problems.append("no level-1 heading numbered 一、")
        if "特此报告。" not in texts:
            problems.append("the inserted report lacks its closing 特此报告。")
    finally:
        document.close(True)
    return problems


def check_removed(ctx, desktop):
    problems = []
    for repository in ("bundled", "shared", "user"):
        if IDENTIFIER in deployed(ctx, repository):
            problems.append(f"{IDENTIFIER} is still in the {repository} repository")
    document = new_writer_document(desktop)
    try:
        frame = document.getCurrentController().getFrame()
        if query_dispatch(ctx, frame, COMMAND) is not None:
            problems.append(f"{COMMAND} is still dispatchable")
    finally:
        document.close(True)
    if not problems:
        print("after removal the office has no Chengbao extension and no vnd.chengbao: commands")
    return problems


def main():
    pipe, pid, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    ctx = connect(pipe, pid)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    try:
        if mode == "installed":
            problems = check_installed(ctx, desktop, sys.argv[4], sys.argv[5])
        else:
            problems = check_removed(ctx, desktop)
    finally:
        try:
            desktop.terminate()
        except Exception:  # the bridge drops while the office quits
            pass
    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
