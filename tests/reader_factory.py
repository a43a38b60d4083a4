"""The reader as tests build it: the bundled samples, a fixed 'today', no system clipboard tool."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kqreader.cli import bundled_samples
from kqreader.model import Dossier
from kqreader.parsing import combine, parse_file
from kqreader.store.importing import document_paths
from kqreader.tui.app import ReaderApp
from kqreader.tui.settings import Settings

TODAY = date(2024, 6, 1)


def sample_dossiers() -> list[Dossier]:
    """The sample documents combined by dossier id, as the store would hold them."""
    return _combined(bundled_samples())


REAL = Path(__file__).parent / "real"  # official documents found in public repositories (provenance in its README)


def real_dossiers() -> list[Dossier]:
    """The documents of tests/real combined by dossier id (with the samples: a store where real sets share a
    subject, e.g. ah-tk-20232024-2313 and 2024Z18882 on the UWV's WIA assessments)."""
    return _combined(REAL)


def _combined(folder: Path) -> list[Dossier]:
    parts: dict[str, list[Dossier]] = {}
    for path in document_paths([folder]):
        if Path(path).name == "README.md":
            continue
        part = parse_file(path)
        part.sources[0].path = Path(path).name  # stable across machines
        parts.setdefault(part.id, []).append(part)
    return [combine(group) for _, group in sorted(parts.items())]


def make_app(dossiers: list[Dossier] | None = None, **options: object) -> ReaderApp:
    """The reader over the samples, oldest first (what the tests' rows assume; the reader's default is newest
    first)."""
    options.setdefault("settings", Settings(order="oldest"))
    return ReaderApp(sample_dossiers() if dossiers is None else dossiers, today=TODAY, **options)  # type: ignore[arg-type]
