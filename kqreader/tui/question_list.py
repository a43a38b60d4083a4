"""The question list: a virtual list on Textual's Line API, so only the rows on screen are ever rendered.

Rows come from `query.catalog.Catalog`; this widget draws them, keeps the cursor and says which row is selected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kqreader.facts.timeliness import list_badge, timeliness
from kqreader.i18n import DAY_WIDTH, N_, _, short_day
from kqreader.index.list_rows import Layout, RowList
from kqreader.model import Answer, Dossier
from kqreader.query.catalog import Catalog, Filtered, Row, Rows, askers_line, nothing_shown
from kqreader.query.language import Query, hit_spans
from kqreader.text.safetext import visible
from kqreader.text.sentences import as_subject

ID_COLUMN = len("ah-tk-20232024-1314")  # the longest ids: an Aanhangsel's (longer ones are cut)
MARK = "★"  # a marked question or set (m)
NEW = "✦"  # a set a fetch changed since the reader was last opened
FOLLOWED = "⚑"  # a set on the watch list (w)
AFTER_PAINT_AT_MOST_SECONDS = 1 / 30  # when the list is not drawn (a screen over it): four frames at 120 a second
ASKERS_LEAST = 16  # cells a set's row keeps for " · " and who asked, however long its subject …
SUBJECT_LEAST = 8  # … when its subject keeps this many
ROWS_KEPT = 256  # drawn rows kept for scrolling back: a few screenfuls (each is ~15 objects the collector visits)


class QuestionList(ScrollView, can_focus=True):
    """Dossier rows with their question rows below them."""

    BINDINGS = [
        Binding("j,down", "move(1)", N_("Down"), show=False, id="list.down"),
        Binding("k,up", "move(-1)", N_("Up"), show=False, id="list.up"),
        Binding("J,right_square_bracket", "dossier(1)", N_("Next dossier"), show=False, id="list.next-dossier"),
        Binding("K,left_square_bracket", "dossier(-1)", N_("Previous dossier"), show=False, id="list.previous-dossier"),
        Binding("g,home", "first", N_("First"), show=False, id="list.first"),
        Binding("G,end", "last", N_("Last"), show=False, id="list.last"),
        Binding("pagedown", "page(1)", N_("Page down"), show=False, id="list.page-down"),
        Binding("pageup", "page(-1)", N_("Page up"), show=False, id="list.page-up"),
    ]
    COMPONENT_CLASSES = {
        "question-list--cursor",
        "question-list--dossier",
        "question-list--sibling",
        "question-list--hit",
        "question-list--on-time",
        "question-list--late",
        "question-list--open",
        "question-list--overdue",
        "question-list--unknown",
        "question-list--number",
    }

    cursor: reactive[int] = reactive(0, always_update=True, repaint=False)  # watch_cursor repaints two rows

    def __init__(self, catalog: Catalog, today: date, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.catalog = catalog
        self.today = today
        self.filtered = Filtered(RowList(Layout([]), 0))
        self.filter_query = Query()
        self._cache: LRUCache[tuple[int, bool, bool, int], Strip] = LRUCache(ROWS_KEPT)
        self._styles: dict[str, Style] = {}  # component styles, worked out once per style change (not per row)
        self._selected: tuple[Row | None, Answer | None] = (None, None)  # worked out when the cursor moves
        self._after_paint: Callable[[], None] | None = None

    # --- data -------------------------------------------------------------------------------------------

    @property
    def rows(self) -> Rows:
        return self.filtered.rows

    def show_rows(self, filtered: Filtered, query: Query) -> None:
        """Replace the rows (keeping the selected row when it is still there)."""
        current = self.selected_row
        self.filtered = filtered
        self.filter_query = query
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(filtered.rows))
        target = filtered.position(current)
        self.cursor = target if target is not None else self._first_question_row()
        self.refresh()

    def _first_question_row(self) -> int:
        return next((i for i, row in enumerate(self.rows) if row.question is not None), 0)

    @property
    def selected_row(self) -> Row | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self.rows) - 1)) if self.rows else 0

    def watch_cursor(self, old: int, new: int) -> None:
        """Repaint only the rows whose look changes: the old and new cursor rows and their ◆ siblings."""
        self._selected = (self.selected_row, self._shared_answer(new))
        for index in {old, new, *self._sibling_rows(old), *self._sibling_rows(new)}:  # (the rows of both groups)
            self.refresh_line(index)
        self._keep_visible(new)

    def _sibling_rows(self, index: int) -> list[int]:
        """Rows of the questions that share the answer of the question at `index` (near it in the list)."""
        if self._shared_answer(index) is None:
            return []
        start, stop = self.rows.dossier_bounds(index)
        return [i for i in range(start, stop) if i != index]

    def _shared_answer(self, index: int) -> Answer | None:
        """The answer to the question at row `index` when it covers more questions than that one."""
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        question = self.catalog.question(row) if row is not None and row.question is not None else None
        answer = question.answer if question is not None else None
        return answer if answer is not None and len(answer.covers) > 1 else None

    def _keep_visible(self, index: int) -> None:
        """A cursor that leaves the screen brings its row to the middle: the list moves by half a screen, not a row
        (vim's 'scrolljump', for slow terminals), so stepping on redraws two rows and one step in half a screen
        redraws them all — over SSH a whole list each step is kilobytes, and a third of a step's time."""
        height = self.scrollable_content_region.height or 1
        top = round(self.scroll_offset.y)
        if index < top or index >= top + height:
            self.scroll_to(y=max(0, index - height // 2), animate=False)

    # --- actions ------------------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_dossier(self, step: int) -> None:
        """To the first question of the next (or previous) dossier."""
        if not self.rows:
            return
        start, stop = self.rows.dossier_bounds(self.cursor)  # the dossier the cursor is in
        target = stop if step > 0 else (self.rows.dossier_bounds(start - 1)[0] if start > 0 else -1)
        if 0 <= target < len(self.rows):
            has_question = target + 1 < len(self.rows) and self.rows[target + 1].question is not None
            self.cursor = target + 1 if has_question else target

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.rows) - 1

    def action_page(self, step: int) -> None:
        self.cursor += step * max(1, self.scrollable_content_region.height - 1)

    def select_row(self, row: Row) -> bool:
        """Put the cursor on a row if it is listed."""
        index = self.filtered.position(row)
        if index is not None:
            self.cursor = index
        return index is not None

    def on_click(self, event: events.Click) -> None:
        self.cursor = round(self.scroll_offset.y) + event.y

    def on_resize(self) -> None:
        """Rows drawn again at the new width, and the cursor's row kept on screen (a smaller terminal would leave it
        below the last row until the next key)."""
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows))
        self._keep_visible(self.cursor)

    def after_paint(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the frame that shows the moved cursor is out (or after a frame's time at most, when
        the list is not drawn): the answer pane's layout costs more than a frame, and the cursor should not wait
        for it. A newer callback replaces one not yet run."""
        self._after_paint = callback
        self.set_timer(AFTER_PAINT_AT_MOST_SECONDS, self._run_after_paint)

    def _run_after_paint(self) -> None:
        callback, self._after_paint = self._after_paint, None
        if callback is not None:
            callback()

    # --- drawing ------------------------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        if self._after_paint is not None:
            self.call_next(self._run_after_paint)  # runs once this frame is written
        return lines

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        if index >= len(self.rows):
            base = self._base_style()
            if index == 0:  # an empty list says why
                line = nothing_shown(self.filter_query, self.catalog.dossier_count)[0]
                return Strip(_fitted([Segment(line, base + self._style("number"))], width, base))
            return Strip.blank(width, base)
        row = self.rows[index]
        selected = index == self.cursor
        sibling = self._is_sibling(row)
        key = (index, selected, sibling, width)
        strip = self._cache.get(key)
        if strip is None:
            base = self._base_style() + self._style("cursor") if selected else self._base_style()
            if row.question is None:
                segments = self._dossier_segments(row, width, base)
            else:
                segments = self._question_segments(row, sibling, width, base)
            strip = self._cache[key] = Strip(segments, width)
        return strip

    def _is_sibling(self, row: Row) -> bool:
        """Whether the row's question shares the selected question's answer (the selected one too: ◆ marks the whole
        group)."""
        selected, answer = self._selected
        if answer is None or selected is None or row.question is None:
            return False
        if row.dossier != selected.dossier:
            return False
        other = self.catalog.question(row)
        return other is not None and other.answer is answer

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(f"question-list--{name}", partial=True)
        return style

    def _base_style(self) -> Style:
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def forget_drawn(self) -> None:
        """Draw the rows again (the marks changed)."""
        self._cache.clear()
        self.refresh()

    def _marked(self, dossier: int, question: int | None) -> bool:
        """Whether list place `dossier`'s set (question None) or its printed question is marked; its id is read
        only when there are marks at all (rows are drawn on every scroll)."""
        marks = self.catalog.marks
        return bool(len(marks)) and marks.marked(self.catalog.summary(dossier).id, question)

    def notify_style_update(self) -> None:
        """Focus, blur or a theme changed the styles: forget the ones worked out and the rows drawn with them."""
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def _dossier_segments(self, row: Row, width: int, base: Style) -> list[Segment]:
        dossier = self.catalog.summary(row.dossier)
        submitted = short_day(dossier.submitted) if dossier.submitted else " " * DAY_WIDTH
        verdict = timeliness(dossier, self.today).verdict or "unknown"
        badge_text = f" {list_badge(dossier, self.today)}"
        if dossier.id in self.catalog.marks.news:  # changed by a fetch since the reader was last opened
            new = _("new answer") if dossier.status == "answered" else _("new")
            badge_text = f" {NEW} {new} ·{badge_text}"
        if dossier.id in self.catalog.marks.watched:
            badge_text = f" {FOLLOWED}{badge_text}"
        subject = as_subject(dossier.title[: width * 2]) if dossier.title else _("(no subject)")
        mark = MARK if self._marked(row.dossier, None) else " "
        room = width - cell_len(badge_text) - ID_COLUMN - len(mark) - cell_len(submitted) - 1
        subject, askers = subject_and_askers(subject, dossier, room)
        ident = Segment(_id_cell(dossier.id, ID_COLUMN), base + self._style("dossier"))  # a column of its own
        left = [ident, Segment(mark, base + self._style("sibling")), Segment(f"{submitted} {subject}", base)]
        if dossier.submitted is None and len(dossier.id) > ID_COLUMN:  # a page's own name (vervolg-…): the empty
            wide = ID_COLUMN + DAY_WIDTH  # day's cells take the rest of it, whole (the mark after it)
            left = [Segment(_id_cell(dossier.id, wide), ident.style), Segment(mark, base + self._style("sibling")),
                    Segment(f" {subject}", base)]  # fmt: skip
        left.append(Segment(askers, base + self._style("number")))
        right = Segment(badge_text, base + self._style(verdict.replace(" ", "-")))
        return _fitted([*_fitted(left, max(0, width - cell_len(badge_text)), base), right], width, base)

    def _question_segments(self, row: Row, sibling: bool, width: int, base: Style) -> list[Segment]:
        assert row.question is not None
        number = self.catalog.layout.first[row.dossier] + row.question
        snippet = self.catalog.snippet(number)[: max(0, width * 2)] or _("(text missing)")
        printed = self.catalog.printed_number(number)
        marked = self._marked(row.dossier, printed)
        parts = [Segment(MARK if marked else " ", base + self._style("sibling"))]
        parts.append(Segment(f" {printed:>3} ", base + self._style("number")))
        parts.append(Segment("◆ " if sibling else "  ", base + self._style("sibling")))
        hit, done = base + self._style("hit"), 0
        for begin, end in hit_spans(snippet, self.filter_query):
            if begin < done:  # overlapping hits (two terms in one word) light up once
                begin = done
            if begin < end:
                parts += [Segment(snippet[done:begin], base), Segment(snippet[begin:end], hit)]
                done = end
        parts.append(Segment(snippet[done:], base))
        return _fitted(parts, width, base)


def subject_and_askers(subject: str, dossier: Dossier, room: int) -> tuple[str, str]:
    """A set's row's subject and " · " its askers in `room` cells: the askers keep up to ASKERS_LEAST cells, the
    subject the rest (at least SUBJECT_LEAST), cut with an ellipsis: a long subject no longer pushes who asked off the
    row. The askers shorten by whole names (their parties go first, then all but the first asker), never cut in a
    name; with no room for one name the subject has the row."""
    if not dossier.askers:
        return subject, ""
    names = [person.name for person in dossier.askers]
    forms = [f" · {askers_line(dossier)}", f" · {', '.join(names)}", f" · {names[0]}" + (" …" if names[1:] else "")]
    if cell_len(subject) + cell_len(forms[0]) <= room:
        return subject, forms[0]
    most = room - SUBJECT_LEAST  # the askers never take more
    share = min(max(ASKERS_LEAST, room - cell_len(subject)), most)
    askers = next((form for form in forms if cell_len(form) <= share), forms[-1])
    if cell_len(askers) > most:
        return subject, ""
    if cell_len(subject) > room - cell_len(askers):
        subject = set_cell_size(subject, room - cell_len(askers) - 1) + "…"
    return subject, askers


def _fitted(parts: list[Segment], width: int, base: Style) -> list[Segment]:
    """Segments exactly `width` cells wide: cut with an ellipsis when too long, padded with `base` when short."""
    segments: list[Segment] = []
    used = 0
    for each in parts:
        part = each if each.text.isprintable() else Segment(visible(each.text), each.style)  # no terminal escape
        length = cell_len(part.text)
        if used + length > width:
            if width > used:
                cut = set_cell_size(part.text, width - used - 1) + "…"
                segments.append(Segment(set_cell_size(cut, width - used), part.style))
            return segments
        if length:
            segments.append(part)
        used += length
    if used < width:
        segments.append(Segment(" " * (width - used), base))
    return segments


def _id_cell(ident: str, cells: int) -> str:
    """A set's id in `cells` cells: padded, or cut with "…" when it is longer."""
    return f"{ident:<{cells}}" if len(ident) <= cells else ident[: cells - 1] + "…"
