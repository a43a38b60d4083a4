"""Ctrl+C during an import says what was kept: nothing (the store as it was; with --rebuild, the old one beside it),
or all of it when the import had been written (#41)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kqreader.store.importing as store_importing
from kqreader.cli.importing import import_paths
from kqreader.store.database import Store

SAMPLES = Path(__file__).parent.parent / "sample_data"


def _interrupted_after(files: int, *, kept: bool = False):  # type: ignore[no-untyped-def]
    """An import that reads `files` files and is then stopped by Ctrl+C (after writing the store, when `kept`)."""
    real = store_importing.import_paths

    def run(store, paths, *, rebuild=False, progress=None, withdrawn=()):  # type: ignore[no-untyped-def]
        if kept:
            real(store, paths, rebuild=rebuild, withdrawn=withdrawn)
        assert progress is not None
        with progress(12) as advance:
            for _file in range(files):
                advance()
            if not kept and rebuild:  # as open_session sets the old store aside
                for path in (store.path, store.layout.folder):
                    path.rename(path.with_name(path.name + ".bak"))
            raise KeyboardInterrupt

    return run


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "kq.json")
    store_importing.import_paths(store, [SAMPLES / "2019Z12806-vragen.md"])
    return store


def test_ctrl_c_before_the_import_was_written_says_nothing_was_imported(store: Store, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    before = store.path.read_bytes()
    monkeypatch.setattr(store_importing, "import_paths", _interrupted_after(5))
    with pytest.raises(KeyboardInterrupt):
        import_paths(store, [SAMPLES])
    said = capsys.readouterr().err
    assert said == ("kqreader: import stopped (Ctrl+C) after 5 of 12 files: nothing was imported, the database is "
                    "as it was (the next import reads them all)\n")  # fmt: skip
    assert store.path.read_bytes() == before


def test_ctrl_c_once_the_import_was_written_says_it_was_kept(store: Store, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(store_importing, "import_paths", _interrupted_after(12, kept=True))
    with pytest.raises(KeyboardInterrupt):
        import_paths(store, [SAMPLES / "2024Z00101-vragen.md"])
    said = capsys.readouterr().err
    assert said == "kqreader: import stopped (Ctrl+C) after it was kept: the 12 files are in the database\n"
    assert {d.id for d in store.dossiers()} == {"2019Z12806", "2024Z00101"}


def test_ctrl_c_during_a_rebuild_names_the_database_set_aside(store: Store, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(store_importing, "import_paths", _interrupted_after(3))
    with pytest.raises(KeyboardInterrupt):
        import_paths(store, [SAMPLES], rebuild=True)
    said = capsys.readouterr().err
    assert "after 3 of 12 files: nothing was imported; the database before --rebuild is kept as " in said
    assert "kq.json.bak, " in said and "kq.d.bak; to restore it: move " in said
    assert store.path.with_name("kq.json.bak").exists()
