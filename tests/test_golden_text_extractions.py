"""Golden tests on third-party text extractions (PyPDF2 from PDFs, python-docx from Word) in ../shared/corpus/real/txt.

They glue words and page footers together and put footnote marks and texts mid-text; the tests pin what the
parser recovers: groupings, askers, dates, footnotes and text boundaries.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kqreader.facts.timeliness import badge, timeliness
from kqreader.model import Person
from kqreader.parsing import ParseError, parse_file

DOCUMENTS = Path(__file__).parent / "documents"


def test_pypdf2_aanhangsel_with_glued_footers_marks_and_grouped_questions(shared: Path) -> None:
    d = parse_file(shared / "corpus/real/txt/004-Antwoord-op-vragen-van-het-lid-Boswijk-o.txt")
    assert d.id == "ah-tk-20242025-575"
    assert (d.submitted, d.answered) == (date(2024, 10, 24), date(2024, 11, 18))  # both sentences in one paragraph
    assert [a.covers for a in d.answers] == [[1], [2], [3], [4, 5], [6], [7], [8], [9]]
    q1, q4, q5 = d.question(1), d.question(4), d.question(5)
    assert q1 is not None and q4 is not None and q5 is not None
    assert q1.text.endswith("in Rusland? Zo nee, waarom niet?¹")  # the mark was a line "1" of its own
    assert q1.footnotes[0].text.startswith("X, 23 oktober 2024 (https://x.com/hubertsmeets")  # was "1X, 23 …"
    assert q4.text.endswith("Zo ja, wat vindt u hiervan?")  # "…hiervan?Deelt u …" glued apart
    assert q5.text.startswith("Deelt u de mening dat het een verkeerd signaal is")
    assert "Aanhangsel 1" not in " ".join(q.answer.text for q in d.questions if q.answer)
    assert d.doubts == []
    a45, a7 = q4.answer, d.question(7).answer  # type: ignore[union-attr]
    assert a45 is not None and a7 is not None
    assert "arrestatiebevel is uitgevaar-digd.² Deze richtlijnen voorzien niet" in a45.text  # "2 Deze" opened a line
    assert [(f.mark, f.text) for f in a45.footnotes] == [("2", "Zie A/67/828–S/2013/210.")]  # was "2Zie …"
    assert a7.text == "Ja. Zie ook het antwoord op vraag 1 en 3."  # the footnote no longer ends it


def test_pypdf2_marks_at_a_line_start_glued_to_a_word_or_before_a_full_stop(shared: Path) -> None:
    """Raised marks an extraction put at the start of the next line ("2 is gekeken", "6."), or glued to the word
    before ("vorig jaar5 dat"): the definitions at the page ends are lifted out as footnotes, none ends an answer."""
    d = parse_file(shared / "corpus/real/txt/022-Antwoord-op-vragen-van-het-lid-Mohandis-.txt")
    marks = sorted({f.mark for q in d.questions for f in [*q.footnotes, *(q.answer.footnotes if q.answer else [])]})
    assert marks == ["1", "2", "3", "4", "5", "6"]
    a10, a11, a12 = (d.question(n).answer for n in (10, 11, 12))  # type: ignore[union-attr]
    assert a10 is not None and a11 is not None and a12 is not None
    assert "nieuwonderzoek⁴ van het Mulier Instituut" in a10.text and "vorig jaar⁵ dat in Nederland" in a10.text
    assert a11.text.endswith("(1,6 per 25.000inwoners)⁶.") and a12.text.endswith("kunnen toenemen.")
    assert not any("footnote" in doubt for doubt in d.doubts)  # each is marked where it belongs


@pytest.mark.parametrize(
    ("name", "number", "around_mark"),
    [
        ("028-Antwoord-op-vragen-van-het-lid-Erkens-ov.txt", 4, "hetzelfde Energeia-artikel², de afgelopen maanden"),
        ("028-Antwoord-op-vragen-van-het-lid-Erkens-ov.txt", 7, "d.d. 11 juni 2024⁴ is de Kamer geïnformeerd"),
        ("046-Antwoord-op-vragen-van-het-lid-Koekkoek-.txt", 5, "na ontscheping.² Een schip dat"),
        ("046-Antwoord-op-vragen-van-het-lid-Koekkoek-.txt", 9, "zouden uitvoeren.³ Het is bij het kabinet"),
    ],
)
def test_pypdf2_marks_before_a_comma_or_after_a_full_stop(
    shared: Path, name: str, number: int, around_mark: str
) -> None:
    """"2, de" opening a line and "ontscheping.2 Een" are marks too; their definitions leave the answers."""
    d = parse_file(shared / "corpus/real/txt" / name)
    answer = d.question(number).answer  # type: ignore[union-attr]
    assert answer is not None and around_mark in answer.text
    assert not any("footnote" in doubt for doubt in d.doubts)
    texts = " ".join(q.answer.text for q in d.questions if q.answer)
    assert "Kamerstuk 29 035, nr. 515" not in texts and "fra.europa.eu/en/publication" not in texts


def test_marks_glued_to_a_closing_quote_a_question_mark_or_an_acronym(shared: Path) -> None:
    """"«… verdwijnt" + "1» en «…" on the next line, "voor ggz»2?", "MIND3 dat", "artikel?1": each mark is put back
    where it stands, each definition lifted out as the question's footnote."""
    d = parse_file(shared / "corpus/real/txt/052-Het-verdwijnen-van-de-restitutiepolis-en.txt")
    q1 = d.question(1)
    assert q1 is not None and q1.text.endswith("restitutiepolis verdwijnt¹» en «Alle verzekeraars stoppen met "
                                               "restitutiepolissen voor ggz»²?")  # fmt: skip
    assert [(q.number, [f.mark for f in q.footnotes]) for q in d.questions if q.footnotes] == [
        (1, ["1", "2"]), (10, ["3"]), (14, ["4"]), (20, ["5"]),
    ]  # fmt: skip
    assert d.doubts == []
    d = parse_file(shared / "corpus/real/txt/085-Het-artikel--Kankerverwekkend-gas-lekte-.txt")
    q1 = d.question(1)
    assert q1 is not None and q1.text == "Bent u bekend met het bovenstaande artikel?¹"
    assert [(f.mark, f.text) for f in q1.footnotes] == [("1", "de Limburger, 15 november 2024")]


def test_word_extraction_of_new_questions_without_list_numbers(shared: Path) -> None:
    d = parse_file(shared / "corpus/real/txt/040-Het-bericht--Een-derde-van-de-schoolbest.txt")
    assert (d.id, d.askers, d.submitted) == ("2024Z18892", [Person("Kisteman", "VVD")], date(2024, 11, 20))
    assert [q.number for q in d.questions] == list(range(1, 10))
    q1 = d.question(1)
    assert q1 is not None and q1.footnotes[0].text.startswith("Website Follow the Money, 11 november 2024")
    assert d.doubts == [f"{'040-Het-bericht--Een-derde-van-de-schoolbest.txt'}: the 9 questions carry no numbers "
                        "(lost in the text?); numbered in order."]  # fmt: skip


def test_pypdf2_question_set_with_glued_words(shared: Path) -> None:
    d = parse_file(shared / "corpus/real/txt/052-Het-verdwijnen-van-de-restitutiepolis-en.txt")
    assert d.askers == [Person("Westerveld", "GroenLinks-PvdA"), Person("Bushoff", "GroenLinks-PvdA")]
    assert d.submitted == date(2024, 11, 14)  # "…overhet verdwijnen … ggz-patiënten(ingezonden 14 november"
    assert len(d.questions) == 22


def test_oral_questions_are_a_dossier_without_questions_or_deadline() -> None:
    d = parse_file(DOCUMENTS / "kv-2024Z00106-mondeling.txt")
    assert (d.id, d.oral, d.questions) == ("2024Z00106", True, [])
    assert d.askers == [Person("Jansen", "VVD")] and d.submitted == date(2024, 12, 3)
    today = date(2025, 3, 1)
    assert timeliness(d, today).verdict is None and badge(d, today) == "oral questions"


def test_a_readme_that_names_the_aanhangsel_is_refused() -> None:
    with pytest.raises(ParseError) as caught:
        parse_file(Path(__file__).parents[1] / "README.md")
    assert caught.value.problem == "not a Kamervragen document: it names the Aanhangsel but has no 'Vraag' headings"


def test_a_word_answer_printing_ah_and_zaaknummer_is_one_set_with_both_ids(shared: Path) -> None:
    d = parse_file(shared / "corpus/real/txt/010-Antwoord-op-vragen-van-het-lid-Van-Nispe.txt")
    assert (d.id, d.publication) == ("2024Z18285", "ah-tk-20242025-599")  # "AH 599", answered 20 november 2024
    assert d.answered == date(2024, 11, 20)


@pytest.mark.parametrize(
    ("day", "year"),
    [(date(2024, 9, 16), "20232024"), (date(2024, 9, 17), "20242025"), (date(2023, 9, 19), "20232024")],
)
def test_the_parliamentary_year_opens_on_prinsjesdag(day: date, year: str) -> None:
    from kqreader.text.dates import vergaderjaar

    assert vergaderjaar(day) == year


def test_prinsjesdag_is_the_third_tuesday_of_september() -> None:
    from kqreader.text.dates import prinsjesdag

    assert [prinsjesdag(year) for year in (1975, 2023, 2024, 2025)] == [
        date(1975, 9, 16), date(2023, 9, 19), date(2024, 9, 17), date(2025, 9, 16)]  # fmt: skip


def test_pymupdf4llm_markdown_with_shared_party_and_page_footers(shared: Path) -> None:
    d = parse_file(shared / "corpus/real/md/ah-tk-20222023-3382_pymupdf4llm_LearningLion-run_local-decoded.md")
    assert d.askers == [Person("Minhas", "VVD"), Person("Rudmer Heerema", "VVD")]  # "(beiden VVD)"
    assert (d.submitted, d.answered) == (date(2023, 8, 2), date(2023, 8, 21))
    assert [a.covers for a in d.answers] == [[n] for n in range(1, 10)]
    everything = " ".join(q.text + " " + (q.answer.text if q.answer else "") for q in d.questions)
    assert "ISSN" not in everything and "’s-Gravenhage 2023" not in everything
    assert "vergaderjaar 2022–2023, Aanhangsel" not in everything


def test_two_questions_under_one_heading_in_one_paragraph_are_told_apart(shared: Path) -> None:
    """"Vraag 6 en 7" over one paragraph: it splits after the question mark before a new question, not before a
    follow-up ("Zo ja, kunt u …" stays with question 6)."""
    d = parse_file(shared / "corpus/real/md/ah-tk-20232024-127_pymupdf4llm_LearningLion-run_local-decoded.md")
    q6, q7 = d.question(6), d.question(7)
    assert q6 is not None and q7 is not None
    assert q6.text.startswith("Liggen er, op welke manier dan ook, nu nog afspraken")
    assert q6.text.endswith("Zo ja, kunt u op hoofdlijnen aangeven welke dat zijn?")
    assert q7.text == "Ligt, op welke manier dan ook, de voorwaarde uit de eerste vraag nog op tafel?"
    assert q6.answer is q7.answer and q6.answer is not None and q6.answer.covers == [6, 7]
    assert not any("could not be told apart" in doubt for doubt in d.doubts)


def test_marks_glued_to_a_bracket_or_before_a_comma(shared: Path) -> None:
    d = parse_file(shared / "corpus/real/txt/007-De-uitspraken-van-de-minister-van-Infras.txt")
    q4, q8 = d.question(4), d.question(8)
    assert q4 is not None and q8 is not None
    assert "Instituut (KNMI)¹ en het zeer toonaangevende World Weather Attribution², dat" in q4.text
    assert [f.mark for f in q4.footnotes] == ["1", "2"]
    assert q8.text == "Kunt u deze vragen elk individueel en voor het einde van de week beantwoor-den?"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("txt/079-Uitstel-beantwoording-vragen-van-het-lid.txt",
         "de beantwoording van schriftelijke vragen over het intrekken van vergunningen bij onderbezetting van "
         "stallen"),
        ("docx/beantwoording-2024Z11859-Mutluer-Wolvega_robinmeure.docx",
         "de sluiting van het politiebureau in Wolvega"),
        ("txt/070-Antwoord-op-vragen-van-het-lid-Kathmann-.txt",
         "het ontslag van het gehele TikTok moderatieteam in Nederland"),
    ],
)  # fmt: skip
def test_the_subject_ends_where_the_covering_sentence_goes_on(shared: Path, name: str, title: str) -> None:
    """"De vragen van … over X worden beantwoord zoals …", "… over X (2024Z17067) kunnen niet binnen …": X."""
    assert parse_file(shared / "corpus/real" / name).title == title


def test_a_bracket_the_printer_left_open_is_closed(shared: Path) -> None:
    """"Antwoord van staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport (ontvangen 20 november 2024)"."""
    d = parse_file(shared / "corpus/real/txt/055-Antwoord-op-vragen-van-het-lid-Slagt-Tic.txt")
    assert d.answered_by == ["staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport)"]
    assert d.answered == date(2024, 11, 20)
