"""Every output that names a set says where to read it and how to cite it (issue 41 item 10): the Markdown export
and every form of the digest carry the set's official page and its citation; an Atom entry has a link and an
author, so a feed reader can open it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

import orjson
import pytest

from kqreader.cli.common import with_sources
from kqreader.fetch import digests
from kqreader.fetch.watching import Change, Watch
from kqreader.store.database import Store
from tests.conftest import ROOT
from tests.helpers import kqreader

PAGE = "https://zoek.officielebekendmakingen.nl/kv-tk-2019Z12806"
CITED = "Vragen van het lid Ploumen (PvdA) aan de minister van Buitenlandse Zaken over de ontmoeting met de Chinese"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sources") / "db.json"
    assert kqreader("import", "--db", db, ROOT / "sample_data").returncode == 0
    return db


@pytest.fixture(scope="module")
def changes(samples: Path) -> list[Change]:
    """A change to a set in the store and one to a set it does not hold (no source to give: it is left as it is)."""
    raw = [Change("2019Z12806", "answered", date(2019, 7, 1), "de ontmoeting", Watch("set", "2019Z12806"), 11),
           Change("2030Z00001", "new", date(2030, 1, 2), "elders", Watch("party", "PvdD"))]  # fmt: skip
    return with_sources(raw, Store(samples).dossier)


def test_the_markdown_export_names_the_official_page_and_the_citation(samples: Path) -> None:
    markdown = kqreader("export", "--db", samples, "--format", "md", "id:2019Z12806").stdout
    assert f"- **Official page:** <{PAGE}>\n" in markdown
    assert f"- **Cite as:** {CITED}" in markdown and "2019Z12806; antwoord van minister Blok" in markdown


def test_the_command_line_fills_in_each_change_s_source(changes: list[Change]) -> None:
    known, unknown = changes
    assert known.link == PAGE and known.citation.startswith(CITED) and known.askers == "Ploumen (PvdA)"
    assert (unknown.link, unknown.citation, unknown.askers) == ("", "", "")


def test_every_form_of_the_digest_carries_the_source(changes: list[Change]) -> None:
    text = digests.as_text(changes).splitlines()
    assert text[0].startswith(" 1 Jul 2019  2019Z12806") and text[1].strip().startswith(CITED)
    assert text[2].strip() == PAGE and text[3].startswith(" 2 Jan 2030  2030Z00001")  # nothing to add: no line
    markdown = digests.as_markdown(changes).splitlines()
    assert markdown[0].startswith(f"- **1 July 2019** — [2019Z12806]({PAGE}): answered in 11 days")
    assert markdown[1].startswith(f"  Source: {CITED}") and markdown[2].startswith("- **2 January 2030** — 2030Z00001:")
    first = orjson.loads(digests.as_json(changes))["changes"][0]
    assert (first["link"], first["askers"]) == (PAGE, "Ploumen (PvdA)") and first["citation"].startswith(CITED)


def test_each_atom_entry_has_a_link_and_an_author(changes: list[Change]) -> None:
    feed = ElementTree.fromstring(digests.atom_feed(changes, now=datetime(2030, 1, 3, 9, 0)))
    entries = {entry.findtext(f"{ATOM}id"): entry for entry in feed.iter(f"{ATOM}entry")}
    answered = entries["urn:kqreader:2019Z12806:answered:2019-07-01"]
    link = answered.find(f"{ATOM}link")
    assert link is not None and link.get("href") == PAGE and link.get("rel") == "alternate"
    assert answered.findtext(f"{ATOM}author/{ATOM}name") == "Ploumen (PvdA)"
    assert CITED in (answered.findtext(f"{ATOM}summary") or "")
    other = entries["urn:kqreader:2030Z00001:new:2030-01-02"]
    assert other.findtext(f"{ATOM}author/{ATOM}name") == "Tweede Kamer der Staten-Generaal"  # Atom wants one
