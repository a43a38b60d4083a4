"""Every example the README shows (`$ kqreader …`) prints what the README quotes, run in a store made as the README
says: `kqreader import sample_data ../shared/corpus/real tests/real`. A quoted line ending in "…" is a line cut
there, a "…" of its own leaves the rest out. The `fetch` examples run, in their order, in a store of their own
against the stand-in of the open data holding tests/test_fetch.py's standard sets; the `sync` one needs a state of
the service built step by step (tests/test_watch.py has it)."""

from __future__ import annotations

import os
import shlex
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.helpers import kqreader

SHARED_REAL = ROOT.parent / "shared" / "corpus" / "real"
README = ROOT / "README.md"
NOT_HERE = ("fetch", "sync")  # against the stand-in of the open data


def examples() -> list[tuple[str, list[str]]]:
    """Each `$ kqreader …` line of the README's code blocks, with the lines it quotes beneath it."""
    found: list[tuple[str, list[str]]] = []
    lines = README.read_text(encoding="utf-8").splitlines()
    for place, line in enumerate(lines):
        if not line.startswith("    $ kqreader "):
            continue
        quoted: list[str] = []
        for following in lines[place + 1 :]:
            if following.startswith("    $ ") or (following and not following.startswith("    ")):
                break
            quoted.append(following[4:])
        while quoted and not quoted[-1].strip():
            quoted.pop()
        found.append((line[len("    $ ") :], quoted))
    return found


EXAMPLES = [(command, quoted) for command, quoted in examples()
            if not set(shlex.split(command.split("#")[0])) & set(NOT_HERE)]  # fmt: skip
FETCHES = [(command, quoted) for command, quoted in examples() if "fetch" in shlex.split(command.split("#")[0])]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SHARED_REAL.exists():
        pytest.skip("../shared (the shared real corpus) is not beside the checkout")
    database = tmp_path_factory.mktemp("readme") / "kq.json"
    made = kqreader("import", "--db", database, "sample_data", SHARED_REAL, "tests/real", cwd=ROOT)
    assert made.returncode in (0, 1) and ", 0 failed" in made.stdout, made.stderr  # 1: one file read in part
    return database


def test_the_readme_shows_examples_to_check() -> None:
    assert len(EXAMPLES) >= 9 and any(command.startswith("kqreader similar") for command, _q in EXAMPLES)


@pytest.mark.parametrize(("command", "quoted"), EXAMPLES, ids=[command for command, _q in EXAMPLES])
def test_a_readme_example_prints_what_the_readme_quotes(store: Path, command: str, quoted: list[str]) -> None:
    _prints_what_is_quoted(store, command, quoted, {})


@pytest.fixture(scope="module")
def stand_in() -> Iterator[str]:
    """The stand-in of the open data with the standard sets, on a free port of 127.0.0.1."""
    from werkzeug import Request
    from werkzeug.serving import make_server

    from tests.opendata_server import Gegevensmagazijn
    from tests.test_fetch import standard

    service = standard(Gegevensmagazijn(base=""))
    server = make_server("127.0.0.1", 0, lambda environ, start: service(Request(environ))(environ, start),
                         threaded=True)  # fmt: skip
    service.base = f"http://127.0.0.1:{server.server_port}/"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield service.base
    server.shutdown()


def test_the_readmes_fetch_examples_in_their_order(stand_in: str, tmp_path: Path) -> None:
    assert len(FETCHES) == 4
    for command, quoted in FETCHES:
        _prints_what_is_quoted(tmp_path / "kq.json", command, quoted, {"KQREADER_API": stand_in}, failing="2099Z")


def _prints_what_is_quoted(store: Path, command: str, quoted: list[str], env: dict[str, str],
                           failing: str = "") -> None:  # fmt: skip
    words = command.split("#")[0]
    head = None
    if "|" in words:
        words, piped = words.split("|")
        assert piped.split()[:2] == ["head", f"-{piped.split()[1][1:]}"]
        head = int(piped.split()[1][1:])
    args = shlex.split(words)[1:]
    result = kqreader(*args, cwd=ROOT, env={**os.environ, "KQREADER_DB": str(store), "KQREADER_LANG": "nl", **env})
    printed = (result.stdout + result.stderr).splitlines()[:head]
    assert result.returncode == (1 if failing and failing in command else 0), result.stderr
    for place, line in enumerate(quoted):
        if line.strip() == "…":
            return  # the rest left out
        assert place < len(printed), f"{command}: the README quotes more lines than it prints"
        if line.endswith("…"):
            assert printed[place].startswith(line[:-1].rstrip()), (command, place, printed[place])
        else:
            assert printed[place].rstrip() == line.rstrip(), (command, place)
    assert len(printed) == len(quoted), f"{command}: prints more than the README quotes"
