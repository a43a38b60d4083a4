"""Undo what PDF-to-Markdown converters add around the words: emphasis, links, escapes, tables, <sup>.

Only converter syntax is removed. Brackets a writer typed ("[bold]", "[/]") stay as written.
"""

from __future__ import annotations

import re

from kqreader.model import superscript

# Every pattern stays within one line, so a whole document can be cleaned in one call per pattern.
# Line starts are found as "\n" (a literal the engine skips to fast; "^" in MULTILINE is tried everywhere).
_HEADING_HASHES = re.compile(r"\n[ \t]{0,3}#{1,6}[ \t]+")
_BLOCKQUOTE = re.compile(r"\n[ \t]{0,3}>[ \t]?")
_UNDERSCORE_STRONG = re.compile(r"(?<!\w)__|__(?!\w)")
# Single-marker emphasis, one pattern per marker so each starts with a literal (the engine then skips ahead
# fast); the span is bounded, which keeps the cost linear.
_EMPHASIS = tuple(
    re.compile(rf"\{m}(?<![\w*]\{m})(?=[^\s*_])(.{{1,300}}?)(?<=[^\s*_])\{m}(?![\w*])") for m in "*_"
)
_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\((<?)([^()\s<>]{1,2000})(>?)\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]{1,2000})>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_SUP = re.compile(r"<sup>[ \t]*([^<>\n]{1,12}?)[ \t]*</sup>", re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# "11[e ] sanctiepakket": an ordinal suffix the converter set apart as a superscript.
_SPACES = re.compile(r"[ \u00a0]{2,}")
_DOUBLE_SPACES = re.compile(r"  +")  # the same for text without no-break spaces, found much faster
_ORDINAL = re.compile(r"\[(e|ste|de) \]")


def flatten_table_row(line: str) -> str | None:
    """A Markdown table row as plain words ("| Datum | 1 juli 2019 |" -> "Datum 1 juli 2019").

    Returns None for a table's rule row, and the line itself when it is no table row.
    """
    if "|" not in line:
        return line
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1):
        return line
    if _TABLE_RULE.match(stripped):
        return None
    cells = [cell.strip() for cell in stripped.strip("|").split("|")]
    return " ".join(cell for cell in cells if cell)


def strip_block_syntax(text: str) -> str:
    """Remove headings' hashes and blockquotes' markers (of one line or of many)."""
    if "#" not in text and ">" not in text:
        return text
    text = "\n" + text
    if ">" in text:
        text = _BLOCKQUOTE.sub("\n", text)
    if "#" in text:
        text = _HEADING_HASHES.sub("\n", text)
    return text[1:]



def _link(match: re.Match[str]) -> str:
    label, url = match.group(1), match.group(3)
    plain = _ESCAPE.sub(r"\1", label).replace("\\", "")
    if plain == url or plain.startswith(("http://", "https://", "www.")):
        return url
    return f"{plain} ({url})"


def _ordinal(match: re.Match[str]) -> str:
    start = match.start()
    return match.group(1) if start and match.string[start - 1].isdigit() else match.group(0)


def _sup(match: re.Match[str]) -> str:
    inner = match.group(1)
    return superscript(inner) if inner.isdigit() else inner


def clean_inline(line: str) -> str:
    """One line's words without converter syntax; footnote marks in <sup> become superscripts."""
    return _clean(line).strip()


def _clean(text: str) -> str:
    """The inline clean-up, on one line or on many at once (no pattern crosses a line end)."""
    if "<" in text:
        text = text.replace("</sup><sup>", "</sup> <sup>")  # two marks side by side stay two ("¹²" would be 12)
        text = _AUTOLINK.sub(r"\1", _SUP.sub(_sup, text))
    if "](" in text:
        text = _LINK.sub(_link, text)
    if " ]" in text:
        text = _ORDINAL.sub(_ordinal, text)
    if "**" in text:
        text = text.replace("**", "")
    if "__" in text:
        text = _UNDERSCORE_STRONG.sub("", text)
    for marker, pattern in zip("*_", _EMPHASIS, strict=True):
        if marker in text:
            text = pattern.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "\u00a0" in text:
        text = _SPACES.sub(" ", text)
    elif "  " in text:
        text = _DOUBLE_SPACES.sub(" ", text)
    return text


def plain(line: str) -> str:
    """A line reduced to its words, for matching headings and labels."""
    return clean_inline(strip_block_syntax(line))


def plain_all(lines: list[str]) -> list[str]:
    """`plain` of every line, worked out in one pass per pattern over the whole text."""
    if not lines:
        return []
    cleaned = _clean(strip_block_syntax("\n".join(lines))).split("\n")
    return [line.strip() for line in cleaned]
