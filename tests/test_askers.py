"""Who asked, as the heading sentences of forty years print it (issue 38): one member one name, a party a party.

Golden tests on real OCR'd Aanhangsel pages (tests/sgd/crawl_dev and the shared corpus's dev pages): the askers
exactly, the subject's first words where the askers used to swallow them, and the doubt where a name was read
through an OCR slip.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kqreader.model import Person
from kqreader.parsing import parse_parts
from kqreader.parsing.meta import SUBJECT_WORDS, find_asked, parse_people, split_askers

CRAWL = Path(__file__).parent / "sgd" / "crawl_dev"
SHARED_SGD = Path(__file__).parent.parent.parent / "shared" / "corpus" / "sgd"


def _item(path: Path, ident: str):
    if not path.exists():
        pytest.skip(f"{path} is absent")
    found = [d for d in parse_parts(path.read_bytes(), str(path)) if d.id == ident]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("page", "ident", "askers", "title"),
    [
        # "Vragen van het lid Van der Hek (P.v.d.A.) met betrekking tot het inte-rimrapport …": the subject's words
        (CRAWL / "crawl-0000188472.txt", "ah-tk-19761977-553", [("Van der Hek", "P.v.d.A.")],
         "het interimrapport inzake multinationale ondernemingen"),
        # "… Wessel-Tuinstra (D'66) om afwijzend te beslissen over …": no asker "om afwijzend te beslissen"
        (CRAWL / "crawl-0000166603.txt", "ah-tk-19791980-436", [("Wessel-Tuinstra", "D'66")],
         "om afwijzend te beslissen over een verzoefctot uitlevering van de Belg E. M"),
        # "Van der Sanden en Beinema (beiden (C.D.A.)": a bracket opened twice
        (CRAWL / "crawl-0000115081.txt", "ah-tk-19851986-600", [("Van der Sanden", "C.D.A."), ("Beinema", "C.D.A.")],
         "samenwerking tussen de TROS en Sky Channel"),
        # "(beiden CDA.)": the stray dot dropped
        (SHARED_SGD / "sgd-0000166825.txt", "ah-tk-19791980-654", [("Hennekam", "CDA"), ("P.A.M. Cornelissen", "CDA")],
         "het niet afgeven van een invalidenparkeerkaart"),
        # "Herfkens (P.v.d.A.), Mateman (CDA.) en Beckers-de Bruijn (PPR.)": each party's stray dot, the era's dots kept
        (CRAWL / "crawl-0000123707.txt", "ah-tk-19841985-615",
         [("Herfkens", "P.v.d.A."), ("Mateman", "CDA"), ("Beckers-de Bruijn", "PPR")],
         "wettelijke regelingen inzake export van geneesmiddelen"),
        # "Van lersel en Van der Linden (beiden C.D.A.)": OCR's l for the I of Iersel
        (CRAWL / "crawl-0000158661.txt", "ah-tk-19801981-243", [("Van Iersel", "C.D.A."), ("Van der Linden", "C.D.A.")],
         "de ontwikkelingen op de Europese staalmarkt"),
    ],
)  # fmt: skip
def test_askers_on_real_pages(page: Path, ident: str, askers: list[tuple[str, str]], title: str) -> None:
    dossier = _item(page, ident)
    assert [(p.name, p.party) for p in dossier.askers] == askers
    assert dossier.title == title


def test_a_name_read_through_an_ocr_slip_says_so() -> None:
    dossier = _item(CRAWL / "crawl-0000158661.txt", "ah-tk-19801981-243")
    said = (
        "crawl-0000158661.txt: the asker «Van lersel» is read as «Van Iersel»: the scan printed an l for the capital I."
    )
    assert said in dossier.doubts


def test_a_name_the_scan_damaged_is_kept_with_a_doubt() -> None:
    dossier = _item(CRAWL / "crawl-0000035746.txt", "ah-tk-19891990-417")
    assert [(p.name, p.party) for p in dossier.askers] == [("Schaper", "D'66"), ("IMuis", "D'66")]
    assert any("«IMuis» looks damaged in the scan" in d for d in dossier.doubts)


@pytest.mark.parametrize("word", SUBJECT_WORDS)
def test_every_subject_word_ends_the_askers(word: str) -> None:
    asked = find_asked(f"Vragen van het lid Ploumen (PvdA) {word} de toekomst van de haven. (ingezonden 3 mei 1990)")
    assert asked is not None
    assert asked.askers == [Person("Ploumen", "PvdA")]
    assert asked.title == "de toekomst van de haven"


def test_a_party_left_open_closes_before_the_subject() -> None:
    """ "Lauxtermann (V.V.D. over gemeenten …": the ")" OCR or the printer lost."""
    asked = find_asked(
        "Vragen van de leden Hummel (P.v.d.A.) en Lauxtermann (V.V.D. over gemeenten en de huursubsidie. "
        "(ingezonden 8 september 1987)"
    )
    assert asked is not None
    assert asked.askers == [Person("Hummel", "P.v.d.A."), Person("Lauxtermann", "V.V.D.")]
    assert asked.title == "gemeenten en de huursubsidie"
    assert split_askers("Willems en Van Es (beiden Groen Links over iets") == ("Willems en Van Es (beiden Groen Links)",
                                                                             "over iets")  # fmt: skip


@pytest.mark.parametrize(
    ("printed", "people"),
    [
        ("Kappeyne van de Coppello (V.V.D.)", [Person("Kappeyne van de Coppello", "V.V.D.")]),
        ("Faber-van de Klashorst (PVV)", [Person("Faber-van de Klashorst", "PVV")]),
        ("lid Inge van Dijk (CDA), Vijlbrief (D66) en Patijn (GroenLinks-PvdA)",
         [Person("Inge van Dijk", "CDA"), Person("Vijlbrief", "D66"), Person("Patijn", "GroenLinks-PvdA")]),
        ("Omtzigt (CDA), mede namens het lid Leijten (SP)", [Person("Omtzigt", "CDA"), Person("Leijten", "SP")]),
        ("Beckers-de Bruijn (P.P.R)", [Person("Beckers-de Bruijn", "P.P.R.")]),  # the last dot OCR lost
        ("Hartmeijer (P.v.d.A.)", [Person("Hartmeijer", "P.v.d.A.")]),  # the era's dots kept
        ("Van der Sanden en Beinema (beiden (C.D.A.)",
         [Person("Van der Sanden", "C.D.A."), Person("Beinema", "C.D.A.")]),
    ],
)  # fmt: skip
def test_names_and_parties(printed: str, people: list[Person]) -> None:
    assert parse_people(printed) == people
