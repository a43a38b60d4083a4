"""Golden tests on the two published Aanhangsel documents in ../shared/corpus/real."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kqreader.model import Dossier, Person
from kqreader.parsing import parse_file


@pytest.fixture
def ah387(shared: Path) -> Dossier:
    return parse_file(shared / "corpus/real/ah-tk-20232024-387.md")


@pytest.fixture
def ah302(shared: Path) -> Dossier:
    return parse_file(shared / "corpus/real/ah-tk-20232024-302.md")


def test_387_metadata(ah387: Dossier) -> None:
    assert ah387.id == "ah-tk-20232024-387"
    assert ah387.publication == "ah-tk-20232024-387"
    assert ah387.title == "de situatie in de Zuidelijke Kaukasus"
    assert ah387.askers == [Person("Boswijk", "CDA")]
    assert ah387.addressees == ["Minister van Buitenlandse Zaken"]
    assert ah387.submitted == date(2023, 10, 2)
    assert ah387.answered == date(2023, 11, 13)
    assert ah387.answered_by == ["Minister Bruins Slot (Buitenlandse Zaken)"]
    assert ah387.sources[0].kind == "aanhangsel"


def test_387_numbers_and_groupings(ah387: Dossier) -> None:
    assert [q.number for q in ah387.questions] == list(range(1, 11))
    assert [a.covers for a in ah387.answers] == [[1], [2], [3], [4, 5], [6], [7], [8], [9], [10]]


def test_387_texts(ah387: Dossier) -> None:
    q1 = ah387.question(1)
    assert q1 is not None
    assert q1.text.endswith("«Netjes gezuiverd»¹ en «Goede bedoelingen van de EU zijn weinig waard als de harde "
                            "machtsverhoudingen verschuiven»²?")
    assert [f.mark for f in q1.footnotes] == ["1", "2"]
    assert q1.footnotes[1].text.startswith("De Volkskrant, 20 september 2023")
    assert q1.answer is not None and q1.answer.text == "Ja."
    q4, q5 = ah387.question(4), ah387.question(5)
    assert q4 is not None and q5 is not None
    assert q4.text.startswith("Deelt u de zorg dat Azerbeidzjan") and q4.text.endswith("zou betekenen?")
    assert q5.text.startswith("Hoe wordt door de Europese Unie") and q5.text.endswith("Armenië binnen te vallen?")
    assert q4.answer is q5.answer
    assert q4.answer is not None and q4.answer.text.endswith("zie ook het antwoord op vraag 3.")
    a2 = ah387.question(2).answer
    assert a2 is not None and a2.text.endswith("op basis van feiten (12-10-2023).³")
    assert "Nederlands Dagblad" not in a2.text and "h tk" not in a2.text
    q8 = ah387.question(8)
    assert q8 is not None and "het 11e sanctiepakket" in q8.text + q8.answer.text
    a10 = ah387.question(10).answer
    assert a10 is not None and a10.text.endswith("gesproken moet worden over gepaste maatregelen⁹.")
    assert [(f.mark, f.text) for f in a10.footnotes] == [("9", "Motie Bikker en Omtzigt, Kamerstuk 36 410, nr. 31")]


def test_387_doubts_name_the_lost_text(ah387: Dossier) -> None:
    doubts = "\n".join(ah387.doubts)
    assert len(ah387.doubts) == 3
    assert "answer 2: text may be missing at a page break" in doubts
    assert "answer 6: text may be missing" in doubts and "answer 9: text may be missing" in doubts


def test_302_metadata(ah302: Dossier) -> None:
    assert ah302.id == "ah-tk-20232024-302"
    assert ah302.askers == [Person("Dijk", "SP")]
    assert ah302.addressees == ["Minister voor Langdurige Zorg en Sport"]
    assert ah302.submitted == date(2023, 10, 3)
    assert ah302.answered == date(2023, 10, 24)
    assert ah302.answered_by == ["Minister Helder (Langdurige Zorg en Sport)"]
    assert ah302.title.startswith("antwoord op de vragen inzake de uitzending «Het geheim van de spreekkamer»")
    assert ah302.title.endswith("niet geïnformeerd over gegevensdeling met de NZa")


def test_302_lost_heading_recovered(ah302: Dossier) -> None:
    assert [q.number for q in ah302.questions] == list(range(1, 10))
    assert [a.covers for a in ah302.answers] == [[n] for n in range(1, 10)]
    q2 = ah302.question(2)
    assert q2 is not None
    assert q2.text.startswith("van een zogeheten privacyverklaring voor cliënten in de ggz")
    assert q2.text.endswith("bekend zijn met de privacyverklaring in de ggz?")
    a1 = ah302.question(1).answer
    assert a1 is not None and a1.text.endswith("met de NZa worden gedeeld.")
    assert any("question 2: its heading and first words were lost" in d for d in ah302.doubts)
    assert any("answer 4 stops mid-sentence" in d for d in ah302.doubts)
    assert any("answer 7: text may be missing" in d for d in ah302.doubts)
    assert len(ah302.doubts) == 3


def test_302_texts_and_footnotes(ah302: Dossier) -> None:
    a4 = ah302.question(4).answer
    assert a4 is not None and "zorgvraagtypering.⁴ ⁵ De NZa" in a4.text
    assert [f.mark for f in a4.footnotes] == ["4", "5"]
    a6 = ah302.question(6).answer
    assert a6 is not None and "«Dit [het zorgprestatiemodel] draagt bij aan een goede ggz" in a6.text
    a7 = ah302.question(7).answer
    assert a7 is not None and a7.text.endswith("Arbeidsmarkt Zorg & Welzijn (TAZ)¹⁰.")
    assert [f.mark for f in a7.footnotes] == ["8", "9", "10"]
    a9 = ah302.question(9).answer
    assert a9 is not None and a9.text == "Ja, ik ben bereid om dat te doen."
    assert all("h tk" not in q.text and "Zorgautoriteit (nza.nl)" not in q.text for q in ah302.questions)
