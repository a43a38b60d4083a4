"""`L` shows the last copy for the terminal's own selection: the whole screen, no box, no indentation, no wrapping
(a long line scrolls sideways), so that what is selected is the copy's text, line for line."""

from __future__ import annotations

from textual.containers import ScrollableContainer
from textual.widgets import Static

from kqreader.tui.screens.dialogs import CopyScreen
from tests.reader_factory import make_app

LONG = "Antwoord 1 " + "lang " * 40 + "einde."  # 211 characters: wider than the 80 columns


async def test_the_last_copy_is_shown_unwrapped_without_box_or_indentation() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.last_copy = f"Vraag 1\n{LONG}\n\nDe Minister"
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, CopyScreen)
        box = app.screen.query_one("#copy", ScrollableContainer)
        assert box.region.x == 0 and box.region.width == 80  # the whole screen: no border beside the text
        assert all(edge[0] in ("", "none", "hidden") for edge in box.styles.border)
        assert box.styles.padding.left == 0 and box.styles.padding.top == 0
        text = app.screen.query_one("#copy-text", Static)
        assert text.region.x == 0  # from the first column
        assert text.region.width == len(LONG) and text.region.height == 4  # one row per line: not wrapped
        rows = [app.screen.get_widget_at(0, text.region.y + row)[0] for row in range(4)]
        assert rows == [text] * 4
        assert box.max_scroll_x > 0  # a long line scrolls sideways
        lines = [strip.text.rstrip() for strip in (text.render_line(row) for row in range(4))]
        assert lines == ["Vraag 1", LONG[: text.region.width], "", "De Minister"]
