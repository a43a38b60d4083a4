"""The keys of what has focus, on the bottom line.

Textual's Footer makes a widget per key (two, grouped) and composes them again on every change of focus: at
start that alone cost the reader a fifth of a second before its first frame. This bar is one widget that
draws one line, and clicks on a key press it, as the Footer's do.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

from kqreader.i18n import _


def key_names(app: App[Any], keys: str) -> str:
    """A binding's keys as people write them ("] J", not "right_square_bracket,J")."""
    return " ".join(app.get_key_display(Binding(key, "")) for key in keys.split(","))


KEYS_ACTION = "help"  # the binding that lists every key (`?`)


class _Shown(NamedTuple):
    key: str  # the key as Textual names it (what a click simulates)
    display: str  # as people write it
    description: str
    enabled: bool


class KeyBar(Widget):
    """The shown bindings of the focused widget and its ancestors, each action once, as `key description`."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._places: list[tuple[int, int, str]] = []  # (start, end, key) of each shown key, for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen:
            self.refresh()

    def shown(self) -> list[_Shown]:
        """What the bar lists: each action once (its first key), the keys help and the command palette last."""
        items, last = self._groups()
        return items + last

    def _groups(self) -> tuple[list[_Shown], list[_Shown]]:
        """The keys, and those that stay on a narrow screen (they lead to every other key)."""
        actions: set[str] = set()
        items: list[_Shown] = []
        last: list[_Shown] = []
        for key, (_node, binding, enabled, _tooltip) in self.screen.active_bindings.items():
            item = _Shown(binding.key, self.app.get_key_display(binding), _(binding.description), enabled)
            if key == self.app.COMMAND_PALETTE_BINDING and self.app.ENABLE_COMMAND_PALETTE:
                last.append(item)
            elif binding.show and binding.action not in actions:
                actions.add(binding.action)
                if binding.action == KEYS_ACTION:
                    last.insert(0, item)
                else:
                    items.append(item)
        return items, last

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        line = Text(no_wrap=True, overflow="crop")
        self._places = []
        for item in self._fitting(*self._groups(), self.size.width):
            dim = Style(dim=not item.enabled)
            start = len(line)
            line.append(f" {item.display} ", key_style + dim)
            line.append(f"{item.description} " if item.description else "", description_style + dim)
            self._places.append((start, len(line), item.key))
        return line

    @staticmethod
    def _fitting(items: list[_Shown], last: list[_Shown], width: int) -> list[_Shown]:
        """As many keys as fit, in order, then the last ones always (the keys help, the palette)."""
        def cells(item: _Shown) -> int:
            return cell_len(f" {item.display} {item.description} " if item.description else f" {item.display} ")

        room = width - sum(map(cells, last))
        chosen = []
        for item in items:
            size = cells(item)
            if size > room:
                break
            chosen.append(item)
            room -= size
        return chosen + last

    def on_mouse_down(self, event: events.MouseDown) -> None:
        for start, end, key in self._places:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
