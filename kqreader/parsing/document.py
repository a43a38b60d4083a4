"""What every document kind shares: its prepared lines, and where its questions begin."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kqreader.parsing.decode import mend_accents
from kqreader.parsing.flattened import unflattened
from kqreader.parsing.furniture import set_apart
from kqreader.parsing.headings import HEADING_WORDS, Heading, heading_of
from kqreader.parsing.markdown import flatten_table_row, plain_all
from kqreader.parsing.typednotes import lift_from_text


def line_start_pattern(body: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that matches at line starts, for `matching_lines`.

    It is a search for "\n" followed by `body`: the engine skips to a literal fast, whereas "^" with
    MULTILINE is tried at every character. `body` must not match a line end.
    """
    return re.compile(rf"\n(?:{body})", flags | re.MULTILINE)


def matching_lines(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """The index of each line of `text` where `pattern` (see line_start_pattern) matches (linear)."""
    text = "\n" + text
    line, position = 0, 0
    for match in pattern.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        yield line


# Lines that may be headings; only these are looked at closely (one regex pass finds them).
_HEADING_START = line_start_pattern(r"(?:{})\b".format("|".join(HEADING_WORDS)))


@dataclass
class Document:
    """A decoded document: its lines (tables flattened), each line's plain words and heading, and its hash.

    Plain words and headings are worked out once here; every later step looks them up.
    """

    path: str
    lines: list[str]
    sha256: str
    plain: list[str]
    headings: list[Heading | None]
    text: str = ""  # the lines joined, for whole-text passes
    plain_text: str = ""

    @classmethod
    def from_text(cls, path: str, text: str, data: bytes | None = None, sha256: str | None = None) -> Document:
        raw = data if data is not None else text.encode("utf-8")
        text = lift_from_text(set_apart(unflattened(mend_accents(text))))
        if "|" in text:
            lines = [flat for line in text.split("\n") if (flat := flatten_table_row(line.rstrip())) is not None]
        else:  # no table row anywhere (most documents)
            lines = [line.rstrip() for line in text.split("\n")]
        plains = plain_all(lines)
        plain_text = "\n".join(plains)
        headings: list[Heading | None] = [None] * len(lines)
        for index in matching_lines(plain_text, _HEADING_START):
            headings[index] = heading_of(plains[index])
        digest = sha256 or hashlib.sha256(raw).hexdigest()  # the importer hashed the file already
        return cls(path, lines, digest, plains, headings, "\n".join(lines), plain_text)

    def first_heading(self, kinds: str = "qa") -> int:
        """Index of the first question or answer heading (len(lines) when there is none)."""
        for index, heading in enumerate(self.headings):
            if heading is not None and heading.kind in kinds:
                return index
        return len(self.lines)

    def plain_lines(self, stop: int | None = None) -> list[str]:
        """The first `stop` lines as plain words."""
        return self.plain[:stop]
