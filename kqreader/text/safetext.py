"""What kqreader writes to a terminal: file names and document text with control and format characters made visible.

A file name can carry an escape sequence (`clip<ESC>]52;c;…<BEL>.md` writes the terminal's clipboard when printed)
or a newline that forges another error line; documents can carry bidi overrides that reorder what a reader sees.
`visible` is the one function every error line, notice and screen uses for names and texts.
"""

from __future__ import annotations

import sys
import unicodedata

from kqreader.i18n import _

# Control and format characters (ESC, BEL, C1 codes; U+202E, U+2066–2069, zero widths), and the surrogates a file
# name that is not valid UTF-8 decodes to (they cannot even be printed).
_HIDDEN = ("Cc", "Cf", "Cs")


def visible(text: str) -> str:
    """`text` with every control and format character written as an escape ("\\x1b", "\\u202e")."""
    if text.isprintable():
        return text  # the common case: nothing to do (isprintable is false for every Cc, Cf and Cs character)
    return "".join(_shown(char) for char in text)


def _shown(char: str) -> str:
    if unicodedata.category(char) not in _HIDDEN:
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def error_text(path: object, problem: str) -> str:
    """"PATH: error: PROBLEM", both made visible (a name cannot forge a second line)."""
    return _("{path}: error: {problem}").format(path=visible(str(path)), problem=visible(problem))


def notice_line(path: object, notice: str) -> None:
    """One line on stderr: "kqreader: PATH: NOTICE" — what happened to a file that is not a failure (skipped, read
    only in part)."""
    said = _("kqreader: {path}: {notice}").format(path=visible(str(path)), notice=visible(notice))
    print(said, file=sys.stderr)


def error_line(path: object, problem: str) -> None:
    """One line on stderr: "kqreader: PATH: error: PROBLEM" — which program speaks, then the file it is about."""
    said = _("kqreader: {path}: error: {problem}").format(path=visible(str(path)), problem=visible(problem))
    print(said, file=sys.stderr)
