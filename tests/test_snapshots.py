"""SVG snapshots of the reader (pytest-textual-snapshot): main screen, help, a filtered view, a narrow terminal,
the orders, marks, a reference link, an empty result.

Update after a deliberate change of looks with `pytest tests/test_snapshots.py --snapshot-update`, and look
at the new SVG files before committing them.
"""

from __future__ import annotations

from tests.reader_factory import make_app, real_dossiers, sample_dossiers


def test_main_screen(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 36), press=["j"])


def test_help_screen(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["question_mark"])


def test_filtered_view(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 36), press=["slash", *"xinjiang", "enter", "j", "n"])


def test_narrow_terminal(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(60, 20), press=["j"])


def test_narrow_terminal_reading(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(60, 20), press=["j", "enter"])


def test_statistics_screen(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["s"])


def test_statistics_screen_at_80_columns(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 30), press=["s"])


async def settled(pilot) -> None:
    """The start's own work done (the first answer, the sets citing it, the months checked): what a person opening a
    screen a moment later sees behind it."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_promise_queue_screen(snap_compare) -> None:
    """p: the samples' one promise (before the summer, due within 30 days of the tests' day), all promises shown."""

    async def queue(pilot) -> None:
        await settled(pilot)
        await pilot.press("p")
        await pilot.pause()  # the screen is up and its worker started
        await pilot.app.workers.wait_for_complete()
        await pilot.press("6")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 24), run_before=queue)


def test_similar_sets_screen(snap_compare) -> None:
    """r on a real set among the samples and tests/real (ah-tk-20232024-2313, longcovid and the WIA): the sets alike
    in words, later ones too (l: 2024Z18882, the UWV's missed assessments), the answer of the first beneath."""

    async def similar(pilot) -> None:
        await settled(pilot)
        assert pilot.app._go_to(("ah-tk-20232024-2313", None))
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await pilot.press("l")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert [found["id"] for found in pilot.app.screen.shown] == ["2024Z18882"]
        await pilot.pause(0.2)  # the table's rows drawn

    app = make_app([*sample_dossiers(), *real_dossiers()])
    assert snap_compare(app, terminal_size=(120, 30), run_before=similar)


def test_asker_overview_screen(snap_compare) -> None:
    """v on a set of the samples: its asker's sets, waiting ones first, and the ministries' figures."""

    async def overview(pilot) -> None:
        await settled(pilot)
        assert pilot.app._go_to(("2024Z00103", None))
        await pilot.press("v")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 30), run_before=overview)


def test_newest_first_with_marks_and_a_note(snap_compare) -> None:
    """The reader's default order, a marked question (★) and a set marked with a note (shown above the question)."""
    from kqreader.tui.settings import Settings

    async def marked(pilot) -> None:
        await pilot.press("m", "k", "e", *"bron", "enter", "j")
        await pilot.pause(0.4)  # past the answer's wait when keys come close together

    app = make_app(settings=Settings())  # newest first, as a new user starts
    assert snap_compare(app, terminal_size=(120, 36), run_before=marked)


def test_each_permuted_order(snap_compare) -> None:
    """o three times from oldest first: newest first, longest waiting first, by ministry (in the status line)."""
    assert snap_compare(make_app(), terminal_size=(120, 30), press=["o", "o", "o", "g"])


def test_a_reference_as_a_link_and_its_choice(snap_compare) -> None:
    """2024Z00104's answer to 9-11 says "zie het antwoord op vraag 4": underlined, followed with f."""
    presses = ["slash", *"twee incidenten", "enter", "tab", "G"]
    assert snap_compare(make_app(), terminal_size=(120, 36), press=presses)


def test_an_empty_result(snap_compare) -> None:
    async def typed(pilot) -> None:  # the answer pane follows once typing pauses
        await pilot.press("slash", *"xyzzy")
        await pilot.pause(0.4)

    assert snap_compare(make_app(), terminal_size=(100, 20), run_before=typed)


# The same screens in Dutch, the language kqreader speaks by default (the tests above are in English).


def test_main_screen_in_dutch(snap_compare, dutch: None) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 36), press=["j"])


def test_help_screen_in_dutch(snap_compare, dutch: None) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["question_mark"])


def test_statistics_screen_in_dutch(snap_compare, dutch: None) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["s"])


# The tables at 80 columns: the promise and the subject stay; who promised and the words shared go beneath.


def test_promise_queue_at_80_columns(snap_compare) -> None:
    async def queue(pilot) -> None:
        await settled(pilot)
        await pilot.press("p")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.press("6")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=queue)


def test_similar_sets_at_80_columns(snap_compare) -> None:
    from tests.test_narrow_screens import similar_screen

    async def similar(pilot) -> None:
        await similar_screen(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=similar)


def test_statistics_screen_at_80_columns_in_dutch(snap_compare, dutch: None) -> None:
    """The group headings wrap in the narrow first column, whole ("Per ministerie (geadresseerde)")."""
    assert snap_compare(make_app(), terminal_size=(80, 30), press=["s"])
