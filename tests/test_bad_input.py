"""Bad input: one ParseError naming the file and what was missing; never another exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from kqreader.parsing import ParseError, parse_bytes, parse_file


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "the file is empty"),
        (b"  \n\n \r\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data, not a text document"),
        (bytes(range(256)) * 8, "binary data, not a text document"),
    ],
)
def test_empty_and_binary(data: bytes, problem: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_bytes(data, "broken.md")
    assert str(caught.value) == f"broken.md: {problem}"


def test_markdown_note_is_not_kamervragen(documents: Path) -> None:
    with pytest.raises(ParseError) as caught:
        parse_file(documents / "note.md")
    assert caught.value.path.endswith("note.md")
    assert "not a Kamervragen document" in caught.value.problem


def test_questions_header_without_questions(documents: Path) -> None:
    with pytest.raises(ParseError) as caught:
        parse_file(documents / "header-only.md")
    assert caught.value.problem == "a question set heading but no questions (no 'Vraag 1' heading or numbered list)"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="cannot read the file"):
        parse_file(tmp_path / "nowhere.md")
    with pytest.raises(ParseError, match="cannot read the file"):
        parse_file(tmp_path)


def test_questions_without_zaaknummer() -> None:
    text = "Vragen van het lid A (B) aan de Minister van C over D (ingezonden 1 mei 2024)\n\nVraag 1\n\nWaarom?\n"
    with pytest.raises(ParseError, match="no zaaknummer"):
        parse_bytes(text.encode(), "anon.md")


def test_notice_without_zaaknummer() -> None:
    text = "Mededeling\n\nDe vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n"
    with pytest.raises(ParseError, match="delay notice without a zaaknummer"):
        parse_bytes(text.encode(), "uitstel.txt")


def test_large_junk_file_is_rejected(tmp_path: Path) -> None:
    """Four megabytes of junk lines end in one ParseError (its time is measured in tests/benchmarks)."""
    junk = tmp_path / "junk.txt"
    line = "Antwoordenvan 12 en 13 Vraag de [1 ] <sup>2</sup> **x** _y_ | a | b | Vragen van het lid\n"
    junk.write_text(line * (4_000_000 // len(line)), encoding="utf-8")
    with pytest.raises(ParseError):
        parse_file(junk)
