"""The one rule for a footnote mark typed "1)" (kqreader/text/marks.py), as the parsers and the copies use it: where
it stands, and what is never one (a bracket's close, "vraag 1)", a section number)."""

from __future__ import annotations

import pytest

from kqreader.parsing import parse_text
from kqreader.parsing.typednotes import lift_typed_notes
from kqreader.text.marks import typed_marks, typed_marks_replaced, typed_marks_shown


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("bij het UWV 1) ook", ["1"]),
        ("het bericht 1 )?", ["1"]),  # "1 )": the space an extraction put in
        ("(Kassa, 28 september 2024)? 1)", ["1"]),
        ("in november 2024 1)", ["1"]),  # after a number: with a space
        ("gepubliceerd. 1) Daarna", ["1"]),
        ("het UWV1) en de SVB 2)", ["1", "2"]),  # glued to a word
        ("»Geen spoed«»3), zei", ["3"]),
    ],
)
def test_a_typed_mark(text: str, marks: list[str]) -> None:
    assert [mark.number for mark in typed_marks(text)] == marks


@pytest.mark.parametrize(
    "text",
    [
        "zoals het wetsvoorstel regelt (artikel 3) dat",  # the close of a bracket opened on its line
        "de kinderen (13 en 14) weer",
        "(zie antwoord op vraag 4). Gesprekken",
        "zie het antwoord op vraag 1) hierboven",  # "vraag 1)": a question, even without its bracket
        "paragraaf 3.1) van de nota",  # a section's number
        "in 20241) staat",  # a year glued to a number is no mark
        "1) Kamerstuk 36 200, nr. 5",  # a note's own number, opening its line
    ],
)
def test_never_a_typed_mark(text: str) -> None:
    assert list(typed_marks(text)) == []


def test_a_bracket_opened_on_an_earlier_line_does_not_hide_a_mark() -> None:
    text = "een opmerking (zonder sluiten\nbij het UWV 1) ook"
    assert [(mark.number, text[mark.start : mark.end]) for mark in typed_marks(text)] == [("1", " 1)")]


def test_replaced_and_shown() -> None:
    text = "het UWV 1) en de SVB 2) (artikel 1) en weer 1)"
    assert typed_marks_replaced(text, {"1": "¹"}) == "het UWV¹ en de SVB 2) (artikel 1) en weer¹"
    assert typed_marks_replaced(text, {"1": "¹"}, count=1) == "het UWV¹ en de SVB 2) (artikel 1) en weer 1)"
    assert typed_marks_shown(text, ["2"]) == "het UWV 1) en de SVB² (artikel 1) en weer 1)"
    assert typed_marks_shown("al ² hier 2)", ["2"]) == "al ² hier 2)"  # its superscript stands already


def test_typed_notes_take_the_marks_the_rule_reads() -> None:
    """A Word letter's notes typed at the end (blocks written for this test, made up): the text's marks become the
    notes' superscripts, numbered after the document's own footnotes; "(artikel 1)" stays as it is."""
    blocks = ["Kent u het bericht 1)? Wat zegt artikel 2 (lid 1)?", "Geldt dat ook elders 2)?", "1) NOS, 3 mei 2024",
              "2) Kamerstuk 36 200, nr. 5"]  # fmt: skip
    kept, notes = lift_typed_notes(blocks, 3)
    assert kept == ["Kent u het bericht<sup>3</sup>? Wat zegt artikel 2 (lid 1)?", "Geldt dat ook elders<sup>4</sup>?"]
    assert notes == ["<sup>3</sup> NOS, 3 mei 2024", "<sup>4</sup> Kamerstuk 36 200, nr. 5"]


def test_a_typed_note_in_a_text_becomes_the_footnote_of_its_mark() -> None:
    """A question set written for this test (made up), its note typed "1)" as Word letters type theirs."""
    text = """Vragen van het lid Jansen (SP) aan de minister van Sociale Zaken en Werkgelegenheid over het UWV
(ingezonden 1 november 2024).

Vraag 1
Kent u het bericht over het UWV 1) en wat zegt u (zie artikel 1) daarvan?

1) NOS, 1 november 2024, 'Wachtlijst bij het UWV'
"""
    dossier = parse_text(text.replace("Vragen van", "2024Z18001\n\nVragen van"), "vragen.txt")
    [question] = dossier.questions
    assert question.text == "Kent u het bericht over het UWV¹ en wat zegt u (zie artikel 1) daarvan?"
    note = ("1", "NOS, 1 november 2024, 'Wachtlijst bij het UWV'")
    assert [(footnote.mark, footnote.text) for footnote in question.footnotes] == [note]
