"""Issue 37 items 6, 7 and 10 (the feed): `digest --atom` is XML 1.0 whatever a subject holds, keeps the mode of
the feed it replaces and leaves no temporary file of a killed writer; a hook gets its facts without control
characters, writes to stderr (stdout stays the digest), and one that hangs is stopped with its children, said once
and not waited for again."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import orjson
import pytest

from kqreader.parsing import parse_file
from tests.hostile import store_record

ROOT = Path(__file__).resolve().parent.parent
# What a subject from the open data could hold: XML's forbidden characters (NUL, a C0 code, U+FFFE, U+FFFF), other
# noncharacters, C1 codes, a terminal escape, a bidi override, a line break.
HOSTILE = "a\x00b\x0bc\ufffed\uffffe\ufdd0f\U0001fffeg\x85h\x1b]0;pwned\x07i\u202ej\nk"
XML_CHARS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NONCHARACTERS = re.compile("[\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0001ffff]")
DIGEST = ("digest", "--since", "2024-03-01", "--today", "2024-06-01")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Its own HOME and XDG folders, following one set whose subject is hostile (in a store record the parser never
    saw): the digest has two changes (new, overdue)."""
    home = tmp_path / "home"
    config = home / ".config" / "kqreader"
    config.mkdir(parents=True)
    (config / "watch.json").write_bytes(orjson.dumps({"watches": [{"kind": "set", "value": "2024Z00102"}],
                                                      "synced": None}))  # fmt: skip
    dossier = parse_file(ROOT / "sample_data" / "2024Z00102-vragen.txt")
    dossier.title = f"Vragen over {HOSTILE}"
    store_record(tmp_path / "kq.json", dossier)
    return {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"), "KQREADER_LANG": "en"}  # fmt: skip


def _digest(tmp_path: Path, env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kqreader", *DIGEST, "--db", str(tmp_path / "kq.json"), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def test_the_feed_is_xml_whatever_the_subject_holds(tmp_path: Path, env: dict[str, str]) -> None:
    feed = tmp_path / "feed.xml"
    result = _digest(tmp_path, env, "--atom", str(feed))
    assert result.returncode == 0, result.stderr
    text = feed.read_bytes().decode("utf-8")
    assert not XML_CHARS.search(text) and not NONCHARACTERS.search(text)
    root = ElementTree.fromstring(feed.read_bytes())  # expat refuses what XML 1.0 does
    summaries = [e.text or "" for e in root.iter("{http://www.w3.org/2005/Atom}summary")]
    assert len(summaries) == 2
    assert summaries[0].startswith("Vragen over a\\x00b\\x0bc\\ufffed\\uffffe\\ufdd0f\\u1fffeg\\x85h\\x1b]0;pwned")


def test_the_feed_keeps_its_mode_and_leaves_no_temporary_file(tmp_path: Path, env: dict[str, str]) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text("<old/>")
    for mode in (0o644, 0o640):
        feed.chmod(mode)
        assert _digest(tmp_path, env, "--atom", str(feed)).returncode == 0
        assert stat.S_IMODE(feed.stat().st_mode) == mode and feed.read_bytes().startswith(b"<?xml")
    # a writer killed before its rename leaves its temporary file: the next one removes it
    killed = subprocess.run([sys.executable, "-c", "import os, sys; from pathlib import Path\n"
                             "import kqreader.store.atomic as atomic\n"
                             "os.replace = lambda *a: os.kill(os.getpid(), 9)\n"
                             "atomic.replace_file(Path(sys.argv[1]), b'half')", str(feed)], check=False)  # fmt: skip
    assert killed.returncode == -9
    assert len(list(tmp_path.glob(".feed.xml.*.tmp"))) == 1
    assert _digest(tmp_path, env, "--atom", str(feed)).returncode == 0
    assert list(tmp_path.glob(".feed.xml.*.tmp")) == []
    linked = tmp_path / "linked.xml"
    linked.symlink_to(feed)
    assert _digest(tmp_path, env, "--atom", str(linked)).returncode == 0
    assert linked.is_symlink() and linked.read_bytes() == feed.read_bytes()  # written through the link
    new = tmp_path / "new.xml"
    assert _digest(tmp_path, env, "--atom", str(new)).returncode == 0
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~umask  # a new feed as any program makes a file


def test_a_hooks_output_goes_to_stderr_and_the_json_stays_json(tmp_path: Path, env: dict[str, str]) -> None:
    kept = tmp_path / "title.txt"
    result = _digest(tmp_path, env, "--format", "json", "--hook", f"echo hi; printf '%s' \"$KQREADER_TITLE\" > {kept}")
    assert result.returncode == 0, result.stderr
    changes = orjson.loads(result.stdout)["changes"]
    assert [c["event"] for c in changes] == ["new", "overdue"]
    assert result.stderr == "hi\nhi\n"
    title = kept.read_text()
    assert title.startswith("Vragen over a\\x00b\\x0bc") and "\x1b" not in title and "\n" not in title


def test_a_hook_gets_a_subject_of_a_megabyte_cut(tmp_path: Path, env: dict[str, str]) -> None:
    dossier = parse_file(ROOT / "sample_data" / "2024Z00102-vragen.txt")
    dossier.title = "lang " * 200_000
    store_record(tmp_path / "kq.json", dossier)
    kept = tmp_path / "title.txt"
    result = _digest(tmp_path, env, "--hook", f"printf '%s' \"$KQREADER_TITLE\" > {kept}")
    assert result.returncode == 0, result.stderr
    assert len(kept.read_text()) == 4096 and kept.read_text().endswith("lang …")


def test_a_hook_that_hangs_is_stopped_with_its_children_said_once_and_not_waited_for_again(
    tmp_path: Path, env: dict[str, str]
) -> None:
    pids = tmp_path / "pids"
    hook = f"sleep 60 & echo $! >> {pids}; sleep 60"  # a child that would hold the caller's pipe
    started = time.monotonic()
    result = _digest(tmp_path, env, "--hook", hook, "--hook-timeout", "1", timeout=30)  # capture_output: a pipe
    took = time.monotonic() - started
    assert result.returncode == 1 and took < 10, (took, result.stderr)
    lines = result.stderr.splitlines()
    assert lines == ["kqreader: error: 2024Z00102: the hook took longer than 1 s and was stopped (with what it "
                     "started); it is not run for the changes after this one"]  # fmt: skip
    [child] = [int(pid) for pid in pids.read_text().split()]  # run once, not for the second change
    time.sleep(0.2)
    assert _gone(child)


def _gone(pid: int) -> bool:
    """Ended: no such process, or a zombie its new parent has not reaped yet (it holds no pipe)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")
