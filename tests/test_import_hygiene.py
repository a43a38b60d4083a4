"""Layers below tui/ never import Textual (checked in a fresh interpreter, so nothing leaks in from tests)."""

from __future__ import annotations

import subprocess
import sys

import pytest

BELOW_TUI = [
    "kqreader.model", "kqreader.parsing", "kqreader.codec", "kqreader.store", "kqreader.search",
    "kqreader.citation", "kqreader.exporting", "kqreader.browse", "kqreader.timeliness", "kqreader.stats",
    "kqreader.statsview",
]  # fmt: skip


@pytest.mark.parametrize("module", BELOW_TUI)
def test_no_textual_below_tui(module: str) -> None:
    code = f"import sys, {module}; print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
