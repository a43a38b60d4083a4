"""One member, however forty years of pages spell the name: an OCR slip of a letter ("P. A. M. Corneltssen",
"Cornelisscn" beside "P.A.M. Cornelissen") is the same member, as the ministers' names are compared
(`answerers.person_key`, `folding.one_slip`). The filter's `member:` field and `stats --member` find a member's
sets so; each set keeps the name as its page printed it. No Textual here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kqreader.facts.answerers import person_key
from kqreader.facts.parties import canonical
from kqreader.model import Person
from kqreader.text.folding import one_slip
from kqreader.text.names import DEGREE, INITIALS

_INITIALS = re.compile(f"^{INITIALS}")  # "P.A.M.", "P. A. M.", "G.M.P.", "Th.", "mr."
SLIP_LEAST = 6  # letters of a surname before one letter off is read as a slip: "Knol" and "Knot" are two members


def _initials_and_key(name: str) -> tuple[str, str]:
    match = _INITIALS.match(name)
    initials = re.sub(r"[^A-Z]", "", re.sub(DEGREE, "", match[0])) if match else ""  # "mr. P. A." -> "PA"
    return initials, person_key(name[match.end() :] if match else name)


def same_member(one: Person, other: Person) -> bool:
    """Whether two askers as printed are one member: surnames alike by their letters or one OCR slip apart (surnames
    of SLIP_LEAST letters or more), with the same initials where both print them ("G.M.P. Cornelissen" is not
    "P.A.M. Cornelissen"), else the same party."""
    initials, key = _initials_and_key(one.name)
    their_initials, their_key = _initials_and_key(other.name)
    if not key or not (key == their_key or (min(len(key), len(their_key)) >= SLIP_LEAST and one_slip(key, their_key))):
        return False
    if initials and their_initials:
        return initials == their_initials
    return bool(one.party and other.party) and canonical(one.party or "") == canonical(other.party or "")


def slips_of(found: Iterable[Person], others: Iterable[Person]) -> list[Person]:
    """The askers among `others` that are one of the members `found` under another spelling (an OCR slip)."""
    wanted = list(found)
    return [person for person in others if person not in wanted and any(same_member(person, w) for w in wanted)]
