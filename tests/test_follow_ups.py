"""The one table of follow-up sentences (kqreader/parsing/body.py FOLLOW_UP): a sentence that cannot stand alone after
a question ("Zo ja, …", "En zo ja, …", "Waarom niet?") goes on with it, inside a paragraph and on a hard-wrapped line
alike (the two places read two tables of their own before)."""

from __future__ import annotations

import pytest

from kqreader.parsing import parse_text
from kqreader.parsing.body import FOLLOW_UP

# A heading written for these tests (made up: no real set has this number), the questions under it written too, in
# the forms the real documents print (tests/real, ../shared/corpus/real)
_HEAD = (
    "2024Z18999\n\n(ingezonden 20 november 2024)\n\n"
    "Vragen van het lid Jansen (SP) aan de minister van Financiën over het bericht.\n\n"
)


def _two_asked_in_one_paragraph(block: str) -> list[str]:
    """The questions read from one paragraph printed under "Vraag 1 en 2"."""
    return [q.text for q in parse_text(_HEAD + f"Vraag 1 en 2\n\n{block}\n", "vragen.txt").questions]


@pytest.mark.parametrize(
    "sentence",
    ["Zo ja, welke?", "Zo nee, waarom niet?", "Zo dat zo is, wanneer?", "En zo ja, wanneer?", "Indien niet, waarom?",
     "Als dat zo is, hoe?", "Als dat niet zo is, waarom?", "Waarom (niet)?", "Kunt u dat toelichten?",
     "Wat is daarvan de stand?", "Wanneer?", "Hoe dan?"],
)  # fmt: skip
def test_a_follow_up_goes_on_with_the_question_in_a_paragraph(sentence: str) -> None:
    assert FOLLOW_UP.match(sentence)
    asked = _two_asked_in_one_paragraph(f"Kent u het bericht? {sentence} Wat gaat u doen?")
    assert asked == [f"Kent u het bericht? {sentence}", "Wat gaat u doen?"]


@pytest.mark.parametrize("sentence", ["Zoekt u de oorzaak?", "Welke stappen zet u?", "Hoeveel kost het?"])
def test_a_new_question_is_not_a_follow_up(sentence: str) -> None:
    assert not FOLLOW_UP.match(sentence)
    assert _two_asked_in_one_paragraph(f"Kent u het bericht? {sentence}") == ["Kent u het bericht?", sentence]


def test_a_follow_up_on_a_hard_wrapped_line_goes_on_with_the_question() -> None:
    lines = [
        "Kent u het bericht dat de wachtlijsten in de jeugdzorg dit jaar",
        "weer zijn gegroeid, en dat gemeenten geen geld meer hebben?",
        "Waarom heeft u de Kamer daarover niet eerder geïnformeerd en",
        "wanneer komt u met een plan om de wachtlijsten te verkorten?",
        "Welke gemeenten hebben de grootste tekorten in de jeugdzorg?",
    ]
    d = parse_text(_HEAD + "\n".join(lines) + "\n")
    assert [q.text for q in d.questions] == [" ".join(lines[:4]), lines[4]]
