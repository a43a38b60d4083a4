"""Promises (toezeggingen) made in written answers, and when each is due.

A promise is a sentence in which the government undertakes to tell the Kamer something later, whatever the tense and
word order ("Ik zal uw Kamer voor de zomer informeren", "Ik stuur u de uitkomsten na de zomer toe", "Zodra het
onderzoek is afgerond, ontvangt u een brief", "Ik kom hierop terug in de voortgangsrapportage", "De monitor die
in het voorjaar naar uw Kamer gaat, gaat hierop in") and whatever a text extraction glued together ("uw
Kamerinformeren"). Not one: what was told before, today's letter, telling someone else, or a promise on a condition
that may not come ("Mocht daar aanleiding toe zijn, …"). Its due day is worked out from the words and the day of
the answer by one table (_WHEN_SOURCES; the conventions are tests/evaluation/answers/README.md's): voor de zomer →
1 July; na de zomer → 1 October; het najaar → 31 December; het voorjaar → 30 June; a quarter → its last day;
"in maart" → the end of March; "binnen zes weken" → six weeks on; a date in the promise → that day, unless it tells
when what is told of begins ("over de overgang per 1 juli 2025", "de wet die op 1 januari ingaat"). "Zo spoedig
mogelijk" and promises bound to an event ("zodra …") have no date, and say so. Whether a promise is kept is decided
where the store is known (a nader antwoord, a later letter that cites the set, the user's mark). A promise is shown
with the words an extraction glued apart ("U wordthier" → "U wordt hier"). No Textual here.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any, Literal, cast

from kqreader.i18n import N_
from kqreader.model import SUPERSCRIPTS
from kqreader.text.dates import MONTHS, prinsjesdag
from kqreader.text.sentences import one_spaced, spans
from kqreader.text.wordscan import WordScan

State = Literal["open", "due", "overdue", "kept"]
STATES: tuple[State, ...] = ("open", "due", "overdue", "kept")
STATE_NAMES: dict[State, str] = {"open": N_("open"), "due": N_("due"), "overdue": N_("overdue"), "kept": N_("kept")}
DUE_SOON_DAYS = 30  # "due": within this many days
AUTUMN = 9  # the month the najaar begins
NO_DATE = "no date"  # the due basis of a promise without one ("zo spoedig mogelijk", "zodra …")


class _Compiled:
    """A pattern of this module compiled where it is first used (the reader's start imports these rules and may read
    no promise): its first use binds the module's name for it to the compiled pattern, so later uses cost nothing."""

    __slots__ = ("flags", "name", "source")

    def __init__(self, name: str, source: str, flags: int) -> None:
        self.name, self.source, self.flags = name, source, flags

    def __getattr__(self, attribute: str) -> Any:
        compiled = re.compile(self.source, self.flags)
        globals()[self.name] = compiled
        return getattr(compiled, attribute)


def _pattern(name: str, source: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern that the module's name `name` stands for, compiled at its first use (see _Compiled)."""
    return cast("re.Pattern[str]", _Compiled(name, source, flags))


# A promise tells the Kamer something later: it names the Kamer (or "u" told, or a document that goes to the Kamer),
# a verb of telling and the future — "zal", "ga", "verwacht … te", "ben voornemens" — or, in the present tense
# Dutch also uses for it, a time ("Voor de zomer informeer ik uw Kamer", "Zodra …, ontvangt u een brief"). "Ik kom
# hierop terug" is one by itself (but not "kom ik terug in het antwoord op vraag 5"). A sentence that says the
# Kamer was told is none (but "Zodra het klaar is, wordt het naar uw Kamer gestuurd" is one: "wordt" between the
# two makes the sending future). Words may be glued by an extraction: "uw Kamerinformeren", "informerenover".
_KAMER = (r"(?:\b(?:uw|de|eerste|beide)|tweede)\s*kamer(?:s)?(?!\s*van\s+koophandel)"
          r"(?!lid|leden|vra|stuk|brief|commissie|debat|zetel|fractie|voorzitter|meerderheid|motie|zaal|periode|werk)")
_TO_YOU = (r"\bu\b(?=.{0,80}?(?:[iï]nform|inlicht|toe\s*(?:sturen|zenden|komen|gestuurd|gezonden)|bericht|op\s+de\s+"
           r"hoogte|"
           r"\bdelen\b|\baanbieden\b))|\bontvangt\s+u\b|\bu\s+ontvangt\b|"
           r"\b(?:stuur|zend|informeer|bericht|bied|doe|laat|houd|stel|breng)\s+(?:ik\s+|wij\s+|we\s+)?u\b")
# a document that goes to the Kamer by its nature: a promise to treat a matter in it tells the Kamer
_KAMER_PAPER = (r"\b(?:(?:eerst)?volgende|komende|jaarlijkse|halfjaarlijkse|periodieke|nog\s+te\s+verschijnen|"
                r"separate|aparte|afzonderlijke|nadere|"
                r"eerstvolgende)\s+(?:\w+\s+){0,2}?(?:voortgangs(?:rapportage|brief|rapport|verslag)|"
                r"(?:verzamel|voortgangs|kamer|stand[- ]van[- ]zaken|beleids)?brief|jaar(?:rapportage|verslag)|"
                r"rapportage|monitor|stand\s+van\s+zaken|kabinetsreactie|beleidsreactie)|"
                r"\bvoortgangs(?:rapportage|brief)")
# reporting at set times (what a minister reports goes to the Kamer): "rapporteer hier jaarlijks over in de Staat van …"
# (the government's own: "rapporteer", "rapporteren wij", "zal ik … rapporteren"; not "De Commissie rapporteert")
_REPORTS = _pattern(
    "_REPORTS",
    r"\brapporteer\b|\b(?:ik|wij|we|kabinet)\b.{0,160}?\brapporteren\b|\brapporteren\s+(?:wij|we)\b")
_PERIODIC = _pattern("_PERIODIC", r"\b(?:jaarlijks|halfjaarlijks|periodiek)\b")
_RECIPIENT = _pattern("_RECIPIENT", rf"{_KAMER}|{_TO_YOU}|{_KAMER_PAPER}")
# a pointer to something still to come is a promise of it ("verwijs ik naar de briefing, die op 19 november
# plaatsvindt", "verwijs ik naar de brief die u voor de zomer ontvangt")
_AHEAD = _pattern("_AHEAD", r"\bverw(?:ijs|ijzen|ezen)\b.{0,120}?\bnaar\b.{0,160}?\b(?:die|dat|welke|waarin)\b.{0,100}?"
                    r"(?:\bzal\b|\bzullen\b|verschijnt|plaats\W?vindt|\bvolgt\b|ontvangt|binnenkort|\bnog\b|\bkomend"
                    r"e?\b|"
                    r"\bvolgende?\b)")  # fmt: skip
_TELLING = _pattern(
    "_TELLING",
    r"inform(?:eren|eer|eert)|\binlichten\b|(?:\b|(?<=te))(?:toe)?\s*(?:sturen|zenden)\b|\b(?:stuur|zend|stuurt|zendt)\b|"
    r"\bverzenden\b|\btoekomen\b|(?:\b|(?<=te))(?:ge)?delen\b|\b(?:mee|mede)\s*(?:te\s+)?delen\b|\bgedeeld\b|"
    r"\brapporte(?:ren|er|ert)\b|\bberichten\b|"
    r"\baanbieden\b|\bbied\b.{0,60}?\baan\b|\bontvangt\b|\bontvangen\b|(?:toe)?ge(?:ïnformeerd|informeerd|stuurd|zon"
    r"den)\b|"
    r"\bver(?:stuurd|zonden)\b|\baangeboden\b|\bop\s+de\s+hoogte\b|\bvoorleggen\b|\b(?:gaat|gaan)\s+naar\b|"
    r"\bin\s*(?:gaan|te\s+gaan)\b|\bga\b.{0,80}?\bin\b|\bgaat\b.{0,80}?\bin\b|\bterugkoppel|\b(?:op|mee)\s*(?:nemen|"
    r"genomen)\b|"
    r"\bneem\b.{0,80}?\b(?:op|mee)\b|\bschets|\btoe\s*(?:lichten|gelicht)\b|\blicht\b.{0,60}?\btoe\b|"
    r"\btegemoet\s*(?:zien|te\s+zien)\b")  # fmt: skip
_INTENT = _pattern(
    "_INTENT",
    r"\b(?:zal|zullen|zult|ga|gaan|verwacht|verwachten|voornemens|streef|streeft|streven|beoog|beoogt|"
                     r"bereid|"  # ("heeft … de Kamer toegezegd om …": an earlier promise told of)
                     r"(?:stuur|zend|informeer|bericht|bied|rapporteer)\s+(?:ik|wij|we|het\s+kabinet)|"
                     r"(?:ik|wij|we)\s+(?:stuur|zend|informeer|bericht|bied|rapporteer)|"
                     r"van\s+plan|naar\s+verwachting|(?<!het\s)(?:eerst)?volgende|komende|nog\s+te\s+verschijnen|"
                     # the present passive Dutch also uses for the future: "U wordt hierover nader geïnformeerd",
                     # "De kabinetsreactie wordt aan uw Kamer gestuurd" (a past or today's letter is ruled out apart)
                     r"(?:wordt|worden)(?:\s+\S+){0,8}?\s+(?:(?:toe)?ge(?:ïnformeerd|informeerd|stuurd|zonden)|"
                     r"aangeboden|verstuurd|verzonden))\b")  # fmt: skip
_NOT_HERE = r"(?!\s+(?:in|bij|op)\s+(?:het|mijn|de)\s+(?:antwoord|beantwoording))"
_COMING_BACK = _pattern(
    "_COMING_BACK",
    rf"\b(?:(?:ik|wij|we|het\s+kabinet)\s+(?:kom|komen|komt)|(?:kom|komen|komt)\s+(?:ik|wij|we|het\s+kabinet))\b"
    rf".{{0,120}}?\bterug\b{_NOT_HERE}|\bterug\s*(?:komen|te\s+komen)\b{_NOT_HERE}")  # fmt: skip
_PAST = _pattern(
    "_PAST",
    r"\b(?:heb|hebt|heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden)\b(?:(?!\b(?:wordt|worden|zal|zullen)\b)"
    r".){0,100}?(?:(?:toe)?ge(?:ïnformeerd|informeerd|stuurd|zonden|deeld)|ver(?:stuurd|zonden)|aangeboden|"
    r"gerapporteerd|opgenomen|ingegaan|toegelicht|geschetst|in\s+kennis\s+gesteld)\b|"
    r"\b(?:informeerde|informeerden|stuurde|stuurden|zond)\b"
)  # fmt: skip
# told today, in this letter or with these answers: no promise
_NOW = _pattern(
    "_NOW",
    r"\b(?:graag\s+(?:informeer|stuur|bericht)|hierbij|hiermee|gelijktijdig|tegelijk(?:ertijd)?|vandaa"
                  r"g|bijgaand|bijgevoegd|deze\s+brief|"
                  r"de\s+bijlage)\b|\bhet\s+volgende\s*(?=mede|mee|bericht|meld|opmerk|antwoord|[:.,]|$)|"
                  r"beantwoording\s*van\s*deze\s*vragen")  # fmt: skip
# ("Via de beantwoording …"; "kan ik u het volgende mededelen": what follows here)
# the letter offered with these words, the old pages' formula: "bied ik u aan … de Conclusie van Dupliek", "doe ik u
# (hierbij) toekomen" — today, unless a time is named ("Voor de zomer bied ik u het rapport aan")
_OFFERED = _pattern(
    "_OFFERED",
    r"\b(?:(?:bied|doe)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:bied|bieden|doe|doen))\s+u\b"
    r"(?=.{0,200}?\b(?:aan|toekomen)\b)|"
    r"\b(?:zend|stuur)\s+(?:ik|wij|we)\s+u\s+(?:hierbij|hiernevens|bijgaand|thans|nevensgaand)\b")
# a condition that may not come: no promise ("Mocht daar aanleiding toe zijn, dan informeer ik uw Kamer"; "Eventuele
# nadere informatie zal de regering aan de Kamer doen toekomen": what may not come)
_UNLESS = _pattern(
    "_UNLESS",
    r"\b(?:mocht|mochten|indien|zo\s+nodig|eventuele|waar\s+nodig|desgewenst|(?<!naar\s)aanleiding|"
                     r"nieuwe\s+ontwikkelingen|"
                     r"relevante\s+ontwikkelingen|wanneer\s+(?:daar|dat)\s+(?:nodig|aan\s+de\s+orde)|"
                     r"als\s+(?:dat|dit|het)\s+nodig)\b")  # fmt: skip  # ("zo mogelijk voor de zomer": a promise)
_NUMBERS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
            "tien": 10, "elf": 11, "twaalf": 12}  # fmt: skip
_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "1e": 1, "2e": 2, "3e": 3, "4e": 4, "q1": 1, "q2": 2,
             "q3": 3, "q4": 4}  # fmt: skip
_YEAR = r"(?:\s*(?:van\s+|in\s+)?(?P<year>(?:19|20)\d\d)\b)?"
_MONTH = "|".join(MONTHS)
_BEFORE = r"(?:voor|vóór|véér|voordat)"


# The words of a promise a text extraction glues ("U wordthier", "hierovergeïnformeerd", "uw Kamerinformeren"): a
# word the rules read and the word after it, which together are no Dutch word; shown apart in the promise's text
_GLUED_PAIR = _pattern(
    "_GLUED_PAIR",
    r"\b(wordt|worden|zal|zullen|hierover|daarover|hier|daar|nader|kamer|u|uw|ik|wij|we|de|tweede|"
                         r"eerste)(hier|daar|hierover|daarover|nader|ge[iï]nformeerd|informeren|inlichten|gestuurd|"
                         r"toegestuurd|toegezonden|gezonden|sturen|toesturen|ontvangen|uw|u|kamer)\b", re.IGNORECASE)
# a verb of telling glued to the word after it ("informerenover", "ontvangtuiterlijk"; "hier"+"over" is a word)
_GLUED_AFTER = _pattern(
    "_GLUED_AFTER",
    r"\b(informeren|informeer|ge[iï]nformeerd|sturen|toesturen|gestuurd|ontvangen|ontvangt)"
                          r"(over|voor|vóór|na|in|op|zodra|uiterlijk)\b", re.IGNORECASE)  # fmt: skip


def unglued(sentence: str) -> str:
    """A promise's sentence as shown: the words of a promise an extraction glued together apart again."""
    return _GLUED_AFTER.sub(r"\1 \2", _GLUED_PAIR.sub(r"\1 \2", sentence))


@dataclass(frozen=True)
class Promise:
    text: str  # the sentence
    due: date | None
    basis: str  # the words the due date was read from, or NO_DATE


def promises_in(
    answer: str | None, answered: date | None, split: Iterable[tuple[int, int]] | None = None
) -> list[Promise]:
    """Every promise an answer makes, with its due date (from the day of the answer). An answer that says the same
    promise again ("waarover ik uw Kamer eind dit jaar zal informeren" after "ik zal de Kamer eind 2024
    informeren") makes it once: its promises with the same due day are one, told by the first sentence. (`split`:
    where its sentences lie, when the answer kinds split it already.)"""
    if not answer:
        return []
    hits = sorted(_stem_hits(answer.lower()))
    if not hits:
        return []
    found: dict[date | None, Promise] = {}
    for start, end in spans(answer) if split is None else split:
        if start > hits[-1]:
            break  # past the last verb of telling: the rest is not split
        if bisect.bisect_left(hits, start) == bisect.bisect_left(hits, end):  # none in it (each sentence: log n)
            continue  # only the sentences that hold a verb of telling are read
        sentence = one_spaced(answer[start:end])
        if is_promise(sentence):
            due, basis = due_of(sentence, answered)
            if due is None or answered is None or due >= answered:  # a day before the answer tells what was done
                found.setdefault(due, Promise(unglued(sentence), due, basis))
    return list(found.values())


# Every promise holds one of these (as _TELLING and _COMING_BACK find them): the rest of the answers, nine in ten,
# are passed over at the cost of one scan for them all, not the patterns' (an import reads every answer)
_STEMS = ("nforme", "inlicht", "stuur", "sturen", "zend", "zond", "toekomen", "delen", "gedeeld", "rapporte",
          "rapportage", "berichten", "aanbied", "aangeboden", " bied ", "ontvang", "hoogte", "voorleggen", "voortgang",
          "monitor", "terugkoppel", "brief", "volgt", "volgen", "verwijs", "verwijz", "verwezen",
          "tegemoet")  # fmt: skip


_STEM_SCAN = WordScan((*_STEMS, "terug", "kom"))
# a word an extraction broke at a line end ("informe-ren") and a footnote number glued to a word ("geïnformeerd4"):
# read whole and without it
_BROKEN = _pattern("_BROKEN", r"(?<=[a-zà-ÿ])-(?=[a-zà-ÿ])")
_MARKED = _pattern("_MARKED", rf"(?<=[a-zà-ÿ]{{4}})[0-9{SUPERSCRIPTS}]{{1,2}}\b")
_BIED = _pattern("_BIED", r"\sbied\s")  # " bied " as is_promise reads a sentence: its spaces made one


def may_promise(answer: str) -> bool:
    """Whether any sentence of an answer may be a promise: whether it holds a stem (most answers hold none: no
    sentence of theirs is read for one, by the promises or the answer kinds)."""
    lowered = answer.lower()
    return bool(_stem_hits(lowered)) or ("bied" in lowered and _BIED.search(lowered) is not None)


def _stem_hits(lowered: str) -> list[int]:
    """Where the stems stand in a lowered text ("terug" only where "kom" is said too); most answers have none."""
    places = _STEM_SCAN.places(lowered)
    if not places:
        return []
    coming = any(stem == "kom" for stem, _at in places)
    return [at for stem, at in places if stem != "kom" and (coming or stem != "terug")]


# the rest of the answer still to come: "Het antwoord op deze vraag volgt zo spoedig mogelijk" ("hieruit volgt dat",
# "als volgt" are none)
_FOLLOWS = _pattern(
    "_FOLLOWS",
    r"\b(?:antwoord|antwoorden|beantwoording|kabinetsreactie|reactie)\b.{0,80}?(?<!\bals\s)\bvolg("
                      r"?:t|en)\b"
                      r"(?!\s+(?:uit|dat|hieronder|hierna|hieruit))")  # fmt: skip


@lru_cache(maxsize=4096)  # the answer kinds ask of the sentences promises_in reads (an import asks both)
def is_promise(sentence: str) -> bool:
    """Whether a sentence promises to tell the Kamer something later (see the patterns above)."""
    lowered = sentence.lower()
    if not _stem_hits(lowered):
        return False  # (a word broken at a line end is no stem of its own: may_promise passes over the same answers)
    if _promised(lowered):
        return True
    whole = _MARKED.sub("", _BROKEN.sub("", lowered)) if "-" in lowered or _MARKED.search(lowered) else lowered
    return whole != lowered and _promised(whole)  # "informe-ren", "geïnformeerd4" read whole


def _promised(lowered: str) -> bool:
    """Whether a sentence in lower case, which holds a stem, is a promise (see is_promise)."""
    coming_back = (
        ("terug" in lowered and _COMING_BACK.search(lowered) is not None)
        or ("verw" in lowered and _AHEAD.search(lowered) is not None)
        or ("volg" in lowered and _FOLLOWS.search(lowered) is not None)
    )
    periodic = _PERIODIC.search(lowered) is not None and _REPORTS.search(lowered) is not None
    if not coming_back and not periodic and not (_RECIPIENT.search(lowered) and _TELLING.search(lowered)):
        return False
    if _PAST.search(lowered) or _NOW.search(lowered) or _UNLESS.search(lowered):
        return False
    if coming_back or periodic:
        return True
    if _OFFERED.search(lowered) and not _timed(lowered):
        return False  # offered with this letter
    if _INTENT.search(lowered):
        return True
    return "toegezegd" not in lowered and _timed(lowered)  # "heb … in 1984 toegezegd …": a promise told of


def _timed(lowered: str) -> bool:
    """Whether a sentence in lower case names when (a phrase of the due days' table)."""
    return any(p.search(lowered) for p, _unused in _when())


def due_of(sentence: str, answered: date | None) -> tuple[date | None, str]:
    """When a promise is due, and the words that say so; (None, NO_DATE) when it names no time."""
    if answered is None:
        return None, NO_DATE
    lowered = sentence.lower()
    said = sentence if len(lowered) == len(sentence) else lowered  # the words as printed, where lower case keeps places
    for pattern, when in _when():
        for match in pattern.finditer(lowered):
            if when is _none:
                return None, NO_DATE  # bound to an event ("zodra …"): a date beside it tells of something else
            if _TAKES_EFFECT.match(lowered, match.end()):
                continue  # "over de regeling die in januari 2026 ingaat": when what is told of begins
            due = when(match, answered)
            if due is not None:
                return due, said[match.start() : match.end()].strip()
    for match in _SOME_DATE.finditer(lowered):
        begins = _FROM_DAY.search(lowered, max(0, match.start() - 20), match.start()) or \
            _TAKES_EFFECT.match(lowered, match.end())
        if begins:  # "over de overgang per 1 juli 2025", "de wet die op 1 januari ingaat": when what is told of
            continue  # begins, not when it is told
        due = _day_named(match, answered)
        if due is not None and due >= answered:  # a date written in the promise ("ruim vóór de deadline van 1
            return due, said[match.start() : match.end()].strip()  # maart"); a past one tells of something else
    return None, NO_DATE


def _year(match: re.Match[str], answered: date, month: int, day: int) -> date:
    """The day in the year printed, else the first such day on or after the answer."""
    if match.groupdict().get("year"):
        return date(int(match["year"]), month, day)
    candidate = date(answered.year, month, day)
    return candidate if candidate >= answered else date(answered.year + 1, month, day)


def _month_day(match: re.Match[str], answered: date, day: int | None) -> date:
    """A day of the month named (None: its last), of the year printed, else of the first such month not yet over."""
    month = MONTHS[match["month"].lower()]
    year = int(match["year"]) if match.groupdict().get("year") else answered.year
    last = calendar.monthrange(year, month)[1]
    if not match.groupdict().get("year") and date(year, month, last) < answered:
        year += 1
        last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day or last, last))


def _before_month(match: re.Match[str], answered: date) -> date:
    """"vóór maart": the day before the month begins."""
    return _month_day(match, answered, 1) - timedelta(days=1)


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


def _autumn(match: re.Match[str], answered: date) -> date:
    """31 December of the first autumn not yet begun (it begins on 1 September; "dit najaar" said in it: this one),
    or of the year printed."""
    if match.groupdict().get("year"):
        return date(int(match["year"]), 12, 31)
    begun = answered.month >= AUTUMN and not match[0].lower().lstrip().startswith("dit")
    return date(answered.year + begun, 12, 31)


def _spring(match: re.Match[str], answered: date) -> date:
    """30 June of the first spring not yet over (of the year printed)."""
    return _year(match, answered, 6, 30)


def _year_end(offset: int) -> When:
    """31 December of the year printed, else of this year plus `offset`."""
    return lambda match, answered: date(int(match["year"]) if match.groupdict().get("year") else answered.year + offset,
                                        12, 31)  # fmt: skip


def _budget_day(match: re.Match[str], answered: date) -> date:
    """Prinsjesdag, the first not yet past."""
    day = prinsjesdag(answered.year)
    return day if day >= answered else prinsjesdag(answered.year + 1)


When = Callable[[re.Match[str], date], date | None]


def _fixed(month: int, day: int) -> When:
    return lambda match, answered: _year(match, answered, month, day)


def _none(match: re.Match[str], answered: date) -> date | None:
    return None


_THIS_NEXT = r"(?:dit\s*jaar|(?:volgend|komend)\s*jaar|(?P<year>(?:19|20)\d\d))"


def _in_year(month: int, day: int) -> When:
    """A day of the year named: this year, next year ("volgend/komend jaar") or the year printed."""

    def when(match: re.Match[str], answered: date) -> date:
        said = match[0].lower()
        year = int(match["year"]) if match.groupdict().get("year") else answered.year
        if re.search(r"(?:volgend|komend)\s*jaar", said):
            year = answered.year + 1
        return date(year, month, day)

    return when


# (pattern, the due date it gives), tried in turn: the first that gives a day not before the answer decides. Words a
# conversion glued ("volgendvoorjaar") are read as two.
_PAST_DAY = r"(?!\s*(?:jl\b|j\.l\.|jongstleden))"  # "15 december jl.": a day gone by
_TAKES_EFFECT = _pattern(
    "_TAKES_EFFECT",
    r"\s*(?:\S+\s+){0,2}?(?:in\s*werking|ingaat|ingaan|ingegaan|van\s+kracht|afloopt|aflopen|"
                           r"vervalt|verloopt|begint|start)\b")
_FROM_DAY = _pattern(
    "_FROM_DAY",
    r"(?:\bper|\bmet\s+ingang\s+van|\bm\.i\.v\.|\bvanaf|\bsinds|\btot(?:\s+en\s+met)?)\s*$")
_SOME_DATE = _pattern(
    "_SOME_DATE",
    rf"(?<![\d,.])(?P<day>[1-9]|[12]\d|3[01])\s*(?P<month>{_MONTH})\b{_YEAR}{_PAST_DAY}")
_WHEN_SOURCES: tuple[tuple[str, When], ...] = (
        (r"\bbinnen\s*(?P<count>\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s*"
         r"(?P<unit>weken|week|maanden|maand|dagen|dag)\b", _within),
        (rf"\b(?:{_BEFORE}|uiterlijk)\s*(?:\w+\s+){{0,4}}?(?P<day>[1-9]|[12]\d|3[01])\s*"
         rf"(?P<month>{_MONTH})\b{_YEAR}{_PAST_DAY}", _day_named),
        (rf"\bbegin\s*(?P<month>{_MONTH})\b{_YEAR}", lambda match, answered: _month_day(match, answered, 10)),
        (rf"\b(?:medio|half|halverwege|midden)\s*(?P<month>{_MONTH})\b{_YEAR}",
         lambda match, answered: _month_day(match, answered, 15)),
        (rf"\b{_BEFORE}\s*(?P<month>{_MONTH})\b{_YEAR}", _before_month),
        (rf"\b(?:in|eind|einde|uiterlijk|in\s+de\s+loop\s+van|(?:in\s+de\s+)?maand)\s*(?P<month>{_MONTH})\b{_YEAR}",
         lambda match, answered: _month_day(match, answered, None)),
        (rf"\b(?P<which>eerste|tweede|derde|vierde|1e|2e|3e|4e)\s*kwartaal{_YEAR}", _quarter),
        (rf"\b(?P<which>q[1-4])\s*{_YEAR}", _quarter),
        (rf"\b(?:medio|halverwege|in\s+de\s+eerste\s+helft\s+van|eerste\s+helft)\s*{_THIS_NEXT}", _in_year(6, 30)),
        (rf"\b(?:in\s+de\s+tweede\s+helft\s+van|tweede\s+helft)\s*{_THIS_NEXT}", _in_year(12, 31)),
        (rf"\b{_BEFORE}\s*(?:de|het)\s*(?:zomerreces|zomervakantie|zomer){_YEAR}", _fixed(7, 1)),
        (rf"\b(?:na|in|tijdens|rond|over)\s*(?:de|het)\s*(?:zomerreces|zomervakantie|zomer){_YEAR}", _fixed(10, 1)),
        (rf"\b(?:deze|komende|aankomende|volgende)\s*zomer{_YEAR}", _fixed(10, 1)),
        (rf"\b(?:dit|het|in\s+het|komend|komende|aankomend|volgend)\s*najaar{_YEAR}", _autumn),
        (rf"\b(?:dit|het|in\s+het|komend|komende|aankomend|volgend)\s*voorjaar{_YEAR}", _spring),
        (rf"\b{_BEFORE}\s*(?:de\s+)?kerst(?:mis)?{_YEAR}\b", _fixed(12, 24)),
        (rf"\b{_BEFORE}\s*(?:het\s+)?(?:eind(?:e)?\s+van\s+(?:dit|het)\s+(?:kalender)?jaar|kerstreces|jaareinde|"
         rf"jaarwisseling){_YEAR}", _fixed(12, 31)),
        (rf"\b{_BEFORE}\s*(?:het\s+)?krokusreces{_YEAR}", _fixed(2, 15)),
        (rf"\b{_BEFORE}\s*(?:het\s+)?meireces{_YEAR}", _fixed(4, 25)),
        (rf"\b{_BEFORE}\s*(?:het\s+)?herfstreces{_YEAR}", _fixed(10, 15)),
        (r"\beind(?:e)?\s*(?:van\s+)?(?:(?:het|dit)\s+(?:kalender)?jaar|dit\s*jaar|(?P<year>(?:19|20)\d\d))|"
         r"\brond\s+de\s+jaarwisseling\b", _year_end(0)),  # "aan het eind van het jaar"
        (r"\beind(?:e)?\s*(?:van\s+)?(?:volgend|komend)\s*jaar", _year_end(1)),
        (r"\bbegin\s*(?:van\s+)?(?:volgend\s*jaar|komend\s*jaar|(?P<year>(?:19|20)\d\d))",
         lambda match, answered: date(int(match["year"]) if match["year"] else answered.year + 1, 3, 31)),
        (r"\b(?:in\s+de\s+loop\s+van|later|nog|in|gedurende)\s*(?:dit\s*jaar|(?P<year>(?:19|20)\d\d))\b", _year_end(0)),
        (r"\b(?:volgend|komend)\s*jaar\b", _year_end(1)),
        (r"\b(?:prinsjesdag|(?:ontwerp)?begroting\s+(?:van|voor)\s+(?:(?:19|20)\d\d|volgend\s+jaar)|"
         r"(?:bij|met|in)\s+de\s+(?:ontwerp)?begroting)\b", _budget_day),
        (r"\b(?:zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|zodra|na\s+(?:de\s+)?afronding|te\s+zijner\s+tijd|"
         r"binnenkort|op\s+korte\s+termijn|de\s+komende\s+(?:maanden|weken|periode)|binnen\s+enkele)\b", _none),
)  # fmt: skip


@cache
def _when() -> tuple[tuple[re.Pattern[str], When], ...]:
    """The table of due days, compiled when a promise is first read (on the sentence in lower case)."""
    return tuple((re.compile(pattern), when) for pattern, when in _WHEN_SOURCES)


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
