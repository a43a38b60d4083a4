"""Figures per ministry and per party: sets, share answered, days to answer, share on time (no Textual).

A set addressed to two ministers counts for both; a set asked by members of two parties counts once for
each party. The share answered leaves out withdrawn sets (no answer is due). Days to answer are taken over
answered sets whose dates are known; "on time" is the share of
those answered within the limit (21 days, 42 after a delay notice). The 90th percentile is the nearest
rank: the smallest value that at least 90% of the values do not exceed.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from kqreader.i18n import N_, _, number
from kqreader.model import Dossier
from kqreader.timeliness import timeliness

# Buckets of the days-to-answer chart: (label, lowest day, highest day).
BUCKETS = (
    ("0-7", 0, 7), ("8-14", 8, 14), ("15-21", 15, 21), ("22-28", 22, 28), ("29-42", 29, 42),
    ("43-63", 43, 63), ("64-91", 64, 91), ("92+", 92, None),
)  # fmt: skip
COLUMNS = ("group", "name", "sets", "answered", "share_answered", "median_days", "p90_days", "share_on_time")


@dataclass(frozen=True)
class Figures:
    """One row of the statistics."""

    group: str  # "ministry", "party" or "all"
    name: str
    sets: int
    answered: int
    share_answered: float | None
    median_days: float | None
    p90_days: int | None
    share_on_time: float | None

    def as_dict(self) -> dict[str, object]:
        return {column: getattr(self, column) for column in COLUMNS}


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
    withdrawn: bool  # never to be answered: not counted in the share answered


def _facts(dossier: Dossier, today: date) -> _Facts:
    facts = timeliness(dossier, today)
    status = dossier.status
    return _Facts(status == "answered", facts.days_to_answer, facts.verdict == "on time", status == "withdrawn")


def figures(group: str, name: str, sets: list[_Facts]) -> Figures:
    """The figures for one group of sets."""
    answered = sum(1 for s in sets if s.answered)
    awaited = sum(1 for s in sets if not s.withdrawn)
    days = [s.days for s in sets if s.days is not None]
    on_time = sum(1 for s in sets if s.on_time)
    return Figures(
        group=group,
        name=name,
        sets=len(sets),
        answered=answered,
        share_answered=answered / awaited if awaited else None,
        median_days=statistics.median(days) if days else None,
        p90_days=nearest_rank(days, 0.9),
        share_on_time=on_time / len(days) if days else None,
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
    return list(dossier.addressees) or [_(UNKNOWN)]


def party_names(dossier: Dossier) -> list[str]:
    return [p.party for p in dossier.askers if p.party] or [_(UNKNOWN)]


def summarised(dossiers: Sequence[Dossier], today: date) -> tuple[list[Figures], list[tuple[str, int]]]:
    """The figures (all sets, then per ministry, then per party, largest groups first) and the days-to-answer
    chart."""
    facts = [_facts(d, today) for d in dossiers]
    rows = [figures("all", _("all questions"), facts)]
    for group, keys in (("ministry", ministry_names), ("party", party_names)):
        grouped = _grouped(dossiers, keys)
        rows += [figures(group, name, [facts[place] for place in places]) for name, places in grouped.items()]
    return rows, distribution(f.days for f in facts)


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
