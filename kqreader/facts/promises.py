"""Promises (toezeggingen) made in written answers, and when each is due.

A promise is a sentence in which the minister undertakes to inform the Kamer later ("Ik zal uw Kamer voor de zomer
informeren", "Zodra het onderzoek is afgerond, ontvangt u een brief", "Ik kom hierop terug in de
voortgangsrapportage"). Its due date is worked out from the words, from the day of the answer: voor de zomer → 1
July; na de zomer → 1 October; voor het einde van het jaar, dit najaar, eind 2024 → 31 December; a quarter → its last
day; "in maart" → the end of March; "binnen zes weken" → six weeks on. "Zo spoedig mogelijk" and promises bound to an
event ("zodra …") have no date, and say so. Whether a promise is kept is decided where the store is known (a nader
antwoord, a later letter that cites the set, the user's mark). No Textual here.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from kqreader.i18n import N_
from kqreader.text.dates import MONTHS
from kqreader.text.sentences import one_spaced, spans

State = Literal["open", "due", "overdue", "kept"]
STATES: tuple[State, ...] = ("open", "due", "overdue", "kept")
STATE_NAMES: dict[State, str] = {"open": N_("open"), "due": N_("due"), "overdue": N_("overdue"), "kept": N_("kept")}
DUE_SOON_DAYS = 30  # "due": within this many days
NO_DATE = "no date"  # the due basis of a promise without one ("zo spoedig mogelijk", "zodra …")

# A promise tells the Kamer something later: it names the Kamer (or "u" told), a verb of telling, and the future —
# "zal", "ga", "verwacht … te", "ben voornemens" — or, in the present tense Dutch also uses for it, a time ("Voor de
# zomer informeer ik uw Kamer", "Zodra …, ontvangt u een brief"). "Ik kom hierop terug" is one by itself (but not
# "kom ik terug in het antwoord op vraag 5"). A sentence that says the Kamer was told is none (but "Zodra het klaar
# is, wordt het naar uw Kamer gestuurd" is one: "wordt" between the two makes the sending future).
_KAMER = r"\b(?:uw|de|Tweede|Eerste) Kamer\b(?! van Koophandel)"
_TO_YOU = (r"\bu\b(?=.{0,80}?\b(?:inform|inlicht|toe(?:sturen|zenden|komen|gestuurd|gezonden)|bericht))|\bontvangt u\b|"
           r"\bu ontvangt\b")
_RECIPIENT = re.compile(rf"{_KAMER}|{_TO_YOU}", re.IGNORECASE)
_TELLING = re.compile(
    r"\binform(?:eren|eer|eert)|\binlichten\b|\b(?:toe)?(?:sturen|zenden)\b|\b(?:stuur|zend)\b|"
    r"\bverzenden\b|\btoekomen\b|\b(?:ge)?delen\b|\bgedeeld\b|\brapporte(?:ren|er)\b|\bberichten\b|\baanbieden\b|\bbied\b.{0,60}?\baan\b|"
    r"\bontvangt\b|\b(?:toe)?ge(?:ïnformeerd|informeerd|stuurd|zonden)\b|\bver(?:stuurd|zonden)\b|\baangeboden\b",
    re.IGNORECASE)  # fmt: skip
_INTENT = re.compile(r"\b(?:zal|zullen|ga|gaan|verwacht|verwachten|voornemens|streef|streeft|streven|beoog|beoogt)\b",
                     re.IGNORECASE)  # fmt: skip
_NOT_HERE = r"(?! (?:in|bij|op) (?:het|mijn|de) (?:antwoord|beantwoording))"
_COMING_BACK = re.compile(
    rf"\b(?:(?:ik|wij|het kabinet) (?:kom|komen|komt)|(?:kom|komen|komt) (?:ik|wij|het kabinet))\b.{{0,120}}?\bterug\b"
    rf"{_NOT_HERE}|\bterug(?:komen| te komen)\b{_NOT_HERE}", re.IGNORECASE)  # fmt: skip
_PAST = re.compile(
    r"\b(?:heb|hebt|heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden)\b(?:(?!\b(?:wordt|worden|zal|zullen)\b)"
    r".){0,100}?\b(?:(?:toe)?ge(?:ïnformeerd|informeerd|stuurd|zonden|deeld)|ver(?:stuurd|zonden)|aangeboden|"
    r"gerapporteerd)\b|\b(?:informeerde|informeerden|stuurde|stuurden|zond)\b", re.IGNORECASE)  # fmt: skip
_NUMBERS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
            "tien": 10, "twaalf": 12}  # fmt: skip
_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
_YEAR = r"(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d\d))?"
_MONTH = "|".join(MONTHS)


@dataclass(frozen=True)
class Promise:
    text: str  # the sentence
    due: date | None
    basis: str  # the words the due date was read from, or NO_DATE


def promises_in(answer: str | None, answered: date | None) -> list[Promise]:
    """Every promise an answer makes, with its due date (from the day of the answer). An answer that says the same
    promise again ("waarover ik uw Kamer eind dit jaar zal informeren" after "ik zal de Kamer eind 2024
    informeren") makes it once: its promises with the same due day are one, told by the first sentence."""
    if not answer:
        return []
    hits = sorted(_stem_hits(answer.lower()))
    found: dict[date | None, Promise] = {}
    for start, end in spans(answer) if hits else ():
        if bisect.bisect_left(hits, start) == bisect.bisect_left(hits, end):  # none in it (each sentence: log n)
            continue  # only the sentences that hold a verb of telling are read
        sentence = one_spaced(answer[start:end])
        if is_promise(sentence):
            due, basis = due_of(sentence, answered)
            if due is None or answered is None or due >= answered:  # a day before the answer tells what was done
                found.setdefault(due, Promise(sentence, due, basis))
    return list(found.values())


# Every promise holds one of these (as _TELLING and _COMING_BACK find them): the rest of the answers, nine in ten,
# are passed over at the cost of a few substring searches, not the patterns' (an import reads every answer)
_STEMS = ("nforme", "inlicht", "stuur", "sturen", "zend", "zond", "toekomen", "delen", "gedeeld", "rapporte",
          "berichten", "aanbied", "aangeboden", " bied ", "ontvangt")  # fmt: skip


def _stem_hits(lowered: str) -> list[int]:
    """Where the stems stand in a lowered text ("terug" only where "kom" is said too); most answers have none."""
    hits = []
    for stem in _STEMS if "kom" not in lowered else (*_STEMS, "terug"):
        at = lowered.find(stem)
        while at != -1:
            hits.append(at)
            at = lowered.find(stem, at + 1)
    return hits


def is_promise(sentence: str) -> bool:
    """Whether a sentence promises to tell the Kamer something later (see the patterns above)."""
    coming_back = "terug" in sentence.lower() and _COMING_BACK.search(sentence) is not None
    if not coming_back and not (_TELLING.search(sentence) and _RECIPIENT.search(sentence)):
        return False
    if _PAST.search(sentence):
        return False
    return coming_back or bool(_INTENT.search(sentence)) or any(p.search(sentence) for p, _when in _WHEN)


def due_of(sentence: str, answered: date | None) -> tuple[date | None, str]:
    """When a promise is due, and the words that say so; (None, NO_DATE) when it names no time."""
    if answered is None:
        return None, NO_DATE
    for pattern, when in _WHEN:
        match = pattern.search(sentence)
        if match:
            due = when(match, answered)
            if due is not None:
                return due, match[0].strip()
    return None, NO_DATE


def _year(match: re.Match[str], answered: date, month: int, day: int) -> date:
    """The day in the year printed, else the first such day on or after the answer."""
    if match.groupdict().get("year"):
        return date(int(match["year"]), month, day)
    candidate = date(answered.year, month, day)
    return candidate if candidate >= answered else date(answered.year + 1, month, day)


def _month_end(match: re.Match[str], answered: date) -> date:
    """The last day of the month named (of the year printed, else the first such month not yet over)."""
    month = MONTHS[match["month"].lower()]
    year = int(match["year"]) if match.groupdict().get("year") else answered.year
    end = date(year, month, calendar.monthrange(year, month)[1])
    if end < answered and not match.groupdict().get("year"):
        end = date(year + 1, month, calendar.monthrange(year + 1, month)[1])
    return end


def _day_named(match: re.Match[str], answered: date) -> date | None:
    """The day named ("vóór 1 maart 2025"; without a year the first such day not yet past)."""
    try:
        return _year(match, answered, MONTHS[match["month"].lower()], int(match["day"]))
    except ValueError:  # 31 april
        return None


def _quarter(match: re.Match[str], answered: date) -> date:
    month = 3 * _ORDINALS[match["which"].lower()]
    day = calendar.monthrange(answered.year, month)[1]
    return _year(match, answered, month, day)


def _within(match: re.Match[str], answered: date) -> date | None:
    count = match["count"]
    number = int(count) if count.isdigit() else _NUMBERS.get(count.lower())
    if number is None:
        return None
    unit = match["unit"].lower()
    if unit.startswith("we"):
        return answered + timedelta(weeks=number)
    if unit.startswith("maand"):
        month = answered.month - 1 + number
        year, month = answered.year + month // 12, month % 12 + 1
        return date(year, month, min(answered.day, calendar.monthrange(year, month)[1]))
    return answered + timedelta(days=number)


When = Callable[[re.Match[str], date], date | None]


def _fixed(month: int, day: int) -> When:
    return lambda match, answered: _year(match, answered, month, day)


def _none(match: re.Match[str], answered: date) -> date | None:
    return None


# (pattern, the due date it gives), tried in turn: the first that matches decides
_WHEN: tuple[tuple[re.Pattern[str], When], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), when)
    for pattern, when in (
        (r"\b(?:zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|zodra|na\s+(?:de\s+)?afronding|te\s+zijner\s+tijd|binnenkort|op\s+korte\s+termijn)\b",
         _none),
        (r"\bbinnen\s+(?P<count>\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)\s+"
         r"(?P<unit>weken|week|maanden|maand|dagen|dag)\b", _within),
        (rf"\b(?P<which>eerste|tweede|derde|vierde)\s+kwartaal{_YEAR}", _quarter),
        (rf"\b(?:voor|vóór)\s+(?:de|het)\s+(?:zomerreces|zomer){_YEAR}", _fixed(7, 1)),
        (rf"\b(?:na|in)\s+(?:de|het)\s+(?:zomerreces|zomer){_YEAR}", _fixed(10, 1)),
        (rf"\b(?:voor|vóór)\s+(?:de\s+)?kerst(?:mis)?{_YEAR}\b", _fixed(12, 24)),
        (rf"\b(?:voor|vóór)\s+(?:het\s+)?(?:eind(?:e)?\s+van\s+(?:dit|het)\s+jaar|kerstreces|jaareinde){_YEAR}",
         _fixed(12, 31)),
        (rf"\b(?:dit|het|in\s+het)\s+najaar{_YEAR}", _fixed(12, 31)),
        (rf"\b(?:dit|het|in\s+het)\s+voorjaar{_YEAR}", _fixed(6, 30)),
        (r"\beind(?:e)?\s+(?:van\s+)?(?:dit\s+jaar|(?P<year>(?:19|20)\d\d))", _fixed(12, 31)),
        (r"\bbegin\s+(?:van\s+)?(?:volgend\s+jaar|(?P<year>(?:19|20)\d\d))",
         lambda match, answered: date(int(match["year"]) if match["year"] else answered.year + 1, 3, 31)),
        (r"\b(?:in\s+de\s+loop\s+van|later)\s+(?:dit\s+jaar|(?P<year>(?:19|20)\d\d))", _fixed(12, 31)),
        (r"\bmedio\s+(?P<year>(?:19|20)\d\d)", lambda match, answered: date(int(match["year"]), 6, 30)),
        (rf"\b(?:voor|vóór|uiterlijk|op)\s+(?P<day>[1-9]|[12]\d|3[01])\s+(?P<month>{_MONTH}){_YEAR}", _day_named),
        (rf"\b(?:in|voor|vóór|eind|uiterlijk)\s+(?P<month>{_MONTH}){_YEAR}", _month_end),
        (r"\bvolgend\s+jaar\b", lambda match, answered: date(answered.year + 1, 12, 31)),
        (r"\bin\s+(?P<year>(?:19|20)\d\d)\b", lambda match, answered: date(int(match["year"]), 12, 31)),
    )
)  # fmt: skip


def state_of(due: date | None, today: date, kept: bool) -> State:
    """A promise due on `due` (None: no day): kept; overdue (due before today); due (within 30 days); open (later,
    or no day)."""
    if kept:
        return "kept"
    if due is None:
        return "open"
    if due < today:
        return "overdue"
    return "due" if due <= today + timedelta(days=DUE_SOON_DAYS) else "open"
