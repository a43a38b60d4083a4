"""One name per ministry: an addressee as letters print it ("minister van Justitie en Veiligheid", "Minister
Justitie en Veiligheid", "Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking")
split into each minister it names, each with the ministry by its current name (renamings and short forms in one
table: VenJ and JenV, EZK and EZ, IenM and IenW, …). The statistics count per ministry so. No Textual here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kqreader.folding import fold

# Each ministry (or a minister's portfolio without one, "voor …") by its current name, with the names it had or goes by
MINISTRIES: dict[str, tuple[str, ...]] = {
    "Algemene Zaken": ("AZ",),
    "Asiel en Migratie": (),
    "Binnenlandse Zaken en Koninkrijksrelaties": ("BZK", "Binnenlandse Zaken"),
    "Buitenlandse Zaken": ("BZ", "BuZa"),
    "Buitenlandse Handel en Ontwikkelingssamenwerking": ("BHO", "Ontwikkelingssamenwerking"),
    "Defensie": (),
    "Economische Zaken": ("EZ", "Economische Zaken en Klimaat", "EZK", "Economische Zaken, Landbouw en Innovatie"),
    "Financiën": ("Fin",),
    "Infrastructuur en Waterstaat": ("IenW", "I&W", "Infrastructuur en Milieu", "IenM", "Verkeer en Waterstaat"),
    "Justitie en Veiligheid": ("JenV", "J&V", "Veiligheid en Justitie", "VenJ", "Justitie"),
    "Klimaat en Groene Groei": ("KGG",),
    "Landbouw, Visserij, Voedselzekerheid en Natuur": ("LVVN", "Landbouw, Natuur en Voedselkwaliteit", "LNV"),
    "Onderwijs, Cultuur en Wetenschap": ("OCW",),
    "Sociale Zaken en Werkgelegenheid": ("SZW",),
    "Volksgezondheid, Welzijn en Sport": ("VWS", "Volksgezondheid Welzijn en Sport"),
    "Volkshuisvesting en Ruimtelijke Ordening": ("VRO",),
}
_NAMES = {_key: ministry for ministry, others in MINISTRIES.items() for _key in map(fold, (ministry, *others))}
# The functions an addressee starts with ("Staatsecretaris", misspelt, too)
_FUNCTIONS = r"(?:minister-president|viceminister-president|ministers?|staatss?ecretaris(?:sen)?)"
_LEAD = re.compile(rf"^\s*(?:de\s+)?{_FUNCTIONS}(?:\s+en\s+{_FUNCTIONS})?\s*", re.IGNORECASE)
_NAMED = re.compile(r"\(([^()]+)\)\s*$")  # "Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)"
# Between two ministries: "… en van …", ", van …", "… en de staatssecretaris van …" (also "en deStaatssecretaris")
_PARTS = re.compile(rf",?\s+en\s+(?:de\s*{_FUNCTIONS}\s+)?(?=(?:van|voor)\s)|,\s*(?=(?:van|voor)\s)", re.IGNORECASE)
_OF = re.compile(r"^(?:van|voor)\s+(?:de\s+|het\s+)?", re.IGNORECASE)


def ministry(name: str) -> str:
    """A ministry's current name ("Veiligheid en Justitie" -> "Justitie en Veiligheid"); an unknown one as given."""
    cleaned = " ".join(name.replace(" ,", ",").split()).strip(" ,.")
    return _NAMES.get(fold(cleaned), cleaned)


def ministries_of(addressee: str) -> list[str]:
    """See `_ministries` (kept: the same few hundred spellings recur in every month)."""
    return list(_ministries(addressee))


def names_of(ministry_name: str) -> tuple[str, ...]:
    """Every name a ministry goes by (its current one first), for the filter."""
    return (ministry_name, *MINISTRIES.get(ministry_name, ()))


@lru_cache(maxsize=8192)
def _ministries(addressee: str) -> tuple[str, ...]:
    """The ministries an addressee names, each once, by current name: "Ministers van Buitenlandse Zaken en voor
    Buitenlandse Handel en Ontwikkelingssamenwerking" -> both; "Minister Justitie en Veiligheid" -> "Justitie en
    Veiligheid"; an addressee that names none ("Minister") -> []."""
    named = _NAMED.search(addressee)
    if named and not _LEAD.sub("", addressee[: named.start()]).lower().startswith(("van ", "voor ")):
        return (ministry(named.group(1)),)  # a minister by name, the ministry in brackets
    rest = _LEAD.sub("", addressee, count=1).strip()
    if not rest:
        return ()
    rest = re.sub(r"(?i)^van(?=[A-Z])", "van ", rest)  # "vanBinnenlandse": a lost space
    found = [ministry(_OF.sub("", part)) for part in _PARTS.split(rest) if _OF.sub("", part).strip()]
    return tuple(dict.fromkeys(found))
