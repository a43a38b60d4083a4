"""No English word on a Dutch screen: the filter's errors name the Dutch fields and values, the palette's empty
result, the watch list's and digest's `partij:`, the open data's kinds of value, `fetch --offline`'s miss."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kqreader.fetch import opendata
from kqreader.fetch.watching import Watch
from kqreader.query.language import QueryError, parse_query
from tests.helpers import kqreader


@pytest.fixture
def nl(dutch: None) -> Iterator[None]:
    yield


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("status:xx", "status: is een van open, beantwoord, uitgesteld, over-tijd, ingetrokken, nieuw"),
        ("party:", "partij: heeft een waarde nodig, zoals in partij:PvdA"),
        ("partij:", "partij: heeft een waarde nodig, zoals in partij:PvdA"),
        ("since:gisteren", "sinds: neemt een datum zoals 2024-01-31 (of 2024-01, of 2024)"),
        ("late:misschien", "te-laat: is ja of nee"),
        ("promise:x", "toezegging: is een van open, binnenkort, over-tijd, nagekomen"),
        ("year:x", "jaar: neemt een jaar zoals 2019"),
    ],
)
def test_the_filter_errors_name_the_dutch_field_and_values(query: str, said: str, nl: None) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    assert str(caught.value) == said


def test_in_english_the_filter_errors_stay_english() -> None:
    with pytest.raises(QueryError) as caught:
        parse_query("party:")
    assert str(caught.value) == "party: needs a value, as in party:PvdA"


def test_a_watch_is_shown_by_the_filters_dutch_name(nl: None) -> None:
    assert [Watch(kind, "PvdD").spoken() for kind in ("party", "member", "ministry", "set")] == [
        "partij:PvdD", "vrager:PvdD", "ministerie:PvdD", "PvdD"]  # fmt: skip
    assert Watch("party", "PvdD").shown() == "party:PvdD"  # as kept: the sync's state and the JSON


def test_the_open_datas_wrong_kind_of_value_in_dutch_words(nl: None) -> None:
    with pytest.raises(opendata.DataError) as caught:
        opendata.cleaned({"Nummer": ["2024Z00102"]})
    assert str(caught.value) == "Zaak-veld 'Nummer' is geen tekst maar een lijst"
    with pytest.raises(opendata.DataError) as caught:
        opendata.cleaned([1])
    assert "(een lijst)" in str(caught.value)


def test_an_offline_miss_is_said_in_dutch(tmp_path: Path) -> None:
    result = kqreader("fetch", "--offline", "--db", tmp_path / "kq.json", "2024Z00102",
                      env={**os.environ, "KQREADER_LANG": "nl"})  # fmt: skip
    assert "kqreader: fout: 2024Z00102: niet in de cache (haal het eerst eens online op)" in result.stderr
    assert "not in the cache" not in result.stderr


async def test_the_palettes_empty_result_in_dutch(nl: None) -> None:
    from textual.command import CommandList

    from tests.test_reader import make_app

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"zzqqxx")
        await pilot.pause(0.8)
        listed = app.screen.query_one(CommandList)
        prompts = [str(listed.get_option_at_index(i).prompt.renderable) for i in range(listed.option_count)]
        assert prompts == ["Geen overeenkomsten gevonden"]
