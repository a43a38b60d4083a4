"""Damaged months made again from what the store keeps of them, instead of being hidden or failing every command.

A month's dossiers file is made from its parts file (each document as parsed), and its parts file from the
documents themselves, whose paths and hashes the store keeps. So a month whose dossiers file is damaged is made
again from its parts; one whose parts file is damaged, from its documents, read again where they still are and
unchanged. Only when a document is gone or changed is the month lost: then one line says which month and what
to run. Every command that reads the store looks first (`Store.suspect_months`: a stat and two short reads a file),
and `kqreader repair` reads every month whole.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import orjson

from kqreader.i18n import _, joined, ngettext, number
from kqreader.store.database import Store
from kqreader.store.importing import Parsed, combined_json, read_and_parse
from kqreader.store.json_files import StoreError, rebuild_hint
from kqreader.store.session import ArrivingPart, ImportSession, MonthJob, open_session, readable_table

DAMAGED_FOLDER = "damaged"  # in the store's folder: the damaged files, kept for a look (no import removes them)


class Mended(NamedTuple):
    """A month made again: the file that was damaged, and from what."""

    month: str
    path: Path
    documents: int  # read again (0: made from the parts file)

    def line(self) -> str:
        if self.documents:
            said = ngettext("{path} was damaged: month {month} made again from its {documents} document",
                            "{path} was damaged: month {month} made again from its {documents} documents",
                            self.documents)  # fmt: skip
        else:
            said = _("{path} was damaged: month {month} made again from its documents as parsed")
        return said.format(path=self.path, month=self.month, documents=number(self.documents))


def mend(store: Store, *, whole: bool = False) -> list[Mended]:
    """Make every damaged month again (looked at cheaply, or with `whole` read completely); what was done, a line
    each. A month that cannot be made again is a StoreError naming it and what to run."""
    manifest = store.manifest(homes=False)
    suspects = list(manifest.shards) if whole else store.suspect_months(manifest)
    if not suspects or manifest.schema != 4:
        return []
    with open_session(store, combine=combined_json, purpose="repair") as session:
        jobs, mended = [], []
        for name in suspects:
            found = _month_job(session, name)
            if found is not None:
                jobs.append((name, found[0]))
                mended.append(found[1])
        if jobs:
            _set_aside(session, [month.path for month in mended])
            session.remake(jobs)
    return mended


def _month_job(session: ImportSession, name: str) -> tuple[MonthJob, Mended] | None:
    """How to make a month again, and what will have been done; None when its files are whole after all."""
    shard = session.manifest.shards[name]
    parts = session.layout.parts(name, shard.generation)
    dossiers = session.layout.dossiers(name, shard.generation)
    parts_whole = readable_table(parts, session.store.path, "parts")
    dossiers_whole = readable_table(dossiers, session.store.path, "dossiers")
    if parts_whole and dossiers_whole:
        return None
    ids = frozenset(ident for ident, home in session.manifest.homes.items() if home == name)
    job = MonthJob(session.layout.folder, session.store.path, session.next_generation, (parts, None), frozenset(),
                   [], ids, combined_json)  # fmt: skip
    if parts_whole:
        return job, Mended(name, dossiers, 0)
    arriving = _documents_again(session, name, parts, ids)
    return job._replace(current=None, arriving=arriving), Mended(name, parts, len(arriving))


def _documents_again(session: ImportSession, name: str, parts: Path, ids: frozenset[str]) -> list[ArrivingPart]:
    """The month's documents parsed again, each as the store had it (the same hash); any other is a StoreError."""
    arriving, lost = [], []
    for path, row in session.files.items():
        if row.id not in ids:
            continue
        outcome = read_and_parse((path, path, None))
        if not isinstance(outcome, Parsed) or outcome.sha256 != row.sha256:
            lost.append(path)
            continue
        record = outcome.record_json
        if outcome.ident != row.id:  # an Aanhangsel without zaaknummer that joined its question set
            record = orjson.dumps({**orjson.loads(record), "id": row.id})
        arriving.append(ArrivingPart(path, row.sha256, row.id, outcome.questions, record, row.link, row.month))
    if lost or not arriving:
        raise StoreError(parts, _lost(name, lost, session.store.path))
    return arriving


def _lost(name: str, lost: list[str], database: Path) -> str:
    if not lost:
        said = _("month {month} is damaged and cannot be made again: the store does not name its documents")
    else:
        said = ngettext("month {month} is damaged and cannot be made again: {count} of its documents is no longer "
                        "where it was read, or has changed ({paths})",
                        "month {month} is damaged and cannot be made again: {count} of its documents are no longer "
                        "where they were read, or have changed ({paths})", len(lost))  # fmt: skip
    shown = joined([repr(path) for path in lost[:2]]) + (" …" if len(lost) > 2 else "")
    return f"{said.format(month=name, count=number(len(lost)), paths=shown)}; {rebuild_hint(database)}"


def _set_aside(session: ImportSession, paths: Iterable[Path]) -> None:
    """The damaged files, kept in the store's folder `damaged/` (a copy: the current manifest still names them
    until the new one is written, and the next import removes what no manifest names)."""
    import shutil

    folder = session.layout.folder / DAMAGED_FOLDER
    with contextlib.suppress(OSError):
        os.makedirs(folder, exist_ok=True)
        for path in paths:
            shutil.copyfile(path, folder / path.name)
