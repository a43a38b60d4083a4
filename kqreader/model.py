"""The one model every document kind is parsed into (plain dataclasses, no Textual).

A dossier is one question set (one zaaknummer, or one published Aanhangsel number) with
everything known about it from all its documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ZAAKNUMMER = r"(?:19|20)\d\dZ\d{5}"  # a question set's number at the Kamer: year, Z, five digits (2019Z12806)
# An item of the Aanhangsel van de Handelingen: its house (tk, or ek: the Eerste Kamer's), vergaderjaar and number
# ah-tk-20232024-387; a short session after an election has one year ("Zitting 1981": ah-tk-1981-171)
AANHANGSEL = r"ah-(?P<house>tk|ek)-(?P<first>\d{4})(?P<second>\d{4})?-(?P<number>\d{1,5})"
LETTER_PREFIX = "brief-"  # a letter that prints no number of its set, named by date and asker until it joins one
TAIL_PREFIX = "vervolg-"  # a scanned page's part of an item begun on the page before: vervolg-<session>-blz<page>
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # the digits 0-9 as a footnote mark is kept in the texts
MARK = re.compile(f"[{SUPERSCRIPTS}]+")  # a footnote mark as the texts keep it: superscript digits ("¹²" is mark 12)
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPTS, "0123456789")


def joins_by_link(ident: str) -> bool:
    """An id that stands in for the set's own (an Aanhangsel printed without its zaaknummer, a letter that prints no
    number): such a part joins the question set with the same askers, submission date and subject."""
    return ident.startswith(("ah-tk-", LETTER_PREFIX)) or ident.isdigit()  # or the Kamer letter's number it cites


House = Literal["tk", "ek"]  # the Tweede Kamer, the Eerste Kamer: whose Aanhangsel an item is in


def aanhangsel_id(vergaderjaar: str, number: str | int, house: House = "tk") -> str:
    """An Aanhangsel item's id (AANHANGSEL) from its vergaderjaar ("20232024" or "2023-2024") and number."""
    return f"ah-{house}-{vergaderjaar.replace('-', '')}-{number}"


def tail_id(session: str, page: str | int) -> str:
    """The name of what a scanned page prints of an item begun on the page before (TAIL_PREFIX): the page that
    prints it names it, and the item's own page, which ends inside it, names it the same way (Dossier.continued)."""
    return f"{TAIL_PREFIX}{session}-blz{page}"


def superscript(mark: str) -> str:
    """A footnote mark as the texts keep it ("12" -> "¹²")."""
    return mark.translate(_TO_SUPERSCRIPT)


def mark_number(superscripts: str) -> str:
    """A mark kept in a text as the footnote names it ("¹²" -> "12")."""
    return superscripts.translate(_FROM_SUPERSCRIPT)


@dataclass
class Footnote:
    """A footnote as printed: its mark ("1") and its text."""

    mark: str
    text: str


@dataclass
class Answer:
    """One answer; a grouped answer ("Antwoord 2 en 3") covers several questions."""

    covers: list[int]
    text: str
    footnotes: list[Footnote] = field(default_factory=list)


@dataclass
class Question:
    """One numbered question; several questions may share one `answer` object."""

    number: int
    text: str
    footnotes: list[Footnote] = field(default_factory=list)
    answer: Answer | None = None
    further: Answer | None = None  # a later answer completing `answer` (a "nader antwoord")


@dataclass
class Person:
    """A member of the Kamer who asked, with the party as printed ("PvdA")."""

    name: str
    party: str | None = None


@dataclass
class Notice:
    """A notice on the dossier: "delay", the Mededeling that an answer will be late; "letter", that the questions
    were answered by a letter (named in the text) instead of answers; "withdrawn", that the askers withdrew them."""

    kind: str
    date: date | None
    text: str


@dataclass
class Source:
    """A file a dossier was built from; `kind` is questions, answers, aanhangsel, notice or further (a later
    answer completing an earlier one: a "nader antwoord")."""

    path: str
    kind: str
    sha256: str


@dataclass
class Dossier:
    """One question set with its answers, notices, sources and the parser's doubts."""

    id: str
    title: str = ""
    askers: list[Person] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    submitted: date | None = None
    answered: date | None = None
    answered_by: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    reference: str | None = None
    explanation: str | None = None
    notices: list[Notice] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    publication: str | None = None  # "ah-tk-20232024-387" once published in the Aanhangsel
    oral: bool = False  # Mondelinge vragen: asked in the plenary; the Kamer publishes only their title page
    heading: str | None = None  # the whole subject sentence the open data lists ("Vragen van het lid … over …")
    continued: str | None = None  # an OCR'd item its page ends inside: the name its part on the next page carries
    # (vervolg-19741975-blz273), where the page printed its number

    def question(self, number: int) -> Question | None:
        """The question with this printed number, if the dossier has it."""
        return next((q for q in self.questions if q.number == number), None)

    @property
    def answers(self) -> list[Answer]:
        """Each distinct answer once, in question order (grouped answers are shared)."""
        seen: dict[int, Answer] = {}
        for q in self.questions:
            if q.answer is not None:
                seen.setdefault(id(q.answer), q.answer)
        return list(seen.values())

    @property
    def status(self) -> Status:
        """answered; withdrawn (unanswered, the askers withdrew it); delayed (unanswered with a delay notice); open."""
        answered = any(q.answer is not None for q in self.questions) or self.answered is not None
        kinds = {n.kind for n in self.notices}
        return status_of(answered, "delay" in kinds, bool(kinds & ENDED))


# The notices that end a set unanswered: withdrawn by the askers, deleted from the open data or replaced by another
ENDED = frozenset({"withdrawn", "removed", "replaced"})


Status = Literal["answered", "withdrawn", "delayed", "open"]  # a set's state (status_of); "overdue" is timeliness's


def status_of(answered: bool, delayed: bool, withdrawn: bool = False) -> Status:
    """The status rule, for a dossier and for its record (the reader files store it)."""
    if answered:
        return "answered"
    if withdrawn:
        return "withdrawn"
    return "delayed" if delayed else "open"


_NAMED = re.compile(r"\S\s*\([^()]+\)$")  # "minister Kosto (Justitie)": a person, the ministry after the name


def printed_addressees(dossier: Dossier) -> list[str]:
    """Whom the documents say the questions were addressed to. A document that prints no addressee (the scanned pages
    of 1965–1995, a letter without a question set) gets its answerers as addressees for the statistics (scanned.py,
    letter.py): those, named as persons ("minister Kosto (Justitie)", where a printed addressee is an office), are not
    cited as addressed ("aan …"); the answer names them."""
    if dossier.addressees == dossier.answered_by and any(_NAMED.search(name) for name in dossier.addressees):
        return []
    return dossier.addressees
