"""Word documents (.docx) to the text the document parsers read (python-docx for the package, its lxml for the XML).

Paragraphs and table rows come in document order (ministry letterheads sit in layout tables), a text box's
fallback copy is skipped, automatic list numbers (which are not in the paragraph text) are written out,
and real Word footnotes become "<sup>n</sup>" marks with their texts after the body. The zip is checked
before it is opened, so a zip bomb is refused unread.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kqreader.i18n import _, number
from kqreader.parsing.errors import ParseError
from kqreader.parsing.headings import heading_of
from kqreader.parsing.typednotes import lift_typed_notes

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from lxml.etree import _Element as Element

MAX_UNPACKED = 64 * 1024 * 1024  # bytes; a ministry letter unpacks to a few hundred kB
MAX_RATIO = 200  # unpacked to packed, per member: more is a zip bomb
MAX_MEMBERS = 5000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"


def is_word(data: bytes) -> bool:
    """A zip holding word/document.xml, or a zip too damaged to say what it holds (a .docx cut short, or zeroed
    after its first bytes): read as a Word package, it is said to be a damaged one, not "binary data"."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return True


def word_text(data: bytes, path: str) -> str:
    """The document's text for the parsers, or ParseError for a damaged or oversized Word file."""
    _check_zip(data, path)
    import docx  # only files that are Word documents pay for python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ParseError(path, _("not a readable Word document ({why})").format(why=error)) from None
    except Exception as error:  # lxml's XMLSyntaxError and kin: a damaged part
        raise ParseError(path, _("a damaged Word document ({why})").format(why=type(error).__name__)) from None
    reader = _Reader(_footnotes(document), _Numbering(document))
    body = list(reader.blocks(document.element.body))
    headers = [block for root in _parts_xml(document, _HEADER) for block in reader.blocks(root)]
    # The letterhead (date, subject) is often in the page header: each of its lines once, after the body's own
    # letterhead (which is believed first) and before the first question.
    start = next((index for index, block in enumerate(body) if heading_of(block.strip())), len(body))
    blocks = body[:start] + list(dict.fromkeys(headers)) + body[start:]
    notes = [f"<sup>{number}</sup> {reader.notes[ident]}" for ident, number in reader.numbers.items()]
    blocks, typed = lift_typed_notes([block for block in blocks if block.strip()], len(notes) + 1)
    return "\n\n".join(blocks + notes + typed) + "\n"


def _check_zip(data: bytes, path: str) -> None:
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ParseError(path, _("a damaged Word package: cut short or overwritten, its zip cannot be read")) from None
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED:
        problem = _("a Word document that unpacks to {bytes} bytes is refused (a zip bomb?)")
        raise ParseError(path, problem.format(bytes=number(unpacked)))
    for member in members:
        if member.file_size > MAX_RATIO * max(member.compress_size, 1024):
            problem = _("a Word document whose {member} is packed {ratio}× or more is refused (a zip bomb?)")
            raise ParseError(path, problem.format(member=member.filename, ratio=MAX_RATIO))


def _parts_xml(document: WordDocument, reltype: str) -> list[Element]:
    from docx.oxml import parse_xml

    return [
        parse_xml(relation.target_part.blob)
        for relation in document.part.rels.values()
        if relation.reltype == reltype and not relation.is_external
    ]


def _part_xml(document: WordDocument, reltype: str) -> Element | None:
    parts = _parts_xml(document, reltype)
    return parts[0] if parts else None


def _footnotes(document: WordDocument) -> dict[str, str]:
    """Footnote texts by their id (separators left out)."""
    root = _part_xml(document, _FOOTNOTES)
    if root is None:
        return {}
    notes: dict[str, str] = {}
    for note in root.iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        texts = [_paragraph_text(p, None) for p in note.iter(f"{_W}p")]
        notes[note.get(f"{_W}id", "")] = " ".join(t.strip() for t in texts if t.strip())
    return notes


class _Numbering:
    """Automatic list numbers: each list's counters, and its number format per level."""

    def __init__(self, document: WordDocument) -> None:
        self.formats: dict[tuple[str, str], tuple[str, str]] = {}
        self.counters: dict[str, list[int]] = {}
        root = _part_xml(document, _NUMBERING)
        if root is None:
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.iter(f"{_W}abstractNum")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = abstract.get(ref.get(f"{_W}val")) if ref is not None else None
            for level in definition.iter(f"{_W}lvl") if definition is not None else ():
                fmt, text = level.find(f"{_W}numFmt"), level.find(f"{_W}lvlText")
                self.formats[(num.get(f"{_W}numId", ""), level.get(f"{_W}ilvl", "0"))] = (
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_W}val", "%1.") if text is not None else "%1.",
                )

    def label(self, paragraph: Element) -> str:
        """"3. " for the third item of a numbered list, "• " for a bullet, "" for no list item."""
        properties = paragraph.find(f"{_W}pPr/{_W}numPr")
        if properties is None:
            return ""
        num, level = properties.find(f"{_W}numId"), properties.find(f"{_W}ilvl")
        ident = num.get(f"{_W}val", "") if num is not None else ""
        depth = int(level.get(f"{_W}val", "0")) if level is not None else 0
        if ident in ("", "0"):
            return ""
        fmt, text = self.formats.get((ident, str(depth)), ("decimal", "%1."))
        counters = self.counters.setdefault(ident, [0] * 9)
        counters[depth] += 1
        counters[depth + 1 :] = [0] * (8 - depth)
        if fmt == "bullet":
            return "• "
        for index in range(depth + 1):
            text = text.replace(f"%{index + 1}", _formatted(counters[index], fmt if index == depth else "decimal"))
        return text + " "


def _formatted(number: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (number - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (number - 1) % 26)
    return str(number)


@dataclass
class _Reader:
    """Walks the body in order, numbering footnote references as Word shows them (1, 2, … by first use)."""

    notes: dict[str, str]
    numbering: _Numbering
    numbers: dict[str, int] = field(default_factory=dict)

    def blocks(self, root: Element) -> Iterator[str]:
        for element in root.iter(f"{_W}p"):
            if _in_fallback(element):
                continue
            text = _paragraph_text(element, self)
            label = self.numbering.label(element)
            for line in text.split("\n"):
                yield label + line.strip()
                label = ""


def _in_fallback(element: Element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == _FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _owner(node: Element) -> Element | None:
    """The paragraph a run's node belongs to."""
    parent = node.getparent()
    while parent is not None and parent.tag != f"{_W}p":
        parent = parent.getparent()
    return parent


def _paragraph_text(paragraph: Element, reader: _Reader | None) -> str:
    """A paragraph's words: tabs as spaces, breaks as new lines, footnote references as marks."""
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}footnoteReference"):
        if _owner(node) is not paragraph or _in_fallback(node):
            continue  # a text box's paragraph inside this one is a block of its own
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        elif node.tag == f"{_W}footnoteReference" and reader is not None:
            ident = node.get(f"{_W}id", "")
            if ident in reader.notes:
                number = reader.numbers.setdefault(ident, len(reader.numbers) + 1)
                parts.append(f"<sup>{number}</sup>")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)
