"""SVG snapshots of the reader (pytest-textual-snapshot): main screen, help, a filtered view, a narrow terminal.

Update after a deliberate change of looks with `pytest tests/test_snapshots.py --snapshot-update`, and look
at the new SVG files before committing them.
"""

from __future__ import annotations

from tests.reader_factory import make_app


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
