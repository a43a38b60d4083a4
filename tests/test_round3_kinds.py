"""Issue 38's kinds of today's documents, on real texts from jorisheijkant/kamervragen-limburg (tests/real/txt, read
before kqreader ran on them) and on the smallest text that shows each kind: exact numbers, groupings, boundaries."""

from __future__ import annotations

from pathlib import Path

from kqreader.facts.answerers import answerer
from kqreader.facts.ministries import ministries_of, offices
from kqreader.model import Dossier
from kqreader.output.citation import cite, official_url
from kqreader.parsing import parse_file, parse_parts, parse_text

TXT = Path(__file__).parent / "real" / "txt"


def _file(prefix: str) -> Dossier:
    [path] = sorted(TXT.glob(f"{prefix}-*.txt"))
    return parse_file(path)


def test_aanhangsel_answer_as_the_ministry_sends_it() -> None:
    """"AH 610", the zaaknummer, "Antwoord van minister …", then each question under a bare number, then "Antwoord"."""
    d = _file("023")
    assert (d.id, d.publication, str(d.answered)) == ("2024Z15078", "ah-tk-20242025-610", "2024-11-19")
    assert [q.number for q in d.questions] == [1, 2, 3, 4, 5, 6, 7]
    assert [a.covers for a in d.answers] == [[n] for n in range(1, 8)]
    assert d.question(1).text.startswith("Welke mogelijkheden bestaan er om in de toekomst afvalwaterinjectie")
    assert d.question(1).text.endswith("gevaarlijk is voor omwonenden?")
    assert d.question(1).answer.text.endswith("kan SodM de waterinjectie in Schoonebeek stilleggen.")
    assert d.question(2).text.startswith("Welke maatregelen neemt u om continu te monitoren")
    assert d.question(2).answer.text.startswith("De wijze van monitoren op veiligheid")
    assert not any("follows no open question" in doubt for doubt in d.doubts)


def test_heading_sentence_with_over_glued_to_the_ministry() -> None:
    d = _file("008")
    assert d.id == "2024Z18659" and str(d.submitted) == "2024-11-18"
    parties = {p.party for p in d.askers}
    assert [p.name for p in d.askers] == ["Slagt-Tichelman", "Piri"] and parties == {"GroenLinks-PvdA"}
    assert d.addressees == ["Ministers van Asiel en Migratie en van Volksgezondheid, Welzijn en Sport"]
    assert d.title == "zorg voor zwangere vrouwen en baby’s in aanmeldcentrum en AZC’s"
    assert not any("Vragen van" in doubt for doubt in d.doubts)
    # marks set side by side on a line of their own ("1 2", "3 4"): raised marks of the question above
    assert d.question(1).text.endswith("wat is uwreactie hierop?¹ ²")
    assert d.question(13).text.endswith("zeven keer hoger is?³ ⁴")
    assert [f.text[:12] for f in d.question(13).footnotes] == ["Kamerstuk 19", "Medisch Cont"]


def test_a_mededeling_that_tells_its_askers() -> None:
    d = _file("026")
    assert (d.id, d.publication) == ("2024Z17538", None)  # "AH 615" is the notice's number, not the set's
    assert [(p.name, p.party) for p in d.askers] == [("Gabriëls", "GroenLinks-PvdA"), ("Bromet", "GroenLinks-PvdA")]
    assert d.title == "de berichten dat Zeeuwse buffels te veel PFAS binnenkrijgen"
    assert [(n.kind, str(n.date)) for n in d.notices] == [("delay", "2024-11-20")]


def test_word_set_with_typed_notes_and_the_originals_slip() -> None:
    d = _file("053")
    assert d.id == "2024Z18882"
    assert [p.name for p in d.askers] == ["Inge van Dijk", "Vijlbrief", "Ceder", "Patijn"]  # "de leden lid Inge…"
    assert [q.number for q in d.questions] == [1, 2]
    assert " ".join(d.question(1).text.split()).endswith("meer informatie over verwachten? Zo nee, waarom niet?")
    assert "ad.nl" not in d.question(1).text and "AD, 18 november" not in d.question(1).text


def test_a_note_typed_1_paren_after_a_word() -> None:
    text = (
        "2024Z18882\n\n(ingezonden 20 november 2024)\n\n"
        "Vragen van het lid Jansen (SP) aan de minister van Financiën over het bericht.\n\n"
        "Vraag 1\nKent u het bericht 1) over de problemen bij het UWV?\n\nVraag 2\nWat gaat u doen?\n\n"
        "1) AD, 18 november 2024, (https://www.ad.nl/binnenland/crisis~a436b94a/).\n"
    )
    d = parse_text(text)
    assert [q.text for q in d.questions] == ["Kent u het bericht¹ over de problemen bij het UWV?", "Wat gaat u doen?"]
    assert [f.text[:20] for f in d.question(1).footnotes] == ["AD, 18 november 2024"]


def test_a_note_glued_to_its_mark_at_a_page_foot_stays_out() -> None:
    d = _file("062")
    assert [q.number for q in d.questions] == list(range(1, 9))
    assert d.question(8).text.endswith("bijdragen aan voldoendecapaciteit?")
    assert "Kamerstuk" not in d.question(8).text


def test_zaaknummer_split_by_a_space() -> None:
    text = (
        "Tweede Kamer der Staten-Generaal\nVragen gesteld door de leden der Kamer\n2023Z 01234\n"
        "Vragen van het lid Jansen (SP) aan de Minister van Financiën over het bericht (ingezonden 3 maart 2023).\n"
        "Vraag 1\nKent u het bericht?\nVraag 2\nWat vindt u ervan?\n"
    )
    d = parse_text(text)
    assert d.id == "2023Z01234" and [q.text for q in d.questions] == ["Kent u het bericht?", "Wat vindt u ervan?"]


def test_a_letter_kept_under_the_kamer_letters_number_has_a_doubt_and_no_official_page() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum 16 mei 2024\n"
        "In antwoord op uw brief van 8 maart 2024, nr. 5293107, deel ik u mede dat de vragen van het lid Jansen "
        "(SP) over het bericht worden beantwoord zoals aangegeven in de bijlage.\n"
        "Vraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n"
    )
    d = parse_text(text)
    assert d.id == "5293107"
    assert any("the number of the Kamer's letter it answers" in doubt for doubt in d.doubts)
    assert official_url(d) is None
    assert "officielebekendmakingen" not in cite(d, "nl") and "](" not in cite(d, "markdown")


def test_one_name_per_ministry_however_printed() -> None:
    assert ministries_of("deMinister van Financiënen Economische Zaken") == ["Financiën", "Economische Zaken"]
    assert ministries_of("Minister van Justitie en Veiligheid, bij afwezigheid van deMinister van Financiën") == [
        "Justitie en Veiligheid"
    ]
    assert ministries_of("Minister van Justitie en Veiligheid, D.M. van Weel") == ["Justitie en Veiligheid"]
    [office] = offices("minister van Hijum (Sociale Zaken en Werkgelegenheid)")  # a person, not a ministry "Hijum"
    assert (office.person, office.ministry) == ("Van Hijum", "Sociale Zaken en Werkgelegenheid")


def test_one_name_per_minister_however_printed() -> None:
    shown = {
        answerer(role, signed).shown
        for role, signed in (
            ("Minister Van Weel (Justitie en Veiligheid)", None),
            ("minister van Weel (JenV)", None),
            ("MINISTER Van Weel (Veiligheid en Justitie)", None),
            ("De Minister van Justitie en Veiligheid", "D.M. van Weel"),
            ("Minister van Justitie en Veiligheid, bij afwezigheid van deMinister van Financiën", "D.M. van Weel"),
        )
    }
    assert shown == {"minister Van Weel (Justitie en Veiligheid)"}


def test_a_third_party_printout_of_two_documents() -> None:
    """WetSuite-style: "==== ah-tk-… ====" before each document, "Q1"/"A1" headings, grouped "Q2 3"/"A2 3"."""
    text = (
        "==== ah-tk-20232024-387 ====\n"
        "Vragen van het lid Boswijk (CDA) aan de Minister van Buitenlandse Zaken over de situatie in de Zuidelijke "
        "Kaukasus (ingezonden 2 oktober 2023).\n"
        "Antwoord van Minister Bruins Slot (Buitenlandse Zaken) (ontvangen 13 november 2023).\n"
        "Q1\nBent u bekend met de berichtgeving?\nA1\nJa.\n"
        "Q2 3\nIn hoeverre kan er worden gesproken van een etnische zuivering?\n\nWat betekent dat voor de EU?\n"
        "A2 3\nHet kabinet zal in een separate brief op deze vragen ingaan.\n\n"
        "==== ah-tk-20232024-302 ====\n"
        "Vragen van het lid Dijk (SP) aan de Minister voor Langdurige Zorg en Sport over de zorg (ingezonden 1 "
        "oktober 2023).\nQ1: Kent u het bericht?\nA1: Ja.\n"
    )
    first, second = parse_parts(text.encode(), "printout.txt")
    assert (first.id, second.id) == ("ah-tk-20232024-387", "ah-tk-20232024-302")
    assert [(q.number, q.text) for q in first.questions] == [
        (1, "Bent u bekend met de berichtgeving?"),
        (2, "In hoeverre kan er worden gesproken van een etnische zuivering?"),
        (3, "Wat betekent dat voor de EU?"),
    ]
    assert [a.covers for a in first.answers] == [[1], [2, 3]]
    assert first.question(3).answer.text == "Het kabinet zal in een separate brief op deze vragen ingaan."
    assert [(q.text, q.answer.text if q.answer else None) for q in second.questions] == [("Kent u het bericht?", "Ja.")]


def test_ministers_of_earlier_decades_one_name_each() -> None:
    shown = [
        answerer(role, None).shown
        for role in (
            "Minister Van der Stee (Landbouw en Visserij)",
            "minister president Lubbers (algemene zaken)",
            "Minister Den Uyl (Minister-President, Algemene Zaken)",
            "Minister Beelaerts van Blokland (Verkeer en Waterstaat a.i.)",
            "Minister van Financiën (Heinen)",
        )
    ]
    assert shown == [
        "minister Van der Stee (Landbouw, Visserij, Voedselzekerheid en Natuur)",
        "minister-president Lubbers (Algemene Zaken)",
        "minister-president Den Uyl (Algemene Zaken)",  # the function the brackets name
        "minister Beelaerts van Blokland (Infrastructuur en Waterstaat a.i.)",  # acting, as the page says
        "minister Heinen (Financiën)",  # a ministry and its holder: one person, as "… (Hazekamp)" on a page
    ]
