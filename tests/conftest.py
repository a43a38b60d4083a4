"""Shared fixtures: the project's own test documents, and ../shared (skipped when absent)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kqreader import i18n

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = Path(__file__).resolve().parent / "documents"
SHARED = ROOT.parent / "shared"

# The tests read the interface in English unless they ask for Dutch (the `dutch` fixture); the commands they start
# inherit the choice. kqreader itself speaks Dutch by default.
os.environ[i18n.CHOICE] = "en"
i18n.use("en")


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Each test starts (and ends) in English, whatever the one before it spoke."""
    i18n.use("en")
    yield
    i18n.use("en")


@pytest.fixture
def dutch() -> Iterator[None]:
    """The interface in Dutch for this test."""
    i18n.use("nl")
    yield
    i18n.use("en")


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The tests' HTTP servers are local: a proxy in the environment must not stand between."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture
def shared() -> Path:
    """The shared material (seeds, real corpus); a user's checkout does not have it."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture
def documents() -> Path:
    return DOCUMENTS
