"""Timeliness and statistics on a hand-made set of dossiers with known dates."""

from __future__ import annotations

from datetime import date

import orjson
import pytest

from kqreader.analysis import stats
from kqreader.facts.timeliness import badge, timeliness
from kqreader.model import Answer, Dossier, Notice, Person, Question
from kqreader.query.catalog import Catalog
from kqreader.query.language import parse_query
from kqreader.store.records import to_export

TODAY = date(2024, 3, 15)
FIN, DEF = "Minister van Financiën", "Minister van Defensie"
FIN_SHOWN, DEF_SHOWN = "minister van Financiën", "minister van Defensie"  # one row however the role is capitalised
FIN_M, DEF_M = "Financiën", "Defensie"  # the ministries, as the statistics name them


def _set(
    ident: str, submitted: date, answered: date | None, to: list[str], parties: list[str], notice: bool,
    answer: str = "Antwoord.",
) -> Dossier:
    question = Question(1, f"Vraag over {ident}?")
    if answered:
        question.answer = Answer([1], answer)
    return Dossier(
        id=ident,
        title=f"onderwerp {ident}",
        askers=[Person(f"Lid{i}", party) for i, party in enumerate(parties)],
        addressees=to,
        answered_by=to[:1] if answered else [],
        submitted=submitted,
        answered=answered,
        notices=[Notice("delay", date(2024, 1, 20), "Uitstel.")] if notice else [],
        questions=[question],
    )


@pytest.fixture
def dossiers() -> list[Dossier]:
    return [
        _set("2024Z00001", date(2024, 1, 1), date(2024, 1, 15), [FIN], ["VVD"], False,  # 14 days: on time
             "Ik zal uw Kamer voor 1 maart informeren."),  # a promise, overdue by 15 March
        _set("2024Z00002", date(2024, 1, 1), date(2024, 2, 5), [FIN], ["CDA", "VVD"], False,  # 35: late
             "Dat is mij niet bekend."),
        _set("2024Z00003", date(2024, 1, 1), date(2024, 2, 10), [DEF, FIN], ["CDA"], True),  # 40 after notice
        _set("2024Z00004", date(2024, 3, 1), None, [DEF], ["CDA"], False),  # open 14 days
        _set("2024Z00005", date(2024, 1, 10), None, [FIN], ["PvdA"], True),  # delayed, open 65 > 42: overdue
        _set("2024Z00006", date(2024, 2, 1), None, [DEF], ["PvdA"], False),  # open 43 > 21: overdue
    ]


def test_timeliness_of_each_set(dossiers: list[Dossier]) -> None:
    facts = [timeliness(d, TODAY) for d in dossiers]
    assert [(f.days_to_answer, f.days_open, f.verdict, f.limit) for f in facts] == [
        (14, None, "on time", 21),
        (35, None, "late", 21),
        (40, None, "on time", 42),
        (None, 14, "open", 21),
        (None, 65, "overdue", 42),
        (None, 43, "overdue", 21),
    ]
    assert [badge(d, TODAY) for d in dossiers] == [
        "answered in 14 days",
        "late: answered in 35 days",
        "answered in 40 days",
        "open for 14 days",
        "overdue: delayed, open 65 days",
        "overdue: open 43 days",
    ]


def test_limits_are_inclusive() -> None:
    on_the_day = _set("2024Z00007", date(2024, 1, 1), date(2024, 1, 22), [FIN], ["VVD"], False)
    assert timeliness(on_the_day, TODAY).verdict == "on time"
    a_day_late = _set("2024Z00008", date(2024, 1, 1), date(2024, 1, 23), [FIN], ["VVD"], False)
    assert timeliness(a_day_late, TODAY).verdict == "late"
    answered = [Question(1, "x", answer=Answer([1], "y"))]
    unknown = Dossier(id="2024Z00009", answered=date(2024, 1, 23), questions=answered)
    assert (timeliness(unknown, TODAY).verdict, badge(unknown, TODAY)) == (None, "answered")


def test_filters_overdue_and_late(dossiers: list[Dossier]) -> None:
    catalog = Catalog(dossiers, TODAY)

    def ids(query: str) -> list[str]:
        return [catalog.dossier(r.dossier).id for r in catalog.filter(parse_query(query)).rows if r.question is None]

    assert ids("status:overdue") == ["2024Z00005", "2024Z00006"]
    assert ids("late:yes") == ["2024Z00002", "2024Z00005", "2024Z00006"]
    assert ids("late:no") == ["2024Z00001", "2024Z00003", "2024Z00004"]
    assert ids("status:delayed") == ["2024Z00005"]


def test_export_fields(dossiers: list[Dossier]) -> None:
    exported = [to_export(d, TODAY) for d in dossiers]
    assert [(e["days_to_answer"], e["days_open"], e["timeliness"]) for e in exported] == [
        (14, None, "on time"), (35, None, "late"), (40, None, "on time"),
        (None, 14, "open"), (None, 65, "overdue"), (None, 43, "overdue"),
    ]  # fmt: skip
    keys = list(exported[0])
    at = keys.index("status")
    assert keys[at : at + 4] == ["status", "days_to_answer", "days_open", "timeliness"]


def test_exact_figures(dossiers: list[Dossier]) -> None:
    figures, _ = stats.summarised(dossiers, TODAY)
    rows = [(r.group, r.name, r.sets, r.answered, r.median_days, r.p90_days) for r in figures]
    assert rows == [
        ("all", "all questions", 6, 3, 35, 40),
        ("ministry", FIN_M, 4, 3, 35, 40),
        ("ministry", DEF_M, 3, 1, 40, 40),
        ("minister", FIN_SHOWN, 2, 2, 24.5, 35),  # who answered: no row for the sets not yet answered
        ("minister", DEF_SHOWN, 1, 1, 40, 40),
        ("party", "CDA", 3, 2, 37.5, 40),
        ("party", "PvdA", 2, 0, None, None),
        ("party", "VVD", 2, 2, 24.5, 35),
    ]
    shares = [(r.share_answered, r.share_on_time) for r in stats.summarised(dossiers, TODAY)[0]]
    assert shares == [(0.5, 2 / 3), (0.75, 2 / 3), (1 / 3, 1.0), (1.0, 0.5), (1.0, 1.0), (2 / 3, 0.5), (0.0, None),
                      (1.0, 0.5)]  # fmt: skip
    kinds = [(r.name, r.answers, r.kinds, r.promises, r.promises_overdue) for r in figures if r.group != "party"]
    assert kinds == [
        ("all questions", 3, (("inhoudelijk", 1), ("onbekend", 1), ("toezegging", 1)), 1, 1),  # of answered sets
        (FIN_M, 3, (("inhoudelijk", 1), ("onbekend", 1), ("toezegging", 1)), 1, 1),
        (DEF_M, 1, (("inhoudelijk", 1),), 0, 0),
        (FIN_SHOWN, 2, (("onbekend", 1), ("toezegging", 1)), 1, 1),
        (DEF_SHOWN, 1, (("inhoudelijk", 1),), 0, 0),
    ]  # fmt: skip  (by 15 March the promise to inform before 1 March is overdue)
    assert stats.summarised(dossiers, TODAY)[1] == [
        ("0-7", 0), ("8-14", 1), ("15-21", 0), ("22-28", 0), ("29-42", 2), ("43-63", 0), ("64-91", 0), ("92+", 0),
    ]  # fmt: skip
    assert stats.nearest_rank([5, 1, 9, 3, 7, 2, 8, 4, 6, 10], 0.9) == 9


def test_stats_command(tmp_path, dossiers: list[Dossier]) -> None:
    from kqreader.store.records import to_record
    from tests.helpers import kqreader

    db = tmp_path / "db.json"  # a database of the layout before shards, without parts: moved on first use
    rows = {
        str(i + 1): {"id": d.id, "questions": len(d.questions), "record": to_record(d)} for i, d in enumerate(dossiers)
    }
    db.write_bytes(orjson.dumps({"meta": {"1": {"schema": 2}}, "dossiers": rows}))
    result = kqreader("stats", "--db", db, "--today", "2024-03-15", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = orjson.loads(result.stdout)
    assert data["figures"][0] == {
        "group": "all", "name": "all questions", "sets": 6, "answered": 3, "share_answered": 0.5,
        "median_days": 35, "p90_days": 40, "share_on_time": 2 / 3, "promises": 1, "promises_kept": 0,
        "promises_overdue": 1, "answers": 3, "share_inhoudelijk": 1 / 3, "share_verwijzing_antwoord": 0.0,
        "share_verwijzing_brief": 0.0, "share_onbekend": 1 / 3, "share_geweigerd": 0.0, "share_toezegging": 1 / 3,
        "share_niet_beantwoord": 0.0, "answered_in_part": 0, "awaited": 6, "dated": 3,
    }  # fmt: skip
    assert data["days_to_answer"]["29-42"] == 2
    csv_out = kqreader("stats", "--db", db, "--today", "2024-03-15", "--format", "csv", "party:pvda").stdout
    assert csv_out.splitlines() == [
        "group,name,sets,answered,share_answered,median_days,p90_days,share_on_time,promises,promises_kept,"
        "promises_overdue,answers,share_inhoudelijk,share_verwijzing_antwoord,share_verwijzing_brief,share_onbekend,"
        "share_geweigerd,share_toezegging,share_niet_beantwoord,answered_in_part,awaited,dated",
        "all,all questions,2,0,0.0,,,,0,0,0,0,,,,,,,,0,2,0",  # not yet answered: no answers to have kinds
        f"ministry,{DEF_M},1,0,0.0,,,,0,0,0,0,,,,,,,,0,1,0",  # equal sizes: alphabetical
        f"ministry,{FIN_M},1,0,0.0,,,,0,0,0,0,,,,,,,,0,1,0",
        "party,PvdA,2,0,0.0,,,,0,0,0,0,,,,,,,,0,2,0",
    ]  # fmt: skip
    table = kqreader("stats", "--db", db, "--today", "2024-03-15")
    assert "By party" in table.stdout and "67%" in table.stdout
    dutch = kqreader("stats", "--db", db, "--today", "2024-03-15", "--lang", "nl")
    assert "Per partij" in dutch.stdout and "mediaan" in dutch.stdout and "Alle vragen" in dutch.stdout
    bad = kqreader("stats", "--db", db, "late:misschien")
    assert bad.returncode == 2 and bad.stderr == "kqreader: error: QUERY: late: is yes or no\n"
    assert kqreader("stats", "--db", db, "--today", "gisteren").returncode == 2


def test_the_list_badge_says_overdue_before_delayed_and_says_a_missing_date() -> None:
    """A delay notice gives 42 days, not for ever: a set delayed long ago and still open is overdue in the list; a set
    without a submission date says it has none."""
    from kqreader.facts.timeliness import list_badge
    from kqreader.model import Notice

    long_ago = Dossier(id="2022Z00001", submitted=date(2021, 9, 1), questions=[Question(1, "x")],
                       notices=[Notice("delay", date(2021, 9, 20), "Uitstel")])  # fmt: skip
    assert (long_ago.status, list_badge(long_ago, TODAY)) == ("delayed", f"overdue {(TODAY - date(2021, 9, 1)).days} d")
    recent = Dossier(id="2024Z00010", submitted=TODAY.replace(day=1), questions=[Question(1, "x")],
                     notices=[Notice("delay", TODAY, "Uitstel")])  # fmt: skip
    assert list_badge(recent, TODAY).startswith("delayed ")
    undated = Dossier(id="2024Z00011", questions=[Question(1, "x")])
    assert (list_badge(undated, TODAY), badge(undated, TODAY)) == ("open, no date", "open, no date")


def test_a_page_without_its_answer_is_not_waiting() -> None:
    """An OCR'd Aanhangsel page of 1974 (published with its answer, the answer on a page not read) and a set older
    than the open data: answer not on this page, never overdue ("over tijd 18891 d") nor counted as waiting."""
    from kqreader.facts.timeliness import list_badge
    from kqreader.query.catalog import header_facts

    page = Dossier(id="ah-tk-19741975-105", publication="ah-tk-19741975-105", submitted=date(1974, 9, 2),
                   questions=[Question(1, "x")], notices=[Notice("delay", date(1974, 9, 20), "Uitstel")])  # fmt: skip
    scanned = Dossier(id="kv-1990-1", submitted=date(1990, 5, 1), questions=[Question(1, "y")])
    waiting = _set("2024Z00099", date(2024, 1, 2), None, [FIN], ["VVD"], False)
    for old in (page, scanned):
        assert timeliness(old, TODAY).verdict is None and timeliness(old, TODAY).days_open is None
        assert (badge(old, TODAY), list_badge(old, TODAY)) == ("answer not on this page", "not on page")
        assert ("Status", "answer not on this page: not known here, not awaited (no deadline runs)") in header_facts(
            old, TODAY)
    catalog = Catalog([page, scanned, waiting], TODAY)

    def ids(query: str) -> list[str]:
        return [catalog.dossier(r.dossier).id for r in catalog.filter(parse_query(query)).rows if r.question is None]

    assert ids("status:overdue") == ids("status:open") == ["2024Z00099"]
    assert ids("status:delayed") == []
    [everything, *_] = stats.summarised([page, scanned, waiting], TODAY)[0]
    assert (everything.sets, everything.answered, everything.share_answered) == (3, 0, 0.0)  # 0 of the 1 awaited


def test_a_modern_delay_notice_with_its_own_aanhangsel_number_is_awaited() -> None:
    """A delay notice is printed in the Aanhangsel too ("AH 615", tests/real/txt/026): that number is the notice's,
    not the page of the set's questions and answer. Alone or beside the questions, the set is delayed, never "answer
    not on this page"."""
    from dataclasses import replace
    from pathlib import Path

    from kqreader.facts.timeliness import list_badge
    from kqreader.parsing import parse_file, parse_text
    from kqreader.parsing.merge import combine
    from kqreader.query.catalog import header_facts

    notice = parse_file(Path(__file__).parent / "real" / "txt" / "026-Uitstel-beantwoording-vragen-van-de-lede.txt")
    assert notice.publication is None  # "AH 615" is the notice's own number: no publication of the set
    questions = parse_text(
        "2024Z17538\n\n(ingezonden 6 november 2024)\n\nVragen van de leden Gabriëls en Bromet (beiden GroenLinks-PvdA)"
        " aan de minister van Landbouw over de berichten dat Zeeuwse buffels te veel PFAS binnenkrijgen.\n\n"
        "Vraag 1\n\nKent u het bericht?\n",
        "2024Z17538.txt",
    )
    old_part = replace(notice, publication="ah-tk-20242025-615")  # as a store kept it before: combine leaves it out
    for whole in (notice, combine([notice]), combine([questions, notice]), combine([questions, old_part])):
        assert whole.publication is None and whole.status == "delayed"
        assert list_badge(whole, date(2024, 11, 21)).startswith("delayed")
        assert badge(whole, date(2024, 11, 21)).startswith("delayed")
        [status] = [value for label, value in header_facts(whole, date(2024, 11, 21)) if label == "Status"]
        assert status.startswith("delayed")
