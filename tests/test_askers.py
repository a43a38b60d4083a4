"""Who asked, as the heading sentences of forty years print it (issue 38): one member one name, a party a party.

Golden tests on real OCR'd Aanhangsel pages (tests/sgd/crawl_dev and the shared corpus's dev pages): the askers
exactly, the subject's first words where the askers used to swallow them, and the doubt where a name was read
through an OCR slip.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import orjson
import pytest

from kqreader.analysis.overview import overview
from kqreader.facts.members import same_member
from kqreader.model import Person
from kqreader.output.stats_view import overview_heading
from kqreader.parsing import parse_parts
from kqreader.parsing.meta import SUBJECT_WORDS, find_annex, find_asked, parse_people, split_askers
from kqreader.query.catalog import Catalog
from kqreader.query.language import parse_query
from tests.helpers import imported, kqreader

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


# The pages where Cornelissen and Albers ask (tests/sgd/crawl_dev and a dev page of ../shared/corpus/sgd), for the
# member's sets across OCR slips
MEMBER_PAGES = (CRAWL / "crawl-0000200299.txt", CRAWL / "crawl-0000200736.txt", SHARED_SGD / "sgd-0000166825.txt",
                CRAWL / "crawl-0000194665.txt", CRAWL / "crawl-0000193743.txt", CRAWL / "crawl-0000199826.txt",
                CRAWL / "crawl-0000200717.txt", SHARED_SGD / "sgd-0000187994.txt")  # fmt: skip


def _catalog() -> Catalog:
    if not all(page.exists() for page in MEMBER_PAGES):
        pytest.skip("the shared corpus is absent")
    dossiers = [d for page in MEMBER_PAGES for d in parse_parts(page.read_bytes(), str(page)) if d.askers]
    return Catalog(dossiers, date(2026, 12, 7))


def _found(catalog: Catalog, query: str) -> list[tuple[str, list[str]]]:
    sets = [catalog.summary(place) for place in catalog.matching(parse_query(query))]
    return sorted((s.id, [p.name for p in s.askers]) for s in sets)


def test_a_members_sets_across_ocr_slips() -> None:
    """`vrager:cornelissen` finds P.A.M. Cornelissen's sets however OCR spelled him ("Corneltssen", "Cornelisscn"),
    and G.M.P. Cornelissen's (a name the filter's words start); each set keeps the name as its page printed it."""
    catalog = _catalog()
    assert _found(catalog, "vrager:cornelissen") == [
        ("ah-tk-19741975-1181", ["P. A. M. Corneltssen"]),
        ("ah-tk-19741975-1618", ["P. A. M. Cornelisscn"]),
        ("ah-tk-19761977-76", ["G. M. P. Cornelissen", "Gardeniers-Berendsen"]),
        ("ah-tk-19791980-654", ["Hennekam", "P.A.M. Cornelissen"]),
    ]
    assert _found(catalog, "member:albers") == [
        ("ah-tk-19741975-1597", ["Albers"]),
        ("ah-tk-19751976-1525", ["Albers", "Janssen", "Van Kuijen"]),
        ("ah-tk-19751976-608", ["Aibers", "Knot"]),  # printed "Aibers": one letter off, the same party
    ]
    shown = overview(catalog, "member", "Cornelissen", date(2026, 12, 7))
    assert [s.id for s in shown.sets] == [
        "ah-tk-19791980-654", "ah-tk-19761977-76", "ah-tk-19741975-1618", "ah-tk-19741975-1181"]  # fmt: skip
    assert shown.also_printed == ("P. A. M. Corneltssen", "P. A. M. Cornelisscn")  # said under the name
    assert "also as the scan misspelt the name: P. A. M. Corneltssen, P. A. M. Cornelisscn" in overview_heading(
        shown).plain
    assert overview(catalog, "member", "Albers", date(2026, 12, 7)).also_printed == ("Aibers",)
    assert len(_found(catalog, "-vrager:cornelissen")) == len(catalog.matching(parse_query(""))) - 4


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        (Person("P. A. M. Corneltssen", "K.V.P."), Person("P.A.M. Cornelissen", "CDA."), True),  # initials agree
        (Person("Aibers", "P.v.d.A."), Person("Albers", "PvdA"), True),
        (Person("G. M. P. Cornelissen", "K.V.P."), Person("P.A.M. Cornelissen", "K.V.P."), False),  # two members
        (Person("Knol", "P.v.d.A."), Person("Knot", "P.v.d.A."), False),  # too short to tell a slip from a name
        (Person("Jansen", "P.P.R."), Person("Janssen", "P.v.d.A."), False),  # another party
        (Person("Corneltssen", None), Person("Cornelissen", None), False),  # nothing else to go by
    ],
)  # fmt: skip
def test_same_member(one: Person, other: Person, same: bool) -> None:
    assert same_member(one, other) is same and same_member(other, one) is same


def test_the_import_keeps_a_party_ocr_misread_by_its_name(tmp_path: Path) -> None:
    """ "Van Ojik en Willems (beiden Groenünks)" (crawl-0000003804.txt): OCR's "ün" for "Li" is GroenLinks in the
    store, the export and the citation; the era's own spellings ("P.v.d.A.") stay as printed."""
    for name in ("crawl-0000003804.txt", "crawl-0000193743.txt"):
        shutil.copy(CRAWL / name, tmp_path / name)
    database = imported(tmp_path)
    exported = orjson.loads(kqreader("export", "--db", database, "--format", "json").stdout)["dossiers"]
    askers = {d["id"]: [(p["name"], p["party"]) for p in d["askers"]] for d in exported}
    assert askers["ah-tk-19931994-79"] == [("Van Ojik", "GroenLinks"), ("Willems", "GroenLinks")]
    assert askers["ah-tk-19751976-608"] == [("Aibers", "P.v.d.A."), ("Knot", "P.v.d.A.")]  # as the page printed it
    cited = kqreader("cite", "--db", database, "ah-tk-19931994-79")
    assert "vragen van de leden Van Ojik (GroenLinks) en Willems (GroenLinks)" in cited.stdout


def test_the_annex_and_the_notice_read_the_subject_words_of_the_one_table() -> None:
    annex = find_annex("Antwoorden van de Minister van Financiën op vragen van het lid Omtzigt (CDA) inzake de "
                       "toeslagen.")  # fmt: skip
    assert annex is not None and (annex.askers, annex.title) == ([Person("Omtzigt", "CDA")], "de toeslagen")
    told = find_asked("Op 6 november jl. hebben de leden Tielen (VVD) en Krul (CDA) schriftelijke vragen gesteld "
                      "aan de minister van Financiën met betrekking tot de toeslagen. Die vragen kunnen niet binnen "
                      "de termijn worden beantwoord.")  # fmt: skip
    assert told is not None
    assert (told.askers, told.addressees, told.title) == (
        [Person("Tielen", "VVD"), Person("Krul", "CDA")], ["minister van Financiën"], "de toeslagen")  # fmt: skip
