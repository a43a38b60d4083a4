"""How long a question set took, or has been waiting, against the limits for written questions.

The answer is due within three weeks (21 days) of submission, or six weeks (42 days) once a delay
notice has been sent. A set is then "on time" or "late" when answered, "open" or "overdue" when not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from kqreader.model import Dossier

LIMIT_DAYS = 21
LIMIT_AFTER_NOTICE_DAYS = 42
TIMELINESS = ("on time", "late", "open", "overdue")


@dataclass(frozen=True)
class Timeliness:
    """Days taken (answered) or waiting (open), and the verdict; None where a date is unknown."""

    days_to_answer: int | None
    days_open: int | None
    verdict: str | None
    limit: int

    @property
    def late(self) -> bool:
        return self.verdict in ("late", "overdue")


def limit_for(dossier: Dossier) -> int:
    """21 days, or 42 once a delay notice was sent."""
    for notice in dossier.notices:  # a loop, not any(): statistics ask this of every set in the archive
        if notice.kind == "delay":
            return LIMIT_AFTER_NOTICE_DAYS
    return LIMIT_DAYS


def timeliness(dossier: Dossier, today: date) -> Timeliness:
    """The timeliness of a dossier as of `today`."""
    limit = limit_for(dossier)
    submitted = dossier.submitted
    if dossier.oral or dossier.status == "withdrawn":  # answered in the plenary, or never to be: no deadline runs
        return Timeliness(None, None, None, limit)
    if dossier.status == "answered":
        days = (dossier.answered - submitted).days if submitted and dossier.answered else None
        verdict = None if days is None else ("on time" if days <= limit else "late")
        return Timeliness(days, None, verdict, limit)
    waiting = (today - submitted).days if submitted else None
    verdict = None if waiting is None else ("open" if waiting <= limit else "overdue")
    return Timeliness(None, waiting, verdict, limit)


def _days(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


Standing = Literal["oral", "withdrawn", "answered in", "answered", "open"]


def _standing(dossier: Dossier, today: date) -> tuple[Standing, Timeliness]:
    """What a badge says of a set (both badges ask the same questions in the same order), with its figures."""
    facts = timeliness(dossier, today)
    if dossier.oral:
        return "oral", facts
    if dossier.status == "withdrawn":
        return "withdrawn", facts
    if facts.days_to_answer is not None:
        return "answered in", facts
    return ("answered" if dossier.status == "answered" else "open"), facts


def badge(dossier: Dossier, today: date) -> str:
    """The header's badge: "answered in 11 days", "late: answered in 45 days", "open for 9 days", "overdue: 60
    days", with "delayed" where a delay notice was sent and the set is still open."""
    standing, facts = _standing(dossier, today)
    if standing == "oral":
        return "oral questions"
    if standing == "answered in":
        prefix = "late: " if facts.verdict == "late" else ""
        return f"{prefix}answered in {_days(facts.days_to_answer or 0)}"
    if standing != "open":
        return standing
    delayed = "delayed, " if dossier.status == "delayed" else ""
    if facts.days_open is None:
        return "delayed" if delayed else "open"
    if facts.verdict == "overdue":
        return f"overdue: {delayed}open {_days(facts.days_open)}"
    return f"{delayed}open for {_days(facts.days_open)}"


def list_badge(dossier: Dossier, today: date) -> str:
    """The list row's short badge ("11 d", "late 45 d", "open 9 d", "overdue 60 d", "delayed 30 d"): the row
    leaves the rest of its width to the subject; the header says it in full."""
    standing, facts = _standing(dossier, today)
    if standing == "answered in":
        return f"late {facts.days_to_answer} d" if facts.verdict == "late" else f"{facts.days_to_answer} d"
    if standing != "open":
        return standing
    word = "delayed" if dossier.status == "delayed" else "overdue" if facts.verdict == "overdue" else "open"
    return word if facts.days_open is None else f"{word} {facts.days_open} d"


def dutch_verdict(facts: Timeliness) -> str:
    """The verdict in the reader's Dutch header ("op tijd", "te laat", "open", "over tijd")."""
    words = {"on time": "op tijd", "late": "te laat", "open": "open", "overdue": "over tijd"}
    return words.get(facts.verdict or "", "")
