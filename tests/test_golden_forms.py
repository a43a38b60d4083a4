"""Golden tests on real documents in the input forms people hold: official Aanhangsel PDFs and ministry Word letters.

The documents are in ../shared/corpus/real (written by the Tweede Kamer and the ministry, not by this project);
each test pins numbers, groupings, askers, dates, footnotes and the first and last words of texts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kqreader.model import Dossier, Person
from kqreader.parsing import parse_file

PAGE_FOOTER = ("ISSN", "Gravenhage", "vergaderjaar 2023–2024, Aanhangsel", "ah-tk-")


def parsed(shared: Path, name: str) -> Dossier:
    return parse_file(shared / "corpus/real" / name)


def texts(dossier: Dossier) -> str:
    return " ".join(q.text + " " + (q.answer.text if q.answer else "") for q in dossier.questions)


def test_pdf_grouped_questions_one_paragraph_each_and_split_diacritics(shared: Path) -> None:
    d = parsed(shared, "pdf/ah-tk-20232024-1314_00fe7edd.pdf")
    assert d.id == "ah-tk-20232024-1314" and d.sources[0].kind == "aanhangsel"
    assert d.askers == [Person("Mutluer", "GroenLinks-PvdA"), Person("Kostić", "PvdD")]  # "Kostic´" in the PDF
    assert (d.submitted, d.answered) == (date(2024, 3, 6), date(2024, 3, 25))
    assert [a.covers for a in d.answers] == [[1], [2], [3, 4, 5], [6]]
    q3, q4, q5 = (d.question(n) for n in (3, 4, 5))
    assert q3 is not None and q4 is not None and q5 is not None
    assert q3.text.endswith("Zo nee, waarom niet en wat is de waarde van dat predicaat dan nog?")  # page 1 ends here
    assert q4.text.startswith("Deelt u de mening dat regenboogprovincies in het kader van de acceptatie")
    assert q5.text.startswith("Kent u de Inventarisatie Regenboogbeleid Regenboogprovincies?² Zo ja, deelt u")
    assert [(f.mark, f.text[:27]) for f in q5.footnotes] == [("2", "Movisie, d.d. maart 2022, I")]
    # the address the line ends broke ("https://" | "www.…%20provincies" | "%202022.pdf") is one address again
    assert q5.footnotes[0].text.endswith(
        ", https://www.movisie.nl/sites/movisie.nl/files/2022-03/220315_%20Regenboogbeleid%20provincies%202022.pdf"
    )
    answer6 = d.question(6).answer  # type: ignore[union-attr]
    assert answer6 is not None and answer6.text.endswith("Seksuele gerichtheid 66 73 74")  # the table's last row
    assert not any(piece in texts(d) for piece in PAGE_FOOTER)
    assert d.doubts == []  # nothing is lost at a PDF's page breaks


def test_pdf_question_interrupted_by_footer_and_footnotes(shared: Path) -> None:
    d = parsed(shared, "pdf/ah-tk-20142015-698_0c6cbed0.pdf")
    assert d.id == "ah-tk-20142015-698"
    assert [a.covers for a in d.answers] == [[1], [2, 3], [4], [5], [6]]
    q1, q2, q3 = (d.question(n) for n in (1, 2, 3))
    assert q1 is not None and q2 is not None and q3 is not None
    assert q1.text.endswith("ondanks invoering «vereenvoudigde ziekenhuisnota»»?¹, ²")  # "zieken-huisnota" mended
    assert [f.mark for f in q1.footnotes] == ["1", "2"]
    assert q2.text.endswith("Zo ja, hoe gaat u hier zorg voor dragen? Zo nee, waarom niet?")
    # Question 3 runs across the page footer and footnotes 1-4 into page 2.
    assert "voorlichting wordt gegeven aan verzekerden? Zo nee" in q3.text
    assert [f.text for f in q3.footnotes] == ["Kamerstuk, 28 828, nr. 70"]
    assert "Financieel Dagblad" not in texts(d).replace("Financieel Dagblad van 24 september 2014", "")


def test_pdf_questions_answered_by_a_letter(shared: Path) -> None:
    d = parsed(shared, "pdf/ah-tk-20232024-1999_01bf9f06.pdf")
    assert [q.number for q in d.questions] == [1, 2, 3] and d.answers == []
    assert d.askers == [Person("Sneller", "D66"), Person("Chakor", "GroenLinks-PvdA"), Person("Van Nispen", "SP")]
    assert d.answered == date(2024, 6, 7)
    assert d.answered_by == ["Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)"]
    q3 = d.question(3)
    assert q3 is not None and q3.text.endswith("toelichten op grond waarvan u weigert deze documenten te delen?")
    [notice] = d.notices
    assert (notice.kind, notice.date) == ("letter", date(2024, 6, 7))
    assert notice.text.endswith("hoofdlijnenakkoord (36 471-64) op 7 juni 2024.")


def test_word_letter_with_header_letterhead_and_out_of_order_group(shared: Path) -> None:
    d = parsed(shared, "docx/beantwoording-2024Z11859-Mutluer-Wolvega_robinmeure.docx")
    assert d.id == "2024Z11859" and d.sources[0].kind == "answers"
    assert d.askers == [
        Person("Mutluer", "GroenLinks-PvdA"),
        Person("Lahlah", "GroenLinks-PvdA"),
        Person("Boswijk", "CDA"),
        Person("Helder", "BBB"),
    ]
    assert d.submitted == date(2024, 7, 5)  # "In antwoord op uw brief van 5 juli 2024"
    assert d.answered == date(2024, 7, 25)  # printed only in the page header
    assert [a.covers for a in d.answers] == [[1], [2], [3, 8], [4], [5], [6], [7]]  # "Antwoord op vraag 3 en 8"
    q8 = d.question(8)
    assert q8 is not None and q8.answer is not None
    assert q8.answer.text.startswith("Het hoofdlijnenakkoord zal in de komende periode verder uitgewerkt")


def test_word_letter_shared_party_and_typed_notes(shared: Path) -> None:
    d = parsed(shared, "docx/beantwoording-2023Z19677-Temmink-VanNispen-niet-noodnummer_robinmeure.docx")
    assert d.askers == [Person("Temmink", "SP"), Person("Van Nispen", "SP")]  # "(beiden SP)"
    assert [a.covers for a in d.answers] == [[1], [2, 3], [4, 5], [6], [7, 8, 9], [10]]  # "vragen 7, 8, en 9"
    q2, q10 = d.question(2), d.question(10)
    assert q2 is not None and q10 is not None and q10.answer is not None
    assert [(f.mark, f.text) for f in q2.footnotes] == [("2", "Geen spoed wel brandweer – Brandweer")]  # "1)" typed
    assert [(f.mark, f.text) for f in q10.answer.footnotes] == [("1", "Kamerstukken, 2022-2023, 29628, nr. 1135")]
    assert "Koninklijke Marechaussee" not in q10.answer.text


@pytest.mark.parametrize("name", ["docx/beantwoording-Lahlah-Chakor-hoofddoekjes-boa_robinmeure.docx"])
def test_word_letter_without_zaaknummer_takes_the_kamers_number(shared: Path, name: str) -> None:
    d = parsed(shared, name)
    assert d.id == "5293107"  # "In het antwoord op uw brief van 8 maart 2024, nr. 5293107"
    assert d.answered == date(2024, 5, 16)  # the body's letterhead, not the template's page header
    assert [a.covers for a in d.answers][3] == [4, 5, 6, 7]


def test_pdf_two_answering_ministers(shared: Path) -> None:
    d = parsed(shared, "pdf/ah-tk-20232024-2129_01b2bcad.pdf")
    assert d.answered_by == [
        "Minister Bruins Slot (BZ)",
        "Minister Schreinemacher (Buitenlandse Handel en Ontwikkelingssamenwerking)",
    ]
    assert d.answered == date(2024, 6, 28)
    assert d.askers == [Person("Ceder", "ChristenUnie"), Person("Dobbe", "SP")]


def test_a_ministry_letter_as_pdf() -> None:
    """The Temmink/Van Nispen Word letter of ../shared/corpus/real/docx, printed to PDF by LibreOffice (as ministries
    publish their letters): letterhead column on every page, Word footnotes at the page foot, notes typed at the end."""
    d = parse_file(Path(__file__).parent / "documents" / "brief-2023Z19677-libreoffice.pdf")
    assert (d.id, d.sources[0].kind) == ("2023Z19677", "answers")
    assert d.askers == [Person("Temmink", "SP"), Person("Van Nispen", "SP")]
    assert (d.submitted, d.answered, d.reference) == (date(2023, 12, 6), date(2024, 1, 11), "5164758")
    assert [a.covers for a in d.answers] == [[1], [2, 3], [4, 5], [6], [7, 8, 9], [10]]
    q10 = d.question(10)
    assert q10 is not None and q10.answer is not None
    assert q10.answer.text.endswith("Deze motie is door de Kamer verworpen.")  # no letterhead, no typed notes
    assert [(f.mark, f.text) for f in q10.answer.footnotes] == [("1", "Kamerstukken, 2022-2023, 29628, nr. 1135")]
    assert "Directoraat-Generaal" not in texts(d)


def test_word_letter_signature_without_comma_and_empty_reference(shared: Path) -> None:
    wolvega = parsed(shared, "docx/beantwoording-2024Z11859-Mutluer-Wolvega_robinmeure.docx")
    assert (wolvega.reference, wolvega.signatories) == (None, ["D.M. van Weel"])  # "Ons kenmerk" left empty
    boa = parsed(shared, "docx/beantwoording-Lahlah-Chakor-hoofddoekjes-boa_robinmeure.docx")
    assert (boa.answered_by, boa.signatories) == (["minister van Justitie en Veiligheid"], ["D. Yeşilgöz-Zegerius"])
