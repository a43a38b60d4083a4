"""A document an extraction flattened onto very long lines (all its line ends lost): the lines the parsers read by
— headings, the opening sentences, the Aanhangsel's number, page footers — on lines of their own again.

Only a line far longer than any paragraph that carries a question or answer heading inside it is touched, so a
document with its line ends is read as it is.
"""

from __future__ import annotations

import re

from kqreader.parsing.headings import NUMBERS

LOOKED_AT = 20_000  # characters of the text whose line ends tell (a bounded look, whatever the file's size)
FLATTENED_LINE = 2000  # characters: longer than a paragraph, with a heading inside, it lost its line ends
_HEADING = rf"(?:Vra(?:ag|gen)|Antwoord(?:en)?(?:[ \t]+op(?:[ \t]+de)?[ \t]+vra(?:ag|gen))?)[ \t]+{NUMBERS}"
_INSIDE = re.compile(rf"\S[ \t]+{_HEADING}[ \t]+\S")
# Where a line of its own began: a heading (and its words after it), an opening sentence, a footer's code.
_BEFORE = re.compile(
    rf"[ \t]+(?=(?:{_HEADING})[ \t]|Vragen van (?:het lid|de leden)\b|Antwoord van\b|Mededeling van\b"
    r"|Vergaderjaar[ \t]+\d{4}|(?:ah|kv)-tk-\d)"
)
_AFTER_HEADING = re.compile(rf"(?m)^({_HEADING})[ \t]+(?=\S)")
_SERIES_NUMBER = re.compile(r"(gegeven antwoorden)[ \t]+(\d{1,5})[ \t]+")  # "… antwoorden 1314 Vragen van …"


def unflattened(text: str) -> str:
    """`text` with the line ends of its flattened lines put back (the text itself when none is flattened)."""
    if text.count("\n", 0, LOOKED_AT) * FLATTENED_LINE > min(len(text), LOOKED_AT):  # lines this short: it has its ends
        return text
    if not any(len(line) > FLATTENED_LINE and _INSIDE.search(line) for line in text.split("\n")):
        return text
    return "\n".join(_lines_of(line) if len(line) > FLATTENED_LINE else line for line in text.split("\n"))


def _lines_of(line: str) -> str:
    line = _SERIES_NUMBER.sub(r"\1\n\2\n", line)
    line = _BEFORE.sub("\n", line)
    return _AFTER_HEADING.sub(lambda match: match[1] + "\n", line)
