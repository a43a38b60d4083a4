"""The sets a text names: zaaknummers ("2024Z00102") and Aanhangsel publications ("Aanhangsel Handelingen II
2023/24, nr. 1234" → ah-tk-20232024-1234), and the Kamerstukken it cites ("Kamerstuk 36 200 XVI, nr. 12" →
kst-36200-XVI-12). A later answer that names a set is how the promise queue sees a promise kept (the import notes the
names once, so the queue needs no search); sets citing the same documents are on one subject (see query/similar.py).
No Textual here."""

from __future__ import annotations

import re

from kqreader.model import ZAAKNUMMER

_ZAAK = re.compile(rf"\b{ZAAKNUMMER}\b")
_AANHANGSEL = re.compile(
    r"\bAanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+II|\s+Tweede\s+Kamer)?,?\s+(?:vergaderjaar\s+)?"
    r"(?P<first>(?:19|20)\d\d)\s*[-–/]\s*(?P<second>\d{2}|\d{4}),?\s+(?:nr\.?|nummer)\s*(?P<number>\d+)",
    re.IGNORECASE)  # fmt: skip
_KAMERSTUK = re.compile(
    r"\bKamerstuk(?:ken)?(?:\s+II)?(?:\s+(?:19|20)\d\d[/-]\d{2,4},?)?\s+(?P<dossier>\d{2}\s?\d{3})(?:[\s-]+(?P<part>[A-Z]{1,5}|\d{1,3}))?,?\s+"
    r"nr\.?\s*(?P<number>\d+)")  # fmt: skip


def _digit_before_z(text: str) -> bool:
    """Whether a "Z" follows a digit anywhere (a capital Z is rare in Dutch: a few finds, not a pattern's scan)."""
    at = text.find("Z")
    while at != -1:
        if at and text[at - 1].isdigit():
            return True
        at = text.find("Z", at + 1)
    return False


def named_sets(text: str) -> list[str]:
    """The ids a text names, as they are stored, each once, in order (most texts name none: two substring
    searches pass them over)."""
    found = [match[0] for match in _ZAAK.finditer(text)] if _digit_before_z(text) else []
    if "aanhangsel" not in text.lower():
        return list(dict.fromkeys(found))
    for match in _AANHANGSEL.finditer(text):
        first, second = match["first"], match["second"]
        second = first[:2] + second if len(second) == 2 else second
        found.append(f"ah-tk-{first}{second}-{int(match['number'])}")
    return list(dict.fromkeys(found))


def cited_documents(text: str) -> set[str]:
    """The Kamerstukken ("kst-36200-XVI-12") and sets a text cites."""
    found = set(named_sets(text))
    if "Kamerstuk" in text:
        for match in _KAMERSTUK.finditer(text):
            dossier = match["dossier"].replace(" ", "")
            part = f"-{match['part']}" if match["part"] else ""
            found.add(f"kst-{dossier}{part}-{int(match['number'])}")
    return found
