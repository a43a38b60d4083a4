"""One member's or one party's sets at a glance: the ones still waiting for an answer first (the longest overdue at
the top), then the rest newest first; and how fast each ministry they asked answered. What `kqreader stats --member`
and `--party` and the reader's `v` show. No Textual here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from kqreader.analysis.stats import Figures, summarised
from kqreader.facts.members import slips_of
from kqreader.facts.parties import party_name
from kqreader.facts.timeliness import Verdict, list_badge, timeliness
from kqreader.model import Status
from kqreader.query.language import Query, names_member, parse_query
from kqreader.text.folding import fold

if TYPE_CHECKING:
    from kqreader.query.catalog import Catalog
    from kqreader.store.reader_files import Summary

Who = Literal["member", "party"]  # the filter field that finds their sets
WAITING: tuple[Verdict, ...] = ("overdue", "open")  # verdicts of a set still waiting, the longest overdue first


@dataclass(frozen=True)
class Asked:
    """One set of theirs, as the overview lists it."""

    place: int
    id: str
    title: str
    submitted: date | None
    addressees: tuple[str, ...]
    status: Status
    verdict: Verdict | None  # on time, late, open, overdue (None: a date is unknown, or no answer is due)
    days: int | None  # waiting (not answered) or taken (answered)
    badge: str  # as the list shows it ("overdue 60 d", "11 d")

    @property
    def waiting(self) -> bool:
        return self.verdict in WAITING

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "submitted": self.submitted.isoformat() if self.submitted else None,
                "addressees": list(self.addressees), "status": self.status, "timeliness": self.verdict,
                "days": self.days, "waiting": self.waiting}  # fmt: skip


@dataclass(frozen=True)
class Overview:
    """Their sets, waiting first, and the figures of all of them and per ministry."""

    who: Who
    name: str
    sets: list[Asked]
    figures: list[Figures]  # all their sets, then per ministry asked
    days_to_answer: list[tuple[str, int]]
    also_printed: tuple[str, ...] = ()  # a member's name as pages OCR misspelt it ("P. A. M. Corneltssen")

    @property
    def waiting(self) -> list[Asked]:
        return [s for s in self.sets if s.waiting]

    @property
    def overdue(self) -> int:
        return sum(1 for s in self.sets if s.verdict == "overdue")


def query_of(who: Who, name: str, also: str = "") -> Query:
    """The filter that finds their sets, with the user's own conditions (the filter language), if any; QueryError
    for an empty name, as the filter says it."""
    escaped = name.replace('"', "").strip()
    return parse_query(f'{who}:"{escaped}" {also}' if escaped else f"{who}:")


def overview(catalog: Catalog, who: Who, name: str, today: date, also: str = "") -> Overview:
    """Their sets in the catalog: waiting first (overdue ones by days waiting, then open ones), then the others newest
    first; the figures of all of them and per ministry."""
    places = catalog.matching(query_of(who, name, also))
    summaries = [(place, catalog.summary(place)) for place in places]
    asked = sorted((_asked(place, s, today) for place, s in summaries), key=_waiting_first)
    rows, buckets = summarised([s for _p, s in summaries], today, catalog.named_days(), catalog.marks)
    shown = party_name(name.strip()) if who == "party" else name  # "P.v.d.A." as the statistics name it: PvdA
    slips = _slips(name, [s for _p, s in summaries]) if who == "member" else ()
    return Overview(who, shown, asked, [r for r in rows if r.group in ("all", "ministry")], buckets, slips)


def _slips(name: str, summaries: list[Summary]) -> tuple[str, ...]:
    """The spellings of the member under which the filter found sets through an OCR slip (`members.slips_of`)."""
    people = list({(p.name, p.party): p for s in summaries for p in s.askers}.values())
    named = [person for person in people if names_member(fold(name), person)]
    return tuple(dict.fromkeys(person.name for person in slips_of(named, people)))


def _asked(place: int, summary: Summary, today: date) -> Asked:
    facts = timeliness(summary, today)
    days = facts.days_open if facts.days_to_answer is None else facts.days_to_answer
    return Asked(place, summary.id, summary.title, summary.submitted, tuple(summary.addressees), summary.status,
                 facts.verdict, days, list_badge(summary, today))  # fmt: skip


def _waiting_first(asked: Asked) -> tuple[int, int, str]:
    """Overdue, then open (each the longest waiting first), then the others newest first."""
    rank = WAITING.index(asked.verdict) if asked.verdict in WAITING else len(WAITING)
    newest = -(asked.submitted.toordinal() if asked.submitted else 0)
    return rank, -(asked.days or 0) if asked.waiting else newest, asked.id


def names(catalog: Catalog, places: Iterable[int]) -> list[tuple[str, str | None]]:
    """The askers (name, party) of some sets, each once in order: whose overview the reader can show."""
    found: dict[str, str | None] = {}
    for place in places:
        for person in catalog.summary(place).askers:
            found.setdefault(person.name, person.party)
    return list(found.items())
