"""The list's shape file: the import writes it, the reader opens the list from it alone, and anything that does not
match it (a changed dossiers file, a damaged or missing shape file, a damaged month) is found and made again."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from kqreader.cli import import_paths
from kqreader.query.catalog import Catalog, open_catalog
from kqreader.query.language import parse_query
from kqreader.store.database import Store
from kqreader.store.reader_files import Shelf
from tests.conftest import ROOT

SAMPLES = ROOT / "sample_data"
TODAY = date(2024, 6, 1)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    return store


def _shape(store: Store) -> Path:
    return store.layout.shape(store.manifest().generation)


def _listed(catalog: Catalog) -> list[str]:
    return [catalog.summary(d).id for d in range(catalog.dossier_count)]


def _found(catalog: Catalog, text: str) -> int:
    return len(list(catalog.filter(parse_query(text)).rows))


def test_the_list_opens_from_the_shape_file_without_reading_a_month(store: Store) -> None:
    assert _shape(store).exists()
    catalog = open_catalog(store, TODAY, quick=True)
    assert catalog is not None
    assert all(isinstance(month, Shelf) and month.data is None for month in catalog._months)  # nothing mapped
    assert (catalog.dossier_count, catalog.question_count) == (8, 43)
    catalog.keep_open()  # what the reader does once the list is shown: every month mapped
    assert all(isinstance(month, Shelf) and month.data is not None for month in catalog._months)
    assert _listed(catalog)[0] == "2019Z12806" and _found(catalog, "azie") == 3


def test_a_missing_or_damaged_shape_file_is_written_again_at_open(store: Store) -> None:
    shape = _shape(store)
    whole = shape.read_bytes()
    expected = _listed(open_catalog(store, TODAY))
    for damage in (b"", whole[:-3] + b"\x07\x07\x07", whole.replace(b'"format":', b'"format":1', 1)):
        shape.write_bytes(damage)
        catalog = open_catalog(store, TODAY, quick=True)
        assert catalog is not None
        assert all(isinstance(month, Shelf) and month.data is not None for month in catalog._months)  # shelved
        assert _listed(catalog) == expected
        assert shape.read_bytes() == whole  # written again for the next open
    shape.unlink()
    assert _listed(open_catalog(store, TODAY)) == expected and shape.read_bytes() == whole


def test_a_dossiers_file_changed_since_is_not_taken_from_the_shape_file(store: Store) -> None:
    manifest = store.manifest()
    name, shard = sorted(manifest.shards.items())[0]
    dossiers = store.layout.dossiers(name, shard.generation)
    status = dossiers.stat()
    os.utime(dossiers, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))  # touched by someone
    assert open_catalog(store, TODAY, quick=True) is None  # its reader file must be made again: not quick
    catalog = open_catalog(store, TODAY)
    assert catalog.dossier_count == 8 and _found(catalog, "azie") == 3


def test_a_month_damaged_after_the_shape_was_written_is_made_again_when_used(store: Store) -> None:
    manifest = store.manifest()
    name, shard = sorted(manifest.shards.items())[0]
    rows = store.layout.rows(name, shard.generation)
    rows.write_bytes(b"not a reader file")
    catalog = open_catalog(store, TODAY, quick=True)
    assert catalog is not None  # the shape still describes the list
    assert _listed(catalog)[0] == "2019Z12806" and _found(catalog, "azie") == 3
    assert rows.read_bytes().startswith(b"kqreader reader file\n")  # made again from its dossiers
