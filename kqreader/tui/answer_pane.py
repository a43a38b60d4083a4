"""The right pane: the dossier header, the selected question in full, and the answer that covers it.

Every piece of document text goes in as a rich `Text` built from plain strings (never parsed as markup).
The pane is a list of blocks (one per paragraph), wrapped into lines and drawn on Textual's Line API; it knows
where each block starts, so `n`/`N` can bring the paragraph holding the next hit into view.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple, get_args

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from kqreader.facts.answerkinds import KIND_NAMES, kind_of, referred_questions, unanswered
from kqreader.facts.promises import STATE_NAMES, Promise, State
from kqreader.facts.references import Reference, find_references
from kqreader.i18n import N_, _, day, ngettext, number
from kqreader.model import Dossier, Footnote, Question
from kqreader.query.catalog import NOTICE, NOTICE_LABELS, covers_label, further_label, header_facts, siblings
from kqreader.query.language import Query, hit_spans
from kqreader.store.marks import Marks
from kqreader.text.doubts import shown
from kqreader.text.safetext import hidden, visible

Promised = Sequence[tuple[Promise, State]]
PROMISE_STYLES: dict[State, Style] = {"open": Style(bold=True), "due": Style(bold=True, color="yellow"),
                                      "overdue": Style(bold=True, color="red"), "kept": Style(bold=True, color="green")}
_URL = re.compile(r"https?://[^\s<>«»\"]+[^\s<>«»\".,;:)]")
HIT = Style(bgcolor="yellow", color="black")
CURRENT_HIT = Style(bgcolor="dark_orange", color="black", bold=True)


# The kinds of block; each is styled by its component class in reader.tcss (answer-pane--title, …)
BlockKind = Literal["title", "id", "facts", "notice", "mark", "heading", "question", "answer", "footnote", "kind",
                    "promise", "unanswered", "missing", "doubt-heading", "doubt"]  # fmt: skip
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
    """`text` with every control and format character written as an escape (safetext.visible), its styles kept."""
    plain = text.plain
    if plain.isprintable() or visible(plain, lines=True) == plain:
        return text
    escaped, done = text.blank_copy(), 0
    for found in hidden(plain, lines=True):
        escaped.append_text(text[done : found.start()])
        escaped.append(visible(found.group()))
        done = found.end()
    escaped.append_text(text[done:])
    return escaped


def _paragraphs(text: str, kind: BlockKind) -> list[Block]:
    return [Block(Text(p), kind, searchable=True) for p in text.split("\n\n") if p.strip()]


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


def dossier_blocks(dossier: Dossier, today: date) -> list[Block]:
    """Title, facts and delay notices."""
    blocks = [Block(Text(dossier.title or dossier.id), "title", searchable=True), Block(Text(dossier.id), "id")]
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


LINKED = ("question", "answer", "facts", "notice", "explanation")  # the blocks whose references become links


class Link(NamedTuple):
    reference: Reference
    text: str  # as printed


def link_references(blocks: list[Block], dossier: Dossier, links: list[Link] | None = None) -> list[Link]:
    """Make each reference in the blocks a link (underlined; a click follows it: app.follow(n)); the links, in the
    order shown (after `links`, the ones already in the pane)."""
    links = links if links is not None else []
    for block in blocks:
        if block.kind not in LINKED:
            continue
        for reference in find_references(block.text.plain, dossier.id):
            style = Style(underline=True, meta={"@click": f"app.follow({len(links)})"})
            block.text.stylize(style, reference.start, reference.end)
            links.append(Link(reference, block.text.plain[reference.start : reference.end]))
    return links


def kind_blocks(dossier: Dossier, question: Question, promised: Promised) -> list[Block]:
    """What kind of answer it is (when not substantive), what a bare "Ja." leaves unanswered, what it promises and
    by when, and the answers it refers to, shown beneath."""
    answer = question.answer
    if answer is None:
        return []
    blocks = []
    verdict = kind_of(answer.text)
    if verdict.kind not in ("inhoudelijk", "toezegging"):  # a promise says so in its own line below
        blocks.append(Block(Text(_("Kind of answer: {kind}").format(kind=_(KIND_NAMES[verdict.kind]))), "kind"))
    left = unanswered(question.text, answer.text)
    if left:
        blocks.append(Block(Text(_("Answered in part; not answered: {questions}").format(questions=" ".join(left))),
                            "kind"))  # fmt: skip
    for promise, state in promised:
        blocks.append(Block(promise_line(promise, state), "promise"))
    for asked in referred_questions(answer.text):
        referred = next((q for q in dossier.questions if q.number == asked), None)
        if referred is None or referred.answer is None or referred.answer is answer:
            continue
        blocks.append(Block(Text(_("The answer to question {number}, referred to").format(number=asked)), "heading"))
        blocks += _paragraphs(referred.answer.text, "answer")
    return blocks


def promise_line(promise: Promise, state: State) -> Text:
    """⚑ the promise's state, its due day and the words it was read from, then its sentence."""
    if promise.due is None:
        head = _("Promise ({state}, no date)").format(state=_(STATE_NAMES[state]))
    else:
        head = _("Promise ({state}, due {day}: “{basis}”)").format(state=_(STATE_NAMES[state]), day=day(promise.due),
                                                                    basis=promise.basis)  # fmt: skip
    line = Text("⚑ ")
    line.append(head, style=PROMISE_STYLES[state])
    line.append(f": {promise.text}")
    return line


def question_blocks(dossier: Dossier, question: Question, promised: Promised = ()) -> list[Block]:
    """The question in full, then its answer (or a plain statement that there is none yet), what kind of answer
    it is and what it promises (`promised`: its promises with their states, as the app's Keeping decides)."""
    blocks = [Block(Text(_("Question {number}").format(number=question.number)), "heading")]
    missing = Block(Text(_("(the text of this question is missing)")), "missing")
    blocks += _paragraphs(question.text, "question") or [missing]
    blocks += _footnotes(question.footnotes)
    answer = question.answer
    if answer is None:
        state = _("Delayed: not answered yet.") if dossier.status == "delayed" else _("Not answered yet.")
        if any(notice.kind == "letter" for notice in dossier.notices):
            state = _("Answered by letter: see the notice above.")
        if dossier.status == "withdrawn":
            state = _("Withdrawn: these questions will not be answered.")
        blocks.append(Block(Text(state), "unanswered"))
        return blocks
    blocks.append(Block(Text(covers_label(answer.covers, siblings(dossier, question))), "heading"))
    blocks += _paragraphs(answer.text, "answer")
    blocks += _footnotes(answer.footnotes)
    blocks += kind_blocks(dossier, question, promised)
    if question.further is not None:  # the nader antwoord, after the answer it completes
        blocks.append(Block(Text(further_label(question.further.covers)), "heading"))
        blocks += _paragraphs(question.further.text, "answer")
        blocks += _footnotes(question.further.footnotes)
    return blocks


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


RUN_ON: frozenset[BlockKind] = frozenset({"title", "heading", "footnote", "doubt-heading", "doubt"})  # no blank after


class AnswerPane(ScrollView, can_focus=True):
    """Scrolls with j/k/space; n/N go from hit to hit. A list of lines on Textual's Line API: a new selection wraps
    its blocks once into lines and repaints, with no layout of widgets (which cost a frame and more)."""

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
        self._hits: list[tuple[int, int, int]] = []  # (block, start, end)
        self.current_hit = -1
        self._lines: list[Strip] = []
        self._texts: list[tuple[Text, Style] | None] = []  # each line's text and style (None: a blank line)
        self._starts: list[int] = []  # each block's first line
        self._width = 0
        self._styles: dict[str, Style] = {}

    def show(self, blocks: list[Block], query: Query) -> None:
        """Show these blocks from the top, with the query's hits lit."""
        self._blocks = blocks
        self._hits = [
            (index, start, end)
            for index, block in enumerate(blocks)
            if block.searchable
            for start, end in hit_spans(block.text.plain, query)
        ]
        self.current_hit = -1
        self._wrap()
        self.scroll_home(animate=False)

    def append(self, block: Block) -> None:
        """One more block at the end, where the reader is left as it was (what a worker found afterwards)."""
        self._blocks.append(block)
        if self._width and self._width == self.scrollable_content_region.width:
            self._add(len(self._blocks) - 1)  # only its own lines: the others are as they were
            self._resize_content(Size(self._width, len(self._lines)))
            self.refresh()
        else:
            self._wrap()

    @property
    def hit_count(self) -> int:
        return len(self._hits)

    def _lit(self, index: int) -> Text:
        text = self._blocks[index].text.copy()
        for hit, (block, start, end) in enumerate(self._hits):
            if block == index:
                text.stylize(CURRENT_HIT if hit == self.current_hit else HIT, start, end)
        return text

    def next_hit(self, step: int) -> bool:
        """Move to the next (step 1) or previous (step -1) hit; False when there is none."""
        if not self._hits:
            return False
        self.current_hit = (self.current_hit + step) % len(self._hits)
        block, start, _end = self._hits[self.current_hit]
        self._wrap()
        line = self._starts[block] + self._line_of(block, start)
        self.scroll_to(y=max(0, line - self.scrollable_content_region.height // 2), animate=False)
        return True

    def _line_of(self, block: int, offset: int) -> int:
        """Which of the block's wrapped lines holds character `offset` (the hit is brought to the middle)."""
        plain = self._blocks[block].text.plain
        end = self._starts[block + 1] if block + 1 < len(self._starts) else len(self._texts)
        lines = [shown[0] for shown in self._texts[self._starts[block] : end] if shown is not None]
        seen = 0
        for place, line in enumerate(lines):
            words = line.plain.strip()
            seen = plain.find(words, seen) + len(words) if words else seen
            if offset < seen:
                return place
        return max(0, len(lines) - 1)

    def plain_blocks(self) -> list[str]:
        """The text shown, block by block (for tests and copying)."""
        return [block.text.plain for block in self._blocks]

    def block_line(self, index: int) -> int:
        """The line (of all the pane's lines) where block `index` starts."""
        return self._starts[index]

    # --- drawing ------------------------------------------------------------------------------------------

    def _wrap(self) -> None:
        """Every block wrapped to the pane's width, as the lines the pane shows."""
        self._width = self.scrollable_content_region.width
        self._lines, self._texts, self._starts = [], [], []
        if self._width > 0:
            for index in range(len(self._blocks)):
                self._add(index)
        self._resize_content(Size(self._width, len(self._lines)))
        self.refresh()

    def _add(self, index: int) -> None:
        """Block `index`'s lines after those before it, a blank line between unless the one before runs on."""
        if index and self._blocks[index - 1].kind not in RUN_ON:
            self._lines.append(Strip.blank(self._width, self.rich_style))
            self._texts.append(None)
        self._starts.append(len(self._lines))
        style = self.rich_style + self._style(self._blocks[index].kind)
        for line in self._lit(index).wrap(self.app.console, self._width, overflow="fold"):
            line.end = ""
            self._lines.append(self._strip(line, style))
            self._texts.append((line, style))

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
        return Strip(segments, line.cell_len).extend_cell_length(self._width, self.rich_style)

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        if not 0 <= index < len(self._lines):
            return Strip.blank(self.scrollable_content_region.width, self.rich_style)
        strip = self._lines[index]
        selection = self.text_selection
        shown = self._texts[index]
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
