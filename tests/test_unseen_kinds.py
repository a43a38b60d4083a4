"""Kinds of document the shared corpus lacks, each on a real document found in a public repository (tests/real) and
on the smallest text that shows the kind; exact numbers, groupings and text boundaries, written by reading them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kqreader.model import Dossier
from kqreader.parsing import parse_file, parse_text
from kqreader.parsing.flattened import unflattened
from kqreader.parsing.typednotes import lift_typed_notes

REAL = Path(__file__).parent / "real"


def _groups(dossier: Dossier) -> list[tuple[int, ...]]:
    return sorted({tuple(q.answer.covers) for q in dossier.questions if q.answer and len(q.answer.covers) > 1})


def _notes(dossier: Dossier) -> dict[int, tuple[list[str], list[str]]]:
    """Each question's footnotes and its answer's, by their first words."""
    found = {}
    for q in dossier.questions:
        answered = [f.text[:20] for f in q.answer.footnotes] if q.answer else []
        if q.footnotes or answered:
            found[q.number] = ([f.text[:20] for f in q.footnotes], answered)
    return found


def test_typed_notes_after_a_real_footnote_and_two_marks_side_by_side() -> None:
    """"…bedoeld? 1) 2)": two typed marks side by side stay two marks (not mark 12 or 23), numbered after the letter's
    own Word footnote 1, which marks answer 2."""
    d = parse_file(REAL / "docx/beantwoording-Eerdmans-ME-Arnhem.docx")
    assert (d.id, d.submitted.isoformat(), d.answered.isoformat()) == ("5284183", "2024-03-05", "2024-03-24")  # type: ignore[union-attr]
    assert [(q.number, q.answer.covers if q.answer else None) for q in d.questions] == [(1, [1]), (2, [2]), (3, [3])]
    assert d.question(1).text.endswith("wat voor traumatische ervaringen worden hier bedoeld?² ³")  # type: ignore[union-attr]
    assert _notes(d) == {1: (["Aanhangsel Handeling", "AD, 13 januari 2024,"], []),
                         2: ([], ["Aanhangsel van de Ha"])}  # fmt: skip
    assert [doubt.split(": ", 1)[1][:45] for doubt in d.doubts] == ["the letter prints no zaaknummer: it is kept u"]


def test_a_typed_note_that_goes_on_in_a_paragraph_of_its_own() -> None:
    """"[2] RTV Oost, …," then ") https://www.rtvoost.nl/…" on the next paragraph: one note, not the end of the last
    answer."""
    d = parse_file(REAL / "docx/beantwoording-2024Z11889-Teunissen-politiehonden.docx")
    assert d.id == "2024Z11889" and len(d.questions) == 22 and _groups(d) == [(11, 12, 13)]
    last = d.question(22).answer
    assert last is not None and last.text.endswith("om het gebruik van de politiehond toekomstbestendig te maken.")
    q1 = d.question(1)
    assert q1 is not None and [f.text[-40:] for f in q1.footnotes] == [
        "nd-tijdens-arrestatie-van-verwarde-man )", "tatieteam-in-dalfsen- keerde-overleden).",
    ]  # the second note's address went on in the paragraph below it


def test_answers_printed_without_a_heading_and_notes_in_a_word_list() -> None:
    """Questions 5 and 6 are set in bold with their answers below in roman type, without "Antwoord": the sentences
    after the last question mark are the answer. The notes are a Word list ("1.", "2.") marked "1)" in the text."""
    d = parse_file(REAL / "docx/beantwoording-2023Z16994-Mutluer-Ellemeet-Argos.docx")
    assert (d.id, len(d.questions), _groups(d)) == ("2023Z16994", 6, [(3, 4)])
    q5, q6 = d.question(5), d.question(6)
    assert q5 is not None and q5.answer is not None and q6 is not None and q6.answer is not None
    assert q5.text.endswith("Zo nee, waarom bent u niet bereid tot een dergelijk onderzoek?")
    assert q5.answer.text.startswith("Er wordt middels het Handelingskader primair ingezet op zorg")
    assert q6.text.startswith("Bent u bekend met het rapport “Fatale incidenten” van Bureau Beke⁴ , waarin")
    assert q6.text.endswith("Zo ja, wat is er tot op heden met dit rapport gedaan?")
    assert q6.answer.text.startswith("Ik ben bekend met dit rapport.")
    assert q6.answer.text.endswith("van personen met verward gedrag voor en na psychiatrische beoordeling.")
    assert [f.text[:12] for f in q6.footnotes] == ["Bureau Beke,"]  # lifted out, no longer the end of question 6
    assert d.doubts == []


def test_answers_heading_in_the_plural_over_non_adjacent_questions() -> None:
    d = parse_file(REAL / "docx/beantwoording-2023Z19006-Beckerman-milieucriminaliteit.docx")
    assert (d.id, len(d.questions), _groups(d)) == ("2023Z19006", 12, [(3, 4, 5, 9, 10)])
    shared = d.question(9).answer  # type: ignore[union-attr]
    assert shared is not None and shared.text.startswith("Milieucriminaliteit kan ernstige gevolgen hebben")
    assert d.question(5).text.endswith("ervoor te zorgen dat milieuwetten effectiever worden gehandhaafd?")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "questions", "groups"),
    [("ah-tk-20232024-1481_1b650dd7.pdf", 6, [(5, 6)]), ("ah-tk-20232024-1949_1bb0809b.pdf", 5, [(2, 3)]),
     ("ah-tk-20232024-1984_1c83f4f5.pdf", 11, [(9, 10)]),
     ("ah-tk-20232024-2367_1b2d2126.pdf", 12, [(3, 4, 5, 6), (7, 8, 9, 10, 11)])],
)  # fmt: skip
def test_official_pdfs_with_grouped_answers(name: str, questions: int, groups: list[tuple[int, ...]]) -> None:
    d = parse_file(REAL / "pdf" / name)
    assert (len(d.questions), _groups(d), d.doubts) == (questions, groups, [])
    assert all(q.answer is not None and q.text for q in d.questions)


# --- the kinds, each in the smallest text that shows it ------------------------------------------------------------

LETTER = """Antwoorden van de minister van Justitie en Veiligheid op Kamervragen van het lid Jansen (VVD) over de
begroting.

Vraag 1
Kent u het bericht?

Antwoord op vraag 1
Ja.
"""


def test_a_letter_that_prints_no_number_stands_in_under_its_asker_and_subject() -> None:
    d = parse_text(LETTER, "brief.txt")
    assert d.id == "brief-jansen-de-begroting"
    assert d.doubts[-1].endswith("or stands alone as brief-jansen-de-begroting.")


def test_a_flattened_aanhangsel_gets_its_lines_back() -> None:
    text = (
        "Vergaderjaar 2023–2024 Aanhangsel van de Handelingen Vragen gesteld door de leden der Kamer, met de daarop "
        "door de regering gegeven antwoorden 1314 Vragen van het lid Jansen (VVD) aan de Minister van Financiën over "
        "de begroting (ingezonden 6 maart 2024). Antwoord van Minister Dijkgraaf (Financiën) (ontvangen 25 maart "
        "2024). Vraag 1 Kent u het bericht? Antwoord 1 Ja. Vraag 2 en 3 Klopt het? Wat gaat u doen? Antwoord 2 en 3 "
        "Nee. " + "Dit is een lange zin van het antwoord. " * 60
    )
    assert "\nVraag 2 en 3\nKlopt het?" in unflattened(text)
    d = parse_text(text, "plat.txt")
    assert (d.id, len(d.questions), _groups(d)) == ("ah-tk-20232024-1314", 3, [(2, 3)])
    assert (d.question(2).text, d.question(3).text) == ("Klopt het?", "Wat gaat u doen?")  # type: ignore[union-attr]
    assert d.submitted is not None and d.answered is not None and [a.name for a in d.askers] == ["Jansen"]


def test_a_short_text_with_line_ends_is_not_touched() -> None:
    text = "Vraag 1 Kent u het bericht? Antwoord 1 Ja."
    assert unflattened(text) == text


def test_a_raised_mark_set_apart_before_the_question_mark_it_followed() -> None:
    """PyPDF2 puts "…ENDS?¹" as "…ENDS" and "1?" on the next line; the footnote at the page foot is glued to its
    number ("1https://…") right before the page footer."""
    text = """## 2024Z00001

Vragen van het lid Jansen (VVD) aan de Minister van Financiën over het rapport (ingezonden 1 mei 2024).

Vraag 1
Bent u bekend met het rapport van Both ENDS
1?
Vraag 2
Klopt het?
1https://www.bothends.org/en/Whats-new/Publicaties/Dredging-Destruction/
Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1
"""
    d = parse_text(text, "x.txt")
    q1, q2 = d.question(1), d.question(2)
    assert q1 is not None and q2 is not None
    assert q1.text == "Bent u bekend met het rapport van Both ENDS?¹" and q2.text == "Klopt het?"
    assert [f.text for f in q1.footnotes] == ["https://www.bothends.org/en/Whats-new/Publicaties/Dredging-Destruction/"]


def test_a_word_list_of_notes_is_lifted_only_when_its_marks_stand_in_the_text() -> None:
    blocks = ["Kent u het bericht? 1)", "Ja.", "1. Argos, 27 september 2023"]
    lifted = (["Kent u het bericht?<sup>1</sup>", "Ja."], ["<sup>1</sup> Argos, 27 september 2023"])
    assert lift_typed_notes(blocks, 1) == lifted
    numbered = ["Wat doet u?", "Ik doe twee dingen:", "1. Meer geld", "2. Meer mensen"]
    assert lift_typed_notes(numbered, 1) == (numbered, [])  # a list of the answer's own, no marks: kept


def test_a_letter_that_prints_no_number_joins_its_question_set(tmp_path: Path) -> None:
    """Imported with the questions (in either order), the letter without a number answers their set."""
    from kqreader.cli import import_paths
    from kqreader.store.database import Store

    (tmp_path / "vragen.md").write_text(
        "## 2030Z00001\n\nVragen van het lid Jansen (VVD) aan de Minister van Financiën over de begroting "
        "(ingezonden 1 mei 2030).\n\nVraag 1\n\nKent u het bericht?\n", encoding="utf-8"
    )
    (tmp_path / "brief.txt").write_text("In antwoord op uw brief van 1 mei 2030 deel ik u mede dat de vragen van "
                                        "het lid Jansen worden beantwoord zoals in de bijlage.\n\n" + LETTER,
                                        encoding="utf-8")  # fmt: skip
    store = Store(tmp_path / "db.json")
    _report, failed = import_paths(store, [tmp_path / "brief.txt", tmp_path / "vragen.md"])
    assert failed == 0
    [dossier] = store.dossiers()
    assert dossier.id == "2030Z00001" and dossier.question(1).answer.text == "Ja."  # type: ignore[union-attr]


def test_a_ministrys_delay_notice_titled_uitstel_beantwoording() -> None:
    text = """2024Z18001
Uitstel beantwoording vragen van de leden Bikker en Ceder (beiden ChristenUnie) over het bericht dat de zorg
vastloopt, ingezonden 6 november 2024

De vragen van de leden Bikker en Ceder (beiden ChristenUnie) over het bericht dat de zorg vastloopt (2024Z18001)
kunnen niet binnen de gebruikelijke termijn worden beantwoord, omdat de benodigde afstemming meer tijd vergt.
"""
    d = parse_text(text, "uitstel.txt")
    assert (d.id, d.status, [n.kind for n in d.notices], d.questions) == ("2024Z18001", "delayed", ["delay"], [])
    assert [(a.name, a.party) for a in d.askers] == [("Bikker", "ChristenUnie"), ("Ceder", "ChristenUnie")]
    assert d.submitted is not None and d.submitted.isoformat() == "2024-11-06"


@pytest.mark.parametrize(
    "head",
    [
        "Vragen van de leden Podt (D66) en Van Nispen\n(SP) aan de Staatssecretaris van Justitie en Veiligheid over "
        "Veldzicht\n(ingezonden 15 november 2024).",  # the sentence wraps over lines
        "Veldzicht\n\nVragen van de leden Podt (D66) en Van Nispen (SP) aan de Staatssecretaris van Justitie en "
        "Veiligheid over Veldzicht (ingezonden 15 november 2024).",  # the subject as the title, the sentence below
    ],
)
def test_a_question_document_whose_first_sentence_wraps_or_follows_its_title(head: str) -> None:
    d = parse_text(f"2024Z18566\n{head}\n\nVraag 1\nErkent u de doelgroep?\n", "vragen.txt")
    assert [(a.name, a.party) for a in d.askers] == [("Podt", "D66"), ("Van Nispen", "SP")]
    assert d.submitted is not None and d.submitted.isoformat() == "2024-11-15"
    assert [q.text for q in d.questions] == ["Erkent u de doelgroep?"]


def test_questions_under_one_heading_hard_wrapped_without_a_paragraph_end_between_them() -> None:
    """pypdf keeps the printed line ends: the questions under "Vraag 3, 4 en 5" are told apart by the lines that end
    by asking, not by paragraph ends (a question of two sentences stays one)."""
    text = """## 2024Z00001

Vragen van het lid Jansen (VVD) aan de Minister van Financiën over de bank (ingezonden 1 mei 2024).

Vraag 3, 4 en 5
Herkent u het beeld dat de bank verzaakt?
Herkent u het beeld dat rekeninggluren bij de bank wijdverspreid is, dat
privacyschendingen geen prioriteit hebben en waarschuwingen hierover zijn
genegeerd door de top?
Wat vindt u ervan dat de situatie al sinds 2022 bekend is bij de bank en dat
de situatie nog steeds bestaat? Wat vindt u ervan dat het monitoren van de
inzage van gegevens gewoon mogelijk was, maar dat dit niet is gebeurd?
Antwoord 3, 4 en 5
Ik kan niet ingaan op individuele gevallen.
"""
    d = parse_text(text, "x.txt")
    q3, q4, q5 = d.questions
    assert q3.text == "Herkent u het beeld dat de bank verzaakt?"
    assert q4.text.startswith("Herkent u het beeld dat rekeninggluren") and q4.text.endswith("door de top?")
    assert q5.text.startswith("Wat vindt u ervan dat de situatie") and q5.text.endswith("niet is gebeurd?")
    assert _groups(d) == [(3, 4, 5)] and not any("told apart" in doubt for doubt in d.doubts)
