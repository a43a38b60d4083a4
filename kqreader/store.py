"""The TinyDB store: the dossiers to read, and beside them the parsed documents they were made from.

The database file (`kqreader.json`) holds table `dossiers`, the combination of the parts of each
dossier id, ready to read. The parts file beside it (`kqreader.parts.json`) holds one record per
imported file, what that file said on its own; only imports read it, so the reader never loads the
corpus twice. An import is one session under a lock file: it reads both files once, changes them in
memory, and writes each once, atomically (a temporary file in the same directory, fsync, os.replace):
the parts first, then the dossiers, both stamped with the same generation number. A crash leaves the
old database or the new one; when it fell between the two writes, the next import sees the
generations differ and recombines every dossier from the parts. Two imports at once queue.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import platformdirs
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from kqreader.codec import from_record, link_key, to_record
from kqreader.model import Dossier

SCHEMA = 2  # 2: the parts moved to their own file (schema 1 kept them in the database; an import moves them)
READABLE = (1, 2)
DB_ENVIRONMENT = "KQREADER_DB"
LOCK_WAIT_SECONDS = 120.0


class StoreError(Exception):
    """The database cannot be used; the message names the file and what to do."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def default_path() -> Path:
    """The platform's user data directory, e.g. ~/.local/share/kqreader/kqreader.json."""
    return Path(platformdirs.user_data_dir("kqreader", appauthor=False)) / "kqreader.json"


def resolve_path(option: str | os.PathLike[str] | None) -> Path:
    """--db PATH, else $KQREADER_DB, else the default location."""
    if option:
        return Path(option)
    from_environment = os.environ.get(DB_ENVIRONMENT)
    return Path(from_environment) if from_environment else default_path()


def parts_path(path: Path) -> Path:
    """The parts file beside a database: kqreader.json -> kqreader.parts.json."""
    return path.with_name(f"{path.stem}.parts{path.suffix or '.json'}")


Stamp = tuple[int, int, int]  # (inode, size, mtime ns) of the database file as it was read


def _rebuild_hint(path: Path) -> str:
    return (
        f"run `kqreader import --rebuild --db {path} PATH …` to start a new database "
        f"(the damaged file is kept as {path.name}.bak)"
    )


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so that readers and crashes see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself survives a power cut
    finally:
        os.close(directory)


class AtomicJSONStorage(Storage):
    """TinyDB storage on orjson that never writes the file in place."""

    def __init__(self, path: Path, database: Path | None = None) -> None:
        self.path = Path(path)
        self.database = database or self.path  # the file named in the --rebuild hint

    def read(self) -> dict[str, Any] | None:
        return self.read_stamped()[0]

    def read_stamped(self) -> tuple[dict[str, Any] | None, Stamp | None]:
        """The tables, and the stamp of the very file they were read from (it may be replaced meanwhile)."""
        try:
            with open(self.path, "rb") as file:
                status = os.fstat(file.fileno())
                data = file.read()
        except FileNotFoundError:
            return None, None
        except OSError as error:
            raise StoreError(self.path, f"cannot read the database ({error.strerror or error})") from None
        stamp = (status.st_ino, status.st_size, status.st_mtime_ns)
        if not data.strip():
            return None, stamp
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError:
            problem = f"the database is damaged (not valid JSON); {_rebuild_hint(self.database)}"
            raise StoreError(self.path, problem) from None
        tables = value.values() if isinstance(value, dict) else ()
        if not isinstance(value, dict) or not all(_is_table(table) for table in tables):
            raise StoreError(self.path, f"this is not a kqreader database; {_rebuild_hint(self.database)}")
        return value, stamp

    def write(self, data: dict[str, Any]) -> None:
        try:
            write_atomically(self.path, orjson.dumps(data))
        except OSError as error:
            problem = f"cannot write the database ({error.strerror or error}); it is unchanged"
            raise StoreError(self.path, problem) from None

    def close(self) -> None:
        """Nothing stays open between reads and writes."""


@dataclass
class ImportReport:
    """What an import session did."""

    imported: int = 0
    unchanged: int = 0
    dossier_ids: set[str] = field(default_factory=set)
    questions: int = 0  # in the dossiers the imported files belong to, once combined
    skipped: int = 0  # files in the folders that are not documents (images, spreadsheets, …)


Record = dict[str, Any]
Combiner = Callable[[list[list[bytes]]], Iterable[tuple[bytes, int]]]


def part_row(
    path: str, sha256: str, record: Record | orjson.Fragment, questions: int, ident: str, link: str | None = None
) -> Record:
    """A row of the parts table: where a document came from, what it said (a dossier record), and its link key."""
    return {"path": path, "sha256": sha256, "id": ident, "questions": questions, "record": record, "link": link}


def dossier_row(record: Record | orjson.Fragment, questions: int, ident: str) -> Record:
    """A row of the dossiers table: the record, with what an import reports without reading it."""
    return {"id": ident, "questions": questions, "record": record}


def combined_json(parts: list[bytes]) -> tuple[bytes, int]:
    """The dossier made of the parts of one id (their records as JSON): its record as JSON, and its question count.

    JSON in and out, because this runs in worker processes: the importing process then hands the bytes on
    to the file as they are (orjson.Fragment) instead of building and pickling a hundred megabytes of dicts.
    """
    from kqreader.parsing import combine  # the parser is needed only while importing

    whole = combine([from_record(orjson.loads(part)) for part in parts])
    return orjson.dumps(to_record(whole)), len(whole.questions)


def combine_here(groups: list[list[bytes]]) -> Iterable[tuple[bytes, int]]:
    """Combine in this process (an import can hand the groups to worker processes instead)."""
    return map(combined_json, groups)


class Store:
    """The database file at `path`, and its parts file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.parts_path = parts_path(self.path)
        self.index_path = self.path.with_name(f"{self.path.stem}.index")  # the reader's word index (wordindex.py)

    def _open(self, path: Path) -> TinyDB:
        return TinyDB(path, storage=CachingMiddleware(AtomicJSONStorage), database=self.path)

    def _check_tables(self, tables: dict[str, Any]) -> dict[str, Any]:
        """The meta record of a database's tables (empty for a new database); StoreError for an unknown schema."""
        if not tables:
            return {}
        rows = list(tables.get("meta", {}).values())
        meta = rows[0] if rows else {}
        if meta.get("schema") not in READABLE:
            raise StoreError(
                self.path,
                f"unknown database schema {meta.get('schema')!r} (this kqreader reads schema {SCHEMA}); "
                f"{_rebuild_hint(self.path)}",
            )
        return meta

    def dossiers(self) -> list[Dossier]:
        """Every dossier, sorted by id (reading needs no lock: writes replace the file whole)."""
        return self.snapshot()[0]

    def snapshot(self) -> tuple[list[Dossier], Stamp | None]:
        """Every dossier, and the stamp of the file they came from (to key what is derived from them).

        Read from the storage directly rather than through TinyDB's tables, each record let go as it
        becomes a dossier: that keeps the peak memory of a large database near what the dossiers need.
        """
        _not_cut_short(self.path, self.parts_path, self.path)
        tables, stamp = AtomicJSONStorage(self.path).read_stamped()
        tables = tables or {}
        wrapped = self._check_tables(tables).get("schema") != 1  # schema 1 rows were the records themselves
        tables.pop("parts", None)  # schema 1
        rows = tables.pop("dossiers", {})
        dossiers = []
        while rows:
            key, row = rows.popitem()
            try:
                dossiers.append(from_record(row["record"] if wrapped else row))
            except (KeyError, TypeError, ValueError, AttributeError):  # a row edited or damaged by hand
                problem = f"dossier row {key} is damaged (a field missing or not valid); {_rebuild_hint(self.path)}"
                raise StoreError(self.path, problem) from None
        dossiers.sort(key=lambda d: d.id)
        return dossiers, stamp

    def is_empty(self) -> bool:
        """True when there is no database yet, or it holds no dossier (cheap: no full read needed)."""
        try:
            return self.path.stat().st_size == 0 or not self._has_dossiers()
        except FileNotFoundError:
            return True

    def _has_dossiers(self) -> bool:
        if self.path.stat().st_size > 1_000_000:
            return True  # a database this large holds dossiers; reading it here would cost a second at startup
        return bool(self.dossiers())

    def dossier(self, ident: str) -> Dossier | None:
        """One dossier by id (case-insensitive)."""
        wanted = ident.casefold()
        return next((d for d in self.dossiers() if d.id.casefold() == wanted), None)

    @contextlib.contextmanager
    def session(self, *, rebuild: bool = False, combine: Combiner = combine_here) -> Iterator[ImportSession]:
        """An import: lock, read once, change in memory, write once on success (the parts, then the dossiers)."""
        from filelock import FileLock, Timeout  # only imports lock: the reader starts without it

        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(f"{self.path}.lock")
        try:
            lock.acquire(timeout=LOCK_WAIT_SECONDS)
        except Timeout:
            raise StoreError(
                self.path, f"another kqreader import has held the database for {LOCK_WAIT_SECONDS:.0f} s; try again"
            ) from None
        try:
            if rebuild:
                self._set_aside()
            self._remove_stale_temporaries()
            database, parts = self._open_both()
            try:
                session = ImportSession(database, parts, combine)
            except (KeyError, TypeError, ValueError):  # rows without the fields every row has
                problem = f"its rows are damaged (fields missing); {_rebuild_hint(self.path)}"
                raise StoreError(self.parts_path, problem) from None
            yield session
            session.finish()
            parts.close()  # each close is the one write of its file, if anything changed
            database.close()
        finally:
            lock.release()

    def _set_aside(self) -> None:
        """--rebuild: keep the old files as .bak and start afresh."""
        for path in (self.path, self.parts_path):
            if path.exists():
                os.replace(path, path.with_name(path.name + ".bak"))

    def _open_both(self) -> tuple[TinyDB, TinyDB]:
        _not_cut_short(self.path, self.parts_path, self.path)
        _not_cut_short(self.parts_path, self.path, self.path)
        database = self._open(self.path)
        try:
            meta = self._check_tables(database.storage.read() or {})
            if meta.get("schema") == SCHEMA and meta.get("generation", 0) and not self.parts_path.exists():
                raise StoreError(
                    self.path, f"its parts file {self.parts_path.name} is missing; {_rebuild_hint(self.path)}"
                )
            return database, self._open(self.parts_path)
        except StoreError:
            database.close()
            raise

    def _remove_stale_temporaries(self) -> None:
        """Temporary files a killed import left behind (only ever written under the lock)."""
        for name in (self.path.name, self.parts_path.name):
            for leftover in self.path.parent.glob(f".{name}.*.tmp"):
                with contextlib.suppress(OSError):
                    leftover.unlink()


class ImportSession:
    """Changes to the database during one import, applied in bulk when it finishes.

    New parts arrive as JSON and stay JSON (orjson.Fragment) until the file is written.
    """

    def __init__(self, database: TinyDB, parts_database: TinyDB, combine: Combiner) -> None:
        self.database = database
        self.parts_database = parts_database
        self.parts = parts_database.table("parts")
        self.combine = combine  # may be replaced before finish(), e.g. by one using worker processes
        self.report = ImportReport()
        self._meta = _meta_of(database)
        self._rewrite = self._adopt_schema_1()
        self._by_path: dict[str, tuple[int, str, str]] = {}  # path -> (doc id, sha256, dossier id)
        self._shas: set[str] = set()
        for row in self.parts.all():
            self._by_path[row["path"]] = (row.doc_id, row["sha256"], row["id"])
            self._shas.add(row["sha256"])
        self._removed: list[int] = []
        self._added: dict[str, Record] = {}
        self._json: dict[str, bytes] = {}  # path -> the new part's record as JSON
        self._touched: set[str] = set()
        if self._meta.get("generation", 0) != _meta_of(parts_database).get("generation", 0):
            self._touched = {row["id"] for row in self.parts.all()}  # a crash fell between the two writes
            self._touched |= {row["id"] for row in database.table("dossiers").all()}
            self._rewrite = True

    def _adopt_schema_1(self) -> bool:
        """A schema 1 database kept the parts in its own file, and its rows were bare records: move and wrap."""
        if self._meta.get("schema") != 1:
            return False
        old_parts = self.database.table("parts").all()
        old_dossiers = self.database.table("dossiers").all()
        self.database.drop_tables()
        self.parts.truncate()
        self.parts.insert_multiple(
            part_row(r["path"], r["sha256"], r["record"], len(r["record"]["questions"]), r["id"]) for r in old_parts
        )
        self.database.table("dossiers").insert_multiple(
            dossier_row(dict(r), len(r["questions"]), r["id"]) for r in old_dossiers
        )
        return True

    def is_unchanged(self, path: str, sha256: str) -> bool:
        """True when this content is stored already; then nothing needs parsing."""
        if sha256 in self._shas:
            self._forget(path, unless_sha=sha256)
            self.report.unchanged += 1
            return True
        return False

    def put(
        self, path: str, sha256: str, ident: str, questions: int, record_json: bytes, link: str | None = None
    ) -> None:
        """Store a parsed document (its part record as JSON), replacing what `path` gave before."""
        self._forget(path)
        self._added[path] = part_row(path, sha256, orjson.Fragment(record_json), questions, ident, link)
        self._json[path] = record_json
        self._shas.add(sha256)
        self._touched.add(ident)
        self.report.imported += 1
        self.report.dossier_ids.add(ident)

    def _forget(self, path: str, unless_sha: str | None = None) -> None:
        known = self._by_path.get(path)
        if known is not None and known[1] != unless_sha:
            self._removed.append(known[0])
            self._touched.add(known[2])
            del self._by_path[path]

    def finish(self) -> None:
        """Apply the changes: bulk removes and inserts, then recombine every dossier touched, then stamp both."""
        if not (self._removed or self._added or self._rewrite or not self._meta):
            return
        if self._removed:
            self.parts.remove(doc_ids=self._removed)
        self.parts.insert_multiple(self._added.values())
        if self._added:
            self._link_publications()
        generation = max(self._meta.get("generation", 0), _meta_of(self.parts_database).get("generation", 0)) + 1
        _set_meta(self.parts_database, {"generation": generation})
        # The parts file is complete: write it while the dossiers are combined (they are written after it).
        writer = _Writer(self.parts_database)
        writer.start()
        try:
            self._recombine()
        finally:
            writer.join()
        writer.raise_failure()  # the dossiers are written only after their parts are safe
        _set_meta(self.database, {"schema": SCHEMA, "generation": generation})

    def _link_publications(self) -> None:
        """An Aanhangsel printed without its zaaknummer (id ah-tk-…) joins the question set with the same askers,
        submission date and subject, whichever was imported first."""
        rows = self.parts.all()
        zaak: dict[str, str] = {}
        for row in rows:
            key = _link_of(row)
            if key and not row["id"].startswith("ah-tk-"):
                zaak.setdefault(key, row["id"])
        for row in rows:
            key = _link_of(row)
            if not (key and row["id"].startswith("ah-tk-") and key in zaak):
                continue
            ident, old = zaak[key], row["id"]
            record = orjson.loads(self._json_of(row))
            record["id"] = ident
            self.parts.update({"id": ident, "record": record, "link": key}, doc_ids=[row.doc_id])
            self._json.pop(row["path"], None)
            self._touched |= {old, ident}
            if old in self.report.dossier_ids:
                self.report.dossier_ids = (self.report.dossier_ids - {old}) | {ident}

    def _recombine(self) -> None:
        """Every touched dossier made again from its parts; a lone part is the dossier as it is."""
        groups: dict[str, list[Record]] = {ident: [] for ident in self._touched}
        for row in self.parts.all():
            if row["id"] in groups:
                groups[row["id"]].append(row)
        dossiers = self.database.table("dossiers")
        stale = [row.doc_id for row in dossiers.all() if row["id"] in groups]
        if stale:
            dossiers.remove(doc_ids=stale)
        rows = [dossier_row(g[0]["record"], g[0]["questions"], ident) for ident, g in groups.items() if len(g) == 1]
        several = [ident for ident, group in groups.items() if len(group) > 1]
        combined = self.combine([[self._json_of(row) for row in groups[ident]] for ident in several])
        for ident, (data, count) in zip(several, combined, strict=True):
            rows.append(dossier_row(orjson.Fragment(data), count, ident))
        dossiers.insert_multiple(rows)
        self.report.questions = sum(row["questions"] for row in rows if row["id"] in self.report.dossier_ids)

    def _json_of(self, row: Record) -> bytes:
        """A part's record as JSON: as it arrived if new in this import, else encoded from the stored record."""
        if isinstance(row["record"], orjson.Fragment):
            return self._json[row["path"]]
        return orjson.dumps(row["record"])


class _Writer(threading.Thread):
    """Writes a database's pending changes in the background, keeping a failure for the caller."""

    def __init__(self, database: TinyDB) -> None:
        super().__init__(name="write-parts")
        self.database = database
        self.failure: StoreError | None = None

    def run(self) -> None:
        try:
            self.database.storage.flush()
        except StoreError as error:
            self.failure = error

    def raise_failure(self) -> None:
        if self.failure is not None:
            raise self.failure


def _is_table(table: object) -> bool:
    """A TinyDB table: rows by id, each row a mapping."""
    return isinstance(table, dict) and all(isinstance(row, dict) for row in table.values())


def _not_cut_short(path: Path, beside: Path, database: Path) -> None:
    """An empty file is a new store (`--db $(mktemp)`) only while the file beside it is empty too: kqreader never
    writes an empty file, so otherwise it was cut short, and reading it as empty would lose every dossier.
    Checked once, when a command first reads the store (an import writes the parts file before the database)."""
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0 and beside.stat().st_size > 0:
            problem = f"the file is empty but {beside.name} beside it is not: it was cut short; "
            raise StoreError(path, problem + _rebuild_hint(database))


def _link_of(row: Record) -> str | None:
    """A part's link key: kept in its row, or worked out from a record stored before rows kept it."""
    if row.get("link") is not None or isinstance(row["record"], orjson.Fragment):
        return row.get("link")
    return link_key(row["record"])


def _meta_of(database: TinyDB) -> dict[str, Any]:
    rows = database.table("meta").all()
    return dict(rows[0]) if rows else {}


def _set_meta(database: TinyDB, values: dict[str, Any]) -> None:
    meta = database.table("meta")
    meta.truncate()
    meta.insert(values)
