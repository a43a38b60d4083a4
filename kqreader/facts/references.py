"""References in answers and questions, made into jumps: "zie het antwoord op vraag 3" to that question of the
same set; a zaaknummer, a kv-tk/ah-tk id, "Aanhangsel Handelingen II 2023/24, nr. 1283" or "kenmerk 2019Z10940" to
that set (no Textual here).

Each form is one row of FORMS. What a reference points at is a set id the store knows sets by (a zaaknummer or a
published id), so following one is a lookup of that id; the word index already holds every id that occurs in a text,
which is how the sets that refer to one are found (see query/catalog.py, Catalog.citing).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Literal, NamedTuple

from kqreader.model import ZAAKNUMMER

Kind = Literal["question", "set"]


class Reference(NamedTuple):
    start: int  # where it is in the text
    end: int
    kind: Kind
    target: str  # a question's number (as text) in the same set, or a set's id


def _question(match: re.Match[str]) -> str:
    return match["number"]


def _zaak(match: re.Match[str]) -> str:
    return match["zaak"]


def _published(match: re.Match[str]) -> str:
    """A published id as the store knows the set: kv-tk-2019Z12806 is question set 2019Z12806."""
    ident = match["ident"].lower()
    zaak = ident.removeprefix("kv-tk-")
    return zaak.upper() if zaak != ident and re.fullmatch(r"(?:19|20)\d\dz\d{5}", zaak) else ident


def _aanhangsel(match: re.Match[str]) -> str:
    """"Aanhangsel Handelingen II 2023/24, nr. 1283" as its id, ah-tk-20232024-1283."""
    first = int(match["year"])
    second = match["next"]
    following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return f"ah-tk-{first}{following}-{int(match['number'])}"


FORMS: tuple[tuple[Kind, re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    ("question", re.compile(r"\bzie\s+(?:ook\s+)?(?:het\s+|mijn\s+)?antwoord\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?"
                            r"(?P<number>\d{1,3})\b", re.IGNORECASE), _question),
    ("set", re.compile(r"\bAanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+II)?,?\s+(?:vergaderjaar\s+)?"
                       r"(?P<year>(?:19|20)\d\d)\s*[/–-]\s*(?P<next>\d{2}|\d{4}),?\s+(?:nr\.?|nummer)\s*(?P<number>\d{1,5})",
                       re.IGNORECASE), _aanhangsel),
    ("set", re.compile(r"\b(?P<ident>(?:kv|ah)-tk-[0-9a-z]+(?:-[0-9]+)?)\b", re.IGNORECASE), _published),
    ("set", re.compile(rf"\b(?P<zaak>{ZAAKNUMMER})\b"), _zaak),
)  # fmt: skip


def find_references(text: str, own: str) -> list[Reference]:
    """The references in `text`, in order, not overlapping; a set's reference to itself is none."""
    found: list[Reference] = []  # in order, not overlapping: an overlap is one with a neighbour (linear in the hits)
    for kind, pattern, target in FORMS:
        for match in pattern.finditer(text):
            start, end = match.span()
            place = bisect.bisect(found, (start, end))
            if (place and found[place - 1].end > start) or (place < len(found) and found[place].start < end):
                continue  # "ah-tk-…" inside an Aanhangsel sentence already found
            aim = target(match)
            if kind == "set" and aim.casefold() == own.casefold():
                continue
            found.insert(place, Reference(start, end, kind, aim))
    return found
