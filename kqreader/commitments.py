"""The promise queue: every promise the store's answers make, with the minister who made it, its due day and its
state — what `kqreader promises`, the reader's queue and the filter's `promise:` field read.

A promise counts as kept when a later document answers it: a nader antwoord in the same set, or a set answered later
whose answers name this one (by zaaknummer or Aanhangsel number, noted at import: see mentions.py), or the user's
mark on the set or the question with a note that starts "kept", "nagekomen" or "gehouden". No Textual here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kqreader.folding import fold
from kqreader.marks import Marks
from kqreader.model import Answer, Dossier
from kqreader.promises import Promise, State, promises_in, state_of
from kqreader.readerfile import Promised, Summary

if TYPE_CHECKING:
    from kqreader.browse import Catalog

KEPT_NOTES = ("kept", "nagekomen", "gehouden")  # a mark's note that starts so keeps the promises it is on
Named = dict[str, date]  # a set's id -> the latest day an answer naming it was given (see Catalog.named_days)


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


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def kept_by_mark(marks: Marks | None, ident: str, covers: Iterable[int]) -> bool:
    """Whether the user marked the set, or a question the promise's answer covers, as kept."""
    if marks is None or not len(marks):
        return False
    for question in (None, *covers):
        mark = marks.get(ident, question)
        if mark is not None and fold(mark.note).startswith(KEPT_NOTES):
            return True
    return False


def _named_later(dossier: Dossier, named: Named) -> bool:
    """Whether a set answered after this one names it."""
    answered = dossier.answered
    if answered is None:
        return False
    for ident in (dossier.id, dossier.publication):
        day = named.get(ident) if ident else None
        if day is not None and day > answered:
            return True
    return False


def _kept(summary: Summary, covers: tuple[int, ...], named: Named, marks: Marks | None) -> bool:
    return summary.further or _named_later(summary, named) or kept_by_mark(marks, summary.id, covers)


def each_state(summary: Summary, today: date, named: Named, marks: Marks | None = None) -> list[State]:
    """The state of each of a set's promises (what the statistics count)."""
    return [state_of(_day(row.due), today, _kept(summary, row.covers, named, marks)) for row in summary.promises]


def states_of(summary: Summary, today: date, named: Named, marks: Marks | None = None) -> set[State]:
    """The states of a set's promises (what the filter's promise: field asks)."""
    return set(each_state(summary, today, named, marks))


def queue(catalog: Catalog, today: date, marks: Marks | None = None, *, ministry: str | None = None,
          minister: str | None = None, since: date | None = None) -> list[Queued]:  # fmt: skip
    """Every promise in the catalog (by the answering minister, the ministry asked, answered since a day), oldest
    due first, those without a day last (only the summaries of the sets that promise something are read)."""
    named = catalog.named_days()
    found = [_queued(place, summary, promise, today, _kept(summary, promise.covers, named, marks))
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
    due = _day(promise.due)
    return Queued(summary.id, place, promise.covers, promise.text, due, promise.basis, summary.answered,
                  tuple(summary.answered_by), tuple(summary.addressees), state_of(due, today, kept))  # fmt: skip


class Keeping:
    """Whether a whole dossier's promises are kept, as the queue decides (a nader antwoord, a later answer naming the
    set, the user's mark): for the export and the reader's answer pane. `named` gives the sets later answers name
    (a catalog's named_days: each month's facts, read once, when a promise first needs them)."""

    def __init__(self, named: Callable[[], Named] = dict, marks: Marks | None = None) -> None:
        self._named = named
        self.marks = marks

    def kept(self, dossier: Dossier, covers: Iterable[int]) -> bool:
        if any(question.further is not None for question in dossier.questions):
            return True
        return kept_by_mark(self.marks, dossier.id, covers) or _named_later(dossier, self._named())

    def promises(self, dossier: Dossier, answer: Answer, today: date) -> list[tuple[Promise, State]]:
        """An answer's promises, each with its state."""
        found = promises_in(answer.text, dossier.answered)
        kept = bool(found) and self.kept(dossier, answer.covers)
        return [(promise, state_of(promise.due, today, kept)) for promise in found]
