"""The bundled sample data imports cleanly and shows a new user more than one kind of dossier."""

from __future__ import annotations

from pathlib import Path

from kqreader.cli import bundled_samples, import_paths
from kqreader.store.database import Store


def test_sample_data_makes_eight_dossiers_from_text_pdf_and_word(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    report, failed = import_paths(store, [bundled_samples()])
    assert (report.imported, failed) == (12, 0)
    dossiers = store.dossiers()
    assert [d.id for d in dossiers] == [
        "2019Z12806", "2024Z00101", "2024Z00102", "ah-tk-20232024-1314", "2024Z00103", "2024Z00104", "2024Z11859",
        "ah-tk-20242025-1234",
    ]  # fmt: skip  (by month, then id)
    by_id = {d.id: d for d in dossiers}
    assert {d.status for d in dossiers} == {"answered", "delayed"}
    assert by_id["2024Z00103"].status == "delayed"
    assert [a.covers for a in by_id["2019Z12806"].answers] == [[1], [2, 3], [4, 5], [6, 7]]
    assert len(by_id["2019Z12806"].sources) == 2
    assert [a.covers for a in by_id["ah-tk-20232024-1314"].answers] == [[1], [2], [3, 4, 5], [6]]  # the PDF
    assert [a.covers for a in by_id["2024Z11859"].answers][2] == [3, 8]  # the Word letter
