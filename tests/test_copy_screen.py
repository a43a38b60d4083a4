"""`L` shows the last copy for the terminal's own selection: the whole screen, no box, no indentation, no wrapping
(a long line scrolls sideways), so that what is selected is the copy's text, line for line."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator

import pytest
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


async def test_l_steps_aside_and_prints_the_copy_whole_for_the_terminal_to_wrap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the app can step aside (a real terminal), L prints the copy on the terminal's normal screen, its lines
    whole (the terminal wraps them, and its selection, tmux's copy mode too, takes them whole), then Enter comes
    back to the reader."""
    from kqreader.tui import app as app_module

    stepped_aside: list[bool] = []
    printed = io.StringIO()
    monkeypatch.setattr(app_module.sys, "__stdout__", printed)

    @contextlib.contextmanager
    def suspend(self: object) -> Iterator[None]:
        stepped_aside.append(True)
        yield

    monkeypatch.setattr(app_module.ReaderApp, "suspend", suspend)
    waited: list[bool] = []
    monkeypatch.setattr(app_module, "wait_for_enter", lambda: waited.append(True))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.last_copy = f"Vraag 1\n{LONG}\x1b]0;titel\x07\n\nDe Minister"
        await pilot.press("L")
        await pilot.pause()
        assert stepped_aside == [True] and waited == [True]
        assert not isinstance(app.screen, CopyScreen)  # back in the reader
    lines = printed.getvalue().split("\n")
    assert LONG + "\\x1b]0;titel\\x07" in lines  # one line, as long as it is: not cut at 80 columns; no escape
    assert lines[lines.index("Vraag 1") + 2 :][:2] == ["", "De Minister"]
    assert lines[1] == "── The last copy (select it with the terminal; Enter goes back) ──"
    assert lines[-1] == "── Enter: back to kqreader "


def test_a_very_long_copy_is_printed_in_part_and_ctrl_c_goes_back() -> None:
    from kqreader.tui.clipboard import HANDED_OVER, hand_over

    printed = io.StringIO()

    def interrupted() -> None:
        raise KeyboardInterrupt

    hand_over("woord " * 50_000, printed, interrupted)  # 300,000 characters
    said = printed.getvalue()
    assert ("woord " * 50_000)[:HANDED_OVER].rstrip() in said
    assert f"… and {300_000 - HANDED_OVER:,} characters more: too long to print here" in said
