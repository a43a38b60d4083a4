"""Who answered a set, as a person: the function (minister, staatssecretaris), the surname from the letter's
signature ("D.M. van Weel" -> "Van Weel") and the ministry by today's name — "minister Van Weel (Justitie en
Veiligheid)". The citation, the dossier header, the filter's `minister:` field and the statistics read it here; so
does `same_people`, which gives one person one row however the pages spell the name. No Textual here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from kqreader.facts.ministries import (
    ACTING,
    AZ,
    MINISTRIES,
    a_person,
    a_surname,
    current,
    is_ministry,
    offices,
    title_of,
    unglued,
    with_holders,
)
from kqreader.model import AANHANGSEL, TAIL_PREFIX, Dossier
from kqreader.text.folding import fold, one_slip
from kqreader.text.names import INITIALS, PARTICLE

_MINISTRY = re.compile(r"\s*\(([^()]*)\)?\s*$")  # "Minister Bruins Slot (Binnenlandse Zaken …)": the ministry
_OF = re.compile(r"^(?:van|voor)\s+", re.IGNORECASE)
_PREMIER = re.compile(r"^(?:[Dd]e\s+)?minis-?ter[\s-]+president\b", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z]\.)+(?:[A-Z]\.?)?$")  # "D.M.", "S.A.M."
_THE = re.compile(r"^[Dd]e\s+")  # "De Minister van …" signs a letter
_WORD = rf"(?:[A-Z][\w'.]*|{PARTICLE})"  # a word of a surname: "Van der Stee", "Korte-van Hemel"
# Initials and degrees before a name: "J. de Koning", "Th. Ph. Kappeyne", "mr. Van Agt", "Ir. Lely"
_INITIALS_BEFORE = re.compile(f"^{INITIALS}")
_HOLDER = re.compile(rf"^{_WORD}(?:[\s-]+{_WORD})*$")  # a holder in brackets, not a portfolio ("Fiscaliteit en …")


@dataclass(frozen=True)
class Answerer:
    """One who answered: the role as printed, and what it and the signature say of the person."""

    role: str  # as the letter prints it ("Minister van Justitie en Veiligheid")
    bare: str  # without the ministry in brackets
    title: str | None  # minister, staatssecretaris, … (None: a role kqreader does not know)
    surname: str | None  # from the role ("Minister Bruins Slot (…)") or the signature
    ministry: str | None  # "Justitie en Veiligheid"
    link: str = "van"  # "voor": a minister without a ministry of their own ("minister voor Klimaat en Energie")
    acting: bool = False  # ad interim: "minister Braks (Buitenlandse Zaken a.i.)", while the minister was away

    @property
    def named(self) -> str:
        """As a citation names it: "minister Van Weel", "de minister van Financiën", or the role as printed."""
        if self.title and self.surname:
            return f"{self.title} {self.surname}"
        return f"de {office(_THE.sub('', self.bare))}" if self.title else self.bare  # not "de De Minister …"

    @property
    def shown(self) -> str:
        """"minister Van Weel (Justitie en Veiligheid)" for the header and the statistics; an office without a name
        by today's ministry ("minister van Justitie en Veiligheid"); the role as printed when nothing more is known."""
        if self.title and self.surname:
            acting = " a.i." if self.acting else ""
            return f"{self.named} ({self.ministry}{acting})" if self.ministry else self.named
        if self.title and self.ministry and self.title != "minister-president":
            return f"{self.title} {self.link} {self.ministry}"
        if self.title and (self.ministry or title_of(_THE.sub("", self.bare)) == self.title):
            return self.title  # "minister-president", or a function that names no office ("Minister")
        return self.bare  # an office the table does not know ("Minister voor Migratie"): as printed


def office(role: str) -> str:
    """A role as a sentence names it: "Minister van Buitenlandse Zaken" -> "minister van Buitenlandse Zaken"."""
    first, _space, rest = role.partition(" ")
    title = title_of(first)
    return f"{title} {rest}".strip() if title else role


def surname(name: str) -> str:
    """"Stef Blok" -> "Blok", "Hugo de Jonge" -> "De Jonge", "W.B. Hoekstra" -> "Hoekstra", "D.M. van Weel" ->
    "Van Weel" (as after a title)."""
    words = name.split()
    rest = words[1:] if len(words) > 1 else words
    while len(rest) > 1 and _INITIALS.match(rest[0]):
        rest = rest[1:]
    found = " ".join(rest)
    return found[:1].upper() + found[1:]


def _name(text: str) -> str:
    """A name as after a title: capital first, no spaces around a hyphen ("Faber - Van de Klashorst"), without
    initials or a degree before it ("J. de Koning", "mr. Van Agt": the surname is the person's one name)."""
    text = re.sub(r"\s*-\s*", "-", " ".join(text.split())).strip(" ,.;:")
    text = _INITIALS_BEFORE.sub("", text)
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=8192)
def answerer(role: str, signed: str | None) -> Answerer:
    """Who answered in a role, with the signature under the letter if there is one (kept: the statistics ask this of
    every set, and the same few hundred roles and names recur); "a.i." after the ministry says the person held it
    ad interim."""
    found = _premier(_answerer(role, signed))
    return replace(found, acting=True) if found.surname and found.ministry and ACTING.search(role) else found


def _premier(found: Answerer) -> Answerer:
    """The minister of Algemene Zaken is the minister-president: one office, one row ("Minister van Algemene Zaken",
    "Minister-President")."""
    return replace(found, title="minister-president") if (found.title, found.ministry) == ("minister", AZ) else found


def _answerer(role: str, signed: str | None) -> Answerer:
    cleaned = " ".join(unglued(role).split())  # "ministerTer Beek", "bij afwezigheid van …", a list's ";" out
    cleaned = _PREMIER.sub("minister-president", cleaned)  # "minister president Lubbers", "Minis-ter-President"
    match = _MINISTRY.search(cleaned)
    printed = match.group(1).strip() if match and match.group(1) else None
    bare = _MINISTRY.sub("", cleaned).strip()
    first, _space, rest = _THE.sub("", bare).partition(" ")
    title = title_of(first)
    if title is None:
        return Answerer(role, bare, None, None, printed)
    if printed and "," in printed and title_of(printed.split(",")[0].strip()):  # "(Minister-President, Algemene Zaken)"
        title = title_of(printed.split(",")[0].strip())
    if rest and not printed and not _OF.match(rest) and is_ministry(rest):  # "Minister Justitie en Veiligheid": an
        rest = f"van {rest}"  # office whose "van" the letter left out, no person of that name
    surnamed = not printed and a_surname(rest) and not current(_OF.sub("", rest))  # "Minister Van Agt"
    if rest and (not _OF.match(rest) or surnamed or (printed and a_person(f"{rest} ({printed})", printed))):
        named = _name(rest)  # a title and a name already: "Minister Bruins Slot (…)", "minister van Hijum (SZW)"
        return Answerer(role, bare, title, named, current(printed) if printed else None)
    if printed and not rest and not current(printed) and _HOLDER.match(printed):  # "Minister-President (Lubbers)"
        return Answerer(role, bare, title, _name(printed), AZ if title == "minister-president" else None)
    link = rest.split()[0].lower() if rest and _OF.match(rest) else "van"
    signer = _name(surname(signed)) if signed else None
    if printed and rest and _OF.match(rest) and not is_ministry(printed):  # "… van Economische Zaken (Hazekamp)":
        holder = _name(printed) if _HOLDER.match(printed) else signer  # the holder; "… van Financiën (Fiscaliteit en
        return Answerer(role, bare, title, holder, current(_OF.sub("", rest)), link)  # Belastingdienst)": a portfolio
    printed = printed or (_OF.sub("", rest) if rest else None)
    found = current(printed) if printed else ("Algemene Zaken" if title == "minister-president" else None)
    return Answerer(role, bare, title, signer, found, link)


def answerers(dossier: Dossier) -> list[Answerer]:
    """Each minister who answered the set, with the signature in the same place (the letters print them in order):
    a holder's name on a line of its own joins its function ("Staatssecretaris van Buitenlandse Zaken", "heer
    Brinkhorst"), and a role that names several ministers ("Ministers van Economische Zaken en van Sociale Zaken")
    is each of them."""
    signed = dossier.signatories
    roles = with_holders(dossier.answered_by)
    if len(roles) != len(dossier.answered_by):
        signed = []  # the signatures stood beside the roles as printed
    found: list[Answerer] = []
    for i, role in enumerate(roles):
        each = offices(role)
        if len(each) > 1 and not any(o.person or o.holder for o in each):
            found.extend(_premier(Answerer(role, f"{o.title} {o.link} {o.printed}", o.title, None,
                                           o.ministry if o.ministry in MINISTRIES else None, o.link))
                         for o in each)  # fmt: skip
        else:
            found.append(answerer(role, signed[i] if i < len(signed) else None))
    return found


def person_key(name: str) -> str:
    """A surname compared by its letters: folded, "ij" as "y", without hyphens or spaces ("Hirsch-Ballin" and
    "Hirsch Ballin", "Tuijnman" and "Tuynman" are one)."""
    return re.sub(r"[^a-z]", "", fold(name).replace("ij", "y"))


# A slip joins a name only when the two were printed within these many years of each other: Meijer (staatssecretaris
# of CRM, 1975) is no slip of Maeijer (staatssecretaris of VWS, 2024), though CRM is counted under VWS
SLIP_YEARS = 12
# the first year of an Aanhangsel id's session (ah-ek- too, and a short session's one year: ah-tk-1981-171), of a page
# tail's (model.tail_id), or a zaaknummer's year
_SESSION = re.compile(rf"^(?:{AANHANGSEL}|{TAIL_PREFIX}(?P<tail>\d{{4}})(?:\d{{4}})?-)|^(?P<zaak>(?:19|20)\d\d)Z")


def year_of(dossier: Dossier) -> int | None:
    """The year a set was answered (or asked; or of its session or zaaknummer), for `same_people`."""
    when = dossier.answered or dossier.submitted
    if when:
        return when.year
    session = _SESSION.match(dossier.id)
    return int(session["first"] or session["tail"] or session["zaak"]) if session else None


Group = tuple[str | None, str | None, str]  # the office, the ministry and the surname's letters


def same_people(seen: Iterable[tuple[Answerer, int | None]]) -> dict[str, str]:
    """Each way a person was shown -> the one way to show them, from each answerer seen with the year of the set
    (`year_of`): names alike by their letters (`person_key`) in the same office and ministry are one person, shown as
    most pages spell it; a name one letter off a more frequent one in the same office and ministry, in the same
    years, is an OCR slip of it ("Westertsrp" -> "Westerterp"). Offices without a name, names in another office and
    names decades apart ("Meijer" in 1975, "Maeijer" in 2024) stay apart."""
    counts: Counter[Answerer] = Counter()
    years: dict[Group, set[int]] = {}
    for person, year in seen:
        if person.title and person.surname:
            counts[person] += 1
            years.setdefault((person.title, person.ministry, person_key(person.surname)), set()).update(
                [year] if year else [])  # fmt: skip
    spellings: dict[Group, Counter[str]] = {}
    for person, count in counts.items():
        spellings.setdefault((person.title, person.ministry, person_key(person.surname or "")), Counter())[
            person.shown] += count  # fmt: skip
    chosen = {group: names.most_common(1)[0][0] for group, names in spellings.items()}
    sizes = {group: names.total() for group, names in spellings.items()}
    merged: dict[Group, Group] = {}
    for group in sorted(sizes, key=lambda g: -sizes[g]):  # the most frequent spelling first: slips join it
        into = next((m for m in merged.values() if m[:2] == group[:2] and sizes[m] > sizes[group]
                     and one_slip(m[2], group[2]) and _same_years(years[m], years[group])), group)  # fmt: skip
        merged[group] = into
    return {shown: chosen[merged[group]] for group, names in spellings.items() for shown in names}


def _same_years(these: set[int], those: set[int]) -> bool:
    """Whether two names were printed within SLIP_YEARS of each other (or when either's years are unknown)."""
    return not these or not those or min(abs(a - b) for a in these for b in those) <= SLIP_YEARS
