"""The statistics' group headings read whole at 80 columns and narrower (`s` in the reader draws the table 76
columns wide, `kqreader stats` 80): a heading in the narrow first column wraps, never cut ("Per ministerie
(geadressee…")."""

from __future__ import annotations

from datetime import date

import pytest
from rich.console import Console

from kqreader.analysis import stats
from kqreader.output.stats_view import figures_table
from tests.reader_factory import sample_dossiers


@pytest.mark.parametrize("width", [60, 76, 80])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_group_headings_wrap_whole_at_80_columns(width: int, language: str, request: pytest.FixtureRequest) -> None:
    if language == "nl":
        request.getfixturevalue("dutch")
    rows, _buckets = stats.summarised(sample_dossiers(), date(2024, 6, 1), {}, None)
    console = Console(width=width, record=True, color_system=None)
    console.print(figures_table(rows))
    lines = [line.strip() for line in console.export_text().splitlines()]
    assert "…" not in "".join(line.split("  ")[0] for line in lines)  # no name, no heading cut
    words = " ".join(line.split("  ")[0] for line in lines)
    headings = {"en": ["By ministry (addressee)", "By answering minister", "By party"],
                "nl": ["Per ministerie (geadresseerde)", "Per antwoordende bewindspersoon", "Per partij"]}
    for heading in headings[language]:
        assert heading in words, heading
