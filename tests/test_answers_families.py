"""The families of issue 39's round 6, each in the variations a staffer writes (word order, tense, a word between, a
general sentence before): a pointer to a letter, a refusal, "not known" (the examples are written here, not taken
from any labelled answer), and a promise in the present passive."""

from __future__ import annotations

from datetime import date

import pytest

from kqreader.facts.answerkinds import kind_of
from kqreader.facts.promises import is_promise, promises_in


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zoals ik uw Kamer op 3 maart jl. heb bericht, is het onderzoek gestart.", "verwijzing-brief"),
        ("Zoals ik uw Kamer in mijn brief van 3 maart jl. heb laten weten, is het onderzoek gestart.",
         "verwijzing-brief"),
        ("Het antwoord op deze vraag treft u aan in de Kamerbrief van 3 mei jl.", "verwijzing-brief"),
        ("In de bijlage bij deze brief treft u het overzicht aan.", "verwijzing-brief"),
        ("De kabinetsreactie op het rapport is op 3 mei jl. aan uw Kamer gestuurd.", "verwijzing-brief"),
        ("Het rapport is op 3 mei jl. aan uw Kamer aangeboden (Kamerstuk 36 200, nr. 5).", "verwijzing-brief"),
        ("Zie hiervoor de Kamerbrief van 3 mei 2024 (Kamerstuk 36 200, nr. 5).", "verwijzing-brief"),
        ("Zie hiervoor het antwoord op vraag 2.", "verwijzing-antwoord"),
        ("Het kabinet vindt dit van groot belang. Zoals gemeld in mijn brief van 3 mei 2024 wordt hieraan gewerkt.",
         "verwijzing-brief"),
        ("Het kabinet vindt dit van groot belang. Uw Kamer is hierover op 3 mei 2024 geïnformeerd.",
         "verwijzing-brief"),
        ("Het kabinet vindt dit belangrijk. In de Kamerbrief van 3 mei 2024 ben ik hier uitgebreid op ingegaan.",
         "verwijzing-brief"),
        ("Gelet op de onafhankelijke positie van de toezichthouder ga ik hier niet over.", "geweigerd"),
        ("De Raad is onafhankelijk; ik kan mij niet mengen in de afwegingen.", "geweigerd"),
        ("Dit is een verantwoordelijkheid van de gemeente; ik treed daar niet in.", "geweigerd"),
        ("Cijfers daarover heb ik niet.", "onbekend"),
        ("Over die gegevens beschik ik niet.", "onbekend"),
        ("Het ministerie houdt dit niet bij.", "onbekend"),
        ("Daar zijn geen cijfers over.", "onbekend"),
        ("Het is niet mogelijk hier een schatting van te geven.", "onbekend"),
        ("Zie ook de Kamerbrief van 3 mei 2024.", "verwijzing-brief"),
        ("De beantwoording van deze vraag is opgenomen in de Kamerbrief van 3 mei.", "verwijzing-brief"),
        ("Dit is een verantwoordelijkheid van de gemeente.", "geweigerd"),
        ("Het voortbestaan van de school is een aangelegenheid die niet mijn ministerie maar de gemeente aangaat.",
         "geweigerd"),
        ("De kosten zijn derhalve thans niet bekend.", "onbekend"),
        ("Ik verwijs naar het onderzoeksrapport van de Inspectie.", "verwijzing-brief"),
        ("Zie hiervoor de beleidsbrief over het onderwijs.", "verwijzing-brief"),
        ("Dat laat zich niet voorspellen.", "onbekend"),
        ("De gegevens daarvoor ontbreken.", "onbekend"),
        ("Het kabinet treedt niet in de afwegingen van de rechter.", "geweigerd"),
        ("Het aantal is niet te herleiden.", "onbekend"),
        ("Dit kan niet worden uitgesplitst naar regio.", "onbekend"),
        ("Het is niet duidelijk hoeveel mensen dit betreft.", "onbekend"),
        ("Het CBS publiceert hier geen cijfers over.", "onbekend"),
        ("Ja. Voor een reactie verwijs ik naar mijn antwoorden op de vragen hierna.", "verwijzing-antwoord"),
        ("Ja. Voor een inhoudelijke reactie verwijs ik naar mijn brief van 3 mei.", "verwijzing-brief"),
        # substance stays substance
        ("Ja. Voor de uitvoering verwijs ik naar de brief van 3 mei.", "inhoudelijk"),
        ("Het is niet duidelijk dat dit helpt.", "inhoudelijk"),
        ("Overigens mag ik ook verwijzen naar de antwoorden op de vragen van het lid X.", "inhoudelijk"),
        ("Daarnaast verwijs ik naar de Kamerbrief van 3 mei.", "inhoudelijk"),
        ("Ja. Zie ook mijn antwoord op vraag 7.", "inhoudelijk"),
        ("Het kabinet houdt vast aan de afspraken. Het is niet de bedoeling dat ouders hiervoor betalen.",
         "inhoudelijk"),
        ("Gemeenten zijn niet verplicht om een register bij te houden.", "inhoudelijk"),
    ],
)
def test_a_family_in_its_variations(text: str, kind: str) -> None:
    assert kind_of(text).kind == kind


LONG_REST = (" Wel kan ik in algemene zin zeggen dat de regels streng zijn. De Inspectie ziet daarop toe. Zij "
             "rapporteert jaarlijks. Die rapporten zijn openbaar. Ook gemeenten hebben een rol.")


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("Het kabinet hecht groot belang aan transparantie.", "geweigerd"),
        ("Ik vind het van groot belang dat de regels worden nageleefd.", "geweigerd"),
        ("Zoals bekend is de Inspectie onafhankelijk.", "geweigerd"),
        ("Het kabinet is zich ervan bewust dat dit zorgen oproept.", "geweigerd"),
        ("Ja, het kabinet hecht groot belang aan transparantie.", "inhoudelijk"),  # a yes answers
        ("In 2023 zijn 340 meldingen gedaan.", "inhoudelijk"),  # substance first
    ],
)
def test_a_general_lead_is_passed_over_in_an_answer_of_any_length(lead: str, kind: str) -> None:
    """Convention 3: the core after a general sentence on policy is read as the lead, however long the rest."""
    assert kind_of(f"{lead} Over individuele zaken doe ik geen uitspraken.{LONG_REST}").kind == kind
    assert kind_of(f"{lead} De regels zijn streng.{LONG_REST}").kind == "inhoudelijk"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zoals gemeldin mijn brief aan uw Kamer van 3 maart 2023 wordt de regeling verlengd.", "verwijzing-brief"),
        ("Zoals uiteengezet in de Kamerbriefvan 8 juli jl. zet het kabinet in op drie sporen.", "verwijzing-brief"),
        ("Voor een antwoord verwijs iknaar de Kamerbrief van 5 juni 2024.", "verwijzing-brief"),
        ("Voor de beantwoording van deze vraag wordtverwezen naar de Kamerbrief van 3 mei 2024.", "verwijzing-brief"),
        ("Uw Kamer is op 14 februari jl. per brief geïnformeerdover de stand van zaken.", "verwijzing-brief"),
    ],
)
def test_words_an_extraction_glued(text: str, kind: str) -> None:
    """A small word glued after a key word ("gemeldin", "briefvan") or before it ("iknaar", "wordtverwezen")."""
    assert kind_of(text).kind == kind


def test_a_promise_in_the_present_passive() -> None:
    assert is_promise("U wordt hierover nader geïnformeerd.")
    assert is_promise("De kabinetsreactie wordt aan uw Kamer gestuurd.")
    assert not is_promise("Uw Kamer is hierover geïnformeerd.")  # told before
    assert not is_promise("Hierbij wordt uw Kamer geïnformeerd over de stand van zaken.")  # told now
    assert not is_promise("Gemeenten worden hierover geïnformeerd.")  # not the Kamer
    assert is_promise("Op korte termijn zal de regering de Tweede Kamer bij brief meedelen of de motie volgt.")
    assert is_promise("Ik ben bereid uw Kamer het conceptrapport te doen toekomen.")
    [promise] = promises_in("Het antwoord vergt nadere uitwerking. U wordt hierover nader geïnformeerd.",
                            date(2022, 1, 10))  # fmt: skip
    assert promise.due is None
    assert kind_of("Op dit moment wordt gewerkt aan de uitwerking. U wordt hierover nader geïnformeerd.").kind == (
        "toezegging"
    )
