"""Official PDFs to the text the document parsers read, using each character's position and size (pypdfium2).

What only positions tell is settled here: page footers and headers (a band at the page edge, lines that
recur on every page) are dropped, footnote texts (smaller type at the page foot) are lifted out and put
after the body as "<sup>n</sup> text", raised small digits become "<sup>n</sup>" marks, a paragraph
interrupted by a page break is joined again, and paragraphs end where the next line's first word would
still have fitted, after a wider gap, or at a heading. Each paragraph becomes one line, with a blank line
between, so the text parsers see clean paragraphs.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from kqreader.i18n import _, number
from kqreader.parsing.decode import SPACING_ACCENTS
from kqreader.parsing.errors import ParseError
from kqreader.parsing.furniture import FURNITURE, set_apart
from kqreader.parsing.headings import heading_of
from kqreader.parsing.layout import ends_sentence, join_lines
from kqreader.parsing.meta import is_label
from kqreader.parsing.typednotes import lift_typed_notes
from kqreader.text.doubts import PAGE_UNREADABLE, PAGE_WITHOUT_TEXT, doubt

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument, PdfPage

MAX_PAGES = 400  # a Kamervragen document has a few pages; a larger PDF is something else
MAX_CHARS = 2_000_000
SOFT_HYPHENS = ("\x02", "\ufffe", "\u00ad")  # pdfium's mark for a word hyphenated at the line end
_FURNITURE_LINE = re.compile(r"(?:{})$".format("|".join(FURNITURE)))
_SOFT_IN_TOKEN = re.compile(r"\S*[\x02\ufffe\u00ad]\S*")
_DIGITS = re.compile(r"\d+")
_SUP_MARK = re.compile(r"<sup>(\d{1,3})</sup>")
_RAISED_START = re.compile(r"^<sup>(\d{1,3})</sup>\s*(\S.*)$")  # "¹Kamerstukken …": a raised mark, no space
_FOOTNOTE_START = re.compile(r"^(\d{1,3})\s+(\S.*)$")
EDGE_BAND = 0.12  # of the page height: where footers and running headers stand
MARGIN_COLUMN = 0.6  # of the page width: a ministry letter's letterhead column starts right of this


@dataclass
class Line:
    """One printed line: its text (marks as <sup>n</sup>), left and right edge, baseline, type size, page."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    page: int
    height: float = 0.0  # the page's height
    width: float = 0.0  # … and width
    first_word: float = 0.0  # the width of its first word, to tell whether it would have fitted above

    @property
    def plain(self) -> str:
        return self.text.replace("<sup>", "").replace("</sup>", "")


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    x1: float
    bottom: float
    size: float


@dataclass
class Extract:
    """A PDF's body lines in reading order and its footnotes by mark."""

    lines: list[Line] = field(default_factory=list)
    footnotes: dict[str, list[Line]] = field(default_factory=dict)


def pdf_text(data: bytes, path: str) -> tuple[str, list[str]]:
    """The document's text for the parsers and the doubts of its reading (a page that could not be read, or holds
    no text while others do: a damaged PDF read in part); ParseError for a PDF that cannot be read or holds no
    text."""
    import pypdfium2 as pdfium  # only imports that meet a PDF pay for pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise ParseError(path, _open_problem(str(error))) from None
    try:
        if len(document) > MAX_PAGES:
            problem = _("a PDF of {pages} pages is not a Kamervragen document")
            raise ParseError(path, problem.format(pages=number(len(document))), foreign=True)
        pages = [_readable_page_lines(document, number) for number in range(len(document))]
    finally:
        document.close()
    if not any(pages):
        raise ParseError(path, _("the PDF has no text layer (a scan?): there is no text to read"))
    lost = [doubt(PAGE_UNREADABLE if lines is None else PAGE_WITHOUT_TEXT, number=number + 1)
            for number, lines in enumerate(pages) if not lines]  # fmt: skip
    return _render(_sort_out([lines or [] for lines in pages])), lost


def _readable_page_lines(document: PdfDocument, number: int) -> list[Line] | None:
    """A page's lines; None for a page pdfium cannot load (a damaged object: the other pages are still read)."""
    import pypdfium2 as pdfium

    try:
        return _page_lines(document[number], number)
    except pdfium.PdfiumError:
        return None


def _open_problem(message: str) -> str:
    if "password" in message.lower():
        return _("the PDF is encrypted (password protected)")
    return _("not a readable PDF (damaged or truncated)")


def _page_lines(page: PdfPage, number: int) -> list[Line]:
    """The page's printed lines; one pdfium call for the text and one per character for its box."""
    import pypdfium2.raw as raw

    text_page = page.get_textpage()
    handle = text_page.raw
    height, width = page.get_height(), page.get_width()
    count = min(raw.FPDFText_CountChars(handle), MAX_CHARS)
    box = raw.FS_RECTF()
    where, get_box = ctypes.byref(box), raw.FPDFText_GetLooseCharBox
    lines: list[Line] = []
    chars: list[_Char] = []
    for index, ch in enumerate(_page_text(raw, handle, count)):
        if ch in "\r\n":
            if ch == "\n" and chars:
                lines.append(_line(chars, number, height, width))
                chars = []
            continue
        get_box(handle, index, where)  # the font's box: its bottom is the line's, raised for a superscript
        char = _Char(ch, box.left, box.right, box.bottom, box.top - box.bottom)
        if chars and _wraps(chars[-1], char):  # pdfium runs a hyphenated word's two lines into one
            lines.append(_line(chars, number, height, width))
            chars = []
        chars.append(char)
    if chars:
        lines.append(_line(chars, number, height, width))
    text_page.close()
    return [line for line in lines if line.plain.strip()]


def _page_text(raw: ModuleType, handle: object, count: int) -> str:
    """The page's characters, one per index (in one call; one call per character if a character is outside the
    Basic Multilingual Plane, where UTF-16 would shift the indexes)."""
    buffer = ctypes.create_string_buffer((2 * count + 1) * 2)
    raw.FPDFText_GetText(handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw.decode("utf-16-le", errors="replace").split("\x00", 1)[0]
    if len(text) == count:
        return text
    return "".join(chr(raw.FPDFText_GetUnicode(handle, index)) for index in range(count))


def _wraps(before: _Char, char: _Char) -> bool:
    """Whether `char` stands on a new printed line: back at the left and a line lower."""
    return char.size > 0 and char.x0 < before.x0 - 5 * char.size and char.bottom < before.bottom - 0.6 * char.size


def _line(chars: list[_Char], page: int, height: float, width: float) -> Line:
    sizes = sorted(c.size for c in chars if c.size > 0 and not c.ch.isspace())
    size = sizes[len(sizes) // 2] if sizes else 0.0
    baselines = sorted(c.bottom for c in chars if c.ch.isalpha())
    base = baselines[len(baselines) // 2] if baselines else chars[0].bottom
    parts: list[str] = []
    raised = False
    for position, char in enumerate(chars):
        sup = char.ch.isdigit() and 0 < char.size < 0.85 * size and char.bottom > base + 0.15 * size and position > 0
        if sup != raised:
            parts.append("<sup>" if sup else "</sup>")
            raised = sup
        elif sup and not chars[position - 1].ch.isdigit():
            parts.append("</sup> <sup>")  # "¹, ²": two marks
        if raised and not char.ch.isdigit():
            continue
        if char.ch in SPACING_ACCENTS and parts and parts[-1][-1:].isalpha():
            composed = unicodedata.normalize("NFC", parts[-1][-1] + SPACING_ACCENTS[char.ch])
            if len(composed) == 1:
                parts[-1] = parts[-1][:-1] + composed
                continue
        parts.append(char.ch)
    if raised:
        parts.append("</sup>")
    text = re.sub(r"(?:</sup> <sup>)+</sup>", "</sup>", "".join(parts)).replace("<sup></sup>", "")
    printed = [c for c in chars if not c.ch.isspace()]
    x0 = printed[0].x0 if printed else 0.0
    x1 = max((c.x1 for c in printed), default=0.0)
    return Line(text.rstrip(), x0, x1, base, size, page, height, width, first_word=_first_word_end(chars) - x0)


def _first_word_end(chars: list[_Char]) -> float:
    """Where the line's first word ends (its right edge)."""
    end = 0.0
    started = False
    for char in chars:
        if char.ch.isspace():
            if started:
                break
            continue
        started = True
        end = max(end, char.x1)
    return end


def _sort_out(pages: list[list[Line]]) -> Extract:
    """Drop page furniture, lift out the footnote blocks, keep the body lines in order."""
    body_size = _body_size(pages)
    recurring = _recurring(pages)
    extract = Extract()
    marked: set[str] = set()
    for lines in pages:
        marks = marked | {m for line in lines for m in _SUP_MARK.findall(line.text)}
        # A raised footnote number on a line of its own is no page number.
        kept = [line for line in lines if line.plain.strip() in marks or not _furniture(line, recurring)]
        start = _footnote_block(kept, body_size, marked)
        for line in kept[:start]:
            if not _small_at_foot(line, body_size):  # a page number or a code in the footer band
                marked.update(_SUP_MARK.findall(line.text))
                extract.lines.append(line)
        current: list[Line] | None = None
        for line in kept[start:]:
            current = _footnote_line(extract.footnotes, line, current, marked)
    return extract


def _footnote_block(lines: list[Line], body_size: float, marked: set[str]) -> int:
    """Where the page's footnotes begin: small type to the page foot, opening with a number marked in the text."""
    start = len(lines)
    while start > 0 and 0 < lines[start - 1].size < 0.92 * body_size:
        start -= 1
    marked = marked | {m for line in lines[:start] for m in _SUP_MARK.findall(line.text)}
    return next((i for i in range(start, len(lines)) if _footnote_start(lines[i], marked)), len(lines))


def _footnote_start(line: Line, marked: set[str]) -> tuple[str, str] | None:
    """(mark, first text) when the line opens footnote `mark`: "1 Text", "¹Text", or the raised "1" alone."""
    plain = line.plain.strip()
    match = _FOOTNOTE_START.match(plain) or _RAISED_START.match(line.text.strip())
    if match and match[1] in marked:
        return match[1], match[2]
    return (plain, "") if plain in marked else None


def _body_size(pages: list[list[Line]]) -> float:
    """The type size most of the text is set in."""
    counts: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            counts[round(line.size, 1)] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 0.0


def _recurring(pages: list[list[Line]]) -> set[str]:
    """Lines at a page edge or in the margin column that stand on more than one page (numbers masked): running
    headers and footers, and a letter's letterhead column repeated on every page."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        edges = [line for line in lines if _at_edge(line) and not _is_heading(line)]
        seen.update({_DIGITS.sub("#", line.plain.strip()) for line in edges})
    return {text for text, count in seen.items() if count >= max(2, len(pages) / 2)}


def _at_edge(line: Line) -> bool:
    """In the header or footer band, or (after the first page, where it is the letterhead) the margin column."""
    in_band = line.y < EDGE_BAND * line.height or line.y > (1 - EDGE_BAND / 2) * line.height
    return in_band or (line.page > 0 and line.x0 > MARGIN_COLUMN * line.width)


def _furniture(line: Line, recurring: set[str]) -> bool:
    if not _at_edge(line) or _is_heading(line):
        return False
    text = line.plain.strip()
    pieces = [piece.strip() for piece in set_apart(text).split("\n") if piece.strip()]
    if all(_FURNITURE_LINE.match(piece) for piece in pieces):
        return True
    return line.page > 0 and _DIGITS.sub("#", text) in recurring  # on the first page it is the letterhead


def _small_at_foot(line: Line, body_size: float) -> bool:
    return line.y < EDGE_BAND * line.height and 0 < line.size < 0.8 * body_size


def _footnote_line(
    footnotes: dict[str, list[Line]], line: Line, current: list[Line] | None, marked: set[str]
) -> list[Line] | None:
    """Start a footnote at its mark, else continue the one being read."""
    opening = _footnote_start(line, marked)
    if opening and opening[0] not in footnotes:
        mark, text = opening
        first = Line(text, line.x0, line.x1, line.y, line.size, line.page, line.height, line.width)
        footnotes[mark] = [first] if text else []
        return footnotes[mark]
    if current is not None:
        current.append(line)
    return current


def _render(extract: Extract) -> str:
    """Paragraphs one per line, a blank line between, then the footnotes."""
    blocks = [_paragraph_text(p) for p in _paragraphs(extract.lines)]
    first = 1 + max((int(mark) for mark in extract.footnotes), default=0)
    blocks, typed = lift_typed_notes(blocks, first)  # "1) …" typed at the end of a letter
    blocks += [f"<sup>{mark}</sup> {_paragraph_text(lines)}" for mark, lines in extract.footnotes.items()]
    return "\n\n".join(blocks + typed) + "\n"


def _paragraph_text(lines: list[Line]) -> str:
    """The lines joined. A word hyphenated at a line end (pdfium's soft hyphen) is one word again; in a web
    address the hyphen was the address's own and stays."""
    texts: list[str] = []
    glued = False
    for line in lines:
        text = line.text
        if glued:
            texts[-1] += text.lstrip()
        else:
            texts.append(text)
        glued = text.endswith(SOFT_HYPHENS)
    return _SOFT_IN_TOKEN.sub(_mend_token, join_lines(texts))


def _mend_token(match: re.Match[str]) -> str:
    token = match.group(0)
    hyphen = "-" if "/" in token or "www." in token else ""
    return "".join(hyphen if c in SOFT_HYPHENS else c for c in token)


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Group body lines into paragraphs; headings stand alone; a grouped question heading gets its paragraphs."""
    right = _column_right(lines)
    gaps = [a.y - b.y for a, b in itertools.pairwise(lines) if a.page == b.page and a.y - b.y > 0]
    gap = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    paragraphs: list[list[Line]] = []
    first_heading = next((index for index, line in enumerate(lines) if _is_heading(line)), len(lines))
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index else None
        label = index < first_heading and is_label(line.plain.strip())  # letterhead lines stay apart
        if previous is None or label or _breaks(previous, line, right, gap):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return _split_grouped_questions(paragraphs, right)


def _column_right(lines: list[Line]) -> float:
    ends = sorted(line.x1 for line in lines)
    return ends[int(len(ends) * 0.9)] if ends else 0.0


def _is_heading(line: Line) -> bool:
    return heading_of(line.plain.strip()) is not None


def _breaks(previous: Line, line: Line, right: float, gap: float) -> bool:
    """Whether `line` starts a new paragraph after `previous`."""
    if _is_heading(previous) or _is_heading(line):
        return True
    if line.page == previous.page and gap and previous.y - line.y > 1.45 * gap:
        return True
    if abs(line.size - previous.size) > 0.15 * max(line.size, previous.size):
        return True
    return _fits(previous, line, right) and ends_sentence(previous.plain)


def _fits(previous: Line, line: Line, right: float) -> bool:
    """Whether the next line's first word would still have fitted at the end of the previous line."""
    space = previous.size * 0.3
    return previous.x1 + space + line.first_word < right - previous.size * 0.2


def _split_grouped_questions(paragraphs: list[list[Line]], right: float) -> list[list[Line]]:
    """Under "Vraag 3, 4 en 5" there is one paragraph per question; split at the likeliest line ends if too few."""
    result: list[list[Line]] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        result.append(paragraph)
        index += 1
        heading = heading_of(paragraph[0].plain.strip())
        if heading is None or heading.kind != "q" or len(heading.numbers) < 2:
            continue
        end = index
        while end < len(paragraphs) and not _is_heading(paragraphs[end][0]):
            end += 1
        result += _split_into(paragraphs[index:end], len(heading.numbers), right)
        index = end
    return result


def _split_into(paragraphs: list[list[Line]], wanted: int, right: float) -> list[list[Line]]:
    lines = [line for p in paragraphs for line in p]
    starts = {id(p[0]) for p in paragraphs}
    missing = wanted - len(paragraphs)
    if missing <= 0:
        return paragraphs
    candidates = sorted(
        (
            (right - a.x1, position + 1)
            for position, (a, b) in enumerate(itertools.pairwise(lines))
            if id(b) not in starts and ends_sentence(a.plain) and b.plain[:1].isupper()
        ),
        reverse=True,
    )
    cut_before = {id(lines[position]) for _score, position in candidates[:missing]} | starts
    split: list[list[Line]] = []
    for line in lines:
        if id(line) in cut_before or not split:
            split.append([line])
        else:
            split[-1].append(line)
    return split
