"""Shared fixtures: the project's own test documents, and ../shared (skipped when absent); a home of the tests' own.

The suite runs with its own HOME and XDG folders (and APPDATA, for Windows), set here before any test and inherited
by every command a test starts: no test reads or writes the user's watch list, settings, store or caches. The
user's own kqreader folders are looked at before and after the run, and the run fails when anything in them changed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from kqreader import i18n

_HOMES = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA")


def _users_folders() -> list[Path]:
    """The user's kqreader folders, as kqreader finds them (before the tests' home is set)."""
    return [Path(platformdirs.user_config_dir("kqreader", appauthor=False)),
            Path(platformdirs.user_data_dir("kqreader", appauthor=False)),
            Path(platformdirs.user_cache_dir("kqreader", appauthor=False)),
            Path(platformdirs.user_state_dir("kqreader", appauthor=False))]  # fmt: skip


def _looked_at(folders: list[Path]) -> dict[str, tuple[int, int]]:
    """Every file and folder below `folders`, with its size and time of change (what a change would move)."""
    seen: dict[str, tuple[int, int]] = {}
    for folder in folders:
        for root, names, files in os.walk(folder):
            for name in [*names, *files]:
                path = os.path.join(root, name)
                try:
                    status = os.lstat(path)
                except OSError:
                    continue
                seen[path] = (status.st_size, status.st_mtime_ns)
        if folder.exists():
            seen[str(folder)] = (0, folder.lstat().st_mtime_ns)
    return seen


USERS_FOLDERS = _users_folders()
USERS_FILES = _looked_at(USERS_FOLDERS)
TESTS_HOME = Path(tempfile.mkdtemp(prefix="kqreader-tests-home-"))
for _name in _HOMES:
    os.environ[_name] = str(TESTS_HOME / ("" if _name == "HOME" else _name.lower()))


@pytest.fixture(scope="session", autouse=True)
def _users_files_untouched() -> Iterator[None]:
    """The tests' home for the whole run; afterwards, the run fails when the user's kqreader folders changed."""
    yield
    changed = _looked_at(USERS_FOLDERS)
    differing = sorted({*changed, *USERS_FILES} - {p for p in changed if changed.get(p) == USERS_FILES.get(p)})
    shutil.rmtree(TESTS_HOME, ignore_errors=True)
    if differing:
        pytest.fail(f"the tests changed the user's kqreader files: {', '.join(differing[:10])}", pytrace=False)

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
