"""The promise queue (`p`): every promise the answers make, by state and due day."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from kqreader.analysis.promise_queue import Queued
from kqreader.facts.ministries import asked_of
from kqreader.facts.promises import NO_DATE, STATE_NAMES, STATES, State
from kqreader.i18n import N_, _, number, short_day
from kqreader.store.marks import Place
from kqreader.text.safetext import visible
from kqreader.tui.fitted_table import CELL_TEXT, Column, FittedTable

QUEUE_SHOWN = 2_000  # rows in the queue screen (the rest: `kqreader promises` lists them all)
COLUMNS = (  # the promise is what the screen is for: who narrows, then leaves (it is beneath the table too)
    Column(N_("due by")), Column(N_("state")), Column(N_("set")), Column(N_("who"), least=12, most=32, may_leave=True),
    Column(N_("promise"), least=24, main=True, fair=48),
)  # fmt: skip
QUEUE_VIEWS: tuple[tuple[str, str, tuple[State, ...]], ...] = (  # (key, name, the states it shows)
    ("1", N_("not kept"), ("overdue", "due", "open")), ("2", N_("overdue"), ("overdue",)), ("3", N_("due"), ("due",)),
    ("4", N_("open"), ("open",)), ("5", N_("kept"), ("kept",)), ("6", N_("all"), STATES),
)  # fmt: skip
STATE_STYLES: dict[State, str] = {"open": "", "due": "yellow", "overdue": "bold red", "kept": "green"}


class PromiseScreen(ModalScreen[Place | None]):
    """The promise queue: every promise the answers make, oldest due first, those without a day last; 1-6 choose
    which, enter goes to the question whose answer made it. The queue is read in a worker (it reads every month)."""

    BINDINGS = [
        Binding("escape,q,p", "dismiss(None)", N_("Close")),
        *(Binding(key, f"view({n})", _name, show=False) for n, (key, _name, _states) in enumerate(QUEUE_VIEWS)),
    ]

    def __init__(self, load: Callable[[], list[Queued]], today_text: str) -> None:
        super().__init__()
        self.load = load
        self.today_text = today_text
        self.queue: list[Queued] = []
        self.shown: list[Queued] = []
        self.view = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="promises"):
            yield Static(Text(_("Promises in the answers"), style="bold"), id="promises-title")
            yield Static(Text(_("Reading the promises…")), id="promises-counts")
            yield FittedTable(COLUMNS, id="promises-table")
            yield Static(id="promises-detail")
            views = "  ".join(f"{key} {_(name)}" for key, name, _states in QUEUE_VIEWS)
            yield Static(Text(_("{views} · enter goes to the question · escape closes").format(views=views)),
                         id="help-foot")  # fmt: skip

    def on_mount(self) -> None:
        self.run_worker(self._read, thread=True, exclusive=True)

    def _read(self) -> None:
        found = self.load()
        self.app.call_from_thread(self._filled, found)

    def _filled(self, found: list[Queued]) -> None:
        self.queue = found
        self.action_view(self.view)

    def action_view(self, view: int) -> None:
        """Show the promises in the states of one view."""
        self.view = view
        states = QUEUE_VIEWS[view][2]
        chosen = [q for q in self.queue if q.state in states]
        self.shown = chosen[:QUEUE_SHOWN]
        self.query_one(FittedTable).show([self._row(q) for q in self.shown])
        counts = {state: sum(1 for q in self.queue if q.state == state) for state in STATES}
        line = _("{view}: {count} of {total} · {overdue} overdue, {due} due within 30 days, {open} open, {kept} kept "
                 "(as of {day})").format(view=_(QUEUE_VIEWS[view][1]), count=number(len(chosen)),
                                         total=number(len(self.queue)), day=self.today_text,
                                         **{state: number(n) for state, n in counts.items()})  # fmt: skip
        if len(chosen) > len(self.shown):
            line += " · " + _("the first {count}; kqreader promises lists them all").format(count=number(QUEUE_SHOWN))
        self.query_one("#promises-counts", Static).update(Text(line))

    @staticmethod
    def _row(queued: Queued) -> tuple[Text, ...]:
        due = Text(short_day(queued.due) if queued.due else _("no date"))
        state = Text(_(STATE_NAMES[queued.state]), style=STATE_STYLES[queued.state])
        who = Text(visible(_who(queued)))
        said = Text(visible(" ".join(queued.text[:CELL_TEXT].split())))
        return due, state, Text(visible(queued.set)), who, said

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Beneath the table: the whole promise, where its day was read from, and the question it answers."""
        if not 0 <= event.cursor_row < len(self.shown):
            return
        queued = self.shown[event.cursor_row]
        where = _("{set}, question {number}").format(set=queued.set, number=queued.covers[0] if queued.covers else "?")
        detail = Text(visible(where), style="bold")
        if who := _who(queued):
            detail.append(visible(f" · {who}"))
        if queued.basis != NO_DATE:
            detail.append(visible(f" · “{queued.basis}”"))
        detail.append("\n" + visible(queued.text, lines=True))
        self.query_one("#promises-detail", Static).update(detail)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        queued = self.shown[event.cursor_row]
        self.dismiss((queued.set, queued.covers[0] if queued.covers else None))


def _who(queued: Queued) -> str:
    """Who promised: the ministers who answered, or else the ministries asked."""
    return ", ".join(queued.ministers) or asked_of(queued.addressees)
