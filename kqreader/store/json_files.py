"""The store's files in TinyDB's JSON layout: read with every check a damaged file needs, written whole.

A TinyDB file is `{"table": {"1": row, "2": row, …}, …}`. Files are read with orjson straight into that shape
(TinyDB's own JSON reading is ten times slower) and checked: not valid JSON, not tables of rows, or empty
while kqreader never writes an empty file — each is a StoreError naming the file, never an empty store.
They are written with the byte span of each row of one table noted, so the reader can later read a single
dossier from its shard without parsing the rest.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from kqreader.i18n import N_, _, reason
from kqreader.store.atomic import write_atomically

Row = dict[str, Any]
Tables = dict[str, dict[str, Row]]
Span = tuple[int, int]  # (offset, length) of a row in its file
Stamp = tuple[int, int, int]  # (inode, size, mtime ns) of a file as it was read


class StoreError(Exception):
    """A store file cannot be used; the message names the file and what to do."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[StoreError], tuple[Path, str]]:
        """Raised in a worker process, it reaches the importing process whole."""
        return StoreError, (self.path, self.problem)


def rebuild_hint(database: Path) -> str:
    return _(
        "run `kqreader import --rebuild --db {database} PATH …` to start a new database "
        "(the damaged files are kept beside it as a backup, which the import names)"
    ).format(database=database)


MONTH_FILE = re.compile(r"(?:[0-9]{4}-[0-9]{2}|undated)\.[0-9]+(?:\.parts)?\.json")  # a month's files of record


def hint(database: Path, path: Path | None = None) -> str:
    """What to run about a damaged file: a month's file is made again by `repair`; any other needs a new store."""
    if path is not None and MONTH_FILE.fullmatch(path.name):
        said = _("run `kqreader repair --db {database}` to make the month again from its documents")
        return said.format(database=database)
    return rebuild_hint(database)


def damaged(problem: str, database: Path, path: Path | None = None) -> str:
    """A store file's damage (a text from the catalogue), with what to do about it."""
    return f"{_(problem)}; {hint(database, path)}"


def unreachable(path: Path, error: OSError, problem: str | None = None) -> StoreError:
    """A store file that cannot be read (or made: `problem`): when a folder on its way cannot be entered (a folder
    of another user's, mode 0700), that folder is named, not the file behind it."""
    folder = blocked_folder(path) if error.errno in (errno.EACCES, errno.EPERM) else None
    if folder is None:
        return StoreError(path, problem or cannot_read(error))
    said = _("cannot enter this folder ({why}), which holds the database {database}")
    return StoreError(folder, said.format(why=reason(error), database=path))


def blocked_folder(path: Path) -> Path | None:
    """The first folder on the way to `path` that cannot be entered, if any."""
    path = Path(os.path.abspath(path))
    for folder in reversed(path.parents):
        try:
            os.stat(folder / path.relative_to(folder).parts[0])
        except PermissionError:
            return folder
        except OSError:
            return None
    return None


def cannot_read(error: OSError) -> str:
    return _("cannot read the file ({why})").format(why=reason(error))


def read_json(path: Path, damaged: str) -> Any | None:
    """A small JSON file kqreader keeps beside the store or the user's settings (None when there is none yet); an
    unreadable or damaged one is a StoreError naming it (`damaged`: what to say of invalid JSON)."""
    try:
        return orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StoreError(path, cannot_read(error)) from None
    except orjson.JSONDecodeError:
        raise StoreError(path, damaged) from None


def cannot_write(error: OSError) -> str:
    return _("cannot write the database ({why}); it is unchanged").format(why=reason(error))


ROWS_DAMAGED = N_("its rows are damaged (fields missing)")
NOT_JSON = N_("the file is damaged (not valid JSON)")


def row_damaged(kind: str, number: object, database: Path, path: Path | None = None) -> str:
    """A dossier's or a part's row that cannot be read (kind "dossier" or "part")."""
    problem = {
        "dossier": N_("dossier row {number} is damaged (a field missing or not valid)"),
        "part": N_("part row {number} is damaged (a field missing or not valid)"),
    }[kind]
    return f"{_(problem).format(number=number)}; {hint(database, path)}"


def read_tables(path: Path, database: Path, *, missing_ok: bool = True) -> tuple[Tables | None, Stamp | None]:
    """The tables of a TinyDB file and the stamp of the very file read; (None, None) when there is no file."""
    try:
        with open(path, "rb") as file:
            status = os.fstat(file.fileno())
            data = file.read()
    except FileNotFoundError:
        if missing_ok:
            return None, None
        raise StoreError(path, damaged(N_("this file of the store is missing"), database, path)) from None
    except OSError as error:
        raise unreachable(path, error) from None
    stamp = (status.st_ino, status.st_size, status.st_mtime_ns)
    if not data.strip():
        return None, stamp
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise StoreError(path, damaged(NOT_JSON, database, path)) from None
    if not isinstance(value, dict) or not all(is_table(table) for table in value.values()):
        raise StoreError(path, damaged(N_("this is not a kqreader database"), database, path))
    return value, stamp


def read_whole(path: Path, database: Path) -> Tables:
    """A file the manifest names: it must be there and not empty."""
    tables, _stamp = read_tables(path, database, missing_ok=False)
    if tables is None:
        raise StoreError(path, damaged(N_("the file is empty: it was cut short"), database, path))
    return tables


def is_table(table: object) -> bool:
    """A TinyDB table: rows by id, each row a mapping."""
    return isinstance(table, dict) and all(isinstance(row, dict) for row in table.values())


def encode(tables: Mapping[str, Iterable[Row]], spans_of: str | None = None) -> tuple[bytes, list[Span]]:
    """The TinyDB file of these tables (rows numbered from 1), and the spans of the rows of table `spans_of`."""
    pieces: list[bytes] = [b"{"]
    size = 1
    spans: list[Span] = []
    for t, (name, rows) in enumerate(tables.items()):
        head = (b"," if t else b"") + orjson.dumps(name) + b":{"
        pieces.append(head)
        size += len(head)
        for number, row in enumerate(rows, start=1):
            key = (b"," if number > 1 else b"") + b'"%d":' % number
            body = orjson.dumps(row)
            if name == spans_of:
                spans.append((size + len(key), len(body)))
            pieces += [key, body]
            size += len(key) + len(body)
        pieces.append(b"}")
        size += 1
    pieces.append(b"}")
    return b"".join(pieces), spans


class CheckedStorage(Storage):
    """TinyDB storage for the file kqreader edits row by row (the marks): checked reads (see `read_tables`), atomic
    whole-file writes."""

    def __init__(self, path: Path, database: Path | None = None) -> None:
        self.path = Path(path)
        self.database = database or self.path

    def read(self) -> dict[str, Any] | None:
        return read_tables(self.path, self.database)[0]

    def write(self, data: dict[str, Any]) -> None:
        try:
            write_atomically(self.path, orjson.dumps(data))
        except OSError as error:
            raise StoreError(self.path, cannot_write(error)) from None

    def close(self) -> None:
        """Nothing stays open between reads and writes."""
