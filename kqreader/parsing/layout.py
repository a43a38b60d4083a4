"""Lines of a converted document to a stream of events: headings, paragraphs and page breaks.

This is where PDF artefacts go: footnote blocks are lifted out (and kept by mark), page
furniture (rules, page numbers, repeated letterhead lines, series markers) becomes a break,
and hard-wrapped lines are joined into paragraphs. One pass over the lines; no regex here
can backtrack across lines, so the cost stays linear in the size of the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from kqreader.model import SUPERSCRIPTS, superscript
from kqreader.parsing.document import Document, line_start_pattern, matching_lines
from kqreader.parsing.furniture import FURNITURE
from kqreader.parsing.headings import Heading, numbered_heading
from kqreader.parsing.markdown import plain
from kqreader.text.dates import MONTHS
from kqreader.text.marks import typed_marks, typed_marks_replaced

# Both run over a whole document at once, so no part of them may cross a line end ([ \t], not \s).
_RULE = line_start_pattern(r"[ \t]*(?:-{3,}|\*{3,}|_{3,}|={3,})[ \t]*$")
_PAGE_FURNITURE = line_start_pattern(r"(?:{})$".format("|".join(FURNITURE)), re.IGNORECASE)
_MAYBE_FOOTNOTE = line_start_pattern(r"[ \t]*[\d<\[]")
_SUP_DEF = re.compile(r"^\s*<sup>\s*(\d{1,3})\s*</sup>\s*(.*)$", re.IGNORECASE)
_CARET_DEF = re.compile(r"^\s*\[\^?(\d{1,3})\]:\s*(.*)$")
_BRACKET_DEF = re.compile(r"^\s*\[(\d{1,3})\]\s+(\S.*)$")
_PLAIN_DEF = re.compile(r"^\s*(\d{1,3})\s+(\S.*)$")
_GLUED_DEF = re.compile(r"^(\d{1,3})(?=[A-Za-z«“‘\"'(])(\S.*)$")
_PAREN_DEF = re.compile(r"^\s*(\d{1,3}) ?\)\s+(\S.*)$")  # "1) AD, 18 november 2024, …", "1 ) …": a typed note
_SOURCE_START = re.compile(r"(?:Kamerstuk|Kamerbrief|Handelingen|Aanhangsel|https?://|www\.)")
_BRACKET_MARK = re.compile(r"\[(\d{1,3}(?:\s+\d{1,3})*)\s*\]")
_AFTER_SENTENCE = f"'\"»”’)]{SUPERSCRIPTS} \t"  # closing quotes and footnote marks may follow the full stop
_MARKS_PUNCTUATION = re.compile(r"^[.,»”’]+(?:[ \t]+|$)")
_LOWER_START = re.compile(r"^[\"'«“‘(]?[a-zà-ÿ]")
_KEEP_HYPHEN_BEFORE = {"en", "of", "noch", "dan"}  # "zorg- en behandelgegevens"
# A web address the line end broke: "https://" + "www.…", "…%20provincies" + "%202022.pdf", "…/files/" + "2022-03/…"
_ADDRESS_TAIL = re.compile(r"(?:https?://|www\.)\S*$")
_ADDRESS_GOES_ON = re.compile(r"^(?:www\.|[%/_?&=#])|^\w[^\s.,;:]*[/%=]\S*$")


@dataclass
class Event:
    """A heading, a paragraph of text, or a break (page furniture or a footnote block was here)."""

    kind: str  # "heading", "para" or "break"
    text: str = ""
    heading: Heading | None = None
    line: int = 0
    lines: tuple[str, ...] = ()  # a paragraph's lines as printed, before they were joined


@dataclass
class Layout:
    """A document's events and the footnotes lifted out of it, by mark."""

    events: list[Event]
    footnotes: dict[str, str] = field(default_factory=dict)


def ends_sentence(text: str) -> bool:
    """Whether text ends like a finished sentence (before closing quotes and footnote marks)."""
    return text.rstrip(_AFTER_SENTENCE)[-1:] in (".", "?", "!", ":", ";")


def starts_lowercase(text: str) -> bool:
    """Whether text starts like the middle of a sentence."""
    return bool(_LOWER_START.match(text))


def lay_out(
    doc: Document, *, furniture: frozenset[str] = frozenset(), numbered_lists: bool = False, restated: bool = False
) -> Layout:
    """Turn a document's lines into events, lifting out footnotes and page furniture. With `numbered_lists`, a
    numbered item is a question heading; with `restated` too, only one that an answer heading for its number
    follows (a letter that restates its questions numbered, without "Vraag")."""
    marks = _Marks(doc.text)
    footnotes: dict[str, list[str]] = {}
    answered_next = _answered_next(doc) if restated else None
    kinds = _classify(doc, marks, footnotes, furniture, numbered_lists or restated, answered_next)
    if answered_next is not None:
        _answered_restatements_only(doc, kinds)
    defined = {mark: join_lines([plain(p) for p in parts]) for mark, parts in footnotes.items()}
    if defined:
        _lone_marks(doc, kinds, defined)
        _moved_marks(doc, kinds, defined, marks)
    events = list(_events(doc, kinds, defined))
    return Layout(events, defined)


_MONTH = r"(?i:{})\b".format("|".join(MONTHS))  # "(ontvangen\n2 oktober 2023)" is a date, not a mark


_MARK_SEP = r"(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+|[ \t]+)"  # between marks set side by side: "1 2", "2, 3 en 4"
_FORMS = {  # how a footnote's mark may be printed ({n}: its number)
    "sup": r"<sup>[ \t]*{n}[ \t]*</sup>",
    "bracket": r"\[(?:\d{{1,3}}[ \t]+)*{n}(?:[ \t]+\d{{1,3}})*[ \t]*\]",
    "alone": r"\n[ \t]*{n}[ \t]*[?!]?[ \t]*\n(?=\S)",  # a raised mark an extraction put on a line of its own
    # (with the sentence's end it stood after: "1?")
    "stop": r"\n{n}\.(?:[ \t]|\n)",  # … or at the start of the next line: "2. In 2023 is", "6." (its full stop)
    "glued": r"(?:[a-z]|(?<![A-Z])[A-Z]{{3,}}){n}(?=[ \t.,;:?!])",  # … or glued to the word it follows: "vorig
    # jaar5 dat", "Attribution2,", "MIND3 dat" (not "A2", a road)
    "quoted": r"[»”’)]{n}(?=[ \t.,;:?!\n])",  # … or to a closing quote or bracket: "voor ggz»2?", "(KNMI)1 en"
    "after": r"[a-z)»”][.?!]{n}(?:[ \t]+(?=[A-Za-z])|(?=\n))",  # … or to the sentence it ends: "ontscheping.2 Een",
    # "het bovenstaande artikel?1" ending the line
    "spaced": r"[a-z)»”][.?!][ \t]+{n}(?:[ \t]*(?=\n)|[ \t]+(?=[A-Z]))",  # … or set after the sentence's end:
    # "procedure? 1" ending the line, "bekostiging. 6 Met name"
    # … or set side by side with other marks, on a line of their own ("2, 3 en 4") or after the sentence's end
    # ("orthodontie»?1 2 3")
    "run": r"(?:\n[ \t]*|[a-z)»”][.?!])(?:\d{{1,3}}" + _MARK_SEP + r")*{n}(?:" + _MARK_SEP + r"\d{{1,3}})*[ \t]*\n",
    "leading": r"\n{n}(?:[ \t]+(?!" + _MONTH + r")(?=[\w(])|(?=,[ \t])|(?=[»”’]))",  # … or opening the next line:
    # "2 Deze …", "2, de", "1» en «…" (not a date: "2 oktober")
}
# … or typed after a word as "1)": "bij het UWV 1) ook", "het bericht 1 )?", "in november 2024 1)" ending the line
# (how text/marks.py reads them: _Marks looks those up as the form "paren")


class _Marks:
    """Where each footnote number is first marked; looked up only for lines that may be footnotes.

    A bare "2 De Volkskrant, …" line is a footnote only when mark 2 came earlier in the text, so the
    question is asked for a handful of numbers, each answered by one search and then remembered.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.first: dict[int, int | None] = {}
        self.how: dict[int, str] = {}  # how each number's first mark is printed (see _FORMS; _moved_marks uses it)
        self._typed: dict[int, int] | None = None  # where each number is first typed "1)" (text/marks.py)

    def marked_before(self, number: int, line: int) -> bool:
        if number not in self.first:
            self.first[number] = self._find(number)
        found = self.first[number]
        return found is not None and found < line

    def typed_before(self, number: int, line: int) -> bool:
        """Whether the text typed this number as a mark "1)" after a word before `line` (a Word text's notes)."""
        found = self.typed_at(number)
        if found is None:
            return False
        at = self.text.count("\n", 0, found)
        if self.first.get(number) is None:  # where _moved_marks makes it the note's superscript
            self.first[number], self.how[number] = at, "paren"
        return at < line

    def typed_at(self, number: int) -> int | None:
        """Where the text first types this number as a mark "1)" (all such marks found in one pass, when first
        asked)."""
        if self._typed is None:
            self._typed = {}
            for mark in typed_marks(self.text):
                self._typed.setdefault(int(mark.number), mark.start)
        return self._typed.get(number)

    def _find(self, number: int) -> int | None:
        found = ((re.search(form.format(n=number), self.text), how) for how, form in _FORMS.items())
        starts = [(match.start(), how) for match, how in found if match]
        if (typed := self.typed_at(number)) is not None:
            starts.append((typed, "paren"))
        if not starts:
            return None
        start, self.how[number] = min(starts)
        return self.text.count("\n", 0, start)


def _classify(
    doc: Document,
    marks: _Marks,
    footnotes: dict[str, list[str]],
    furniture: frozenset[str],
    numbered_lists: bool,
    answered_next: list[tuple[int, ...]] | None = None,
) -> list[object]:
    """Per line: "blank", "break", "foot", a Heading, or "text". With `answered_next` (the numbers of the next answer
    heading after each line), a numbered line that the next answer covers is a restated question, not a note."""
    breaks = _break_lines(doc, furniture)
    maybe_footnote = set(matching_lines(doc.text, _MAYBE_FOOTNOTE))
    kinds: list[object] = []
    current: list[str] | None = None  # the footnote being read
    next_plain = 1
    for index, line in enumerate(doc.lines):
        text, heading = doc.plain[index], doc.headings[index]
        if heading is None and numbered_lists and text[:1].isdigit() and not line.lstrip().startswith("#"):
            heading = numbered_heading(text)  # "# 2" is a page number, never a question
        kind: object
        definition = None
        restated = (
            heading is not None and answered_next is not None and set(heading.numbers) <= set(answered_next[index])
        )
        # a numbered line right under text that opens "1)" may be a typed note rather than a restated question
        typed_under_text = restated and bool(kinds) and kinds[-1] == "text" and _PAREN_DEF.match(line) is not None
        if index in maybe_footnote and (not restated or typed_under_text):
            previous = kinds[-1] if kinds else "blank"
            if previous == "text" and _opens_a_note(doc.plain[index]) and _at_page_foot(doc, index, breaks):
                previous = "blank"  # a footnote block the extraction set right under the text, above the page footer
            definition = _footnote_start(line, index, marks, next_plain, previous)
        if not text:
            kind, current = "blank", None
        elif definition is not None:
            mark, first = definition
            current = footnotes.setdefault(mark, [])
            current.append(first)
            next_plain = max(next_plain, int(mark) + 1)
            kind = "foot"
            if kinds and kinds[-1] == "text" and _PAREN_DEF.match(line):
                current = None  # a typed note right under the text: one line, the text may go on after it
        elif current is not None and heading is None:
            current.append(line)
            kind = "foot"
        elif heading is not None:
            kind, current = heading, None  # a heading ends the footnote above it
        elif index in breaks:
            kind, current = "break", None
        else:
            kind = "text"
        kinds.append(kind)
    return kinds


_NOTE_NUMBER = re.compile(r"\s*(\d{1,3})")


def _answered_next(doc: Document) -> list[tuple[int, ...]]:
    """For each line, the numbers of the first answer heading after it (none after the last)."""
    found: list[tuple[int, ...]] = [()] * len(doc.lines)
    following: tuple[int, ...] = ()
    for index in range(len(doc.lines) - 1, -1, -1):
        found[index] = following
        heading = doc.headings[index]
        if heading is not None and heading.kind == "a":
            following = heading.numbers
    return found


def _answered_restatements_only(doc: Document, kinds: list[object]) -> None:
    """A numbered item stays a question heading only when the next answer heading covers its number: "1. Kent u …"
    before "Antwoord op vraag 1"; a list inside an answer ("1. Meer geld", then "Antwoord op vraag 4") is text."""
    following: tuple[int, ...] = ()
    unnumbered = False  # the next answer heading is a bare "Antwoord": it answers the numbered item just before it
    for index in range(len(kinds) - 1, -1, -1):
        kind = kinds[index]
        if not isinstance(kind, Heading):
            continue
        if kind.kind == "a":
            following, unnumbered = kind.numbers, not kind.numbers
        elif doc.headings[index] is None and unnumbered and len(kind.numbers) == 1:
            unnumbered = False  # "1" on a line of its own, the question, then "Antwoord" (an Aanhangsel answer
            # as ministries send it); a list further up in the answer before it stays text
        elif doc.headings[index] is None and not set(kind.numbers) <= set(following):
            kinds[index] = "text"


FOOT_LINES = 14  # lines (not counting blank ones) a page's notes may take between the text and the page footer


def _opens_a_note(text: str) -> bool:
    """ "1 NRC.nl, 26 juni …", "2 Kamerstuk …", "3 https://…": a note's text opens like a title, a source or an
    address; "3 is de Kamer …" is a mark the extraction moved to the start of the next line of the sentence."""
    words = text.lstrip("0123456789").lstrip()
    return (bool(words) and not starts_lowercase(words)) or words.startswith(("http", "www."))


def _at_page_foot(doc: Document, index: int, breaks: set[int]) -> bool:
    """Whether the lines from `index` on reach page furniture (a footer) before any heading, and no line on the way
    defines the same number again ("2 Artikelen 74 en" is a moved mark when "2Commission …" follows): a note block
    at the foot of its page."""
    opening = _NOTE_NUMBER.match(doc.plain[index])
    number = opening[1] if opening else ""
    taken = 0
    for following in range(index + 1, len(doc.lines)):
        if following in breaks and not doc.plain[following].isdigit():  # a lone number may be a raised mark
            return True
        if doc.headings[following] is not None or _defines(doc.plain[following], number):
            return False
        taken += bool(doc.plain[following])
        if taken > FOOT_LINES:
            return False
    return False


def _defines(text: str, number: str) -> bool:
    match = _PLAIN_DEF.match(text) or _GLUED_DEF.match(text)
    return match is not None and match[1] == number


def _break_lines(doc: Document, furniture: frozenset[str]) -> set[int]:
    """Lines of page furniture: rules, page numbers and markers, and repeated letterhead lines."""
    found = set(matching_lines(doc.text, _RULE))
    found.update(matching_lines(doc.plain_text, _PAGE_FURNITURE))
    if furniture:
        found.update(index for index, text in enumerate(doc.plain) if text in furniture)
    return found


def _footnote_start(line: str, index: int, marks: _Marks, next_plain: int, previous: object) -> tuple[str, str] | None:
    """(mark, text) when this line starts a footnote.

    "<sup>1</sup> …" always does. A line starting with a bare number does only when it is the next
    footnote number, its mark came earlier in the text, and it starts a block (after a blank line)
    or follows another footnote: "21 501-02, nr. 2737) gaat …" inside a paragraph stays text.
    """
    first = line[:1] if line[:1] != " " else line.lstrip()[:1]
    if first in ("<", "["):
        match = _SUP_DEF.match(line) or _CARET_DEF.match(line)
        if match is None and (typed := _BRACKET_DEF.match(line)) and marks.marked_before(int(typed[1]), index):
            match = typed  # "[1] Website …" typed at the end, its mark "[1]" in the text above
        return (match.group(1), match.group(2)) if match else None
    if not first.isdigit():
        return None
    typed = _PAREN_DEF.match(line) if previous in ("blank", "foot", "text", "break") else None  # under text too
    if typed and next_plain <= int(typed[1]) <= next_plain + SKIPPED_NOTES and marks.typed_before(int(typed[1]), index):
        return typed.group(1), typed.group(2)
    match = _PLAIN_DEF.match(line)
    if match is None or previous not in ("blank", "foot"):
        match = _GLUED_DEF.match(line)  # "1NU.nl, 1 oktober 2024, …": an extraction glued mark and text
        if match is None:
            return None
    number = int(match.group(1))
    if next_plain <= number <= next_plain + SKIPPED_NOTES and marks.marked_before(number, index):
        return match.group(1), match.group(2)
    if number == next_plain and previous == "blank" and _SOURCE_START.match(match.group(2)):
        return match.group(1), match.group(2)  # "2Kamerstuk 29 282, nr. 521" at a page's foot: its mark glued to
        # a number in the text ("2024–20272"), where no mark can be told
    return None


SKIPPED_NOTES = 2  # footnotes a text may lack before the next one found (a page's block the extraction lost)
# "1", or "1?": the mark before the question it stood after; "1 2", "2, 3 en 4": several side by side
_LONE_MARK = re.compile(rf"^(\d{{1,3}}(?:{_MARK_SEP}\d{{1,3}})*)([?!]?)$")


def _lone_marks(doc: Document, kinds: list[object], footnotes: dict[str, str]) -> None:
    """A footnote's number alone on the line after text is its raised mark (an extraction set it apart), not a
    page number: it joins the text line above as a superscript, after the sentence's end it came with."""
    for index in range(1, len(kinds)):
        if doc.plain[index][:1].isdigit() and kinds[index] in ("break", "text") and kinds[index - 1] == "text":
            lone = _LONE_MARK.match(doc.plain[index])
            numbers = re.findall(r"\d+", lone[1]) if lone else []
            if lone and all(number in footnotes for number in numbers):
                kinds[index] = _Lone(" ".join(numbers), lone[2])


class _Lone(NamedTuple):
    """A footnote's raised mark on a line of its own, and the sentence's end that came with it ("1?")."""

    mark: str
    end: str


class _Lead(NamedTuple):
    """A text line that opens with a footnote's raised mark ("2 Deze richtlijnen …", "6."): the mark belongs to the
    line above, the rest goes on."""

    mark: str
    rest: str


class _Glued(NamedTuple):
    """A text line with a footnote's mark glued to a word ("vorig jaar5 dat"), the mark made a superscript."""

    text: str


_GLUED = {  # where in its line a mark glued to the text stands
    "glued": r"(?:(?<=[a-z])|(?<=[A-Z]{{3}})){n}(?=[ \t.,;:?!])",
    "quoted": r"(?<=[»”’)]){n}(?=[ \t.,;:?!]|$)",
    "after": r"(?<=[a-z)»”][.?!]){n}(?=[ \t]|$)",
    "spaced": r"(?<=[a-z)»”][.?!])[ \t]+{n}(?=[ \t]*$|[ \t]+[A-Z])",
}
_MOVED = {
    "leading": re.compile(r"(\d{1,3})(?:[ \t]+(?=[\w(])|(?=[,»”’]))"),  # the line after the one _Marks found it on
    "stop": re.compile(r"(\d{1,3})(?=\.(?:[ \t]|$))"),
}


def _moved_marks(doc: Document, kinds: list[object], footnotes: dict[str, str], marks: _Marks) -> None:
    """A defined footnote's mark that an extraction moved to the start of the next text line ("2 Deze …", "6.") or
    glued to a word ("jaar5 dat"), where the text marks it first, is made its superscript in place."""
    for number, how in marks.how.items():
        line = marks.first.get(number)
        if str(number) not in footnotes or line is None:
            continue
        if how in _MOVED and 0 <= line < len(kinds) - 1 and kinds[line] == "text" and kinds[line + 1] == "text":
            match = _MOVED[how].match(doc.plain[line + 1])
            if match and match[1] == str(number):
                kinds[line + 1] = _Lead(match[1], doc.plain[line + 1][match.end() :].strip())
        elif how in _GLUED and 0 <= line < len(kinds) and kinds[line] == "text":
            text = _GLUED[how].format(n=number)
            kinds[line] = _Glued(re.sub(text, superscript(str(number)), doc.plain[line], count=1))
        else:
            _typed_mark(doc, kinds, number, marks)


def _typed_mark(doc: Document, kinds: list[object], number: int, marks: _Marks) -> None:
    """A Word text's mark typed "1)" after a word ("bij het UWV 1) ook"), made the note's superscript."""
    found = marks.typed_at(number)
    line = marks.text.count("\n", 0, found) if found is not None else -1
    if 0 <= line < len(kinds) and kinds[line] == "text":
        mark = str(number)
        kinds[line] = _Glued(typed_marks_replaced(doc.plain[line], {mark: superscript(mark)}, count=1))


def _events(doc: Document, kinds: list[object], footnotes: dict[str, str]) -> Iterator[Event]:
    run: list[str] = []
    start = 0
    broke = False
    for index, kind in enumerate(kinds):
        heading = kind.__class__ is Heading  # checked first: comparing a Heading with a str is slow
        if not heading and kind == "text":
            if not run:
                start = index
            run.append(_with_marks(doc.plain[index], footnotes))
            broke = False
            continue
        if kind.__class__ is _Lone and run:
            run[-1] += kind.end + superscript(kind.mark)
            continue
        if kind.__class__ is _Lead:
            mark, rest = kind
            if not run:  # never, as _moved_marks chooses them (a text line above): the words are kept all the same
                start = index
                run.append("")
            run[-1] += superscript(mark)
            ending = _MARKS_PUNCTUATION.match(rest)  # the mark's own punctuation: "6.", "2, de", "3. Deze …"
            if ending:
                run[-1] += ending[0].rstrip()
                rest = rest[ending.end() :]
            if rest:
                run.append(_with_marks(rest, footnotes))
            broke = False
            continue
        if kind.__class__ is _Glued:
            if not run:
                start = index
            run.append(_with_marks(kind.text, footnotes))
            broke = False
            continue
        if run:
            yield from _paragraphs(run, start)
            run = []
        if heading:
            yield Event("heading", heading=kind, line=index)  # type: ignore[arg-type]
            broke = False
        elif kind in ("break", "foot"):
            if not broke:
                yield Event("break", line=index)
            broke = True
    if run:
        yield from _paragraphs(run, start)


def _with_marks(text: str, footnotes: dict[str, str]) -> str:
    """A line's plain words, with bracket marks ("[1 ]", "[4 5 ]") of defined footnotes as superscripts."""
    if not footnotes or "[" not in text:
        return text

    def mark(match: re.Match[str]) -> str:
        numbers = match.group(1).split()
        if all(n in footnotes for n in numbers):
            return " ".join(superscript(n) for n in numbers)
        return match.group(0)

    return _BRACKET_MARK.sub(mark, text)


def _paragraphs(run: list[str], start: int) -> list[Event]:
    """Split a run of lines (from line `start`) at deliberate line ends: a paragraph event each, its lines joined
    (and kept)."""
    if len(run) == 1:  # the common case: nothing to split or join
        return [Event("para", run[0].strip(), None, start, (run[0],))] if run[0] else []
    run = [line for line in run if line]
    width = _width(run)
    paragraphs: list[list[str]] = [[]]
    for index, line in enumerate(run):
        paragraphs[-1].append(line)
        if index + 1 < len(run) and _deliberate_end(line, run[index + 1], width):
            paragraphs.append([])
    return [Event("para", join_lines(p), None, start, tuple(p)) for p in paragraphs if p]


def _width(run: list[str]) -> float | None:
    """The typical length of a wrapped line in this run, or None when the run is not hard-wrapped."""
    wrapped = [len(line) for line in run[:-1]]
    if len(wrapped) < 3:
        return None
    wrapped.sort()  # the median, as statistics.median gives it (ten times slower on lists this short)
    middle = len(wrapped) // 2
    return wrapped[middle] if len(wrapped) % 2 else (wrapped[middle - 1] + wrapped[middle]) / 2


def _deliberate_end(line: str, following: str, width: float | None) -> bool:
    """A line ends its paragraph when the next line's first word would still have fitted on it."""
    if width is None:
        return len(line) < 60 and ends_sentence(line)
    if not ends_sentence(line):
        return False
    first_word = following.split(" ", 1)[0]
    return len(line) + 1 + len(first_word) < width * 0.92


def join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines, mending words split by a hyphen at the line end (linear in the text)."""
    pieces: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if pieces:
            drop_hyphen, separator = _glue(pieces[-1], line)
            if drop_hyphen:
                pieces[-1] = pieces[-1][:-1]
            pieces.append(separator)
        pieces.append(line)
    return "".join(pieces)


def _address_broken(before: str, after: str) -> bool:
    """The line ends inside a web address and the next line goes on with it (a word of prose has no "/" or "%")."""
    tail = _ADDRESS_TAIL.search(before)
    if tail is None:
        return False
    in_path = "/" in tail[0].split("://", 1)[-1]  # a hyphen in the site's name is more often the printer's
    ends_open = tail[0].endswith("://") or (in_path and tail[0].endswith(("-", "_")))
    return ends_open or bool(_ADDRESS_GOES_ON.match(after.split(" ", 1)[0]))


def _glue(before: str, after: str) -> tuple[bool, str]:
    """(drop the hyphen, separator) between two wrapped lines.

    "ervarin-" + "gen" -> "ervaringen"; "zorg-" + "en" -> "zorg- en"; "EU-" + "lidstaten" -> "EU-lidstaten";
    a web address goes on without a space and keeps its own hyphens.
    """
    if _address_broken(before, after):
        return False, ""
    if len(before) < 2 or before[-1] != "-" or before[-2] == " ":
        return False, " "
    if before[-2].isalpha() and before[-2].islower() and starts_lowercase(after):
        keep = after.split(" ", 1)[0] in _KEEP_HYPHEN_BEFORE
        return (False, " ") if keep else (True, "")
    return False, ""
