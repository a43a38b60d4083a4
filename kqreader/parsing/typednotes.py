"""Notes typed at the end of a document ("[1] https://…", "1) Kamerstuk …") instead of real footnotes.

Word letters and their text extractions carry them. They are lifted out when every mark ("…geraakt[1]",
"…vraagt? 1)") stands in the text above, numbered after the document's own footnotes (so "1)" and a real
footnote 1 stay apart), and their marks become superscript marks.
"""

from __future__ import annotations

import re

from kqreader.parsing.headings import heading_of
from kqreader.text.marks import typed_marks, typed_marks_replaced

# "[1] text" (also glued after a word: "…politie[3] https://…"), "1) text" or "1 ) text"; several may share a line.
# A Word list ("1. text", its number written out) holds them too, marked "1)" in the text.
_TYPED_NOTE = re.compile(
    r"(?:\[(\d{1,3})\]|(?<!\S)(\d{1,3})(?: ?\)|\.))\s+(\S.*?)(?=\s*\[\d{1,3}\]\s|\s+\d{1,3} ?\)\s|$)"
)
_SUP_MARK = re.compile(r"<sup>(\d{1,3})</sup>")
# A line that opens a typed note (a literal first: fast)
_NOTE_LINE = re.compile(r"\n[ \t]*(?:\[\d{1,3}\]|\d{1,3} ?\))")
CONTINUATION_CHARS = 300  # a note's text going on in a paragraph of its own is short
CONTINUED_LINES = 10  # … and takes a few lines at most (hard-wrapped narrow, a long address takes many)
TAIL_CHARS = 1500  # the end of a text looked at for a note (the last note's own lines may follow it)


def lift_typed_notes(blocks: list[str], first: int) -> tuple[list[str], list[str]]:
    """(blocks without the trailing notes and with their marks as <sup>n</sup>, the notes as "<sup>n</sup> text").

    Blank blocks in the trailing run are passed over. The notes are lifted when more than half of their marks stand
    in the text, the first among them (a note whose mark was lost is kept, marked nowhere); else nothing changes (a
    numbered list of the text's own).
    """
    start = _notes_start(blocks)
    found: list[tuple[str, str]] = []
    for block in blocks[start:]:
        if _TYPED_NOTE.match(block):
            found += [(f"[{a}]" if a else f"{b})", text.strip()) for a, b, text in _TYPED_NOTE.findall(block)]
        elif block.strip() and found:  # a note's text that went on in a paragraph of its own
            found[-1] = (found[-1][0], f"{found[-1][1]} {block.strip()}")
    kept = blocks[:start]
    body = "\n".join(kept)
    typed = {mark.number for mark in typed_marks(body)}  # the numbers typed "1)" in the text
    marked = [_marked(mark, body, typed) for mark, _ in found]
    if not found or not marked[0] or 2 * sum(marked) <= len(marked):
        return blocks, []
    notes: list[str] = []
    renumbered: dict[str, str] = {}  # "1)" marks: their numbers' superscripts
    for number, (mark, text) in enumerate(found, first):
        if mark[0] == "[":
            kept = [_bracket_mark(mark).sub(f"<sup>{number}</sup>", block) for block in kept]
        else:
            renumbered.setdefault(mark[:-1], f"<sup>{number}</sup>")
        notes.append(f"<sup>{number}</sup> {text}")
    return [typed_marks_replaced(block, renumbered) for block in kept], notes


def _notes_start(blocks: list[str]) -> int:
    """Where the trailing run of notes begins: blank blocks, notes, and after a note a few short blocks that go on
    with it (a URL the writer put on the next line, a note's lines hard-wrapped)."""
    start = end = len(blocks)
    going_on = 0  # blocks after the notes found so far, waiting for a note before them
    for index in range(end - 1, -1, -1):
        block = blocks[index].strip()
        if _TYPED_NOTE.match(block):
            start, going_on = index, 0
        elif block and (going_on >= CONTINUED_LINES or len(block) > CONTINUATION_CHARS or heading_of(block)):
            break
        elif block:
            going_on += 1
    return start


def lift_from_text(text: str) -> str:
    """The same for a whole text whose last line is such a note (cheap when it is not)."""
    if _NOTE_LINE.search(text, max(0, len(text) - TAIL_CHARS - 1)) is None:
        return text
    first = 1 + max((int(mark) for mark in _SUP_MARK.findall(text)), default=0)
    lines, notes = lift_typed_notes(text.split("\n"), first)
    return text if not notes else "\n".join(lines) + "\n\n" + "\n\n".join(notes) + "\n"


def _marked(mark: str, body: str, typed: set[str]) -> bool:
    """Whether the text marks this note: "[1]" anywhere after a word, "1)" where text/marks.py reads a mark."""
    return _bracket_mark(mark).search(body) is not None if mark[0] == "[" else mark[:-1] in typed


def _bracket_mark(mark: str) -> re.Pattern[str]:
    """A mark typed "[1]" inside a sentence, anywhere after a word (a mark typed "1)": text/marks.py)."""
    return re.compile(rf"(?<=\S) ?{re.escape(mark)}")
