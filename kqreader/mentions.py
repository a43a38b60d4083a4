"""The sets a text names: zaaknummers ("2024Z00102") and Aanhangsel publications ("Aanhangsel Handelingen II
2023/24, nr. 1234" → ah-tk-20232024-1234). A later answer that names a set is how the promise queue sees a promise
kept; the import notes the names once, so the queue needs no search. No Textual here."""

from __future__ import annotations

import re

from kqreader.model import ZAAKNUMMER

_ZAAK = re.compile(rf"\b{ZAAKNUMMER}\b")
_AANHANGSEL = re.compile(
    r"\bAanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+II|\s+Tweede\s+Kamer)?,?\s+(?:vergaderjaar\s+)?"
    r"(?P<first>(?:19|20)\d\d)\s*[-–/]\s*(?P<second>\d{2}|\d{4}),?\s+(?:nr\.?|nummer)\s*(?P<number>\d+)",
    re.IGNORECASE)  # fmt: skip


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
