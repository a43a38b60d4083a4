"""The store: merging by dossier id, idempotent re-import, replacement, atomic writes, locks, clear errors."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import orjson
import pytest

from kqreader.cli import import_paths
from kqreader.output.exporting import to_json
from kqreader.store.atomic import write_atomically
from kqreader.store.database import SCHEMA, Store, StoreError
from kqreader.store.importing import POOL_FROM
from kqreader.store.locations import resolve_path
from tests.conftest import ROOT
from tests.helpers import write_question_sets

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


def test_the_store_is_a_manifest_and_month_shards_of_tinydb_files(tmp_path: Path) -> None:
    from tinydb import TinyDB

    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    data = orjson.loads(store.path.read_bytes())
    assert list(data["meta"].values()) == [{"schema": SCHEMA, "generation": 1}]
    assert [row["name"] for row in data["shards"].values()] == [
        "2019-06", "2024-01", "2024-03", "2024-04", "2024-06", "2024-07", "2024-11",
    ]  # fmt: skip
    assert "dossiers" not in data  # where each dossier lives is a file of its own: the manifest stays small
    [homes] = orjson.loads(store.layout.homes(1).read_bytes())["homes"].values()
    assert dict(zip(homes["id"], homes["shard"], strict=True))["2019Z12806"] == "2019-06"
    assert sum(row["questions"] for row in data["shards"].values()) == 43
    shard = TinyDB(store.layout.dossiers("2024-03", 1), access_mode="r")  # the store of record: TinyDB reads it
    assert sorted(row["id"] for row in shard.table("dossiers").all()) == ["2024Z00102", "ah-tk-20232024-1314"]
    parts = TinyDB(store.layout.parts("2019-06", 1), access_mode="r").table("parts").all()
    assert sorted(Path(row["path"]).name for row in parts) == ["2019Z12806-antwoorden.md", "2019Z12806-vragen.md"]
    [columns] = orjson.loads(store.layout.files(1).read_bytes())["files"].values()
    assert len(columns["path"]) == len(columns["sha256"]) == len(columns["month"]) == 12


def test_an_import_rewrites_only_the_shards_it_touches(tmp_path: Path, seeds: tuple[Path, Path]) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES / "2024Z00101-vragen.md", seeds[0]])
    before = {p.name: p.stat().st_mtime_ns for p in store.layout.folder.iterdir()}
    import_paths(store, [seeds[1]])  # the answers of 2019Z12806: its month only
    after = sorted(p.name for p in store.layout.folder.iterdir())
    assert after == ["2019-06.1.json", "2019-06.1.parts.json", "2019-06.1.rows", "2019-06.2.json",
                     "2019-06.2.parts.json", "2019-06.2.rows", "2024-01.1.json", "2024-01.1.parts.json",
                     "2024-01.1.rows", "files.1.json", "files.2.json", "homes.1.json", "homes.2.json",
                     "shape.1.bin", "shape.2.bin"]  # fmt: skip
    assert store.layout.dossiers("2024-01", 1).stat().st_mtime_ns == before["2024-01.1.json"]
    assert Store(store.path).dossier("2019z12806").answered == date(2019, 7, 1)
    import_paths(store, [SAMPLES / "2024Z00101-vragen.md"])  # the next import removes what no manifest names
    assert not store.layout.dossiers("2019-06", 1).exists() and store.layout.dossiers("2019-06", 2).exists()


def test_a_dossier_lives_in_the_month_of_its_earliest_part_whatever_the_order(tmp_path: Path) -> None:
    one, other = Store(tmp_path / "a.json"), Store(tmp_path / "b.json")
    letter, questions = SAMPLES / "2019Z12806-antwoorden.md", SAMPLES / "2019Z12806-vragen.md"
    import_paths(one, [letter])
    import_paths(one, [questions])
    import_paths(other, [questions, letter])
    assert one.manifest().homes == other.manifest().homes == {"2019Z12806": "2019-06"}
    assert exported(one) == exported(other)


def _old_layout(current: Store, schema: int) -> Store:
    """The sample store written as schema 1 (one file), 2 (a database and a parts file) or 3 (month shards, where
    each dossier lives in the manifest) wrote it."""
    manifest = current.manifest()
    if schema == 3:
        old = Store(current.path)
        data = orjson.loads(current.path.read_bytes())
        data["meta"]["1"]["schema"] = 3
        data["dossiers"] = {str(n): {"id": i, "shard": h} for n, (i, h) in enumerate(manifest.homes.items(), 1)}
        current.layout.homes(manifest.generation).unlink()
        old.path.write_bytes(orjson.dumps(data))
        return old
    parts: dict[str, dict] = {}
    dossiers: dict[str, dict] = {}
    for name, shard in manifest.shards.items():
        for row in orjson.loads(current.layout.parts(name, shard.generation).read_bytes())["parts"].values():
            parts[str(len(parts) + 1)] = {k: row[k] for k in ("path", "sha256", "id", "record")}
            if schema == 2:
                parts[str(len(parts))] |= {"questions": row["questions"], "link": row["link"]}
        for row in orjson.loads(current.layout.dossiers(name, shard.generation).read_bytes())["dossiers"].values():
            dossiers[str(len(dossiers) + 1)] = row["record"] if schema == 1 else row
    old = Store(current.path.with_name(f"schema{schema}.json"))
    if schema == 1:
        old.path.write_bytes(orjson.dumps({"meta": {"1": {"schema": 1}}, "parts": parts, "dossiers": dossiers}))
    else:
        old.path.write_bytes(orjson.dumps({"meta": {"1": {"schema": 2, "generation": 3}}, "dossiers": dossiers}))
        old.layout.old_parts.write_bytes(orjson.dumps({"meta": {"1": {"generation": 3}}, "parts": parts}))
    return old


@pytest.mark.parametrize("schema", [1, 2, 3])
def test_a_database_of_an_older_layout_is_moved_with_nothing_lost(tmp_path: Path, schema: int) -> None:
    from kqreader.store.importing import open_store

    current = Store(tmp_path / "new.json")
    import_paths(current, [SAMPLES])
    if schema == 3:  # written in place: a store of month shards
        import_paths(Store(tmp_path / "schema3.json"), [SAMPLES])
    old = _old_layout(Store(tmp_path / "schema3.json") if schema == 3 else current, schema)
    before = old.path.read_bytes()
    with pytest.raises(StoreError, match="older layout; run `kqreader import` to move it"):
        old.dossiers()
    assert exported(open_store(old)) == exported(current)  # a reading command moves it first
    assert (tmp_path / f"schema{schema}.json.bak").read_bytes() == before
    assert not old.layout.old_parts.exists()
    assert schema != 2 or old.layout.old_parts.with_name("schema2.parts.json.bak").exists()
    assert orjson.loads(old.path.read_bytes())["meta"]["1"]["schema"] == SCHEMA
    report, failed = import_paths(old, [SAMPLES])
    assert (report.imported, report.unchanged, failed) == (0, 12, 0)
    assert exported(old) == exported(current)


def test_a_crash_before_the_manifest_leaves_the_old_store(
    tmp_path: Path, seeds: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kqreader.store.session as session_module

    questions, letter = seeds
    store = Store(tmp_path / "db.json")
    import_paths(store, [questions])
    manifest = store.path.read_bytes()

    def killed(path: Path, data: bytes) -> None:
        raise KeyboardInterrupt  # as if killed after every shard file was written, before the manifest

    monkeypatch.setattr(session_module, "write_atomically", killed)
    with pytest.raises(KeyboardInterrupt):
        import_paths(store, [letter])
    monkeypatch.undo()
    assert store.path.read_bytes() == manifest
    (dossier,) = store.dossiers()
    assert dossier.answered is None  # the old store, readable
    assert not store.layout.dossiers("2019-06", 2).exists()  # the new generation's files went with the failure
    report, failed = import_paths(store, [questions, letter])
    assert (report.imported, report.unchanged, failed) == (1, 1, 0)
    (dossier,) = store.dossiers()
    assert dossier.answered is not None and len(dossier.sources) == 2


def test_a_lost_shard_file_is_made_again_by_the_next_import(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    store.layout.parts("2019-06", 1).unlink()
    assert len(store.dossiers()) == 8  # reading needs no parts
    report, failed = import_paths(store, [SAMPLES / "2024Z00101-vragen.md"])  # another month: the lost one mended first
    assert failed == 0
    assert report.mended == [
        f"{store.layout.parts('2019-06', 1)} was damaged: month 2019-06 made again from its 2 documents"
    ]
    changed = tmp_path / "2019Z12806-vragen.md"  # a new version of a document of that month
    changed.write_text((SAMPLES / changed.name).read_text(encoding="utf-8").replace("toenemeent", "toeneemt"))
    assert import_paths(store, [changed])[1] == 0  # the month's parts are whole again: it lands
    dossier = store.dossier("2019Z12806")
    assert dossier is not None and str(changed) in {source.path for source in dossier.sources}
    generation = store.manifest().shards["2024-01"].generation
    store.layout.dossiers("2024-01", generation).unlink()
    with pytest.raises(StoreError, match="this file of the store is missing; run `kqreader repair --db"):
        store.dossiers()  # the store itself only says it: the commands mend (cli.common.reading_store)


def test_a_damaged_shard_parts_file_is_made_again_from_its_documents(tmp_path: Path, seeds: tuple[Path, Path]) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [seeds[0]])
    store.layout.parts("2019-06", 1).write_bytes(b'{"parts": {"1": ')
    report, failed = import_paths(store, [seeds[1]])
    assert failed == 0 and report.mended == [
        f"{store.layout.parts('2019-06', 1)} was damaged: month 2019-06 made again from its 1 document"
    ]
    assert [q.answer is not None for q in store.dossier("2019Z12806").questions] == [True] * 7
    report, _ = import_paths(store, [SAMPLES], rebuild=True)
    assert report.imported == 12 and (tmp_path / "db.d.bak" / "damaged" / "2019-06.1.parts.json").exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"meta": {"1": {"schema": 1}}, "dossiers": {"1": {"ti', "the file is damaged (not valid JSON)"),
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
    foreign = problem == "this is not a kqreader database"  # left alone: never advised to be set aside
    assert ("kqreader import --rebuild" in caught.value.problem) is not foreign
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
    """One import writes each file of the new generation once, then the manifest once, however many documents."""
    import kqreader.store.session as session_module

    writes: list[str] = []
    real_new, real_atomic = session_module.write_new, session_module.write_atomically
    real_temporary = session_module._temporary
    monkeypatch.setattr(
        session_module, "write_new", lambda path, data: (writes.append(path.name), real_new(path, data))
    )
    monkeypatch.setattr(
        session_module, "write_atomically", lambda path, data: (writes.append(path.name), real_atomic(path, data))
    )
    monkeypatch.setattr(
        session_module, "_temporary", lambda job, data: (writes.append(name := real_temporary(job, data)), name)[1]
    )
    import_paths(Store(tmp_path / "db.json"), [SAMPLES])
    assert writes[-4:] == ["shape.1.bin", "files.1.json", "homes.1.json", "db.json"]
    assert len(writes) == len(set(writes)) == 7 * 3 + 4  # a month's three files are written once, then renamed
    months = sorted(name for name in os.listdir(tmp_path / "db.d") if name[:4].isdigit())
    assert len(months) == 7 * 3 and all(name.endswith((".1.json", ".1.parts.json", ".1.rows")) for name in months)
    assert not any(name.endswith(".tmp") for name in os.listdir(tmp_path) + os.listdir(tmp_path / "db.d"))


def test_the_months_files_reach_the_disk_before_the_manifest_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each month's files are sent to the disk by a thread as they are named (write-behind), all of them before the
    manifest is written: its flush then finds little left to write."""
    import kqreader.store.atomic as atomic
    import kqreader.store.session as session_module

    events: list[str] = []
    real_fsync, real_atomic = atomic._fsync, session_module.write_atomically
    monkeypatch.setattr(atomic, "_fsync", lambda path: (events.append(path.name), real_fsync(path)))
    monkeypatch.setattr(
        session_module, "write_atomically", lambda path, data: (events.append("manifest"), real_atomic(path, data))
    )
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    months = sorted(name for name in os.listdir(store.layout.folder) if name[:4].isdigit())
    assert events[-1] == "manifest" and sorted(events[:-1]) == months and len(months) == 7 * 3


def test_a_write_that_fails_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Disk full while a shard is written: a StoreError (one line from the command), the manifest as it was."""


    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES / "2019Z12806-vragen.md"])
    before = store.path.read_bytes()
    _disk_full_for_months(monkeypatch)
    with pytest.raises(StoreError) as caught:
        import_paths(store, [SAMPLES])
    assert caught.value.path == store.layout.folder
    assert caught.value.problem == "cannot write the database (No space left on device); it is unchanged"
    assert store.path.read_bytes() == before and len(store.dossiers()) == 1


def test_a_write_that_fails_in_a_worker_process_is_the_same_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enough files for worker processes to make the months: the error raised in one reaches the command whole."""
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES / "2019Z12806-vragen.md"])
    before = store.path.read_bytes()
    write_question_sets(tmp_path / "many", POOL_FROM)
    _disk_full_for_months(monkeypatch)  # before the workers are forked: they write through it too
    with pytest.raises(StoreError) as caught:
        import_paths(store, [tmp_path / "many"])
    assert caught.value.path == store.layout.folder
    assert caught.value.problem == "cannot write the database (No space left on device); it is unchanged"
    assert store.path.read_bytes() == before and len(store.dossiers()) == 1


def _disk_full_for_months(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk when a month's new files are written."""
    import errno
    import tempfile

    real = tempfile.mkstemp

    def full(*args: object, **kwargs: object) -> tuple[int, str]:
        if kwargs.get("prefix") == ".month.":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", full)


def test_a_store_in_a_folder_that_cannot_be_written_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database in a read-only folder: the lock file cannot be made (simulated: tests run as root, who may
    write anywhere). One line naming the database, nothing imported, the store readable as it was."""
    import errno

    import filelock

    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES / "2019Z12806-vragen.md"])

    def refused(self, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(store.layout.lock))

    monkeypatch.setattr(filelock.FileLock, "acquire", refused)
    with pytest.raises(StoreError) as caught:
        import_paths(store, [SAMPLES])
    assert caught.value.path == store.path
    assert caught.value.problem == "cannot lock the database for an import (Permission denied); nothing was imported"
    assert len(store.dossiers()) == 1
