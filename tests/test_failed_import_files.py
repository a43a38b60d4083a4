"""An import that fails while it writes its months (Ctrl+C, a full disk) leaves no file behind: the months' temporary
files and the months it had already named go at once, not at the next import (#41)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kqreader.store.session as session
from kqreader.store import reader_files
from kqreader.store.database import Store
from kqreader.store.importing import import_paths
from kqreader.store.json_files import StoreError

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"
FIRST = [SAMPLES / "2019Z12806-vragen.md", SAMPLES / "2019Z12806-antwoorden.md"]
MORE = [SAMPLES / "2024Z00101-vragen.md", SAMPLES / "2024Z00102-vragen.txt", SAMPLES / "2024Z00104-antwoorden.md"]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "kq.json")
    import_paths(store, FIRST)
    return store


def _files(store: Store) -> dict[str, bytes]:
    """Every file of the store (its folder and beside it), with its bytes."""
    return {str(p.relative_to(store.path.parent)): p.read_bytes() for p in sorted(store.path.parent.rglob("*"))
            if p.is_file() and not p.name.endswith(".lock")}  # fmt: skip


def _interrupted_at(monkeypatch: pytest.MonkeyPatch, month: int) -> list[int]:
    """Ctrl+C while the `month`-th month's reader file is built (its other files written): one entry a month begun."""
    real = reader_files.build_from
    made: list[int] = []

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(1)
        if len(made) == month:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(reader_files, "build_from", interrupted)
    return made


def test_ctrl_c_while_a_month_is_made_leaves_no_temporary_file(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = _files(store)
    made = _interrupted_at(monkeypatch, 2)  # the second month: the first is made, this one has two of its three files
    with pytest.raises(KeyboardInterrupt):
        import_paths(store, MORE)
    assert len(made) == 2
    assert _files(store) == before  # no .month.*.tmp, no month of the generation that was never named
    assert {d.id for d in store.dossiers()} == {"2019Z12806"}


def test_a_failure_after_the_months_were_named_removes_them(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = _files(store)

    def full_disk(self, generation, made, homes, rows):  # type: ignore[no-untyped-def]
        assert any(name.startswith(".month.") for name in map(str, _files(store))) is False  # named by now
        assert len(_files(store)) > len(before)  # the new generation's months, not yet in a manifest
        raise StoreError(store.path, "cannot write: no space left on device")

    monkeypatch.setattr(session.ImportSession, "_write_generation", full_disk)
    with pytest.raises(StoreError):
        import_paths(store, MORE)
    assert _files(store) == before
    monkeypatch.undo()
    import_paths(store, MORE)  # and the next import is whole
    assert {d.id for d in store.dossiers()} == {"2019Z12806", "2024Z00101", "2024Z00102", "2024Z00104"}


def test_a_month_that_cannot_be_named_leaves_none_of_its_files(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = _files(store)
    real = session.os.replace
    calls: list[str] = []

    def refused(source, target):  # type: ignore[no-untyped-def]
        calls.append(str(target))
        if str(target).endswith(".rows"):  # a month's last file: its other two are named already
            raise OSError(28, "No space left on device")
        return real(source, target)

    monkeypatch.setattr(session.os, "replace", refused)
    with pytest.raises(StoreError):
        import_paths(store, MORE)
    monkeypatch.undo()
    assert any(call.endswith(".json") for call in calls)
    assert _files(store) == before


def test_ctrl_c_during_a_first_import_leaves_an_empty_folder(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "kq.json")
    _interrupted_at(monkeypatch, 3)  # two months made and named
    with pytest.raises(KeyboardInterrupt):
        import_paths(store, [*FIRST, *MORE])
    monkeypatch.undo()
    assert not store.path.exists() and list(store.layout.folder.iterdir()) == []
    import_paths(store, [*FIRST, *MORE])  # no "cut short" store: the next import starts afresh
    assert len(store.dossiers()) == 4
