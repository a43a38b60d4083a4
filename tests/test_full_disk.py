"""Issue 37 item 10: files and messages on a full disk and a read-only store, on a small tmpfs of their own (the
tests skip where one cannot be mounted: not root, no tmpfs). A file kqreader appends to or replaces is whole or
untouched; every message names the file and the operation, once."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kqreader.tui.clipboard import append_to_file
from tests.helpers import kqreader

ROOT = Path(__file__).resolve().parent.parent


def _mount(folder: Path, size: str, *options: str) -> None:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join([f"size={size}", *options]), "tmpfs", str(folder)],
                          capture_output=True, check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode(errors='replace').strip()})")


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 256 KB tmpfs, unmounted after the test."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    folder = tmp_path / "small"
    folder.mkdir()
    _mount(folder, "256k")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int) -> None:
    """Fill the disk until about `leave` bytes are free."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    (folder / "filler").write_bytes(b"x" * max(free - leave, 0))


def test_a_copy_on_a_full_disk_is_written_whole_or_not_at_all(small: Path) -> None:
    copies = small / "copies.txt"
    assert append_to_file(copies, "eerste citaat") is None
    _fill(small, 8192)
    problem = append_to_file(copies, "een lang citaat " * 2000)  # 32 KB: more than is left
    assert problem == f"{copies}: No space left on device"
    assert copies.read_text() == "eerste citaat\n\n"  # not half of the second
    assert [p.name for p in small.iterdir() if p.name.endswith(".tmp")] == []
    assert append_to_file(copies, "kort") is None  # what fits is added
    assert copies.read_text() == "eerste citaat\n\nkort\n\n"


def test_a_full_disk_during_an_import_is_one_line_naming_the_store(small: Path) -> None:
    _fill(small, 96 * 1024)
    result = kqreader("import", "--db", small / "kq.json", ROOT / "sample_data")
    assert result.returncode == 1
    assert result.stderr == (f"kqreader: {small}/kq.d: error: cannot write the database (No space left on device); "
                             "it is unchanged\n")  # fmt: skip
    assert "kqreader: kqreader:" not in result.stderr


def test_the_feed_on_a_full_disk_is_untouched_and_said(small: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "KQREADER_LANG": "en"}  # fmt: skip
    db = tmp_path / "kq.json"
    assert kqreader("import", "--db", db, ROOT / "sample_data", env=env).returncode == 0
    assert kqreader("watch", "add", "2024Z00102", env=env).returncode == 0
    feed = small / "feed.xml"
    feed.write_text("<old/>")
    _fill(small, 0)
    result = kqreader("digest", "--db", db, "--since", "2024-01-01", "--today", "2024-06-01", "--atom", feed, env=env)
    assert result.returncode == 1
    assert result.stderr == f"kqreader: {feed}: error: cannot write the feed (No space left on device)\n"
    assert feed.read_text() == "<old/>" and [p.name for p in small.iterdir() if p.name.endswith(".tmp")] == []


def test_repair_on_a_read_only_store_speaks_of_repair(small: Path) -> None:
    db = small / "kq.json"
    assert kqreader("import", "--db", db, ROOT / "sample_data").returncode == 0
    remounted = subprocess.run(["mount", "-o", "remount,ro", str(small)], capture_output=True, check=False)
    if remounted.returncode != 0:
        pytest.skip("cannot remount the tmpfs read-only")
    result = kqreader("repair", "--db", db)
    assert result.returncode == 1
    assert result.stderr == (f"kqreader: {db}: error: cannot lock the database to repair it (Read-only file "
                             "system); nothing was repaired\n")  # fmt: skip


def test_a_mark_that_cannot_be_kept_stays_in_memory(small: Path) -> None:
    from datetime import date

    from kqreader.store.json_files import StoreError
    from kqreader.store.marks import Marks

    path = small / "kq.store.marks.json"
    marks = Marks.load(path)
    marks.toggle("2024Z00102", 1, date(2024, 5, 1))
    _fill(small, 0)
    with pytest.raises(StoreError, match="No space left on device"):
        marks.write_note("2024Z00102", 2, "nalopen " * 2000, date(2024, 5, 1))
    assert marks.get("2024Z00102", 2) is not None  # shown until the reader closes
    assert [m.question for m in Marks.load(path)] == [1]  # the file as it was


def test_a_fetch_on_a_full_disk_names_the_download_it_could_not_keep(small: Path, tmp_path: Path) -> None:
    from tests.hostile import HostileServer

    server = HostileServer()
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "KQREADER_LANG": "en",
           "XDG_DATA_HOME": str(home / ".local/share"), "KQREADER_API": server.base("fine")}  # fmt: skip
    try:
        _fill(small, 0)
        result = kqreader("fetch", "--db", small / "kq.json", "2024Z00102", env=env)
    finally:
        server.stop()
    assert result.returncode == 1
    assert result.stderr == (f"kqreader: {small}/kq.cache/zaak/2024Z00102.json: error: cannot keep the download in "
                             "the cache (No space left on device)\n")  # fmt: skip
