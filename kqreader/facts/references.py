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

from kqreader.model import ZAAKNUMMER, aanhangsel_id

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
        yield start, match.start("numbers") + number.end(), aanhangsel_id(f"{first}{first + 1}", int(number[0]))


_NUMBER = re.compile(r"\d{1,5}")
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"  # a footnote's mark may be glued before it ("7Aanhangsel"), a letter may not
_YEAR = r"(?P<year>(?:19|20)\d\d)\s*[/–—-]\s*\d{2,4}"  # 2023/24, 2022–2023
_NUMBERS = r"(?:n(?:r|ummer)(?P<plural>s)?\.?|no\.?)\s*(?P<numbers>\d{1,5}(?:\s*(?:,|en|&)\s*\d{1,5}\b(?!\s*[/–-]))*)"
_HOUSE = r"(?:\s+(?:II|TK|Tweede\s+Kamer|der\s+Tweede\s+Kamer|van\s+de\s+Tweede\s+Kamer))?"
# ZAAKNUMMER after a digit (a footnote's mark) or not after a letter: that look back is made after its "19" or "20",
# so that the pattern is led by them (a quick scan; led by a look back it was tried at every character)
_LED_ZAAKNUMMER = ZAAKNUMMER.replace("(?:19|20)", r"(?:19|20)(?<![^\W\d]..)", 1)
# not after a letter (that look back made after its first letter, so that the pattern is led by it: a quick scan)
_AANHANGSEL = r"A(?<![^\W\d_].)(?:anhangsel|anh\.)(?:\s+(?:van|bij)\s+de)?\s+(?:Handelingen|Hand\.)"

# (kind, a word the text in lower case holds wherever the form matches — looked for before the pattern, which
# costs tens of µs on an answer; no i or s in it, which a case-blind pattern matches as ı or ſ too —, the pattern,
# the targets of a match)
FORMS: tuple[tuple[Kind, str, re.Pattern[str], Callable[[re.Match[str]], Iterator[tuple[int, int, str]]]], ...] = (
    ("question", "antwoord",
     re.compile(r"\bzie\s+(?:ook\s+)?(?:het\s+|mijn\s+)?antwoord\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?"
                r"(?P<number>\d{1,3})\b", re.IGNORECASE), _question),
    # Aanhangsel Handelingen II 2023/24, nr. 1283; Aanhangsel van de Handelingen, vergaderjaar 2022–2023, nrs. 3 en 4
    ("set", "aanh", re.compile(rf"{_AANHANGSEL}{_HOUSE},?\s+(?:(?:vergaderjaar|zitting)\s+)?"
                               rf"{_YEAR},?\s+{_NUMBERS}", re.IGNORECASE), _aanhangsel),
    # aanhangsel Handelingen nr. 610, vergaderjaar 1993-1994
    ("set", "aanh", re.compile(rf"{_AANHANGSEL}{_HOUSE},?\s+{_NUMBERS},?\s+"
                               rf"(?:(?:vergaderjaar|zitting)\s+)?{_YEAR}", re.IGNORECASE), _aanhangsel),
    # Handelingen II 2004/05, Aanhangsel 1234 (or: Aanhangsel, nr. 1234)
    ("set", "handel", re.compile(rf"{_NOT_AFTER_LETTER}Handelingen{_HOUSE},?\s+(?:(?:vergaderjaar|zitting)\s+)?"
                                 rf"{_YEAR},?\s+Aanhangsel,?\s+(?:(?:nrs?\.?|nummers?)\s*)?(?P<numbers>\d{{1,5}})\b",
                                 re.IGNORECASE), _aanhangsel),
    ("set", "-tk-", re.compile(rf"{_NOT_AFTER_LETTER}(?P<ident>(?:kv|ah)-tk-[0-9a-z]+(?:-[0-9]+)?)\b", re.IGNORECASE),
     _published),
    ("set", "z", re.compile(rf"(?P<zaak>{_LED_ZAAKNUMMER})(?!\d)", re.IGNORECASE), _zaak),
)  # fmt: skip


def find_references(text: str, own: str) -> list[Reference]:
    """The references in `text`, in order, not overlapping; a set's reference to itself is none."""
    found: list[Reference] = []  # in order, not overlapping: an overlap is one with a neighbour (linear in the hits)
    lowered = text.lower()
    for kind, needs, pattern, targets in FORMS:
        if needs not in lowered:
            continue
        for match in pattern.finditer(text):
            for start, end, aim in targets(match):
                place = bisect.bisect(found, (start, end))
                if (place and found[place - 1].end > start) or (place < len(found) and found[place].start < end):
                    continue  # "ah-tk-…" inside an Aanhangsel sentence already found
                if kind == "set" and aim.casefold() == own.casefold():
                    continue
                found.insert(place, Reference(start, end, kind, aim))
    return found


# "aanhangsel nr. 733", "Aanhangsel Handelingen II, nrs. 12 en 13", "aanhangselnummer 1651": a number without its
# vergaderjaar (not followed by one: the forms above read those), which set it is depends on when the text was written
_YEARLESS = re.compile(
    rf"A(?<![^\W\d_].)(?:anhangselnummers?|"
    rf"anhangsel(?:\s+(?:van|bij)\s+de)?(?:\s+(?:Handelingen|Hand\.))?{_HOUSE},?\s+(?:n(?:r|ummer)s?\.?|no\.?))\s*"
    r"(?P<numbers>\d{1,5}(?:\s*(?:,|en|&)\s*\d{1,5}\b(?!\s*[/–-]))*)\b"
    r"(?!\s*[/–-]\s*\d|,?\s+(?:(?:vergaderjaar|zitting)\s+)?(?:19|20)\d\d)", re.IGNORECASE)  # fmt: skip


def yearless_aanhangsels(text: str) -> list[int]:
    """The Aanhangsel numbers a text names without a vergaderjaar ("aanhangsel nr. 733"), each once, in order: the
    set each is can only be guessed from the year of the text (query/similar.py does, with a doubt)."""
    if "anhangsel" not in text.lower():
        return []
    taken = [(r.start, r.end) for r in find_references(text, "") if r.kind == "set"]
    found: list[int] = []
    for match in _YEARLESS.finditer(text):
        if not any(start < match.end() and match.start() < end for start, end in taken):
            found.extend(int(number[0]) for number in _NUMBER.finditer(match["numbers"]))
    return list(dict.fromkeys(found))


# what a text that names a set holds: "2024Z…", "Aanh…", "-tk-", "Handelingen" (each led by a character or a word a
# quick scan finds: one pattern of the four alternatives tried them at every character, a fifth of an answer's facts)
_ZAAK_HINT = re.compile(r"[zZ](?<=\d[zZ])\d")
_HINTS = (("z", _ZAAK_HINT), ("Z", _ZAAK_HINT), ("anh", re.compile(r"[Aa]anh")), ("-", re.compile(r"-[tT][kK]-")),
          ("andelingen", re.compile(r"[Hh]andelingen")))  # fmt: skip


def may_name_a_set(text: str) -> bool:
    """Whether a text may name a set at all (most name none: a few searches pass them over before the patterns)."""
    return any(word in text and pattern.search(text) is not None for word, pattern in _HINTS)
