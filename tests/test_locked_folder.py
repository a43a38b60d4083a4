"""A store in a folder the user cannot enter (another user's, mode 0700): one line naming that folder, exit 1, for
every command; never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
COMMANDS = {
    "open (piped)": [],
    "import": ["import", str(ROOT / "sample_data")],
    "import --rebuild": ["import", "--rebuild", str(ROOT / "sample_data")],
    "export": ["export"],
    "stats": ["stats"],
    "cite": ["cite", "2019Z12806"],
    "repair": ["repair"],
    "sync": ["sync", "--offline"],
    "fetch": ["fetch", "--offline", "2019Z12806"],
}


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A folder this test's commands cannot enter, and what runs a command as such a user: as root, without the
    capabilities that pass over file modes (the folder then belongs to nobody); otherwise a folder of mode 0."""
    folder = tmp_path / "other"
    folder.mkdir()
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot give up the right to enter any folder")
        os.chown(folder, 65534, 65534)
        folder.chmod(0o700)
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
    else:
        folder.chmod(0)
        prefix = []
    yield folder, prefix
    folder.chmod(0o700)


@pytest.mark.parametrize("inside", ["db.json", "deeper/db.json"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_store_in_a_folder_one_cannot_enter_is_one_line_naming_it(
    locked: tuple[Path, list[str]], command: str, inside: str
) -> None:
    folder, prefix = locked
    db = folder / inside
    args = [*prefix, sys.executable, "-m", "kqreader", "--lang", "en", *COMMANDS[command], "--db", str(db)]
    result = subprocess.run(args, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        f"kqreader: {folder}: error: cannot enter this folder (Permission denied), which holds the database {db}\n"
    )


def test_it_is_said_in_dutch(locked: tuple[Path, list[str]]) -> None:
    folder, prefix = locked
    args = [*prefix, sys.executable, "-m", "kqreader", "--lang", "nl", "export", "--db", str(folder / "db.json")]
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr == (
        f"kqreader: {folder}: fout: kan deze map niet openen (toegang geweigerd); hij bevat de database "
        f"{folder / 'db.json'}\n"
    )
