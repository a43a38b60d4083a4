"""Helpers every command shares: its mistakes and notices, the store it reads, the progress bar, the QUERY
words as a filter."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console

from kqreader.fetch.news import News
from kqreader.fetch.watching import Change
from kqreader.i18n import _
from kqreader.model import Dossier
from kqreader.output.citation import nl, official_url
from kqreader.query.catalog import Catalog, open_catalog
from kqreader.query.language import Query, QueryError, parse_query
from kqreader.store.database import Store, StoreError
from kqreader.store.locations import DB_ENVIRONMENT, resolve_path
from kqreader.store.marks import Marks
from kqreader.text.safetext import visible


class UsageError(Exception):
    """A mistake in the command's arguments that argparse cannot see (exit code 2)."""


def say(lines: Sequence[str]) -> None:
    for line in lines:
        print(_("kqreader: {notice}").format(notice=visible(line)), file=sys.stderr)


def say_error(problem: str) -> None:
    """"kqreader: error: PROBLEM" on stderr (a problem not of one file)."""
    print(_("kqreader: error: {problem}").format(problem=visible(problem)), file=sys.stderr)


def reading_store(args: argparse.Namespace, *, must_exist: bool = True) -> tuple[Store, list[str]]:
    """The store a reading command uses, moved first if it has an older layout (only then is the importer loaded),
    its damaged months made again (a line each, for the command to say). A store that is not there is a StoreError
    (a mistyped --db shows no empty store and makes no folders) unless the command may start one."""
    store = Store(resolve_path(args.db))
    if must_exist and not store.exists():
        raise StoreError(store.path, missing_store(store.path, named=bool(args.db or os.environ.get(DB_ENVIRONMENT))))
    if store.older_layout():
        from kqreader.store.importing import open_store

        open_store(store)
    return store, mend_damaged(store)


def missing_store(path: Path, *, named: bool) -> str:
    """Why a reading command stops on a store that is not there, and what makes one."""
    if named:
        said = _("there is no kqreader database here (is the name right?); `kqreader import --db {path} PATH …` "
                 "makes one")  # fmt: skip
        return said.format(path=path)
    return _("there is no kqreader database yet; `kqreader import PATH …` makes one, `kqreader` starts one with the "
             "sample documents")  # fmt: skip


def with_sources(changes: list[Change], dossier: Callable[[str], Dossier | None]) -> list[Change]:
    """The changes with their set's official page, citation and askers: every form of the digest carries where
    to read and how to cite what changed (`dossier`: a set by id, as the store has it now)."""
    sourced = []
    for change in changes:
        found = dossier(change.set)
        if found is None:
            sourced.append(change)
            continue
        askers = ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in found.askers)
        link = official_url(found) or ""  # none for a letter known only by kqreader's own name
        sourced.append(replace(change, link=link, citation=nl(found, address=False), askers=askers))
    return sourced


def mend_damaged(store: Store, *, whole: bool = False) -> list[str]:
    """Damaged months made again from the store's parts or the documents (see repair), a line each; a month that
    cannot be is a StoreError. Only a month that looks damaged loads the importer."""
    if not (whole or store.suspect_months(store.manifest(homes=False))):
        return []
    from kqreader.store.repair import mend

    return [visible(month.line()) for month in mend(store, whole=whole)]


class ProgressBar:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, total: int, label: str | None = None) -> None:
        self.label = label or _("importing")
        console = Console(stderr=True)
        self.bar = None
        if console.is_terminal and total > 1:
            from rich.progress import Progress  # only imports draw it: the reader starts without it

            self.bar = Progress(console=console, transient=True)
        self.total = total

    def __enter__(self):
        if self.bar is None:
            return lambda: None
        self.bar.start()
        task = self.bar.add_task(self.label, total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def parsed_query(words: list[str]) -> Query:
    """The QUERY words as one filter; a malformed one is a usage error."""
    try:
        return parse_query(" ".join(words))
    except QueryError as error:
        raise UsageError(_("QUERY: {problem}").format(problem=error)) from None


def found_sets(args: argparse.Namespace) -> tuple[Catalog, list[int]]:
    """The store's catalog and the list places of the dossiers QUERY finds: the reader's engine, so the command
    line finds what the filter shows (with --marked, only the marked questions and sets)."""
    marked = getattr(args, "marked", False)
    query = parsed_query([*args.query, "marked:yes"] if marked else args.query)
    store, mended = reading_store(args)
    say(mended)
    catalog = open_catalog(store, args.today)
    if any(condition.of_marks for condition in query.fields):  # marked:, note:, --marked or status:new
        catalog.marks = Marks.load(store.layout.marks)
        catalog.marks.news = News.load(store.layout.news).fresh()
    found = catalog.matching(query)
    if catalog.verify(only_used=True):  # a month's index did not match its digest: made again, asked again
        found = catalog.matching(query)
    return catalog, found


class _Trimmed:
    """stdout whose lines end in no spaces: Rich pads a table's last cell and leaves a wrapped line's space at its
    end (`kqreader | less` showed every wrapped line ending in one). Spaces before the closing colour codes go too."""

    _END = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$")

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._open = ""  # what came after the last newline: its end is not known yet

    def write(self, text: str) -> int:
        *lines, self._open = (self._open + text).split("\n")
        if lines:
            self._stream.write("".join(self._END.sub(r"\1", line) + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        self._stream.write(self._open)  # a line flushed before its end (Rich ends each print with one): as it is
        self._open = ""
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:  # isatty, encoding, fileno: the stream's
        return getattr(self._stream, name)


class PipeConsole(Console):
    """Rich's console for stdout, whose closed pipe (`kqreader | head -1`) ends the command as main() ends any:
    quietly, with 141 (Rich's own ending exits with 1, as if the command had failed); its lines end in no spaces."""

    def __init__(self, **options: Any) -> None:
        super().__init__(file=_Trimmed(sys.stdout), **options)  # type: ignore[arg-type]  # a file in all but name

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError
