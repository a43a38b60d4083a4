"""What a person's name is made of as the documents print it: the particles inside a surname, the initials and
degrees before it. The one table of them: the parsers read askers with it (parsing/meta.py), the facts answerers
and members (facts/answerers.py, facts/members.py, facts/ministries.py), the similar sets the people a text names
(query/similar.py), the open data the members the server lists (fetch/opendata.py)."""

from __future__ import annotations

# The particles written small inside a surname, before its capital ("Van der Hek", "Kappeyne van de Coppello",
# "Korte-van Hemel"); those a text may be read with anywhere, as the first ones of a name, come first
_PLAIN = ("van", "de", "der", "den", "het", "ter", "ten", "te")  # "Van het Schip"
# ... then those that are everyday words too ("in", "op") or belong to a foreign name ("De la Court", "von
# Martels", "El Fassed"): particles only inside a name already read as one
PARTICLES = frozenset((*_PLAIN, "'t", "’t", "in", "op", "la", "le", "du", "da", "di", "von", "zu", "el", "al"))
PARTICLE = rf"(?:{'|'.join(_PLAIN)})"  # one of the first in a pattern ("van", "der", …)
IN_T = r"in\s+'t"  # "in 't Veld": two words, one particle
DEGREES = ("mr", "drs", "dr", "ir", "ing", "prof", "jhr")  # written before a name ("mr. Van Agt", "Ir. Lely")
DEGREE = rf"(?:{'|'.join(f'[{d[0].upper()}{d[0]}]{d[1:]}' for d in DEGREES)})\.?\s+"  # "mr. ", "Ir "
# Initials and degrees before a name as printed: "P.A.M.", "P. A. M.", "Th. Ph. Kappeyne", "mr. Van Agt", "Ir. Lely";
# the initials only where a name follows them (two characters more)
INITIALS = rf"(?:{DEGREE}|(?:[A-Z][a-z]?\.\s*)+(?=\S\S))+"
