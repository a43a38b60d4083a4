"""An import, as the store sees it: one session under a lock, whose changes land together or not at all.

The session reads the manifest and the table of files read before (path, hash, dossier id, month; kept as
one row of columns, which loads ten times faster than a row per file). New parsed
documents wait in a spool file. On finish, every dossier whose parts changed is made again in its home shard —
the month of its earliest dated part, so the same documents give the same store whatever the order they came
in — and every shard touched is written whole (by worker processes, when the import has them, under temporary
names) and then named with the next generation's names, beside the current files. The manifest, replaced
atomically last, makes them current. A kill -9 at any moment leaves the old manifest
naming the old files (the next import removes the unnamed ones), or the new one naming the new files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

import orjson

from kqreader.i18n import _, number, reason
from kqreader.model import joins_by_link
from kqreader.store import reader_files
from kqreader.store.atomic import WriteBehind, file_identity, flush_folder, write_atomically, write_new
from kqreader.store.database import SCHEMA, SHARDED, Manifest, Shard, Store
from kqreader.store.json_files import (
    ROWS_DAMAGED,
    Row,
    StoreError,
    cannot_write,
    damaged,
    encode,
    read_whole,
    row_damaged,
    unreachable,
)
from kqreader.store.list_shape import shape_bytes
from kqreader.store.locations import backup
from kqreader.store.records import UNDATED, link_keys, month_of

LOCK_WAIT_SECONDS = 120.0
ITEM_SEPARATOR = "#"  # a scanned page of several items keeps its second and later ones as "page.txt#2", …
MONTHS_IN_FLIGHT = 6  # months handed to worker processes and not yet back (each holds its parts' JSON)

Combiner = Callable[[list[bytes]], tuple[bytes, int]]  # the parts of one dossier (JSON) -> its record (JSON), questions


@dataclass
class ImportReport:
    """What an import session did."""

    imported: int = 0
    unchanged: int = 0
    dossier_ids: set[str] = field(default_factory=set)
    questions: int = 0  # in the dossiers the imported files belong to, once combined
    skipped: int = 0  # files that are not Kamervragen: in the folders, not documents (images, …) or other texts
    partial: list[tuple[str, str]] = field(default_factory=list)  # (file, why) of files read only in part
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, why), in file order: the reader shows them
    mended: list[str] = field(default_factory=list)  # damaged months made again first, a line each (see repair)
    kept: list[tuple[Path, Path]] = field(default_factory=list)  # --rebuild: (backup, original) of the old store


class FileRow(NamedTuple):
    """A file read before: its hash, the dossier its part belongs to, its link key, its month."""

    sha256: str
    id: str
    link: str | None
    month: str


class _New(NamedTuple):
    """A part parsed in this session: where its record waits in the spool."""

    questions: int
    offset: int
    length: int


class ArrivingPart(NamedTuple):
    """A part row arriving in a month (new, or moved from another month), its record as JSON."""

    path: str
    sha256: str
    id: str
    questions: int
    record: bytes
    link: str | None
    month: str


class MonthJob(NamedTuple):
    """What a worker process needs to make one month again: its current files, the parts that leave and arrive,
    and the dossiers to make again from their parts."""

    folder: Path
    database: Path  # named in error lines
    generation: int  # of the files being made
    current: tuple[Path, Path | None] | None  # the month's parts and dossiers files as they are, when it has them
    # (no dossiers file: every dossier is made again from the parts)
    leaving: frozenset[str]  # paths whose stored part rows are dropped
    arriving: list[ArrivingPart]
    touched: frozenset[str]  # dossier ids made again from their parts
    combine: Combiner


class MonthMade(NamedTuple):
    """A month made: its shard (None when no part is left), the question counts of the dossiers made again, and
    its new parts, dossiers and reader files under temporary names, for the importing process to name."""

    shard: Shard | None
    questions: list[tuple[str, int]]
    files: tuple[str, str, str]


class _Spool:
    """The records parsed in an import, kept in an unnamed file until its finish (an archive's are half a gigabyte):
    appended through the file's buffer, read back with pread (no seek, which would flush the buffer each time;
    not a memory map either, whose pages would count as the import's memory)."""

    def __init__(self, folder: Path) -> None:
        self._file = tempfile.TemporaryFile(dir=folder, prefix=".spool.")  # noqa: SIM115 (closed in close())
        self._size = 0
        self._flushed = 0

    def add(self, data: bytes) -> tuple[int, int]:
        """Keep `data`; where it lies: (offset, length)."""
        offset = self._size
        self._file.write(data)
        self._size += len(data)
        return offset, len(data)

    def get(self, offset: int, length: int) -> bytes:
        if self._flushed < self._size:
            self._file.flush()
            self._flushed = self._size
        return os.pread(self._file.fileno(), length, offset)

    def drop(self) -> None:
        """Forget every record (its pages are never written to the disk)."""
        self._file.seek(0)
        self._file.truncate()
        self._size = self._flushed = 0

    def close(self) -> None:
        self._file.close()


@contextlib.contextmanager
def open_session(
    store: Store, *, rebuild: bool = False, combine: Combiner | None = None, executor: Executor | None = None,
    purpose: Literal["import", "repair"] = "import",
) -> Iterator[ImportSession]:
    """Lock the store, yield a session, and commit it when the block ends without an error (`purpose`: what a
    lock that cannot be had says was not done)."""
    from filelock import FileLock, Timeout  # only imports lock: the reader starts without it

    layout = store.layout
    store.refuse_foreign()  # a backup or another program's file: left alone, not even a lock file beside it
    try:
        layout.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        problem = _("cannot make the folder of the database ({why})").format(why=reason(error))
        raise unreachable(layout.path, error, problem) from None
    lock = FileLock(str(layout.lock))
    try:
        with open(layout.lock, "a"):  # a lock file that cannot be made is said at once (FileLock would wait 120 s)
            pass
        lock.acquire(timeout=LOCK_WAIT_SECONDS)
    except Timeout:
        problem = _("another kqreader import has held the database for {seconds} s; try again").format(
            seconds=number(int(LOCK_WAIT_SECONDS))
        )
        raise StoreError(store.path, problem) from None
    except OSError as error:
        if purpose == "repair":
            problem = _("cannot lock the database to repair it ({why}); nothing was repaired")
        else:
            problem = _("cannot lock the database for an import ({why}); nothing was imported")
        raise unreachable(store.path, error, problem.format(why=reason(error))) from None
    try:
        kept = []
        if rebuild:
            kept = _set_aside(store)
        manifest = store.manifest()
        layout.folder.mkdir(exist_ok=True)
        _remove_unnamed(store, manifest)
        session = ImportSession(store, manifest, combine, executor)
        session.report.kept = kept
        try:
            if manifest.schema not in SHARDED:
                session.adopt_old_layout()
            yield session
            session.finish()
        finally:
            session.close()
    finally:
        lock.release()


def _set_aside(store: Store) -> list[tuple[Path, Path]]:
    """--rebuild: keep the old files under the first backup name none has (never over an earlier backup) and start
    afresh; returns (backup, original) of each file kept."""
    layout = store.layout
    suffix = layout.backup_suffix()
    for path in (layout.path, layout.old_parts, layout.folder):
        if path.exists():
            os.replace(path, backup(path, suffix))
    return layout.backups(suffix)


def _remove_unnamed(store: Store, manifest: Manifest) -> None:
    """Files no manifest names: of a killed import, or of generations made obsolete by earlier imports."""
    layout = store.layout
    named = {path.name for path in layout.generation_files(manifest.generation)}
    for name, shard in manifest.shards.items():
        named |= {path.name for path in layout.shard_files(name, shard.generation)}
    for entry in os.scandir(layout.folder):
        if entry.name not in named and entry.is_file():
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
    for leftover in layout.path.parent.glob(f".{layout.path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


class ImportSession:
    """The changes of one import: files read again unchanged, parts replaced, parts added."""

    def __init__(
        self, store: Store, manifest: Manifest, combine: Combiner | None, executor: Executor | None = None
    ) -> None:
        self.store = store
        self.layout = store.layout
        self.manifest = manifest
        self.combine: Combiner = combine or _combine_nowhere  # importing hands in the parser's (a module's function)
        self.report = ImportReport()
        self.files: dict[str, FileRow] = self._read_files()
        self._shas = {row.sha256 for row in self.files.values()}
        self._removed: dict[str, FileRow] = {}
        self._added: dict[str, _New] = {}
        self._new_rows: dict[str, FileRow] = {}
        self._moving = False
        self.executor = executor  # worker processes that make the months, when the import has them
        self._spool = _Spool(self.layout.folder)

    def _read_files(self) -> dict[str, FileRow]:
        if self.manifest.schema not in SHARDED or not self.manifest.generation:
            return {}
        path = self.layout.files(self.manifest.generation)
        try:
            [columns] = read_whole(path, self.store.path)["files"].values()
            rows = zip(*(columns[name] for name in FileRow._fields), strict=True)
            files = dict(zip(columns["path"], map(FileRow._make, rows), strict=True))
        except (KeyError, TypeError, ValueError):
            raise StoreError(path, damaged(ROWS_DAMAGED, self.store.path)) from None
        if not all(isinstance(row.sha256, str) and isinstance(row.id, str) for row in files.values()):
            raise StoreError(path, damaged(ROWS_DAMAGED, self.store.path))
        return files

    def close(self) -> None:
        self._spool.close()

    # --- what the import tells the session ------------------------------------------------------------------

    def stored_sha256(self, path: str) -> str | None:
        """The hash of what the store has from `path` (a worker that reads the same skips parsing it)."""
        known = self.files.get(path)
        return known.sha256 if known is not None else None

    def is_unchanged(self, path: str, sha256: str) -> bool:
        """True when this content is stored already; then nothing needs parsing."""
        if sha256 in self._shas:
            self._forget(path, unless_sha=sha256)
            self.report.unchanged += 1
            return True
        return False

    def put(
        self, path: str, sha256: str, ident: str, questions: int, record_json: bytes, link: str | None, month: str
    ) -> None:  # the fields of importing.Parsed, in its order
        """Keep a parsed document (its part record as JSON), replacing what `path` gave before."""
        self._forget(path)
        self._added[path] = _New(questions, *self._spool.add(record_json))
        self._new_rows[path] = FileRow(sha256, ident, link, month)
        self._shas.add(sha256)
        self.report.imported += ITEM_SEPARATOR not in path  # files: a page's second and later items are not files
        self.report.dossier_ids.add(ident)

    def forget_file(self, path: str) -> None:
        """A file whose part (and a page's other items) leaves the store: a document withdrawn from the open data,
        whose answers must no longer be shown as the set's (its set is made again without it)."""
        known = self.files.get(path)
        if known is not None:
            self.report.dossier_ids.add(known.id)
        self._forget(path)
        self.forget_items(path, 2)

    def forget_items(self, path: str, first: int) -> None:
        """A page's items from number `first` on that an earlier import kept and this one did not make."""
        while (key := f"{path}{ITEM_SEPARATOR}{first}") in self.files:
            self._forget(key)
            first += 1

    def _forget(self, path: str, unless_sha: str | None = None) -> None:
        known = self.files.get(path)
        if known is not None and known.sha256 != unless_sha:
            self._removed[path] = self.files.pop(path)

    def adopt_old_layout(self) -> None:
        """A store of schema 1 or 2 (one database, and a parts file beside it from schema 2): every part it kept
        is taken in again as if imported now, and its files are kept as .bak once the new layout is current."""
        from kqreader.store.records import link_key

        tables = read_whole(self.store.path, self.store.path)
        if self.manifest.schema == 2:
            tables = read_whole(self.layout.old_parts, self.store.path) if self.layout.old_parts.exists() else {}
        for key, row in tables.get("parts", {}).items():
            try:
                record = row["record"]
                self.put(row["path"], row["sha256"], row["id"], len(record["questions"]), orjson.dumps(record),
                         link_key(record), month_of(record))  # fmt: skip
            except (KeyError, TypeError, AttributeError):
                raise StoreError(self.layout.old_parts, row_damaged("part", key, self.store.path)) from None
        self._adopt_lone_dossiers(read_whole(self.store.path, self.store.path).get("dossiers", {}))
        self.report = ImportReport()
        self._moving = True

    def _adopt_lone_dossiers(self, rows: dict[str, Row]) -> None:
        """Dossiers of the old database that no kept part makes (their parts file lost): kept as parts of their own."""
        import hashlib

        from kqreader.store.records import link_key

        covered = {row.id for row in self._new_rows.values()}
        for key, row in rows.items():
            record = row.get("record", row)  # schema 1 rows were the records themselves
            try:
                ident = record["id"]
                if ident in covered:
                    continue
                data = orjson.dumps(record)
                self.put(f"kqreader-moved:{ident}", hashlib.sha256(data).hexdigest(), ident,
                         len(record["questions"]), data, link_key(record), month_of(record))  # fmt: skip
            except (KeyError, TypeError, AttributeError):
                raise StoreError(self.store.path, row_damaged("dossier", key, self.store.path)) from None

    # --- committing ----------------------------------------------------------------------------------------

    def finish(self) -> None:
        """Make every changed dossier again in its home shard, write the touched shards, then the manifest."""
        self._moving |= self.manifest.schema != SCHEMA  # schema 3: where dossiers live leaves the manifest
        if not (self._removed or self._added or self._moving or not self.manifest.stamp):
            return
        generation = self.next_generation
        plan = _Plan(self.manifest.homes, self.files, self._removed, self._new_rows)
        self.report.dossier_ids = {plan.final_id[path] for path in self._new_rows}
        transit = self._parts_leaving(plan)
        jobs = ((name, self._month_job(name, plan, transit, generation)) for name in sorted(plan.shards))
        with self._unnamed_removed_on_failure():
            made = self._make_months(jobs, generation)
            homes = {ident: home for ident, home in self.manifest.homes.items() if ident not in plan.touched}
            homes.update({ident: plan.home[ident] for ident in plan.touched if ident in plan.home})
            self._write_generation(generation, made, homes, {**self.files, **plan.final_rows()})

    @contextlib.contextmanager
    def _unnamed_removed_on_failure(self) -> Iterator[None]:
        """An import that fails while it writes (a full disk, Ctrl+C) leaves the store as it was: the months it made
        and named, and the workers' temporary files, go at once instead of at the next import — while the manifest
        file is the one the import began with (once it was replaced, the new generation's files stay)."""
        before = file_identity(self.store.path)
        try:
            yield
        except BaseException:
            if file_identity(self.store.path) == before:
                with contextlib.suppress(OSError):
                    _remove_unnamed(self.store, self.manifest)
            raise

    @property
    def next_generation(self) -> int:
        """The generation this session's files are written as."""
        return self.manifest.generation + 1

    def remake(self, jobs: list[tuple[str, MonthJob]]) -> None:
        """Months made again as they are (see repair): their dossiers, homes and files unchanged, in new files."""
        with self._unnamed_removed_on_failure():
            made = self._make_months(iter(jobs), self.next_generation)
            self._write_generation(self.next_generation, made, self.manifest.homes, self.files)
        self.manifest = self.store.manifest()  # what finish() would build on

    def _write_generation(
        self, generation: int, made: dict[str, Shard | None], homes: dict[str, str], rows: dict[str, FileRow]
    ) -> None:
        """The months made, then the generation's own files (shape, files read, homes), then the manifest."""
        shards = dict(self.manifest.shards)
        for name, written in made.items():
            shards.pop(name, None)
            if written is not None:
                shards[name] = written
        self._write_shape(generation, shards)
        columns = {"path": list(rows)}
        columns |= {name: [getattr(row, name) for row in rows.values()] for name in FileRow._fields}
        _write(self.layout.files(generation), encode({"files": [columns]})[0])  # one row of columns: read in a blink
        ordered = sorted(homes.items())
        _write(self.layout.homes(generation), encode({"homes": [{"id": [i for i, _home in ordered],
                                                                 "shard": [h for _id, h in ordered]}]})[0])
        self._spool.drop()  # its pages are dropped, not written to the disk by the flush before the manifest
        self._commit(generation, shards)

    def _write_shape(self, generation: int, shards: dict[str, Shard]) -> None:
        """The list's shape of the new generation (see list_shape), from every month's reader file as now written;
        not written when one does not match (an older kqreader's): the reader then makes them again."""
        months = []
        layout = self.store.layout
        for name, shard in sorted(shards.items()):
            made = shard.generation
            shelf = reader_files.shelve_month(layout.rows(name, made), layout.dossiers(name, made))
            if shelf is None:
                return
            months.append(((name, shard.generation), shelf))
        _write(self.store.layout.shape(generation), shape_bytes(months))

    def _parts_leaving(self, plan: _Plan) -> dict[str, Row]:
        """The stored part rows that move to another shard (or dossier), read from the shards they leave."""
        transit: dict[str, Row] = {}
        for name in sorted({plan.old_home[path] for path in plan.moved}):
            shard = self.manifest.shards[name]
            for row in _table(self.layout.parts(name, shard.generation), self.store.path, "parts"):
                if row.get("path") in plan.moved:
                    transit[row["path"]] = row
        return transit

    def _make_months(self, jobs: Iterator[tuple[str, MonthJob]], generation: int) -> dict[str, Shard | None]:
        """Every touched month made again (see `make_month`): in the import's worker processes when it has them,
        a few months in flight while this process gathers the next ones' parts (`jobs` is lazy); each month's new
        files are named here, in month order, as they come back."""
        made: dict[str, Shard | None] = {}
        waiting: deque[tuple[str, Future[MonthMade]]] = deque()
        behind = WriteBehind()
        in_flight = MONTHS_IN_FLIGHT if self.executor is not None else 0

        def land() -> None:
            name, future = waiting.popleft()
            made[name] = self._landed(name, future.result(), generation, behind)

        try:
            for name, job in jobs:
                waiting.append((name, self._started(job)))
                while len(waiting) > in_flight:
                    land()
            while waiting:
                land()
        except BaseException:
            _abandoned([future for _name, future in waiting])
            raise
        finally:
            behind.wait()
        return made

    def _started(self, job: MonthJob) -> Future[MonthMade]:
        if self.executor is not None:
            return self.executor.submit(make_month, job)
        here: Future[MonthMade] = Future()
        here.set_result(make_month(job))
        return here

    def _month_job(self, name: str, plan: _Plan, transit: dict[str, Row], generation: int) -> MonthJob:
        old = self.manifest.shards.get(name)
        current = None if old is None else (self.layout.parts(name, old.generation),
                                            self.layout.dossiers(name, old.generation))  # fmt: skip
        leaving = plan.leaving_from.get(name, set()) | set(plan.arriving.get(name, ()))  # a path is stored once
        arriving = [self._arriving_row(path, plan, transit) for path in plan.arriving.get(name, ())]
        return MonthJob(self.layout.folder, self.store.path, generation, current, frozenset(leaving), arriving,
                        frozenset(plan.touched_in.get(name, ())), self.combine)  # fmt: skip

    def _landed(self, name: str, month: MonthMade, generation: int, behind: WriteBehind) -> Shard | None:
        """A month's new files under the next generation's names (renamed: a file is named only once whole)."""
        self.report.questions += sum(count for ident, count in month.questions if ident in self.report.dossier_ids)
        if month.shard is None:
            return None
        finals = (self.layout.parts(name, generation), self.layout.dossiers(name, generation),
                  self.layout.rows(name, generation))  # fmt: skip
        for temporary, final in zip(month.files, finals, strict=True):
            try:
                os.replace(temporary, final)
            except OSError as error:
                _unlink(month.files)
                raise StoreError(final, cannot_write(error)) from None
            behind.add(final)
        return month.shard

    def _arriving_row(self, path: str, plan: _Plan, transit: dict[str, Row]) -> ArrivingPart:
        """The part row of a new or moved file, its record carrying the dossier id it now belongs to."""
        ident = plan.final_id[path]
        if path in self._added:
            new = self._added[path]
            record_json = self._spool.get(new.offset, new.length)
            questions = new.questions
        else:
            row = transit[path]
            record_json, questions = orjson.dumps(row["record"]), row["questions"]
        row_of = self._new_rows.get(path) or self.files[path]
        if row_of.id != ident:  # an Aanhangsel without zaaknummer joining its question set
            record = orjson.loads(record_json)
            record["id"] = ident
            record_json = orjson.dumps(record)
        return ArrivingPart(path, row_of.sha256, ident, questions, record_json, row_of.link, row_of.month)

    def _commit(self, generation: int, shards: dict[str, Shard]) -> None:
        """Make the new files durable, then the manifest that names them; the old layout's files become .bak."""
        tables = {
            "meta": [{"schema": SCHEMA, "generation": generation}],
            "shards": [{"name": name, **shard._asdict()} for name, shard in sorted(shards.items())],
        }
        flush_folder(self.layout.folder)
        suffix = self.layout.backup_suffix()
        if self._moving and self.store.path.exists():
            shutil.copy2(self.store.path, backup(self.store.path, suffix))
        try:
            write_atomically(self.store.path, encode(tables)[0])
        except OSError as error:
            raise StoreError(self.store.path, cannot_write(error)) from None
        if self._moving and self.layout.old_parts.exists():
            os.replace(self.layout.old_parts, backup(self.layout.old_parts, suffix))


class _Plan:
    """Where every part goes: its final dossier id (an Aanhangsel without zaaknummer joins its question set), each
    dossier's home shard, and which parts leave or arrive in which shard."""

    def __init__(
        self, homes: dict[str, str], kept: dict[str, FileRow], removed: dict[str, FileRow], new: dict[str, FileRow]
    ) -> None:
        # Only the rows this import can change are looked at (an archive keeps 100,000): the new ones, the kept ones
        # that share a link key with a new one, and every row of a dossier that gains, loses or moves a part.
        new_links = {key for row in new.values() for key in link_keys(row.link)}
        linked = {path: row for path, row in kept.items() if new_links.intersection(link_keys(row.link))}
        zaak: dict[str, str] = {}
        for row in (*linked.values(), *new.values()):
            if not joins_by_link(row.id):
                for key in link_keys(row.link):
                    zaak.setdefault(key, row.id)
        joined = {**linked, **new}
        ids = {row.id for row in (*joined.values(), *removed.values())} | set(zaak.values())
        rows = {**{path: row for path, row in kept.items() if row.id in ids}, **joined}
        self.final_id = {path: _joined(row, zaak) for path, row in rows.items()}
        months: defaultdict[str, list[str]] = defaultdict(list)
        for path, row in rows.items():
            months[self.final_id[path]].append(row.month)
        self.home = {ident: min((m for m in found if m != UNDATED), default=UNDATED) for ident, found in months.items()}
        self.old_home = {
            path: homes[row.id] for path, row in (*((p, kept[p]) for p in rows if p in kept), *removed.items())
            if row.id in homes
        }  # fmt: skip
        self.rows = rows
        self.moved = {
            path for path in rows if path in kept
            if self.final_id[path] != kept[path].id or self.home[self.final_id[path]] != self.old_home.get(path)
        }  # fmt: skip
        self.touched = {row.id for row in removed.values()} | {self.final_id[p] for p in new}
        self.touched |= {kept[p].id for p in self.moved} | {self.final_id[p] for p in self.moved}
        self.leaving_from: defaultdict[str, set[str]] = defaultdict(set)
        for path in (*removed, *self.moved):
            if path in self.old_home:
                self.leaving_from[self.old_home[path]].add(path)
        self.arriving: defaultdict[str, list[str]] = defaultdict(list)
        for path in (*new, *self.moved):
            self.arriving[self.home[self.final_id[path]]].append(path)
        self.shards = set(self.leaving_from) | set(self.arriving)
        self.shards |= {homes[ident] for ident in self.touched if ident in homes}
        self.touched_in: defaultdict[str, set[str]] = defaultdict(set)  # a shard's touched dossiers, old or new home
        for ident in self.touched:
            for home in (homes.get(ident), self.home.get(ident)):
                if home is not None:
                    self.touched_in[home].add(ident)

    def final_rows(self) -> dict[str, FileRow]:
        return {path: row._replace(id=self.final_id[path]) for path, row in self.rows.items()}


def _joined(row: FileRow, zaak: dict[str, str]) -> str:
    """A part's final dossier id: its own, or for a part that stands in (see model.joins_by_link) the set whose part
    shares one of its link keys."""
    if not joins_by_link(row.id):
        return row.id
    return next((zaak[key] for key in link_keys(row.link) if key in zaak), row.id)


def make_month(job: MonthJob) -> MonthMade:
    """One touched month made again (in a worker process when the import has them): its kept parts and the arriving
    ones, each touched dossier combined again from its parts, the others kept as stored; then the month's files,
    the reader file (its word index is most of an import's own work) made from the dossiers file as written."""
    parts: list[Row] = []
    stored: list[Row] = []
    if job.current is not None:
        parts = [row for row in _table(job.current[0], job.database, "parts") if row.get("path") not in job.leaving]
        stored = _table(job.current[1], job.database, "dossiers") if job.current[1] is not None else []
    parts += [{**part._asdict(), "record": orjson.Fragment(part.record)} for part in job.arriving]
    if not parts:
        return MonthMade(None, [], ("", "", ""))
    again = job.touched | {row["id"] for row in stored if not _readable(row)}  # a row damaged since: made again
    dossiers = [row for row in stored if row["id"] not in again]
    remade = _recombined(parts, again, job.combine)
    dossiers += remade
    dossiers.sort(key=lambda row: row["id"])
    written: list[str] = []  # this month's temporary files: gone again when making it fails (Ctrl+C too)
    try:
        parts_payload = encode({"parts": parts})[0]
        written.append(_temporary(job, parts_payload))
        payload, spans = encode({"dossiers": dossiers}, spans_of="dossiers")
        written.append(_temporary(job, payload))
        reader = reader_files.build_from(payload, spans, reader_files.source_of(Path(written[1])))
        written.append(_temporary(job, reader))
    except BaseException:
        _unlink(written)
        raise
    questions = sum(row["questions"] for row in dossiers)
    shard = Shard(job.generation, len(dossiers), questions, (len(parts_payload), len(payload)))
    made = [(row["id"], row["questions"]) for row in remade]
    return MonthMade(shard, made, (written[0], written[1], written[2]))


def _abandoned(futures: list[Future[MonthMade]]) -> None:
    """The months in flight when an import failed: those not started are cancelled, the others waited for (a worker
    would otherwise write its files after they were cleaned up) and their files removed."""
    for future in futures:
        future.cancel()
    for future in futures:
        if not future.cancelled() and future.exception() is None:  # (a failed month removed its own files)
            _unlink(future.result().files)


def _unlink(paths: list[str] | tuple[str, ...]) -> None:
    """Files of an import that failed, removed (those already gone or never made are no matter)."""
    for path in paths:
        if path:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _recombined(parts: list[Row], touched: frozenset[str] | set[str], combine: Combiner) -> list[Row]:
    """The dossier rows of the touched ids among these parts; a lone part is the dossier as it is."""
    groups: defaultdict[str, list[Row]] = defaultdict(list)
    for row in parts:
        if row["id"] in touched:
            groups[row["id"]].append(row)
    rows = []
    for ident, group in groups.items():
        if len(group) == 1:
            rows.append(_dossier_row(group[0]["record"], group[0]["questions"], ident))
        else:
            data, count = combine([_json(row["record"]) for row in group])
            rows.append(_dossier_row(orjson.Fragment(data), count, ident))
    return rows


def _temporary(job: MonthJob, payload: bytes) -> str:
    """A new file under a name of its own in the store's folder: a worker left running by a killed import never
    writes over a later import's files (the next import removes what no manifest names)."""
    name = None
    try:
        handle, name = tempfile.mkstemp(prefix=".month.", suffix=".tmp", dir=job.folder)
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
    except OSError as error:
        if name is not None:  # a full disk: the half file goes at once (the next import would remove it too)
            with contextlib.suppress(OSError):
                os.unlink(name)
        raise StoreError(job.folder, cannot_write(error)) from None
    return name


def _table(path: Path, database: Path, name: str) -> list[Row]:
    tables = read_whole(path, database)
    rows = list(tables.get(name, {}).values())
    if name not in tables or not all(isinstance(row.get("id"), str) and "record" in row for row in rows):
        raise StoreError(path, damaged(ROWS_DAMAGED, database, path))
    return rows


def readable_table(path: Path, database: Path, name: str) -> bool:
    """Whether a month's parts or dossiers file reads whole: valid JSON of its table, every row complete and its
    record readable (see repair)."""
    try:
        rows = _table(path, database, name)
    except StoreError:
        return False
    return bool(rows) and all(isinstance(row.get("questions"), int) and _readable(row) for row in rows)


def _readable(row: Row) -> bool:
    from kqreader.store.records import from_record

    try:
        from_record(row["record"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    return True


def _write(path: Path, payload: bytes) -> None:
    """A new file of the next generation; a full disk is one line, and the store stays as it was."""
    try:
        write_new(path, payload)
    except OSError as error:
        raise StoreError(path, cannot_write(error)) from None


def _dossier_row(record: Any, questions: int, ident: str) -> Row:
    return {"id": ident, "questions": questions, "record": record}


def _json(record: Any) -> bytes:
    """A stored record (a dict) or a new one (orjson.Fragment) as JSON."""
    return orjson.dumps(record)


def _combine_nowhere(parts: list[bytes]) -> tuple[bytes, int]:
    raise RuntimeError("a session that combines dossiers needs the parser's combiner (importing.combined_json)")
