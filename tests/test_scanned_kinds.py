"""Golden tests on OCR'd Aanhangsel pages of the development parts (tests/sgd/crawl_dev/, labels in
tests/sgd/expected_crawl_dev.json; tests/sgd/mirror_dev/, provenance in its README): kinds a newcomer found the
scanned pages' parser failing on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kqreader.model import Dossier
from kqreader.parsing import parse_parts
from kqreader.parsing.furniture import SCANNED_FURNITURE

SGD = Path(__file__).resolve().parent / "sgd"


def _parts(name: str) -> list[Dossier]:
    path = SGD / name
    return parse_parts(path.read_bytes(), str(path))


def test_the_running_header_in_pieces_inside_a_question_or_an_answer_is_furniture() -> None:
    [answer_page] = _parts("crawl_dev/crawl-0000158661.txt")  # "… leden van de Kam gegeven antwoorden", "; met de …"
    assert answer_page.id == "ah-tk-19801981-243" and len(answer_page.questions) == 2
    first = answer_page.question(1).answer.text
    assert "gepaard gegaan met een steeds minder nakomen van de vrijwillige" in first
    assert "orders bij de staalindustrie te plaatsen. Daarnaast" in first
    assert first.startswith("Sinds de zomer is de vraag naar staal sterk gedaald")
    [question_page] = _parts("crawl_dev/crawl-0000150164.txt")  # "… wenselijk en Staten-Generaal", "… van de Ka …"
    assert question_page.id == "ah-tk-19811982-705" and len(question_page.questions) == 8
    assert question_page.question(4).text.endswith(
        "15 a 20 arrestanten langer dan wenselijk en in ieder geval ruim over de termijn van inverzekeringstelling "
        "(4 dagen) heen op de diverse politiebureaus verblijven³?"
    )
    [bolivia] = _parts("crawl_dev/crawl-0000167810.txt")  # "… opdat de politieke Staten-Generaal", "', met de …"
    assert "uitoefenen opdat de politieke en vakbondsleiders en andere" in bolivia.question(5).text
    for item in (answer_page, question_page, bolivia):
        for text in [q.text for q in item.questions] + [a.text for a in item.answers]:
            assert "Staten-Generaal" not in text and "daarop door de Regering" not in text
            assert "gegeven antwoorden" not in text


@pytest.mark.parametrize(
    "line",
    [  # the header's lines and pieces as the issue quotes them from OCR'd pages
        "leden der Kamcr, met de daarop door de regering gegeven antwoorden",
        "Vragen gesteld door leden der Kamcr, met de daarop door de regering gegeven antwoorden",
        "der Kamcr, met de daarop door de Regering",
        "Kamcr",
        "der Kamcr",
    ],
)
def test_the_running_headers_lines_ocr_damaged_are_furniture(line: str) -> None:
    assert re.compile("|".join(SCANNED_FURNITURE), re.IGNORECASE).fullmatch(line)


@pytest.mark.parametrize("line", ["de Kamer in", "Kamer.", "leden der Kamer hebben gevraagd"])
def test_a_text_that_names_the_kamer_is_no_furniture(line: str) -> None:
    assert not re.compile("|".join(SCANNED_FURNITURE), re.IGNORECASE).fullmatch(line)


def test_a_short_sessions_one_year_header_is_its_session() -> None:
    [item] = _parts("mirror_dev/crawl-0000156319.txt")  # "Zitting 1981", footer "Tweede Kamer, zitting 1981, …"
    assert item.id == "ah-tk-1981-171" and len(item.questions) == 5
    assert str(item.submitted) == "1981-06-25" and str(item.answered) == "1981-07-27"
    assert [a.covers for a in item.answers] == [[1]]
    assert item.question(1).text.startswith("Herinnert de Minister zich zijn brief van 18 augustus 1980")
    assert item.question(5).text.endswith("ten spoedigste aan de Kamer te doen toekomen?")
    assert item.question(1).answer.text.startswith("Ja. Zoals in de door de vragenstellers genoemde brief")
    assert not any("zitting 1981" in a.text.lower() for a in item.answers)
    [earlier] = _parts("mirror_dev/crawl-0000186467.txt")  # "Zitting 1977"
    assert earlier.id == "ah-tk-1977-81" and len(earlier.questions) == 5
    assert [a.covers for a in earlier.answers] == [[1], [2], [3, 4], [5]]
    assert earlier.question(5).answer.text.endswith("in overleg met werkgevers-en werknemersorganisaties, aan gewerkt.")


def test_a_mededeling_or_answer_heading_ocr_damaged_is_no_question() -> None:
    [delay] = _parts("crawl_dev/crawl-0000028073.txt")  # "Mededeling Mededehng van minister De Vries … (Ontvangen …)"
    assert delay.id == "ah-tk-19901991-800" and len(delay.questions) == 2 and not delay.answers
    assert delay.question(2).text.endswith("resp. deelnemers zoals deze bestond voor de fusie?")
    [notice] = delay.notices
    assert notice.kind == "delay" and str(notice.date) == "1991-08-16"
    assert notice.text.startswith("De mij met uw brief van 26 juli 1991, toegezonden vragen")
    tail, later, walvissen, _ = _parts("crawl_dev/crawl-0000200717.txt")  # "McdedeKr.j Mededoling", "Nadere …"
    assert [(n.kind, str(n.date)) for n in tail.notices] == [("delay", "1975-08-06")] and not tail.questions
    assert later.id == "ah-tk-19741975-1597" and len(later.questions) == 2 and not later.answers
    assert later.question(2).text.endswith("bent u bereid daartoe stappen te ondernemen?")
    assert [(n.kind, str(n.date)) for n in later.notices] == [("delay", "1975-08-07")]
    assert "Onder verwijzing naar mijn schrijven van 3 juli 1975 deel ik u mede" in later.notices[0].text
    assert walvissen.id == "ah-tk-19741975-1598" and [a.covers for a in walvissen.answers] == [[1], [2, 3]]
    [akkoord, _] = _parts("crawl_dev/crawl-0000176310.txt")  # "Antwoord Akkoord van Staatssecretaris Smit-Kroes …"
    assert akkoord.id == "ah-tk-19781979-1816" and len(akkoord.questions) == 2
    assert str(akkoord.answered) == "1979-09-04" and [a.covers for a in akkoord.answers] == [[1], [2]]
    assert akkoord.question(2).text.endswith("die zij in de maand juni dacht te versturen, écht gereed te hebben?")
    assert akkoord.question(1).answer.text == "Ja."
    assert akkoord.question(2).answer.text == (
        "Bedoelde notitie, die overigens voor de gehele Kamer bedoeld is, zal in de loop van de maand september "
        "verstuurd worden."
    )


def test_an_item_number_smudged_or_on_the_heading_sentences_line() -> None:
    [smudged] = _parts("crawl_dev/crawl-0000188491.txt")  # "JWi^iri^ '.*IMi 572" above "Vragen van het lid …"
    assert smudged.id == "ah-tk-19761977-572"
    [reprint] = _parts("crawl_dev/crawl-0000188694.txt")  # "771 HERDRUK"
    assert reprint.id == "ah-tk-19761977-771"
    [delayed] = _parts("mirror_dev/crawl-0000194158.txt")  # "1022 Vragen van het lid De Leeuw (C.P.N.) over …"
    assert delayed.id == "ah-tk-19751976-1022" and len(delayed.questions) == 4 and not delayed.answers
    assert str(delayed.submitted) == "1976-03-17" and [n.kind for n in delayed.notices] == ["delay"]
    assert delayed.question(1).text.startswith("Heeft de Minister kennis genomen van een televisieuitzending")
    assert delayed.question(4).text.endswith("die zich met ronselen van huurlingen bezighouden?")
    [columns] = _parts("mirror_dev/crawl-0000176247.txt")  # "1754 Vragen van het lid Bischoff van Heemskerck …"
    assert columns.id == "ah-tk-19781979-1754"
    [both] = _parts("mirror_dev/crawl-0000186771.txt")  # "Zitting 1977", "385 Vragen van de leden De Bekker, …"
    assert both.id == "ah-tk-1977-385" and len(both.questions) == 5
    assert [a.covers for a in both.answers] == [[1], [2], [3], [4, 5]]
    assert both.question(3).answer.text == "Ja."
