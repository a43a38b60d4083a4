"""Layers below tui/ never import Textual (checked in a fresh interpreter, so nothing leaks in from tests). The
import layering itself is import-linter's contract in pyproject.toml, run by .ci/run."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kqreader

ABOVE_TEXTUAL_FREE = ("kqreader.tui", "kqreader.cli", "kqreader.__main__")


def below_tui() -> list[str]:
    """Every module of kqreader but the reader and the command line."""
    found = [m.name for m in pkgutil.walk_packages(kqreader.__path__, "kqreader.")]
    return sorted(name for name in found if not name.startswith(ABOVE_TEXTUAL_FREE))


def test_no_textual_below_tui() -> None:
    modules = below_tui()
    assert len(modules) > 60 and "kqreader.query.catalog" in modules and "kqreader.output.citation" in modules
    code = (f"import sys\nfor name in {modules!r}: __import__(name)\n"
            "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))[:3])")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
