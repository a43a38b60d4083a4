"""The TinyDB store: one JSON file of parsed documents and the dossiers they make.

Table `parts` holds one record per imported file (what that file said on its own); table
`dossiers` holds the combination of the parts of each dossier id, ready to read. An import is one
session under a lock file: it reads the database once, changes it in memory, and writes it once,
atomically (a temporary file in the same directory, fsync, os.replace), so a crash at any moment
leaves the old database or the new one, and two imports at once queue instead of losing work.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import platformdirs
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from kqreader.codec import from_record, to_record
from kqreader.model import Dossier

SCHEMA = 1
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

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, Any] | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StoreError(self.path, f"cannot read the database ({error.strerror or error})") from None
        if not data.strip():
            return None
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError:
            problem = f"the database is damaged (not valid JSON); {_rebuild_hint(self.path)}"
            raise StoreError(self.path, problem) from None
        if not isinstance(value, dict) or not all(isinstance(table, dict) for table in value.values()):
            raise StoreError(self.path, f"this is not a kqreader database; {_rebuild_hint(self.path)}")
        return value

    def write(self, data: dict[str, Any]) -> None:
        write_atomically(self.path, orjson.dumps(data))

    def close(self) -> None:
        """Nothing stays open between reads and writes."""


@dataclass
class ImportReport:
    """What an import session did."""

    imported: int = 0
    unchanged: int = 0
    dossier_ids: set[str] = field(default_factory=set)
    questions: int = 0  # in the dossiers the imported files belong to, once combined


class Store:
    """The database file at `path`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _open(self) -> TinyDB:
        database = TinyDB(self.path, storage=CachingMiddleware(AtomicJSONStorage))
        try:
            self._check_schema(database)
        except StoreError:
            database.close()
            raise
        return database

    def _check_schema(self, database: TinyDB) -> None:
        self._check_tables(database.storage.read() or {})

    def _check_tables(self, tables: dict[str, Any]) -> None:
        if not tables:
            return
        rows = list(tables.get("meta", {}).values())
        schema = rows[0].get("schema") if rows else None
        if schema != SCHEMA:
            raise StoreError(
                self.path,
                f"unknown database schema {schema!r} (this kqreader reads schema {SCHEMA}); {_rebuild_hint(self.path)}",
            )

    def dossiers(self) -> list[Dossier]:
        """Every dossier, sorted by id (reading needs no lock: writes replace the file whole).

        Read from the storage directly rather than through TinyDB's tables: the parts table (as large as the
        corpus) is dropped at once and each record is let go as it becomes a dossier, which halves peak memory.
        """
        tables = AtomicJSONStorage(self.path).read() or {}
        self._check_tables(tables)
        tables.pop("parts", None)
        records = tables.pop("dossiers", {})
        dossiers = []
        while records:
            _, record = records.popitem()
            dossiers.append(from_record(record))
        dossiers.sort(key=lambda d: d.id)
        return dossiers

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
    def session(self, *, rebuild: bool = False) -> Iterator[ImportSession]:
        """An import: lock, read once, change in memory, write once on success."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(f"{self.path}.lock")
        try:
            lock.acquire(timeout=LOCK_WAIT_SECONDS)
        except Timeout:
            raise StoreError(
                self.path, f"another kqreader import has held the database for {LOCK_WAIT_SECONDS:.0f} s; try again"
            ) from None
        try:
            if rebuild and self.path.exists():
                os.replace(self.path, self.path.with_name(self.path.name + ".bak"))
            self._remove_stale_temporaries()
            database = self._open()
            session = ImportSession(database)
            yield session
            session.finish()
            database.close()  # the one write, if anything changed
        finally:
            lock.release()

    def _remove_stale_temporaries(self) -> None:
        """Temporary files a killed import left behind (only ever written under the lock)."""
        for leftover in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()


class ImportSession:
    """Changes to the database during one import, applied in bulk when it finishes."""

    def __init__(self, database: TinyDB) -> None:
        self.database = database
        self.parts = database.table("parts")
        self.report = ImportReport()
        self._by_path: dict[str, tuple[int, str, str]] = {}  # path -> (doc id, sha256, dossier id)
        self._shas: set[str] = set()
        for document in self.parts.all():
            self._by_path[document["path"]] = (document.doc_id, document["sha256"], document["id"])
            self._shas.add(document["sha256"])
        self._removed: list[int] = []
        self._added: dict[str, dict[str, Any]] = {}
        self._touched: set[str] = set()

    def is_unchanged(self, path: str, sha256: str) -> bool:
        """True when this content is stored already; then nothing needs parsing."""
        if sha256 in self._shas:
            self._forget(path, unless_sha=sha256)
            self.report.unchanged += 1
            return True
        return False

    def put(self, part: Dossier) -> None:
        """Store a parsed document (a partial dossier with one source), replacing what its path gave before."""
        source = part.sources[0]
        self._forget(source.path)
        record = to_record(part)
        self._added[source.path] = {"path": source.path, "sha256": source.sha256, "id": part.id, "record": record}
        self._shas.add(source.sha256)
        self._touched.add(part.id)
        self.report.imported += 1
        self.report.dossier_ids.add(part.id)

    def _forget(self, path: str, unless_sha: str | None = None) -> None:
        known = self._by_path.get(path)
        if known is not None and known[1] != unless_sha:
            self._removed.append(known[0])
            self._touched.add(known[2])
            del self._by_path[path]

    def finish(self) -> None:
        """Apply the changes: bulk removes and inserts, then recombine every dossier touched."""
        meta = self.database.table("meta")
        if not meta.all():
            meta.insert({"schema": SCHEMA})
        if not self._removed and not self._added:
            return
        if self._removed:
            self.parts.remove(doc_ids=self._removed)
        self.parts.insert_multiple(self._added.values())
        self._recombine()

    def _recombine(self) -> None:
        from kqreader.parsing import combine  # the parser is needed only while importing

        groups: dict[str, list[Dossier]] = {ident: [] for ident in self._touched}
        for document in self.parts.all():
            if document["id"] in groups:
                groups[document["id"]].append(from_record(document["record"]))
        dossiers = self.database.table("dossiers")
        stale = [d.doc_id for d in dossiers.all() if d["id"] in groups]
        if stale:
            dossiers.remove(doc_ids=stale)
        combined = [combine(parts) for parts in groups.values() if parts]
        dossiers.insert_multiple(to_record(d) for d in combined)
        self.report.questions = sum(len(d.questions) for d in combined if d.id in self.report.dossier_ids)
