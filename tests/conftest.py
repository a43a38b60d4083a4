"""Shared fixtures: the project's own test documents, and ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = Path(__file__).resolve().parent / "documents"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The shared material (seeds, real corpus); a user's checkout does not have it."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture
def documents() -> Path:
    return DOCUMENTS
