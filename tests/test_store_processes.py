"""Real processes against one database: a `kill -9` mid-import, and two imports at once."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from kqreader.store.database import Store
from tests.conftest import ROOT
from tests.helpers import kqreader, write_question_sets

SAMPLES = ROOT / "sample_data"


def _start_import(db: Path, *paths: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "kqreader", "import", "--db", str(db), *map(str, paths)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_kill_9_during_a_large_import_leaves_a_readable_database(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    assert kqreader("import", "--db", db, SAMPLES).returncode == 0
    old = {d.id for d in Store(db).dossiers()}
    new = set(write_question_sets(tmp_path / "big", 1500))
    started = time.monotonic()
    complete = _start_import(db, tmp_path / "big")
    complete.wait(timeout=300)
    full = time.monotonic() - started
    outcomes = set()
    for fraction in (0.2, 0.5, 0.8, 0.9, 0.95, 0.99):
        shutil.rmtree(Store(db).layout.folder)  # start each round from the sample database again
        db.unlink()
        assert kqreader("import", "--db", db, SAMPLES).returncode == 0
        process = _start_import(db, tmp_path / "big")
        time.sleep(full * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        ids = {d.id for d in Store(db).dossiers()}  # readable: no StoreError
        assert ids in (old, old | new)
        outcomes.add("new" if ids == old | new else "old")
        assert kqreader("import", "--db", db, SAMPLES).returncode == 0  # ... and the next import tidies up:
        assert sorted(p.name for p in Store(db).layout.folder.iterdir()) == _named_files(db)
    assert "old" in outcomes  # at least one kill landed before the manifest was written
    assert _gone_soon(str(tmp_path / "big"))  # the killed imports' worker processes left with them


def _named_files(db: Path) -> list[str]:
    """The files the manifest names: its generation's tables of files and homes, and each shard's current files."""
    store = Store(db)
    manifest = store.manifest()
    names = [path.name for path in store.layout.generation_files(manifest.generation)]
    for name, shard in manifest.shards.items():
        names += [path.name for path in store.layout.shard_files(name, shard.generation) if path.exists()]
    return sorted(names)


def _gone_soon(argument: str, seconds: float = 10) -> bool:
    """True once no process has `argument` on its command line (read from /proc; elsewhere not checked)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(argument in _command_line(entry) for entry in Path("/proc").glob("[0-9]*")):
            return True
        time.sleep(0.2)
    return False


def _command_line(process: Path) -> str:
    try:
        return (process / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""  # gone meanwhile


def test_two_imports_at_once_keep_both(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    first = set(write_question_sets(tmp_path / "one", 400, first=1))
    second = set(write_question_sets(tmp_path / "two", 400, first=1001))
    processes = [_start_import(db, tmp_path / "one"), _start_import(db, tmp_path / "two")]
    assert [p.wait(timeout=300) for p in processes] == [0, 0]
    assert {d.id for d in Store(db).dossiers()} == first | second


def test_a_catalog_open_across_two_imports_still_reads_what_it_lists(tmp_path: Path) -> None:
    """The second import removes the files the first one replaced; a reader opened before both keeps reading."""
    from datetime import date

    from kqreader.query.catalog import open_catalog

    db = tmp_path / "db.json"
    assert kqreader("import", "--db", db, SAMPLES / "2019Z12806-vragen.md").returncode == 0
    catalog = open_catalog(Store(db), date(2024, 6, 1))
    catalog.keep_open()  # as the reader does
    assert kqreader("import", "--db", db, SAMPLES / "2019Z12806-antwoorden.md").returncode == 0
    assert kqreader("import", "--db", db, SAMPLES / "2024Z00101-vragen.md").returncode == 0
    assert not Store(db).layout.dossiers("2019-06", 1).exists()  # the name is gone ...
    assert catalog.dossier(0).id == "2019Z12806" and catalog.dossier(0).answered is None  # ... what it listed is not
