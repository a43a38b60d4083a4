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
