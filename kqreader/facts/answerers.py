"""Who answered a set, as a person: the function (minister, staatssecretaris), the surname from the letter's
signature ("D.M. van Weel" -> "Van Weel") and the ministry — "minister Van Weel (Justitie en Veiligheid)". The
citation, the dossier header and the filter's `minister:` field read it here. No Textual here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kqreader.facts.ministries import a_person, ministry, unglued
from kqreader.model import Dossier

TITLES = ("minister", "staatssecretaris", "minister-president", "viceminister-president")
_MINISTRY = re.compile(r"\s*\(([^()]*)\)?\s*$")  # "Minister Bruins Slot (Binnenlandse Zaken …)": the ministry
_OF = re.compile(r"^(?:van|voor)\s+", re.IGNORECASE)
_PREMIER = re.compile(r"^(?:[Dd]e\s+)?minis-?ter[\s-]+president\b", re.IGNORECASE)
_FOR = re.compile(r"^\S+\s+voor\s", re.IGNORECASE)  # "Minister voor Klimaat en Energie": a portfolio, "voor"
_THE = re.compile(r"^[Dd]e\s+")  # "De Minister van …" signs a letter
_INITIALS = re.compile(r"^(?:[A-Z]\.)+(?:[A-Z]\.?)?$")  # "D.M.", "S.A.M."
_SPACED_HYPHEN = re.compile(r"(?<=\w)\s*-\s*(?=\w)")  # "Faber - Van de Klashorst": one name, as "Faber-Van de …"


@dataclass(frozen=True)
class Answerer:
    """One who answered: the role as printed, and what it and the signature say of the person."""

    role: str  # as the letter prints it ("Minister van Justitie en Veiligheid")
    bare: str  # without the ministry in brackets
    title: str | None  # minister, staatssecretaris, … (None: a role kqreader does not know)
    surname: str | None  # from the role ("Minister Bruins Slot (…)") or the signature
    ministry: str | None  # "Justitie en Veiligheid"

    @property
    def named(self) -> str:
        """As a citation names it: "minister Van Weel", "de minister van Financiën", or the role as printed."""
        if self.title and self.surname:
            return f"{self.title} {self.surname}"
        return f"de {office(_THE.sub('', self.bare))}" if self.title else self.bare  # not "de De Minister …"

    @property
    def shown(self) -> str:
        """"minister Van Weel (Justitie en Veiligheid)" for the header; the role as printed when nothing more is
        known."""
        if self.title and self.surname:
            return f"{self.named} ({self.ministry})" if self.ministry else self.named
        if self.title and self.ministry and "(" not in self.role:  # "Minister van X" and "minister van X": one row
            link = "voor" if _FOR.search(self.bare) else "van"
            return f"{self.title} {link} {self.ministry}"
        return self.role


def office(role: str) -> str:
    """A role as a sentence names it: "Minister van Buitenlandse Zaken" -> "minister van Buitenlandse Zaken"."""
    first, _space, rest = role.partition(" ")
    return f"{first.lower()} {rest}".strip() if first.lower() in TITLES else role


def surname(name: str) -> str:
    """"Stef Blok" -> "Blok", "Hugo de Jonge" -> "De Jonge", "W.B. Hoekstra" -> "Hoekstra", "D.M. van Weel" ->
    "Van Weel" (as after a title)."""
    words = name.split()
    rest = words[1:] if len(words) > 1 else words
    while len(rest) > 1 and _INITIALS.match(rest[0]):
        rest = rest[1:]
    found = " ".join(rest)
    return found[:1].upper() + found[1:]


@lru_cache(maxsize=8192)
def answerer(role: str, signed: str | None) -> Answerer:
    """Who answered in a role, with the signature under the letter if there is one (kept: the statistics ask this of
    every set, and the same few hundred roles and names recur)."""
    cleaned = " ".join(unglued(role).split())  # "…, bij afwezigheid van deMinister …" and glued words out
    cleaned = _PREMIER.sub("minister-president", cleaned)  # "minister president Lubbers", "Minis-ter-President"
    match = _MINISTRY.search(cleaned)
    printed = match.group(1).strip() if match and match.group(1) else None
    bare = _MINISTRY.sub("", cleaned).strip()
    first, _space, rest = _THE.sub("", bare).partition(" ")
    title = first.lower() if first.lower() in TITLES else None
    if title is None:
        return Answerer(role, bare, None, None, printed)
    if rest and (not _OF.match(rest) or (printed and a_person(f"{rest} ({printed})", printed))):
        person = _SPACED_HYPHEN.sub("-", rest[:1].upper() + rest[1:])  # a title and a name already: "Minister
        return Answerer(role, bare, title, person, ministry(printed) if printed else None)  # Bruins Slot (…)"
    printed = printed or (_OF.sub("", rest) if rest else None)
    signer = _SPACED_HYPHEN.sub("-", surname(signed)) if signed else None
    return Answerer(role, bare, title, signer, ministry(printed) if printed else None)


def answerers(dossier: Dossier) -> list[Answerer]:
    """Each role that answered the set, with the signature in the same place (the letters print them in order)."""
    signed = dossier.signatories
    return [answerer(role, signed[i] if i < len(signed) else None) for i, role in enumerate(dossier.answered_by)]
