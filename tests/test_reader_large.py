"""The reader at its edges, driven with the Pilot: a resize, very large texts (a 5 MB answer, a 1 MB subject),
a filter typed or pasted faster than it can be applied, notifications beside dialogs, an import beside it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from rich.text import Text
from textual import events
from textual.selection import Selection

import kqreader.tui.app as app_module
from kqreader.model import Answer, Dossier, Person, Question
from kqreader.parsing import parse_file
from kqreader.tui import answer_pane
from kqreader.tui.app import ReaderApp
from kqreader.tui.settings import Settings
from tests.reader_factory import make_app


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


def _long_text(size: int, every: str = "") -> str:
    """`size` characters of plain Dutch words in sentences (with `every` once a sentence)."""
    sentence = f"De minister heeft de Kamer over het beleid van de gemeente geïnformeerd {every}. "
    return (sentence * (size // len(sentence) + 1))[:size]


def _big_set(answer: str, title: str = "Een onderwerp") -> Dossier:
    questions = [Question(1, "Vraag een?", answer=Answer([1], answer)), Question(2, "Vraag twee?",
                 answer=Answer([2], "Kort antwoord."))]  # fmt: skip
    return Dossier(id="2024Z00001", title=title, askers=[Person("Jansen", "PvdA")], submitted=date(2024, 1, 5),
                   questions=questions)  # fmt: skip


FIVE_MB = 5_000_000
A_PART_AT_MOST = answer_pane.PART_CHARS // 20 + 40  # lines: a part wrapped at 76 columns, a word per line at worst


async def test_a_5_mb_answer_is_wrapped_a_part_at_a_time() -> None:
    app = make_app([_big_set(_long_text(FIVE_MB, "2019Z12806") + " HET EINDE")])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = app.answer_pane
        assert pane.part_count >= FIVE_MB // answer_pane.PART_CHARS
        for key in ("tab", "j", "space", "k", "tab", "tab"):  # focus changes restyle the pane: a part again
            pane.lines_wrapped = 0
            await pilot.press(key)
            await pilot.pause()
            assert pane.lines_wrapped <= A_PART_AT_MOST  # a scroll within a part wraps nothing
        assert app.focused is pane and pane.part == 0
        lines = str(pane.get_selection(Selection(None, None)))
        assert "goes on (j or space at its end, G to the last part)" in lines
        assert len(pane.links) <= answer_pane.PART_CHARS // 40  # the references of the part shown only
        pane.lines_wrapped = 0
        await pilot.press("G")
        await pilot.pause()
        assert pane.part == pane.part_count - 1 and 0 < pane.lines_wrapped <= A_PART_AT_MOST
        last = str(pane.get_selection(Selection(None, None)))
        assert "HET EINDE" in last and f"part {pane.part_count} of {pane.part_count}" in last
        assert round(pane.scroll_offset.y) == pane.max_scroll_y  # at its end
        await pilot.press("k", "k", "b", "g")
        await pilot.pause()
        assert pane.part == 0 and round(pane.scroll_offset.y) == 0
        pane.scroll_end(animate=False)
        await pilot.pause()
        await pilot.press("j")  # on past the part's end: the next part, from its top
        await pilot.pause()
        assert pane.part == 1 and round(pane.scroll_offset.y) == 0
        await pilot.press("k")  # back past its top: the part before, at its end
        await pilot.pause()
        assert pane.part == 0 and round(pane.scroll_offset.y) == pane.max_scroll_y


async def test_a_hit_in_a_later_part_is_found_with_n() -> None:
    answer = _long_text(200_000) + " de zeldzame kievit. " + _long_text(200_000)
    app = make_app([_big_set(answer)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"kievit", "enter")
        await pilot.pause(0.3)
        await pilot.press("tab")
        await pilot.pause()
        pane = app.answer_pane
        assert pane.hit_count == 1 and pane.part == 0
        await pilot.press("n")
        await pilot.pause()
        assert pane.part > 0
        top = round(pane.scroll_offset.y)
        shown = [pane.render_line(y).text for y in range(pane.scrollable_content_region.height)]
        assert any("kievit" in line for line in shown), (top, shown)


async def test_a_1_mb_subject_is_cut_in_the_header_and_a_resize_wraps_little() -> None:
    title = _long_text(1_000_000)
    app = make_app([_big_set("Kort.", title=title)])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        pane = app.answer_pane
        shown = pane.plain_blocks()[0]
        assert shown.endswith("…") and len(shown) <= answer_pane.TITLE_SHOWN
        assert title.startswith(shown[:-1].rstrip())
        assert app.catalog.dossier(0).title == title  # the whole is kept
        pane.lines_wrapped = 0
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        assert 0 < pane.lines_wrapped <= 3 * 60  # the header's few lines, again for each width
        row = app.question_list.render_line(0).text
        assert len(row) == app.question_list.scrollable_content_region.width


def test_escapes_in_a_long_styled_text_keep_its_styles_where_they_were() -> None:
    text = Text("ab\x1bcd\u202eef" * 20_000)  # a control or format character every four: 140,000 characters
    text.stylize("bold", 1, 5)
    text.stylize("red", len(text) - 2, len(text))
    shown = answer_pane.visible_text(text)
    assert shown.plain == "ab\\x1bcd\\u202eef" * 20_000
    bold, red = shown.spans
    assert shown.plain[bold.start : bold.end] == "b\\x1bcd" and shown.plain[red.start : red.end] == "ef"



def _keys(text: str) -> list[str]:
    return ["space" if character == " " else character for character in text]


async def test_keys_faster_than_a_person_types_are_filtered_once_they_pause(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A terminal without bracketed paste types a paste out key by key: the filter is applied once the keys pause
    (each key applied took 9 s over a 2 KB paste); a key after a pause is applied at once."""
    monkeypatch.setattr(app_module, "FILTER_BURST_SECONDS", 0.5)  # the Pilot's keys, however slow this machine
    monkeypatch.setattr(app_module, "FILTER_BURST_BUDGET_SECONDS", 0.0)  # none in the keystrokes (a slow filter)
    app = make_app()
    applied: list[str] = []
    apply = app._apply_filter
    monkeypatch.setattr(app, "_apply_filter", lambda text: (applied.append(text), apply(text))[1])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        applied.clear()  # the list as it opens
        await pilot.press("slash", *_keys("minister " * 8 + "blok"))
        assert len(applied) <= 2  # the first key (after a pause), and nothing while they come
        await pilot.pause(0.7)
        assert applied[-1] == "minister " * 8 + "blok" and len(applied) <= 2
        assert "match “minister minister" in str(app.status_line.render())
        applied.clear()
        await pilot.press("backspace")  # a key after a pause: applied in the keystroke
        assert applied == ["minister " * 8 + "blo"]
        await pilot.press(*_keys("k x"), "enter")  # Enter applies what the keys typed, without waiting
        assert applied[-1] == "minister " * 8 + "blok x"
        assert app.focused is app.question_list


async def test_a_paste_is_taken_whole_and_filtered_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    applied: list[str] = []
    apply = app._apply_filter
    monkeypatch.setattr(app, "_apply_filter", lambda text: (applied.append(text), apply(text))[1])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        applied.clear()
        pasted = "minister\n  Blok\r\nbuitenlandse " + "zaken " * 2000  # 12 KB over three lines
        app.filter_input.post_message(events.Paste(pasted))
        await pilot.pause()
        assert app.filter_input.value == " ".join(pasted.split())
        assert applied == [" ".join(pasted.split())]


def test_a_subject_of_100_000_characters_is_read_cut_and_said(tmp_path: Path) -> None:
    sample = (Path(__file__).parent.parent / "sample_data" / "2024Z00101-vragen.md").read_text(encoding="utf-8")
    subject = "de tolheffing " + "en de gevolgen voor de regio " * 3500
    path = tmp_path / "lang-onderwerp.md"
    path.write_text(sample.replace("*de tolheffing op de Westerscheldetunnel*", f"*{subject}*"), encoding="utf-8")
    dossier = parse_file(path)
    assert [person.name for person in dossier.askers] == ["Van der Berg", "Kok"]
    assert dossier.submitted == date(2024, 1, 8)
    assert dossier.addressees == ["Minister van Infrastructuur en Waterstaat", "Staatssecretaris van Financiën"]
    assert dossier.title.startswith("de tolheffing en de gevolgen") and " … " in dossier.title
    assert dossier.title.endswith("voor de regio") and len(dossier.title) < 2_000
    said = "the 'Vragen van …' sentence is 10\\d{4} characters long: askers and date are read from its start and end"
    assert len(dossier.doubts) == 1
    assert re.fullmatch(rf"lang-onderwerp\.md: {said}, its subject is cut\.", dossier.doubts[0])
    assert len(dossier.questions) == 4


def _covered_by_a_toast(app: ReaderApp, dialog_id: str) -> list[tuple[int, int]]:
    """The cells of a dialog where a notification is drawn instead."""
    region = app.screen.query_one(f"#{dialog_id}").region
    covered = []
    for y in range(region.y, region.bottom):
        for x in range(region.x, region.right):
            widget, _region = app.screen.get_widget_at(x, y)
            if any(type(node).__name__.startswith("Toast") for node in widget.ancestors_with_self):
                covered.append((x, y))
    return covered


async def test_notifications_do_not_cover_the_citation_and_copy_dialogs() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:  # (the Pilot draws none unless asked)
        await pilot.pause()
        for line in range(3):  # three long toasts, stacked from the bottom right
            app.notify("Een lange melding die blijft staan " * 4, title=f"melding {line}", timeout=60, markup=False)
        await pilot.press("y")  # the copy's own toast too
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        assert type(app.screen).__name__ == "CitationPicker"
        assert _covered_by_a_toast(app, "picker") == []
        assert len(app._notifications) == 1  # the copy's, behind it (below 100 columns a new one replaces those shown)
        await pilot.press("escape", "L")
        await pilot.pause()
        assert type(app.screen).__name__ == "CopyScreen"
        assert _covered_by_a_toast(app, "copy") == []


async def test_a_reader_open_beside_an_import_picks_up_the_new_sets(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kqreader.query.catalog import open_catalog
    from kqreader.store.atomic import file_identity
    from kqreader.store.database import Store
    from kqreader.store.importing import import_paths
    from tests.reader_factory import TODAY

    monkeypatch.setattr(app_module, "STORE_CHECK_SECONDS", 0.1)
    samples = Path(__file__).parent.parent / "sample_data"
    store = Store(tmp_path / "kq.json")
    import_paths(store, [samples / "2019Z12806-vragen.md", samples / "2019Z12806-antwoorden.md"])
    app = ReaderApp(catalog=open_catalog(store, TODAY), today=TODAY, store_stamp=lambda: file_identity(store.path),
                    reopen=lambda today: open_catalog(store, today), settings=Settings(order="oldest"))  # fmt: skip
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause(0.3)
        assert app.catalog.dossier_count == 1 and _selected(app) == ("2019Z12806", 2)
        _report, failed = import_paths(store, [samples / "2024Z00101-vragen.md", samples / "2024Z00102-vragen.txt"])
        assert failed == 0
        await pilot.pause(0.6)
        assert app.catalog.dossier_count == 3
        assert "2 new sets from an import: in the list now." in [n.message for n in app._notifications]
        assert _selected(app) == ("2019Z12806", 2)  # where the reader was
        assert "3 dossiers" in str(app.status_line.render())
        said = len(app._notifications)
        await pilot.pause(0.4)
        assert len(app._notifications) == said  # said once


def _selected(app: ReaderApp) -> tuple[str, int | None] | None:
    return app._selected_place()


async def test_the_last_copy_of_a_long_answer_is_shown_in_part() -> None:
    from kqreader.tui.screens.dialogs import COPY_SHOWN, CopyScreen

    answer = _long_text(1_000_000)
    app = make_app([_big_set(answer)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "L")
        await pilot.pause()
        assert isinstance(app.screen, CopyScreen) and app.last_copy == answer  # copied whole
        shown = str(app.screen.query_one("#copy-text").render())
        assert len(shown) <= COPY_SHOWN + 100 and answer.startswith(shown[:1000])
        more = str(app.screen.query_one("#copy-more").render())
        assert more.startswith(f"… and {1_000_000 - COPY_SHOWN:,} characters more")


async def test_control_characters_in_a_5_mb_answer_are_shown_as_escapes() -> None:
    answer = _long_text(FIVE_MB).replace("gemeente", "gemeente\r\x1b]0;titel\x07")
    app = make_app([_big_set(answer)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab")
        await pilot.pause()
        shown = "".join(block for block in app.answer_pane.plain_blocks() if "gemeente" in block)
        assert "\r" not in shown and "\x1b" not in shown and "\x07" not in shown
        assert "gemeente\\x0d\\x1b]0;titel\\x07" in shown[:10_000]
