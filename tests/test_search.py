"""The filter language: words, phrases, exclusions, fields, folding, errors, hit spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kqreader.browse import Catalog
from kqreader.search import QueryError, fold, fold_with_offsets, hit_spans, matches, parse_query
from tests.reader_factory import TODAY, sample_dossiers


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(sample_dossiers(), TODAY)


def matching(catalog: Catalog, query: str) -> list[str]:
    """ "2019Z12806:2" for every question row the query keeps."""
    filtered = catalog.filter(parse_query(query))
    rows = [r for r in filtered.rows if r.question is not None]
    return [f"{catalog.dossiers[r.dossier].id}:{catalog.question(r).number}" for r in rows]


def test_fold() -> None:
    assert fold("Azië Financiën ÉÉN geïnformeerd¹²") == "azie financien een geinformeerd"


def test_diacritics_and_case(catalog: Catalog) -> None:
    assert matching(catalog, "azie") == ["2024Z00103:1", "2024Z00103:2"]
    assert matching(catalog, "AZIË") == matching(catalog, "azie")


def test_all_words_must_match_word_starts(catalog: Catalog) -> None:
    # "gezichtsherkenningsoftware" (question 4, answer 6-7) starts with the word: a prefix match
    assert matching(catalog, "gezichtsherkenning") == [
        "2019Z12806:4", "2019Z12806:6", "2019Z12806:7", "2024Z00104:4", "2024Z00104:5", "2024Z00104:6",
    ]  # fmt: skip
    assert matching(catalog, "chin") != matching(catalog, "china")  # "Chinese" starts with chin, not china
    assert matching(catalog, "ezichts") == []  # not inside a word
    assert matching(catalog, "Xinjiang Tibet") == ["2019Z12806:2", "2019Z12806:3"]


def test_phrase_and_exclusion(catalog: Catalog) -> None:
    assert matching(catalog, '"sociale kredietscores"') == ["2019Z12806:6", "2019Z12806:7"]
    assert matching(catalog, '"kredietscores sociale"') == []
    social = matching(catalog, "social")
    assert "2019Z12806:6" in social
    assert "2019Z12806:6" not in matching(catalog, 'social -"sociale kredietscores"')
    assert matching(catalog, "china") == [f"2019Z12806:{n}" for n in (1, 2, 3, 6, 7)]
    assert matching(catalog, "china -xinjiang") == []  # every answer about China mentions Xinjiang


def test_fields(catalog: Catalog) -> None:
    assert {m.split(":")[0] for m in matching(catalog, "party:PvdA")} == {"2019Z12806", "2024Z00104"}
    assert {m.split(":")[0] for m in matching(catalog, "member:ploumen")} == {"2019Z12806"}
    assert {m.split(":")[0] for m in matching(catalog, "minister:buitenlandse")} == {"2019Z12806"}
    assert {m.split(":")[0] for m in matching(catalog, "year:2019")} == {"2019Z12806"}
    assert {m.split(":")[0] for m in matching(catalog, "status:delayed")} == {"2024Z00103"}
    assert matching(catalog, "id:2024z00102 huishoudens") == ["2024Z00102:1"]
    assert matching(catalog, "status:open") == []


def test_counts(catalog: Catalog) -> None:
    assert catalog.question_count == 43
    assert catalog.filter(parse_query("china")).matched == 5


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"open', "unclosed quote"),
        ("foo:bar", "unknown field foo:"),
        ("status:klaar", "status: is one of open, answered, delayed, overdue"),
        ("late:misschien", "late: is yes or no"),
        ("year:twee", "year: takes a year"),
    ],
)
def test_malformed_queries(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(query)


def test_hit_spans_point_into_the_original_text() -> None:
    text = "De Azië-strategie en ÄZIË van de Aziatische landen"
    spans = hit_spans(text, parse_query("azi"))
    assert [text[a:b] for a, b in spans] == ["Azië", "ÄZIË", "Aziatische"]
    assert hit_spans(text, parse_query("-azi")) == []


def test_export_query_uses_the_same_language(catalog: Catalog) -> None:
    ploumen = next(d for d in catalog.dossiers if d.id == "2019Z12806")
    assert matches(ploumen, "party:pvda china", TODAY)
    assert not matches(ploumen, "china -china", TODAY)


def test_index_built_later_gives_the_same_rows() -> None:
    dossiers = sample_dossiers()
    later = Catalog(dossiers, TODAY, index=False)
    assert not later.indexed
    assert later.all_rows().rows == Catalog(dossiers, TODAY).all_rows().rows
    for query in ("china", '"sociale kredietscores"', "party:pvda -xinjiang", "azie"):
        assert later.filter(parse_query(query)) == Catalog(dossiers, TODAY).filter(parse_query(query))
    assert later.indexed  # a filter before the index was made builds it


@given(st.text(alphabet=st.sampled_from("aB é€ßİ¹²ﬁ\u0301Ö-'\n"), max_size=40))
def test_folding_with_offsets_equals_folding_each_character(text: str) -> None:
    pieces, offsets = [], []
    for index, char in enumerate(text):  # the definition: every character folded on its own
        folded = fold(char)
        pieces.append(folded)
        offsets += [index] * len(folded)
    assert fold_with_offsets(text) == ("".join(pieces), [*offsets, len(text)])
