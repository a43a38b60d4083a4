"""`kqreader` (`kqreader open`): import the given paths, then the reader — or, when the output is not a terminal,
the sets as text."""

from __future__ import annotations

import argparse
import sys
import threading
from datetime import date
from functools import partial

from kqreader.cli.common import PipeConsole, reading_store, say
from kqreader.cli.importing import bundled_samples, import_paths, import_summary
from kqreader.fetch.news import News
from kqreader.fetch.watching import WatchList
from kqreader.i18n import _, ngettext, number
from kqreader.query.catalog import Catalog, open_catalog
from kqreader.store.atomic import file_identity
from kqreader.store.database import Store, StoreError
from kqreader.store.locations import resolve_path
from kqreader.store.marks import Marks
from kqreader.text.safetext import visible


def run_open(args: argparse.Namespace) -> int:
    """Import the given paths (or, into an empty store, the samples), then read."""
    store = Store(resolve_path(args.db))
    failed = 0
    notice = None
    problems: list[str] = []
    mended: list[str] = []
    if args.paths:
        report, failed = import_paths(store, args.paths)
        mended = report.mended
        notice = import_summary(report, failed)
        if failed and not (report.imported or report.unchanged):  # each file's line is above, on stderr
            said = ngettext("kqreader: nothing could be imported ({failed} file failed); the reader is not opened",
                            "kqreader: nothing could be imported ({failed} files failed); the reader is not opened",
                            failed)  # fmt: skip
            print(said.format(failed=number(failed)), file=sys.stderr)
            return 1
        problems = [f"{visible(path)}: {visible(why)}" for path, why in report.failures]
    else:
        store, mended = reading_store(args, must_exist=args.db is not None)  # a first run starts with the samples
    if not args.paths and store.is_empty():
        report, failed = import_paths(store, [bundled_samples()])
        notice = _("The database was empty, so kqreader started it with the sample documents: {summary}.").format(
            summary=import_summary(report, failed)
        )
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        say(mended)
        if notice:
            print(visible(notice), file=sys.stderr)
        from kqreader.output.plain_text import print_dossier

        console = PipeConsole()
        for dossier in store.dossiers():  # not a terminal (a pipe, a file): the dossiers as text
            print_dossier(console, dossier, date.today())
        return 1 if failed else 0
    opening = Opening(store, date.today())  # before Textual starts: a slow open then runs beside it
    from kqreader.tui.app import ReaderApp, calm_collector  # Textual only when there is a screen to draw on

    marks, marks_notice = _marks_for_reading(store)
    marks.news = News.load(store.layout.news).opening()  # marked "new" in the list; status:new finds them
    try:
        marks.watched = WatchList.load().sets()  # marked ⚑ in the list
    except StoreError as error:
        marks_notice = " ".join(filter(None, [marks_notice, f"{visible(str(error.path))}: {visible(error.problem)}"]))
    notice = " ".join(filter(None, [*mended, notice, marks_notice])) or None
    ready = opening.ready()
    options = {"catalog": ready} if ready is not None else {"load": opening.catalog}
    from kqreader.tui.settings import settings_path

    if ready is not None:
        calm_collector()  # the catalog is in: what is here lives as long as the reader (full passes over it ran in
        # the first frame's making)
    app = ReaderApp.for_terminal(
        today=opening.today, copy_to=args.copy_to, notice=notice, problems=problems, settings_file=settings_path(),
        marks=marks, store_stamp=partial(file_identity, store.path), reopen=partial(open_catalog, store), **options,
    )
    app.run()
    return app.return_code or (1 if failed else 0)


def _marks_for_reading(store: Store) -> tuple[Marks, str | None]:
    """The store's marks; a damaged marks file is said in the reader (its marks then last the session, and the
    file is left as it is)."""
    try:
        return Marks.load(store.layout.marks), None
    except StoreError as error:
        return Marks(), f"{visible(str(error.path))}: {visible(error.problem)}"


class Opening:
    """The store's catalog: opened at once when every month's reader file matches (a few kilobytes read a month),
    else in a thread that makes the others again (the reader shows the list when it is done)."""

    def __init__(self, store: Store, today: date) -> None:
        self.today = today
        self._result: Catalog | StoreError | None = None
        self._thread: threading.Thread | None = None
        try:
            self._result = open_catalog(store, today, quick=True)
        except StoreError as error:
            self._result = error
        if self._result is None:
            self._thread = threading.Thread(target=self._open, args=(store, today), name="open-catalog", daemon=True)
            self._thread.start()

    def _open(self, store: Store, today: date) -> None:
        try:
            self._result = open_catalog(store, today)
        except StoreError as error:
            self._result = error

    def ready(self) -> Catalog | None:
        """The catalog, when it was opened at once."""
        return self._result if self._thread is None and isinstance(self._result, Catalog) else None

    def catalog(self, today: date) -> Catalog:
        if self._thread is not None:
            self._thread.join()
        if isinstance(self._result, StoreError):
            raise self._result
        assert self._result is not None and self._result.today == today
        return self._result
