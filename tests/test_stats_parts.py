"""`kqreader stats` and the vervolg-… parts: what an OCR'd page prints of an item begun on the page before is part of
a set, not a set. It counts with its set when the set is in the store (the set's page ends inside it and prints its
page number: the set names the part, Dossier.continued), and is left out of the set counts otherwise; the legend
says which. Real pages: tests/sgd/crawl_dev (their provenance: its README)."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from kqreader.parsing import parse_parts
from tests.helpers import imported, kqreader

CRAWL = Path(__file__).parent / "sgd" / "crawl_dev"
PAGE_272 = CRAWL / "crawl-0000199452.txt"  # 1974-1975, blz. 272: opens inside an item, ends inside item 343
# The page before it, written for this test after what page 272 prints of its item (the crawl holds no page 271):
# item 341, the questions of the member Vellenga on Groot-Emaus te Ermelo (ingezonden 18 oktober 1974, as the
# Mededeling on page 272 says), the page ending inside its Toelichting; the page number under the footer, as printed.
PAGE_271 = """341
Vragen van het lid Vellenga (P.v.d.A.) inzake de arbeid van pupillen in Groot-Emaus te Ermelo. (Ingezonden 18 oktober 1974)
1 Is het waar, dat pupillen van het tehuis Groot-Emaus te Ermelo daar arbeid verrichten zonder dat zij daarvoor een loon ontvangen?
2 Acht de Staatssecretaris het juist, dat een gesubsidieerde instelling zich niet houdt aan de wettelijke regels die voor arbeid gelden?
Toelichting Het verrichten van
Tweede Kamer, zitting 1974-1975, Aanhangsel
271
"""  # noqa: E501


def _figures(database: Path) -> dict[str, object]:
    done = kqreader("stats", "--db", database, "--format", "json", "--today", "2026-12-07")
    assert done.returncode == 0, done.stderr
    return orjson.loads(done.stdout)["figures"][0]


def _legend(database: Path) -> str:
    done = kqreader("stats", "--db", database, "--lang", "en", "--today", "2026-12-07")
    assert done.returncode == 0, done.stderr
    return " ".join(done.stdout.split())


def test_the_item_a_page_ends_inside_names_the_part_the_next_page_prints() -> None:
    parts = {d.id: d.continued for d in parse_parts(PAGE_272.read_bytes(), str(PAGE_272))}
    assert parts == {"vervolg-19741975-blz272": None, "ah-tk-19741975-342": None,
                     "ah-tk-19741975-343": "vervolg-19741975-blz273"}  # fmt: skip


def test_the_shared_pages_name_the_parts_their_last_items_go_on_in() -> None:
    """The development pages of ../shared/corpus/sgd (the 1st, 3rd, … file) end inside seven items; none opens inside
    one (no vervolg-… part among them)."""
    pages = sorted((Path(__file__).parent.parent.parent / "shared/corpus/sgd").glob("sgd-*.txt"))[0::2]
    if not pages:
        pytest.skip("../shared is not here")
    named = {d.id: d.continued for page in pages for d in parse_parts(page.read_bytes(), str(page)) if d.continued}
    assert named["ah-tk-19931994-665"] == "vervolg-19931994-blz1350"  # sgd-0000004390.txt, page 1349
    assert len(named) >= 6 and all(n.startswith("vervolg-") for n in named.values())


def test_parts_whose_set_is_not_in_the_store_are_no_sets(tmp_path: Path) -> None:
    shutil.copytree(CRAWL, tmp_path / "pages")
    database = imported(tmp_path / "pages")
    exported = kqreader("export", "--db", database)
    ids = [d["id"] for d in orjson.loads(exported.stdout)["dossiers"]]
    parts = [i for i in ids if i.startswith("vervolg-")]
    assert parts  # the crawl's development pages that open inside an item (how many is the parser's to say)
    assert _figures(database)["sets"] == len(ids) - len(parts)
    said = f"{len(parts)} vervolg-… parts (what a scanned page prints of a set begun on the page before) are no sets: 0"
    assert said + f" counted with their set, {len(parts)} left out (their set is not among these)." in _legend(database)


def test_a_part_counts_with_its_set_when_the_set_is_in_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(PAGE_272, folder)
    (folder / "page-271.txt").write_text(PAGE_271, encoding="utf-8")
    database = imported(folder)
    figures = _figures(database)
    assert figures["sets"] == 3  # 341 (with what page 272 prints of it), 342, 343; the part is no set of its own
    assert "1 vervolg-… part (what a scanned page prints of a set begun on the page before) is no set: 1 counted " \
        "with their set, 0 left out" in _legend(database)
    shown = kqreader("stats", "--db", database, "--format", "csv", "--today", "2026-12-07").stdout
    assert shown.count("(unknown)") == 1  # the ministries' row only: 341's and 342's addressees are not printed
    only = tmp_path / "only"
    only.mkdir()
    shutil.copy(PAGE_272, only)
    assert _figures(imported(only))["sets"] == 2  # without page 271 the part is left out
