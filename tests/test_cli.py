"""The command line as a person uses it: installed entry points, one stderr line per bad file, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kqreader import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kqreader", *args], capture_output=True, text=True, check=False)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"kqreader {__version__}"


def test_bad_files_give_one_line_each_and_good_files_still_show(tmp_path: Path, documents: Path) -> None:
    (tmp_path / "leeg.md").write_bytes(b"")
    (tmp_path / "plaatje.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "goed.md").write_bytes((documents / "kv-2024Z00101-leden.md").read_bytes())
    result = run(str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{tmp_path / 'leeg.md'}: error: the file is empty",
        f"{tmp_path / 'plaatje.txt'}: error: binary data, not a text document",
    ]
    assert "Traceback" not in result.stderr
    assert "2024Z00101" in result.stdout and "[bold]niet[/bold]" in result.stdout


def test_sample_data_by_default() -> None:
    result = run()
    assert result.returncode == 0 and result.stderr == ""
    assert "2019Z12806" in result.stdout and "ah-tk-20242025-1234" in result.stdout
