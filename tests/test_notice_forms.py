"""A Mededeling on an OCR'd Aanhangsel page says the answer is late in the era's words: each is a delay (the set
still waits), never an answer "per brief". Pages from the development labels of tests/sgd/crawl_dev/."""

from __future__ import annotations

from pathlib import Path

import pytest

from kqreader.parsing import parse_parts

CRAWL = Path(__file__).parent / "sgd" / "crawl_dev"


@pytest.mark.parametrize(
    ("page", "item", "day"),
    [
        ("crawl-0000027557.txt", "ah-tk-19901991-287", "1991-01-10"),  # "niet binnen de gestelde termijn"
        ("crawl-0000035727.txt", "ah-tk-19891990-398", "1990-03-12"),  # "ter beantwoording … overgedragen aan"
        ("crawl-0000199452.txt", "ah-tk-19741975-342", "1974-11-25"),  # "zullen … worden beantwoord zo spoedig …"
    ],
)
def test_the_eras_words_for_a_late_answer_are_a_delay(page: str, item: str, day: str) -> None:
    path = CRAWL / page
    [dossier] = [d for d in parse_parts(path.read_bytes(), str(path)) if d.id == item]
    assert [(n.kind, str(n.date)) for n in dossier.notices] == [("delay", day)]
