"""Who answered, as a person: the function, the surname from the signature, the ministry — in the header, the
citation, the statistics and the filter's `minister:`."""

from __future__ import annotations

import pytest

from kqreader.facts.answerers import answerer, surname
from kqreader.query.catalog import Catalog, header_facts
from kqreader.query.language import parse_query
from tests.reader_factory import TODAY, sample_dossiers


@pytest.mark.parametrize(("role", "signed", "shown", "named"), [
    ("Minister van Justitie en Veiligheid", "D.M. van Weel", "minister Van Weel (Justitie en Veiligheid)",
     "minister Van Weel"),
    ("Minister van Buitenlandse Zaken", "Stef Blok", "minister Blok (Buitenlandse Zaken)", "minister Blok"),
    ("Staatssecretaris van Financiën", "M.L.A. van Rij", "staatssecretaris Van Rij (Financiën)",
     "staatssecretaris Van Rij"),
    ("Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)", None,
     "minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)", "minister Dijkgraaf"),
    ("Minister van Financiën", None, "minister van Financiën", "de minister van Financiën"),
    ("MINISTER van VenJ", None, "minister van Justitie en Veiligheid", "de minister van VenJ"),
    ("De Minister van Financiën", None, "minister van Financiën", "de minister van Financiën"),
    ("Staatssecretaris van Volksgezondheid, Welzijn enSport", None,
     "staatssecretaris van Volksgezondheid, Welzijn en Sport", "de staatssecretaris van Volksgezondheid, Welzijn en "
     "Sport"),
    ("Minister voor Klimaat en Energie", "R.A.A. Jetten", "minister Jetten (Klimaat en Energie)", "minister Jetten"),
    ("De Algemene Rekenkamer", "X", "De Algemene Rekenkamer", "De Algemene Rekenkamer"),
])  # fmt: skip
def test_who_answered(role: str, signed: str | None, shown: str, named: str) -> None:
    found = answerer(role, signed)
    assert (found.shown, found.named) == (shown, named)


def test_surnames_from_signatures() -> None:
    assert [surname(n) for n in ("Stef Blok", "D.M. van Weel", "S.A.M. Dijkstra", "Hugo de Jonge", "W.B. Hoekstra",
                                 "D. Yeşilgöz-Zegerius")] == [
        "Blok", "Van Weel", "Dijkstra", "De Jonge", "Hoekstra", "Yeşilgöz-Zegerius"]  # fmt: skip


def test_minister_finds_who_signed() -> None:
    """The README's example citation says Blok answered 2019Z12806: minister:blok finds it."""
    catalog = Catalog(sample_dossiers(), TODAY)

    def found(query: str) -> list[str]:
        return [catalog.summary(d).id for d in catalog.matching(parse_query(query))]

    assert found("minister:blok") == ["2019Z12806"]
    assert found("minister:weel") == found('minister:"van weel"') == ["2024Z11859"]
    assert found("ministerie:buitenlandse") == ["2019Z12806"]


def test_the_header_names_each_answerer_the_same_way() -> None:
    """Two answerers, the second named by office only in the letter ("mede namens de Minister van …"): both as a
    sentence names them, not the first by person and the second in the letter's capitals."""
    dossier = next(d for d in sample_dossiers() if d.id == "ah-tk-20242025-1234")
    facts = dict(header_facts(dossier, TODAY))
    assert facts["By"] == ("minister Hermans (Klimaat en Groene Groei), minister van Volkshuisvesting en Ruimtelijke "
                           "Ordening")  # fmt: skip
