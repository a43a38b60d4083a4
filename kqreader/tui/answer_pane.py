"""The right pane: the dossier header, the selected question in full, and the answer that covers it.

Every piece of document text goes in as a rich `Text` built from plain strings (never parsed as markup).
The pane is a list of blocks (one per paragraph), wrapped into lines and drawn on Textual's Line API; it knows
where each block starts, so `n`/`N` can bring the paragraph holding the next hit into view.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple, get_args

from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from kqreader.facts.answerkinds import KIND_NAMES, kind_of, referred_questions, unanswered
from kqreader.facts.promises import STATE_NAMES, Promise, State
from kqreader.facts.references import Reference, find_references
from kqreader.i18n import N_, _, day, ngettext, number
from kqreader.model import Answer, Dossier, Footnote, Question
from kqreader.output.citation import cut_note, page_cut
from kqreader.query.catalog import NOTICE, NOTICE_LABELS, covers_label, further_label, header_facts, siblings
from kqreader.query.language import Query, hit_spans
from kqreader.store.marks import Marks
from kqreader.text.doubts import shown
from kqreader.text.marks import typed_marks_shown
from kqreader.text.safetext import hidden, visible
from kqreader.text.sentences import as_subject

Promised = Sequence[tuple[Promise, State]]
PROMISE_STYLES: dict[State, Style] = {"open": Style(bold=True), "due": Style(bold=True, color="yellow"),
                                      "overdue": Style(bold=True, color="red"), "kept": Style(bold=True, color="green")}
_URL = re.compile(r"https?://[^\s<>«»\"]+[^\s<>«»\".,;:)]")
HIT = Style(bgcolor="yellow", color="black")
CURRENT_HIT = Style(bgcolor="dark_orange", color="black", bold=True)


# The kinds of block; each is styled by its component class in reader.tcss (answer-pane--title, …)
BlockKind = Literal["title", "subtitle", "id", "facts", "notice", "mark", "heading", "question", "answer", "footnote",
                    "kind", "promise", "unanswered", "missing", "doubt-heading", "doubt"]  # fmt: skip
KINDS: tuple[BlockKind, ...] = get_args(BlockKind)


@dataclass
class Block:
    """One paragraph of the pane and the kind that styles it (its text made visible: no terminal escape, whatever
    the store holds)."""

    text: Text
    kind: BlockKind
    searchable: bool = False

    def __post_init__(self) -> None:
        self.text = visible_text(self.text)


def visible_text(text: Text) -> Text:
    """`text` with every control and format character written as an escape (safetext.visible), its styles kept;
    linear in the text (slicing a rich Text copies it whole: an escape at a time was quadratic on a 5 MB answer)."""
    plain = text.plain
    if plain.isprintable() or visible(plain, lines=True) == plain:
        return text
    parts: list[str] = []
    places: list[int] = []  # where each escaped character was
    longer: list[int] = []  # and how much longer the text is after it
    done = extra = 0
    for found in hidden(plain, lines=True):
        escape = visible(found.group())
        parts += (plain[done : found.start()], escape)
        extra += len(escape) - 1
        places.append(found.start())
        longer.append(extra)
        done = found.end()
    parts.append(plain[done:])

    def moved(offset: int) -> int:
        before = bisect.bisect_left(places, offset)
        return offset + (longer[before - 1] if before else 0)

    escaped = text.blank_copy("".join(parts))
    escaped.spans = [Span(moved(span.start), moved(span.end), span.style) for span in text.spans]
    return escaped


def _paragraphs(text: str, kind: BlockKind) -> list[Block]:
    return [Block(_text_of(p), kind, searchable=True) for p in text.split("\n\n") if p.strip()]


_RICH_REMOVES = re.compile("[\x07\x08\x0b\x0c\x0d]")  # the control codes rich's Text() takes out
LONG_TEXT = 100_000  # characters


def _text_of(plain: str) -> Text:
    """A Text of `plain`. Rich's Text() takes five control codes out with str.translate, 0.2 s a MB: a long text that
    holds none of them is taken as it is (a 5 MB answer cost a second at every selection)."""
    if len(plain) < LONG_TEXT:
        return Text(plain)
    plain = visible(plain, lines=True)  # escaped as the Block would (so none of those five is left)
    if _RICH_REMOVES.search(plain):
        return Text(plain)
    text = Text()
    text._text, text._length = [plain], len(plain)  # what Text(plain) would hold
    return text


def _footnotes(notes: list[Footnote]) -> list[Block]:
    blocks = []
    for note in notes:
        text = Text(f"{note.mark} ")
        start = len(text.plain)
        text.append(note.text)
        for match in _URL.finditer(note.text):
            text.stylize(Style(link=match.group(0), underline=True), start + match.start(), start + match.end())
        blocks.append(Block(text, "footnote"))
    return blocks


TITLE_SHOWN = 600  # characters of a subject in the header (a real one is under 300; a hostile one may be a MB)
HEADING_SHOWN = 300  # of the open data's heading sentence under it (a real one is 100-250; the store keeps 2,000)


def shortened(text: str, most: int) -> str:
    """`text` up to `most` characters, cut at a word with "…" when longer (the whole stays in the store)."""
    if len(text) <= most:
        return text
    cut = text[: most - 1]
    space = cut.rfind(" ", most // 2)
    return (cut[:space] if space > 0 else cut).rstrip() + "…"


def dossier_blocks(dossier: Dossier, today: date) -> list[Block]:
    """Title, facts and delay notices."""
    subject = as_subject(shortened(dossier.title, TITLE_SHOWN))
    title = Text(subject) if subject else Text(_("(no subject)"), style="italic")  # said so: not the id twice
    blocks = [Block(title, "title", searchable=bool(subject)), Block(Text(dossier.id), "id")]
    if dossier.heading:  # the whole sentence the open data lists, under the subject it was cut to
        blocks.insert(1, Block(Text(shortened(dossier.heading, HEADING_SHOWN)), "subtitle", searchable=True))
    facts = Text()
    for label, value in header_facts(dossier, today):
        facts.append(f"{label}: ", style="bold")
        facts.append(f"{value}\n")
    facts.rstrip()
    blocks.append(Block(facts, "facts"))
    for notice in dossier.notices:
        when = day(notice.date) if notice.date else _("date unknown")
        label = _(NOTICE_LABELS.get(notice.kind, NOTICE))
        blocks.append(Block(Text(f"{label} ({when}): {notice.text}"), "notice"))
    return blocks


def mark_blocks(marks: Marks, dossier: str, question: int | None) -> list[Block]:
    """The mark on what is shown (the question's, else its set's), with its note."""
    blocks = []
    if dossier in marks.news:
        blocks.append(Block(Text(_("✦ New: a fetch changed this set since kqreader was last opened")), "mark"))
    mark = marks.get(dossier, question) or marks.get(dossier, None)
    if mark is None:
        return blocks
    made = day(date.fromisoformat(mark.made))
    if mark.question is None:
        line = Text(_("★ Marked (the whole set, {date})").format(date=made))
    else:
        line = Text(_("★ Marked (question {number}, {date})").format(number=mark.question, date=made))
    if mark.note:
        line.append(f": {mark.note}")
    return [*blocks, Block(line, "mark", searchable=True)]


LINKED = ("question", "answer", "footnote", "facts", "notice", "explanation")  # the blocks whose references are links


class Link(NamedTuple):
    reference: Reference
    text: str  # as printed


def link_text(text: Text, kind: BlockKind, dossier: Dossier, links: list[Link]) -> None:
    """Make each reference in a block's text a link (underlined; a click follows it: app.follow(n)), numbered after
    the `links` already shown, to which they are added."""
    if kind not in LINKED:
        return
    for reference in find_references(text.plain, dossier.id):
        style = Style(underline=True, meta={"@click": f"app.follow({len(links)})"})
        text.stylize(style, reference.start, reference.end)
        links.append(Link(reference, text.plain[reference.start : reference.end]))


KIND_READ = 20_000  # characters of an answer its kind and the answers it refers to are read from in the pane
PROMISES_READ = 100_000  # and its promises (the longest real answers are tens of thousands; a hostile one MBs)


def kind_blocks(dossier: Dossier, question: Question, promised: Promised) -> list[Block]:
    """What kind of answer it is (when not substantive), what a bare "Ja." leaves unanswered, what it promises and
    by when, and the answers it refers to, shown beneath."""
    answer = question.answer
    if answer is None:
        return []
    blocks = []
    read = answer.text[:KIND_READ]  # a kind is read from the first sentences: a hostile 5 MB one is not read whole
    verdict = kind_of(read)
    if verdict.kind not in ("inhoudelijk", "toezegging"):  # a promise says so in its own line below
        said = _("Kind of answer: {kind}, read from “{sentence}”").format(kind=_(KIND_NAMES[verdict.kind]),
                                                                           sentence=verdict.evidence)
        blocks.append(Block(Text(said), "kind"))  # the sentence that decided: the reader can judge the reading
    left = unanswered(question.text, answer.text)
    if left:
        blocks.append(Block(Text(_("Answered in part; not answered: {questions}").format(questions=" ".join(left))),
                            "kind"))  # fmt: skip
    for promise, state in promised:
        blocks.append(Block(promise_line(promise, state), "promise"))
    for asked in referred_questions(read):
        referred = next((q for q in dossier.questions if q.number == asked), None)
        if referred is None or referred.answer is None or referred.answer is answer:
            continue
        blocks.append(Block(Text(_("The answer to question {number}, referred to").format(number=asked)), "heading"))
        blocks += _paragraphs(referred.answer.text, "answer")
    return blocks


def promise_line(promise: Promise, state: State) -> Text:
    """→ the promise's state, its due day and the words it was read from, then its sentence (⚑ is a followed set's
    sign in the list: one sign, one meaning)."""
    if promise.due is None:
        head = _("Promise ({state}, no date)").format(state=_(STATE_NAMES[state]))
    else:
        head = _("Promise ({state}, by {day}: “{basis}”)").format(state=_(STATE_NAMES[state]), day=day(promise.due),
                                                                    basis=promise.basis)  # fmt: skip
    line = Text("→ ")
    line.append(head, style=PROMISE_STYLES[state])
    line.append(f": {promise.text}")
    return line


def question_blocks(dossier: Dossier, question: Question, promised: Promised = ()) -> list[Block]:
    """The question in full, then its answer (or a plain statement that there is none yet), what kind of answer
    it is and what it promises (`promised`: its promises with their states, as the app's Keeping decides)."""
    blocks = [Block(Text(_("Question {number}").format(number=question.number)), "heading")]
    missing = Block(Text(_("(the text of this question is missing)")), "missing")
    blocks += _paragraphs(_marked(question.text, question.footnotes), "question") or [missing]
    blocks += _page_cut(dossier, question)
    blocks += _footnotes(question.footnotes)
    answer = question.answer
    if answer is None:
        state = _("Delayed: not answered yet.") if dossier.status == "delayed" else _("Not answered yet.")
        if any(notice.kind == "letter" for notice in dossier.notices):
            state = _("Answered by letter: see the notice above.")
        if dossier.status == "withdrawn":
            state = _("Withdrawn: these questions will not be answered.")
        if ended := next((n for n in dossier.notices if n.kind in ("removed", "replaced")), None):
            state = ended.text  # deleted or replaced in the open data: its notice says which
        blocks.append(Block(Text(state), "unanswered"))
        return blocks
    blocks.append(Block(Text(covers_label(answer.covers, siblings(dossier, question))), "heading"))
    blocks += _paragraphs(_marked(answer.text, answer.footnotes), "answer")
    blocks += _page_cut(dossier, answer)
    blocks += _footnotes(answer.footnotes)
    blocks += kind_blocks(dossier, question, promised)
    if question.further is not None:  # the nader antwoord, after the answer it completes
        blocks.append(Block(Text(further_label(question.further.covers)), "heading"))
        blocks += _paragraphs(question.further.text, "answer")
        blocks += _footnotes(question.further.footnotes)
    return blocks


def _marked(text: str, notes: list[Footnote]) -> str:
    """A text whose marks were kept as typed ("? 1)") with the superscripts of its footnotes ("?¹")."""
    return typed_marks_shown(text, (note.mark for note in notes)) if notes else text


def _page_cut(dossier: Dossier, item: Question | Answer) -> list[Block]:
    """A line after the text a scanned page cut off: the rest is on the next page, not read."""
    return [Block(Text(cut_note()), "missing")] if page_cut(dossier) is item else []


def overview_blocks(dossier: Dossier) -> list[Block]:
    """For a dossier row: the explanation, the questions in short, and the parser's doubts."""
    blocks: list[Block] = []
    if dossier.explanation:
        blocks += [Block(Text(_("Explanation")), "heading"), *_paragraphs(dossier.explanation, "question")]
    answered = sum(1 for q in dossier.questions if q.answer is not None)
    count = len(dossier.questions)
    line = ngettext("{count} question, {answered} answered.", "{count} questions, {answered} answered.", count)
    blocks.append(Block(Text(line.format(count=number(count), answered=number(answered))), "facts"))
    return blocks


DOUBTS_SHOWN = 20


def doubt_blocks(dossier: Dossier) -> list[Block]:
    if not dossier.doubts:
        return []
    heading = Block(Text(_("Doubts while reading")), "doubt-heading")
    blocks = [Block(Text(shown(d)), "doubt") for d in dossier.doubts[:DOUBTS_SHOWN]]
    hidden = len(dossier.doubts) - len(blocks)
    if hidden:  # a hostile or broken file can carry thousands; the pane stays quick
        more = ngettext(
            "… and {count} more doubt (kqreader export --format json shows them all)",
            "… and {count} more doubts (kqreader export --format json shows them all)", hidden,
        ).format(count=number(hidden))  # fmt: skip
        blocks.append(Block(Text(more), "doubt"))
    return [heading, *blocks]


RUN_ON: frozenset[BlockKind] = frozenset({"title", "subtitle", "heading", "footnote", "doubt-heading",
                                          "doubt"})  # no blank after these  # fmt: skip
PART_CHARS = 24_000  # characters wrapped at once: a longer pane is shown a part at a time (a 5 MB answer was
# wrapped whole on every selection, focus and resize: seconds a key); a part is a dozen screens or so
BLOCK_CHARS = 80  # what a block adds to a part besides its text (its blank line, its own lines)


class Piece(NamedTuple):
    """Characters start:end of block `block`: a block longer than a part is shown in pieces, cut at a space."""

    block: int
    start: int
    end: int


def parted(blocks: Sequence[Block]) -> tuple[list[Piece], list[int]]:
    """The blocks as pieces, and the first piece of each part: blocks together up to PART_CHARS, a longer block cut
    at a space to fill the part it starts in and then into pieces of a part each."""
    found: list[Piece] = []
    firsts, size = [0], 0
    for index, block in enumerate(blocks):
        length = len(block.text)
        if size and size + length + BLOCK_CHARS > PART_CHARS and (length <= PART_CHARS or size > PART_CHARS // 2):
            firsts.append(len(found))  # on in a part of its own (a long one fills the rest of a part half used)
            size = 0
        start = 0
        while length - start > PART_CHARS - size:
            end = _cut(block.text.plain, start, start + PART_CHARS - size)
            found.append(Piece(index, start, end))
            firsts.append(len(found))
            start, size = end, 0
        found.append(Piece(index, start, length))
        size += length - start + BLOCK_CHARS
    return found, firsts


def _slice(text: Text, start: int, end: int) -> Text:
    """Characters start:end of a text with their styles (Text's own slice copies the whole text three times)."""
    piece = Text(text.plain[start:end], style=text.style)
    piece.spans = [Span(max(span.start, start) - start, min(span.end, end) - start, span.style)
                   for span in text.spans if span.end > start and span.start < end]  # fmt: skip
    return piece


def _cut(plain: str, start: int, end: int) -> int:
    """Where a piece of plain[start:end] ends: after its last space in the second half, else at `end`."""
    half = (start + end) // 2
    space = max(plain.rfind(" ", half, end), plain.rfind("\n", half, end))
    return space + 1 if space >= 0 else end


class AnswerPane(ScrollView, can_focus=True):
    """Scrolls with j/k/space; n/N go from hit to hit. A list of lines on Textual's Line API: a new selection wraps
    its blocks once into lines and repaints, with no layout of widgets (which cost a frame and more). A pane longer
    than a part (PART_CHARS) wraps one part at a time: scrolling on at a part's end goes to the next."""

    BINDINGS = [
        Binding("j,down", "scroll_down", N_("Scroll down"), show=False, id="pane.down"),
        Binding("k,up", "scroll_up", N_("Scroll up"), show=False, id="pane.up"),
        Binding("space,pagedown", "page_down", N_("Page down"), show=False, id="pane.page-down"),
        Binding("b,pageup", "page_up", N_("Page up"), show=False, id="pane.page-up"),
        Binding("g,home", "scroll_home", N_("Top"), show=False, id="pane.top"),
        Binding("G,end", "scroll_end", N_("Bottom"), show=False, id="pane.bottom"),
    ]
    COMPONENT_CLASSES = {f"answer-pane--{kind}" for kind in KINDS}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._blocks: list[Block] = []
        self._dossier: Dossier | None = None  # whose references become links
        self._hits: list[tuple[int, int, int]] = []  # (block, start, end), in order
        self.current_hit = -1
        self._pieces: list[Piece] = []
        self._parts: list[int] = [0]  # each part's first piece
        self.part = 0  # the part shown
        self.links: list[Link] = []  # the references in the part shown, in order (app.follow(n) follows one)
        self._texts: list[tuple[Text, Style] | None] = []  # each line's text and style (None: a blank line)
        self._drawn: list[Strip | None] = []  # each line as drawn, made when it is first on screen
        self._base = Style()  # the pane's own style, worked out once a wrap (not once a line)
        self._starts: list[int] = []  # the first line of each piece of the part shown
        self._width = 0
        self._styles: dict[str, Style] = {}
        self.lines_wrapped = 0  # lines wrapped since shown (tests: a key wraps a bounded number)

    def show(self, blocks: list[Block], query: Query, dossier: Dossier | None = None) -> None:
        """Show these blocks from the top, with the query's hits lit and the references of `dossier`'s texts
        made links."""
        self._blocks = blocks
        self._dossier = dossier
        self._hits = [
            (index, start, end)
            for index, block in enumerate(blocks)
            if block.searchable
            for start, end in hit_spans(block.text.plain, query)
        ]
        self.current_hit = -1
        self._pieces, self._parts = parted(blocks)
        self.part = 0
        self.lines_wrapped = 0
        self._wrap()
        self.scroll_home(animate=False)

    def append(self, block: Block) -> None:
        """One more block at the end, where the reader is left as it was (what a worker found afterwards)."""
        self._blocks.append(block)
        count = len(self._parts)
        self._pieces, self._parts = parted(self._blocks)
        if len(self._parts) != count:  # a part of its own (or more): the part shown says so at its end
            self._wrap()
        elif self.part == len(self._parts) - 1:
            if self._width and self._width == self.scrollable_content_region.width:
                self._add(len(self._pieces) - 1)  # only its own lines: the others are as they were
                self._drawn += [None] * (len(self._texts) - len(self._drawn))
                self._resize_content(Size(self._width, len(self._texts)))
                self.refresh()
            else:
                self._wrap()

    @property
    def hit_count(self) -> int:
        return len(self._hits)

    @property
    def part_count(self) -> int:
        return len(self._parts)

    def _part_pieces(self, part: int) -> range:
        stop = self._parts[part + 1] if part + 1 < len(self._parts) else len(self._pieces)
        return range(self._parts[part], stop)

    def _piece_text(self, index: int) -> Text:
        """A piece's text, its hits lit and its references made links."""
        piece = self._pieces[index]
        block = self._blocks[piece.block]
        whole = piece.start == 0 and piece.end == len(block.text)
        text = block.text.copy() if whole else _slice(block.text, piece.start, piece.end)
        first = bisect.bisect_left(self._hits, (piece.block, piece.start, -1))
        for hit in range(first, len(self._hits)):
            index_, start, end = self._hits[hit]
            if index_ != piece.block or start >= piece.end:
                break
            style = CURRENT_HIT if hit == self.current_hit else HIT
            text.stylize(style, start - piece.start, min(end, piece.end) - piece.start)
        if self._dossier is not None:
            link_text(text, block.kind, self._dossier, self.links)
        return text

    def next_hit(self, step: int) -> bool:
        """Move to the next (step 1) or previous (step -1) hit; False when there is none."""
        if not self._hits:
            return False
        self.current_hit = (self.current_hit + step) % len(self._hits)
        block, start, _end = self._hits[self.current_hit]
        found = next(i for i, p in enumerate(self._pieces) if p.block == block and p.start <= start < max(p.end, 1))
        self.part = bisect.bisect_right(self._parts, found) - 1
        self._wrap()
        first = self._parts[self.part]
        line = self._starts[found - first] + self._line_of(found, start - self._pieces[found].start)
        self.scroll_to(y=max(0, line - self.scrollable_content_region.height // 2), animate=False)
        return True

    def _line_of(self, index: int, offset: int) -> int:
        """Which of piece `index`'s wrapped lines holds its character `offset` (the hit is brought to the middle)."""
        piece = self._pieces[index]
        plain = self._blocks[piece.block].text.plain[piece.start : piece.end]
        place = index - self._parts[self.part]
        end = self._starts[place + 1] if place + 1 < len(self._starts) else len(self._texts)
        lines = [shown[0] for shown in self._texts[self._starts[place] : end] if shown is not None]
        seen = 0
        for number_, line in enumerate(lines):
            words = line.plain.strip()
            seen = plain.find(words, seen) + len(words) if words else seen
            if offset < seen:
                return number_
        return max(0, len(lines) - 1)

    def plain_blocks(self) -> list[str]:
        """The text shown, block by block (for tests and copying)."""
        return [block.text.plain for block in self._blocks]

    def block_line(self, index: int) -> int | None:
        """The line (of the part shown) where block `index` starts; None when it starts in another part."""
        first = self._parts[self.part]
        for place, piece in enumerate(self._pieces[first : first + len(self._starts)]):
            if piece.block == index and piece.start == 0:
                return self._starts[place]
        return None

    # --- parts ------------------------------------------------------------------------------------------

    def show_part(self, part: int, at_end: bool = False) -> None:
        """Part `part` of a long pane, from its top (or its end)."""
        self.part = max(0, min(part, len(self._parts) - 1))
        self._wrap()
        if at_end:
            self.scroll_to(y=max(0, len(self._texts) - self.scrollable_content_region.height), animate=False)
        else:
            self.scroll_to(y=0, animate=False)

    def _at_end(self) -> bool:
        return self.part + 1 < len(self._parts) and self.scroll_y >= self.max_scroll_y

    def _at_top(self) -> bool:
        return self.part > 0 and self.scroll_y <= 0

    def action_scroll_down(self) -> None:
        if self._at_end():
            self.show_part(self.part + 1)
        else:
            super().action_scroll_down()

    def action_page_down(self) -> None:
        if self._at_end():
            self.show_part(self.part + 1)
        else:
            super().action_page_down()

    def action_scroll_up(self) -> None:
        if self._at_top():
            self.show_part(self.part - 1, at_end=True)
        else:
            super().action_scroll_up()

    def action_page_up(self) -> None:
        if self._at_top():
            self.show_part(self.part - 1, at_end=True)
        else:
            super().action_page_up()

    def action_scroll_home(self) -> None:
        if self.part:
            self.show_part(0)
        else:
            super().action_scroll_home()

    def action_scroll_end(self) -> None:
        if self.part + 1 < len(self._parts):
            self.show_part(len(self._parts) - 1, at_end=True)
        else:
            super().action_scroll_end()

    # --- drawing ------------------------------------------------------------------------------------------

    def _wrap(self) -> None:
        """The part shown wrapped to the pane's width, as the lines the pane shows."""
        self._width = self.scrollable_content_region.width
        self._texts, self._starts = [], []
        self._base = self.rich_style
        self.links = []
        if self._width > 0:
            count = len(self._parts)
            if self.part:
                said = _("… part {part} of {count} (k or b at its top goes back, g to the first part)")
                self._add_line(Text(said.format(part=number(self.part + 1), count=number(count))), "kind", False)
            for index in self._part_pieces(self.part):
                self._add(index)
            if self.part + 1 < count:
                said = _("… part {part} of {count} goes on (j or space at its end, G to the last part)")
                self._add_line(Text(said.format(part=number(self.part + 2), count=number(count))), "kind", True)
        self._drawn = [None] * len(self._texts)
        self._resize_content(Size(self._width, len(self._texts)))
        self.refresh()

    def _add_line(self, text: Text, kind: BlockKind, blank_before: bool) -> None:
        """A line of the pane's own (where a part starts or ends), a blank line between it and the text."""
        if blank_before:
            self._blank()
        style = self._base + self._style(kind)
        for line in text.wrap(self.app.console, self._width, overflow="fold"):
            line.end = ""
            self._texts.append((line, style))
        if not blank_before:
            self._blank()

    def _blank(self) -> None:
        self._texts.append(None)

    def _add(self, index: int) -> None:
        """Piece `index`'s lines after those before it, a blank line between blocks unless the one before runs on."""
        piece = self._pieces[index]
        first = index == self._parts[self.part]
        if not first and piece.start == 0 and self._blocks[piece.block - 1].kind not in RUN_ON:
            self._blank()
        self._starts.append(len(self._texts))
        style = self._base + self._style(self._blocks[piece.block].kind)
        for line in self._piece_text(index).wrap(self.app.console, self._width, overflow="fold"):
            line.end = ""
            self._texts.append((line, style))
            self.lines_wrapped += 1

    def _resize_content(self, size: Size) -> None:
        """The new length without a layout of the whole screen (setting `virtual_size` would ask for one, a frame of
        its own): the scroll bar is told here, as ScrollView tells it; only a bar that appears or goes lays out."""
        if size == self.virtual_size:
            return
        self.set_reactive(AnswerPane.virtual_size, size)
        self._scroll_update(size)

    def _style(self, kind: str) -> Style:
        style = self._styles.get(kind)
        if style is None:
            style = self._styles[kind] = self.get_component_rich_style(f"answer-pane--{kind}", partial=True)
        return style

    def _strip(self, line: Text, style: Style) -> Strip:
        segments = Segment.apply_style(line.render(self.app.console), style)
        return Strip(segments, line.cell_len).extend_cell_length(self._width, self._base)

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        if not 0 <= index < len(self._texts):
            return Strip.blank(self.scrollable_content_region.width, self.rich_style)
        shown = self._texts[index]
        strip = self._drawn[index]
        if strip is None:
            strip = Strip.blank(self._width, self._base) if shown is None else self._strip(*shown)
            self._drawn[index] = strip
        selection = self.text_selection
        if selection is not None and shown is not None and (span := selection.get_span(index)) is not None:
            start, end = span
            line = shown[0].copy()
            line.stylize(self.screen.get_component_rich_style("screen--selection"), start,
                         len(line) if end == -1 else end)  # fmt: skip
            strip = self._strip(line, shown[1])
        return strip.apply_offsets(0, index)  # where a mouse selection starts and ends

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text a mouse selection covers (Textual copies it), from the lines as shown."""
        return selection.extract("\n".join(shown[0].plain if shown else "" for shown in self._texts)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self._wrap()

    def notify_style_update(self) -> None:
        """Focus, blur or a theme changed the styles: wrap again with the new ones."""
        super().notify_style_update()
        self._styles.clear()
        if self._blocks and self.is_attached:
            self._wrap()
