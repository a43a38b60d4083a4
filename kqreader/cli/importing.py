"""`kqreader import` and `kqreader repair`: documents into the store, damaged months made again; the import's
one-line summary the other commands that import (open, fetch, sync) say too."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kqreader.cli.common import ProgressBar, mend_damaged, reading_store, say
from kqreader.i18n import _, ngettext, number
from kqreader.store.database import Store, restore_advice
from kqreader.store.locations import resolve_path
from kqreader.text.safetext import visible

if TYPE_CHECKING:
    from kqreader.store.session import ImportReport


NAMED_PARTIAL = 3  # files read only in part named in the summary (each has its line on stderr)


def bundled_samples() -> Path:
    """The sample documents: inside the package once installed, beside it in a source tree."""
    package = Path(__file__).parent.parent  # kqreader/, this module being kqreader/cli/importing.py
    inside = package / "sample_data"
    return inside if inside.is_dir() else package.parent / "sample_data"


def import_paths(
    store: Store, paths: Sequence[Path], *, rebuild: bool = False, withdrawn: Sequence[Path] = ()
) -> tuple[ImportReport, int]:
    """Import with a progress bar on a terminal; each failed file is one stderr line. Damaged months are made
    again first (their lines in the report): an import never hides them. `withdrawn`: files whose parts leave."""
    from kqreader.store.importing import import_paths as run  # the parser and process pool only when importing

    mended = [] if rebuild else mend_damaged(store)
    counted = _Counted()
    before = _manifest_stamp(store)
    try:
        report, failed = run(store, paths, rebuild=rebuild, progress=counted.bar, withdrawn=withdrawn)
    except KeyboardInterrupt:  # the import is kept whole when its manifest was written, else not at all
        print(_("kqreader: {notice}").format(notice=_stopped(store, counted, before, rebuild)), file=sys.stderr)
        raise
    report.mended = mended
    return report, failed


class _Counted:
    """The import's progress bar, counting the files read (what Ctrl+C says)."""

    def __init__(self) -> None:
        self.total = self.read = 0

    @contextlib.contextmanager
    def bar(self, total: int) -> Iterator[Callable[[], None]]:
        self.total = total
        with ProgressBar(total) as advance:

            def advanced() -> None:
                self.read += 1
                advance()

            yield advanced


def _manifest_stamp(store: Store) -> tuple[int, int] | None:
    """What an import that commits changes: the manifest is replaced last, atomically."""
    try:
        status = os.stat(store.path)
    except OSError:
        return None
    return status.st_ino, status.st_mtime_ns


def _stopped(store: Store, counted: _Counted, before: tuple[int, int] | None, rebuild: bool) -> str:
    """What Ctrl+C during an import kept: all of it (the manifest was written), or nothing (the store is as it
    was; with --rebuild, the old one is kept beside it as .bak)."""
    read = {"read": number(counted.read), "count": number(counted.total)}
    now = _manifest_stamp(store)
    if now == before:
        said = _("import stopped (Ctrl+C) after {read} of {count} files: nothing was imported, the database is as "
                 "it was (the next import reads them all)")  # fmt: skip
    elif now is not None:
        said = _("import stopped (Ctrl+C) after it was kept: the {count} files are in the database")
    else:  # --rebuild set the old one aside
        said = _("import stopped (Ctrl+C) after {read} of {count} files: nothing was imported; {kept}")
    return said.format(**read, kept=kept_said(store.layout.last_backups()))


def kept_said(kept: list[tuple[Path, Path]]) -> str:
    """Where --rebuild kept the database before it, and how to go back to it."""
    said = _("the database before --rebuild is kept as {backups}; to restore it: {restore}")
    backups = ", ".join(visible(str(copy)) for copy, _original in kept)
    return said.format(backups=backups, restore=visible(restore_advice(kept)))


def import_summary(report: ImportReport, failed: int) -> str:
    """"imported 12 files (8 dossiers, 43 questions); 0 unchanged, 0 failed" — one level of brackets, each word
    once."""
    counted = _("{dossiers}, {questions}").format(
        dossiers=ngettext("{count} dossier", "{count} dossiers", len(report.dossier_ids)).format(
            count=number(len(report.dossier_ids))),
        questions=ngettext("{count} question", "{count} questions", report.questions).format(
            count=number(report.questions)),
    )  # fmt: skip
    said = ngettext("imported {files} file ({counted}); {unchanged} unchanged, {failed} failed",
                    "imported {files} files ({counted}); {unchanged} unchanged, {failed} failed",
                    report.imported).format(files=number(report.imported), counted=counted,
                                            unchanged=number(report.unchanged), failed=number(failed))  # fmt: skip
    if report.skipped:
        skipped = ngettext("; skipped {count} file that is not Kamervragen",
                           "; skipped {count} files that are not Kamervragen", report.skipped)  # fmt: skip
        said += skipped.format(count=number(report.skipped))
    if report.partial:
        partial = ngettext("; {count} read only in part: {files}", "; {count} read only in part: {files}",
                           len(report.partial))  # fmt: skip
        named = [visible(path) for path, _why in report.partial[:NAMED_PARTIAL]]
        files = ", ".join(named + (["…"] if len(report.partial) > NAMED_PARTIAL else []))  # all are named on stderr
        said += partial.format(count=number(len(report.partial)), files=files)
    return said


def run_import(args: argparse.Namespace) -> int:
    report, failed = import_paths(Store(resolve_path(args.db)), args.paths, rebuild=args.rebuild)
    say(report.mended)
    print(import_summary(report, failed))
    if report.kept:
        print(_("kqreader: {notice}").format(notice=kept_said(report.kept)), file=sys.stderr)
    return 1 if failed or report.partial else 0


def run_repair(args: argparse.Namespace) -> int:
    """Read every month of the store whole and make the damaged ones again (the commands look only cheaply)."""
    store, mended = reading_store(args)
    mended += mend_damaged(store, whole=True)
    say(mended)
    months = len(store.manifest(homes=False).shards)
    said = ngettext("checked {months} month: {mended} made again", "checked {months} months: {mended} made again",
                    months)  # fmt: skip
    print(said.format(months=number(months), mended=number(len(mended))))
    return 0
