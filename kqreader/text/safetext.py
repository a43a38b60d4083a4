"""What kqreader writes to a terminal: file names and document text with control and format characters made visible.

A file name can carry an escape sequence (`clip<ESC>]52;c;…<BEL>.md` writes the terminal's clipboard when printed)
or a newline that forges another error line; documents can carry bidi overrides that reorder what a reader sees.
`visible` is the one function every error line, notice and screen uses for names and texts.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from kqreader.i18n import _

# Control and format characters (ESC, BEL, C1 codes; U+202E, U+2066–2069, zero widths), and the surrogates a file
# name that is not valid UTF-8 decodes to (they cannot even be printed): Unicode's Cc, Cf and Cs, written out once
# (tests/test_terminal_safety.py checks them against unicodedata) so a 5 MB answer is searched by one regex.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"  # Cc without the tab and the line break
_FORMATS = ("\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
            "\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
            "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f")
_HIDDEN = re.compile(f"[\t\n{_CONTROLS}{_FORMATS}]")
_HIDDEN_IN_LINES = re.compile(f"[{_CONTROLS}{_FORMATS}]")


def visible(text: str, *, lines: bool = False) -> str:
    """`text` with every control and format character written as an escape ("\\x1b", "\\u202e"): nothing kqreader
    prints or draws carries a terminal escape, a bidi override or a forged line, whatever its source. With `lines`
    (a document's text, a citation, an export), the line breaks and tabs that lay it out are kept."""
    if text.isprintable():
        return text  # the common case: nothing to do (isprintable is false for every Cc, Cf and Cs character)
    return (_HIDDEN_IN_LINES if lines else _HIDDEN).sub(_shown, text)


def hidden(text: str, *, lines: bool = False) -> Iterator[re.Match[str]]:
    """Where `text` holds a character `visible` writes as an escape (to rebuild a styled text around them)."""
    return (_HIDDEN_IN_LINES if lines else _HIDDEN).finditer(text)


def _shown(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible_json(data: bytes) -> bytes:
    """JSON with the control and format characters its strings hold written as JSON escapes ("\\u009b"): the same
    data, which a terminal shows as text (orjson escapes only the C0 codes)."""
    if data.isascii():
        return data
    text = data.decode()
    if not _HIDDEN_IN_LINES.search(text):
        return data
    return _HIDDEN_IN_LINES.sub(_json_escape, text).encode()


def _json_escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # beyond the BMP: JSON writes the UTF-16 surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


# The noncharacters (U+FDD0–FDEF, the last two of every plane): XML 1.0 forbids U+FFFE and U+FFFF, and asks that
# documents hold none of the others.
_NONCHARACTERS = re.compile("[\ufdd0-\ufdef" + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF)
                                                        for plane in range(17)) + "]")  # fmt: skip


def visible_xml(text: str) -> str:
    """`visible`, and the noncharacters escaped too: a text an XML 1.0 document can hold whatever it held (the C0
    codes and surrogates XML forbids are Cc and Cs)."""
    shown = visible(text)
    return shown if shown.isprintable() and shown.isascii() else _NONCHARACTERS.sub(_shown, shown)


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
