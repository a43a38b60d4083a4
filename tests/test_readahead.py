"""Reading ahead of the parsing workers: every kind of path is asked for without waiting or failing."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from kqreader.store import readahead
from kqreader.store.readahead import ReadAhead, reading_ahead


def test_every_kind_of_path_is_asked_for_and_the_thread_ends(tmp_path: Path, monkeypatch) -> None:
    """A pipe (opening it for reading would wait for a writer), a folder, a missing file, a file without read
    rights and a document: each asked for in order, none stops the thread, and `stop` ends it."""
    asked: list[str] = []
    real = readahead._ask
    monkeypatch.setattr(readahead, "_ask", lambda path: (real(path), asked.append(path)))
    os.mkfifo(tmp_path / "pijp.md")
    (tmp_path / "map.md").mkdir()
    (tmp_path / "geheim.md").write_text("x")
    (tmp_path / "geheim.md").chmod(0)
    (tmp_path / "vragen.md").write_text("Vragen van het lid")
    paths = [str(tmp_path / name) for name in ("pijp.md", "map.md", "weg.md", "geheim.md", "vragen.md")]
    ahead = ReadAhead()
    ahead.add(paths[:2])
    ahead.add(paths[2:])
    deadline = time.monotonic() + 10
    while len(asked) < len(paths) and time.monotonic() < deadline:
        time.sleep(0.01)
    ahead.stop()
    assert asked == paths
    assert not any(thread.name == "kqreader-read-ahead" for thread in threading.enumerate())


def test_stop_does_not_wait_for_the_files_still_to_ask(monkeypatch) -> None:
    """An import that fails early stops reading ahead at the next file, not after the rest of the archive."""
    started = threading.Event()
    asked: list[str] = []

    def slow(path: str) -> None:
        started.set()
        asked.append(path)
        time.sleep(0.05)

    monkeypatch.setattr(readahead, "_ask", slow)
    with reading_ahead(True) as ahead:
        assert ahead is not None
        ahead.add([f"/nowhere/{number}.md" for number in range(1000)])
        started.wait(5)
    assert 1 <= len(asked) < 10
    with reading_ahead(False) as none:
        assert none is None  # an import without worker processes reads each file as it parses it


def test_an_import_with_worker_processes_reads_every_file_ahead(tmp_path: Path, monkeypatch) -> None:
    from kqreader.store.database import Store
    from kqreader.store.importing import POOL_FROM, import_paths
    from tests.helpers import write_question_sets

    asked: list[str] = []
    monkeypatch.setattr(readahead, "_ask", asked.append)
    write_question_sets(tmp_path / "sets", POOL_FROM)
    report, failed = import_paths(Store(tmp_path / "db.json"), [tmp_path / "sets"])
    files = sorted(str(path) for path in (tmp_path / "sets").rglob("*.md"))
    assert (report.imported, failed) == (len(files), 0)
    # in the order the workers take them (the thread is stopped when the import ends: it may not have asked for
    # the last few when the workers were quicker, which they never are but on a machine this small could be)
    assert len(asked) >= len(files) // 2 and asked == files[: len(asked)]


def test_the_thread_starts_with_the_first_files_not_before() -> None:
    """An import forks its workers with their first files; reading ahead starts after, so they are forked while
    the importing process runs no thread of this module."""
    ahead = ReadAhead()
    assert not any(thread.name == "kqreader-read-ahead" for thread in threading.enumerate())
    ahead.add([])
    assert any(thread.name == "kqreader-read-ahead" for thread in threading.enumerate())
    ahead.stop()
    ReadAhead().stop()  # stopped without files: nothing to end
