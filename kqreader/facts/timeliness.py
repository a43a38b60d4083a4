"""How long a question set took, or has been waiting, against the limits for written questions.

The answer is due within three weeks (21 days) of submission, or six weeks (42 days) once a delay
notice has been sent. A set is then "on time" or "late" when answered, "open" or "overdue" when not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from kqreader.i18n import N_, _, ngettext, number
from kqreader.model import Dossier, Status

LIMIT_DAYS = 21
LIMIT_AFTER_NOTICE_DAYS = 42
Verdict = Literal["on time", "late", "open", "overdue"]  # answered within the limit or not; waiting within it or not


@dataclass(frozen=True)
class Timeliness:
    """Days taken (answered) or waiting (open), and the verdict; None where a date is unknown."""

    days_to_answer: int | None
    days_open: int | None
    verdict: Verdict | None
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


OPEN_DATA_FROM = date(1995, 1, 1)  # sets asked before it are known from scanned pages only


def answer_elsewhere(dossier: Dossier) -> bool:
    """Whether a set without an answer was read from a page that does not hold it: an Aanhangsel page (published
    with its answer, so the answer is on a page not read), or a set older than the open data (an OCR'd page). Its
    answer is unknown here, not awaited: never open or overdue (18,891 days for a question of 1974)."""
    if dossier.oral or dossier.status in ("answered", "withdrawn"):
        return False
    if dossier.publication is not None and dossier.publication.startswith("ah-"):
        return True
    return dossier.submitted is not None and dossier.submitted < OPEN_DATA_FROM


def timeliness(dossier: Dossier, today: date) -> Timeliness:
    """The timeliness of a dossier as of `today`."""
    limit = limit_for(dossier)
    submitted = dossier.submitted
    if dossier.oral or dossier.status == "withdrawn" or answer_elsewhere(dossier):
        return Timeliness(None, None, None, limit)  # answered in the plenary, never to be, or elsewhere: no deadline
    if dossier.status == "answered":
        days = (dossier.answered - submitted).days if submitted and dossier.answered else None
        verdict: Verdict | None = None if days is None else ("on time" if days <= limit else "late")
        return Timeliness(days, None, verdict, limit)
    waiting = (today - submitted).days if submitted else None
    verdict = None if waiting is None else ("open" if waiting <= limit else "overdue")
    return Timeliness(None, waiting, verdict, limit)


Standing = Literal["oral", "withdrawn", "elsewhere", "answered in", "answered", "open"]


def _standing(dossier: Dossier, today: date) -> tuple[Standing, Timeliness]:
    """What a badge says of a set (both badges ask the same questions in the same order), with its figures."""
    facts = timeliness(dossier, today)
    if dossier.oral:
        return "oral", facts
    if dossier.status == "withdrawn":
        return "withdrawn", facts
    if answer_elsewhere(dossier):
        return "elsewhere", facts
    if facts.days_to_answer is not None:
        return "answered in", facts
    return ("answered" if dossier.status == "answered" else "open"), facts


def badge(dossier: Dossier, today: date) -> str:
    """The header's badge: "answered in 11 days", "late: answered in 45 days", "open for 9 days", "overdue: 60
    days", with "delayed" where a delay notice was sent and the set is still open."""
    standing, facts = _standing(dossier, today)
    if standing == "oral":
        return _("oral questions")
    if standing == "answered in":
        days = facts.days_to_answer or 0
        if facts.verdict == "late":
            said = ngettext("late: answered in {days} day", "late: answered in {days} days", days)
            return said.format(days=number(days))
        return ngettext("answered in {days} day", "answered in {days} days", days).format(days=number(days))
    if standing != "open":
        return _(STANDINGS[standing])
    delayed = dossier.status == "delayed"
    if facts.days_open is None:  # no submission date: how long it waits is not known
        return _("delayed, no date") if delayed else _("open, no date")
    days = facts.days_open
    if facts.verdict == "overdue":
        if delayed:
            return ngettext("overdue: delayed, open {days} day", "overdue: delayed, open {days} days", days).format(
                days=number(days)
            )
        return ngettext("overdue: open {days} day", "overdue: open {days} days", days).format(days=number(days))
    if delayed:
        return ngettext("delayed, open for {days} day", "delayed, open for {days} days", days).format(days=number(days))
    return ngettext("open for {days} day", "open for {days} days", days).format(days=number(days))


STANDINGS = {"withdrawn": N_("withdrawn"), "answered": N_("answered"),
             "elsewhere": N_("answer not on this page")}  # a badge without days  # fmt: skip
SHORT = {"elsewhere": N_("not on page")}  # the list row's badge where the header's is long
STATUSES: dict[Status, str] = {"answered": N_("answered"), "open": N_("open"), "delayed": N_("delayed"),
                               "withdrawn": N_("withdrawn")}  # fmt: skip


def status_shown(status: Status) -> str:
    """A set's status (model.status_of) in the language spoken."""
    return _(STATUSES.get(status, status))


def list_badge(dossier: Dossier, today: date) -> str:
    """The list row's short badge ("11 d", "late 45 d", "open 9 d", "overdue 60 d", "delayed 30 d", "open, no
    date"): the row
    leaves the rest of its width to the subject; the header says it in full."""
    standing, facts = _standing(dossier, today)
    if standing == "answered in":
        taken = number(facts.days_to_answer or 0)
        return _("late {days} d").format(days=taken) if facts.verdict == "late" else _("{days} d").format(days=taken)
    if standing == "oral":
        return _("oral")
    if standing != "open":
        return _(SHORT.get(standing, STANDINGS[standing]))
    # overdue before delayed: a delay notice gives 42 days, not for ever
    word = N_("overdue") if facts.verdict == "overdue" else N_("delayed") if dossier.status == "delayed" else N_("open")
    if facts.days_open is None:
        return _("{state}, no date").format(state=_(word))
    return _("{state} {days} d").format(state=_(word), days=facts.days_open)


VERDICTS: dict[Verdict, str] = {"on time": N_("on time"), "late": N_("late"), "open": N_("open"),
                                "overdue": N_("overdue")}  # fmt: skip


def verdict_shown(facts: Timeliness) -> str:
    """The verdict in the language spoken ("on time"; Dutch "op tijd")."""
    return _(VERDICTS[facts.verdict]) if facts.verdict else ""
