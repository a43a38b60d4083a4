"""Third-party printouts of the official texts (WetSuite's, for one): each document under a line
"==== ah-tk-20232024-387 ====", its questions and answers headed "Q1" / "A1", grouped "Q2 3" / "A2 3".

Each document is given back in the form the other parsers read — its id as the page marker the Kamer prints
("h tk 20232024 387", furniture once read), "Q2 3" as "Vraag 2 en 3", "A2 3" as "Antwoord 2 en 3" — so the one set
of rules reads it; a printout of several documents gives one part each.
"""

from __future__ import annotations

import re

from kqreader.model import AANHANGSEL

# "==== ah-tk-20232024-387 ====" (any run of "=" of three or more), the document's official id.
_HEADER = re.compile(r"^={3,}[ \t]*((?:ah|kv)-tk-[\w-]{4,40}?)[ \t]*={3,}[ \t]*$", re.MULTILINE)
_AH = re.compile(rf"^{AANHANGSEL}$")
# "Q1", "Q2 3", "A2 3", "Q1: Kent u …", "A4-6" at a line's start: the printout's headings.
_HEADING = re.compile(
    r"^(?P<kind>[QA])(?P<nums>\d{1,3}(?:(?:[ \t]*[,&+][ \t]*|[ \t]+en[ \t]+|[ \t]*[-–][ \t]*|[ \t]+)\d{1,3})*)"
    r"(?:[ \t]*[:.)][ \t]*|[ \t]+|$)",
    re.MULTILINE,
)
_WORDS = {"Q": "Vraag", "A": "Antwoord"}


def is_printout(text: str) -> bool:
    """Whether the text is a printout: a "==== id ====" line and "Q1" headings."""
    return "====" in text and _HEADER.search(text) is not None and re.search(r"^Q\d", text, re.MULTILINE) is not None


def documents(text: str) -> list[tuple[str, str]]:
    """(id, text in the usual form) for each document of the printout, in order."""
    starts = list(_HEADER.finditer(text))
    found = []
    for index, start in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        ident = start[1]
        body = _HEADING.sub(_heading, text[start.end() : end]).strip("\n")
        published = _AH.match(ident)
        if published:  # the Aanhangsel's page marker: its id, read as furniture once the id is known
            year, number = published["first"] + (published["second"] or ""), published["number"]
            body = f"Aanhangsel van de Handelingen\n{body}\nh {published['house']} {year} {number}\n"
        found.append((ident, body))
    return found


def _heading(match: re.Match[str]) -> str:
    numbers = re.findall(r"\d+", match["nums"])
    ranged = re.search(r"\d[ \t]*[-–][ \t]*\d", match["nums"]) is not None and len(numbers) == 2
    joined = f"{numbers[0]} t/m {numbers[1]}" if ranged else _listed(numbers)
    return f"{_WORDS[match['kind']]} {joined}\n"


def _listed(numbers: list[str]) -> str:
    return numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " en " + numbers[-1]
