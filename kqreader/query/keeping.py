"""Whether a promise is kept: a nader antwoord in the same set, or a set answered later whose answers name this one
(by zaaknummer or Aanhangsel number, noted at import: see facts/mentions.py), or the user's mark on the set or the
question with a note that starts "kept", "nagekomen" or "gehouden". The filter's `promise:` field, the statistics,
the export, the answer pane and the promise queue (analysis/promise_queue.py) all decide so. No Textual here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from kqreader.facts.promises import Promise, State, promises_in, state_of
from kqreader.model import Answer, Dossier
from kqreader.store.marks import Marks
from kqreader.store.reader_files import Summary
from kqreader.text.folding import fold

KEPT_NOTES = ("kept", "nagekomen", "gehouden")  # a mark's note that starts so keeps the promises it is on
Named = dict[str, date]  # a set's id -> the latest day an answer naming it was given (see Catalog.named_days)


def day_of(iso: str | None) -> date | None:
    """A summary's ISO day (None when it has none)."""
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


def kept_in(summary: Summary, covers: tuple[int, ...], named: Named, marks: Marks | None) -> bool:
    """Whether a set's promise (on the questions `covers`) is kept: a nader antwoord, a later set naming it, a mark."""
    return summary.further or _named_later(summary, named) or kept_by_mark(marks, summary.id, covers)


def each_state(summary: Summary, today: date, named: Named, marks: Marks | None = None) -> list[State]:
    """The state of each of a set's promises (what the statistics count)."""
    return [state_of(day_of(row.due), today, kept_in(summary, row.covers, named, marks)) for row in summary.promises]


def states_of(summary: Summary, today: date, named: Named, marks: Marks | None = None) -> set[State]:
    """The states of a set's promises (what the filter's promise: field asks)."""
    return set(each_state(summary, today, named, marks))


class Keeping:
    """Whether a whole dossier's promises are kept, as the queue decides (a nader antwoord, a later answer naming the
    set, the user's mark): for the export and the reader's answer pane. `named` gives the sets later answers name
    (a catalog's named_days: each month's facts, read once, when a promise first needs them)."""

    def __init__(self, named: Callable[[], Named] = dict, marks: Marks | None = None) -> None:
        self._named = named
        self.marks = marks
        self._furthered: tuple[Dossier, bool] | None = None  # the last dossier asked about and whether a nader
        # antwoord completes it: asked once per answer, it is worked out once per dossier (linear in its questions)

    def kept(self, dossier: Dossier, covers: Iterable[int]) -> bool:
        if self._furthered is None or self._furthered[0] is not dossier:
            self._furthered = (dossier, any(question.further is not None for question in dossier.questions))
        if self._furthered[1]:
            return True
        return kept_by_mark(self.marks, dossier.id, covers) or _named_later(dossier, self._named())

    def promises(self, dossier: Dossier, answer: Answer, today: date) -> list[tuple[Promise, State]]:
        """An answer's promises, each with its state."""
        found = promises_in(answer.text, dossier.answered)
        kept = bool(found) and self.kept(dossier, answer.covers)
        return [(promise, state_of(promise.due, today, kept)) for promise in found]
