"""The reader at its edges, driven with the Pilot: a resize, very large texts (a 5 MB answer, a 1 MB subject),
a filter typed or pasted faster than it can be applied, notifications beside dialogs, an import beside it."""

from __future__ import annotations

from datetime import date

from kqreader.model import Answer, Dossier, Person, Question
from kqreader.tui.app import ReaderApp
from tests.reader_factory import TODAY, make_app


def _many_sets(count: int) -> list[Dossier]:
    return [
        Dossier(id=f"2024Z{n:05d}", title=f"Onderwerp {n}", askers=[Person("Jansen", "PvdA")],
                submitted=date(2024, 1, 1 + n % 28),
                questions=[Question(1, f"Vraag {n}?", answer=Answer([1], f"Antwoord {n}."))])
        for n in range(1, count + 1)
    ]  # fmt: skip


def _cursor_on_screen(app: ReaderApp) -> bool:
    listing = app.question_list
    top = round(listing.scroll_offset.y)
    return top <= listing.cursor < top + listing.scrollable_content_region.height


async def test_a_resize_keeps_the_cursor_row_on_screen() -> None:
    app = make_app(_many_sets(60))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        app.question_list.cursor = 30  # in the lower part of a 140x40 screen: below a 80x24 one's rows
        await pilot.pause()
        assert _cursor_on_screen(app)
        assert round(app.question_list.scroll_offset.y) == 0  # it fitted without scrolling
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.question_list.scrollable_content_region.height < 40
        assert _cursor_on_screen(app)  # without a key
