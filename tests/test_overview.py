"""One member's or party's sets: `kqreader stats --member/--party` (text, JSON, CSV, mistakes) and the reader's `v`."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import orjson
import pytest
from textual.widgets import DataTable, Static

from kqreader.model import Dossier
from kqreader.parsing import combine, parse_file
from kqreader.tui.app import ReaderApp
from kqreader.tui.screens.overview import OverviewScreen
from kqreader.tui.settings import Settings
from tests.helpers import imported, kqreader
from tests.test_reader import selected

TODAY = date(2030, 6, 1)
SETS = {  # id: (askers, asked, ministry, answered in days or None)
    "2030Z00011": ("**Jansen** (VVD)", "6 januari 2030", "Financiën", 12),
    "2030Z00012": ("**Jansen** (VVD) en **Bakker** (SP)", "3 februari 2030", "Justitie en Veiligheid", 40),
    "2030Z00013": ("**Jansen** (VVD)", "1 april 2030", "Financiën", None),  # 61 days waiting: overdue
    "2030Z00014": ("**Jansen** (VVD)", "20 mei 2030", "Justitie en Veiligheid", None),  # 12 days: open
    "2030Z00015": ("**Bakker** (SP)", "2 maart 2030", "Financiën", None),
    "2030Z00016": ("**De Vries** (VVD)", "9 januari 2030", "Financiën", 20),
}


def write_sets(folder: Path) -> list[Path]:
    for ident, (askers, asked, ministry, days) in SETS.items():
        lid = "de leden" if " en " in askers else "het lid"
        text = (f"## {ident}\n\nVragen van {lid} {askers} aan de Minister van {ministry} over *onderwerp {ident}* "
                f"(ingezonden {asked})\n\n**Vraag 1**\n\nHoe staat het ermee?\n")  # fmt: skip
        (folder / f"{ident}-vragen.md").write_text(text, "utf-8")
        if days is not None:
            submitted = date.fromordinal(_day(asked).toordinal() + days)
            answer = (f"## {ident}\n\nAntwoord van de Minister van {ministry} (ontvangen {submitted.day} "
                      f"{MONTHS[submitted.month - 1]} {submitted.year})\n\n**Vraag 1**\n\nHoe staat het ermee?\n\n"
                      "**Antwoord 1**\n\nGoed.\n")  # fmt: skip
            (folder / f"{ident}-antwoorden.md").write_text(answer, "utf-8")
    return sorted(folder.glob("*.md"))


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")  # fmt: skip


def _day(text: str) -> date:
    day, month, year = text.split()
    return date(int(year), MONTHS.index(month) + 1, int(day))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("overview")
    write_sets(folder)
    return imported(folder)


def test_a_members_sets_waiting_first(db: Path) -> None:
    shown = kqreader("stats", "--db", db, "--today", TODAY.isoformat(), "--member", "jansen", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    document = orjson.loads(shown.stdout)
    assert document["member"] == "jansen"
    assert [(s["id"], s["timeliness"], s["days"], s["waiting"]) for s in document["sets"]] == [
        ("2030Z00013", "overdue", 61, True), ("2030Z00014", "open", 12, True),
        ("2030Z00012", "late", 40, False), ("2030Z00011", "on time", 12, False),
    ]  # fmt: skip
    figures = {(f["group"], f["name"]): (f["sets"], f["median_days"]) for f in document["figures"]}
    assert figures == {("all", "all questions"): (4, 26), ("ministry", "Financiën"): (2, 12),
                       ("ministry", "Justitie en Veiligheid"): (2, 40)}  # fmt: skip


def test_a_partys_sets_and_the_text_and_csv(db: Path) -> None:
    text = kqreader("stats", "--db", db, "--today", TODAY.isoformat(), "--party", "SP").stdout.splitlines()
    assert text[:2] == ["The sets of party SP", "2 sets · 1 waiting for an answer, 1 of them overdue"]
    assert text[3].split() == ["set", "asked", "standing", "asked", "of"] and text[4] == "  subject"
    # each set's line, then its subject whole beneath it (beside the rest, 80 columns showed 12 characters of it)
    assert text[5] == "2030Z00015   2 Mar 2030  overdue 91 d     Financiën"
    assert text[6] == "  onderwerp 2030Z00015"
    assert text[7].startswith("2030Z00012   3 Feb 2030  late 40 d        Justitie en Veiligheid")
    rows = list(csv.DictReader(io.StringIO(kqreader("stats", "--db", db, "--today", TODAY.isoformat(), "--party",
                                                    "VVD", "--format", "csv").stdout)))  # fmt: skip
    assert [(r["id"], r["timeliness"], r["waiting"]) for r in rows] == [
        ("2030Z00013", "overdue", "True"), ("2030Z00014", "open", "True"), ("2030Z00012", "late", "False"),
        ("2030Z00016", "on time", "False"), ("2030Z00011", "on time", "False")]  # fmt: skip
    narrowed = orjson.loads(kqreader("stats", "--db", db, "--today", TODAY.isoformat(), "--member", "jansen",
                                     "--format", "json", "minister:financien").stdout)  # fmt: skip
    assert [s["id"] for s in narrowed["sets"]] == ["2030Z00013", "2030Z00011"]  # with the filter's conditions


def test_mistakes_are_one_line(db: Path) -> None:
    empty = kqreader("stats", "--db", db, "--member", "")
    assert empty.returncode == 2 and empty.stderr.count("\n") == 1 and "member: needs a value" in empty.stderr
    both = kqreader("stats", "--db", db, "--member", "x", "--party", "y")
    assert both.returncode == 2 and "not allowed with argument --member" in both.stderr
    nobody = kqreader("stats", "--db", db, "--member", "niemand")
    assert nobody.returncode == 0 and nobody.stdout.splitlines() == [
        "The sets of member niemand", "0 sets · 0 waiting for an answer, 0 of them overdue"]


async def test_the_reader_view_of_an_asker_and_their_party(tmp_path: Path) -> None:
    parts: dict[str, list[Dossier]] = {}
    for path in write_sets(tmp_path):
        part = parse_file(path)
        parts.setdefault(part.id, []).append(part)
    sets = [combine(group) for group in parts.values()]
    app = ReaderApp(sets, today=TODAY, settings=Settings(order="oldest"))
    async with app.run_test(size=(140, 40)) as pilot:
        assert app._go_to(("2030Z00012", 1))
        await pilot.press("v")
        screen = app.screen
        assert isinstance(screen, OverviewScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [s.id for s in screen.shown] == ["2030Z00013", "2030Z00014", "2030Z00012", "2030Z00011"]
        title = str(screen.query_one("#overview-title", Static).render())
        assert title.splitlines() == ["The sets of member Jansen",
                                      "4 sets · 2 waiting for an answer, 1 of them overdue"]  # fmt: skip
        await pilot.press("a")  # the set's next asker
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [s.id for s in screen.shown] == ["2030Z00015", "2030Z00012"]
        await pilot.press("t")  # the party of that asker
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert str(screen.query_one("#overview-title", Static).render()).startswith("The sets of party SP")
        assert screen.query_one(DataTable).row_count == 2
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, OverviewScreen)
        assert selected(app) == "2030Z00015"
        await pilot.press("backspace")
        await pilot.pause()
        assert selected(app) == "2030Z00012:1"
