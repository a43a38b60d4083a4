"""A command's values may come before, between and after its options, as in other command-line tools:
`kqreader fetch 2024Z00102 --db D 2024Z00103` fetches both sets (argparse alone took the values once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from kqreader.cli.parser import build_parser, with_command
from kqreader.store.database import Store
from tests.helpers import kqreader
from tests.test_fetch import make_httpserver, serve  # noqa: F401  (the fetch tests' server, threaded)

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"


@pytest.mark.parametrize(
    ("words", "name", "values"),
    [
        (["fetch", "2024Z00102", "--db", "D", "2024Z00103"], "ids", ["2024Z00102", "2024Z00103"]),
        (["fetch", "--offline", "2024Z00102", "--since", "2024-01-01", "2024Z00103"], "ids",
         ["2024Z00102", "2024Z00103"]),
        (["import", "a.md", "--db", "D", "b.md", "--rebuild", "c.md"], "paths", [Path("a.md"), Path("b.md"),
                                                                                 Path("c.md")]),
        (["open", "a.md", "--copy-to", "clips.txt", "b.md"], "paths", [Path("a.md"), Path("b.md")]),
        (["a.md", "--db", "D", "b.md"], "paths", [Path("a.md"), Path("b.md")]),  # open, the default command
        (["watch", "add", "2024Z00102", "--party", "SP", "2024Z00103"], "ids", ["2024Z00102", "2024Z00103"]),
        (["export", "stikstof", "--format", "csv", "-natura", "--db", "D", "party:PvdA"], "query",
         ["stikstof", "-natura", "party:PvdA"]),
        (["stats", "minister:financien", "--db", "D", "since:2024-01"], "query", ["minister:financien",
                                                                                 "since:2024-01"]),
        (["cite", "--db", "D", "2019Z12806", "-q", "2"], "id", "2019Z12806"),
    ],
)  # fmt: skip
def test_values_before_between_and_after_options(words: list[str], name: str, values: object) -> None:
    args = build_parser().parse_args(with_command(words))
    assert getattr(args, name) == values
    assert "--db" not in words or args.db == "D"


def test_a_value_too_many_is_still_one_line() -> None:
    refused = kqreader("cite", "2019Z12806", "--db", "D", "2024Z00103")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "unrecognized arguments: 2024Z00103" in refused.stderr


def test_import_takes_paths_on_both_sides_of_the_store(tmp_path: Path) -> None:
    db = tmp_path / "kq.json"
    first, second = SAMPLES / "2024Z00102-vragen.txt", SAMPLES / "2024Z00103-vragen.txt"
    done = kqreader("import", first, "--db", db, second)
    assert done.returncode == 0, done.stderr
    assert Store(db).dossier("2024Z00102") is not None and Store(db).dossier("2024Z00103") is not None


def test_fetch_takes_numbers_after_an_option_that_follows_other_numbers(tmp_path: Path, httpserver: HTTPServer) -> None:
    api = serve(httpserver)
    db = tmp_path / "kq.json"
    env = {**os.environ, "KQREADER_API": api.base}
    result = kqreader("fetch", "2024Z00102", "--db", db, "2024Z00103", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("found 2 sets")
    assert Store(db).dossier("2024Z00102") is not None and Store(db).dossier("2024Z00103") is not None
