"""One name per ministry: an addressee as letters print it ("minister van Justitie en Veiligheid", "Minister
Justitie en Veiligheid", "Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking")
split into each minister it names, each with the ministry by its current name (renamings and short forms in one
table: VenJ and JenV, EZK and EZ, IenM and IenW, …). The statistics and the filter count per ministry so; the
header, the lists and the citation name the addressees in one form ("de ministers van … en voor …"). No Textual here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kqreader.i18n import joined_in_dutch
from kqreader.model import MARK, Dossier
from kqreader.text.doubts import NOT_A_MINISTRY, doubt
from kqreader.text.folding import fold, one_slip
from kqreader.text.names import IN_T, PARTICLE

# The closed table: each ministry since 1965 (and each portfolio of a minister without one, "voor …") by its current
# name, with the names it had or goes by. A name that is none of these is not read as a ministry: the statistics count
# its set under "(unknown)" and the import says in a doubt which words were not read (`unread`).
MINISTRIES: dict[str, tuple[str, ...]] = {
    "Algemene Zaken": ("AZ",),
    "Asiel en Migratie": (),
    "Binnenlandse Zaken en Koninkrijksrelaties": ("BZK", "Binnenlandse Zaken", "BiZa"),
    "Buitenlandse Zaken": ("BZ", "BuZa"),
    # a minister without a ministry at Buitenlandse Zaken since 1965 ("belast met ontwikkelingshulp")
    "Buitenlandse Handel en Ontwikkelingshulp": ("BHO", "Buitenlandse Handel en Ontwikkelingssamenwerking", "BHOS",
                                                 "Ontwikkelingssamenwerking", "Ontwikkelingshulp"),  # July 2024
    "Defensie": (),
    "Economische Zaken": ("EZ", "Economische Zaken en Klimaat", "EZK", "Economische Zaken, Landbouw en Innovatie",
                          "EL&I", "ELenI"),
    "Financiën": ("Fin",),
    "Infrastructuur en Waterstaat": ("IenW", "I&W", "Infrastructuur en Milieu", "IenM", "I&M", "Verkeer en Waterstaat",
                                     "VenW", "V&W"),
    "Justitie en Veiligheid": ("JenV", "J&V", "Veiligheid en Justitie", "VenJ", "V&J", "Justitie"),
    "Klimaat en Groene Groei": ("KGG",),
    "Landbouw, Visserij, Voedselzekerheid en Natuur": ("LVVN", "Landbouw, Natuur en Voedselkwaliteit", "LNV",
                                                        "Landbouw, Natuurbeheer en Visserij", "Landbouw en Visserij"),
    "Onderwijs, Cultuur en Wetenschap": ("OCW", "OCenW", "Onderwijs, Cultuur en Wetenschappen",
                                         "Onderwijs en Wetenschappen", "O&W", "Onderwijs, Kunsten en Wetenschappen"),
    # Sociale Zaken en Volksgezondheid until 1971
    "Sociale Zaken en Werkgelegenheid": ("SZW", "Sociale Zaken", "Sociale Zaken en Volksgezondheid"),
    # Volksgezondheid en Milieuhygiëne (1971-1982) and Cultuur, Recreatie en Maatschappelijk Werk (1965-1982) became
    # Welzijn, Volksgezondheid en Cultuur (1982-1994), then VWS; Maatschappelijk Werk was CRM until 1965
    "Volksgezondheid, Welzijn en Sport": ("VWS", "WVC", "Welzijn, Volksgezondheid en Cultuur", "CRM",
                                          "Volksgezondheid en Milieuhygiëne",
                                          "Cultuur, Recreatie en Maatschappelijk Werk", "Maatschappelijk Werk"),
    # VROM (1982-2010) was Volkshuisvesting en Ruimtelijke Ordening before (Volkshuisvesting en Bouwnijverheid until
    # 1965) and is again since 2024
    "Volkshuisvesting en Ruimtelijke Ordening": ("VRO", "VROM",
                                                 "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
                                                 "Volkshuisvesting en Bouwnijverheid"),
    # The portfolios of ministers without a ministry ("minister voor …"), each a row of its own
    "Wetenschapsbeleid": (),  # 1971-1982
    "Nederlands-Antilliaanse en Arubaanse Zaken": ("Nederlands-Antilliaanse Zaken", "Surinaamse en Antilliaanse Zaken",
                                                   "Surinaamse en Nederlands-Antilliaanse Zaken"),
    "Grote Steden- en Integratiebeleid": (),  # 1998-2002
    "Vreemdelingenzaken en Integratie": (),  # 2003-2007
    "Bestuurlijke Vernieuwing en Koninkrijksrelaties": (),  # 2003-2007
    "Jeugd en Gezin": (),  # 2007-2010
    "Wonen, Wijken en Integratie": (),  # 2007-2010
    "Immigratie, Integratie en Asiel": ("Immigratie en Asiel",),  # 2010-2012
    "Wonen en Rijksdienst": (),  # 2012-2017
    "Rechtsbescherming": (),  # 2017-2024
    "Medische Zorg": ("Medische Zorg en Sport",),  # 2017-2022
    "Primair en Voortgezet Onderwijs": ("Basis- en Voortgezet Onderwijs en Media",),  # 2017-2024
    "Milieu en Wonen": (),  # 2021-2022
    "Klimaat en Energie": (),  # 2022-2024
    "Natuur en Stikstof": (),  # 2022-2024
    "Langdurige Zorg en Sport": (),  # 2022-2024
    "Armoedebeleid, Participatie en Pensioenen": (),  # 2022-2024
}  # fmt: skip


def key(name: str) -> str:
    """A ministry's name compared by its letters: what OCR and extractions leave inside it does not count ("Economische
    Za ken", "Volksgezondheid en Milieuhygië-ne", "Verkeer-en Waterstaat", "RuimtelijkeOrdening", a missing comma)."""
    return re.sub(r"[^a-z&]", "", fold(name))


AZ = "Algemene Zaken"  # the minister-president's
_NAMES = {key(name): ministry for ministry, others in MINISTRIES.items() for name in (ministry, *others)}
_SPELLED = {key(name): name for ministry, others in MINISTRIES.items() for name in (ministry, *others)}
# "(Buitenlandse Zaken a.i.)", "(Justitie a.i)": ad interim, the same office (answerers.py asks it of a role)
ACTING = re.compile(r"\s+a\.\s?i\b\.?", re.IGNORECASE)
_ACTING_LAST = re.compile(rf"{ACTING.pattern}$", re.IGNORECASE)  # the same, ending a ministry's name: left out
_SLIPS_FROM = 8  # letters: "Defensic" is Defensie; a shorter name one letter off is another word ("BZK", "OCW")


@lru_cache(maxsize=8192)
def _entry(name: str) -> str | None:
    """A name of the table as the table spells it, the name compared by its letters (`key`) or, for a long one, one
    letter off (an OCR slip: "Volkshuisvestlng en Ruimtelijke Ordening"); None for any other name."""
    letters = key(_ACTING_LAST.sub("", name.strip(" ,.;:()")))
    if letters in _SPELLED:
        return _SPELLED[letters]
    if len(letters) < _SLIPS_FROM:
        return None
    near = {_SPELLED[k] for k in _SPELLED if len(k) >= _SLIPS_FROM and one_slip(k, letters)}
    return near.pop() if len(near) == 1 else None


def _leading(text: str) -> str | None:
    """The longest name of the table that `text` starts with ("Defensie. (Zie ook …" -> "Defensie")."""
    words = text.split()
    for size in range(min(len(words), 8), 0, -1):
        found = _entry(" ".join(words[:size]))
        if found:
            return found
    return None
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
    cleaned = _ACTING_LAST.sub("", cleaned)  # "Verkeer en Waterstaat a.i."
    entry = _entry(cleaned)
    known = _NAMES[key(entry)] if entry else None
    if known is None and "," in cleaned:  # "Justitie en Veiligheid, D.M. van Weel": the function line's name;
        head, tail = cleaned.rsplit(",", 1)  # "Minister-President, Algemene Zaken": the function before it
        known = _NAMES.get(key(head)) or _NAMES.get(key(tail))
    if known is None and " – " in cleaned:  # "Financiën – Fiscaliteit en Belastingdienst": a portfolio within it
        known = _NAMES.get(key(cleaned.split(" – ", 1)[0]))
    return known or cleaned


def current(name: str) -> str | None:
    """The current name of the ministry `name` names, also when a page runs on after it ("Defensie. (Zie ook …");
    None when it names none of the table's (a closed table: "Lubbers Economische Zaken)" is no ministry)."""
    found = ministry(name)
    if found in MINISTRIES:
        return found
    entry = _leading(name)
    return _NAMES[key(entry)] if entry else None


def spelled(name: str) -> str:
    """A ministry's name as it was written, what OCR left inside it mended ("Economische Za ken" -> "Economische
    Zaken", "Verkeer-en Waterstaat" -> "Verkeer en Waterstaat"); an unknown one as given."""
    return _entry(name) or name


def is_ministry(name: str) -> bool:
    """Whether a name is a ministry's, by any of its names (not a person's: "(Heinen)")."""
    return key(ministry(name)) in _NAMES


# A holder named after the function, as a line of its own: "…, mede namens de Staatssecretaris van Economische Zaken,
# de heer Hazekamp" (the page's commas make the name a part of its own)
_HOLDER = re.compile(r"^\s*(?:de\s+)?(?:heer|mevrouw)\s+(\S.*?)[\s.,;]*$", re.IGNORECASE)


# Between two persons one text names: "Minister Van Aardenne (Economische Zaken) en minister Pronk (…)", "Minister
# Van Weel (Justitie en Veiligheid) en antwoord van Staatssecretaris Coenradie (…)", "…, mede namens de …"
_PERSONS_APART = re.compile(
    rf"(?<=\))[\s.]*[,;]?\s*(?:en\s+(?:(?:het\s+)?antwoord\s+van\s+)?|mede\s+namens\s+)?(?=(?:de\s+)?{_FUNCTIONS}\b)",
    re.IGNORECASE)  # fmt: skip


def apart(name: str) -> list[str]:
    """A text that names two persons, each with the ministry in brackets, as each of them."""
    return [piece for piece in _PERSONS_APART.split(name) if piece.strip()]


def with_holders(names: list[str] | tuple[str, ...]) -> list[str]:
    """Addressees or answerers with a holder's name on its own ("heer Hazekamp") put after the function it holds:
    "Staatssecretaris van Economische Zaken (Hazekamp)"; one that follows no function as "de heer …"."""
    joined: list[str] = []
    for name in (piece for each in names for piece in apart(each)):
        holder = _HOLDER.match(unglued(name))  # not "heer Vredeling, Minister van Defensie": an office of its own
        if holder and joined and _LEAD.match(unglued(joined[-1])) and not _NAMED.search(unglued(joined[-1])):
            joined[-1] = f"{joined[-1].strip()} ({holder.group(1)})"
        else:
            joined.append(f"de {name.strip()}" if holder and not name.strip().lower().startswith("de ") else name)
    return joined


@lru_cache(maxsize=8192)
def unglued(addressee: str) -> str:
    """An addressee with the words an extraction glued apart again ("deMinister van Financiënen Economische
    Zaken" -> "de Minister van Financiën en Economische Zaken"), without "bij afwezigheid van …", and in one of the
    forms `offices` reads: without what a page runs on with after the office (`_after_office`), the holder named
    first or after a comma in brackets after the office ("de heer Braks, Minister van Landbouw en Visserij" ->
    "Minister van Landbouw en Visserij (Braks)"), a bracket OCR lost opened again."""
    addressee = _GLUED_AFTER.sub(r"\1 \2", _GLUED_SMALL.sub(r"\g<0> ", _ABSENT.sub("", addressee)))
    addressee = _LEFT_OVER.sub("", _PUNCTUATED.sub(" ", _after_office(addressee)))
    addressee = _PREMIER_OF_AZ.sub(r"\1", _HOLDER_FIRST.sub(r"\2 (\1)", addressee))
    addressee = _HOLDER_AFTER.sub(r"\1 (\2)", addressee)
    return _opened(addressee)


# What a page leaves after an addressee: a list's ";", a sentence's ".", brackets emptied by what was read out of
# them ("…); ()"), a footnote's mark ("minister van Binnenlandse Zaken.1")
_LEFT_OVER = re.compile(rf"(?:\s*\(\s*\)|\s*[;:,.]|(?<=[^\W\d_])[.,]?(?:[0-9]{{1,2}}|{MARK.pattern}))+\s*$")
# What a scanned page runs on with after the answerer: the dates ("(Ingezonden …)", "(Ontvangen …"), a reference
# ("(Zie ook Aanhangsel …)"), and with them the answer's text when the page's lines ran together
_PAGE_AFTER = re.compile(r"[\s.]*\(\s*(?:ingezonden|ontvangen|zie\s+ook)\b.*$", re.IGNORECASE | re.DOTALL)
_PUNCTUATED = re.compile(r"\s*[,;:]\s*(?=\()")  # "minister Ritzen, (Onderwijs en Wetenschappen)"
_BRACKETED = re.compile(r"\(([^()]*)\)")
_ANOTHER = re.compile(rf"\b{_FUNCTIONS}\b", re.IGNORECASE)  # a further office after a bracket
_PREMIER_OF_AZ = re.compile(  # "Minister-President, Minister van Algemene Zaken": one office
    r"^(\s*(?:de\s+)?minis-?ter[\s-]+president)\s*,\s*(?:en\s+)?(?:de\s+)?minister\s+van\s+algemene\s+zaken\b",
    re.IGNORECASE)  # fmt: skip
_HOLDER_FIRST = re.compile(  # "de heer Braks, Minister van Landbouw en Visserij"
    rf"^\s*(?:de\s+)?(?:heer|mevrouw)\s+([^,()]+?)\s*,\s*(?:de\s+)?({_FUNCTIONS}\b[^()]*?)\s*$",
    re.IGNORECASE)  # fmt: skip
# "staatssecretaris van Sociale Zaken en Werkgelegenheid, mevrouw Kappeijne van de Coppello"
_HOLDER_AFTER = re.compile(
    rf"^(\s*(?:de\s+)?{_FUNCTIONS}(?:\s+(?:van|voor)\s[^()]+?)?)\s*,\s*(?:de\s+)?(?:heer|mevrouw)\s+([^,()]+?)\s*$",
    re.IGNORECASE)  # fmt: skip


def _after_office(text: str) -> str:
    """`text` up to the end of the office it names: without the page's dates and references after it, and without
    what follows a bracket that names a ministry ("Minister Van Weel (Justitie en Veiligheid) en antwoord",
    "Minister Vredeling (Defensie). (Zie ook …)"), unless a further office follows."""
    text = _PAGE_AFTER.sub("", text)
    for bracket in _BRACKETED.finditer(text):
        inner = bracket.group(1)
        if (_entry(inner) or _entry(inner.rsplit(",", 1)[-1])) and not _ANOTHER.search(text, bracket.end()):
            return text[: bracket.end()]
    return text


def _opened(text: str) -> str:
    """A bracket OCR lost opened again before the ministry that ends the text ("Minister Lubbers Economische Zaken)"
    -> "Minister Lubbers (Economische Zaken)"); a closing bracket without a ministry before it left out."""
    if not text.endswith(")") or "(" in text:
        return text
    words = text[:-1].split()
    for start in range(1, len(words)):
        if _entry(" ".join(words[start:])):
            if words[start - 1].lower() in ("van", "voor"):  # "Minister van Economische Zaken)": no name before it
                break
            return f"{' '.join(words[:start])} ({' '.join(words[start:])})"
    return text[:-1].rstrip()


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


def _read(printed: str) -> list[str]:
    """The ministries a part of an addressee names as printed: one, several one "van" names ("Financiën en
    Economische Zaken"), the one a page runs on after; or the part as printed when it names none of the table's."""
    if key(ministry(printed)) in _NAMES:
        return [printed]
    if several := _known_parts(printed):
        return several
    entry = _leading(printed)
    return [entry] if entry else [printed]


def ministries_of(addressee: str) -> list[str]:
    """The ministries an addressee names, each once, by current name: "Ministers van Buitenlandse Zaken en voor
    Buitenlandse Handel en Ontwikkelingssamenwerking" -> both; "Minister Justitie en Veiligheid" -> "Justitie en
    Veiligheid"; an addressee that names none ("Minister"), or only words that are no ministry of the table -> []."""
    return list(dict.fromkeys(o.ministry for o in offices(addressee) if o.ministry in MINISTRIES))


def unread(names: list[str] | tuple[str, ...]) -> list[str]:
    """The words of addressees or answerers that are not read as a ministry, each once ("de Voorzitter", "Minister
    Dijkgraaf (Fiscaliteit)"): what the statistics do not count a set under. A function without a ministry
    ("Minister") names none, and is not among them."""
    found: list[str] = []
    for name in with_holders(names):
        each = offices(name)
        if not each and not _LEAD.match(unglued(name)) and name.strip():
            found.append(" ".join(name.split()))
        found.extend(o.printed for o in each if o.printed and o.ministry not in MINISTRIES)
    return list(dict.fromkeys(found))


def unread_doubts(dossier: Dossier) -> list[str]:
    """A doubt for each of the words of a set's addressees and answerers that are not read as a ministry (`unread`),
    those it does not have yet: the import keeps them with the document."""
    words = dict.fromkeys([*unread(dossier.addressees), *unread(dossier.answered_by)])
    said = (doubt(NOT_A_MINISTRY, printed=printed) for printed in words)
    return [sentence for sentence in said if sentence not in dossier.doubts]


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
    if len(pieces := apart(addressee)) > 1:
        return tuple(office for piece in pieces for office in offices(piece))
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
        if not person and key(named.group(1)) not in _NAMES:  # "Minister-President (Lubbers)": the holder
            return tuple(replace(_bare(t), holder=named.group(1).strip()) for t in titles)
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
            names = _read(printed)
            held_by = titles if i == 0 else [title]
            for name in names:
                found.extend(Office(t, of, spelled(name), ministry(name), holder=holder) for t in held_by)
    return tuple(found)


# A surname after a function: "van Hijum", "Van der Stee", "de Jonge" (not "van Economische Zaken")
_SURNAME = re.compile(rf"^(?:(?:{PARTICLE}|{IN_T})\s+)+[A-Z][\w'-]+$", re.IGNORECASE)


def a_surname(text: str) -> bool:
    """Whether `text` reads as a surname with "van", "de", … before it ("van Agt", "Van der Stee")."""
    return _SURNAME.match(text) is not None


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
