"""One name per ministry: addressees as real letters print them, split into each ministry they name, by current
name — and the statistics count each ministry once."""

from __future__ import annotations

import pytest

from kqreader.ministries import ministries_of, ministry
from kqreader.model import Dossier
from kqreader.stats import ministry_names

JENV = "Justitie en Veiligheid"
BZK = "Binnenlandse Zaken en Koninkrijksrelaties"
VWS = "Volksgezondheid, Welzijn en Sport"


@pytest.mark.parametrize(("addressee", "found"), [  # each spelling below is one a real document of ours prints
    ("Minister van Justitie en Veiligheid", [JENV]), ("minister van Justitie en Veiligheid", [JENV]),
    ("Minister Justitie en Veiligheid", [JENV]), ("Minister van Veiligheid en Justitie", [JENV]),
    ("Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking",
     ["Buitenlandse Zaken", "Buitenlandse Handel en Ontwikkelingssamenwerking"]),
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
    assert ministry("Rechtsbescherming") == "Rechtsbescherming"  # a portfolio, not in the table: as given


def test_the_statistics_count_each_ministry_once() -> None:
    spelled = Dossier(id="2024Z01236", addressees=["minister van Justitie en Veiligheid",
                                                   "Ministers van Buitenlandse Zaken en van Justitie en Veiligheid"])
    assert ministry_names(spelled) == [JENV, "Buitenlandse Zaken", JENV]  # the grouping counts a set once per name
    assert ministry_names(Dossier(id="2024Z01237", addressees=["Minister"])) == ["(unknown)"]


def test_the_filter_finds_a_ministry_by_any_of_its_names() -> None:
    from kqreader.browse import Catalog
    from kqreader.search import parse_query
    from tests.reader_factory import TODAY, sample_dossiers

    catalog = Catalog(sample_dossiers(), TODAY)

    def found(query: str) -> set[str]:
        return {catalog.summary(d).id for d in catalog.matching(parse_query(query))}

    assert found("ministerie:venj") == found("ministerie:jenv") == found('minister:"justitie en veiligheid"')
    assert found("ministerie:venj") == {"2024Z00104", "2024Z11859"}
    assert found("ministerie:lnv") == {"2024Z00103"}  # "Landbouw, Natuur en Voedselkwaliteit", now LVVN
