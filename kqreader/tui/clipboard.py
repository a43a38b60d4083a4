"""Copying: OSC 52 through Textual, a system clipboard tool where one exists, and an optional file.

OSC 52 fails silently in some terminals (and in tmux without `set-clipboard on`), so a tool such as
wl-copy, xclip, xsel or pbcopy is used too when the session has a display for it, and `--copy-to FILE`
appends every copy to a file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from kqreader.i18n import reason


def system_clipboard_command() -> list[str] | None:
    """The clipboard tool this session can use, if any."""
    candidates: list[list[str]] = []
    if sys.platform == "darwin":
        candidates.append(["pbcopy"])
    if os.environ.get("WAYLAND_DISPLAY"):
        candidates.append(["wl-copy"])
    if os.environ.get("DISPLAY"):
        candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    return next((c for c in candidates if shutil.which(c[0])), None)


def copy_with_tool(command: list[str], text: str) -> bool:
    """Hand the text to a clipboard tool; False when it failed."""
    try:
        subprocess.run(command, input=text.encode("utf-8"), check=True, timeout=3, capture_output=True)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def append_to_file(path: Path, text: str) -> str | None:
    """Append one copy, followed by a blank line; the problem when the file cannot be written (a missing folder)."""
    try:
        with path.open("a", encoding="utf-8") as file:
            file.write(text.rstrip("\n") + "\n\n")
    except OSError as error:
        return f"{path}: {reason(error)}"
    return None
