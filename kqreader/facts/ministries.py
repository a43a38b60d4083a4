"""One name per ministry: an addressee as letters print it ("minister van Justitie en Veiligheid", "Minister
Justitie en Veiligheid", "Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking")
split into each minister it names, each with the ministry by its current name (renamings and short forms in one
table: VenJ and JenV, EZK and EZ, IenM and IenW, …). The statistics and the filter count per ministry so; the
header, the lists and the citation name the addressees in one form ("de ministers van … en voor …"). No Textual here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kqreader.i18n import joined_in_dutch
from kqreader.text.folding import fold

# Each ministry (or a minister's portfolio without one, "voor …") by its current name, with the names it had or goes by
MINISTRIES: dict[str, tuple[str, ...]] = {
    "Algemene Zaken": ("AZ",),
    "Asiel en Migratie": (),
    "Binnenlandse Zaken en Koninkrijksrelaties": ("BZK", "Binnenlandse Zaken"),
    "Buitenlandse Zaken": ("BZ", "BuZa"),
    "Buitenlandse Handel en Ontwikkelingshulp": ("BHO", "Buitenlandse Handel en Ontwikkelingssamenwerking", "BHOS",
                                                 "Ontwikkelingssamenwerking"),  # renamed in July 2024
    "Defensie": (),
    "Economische Zaken": ("EZ", "Economische Zaken en Klimaat", "EZK", "Economische Zaken, Landbouw en Innovatie"),
    "Financiën": ("Fin",),
    "Infrastructuur en Waterstaat": ("IenW", "I&W", "Infrastructuur en Milieu", "IenM", "Verkeer en Waterstaat",
                                     "VenW"),
    "Justitie en Veiligheid": ("JenV", "J&V", "Veiligheid en Justitie", "VenJ", "Justitie"),
    "Klimaat en Groene Groei": ("KGG",),
    "Landbouw, Visserij, Voedselzekerheid en Natuur": ("LVVN", "Landbouw, Natuur en Voedselkwaliteit", "LNV",
                                                        "Landbouw, Natuurbeheer en Visserij", "Landbouw en Visserij"),
    "Onderwijs, Cultuur en Wetenschap": ("OCW", "Onderwijs, Cultuur en Wetenschappen", "Onderwijs en Wetenschappen",
                                         "Onderwijs, Kunsten en Wetenschappen"),
    "Sociale Zaken en Werkgelegenheid": ("SZW", "Sociale Zaken"),
    # Volksgezondheid en Milieuhygiëne (1971-1982) and Cultuur, Recreatie en Maatschappelijk Werk (1965-1982) became
    # Welzijn, Volksgezondheid en Cultuur (1982-1994), then VWS
    "Volksgezondheid, Welzijn en Sport": ("VWS", "WVC", "Welzijn, Volksgezondheid en Cultuur", "CRM",
                                          "Volksgezondheid en Milieuhygiëne",
                                          "Cultuur, Recreatie en Maatschappelijk Werk"),
    # VROM (1982-2010) was Volkshuisvesting en Ruimtelijke Ordening before and is again since 2024
    "Volkshuisvesting en Ruimtelijke Ordening": ("VRO", "VROM",
                                                 "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer"),
}  # fmt: skip


def key(name: str) -> str:
    """A ministry's name compared by its letters: what OCR and extractions leave inside it does not count ("Economische
    Za ken", "Volksgezondheid en Milieuhygië-ne", "Verkeer-en Waterstaat", "RuimtelijkeOrdening", a missing comma)."""
    return re.sub(r"[^a-z&]", "", fold(name))


_NAMES = {key(name): ministry for ministry, others in MINISTRIES.items() for name in (ministry, *others)}
_SPELLED = {key(name): name for ministry, others in MINISTRIES.items() for name in (ministry, *others)}
# The functions an addressee starts with ("Staatsecretaris", "Staatssscretaris": misspelt, too), each by the one form
# a sentence uses
_FUNCTIONS = r"(?:minister-president|viceminister-president|ministers?|staats+e?cretaris(?:sen)?)"
_PLURAL = {"minister": "ministers", "staatssecretaris": "staatssecretarissen"}
_LEAD = re.compile(rf"^\s*(?:de\s+)?({_FUNCTIONS})(?:\s+en\s+(?:de\s+)?({_FUNCTIONS}))?\b\s*", re.IGNORECASE)
_NAMED = re.compile(r"\(([^()]+)\)\s*$")  # "Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)"
# Between two ministries: "… en van …", ", van …", "… en de staatssecretaris van …" (also "en deStaatssecretaris")
_PARTS = re.compile(rf",?\s+en\s+(?:de\s*({_FUNCTIONS})\s+)?(?=(?:van|voor)\s)|,\s*(?=(?:van|voor)\s)", re.IGNORECASE)
_OF = re.compile(r"^(van|voor)\s+(?:de\s+|het\s+)?", re.IGNORECASE)
# What an extraction or a letter adds to an addressee that names no office: "…, bij afwezigheid van deMinister van …"
_ABSENT = re.compile(r",?\s*\(?\s*(?:bij\s+afwezigheid|wegens\s+afwezigheid)\s+van\b.*$", re.IGNORECASE | re.DOTALL)
# Words an extraction glued at a line end: "deMinister", "vanFinanciën", "Financiënen Economische Zaken",
# "ministerTer Beek", "Ministervan Economische Zaken"
_GLUED_SMALL = re.compile(
    r"\b(?:de|van|voor|en)(?=[A-Z])|\b(?:[Mm]inister|[Ss]taats+e?cretaris)(?=[A-Z]|(?:van|voor)\b)"
)
_LAST_WORDS = sorted({name.split()[-1] for name in MINISTRIES}, key=len, reverse=True)
_GLUED_AFTER = re.compile(r"\b({})(en|van|voor)(?=\s)".format("|".join(map(re.escape, _LAST_WORDS))))


@dataclass(frozen=True)
class Office:
    """One minister an addressee names: the function, "van" or "voor", the ministry as printed and by its current
    name, or a person ("Minister Dijkgraaf (…)")."""

    title: str  # "minister", "staatssecretaris", "minister-president"
    link: str  # "van" or "voor" (a minister without a ministry: "minister voor Klimaat en Energie")
    printed: str  # the ministry as the document names it ("Veiligheid en Justitie"); "" when it names none
    ministry: str  # by its current name ("Justitie en Veiligheid")
    person: str = ""  # "Dijkgraaf"
    holder: str = ""  # who held the office, as the open data adds it ("de minister van Financiën (Heinen)")

    def portfolio(self, *, current: bool) -> str:
        """"van Justitie en Veiligheid" — by the name the document used, or by today's with a former name beside
        it ("van Justitie en Veiligheid (toen Veiligheid en Justitie)"; an abbreviation is only spelled out). Dutch in
        either language: it names a Dutch office."""
        if not self.printed:
            return ""
        if not current or fold(self.printed) == fold(self.ministry):
            return f"{self.link} {self.printed}"
        former = f" (toen {self.printed})" if " " in self.printed else ""
        return f"{self.link} {self.ministry}{former}"


def ministry(name: str) -> str:
    """A ministry's current name ("Veiligheid en Justitie" -> "Justitie en Veiligheid"); an unknown one as given,
    without what a letter prints after it (a person's name after a comma, "bij afwezigheid van …")."""
    cleaned = " ".join(_ABSENT.sub("", name).replace(" ,", ",").split()).strip(" ,.;:")
    cleaned = re.sub(r"\s+a\.\s?i$", "", cleaned)  # "Verkeer en Waterstaat a.i.": ad interim
    known = _NAMES.get(key(cleaned))
    if known is None and "," in cleaned:  # "Justitie en Veiligheid, D.M. van Weel": the function line's name;
        head, tail = cleaned.rsplit(",", 1)  # "Minister-President, Algemene Zaken": the function before it
        known = _NAMES.get(key(head)) or _NAMES.get(key(tail))
    if known is None and " – " in cleaned:  # "Financiën – Fiscaliteit en Belastingdienst": a portfolio within it
        known = _NAMES.get(key(cleaned.split(" – ", 1)[0]))
    return known or cleaned


def spelled(name: str) -> str:
    """A ministry's name as it was written, what OCR left inside it mended ("Economische Za ken" -> "Economische
    Zaken", "Verkeer-en Waterstaat" -> "Verkeer en Waterstaat"); an unknown one as given."""
    return _SPELLED.get(key(name), name)


def is_ministry(name: str) -> bool:
    """Whether a name is a ministry's, by any of its names (not a person's: "(Heinen)")."""
    return key(ministry(name)) in _NAMES


# A holder named after the function, as a line of its own: "…, mede namens de Staatssecretaris van Economische Zaken,
# de heer Hazekamp" (the page's commas make the name a part of its own)
_HOLDER = re.compile(r"^\s*(?:de\s+)?(?:heer|mevrouw)\s+(\S.*?)[\s.,;]*$", re.IGNORECASE)


def with_holders(names: list[str] | tuple[str, ...]) -> list[str]:
    """Addressees or answerers with a holder's name on its own ("heer Hazekamp") put after the function it holds:
    "Staatssecretaris van Economische Zaken (Hazekamp)"; one that follows no function as "de heer …"."""
    joined: list[str] = []
    for name in names:
        holder = _HOLDER.match(name)
        if holder and joined and _LEAD.match(unglued(joined[-1])) and not _NAMED.search(joined[-1]):
            joined[-1] = f"{joined[-1].strip()} ({holder.group(1)})"
        else:
            joined.append(f"de {name.strip()}" if holder and not name.strip().lower().startswith("de ") else name)
    return joined


def unglued(addressee: str) -> str:
    """An addressee with the words an extraction glued apart again ("deMinister van Financiënen Economische
    Zaken" -> "de Minister van Financiën en Economische Zaken"), without "bij afwezigheid van …"."""
    addressee = _GLUED_AFTER.sub(r"\1 \2", _GLUED_SMALL.sub(r"\g<0> ", _ABSENT.sub("", addressee)))
    return _LEFT_OVER.sub("", addressee)


# What a page leaves after an addressee: a list's ";", brackets emptied by what was read out of them ("…); ()")
_LEFT_OVER = re.compile(r"(?:\s*\(\s*\)|\s*[;:,])+\s*$")


def _known_parts(printed: str) -> list[str] | None:
    """"Financiën en Economische Zaken" (two ministries one "van" names) as each of them, when each is known."""
    parts = [part.strip(" ,.") for part in re.split(r",\s*|\s+en\s+", printed)]
    names: list[str] = []
    while parts:  # the longest known name from the left ("Justitie en Veiligheid" before "Justitie")
        for size in range(len(parts), 0, -1):
            listed = ", ".join(parts[: size - 1]) + " en " + parts[size - 1] if size > 1 else parts[0]
            found = _NAMES.get(key(" en ".join(parts[:size]))) or _NAMES.get(key(listed))
            if found:
                names.append(found)
                parts = parts[size:]
                break
        else:
            return None
    return names if len(names) > 1 else None


def ministries_of(addressee: str) -> list[str]:
    """The ministries an addressee names, each once, by current name: "Ministers van Buitenlandse Zaken en voor
    Buitenlandse Handel en Ontwikkelingssamenwerking" -> both; "Minister Justitie en Veiligheid" -> "Justitie en
    Veiligheid"; an addressee that names none ("Minister") -> []."""
    return list(dict.fromkeys(o.ministry for o in offices(addressee) if o.ministry))


def ministries_named(addressees: list[str] | tuple[str, ...]) -> list[str]:
    """The ministries a set is addressed to, each once, by current name (for the export and the order)."""
    return list(dict.fromkeys(m for addressee in addressees for m in ministries_of(addressee)))


def asked_of(addressees: list[str] | tuple[str, ...]) -> str:
    """A list's short "asked of" cell: the ministries by current name ("Justitie en Veiligheid, Financiën"), or the
    addressees as printed when they name none."""
    return ", ".join(ministries_named(addressees) or addressees)


def names_of(ministry_name: str) -> tuple[str, ...]:
    """Every name a ministry goes by (its current one first), for the filter."""
    return (ministry_name, *MINISTRIES.get(ministry_name, ()))


@lru_cache(maxsize=8192)
def offices(addressee: str) -> tuple[Office, ...]:
    """Each minister an addressee names, in order (kept: the same few hundred spellings recur in every month).
    "Minister en Staatssecretaris van X" names two; a part without a function of its own takes the one before it;
    a text without a known function names none (it is shown as printed)."""
    addressee = unglued(addressee).strip()
    lead = _LEAD.match(addressee)
    if not lead:  # a bare ministry ("Justitie en Veiligheid", "Ministerie van Financiën"): its minister
        bare = _OF.sub("", re.sub(r"(?i)^\s*ministerie\s+", "", addressee)).strip(" ,.")
        known = key(bare) in _NAMES
        return (Office("minister", "van", spelled(bare), ministry(bare)),) if known else ()
    titles = [_title(t) for t in lead.groups() if t]
    named = _NAMED.search(addressee)
    rest = addressee[lead.end():].strip()
    if named and (not rest.lower().startswith(("van ", "voor ")) or a_person(rest, named.group(1))):
        person = rest[: rest.rfind("(")].strip()
        person = person[:1].upper() + person[1:]  # "minister van Hijum (SZW)": the name, as after a title
        return (Office(titles[0], "van", spelled(named.group(1).strip()), ministry(named.group(1)), person),)
    rest = re.sub(r"(?i)^van(?=[A-Z])", "van ", rest)  # "vanBinnenlandse": a lost space
    if not rest:
        return tuple(_bare(t) for t in titles)
    holder = ""
    if named and len(titles) == 1 and not _PARTS.search(rest):  # "minister van Financiën (Heinen)": one office
        holder, rest = named.group(1).strip(), rest[: rest.rfind("(")].strip()
    pieces = _PARTS.split(rest)
    found: list[Office] = []
    title = titles[-1]
    for i in range(0, len(pieces), 2):
        title = _title(pieces[i - 1]) if i and pieces[i - 1] else title
        part = pieces[i].strip()
        link = _OF.match(part)
        printed = " ".join(_OF.sub("", part).replace(" ,", ",").split()).strip(" ,.")
        if printed:
            of = link.group(1).lower() if link else "van"
            names = [printed] if key(ministry(printed)) in _NAMES else (_known_parts(printed) or [printed])
            held_by = titles if i == 0 else [title]
            for name in names:
                found.extend(Office(t, of, spelled(name), ministry(name), holder=holder) for t in held_by)
    return tuple(found)


# A surname after a function: "van Hijum", "Van der Stee", "de Jonge" (not "van Economische Zaken")
_SURNAME = re.compile(r"^(?:(?:van|de|der|den|ter|ten|te|in\s+'t)\s+)+[A-Z][\w'-]+$", re.IGNORECASE)


def a_person(rest: str, bracketed: str) -> bool:
    """"van Hijum (Sociale Zaken en Werkgelegenheid)", "Van der Stee (Landbouw en Visserij)": a surname with "van"
    and the ministry in brackets, not a ministry followed by its holder ("van Financiën (Heinen)")."""
    before = rest[: rest.rfind("(")].strip(" ,")
    ministry_named = _OF.sub("", before)
    if key(ministry_named) in _NAMES or " en " in before or "," in before:
        return False
    return key(bracketed) in _NAMES or _SURNAME.match(before) is not None


def _title(word: str) -> str:
    """A function by the one form a sentence uses: "Ministers" -> "minister", "Staatssscretaris" (OCR),
    "staatsecretarissen" -> "staatssecretaris"."""
    word = re.sub(r"^staats+e?cretaris", "staatssecretaris", word.lower())
    return word.removesuffix("sen") if word.startswith("staats") else word.removesuffix("s")


def title_of(word: str) -> str | None:
    """The function a word names ("Minister", "Staatssscretaris", "minister-president"), or None."""
    return _title(word) if re.fullmatch(_FUNCTIONS, word, re.IGNORECASE) else None


def _bare(title: str) -> Office:
    """A function without a ministry: the minister-president's is Algemene Zaken."""
    if title == "minister-president":
        return Office(title, "van", "", "Algemene Zaken")
    return Office(title, "van", "", "")


def addressed(addressees: list[str] | tuple[str, ...], *, current: bool = False) -> str:
    """The addressees as one phrase: "de ministers van Buitenlandse Zaken en voor Buitenlandse Handel en
    Ontwikkelingssamenwerking", "minister Dijkgraaf", "de staatssecretaris van Financiën". The citation keeps the
    ministry's name of the day (it cites that document); the header and the lists use today's (as the filter and
    the statistics do). An addressee kqreader cannot read stays as printed."""
    phrases: list[str] = []
    for addressee in with_holders(addressees):
        found = offices(addressee)
        phrases.extend(_phrases(found, current=current) if found else [addressee.strip()])
    return joined_in_dutch(phrases)


def _phrases(found: tuple[Office, ...], *, current: bool) -> list[str]:
    """Consecutive offices of one function share it ("de ministers van A en van B"), of one ministry likewise
    ("de minister en de staatssecretaris van A")."""
    groups: list[list[Office]] = []
    for office in found:
        last = groups[-1][-1] if groups else None
        if last and not office.person and not last.person and office.title == groups[-1][0].title:
            groups[-1].append(office)
        elif last and len(groups[-1]) == 1 and not last.person and last.printed and last.printed == office.printed:
            groups[-1] = [Office(f"{last.title} en de {office.title}", office.link, office.printed, office.ministry)]
        else:
            groups.append([office])
    return [_phrase(group, current=current) for group in groups]


def _phrase(group: list[Office], *, current: bool) -> str:
    first = group[0]
    if first.person:
        return f"{first.title} {first.person}"
    portfolios = [p for p in (o.portfolio(current=current) for o in group) if p]
    title = _PLURAL.get(first.title, first.title) if len(portfolios) > 1 else first.title
    held = f" ({first.holder})" if len(group) == 1 and first.holder else ""
    return " ".join(("de", title, joined_in_dutch(portfolios))).strip() + held
