"""The small modal screens: the key help (`?`), the statistics (`s`), the last copy (`L`), a line of text (a note,
a filter's name) and the citation-style picker (`C`)."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import ScrollableContainer, Vertical, VerticalScroll
from textual.screen import ModalScreen, ScreenResultType
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from kqreader.i18n import N_, _, number, speaking
from kqreader.query.language import help_rows
from kqreader.text.safetext import visible

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
    for example, finds in help_rows(dutch=speaking() == "nl"):
        table.add_row(Text(example), Text(_(finds)))
    return table


SCROLL_KEYS = [
    Binding("j,down", "scroll('down')", N_("Down"), show=False, priority=True),
    Binding("k,up", "scroll('up')", N_("Up"), show=False, priority=True),
    Binding("space,pagedown", "scroll('page_down')", N_("Page down"), show=False, priority=True),
    Binding("b,pageup", "scroll('page_up')", N_("Page up"), show=False, priority=True),
    Binding("g,home", "scroll('home')", N_("Top"), show=False, priority=True),
    Binding("G,end", "scroll('end')", N_("Bottom"), show=False, priority=True),
]


def scroll_view(view: ScrollableContainer, where: str) -> None:
    """Scroll a line, a page or to an end at once, counted from where the last key left it: an animated or deferred
    scroll, restarted at every key, moved twenty quick presses of j (a burst of keys) by a line or two."""
    page = max(1, view.scrollable_content_region.height - 1)
    targets = {"down": view.scroll_target_y + 1, "up": view.scroll_target_y - 1, "page_down": view.scroll_y + page,
               "page_up": view.scroll_y - page, "home": 0, "end": view.max_scroll_y}  # fmt: skip
    view.scroll_to(y=max(0, min(targets[where], view.max_scroll_y)), animate=False, immediate=True)


class HelpScreen(ModalScreen[None]):
    """Every key kqreader knows, and the filter's language; j/k, space/b, g/G and the arrow and page keys scroll it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", N_("Close")), *SCROLL_KEYS]

    def __init__(self, groups: list[tuple[str, list[Binding]]], names: Callable[[str], str]) -> None:
        super().__init__()
        self.table = key_table(groups, names)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text(_("Keys"), style="bold"), id="help-title")
            yield Static(self.table, id="help-keys")
            yield Static(Text(_("escape closes this screen · ctrl+p opens the command palette")), id="help-foot")

    def action_scroll(self, where: str) -> None:
        scroll_view(self.query_one("#help", VerticalScroll), where)


class StatisticsScreen(ModalScreen[None]):
    """Figures per ministry and party, and the spread of days to answer, for the dossiers in view."""

    BINDINGS = [Binding("escape,q,s", "dismiss", N_("Close")), *SCROLL_KEYS]

    def __init__(self, title: str, view: RenderableType) -> None:
        super().__init__()
        self.heading = title
        self.view = view

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="statistics"):
            yield Static(Text(self.heading, style="bold"), id="statistics-title")
            yield Static(self.view, id="statistics-body")
            yield Static(Text(_("escape closes this screen")), id="help-foot")

    def action_scroll(self, where: str) -> None:
        scroll_view(self.query_one("#statistics", VerticalScroll), where)


class AboveNotifications(ModalScreen[ScreenResultType]):
    """A dialog drawn above the notifications: a toast (the copy's own, the files not imported) covered the
    citations to choose from and the text to select; the toasts stay, beside it and behind it."""

    @property
    def layers(self) -> tuple[str, ...]:
        return (*super().layers, "dialog")  # after Textual's _toastrack: on top (#picker, #copy are in it)


COPY_SHOWN = 20_000  # characters of the last copy that L shows (a screen's selection holds far fewer)


class CopyScreen(AboveNotifications[None]):
    """The last text copied, as it is, for the terminal's own selection where OSC 52 does not arrive."""

    BINDINGS = [Binding("escape,q,L", "dismiss", N_("Close"))]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        shown = self.text[:COPY_SHOWN]  # laid out whole: a 5 MB answer took most of a minute
        with ScrollableContainer(id="copy"):  # the whole screen, no border or padding: a selection takes only text
            yield Static(Text(_("The last copy"), style="bold"), id="copy-title")
            # unwrapped, from the first column (a long line scrolls sideways): selected, each line is the copy's
            yield Static(Text(visible(shown, lines=True), no_wrap=True, overflow="ignore"), id="copy-text")
            if len(shown) < len(self.text):
                more = _("… and {count} characters more: too long to select on screen (--copy-to FILE keeps every "
                         "copy whole)").format(count=number(len(self.text) - len(shown)))  # fmt: skip
                yield Static(Text(more, style="italic"), id="copy-more")
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


PREVIEW = 160  # characters of a citation shown in the picker (what is cut ends in "…")


class CitationPicker(AboveNotifications[str | None]):
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
            prompt = Table.grid(padding=(0, 1))  # the preview wraps under itself, not under the style's name
            prompt.add_column(width=max(map(len, self.previews)), no_wrap=True, style="bold")
            prompt.add_column(ratio=1)
            said = " ".join(preview.split())
            prompt.add_row(Text(style), Text(said if len(said) <= PREVIEW else said[: PREVIEW - 1] + "…"))
            options.append(Option(prompt, id=style))
        with Vertical(id="picker"):
            yield Static(Text(self.heading, style="bold"))
            yield OptionList(*options, id="styles")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
