"""Modal screens: the key help (`?`), the statistics (`s`), the promise queue (`p`), the earlier sets on the same
subject (`r`), an asker's or party's sets (`v`), the last copy (`L`), a line of text (a note, a filter's name) and
the citation-style picker (`C`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, OptionList, Static
from textual.widgets.option_list import Option

from kqreader.analysis.promise_queue import Queued
from kqreader.facts.ministries import asked_of
from kqreader.facts.promises import NO_DATE, STATE_NAMES, STATES, State
from kqreader.i18n import N_, _, number
from kqreader.query.language import DUTCH_HELP, FIELDS, WORDS_HELP
from kqreader.query.similar import RELATION_NAMES, Described, Relation
from kqreader.store.marks import Place

if TYPE_CHECKING:
    from kqreader.analysis.overview import Asked, Overview, Who  # its figures import the statistics: only when shown

FILTER_KEYS = [
    ("/", N_("Filter: the list follows as you type")),
    (N_("enter (in the filter)"), N_("Keep the filter and go back to the list")),
    (N_("escape (in the filter)"), N_("Clear the filter")),
]


def key_table(groups: list[tuple[str, list[Binding]]], names: Callable[[str], str]) -> Table:
    """Every binding with its keys (as `names` writes them) and what it does, grouped by where it works."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, bindings in groups:
        table.add_row(Text(_(title), style="bold underline"), "")
        for binding in bindings:
            table.add_row(Text(names(binding.key)), Text(_(binding.description)))
        table.add_row("", "")
    table.add_row(Text(_("Filter"), style="bold underline"), "")
    for keys, what in FILTER_KEYS:
        table.add_row(Text(_(keys)), Text(_(what)))
    table.add_row("", "")
    table.add_row(Text(_("The filter's language"), style="bold underline"), "")
    for example, finds in (*WORDS_HELP, *((field.example, field.finds) for field in FIELDS.values()), DUTCH_HELP):
        table.add_row(Text(example), Text(_(finds)))
    return table


class HelpScreen(ModalScreen[None]):
    """Every key kqreader knows, and the filter's language; j/k, g/G and the page keys scroll it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", N_("Close")),
        Binding("j", "scroll('down')", N_("Down"), show=False),
        Binding("k", "scroll('up')", N_("Up"), show=False),
        Binding("g", "scroll('home')", N_("Top"), show=False),
        Binding("G", "scroll('end')", N_("Bottom"), show=False),
    ]

    def __init__(self, groups: list[tuple[str, list[Binding]]], names: Callable[[str], str]) -> None:
        super().__init__()
        self.table = key_table(groups, names)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text(_("Keys"), style="bold"), id="help-title")
            yield Static(self.table, id="help-keys")
            yield Static(Text(_("escape closes this screen · ctrl+p opens the command palette")), id="help-foot")

    def action_scroll(self, where: str) -> None:
        view = self.query_one("#help", VerticalScroll)
        {"down": view.scroll_down, "up": view.scroll_up, "home": view.scroll_home, "end": view.scroll_end}[where]()


class StatisticsScreen(ModalScreen[None]):
    """Figures per ministry and party, and the spread of days to answer, for the dossiers in view."""

    BINDINGS = [Binding("escape,q,s", "dismiss", N_("Close"))]

    def __init__(self, title: str, view: RenderableType) -> None:
        super().__init__()
        self.heading = title
        self.view = view

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="statistics"):
            yield Static(Text(self.heading, style="bold"), id="statistics-title")
            yield Static(self.view, id="statistics-body")
            yield Static(Text(_("escape closes this screen")), id="help-foot")


class CopyScreen(ModalScreen[None]):
    """The last text copied, as it is, for the terminal's own selection where OSC 52 does not arrive."""

    BINDINGS = [Binding("escape,q,L", "dismiss", N_("Close"))]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="copy"):
            yield Static(Text(_("The last copy"), style="bold"), id="copy-title")
            yield Static(Text(self.text), id="copy-text")
            yield Static(Text(_("Select it with the terminal's selection (in most terminals: hold Shift and drag) · "
                                "escape closes")), id="help-foot")  # fmt: skip


class TextPrompt(ModalScreen[str | None]):
    """One line of text: a note on a question (e), a saved filter's name. Enter gives it, Esc cancels."""

    BINDINGS = [Binding("escape", "dismiss(None)", N_("Cancel"))]

    def __init__(self, title: str, value: str, placeholder: str) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static(Text(self.title_text, style="bold"))
            yield Input(self.value, placeholder=self.placeholder, id="prompt-text")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)


class CitationPicker(ModalScreen[str | None]):
    """Choose one of several: a citation style (each option shows the citation it would copy), or a reference to
    follow (each shows where it leads)."""

    BINDINGS = [Binding("escape", "dismiss(None)", N_("Cancel"))]

    def __init__(self, previews: dict[str, str], title: str | None = None) -> None:
        super().__init__()
        self.previews = previews
        self.heading = title or _("Copy the citation as …")

    def compose(self) -> ComposeResult:
        options = []
        for style, preview in self.previews.items():
            prompt = Text(f"{style:<9}", style="bold")
            prompt.append(" ".join(preview.split())[:160])
            options.append(Option(prompt, id=style))
        with Vertical(id="picker"):
            yield Static(Text(self.heading, style="bold"))
            yield OptionList(*options, id="styles")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


QUEUE_SHOWN = 2_000  # rows in the queue screen (the rest: `kqreader promises` lists them all)
WHO_SHOWN = 32  # characters of who promised (the whole promise is beneath the table)
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
            table: DataTable[Text] = DataTable(id="promises-table", cursor_type="row", zebra_stripes=True)
            yield table
            yield Static(id="promises-detail")
            views = "  ".join(f"{key} {_(name)}" for key, name, _states in QUEUE_VIEWS)
            yield Static(Text(_("{views} · enter goes to the question · escape closes").format(views=views)),
                         id="help-foot")  # fmt: skip

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for title in (_("due by"), _("state"), _("set"), _("who"), _("promise")):
            table.add_column(title)
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
        table = self.query_one(DataTable)
        table.clear()
        table.add_rows([self._row(q) for q in self.shown])
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
        due = Text(queued.due.isoformat() if queued.due else _("no date"))
        state = Text(_(STATE_NAMES[queued.state]), style=STATE_STYLES[queued.state])
        who = Text((", ".join(queued.ministers) or asked_of(queued.addressees))[:WHO_SHOWN], overflow="ellipsis")
        said = Text(" ".join(queued.text.split())[:200])
        return due, state, Text(queued.set), who, said

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Beneath the table: the whole promise, where its day was read from, and the question it answers."""
        if not 0 <= event.cursor_row < len(self.shown):
            return
        queued = self.shown[event.cursor_row]
        where = _("{set}, question {number}").format(set=queued.set, number=queued.covers[0] if queued.covers else "?")
        detail = Text(where, style="bold")
        if queued.basis != NO_DATE:
            detail.append(f" · “{queued.basis}”")
        detail.append(f"\n{queued.text}")
        self.query_one("#promises-detail", Static).update(detail)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        queued = self.shown[event.cursor_row]
        self.dismiss((queued.set, queued.covers[0] if queued.covers else None))


SIMILAR_SHOWN = 20  # sets alike in words (beside the ones named)
RELATION_STYLES: dict[Relation, str] = {"named": "bold green", "names-this": "green", "similar": ""}


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
            table: DataTable[Text] = DataTable(id="similar-table", cursor_type="row", zebra_stripes=True)
            yield table
            yield Static(id="similar-detail")
            yield Static(Text(_("enter goes to the set · l: later sets too · escape closes")), id="help-foot")

    def _title(self) -> str:
        if self.later:
            return _("Sets on the same subject as {what}").format(what=self.what)
        return _("Earlier sets on the same subject as {what}").format(what=self.what)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for title in (_("how"), _("set"), _("asked"), _("subject"), _("shares")):
            table.add_column(title)
        self.run_worker(self._read, thread=True, exclusive=True)

    def _read(self) -> None:
        found = self.load(self.later)
        self.app.call_from_thread(self._filled, found)

    def _filled(self, found: list[Described]) -> None:
        self.shown = found
        table = self.query_one(DataTable)
        table.clear()
        table.add_rows([self._row(f) for f in found])
        named = sum(1 for f in found if f["relation"] != "similar")
        line = _("{named} named, {alike} alike in words").format(named=number(named), alike=number(len(found) - named))
        self.query_one("#similar-counts", Static).update(Text(line if found else _("Nothing found.")))
        self.query_one("#similar-title", Static).update(Text(self._title(), style="bold"))

    @staticmethod
    def _row(found: Described) -> tuple[Text, ...]:
        relation = found["relation"]
        how = Text(_(RELATION_NAMES[relation]), style=RELATION_STYLES[relation])
        asked = Text(found["submitted"] or _("no date"))
        subject = Text((found["title"] or "?")[:80], overflow="ellipsis")
        shares = Text(", ".join(found["shared_words"])[:60])
        return how, Text(found["id"]), asked, subject, shares

    def action_later(self) -> None:
        """Later sets too (or earlier ones only again)."""
        self.later = not self.later
        self.query_one("#similar-counts", Static).update(Text(_("Looking for sets on the same subject…")))
        self.run_worker(self._read, thread=True, exclusive=True)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Beneath the table: who asked, the question most alike and the start of its answer."""
        if not 0 <= event.cursor_row < len(self.shown):
            return
        found = self.shown[event.cursor_row]
        askers = ", ".join(found["askers"])
        head = f"{found['id']} · {askers}" if askers else found["id"]
        if found["question"] is not None:
            head += " · " + _("question {number}").format(number=found["question"])
        detail = Text(head, style="bold")
        if found["shared_citations"]:
            cited = ", ".join(found["shared_citations"])
            detail.append("\n" + _("both cite: {documents}").format(documents=cited))
        if found["answer"]:
            detail.append("\n" + _("Answer: {text}").format(text=found["answer"]))
        self.query_one("#similar-detail", Static).update(detail)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        found = self.shown[event.cursor_row]
        self.dismiss((found["id"], found["question"]))


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
            table: DataTable[Text] = DataTable(id="overview-table", cursor_type="row", zebra_stripes=True)
            yield table
            with VerticalScroll(id="overview-figures"):
                yield Static(id="overview-body")
            yield Static(Text(_("enter goes to the set · t: the party / the member · a: the next asker · escape "
                                "closes")), id="help-foot")  # fmt: skip

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for title in (_("set"), _("asked"), _("standing"), _("asked of"), _("subject")):
            table.add_column(title)
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
        table = self.query_one(DataTable)
        table.clear()
        table.add_rows([self._row(asked) for asked in found.sets])
        self.query_one("#overview-title", Static).update(overview_heading(found))
        self.query_one("#overview-body", Static).update(figures_table(found.figures) if found.sets else "")

    @staticmethod
    def _row(asked: Asked) -> tuple[Text, ...]:
        style = "bold red" if asked.verdict == "overdue" else "yellow" if asked.waiting else ""
        day = Text(asked.submitted.isoformat() if asked.submitted else "–")
        whom = Text(asked_of(asked.addressees)[:40], overflow="ellipsis")
        return Text(asked.id), day, Text(asked.badge, style=style), whom, Text(asked.title[:80])

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
