"""Every file kqreader keeps, damaged in turn, under every command: one line or a working command, never a
traceback, and no import that drops dossiers it did not replace."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from kqreader.store.database import Store
from tests.helpers import kqreader

ROOT = Path(__file__).parents[1]
DAMAGES = {
    "empty": lambda data: b"",
    "half": lambda data: data[: len(data) // 2],
    "garbage": lambda data: b"\x89PNG\r\n\x1a\n" + data[:64],
    "wrong rows": lambda data: orjson.dumps({"dossiers": {"1": {"id": 7}}, "parts": {"1": [1, 2]}, "meta": {}}),
}
COMMANDS = {
    "import": ["import", "{db}", str(ROOT / "tests/documents/kv-2024Z00106-mondeling.txt")],
    "export": ["export", "{db}"],
    "stats": ["stats", "{db}"],
    "cite": ["cite", "{db}", "2019Z12806"],
    "open (piped)": ["{db}"],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    db = folder / "db.json"
    assert kqreader("import", "--db", db, ROOT / "sample_data").returncode == 0
    return folder


MONTH_FILES = ["db.d/2019-06.1.json", "db.d/2019-06.1.parts.json"]


@pytest.fixture(scope="module")
def exported(store: Path) -> str:
    """The store's dossiers as exported before any damage."""
    result = kqreader("export", f"--db={store / 'db.json'}")
    assert result.returncode == 0
    return result.stdout


def _damaged_copy(store: Path, tmp_path: Path, name: str, damage: str) -> bytes:
    shutil.copytree(store, tmp_path, dirs_exist_ok=True)
    damaged = DAMAGES[damage]((tmp_path / name).read_bytes())
    (tmp_path / name).write_bytes(damaged)
    return damaged


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("name", ["db.json", "db.d/2019-06.1.rows", "db.d/files.1.json", "db.d/homes.1.json"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_damaged_store_file_is_one_line_and_loses_nothing(
    store: Path, tmp_path: Path, name: str, damage: str, command: str
) -> None:
    damaged = _damaged_copy(store, tmp_path, name, damage)
    args = [part.replace("{db}", f"--db={tmp_path / 'db.json'}") for part in COMMANDS[command]]
    result = kqreader(*args)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)
    if result.returncode == 1:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith(f"kqreader: {tmp_path}"), result.stderr  # names the file
    if command == "import" and result.returncode == 0:  # whatever it read, it dropped no dossier
        assert len(Store(tmp_path / "db.json").manifest().homes) >= 9, (name, damage)
    if name.endswith(".rows"):  # derived: made again from the store by the first command that reads it
        assert result.returncode == 0, result.stderr
    elif name != "db.json":  # a damaged file of record is never rewritten (a rebuild keeps it as db.d.bak)
        assert (tmp_path / name).read_bytes() == damaged


@pytest.mark.parametrize("damage", [*sorted(DAMAGES), "zeroed in place"])
@pytest.mark.parametrize("name", MONTH_FILES)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_damaged_month_is_made_again_and_said(
    store: Path, exported: str, tmp_path: Path, name: str, damage: str, command: str
) -> None:
    """A month's dossiers file is made again from its parts, its parts file from the documents: by whichever
    command comes first, which says so in one line and then does its work; nothing is lost."""
    if damage == "zeroed in place":  # the same size: only the bytes tell
        shutil.copytree(store, tmp_path, dirs_exist_ok=True)
        damaged = bytes((tmp_path / name).stat().st_size)
        (tmp_path / name).write_bytes(damaged)
    else:
        damaged = _damaged_copy(store, tmp_path, name, damage)
    args = [part.replace("{db}", f"--db={tmp_path / 'db.json'}") for part in COMMANDS[command]]
    result = kqreader(*args)
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stderr.splitlines() if "damaged" in line]
    assert line.startswith(f"kqreader: {tmp_path / name} was damaged: month 2019-06 made again from its ")
    assert (tmp_path / "db.d" / "damaged" / Path(name).name).read_bytes() == damaged  # kept for a look
    if command != "import":
        assert kqreader("export", f"--db={tmp_path / 'db.json'}").stdout == exported
    again = kqreader("export", f"--db={tmp_path / 'db.json'}")
    assert "damaged" not in again.stderr  # made again once


def test_a_month_whose_documents_are_gone_is_one_line_naming_it_and_what_to_run(tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    shutil.copytree(ROOT / "sample_data", documents)
    db = tmp_path / "db.json"
    assert kqreader("import", "--db", db, documents).returncode == 0
    (documents / "2019Z12806-antwoorden.md").unlink()
    parts = tmp_path / "db.d" / "2019-06.1.parts.json"
    parts.write_bytes(b"")
    for command in (["export"], ["stats"], ["cite", "2019Z12806"], ["import", ROOT / "tests/documents/note.md"]):
        result = kqreader(command[0], "--db", db, *command[1:])
        assert result.returncode == 1, result.stderr
        [line] = result.stderr.splitlines()
        said = f"kqreader: {parts}: error: month 2019-06 is damaged and cannot be made again: 1 of its "
        assert line.startswith(said)
        assert "2019Z12806-antwoorden.md" in line and "kqreader import --rebuild" in line
        assert parts.read_bytes() == b""  # nothing changed


def test_repair_reads_every_month_whole(store: Path, exported: str, tmp_path: Path) -> None:
    """Damage in the middle of a file, of the same size, is not seen by the commands' quick look: `repair` reads
    every month and makes it again."""
    shutil.copytree(store, tmp_path, dirs_exist_ok=True)
    month = tmp_path / "db.d" / "2024-03.1.json"
    data = bytearray(month.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8] = b"\x00" * 8
    month.write_bytes(bytes(data))
    result = kqreader("repair", f"--db={tmp_path / 'db.json'}")
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"kqreader: {month} was damaged: month 2024-03 made again from its documents as parsed\n"
    assert result.stdout == "checked 7 months: 1 made again\n"
    assert kqreader("export", f"--db={tmp_path / 'db.json'}").stdout == exported
    assert kqreader("repair", f"--db={tmp_path / 'db.json'}").stdout == "checked 7 months: 0 made again\n"
