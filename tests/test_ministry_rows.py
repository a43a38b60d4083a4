"""Issue 38 item 5: every ministry row of `kqreader stats` a ministry, every minister row one person in one office.
A closed table of the ministries since 1965 (and the portfolios of ministers "voor …"): words that are none of them
are no ministry row, and the import says so in a doubt. The spellings are real: each is printed so on the page named
beside it (`tests/sgd/crawl_dev/`, `tests/evaluation/answers/docs/`)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import orjson
import pytest

from kqreader.analysis import stats
from kqreader.facts.answerers import answerers
from kqreader.facts.ministries import MINISTRIES, ministries_of, unread, unread_doubts
from kqreader.model import Dossier
from kqreader.store.database import Store
from tests.helpers import kqreader

TESTS = Path(__file__).parent
CRAWL = TESTS / "sgd" / "crawl_dev"
DOCS = TESTS / "evaluation" / "answers" / "docs"
LVVN = "Landbouw, Visserij, Voedselzekerheid en Natuur"

# The roles as the parser hands them on (answered_by) -> the rows of the statistics
ROLES = [
    (["de heer Braks, Minister van Landbouw en Visserij"],  # crawl-0000089655.txt: the holder first
     [f"minister Braks ({LVVN})"]),
    (["de heer Ter Beek, ministervan Defensie"], ["minister Ter Beek (Defensie)"]),  # crawl-0000010361.txt
    (["de heer Van der Stoel, Minister van Buitenlandse Zaken",  # crawl-0000198511.txt: the answer's text after it
      "heer Vredeling, Minister van Defensie. (Ingezonden 3 september 1975) 1 Ja. Volgens de informatie welke "
      "ondergetekende inmiddels heeft ingewonnen heeft Bondskanselier Schmidt echter in het bewuste interview"],
     ["minister Van der Stoel (Buitenlandse Zaken)", "minister Vredeling (Defensie)"]),
    (["Minister Vredeling (Defensie). (Zie ook Aanhangsel Handelingen Tweede Kamer, zitting 1975-1976, nr. 59)"],
     ["minister Vredeling (Defensie)"]),  # crawl-0000193629.txt: a reference after the office
    (["Minister Lubbers Economische Zaken)"], ["minister Lubbers (Economische Zaken)"]),  # crawl-0000188231.txt
    (["minister Nijpels (Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer). ()"],  # sgd-0000099421.txt
     ["minister Nijpels (Volkshuisvesting en Ruimtelijke Ordening)"]),
    (["minister Ritzen, (Onderwijs en Wetenschappen)"],  # crawl-0000019761.txt
     ["minister Ritzen (Onderwijs, Cultuur en Wetenschap)"]),
    (["minister Braks (Buitenlandse Zaken a.i.)"],  # crawl-0000091374.txt: the minister of Landbouw, acting
     ["minister Braks (Buitenlandse Zaken a.i.)"]),
    (["Minister Nypels (Justitie a.i.)"],  # crawl-0000150823.txt: Nypels (VRO, 1982), not Nijpels (VROM, 1986-1989)
     ["minister Nypels (Justitie en Veiligheid a.i.)"]),
    (["staatssecretaris Koning (Financiën)",  # sgd-0000133036.txt: the holder after the office
      "staatssecretaris van Sociale Zaken en Werkgelegenheid, mevrouw Kappeijne van de Coppello"],
     ["staatssecretaris Koning (Financiën)",
      "staatssecretaris Kappeijne van de Coppello (Sociale Zaken en Werkgelegenheid)"]),
    (["Minister Van Weel (Justitie en Veiligheid) en antwoord",  # limburg/048-…: "en antwoord van" at a line end
      "Staatssecretaris Coenradie (Justitie en Veiligheid)"],
     ["minister Van Weel (Justitie en Veiligheid)", "staatssecretaris Coenradie (Justitie en Veiligheid)"]),
    (["Minister Bruins Slot (Buitenlandse Zaken)", "Minister van Defensie",  # learninglion/ah-tk-20232024-1543.txt
      "Minister-President, Minister van Algemene Zaken"],
     ["minister Bruins Slot (Buitenlandse Zaken)", "minister van Defensie", "minister-president"]),
    (["minister Korthals Altes (Justitie)", "minister van Binnenlandse Zaken.1"],  # crawl-0000107165.txt: a mark
     ["minister Korthals Altes (Justitie en Veiligheid)", "minister van Binnenlandse Zaken en Koninkrijksrelaties"]),
    (["Minister Van Weel (Justitie en Veiligheid) en antwoord van Staatssecretaris Coenradie (Justitie en "
      "Veiligheid)"],  # limburg/048-…, the line whole: two persons in one text
     ["minister Van Weel (Justitie en Veiligheid)", "staatssecretaris Coenradie (Justitie en Veiligheid)"]),
    (["Minister Bruins Slot (Buitenlandse Zaken), mede namens de Minister van Defensie"],  # …-1543.txt, whole
     ["minister Bruins Slot (Buitenlandse Zaken)", "minister van Defensie"]),
    (["Minister Van den Broek (Buitenlandse Zaken)", "ministers van Algemene Zaken en van Defensie"],  # crawl-…114774
     ["minister Van den Broek (Buitenlandse Zaken)", "minister-president", "minister van Defensie"]),  # AZ's minister
    (["Minister Veldkamp (Buitenlandse Zaken)", "Minister van Infrastructuur en Waterstaat (ontvangen"],
     ["minister Veldkamp (Buitenlandse Zaken)", "minister van Infrastructuur en Waterstaat"]),  # …-2353.txt
]  # fmt: skip


@pytest.mark.parametrize(("roles", "shown"), ROLES)
def test_each_answerer_is_one_person_in_one_office(roles: list[str], shown: list[str]) -> None:
    assert [a.shown for a in answerers(Dossier(id="ah-tk-19741975-1", answered_by=roles))] == shown


@pytest.mark.parametrize(("role", "shown"), [  # kinds the pages above do not show, as letters and OCR print them
    ("Minister J. de Koning (Landbouw en Visserij)", f"minister De Koning ({LVVN})"),  # initials: not in the name
    ("Minister mr. Van Agt (Justitie)", "minister Van Agt (Justitie en Veiligheid)"),  # a degree
    ("Minister Van Agt", "minister Van Agt"),  # a name with "Van", no ministry
    ("Minister Justitie en Veiligheid", "minister van Justitie en Veiligheid"),  # "van" left out: no person
    ("Minister van Defensic", "minister van Defensie"),  # one OCR letter off
    ("Minister Rutte (Algemene Zaken)", "minister-president Rutte (Algemene Zaken)"),
    ("de heer Van Agt, Minister-President, Minister van Algemene Zaken", "minister-president Van Agt (Algemene Zaken)"),
    ("Minister-President, Minister van Algemene Zaken, de heer Lubbers", "minister-president Lubbers (Algemene Zaken)"),
])  # fmt: skip
def test_a_name_is_a_name(role: str, shown: str) -> None:
    assert answerers(Dossier(id="ah-tk-19801981-1", answered_by=[role]))[0].shown == shown


@pytest.mark.parametrize(("addressee", "found"), [
    ("Minister Vredeling (Defensie). (Zie ook Aanhangsel Handelingen Tweede Kamer, zitting 1975-1976, nr. 59)",
     ["Defensie"]),
    ("Minister Lubbers Economische Zaken)", ["Economische Zaken"]),
    ("minister Nijpels (Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer). ()",
     ["Volkshuisvesting en Ruimtelijke Ordening"]),
    ("de heer Braks, Minister van Landbouw en Visserij", [LVVN]),
    ("Ministers van Verkeer en Waterstaat, voor Ontwikkelingssamenwerking, van Binnenlandse Zaken, van Justitie en "
     "van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",  # sgd-0000141630.txt
     ["Infrastructuur en Waterstaat", "Buitenlandse Handel en Ontwikkelingshulp",
      "Binnenlandse Zaken en Koninkrijksrelaties", "Justitie en Veiligheid",
      "Volkshuisvesting en Ruimtelijke Ordening"]),
    ("Minister van Welzijn, Volksgezondheid en Cultuur", ["Volksgezondheid, Welzijn en Sport"]),
    ("Minister van Cultuur, Recreatie en Maatschappelijk Werk", ["Volksgezondheid, Welzijn en Sport"]),
    ("Minister voor Rechtsbescherming", ["Rechtsbescherming"]),  # a portfolio "voor …": a row of its own
    ("Minister van Volkshuisvestlng, Ruimtelijke Ordening en Milieubeheer",  # one OCR letter off a long name
     ["Volkshuisvesting en Ruimtelijke Ordening"]),
    ("Zie ook Aanhangsel Handelingen Tweede Kamer, zitting 1975-1976, nr. 59", []),  # no ministry: no row
    ("Minister van Oorlog", []),  # not since 1965
    ("de Voorzitter", []),
])  # fmt: skip
def test_only_the_tables_ministries_are_ministry_rows(addressee: str, found: list[str]) -> None:
    assert ministries_of(addressee) == found
    assert set(found) <= set(MINISTRIES)


def test_words_not_read_as_a_ministry_are_said() -> None:
    reference = "Zie ook Aanhangsel Handelingen Tweede Kamer, zitting 1975-1976, nr. 59"
    printed = [reference, "Minister", "Minister van Oorlog", "Minister Lubbers Economische Zaken)"]
    assert unread(printed) == [reference, "Oorlog"]
    odd = Dossier(id="ah-tk-19751976-1", addressees=["Minister van Oorlog"], answered_by=["Minister van Oorlog"])
    assert stats.ministry_names(odd) == ["(unknown)"]
    assert unread_doubts(odd) == ["«Oorlog» is not read as a ministry (it is none of the ministries since 1965): the "
                                  "statistics do not count the set under it."]  # fmt: skip
    odd.doubts.extend(unread_doubts(odd))
    assert unread_doubts(odd) == []  # once


PAGES = [CRAWL / f"crawl-0000{page}.txt" for page in ("198511", "188231", "193629", "089655", "091374", "150823",
                                                       "019761", "010361", "107165")]  # fmt: skip
PAGES += [DOCS / "sgd" / "sgd-0000099421.txt", DOCS / "sgd" / "sgd-0000133036.txt",
          DOCS / "learninglion" / "ah-tk-20232024-1543.txt", DOCS / "learninglion" / "ah-tk-20232024-2353.txt",
          *sorted((DOCS / "limburg").glob("048-*.txt"))]  # fmt: skip


def test_the_rows_of_stats_on_real_pages(tmp_path: Path) -> None:
    """Fourteen real pages, each showing one of the kinds above: every ministry row a ministry, every minister row
    one person in one office — none of them a name with a ministry glued on, a date or an answer's text."""
    if len(PAGES) != 14 or not all(page.exists() for page in PAGES):
        pytest.skip("the development pages are not here")
    for page in PAGES:
        shutil.copy(page, tmp_path / page.name)
    database = tmp_path / "kq.json"
    assert kqreader("import", "--db", database, tmp_path).returncode == 0
    figures = orjson.loads(kqreader("stats", "--db", database, "--format", "json").stdout)["figures"]
    rows = [(r["group"], r["name"], r["sets"]) for r in figures if r["group"] in ("ministry", "minister")]
    assert rows == [
        ("ministry", "Buitenlandse Zaken", 4),
        ("ministry", "Defensie", 4),
        ("ministry", "Justitie en Veiligheid", 3),
        ("ministry", "Binnenlandse Zaken en Koninkrijksrelaties", 2),
        ("ministry", "Volkshuisvesting en Ruimtelijke Ordening", 2),
        ("ministry", "Economische Zaken", 1),
        ("ministry", "Financiën", 1),
        ("ministry", "Infrastructuur en Waterstaat", 1),
        ("ministry", "Landbouw, Visserij, Voedselzekerheid en Natuur", 1),
        ("ministry", "Onderwijs, Cultuur en Wetenschap", 1),
        ("ministry", "Sociale Zaken en Werkgelegenheid", 1),
        ("minister", "minister van Binnenlandse Zaken en Koninkrijksrelaties", 2),
        ("minister", "minister Vredeling (Defensie)", 2),  # "(Defensie). (Zie ook …)", "de heer Vredeling, …"
        ("minister", "minister Braks (Buitenlandse Zaken a.i.)", 1),  # acting, in August 1989
        ("minister", "minister Braks (Landbouw, Visserij, Voedselzekerheid en Natuur)", 1),
        ("minister", "minister Bruins Slot (Buitenlandse Zaken)", 1),
        ("minister", "minister Korthals Altes (Justitie en Veiligheid)", 1),
        ("minister", "minister Lubbers (Economische Zaken)", 1),
        ("minister", "minister Nijpels (Volkshuisvesting en Ruimtelijke Ordening)", 1),
        ("minister", "minister Nypels (Justitie en Veiligheid a.i.)", 1),
        ("minister", "minister Ritzen (Onderwijs, Cultuur en Wetenschap)", 1),
        ("minister", "minister Ter Beek (Defensie)", 1),
        ("minister", "minister van Defensie", 1),
        ("minister", "minister Van der Stoel (Buitenlandse Zaken)", 1),
        ("minister", "minister van Infrastructuur en Waterstaat", 1),
        ("minister", "minister van Volkshuisvesting en Ruimtelijke Ordening", 1),
        ("minister", "minister Van Weel (Justitie en Veiligheid)", 1),
        ("minister", "minister Veldkamp (Buitenlandse Zaken)", 1),
        ("minister", "minister-president", 1),  # "Minister-President, Minister van Algemene Zaken"
        ("minister", "staatssecretaris Coenradie (Justitie en Veiligheid)", 1),
        ("minister", "staatssecretaris Kappeijne van de Coppello (Sociale Zaken en Werkgelegenheid)", 1),
        ("minister", "staatssecretaris Koning (Financiën)", 1),
        ("minister", "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", 1),
        ("minister", "staatssecretaris van Justitie en Veiligheid", 1),
    ]
    dossiers = Store(database).dossiers()
    assert not [d.doubts for d in dossiers if any("ministry" in x for x in d.doubts)]
    # The holder named first, on pages of the Eerste Kamer
    assert {d.id: [a.shown for a in answerers(d)] for d in dossiers if d.id.startswith("ah-ek-")} == {
        "ah-ek-19881989-17": [f"minister Braks ({LVVN})"],  # "de heer Braks, Minister van Landbouw en Visserij"
        "ah-ek-19921993-18": ["minister Ter Beek (Defensie)"],  # "de heer Ter Beek, ministervan Defensie"
        "ah-ek-19741975-107": ["minister Van der Stoel (Buitenlandse Zaken)",  # "…, mede namens de heer
                               "minister Vredeling (Defensie)"],  # Vredeling, Minister van Defensie"
    }  # fmt: skip


def test_the_import_says_which_words_are_no_ministry(tmp_path: Path) -> None:
    """The page of crawl-0000188231.txt with its answerer's ministry made one that is not in the table: the set
    counts under "(unknown)", the person stays one row, and the document keeps a doubt naming the words."""
    page = CRAWL / "crawl-0000188231.txt"
    if not page.exists():
        pytest.skip("the crawl's development pages are not here")
    text = page.read_text(encoding="utf-8")
    assert "Minister Lubbers Economische Zaken)." in text
    (tmp_path / page.name).write_text(text.replace("Lubbers Economische Zaken).", "Lubbers (Oorlog)."), "utf-8")
    database = tmp_path / "kq.json"
    assert kqreader("import", "--db", database, tmp_path).returncode == 0
    figures = orjson.loads(kqreader("stats", "--db", database, "--format", "json").stdout)["figures"]
    assert [(r["group"], r["name"]) for r in figures if r["group"] in ("ministry", "minister")] == [
        ("ministry", "(unknown)"), ("minister", "minister Lubbers")]  # fmt: skip
    (dossier,) = Store(database).dossiers()
    assert [d for d in dossier.doubts if "ministry" in d] == [
        "«Oorlog» is not read as a ministry (it is none of the ministries since 1965): the statistics do not count "
        "the set under it."]  # fmt: skip


def test_a_slip_joins_a_name_of_the_same_years_only() -> None:
    """Staatssecretaris Meijer of CRM (crawl-0000199674.txt, 1975; CRM counted under VWS) and staatssecretaris
    Maeijer of VWS (real 037-Antwoord-op-vragen-van-het-lid-Westervel.txt, 2024) are one letter apart and two people;
    Westertsrp is Westerterp, OCR'd in the same years."""
    sets = [Dossier(id="ah-tk-19741975-562", answered_by=["Staatssecretaris Meijer (Cultuur, Recreatie en "
                                                          "Maatschappelijk Werk)"]),
            Dossier(id="ah-tk-19761977-1545", answered_by=["Staatssecretaris Meijer (Cultuur, Recreatie en "
                                                           "Maatschappelijk Werk)"]),
            Dossier(id="ah-tk-20242025-578", answered_by=["Staatssecretaris Maeijer (Volksgezondheid, Welzijn en "
                                                          "Sport)"]),
            Dossier(id="ah-tk-19741975-712", answered_by=["Minister Westerterp (Verkeer en Waterstaat)"]),
            Dossier(id="ah-tk-19741975-782", answered_by=["Minister Westerterp (Verkeer en Waterstaat)"]),
            Dossier(id="ah-tk-19751976-90", answered_by=["Minister Westertsrp (Verkeer en Waterstaat)"])]  # fmt: skip
    rows = {r.name: r.sets for r in stats.summarised(sets, date(2026, 12, 7))[0] if r.group == "minister"}
    assert rows == {"staatssecretaris Meijer (Volksgezondheid, Welzijn en Sport)": 2,
                    "staatssecretaris Maeijer (Volksgezondheid, Welzijn en Sport)": 1,
                    "minister Westerterp (Infrastructuur en Waterstaat)": 3}  # fmt: skip
