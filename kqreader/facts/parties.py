"""One name per party: the short forms and full names the documents and users write ("CU", "ChristenUnie"; "PvdD",
"Partij voor de Dieren") are one party, and a party that merged into another ("GroenLinks", "PvdA" into
"GroenLinks-PvdA") is asked for with its successor: `partij:GL` finds the sets of GroenLinks and of GroenLinks-PvdA.
The filter's `party:` field, the watch list and the statistics' rows per party ask here. No Textual here.
"""

from __future__ import annotations

from functools import lru_cache

from kqreader.text.folding import fold

# Each party as the Kamer prints it, with the other names it goes by
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
}
SUCCESSORS = {"GroenLinks": "GroenLinks-PvdA", "PvdA": "GroenLinks-PvdA"}  # merged into

_CANONICAL = {fold(name): fold(party) for party, others in PARTIES.items() for name in (party, *others)}
_PRINTED = {fold(name): party for party, others in PARTIES.items() for name in (party, *others)}
_SUCCESSOR = {fold(party): fold(successor) for party, successor in SUCCESSORS.items()}


def canonical(name: str) -> str:
    """The folded name the party is known by ("cu" -> "christenunie"; an unknown party: its own name, folded)."""
    folded = fold(name)
    return _CANONICAL.get(folded, folded)


@lru_cache(maxsize=4096)
def party_name(name: str) -> str:
    """The name a party is shown by, whichever of its names a document printed ("CU" -> "ChristenUnie"; an unknown
    party as printed): the statistics count each party once."""
    return _PRINTED.get(fold(name), name)


def party_matches(wanted: str, party: str | None) -> bool:
    """Whether a set asked by a member of `party` is one `wanted` asks for: the same party by any of its names, or
    the party it merged into."""
    if not party:
        return False
    asked, theirs = canonical(wanted), canonical(party)
    return theirs == asked or _SUCCESSOR.get(asked) == theirs
