"""Undo what PDF-to-Markdown converters add around the words: emphasis, links, escapes, tables, <sup>.

Only converter syntax is removed. Brackets a writer typed ("[bold]", "[/]") stay as written.
"""

from __future__ import annotations

import re

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

_HEADING_HASHES = re.compile(r"^\s{0,3}#{1,6}\s+")
_BLOCKQUOTE = re.compile(r"^\s{0,3}>\s?")
_UNDERSCORE_STRONG = re.compile(r"(?<!\w)__|__(?!\w)")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.{1,300}?)(?<=[^\s*_])\1(?![\w*])")  # bounded: linear
_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\((<?)([^()\s<>]{1,2000})(>?)\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]{1,2000})>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_SUP = re.compile(r"<sup>\s*([^<>]{1,12}?)\s*</sup>", re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# "11[e ] sanctiepakket": an ordinal suffix the converter set apart as a superscript.
_SPACES = re.compile(r"[ \u00a0]{2,}")
_ORDINAL = re.compile(r"(?<=\d)\[(e|ste|de|ste) \]")


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


def strip_block_syntax(line: str) -> str:
    """Remove a heading's hashes and a blockquote's marker."""
    start = line[:4].lstrip()[:1]
    if start == "#" or start == ">":
        return _HEADING_HASHES.sub("", _BLOCKQUOTE.sub("", line))
    return line


def superscript(mark: str) -> str:
    """A footnote mark as superscript digits ("12" -> "¹²")."""
    return mark.translate(SUPERSCRIPT)


def _link(match: re.Match[str]) -> str:
    label, url = match.group(1), match.group(3)
    plain = _ESCAPE.sub(r"\1", label).replace("\\", "")
    if plain == url or plain.startswith(("http://", "https://", "www.")):
        return url
    return f"{plain} ({url})"


def _sup(match: re.Match[str]) -> str:
    inner = match.group(1)
    return superscript(inner) if inner.isdigit() else inner


def clean_inline(line: str) -> str:
    """One line's words without converter syntax; footnote marks in <sup> become superscripts."""
    if "<" in line:
        line = _AUTOLINK.sub(r"\1", _SUP.sub(_sup, line))
    if "](" in line:
        line = _LINK.sub(_link, line)
    if " ]" in line:
        line = _ORDINAL.sub(r"\1", line)
    if "**" in line:
        line = line.replace("**", "")
    if "__" in line:
        line = _UNDERSCORE_STRONG.sub("", line)
    if "*" in line or "_" in line:
        line = _EMPHASIS.sub(r"\2", line)
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    if "  " in line or "\u00a0" in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


_SYNTAX = re.compile(r"[#>*_\[<\\\u00a0]|  ")


def plain(line: str) -> str:
    """A line reduced to its words, for matching headings and labels."""
    if _SYNTAX.search(line) is None:  # most lines of a document carry no syntax at all
        return line.strip()
    return clean_inline(strip_block_syntax(line))
