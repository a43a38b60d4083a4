"""Golden tests: scanned Aanhangsel pages of 1965–1995 (Staten-Generaal Digitaal OCR), several items a page."""

from __future__ import annotations

from pathlib import Path

import pytest

from kqreader.facts.mentions import all_text, named_sets
from kqreader.model import Answer, Dossier, Footnote, Question
from kqreader.parsing import parse_parts
from kqreader.query.catalog import Catalog
from kqreader.query.similar import similar_sets

SGD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "sgd"
pytestmark = pytest.mark.skipif(not SGD.is_dir(), reason="../shared/corpus/sgd is not here")


def _parts(name: str):  # type: ignore[no-untyped-def]
    path = SGD / name
    return parse_parts(path.read_bytes(), str(path))


def test_lost_numbers_are_found_where_questions_end() -> None:
    [item] = _parts("sgd-0000004390.txt")
    assert item.id == "ah-tk-19931994-665"
    assert [(p.name, p.party) for p in item.askers] == [("Dijksman", "PvdA")]
    assert str(item.submitted) == "1994-05-31" and str(item.answered) == "1994-07-21"
    assert item.answered_by == ["minister Kosto (Justitie)", "minister De Graaff-Nauta (Binnenlandse Zaken)"]
    assert [q.number for q in item.questions] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert item.question(2).text.startswith("Welke maatregelen denkt u")
    assert item.question(4).text == "Is de commissie van deskundigen² al ingesteld? Zo neen, waarom niet?"
    assert item.question(8).text.endswith("Wat gaat u daaraan doen?")  # the footnotes under it left out
    groups = [a.covers for a in item.answers]
    assert groups == [[1], [2, 3, 4], [5], [6, 7], [8]]
    assert item.question(1).answer.text == "Ja."
    assert item.question(6).answer.text.startswith("In voornoemde antwoorden")
    assert item.question(6).answer.text.endswith("of op centraal niveau meer sturing is vereist.")
    assert "zie ook" not in item.question(1).answer.text
    assert any("next page" in d for d in item.doubts)
    assert sum("number was lost" in d for d in item.doubts) == 4


def test_a_page_of_two_items_gives_two_sets() -> None:
    first, second = _parts("sgd-0000175306.txt")
    assert (first.id, second.id) == ("ah-tk-19781979-819", "ah-tk-19781979-820")
    assert [a.covers for a in first.answers] == [[1], [2, 3], [4]]
    assert first.submitted is None and any("26tebruari 1979" in d for d in first.doubts)  # OCR: no guess
    assert [a.covers for a in second.answers] == [[1, 2], [3]]
    assert second.question(3).text.startswith("Welke gevolgen zal het overschrijden")
    assert second.question(3).answer.text.endswith("in het lopende seizoen.")


def test_a_mededeling_item_is_a_delay_notice() -> None:
    answered, delayed = _parts("sgd-0000200768.txt")
    assert answered.id == "ah-tk-19741975-1648" and [a.covers for a in answered.answers] == [[1], [2]]
    assert delayed.id == "ah-tk-19741975-1649"
    assert [(p.name, p.party) for p in delayed.askers] == [("Nypels", "D'66"), ("Imkamp", "D'66")]
    assert delayed.answers == [] and delayed.answered is None
    assert [(n.kind, str(n.date)) for n in delayed.notices] == [("delay", "1975-08-20")]
    assert len(delayed.questions) == 2 and delayed.question(2).text.endswith("het CBS en de PTT?")


def test_unnumbered_answer_block_and_reminder_heading() -> None:
    [item] = _parts("sgd-0000027798.txt")
    assert item.id == "ah-tk-19901991-525"
    assert [q.number for q in item.questions] == [1, 2, 3, 4]  # the reminder's questions numbered on
    assert item.question(3).text == "Waarom is deze vraag nog steeds niet beantwoord?"
    assert [a.covers for a in item.answers] == [[1, 2, 3, 4]]
    answer = item.question(1).answer.text
    assert answer.startswith("Na ampel beraad") and answer.endswith("voor veel nauwere betrekkingen.")
    assert "ISSN" not in answer and "kamerstuk 20 361" not in answer


def test_grouped_answers_out_of_order() -> None:
    [item] = _parts("sgd-0000107691.txt")
    assert [a.covers for a in item.answers] == [[1], [2, 5], [3], [4]]
    assert item.question(5).answer is item.question(2).answer
    assert item.question(4).answer.text.endswith("niet als koloniale feestdag valt aan te merken.")


def test_the_answering_minister_stands_for_the_addressee_the_era_did_not_print() -> None:
    [item] = _parts("sgd-0000132596.txt")
    assert item.addressees == ["minister Van Aardenne (Economische Zaken)"]
    assert [p.name for p in item.askers] == ["Beckers-de Bruijn"]  # the hyphen of a name kept


def test_footnotes_under_the_questions_go_to_the_questions_that_mark_them() -> None:
    [item] = _parts("sgd-0000004390.txt")
    telegraaf = Footnote("1", "De Telegraaf, 27 mei 1994.")
    stoffelen = Footnote("2", "Antwoorden op vragen van het lid Stoffelen (PvdA) van 12 juni 1993, aanhangsel nr. 733.")
    assert item.question(1).footnotes == [telegraaf]
    assert item.question(1).text.startswith("Hebt u kennis genomen van berichten¹ over")
    assert item.question(3).footnotes == [stoffelen] and item.question(4).footnotes == [stoffelen]
    assert [q.number for q in item.questions if q.footnotes] == [1, 3, 4]
    assert not any("footnote" in d for d in item.doubts)


def test_the_see_also_line_is_kept_beside_the_answer_as_a_reference() -> None:
    """The line "(Ontvangen 21 juli 1994), zie ook aanhangsel Handelingen nr. 610, vergaderjaar 1993-1994.": out of the
    answer's text, kept as its unmarked note, so the set it names is this set's reference (and the similar sets'
    named one, on top)."""
    [item] = _parts("sgd-0000004390.txt")
    answer = item.question(1).answer
    assert answer.text == "Ja."
    assert answer.footnotes == [Footnote("*", "zie ook aanhangsel Handelingen nr. 610, vergaderjaar 1993-1994.")]
    assert named_sets(all_text(item)) == ["ah-tk-19931994-610"]
    earlier = Dossier("ah-tk-19931994-610", "seksuele intimidatie bij de politie", submitted=item.submitted,
                      questions=[Question(1, "Welk beleid?", answer=Answer([1], "Een commissie."))],
                      publication="ah-tk-19931994-610")  # fmt: skip
    catalog = Catalog([item, earlier], item.answered)
    page = next(p for p in range(catalog.dossier_count) if catalog.summary(p).id == item.id)
    assert [(f.id, f.relation) for f in similar_sets(catalog, page)][:1] == [("ah-tk-19931994-610", "named")]
    [older, _] = _parts("sgd-0000200102.txt")  # "(Zie ook Aanhangsel Handelingen Tweede Kamer 1974-1975, nr. 661.)"
    assert older.question(1).answer.footnotes[0].mark == "*"
    assert named_sets(all_text(older)) == ["ah-tk-19741975-661"]


def test_footnotes_under_the_answers_with_their_marks_and_no_footer() -> None:
    [item] = _parts("sgd-0000027798.txt")
    answer = item.question(1).answer
    assert answer.footnotes == [
        Footnote("1", "Zie aanhangsel handelingen nr 408. Vergaderjaar 1990-1991"),
        Footnote("2", "Zie kamerstuk 20 361, nr 48 Vergaderjaar 1990-1991"),  # the printer's "165904F SDU …" left out
    ]
    assert "vragen van het lid Aarts.¹ Daarin" in answer.text and "op 28 januari 1991.² Tot zover" in answer.text
    assert item.question(2).footnotes == [Footnote("1", "Zie eerdere vragen terzake, ingezonden 7 maart 1991.")]


def test_a_mark_read_as_a_quote_and_quotes_that_are_none() -> None:
    [item] = _parts("sgd-0000011720.txt")  # "in een advertentie' de sollicitatie": OCR's mark 1
    assert "in een advertentie¹ de sollicitatie" in item.question(2).text
    assert item.question(2).footnotes == [Footnote("1", "Het Nederlands Juristen Blad van 18 maart jl.")]
    [kalkar] = _parts("sgd-0000193217.txt")  # quotes that close a quote stay quotes; marks 3, 4, 5 glued to "?"
    assert "aan 'grensoverschrijdende' risico's" in kalkar.question(6).text
    assert "tot de 'eigen veiligheidsmensen' ook" in kalkar.question(9).text
    assert [(q.number, [f.mark for f in q.footnotes]) for q in kalkar.questions if q.footnotes][:3] == [
        (7, ["3"]),
        (8, ["4"]),
        (9, ["5"]),
    ]
    assert kalkar.question(9).footnotes == [Footnote("5", "Handelingen 1974-1975, blz. 742.")]
