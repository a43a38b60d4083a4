"""The command palette in the language spoken: Textual writes its "No matches found" in English, in code."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from kqreader.i18n import _


class Palette(CommandPalette):
    """Textual's palette, its empty result said through the catalogue (Textual's countdown, its text ours)."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:  # an empty search discovers commands: nothing to say when there are none
                empty = Option(Align.center(Text(_("No matches found"), style="not bold")), disabled=True,
                               id=self._NO_MATCHES)  # fmt: skip
                self.query_one(CommandList).add_option(empty)
            self._list_visible = bool(search_value)

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
