"""The questions document: "## 2019Z12806", "Vragen van het lid … (ingezonden …)", then the questions."""

from __future__ import annotations

import re

from kqreader.i18n import _
from kqreader.model import Dossier, Question
from kqreader.parsing.body import ASKS, FOLLOW_UP, Body, attach_footnotes, read_body
from kqreader.parsing.document import Document
from kqreader.parsing.errors import ParseError
from kqreader.parsing.layout import Layout, ends_sentence, join_lines, lay_out, starts_lowercase
from kqreader.parsing.meta import find_asked, find_asked_loosely, find_dated, find_long_asked, find_zaaknummer
from kqreader.text.doubts import (
    FOOTNOTE_UNMARKED,
    HEADING_IRREGULAR,
    HEADING_UNREAD,
    LONG_HEADING,
    NO_ASKERS,
    UNNUMBERED,
    doubt,
    written_from,
)


def parse_questions(doc: Document) -> Dossier:
    """A question set with no answers yet; numbered lists count as questions when no "Vraag" heading exists."""
    numbered = doc.first_heading("q") == len(doc.lines)
    layout = lay_out(doc, numbered_lists=numbered)
    body = read_body(layout)
    if not body.questions:  # the questions may be plain paragraphs: each line of a Word text is one
        body.front = _front_by_line(layout, body.front)
    asked_at = next((i for i, p in enumerate(body.front) if find_asked(p)), None)
    irregular = _irregular_heading(body.front) if asked_at is None else None
    if irregular is not None:
        asked_at = irregular
    oral = asked_at is not None and _ORAL.search(body.front[asked_at]) is not None
    if not body.questions and not oral and asked_at is not None and asked_at + 1 < len(body.front):
        _unnumbered_questions(body, asked_at, layout.footnotes)
    if not body.questions and not oral:
        raise ParseError(doc.path, _("a question set heading but no questions (no 'Vraag 1' heading or numbered list)"))
    asked = find_asked(body.front[asked_at]) if asked_at is not None else None
    front_text = "\n".join(body.front)
    zaak = find_zaaknummer(front_text)
    dossier = Dossier(id=zaak or "", questions=body.questions, doubts=body.doubts)
    dossier.explanation = body.explanation
    dossier.oral = oral
    if asked is None:  # a heading sentence of 100,000 characters: read from its start and end, and said so
        long = next((p for p in body.front if find_long_asked(p)), None)
        asked = find_long_asked(long) if long else None
        if long:
            dossier.doubts.append(doubt(LONG_HEADING, count=len(long)))
    unread = irregular is not None and asked is None and not _LABELS_ONLY.fullmatch(body.front[irregular])
    if unread and irregular is not None:
        asked = find_asked_loosely(body.front[irregular])
        heading = " ".join(body.front[irregular].split()[:HEAD_WORDS])
        dossier.doubts.append(doubt(HEADING_IRREGULAR if asked else HEADING_UNREAD, head=heading))
    if asked:
        dossier.title, dossier.askers = asked.title, asked.askers
        dossier.addressees = asked.addressees
    elif not unread:
        dossier.doubts.append(NO_ASKERS)
    dossier.submitted = (asked.submitted if asked else None) or find_dated(front_text, "ingezonden")
    return dossier


# A paragraph of only the set's labels: its zaaknummer, "(ingezonden …)" (no heading sentence printed)
_LABELS_ONLY = re.compile(r"\s*(?:(?:\d{4}Z\s?\d{5}|\((?:ingezonden|ontvangen)[^()]{0,80}\))\s*)+")
HEAD_WORDS = 12  # of an unreadable heading sentence, quoted in its doubt


def _irregular_heading(front: list[str]) -> int | None:
    """Where the heading sentence stands when `find_asked` read none: a paragraph opening "Vragen van …", else the
    paragraph before the first that asks (the sentence, or the "(ingezonden …)" line when none is printed).
    None when no paragraph asks."""
    opening = next((i for i, p in enumerate(front) if find_asked_loosely(p)), None)
    if opening is not None:
        return opening
    asking = next((i for i, p in enumerate(front) if ASKS.search(p)), None)
    return asking - 1 if asking else None


_ORAL = re.compile(r"\bMondelinge\s+vragen\s+van\b", re.IGNORECASE)


def _unnumbered_questions(body: Body, asked_at: int, footnotes: dict[str, str]) -> None:
    """Paragraphs after the "Vragen van …" sentence are the questions when their list numbers were lost (a Word
    list's numbers are not in its text): each that ends by asking is one, with the paragraphs before it that ask
    nothing (and after the last, those that ask nothing go with it); numbered in order, with a doubt saying so."""
    paragraphs = _asking_groups(body.front[asked_at + 1 :])
    del body.front[asked_at + 1 :]
    body.questions = [Question(number, text) for number, text in enumerate(paragraphs, 1)]
    # the footnotes are worked out again for the questions
    body.doubts = [d for d in body.doubts if not written_from(FOOTNOTE_UNMARKED, d)]
    attach_footnotes(body.questions, footnotes, body.doubts)
    body.doubts.append(doubt(UNNUMBERED, count=len(paragraphs)))


def _asking_groups(paragraphs: list[str]) -> list[str]:
    """Paragraphs grouped so that each group ends with one that asks (the last group may ask nothing)."""
    groups: list[list[str]] = [[]]
    for paragraph in paragraphs:
        groups[-1].append(paragraph)
        if ASKS.search(paragraph):
            groups.append([])
    if not groups[-1]:
        groups.pop()
    elif len(groups) > 1:  # after the last question: what asks nothing goes with it
        groups[-2] += groups.pop()
    return ["\n\n".join(group) for group in groups]


WRAP_SPREAD = (0.75, 1.1)  # of the median length, where most lines of a hard-wrapped paragraph fall
WRAPPED_SHARE = 0.7
MAX_WRAP = 120  # characters: a longer line is a paragraph of its own (a Word text), not a wrapped line


def _front_by_line(layout: Layout, front: list[str]) -> list[str]:
    """The paragraphs before any heading, split again where a line ends the heading sentence or asks (the layout
    joined them: a Word text's paragraphs stand one a line, like hard-wrapped lines)."""
    lines = [event.lines for event in layout.events if event.kind == "para"]
    if len(lines) != len(front):
        return front
    return [piece for paragraph in lines for piece in _split_lines(paragraph)]


def _split_lines(lines: tuple[str, ...]) -> list[str]:
    """A paragraph's lines as the paragraphs they are: a new one after a line that asks or (in a Word text, or
    ending the heading sentence) ends a sentence, unless the next line goes on with its sentence or, hard-wrapped,
    follows up on the question ("Zo ja, …")."""
    lines = tuple(line for line in lines if line.strip())
    wrapped = _hard_wrapped(lines)
    pieces: list[list[str]] = [[]]
    for line, following in zip(lines, (*lines[1:], None), strict=True):
        pieces[-1].append(line)
        if following is None or starts_lowercase(following.strip()):
            continue
        asks = ASKS.search(line.rstrip()) is not None and not (wrapped and FOLLOW_UP.match(following.strip()))
        ended = ends_sentence(line) or line.rstrip().endswith(")")  # "… (ingezonden 20 november 2024)"
        heading = ended and (not wrapped or _a_heading(join_lines(pieces[-1])))
        if asks or heading:
            pieces.append([])
    return [join_lines(piece) for piece in pieces if piece]


def _a_heading(text: str) -> bool:
    return find_asked(text) is not None or find_asked_loosely(text) is not None


def _hard_wrapped(lines: tuple[str, ...]) -> bool:
    """Whether most lines but the last are about as long as each other (and short): wrapped at a width."""
    widths = sorted(len(line) for line in lines[:-1])
    if len(widths) < 2:
        return False
    median = widths[len(widths) // 2]
    low, high = WRAP_SPREAD
    near = sum(low * median <= width <= high * median for width in widths)
    return median <= MAX_WRAP and near >= WRAPPED_SHARE * len(widths)
