"""One name per party: the short forms and full names the documents and users write ("CU", "ChristenUnie"; "PvdD",
"Partij voor de Dieren"), however forty years of documents punctuate them ("P.v.d.A.", "P.v.d.A", "PvdA"; "D'66";
"CDA."; "Groen Links"), are one party, shown by the name it is known by today ("PvdA", "D66", "KVP"). A party that
merged into another ("GroenLinks", "PvdA" into "GroenLinks-PvdA") is asked for with its successor: `partij:GL` finds
the sets of GroenLinks and of GroenLinks-PvdA. The filter's `party:` field, the watch list, the open data's
`ActorFractie` and the statistics' rows per party ask here. No Textual here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kqreader.text.folding import fold

# Each party by the name it is known by today, with the other names it goes by as the open data may write them
# (its `ActorFractie` is compared whole). Dots, spaces, hyphens and apostrophes do not count otherwise ("P.v.d.A."
# is "PvdA", "D'66" is "D66", "D.S.'70" is "DS'70"): see `_key`.
PARTIES: dict[str, tuple[str, ...]] = {
    "GroenLinks-PvdA": ("GL-PvdA", "GL/PvdA", "GroenLinks/PvdA", "GLPvdA", "PvdA-GroenLinks"),
    "GroenLinks": ("GL",),
    "PvdA": ("Partij van de Arbeid",),
    "ChristenUnie": ("CU", "Christen Unie"),
    "PvdD": ("Partij voor de Dieren",),
    "NSC": ("Nieuw Sociaal Contract",),
    "BBB": ("BoerBurgerBeweging", "Boer Burger Beweging"),
    "FVD": ("Forum voor Democratie", "FvD"),
    "SP": ("Socialistische Partij",),
    "VVD": ("Volkspartij voor Vrijheid en Democratie",),
    "CDA": ("Christen-Democratisch Appèl", "Christen Democratisch Appel"),
    "PVV": ("Partij voor de Vrijheid",),
    "SGP": ("Staatkundig Gereformeerde Partij",),
    "D66": ("Democraten 66",),
    "JA21": ("JA 21",),
    "50PLUS": ("50+",),
    "DENK": (),
    "Volt": (),
    # Parties of the scanned decades (1965-1995), by the short form written today
    "KVP": ("Katholieke Volkspartij",),
    "ARP": ("Anti-Revolutionaire Partij",),
    "CHU": ("Christelijk-Historische Unie",),
    "PPR": ("Politieke Partij Radikalen",),
    "PSP": ("Pacifistisch Socialistische Partij",),
    "CPN": ("Communistische Partij van Nederland",),
    "EVP": ("Evangelische Volkspartij",),
    "GPV": ("Gereformeerd Politiek Verbond",),
    "RPF": ("Reformatorische Politieke Federatie",),
    "DS'70": ("Democratisch Socialisten '70",),
    "Boerenpartij": ("BP",),
    "RKPN": ("Rooms-Katholieke Partij Nederland",),
    "Centrumpartij": ("CP",),
    "Centrumdemocraten": ("CD",),
    "AOV": ("Algemeen Ouderen Verbond",),
}
SUCCESSORS = {"GroenLinks": "GroenLinks-PvdA", "PvdA": "GroenLinks-PvdA"}  # merged into (one fraction since 2023)
# What OCR made of a party's name on the scanned pages (never a name a party goes by: the open data is not asked
# for them): "WD" for "VVD" (the V's read as a W), "Groenünks" for "GroenLinks"
OCR_SLIPS = {"WD": "VVD", "W.D.": "VVD", "Groenünks": "GroenLinks"}


def _key(name: str) -> str:
    """A party's name compared by its letters and digits: folded, without dots, spaces, hyphens, slashes or
    apostrophes ("P.v.d.A." -> "pvda", "D'66" -> "d66", "Groen Links" -> "groenlinks")."""
    folded = fold(name)
    return re.sub(r"[^0-9a-z+]", "", folded) or folded.strip()


_PRINTED = {_key(name): party for party, others in PARTIES.items() for name in (party, *others)}
_PRINTED |= {_key(slip): party for slip, party in OCR_SLIPS.items()}
_SUCCESSOR = {_key(party): _key(successor) for party, successor in SUCCESSORS.items()}
_SLIPS = {_key(slip): party for slip, party in OCR_SLIPS.items()}


def as_printed(name: str) -> str:
    """A party as its page printed it where OCR misread it ("Groenünks" -> "GroenLinks", "WD" -> "VVD"); every
    other spelling as given ("P.v.d.A." stays: the era's own). The import keeps the askers' parties so."""
    return _SLIPS.get(_key(name), name)


def canonical(name: str) -> str:
    """The key the party is known by ("CU" -> "christenunie", "P.v.d.A." -> "pvda"; an unknown party: its own
    name's key)."""
    key = _key(name)
    return _key(_PRINTED[key]) if key in _PRINTED else key


@lru_cache(maxsize=4096)
def party_name(name: str) -> str:
    """The name a party is shown by, whichever of its names a document printed ("CU" -> "ChristenUnie", "P.v.d.A."
    -> "PvdA", "K.V.P." -> "KVP"; an unknown party as printed): the statistics count each party once."""
    return _PRINTED.get(_key(name), name)


def party_matches(wanted: str, party: str | None) -> bool:
    """Whether a set asked by a member of `party` is one `wanted` asks for: the same party by any of its names, or
    the party it merged into."""
    if not party:
        return False
    asked, theirs = canonical(wanted), canonical(party)
    return theirs == asked or _SUCCESSOR.get(asked) == theirs


def family(wanted: str) -> list[str]:
    """Every name of the party asked for and of the parties it merged into or from, as a party is written ("GL" ->
    GroenLinks, GL, GroenLinks-PvdA, …): the names the open data may list a member's party by."""
    known = canonical(wanted)
    keys = {known, _SUCCESSOR.get(known, known)}
    keys |= {party for party, successor in _SUCCESSOR.items() if successor == known}
    names = [name for party, others in PARTIES.items() if _key(party) in keys for name in (party, *others)]
    return list(dict.fromkeys(names or [wanted.strip()]))
