"""The filter in Dutch (field names and values), one name per party (short forms, full names, a merger), and a
mistaken field said in one short line."""

from __future__ import annotations

import pytest

from kqreader.analysis.stats import party_names
from kqreader.facts.parties import canonical, party_matches, party_name
from kqreader.fetch.watching import Watch
from kqreader.model import Dossier, Person
from kqreader.query.catalog import Catalog
from kqreader.query.language import QueryError, parse_query
from tests.reader_factory import TODAY, sample_dossiers


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(sample_dossiers(), TODAY)


def sets(catalog: Catalog, query: str) -> set[str]:
    return {catalog.summary(d).id for d in catalog.matching(parse_query(query))}


@pytest.mark.parametrize(("dutch", "english"), [
    ("partij:PvdA", "party:PvdA"), ("vrager:ploumen", "member:ploumen"), ("ministerie:buitenlandse",
    "minister:buitenlandse"), ("jaar:2019", "year:2019"), ("sinds:2024-01", "since:2024-01"), ("tot:2024",
    "until:2024"), ("status:beantwoord", "status:answered"), ("status:over-tijd", "status:overdue"),
    ("status:uitgesteld", "status:delayed"), ("te-laat:ja", "late:yes"), ("soort:toezegging", "kind:toezegging"),
    ("toezegging:nagekomen", "promise:kept"), ("toezegging:binnenkort", "promise:due"), ("-Partij:SP", "-party:SP"),
])  # fmt: skip
def test_a_dutch_field_is_its_english_field(dutch: str, english: str) -> None:
    assert parse_query(dutch).fields == parse_query(english).fields


def test_dutch_fields_find_what_the_english_ones_find(catalog: Catalog) -> None:
    assert sets(catalog, "status:uitgesteld") == sets(catalog, "status:delayed") == {"2024Z00103"}
    assert sets(catalog, "vrager:ploumen jaar:2019") == {"2019Z12806"}
    assert sets(catalog, "ministerie:buitenlandse") == sets(catalog, "minister:buitenlandse")


@pytest.mark.parametrize(("wanted", "party", "found"), [
    ("GL", "GroenLinks", True), ("GL", "GroenLinks-PvdA", True), ("GroenLinks", "GroenLinks-PvdA", True),
    ("PvdA", "GroenLinks-PvdA", True), ("pvda", "PvdA", True), ("GL-PvdA", "GroenLinks-PvdA", True),
    ("GroenLinks-PvdA", "GroenLinks", False), ("GroenLinks-PvdA", "PvdA", False), ("CU", "ChristenUnie", True),
    ("Partij voor de Dieren", "PvdD", True), ("NSC", "Nieuw Sociaal Contract", True), ("SP", "SGP", False),
    ("VVD", None, False), ("Volt", "Volt", True), ("Nieuwe Partij", "nieuwe partij", True),
])  # fmt: skip
def test_one_name_per_party(wanted: str, party: str | None, found: bool) -> None:
    assert party_matches(wanted, party) is found


def test_canonical_names() -> None:
    assert canonical("CU") == canonical("Christen Unie") == "christenunie"
    assert canonical("Forum voor Democratie") == canonical("FvD") == "fvd"


def test_a_party_by_its_short_form_finds_its_successors_sets(catalog: Catalog) -> None:
    assert sets(catalog, "partij:GL") == sets(catalog, "party:GroenLinks") == {"2024Z11859", "ah-tk-20232024-1314"}
    assert sets(catalog, "party:PvdA") == {"2019Z12806", "2024Z00104", "2024Z11859", "ah-tk-20232024-1314"}


def test_the_watch_list_knows_the_party_names_too() -> None:
    dossier = Dossier(id="2024Z01234", askers=[Person("Klaver", "GroenLinks-PvdA")])
    assert Watch("party", "GL").covers(dossier) and Watch("party", "pvda").covers(dossier)
    assert not Watch("party", "VVD").covers(dossier)
    assert Watch("party", "GL").asks("Klaver", "GroenLinks-PvdA", "Indiener")


@pytest.mark.parametrize(("query", "said"), [
    ("partje:GL", "unknown field partje: — did you mean partij:? (? lists the fields)"),
    ("stauts:open", "unknown field stauts: — did you mean status:? (? lists the fields)"),
    ("xyz:1", "unknown field xyz: (? lists the fields)"),
])  # fmt: skip
def test_an_unknown_field_is_one_short_line(query: str, said: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    assert str(caught.value) == said and len(said) < 80


def test_the_statistics_count_a_party_once_whatever_it_was_called() -> None:
    assert party_name("CU") == party_name("Christen Unie") == "ChristenUnie"
    assert party_name("Nieuwe Partij") == "Nieuwe Partij"  # unknown: as printed
    both = Dossier(id="2024Z01235", askers=[Person("A", "CU"), Person("B", "Partij voor de Dieren")])
    assert party_names(both) == ["ChristenUnie", "PvdD"]
