"""What the reader shows, decided without Textual: the rows of the list, badges, header facts, hits.

The list is one flat sequence of rows: a row per dossier, followed by a row per question of it that
matches the filter. `Catalog` holds the dossiers with their folded text (made once), and `filter`
gives the rows for a query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kqreader.model import Dossier, Question
from kqreader.parsing.dates import dutch
from kqreader.search import Haystack, Query, dossier_haystack, fields_match, question_haystack, text_matches
from kqreader.timeliness import dutch_verdict, timeliness


@dataclass(frozen=True)
class Row:
    """A row of the list: a dossier (question is None) or one of its questions."""

    dossier: int
    question: int | None = None


@dataclass
class Filtered:
    """The rows for a query, and how many questions matched."""

    rows: list[Row]
    matched: int


class Catalog:
    """The dossiers the reader browses, with the folded text the filter searches."""

    def __init__(self, dossiers: Sequence[Dossier], today: date) -> None:
        self.dossiers = list(dossiers)
        self.today = today
        self._around = [dossier_haystack(d) for d in self.dossiers]
        self._questions = [[question_haystack(q) for q in d.questions] for d in self.dossiers]
        self.question_count = sum(len(d.questions) for d in self.dossiers)

    def all_rows(self) -> Filtered:
        rows: list[Row] = []
        for index, dossier in enumerate(self.dossiers):
            rows.append(Row(index))
            rows.extend(Row(index, q) for q in range(len(dossier.questions)))
        return Filtered(rows, self.question_count)

    def filter(self, query: Query) -> Filtered:
        """The rows whose questions match; a dossier row stays above its matching questions."""
        if query.empty:
            return self.all_rows()
        rows: list[Row] = []
        matched = 0
        for index, dossier in enumerate(self.dossiers):
            if not fields_match(query, dossier, self.today):
                continue
            around = self._around[index]
            hits = [
                q for q, text in enumerate(self._questions[index]) if text_matches(query, Haystack(text, around))
            ]
            if hits or (not dossier.questions and text_matches(query, Haystack("", around))):
                rows.append(Row(index))
                rows.extend(Row(index, q) for q in hits)
                matched += len(hits)
        return Filtered(rows, matched)

    def question(self, row: Row) -> Question | None:
        return None if row.question is None else self.dossiers[row.dossier].questions[row.question]


def askers_line(dossier: Dossier) -> str:
    return ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in dossier.askers)


def header_facts(dossier: Dossier, today: date) -> list[tuple[str, str]]:
    """(label, value) pairs for the dossier header in the answer pane."""
    facts = [
        ("Vragen van", askers_line(dossier)),
        ("Aan", ", ".join(dossier.addressees)),
        ("Ingezonden", dutch(dossier.submitted) if dossier.submitted else ""),
    ]
    timing = timeliness(dossier, today)
    verdict = dutch_verdict(timing)
    if dossier.answered:
        taken = f" ({timing.days_to_answer} dagen, {verdict})" if timing.days_to_answer is not None else ""
        facts.append(("Beantwoord", f"{dutch(dossier.answered)}{taken}"))
    elif timing.days_open is not None:
        delayed = "uitgesteld, " if dossier.status == "delayed" else ""
        facts.append(("Status", f"{delayed}{timing.days_open} dagen open, {verdict} (termijn {timing.limit} dagen)"))
    else:
        facts.append(("Status", "uitgesteld" if dossier.status == "delayed" else "open"))
    facts += [("Door", ", ".join(dossier.answered_by)), ("Kenmerk", dossier.reference or "")]
    return [(label, value) for label, value in facts if value]


def covers_label(numbers: list[int]) -> str:
    """"Antwoord op vraag 1", "Antwoord op vragen 2 en 3"."""
    names = [str(n) for n in numbers]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    return f"Antwoord op vra{'gen' if len(numbers) > 1 else 'ag'} {joined}"


def siblings(dossier: Dossier, question: Question) -> list[int]:
    """Numbers of the other questions the same answer covers."""
    if question.answer is None:
        return []
    return [n for n in question.answer.covers if n != question.number]
