"""The reader driven as a person would, with Textual's Pilot: every binding, filtering, copying, resizing."""

from __future__ import annotations

import io
import re
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from rich.console import Console
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Region

import kqreader.tui.app as app_module
from kqreader.fetch.watching import WatchList
from kqreader.model import Answer, Dossier, Person, Question
from kqreader.output.citation import cite
from kqreader.query.catalog import ORDERS
from kqreader.store.marks import Marks
from kqreader.tui.answer_pane import AnswerPane
from kqreader.tui.app import ReaderApp
from kqreader.tui.question_list import QuestionList
from kqreader.tui.screens.dialogs import CitationPicker, HelpScreen, StatisticsScreen
from kqreader.tui.settings import Settings
from tests.reader_factory import make_app, sample_dossiers

URL = "https://zoek.officielebekendmakingen.nl/kv-tk-2019Z12806"
ANSWERED = "antwoord van minister Blok, ontvangen 1 juli 2019 (kenmerk BZDOC-371186082-60)"

WIDE = (140, 40)


def selected(app: ReaderApp) -> str:
    """ "2019Z12806:2" for a question row, "2019Z12806" for a dossier row."""
    row = app.question_list.selected_row
    assert row is not None
    dossier = app.catalog.dossier(row.dossier)
    question = app.catalog.question(row)
    return dossier.id if question is None else f"{dossier.id}:{question.number}"


def notes(app: ReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


async def settled(pilot) -> None:  # type: ignore[no-untyped-def]
    """Keys pressed in quick succession are a key held down: the answer follows once they pause."""
    await pilot.pause(app_module.ANSWER_AFTER_PAUSE_SECONDS + 0.1)


def status_line(app: ReaderApp) -> str:
    """The status line without the position it ends with (test_the_status_line_says_where_the_cursor_is)."""
    return re.sub(r" · \d+%$", "", str(app.query_one("#status").render()))


def status(app: ReaderApp) -> str:
    """The status line without the order and the position it ends with (test_the_order_* and
    test_the_status_line_says_where_the_cursor_is look at those)."""
    line = status_line(app)
    for label in ORDERS.values():
        line = line.removesuffix(f" · {label}")
    return line


async def test_starts_on_the_first_question_with_its_answer() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        assert selected(app) == "2019Z12806:1"
        assert isinstance(app.focused, QuestionList)
        await pilot.pause()  # the first answer follows the list's first frame
        blocks = app.answer_pane.plain_blocks()
        assert blocks[0].startswith("De ontmoeting met de Chinese collega Wang Yi")  # as the list writes it
        assert "Question 1" in blocks and "Answer to question 1" in blocks
        assert status(app) == "43 questions in 8 dossiers"


async def test_list_keys() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "down")
        assert selected(app) == "2019Z12806:3"
        await pilot.press("k", "up", "up")
        assert selected(app) == "2019Z12806"
        await pilot.press("J")
        assert selected(app) == "2024Z00101:1"
        await pilot.press("right_square_bracket")
        assert selected(app) == "ah-tk-20232024-1314:1"  # the list is by month, then by submission
        await pilot.press("K")
        assert selected(app) == "2024Z00101:1"
        await pilot.press("left_square_bracket")
        assert selected(app) == "2019Z12806:1"
        await pilot.press("G")
        assert selected(app) == "ah-tk-20242025-1234:2"
        await pilot.press("g")
        assert selected(app) == "2019Z12806"
        await pilot.press("end", "home")
        assert selected(app) == "2019Z12806"
        page = app.question_list.scrollable_content_region.height - 1
        await pilot.press("pagedown")
        assert app.question_list.cursor == min(page, len(app.question_list.rows) - 1)
        await pilot.press("pageup", "j", "pagedown", "pageup")
        assert app.question_list.cursor == 1  # a page down and up again (the list is longer than a page)
        await pilot.press("pageup")
        assert app.question_list.cursor == 0
        await pilot.press("pageup")
        assert app.question_list.cursor == 0


async def test_dossier_row_shows_the_overview() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("J", "k")  # the dossier row of 2024Z00101
        await settled(pilot)  # two moves in a row: the answer follows once the keys pause
        assert selected(app) == "2024Z00101"
        blocks = app.answer_pane.plain_blocks()
        assert "Explanation" in blocks
        assert "4 questions, 4 answered." in blocks


async def test_enter_tab_and_escape_move_between_panes_and_the_pane_scrolls() -> None:
    app = make_app()
    async with app.run_test(size=(140, 16)) as pilot:
        await pilot.press("j", "j", "j", "j", "j")  # question 6: the long grouped answer
        assert selected(app) == "2019Z12806:6"
        await pilot.press("enter")
        pane = app.answer_pane
        assert app.focused is pane
        await pilot.press("j", "j")
        assert pane.scroll_y == 2
        await pilot.press("k")
        assert pane.scroll_y == 1
        await pilot.press("space")
        assert pane.scroll_y > 5
        await pilot.press("b")
        assert pane.scroll_y < 5
        await pilot.press("tab")
        assert isinstance(app.focused, QuestionList)
        await pilot.press("shift+tab")
        assert app.focused is pane
        await pilot.press("escape")
        assert isinstance(app.focused, QuestionList)


async def test_grouped_answer_navigation_and_sibling_marks() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        assert selected(app) == "2019Z12806:2"
        blocks = app.answer_pane.plain_blocks()
        assert "Answer to questions 2 and 3 (also question 3)" in blocks
        rows = app.question_list.rows
        marked = [app.catalog.question(r).number for r in rows if app.question_list._is_sibling(r)]
        assert marked == [2, 3]  # the whole group carries ◆, the selected question too
        await pilot.press("a")
        assert selected(app) == "2019Z12806:3"
        await pilot.press("a")
        assert selected(app) == "2019Z12806:2"
        await pilot.press("k", "a")  # question 1 has an answer of its own
        assert selected(app) == "2019Z12806:1"
        assert notes(app)[-1] == "This answer covers only this question."


async def test_live_filter_enter_keeps_escape_clears() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash")
        assert app.focused is app.filter_input
        await pilot.press(*"azie")
        assert status(app) == "2 of 43 questions match “azie”"
        assert selected(app) == "2024Z00103:1"
        assert [r.question for r in app.question_list.rows] == [None, 0, 1]
        await pilot.press("enter")
        assert isinstance(app.focused, QuestionList)
        assert app.filter_input.display and app.filter_input.value == "azie"
        await pilot.press("j")
        assert selected(app) == "2024Z00103:2"
        await pilot.press("slash", "escape")
        assert app.filter_input.value == "" and not app.filter_input.display
        assert status(app) == "43 questions in 8 dossiers"
        assert selected(app) == "2024Z00103:2"  # the selection stays where it was


async def test_filter_fields_phrases_and_exclusions_in_the_reader() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", *'party:pvda "sociale kredietscores"')
        assert status(app) == '2 of 43 questions match “party:pvda "sociale kredietscores"”'
        await pilot.press("escape", "slash", *"status:delayed -risico")
        assert status(app) == "1 of 43 questions match “status:delayed -risico”"
        assert selected(app) == "2024Z00103:2"
        await pilot.press("escape", "slash", *"status:delayed -vogelgriep")  # the title says vogelgriep
        assert status(app) == "0 of 43 questions match “status:delayed -vogelgriep”"


async def test_malformed_query_keeps_the_previous_results() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", *"china")
        rows = list(app.question_list.rows)
        await pilot.press("space", "quotation_mark", *"open")
        assert status(app) == "unclosed quote — still showing the previous results"
        assert app.question_list.rows == rows
        await pilot.press("quotation_mark")
        assert status(app).startswith("0 of 43 questions match")


async def test_next_and_previous_hit() -> None:
    app = make_app()
    async with app.run_test(size=(140, 16)) as pilot:
        await pilot.press("slash", *"xinjiang", "enter")
        assert selected(app) == "2019Z12806:1"
        pane: AnswerPane = app.answer_pane
        assert pane.hit_count == 1
        await pilot.press("j")  # question 2: its answer names Xinjiang twice
        assert pane.hit_count == 2
        await pilot.press("n")
        assert pane.current_hit == 0
        await pilot.press("n")
        assert pane.current_hit == 1
        await pilot.press("n")
        assert pane.current_hit == 0
        await pilot.press("N")
        assert pane.current_hit == 1
        await pilot.press("escape", "n")
        assert notes(app)[-1] == "No hits of the filter in this pane."


async def test_c_copies_the_citation(tmp_path: Path) -> None:
    copies = tmp_path / "copies.txt"
    app = make_app(copy_to=copies)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "c")
        dossier = app.catalog.dossier(0)
        expected = cite(dossier, "nl", 2)
        assert app.clipboard == expected
        assert expected.endswith(f"vraag 2, antwoord op vragen 2 en 3, {URL}")
        assert notes(app)[-1].startswith(f"Copied nl citation of 2019Z12806 question 2 to the file {copies}:\n"
                                          "Vragen van het lid Ploumen")  # written to the file: copied
        assert copies.read_text(encoding="utf-8") == expected + "\n\n"


async def test_a_copy_file_in_a_missing_folder_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    copies = tmp_path / "weg" / "copies.txt"
    app = make_app(copy_to=copies)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "c")
        assert app.clipboard.endswith(f"vraag 2, antwoord op vragen 2 en 3, {URL}")  # the copy itself went out
        assert notes(app)[-2] == f"Not written to the copy file: {copies}: No such file or directory"
        assert app.is_running


async def test_capital_y_copies_the_whole_set_and_the_address_can_be_left_out() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("Y")
        assert app.clipboard.startswith("Vraag 1: ") and app.clipboard.endswith(f", 2019Z12806; {ANSWERED}, {URL})")
        assert app.clipboard.count("Antwoord op vragen 2 en 3:") == 1
        assert notes(app)[-1].startswith("Sent all of 2019Z12806, with its citation")
        app.toggle_cite_address()  # the palette's "Citations with the official address: on"
        await pilot.pause()
        assert notes(app)[-1] == "Citations now leave out the official address."
        await pilot.press("c")
        assert app.clipboard.endswith(f"2019Z12806; {ANSWERED}, vraag 1")
        assert not app.settings.cite_address


async def test_files_the_command_line_could_not_import_are_in_view_with_why() -> None:
    app = make_app(problems=["kapot.pdf: not a PDF (the file is damaged)", "leeg.txt: the file is empty"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        notification = list(app._notifications)[-1]
        assert notification.title == "Not imported: 2 files" and notification.severity == "error"
        assert notification.message == "kapot.pdf: not a PDF (the file is damaged)\nleeg.txt: the file is empty"


async def test_capital_c_picks_a_style() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("C")
        assert isinstance(app.screen, CitationPicker)
        await pilot.press("down", "down", "enter")
        assert not isinstance(app.screen, CitationPicker)
        assert app.clipboard == cite(app.catalog.dossier(0), "bibtex", 1)
        assert notes(app)[-1].startswith("Sent bibtex citation of 2019Z12806 question 1")
        await pilot.press("C", "escape")
        assert not isinstance(app.screen, CitationPicker)


async def test_y_copies_the_answer_or_says_there_is_none() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("y")
        assert app.clipboard.startswith("Ja, in het bijzonder heb ik mijn zorgen geuit")
        assert notes(app)[-1].startswith("Sent the answer to 2019Z12806 question 1")
        await pilot.press("J", "J", "J", "J")  # 2024Z00103: delayed, unanswered
        assert selected(app) == "2024Z00103:1"
        before = app.clipboard
        await pilot.press("y")
        assert app.clipboard == before
        assert notes(app)[-1] == "There is no answer to copy here."


async def test_unanswered_and_delayed_questions_say_so() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("J", "J", "J", "J")
        await settled(pilot)
        blocks = app.answer_pane.plain_blocks()
        assert "Delayed: not answered yet." in blocks
        assert any(b.startswith("Delay (23 April 2024): De vragen van het lid Ouwehand") for b in blocks)
        facts = next(b for b in blocks if b.startswith("Asked by:"))
        assert "Status: delayed, open 60 days, overdue (limit 42 days)" in facts


async def test_footnotes_sit_under_their_text_with_links() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "j", "j", "j", "j")
        await settled(pilot)
        pane = app.answer_pane
        blocks = pane.plain_blocks()
        answer_at = blocks.index("Answer to questions 6 and 7 (also question 7)")
        notes_after = [b for b in blocks[answer_at:] if b[:1] in "123" and "https://" in b]
        assert [b.split()[0] for b in notes_after] == ["1", "2", "3"]
        footnote = pane._blocks[blocks.index(notes_after[0])].text
        links = [span.style for span in footnote.spans if isinstance(span.style, Style) and span.style.link]
        assert links[0].link == "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3175792"


async def test_help_screen_lists_every_binding() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, record=True, file=io.StringIO())
        console.print(app.screen.table)
        text = console.export_text()
        for _, bindings in app.binding_groups():
            for binding in bindings:
                assert binding.description in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_offers_every_binding() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for _, bindings in app.binding_groups():
            for binding in bindings:
                if binding.action != "quit":
                    assert binding.description in titles
        assert "Quit" in titles or "Quit the application" in titles
        await pilot.press("ctrl+p")
        await pilot.press(*"cite as", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CitationPicker)


@pytest.mark.parametrize("key", ["q", "ctrl+q"])
async def test_quit(key: str) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert app._exit


async def test_document_text_is_shown_literally() -> None:
    nasty = Dossier(
        id="2024Z09999",
        title="[bold]vet[/bold] en [/ en [link=https://x]",
        askers=[Person("[red]Jansen", "[/]")],
        questions=[Question(1, "Klopt [bold]dit[/bold]? En [/ dit? En [@click=app.quit]?", answer=None)],
    )
    nasty.questions[0].answer = Answer([1], "Ja [i]echt[/i] [/]", [])
    app = make_app([nasty])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        blocks = app.answer_pane.plain_blocks()
        assert "[bold]vet[/bold] en [/ en [link=https://x]" in blocks
        assert "Klopt [bold]dit[/bold]? En [/ dit? En [@click=app.quit]?" in blocks
        assert "Ja [i]echt[/i] [/]" in blocks
        strip = app.question_list.render_line(1)
        assert "Klopt [bold]dit[/bold]?" in strip.text
        assert "[bold]vet[/bo… · [red]Jansen" in app.question_list.render_line(0).text  # the askers keep their room
        assert "Asked by: [red]Jansen ([/])" in "\n".join(blocks)
        await pilot.press("c")
        assert app.clipboard.startswith("Vragen van het lid [red]Jansen ([/])")
        assert not app._exit


async def test_resizing_narrow_shows_one_pane_with_a_toggle() -> None:
    app = make_app()
    async with app.run_test(size=(60, 15)) as pilot:
        assert app.screen.has_class("-narrow")
        assert app.question_list.display and not app.answer_pane.display
        assert app.question_list.render_line(1).cell_length == app.question_list.scrollable_content_region.width
        await pilot.press("tab")
        await pilot.pause()
        assert app.answer_pane.display and not app.question_list.display
        assert app.focused is app.answer_pane
        await pilot.press("escape")
        await pilot.pause()
        assert app.question_list.display and not app.answer_pane.display
        await pilot.press("enter")
        await pilot.pause()
        assert app.answer_pane.display
        await pilot.resize_terminal(300, 100)
        await pilot.pause()
        assert not app.screen.has_class("-narrow")
        assert app.question_list.display and app.answer_pane.display
        assert app.question_list.size.width > 100
        await pilot.resize_terminal(99, 30)
        await pilot.pause()
        assert app.screen.has_class("-narrow")


async def test_statistics_screen_follows_the_filter() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, StatisticsScreen)
        assert app.screen.heading == "Statistics: 8 question sets (all dossiers), as of 1 June 2024"
        await pilot.press("escape", "slash", *"party:pvda", "enter", "s")
        # PvdA and its successor GroenLinks-PvdA
        assert app.screen.heading == "Statistics: 4 question sets (the filter “party:pvda”), as of 1 June 2024"
        await pilot.press("s")
        assert not isinstance(app.screen, StatisticsScreen)


async def test_first_run_notice() -> None:
    app = make_app(notice="The database was empty: imported the sample documents.")
    async with app.run_test(size=WIDE):
        assert notes(app) == ["The database was empty: imported the sample documents."]


async def test_empty_reader() -> None:
    app = make_app([])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "J", "c", "y", "a", "n")
        assert status(app) == "0 questions in 0 dossiers"


async def test_loads_in_a_worker_after_the_first_paint() -> None:
    from kqreader.query.catalog import Catalog
    from tests.reader_factory import TODAY, sample_dossiers

    app = ReaderApp(load=lambda today: Catalog(sample_dossiers(), today), today=TODAY)
    async with app.run_test(size=WIDE) as pilot:
        assert status(app) == "Loading the dossiers…"  # painted before anything is read
        for _ in range(200):
            if status(app) != "Loading the dossiers…":
                break
            await pilot.pause(0.02)
        assert status(app) == "43 questions in 8 dossiers"
        assert selected(app) == "ah-tk-20242025-1234:1"  # the reader's default: the newest first


async def test_a_damaged_store_ends_the_reader_with_one_line(tmp_path: Path) -> None:
    from kqreader.query.catalog import open_catalog
    from kqreader.store.database import Store

    damaged = tmp_path / "db.json"
    damaged.write_bytes(b"{ not json")
    app = ReaderApp(load=partial(open_catalog, Store(damaged)))
    async with app.run_test(size=WIDE) as pilot:
        for _ in range(100):
            if app._exit:
                break
            await pilot.pause(0.02)
    assert app.return_code == 1
    assert app.load_error == (f"{damaged}: error: the file is damaged (not valid JSON); "
                              f"run `kqreader import --rebuild --db {damaged} PATH …` to start a new database "
                              "(the damaged files are kept beside it as a backup, which the import names)")  # fmt: skip


async def test_while_typing_a_filter_the_list_follows_each_key_and_the_answer_the_pause(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(app_module, "ANSWER_AFTER_PAUSE_SECONDS", 1.0)  # a pause no slow machine types through
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()  # the first answer, after the first frame
        before = app.answer_pane.plain_blocks()
        await pilot.press("slash", *"azie")
        assert status(app) == "2 of 43 questions match “azie”"  # the list at once
        assert selected(app) != "2019Z12806:1"
        assert app.answer_pane.plain_blocks() == before  # the answer pane waits for typing to pause ...
        await pilot.pause(1.2)
        after = app.answer_pane.plain_blocks()
        assert after != before and any("Azië" in block for block in after)  # ... then follows
        await pilot.press("enter", "j")
        assert app.answer_pane.plain_blocks() != after  # moving in the list shows answers at once


async def test_a_held_key_moves_the_list_at_each_repeat_and_the_answer_at_the_pause(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(app_module, "REPEATING_WITHIN_SECONDS", 0.5)  # Pilot's presses come far faster than this
    monkeypatch.setattr(app_module, "ANSWER_AFTER_PAUSE_SECONDS", 1.0)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.6)  # the start's own selection is past
        assert "Question 1" in app.answer_pane.plain_blocks()
        await pilot.press("j")
        assert "Question 2" in app.answer_pane.plain_blocks()  # a single key: the answer at once
        await pilot.press("j", "j", "j")  # repeats
        assert selected(app) == "2019Z12806:5"  # the list follows every repeat ...
        assert "Question 2" in app.answer_pane.plain_blocks()  # ... the answer pane waits for the pause ...
        await pilot.pause(1.2)
        assert "Question 5" in app.answer_pane.plain_blocks()  # ... then follows


def test_questions_answered_by_a_letter_say_so_and_an_oral_set_says_what_it_is(dutch: None) -> None:
    from datetime import date

    from kqreader.model import Notice
    from kqreader.tui.answer_pane import dossier_blocks, question_blocks

    letter = Notice("letter", date(2024, 6, 7), "De vragen zijn beantwoord middels een brief (36 471-64).")
    dossier = Dossier("ah-tk-20232024-1999", questions=[Question(1, "Klopt het?")], notices=[letter])
    blocks = dossier_blocks(dossier, date(2024, 7, 1)) + question_blocks(dossier, dossier.questions[0])
    shown = [b.text.plain for b in blocks]
    assert "Beantwoord per brief (7 juni 2024): De vragen zijn beantwoord middels een brief (36 471-64)." in shown
    assert shown[-1] == "Beantwoord per brief: zie de mededeling hierboven."
    oral = Dossier("2024Z00106", askers=[Person("Jansen", "VVD")], submitted=date(2024, 12, 3), oral=True)
    facts = "\n".join(b.text.plain for b in dossier_blocks(oral, date(2025, 3, 1)))
    assert "Soort: mondelinge vragen (alleen de titelpagina wordt gepubliceerd)" in facts and "dagen open" not in facts


def test_thousands_of_doubts_are_shown_in_bounded_form() -> None:
    from kqreader.tui.answer_pane import DOUBTS_SHOWN, doubt_blocks

    dossier = Dossier("2030Z00001", doubts=[f"question 1 is printed more than once ({n})" for n in range(2000)])
    blocks = [b.text.plain for b in doubt_blocks(dossier)]
    assert len(blocks) == 1 + DOUBTS_SHOWN + 1
    assert blocks[-1] == "… and 1,980 more doubts (kqreader export --format json shows them all)"


async def _settled(app: ReaderApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_phrase_is_worked_out_in_a_worker_and_a_new_key_gives_it_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """A phrase costs more than a frame (its candidates' texts are read): it runs in a worker, the screen keeps
    answering keys meanwhile, and the next key cancels it instead of queueing behind it."""
    import threading

    from kqreader.query.catalog import Catalog

    checked: list[int] = []
    release = threading.Event()
    real = Catalog._holds_phrase

    def slow(self, number, term):  # a phrase over an archive: every check takes a while
        checked.append(number)
        release.wait(5)
        return real(self, number, term)

    monkeypatch.setattr(Catalog, "_holds_phrase", slow)
    monkeypatch.setattr("kqreader.query.catalog.CHECK_EVERY", 1)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", *'"de minister"')
        await pilot.pause()
        assert status(app) == "Filtering “\"de minister\"”…"
        assert len(checked) == 1  # the worker waits inside its first check; the screen did not wait for it
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace",
                          "backspace", "backspace", "backspace", "backspace", "backspace", "backspace")  # fmt: skip
        await pilot.press(*"china")
        release.set()
        await _settled(app, pilot)
        assert status(app) == "5 of 43 questions match “china”"
        assert len(checked) <= 2  # the cancelled worker stopped at its next look instead of checking them all


async def test_a_pasted_filter_of_hundreds_of_phrases_does_not_hold_the_screen() -> None:
    app = make_app()
    pasted = " ".join(f'"minister {word}"' for word in ["van", "de", "het", "een", "voor"] * 60)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash")
        app.filter_input.value = pasted
        assert status(app).startswith("Filtering")  # handed to a worker, not worked out in the keystroke
        await _settled(app, pilot)
        assert status(app).startswith("0 of 43 questions match")


async def test_the_key_bar_lists_the_focused_panes_keys_once_and_a_click_presses_one() -> None:
    from kqreader.tui.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=(160, 30)) as pilot:
        bar = app.query_one(KeyBar)
        shown = [item.display for item in bar.shown()]
        assert shown[:3] == ["^q", "/", "c"] and shown.count("^q") == 1 and shown[-1] == "^p"
        await pilot.press("tab")  # the answer pane adds its own key
        assert "esc" in [item.display for item in bar.shown()]
        start, _end, key = next(place for place in bar._places if place[2] == "question_mark")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        await pilot.pause()
        assert key == "question_mark" and isinstance(app.screen, HelpScreen)


async def test_the_order_newest_first_by_default_o_changes_it_and_it_is_kept(tmp_path: Path) -> None:
    kept = tmp_path / "config" / "settings.json"
    app = make_app(settings=None, settings_file=kept)  # a new user's: no settings yet
    async with app.run_test(size=WIDE) as pilot:
        assert status_line(app) == "43 questions in 8 dossiers · newest first"
        ids = [app.catalog.dossier(row.dossier).id for row in app.question_list.rows if row.question is None]
        assert ids[:3] == ["ah-tk-20242025-1234", "2024Z11859", "2024Z00104"]
        assert selected(app) == "ah-tk-20242025-1234:1"
        await pilot.press("j", "o")  # the selected question stays selected in the new order
        assert status_line(app).endswith("· oldest first")
        assert selected(app) == "ah-tk-20242025-1234:2" and app.question_list.cursor == len(app.question_list.rows) - 1
        assert Settings.load(kept).order == "oldest"
        await pilot.press("slash", *"azie", "enter")
        assert status_line(app) == "2 of 43 questions match “azie” · oldest first"
    assert ReaderApp(settings_file=kept).settings.order == "oldest"  # the next start


async def test_the_palette_offers_each_order_and_each_command_once() -> None:
    app = make_app()
    async with app.run_test(size=WIDE):
        commands = list(app.get_system_commands(app.screen))
        titles = [command.title for command in commands]
        assert "Order: newest first" in titles and "Order: oldest first" in titles
        assert len(titles) == len(set(titles))
        helps = {command.title: command.help for command in commands}
        assert helps["Next dossier"] == "Question list · J ]" and helps["Keys"] == "Everywhere · ?"
        next(command for command in commands if command.title == "Order: newest first").callback()
        assert app.settings.order == "newest"


async def test_an_empty_result_says_so_in_both_panes() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", *"xyzzy")
        await settled(pilot)
        assert status(app) == "0 of 43 questions match “xyzzy”"
        assert app.question_list.render_line(0).text.startswith("No question matches the filter.")
        assert app.answer_pane.plain_blocks() == ["No question matches “xyzzy”. Esc clears the filter."]
    empty = make_app([])
    async with empty.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert empty.question_list.render_line(0).text.startswith("No dossiers yet.")
        assert "kqreader import PATH" in empty.answer_pane.plain_blocks()[0]


async def test_a_question_of_a_three_question_answer_names_the_other_two() -> None:
    answer = Answer([4, 5, 6], "Samen beantwoord.", [])
    questions = [Question(n, f"Vraag {n}?", answer=answer) for n in (4, 5, 6)]
    app = make_app([Dossier(id="2024Z05555", title="drie vragen", questions=questions)])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        assert selected(app) == "2024Z05555:5"
        assert "Answer to questions 4, 5 and 6 (also questions 4 and 6)" in app.answer_pane.plain_blocks()


async def test_the_statistics_screen_fits_80_columns() -> None:
    app = make_app()
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        lines = app.screen.query_one("#statistics-body").render_lines(Region(0, 0, 70, 12))
        text = "\n".join(strip.text for strip in lines)
        assert "on time" in text and "…" not in text.splitlines()[1]  # every heading whole
        assert "All questions" in text and "all questions" not in text


async def test_m_marks_e_writes_a_note_and_the_filter_finds_them(tmp_path: Path) -> None:
    marks = Marks(tmp_path / "db.marks.json")
    app = make_app(marks=marks)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "m")  # 2019Z12806 vraag 2
        assert notes(app)[-1] == "Marked 2019Z12806 question 2."
        assert app.question_list.render_line(2).text.startswith("★   2 ")
        assert "★ Marked (question 2, 1 June 2024)" in app.answer_pane.plain_blocks()
        await pilot.press("g", "e")  # the set's own row: a note on the whole set
        await pilot.press(*"bron nalopen", "enter")
        await pilot.pause()
        assert marks.get("2019Z12806", None).note == "bron nalopen"
        assert "★" in app.question_list.render_line(0).text
        await pilot.press("slash", *"note:bron", "enter")
        await settled(pilot)
        assert status(app) == "7 of 43 questions match “note:bron”"  # every question of the noted set
        await pilot.press("escape", "slash", *"marked:yes -ploumen", "enter")
        await settled(pilot)
        assert status(app).startswith("0 of 43")
        await pilot.press("escape", "J", "m", "m")  # marked, then unmarked again
        assert notes(app)[-1] == "Unmarked 2024Z00101 question 1."
    kept = Marks.load(tmp_path / "db.marks.json")
    kept_now = [(m.dossier, m.question, m.note) for m in kept]
    assert kept_now == [("2019Z12806", None, "bron nalopen"), ("2019Z12806", 2, "")]


def burst(app: ReaderApp, *keys: str) -> None:
    """Keys as a terminal over SSH delivers them: in one read, all in the app's queue before any is acted on."""
    from textual import events

    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def test_keys_in_one_burst_land_where_they_were_meant() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        burst(app, "slash", *"azie")  # "a" would be "same answer" in the list
        await pilot.pause()
        assert app.filter_input.value == "azie" and status(app) == "2 of 43 questions match “azie”"
        burst(app, "enter", "j")  # j moves the list, not the filter
        await pilot.pause()
        assert app.filter_input.value == "azie" and app.focused is app.question_list
        assert selected(app) == "2024Z00103:2"
        burst(app, "slash", "backspace", "escape", "j")  # Esc clears after the keys before it, j is the list's
        await pilot.pause()
        assert app.filter_input.value == "" and app.focused is app.question_list
        burst(app, "enter", "j")  # in the list: to the answer, which j scrolls
        await pilot.pause()
        assert app.focused is app.answer_pane
        burst(app, "escape", "slash", *"2023/24")  # a "/" typed into the filter is a character
        await pilot.pause()
        assert app.filter_input.value == "2023/24"


async def test_up_and_down_recall_earlier_filters_and_a_filter_can_be_saved(tmp_path: Path) -> None:
    kept = tmp_path / "settings.json"
    app = make_app(settings=None, settings_file=kept)
    async with app.run_test(size=WIDE) as pilot:
        for text in ("azie", "party:pvda", "party:"):  # the last is an error: not remembered
            await pilot.press("slash", *text, "enter", "escape")
        await pilot.press("slash", *"chi", "up")
        assert app.filter_input.value == "party:pvda"
        await pilot.press("up", "up")  # no earlier one than the first
        assert app.filter_input.value == "azie"
        await pilot.press("down", "down")
        assert app.filter_input.value == "chi"  # back to what was being typed
        await pilot.press(*"na", "enter")
        app.save_filter()
        await pilot.pause()
        await pilot.press(*"China", "enter")
        await pilot.press("escape")
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Filter: China")
        assert command.help == "china"
        command.callback()
        await pilot.pause()
        assert status(app) == "5 of 43 questions match “china”"
    again = Settings.load(kept)
    assert again.history == ["azie", "party:pvda", "china"] and again.saved == {"China": "china"}


async def test_the_answer_pane_shows_a_nader_antwoord_after_the_answer() -> None:
    answer, later = Answer([1], "Eerste antwoord.", []), Answer([1], "Het nadere antwoord.", [])
    app = make_app([Dossier(id="2024Z05556", title="een nader antwoord", questions=[Question(1, "Vraag?", answer=answer,
                                                                                           further=later)])])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        blocks = app.answer_pane.plain_blocks()
        assert blocks.index("Answer to question 1") < blocks.index("Further answer to question 1")
        assert blocks[blocks.index("Further answer to question 1") + 1] == "Het nadere antwoord."
        await pilot.press("slash", *"nadere", "enter")
        assert status(app) == "1 of 1 questions match “nadere”"


async def test_o_goes_through_every_order_and_the_longest_waiting_come_first() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        seen = []
        for _ in range(5):
            await pilot.press("o")
            await pilot.pause()  # an order not worked out before is worked out in the background
            seen.append(status_line(app).rsplit(" · ", 1)[1])
            if seen[-1] == "longest waiting first":
                await pilot.press("g")
                assert selected(app) == "2024Z00103"  # open for 60 days: first
        assert seen == ["longest waiting first", "by ministry", "by id", "newest first", "oldest first"]


def _citing_set() -> Dossier:
    first = Answer([1], "Ja.", [])
    second = Answer([2], "Zie het antwoord op vraag 1, en 2019Z12806 en 2030Z99999.", [])
    questions = [Question(1, "Eerste?", answer=first), Question(2, "Tweede?", answer=second)]
    return Dossier(id="2024Z01000", title="verwijzingen", submitted=date(2024, 5, 1), questions=questions)


async def test_references_are_links_followed_with_f_or_a_click_and_backspace_goes_back() -> None:
    from tests.reader_factory import sample_dossiers

    app = make_app([*sample_dossiers(), _citing_set()])
    async with app.run_test(size=WIDE) as pilot:
        assert app._go_to(("2024Z01000", 2))
        await pilot.pause()
        links = [link.text for link in app.answer_pane.links]
        assert links == ["Zie het antwoord op vraag 1", "2019Z12806", "2030Z99999"]
        await pilot.press("f")
        assert isinstance(app.screen, CitationPicker)
        await pilot.press("down", "enter")  # the second: 2019Z12806
        await pilot.pause()
        assert selected(app) == "2019Z12806"
        assert "Cited in: 2024Z01000" in app.answer_pane.plain_blocks()  # who refers to it
        await pilot.press("backspace")
        assert selected(app) == "2024Z01000:2"
        await pilot.press("alt+right")
        assert selected(app) == "2019Z12806"
        await pilot.press("backspace")
        await pilot.pause()
        pane = app.answer_pane
        answer = next(i for i, text in enumerate(pane.plain_blocks()) if text.startswith("Zie het antwoord"))
        start = pane.block_line(answer)
        assert start is not None
        line = start - round(pane.scroll_offset.y)
        await pilot.click(pane, offset=(2 + 2, line))  # on "Zie het antwoord op vraag 1" (past the pane's padding)
        await pilot.pause()
        assert selected(app) == "2024Z01000:1"
        await pilot.press("backspace")
        app.action_follow(2)
        await pilot.pause()
        assert notes(app)[-1] == "2030Z99999 is not in this database." and selected(app) == "2024Z01000:2"


async def test_a_set_a_fetch_changed_is_new_in_the_list_and_found_by_status_new() -> None:
    marks = Marks()
    marks.news = frozenset({"2024Z00102"})  # what news.py says when the reader opens after a sync
    app = make_app(marks=marks)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", *"status:new", "enter")
        await settled(pilot)
        assert status(app) == "3 of 43 questions match “status:new”"
        assert app.question_list.render_line(0).text.rstrip().endswith("✦ new answer · late 28 d")
        await pilot.press("g")
        assert "✦ New: a fetch changed this set since kqreader was last opened" in app.answer_pane.plain_blocks()
        await pilot.press("escape", "slash", *"-status:new", "enter")
        await settled(pilot)
        assert status(app) == "40 of 43 questions match “-status:new”"


async def test_w_follows_the_selected_set_and_marks_its_row(tmp_path: Path) -> None:
    watch = tmp_path / "watch.json"
    app = make_app(watch_file=watch)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("w")  # on the first set's row
        assert notes(app)[-1] == "Following 2019Z12806: kqreader sync tells what happens to it."
        assert "⚑" in app.question_list.render_line(0).text
        assert WatchList.load(watch).sets() == {"2019Z12806"}
        await pilot.press("j", "w")  # on one of its questions: the same set
        assert notes(app)[-1] == "No longer following 2019Z12806."
        assert "⚑" not in app.question_list.render_line(0).text and WatchList.load(watch).sets() == set()
        watch.write_bytes(b"{not json")
        await pilot.press("w")
        assert notes(app)[-1].endswith("the watch list is damaged (not valid JSON); remove it to start anew")


async def test_the_shared_answer_mark_is_on_every_question_of_the_group() -> None:
    """2019Z12806's questions 2 and 3 share one answer: selected on either, both rows carry ◆, the others none."""
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        assert app._go_to(("2019Z12806", 2))
        await pilot.pause()
        rows = app.question_list.rows
        start, stop = rows.dossier_bounds(app.question_list.cursor)
        shown = {}
        for index in range(start, stop):
            row = rows[index]
            if row.question is not None:
                y = index - round(app.question_list.scroll_offset.y)
                text = app.question_list.render_line(y).text  # the row as drawn
                shown[app.catalog.question(row).number] = "◆" in text
        assert shown == {n: n in (2, 3) for n in shown}


async def test_at_80_by_24_the_key_bar_keeps_the_keys_help_and_the_palette() -> None:
    from kqreader.tui.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = str(app.query_one(KeyBar).render())
        assert len(bar) <= 80 and bar.rstrip().endswith("^p palette") and " ? Keys " in bar
        assert bar.startswith(" ^q Quit ")


async def test_the_answer_follows_the_selected_row_through_every_order() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "j", "j", "j", "j")
        await settled(pilot)
        for _order in ORDERS:
            await pilot.press("o")
            await app.workers.wait_for_complete()
            await settled(pilot)
            ident, _colon, number = selected(app).partition(":")
            blocks = app.answer_pane.plain_blocks()
            assert blocks[1] == ident and any(b.startswith(f"Question {number}") for b in blocks)


async def test_a_step_shows_the_moved_cursor_in_a_frame_of_its_own_then_the_answer() -> None:
    """The cursor is what tells a key was heard: it goes out before the answer pane is laid out (kqreader/tui/app.py,
    `_selection_moved`), and the answer follows in the next frame."""
    app = make_app()
    frames: list[tuple[int, bool]] = []  # (the cursor, whether the pane shows question 2) of each frame written
    display = app._display

    def recording(screen, renderable) -> None:  # type: ignore[no-untyped-def]
        display(screen, renderable)
        if renderable is not None:
            frames.append((app.question_list.cursor, "Question 2" in app.answer_pane.plain_blocks()))

    app._display = recording  # type: ignore[method-assign]
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.6)
        start = app.question_list.cursor
        frames.clear()
        await pilot.press("j")
        await pilot.pause(0.2)
        moved = [frame for frame in frames if frame[0] == start + 1]
        assert moved[0] == (start + 1, False)  # the cursor first, the answer pane as it was ...
        assert moved[-1] == (start + 1, True)  # ... then the answer
        assert selected(app) == "2019Z12806:2"


async def test_the_answer_pane_brings_each_hit_into_view() -> None:
    app = make_app()
    async with app.run_test(size=(100, 12)) as pilot:  # a low pane: the answers do not fit
        await pilot.press("slash", *"china", "enter")
        pane: AnswerPane = app.answer_pane
        await pilot.pause(0.3)
        assert pane.hit_count >= 2
        for _ in range(pane.hit_count):
            await pilot.press("n")
            block, offset, _end = pane._hits[pane.current_hit]
            line = pane.block_line(block) + pane._line_of(block, offset)
            top = round(pane.scroll_offset.y)
            assert top <= line < top + pane.scrollable_content_region.height


async def test_the_status_line_says_where_the_cursor_is() -> None:
    """The list draws no scroll bar: the status line ends with the cursor's place in the list, as a share."""
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        rows = len(app.question_list.rows)
        await pilot.press("g")
        assert str(app.query_one("#status").render()).endswith(" · 0%")
        await pilot.press("G")
        assert str(app.query_one("#status").render()).endswith(" · 100%")
        await pilot.press("g", *["j"] * (rows // 2))
        assert str(app.query_one("#status").render()).endswith(f" · {(rows // 2) * 100 // (rows - 1)}%")
    tall = make_app()
    async with tall.run_test(size=(140, 80)) as pilot:  # the whole list on the screen: no place to say
        await pilot.pause()
        assert not re.search(r"\d+%$", str(tall.query_one("#status").render()))


async def test_a_cursor_leaving_the_screen_brings_its_row_to_the_middle() -> None:
    """vim's 'scrolljump': the list moves by half a screen, so the steps after it redraw two rows, not the list."""
    app = make_app()
    async with app.run_test(size=(140, 20)) as pilot:
        await pilot.press("g")
        height = app.question_list.scrollable_content_region.height
        await pilot.press(*["j"] * (height - 1))
        assert round(app.question_list.scroll_offset.y) == 0  # the last row on the screen: nothing moved yet
        await pilot.press("j")
        assert round(app.question_list.scroll_offset.y) == height - height // 2  # its row now in the middle
        await pilot.press("j")
        assert round(app.question_list.scroll_offset.y) == height - height // 2  # the next steps move the cursor only
        await pilot.press("g")
        assert round(app.question_list.scroll_offset.y) == 0


async def test_a_mouse_selection_in_the_answer_pane_is_the_text_shown() -> None:
    """The pane draws lines, not widgets: it tells Textual where each line's text lies, so a drag selects it."""
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.5)
        pane = app.answer_pane
        block = next(i for i, text in enumerate(pane.plain_blocks()) if text.startswith("Heeft u tijdens"))
        line = pane.block_line(block) - round(pane.scroll_offset.y)
        await pilot.mouse_down(pane, offset=(2, line))  # past the pane's padding: the line's first character
        await pilot.hover(pane, offset=(2 + 17, line))
        await pilot.mouse_up(pane, offset=(2 + 17, line))  # to the 18th character, inclusive
        await pilot.pause()
        assert app.screen.get_selected_text() == "Heeft u tijdens uw"


async def test_y_and_capital_y_copy_the_footnotes_with_the_text() -> None:
    """A copied answer carries its sources, as the Markdown export does: each footnote's text after the text that
    marks it (2019Z12806: question 1 cites a tweet, the answer to 6 and 7 three pages). At 80x24."""
    tweet = "¹ https://twitter.com/ministerBlok/status/1141298991684096001"
    papers = "¹ https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3175792"
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("Y")
        whole = app.clipboard
        assert whole.count(tweet) == 1 and whole.count(papers) == 1
        assert whole.index("Vraag 1: ") < whole.index(tweet) < whole.index("Vraag 2: ")
        assert whole.index("Antwoord op vragen 6 en 7: ") < whole.index(papers) < whole.index("(Vragen van het lid")
        await pilot.press(*"jjjjj")
        assert selected(app) == "2019Z12806:6"
        await pilot.press("y")
        assert app.clipboard.startswith(app.catalog.dossier(0).question(6).answer.text)  # type: ignore[union-attr]
        assert app.clipboard.split("\n\n")[-1].splitlines() == [
            papers, "² https://chinacopyrightandmedia.wordpress.com/2014/06/14/planning-outline-for-the-construction-of-"
            "a-social-credit-system-2014-2020/", "³ https://techcrunch.com/2019/05/03/china-smart-city-exposed/"
            "?renderMode=ie11",
        ]  # fmt: skip


async def test_a_filter_that_lists_sets_without_questions_counts_them_too() -> None:
    """status:delayed lists a set that has only its delay notice: the status line counts that row too, not "0 of
    N questions" above a list that shows one. At 80x24."""
    from kqreader.model import Notice

    waiting = Dossier("2024Z09999", "de wachtlijst", submitted=date(2024, 3, 1),
                      notices=[Notice("delay", date(2024, 3, 20), "De vragen kunnen niet binnen drie weken worden "
                                                                  "beantwoord.")])  # fmt: skip
    app = make_app([*sample_dossiers(), waiting])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"status:delayed -vogelgriep")
        # too long for 80 columns: cut ("…") before the order, which stays (test_narrow_screens has it whole)
        assert status(app) == "0 of 43 questions match “status:delayed -vogelgriep”; and 1 se…"
        rows = app.question_list.rows
        assert [app.catalog.dossier(rows[i].dossier).id for i in range(len(rows))] == ["2024Z09999"]


async def test_words_that_say_one_thing_each(dutch: None) -> None:
    """f goes to a reference, w follows a set; ⚑ marks a followed set only (a promise is →); the subject starts
    with a capital in the header as in the list; the help shows the Dutch filter fields first. At 80x24."""
    from kqreader.facts.promises import Promise
    from kqreader.i18n import _
    from kqreader.tui.answer_pane import promise_line

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        described = {b.id: _(b.description) for b in app.BINDINGS if isinstance(b, Binding)}
        assert (described["follow"], described["watch"]) == ("Link", "Volg de set (volglijst)")
        await pilot.press("tab")
        await pilot.pause(0.3)
        assert app.answer_pane.plain_blocks()[0].startswith("De ontmoeting met de Chinese collega")
        await pilot.press("tab", "question_mark")
        await pilot.pause(0.3)
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=200, file=io.StringIO(), record=True)
        console.print(app.screen.table)
        text = console.export_text()
        assert text.index("partij:PvdA") < text.index("te-laat:ja") < text.index("party:GL member:")
        assert "party:PvdA" not in text and "de velden ook bij hun Engelse namen" in text
    from kqreader.tui.app import FILTER_HINT

    assert "partij:PvdA  sinds:2024-01" in _(FILTER_HINT)  # the filter's hint, in Dutch field names too
    promised = promise_line(Promise("Ik kom erop terug.", date(2024, 7, 1), "voor de zomer"), "open")
    assert promised.plain.startswith("→ Toezegging (open, uiterlijk 1 juli 2024: “voor de zomer”)")


async def test_the_open_datas_heading_sentence_is_shown_under_the_subject() -> None:
    """A set fetched from the open data keeps its whole Onderwerp as its heading: the header shows it under the
    subject, cut at a word when it is long (the store keeps it whole); a set without one shows none."""
    dossiers = sample_dossiers()
    sentence = ("Vragen van het lid Ploumen (PvdA) aan de minister van Buitenlandse Zaken over de ontmoeting met de "
                "Chinese collega Wang Yi") + " en nog meer" * 40  # fmt: skip
    dossiers[0].heading = sentence
    app = make_app(dossiers)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        blocks = app.answer_pane.plain_blocks()
        assert blocks[0].startswith("De ontmoeting met de Chinese collega Wang Yi")
        assert blocks[1].startswith("Vragen van het lid Ploumen (PvdA) aan de minister van Buitenlandse Zaken")
        assert blocks[1].endswith("nog…") and len(blocks[1]) <= 300 and blocks[2] == "2019Z12806"
    plain = make_app()
    async with plain.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert plain.answer_pane.plain_blocks()[1] == "2019Z12806"  # no heading: the id under the subject
