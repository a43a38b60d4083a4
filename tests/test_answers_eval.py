"""The answer kinds, promises and due days measured on the answers labelled by reading (tests/evaluation/answers/,
the part to develop on): the figures may not fall below what the rules reach (thresholds a little under them, so
that a rule that loses answers is caught; the held-out part is only measured, by hand: see the README)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.evaluation.answers_eval import main, same_promise, score, score_pages

# labels of modern answers kept outside the repository (their text comes from stored web pages and may not be copied
# here): scored when they are there, skipped when not
PAGES_DEV = Path("/work/brief/pages/answers/dev.jsonl")

FLOORS = {  # reached on 2026-12-07 after round 6 of #39 (502 answers, 62 not substantive, 29 promises): 82.3% found,
    # 98.0% of those right; promises 93.1% / 100%; due days 100% (round 4: 75%, 96%, 86%, 100%, 100%); the labels
    # hunted in round 6 (Aanhangsel texts of 2023-2024, docs/learninglion/) added answers the rules do not yet read
    # (KNOWN_MISSES): 600 answers, 79 not substantive: 73.4% found, 98.3% right; promises 83.3% / 96.8%. Rounds 7-8
    # (2026-12-08, the kinds as families of phrasings): 84.8% found, 98.5% right; promises 88.9% / 97.0%
    "not substantive found": 0.82,
    "of those found, kind right": 0.94,
    "promises found": 0.86,
    "of those found, promises": 0.95,
    "due within a month": 0.95,
}


def test_the_figures_on_the_development_part(shared: Path) -> None:
    tally = score("dev")
    figures = tally.figures()
    assert not tally.unmatched and not tally.missing_documents
    assert figures["answers"] >= 380 and figures["not substantive"] >= 39 and figures["promises"] >= 22
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, (name, figures[name])
    # calling every answer substantive is the baseline the kinds must beat
    assert figures["kind right"] > figures["baseline (everything substantive)"] + 0.05
    # 7 after round 6 (most of them OCR'd pages of 1965–1995); 11 with the answers hunted in round 6
    assert figures["substantive called otherwise"] <= 12


def test_a_promise_is_matched_by_its_words() -> None:
    assert same_promise("Ik zal uw Kamer voor de zomer informeren.", "Ik zal uw Kamer voor de zomer informeren over X.")
    assert not same_promise("Ik zal uw Kamer voor de zomer informeren.", "De kosten waren hoog in 2023.")


def test_labels_that_carry_their_text_are_scored_on_it(tmp_path: Path) -> None:
    """Made-up records in the pages' shape: the rules run on `answer_text` itself, with the day of `answered`."""
    records = [
        {"answer_text": "Zie het antwoord op vraag 3.", "kind": "verwijzing-antwoord", "promises": []},
        {"answer_text": "Ja. Het kabinet ziet dat zo.", "kind": "inhoudelijk", "promises": []},
        {"answer_text": "Die aantallen zijn mij niet bekend.", "kind": "geweigerd", "promises": []},
        {"answer_text": "Ik zal uw Kamer voor de zomer informeren over de uitkomsten.", "kind": "toezegging",
         "answered": "2024-03-01", "promises": [{"text": "Ik zal uw Kamer voor de zomer informeren over de uitkomsten.",
                                                 "due_phrase": "voor de zomer", "due": "2024-07-01"}]},
    ]  # fmt: skip
    path = tmp_path / "dev.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(record) for record in records) + b"\n")
    figures = score_pages(path).figures()
    assert figures["answers"] == 4 and figures["not substantive"] == 3
    assert figures["not substantive found"] == 1.0 and figures["of those found, kind right"] == round(2 / 3, 3)
    assert figures["promises found"] == 1.0 and figures["due within a month"] == 1.0


def test_a_file_of_pages_that_is_not_there_is_said_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--pages", str(tmp_path / "dev.jsonl")]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'dev.jsonl'}: no such file of labels (nothing scored)\n"


def test_held_out_pages_show_counts_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "heldout.jsonl"
    path.write_bytes(orjson.dumps({"answer_text": "Ja.", "kind": "geweigerd", "promises": []}) + b"\n")
    assert main(["--pages", str(path), "--misses"]) == 0
    shown = capsys.readouterr().out
    assert "geweigerd            → inhoudelijk          1" in shown and "Ja." not in shown


@pytest.mark.skipif(not PAGES_DEV.is_file(), reason="the modern answers' labels are kept outside the repository")
def test_the_modern_answers_development_part() -> None:
    tally = score_pages(PAGES_DEV)
    lines = [line for line in PAGES_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert tally.answers == len(lines) and tally.figures()["kind right"] is not None


def test_the_labelled_pairs_of_the_development_part() -> None:
    """Question-answer pairs without their document (round 6, tests/evaluation/answers/pairs-dev.jsonl): every label
    carries its text and is scored on it."""
    path = Path(__file__).parent / "evaluation" / "answers" / "pairs-dev.jsonl"
    lines = [orjson.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally = score_pages(path)
    assert tally.answers == len(lines) >= 30 and tally.figures()["kind right"] is not None
    assert all(label["deciding"] in label["answer_text"] for label in lines)
