"""What a reader keeps: marked questions (or whole sets) and their notes, in a file of their own beside the store.

`kqreader.store.marks.json` is a TinyDB file with one table, `marks`: a row per mark, naming the set by id and the
question by its printed number (none: the whole set), with the note and the day it was made. Imports never touch
it (they write the manifest and the month shards), so marks outlive every re-import; a mark whose set is gone
stays, and comes back with the set. It is read and written through TinyDB (the store's checked storage: a damaged
file is one line), whole and atomically on every change, read again under its lock first (two readers open on one
store keep each other's marks). No Textual here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware

from kqreader.i18n import _
from kqreader.store.atomic import locked
from kqreader.store.json_files import CheckedStorage, StoreError

TABLE = "marks"


class Mark(NamedTuple):
    dossier: str  # the set's id
    question: int | None  # its printed number; None: the whole set
    note: str
    made: str  # ISO day


Place = tuple[str, int | None]  # (set id, question number or None)


class Marks:
    """The marks of one store (`path` None: kept in memory only, as tests and the in-memory reader have them)."""

    def __init__(self, path: Path | None = None, marks: dict[Place, Mark] | None = None) -> None:
        self.path = path
        self._marks: dict[Place, Mark] = marks or {}
        self.news: frozenset[str] = frozenset()  # the sets new since the reader was last opened (see news.py)
        self.watched: frozenset[str] = frozenset()  # the sets followed by number (see watching.py)
        self.version = 0  # counts the changes: what is worked out from the marks is kept per version

    @classmethod
    def load(cls, path: Path) -> Marks:
        """The marks kept at `path` (none when there is no file); a damaged file is a StoreError."""
        with TinyDB(path, storage=CheckedStorage) as database:
            rows = database.table(TABLE).all()
        marks: dict[Place, Mark] = {}
        try:
            for row in rows:
                mark = Mark(str(row["dossier"]), _number(row["question"]), str(row["note"]), str(row["made"]))
                marks[mark.dossier, mark.question] = mark
        except (KeyError, TypeError, ValueError):
            problem = _("the marks file is damaged (a field missing); move it away to start anew")
            raise StoreError(path, problem) from None
        return cls(path, marks)

    def __len__(self) -> int:
        return len(self._marks)

    def __iter__(self) -> Iterator[Mark]:
        """By set id, the set's own mark before its questions'."""
        return _in_order(self._marks)

    def get(self, dossier: str, question: int | None) -> Mark | None:
        return self._marks.get((dossier, question))

    def marked(self, dossier: str, question: int | None) -> bool:
        """Whether the question is marked, or its whole set is."""
        return (dossier, question) in self._marks or (dossier, None) in self._marks

    def toggle(self, dossier: str, question: int | None, today: date) -> bool:
        """Mark, or unmark (note and all); whether it is marked now."""

        def toggled(marks: dict[Place, Mark]) -> None:
            if marks.pop((dossier, question), None) is None:
                marks[dossier, question] = Mark(dossier, question, "", today.isoformat())

        self._change(toggled)
        return (dossier, question) in self._marks

    def write_note(self, dossier: str, question: int | None, note: str, today: date) -> None:
        """A note (marking what it is written on); an empty note keeps the mark without one."""

        def written(marks: dict[Place, Mark]) -> None:
            old = marks.get((dossier, question))
            made = old.made if old else today.isoformat()
            marks[dossier, question] = Mark(dossier, question, " ".join(note.split()), made)

        self._change(written)

    def _change(self, change: Callable[[dict[Place, Mark]], None]) -> None:
        """One change, made to the marks as the file holds them now (read again under its lock: a second reader's
        marks are kept), and written whole in one atomic write; in memory only without a file."""
        self.version += 1
        if self.path is None:
            change(self._marks)
            return
        try:
            with locked(self.path):
                marks = Marks.load(self.path)._marks if self.path.exists() else {}
                change(marks)
                with TinyDB(self.path, storage=CachingMiddleware(CheckedStorage)) as database:  # written on close
                    table = database.table(TABLE)
                    table.truncate()
                    table.insert_multiple(mark._asdict() for mark in _in_order(marks))
        except (OSError, StoreError):  # not kept (a read-only folder, a full disk): it stays until the reader closes
            change(self._marks)
            raise
        self._marks = marks


def _in_order(marks: dict[Place, Mark]) -> Iterator[Mark]:
    return iter(sorted(marks.values(), key=lambda m: (m.dossier, -1 if m.question is None else m.question)))


def _number(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError(value)

