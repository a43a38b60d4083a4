"""The store: merging by dossier id, idempotent re-import, replacement, atomic writes, locks, clear errors."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import orjson
import pytest

from kqreader.cli import import_paths
from kqreader.exporting import to_json
from kqreader.store import SCHEMA, Store, StoreError, resolve_path, write_atomically
from tests.conftest import ROOT

SAMPLES = ROOT / "sample_data"


@pytest.fixture
def seeds(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    questions = folder / "2019Z12806-vragen.md"
    letter = folder / "2019Z12806-antwoorden.md"
    shutil.copy(SAMPLES / questions.name, questions)
    shutil.copy(SAMPLES / letter.name, letter)
    return questions, letter


def exported(store: Store) -> bytes:
    return to_json(store.dossiers(), date(2024, 6, 1))


def test_merge_in_either_order_and_across_runs(tmp_path: Path, seeds: tuple[Path, Path]) -> None:
    questions, letter = seeds
    one, other, together = Store(tmp_path / "a.json"), Store(tmp_path / "b.json"), Store(tmp_path / "c.json")
    import_paths(one, [questions])
    import_paths(one, [letter])
    import_paths(other, [letter])
    import_paths(other, [questions])
    import_paths(together, [letter, questions])
    assert exported(one) == exported(other) == exported(together)
    (dossier,) = one.dossiers()
    assert dossier.id == "2019Z12806" and len(dossier.sources) == 2
    assert "toenemeent" in dossier.question(3).text
    assert [a.covers for a in dossier.answers] == [[1], [2, 3], [4, 5], [6, 7]]


def test_reimport_changes_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    first, failed = import_paths(store, [SAMPLES])
    assert (first.imported, first.unchanged, failed) == (12, 0, 0)
    before_bytes, before_stat = store.path.read_bytes(), store.path.stat()
    before_export = exported(store)
    again, failed = import_paths(store, [SAMPLES])
    assert (again.imported, again.unchanged, failed) == (0, 12, 0)
    assert store.path.read_bytes() == before_bytes
    assert store.path.stat().st_mtime_ns == before_stat.st_mtime_ns  # not even rewritten
    assert exported(store) == before_export


def test_changed_file_replaces_what_came_from_it(tmp_path: Path, seeds: tuple[Path, Path]) -> None:
    questions, letter = seeds
    store = Store(tmp_path / "db.json")
    import_paths(store, [questions, letter])
    questions.write_text(questions.read_text(encoding="utf-8").replace("toenemeent", "toeneemt"), encoding="utf-8")
    report, _ = import_paths(store, [questions, letter])
    assert (report.imported, report.unchanged) == (1, 1)
    (dossier,) = store.dossiers()
    assert "toeneemt dan afneemt" in dossier.question(3).text
    assert len(dossier.sources) == 2
    assert len({s.sha256 for s in dossier.sources}) == 2


def test_schema_and_generation_are_stored(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    data = orjson.loads(store.path.read_bytes())
    parts = orjson.loads((tmp_path / "db.parts.json").read_bytes())
    assert list(data["meta"].values()) == [{"schema": SCHEMA, "generation": 1}]
    assert list(parts["meta"].values()) == [{"generation": 1}]
    assert sorted(data) == ["dossiers", "meta"] and len(data["dossiers"]) == 8  # the reader reads only this
    assert len(parts["parts"]) == 12


def test_a_schema_1_database_is_read_and_then_moved_to_schema_2(tmp_path: Path) -> None:
    current = Store(tmp_path / "new.json")
    import_paths(current, [SAMPLES])
    dossiers = {key: row["record"] for key, row in orjson.loads(current.path.read_bytes())["dossiers"].items()}
    parts = orjson.loads(current.parts_path.read_bytes())["parts"]
    for row in parts.values():
        del row["questions"]  # schema 1 rows: path, sha256, id, record; dossier rows were the bare records
    old = Store(tmp_path / "old.json")
    old.path.write_bytes(orjson.dumps({"meta": {"1": {"schema": 1}}, "parts": parts, "dossiers": dossiers}))
    assert exported(old) == exported(current)
    report, failed = import_paths(old, [SAMPLES])
    assert (report.imported, report.unchanged, failed) == (0, 12, 0)
    assert orjson.loads(old.path.read_bytes())["meta"] == {"1": {"schema": SCHEMA, "generation": 1}}
    assert len(orjson.loads(old.parts_path.read_bytes())["parts"]) == 12
    assert exported(old) == exported(current)


def test_a_crash_between_the_two_writes_is_mended_by_the_next_import(
    tmp_path: Path, seeds: tuple[Path, Path]
) -> None:
    questions, letter = seeds
    store = Store(tmp_path / "db.json")
    import_paths(store, [questions])
    before = store.path.read_bytes()
    import_paths(store, [letter])
    store.path.write_bytes(before)  # as if killed after writing the parts, before the dossiers
    (dossier,) = store.dossiers()
    assert dossier.answered is None  # the old database, readable
    report, failed = import_paths(store, [questions, letter])
    assert (report.unchanged, failed) == (2, 0)
    (dossier,) = store.dossiers()
    assert dossier.answered is not None and len(dossier.sources) == 2


def test_a_lost_parts_file_stops_imports_but_not_reading(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    store.parts_path.unlink()
    assert len(store.dossiers()) == 8
    with pytest.raises(StoreError) as caught:
        import_paths(store, [SAMPLES])
    assert "db.parts.json is missing" in caught.value.problem and "--rebuild" in caught.value.problem


def test_a_damaged_parts_file_is_named(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    store.parts_path.write_bytes(b'{"parts": {"1": ')
    with pytest.raises(StoreError) as caught:
        import_paths(store, [SAMPLES])
    assert caught.value.path == store.parts_path
    assert caught.value.problem.startswith("the database is damaged")
    report, _ = import_paths(store, [SAMPLES], rebuild=True)
    assert report.imported == 12 and (tmp_path / "db.parts.json.bak").exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"meta": {"1": {"schema": 1}}, "dossiers": {"1": {"ti', "the database is damaged (not valid JSON)"),
        (b"[1, 2, 3]", "this is not a kqreader database"),
        (b'{"meta": {"1": {"schema": 99}}, "dossiers": {}}', "unknown database schema 99"),
    ],
)
def test_bad_database_gives_a_clear_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store(path).dossiers()
    assert caught.value.problem.startswith(problem)
    assert "kqreader import --rebuild" in caught.value.problem
    with pytest.raises(StoreError):
        import_paths(Store(path), [SAMPLES])
    assert path.read_bytes() == content  # never silently overwritten


def test_rebuild_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(b"{ broken")
    report, failed = import_paths(Store(path), [SAMPLES], rebuild=True)
    assert (report.imported, failed) == (12, 0)
    assert (tmp_path / "db.json.bak").read_bytes() == b"{ broken"
    assert len(Store(path).dossiers()) == 8


def test_write_atomically_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "db.json"
    write_atomically(target, b"{}")
    write_atomically(target, b'{"a": {}}')
    assert target.read_bytes() == b'{"a": {}}'
    assert sorted(p.name for p in target.parent.iterdir()) == ["db.json"]


def test_database_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KQREADER_DB", str(tmp_path / "env.json"))
    assert resolve_path("given.json") == Path("given.json")
    assert resolve_path(None) == tmp_path / "env.json"
    monkeypatch.delenv("KQREADER_DB")
    default = resolve_path(None)
    assert default.name == "kqreader.json" and default.parent.name == "kqreader"


def test_bulk_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One import is one write of each file (parts, then dossiers), however many documents it holds."""
    import kqreader.store as store_module

    writes: list[Path] = []
    real = store_module.write_atomically
    monkeypatch.setattr(store_module, "write_atomically", lambda path, data: (writes.append(path), real(path, data)))
    import_paths(Store(tmp_path / "db.json"), [SAMPLES])
    assert writes == [tmp_path / "db.parts.json", tmp_path / "db.json"]
    assert not any(name.endswith(".tmp") for name in os.listdir(tmp_path))


def test_a_write_that_fails_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Disk full while the parts are written: a StoreError (one line from the command), no database written."""
    import errno

    import kqreader.store as store_module

    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES / "2019Z12806-vragen.md"])
    before = (store.path.read_bytes(), store.parts_path.read_bytes())
    real = store_module.write_atomically

    def full(path: Path, data: bytes) -> None:
        if path == store.parts_path:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, data)

    monkeypatch.setattr(store_module, "write_atomically", full)
    with pytest.raises(StoreError) as caught:
        import_paths(store, [SAMPLES])
    assert caught.value.path == store.parts_path
    assert caught.value.problem == "cannot write the database (No space left on device); it is unchanged"
    assert (store.path.read_bytes(), store.parts_path.read_bytes()) == before
