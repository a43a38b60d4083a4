"""Small builders shared by the store and command-line tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def kqreader(*args: str | Path, env: dict[str, str] | None = None,
             cwd: Path | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Run the command line as a user would, in a fresh interpreter."""
    command = [sys.executable, "-m", "kqreader", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False, env=env, cwd=cwd)


def imported(folder: Path) -> Path:
    """A store beside the documents in `folder`, with all of them imported."""
    database = folder / "kq.json"
    done = kqreader("import", "--db", database, folder)
    assert done.returncode == 0, done.stderr
    return database


def write_question_sets(folder: Path, count: int, first: int = 1, year: int = 2030) -> list[str]:
    """`count` small question documents with zaaknummers {year}Z{first:05d}…; returns their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for number in range(first, first + count):
        ident = f"{year}Z{number:05d}"
        ids.append(ident)
        (folder / f"{ident}-vragen.md").write_text(
            f"## {ident}\n\nVragen van het lid Jansen (VVD) aan de Minister van Financiën over de begroting "
            f"nummer {number} (ingezonden 1 mei {year})\n\nVraag 1\n\nHoeveel kost regeling {number}?\n\n"
            "Vraag 2\n\nWanneer wordt zij geëvalueerd?\n",
            encoding="utf-8",
        )
    return ids
