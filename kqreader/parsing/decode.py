"""Bytes to clean text: encodings (BOM, UTF-8, cp1252, latin-1), line ends and control characters.

Control characters are removed here, at load time, so nothing a document carries (an OSC 52
clipboard sequence, a BEL, a C1 CSI) can ever reach a terminal.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from kqreader.i18n import _
from kqreader.parsing.errors import ParseError

# Whole escape sequences first (so "ESC[31m" leaves no "[31m" behind), then lone control characters.
# An unterminated string sequence ends at the line end, so one stray ESC cannot swallow a document.
_OSC = re.compile(r"(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?")
_DCS_PM_APC = re.compile(r"(?:\x1b[P^_X]|[\x90\x9e\x9f\x98])[^\x1b\x9c\n]*(?:\x1b\\|\x9c)?")
_CSI = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?")
_OTHER_ESC = re.compile(r"\x1b[ -/]*[0-~]?")
_INTRODUCERS = ("\x1b", "\x9b", "\x9d", "\x90", "\x98", "\x9e", "\x9f")
# Control characters, and format characters: bidi overrides and isolates (U+202A–202E, U+2066–2069) reorder what a
# reader sees, zero-width ones hide text; none belongs in a Kamervragen text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")

# A spacing accent printed on its own after its letter ("Kostic´", "Yes¸ilgöz") and the combining mark it stands for;
# a text extraction may put a space before it ("Kostic ´").
SPACING_ACCENTS = {
    "´": "\u0301", "¸": "\u0327", "¨": "\u0308", "ˇ": "\u030c", "ˆ": "\u0302", "˜": "\u0303", "`": "\u0300"
}
_SPLIT_ACCENT = re.compile(r"([A-Za-z]) ?([´¸ˇ˜])")  # not ¨ ` ˆ, which running text and Markdown use on their own


def mend_accents(text: str) -> str:
    """"Kostic´" and "Kostic ´" as "Kostić", "Yes¸ilgöz" as "Yeşilgöz" (cheap when no spacing accent is there)."""
    if not any(accent in text for accent in "´¸ˇ˜"):
        return text

    def composed(match: re.Match[str]) -> str:
        letter = unicodedata.normalize("NFC", match[1] + SPACING_ACCENTS[match[2]])
        return letter if len(letter) == 1 else match[0]

    return _SPLIT_ACCENT.sub(composed, text)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters; keep newlines (CRLF and CR become LF)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if any(introducer in text for introducer in _INTRODUCERS):
        for pattern in (_OSC, _DCS_PM_APC, _CSI, _OTHER_ESC):
            text = pattern.sub("", text)
    if text.replace("\n", "").isprintable():
        return text  # every character _CONTROL removes is unprintable; this check is ten times faster
    return _CONTROL.sub("", text)


def decode(data: bytes, path: str) -> str:
    """Decode a document's bytes, or raise ParseError for empty or binary data."""
    if not data.strip():
        raise ParseError(path, _("the file is empty"))
    return _decode_bytes(data, path)


def _decode_bytes(data: bytes, path: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                problem = _("the file starts with a {encoding} mark but is not {encoding}")
                raise ParseError(path, problem.format(encoding=encoding)) from None
    if b"\x00" in data[:65536]:
        raise ParseError(path, _("binary data, not a text document"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if sum(1 for char in replaced if ord(char) > 0x7F) - bad > bad:
        return replaced  # mostly UTF-8 with a few broken bytes: kept as UTF-8 ("Azië" stays), the bytes shown as �
    try:
        return data.decode("cp1252")  # older Windows tools: "Financiën" as 0xEB
    except UnicodeDecodeError:
        return data.decode("latin-1")
