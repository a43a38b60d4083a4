"""One name per ministry: addressees as real letters print them, split into each ministry they name, by current
name — and the statistics count each ministry once."""

from __future__ import annotations

import pytest

from kqreader.analysis.stats import ministry_names
from kqreader.facts.ministries import addressed, asked_of, ministries_of, ministry
from kqreader.model import Dossier

JENV = "Justitie en Veiligheid"
BZK = "Binnenlandse Zaken en Koninkrijksrelaties"
VWS = "Volksgezondheid, Welzijn en Sport"


@pytest.mark.parametrize(("addressee", "found"), [  # each spelling below is one a real document of ours prints
    ("Minister van Justitie en Veiligheid", [JENV]), ("minister van Justitie en Veiligheid", [JENV]),
    ("Minister Justitie en Veiligheid", [JENV]), ("Minister van Veiligheid en Justitie", [JENV]),
    ("Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking",
     ["Buitenlandse Zaken", "Buitenlandse Handel en Ontwikkelingshulp"]),  # renamed in July 2024
    ("Minister Klever (Buitenlandse Handel en Ontwikkelingshulp)", ["Buitenlandse Handel en Ontwikkelingshulp"]),
    ("Staatssecretarissen van Volksgezondheid, Welzijn en Sport en van Binnenlandse Zaken en Koninkrijksrelaties",
     [VWS, BZK]),
    ("Minister en Staatssecretaris vanBinnenlandse Zaken en Koninkrijksrelaties", [BZK]),
    ("Ministers van Buitenlandse Zaken, van Justitie en Veiligheid en van Asiel en Migratie",
     ["Buitenlandse Zaken", JENV, "Asiel en Migratie"]),
    ("ministers van Landbouw, Natuur en Voedselkwaliteit en van Justitie en Veiligheid",
     ["Landbouw, Visserij, Voedselzekerheid en Natuur", JENV]),
    ("Minister van Sociale Zaken en Werkgelegenheid en deStaatssecretaris van Infrastructuur en Waterstaat",
     ["Sociale Zaken en Werkgelegenheid", "Infrastructuur en Waterstaat"]),
    ("Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)", ["Onderwijs, Cultuur en Wetenschap"]),
    ("Staatsecretaris van Volksgezondheid, Welzijn en Sport", [VWS]),
    ("Minister voor Klimaat en Energie", ["Klimaat en Energie"]),
    ("Minister van Economische Zaken en Klimaat", ["Economische Zaken"]),
    ("Minister", []),
])  # fmt: skip
def test_an_addressee_names_its_ministries(addressee: str, found: list[str]) -> None:
    assert ministries_of(addressee) == found


def test_short_forms_and_former_names() -> None:
    assert ministry("VenJ") == ministry("JenV") == ministry("Veiligheid en Justitie") == JENV
    assert ministry("IenM") == "Infrastructuur en Waterstaat" and ministry("EZK") == "Economische Zaken"
    assert ministry("Rechtsbescherming") == "Rechtsbescherming"  # a portfolio ("minister voor …"): a row of its own


def test_the_statistics_count_each_ministry_once() -> None:
    spelled = Dossier(id="2024Z01236", addressees=["minister van Justitie en Veiligheid",
                                                   "Ministers van Buitenlandse Zaken en van Justitie en Veiligheid"])
    assert ministry_names(spelled) == [JENV, "Buitenlandse Zaken", JENV]  # the grouping counts a set once per name
    assert ministry_names(Dossier(id="2024Z01237", addressees=["Minister"])) == ["(unknown)"]


def test_the_filter_finds_a_ministry_by_any_of_its_names() -> None:
    from kqreader.query.catalog import Catalog
    from kqreader.query.language import parse_query
    from tests.reader_factory import TODAY, sample_dossiers

    catalog = Catalog(sample_dossiers(), TODAY)

    def found(query: str) -> set[str]:
        return {catalog.summary(d).id for d in catalog.matching(parse_query(query))}

    assert found("ministerie:venj") == found("ministerie:jenv") == found('minister:"justitie en veiligheid"')
    assert found("ministerie:venj") == {"2024Z00104", "2024Z11859"}
    assert found("ministerie:lnv") == {"2024Z00103"}  # "Landbouw, Natuur en Voedselkwaliteit", now LVVN


@pytest.mark.parametrize(("addressees", "cited", "shown"), [  # each spelling below is one a real document prints
    (["Minister Justitie en Veiligheid"], "de minister van Justitie en Veiligheid",
     "de minister van Justitie en Veiligheid"),
    (["Minister van Veiligheid en Justitie"], "de minister van Veiligheid en Justitie",
     "de minister van Justitie en Veiligheid (toen Veiligheid en Justitie)"),
    (["Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking"],
     "de ministers van Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking",
     "de ministers van Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingshulp (toen Buitenlandse Handel "
     "en Ontwikkelingssamenwerking)"),
    (["Minister en Staatssecretaris vanBinnenlandse Zaken en Koninkrijksrelaties"],
     f"de minister en de staatssecretaris van {BZK}", f"de minister en de staatssecretaris van {BZK}"),
    (["Minister van Sociale Zaken en Werkgelegenheid en deStaatssecretaris van Infrastructuur en Waterstaat"],
     "de minister van Sociale Zaken en Werkgelegenheid en de staatssecretaris van Infrastructuur en Waterstaat",
     "de minister van Sociale Zaken en Werkgelegenheid en de staatssecretaris van Infrastructuur en Waterstaat"),
    (["Staatsecretaris van VWS"], "de staatssecretaris van VWS", f"de staatssecretaris van {VWS}"),
    (["Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)"], "minister Dijkgraaf", "minister Dijkgraaf"),
    (["Minister van Financiën", "Staatssecretaris van Financiën"],
     "de minister van Financiën en de staatssecretaris van Financiën",
     "de minister van Financiën en de staatssecretaris van Financiën"),
    (["Minister-President"], "de minister-president", "de minister-president"),
    (["de Voorzitter"], "de Voorzitter", "de Voorzitter"),  # not an office kqreader knows: as printed
])  # fmt: skip
def test_addressees_in_one_form(addressees: list[str], cited: str, shown: str) -> None:
    assert addressed(addressees) == cited
    assert addressed(addressees, current=True) == shown


def test_the_lists_name_ministries_and_the_citation_and_header_use_one_form() -> None:
    from datetime import date

    from kqreader.output.citation import cite
    from kqreader.query.catalog import header_facts

    assert asked_of(["Minister Justitie en Veiligheid", "Staatssecretaris van VenJ"]) == JENV
    assert asked_of(["Minister"]) == "Minister"  # names no ministry: as printed
    assert ministry_names(Dossier(id="2024Z00001", addressees=["Minister-President"])) == ["Algemene Zaken"]
    typo = Dossier(id="2024Z01238", title="iets", addressees=["Minister Justitie en Veiligheid"])
    assert "aan de minister van Justitie en Veiligheid over iets" in cite(typo)
    former = Dossier(id="2016Z01238", title="iets", addressees=["Minister van Veiligheid en Justitie"])
    assert ("To", "de minister van Justitie en Veiligheid (toen Veiligheid en Justitie)") in header_facts(
        former, date(2024, 1, 1))
