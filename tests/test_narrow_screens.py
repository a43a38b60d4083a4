"""The reader's tables at 80x24 and 140x40: the column a screen is for (the promise, the subject) is always on screen,
the others narrow or leave first, and what leaves is said beneath the table."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from kqreader.model import Dossier, Person, Question
from kqreader.query.similar import Described
from kqreader.tui.app import ReaderApp
from kqreader.tui.fitted_table import Column, FittedTable, fit
from kqreader.tui.question_list import QuestionList, subject_and_askers
from kqreader.tui.screens.overview import OverviewScreen
from kqreader.tui.screens.promise_queue import PromiseScreen
from kqreader.tui.screens.similar_sets import SimilarScreen
from kqreader.tui.settings import Settings
from tests.reader_factory import make_app

ID, DAY = Column("set"), Column("day")
WHO = Column("who", least=12, most=32, may_leave=True)
SAID = Column("promise", least=24, main=True, fair=48)


def test_every_column_at_its_natural_width_when_there_is_room() -> None:
    assert fit((ID, DAY, WHO, SAID), [19, 11, 30, 60], room=200, padding=2) == [19, 11, 30, 60]


def test_the_main_column_takes_what_is_left_up_to_its_own_width() -> None:
    assert fit((ID, DAY, WHO, SAID), [19, 11, 30, 300], room=130, padding=2) == [19, 11, 30, 130 - 60 - 8]


def test_the_others_narrow_before_the_main_column_is_cut_below_its_fair_width() -> None:
    widths = fit((ID, DAY, WHO, SAID), [19, 11, 30, 300], room=110, padding=2)
    assert widths == [19, 11, 23, 49]  # who narrowed by what the promise lacked (its fair 48, then 45% of the room)
    assert sum(w for w in widths if w) + 2 * len(widths) == 110


def test_on_a_wide_screen_the_main_column_has_its_share_before_the_others_keep_their_width() -> None:
    """The promise queue at 140 columns (131 cells): the promise had 48 of them while who kept 29 and the set 24."""
    widths = fit((DAY, Column("state"), ID, WHO, SAID), [11, 9, 24, 32, 300], room=131, padding=2)
    assert widths == [11, 9, 24, 19, 58] and sum(widths) + 2 * 5 == 131


def test_a_column_that_may_leave_leaves_when_narrowing_is_not_enough() -> None:
    assert fit((ID, DAY, WHO, SAID), [19, 11, 30, 300], room=72, padding=2) == [19, 11, None, 72 - 30 - 6]


def test_the_main_column_keeps_its_least_when_even_that_is_too_much() -> None:
    assert fit((ID, DAY, WHO, SAID), [19, 11, 30, 300], room=40, padding=2) == [19, 11, None, 24]


def test_a_short_main_column_is_not_widened_and_the_others_narrow_only_as_far_as_it_needs() -> None:
    assert fit((ID, DAY, WHO, SAID), [19, 11, 30, 10], room=72, padding=2) == [19, 11, 24, 10]


def _columns(table: FittedTable) -> list[str]:
    return [column.label.plain for column in table.ordered_columns]


def _fits(table: FittedTable) -> bool:
    """Every column drawn within the table's width (none scrolled out of sight)."""
    return sum(column.get_render_width(table) for column in table.ordered_columns) <= table.size.width


async def _promises(size: tuple[int, int]) -> tuple[list[str], str, str, bool]:
    """The promise queue over the samples (all promises): its columns, its first row's promise cell and the detail."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("p")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("6")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PromiseScreen) and screen.shown
        table = screen.query_one(FittedTable)
        said = table.get_row_at(0)[-1]
        assert isinstance(said, Text)
        cut = said.plain[: table.ordered_columns[-1].width]
        detail = str(screen.query_one("#promises-detail", Static).render())
        return _columns(table), cut, detail, _fits(table)


async def test_the_promise_queue_at_80_columns_shows_the_promise_and_says_who_beneath() -> None:
    columns, cut, detail, fits = await _promises((80, 24))
    assert columns == ["due by", "state", "set", "promise"] and fits  # who left; the promise did not
    assert cut.startswith("Ik informeer de Kamer voor de zomer")
    assert detail.splitlines()[0] == "2024Z00102, question 2 · minister Dijkstra (Financiën) · “voor de zomer”"


async def test_the_promise_queue_at_140_columns_shows_every_column() -> None:
    columns, cut, _detail, fits = await _promises((140, 40))
    assert columns == ["due by", "state", "set", "who", "promise"] and fits
    assert len(cut) >= 58  # 45% of the table's room, who narrowed for it


async def test_the_asker_overview_at_80_columns_keeps_the_subject() -> None:
    for size in ((80, 24), (140, 40)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            assert app._go_to(("2024Z00103", None))
            await pilot.press("v")
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, OverviewScreen) and screen.shown
            table = screen.query_one(FittedTable)
            assert _columns(table)[-1] == "subject" and _fits(table)
            subjects = [len(str(table.get_row_at(i)[-1])) for i in range(table.row_count)]
            assert table.ordered_columns[-1].width >= min(40, max(subjects))  # whole, or at its fair width


FOUND: Described = {  # a found set as similar.py describes it (its rules are not what is tested here)
    "id": "2019Z12806", "relation": "similar", "score": 0.42, "submitted": "2019-06-20", "askers": ["Ploumen"],
    "title": "De ontmoeting met de Chinese collega Wang Yi waarin de sterke band en het belang van internationale "
             "samenwerking besproken werd",
    "question": 2, "shared_words": ["oeigoeren", "oeigoerse", "xinjiang", "internatie", "heropvoedingskampen"],
    "shared_citations": [], "answer": "Ja. De mensenrechtensituatie in China verslechtert op meerdere fronten.",
}  # fmt: skip


async def similar_screen(pilot) -> SimilarScreen:  # type: ignore[no-untyped-def]
    """The `r` screen over FOUND, as the reader opens it."""
    await pilot.pause()
    screen = SimilarScreen(lambda later: [FOUND], "2024Z18888")
    pilot.app.push_screen(screen)
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_the_similar_sets_at_80_columns_say_the_shared_words_beneath() -> None:
    for size, expected in (((80, 24), ["how", "set", "asked", "subject"]),
                           ((140, 40), ["how", "set", "asked", "subject", "shares"])):  # fmt: skip
        app = make_app()
        async with app.run_test(size=size) as pilot:
            screen = await similar_screen(pilot)
            table = screen.query_one(FittedTable)
            assert _columns(table) == expected and _fits(table)
            assert table.ordered_columns[3].width >= 38
            detail = str(screen.query_one("#similar-detail", Static).render())
            assert "shares: oeigoeren, oeigoerse, xinjiang, internatie, heropvoedingskampen" in " ".join(detail.split())


# ---- the list's set rows: who asked stays on the row when the subject is long --------------------------------

LONG = "het artikel «Kankerverwekkend gas lekte weg bij Sabic» en de incidenten op Chemelot"


def test_a_long_subject_is_cut_before_the_askers() -> None:
    asked = Dossier("2024Z18893", askers=[Person("Wingelaar", "Nieuw Sociaal Contract")])
    assert subject_and_askers(LONG, asked, 60) == (LONG[:47] + "…", " · Wingelaar")  # the parties go first
    assert subject_and_askers(LONG, asked, 21) == ("het arti…", " · Wingelaar")
    assert subject_and_askers(LONG[:40], asked, 80) == (LONG[:40], " · Wingelaar (Nieuw Sociaal Contract)")
    assert subject_and_askers("kort", asked, 60) == ("kort", " · Wingelaar (Nieuw Sociaal Contract)")
    assert subject_and_askers(LONG, asked, 12) == (LONG, "")  # too narrow to name anyone: the subject, cut later


def test_several_askers_shorten_by_whole_names() -> None:
    party = "GroenLinks-PvdA"
    asked = Dossier("2024Z11111", askers=[Person("Van der Lee", party), Person("Kröger", party)])
    assert subject_and_askers(LONG, asked, 50) == (LONG[:33] + "…", " · Van der Lee …")  # the least for the askers
    assert subject_and_askers(LONG[:20], asked, 50) == (LONG[:20], " · Van der Lee, Kröger")
    assert subject_and_askers(LONG, asked, 30) == (LONG[:13] + "…", " · Van der Lee …")
    assert subject_and_askers(LONG, asked, 20) == (LONG, "")  # no name whole beside 8 cells of subject


def test_a_set_without_askers_has_its_subject_whole() -> None:
    assert subject_and_askers(LONG, Dossier("2024Z18893"), 21) == (LONG, "")


async def test_the_list_at_140_columns_names_the_askers_of_a_long_subject(tmp_path: Path) -> None:
    asker, question = Person("Wingelaar", "Nieuw Sociaal Contract"), Question(1, "Bent u bekend met het artikel?")
    sets = [Dossier("2024Z18893", title=LONG, askers=[asker], submitted=date(2024, 11, 20), questions=[question])]
    app = ReaderApp(sets, today=date(2024, 12, 1), settings=Settings(order="oldest"))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        row = "".join(segment.text for segment in app.query_one(QuestionList).render_line(0))
        assert row.startswith("2024Z18893          20 Nov 2024 Het artikel «K… · Wingelaar open 11 d"), row


async def test_a_long_id_without_a_day_takes_the_days_cells_whole() -> None:
    """A scanned page's own name ("vervolg-19921993-blz1234", no day asked) was cut at 19 cells even at 140 columns
    ("vervolg-19921993-b…"): it takes the empty day's cells and shows whole; the subject starts where it always does."""
    dated = Dossier("2024Z18893", title=LONG, submitted=date(2024, 11, 20), questions=[Question(1, "Vraag?")])
    page = Dossier("vervolg-19921993-blz1234", title="Onderwerp", publication=None, questions=[Question(1, "Vraag?")])
    app = ReaderApp([dated, page], today=date(2024, 12, 1), settings=Settings(order="oldest"))
    for size in ((140, 40), (80, 24)):
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            rows = ["".join(s.text for s in app.query_one(QuestionList).render_line(y)) for y in range(4)]
            [shown] = [row for row in rows if row.startswith("vervolg")]
            [other] = [row for row in rows if row.startswith("2024Z18893")]
            assert shown.startswith("vervolg-19921993-blz1234        Onderwerp"), shown
            assert shown.index("Onderwerp") == other.index("Het artikel"), (shown, other)
        app = ReaderApp([dated, page], today=date(2024, 12, 1), settings=Settings(order="oldest"))


async def test_at_80_columns_the_status_line_keeps_the_order_and_the_place() -> None:
    """A long count and filter ("… passen bij “jaar:2024”; en 1 set nog zonder vragen ·") lost the order and the
    place at 80 columns: the counts and the filter are cut ("…"), the order and the place stay, then whole again at
    140 columns."""
    sets = [Dossier(f"2024Z1{n:04}", title=f"onderwerp {n}", submitted=date(2024, 11, 1),
                    questions=[Question(1, "Vraag over de stikstofuitstoot?")]) for n in range(40)]  # fmt: skip
    sets.append(Dossier("2024Z19999", title="onderwerp zonder vragen", submitted=date(2024, 11, 2)))
    app = ReaderApp(sets, today=date(2024, 12, 1), settings=Settings(order="oldest"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"onderwerp year:2024 -stikstofuitstootvermindering", "enter")
        await pilot.pause()
        shown = app._status_shown
        assert len(shown) <= 78 and "…" in shown and re.search(r" · oldest first · \d+%$", shown), shown
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        await pilot.pause()
        assert app._status_shown.startswith("40 of 40 questions match “onderwerp year:2024 -stikstofuitstootverminder")
        assert "; and 1 set without questions yet · oldest first" in app._status_shown and "…" not in app._status_shown


async def test_at_80_columns_a_new_notification_takes_the_place_of_the_one_shown() -> None:
    """Two notifications stacked covered most of the list at 80x24: narrower than 100 columns one is shown at a time
    (the newest); wider, they stack as before."""
    for size, shown in (((80, 24), ["second"]), ((120, 36), ["first", "second"])):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            app.notify("first", markup=False)
            app.notify("second", markup=False)
            await pilot.pause()
            assert [n.message for n in app._notifications] == shown


async def test_the_style_pickers_wrapped_previews_start_under_the_text() -> None:
    """C at 80x24: a citation wraps under its own start, not at the option's left edge under the style's name."""
    from textual.widgets import OptionList

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        lines = [options.render_line(y).text for y in range(options.size.height)]
        first = next(i for i, line in enumerate(lines) if line.strip().startswith("nl "))
        start = lines[first].index(lines[first].split()[1])  # where the preview begins
        following = lines[first + 1]
        assert following[:start].strip() == "" and following[start] != " ", (lines[first], following)
