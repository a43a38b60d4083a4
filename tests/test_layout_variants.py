"""The same real documents in other layouts say the same: questions restated without "Vraag" or with their text on
the heading's line, headings in bold, CRLF, page footers between a heading and its text, lines wrapped at any
width, runs of spaces and tabs, and the whole text flattened onto one line. A rule that fits one file's layout only
fails here (hypothesis picks the document, the layout and where it strikes)."""

from __future__ import annotations

import io
import logging
import re
import textwrap
import unicodedata
import warnings
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kqreader.model import Dossier
from kqreader.parsing import parse_text
from kqreader.parsing.headings import heading_of

ROOT = Path(__file__).parents[1]
LETTERS = sorted((ROOT / "tests/real/docx").glob("*.docx"))
PDFS = [ROOT / "tests/real/pdf" / name for name in (
    "ah-tk-20232024-1481_1b650dd7.pdf", "ah-tk-20232024-1984_1c83f4f5.pdf", "ah-tk-20232024-2367_1b2d2126.pdf",
    "ah-tk-20232024-1949_1bb0809b.pdf",
)]  # fmt: skip
_HEADING_LINE = re.compile(r"(?m)^(?:Vraag|Antwoord)[^\n]{0,60}$")
FOOTER = (  # a page's footer, as PyPDF2 gives it
    "ah-tk-20232024-1314\nISSN 0921 - 7398\n’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\n"
)


@cache
def _letter_text(path: Path) -> str:
    """A Word letter as python-docx's paragraphs give it (what third parties extract)."""
    import docx

    return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)


@cache
def _pdf_text(path: Path) -> str:
    """An official PDF as PyPDF2 extracts it."""
    logging.disable(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # PyPDF2 says it is deprecated: it is the tool third parties used
            import PyPDF2

            return "\n".join(page.extract_text() for page in PyPDF2.PdfReader(io.BytesIO(path.read_bytes())).pages)
    finally:
        logging.disable(logging.NOTSET)


def _letters(text: str | None) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", (text or "").casefold()) if c.isalpha())


def _structure(dossier: Dossier) -> list[tuple[int, tuple[int, ...] | None]]:
    return [(q.number, tuple(q.answer.covers) if q.answer else None) for q in dossier.questions]


def _texts(dossier: Dossier) -> list[tuple[str, str]]:
    return [(_letters(q.text), _letters(q.answer.text if q.answer else "")) for q in dossier.questions]


@cache
def _parsed(text: str) -> Dossier:
    return parse_text(text, "variant.txt")


# --- the layouts -------------------------------------------------------------------------------------------------

def _restated(text: str, style: str) -> str:
    """"Vraag 3" and its question on the next line, restated another way."""
    replacement = {"numbered": r"\1. ", "tab": "Vraag \\1\t", "number and tab": "\\1\t", "colon": "Vraag \\1: "}[style]
    return re.sub(r"(?m)^Vraag (\d+)[ \t]*\n(?=\S)", replacement, text)


RESTATED = ("numbered", "tab", "number and tab", "colon")


def _every_answer_headed(text: str) -> bool:
    """Whether each "Vraag n" has an answer heading naming n (a letter that prints some answers without one cannot
    lose its "Vraag" words and still be read)."""
    asked = {int(n) for n in re.findall(r"(?m)^Vraag (\d+)", text)}
    headed = {n for line in re.findall(r"(?m)^Antwoord[^\n]*", text) if (h := heading_of(line)) for n in h.numbers}
    return asked <= headed


def _bold(text: str) -> str:
    return _HEADING_LINE.sub(lambda match: f"**{match[0].strip()}**", text)


def _footer_after_heading(text: str, which: int) -> str:
    """A page footer between the `which`-th question heading and its text."""
    headings = list(re.finditer(r"(?m)^Vraag \d+[^\n]*\n", text))
    if not headings:
        return text
    at = headings[which % len(headings)].end()
    return text[:at] + FOOTER + text[at:]


def _wrapped(text: str, width: int) -> str:
    """Every line longer than `width` hard-wrapped (headings and short lines kept)."""
    return "\n".join(textwrap.fill(line, width) if len(line) > width and not _HEADING_LINE.match(line) else line
                     for line in text.split("\n"))  # fmt: skip


def _spaced(text: str, gap: str) -> str:
    return re.sub(r"(?<=\w) (?=\w)", gap, text)


LAYOUTS = ["numbered", "tab", "number and tab", "colon", "bold", "crlf", "footer", "wrapped", "spaced"]


def _variant(text: str, layout: str, which: int, width: int, gap: str) -> str:
    if layout in RESTATED:
        return _restated(text, layout)
    return {
        "bold": lambda: _bold(text), "crlf": lambda: text.replace("\n", "\r\n"),
        "footer": lambda: _footer_after_heading(text, which), "wrapped": lambda: _wrapped(text, width),
        "spaced": lambda: _spaced(text, gap),
    }[layout]()  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(LETTERS), layout=st.sampled_from(LAYOUTS), which=st.integers(0, 30),
    width=st.integers(45, 110), gap=st.sampled_from(["  ", "\t", " \t "]),
)  # fmt: skip
def test_a_letter_in_another_layout_says_the_same(path: Path, layout: str, which: int, width: int, gap: str) -> None:
    text = _letter_text(path)
    assume(layout not in RESTATED or _every_answer_headed(text))  # else "5." is a list item: nothing says otherwise
    base, variant = _parsed(text), _parsed(_variant(text, layout, which, width, gap))
    assert _structure(variant) == _structure(base)
    assert _texts(variant) == _texts(base)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(PDFS), layout=st.sampled_from(["bold", "crlf", "footer", "spaced"]),
    which=st.integers(0, 30), gap=st.sampled_from(["  ", "\t"]),
)  # fmt: skip
def test_an_extraction_in_another_layout_says_the_same(path: Path, layout: str, which: int, gap: str) -> None:
    text = _pdf_text(path)
    base, variant = _parsed(text), _parsed(_variant(text, layout, which, 80, gap))
    assert _structure(variant) == _structure(base)
    assert _texts(variant) == _texts(base)


@settings(max_examples=10, deadline=None)
@given(path=st.sampled_from([*PDFS, *LETTERS]))
def test_a_document_flattened_onto_one_line_keeps_its_questions_and_groups(path: Path) -> None:
    text = _pdf_text(path) if path.suffix == ".pdf" else _letter_text(path)
    assume(_every_answer_headed(text))  # an answer without a heading starts at a line end, which flattening loses
    flat = re.sub(r"\s*\n\s*", " ", text)
    base, variant = _parsed(text), _parsed(flat)
    assert (variant.id, _structure(variant)) == (base.id, _structure(base))
    dates = (variant.submitted, variant.answered, len(variant.askers))
    assert dates == (base.submitted, base.answered, len(base.askers))
