"""Figures per ministry and per party: sets, share answered, days to answer, share on time (no Textual).

A set addressed to two ministers counts for both; a set asked by members of two parties counts once for
each party. Days to answer are taken over answered sets whose dates are known; "on time" is the share of
those answered within the limit (21 days, 42 after a delay notice). The 90th percentile is the nearest
rank: the smallest value that at least 90% of the values do not exceed.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from kqreader.model import Dossier
from kqreader.timeliness import Timeliness, timeliness

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


def figures(
    group: str, name: str, dossiers: list[Dossier], today: date, known: dict[int, Timeliness] | None = None
) -> Figures:
    """The figures for one group of dossiers (`known`: their timeliness worked out already, by id())."""
    timings = [known[id(d)] for d in dossiers] if known is not None else [timeliness(d, today) for d in dossiers]
    answered = sum(1 for d in dossiers if d.status == "answered")
    days = [t.days_to_answer for t in timings if t.days_to_answer is not None]
    on_time = sum(1 for t in timings if t.verdict == "on time")
    return Figures(
        group=group,
        name=name,
        sets=len(dossiers),
        answered=answered,
        share_answered=answered / len(dossiers) if dossiers else None,
        median_days=statistics.median(days) if days else None,
        p90_days=nearest_rank(days, 0.9),
        share_on_time=on_time / len(days) if days else None,
    )


def _grouped(dossiers: Iterable[Dossier], keys: Callable[[Dossier], Iterable[str]]) -> dict[str, list[Dossier]]:
    groups: dict[str, list[Dossier]] = {}
    for dossier in dossiers:
        for key in dict.fromkeys(keys(dossier)):  # each group once per dossier
            groups.setdefault(key, []).append(dossier)
    return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0].casefold())))


def ministry_names(dossier: Dossier) -> list[str]:
    return list(dossier.addressees) or ["(onbekend)"]


def party_names(dossier: Dossier) -> list[str]:
    return [p.party for p in dossier.askers if p.party] or ["(onbekend)"]


def table(dossiers: list[Dossier], today: date) -> list[Figures]:
    """All sets, then per ministry, then per party (largest groups first)."""
    known = {id(d): timeliness(d, today) for d in dossiers}  # once per set, though a set counts in several groups
    rows = [figures("all", "alle vragen", dossiers, today, known)]
    for group, keys in (("ministry", ministry_names), ("party", party_names)):
        rows += [figures(group, name, members, today, known) for name, members in _grouped(dossiers, keys).items()]
    return rows


def distribution(dossiers: list[Dossier], today: date) -> list[tuple[str, int]]:
    """How many answered sets took how long, per bucket of days."""
    counts = dict.fromkeys((label for label, _, _ in BUCKETS), 0)
    for dossier in dossiers:
        days = timeliness(dossier, today).days_to_answer
        if days is None:
            continue
        for label, low, high in BUCKETS:
            if days >= low and (high is None or days <= high):
                counts[label] += 1
                break
    return list(counts.items())


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def number(value: float | None) -> str:
    return "–" if value is None else (f"{value:g}")
