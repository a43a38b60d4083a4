"""Golden tests on the two seed documents of 2019Z12806 (questions and the ministry's answer letter)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kqreader.model import Dossier, Person
from kqreader.parsing import combine, parse_file

QUESTIONS = "seeds/001_078685dd2c0b7c98.txt"
LETTER = "seeds/000_e432589128f88a19.txt"
TITLE = (
    "de ontmoeting met de Chinese collega Wang Yi waarin de sterke band en het belang van "
    "internationale samenwerking besproken werd"
)


@pytest.fixture
def questions(shared: Path) -> Dossier:
    return parse_file(shared / QUESTIONS)


@pytest.fixture
def letter(shared: Path) -> Dossier:
    return parse_file(shared / LETTER)


def test_questions_document(questions: Dossier) -> None:
    assert questions.id == "2019Z12806"
    assert questions.title == TITLE
    assert questions.askers == [Person("Ploumen", "PvdA")]
    assert questions.addressees == ["Minister van Buitenlandse Zaken"]
    assert questions.submitted == date(2019, 6, 20)
    assert questions.answered is None
    assert [q.number for q in questions.questions] == [1, 2, 3, 4, 5, 6, 7]
    assert all(q.answer is None for q in questions.questions)
    assert questions.status == "open"
    assert questions.sources[0].kind == "questions"
    assert questions.doubts == []


def test_questions_text_boundaries(questions: Dossier) -> None:
    first = questions.question(1)
    assert first is not None
    assert first.text.startswith("Heeft u tijdens uw ontmoeting met uw Chinese collega Wang Yi op 19 juni 2019")
    assert first.text.endswith("ter sprake gebracht?¹ Zo ja, op welke wijze? Zo nee, waarom niet?")
    assert [(f.mark, f.text) for f in first.footnotes] == [
        ("1", "https://twitter.com/ministerBlok/status/1141298991684096001")
    ]
    fifth = questions.question(5)
    assert fifth is not None
    # The footnote printed after question 5 belongs to question 1, not to 5.
    assert fifth.text.endswith("Zo nee, waarom niet?")
    assert "twitter" not in fifth.text and fifth.footnotes == []
    third = questions.question(3)
    assert third is not None and "toenemeent" in third.text
    seventh = questions.question(7)
    assert seventh is not None and seventh.text.endswith("wanneer gaat u dit wel bespreken met uw Chinese collega?")


def test_letter_metadata(letter: Dossier) -> None:
    assert letter.id == "2019Z12806"
    assert letter.answered == date(2019, 7, 1)
    assert letter.submitted == date(2019, 6, 20)
    assert letter.reference == "BZDOC-371186082-60"
    assert letter.signatories == ["Stef Blok"]
    assert letter.answered_by == ["Minister van Buitenlandse Zaken"]
    assert letter.askers == [Person("Ploumen", "PvdA")]
    assert letter.title == TITLE
    assert letter.sources[0].kind == "answers"
    assert letter.doubts == []


def test_letter_groupings(letter: Dossier) -> None:
    assert [q.number for q in letter.questions] == [1, 2, 3, 4, 5, 6, 7]
    assert [a.covers for a in letter.answers] == [[1], [2, 3], [4, 5], [6, 7]]
    q2, q3 = letter.question(2), letter.question(3)
    assert q2 is not None and q3 is not None and q2.answer is q3.answer


def test_letter_answer_boundaries(letter: Dossier) -> None:
    answers = letter.answers
    assert answers[0].text.startswith("Ja, in het bijzonder heb ik mijn zorgen geuit")
    assert answers[0].text.endswith("door een bezoek aan een kerk en een moskee in Xi'an.")
    assert answers[1].text.count("\n\n") == 1
    assert answers[1].text.endswith("Nederland doet dit in veel gevallen samen met EU- en internationale partners.")
    assert answers[2].text == (
        "Nee. Ik heb ervoor gekozen om mij tijdens dit gesprek op andere onderwerpen te richten, waaronder op de "
        "mensenrechtensituatie in Xinjiang en op de actuele ontwikkelingen in Hongkong."
    )
    last = answers[3]
    assert last.text.startswith("Tot op heden is er in China nog geen sprake van een geïntegreerd systeem")
    assert "wordt ingezet om burgers te monitoren en categoriseren.³ Dit vormt een risico" in last.text
    assert last.text.endswith("mensenrechtendialoog met China die mogelijk dit najaar zal plaatsvinden.")
    for furniture in ("Directie Azië en Oceanië", "Onze Referentie", "BZDOC", "https://", "---"):
        assert furniture not in last.text
    assert last.text.count("\n\n") == 3
    assert [f.mark for f in last.footnotes] == ["1", "2", "3"]
    assert last.footnotes[0].text == "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3175792"
    assert last.footnotes[2].text == "https://techcrunch.com/2019/05/03/china-smart-city-exposed/?renderMode=ie11"


def test_restated_questions_lose_to_the_questions_document(questions: Dossier, letter: Dossier) -> None:
    letter_q3 = letter.question(3)
    assert letter_q3 is not None and "eerder toeneemt dan" in letter_q3.text
    for merged in (combine([questions, letter]), combine([letter, questions])):
        q3 = merged.question(3)
        assert q3 is not None and "toenemeent" in q3.text  # the questions document's wording wins
        q1 = merged.question(1)
        assert q1 is not None and [f.mark for f in q1.footnotes] == ["1"]
        assert [a.covers for a in merged.answers] == [[1], [2, 3], [4, 5], [6, 7]]
        assert merged.answered == date(2019, 7, 1) and merged.submitted == date(2019, 6, 20)
        assert merged.reference == "BZDOC-371186082-60"
        assert [s.kind for s in merged.sources] == ["answers", "questions"]
        assert merged.status == "answered"
    assert combine([questions, letter]) == combine([letter, questions])
