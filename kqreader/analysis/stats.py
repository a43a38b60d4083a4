"""Figures per ministry, answering minister and party: sets, share answered, days to answer, share on time, the
promises made, kept and overdue, and the share of each answer kind (no Textual).

A set addressed to two ministers counts for both; a set asked by members of two parties counts once for
each party. What an OCR'd page prints of an item begun on the page before (vervolg-…) is part of a set, not a set:
it counts with its set (its answers, their kinds and promises, its answer date) when that set is among them, and is
left out otherwise. The share answered leaves out withdrawn sets (no answer is due). Days to answer are taken over
answered sets whose dates are known; "on time" is the share of
those answered within the limit (21 days, 42 after a delay notice). The 90th percentile is the nearest
rank: the smallest value that at least 90% of the values do not exceed.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal, NamedTuple

from kqreader.facts.answerers import answerers, same_people, year_of
from kqreader.facts.answerkinds import KINDS, Kind
from kqreader.facts.ministries import ministries_of
from kqreader.facts.parties import party_name
from kqreader.facts.promises import State
from kqreader.facts.timeliness import answer_elsewhere, timeliness
from kqreader.i18n import N_, _, number
from kqreader.model import TAIL_PREFIX, Dossier
from kqreader.query.keeping import Named, each_state
from kqreader.store.marks import Marks
from kqreader.store.reader_files import Summary, summary_of

Group = Literal["all", "ministry", "minister", "party"]

# Buckets of the days-to-answer chart: (label, lowest day, highest day).
BUCKETS = (
    ("0-7", 0, 7), ("8-14", 8, 14), ("15-21", 15, 21), ("22-28", 22, 28), ("29-42", 29, 42),
    ("43-63", 43, 63), ("64-91", 64, 91), ("92+", 92, None),
)  # fmt: skip
KIND_COLUMNS = tuple(f"share_{kind.replace('-', '_')}" for kind in KINDS)  # of the answers (and unanswered questions)
COLUMNS = ("group", "name", "sets", "answered", "share_answered", "median_days", "p90_days", "share_on_time",
           "promises", "promises_kept", "promises_overdue", "answers", *KIND_COLUMNS, "answered_in_part",
           "awaited", "dated")  # fmt: skip  (what the shares are of: see Figures)


@dataclass(frozen=True)
class Figures:
    """One row of the statistics."""

    group: Group
    name: str
    sets: int
    answered: int
    share_answered: float | None
    median_days: float | None
    p90_days: int | None
    share_on_time: float | None
    promises: int = 0  # made in the answers
    promises_kept: int = 0
    promises_overdue: int = 0
    answers: int = 0  # answers, and questions without one: what the kind shares are of
    kinds: tuple[tuple[Kind, int], ...] = ()  # how many of each kind, in KINDS order
    answered_in_part: int = 0  # questions a bare "Ja."/"Nee." answers in part
    awaited: int = 0  # sets whose answer is due or known: what the share answered is of
    dated: int = 0  # answered sets whose two dates are known: what the share on time and the days are of
    parts_joined: int = 0  # vervolg-… parts counted with their set (the "all" row says it for the legend)
    parts_left_out: int = 0  # vervolg-… parts whose set is not among these: counted nowhere

    def share_of(self, kind: Kind) -> float | None:
        return dict(self.kinds).get(kind, 0) / self.answers if self.answers else None

    def as_dict(self) -> dict[str, object]:
        shares = {column: self.share_of(kind) for column, kind in zip(KIND_COLUMNS, KINDS, strict=True)}
        return {column: shares[column] if column in shares else getattr(self, column) for column in COLUMNS}


def nearest_rank(values: list[int], fraction: float) -> int | None:
    """The nearest-rank percentile of values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


class _Facts(NamedTuple):
    """What the figures count of one set, worked out once (a set counts in several groups)."""

    answered: bool
    days: int | None  # to its answer, when answered and both dates are known
    on_time: bool
    withdrawn: bool  # never to be answered, or its answer on a page not read: not counted in the share answered
    kinds: tuple[str, ...]
    partly: int
    promises: tuple[State, ...]


def _facts(dossier: Dossier, today: date, named: Named, marks: Marks | None) -> _Facts:
    facts = timeliness(dossier, today)
    status = dossier.status
    summary = summary_of(dossier)
    promised = tuple(each_state(summary, today, named, marks))
    return _Facts(status == "answered", facts.days_to_answer, facts.verdict == "on time",
                  status == "withdrawn" or answer_elsewhere(dossier),
                  summary.kinds, len(summary.partly), promised)  # fmt: skip


def figures(group: Group, name: str, sets: list[_Facts]) -> Figures:
    """The figures for one group of sets."""
    answered = sum(1 for s in sets if s.answered)
    awaited = sum(1 for s in sets if not s.withdrawn)
    days = [s.days for s in sets if s.days is not None]
    on_time = sum(1 for s in sets if s.on_time)
    kinds = Counter(kind for s in sets for kind in s.kinds)
    promised = Counter(state for s in sets for state in s.promises)
    return Figures(
        group=group,
        name=name,
        sets=len(sets),
        answered=answered,
        share_answered=answered / awaited if awaited else None,
        median_days=statistics.median(days) if days else None,
        p90_days=nearest_rank(days, 0.9),
        share_on_time=on_time / len(days) if days else None,
        promises=promised.total(),
        promises_kept=promised["kept"],
        promises_overdue=promised["overdue"],
        answers=kinds.total(),
        kinds=tuple((kind, kinds[kind]) for kind in KINDS if kinds[kind]),
        answered_in_part=sum(s.partly for s in sets),
        awaited=awaited,
        dated=len(days),
    )


def _grouped(dossiers: Sequence[Dossier], keys: Callable[[Dossier], Iterable[str]]) -> dict[str, list[int]]:
    """The places of the dossiers in each group, largest groups first."""
    groups: dict[str, list[int]] = {}
    for place, dossier in enumerate(dossiers):
        for key in dict.fromkeys(keys(dossier)):  # each group once per dossier
            groups.setdefault(key, []).append(place)
    return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0].casefold())))


UNKNOWN = N_("(unknown)")  # the group of sets without an addressee or a party


def ministry_names(dossier: Dossier) -> list[str]:
    """The ministries the set was asked of, each by its current name (one addressee may name several)."""
    return [m for addressee in dossier.addressees for m in ministries_of(addressee)] or [_(UNKNOWN)]


def party_names(dossier: Dossier) -> list[str]:
    return [party_name(p.party) for p in dossier.askers if p.party] or [_(UNKNOWN)]


def minister_names(dossier: Dossier) -> list[str]:
    """Who answered, as a person where the signature names one ("minister Blok (Buitenlandse Zaken)"); a set not
    yet answered is in no minister's row."""
    return [a.shown for a in answerers(dossier)]


def _one_row_per_person(dossiers: Sequence[Dossier]) -> Callable[[Dossier], Iterable[str]]:
    """`minister_names`, each person under one spelling however the pages spell them (`same_people`)."""
    people = same_people((a, year_of(d)) for d in dossiers for a in answerers(d))
    return lambda dossier: [people.get(name, name) for name in minister_names(dossier)]


def summarised(dossiers: Sequence[Dossier], today: date, named: Named | None = None, marks: Marks | None = None,
               ) -> tuple[list[Figures], list[tuple[str, int]]]:  # fmt: skip
    """The figures (all sets, then per ministry, per answering minister, per party, largest groups first) and the
    days-to-answer chart; `named` says which sets later answers name and `marks` the user's marks (their promises
    kept: the one rule of query/keeping, as `kqreader promises` and the reader's queue count them)."""
    dossiers, joined, left_out = with_their_parts(dossiers)
    facts = [_facts(d, today, named or {}, marks) for d in dossiers]
    rows = [replace(figures("all", _("all questions"), facts), parts_joined=joined, parts_left_out=left_out)]
    groups: tuple[tuple[Group, Callable[[Dossier], Iterable[str]]], ...] = (
        ("ministry", ministry_names), ("minister", _one_row_per_person(dossiers)), ("party", party_names))  # fmt: skip
    for group, keys in groups:
        grouped = _grouped(dossiers, keys)
        rows += [figures(group, name, [facts[place] for place in places]) for name, places in grouped.items()]
    return rows, distribution(f.days for f in facts)


def with_their_parts(dossiers: Sequence[Dossier]) -> tuple[list[Dossier], int, int]:
    """The sets without their vervolg-… parts, each part joined to the set it continues (the set names it:
    Dossier.continued), and how many parts were joined and how many left out (their set is not among these)."""
    parts = {d.id: d for d in dossiers if d.id.startswith(TAIL_PREFIX)}
    if not parts:
        return list(dossiers), 0, 0
    sets: list[Dossier] = []
    joined = 0
    for dossier in dossiers:
        part = parts.get(dossier.continued or "") if not dossier.id.startswith(TAIL_PREFIX) else None
        if part is not None:
            dossier, joined = _joined(summary_of(dossier), summary_of(part)), joined + 1
        if not dossier.id.startswith(TAIL_PREFIX):
            sets.append(dossier)
    return sets, joined, len(parts) - joined


def _joined(whole: Summary, part: Summary) -> Summary:
    """A set and the part of it the next page prints: its answers (their kinds, promises, answers in part), its
    answerers and answer date where the set's own page had none, its answer or notice where the set had none."""
    joined = object.__new__(Summary)
    joined.__dict__.update(whole.__dict__)
    later = whole.shown_status == "open" or (whole.shown_status == "delayed" and part.shown_status == "answered")
    joined.__dict__.update(
        answered_by=whole.answered_by or part.answered_by, dates=(whole.dates[0], whole.dates[1] or part.dates[1]),
        shown_status=part.shown_status if later else whole.shown_status,
        notices=tuple(whole.notices) or tuple(part.notices), kind_codes=whole.kind_codes + part.kind_codes,
        promises=whole.promises + part.promises, partly=whole.partly + part.partly, named=whole.named + part.named,
    )  # fmt: skip
    return joined


def distribution(days_taken: Iterable[int | None]) -> list[tuple[str, int]]:
    """How many answered sets took how long, per bucket of days."""
    counts = dict.fromkeys((label for label, _low, _high in BUCKETS), 0)
    for days in days_taken:
        if days is None:
            continue
        for label, low, high in BUCKETS:
            if days >= low and (high is None or days <= high):
                counts[label] += 1
                break
    return list(counts.items())


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def figure(value: float | None) -> str:
    return "–" if value is None else number(value)
