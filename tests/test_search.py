"""The filter language: words, phrases, exclusions, fields, folding, errors, hit spans."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kqreader.index.words import fold_with_offsets
from kqreader.model import Dossier
from kqreader.query.catalog import Catalog
from kqreader.query.language import QueryError, hit_spans, matches, parse_query
from kqreader.store.marks import Marks
from kqreader.text.folding import fold
from tests.reader_factory import TODAY, sample_dossiers

_SAMPLES = sample_dossiers()


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(_SAMPLES, TODAY)


def matching(catalog: Catalog, query: str) -> list[str]:
    """ "2019Z12806:2" for every question row the query keeps."""
    filtered = catalog.filter(parse_query(query))
    rows = [r for r in filtered.rows if r.question is not None]
    return [f"{catalog.dossier(r.dossier).id}:{catalog.question(r).number}" for r in rows]


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
    # PvdA merged into GroenLinks-PvdA: party:PvdA finds the sets of both
    assert {m.split(":")[0] for m in matching(catalog, "party:PvdA")} == {"2019Z12806", "2024Z00104", "2024Z11859",
                                                                         "ah-tk-20232024-1314"}  # fmt: skip
    assert {m.split(":")[0] for m in matching(catalog, "party:GroenLinks-PvdA")} == {"2024Z11859",
                                                                                     "ah-tk-20232024-1314"}
    assert {m.split(":")[0] for m in matching(catalog, "member:ploumen")} == {"2019Z12806"}
    assert {m.split(":")[0] for m in matching(catalog, "minister:buitenlandse")} == {"2019Z12806"}
    assert {m.split(":")[0] for m in matching(catalog, "year:2019")} == {"2019Z12806"}
    assert {m.split(":")[0] for m in matching(catalog, "status:delayed")} == {"2024Z00103"}
    assert matching(catalog, "id:2024z00102 huishoudens") == ["2024Z00102:1"]


def sets(catalog: Catalog, query: str) -> list[str]:
    return [catalog.dossier(place).id for place in catalog.matching(parse_query(query))]


def test_status_open_means_not_yet_answered_delayed_sets_included(catalog: Catalog) -> None:
    assert sets(catalog, "status:open") == sets(catalog, "status:delayed") == ["2024Z00103"]
    assert "2024Z00103" not in sets(catalog, "status:answered")


def test_dates_since_and_until_submission_and_answer(catalog: Catalog) -> None:
    assert sets(catalog, "since:2024-03-15 until:2024-07-05") == ["2024Z00102", "2024Z00103", "2024Z11859"]
    assert sets(catalog, "since:2024-11") == ["ah-tk-20242025-1234"]  # a month: from its first day
    assert sets(catalog, "until:2019") == ["2019Z12806"]  # a year: to its last day
    assert sets(catalog, "answered-since:2024-06-03 answered-until:2024-07-25") == ["2024Z00104", "2024Z11859"]
    assert "2024Z00104" not in sets(catalog, "since:2000")  # no submission date: no date condition is met


def test_marked_and_note_find_the_marked_questions_and_the_questions_of_marked_sets() -> None:
    assert matching(_CATALOG, "marked:yes") == [
        "2019Z12806:2", "2019Z12806:6", "ah-tk-20232024-1314:1", "ah-tk-20232024-1314:2", "ah-tk-20232024-1314:3",
        "ah-tk-20232024-1314:4", "ah-tk-20232024-1314:5", "ah-tk-20232024-1314:6", "2024Z00103:1", "2024Z00103:2",
    ]  # fmt: skip
    assert matching(_CATALOG, "note:memo") == ["2019Z12806:6"]
    assert matching(_CATALOG, "note:bron china") == ["2019Z12806:6"]
    assert len(matching(_CATALOG, "marked:no")) == 43 - 10 == len(matching(_CATALOG, "-marked:yes"))


def test_a_field_can_be_excluded(catalog: Catalog) -> None:
    assert sets(catalog, "-party:pvda") == [  # PvdA's sets, and its successor GroenLinks-PvdA's, left out
        "2024Z00101", "2024Z00102", "2024Z00103", "ah-tk-20242025-1234",
    ]  # fmt: skip (the list's order: by month, then submission)
    assert sets(catalog, "-status:answered") == ["2024Z00103"]


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
        ("party:", "party: needs a value, as in party:PvdA"),
        ("china year: ", "year: needs a value, as in year:2019"),
        ('party:""', "party: needs a value"),
        ("since:2024-02-30", "since: takes a date such as 2024-01-31"),
        ("until:gisteren", "until: takes a date"),
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
    ploumen = next(d for d in _SAMPLES if d.id == "2019Z12806")
    assert matches(ploumen, "party:pvda china", TODAY)
    assert not matches(ploumen, "china -china", TODAY)


_MARKS = Marks()
_MARKS.toggle("2019Z12806", 2, TODAY)
_MARKS.write_note("2019Z12806", 6, "bron voor het memo", TODAY)
_MARKS.toggle("2024Z00103", None, TODAY)  # a whole set
_MARKS.write_note("ah-tk-20232024-1314", None, "bronnen nalopen", TODAY)
_MARKS.toggle("2031Z00001", 1, TODAY)  # a set not in the store
_CATALOG = Catalog(_SAMPLES, TODAY)
_CATALOG.marks = _MARKS
_VOCABULARY = ["china", "azie", "xinjiang", "vogelgriep", "minister", "de", "het", "2019z12806", "ploumen", "pvda",
               "sociale", "kredietscores", "risico", "vrijheid", "religie", "1314", "ah", "tk"]  # fmt: skip
_FIELDS = ["party:pvda", "party:pvdd", "year:2024", "status:open", "status:answered", "status:delayed",
           "status:overdue", "late:yes", "late:no", "minister:buitenlandse", "member:ouwehand", "id:2019z12806",
           "id:ah-tk-20232024-1314", "since:2024-03", "until:2024-04-02", "answered-since:2024-06",
           "answered-until:2024", "-party:pvda", "-status:answered", "marked:yes", "marked:no", "-marked:yes",
           "note:bron", "-note:bron", "note:memo"]  # fmt: skip
_TERMS = st.one_of(
    st.sampled_from(_VOCABULARY),
    st.sampled_from(_VOCABULARY).map(lambda w: f"-{w}"),
    st.lists(st.sampled_from(_VOCABULARY), min_size=2, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"'),
    st.sampled_from(_FIELDS),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TERMS, max_size=3).map(" ".join))
def test_one_engine_finds_what_a_plain_scan_of_the_texts_finds(query: str) -> None:
    """The reader's filter, `export QUERY` and `stats QUERY` ask one engine (Catalog.matching); it must find the
    dossiers a plain scan of every text finds (search.matches), phrases across a text's edge included."""
    found = [_CATALOG.dossier(place).id for place in _CATALOG.matching(parse_query(query))]
    in_list_order = [_CATALOG.dossier(place) for place in range(_CATALOG.dossier_count)]
    assert found == [d.id for d in in_list_order if matches(d, query, TODAY, _MARKS)]


def test_a_phrase_does_not_span_an_answer_and_the_dossier_id() -> None:
    catalog = Catalog(_SAMPLES, TODAY)
    ploumen = next(d for d in _SAMPLES if d.id == "2019Z12806")
    last_word = ploumen.questions[-1].answer.text.split()[-1].strip(".").lower()
    query = parse_query(f'"{last_word} 2019z12806"')
    assert catalog.matching(query) == [] and not matches(ploumen, query, TODAY)


@given(st.text(alphabet=st.sampled_from("aB é€ßİ¹²ﬁ\u0301Ö-'\n"), max_size=40))
def test_folding_with_offsets_equals_folding_each_character(text: str) -> None:
    pieces, offsets = [], []
    for index, char in enumerate(text):  # the definition: every character folded on its own
        folded = fold(char)
        pieces.append(folded)
        offsets += [index] * len(folded)
    assert fold_with_offsets(text) == ("".join(pieces), [*offsets, len(text)])


def test_a_withdrawn_set_is_neither_open_nor_late_and_not_awaited_in_the_statistics() -> None:
    from kqreader.analysis import stats
    from kqreader.facts.timeliness import list_badge, timeliness
    from kqreader.model import Notice, Question

    withdrawn = Dossier(
        id="2024Z00107", title="netcongestie in Zeeland", submitted=date(2024, 5, 2), addressees=["Minister van KGG"],
        questions=[Question(1, "Hoeveel?")], notices=[Notice("withdrawn", date(2024, 5, 14), "ingetrokken")],
    )  # fmt: skip
    catalog = Catalog([*_SAMPLES, withdrawn], TODAY)
    assert sets(catalog, "status:withdrawn") == ["2024Z00107"]
    for query in ("status:open", "status:overdue", "late:yes"):
        assert "2024Z00107" not in sets(catalog, query)
    assert timeliness(withdrawn, TODAY).verdict is None and list_badge(withdrawn, TODAY) == "withdrawn"
    rows, _ = stats.summarised([*_SAMPLES, withdrawn], TODAY)
    assert (rows[0].sets, rows[0].answered, rows[0].share_answered) == (9, 7, 7 / 8)  # 8 sets await an answer
    assert catalog.summary(catalog.matching(parse_query("status:withdrawn"))[0]).status == "withdrawn"


def test_each_order_lists_the_same_rows_and_the_permuted_ones_sort_as_named() -> None:
    from kqreader.index.list_rows import row_order
    from kqreader.query.catalog import ORDERS

    catalog = Catalog(_SAMPLES, TODAY)

    def ids(query: str, order: str) -> list[str]:
        return [catalog.summary(d).id for d in catalog.filter(parse_query(query), order=order).rows.dossiers()]

    assert ids("", "waiting")[:4] == ["2024Z00103", "2024Z00102", "ah-tk-20242025-1234", "2024Z00101"]  # open 60
    # days first, then the slowest answered (28, 28, 25 days)
    assert ids("", "ministry")[:3] == ["2019Z12806", "2024Z00102", "2024Z00101"]  # Buitenlandse Zaken, Financiën, …
    assert ids("", "ministry")[3:5] == ["2024Z11859", "2024Z00104"]  # Justitie en Veiligheid: the newest first
    assert ids("", "id") == sorted(ids("", "oldest"), key=str.casefold)
    for order in ORDERS:  # the same rows in every order
        for query in ("china", "party:pvda", "status:answered -china"):
            rows = catalog.filter(parse_query(query), order=order).rows
            assert sorted(rows, key=row_order) == list(catalog.filter(parse_query(query)).rows)


def test_references_in_the_forms_answers_use() -> None:
    from kqreader.facts.references import find_references

    text = (
        "Zie het antwoord op vraag 3. Zie ook Aanhangsel Handelingen II 2023/24, nr. 1283, en kenmerk 2019Z10940; "
        "zie antwoord 2, ah-tk-20222023-17 en kv-tk-2024Z00101. Dit is 2024Z00102 zelf."
    )
    found = [(r.kind, r.target, text[r.start : r.end]) for r in find_references(text, "2024Z00102")]
    assert found == [
        ("question", "3", "Zie het antwoord op vraag 3"),
        ("set", "ah-tk-20232024-1283", "Aanhangsel Handelingen II 2023/24, nr. 1283"),
        ("set", "2019Z10940", "2019Z10940"),
        ("question", "2", "zie antwoord 2"),
        ("set", "ah-tk-20222023-17", "ah-tk-20222023-17"),
        ("set", "2024Z00101", "kv-tk-2024Z00101"),
    ]
    assert _CATALOG.citing("2019Z12806") == [] and _CATALOG.place_of("2024z00101") is not None
