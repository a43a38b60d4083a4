"""What a newcomer's trial found in the reader and the citations: the header of a set without a subject line, the
addressees of sets whose page printed none, a set known by the Kamer's letter number, an answer a scanned page cuts
off, references kept in footnotes, and footnote marks a text kept as typed ("? 1)")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kqreader.model import Answer, Dossier, Footnote, Person, Question
from kqreader.output.citation import answer_text, cite, printed_addressees, quote, whole_set
from kqreader.text.doubts import PAGE_CONTINUES, THEIR_NUMBER, doubt
from kqreader.text.marks import typed_marks_shown
from kqreader.tui.answer_pane import dossier_blocks, question_blocks
from tests.helpers import kqreader
from tests.reader_factory import make_app, sample_dossiers
from tests.test_reader import WIDE, notes, selected

SHARED_PAGE = Path(__file__).parent.parent.parent / "shared/corpus/sgd/sgd-0000004390.txt"  # ah-tk-19931994-665
KOSTO = ["minister Kosto (Justitie)", "minister De Graaff-Nauta (Binnenlandse Zaken)"]


def _scanned_set() -> Dossier:
    """A set as the scanned-page parser reads ah-tk-19931994-665: no addressee printed (its answerers stand in),
    a 'zie ook' line kept as the first answer's note, the page ending inside the last answer."""
    first = Answer([1], "Ja.", [Footnote("*", "zie ook aanhangsel Handelingen nr. 610, vergaderjaar 1993-1994.")])
    last = Answer([2], "Ja. Ervan uitgaande dat het ontwikkelen en implementeren van")
    return Dossier(
        id="ah-tk-19931994-665", title="seksuele intimidatie bij de politie", askers=[Person("Dijksman", "PvdA")],
        addressees=list(KOSTO), answered_by=list(KOSTO), submitted=date(1994, 5, 31), answered=date(1994, 7, 21),
        publication="ah-tk-19931994-665",
        questions=[Question(1, "Hebt u kennis genomen van berichten?", answer=first),
                   Question(2, "Onderkent u dat?", answer=last)],
        doubts=[f"sgd-0000004390.txt: {PAGE_CONTINUES}"],
    )  # fmt: skip


def test_a_set_without_a_subject_says_so_in_its_header_not_its_id_twice() -> None:
    dossier = Dossier(id="2024Z14814", answered_by=["staatssecretaris Karremans (VWS)"])
    texts = [block.text.plain for block in dossier_blocks(dossier, date(2024, 12, 1))]
    assert texts[:2] == ["(no subject)", "2024Z14814"]
    assert texts.count("2024Z14814") == 1
    titled = Dossier(id="2019Z12806", title="de ontmoeting met Wang Yi")
    assert [b.text.plain for b in dossier_blocks(titled, date(2024, 12, 1))][:2] == ["De ontmoeting met Wang Yi",
                                                                                      "2019Z12806"]  # fmt: skip


def test_answerers_standing_in_for_an_addressee_are_not_cited_as_addressed() -> None:
    dossier = _scanned_set()
    assert printed_addressees(dossier) == []
    said = cite(dossier, address=False)
    assert said == ("Aanhangsel Handelingen II 1993/94, nr. 665 (vragen van het lid Dijksman (PvdA) over seksuele "
                    "intimidatie bij de politie, ingezonden 31 mei 1994; antwoord van minister Kosto en minister De "
                    "Graaff-Nauta, ontvangen 21 juli 1994)")  # fmt: skip
    # a printed addressee stays, even where the signature names the same office
    printed = next(d for d in sample_dossiers() if d.id == "2019Z12806")
    assert " aan de minister van Buitenlandse Zaken over " in cite(printed)
    office = Dossier(id="2024Z00001", addressees=["Minister van Financiën"], answered_by=["Minister van Financiën"])
    assert printed_addressees(office) == ["Minister van Financiën"]


def test_the_header_does_not_call_the_answerers_addressees() -> None:
    from kqreader.query.catalog import header_facts

    labels = [label for label, _value in header_facts(_scanned_set(), date(2024, 1, 1))]
    assert "To" not in labels and "By" in labels


def test_a_set_known_by_the_kamers_letter_number_is_cited_as_that_letter() -> None:
    dossier = Dossier(id="5293107", title="hoofddoekjes bij boa’s", askers=[Person("Lahlah", "GroenLinks-PvdA")],
                      doubts=[f"brief.docx: {doubt(THEIR_NUMBER, id='5293107')}"])  # fmt: skip
    assert cite(dossier) == ("Vragen van het lid Lahlah (GroenLinks-PvdA) over hoofddoekjes bij boa’s, brief van de "
                             "Kamer nr. 5293107")  # fmt: skip
    zaak = Dossier(id="2024Z01234", title="iets")
    assert cite(zaak, address=False) == "Vragen over iets, 2024Z01234"


def test_a_copy_of_an_answer_the_page_cuts_off_says_so(request: pytest.FixtureRequest) -> None:
    dossier = _scanned_set()
    note = "[continued on the next page, not read]"
    whole = whole_set(dossier, address=False)
    assert f"Antwoord op vraag 2: Ja. Ervan uitgaande dat het ontwikkelen en implementeren van {note}\n\n(" in whole
    assert whole.count(note) == 1
    last, first = dossier.questions[1].answer, dossier.questions[0].answer
    assert last is not None and first is not None
    assert answer_text(last, dossier).endswith(f"implementeren van {note}")
    assert note not in answer_text(first, dossier) and answer_text(last) == last.text  # without its set: as is
    assert note in quote(dossier, 2) and note not in quote(dossier, 1)
    blocks = [block.text.plain for block in question_blocks(dossier, dossier.questions[1])]
    assert blocks[blocks.index(last.text) + 1] == note  # the reader says so under the text
    whole_copy = Dossier(id="2024Z00001", questions=[Question(1, "Vraag?", answer=Answer([1], "Antwoord."))])
    assert "[" not in whole_set(whole_copy)
    request.getfixturevalue("dutch")
    assert whole_set(dossier).count("[vervolg op de volgende pagina, niet ingelezen]") == 1


@pytest.mark.skipif(not SHARED_PAGE.exists(), reason="../shared (the shared corpus) is not beside the checkout")
def test_cite_of_a_scanned_page_names_no_addressee_it_did_not_print(tmp_path: Path) -> None:
    database = tmp_path / "kq.json"
    assert kqreader("import", "--db", database, SHARED_PAGE).returncode == 0
    said = kqreader("cite", "--db", database, "ah-tk-19931994-665", "--no-address")
    assert said.returncode == 0, said.stderr
    assert " aan minister" not in said.stdout
    assert "(vragen van het lid Dijksman (PvdA) over seksuele intimidatie bij de politie, ingezonden" in said.stdout
    assert "antwoord van minister Kosto en minister De Graaff-Nauta" in said.stdout
    whole = kqreader("cite", "--db", database, "ah-tk-19931994-665", "--all").stdout
    assert "implementeren van [continued on the next page, not read]" in whole


async def test_f_follows_a_set_a_footnote_names_or_says_it_is_not_in_the_database() -> None:
    app = make_app([*sample_dossiers(), _scanned_set()])
    async with app.run_test(size=WIDE) as pilot:
        assert app._go_to(("ah-tk-19931994-665", 1))
        await pilot.pause()
        assert [link.text for link in app.answer_pane.links] == ["aanhangsel Handelingen nr. 610"]
        await pilot.press("f")
        await pilot.pause()
        assert notes(app)[-1] == "ah-tk-19931994-610 is not in this database."
    named = Dossier(id="ah-tk-19931994-610", title="eerder", publication="ah-tk-19931994-610",
                    questions=[Question(1, "Eerder?")])  # fmt: skip
    app = make_app([*sample_dossiers(), _scanned_set(), named])
    async with app.run_test(size=WIDE) as pilot:
        assert app._go_to(("ah-tk-19931994-665", 1))
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert selected(app) == "ah-tk-19931994-610"


def test_a_typed_footnote_mark_is_shown_as_the_superscript_when_the_footnote_exists() -> None:
    question = Question(1, "Kent u de aflevering (Kassa, 28 september 2024)? 1)", [Footnote("1", "Kassa, BNNVARA")])
    dossier = Dossier(id="2024Z14814", questions=[question])
    blocks = [block.text.plain for block in question_blocks(dossier, question)]
    assert "Kent u de aflevering (Kassa, 28 september 2024)?¹" in blocks
    assert "Vraag 1: Kent u de aflevering (Kassa, 28 september 2024)?¹\n\n¹ Kassa, BNNVARA" in whole_set(dossier)
    assert typed_marks_shown("zijnde: 1) het niet naleven", ["1"]) == "zijnde: 1) het niet naleven"  # a list
    assert typed_marks_shown("(vraag 5) en UWV 5) ook", ["5"]) == "(vraag 5) en UWV⁵ ook"  # a parenthesis is kept
    assert typed_marks_shown("bericht? 2)", ["1"]) == "bericht? 2)"  # no footnote 2: as typed
    assert typed_marks_shown("bericht¹ en 1)", ["1"]) == "bericht¹ en 1)"  # the mark is there already


async def test_sets_found_after_none_were_are_shown_in_the_table() -> None:
    """r found nothing earlier (the table hidden), l found a later set: its row is in the table (the rows given
    while the table was hidden were lost when it came back at the width it had)."""
    from kqreader.tui.fitted_table import FittedTable
    from kqreader.tui.screens.similar_sets import SimilarScreen
    from tests.test_narrow_screens import FOUND

    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        app.push_screen(SimilarScreen(lambda later: [FOUND] if later else [], "2024Z18888"))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(FittedTable)
        assert not table.display and table.row_count == 0
        await pilot.press("l")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table.display and table.row_count == 1
        assert str(table.get_row_at(0)[1]) == "2019Z12806"


def test_what_a_page_prints_of_an_item_begun_before_is_cited_by_that_page() -> None:
    """A scanned page's part of an item begun on the page before has a name of kqreader's own (vervolg-…), no
    number of the Kamer's: it is cited by the page it is printed on, not by that name."""
    tail = Dossier(id="vervolg-19741975-blz924", answered=date(1975, 5, 27), answered_by=["staatssecretaris Hendriks"],
                   questions=[Question(1, "", answer=Answer([1, 2], "Ten vervolge op de toezegging …"))])  # fmt: skip
    assert cite(tail, number=1) == ("Aanhangsel Handelingen II 1974/75, blz. 924 (vervolg van de vorige bladzijde; "
                                    "antwoord van staatssecretaris Hendriks, ontvangen 27 mei 1975), vraag 1, "
                                    "antwoord op vragen 1 en 2")  # fmt: skip
    assert "vervolg-19741975" not in cite(tail, "bibtex").split("howpublished")[1]
