"""The promise queue (`kqreader promises`, promise_queue.queue) and the filter fields kind: and promise:, on sets
written here: a promise due, one kept by a later answer that names its set, one kept by a nader antwoord, one
without a day, a reference, an unknown and a bare "Ja." to two questions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest
from textual.widgets import Static

from kqreader.analysis.promise_queue import queue
from kqreader.facts.mentions import named_sets
from kqreader.model import Dossier
from kqreader.parsing import parse_file
from kqreader.query import language
from kqreader.query.catalog import open_catalog
from kqreader.query.language import parse_query
from kqreader.store.database import Store
from kqreader.store.marks import Marks
from kqreader.tui.app import ReaderApp
from kqreader.tui.screens.promise_queue import PromiseScreen
from kqreader.tui.settings import Settings
from tests.helpers import kqreader
from tests.test_reader import selected

TODAY = date(2030, 6, 10)


def answers(ident: str, day: str, minister: str, answered: list[tuple[str, str]]) -> str:
    """An answer letter in the converters' Markdown: the date, the signature, each question and its answer."""
    parts = [f"## Ministerie van {minister}\n\n| | |\n|---|---|\n| Datum | {day} |\n| Uw kenmerk | {ident} |\n\n"
             f"Hierbij zend ik u de antwoorden op de vragen van het lid Jansen.\n\nDe Minister van {minister},\n\n"
             f"A. Bakker\n\n**Antwoorden van de Minister van {minister} op vragen van het lid Jansen (VVD).**\n"]
    for number, (question, answer) in enumerate(answered, 1):
        parts.append(f"\n**Vraag {number}**\n\n{question}\n\n**Antwoord {number}**\n\n{answer}\n")
    return "".join(parts)


SETS = {
    "2030Z00001": ("1 maart 2030", "Justitie en Veiligheid", [
        ("Hoe lang zijn de wachttijden?", "Ik zal uw Kamer voor de zomer over de wachttijden informeren."),
        ("Waarom zijn ze zo lang?", "Zie het antwoord op vraag 1."),
        ("Kent u het rapport? Deelt u de conclusies?", "Ja."),
    ]),
    "2030Z00002": ("2 januari 2030", "Financiën", [
        ("Wat zijn de uitkomsten?", "Ik informeer uw Kamer in januari over de uitkomsten."),
    ]),
    "2030Z00003": ("10 maart 2030", "Financiën", [
        ("Zijn de uitkomsten bekend?", "Ja, zoals toegezegd in de antwoorden op 2030Z00002 zijn ze bekend."),
    ]),
    "2030Z00004": ("5 februari 2030", "Financiën", [
        ("Hoeveel aanvragen zijn er?", "Dat is mij niet bekend. Ik kom hierop terug in de voortgangsrapportage."),
    ]),
    "2030Z00005": ("6 februari 2030", "Financiën", [
        ("Hoeveel bezwaren zijn er?", "Die aantallen worden niet geregistreerd."),
    ]),
}  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("queue")
    for ident, (day, minister, answered) in SETS.items():
        (folder / f"{ident}-antwoorden.md").write_text(answers(ident, day, minister, answered), encoding="utf-8")
    database = folder / "kq.json"
    assert kqreader("import", "--db", database, folder).returncode == 0
    return database


def test_the_queue_on_the_command_line(db: Path) -> None:
    shown = kqreader("promises", "--db", db, "--today", TODAY.isoformat())
    assert shown.stdout.splitlines() == [
        "31 Jan 2030  kept         2030Z00002           minister Bakker (Financiën) — Ik informeer uw Kamer in januari "
        "over de uitkomsten.",  # who answered as the header and the statistics name them: the signature's name
        " 1 Jul 2030  due          2030Z00001           minister Bakker (Justitie en Veiligheid) — Ik zal uw Kamer "
        "voor de zomer over de wachttijden informeren.",
        "no date      open         2030Z00004           minister Bakker (Financiën) — Ik kom hierop terug in de "
        "voortgangsrapportage.",
        "3 promises: 1 open, 1 due within 30 days, 0 overdue, 1 kept",
    ]  # fmt: skip
    assert ids(db, "--state", "kept", "--state", "due") == ["2030Z00002", "2030Z00001"]
    assert ids(db, "--ministry", "justitie") == ["2030Z00001"]
    assert ids(db, "--minister", "financien") == ["2030Z00002", "2030Z00004"]  # without its diacritic
    assert ids(db, "--since", "2030-02-01") == ["2030Z00001", "2030Z00004"]
    assert kqreader("promises", "--db", db, "--ministry", "defensie").stdout == "No promises found.\n"


def ids(db: Path, *options: str) -> list[str]:
    listed = kqreader("promises", "--db", db, "--today", TODAY.isoformat(), "--format", "json", *options)
    return [promise["set"] for promise in orjson.loads(listed.stdout)["promises"]]


def test_the_queue_as_json(db: Path) -> None:
    listed = kqreader("promises", "--db", db, "--today", "2030-08-01", "--format", "json", "--state", "overdue")
    assert orjson.loads(listed.stdout) == {"promises": [{
        "set": "2030Z00001", "questions": [1], "text": "Ik zal uw Kamer voor de zomer over de wachttijden informeren.",
        "due": "2030-07-01", "due_basis": "voor de zomer", "answered": "2030-03-01",
        "minister": ["minister Bakker (Justitie en Veiligheid)"], "addressees": ["Minister van Justitie en Veiligheid"],
        "state": "overdue"}]}  # fmt: skip


def test_a_mark_noted_kept_keeps_a_promise(db: Path, tmp_path: Path) -> None:
    store = Store(db)
    catalog = open_catalog(store, TODAY)
    marks = Marks(tmp_path / "marks.json")
    marks.write_note("2030Z00001", 1, "nagekomen: brief van 28 juni", TODAY)
    states = {q.set: q.state for q in queue(catalog, TODAY, marks)}
    assert states == {"2030Z00001": "kept", "2030Z00002": "kept", "2030Z00004": "open"}
    marks.write_note("2030Z00001", 1, "nog niet", TODAY)
    assert {q.set: q.state for q in queue(catalog, TODAY, marks)}["2030Z00001"] == "due"


def test_stats_count_a_promise_kept_by_a_mark_as_the_queue_does(db: Path, tmp_path: Path) -> None:
    """One rule (query/keeping): `kqreader stats` counts the mark noted "nagekomen" kept, as `promises` does."""
    import shutil

    db = Path(shutil.copytree(db.parent, tmp_path / "copy")) / db.name  # the module's store stays unmarked
    Marks(Store(db).layout.marks).write_note("2030Z00001", 1, "nagekomen: brief van 28 juni", TODAY)
    listed = orjson.loads(kqreader("promises", "--db", db, "--today", "2030-08-01", "--format", "json").stdout)
    kept = sum(promise["state"] == "kept" for promise in listed["promises"])
    stats = orjson.loads(kqreader("stats", "--db", db, "--today", "2030-08-01", "--format", "json").stdout)
    [everything] = [row for row in stats["figures"] if row["group"] == "all"]
    assert (everything["promises_kept"], everything["promises_overdue"]) == (kept, 0) == (2, 0)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # kind:toezegging reads the promises promise: reads (the two agree): 2030Z00004's unknown with a promise too
        ("kind:toezegging", ["2030Z00001", "2030Z00002", "2030Z00004"]),
        ("kind:verwijzing-antwoord", ["2030Z00001"]),
        ("kind:onbekend", ["2030Z00005"]),  # 2030Z00004: not known, and a promise to come back — a promise
        ("kind:deels", ["2030Z00001"]),
        ("kind:inhoudelijk", ["2030Z00001", "2030Z00003"]),
        ("promise:due", ["2030Z00001"]),
        ("promise:kept", ["2030Z00002"]),  # named by 2030Z00003, answered later
        ("promise:open", ["2030Z00004"]),
        ("-promise:open kind:toezegging", ["2030Z00001", "2030Z00002"]),
    ],
)
def test_the_filter_fields(db: Path, query: str, found: list[str]) -> None:
    catalog = open_catalog(Store(db), TODAY)
    rows = catalog.filter(parse_query(query)).rows.dossiers()
    assert sorted(catalog.summary(d).id for d in rows) == found


@pytest.mark.parametrize(
    ("query", "questions"),
    [
        ("kind:toezegging", [1]), ("soort:toezegging", [1]), ("promise:due", [1]), ("toezegging:binnenkort", [1]),
        ("kind:verwijzing-antwoord", [2]), ("kind:deels", [3]), ("kind:inhoudelijk", [3]),
        ("-kind:toezegging", [2, 3]), ("kind:toezegging hoe", [1]), ("kind:toezegging waarom", []),
        ("id:2030Z00001", [1, 2, 3]),  # a field about the set: every question of it
    ],
)  # fmt: skip
def test_an_answer_field_keeps_the_questions_whose_answer_meets_it(db: Path, query: str, questions: list[int]) -> None:
    """kind: and promise: are about an answer: like a word, they keep the questions whose own answer meets them
    (not every question of a set that has one such answer); the status line counts those rows."""
    catalog = open_catalog(Store(db), TODAY)
    rows = catalog.filter(parse_query(query)).rows
    place = next(d for d in range(catalog.dossier_count) if catalog.summary(d).id == "2030Z00001")
    first = catalog.layout.first[place]
    shown = [catalog.printed_number(first + r.question) for r in rows if r.dossier == place and r.question is not None]
    assert shown == questions


def test_a_field_value_not_known_is_one_line() -> None:
    with pytest.raises(language.QueryError, match="kind"):
        parse_query("kind:vaag")


def test_the_sets_a_text_names() -> None:
    text = ("Zie 2024z00102, de Aanhangsel Handelingen II 2023/24, nr. 1234 en Aanhangsel van de Handelingen, "
            "vergaderjaar 2022–2023, nr. 387; en nogmaals 2024Z00102.")  # fmt: skip
    assert named_sets(text) == ["2024Z00102", "ah-tk-20232024-1234", "ah-tk-20222023-387"]


def parsed_sets(folder: Path) -> list[Dossier]:
    """SETS as dossiers (the reader's in-memory catalog), and one more whose answer refers to another."""
    for ident, (day, minister, answered) in SETS.items():
        (folder / f"{ident}-antwoorden.md").write_text(answers(ident, day, minister, answered), encoding="utf-8")
    return [parse_file(path) for path in sorted(folder.glob("*.md"))]


async def test_the_answer_pane_tells_the_kind_the_promise_and_the_answer_referred_to(tmp_path: Path) -> None:
    app = ReaderApp(parsed_sets(tmp_path), today=TODAY, settings=Settings(order="oldest"))
    async with app.run_test(size=(140, 40)) as pilot:
        assert app._go_to(("2030Z00001", 1))
        await pilot.pause()
        blocks = app.answer_pane.plain_blocks()
        assert ("→ Promise (due, by 1 July 2030: “voor de zomer”): Ik zal uw Kamer voor de zomer over de "
                "wachttijden informeren.") in blocks  # fmt: skip
        assert not any(b.startswith("Kind of answer") for b in blocks)  # the promise says it
        app._go_to(("2030Z00001", 2))
        await pilot.pause()
        blocks = app.answer_pane.plain_blocks()
        at = blocks.index("Kind of answer: refers to another answer, read from “Zie het antwoord op vraag 1.”")
        assert blocks[at + 1 : at + 3] == ["The answer to question 1, referred to",
                                           "Ik zal uw Kamer voor de zomer over de wachttijden informeren."]  # fmt: skip
        app._go_to(("2030Z00001", 3))
        await pilot.pause()
        assert "Answered in part; not answered: Deelt u de conclusies?" in app.answer_pane.plain_blocks()
        app._go_to(("2030Z00002", 1))
        await pilot.pause()  # named by 2030Z00003, answered later: kept
        assert any(b.startswith("→ Promise (kept, by 31 January 2030") for b in app.answer_pane.plain_blocks())


async def test_the_promise_queue_screen_and_going_to_a_promise(tmp_path: Path) -> None:
    app = ReaderApp(parsed_sets(tmp_path), today=TODAY, settings=Settings(order="oldest"))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PromiseScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [q.set for q in screen.shown] == ["2030Z00001", "2030Z00004"]  # not kept: due, then open
        counts = str(screen.query_one("#promises-counts", Static).render())
        assert counts == ("not kept: 2 of 3 · 0 overdue, 1 due within 30 days, 1 open, 1 kept (as of 10 June "
                          "2030)")  # fmt: skip
        await pilot.press("5")
        assert [q.set for q in screen.shown] == ["2030Z00002"]
        await pilot.press("6")
        assert [q.state for q in screen.shown] == ["kept", "due", "open"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, PromiseScreen)
        assert selected(app) == "2030Z00001:1"
        await pilot.press("backspace")  # back where the queue was opened
        await pilot.pause()
        assert selected(app) != "2030Z00001:1"


def test_the_export_gives_the_sentence_a_kind_was_read_from(db: Path) -> None:
    exported = orjson.loads(kqreader("export", "--db", db, "id:2030Z00001").stdout)["dossiers"]
    answers = {q["number"]: q["answer"] for q in exported[0]["questions"]}
    assert (answers[2]["kind"], answers[2]["kind_sentence"]) == ("verwijzing-antwoord", "Zie het antwoord op vraag 1.")
    assert answers[3]["kind"] == "inhoudelijk" and "kind_sentence" not in answers[3]  # substantive: its text says it
