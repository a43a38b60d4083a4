"""From a document's events to numbered questions, the answers that cover them, and an explanation.

Shared by every document kind. Paragraphs a page break split are joined again; where the
conversion is known to lose lines at page breaks (`lossy`), each suspect join becomes a doubt,
and text that follows a finished answer but precedes an answer to a question never headed is
taken as that question (its heading was lost).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kqreader.model import MARK, SUPERSCRIPTS, Answer, Footnote, Question, mark_number
from kqreader.parsing.headings import Heading
from kqreader.parsing.layout import Event, Layout, ends_sentence, join_lines, starts_lowercase
from kqreader.parsing.meta import find_signatures
from kqreader.text.doubts import (
    ANSWER_UNNUMBERED,
    ANSWERED_TWICE,
    FOOTNOTE_UNMARKED,
    LOST_HEADING,
    MISSING_BEFORE,
    MISSING_BETWEEN,
    NOT_APART,
    NUMBERS_JUMP,
    PRINTED_TWICE,
    STOPS_MID_SENTENCE,
    doubt,
)
from kqreader.text.doubts import item as doubted
from kqreader.text.marks import TYPED_MARK

_GLUED_SENTENCES = re.compile(r"(?<=[a-zà-ÿ][?.])(?=[A-Z])")
# A sentence that cannot stand alone after a question: it goes on with it ("Zo ja, welke?", "Zo nee, waarom niet?",
# "En zo ja, …", "Indien niet, …", "Als dat zo is, …", "Waarom (niet)?", "Kunt u dat toelichten?", "Wat is daarvan
# de stand?", "Wanneer?", "Hoe dan?"): inside a paragraph (_NEXT_QUESTION) and on a hard-wrapped line (questions.py)
_FOLLOW_UPS = (
    r"Zo\s+|En\s+zo\s+ja|Indien|Als\s+dat\s+(?:zo\s+is|niet)|Waarom|Kunt\s+u\s+d(?:at|it|eze)|Wat\s+is\s+daarvan|Wanneer"
    r"|Hoe\s+dan"
)
FOLLOW_UP = re.compile(rf"(?:{_FOLLOW_UPS})\b")
# Where a question ends and the next begins inside one paragraph: after a question mark, before a sentence that
# does not follow up on it.
_NEXT_QUESTION = re.compile(rf"(?<=[a-zà-ÿ)»”’{SUPERSCRIPTS}]\?) (?!{FOLLOW_UP.pattern})(?=[A-Z])")


# A paragraph that ends by asking (closing quotes and marks may follow, a typed "1)" too)
ASKS = re.compile(rf"\?(?:[\s)»”’\"'{SUPERSCRIPTS}]|\s{TYPED_MARK})*$")


@dataclass
class Item:
    """A heading and the paragraphs under it."""

    kind: str  # "q", "a", "x" or "n"
    numbers: tuple[int, ...]
    paragraphs: list[str] = field(default_factory=list)
    orphan_from: int | None = None  # paragraphs from here came after a page break that lost text
    lines: tuple[str, ...] = ()  # its paragraphs' lines as printed (to tell questions apart under one heading)


@dataclass
class Body:
    """What the body of a document holds."""

    front: list[str]
    questions: list[Question]
    explanation: str | None
    doubts: list[str]
    notices: list[str] = field(default_factory=list)  # the text under each "Mededeling" heading
    signature: tuple[list[str], list[str]] = ([], [])  # (roles, names) of a signature after the last answer




def _tail(text: str, words: int = 4) -> str:
    return " ".join(text.split()[-words:])


def _head(text: str, words: int = 4) -> str:
    return " ".join(text.split()[:words])


class _Walker:
    """Reads events in order, keeping the current item and the doubts so far."""

    def __init__(self, lossy: bool) -> None:
        self.lossy = lossy
        self.front: list[str] = []
        self.items: list[Item] = []
        self.current: Item | None = None
        self.pending_break = False
        self.doubts: list[str] = []

    def walk(self, events: list[Event]) -> None:
        for event in events:
            if event.kind == "break":
                self.pending_break = True
            elif event.kind == "heading" and event.heading is not None:
                self.heading(event.heading)
            else:
                self.paragraph(event.text)
                current = self.current
                if current is not None and len(current.numbers) > 1 and current.kind == "q":  # see _asked_by_line
                    current.lines += event.lines
        self.close_item()

    def heading(self, heading: Heading) -> None:
        current = self.current
        if self.pending_break and self.lossy and current and current.paragraphs:
            last = current.paragraphs[-1]
            if not ends_sentence(last):
                self.doubts.append(
                    doubt(STOPS_MID_SENTENCE, item=doubted(current.kind, current.numbers), tail=_tail(last))
                )
        if heading.kind == "a" and current is not None:
            self.recover_lost_question(heading)
        self.close_item()
        rest = [heading.rest] if heading.rest else []
        self.current = Item(heading.kind, heading.numbers, rest, lines=tuple(rest))
        self.items.append(self.current)
        self.pending_break = bool(heading.rest)  # "1. Hoeveel … en hoe" may go on below the heading

    def paragraph(self, text: str) -> None:
        current = self.current
        if current is None:
            self.front.append(text)
        elif self.pending_break and current.paragraphs:
            self.after_break(current, text)
        else:
            current.paragraphs.append(text)
        self.pending_break = False

    def after_break(self, current: Item, text: str) -> None:
        """A paragraph after page furniture or a footnote block: a continuation, or new text."""
        previous = current.paragraphs[-1]
        if not ends_sentence(previous):
            current.paragraphs[-1] = f"{previous} {text}"
            if self.lossy:
                what = doubted(current.kind, current.numbers)
                self.doubts.append(doubt(MISSING_BETWEEN, item=what, tail=_tail(previous), head=_head(text)))
        elif starts_lowercase(text) and self.lossy:
            if current.orphan_from is None:
                current.orphan_from = len(current.paragraphs)
            current.paragraphs.append(text)
        elif starts_lowercase(text):
            current.paragraphs[-1] = f"{previous} {text}"
        else:
            current.paragraphs.append(text)

    def recover_lost_question(self, heading: Heading) -> None:
        """Text after a finished answer, before an answer to a question never headed, is that question."""
        current = self.current
        if current is None or current.orphan_from is None or current.kind != "a":
            return
        asked = {n for item in self.items if item.kind == "q" for n in item.numbers}
        missing = [n for n in heading.numbers if n not in asked]
        if not missing:
            return
        lost = current.paragraphs[current.orphan_from :]
        del current.paragraphs[current.orphan_from :]
        current.orphan_from = None
        self.items.append(Item("q", (missing[0],), lost))
        self.doubts.append(doubt(LOST_HEADING, number=missing[0], head=_head(lost[0])))

    def close_item(self) -> None:
        current = self.current
        if current is not None and current.orphan_from is not None:
            orphan = current.paragraphs[current.orphan_from]
            self.doubts.append(doubt(MISSING_BEFORE, item=doubted(current.kind, current.numbers), head=_head(orphan)))
            current.orphan_from = None


def read_body(layout: Layout, *, lossy: bool = False) -> Body:
    """Questions (with their answers attached) and the explanation, from a laid-out document."""
    walker = _Walker(lossy)
    walker.walk(layout.events)
    signature = _signature_at_end(walker.items)
    _answers_without_heading(walker.items)
    doubts = walker.doubts
    questions = _questions(walker.items, doubts)
    _attach_answers(walker.items, questions, doubts)
    explanation = "\n\n".join(p for item in walker.items if item.kind == "x" for p in item.paragraphs) or None
    attach_footnotes(questions, layout.footnotes, doubts)
    notices = ["\n\n".join(item.paragraphs) for item in walker.items if item.kind == "n" and item.paragraphs]
    return Body(walker.front, questions, explanation, doubts, notices, signature)


def _signature_at_end(items: list[Item]) -> tuple[list[str], list[str]]:
    """"De Minister van X," and a name closing the document belong to no answer: taken off the last item."""
    if not items or len(items[-1].paragraphs) < 3:
        return [], []
    roles, names = find_signatures(items[-1].paragraphs[-2:])
    if roles:
        del items[-1].paragraphs[-2:]
    return roles, names


def _answers_without_heading(items: list[Item]) -> None:
    """In a document that heads its answers, a restated question that no answer covers and whose text goes on after
    its question marks with sentences that ask nothing: those sentences are its answer, printed without a heading
    (a letter that sets questions in bold and answers in roman type). Every other question is left as it is."""
    answered = {n for item in items if item.kind == "a" for n in item.numbers}
    if not answered:
        return
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        if item.kind != "q" or len(item.numbers) != 1 or item.numbers[0] in answered:
            continue
        split = _where_the_answer_starts(item.paragraphs)
        if split is not None:
            items.insert(index + 1, Item("a", item.numbers, item.paragraphs[split:]))
            del item.paragraphs[split:]


def _where_the_answer_starts(paragraphs: list[str]) -> int | None:
    """The first paragraph after the question's last that asks (ends in "?", a footnote mark allowed), when every
    paragraph from there on asks nothing."""
    asking = [index for index, text in enumerate(paragraphs) if ASKS.search(text)]
    if not asking or asking[-1] == len(paragraphs) - 1:
        return None
    return asking[-1] + 1


def _questions(items: list[Item], doubts: list[str]) -> list[Question]:
    questions: list[Question] = []
    for item in items:
        if item.kind != "q":
            continue
        paragraphs = item.paragraphs
        if 1 < len(item.numbers) != len(paragraphs):
            paragraphs = _glued_apart(paragraphs, len(item.numbers))
        if 1 < len(item.numbers) != len(paragraphs):
            paragraphs = _asked_by_line(item, len(item.numbers)) or paragraphs
        if len(item.numbers) == 1 or len(paragraphs) == len(item.numbers):
            texts = [paragraphs] if len(item.numbers) == 1 else [[p] for p in paragraphs]
        else:
            texts = [item.paragraphs] * len(item.numbers)
            doubts.append(doubt(NOT_APART, item=doubted("q", item.numbers)))
        for number, paragraphs in zip(item.numbers, texts, strict=True):
            questions.append(Question(number, "\n\n".join(paragraphs)))
    _check_numbering([q.number for q in questions], doubts)
    return questions


def _glued_apart(paragraphs: list[str], wanted: int) -> list[str]:
    """Questions an extraction glued at their line end ("…hiervan?Deelt u …") or joined into one paragraph ("…dat
    zijn? Ligt, op …"): apart again when that gives as many as the heading names; else the paragraphs as they are."""
    pieces = [piece for p in paragraphs for piece in _GLUED_SENTENCES.split(p)]
    if len(pieces) == wanted:
        return pieces
    pieces = [piece for p in paragraphs for piece in _NEXT_QUESTION.split(p)]  # "…dat zijn? Ligt, op welke …"
    return pieces if len(pieces) == wanted else paragraphs


def _asked_by_line(item: Item, wanted: int) -> list[str] | None:
    """Questions under one heading, hard-wrapped so that no paragraph end shows between them: the lines that end by
    asking ("…verzaakt?", "…door de top?") end a question; used when that gives as many as the heading names."""
    pieces: list[list[str]] = [[]]
    for line in item.lines:
        pieces[-1].append(line)
        if ASKS.search(line.rstrip()):
            pieces.append([])
    found = [join_lines(piece) for piece in pieces if piece]
    return found if len(found) == wanted else None


def _check_numbering(numbers: list[int], doubts: list[str]) -> None:
    """A doubt for each jump in the numbering, and one per number printed more than once (with how often)."""
    printed = Counter(numbers)
    seen: set[int] = set()
    said: set[int] = set()
    previous = 0
    for number in numbers:
        if number in seen:
            if number not in said:
                doubts.append(doubt(PRINTED_TWICE, number=number, times=f"{printed[number]:,}"))
                said.add(number)
        elif number != previous + 1:
            doubts.append(doubt(NUMBERS_JUMP, previous=previous, number=number))
        seen.add(number)
        previous = number


def _attach_answers(items: list[Item], questions: list[Question], doubts: list[str]) -> None:
    """Give each question the answer that covers it; a bare "Antwoord" covers those since the last."""
    by_number: dict[int, list[Question]] = {}
    for question in questions:
        by_number.setdefault(question.number, []).append(question)
    waiting: list[int] = []
    answered: set[int] = set()
    for item in items:
        if item.kind == "q":
            waiting.extend(n for n in item.numbers if n not in waiting)
            continue
        if item.kind != "a":
            continue
        covers = list(item.numbers) or [n for n in waiting if n not in answered]
        if not covers:
            covers = [max([0, *answered, *by_number]) + 1]
            doubts.append(doubt(ANSWER_UNNUMBERED, number=covers[0]))
        answer = Answer(covers, "\n\n".join(item.paragraphs))
        for number in covers:
            if number in answered:
                doubts.append(doubt(ANSWERED_TWICE, number=number))
            if number not in by_number:
                stub = Question(number, "")
                questions.append(stub)
                by_number[number] = [stub]
            for question in by_number[number]:
                question.answer = answer
            answered.add(number)
        waiting = [n for n in waiting if n not in answered]
    questions.sort(key=lambda q: q.number)


def marks_in(text: str) -> list[str]:
    """Footnote marks in text, in order of first appearance ("¹", "⁴ ⁵" -> "1", "4", "5")."""
    found: list[str] = []
    for match in MARK.finditer(text):
        mark = mark_number(match.group(0))
        if mark not in found:
            found.append(mark)
    return found


def attach_footnotes(questions: list[Question], footnotes: dict[str, str], doubts: list[str]) -> None:
    """Each question and answer gets the footnotes marked in it; a footnote marked nowhere is a doubt."""
    used: set[str] = set()
    for question in questions:
        question.footnotes = _footnotes_for(question.text, footnotes, used)
        answer = question.answer
        if answer is not None and not answer.footnotes:
            answer.footnotes = _footnotes_for(answer.text, footnotes, used)
    for mark in footnotes:
        if mark not in used:
            doubts.append(doubt(FOOTNOTE_UNMARKED, mark=mark, head=_head(footnotes[mark], 8)))


def _footnotes_for(text: str, footnotes: dict[str, str], used: set[str]) -> list[Footnote]:
    if not footnotes:
        return []
    notes = [Footnote(mark, footnotes[mark]) for mark in marks_in(text) if mark in footnotes]
    used.update(note.mark for note in notes)
    return notes
