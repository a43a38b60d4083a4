"""Earlier sets on the same subject as the selected set or question (`r`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from kqreader.i18n import N_, _, number, short_day
from kqreader.query.similar import NONE_AT_ALL, NONE_EARLIER, RELATION_NAMES, Described, Relation
from kqreader.store.marks import Place
from kqreader.text.safetext import visible
from kqreader.tui.fitted_table import CELL_TEXT, Column, FittedTable

COLUMNS = (  # the subject first: the words shared narrow, then leave (they are beneath the table too)
    Column(N_("how")), Column(N_("set")), Column(N_("asked")), Column(N_("subject"), least=20, main=True, fair=40),
    Column(N_("shares"), least=16, most=60, may_leave=True),
)  # fmt: skip
SHARES = 4  # the column of the words shared (said beneath the table when it is cut or left out)
RELATION_STYLES: dict[Relation, str] = {"named": "bold green", "named-maybe": "green", "names-this": "green",
                                        "similar": ""}  # fmt: skip


class SimilarScreen(ModalScreen[Place | None]):
    """Earlier sets on the same subject as the selected set or question ("has this been asked before?"): the sets
    it names or that name it, then the most alike in words, each with the start of its answer; enter goes to it,
    `l` shows later sets too. Found in a worker (it reads every month's index)."""

    BINDINGS = [
        Binding("escape,q,r", "dismiss(None)", N_("Close")),
        Binding("l", "later", N_("Later sets too"), show=False),
    ]

    def __init__(self, load: Callable[[bool], list[Described]], what: str) -> None:
        super().__init__()
        self.load = load
        self.what = what
        self.later = False
        self.shown: list[Described] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="similar"):
            yield Static(Text(self._title(), style="bold"), id="similar-title")
            yield Static(Text(_("Looking for sets on the same subject…")), id="similar-counts")
            yield FittedTable(COLUMNS, id="similar-table")
            yield Static(id="similar-detail")
            yield Static(Text(_("enter goes to the set · l: later sets too · escape closes")), id="help-foot")

    def _title(self) -> str:
        if self.later:
            return _("Sets on the same subject as {what}").format(what=self.what)
        return _("Earlier sets on the same subject as {what}").format(what=self.what)

    def on_mount(self) -> None:
        self.run_worker(self._read, thread=True, exclusive=True)

    def _read(self) -> None:
        found = self.load(self.later)
        self.app.call_from_thread(self._filled, found)

    def _filled(self, found: list[Described]) -> None:
        self.shown = found
        table = self.query_one(FittedTable)
        table.show([self._row(f) for f in found])
        table.display = bool(found)  # none: the one line says so, no empty table beneath it
        named = sum(1 for f in found if f["relation"] != "similar")
        line = _("{named} named, {alike} alike in words").format(named=number(named), alike=number(len(found) - named))
        none = _(NONE_AT_ALL if self.later else NONE_EARLIER)
        self.query_one("#similar-counts", Static).update(Text(line if found else none))
        self.query_one("#similar-title", Static).update(Text(self._title(), style="bold"))

    @staticmethod
    def _row(found: Described) -> tuple[Text, ...]:
        relation = found["relation"]
        how = Text(_(RELATION_NAMES[relation]), style=RELATION_STYLES[relation])
        asked = Text(short_day(date.fromisoformat(found["submitted"])) if found["submitted"] else _("no date"))
        subject = Text(visible((found["title"] or "?")[:CELL_TEXT]))
        shares = Text(visible(", ".join(found["shared_words"])))
        return how, Text(visible(found["id"])), asked, subject, shares

    def action_later(self) -> None:
        """Later sets too (or earlier ones only again)."""
        self.later = not self.later
        self.query_one("#similar-counts", Static).update(Text(_("Looking for sets on the same subject…")))
        self.run_worker(self._read, thread=True, exclusive=True)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Beneath the table: who asked, the question most alike, the words shared when their column cannot show
        them whole, and the start of its answer."""
        if not 0 <= event.cursor_row < len(self.shown):
            return
        found = self.shown[event.cursor_row]
        askers = ", ".join(found["askers"])
        head = f"{found['id']} · {askers}" if askers else found["id"]
        if found["question"] is not None:
            head += " · " + _("question {number}").format(number=found["question"])
        detail = Text(visible(head), style="bold")
        if found["shared_words"] and not self.query_one(FittedTable).whole(event.cursor_row, SHARES):
            shared = ", ".join(found["shared_words"])
            detail.append("\n" + visible(_("shares: {words}").format(words=shared)))
        if found["shared_citations"]:
            cited = ", ".join(found["shared_citations"])
            detail.append("\n" + visible(_("both cite: {documents}").format(documents=cited)))
        if found["answer"]:
            detail.append("\n" + visible(_("Answer: {text}").format(text=found["answer"]), lines=True))
        self.query_one("#similar-detail", Static).update(detail)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        found = self.shown[event.cursor_row]
        self.dismiss((found["id"], found["question"]))
