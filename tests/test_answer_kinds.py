"""Answer kinds, answers in part and promises with their due dates: on real answers (kinds written by reading them)
and on every due-date phrase, with answer dates near the year's end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kqreader.answerkinds import kind_of, unanswered
from kqreader.parsing import parse_file
from kqreader.promises import NO_DATE, Promise, promises_in, state_of

REAL = Path(__file__).parent / "real"


@pytest.mark.parametrize(
    ("path", "question", "kind", "evidence_starts"),
    [
        ("pdf/ah-tk-20232024-2367_1b2d2126.pdf", 3, "geweigerd", "Ik kan niet ingaan op de exacte omstandigheden"),
        ("pdf/ah-tk-20232024-1292_1b38043f.pdf", 8, "verwijzing-antwoord", "Zie het antwoord op vraag 7."),
        ("docx/beantwoording-Eerdmans-ME-Arnhem.docx", 3, "onbekend", "Hierover zijn geen cijfers bekend."),
        ("docx/beantwoording-2024Z11889-Teunissen-politiehonden.docx", 14, "onbekend", "Het is mij niet bekend of"),
        ("docx/beantwoording-2024Z11889-Teunissen-politiehonden.docx", 1, "inhoudelijk", "Ja."),
        ("pdf/ah-tk-20232024-1076_1aa9bd01.pdf", 3, "inhoudelijk", "Het is mij bekend dat KOZP"),
        ("pdf/ah-tk-20232024-2168_1cf0c343.pdf", 2, "inhoudelijk", ""),
    ],
)
def test_the_kind_of_a_real_answer(path: str, question: int, kind: str, evidence_starts: str) -> None:
    dossier = parse_file(REAL / path)
    answer = dossier.question(question).answer  # type: ignore[union-attr]
    verdict = kind_of(answer.text if answer else None)
    assert verdict.kind == kind and verdict.evidence.startswith(evidence_starts)


def test_a_promise_in_a_real_answer() -> None:
    dossier = parse_file(REAL / "pdf/ah-tk-20232024-2168_1cf0c343.pdf")
    answer = dossier.question(2).answer  # type: ignore[union-attr]
    assert answer is not None
    [promise] = promises_in(answer.text, dossier.answered)
    assert promise.text.endswith("zal ik de Kamer hierover eind 2024 nader informeren.")
    assert (promise.due, promise.basis) == (date(2024, 12, 31), "eind 2024")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zie het antwoord op vraag 3.", "verwijzing-antwoord"),
        ("Voor het antwoord op deze vraag verwijs ik u naar het antwoord op vraag 2.", "verwijzing-antwoord"),
        ("Ja, zie ook het antwoord op vraag 9.", "inhoudelijk"),  # it answers (Ja), then refers
        ("Ik verwijs u naar mijn brief van 12 maart (Kamerstuk 36 200, nr. 12).", "verwijzing-brief"),
        ("Dat is mij niet bekend.", "onbekend"),
        ("Hierover beschik ik niet over gegevens.", "onbekend"),
        ("Ik ga niet in op individuele gevallen.", "geweigerd"),
        ("Daar kan ik niet op vooruitlopen.", "geweigerd"),
        ("Ik zal uw Kamer voor de zomer informeren.", "toezegging"),
        ("Zodra het onderzoek is afgerond, ontvangt u een brief.", "toezegging"),
        ("", "niet-beantwoord"),
        ("De kosten waren 3 miljoen euro. Ik zal uw Kamer hierover informeren. Dat doe ik in maart.", "inhoudelijk"),
    ],
)
def test_kinds_by_their_rules(text: str, kind: str) -> None:
    assert kind_of(text).kind == kind


def test_a_bare_yes_leaves_the_other_questions_unanswered() -> None:
    question = "Kent u het bericht? Wat vindt u ervan? Zo nee, waarom niet? Bent u bereid het te onderzoeken?"
    assert unanswered(question, "Ja.") == ["Wat vindt u ervan?", "Bent u bereid het te onderzoeken?"]
    assert unanswered(question, "Ja, en ik vind het zorgelijk.") == []  # it says more: not flagged
    assert unanswered("Kent u het bericht? Zo ja, wat vindt u ervan?", "Ja.") == []  # only a follow-up: answered


ANSWERED = date(2024, 11, 20)


@pytest.mark.parametrize(
    ("phrase", "answered", "due"),
    [
        ("voor de zomer", ANSWERED, date(2025, 7, 1)),
        ("voor de zomer", date(2024, 3, 1), date(2024, 7, 1)),
        ("na de zomer", ANSWERED, date(2025, 10, 1)),
        ("na het zomerreces", date(2024, 6, 1), date(2024, 10, 1)),
        ("voor het einde van het jaar", ANSWERED, date(2024, 12, 31)),
        ("voor het einde van het jaar", date(2024, 12, 31), date(2024, 12, 31)),
        ("dit najaar", date(2024, 9, 20), date(2024, 12, 31)),
        ("in het eerste kwartaal van 2025", ANSWERED, date(2025, 3, 31)),
        ("in het tweede kwartaal", date(2024, 12, 30), date(2025, 6, 30)),
        ("in het vierde kwartaal", date(2024, 12, 30), date(2024, 12, 31)),
        ("in maart", ANSWERED, date(2025, 3, 31)),
        ("in maart", date(2024, 2, 1), date(2024, 3, 31)),
        ("in december", date(2024, 12, 30), date(2024, 12, 31)),
        ("binnen zes weken", date(2024, 12, 20), date(2025, 1, 31)),
        ("binnen drie maanden", date(2024, 11, 30), date(2025, 2, 28)),
        ("eind 2025", ANSWERED, date(2025, 12, 31)),
    ],
)
def test_due_dates(phrase: str, answered: date, due: date) -> None:
    [promise] = promises_in(f"Ik zal uw Kamer {phrase} informeren.", answered)
    assert promise.due == due


@pytest.mark.parametrize("phrase", ["zo spoedig mogelijk", "zodra het onderzoek klaar is", "te zijner tijd", ""])
def test_promises_without_a_date_say_so(phrase: str) -> None:
    [promise] = promises_in(f"Ik zal uw Kamer {phrase} informeren.", ANSWERED)
    assert (promise.due, promise.basis) == (None, NO_DATE)


def test_what_is_no_promise() -> None:
    assert promises_in("Ik heb uw Kamer op 3 mei geïnformeerd over de stand van zaken.", ANSWERED) == []
    assert promises_in("De Kamer is hierover eerder geïnformeerd.", ANSWERED) == []


def test_a_promise_is_open_due_overdue_or_kept() -> None:
    promise = Promise("…", date(2025, 1, 10), "in januari")
    assert state_of(promise, date(2024, 11, 1), kept=False) == "open"
    assert state_of(promise, date(2025, 1, 1), kept=False) == "due"
    assert state_of(promise, date(2025, 1, 11), kept=False) == "overdue"
    assert state_of(promise, date(2025, 1, 11), kept=True) == "kept"
    assert state_of(Promise("…", None, NO_DATE), date(2030, 1, 1), kept=False) == "open"


ANSWERS = [
    "Zie het antwoord op vraag 3.", "Dat is mij niet bekend.", "Ik ga niet in op individuele gevallen.",
    "Ik zal uw Kamer voor de zomer informeren.", "De kosten bedroegen 3 miljoen euro. Dat is veel.",
    "Ik verwijs u naar mijn brief van 12 maart (Kamerstuk 36 200, nr. 12).",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(answer=st.sampled_from(ANSWERS), gaps=st.lists(st.sampled_from([" ", "\n", "  ", "\t", " \n "]), min_size=40,
                                                      max_size=40))  # fmt: skip
def test_a_kind_does_not_change_with_spacing_or_line_wraps(answer: str, gaps: list[str]) -> None:
    words = answer.split(" ")
    wrapped = "".join(word + (gaps[i % len(gaps)] if i < len(words) - 1 else "") for i, word in enumerate(words))
    assert kind_of(wrapped) == kind_of(answer)
    assert [p.due for p in promises_in(wrapped, ANSWERED)] == [p.due for p in promises_in(answer, ANSWERED)]
