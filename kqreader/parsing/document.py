"""What every document kind shares: its prepared lines, and where its questions begin."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kqreader.parsing.headings import match_heading
from kqreader.parsing.markdown import flatten_table_row, plain


@dataclass
class Document:
    """A decoded document: its path, its lines (tables flattened) and the hash of its bytes."""

    path: str
    lines: list[str]
    sha256: str

    @classmethod
    def from_text(cls, path: str, text: str, data: bytes | None = None) -> Document:
        raw = data if data is not None else text.encode("utf-8")
        lines = [flat for line in text.split("\n") if (flat := flatten_table_row(line.rstrip())) is not None]
        return cls(path, lines, hashlib.sha256(raw).hexdigest())

    def first_heading(self, kinds: str = "qa") -> int:
        """Index of the first question or answer heading (len(lines) when there is none)."""
        for index, line in enumerate(self.lines):
            heading = match_heading(line)
            if heading is not None and heading.kind in kinds:
                return index
        return len(self.lines)

    def plain_lines(self, stop: int | None = None) -> list[str]:
        """The first `stop` lines as plain words."""
        return [plain(line) for line in self.lines[:stop]]
