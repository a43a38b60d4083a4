"""The filter line: an Input that recalls earlier filters with ↑ and ↓ (the history the settings keep)."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from kqreader.i18n import N_


class FilterInput(Input):
    """↑ the filter kept before (again: the one before that), ↓ back towards what was being typed."""

    BINDINGS = [
        Binding("up", "recall(1)", N_("Earlier filter"), show=False, id="filter.earlier"),
        Binding("down", "recall(-1)", N_("Later filter"), show=False, id="filter.later"),
    ]

    def __init__(self, history: list[str], *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(placeholder=placeholder, id=id)
        self.cursor_blink = False  # a steady cursor: no redraw every half second over SSH (and steady snapshots)
        self.history = history  # the latest last; shared with the settings, which keep it
        self._back = 0  # how far back the shown filter is (0: what is being typed)
        self._typed = ""

    def action_recall(self, step: int) -> None:
        if self._back == 0:
            self._typed = self.value
        back = max(0, min(len(self.history), self._back + step))
        if back == self._back:
            return
        self._back = back
        self.value = self._typed if back == 0 else self.history[-back]
        self.cursor_position = len(self.value)

    def _on_paste(self, event: events.Paste) -> None:
        """A pasted text taken whole, its lines and runs of spaces as one space (Input keeps its first line only)."""
        event.stop()
        event.prevent_default()  # not Input's own as well
        text = " ".join(event.text.split())
        if not text:
            return
        if self.selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *self.selection)

    def start_again(self) -> None:
        """The next ↑ starts from the latest filter."""
        self._back = 0
