"""Copying: OSC 52 through Textual, a system clipboard tool where one exists, and an optional file.

OSC 52 fails silently in some terminals (and in tmux without `set-clipboard on`), so a tool such as
wl-copy, xclip, xsel or pbcopy is used too when the session has a display for it, and `--copy-to FILE`
appends every copy to a file. When OSC 52 is the only way, the reader says it sent the text rather than that it
copied it, and why it may not arrive here (`terminal_caveat`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kqreader.i18n import N_, _, number, reason
from kqreader.store.atomic import locked, replace_file
from kqreader.text.safetext import visible


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
    """Append one copy, followed by a blank line: whole or not at all (the file with the copy added is written
    beside it and put in its place, its mode kept, under its lock: a full disk leaves the file as it was, two
    readers copying at once keep both copies); the problem when it cannot be written (a missing folder)."""
    if not path.parent.is_dir():  # the folder is the user's to make: a mistyped --copy-to makes none
        return f"{path}: {reason(FileNotFoundError(errno.ENOENT, 'missing'))}"
    try:
        with locked(path):
            try:
                kept = path.read_bytes()
            except FileNotFoundError:
                kept = b""
            replace_file(path, kept + (text.rstrip("\n") + "\n\n").encode("utf-8"))
    except OSError as error:
        return f"{path}: {reason(error)}"
    return None


def terminal_caveat(environ: dict[str, str] | None = None) -> str | None:
    """Why a text sent by OSC 52 may not arrive in this session (an untranslated catalogue text), if one is known:
    tmux with set-clipboard off drops it; over SSH it is the terminal at the other end that decides."""
    env = os.environ if environ is None else environ
    if env.get("TMUX") and _tmux_set_clipboard() == "off":
        return N_("tmux drops it here: its set-clipboard option is off")
    if env.get("SSH_CONNECTION") or env.get("SSH_TTY"):
        return N_("over SSH the terminal you sit at decides")
    return None


def _tmux_set_clipboard() -> str | None:
    """tmux's set-clipboard option (on, external or off), or None when tmux cannot be asked."""
    try:
        done = subprocess.run(["tmux", "show-options", "-gv", "set-clipboard"], capture_output=True, text=True,
                              timeout=1, check=True)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


HANDED_OVER = 200_000  # characters of the last copy L prints (a terminal's scrollback holds a few thousand lines)


def hand_over(text: str, out: TextIO, wait: Callable[[], object]) -> None:
    """L: the last copy printed plainly on the terminal's normal screen (the reader stepped aside), where the
    terminal wraps it itself, so that its own selection (tmux copy mode too) takes whole lines; then wait for Enter.
    Every control character but the line ends is written as an escape."""
    shown = text[:HANDED_OVER]
    heading = _("The last copy (select it with the terminal; Enter goes back)")
    out.write(f"\n── {heading} ──\n\n")
    out.write(visible(shown, lines=True).rstrip("\n") + "\n")
    if len(shown) < len(text):
        more = _("… and {count} characters more: too long to print here (--copy-to FILE keeps every copy whole)")
        out.write("\n" + more.format(count=number(len(text) - len(shown))) + "\n")
    back = _("Enter: back to kqreader")
    out.write(f"\n── {back} ")
    out.flush()
    with contextlib.suppress(EOFError, KeyboardInterrupt):  # input closed, or Ctrl+C: back all the same
        wait()
