"""`export --format csv-nl`: what a Dutch spreadsheet opens as columns, read back with Python's csv module."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kqreader.model import Answer, Dossier, Person, Question
from kqreader.output.exporting import CSV_FORMS, csv_chunks
from kqreader.query.keeping import Keeping
from tests.helpers import kqreader

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    database = tmp_path_factory.mktemp("csvnl") / "kq.json"
    assert kqreader("import", "--db", database, ROOT / "sample_data").returncode == 0
    command = [sys.executable, "-m", "kqreader", "export", "--db", str(database), "--format", "csv-nl", "--today",
               "2024-06-01"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, check=True)  # bytes: the line ends as written
    return done.stdout


def rows(data: bytes) -> list[dict[str, str]]:
    """As a Dutch spreadsheet reads it: UTF-8 with a byte order mark, cells between semicolons."""
    assert data.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_the_columns_and_the_dutch_values(exported: bytes) -> None:
    found = rows(exported)
    assert list(found[0]) == ["id", "vraag", "onderwerp", "vragenstellers", "partijen", "gericht aan",
                              "ministeries", "beantwoord door", "ingezonden", "beantwoord", "dagen tot antwoord",
                              "dagen open", "tijdigheid", "vraagtekst", "antwoord", "soort antwoord", "onbeantwoord",
                              "toezeggingen", "toezegging uiterlijk", "stand toezegging", "aanhangsel", "url"]
    first = found[0]
    assert (first["id"], first["vraag"], first["ingezonden"], first["beantwoord"]) == ("2019Z12806", "1", "2019-06-20",
                                                                                        "2019-07-01")  # fmt: skip
    assert first["tijdigheid"] == "op tijd" and first["dagen tot antwoord"] == "11"
    assert (first["gericht aan"], first["ministeries"]) == ("Minister van Buitenlandse Zaken", "Buitenlandse Zaken")
    assert first["url"] == "https://zoek.officielebekendmakingen.nl/kv-tk-2019Z12806" and first["aanhangsel"] == ""
    assert {r["tijdigheid"] for r in found} <= {"op tijd", "te laat", "open", "over tijd", ""}
    assert "over tijd" in {r["tijdigheid"] for r in found}
    assert all(r["soort antwoord"] in ("", "inhoudelijk", "verwijzing-antwoord", "verwijzing-brief", "onbekend",
                                       "geweigerd", "toezegging", "niet-beantwoord") for r in found)  # fmt: skip


def test_lines_end_as_windows_ends_them_and_text_keeps_its_line_breaks(exported: bytes) -> None:
    text = exported.decode("utf-8-sig")
    assert text.split("\r\n", 1)[0].endswith(";url")
    assert "\n" not in text.split("\r\n", 1)[0]


def test_formulas_are_neutralised_in_the_dutch_form_too() -> None:
    dossier = Dossier(
        id="2024Z06666", title="=HYPERLINK(\"http://x\")", askers=[Person("+Jansen", "@partij")],
        questions=[Question(1, "-1 of meer?", answer=Answer([1], "=1+1", []))],
    )  # fmt: skip
    data = b"".join(csv_chunks([dossier], date(2024, 6, 1), Keeping(), CSV_FORMS["csv-nl"]))
    [cells] = rows(data)
    assert cells["onderwerp"] == "'=HYPERLINK(\"http://x\")" and cells["vragenstellers"] == "'+Jansen"
    assert cells["partijen"] == "'@partij" and cells["vraagtekst"] == "'-1 of meer?" and cells["antwoord"] == "'=1+1"


def test_the_english_csv_is_unchanged_by_it() -> None:
    dossier = Dossier(id="2024Z06667", title="x", questions=[Question(1, "Vraag?")])
    data = b"".join(csv_chunks([dossier], date(2024, 6, 1), Keeping())).decode()
    assert data.splitlines()[0].startswith("id,number,subject") and "\ufeff" not in data and "\r" not in data
