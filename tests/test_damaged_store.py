"""Every file kqreader keeps, damaged in turn, under every command: one line or a working command, never a
traceback, and no import that drops dossiers it did not replace."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from kqreader.store import Store
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


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize(
    "name", ["db.json", "db.d/2019-06.1.json", "db.d/2019-06.1.parts.json", "db.d/2019-06.1.rows", "db.d/files.1.json",
             "db.d/homes.1.json"]
)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_damaged_store_file_is_one_line_and_loses_nothing(
    store: Path, tmp_path: Path, name: str, damage: str, command: str
) -> None:
    shutil.copytree(store, tmp_path, dirs_exist_ok=True)
    original = (tmp_path / name).read_bytes()
    (tmp_path / name).write_bytes(DAMAGES[damage](original))
    args = [part.replace("{db}", f"--db={tmp_path / 'db.json'}") for part in COMMANDS[command]]
    result = kqreader(*args)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)
    if result.returncode == 1:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith(str(tmp_path)), result.stderr  # names the file
    if command == "import" and result.returncode == 0:  # whatever it read, it dropped no dossier
        assert len(Store(tmp_path / "db.json").manifest().homes) >= 9, (name, damage)
    if name.endswith(".rows"):  # derived: made again from the store by the first command that reads it
        assert result.returncode == 0, result.stderr
    elif name != "db.json":  # a damaged file of record is never rewritten (a rebuild keeps it as db.d.bak)
        assert (tmp_path / name).read_bytes() == DAMAGES[damage](original)
