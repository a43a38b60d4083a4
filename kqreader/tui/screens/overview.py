"""An asker's or a party's sets (`v`): those waiting first, and how fast each ministry answered them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from kqreader.facts.ministries import asked_of
from kqreader.i18n import N_, _, short_day
from kqreader.store.marks import Place
from kqreader.text.safetext import visible
from kqreader.tui.fitted_table import CELL_TEXT, Column, FittedTable

if TYPE_CHECKING:
    from kqreader.analysis.overview import Asked, Overview, Who  # its figures import the statistics: only when shown

COLUMNS = (  # the subject is what tells the sets apart: whom they asked narrows, then leaves (the figures name them)
    Column(N_("set")), Column(N_("asked")), Column(N_("standing")),
    Column(N_("asked of"), least=12, most=40, may_leave=True), Column(N_("subject"), least=20, main=True, fair=40),
)  # fmt: skip


class OverviewScreen(ModalScreen[Place | None]):
    """One asker's sets (`t`: their party's), those waiting for an answer first, the longest overdue at the top, and
    how fast each ministry they asked answered; `a` the next asker of the set; enter goes to a set. Read in a worker."""

    BINDINGS = [
        Binding("escape,q,v", "dismiss(None)", N_("Close")),
        Binding("t", "party", N_("The member's party, or the member again"), show=False),
        Binding("a", "next_asker", N_("The set's next asker"), show=False),
    ]

    def __init__(self, load: Callable[[Who, str], Overview], askers: list[tuple[str, str | None]]) -> None:
        super().__init__()
        self.load = load
        self.askers = askers
        self.asker = 0
        self.who: Who = "member"
        self.shown: list[Asked] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="overview"):
            yield Static(Text(_("Reading their sets…")), id="overview-title")
            yield FittedTable(COLUMNS, id="overview-table")
            with VerticalScroll(id="overview-figures"):
                yield Static(id="overview-body")
            yield Static(Text(_("enter goes to the set · t: the party / the member · a: the next asker · escape "
                                "closes")), id="help-foot")  # fmt: skip

    def on_mount(self) -> None:
        self._read()

    def _chosen_name(self) -> str | None:
        name, party = self.askers[self.asker]
        return name if self.who == "member" else party

    def _read(self) -> None:
        name = self._chosen_name()
        if name is None:  # no party printed: the member's sets
            self.who = "member"
            name = self.askers[self.asker][0]
        self.run_worker(partial(self._load, self.who, name), thread=True, exclusive=True)

    def _load(self, who: Who, name: str) -> None:
        found = self.load(who, name)
        self.app.call_from_thread(self._filled, found)

    def _filled(self, found: Overview) -> None:
        from kqreader.output.stats_view import figures_table, overview_heading

        self.shown = found.sets
        self.query_one(FittedTable).show([self._row(asked) for asked in found.sets])
        self.query_one("#overview-title", Static).update(overview_heading(found))
        self.query_one("#overview-body", Static).update(figures_table(found.figures) if found.sets else "")

    @staticmethod
    def _row(asked: Asked) -> tuple[Text, ...]:
        style = "bold red" if asked.verdict == "overdue" else "yellow" if asked.waiting else ""
        day = Text(short_day(asked.submitted) if asked.submitted else "–")
        whom = Text(visible(asked_of(asked.addressees)))
        subject = Text(visible(asked.title[:CELL_TEXT]))
        return Text(visible(asked.id)), day, Text(asked.badge, style=style), whom, subject

    def action_party(self) -> None:
        """The member's party, or the member again."""
        self.who = "party" if self.who == "member" else "member"
        self._read()

    def action_next_asker(self) -> None:
        self.asker = (self.asker + 1) % len(self.askers)
        self._read()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss((self.shown[event.cursor_row].id, None))
