"""Copying beyond OSC 52: which system tool is used, handing it the text, and the --copy-to file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kqreader.tui import clipboard
from kqreader.tui.clipboard import append_to_file, copy_with_tool, system_clipboard_command


@pytest.mark.parametrize(
    ("environment", "installed", "expected"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0"}, {"wl-copy"}, ["wl-copy"]),
        ({"DISPLAY": ":0"}, {"xclip", "xsel"}, ["xclip", "-selection", "clipboard"]),
        ({"DISPLAY": ":0"}, {"xsel"}, ["xsel", "--clipboard", "--input"]),
        ({"DISPLAY": ":0"}, set(), None),
        ({}, {"wl-copy", "xclip", "xsel"}, None),  # over plain SSH there is no display to copy to
    ],
)
def test_tool_choice(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], installed: set[str], expected: list[str] | None
) -> None:
    for name in ("WAYLAND_DISPLAY", "DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(clipboard.sys, "platform", "linux")
    monkeypatch.setattr(clipboard.shutil, "which", lambda tool: f"/usr/bin/{tool}" if tool in installed else None)
    assert system_clipboard_command() == expected


def test_copy_with_tool_hands_over_the_text(tmp_path: Path) -> None:
    target = tmp_path / "clip.txt"
    command = [sys.executable, "-c", f"import sys; open({str(target)!r}, 'wb').write(sys.stdin.buffer.read())"]
    assert copy_with_tool(command, "Vraag 2: Deelt u de mening?")
    assert target.read_text(encoding="utf-8") == "Vraag 2: Deelt u de mening?"
    assert not copy_with_tool([sys.executable, "-c", "raise SystemExit(3)"], "x")
    assert not copy_with_tool([str(tmp_path / "no-such-tool")], "x")


def test_append_to_file(tmp_path: Path) -> None:
    target = tmp_path / "copies.txt"
    append_to_file(target, "eerste\n")
    append_to_file(target, "tweede")
    assert target.read_text(encoding="utf-8") == "eerste\n\ntweede\n\n"
    missing = tmp_path / "weg" / "copies.txt"
    assert append_to_file(missing, "x") == f"{missing}: No such file or directory"


@pytest.mark.parametrize(("environment", "tmux", "said"), [
    ({"TMUX": "/tmp/tmux-0/default,1,0"}, "off", "tmux drops it here: its set-clipboard option is off"),
    ({"TMUX": "/tmp/tmux-0/default,1,0"}, "on", None),
    ({"SSH_CONNECTION": "10.0.0.1 50000 10.0.0.2 22"}, None, "over SSH the terminal you sit at decides"),
    ({}, None, None),
])  # fmt: skip
def test_why_osc_52_may_not_arrive(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], tmux: str | None,
                                   said: str | None) -> None:  # fmt: skip
    monkeypatch.setattr(clipboard, "_tmux_set_clipboard", lambda: tmux)
    assert clipboard.terminal_caveat(environment) == said


async def test_the_reader_says_what_it_did_with_a_copy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Copied, to a clipboard tool; only sent, by OSC 52, with why it may not arrive and L to show the text; a tool
    that fails is said."""
    from kqreader.tui.screens.dialogs import CopyScreen
    from tests.reader_factory import make_app
    from tests.test_reader import WIDE, notes

    monkeypatch.setattr(clipboard, "_tmux_set_clipboard", lambda: "off")
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("L")
        assert notes(app)[-1] == "Nothing has been copied yet."
        await pilot.press("y")
        said = notes(app)[-1]
        assert said.startswith("Sent the answer to 2019Z12806 question 1 to the terminal (OSC 52):\n")
        assert said.endswith("It arrives where the terminal allows it (tmux drops it here: its set-clipboard option "
                             "is off). Nothing there? L shows it to select; --copy-to FILE writes every copy to a "
                             "file.")  # fmt: skip
        await pilot.press("L")
        assert isinstance(app.screen, CopyScreen) and app.screen.text == app.clipboard
        await pilot.press("escape")
    target = tmp_path / "clip.txt"
    tool = [sys.executable, "-c", f"import sys; open({str(target)!r}, 'wb').write(sys.stdin.buffer.read())"]
    app = make_app(clipboard_command=tool)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("y")
        await app.workers.wait_for_complete()
        copied = f"Copied the answer to 2019Z12806 question 1 to the clipboard ({sys.executable})"
        assert notes(app)[-1].startswith(copied)
        assert target.read_text(encoding="utf-8") == app.clipboard
    app = make_app(clipboard_command=[sys.executable, "-c", "raise SystemExit(1)"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert notes(app)[-1].endswith("could not copy it: the text went to the terminal (OSC 52) only; L shows it")
