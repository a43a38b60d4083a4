"""The store, as commands read it: the manifest, and the month shards it names (see `locations.Layout`).

Reading needs no lock: every file is written whole under a new name and the manifest, replaced atomically,
makes a new generation current, so a reader sees one generation throughout. Imports change the store through
`session`; a store of an older layout is moved by `importing.open_store` before it is read.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from kqreader.i18n import N_, _
from kqreader.model import Dossier
from kqreader.store.json_files import (
    ROWS_DAMAGED,
    Stamp,
    StoreError,
    damaged,
    read_tables,
    read_whole,
    rebuild_hint,
    row_damaged,
    unreachable,
)
from kqreader.store.locations import Layout, backup, backup_origin, default_path, resolve_path
from kqreader.store.records import from_record

__all__ = ["SCHEMA", "Manifest", "Stamp", "Store", "StoreError", "default_path", "resolve_path"]

SCHEMA = 4  # 4: where each dossier lives in a file of its own (3: in the manifest; 2: one database and one parts
# file; 1: one file)
MOVABLE = (1, 2, 3)  # older layouts an import moves to this one
SHARDED = (3, 4)  # layouts of month shards: read the same way but for where each dossier lives


class Shard(NamedTuple):
    """A month's files: the generation that is current, what they hold, and the sizes of its parts and dossiers
    files as written (a cheap first sign of damage; (0, 0) in stores written before they were noted)."""

    generation: int
    dossiers: int
    questions: int
    sizes: tuple[int, int] = (0, 0)


@dataclass
class Manifest:
    """What the manifest says; an empty one for a store not yet written."""

    schema: int = SCHEMA
    generation: int = 0
    shards: dict[str, Shard] = field(default_factory=dict)
    homes: dict[str, str] = field(default_factory=dict)  # dossier id -> its shard
    stamp: Stamp | None = None

    @property
    def questions(self) -> int:
        return sum(shard.questions for shard in self.shards.values())


class Store:
    """The store whose manifest is `path`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.layout = Layout(self.path)

    # --- the manifest --------------------------------------------------------------------------------------

    def manifest(self, *, homes: bool = True) -> Manifest:
        """The current manifest, checked: a damaged or foreign file, or one cut short, is a StoreError.
        `homes=False` leaves out where each dossier lives (the reader does not need it: 60,000 rows in an archive)."""
        self.refuse_foreign(reading=False)
        try:
            tables, stamp = read_tables(self.path, self.path)
        except StoreError as error:
            if error.path == self.path:
                self.refuse_foreign()
            raise
        if tables is None:
            self._not_cut_short(stamp)
            return Manifest(stamp=stamp)
        if "meta" not in tables:  # JSON, even TinyDB's, but none of kqreader's tables: not to be set aside as damaged
            raise StoreError(self.path, _("this is not a kqreader database (does --db name another file?)"))
        meta_rows = list(tables.get("meta", {}).values())
        meta = meta_rows[0] if meta_rows else {}
        schema = meta.get("schema")
        if schema in MOVABLE and schema not in SHARDED:
            return Manifest(schema=schema, generation=meta.get("generation", 0), stamp=stamp)
        if schema not in SHARDED:
            problem = _("unknown database schema {schema} (this kqreader reads schema {known})")
            problem = problem.format(schema=repr(schema), known=SCHEMA)
            raise StoreError(self.path, f"{problem}; {rebuild_hint(self.path)}")
        try:
            shards = {
                row["name"]: Shard(int(row["generation"]), int(row["dossiers"]), int(row["questions"]),
                                   _sizes(row.get("sizes", (0, 0))))
                for row in tables.get("shards", {}).values()
            }
            generation = int(meta["generation"])
            homes_of = {row["id"]: row["shard"] for row in tables.get("dossiers", {}).values()} if schema == 3 else {}
        except (KeyError, TypeError, ValueError):
            raise StoreError(self.path, damaged(ROWS_DAMAGED, self.path)) from None
        if homes and schema == SCHEMA and generation:
            homes_of = self._homes(generation)
        if not set(homes_of.values()) <= set(shards):
            raise StoreError(self.path, damaged(N_("it names shards it does not list"), self.path))
        return Manifest(schema, generation, shards, homes_of, stamp)

    def _homes(self, generation: int) -> dict[str, str]:
        """Where each dossier lives: a file of its own (one row of columns), so that opening the reader, which
        does not need it, reads a manifest of a few kilobytes whatever the archive's size."""
        path = self.layout.homes(generation)
        try:
            [columns] = read_whole(path, self.path)["homes"].values()
            homes = dict(zip(columns["id"], columns["shard"], strict=True))
        except (KeyError, TypeError, ValueError):
            raise StoreError(path, damaged(ROWS_DAMAGED, self.path)) from None
        if not all(isinstance(ident, str) and isinstance(home, str) for ident, home in homes.items()):
            raise StoreError(path, damaged(ROWS_DAMAGED, self.path))
        return homes

    def _not_cut_short(self, stamp: Stamp | None) -> None:
        """An empty manifest is a new store (`--db $(mktemp)`) only when nothing was ever stored beside it:
        kqreader never writes an empty file, so otherwise it was cut short, and reading it as empty would
        lose every dossier."""
        if stamp is None and not self._holds_shards():
            return
        if self._holds_shards() or _size(self.layout.old_parts) > 0:
            if self._holds_shards():
                problem = _("the file is {state} but {beside} beside it holds shards: it was cut short")
                beside = self.layout.folder.name
            else:
                problem = _("the file is {state} but {beside} beside it is not empty: it was cut short")
                beside = self.layout.old_parts.name
            state = _("missing") if stamp is None else _("empty")
            raise StoreError(self.path, f"{problem.format(state=state, beside=beside)}; {rebuild_hint(self.path)}")

    def exists(self) -> bool:
        """Whether there is a store here at all (a reading command on none says so rather than making one); a
        folder on the way that cannot be entered is a StoreError naming it."""
        try:
            os.stat(self.path)
        except FileNotFoundError:
            return False
        except OSError as error:
            raise unreachable(self.path, error) from None
        return True

    def refuse_foreign(self, *, reading: bool = True) -> None:
        """A StoreError for a file that is not a store of its own: a backup `import --rebuild` kept, the user's
        export, another program's file (notes.txt, a PDF). Said for what it is and left alone: never set aside,
        renamed, or advised to be rebuilt (which would set aside the store the backup belongs with).
        `reading=False` looks at the name only."""
        said = _backup_said(self.path)
        if said is None and reading and not self._holds_shards():
            said = self._foreign_said()
        if said is not None:
            raise StoreError(self.path, said)

    def _foreign_said(self) -> str | None:
        export = self._export_kind()
        if export is not None:
            said = _("this is a kqreader export ({form}), not a database: give --db the database it was exported "
                     "from")  # fmt: skip
            return said.format(form=export)
        with contextlib.suppress(OSError), open(self.path, "rb") as file:
            head = file.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
            if head and not head.startswith(b"{"):  # a store (even one cut short) is a JSON object
                return _("this is not a kqreader database (does --db name another file?)")
        return None

    def _export_kind(self) -> str | None:
        """The form of kqreader export a file given as the database is (JSON, CSV, Markdown: what `export` writes),
        if it is one."""
        with contextlib.suppress(OSError), open(self.path, "rb") as file:
            head = re.sub(rb"\s+", b"", file.read(4096).removeprefix(b"\xef\xbb\xbf"))
            if head.startswith(b"{") and b'"dossiers":[' in head:  # a store's tables are objects, an export's a list
                return "JSON"
            if head.startswith((b"id,number,", b"id;vraag;")):
                return "CSV"
            if head.startswith(b"#") and b"-**" in head:
                return "Markdown"
        return None

    def _holds_shards(self) -> bool:
        with contextlib.suppress(OSError):
            return any(name.endswith(".json") for name in os.listdir(self.layout.folder))
        return False

    # --- dossiers --------------------------------------------------------------------------------------------

    def dossiers(self) -> list[Dossier]:
        """Every dossier, by month, then id (the reader lists a month by submission: see records.list_order)."""
        return self.snapshot()[0]

    def snapshot(self) -> tuple[list[Dossier], Stamp | None]:
        """Every dossier, and the stamp of the manifest they were read under (to key what is derived from them)."""
        manifest = self.current()
        dossiers: list[Dossier] = []
        for name in sorted(manifest.shards):
            dossiers += self.shard_dossiers(name, manifest.shards[name])
        return dossiers, manifest.stamp

    def current(self, *, homes: bool = True) -> Manifest:
        """The manifest, which must be of this kqreader's layout (importing.open_store moves older ones)."""
        manifest = self.manifest(homes=homes)
        if manifest.schema != SCHEMA:
            raise StoreError(self.path, _("the database has an older layout; run `kqreader import` to move it"))
        return manifest

    def shard_dossiers(self, name: str, shard: Shard) -> list[Dossier]:
        """The dossiers of one shard, by id."""
        path = self.layout.dossiers(name, shard.generation)
        return [_dossier(path, key, row, self.path) for key, row in _rows(path, self.path, "dossiers")]

    def suspect_months(self, manifest: Manifest) -> list[str]:
        """Months whose files of record do not look whole: missing, of another size than written, or not starting
        and ending as every such file does. A stat and two short reads a file (a few milliseconds for an archive's
        360 months); damage this does not see is found when the month is read (`kqreader repair` reads them all)."""
        suspect = []
        for name, shard in sorted(manifest.shards.items()):
            parts_size, dossiers_size = shard.sizes
            parts, dossiers = self.layout.records_text(name, shard.generation)
            if not (_looks_whole(parts, b'{"parts":{', parts_size)
                    and _looks_whole(dossiers, b'{"dossiers":{', dossiers_size)):
                suspect.append(name)
        return suspect

    def older_layout(self) -> bool:
        """Whether an import must move the store before it is read (see importing.open_store)."""
        return self.manifest(homes=False).schema in MOVABLE

    def is_empty(self) -> bool:
        """True when there is no store yet, or it holds no dossier."""
        manifest = self.manifest(homes=False)
        return not manifest.shards and manifest.schema == SCHEMA and not _size(self.layout.old_parts)

    def dossier(self, ident: str) -> Dossier | None:
        """One dossier by id (case-insensitive), read from its own shard only (and only that row made a dossier)."""
        manifest = self.current()
        wanted = ident.casefold()
        found = ident if ident in manifest.homes else next((k for k in manifest.homes if k.casefold() == wanted), None)
        if found is None:
            return None
        name = manifest.homes[found]
        path = self.layout.dossiers(name, manifest.shards[name].generation)
        for key, row in _rows(path, self.path, "dossiers"):
            if isinstance(row, dict) and row.get("id") == found:
                return _dossier(path, key, row, self.path)
        return None


def _rows(path: Path, database: Path, table: str) -> Iterator[tuple[str, dict]]:
    return iter(read_whole(path, database).get(table, {}).items())


def _dossier(path: Path, key: str, row: dict, database: Path) -> Dossier:
    try:
        return from_record(row["record"])
    except (KeyError, TypeError, ValueError, AttributeError):  # a row edited or damaged by hand
        raise StoreError(path, row_damaged("dossier", key, database, path)) from None


def _looks_whole(path: str, head: bytes, size: int) -> bool:
    """Whether a file of record has the size written and starts as written (or, in a store that noted no sizes, starts
    and ends as such a file does); with the os calls themselves (a Python file object costs as much again)."""
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        actual = os.fstat(handle).st_size
        if actual < len(head) + 3 or (size and actual != size):
            return False
        if os.pread(handle, len(head), 0) != head:  # zeroed or overwritten from the start
            return False
        return bool(size) or os.pread(handle, 3, actual - 3) == b"}}}"  # the end only where no size was noted
    except OSError:
        return False
    finally:
        os.close(handle)


def _sizes(value: Any) -> tuple[int, int]:
    parts, dossiers = value  # not a pair: the caller's except (a damaged row)
    return int(parts), int(dossiers)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _backup_said(path: Path) -> str | None:
    """What a backup kept by `import --rebuild` is, and how to restore it; None when `path` is none."""
    origin = backup_origin(path)
    if origin is None:
        return None
    original, suffix = origin
    layout = Layout(original)
    if not (original.exists() or backup(layout.folder, suffix).exists()):
        return None  # a store of its own that happens to be named .bak
    said = _("this is a backup of the database {original}, kept by `import --rebuild`, not a database to open "
             "or rebuild; to restore it: {restore}")  # fmt: skip
    return said.format(original=original, restore=restore_advice(layout.backups(suffix)))


def restore_advice(kept: list[tuple[Path, Path]]) -> str:
    """How to put a backup back: the current files moved away, then the backup renamed."""
    current = " ".join(shlex.quote(str(original)) for _copy, original in kept)
    renames = " && ".join(f"mv {shlex.quote(str(copy))} {shlex.quote(str(original))}" for copy, original in kept)
    return _("move {current} away, then {renames}").format(current=current, renames=renames)
