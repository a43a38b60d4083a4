"""References in answers and questions, made into jumps: "zie het antwoord op vraag 3" to that question of the
same set; a zaaknummer, a kv-tk/ah-tk id or an Aanhangsel publication in any of the ways the documents cite one
("Aanhangsel Handelingen II 2023/24, nr. 1283", "Aanhangsel van de Handelingen, vergaderjaar 2022–2023, nr. 387",
"Handelingen II 2004/05, Aanhangsel 1234", "aanhangsel Handelingen nr. 610, vergaderjaar 1993-1994", a footnote's
mark glued to it: "7Aanhangsel …") to that set (no Textual here).

Each form is one row of FORMS: the one table of how a text names a set (facts/mentions.py reads the sets a text
names from it too). What a reference points at is a set id the store knows sets by (a zaaknummer or a published
id), so following one is a lookup of that id.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import Literal, NamedTuple

from kqreader.model import ZAAKNUMMER

Kind = Literal["question", "set"]


class Reference(NamedTuple):
    start: int  # where it is in the text
    end: int
    kind: Kind
    target: str  # a question's number (as text) in the same set, or a set's id


def _question(match: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    yield match.start(), match.end(), match["number"]


def _zaak(match: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    yield match.start("zaak"), match.end(), match["zaak"].upper()


def _published(match: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A published id as the store knows the set: kv-tk-2019Z12806 is question set 2019Z12806."""
    ident = match["ident"].lower()
    zaak = ident.removeprefix("kv-tk-")
    known = zaak.upper() if zaak != ident and re.fullmatch(r"(?:19|20)\d\dz\d{5}", zaak) else ident
    yield match.start("ident"), match.end(), known


def _aanhangsel(match: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """An Aanhangsel publication as its id, ah-tk-20232024-1283, one for each number ("nrs. 89 en 90"). The year
    after the first is the next one whatever is printed ("2022–203", a typing error the documents have)."""
    first = int(match["year"])
    numbers = list(_NUMBER.finditer(match["numbers"]))
    for n, number in enumerate(numbers if match.groupdict().get("plural") else numbers[:1]):
        start = match.start() if n == 0 else match.start("numbers") + number.start()
        yield start, match.start("numbers") + number.end(), f"ah-tk-{first}{first + 1}-{int(number[0])}"


_NUMBER = re.compile(r"\d{1,5}")
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"  # a footnote's mark may be glued before it ("7Aanhangsel"), a letter may not
_YEAR = r"(?P<year>(?:19|20)\d\d)\s*[/–—-]\s*\d{2,4}"  # 2023/24, 2022–2023
_NUMBERS = r"(?:n(?:r|ummer)(?P<plural>s)?\.?|no\.?)\s*(?P<numbers>\d{1,5}(?:\s*(?:,|en|&)\s*\d{1,5}\b(?!\s*[/–-]))*)"
_HOUSE = r"(?:\s+(?:II|TK|Tweede\s+Kamer|der\s+Tweede\s+Kamer|van\s+de\s+Tweede\s+Kamer))?"
_AANHANGSEL = r"(?:Aanhangsel|Aanh\.)(?:\s+(?:van|bij)\s+de)?\s+(?:Handelingen|Hand\.)"

FORMS: tuple[tuple[Kind, re.Pattern[str], Callable[[re.Match[str]], Iterator[tuple[int, int, str]]]], ...] = (
    ("question", re.compile(r"\bzie\s+(?:ook\s+)?(?:het\s+|mijn\s+)?antwoord\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?"
                            r"(?P<number>\d{1,3})\b", re.IGNORECASE), _question),
    # Aanhangsel Handelingen II 2023/24, nr. 1283; Aanhangsel van de Handelingen, vergaderjaar 2022–2023, nrs. 3 en 4
    ("set", re.compile(rf"{_NOT_AFTER_LETTER}{_AANHANGSEL}{_HOUSE},?\s+(?:(?:vergaderjaar|zitting)\s+)?{_YEAR},?\s+"
                       rf"{_NUMBERS}", re.IGNORECASE), _aanhangsel),
    # aanhangsel Handelingen nr. 610, vergaderjaar 1993-1994
    ("set", re.compile(rf"{_NOT_AFTER_LETTER}{_AANHANGSEL}{_HOUSE},?\s+{_NUMBERS},?\s+(?:(?:vergaderjaar|zitting)\s+)?"
                       rf"{_YEAR}", re.IGNORECASE), _aanhangsel),
    # Handelingen II 2004/05, Aanhangsel 1234 (or: Aanhangsel, nr. 1234)
    ("set", re.compile(rf"{_NOT_AFTER_LETTER}Handelingen{_HOUSE},?\s+(?:(?:vergaderjaar|zitting)\s+)?{_YEAR},?\s+"
                       r"Aanhangsel,?\s+(?:(?:nrs?\.?|nummers?)\s*)?(?P<numbers>\d{1,5})\b", re.IGNORECASE),
     _aanhangsel),
    ("set", re.compile(rf"{_NOT_AFTER_LETTER}(?P<ident>(?:kv|ah)-tk-[0-9a-z]+(?:-[0-9]+)?)\b", re.IGNORECASE),
     _published),
    ("set", re.compile(rf"(?:(?<=\d)|(?<!\w))(?P<zaak>{ZAAKNUMMER})(?!\d)", re.IGNORECASE), _zaak),
)  # fmt: skip


def find_references(text: str, own: str) -> list[Reference]:
    """The references in `text`, in order, not overlapping; a set's reference to itself is none."""
    found: list[Reference] = []  # in order, not overlapping: an overlap is one with a neighbour (linear in the hits)
    for kind, pattern, targets in FORMS:
        for match in pattern.finditer(text):
            for start, end, aim in targets(match):
                place = bisect.bisect(found, (start, end))
                if (place and found[place - 1].end > start) or (place < len(found) and found[place].start < end):
                    continue  # "ah-tk-…" inside an Aanhangsel sentence already found
                if kind == "set" and aim.casefold() == own.casefold():
                    continue
                found.insert(place, Reference(start, end, kind, aim))
    return found


_HINT = re.compile(r"\d[zZ]\d|[Aa]anh|-[tT][kK]-|[Hh]andelingen")


def may_name_a_set(text: str) -> bool:
    """Whether a text may name a set at all (most name none: one search passes them over before the patterns)."""
    return _HINT.search(text) is not None
