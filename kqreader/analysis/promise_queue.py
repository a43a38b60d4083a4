"""The promise queue: every promise the store's answers make, with the minister who made it, its due day and its
state — what `kqreader promises` and the reader's queue show (whether one is kept: query/keeping.py). No Textual
here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kqreader.facts.answerers import answerers
from kqreader.facts.promises import State, state_of
from kqreader.query.catalog import Catalog
from kqreader.query.keeping import day_of, kept_in
from kqreader.store.marks import Marks
from kqreader.store.reader_files import Promised, Summary
from kqreader.text.folding import fold


@dataclass(frozen=True)
class Queued:
    """One promise in the queue."""

    set: str
    place: int  # the set's place in the catalog's list
    covers: tuple[int, ...]
    text: str
    due: date | None
    basis: str
    answered: date | None
    ministers: tuple[str, ...]  # who answered
    addressees: tuple[str, ...]
    state: State

    def as_dict(self) -> dict[str, object]:
        return {"set": self.set, "questions": list(self.covers), "text": self.text,
                "due": self.due.isoformat() if self.due else None, "due_basis": self.basis,
                "answered": self.answered.isoformat() if self.answered else None, "minister": list(self.ministers),
                "addressees": list(self.addressees), "state": self.state}  # fmt: skip


def queue(catalog: Catalog, today: date, marks: Marks | None = None, *, ministry: str | None = None,
          minister: str | None = None, since: date | None = None) -> list[Queued]:  # fmt: skip
    """Every promise in the catalog (by the answering minister, the ministry asked, answered since a day), oldest
    due first, those without a day last (only the summaries of the sets that promise something are read)."""
    named = catalog.named_days()
    found = [_queued(place, summary, promise, today, kept_in(summary, promise.covers, named, marks))
             for place, summary, promised in catalog.promising() if _wanted(summary, ministry, minister, since)
             for promise in promised]  # fmt: skip
    return sorted(found, key=lambda q: (q.due is None, q.due or date.max, q.set))


def _wanted(summary: Summary, ministry: str | None, minister: str | None, since: date | None) -> bool:
    if since is not None and (summary.answered is None or summary.answered < since):
        return False
    if ministry and not any(fold(ministry) in fold(name) for name in [*summary.addressees, *summary.answered_by]):
        return False
    return not minister or any(fold(minister) in fold(name) for name in summary.answered_by)


def _queued(place: int, summary: Summary, promise: Promised, today: date, kept: bool) -> Queued:
    due = day_of(promise.due)
    return Queued(summary.id, place, promise.covers, promise.text, due, promise.basis, summary.answered,
                  tuple(a.shown for a in answerers(summary)), tuple(summary.addressees),
                  state_of(due, today, kept))  # fmt: skip  (who answered, as the header and the statistics name them)
