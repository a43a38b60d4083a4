"""One way to write a date per place (issue 41 item 6): people read a date written out — in prose "5 July 2024"
(Dutch "5 juli 2024": the header, the Markdown export and digest), in a column " 5 Jul 2024" (the list, the text
digest, the promises, a member's sets) — and machines ISO 8601 (JSON, CSV, Atom)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path

import orjson
import pytest
from rich.console import Console

from kqreader.fetch import digests
from kqreader.fetch.watching import Change, Watch
from kqreader.i18n import DAY_WIDTH, day, short_day
from tests.conftest import ROOT
from tests.helpers import kqreader
from tests.reader_factory import make_app

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
NUMERIC = re.compile(r"\b\d{1,2}-\d{1,2}-\d{2,4}\b")  # "05-07-24": the list's form before
CHANGES = [Change("2024Z00103", "answered", date(2024, 7, 5), "vogelgriep in Azië", Watch("set", "2024Z00103"), 28)]


def test_the_two_forms_people_read() -> None:
    assert day(date(2024, 7, 5)) == "5 July 2024" and short_day(date(2024, 7, 5)) == " 5 Jul 2024"
    assert {len(short_day(date(2024, m, d))) for m in range(1, 13) for d in (1, 28)} == {DAY_WIDTH}


def test_the_two_forms_in_dutch(dutch: None) -> None:
    assert day(date(2024, 7, 5)) == "5 juli 2024" and short_day(date(2024, 3, 30)) == "30 mrt 2024"
    assert digests.as_text(CHANGES).startswith(" 5 jul 2024  2024Z00103")


def test_the_digest_writes_dates_for_people_and_iso_for_machines() -> None:
    text, markdown = digests.as_text(CHANGES), digests.as_markdown(CHANGES)
    assert text.startswith(" 5 Jul 2024  2024Z00103") and not ISO.search(text)
    assert markdown.startswith("- **5 July 2024**") and not ISO.search(markdown)
    assert orjson.loads(digests.as_json(CHANGES))["changes"][0]["date"] == "2024-07-05"
    feed = digests.atom_feed(CHANGES, now=datetime(2024, 7, 6, 12, 0)).decode()
    assert "<updated>2024-07-05T00:00:00Z</updated>" in feed and "July" not in feed


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("dates") / "db.json"
    assert kqreader("import", "--db", db, ROOT / "sample_data").returncode == 0
    return db


def test_the_markdown_export_writes_dates_out_and_json_and_csv_in_iso(samples: Path) -> None:
    markdown = kqreader("export", "--db", samples, "--format", "md", "id:2019Z12806").stdout
    assert "- **Submitted:** 20 June 2019\n" in markdown and "- **Answered:** 1 July 2019\n" in markdown
    assert not ISO.search(markdown) and not NUMERIC.search(markdown)
    dossier = orjson.loads(kqreader("export", "--db", samples, "id:2019Z12806").stdout)["dossiers"][0]
    assert (dossier["submitted"], dossier["answered"]) == ("2019-06-20", "2019-07-01")
    rows = list(csv.DictReader(io.StringIO(kqreader("export", "--db", samples, "--format", "csv").stdout)))
    assert all(ISO.fullmatch(row["submitted"]) for row in rows if row["submitted"])


def test_the_promises_list_writes_its_due_days_in_a_column_of_dates(samples: Path) -> None:
    lines = kqreader("promises", "--db", samples, "--today", "2024-06-01").stdout.splitlines()[:-1]
    assert lines and all(re.match(r"(?:[ 123]\d [A-Z][a-z]{2} \d{4}|no date)", line) for line in lines), lines
    assert not any(ISO.search(line) for line in lines)


async def test_the_list_and_the_header_write_the_day_out() -> None:
    """The list's column " 1 Jul 2019" (was "01-07-19"), the header's "Submitted: 20 June 2019". At 80x24."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        console = Console(width=80, height=24, file=io.StringIO(), record=True)
        console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
        screen = console.export_text()
        assert "2019Z12806          20 Jun 2019 De ontmoeting" in screen
        assert not NUMERIC.search(screen) and not ISO.search(screen)
        await pilot.press("tab")
        await pilot.pause(0.3)
        assert "Submitted: 20 June 2019" in "\n".join(app.answer_pane.plain_blocks())
