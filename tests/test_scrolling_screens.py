"""The help (`?`) and statistics (`s`) screens scroll with the keys the answer pane scrolls with — a line (j/k, the
arrows), a page (space/b, PgDn/PgUp), to an end (g/G, Home/End) — and keys that come in a burst (held down, sent
at once over SSH) each count."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll

from tests.reader_factory import make_app


@pytest.mark.parametrize(("key", "screen"), [("question_mark", "#help"), ("s", "#statistics")])
async def test_every_scrolling_key_scrolls_the_screen(key: str, screen: str) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await pilot.pause()
        view = app.screen.query_one(screen, VerticalScroll)
        assert view.max_scroll_y > 25
        page = view.scrollable_content_region.height - 1
        await pilot.press(*"j" * 20)  # twenty presses, none awaited apart: twenty lines
        assert view.scroll_y == 20
        await pilot.press("k", "up", "down", "down")
        assert view.scroll_y == 20
        await pilot.press("space")
        assert view.scroll_y == 20 + page
        await pilot.press("pagedown", "b")
        assert view.scroll_y == min(20 + 2 * page, view.max_scroll_y) - page
        await pilot.press("pageup", "g")
        assert view.scroll_y == 0
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("j")
        assert view.scroll_y == view.max_scroll_y  # no further
        await pilot.press("home")
        assert view.scroll_y == 0
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y
