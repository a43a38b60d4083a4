"""Real documents read as third parties' text extractions read them: what kqreader finds in the extraction is what it
finds in the original (the official PDF, the Word letter), question by question.

The originals are the real documents of tests/real, the samples, and ../shared/corpus/real when it is beside the
checkout; the extractions are made here with the tools the shared corpus's text files came from (PyPDF2, pypdf,
python-docx's paragraphs). Texts compare by their letters only (spacing, hyphens and marks aside), so a boundary in
the wrong place, a footer or a footnote inside a text, or a lost heading counts; the score per form must stay at or
above the level reached (the goal is 97% for every form).
"""

from __future__ import annotations

import io
import logging
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from kqreader.model import Dossier
from kqreader.parsing import ParseError, parse_bytes, parse_text
from tests.conftest import ROOT, SHARED

# The level each form has reached (checks passed / checks made); lower is a regression.
REACHED = {"PyPDF2": 0.97, "pypdf": 0.92, "docx-paragraphs": 0.97}
Facts = dict[str, object]


def _pdf_text(library: str) -> Callable[[bytes], str]:
    def extract(data: bytes) -> str:
        logging.disable(logging.CRITICAL)  # both libraries log every font they cannot fully read
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                module = __import__(library)
                return "\n".join(page.extract_text() for page in module.PdfReader(io.BytesIO(data)).pages)
        finally:
            logging.disable(logging.NOTSET)

    return extract


def _docx_paragraphs(data: bytes) -> str:
    """What `"\\n".join(p.text for p in Document(f).paragraphs)` gives: no tables, no footnotes, no list numbers."""
    import docx

    return "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs)


FORMS = {"PyPDF2": (".pdf", _pdf_text("PyPDF2")), "pypdf": (".pdf", _pdf_text("pypdf")),
         "docx-paragraphs": (".docx", _docx_paragraphs)}  # fmt: skip
NOT_CARRIED = {"docx-paragraphs": {"id", "answered", "notes"}}  # in the letterhead's tables and Word's footnotes


def _originals() -> list[Path]:
    found = sorted((ROOT / "tests/real").glob("*/*.*")) + sorted((ROOT / "sample_data").glob("*.*"))
    if (SHARED / "corpus/real").is_dir():
        found += sorted((SHARED / "corpus/real").glob("*/*.*"))
    return [path for path in found if path.suffix in (".pdf", ".docx")]


def _letters(text: str | None) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", (text or "").casefold()) if c.isalpha())


def _facts(dossier: Dossier) -> Facts:
    facts: Facts = {
        "id": dossier.id, "submitted": dossier.submitted, "answered": dossier.answered,
        "askers": sorted((a.name.split()[-1], a.party) for a in dossier.askers), "questions": len(dossier.questions),
        "groups": sorted({tuple(q.answer.covers) for q in dossier.questions if q.answer}),
    }  # fmt: skip
    for q in dossier.questions:
        facts[f"question {q.number}"] = _letters(q.text)
        facts[f"answer {q.number}"] = _letters(q.answer.text) if q.answer else None
        facts[f"notes {q.number}"] = len(q.footnotes) + (len(q.answer.footnotes) if q.answer else 0)
    return facts


@cache
def _compared(form: str) -> tuple[Counter[bool], list[str]]:
    """(checks passed and failed, what failed) over every original of the form."""
    suffix, extract = FORMS[form]
    score: Counter[bool] = Counter()
    failed: list[str] = []
    for path in _originals():
        if path.suffix != suffix:
            continue
        data = path.read_bytes()
        original = _facts(parse_bytes(data, str(path)))
        try:
            read = _facts(parse_text(extract(data), f"{path.stem}.txt"))
        except ParseError as error:
            score[False] += len(original)
            failed.append(f"{path.name}: refused ({error.problem})")
            continue
        for name, value in original.items():
            if name.split(" ")[0] in NOT_CARRIED.get(form, ()):
                continue
            score[read.get(name) == value] += 1
            if read.get(name) != value:
                failed.append(f"{path.name}: {name}")
    return score, failed


@pytest.mark.parametrize("form", sorted(FORMS))
def test_an_extraction_says_what_its_original_says(form: str) -> None:
    score, failed = _compared(form)
    share = score[True] / (score[True] + score[False])
    assert share >= REACHED[form], f"{form}: {share:.1%} of the checks pass; failing: {failed[:20]}"


@pytest.mark.parametrize("form", sorted(FORMS))
def test_no_extraction_of_a_genuine_document_is_refused(form: str) -> None:
    assert [line for line in _compared(form)[1] if "refused" in line] == []
