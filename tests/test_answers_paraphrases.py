"""Each answer kind that is not substantive as a family of phrasings a Kamer staffer meets (issue 39, round 7):
written here, in other words than any labelled document, with the variations the held-out part showed the rules
missed — subject (ik, wij, het kabinet, de minister), tense, word order, passive, modal verbs, a word between, the
core after an apology, a courtesy or a general sentence, and general text after it. Substantive sentences that hold
the same words stay substantive (conventions 1, 2 and 4 of tests/evaluation/answers/README.md)."""

from __future__ import annotations

import pytest

from kqreader.facts.answerkinds import kind_of

LETTER = [
    "Ik verwijs u naar de brief die ik op 12 maart aan uw Kamer heb gestuurd.",
    "Hiervoor verwijs ik naar mijn brief van 4 april 2024 (Kamerstuk 29 477, nr. 850).",
    "Voor het antwoord op deze vraag verwijs ik naar de Kamerbrief over de stand van zaken van 3 juni jl.",
    "Het kabinet verwijst naar de voortgangsbrief van 10 oktober.",
    "Wij verwijzen u kortheidshalve naar de beleidsreactie op het rapport.",
    "Daarvoor wordt verwezen naar de Kamerbrief van 5 juli 2023.",
    "Zie de brief van 3 mei 2024 (Kamerstuk 36 200, nr. 5).",
    "Zie Kamerstuk 36 410, nr. 12.",
    "Zie www.rijksoverheid.nl/onderwerpen/asiel.",
    "Zoals gemeld in mijn brief aan uw Kamer van 12 maart jl., wordt de regeling verlengd.",
    "Zoals aangegeven in de Kamerbrief van 3 juni loopt het onderzoek nog.",
    "Zoals uiteengezet in de brief van 14 november 2023 kiest het kabinet voor een gefaseerde aanpak.",
    "Zoals de minister van Financiën in haar brief van 2 februari heeft aangegeven, wordt de heffing herzien.",
    "Zoals eerder aan uw Kamer gemeld (Kamerstuk 31 066, nr. 1200), wordt de wet aangepast.",
    "Zoals ik in mijn brief van 3 mei heb toegelicht, is de subsidie verlaagd.",
    "Zoals vermeld in de kabinetsreactie op het IBO-rapport, werkt het kabinet aan een plan.",
    "In de brief die ik vandaag aan uw Kamer stuur, ga ik hier uitgebreid op in.",
    "In de brief die u gelijktijdig met deze antwoorden ontvangt, ga ik hierop in.",
    "Gelijktijdig met deze antwoorden ontvangt uw Kamer de voortgangsrapportage, waarin dit wordt toegelicht.",
    "Hierop ben ik ingegaan in mijn brief van 12 maart.",
    "Op deze kwestie is het kabinet ingegaan in de Kamerbrief van 5 juli.",
    "Dit heb ik uiteengezet in de brief van 3 mei 2024.",
    "Het antwoord op deze vraag is te vinden in de Kamerbrief van 7 juni.",
    "Voor de beantwoording van deze vraag verwijs ik naar het verslag van het commissiedebat van 8 februari.",
    "Ik heb uw Kamer hierover op 14 juni geïnformeerd (Kamerstuk 32 847, nr. 1100).",
    "Uw Kamer is hierover bij brief van 3 maart geïnformeerd.",
    "Hierover is uw Kamer op 3 maart per brief geïnformeerd.",
    "Deze vraag is beantwoord in de brief van 3 mei.",
    "Ik moge verwijzen naar de nota naar aanleiding van het verslag.",
    "Hiervoor verwijzen wij naar de memorie van toelichting bij het wetsvoorstel.",
    "Ik heb hierover op 3 mei een brief aan uw Kamer gestuurd (Kamerstuk 31 839, nr. 900).",
    "Het kabinet heeft zijn reactie op het advies op 3 mei aan uw Kamer gestuurd.",
    "Graag verwijs ik naar de brief van de minister van VWS van 3 mei.",
    "Een overzicht daarvan vindt u in de bijlage bij de brief van 3 mei.",
    "Het overzicht is opgenomen in de bijlage bij mijn brief van 3 mei (Kamerstuk 36 200, nr. 7).",
    "Informatie hierover is te vinden op de website van de Rijksdienst voor Ondernemend Nederland.",
    "De uitkomsten staan in het rapport dat op 3 mei aan uw Kamer is aangeboden.",
    "Voor de stand van zaken verwijs ik naar de derde voortgangsrapportage (Kamerstuk 35 000, nr. 40).",
    "Ik verwijs hiervoor naar het commissiedebat van 12 april jl., waarin ik hierop ben ingegaan.",
    "De vragen over de kosten zijn beantwoord in de Kamerbrief van 3 mei.",
    "Dit is toegelicht in de brief van 3 mei.",
    "Daarop ben ik ingegaan in mijn brief aan uw Kamer van 12 maart.",
    "Zoals ik in de Kamerbrief van 3 mei heb gemeld, is het project vertraagd.",
    "Het kabinet heeft uw Kamer op 3 mei over de uitkomsten geïnformeerd.",
    "Met de brief van 3 mei is uw Kamer geïnformeerd over de voortgang.",
    "In mijn brief van 3 mei ben ik uitgebreid ingegaan op de gevolgen voor huurders.",
    "Voor een uitgebreide toelichting verwijs ik naar de brief die ik vandaag aan uw Kamer stuur.",
    "Excuses voor de late beantwoording. Ik verwijs u naar mijn brief van 12 maart.",
    "Het spijt mij dat de beantwoording langer heeft geduurd. Zie hiervoor de Kamerbrief van 3 mei.",
    "Het kabinet hecht aan goede zorg. Voor de uitwerking verwijs ik naar de Kamerbrief van 3 juni.",
    "Het kabinet zet zich in voor veilige wegen. Zoals gemeld in mijn brief van 3 mei wordt de N33 verbreed.",
    "Dit onderwerp heeft de volle aandacht van het kabinet. Hiervoor verwijs ik naar mijn brief van 3 mei.",
    "Uw Kamer heeft op 3 mei een brief ontvangen waarin dit wordt toegelicht.",
    "Op 12 maart jl. is een brief aan uw Kamer verstuurd over de stand van zaken (Kamerstuk 29 544, nr. 1200).",
    "In de op 3 mei aan uw Kamer verzonden brief is hierop ingegaan.",
    "Ik heb hierop gereageerd in mijn brief van 3 mei.",
    "Hiervoor verwijs ik naar de website www.rijksoverheid.nl.",
    "Zie de brief aan uw Kamer d.d. 3 mei 2024, kenmerk 2024-0000123.",
    "Ik verwijs naar mijn brief d.d. 3 mei.",
    "Daarvoor verwijs ik u naar de Voorjaarsnota.",
    "In de Miljoenennota is hierop ingegaan.",
    "Het kabinet heeft hierover op 3 mei een Kamerbrief gestuurd.",
    "Hierover heeft de minister van EZK uw Kamer op 3 mei geïnformeerd.",
    "De Tweede Kamer is hierover op 3 mei geïnformeerd.",
    "Ik volsta hier met een verwijzing naar de brief van 3 mei.",
    "Kortheidshalve verwijs ik naar de kabinetsreactie van 3 mei.",
    "Ik moge u verwijzen naar de Handelingen van het debat van 3 mei.",
    "Voor een uitgebreide beschouwing verwijs ik u naar de notitie die ik op 3 mei aan uw Kamer heb gezonden.",
    "Dit is ook aan de orde gekomen in het commissiedebat van 3 mei.",
    "Ik heb mijn standpunt hierover uiteengezet in mijn brief van 3 mei.",
    "Hier ben ik op ingegaan tijdens het debat van 3 mei.",
    "Zoals in de kabinetsreactie van 3 mei staat, wordt de wet aangepast.",
]

ANSWER = [
    "Zie mijn antwoord hierboven.",
    "Zie het antwoord op vraag 3.",
    "Zie antwoord 4.",
    "Zie de antwoorden op de vragen 2 en 3.",
    "Zie mijn antwoord op vraag 5.",
    "Ik verwijs naar het antwoord op vraag 2.",
    "Voor het antwoord op deze vraag verwijs ik naar mijn antwoord op vraag 1.",
    "Hiervoor verwijs ik naar het antwoord op de vragen 4 en 5.",
    "Ik verwijs naar mijn antwoorden op de vragen van het lid Jansen van 3 mei (Aanhangsel Handelingen II "
    "2023/24, nr. 1234).",
    "Ik verwijs u naar de beantwoording van de vragen van de leden De Vries en Bakker (Aanhangsel Handelingen "
    "II 2022/23, nr. 500).",
    "Deze vraag is beantwoord in het antwoord op vraag 2.",
    "Het antwoord op deze vraag is gegeven bij vraag 3.",
    "Zoals in het antwoord op vraag 2 is aangegeven, loopt het onderzoek nog.",
    "Zoals hierboven aangegeven, is het onderzoek gestart.",
    "Zie het antwoord op de vragen 1 t/m 3.",
    "Voor de beantwoording van deze vraag wordt verwezen naar het antwoord op vraag 6.",
    "Zie vraag 2.",
    "Excuses voor de late beantwoording. Zie het antwoord op vraag 3.",
    "Verwezen wordt naar het antwoord op vraag 4.",
    "Ik verwijs kortheidshalve naar mijn antwoord op vraag 2.",
]

REFUSED = [
    "Het is niet aan mij om daarover te oordelen.",
    "Het past mij niet daarover een oordeel te geven.",
    "Het is niet aan het kabinet om uitspraken te doen over de keuzes van een onafhankelijke rechter.",
    "Op hypothetische vragen ga ik niet in.",
    "Ik ga niet in op hypothetische situaties.",
    "Ik wil niet speculeren over de uitkomst.",
    "Daarover kan ik niet speculeren.",
    "Over lopende onderzoeken kan ik geen mededelingen doen.",
    "Omdat het onderzoek van het OM nog loopt, kan ik hier niet op ingaan.",
    "Gezien het lopende strafrechtelijk onderzoek doe ik daarover geen uitspraken.",
    "Ik doe geen uitspraken over individuele zaken.",
    "Op individuele casussen ga ik niet in.",
    "Vanwege de privacy van de betrokkenen kan ik hier niet op ingaan.",
    "Ik kan geen informatie verstrekken over individuele personen.",
    "Om redenen van staatsveiligheid kan ik hierover geen mededelingen doen.",
    "Over de inzet van de diensten worden in het openbaar geen uitspraken gedaan.",
    "Het kabinet loopt niet vooruit op de besluitvorming.",
    "Ik wil niet vooruitlopen op de uitkomsten van het onderzoek.",
    "Daar ga ik niet op in.",
    "Daarover kan ik geen uitspraken doen.",
    "Dat oordeel laat ik aan de rechter.",
    "Dat laat ik aan de Inspectie.",
    "De beoordeling daarvan is aan de rechter.",
    "Nu de zaak onder de rechter is, onthoud ik mij van commentaar.",
    "Omdat het een vertrouwelijk document betreft, kan ik dit niet met uw Kamer delen.",
    "Ik doe geen mededelingen over het al dan niet bestaan van een onderzoek.",
    "Het is niet aan mij om te treden in de afwegingen van de burgemeester.",
    "Zolang de procedure loopt, doe ik daarover geen uitspraak.",
    "Daarover laat ik mij niet uit.",
    "Het kabinet geeft geen commentaar op berichtgeving over lopende onderhandelingen.",
    "Gelet op de hypothetische aard van de vraag ga ik daar niet op in.",
    "Een oordeel hierover is voorbehouden aan de rechter.",
    "Ik ben niet in de positie om daarover te oordelen.",
    "De minister kan niet ingaan op individuele zaken.",
    "Het is niet aan de minister om te oordelen over een individuele benoeming.",
    "Over individuele dossiers kan ik vanwege de privacy niets zeggen.",
    "Op de inhoud van het onderzoek kan ik niet vooruitlopen.",
    "Het is niet aan ons om hierover een uitspraak te doen.",
    "Het kabinet doet geen uitspraken over de inhoud van vertrouwelijke gesprekken.",
    "Ik kan niet ingaan op de details van de zaak, omdat het strafrechtelijk onderzoek nog loopt.",
    "Het Openbaar Ministerie gaat over de vervolging; daar treed ik niet in.",
    "Ik ga niet speculeren over wat er zou gebeuren als de wet wordt verworpen.",
    "In verband met het lopende onderzoek van de Inspectie kan ik daarover nu niets zeggen.",
    "Mededelingen over de inzet van de AIVD worden niet gedaan.",
    "Het is niet gebruikelijk om in te gaan op individuele gevallen.",
    "Excuses voor de vertraging. Over individuele zaken doe ik geen uitspraken.",
    "Het kabinet vindt veiligheid belangrijk. Over individuele zaken doe ik geen uitspraken.",
    "Veiligheid staat voorop. Op lopende strafzaken kan ik niet ingaan.",
    "Het gaat hier om een zorgvuldig proces. Ik wil niet vooruitlopen op de uitkomst daarvan.",
    "Het kabinet reageert niet op uitgelekte stukken.",
    "Ik kan niet reageren op uitgelekte documenten.",
    "Over de inhoud van het gesprek doe ik geen mededelingen.",
    "Het is niet aan het kabinet om commentaar te leveren op uitspraken van de rechter.",
    "Het is aan de gemeenteraad om hierover te beslissen.",
    "Ik treed niet in de bevoegdheden van de burgemeester.",
    "Dit is een bevoegdheid van de burgemeester.",
    "Ik ga niet over de programmering van de publieke omroep.",
    "Zolang de besluitvorming niet is afgerond, kan ik daar niets over zeggen.",
    "Ik wil de uitkomst van het onderzoek afwachten voordat ik een oordeel geef.",
    "In het belang van het onderzoek kan ik geen details geven.",
    "Ik geef geen oordeel over de keuzes van de omroep.",
    "Ik ga daar geen oordeel over vellen.",
    "Het past niet in mijn rol om daarover te oordelen.",
    "Vanwege de staatsveiligheid wordt hierover geen informatie gegeven.",
    "Om veiligheidsredenen kan ik niet ingaan op de maatregelen.",
    "Ik ga niet op de stoel van de rechter zitten.",
    "Ik wil mij niet uitlaten over de lopende onderhandelingen.",
    "Het kabinet laat zich niet uit over hypothetische scenario's.",
    "Daar kan en wil ik niet op vooruitlopen.",
    "Hierover kan ik in het openbaar niets zeggen.",
    "Over de vraag of er een onderzoek loopt, doet het OM geen mededelingen.",
    "Ik onthoud mij van een oordeel over deze zaak.",
    "Dat is aan de onafhankelijke rechter om te beoordelen.",
    "Het oordeel daarover laat ik graag aan de Autoriteit Persoonsgegevens.",
]

UNKNOWN = [
    "Daar heb ik geen zicht op.",
    "Die aantallen worden niet geregistreerd.",
    "Dit wordt niet centraal bijgehouden.",
    "Het ministerie beschikt niet over deze gegevens.",
    "Die cijfers zijn niet beschikbaar.",
    "Er zijn geen gegevens beschikbaar over het aantal meldingen.",
    "Hoeveel dat er zijn, is niet bekend.",
    "Dat is mij niet bekend.",
    "Het precieze aantal is onbekend.",
    "Dit valt niet te zeggen.",
    "Het is niet te zeggen hoeveel mensen dit treft.",
    "Op dit moment is nog niet bekend wanneer het onderzoek is afgerond.",
    "Het is nog te vroeg om daar iets over te zeggen.",
    "Ik heb daar geen inzicht in.",
    "Het kabinet heeft geen inzicht in de aantallen.",
    "Hierover zijn geen cijfers voorhanden.",
    "Dergelijke gegevens worden niet bijgehouden.",
    "Dat wordt niet gemonitord.",
    "Het CBS houdt deze cijfers niet bij.",
    "Daarover bestaat geen overzicht.",
    "Hierover zijn mij geen gegevens bekend.",
    "Er is geen informatie beschikbaar over de herkomst.",
    "Deze informatie is niet voorhanden.",
    "Ik beschik niet over cijfers over het aantal boetes.",
    "Wij hebben daar geen gegevens over.",
    "Het is onbekend hoeveel bedrijven dit doen.",
    "Exacte aantallen zijn niet te geven.",
    "Zulke cijfers worden niet verzameld.",
    "De gegevens zijn niet op die manier uitgesplitst.",
    "Daar is geen onderzoek naar gedaan.",
    "Er zijn geen landelijke cijfers over.",
    "Dat weet ik niet.",
    "Het is mij niet bekend of de gemeente dit heeft gedaan.",
    "Mij is niet bekend hoeveel scholen dit doen.",
    "Wij weten niet hoeveel mensen dit betreft.",
    "Ik heb geen zicht op hoe vaak dit voorkomt.",
    "De omvang daarvan is niet in kaart gebracht.",
    "Hoe vaak dit gebeurt, wordt niet geregistreerd.",
    "Het aantal wordt niet afzonderlijk geregistreerd.",
    "Daarover zijn geen betrouwbare gegevens beschikbaar.",
    "Het ministerie heeft geen overzicht van alle subsidies.",
    "Het is niet bekend hoeveel aanvragen zijn afgewezen.",
    "Deze gegevens zijn bij mij niet bekend.",
    "Ik kan niet zeggen hoeveel mensen dit betreft.",
    "Dat is op dit moment nog niet te zeggen.",
    "Over de exacte kosten is nog geen duidelijkheid.",
    "De precieze omvang is niet vast te stellen.",
    "Een dergelijke registratie bestaat niet.",
    "Die informatie heeft het kabinet niet.",
    "Cijfers over dit onderwerp worden door de politie niet bijgehouden.",
    "Excuses voor de late beantwoording. Die aantallen worden niet geregistreerd.",
    "Het kabinet vindt dit een belangrijk onderwerp. Cijfers hierover zijn niet beschikbaar.",
    "Gemeenten voeren deze regeling uit. Hoeveel aanvragen zij ontvingen, is niet bekend.",
    "Er zijn mij geen cijfers bekend over het aantal incidenten.",
    "Landelijke cijfers ontbreken.",
    "Dat is niet na te gaan.",
    "Hoeveel dat er precies zijn, kan ik niet zeggen.",
    "Het aantal is mij onbekend.",
    "Het CBS heeft geen data over deze groep.",
    "Dergelijke informatie wordt niet centraal verzameld.",
    "De gevraagde informatie is niet beschikbaar.",
    "Dit kan uit de beschikbare data niet worden afgeleid.",
    "Er is nog geen zicht op wanneer de werkzaamheden klaar zijn.",
    "Een uitsplitsing naar provincie is niet beschikbaar.",
    "Het ministerie heeft dit niet in beeld.",
    "Dat valt op voorhand niet te zeggen.",
    "Of dat zo is, valt niet vast te stellen.",
    "Ik heb geen kennis van deze afspraken.",
    "Niet bekend is hoeveel studenten dit betreft.",
    "Er wordt geen landelijk overzicht bijgehouden.",
    "De gemeente registreert dit niet.",
    "Het UWV kan deze gegevens niet leveren.",
    "Het is niet mogelijk hierover een uitspraak te doen, omdat de gegevens ontbreken.",
    "Daarover zijn geen harde cijfers te geven.",
    "Dit soort gegevens wordt niet systematisch vastgelegd.",
    "De exacte kosten zijn nog niet bekend.",
    "Wat de oorzaak is, is nog onduidelijk.",
    "Dat zal moeten blijken.",
]

SUBSTANTIVE = [
    "Ja, de brief van 3 mei gaat daar ook op in.",
    "In 2023 zijn 340 meldingen geregistreerd.",
    "De politie registreert iedere melding in haar systeem.",
    "Het OM heeft de zaak geseponeerd.",
    "Er is geen sprake van een lopend onderzoek.",
    "Patiënten worden door de huisarts verwezen naar de specialist.",
    "De gemeente heeft de ouders geïnformeerd.",
    "Het aantal meldingen is niet gestegen.",
    "Nee, dat deel ik niet, omdat de regels streng zijn.",
    "Ja. De wet wordt per 1 januari gewijzigd.",
    "De regeling geldt voor alle scholen; dat heb ik in de brief van 3 mei ook gemeld, en de middelen worden in "
    "juli uitgekeerd aan de besturen die daarvoor een aanvraag hebben gedaan.",
    "Het bedrijf was niet geregistreerd bij de Kamer van Koophandel.",
    "Het kabinet heeft besloten de subsidie te verhogen tot 20 miljoen euro.",
    "Nee. De inspectie heeft geen signalen ontvangen dat scholen de regels overtreden.",
    "De rechter heeft op 3 mei uitspraak gedaan; de gemeente gaat in hoger beroep.",
    "Ik ben niet van plan de wet te wijzigen.",
    "Nee, daar zie ik geen aanleiding toe.",
    "Ja, dat is mij bekend.",
    "Het onderzoek wordt uitgevoerd door het RIVM en duurt twee jaar.",
    "De gegevens worden door het CBS verzameld en jaarlijks gepubliceerd.",
    "Nee, het is niet aan de gemeente om dat te bepalen; dat doet het Rijk.",
    "Er zijn geen gegevens gelekt.",
    "Nee, er zijn mij geen signalen bekend dat scholen de regels overtreden.",
    "De inspectie registreert alle klachten sinds 2020; in 2023 waren het er 120.",
    "Ik wacht niet af: het kabinet neemt nu maatregelen.",
    "Nederland loopt niet vooruit op deze internationale ontwikkelingen.",
    "Gemeenten zijn niet verplicht om een register bij te houden.",
    "Het rapport is op 3 mei verschenen en bevat twaalf aanbevelingen, die ik alle overneem.",
    "Het is aan gemeenten om passend onderwijs te organiseren, en daarvoor krijgen zij 200 miljoen euro.",
    "Ik verwijs de betrokkenen naar het Juridisch Loket.",
    "De regels staan in de Wet op het primair onderwijs.",
    "Ja, daarover heb ik uw Kamer op 3 mei geïnformeerd.",
    "De kosten bedragen 3 miljoen euro; zoals gemeld in de brief van 3 mei worden die gedragen door het Rijk.",
]

# not the core: what may stand before it (an apology, a courtesy, a general sentence on policy) and after it
OPENINGS = [
    "Excuses voor de late beantwoording.",
    "Het kabinet hecht groot belang aan een goede uitvoering.",
    "Het kabinet zet zich in voor een veilige samenleving.",
    "Ik begrijp de zorgen van de betrokkenen.",
    "Dit onderwerp heeft mijn volle aandacht.",
    "Het kabinet neemt deze signalen serieus.",
    "Het spijt me dat de beantwoording langer heeft geduurd dan gebruikelijk. Het kabinet hecht aan goede zorg.",
]
TAILS = [
    "Het kabinet blijft de ontwikkelingen nauwlettend volgen.",
    "Wel kan ik in algemene zin zeggen dat de regels streng zijn. De inspectie ziet daarop toe.",
]

FAMILIES = [("verwijzing-brief", LETTER), ("verwijzing-antwoord", ANSWER), ("geweigerd", REFUSED),
            ("onbekend", UNKNOWN)]  # fmt: skip


@pytest.mark.parametrize(("kind", "text"), [(kind, text) for kind, texts in FAMILIES for text in texts])
def test_a_phrasing_of_the_family(kind: str, text: str) -> None:
    assert kind_of(text).kind == kind


@pytest.mark.parametrize("text", SUBSTANTIVE)
def test_substance_with_the_families_words_stays_substantive(text: str) -> None:
    assert kind_of(text).kind == "inhoudelijk"


@pytest.mark.parametrize(("kind", "texts"), FAMILIES)
def test_the_core_after_an_opening_and_before_general_text(kind: str, texts: list[str]) -> None:
    """Convention 3: the core decides after an opening that is not the core, with general text after it or not."""
    cores = [text for text in texts if ". " not in text]  # one sentence each
    for opening in ["", *OPENINGS]:
        for tail in ["", *TAILS]:
            wrong = [core for core in cores if kind_of(" ".join(filter(None, (opening, core, tail)))).kind != kind]
            assert not wrong, (opening, tail, wrong)


@pytest.mark.parametrize("opening", OPENINGS)
def test_an_opening_before_substance_leaves_it_substantive(opening: str) -> None:
    for text in SUBSTANTIVE:
        if not text.startswith(("Ja", "Nee")):
            continue
        assert kind_of(f"{opening} {text}").kind == "inhoudelijk"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # hard to say, in more words between (round 8)
        ("Dat is lastig met zekerheid vooraf te zeggen.", "onbekend"),
        ("Het is moeilijk om de gevolgen voor de regio in cijfers te duiden.", "onbekend"),
        ("De duur is van veel factoren afhankelijk en daarom niet eenduidig in te schatten.", "onbekend"),
        ("Ik ben niet bekend met het precieze aantal aanvragen.", "onbekend"),
        ("Het is moeilijk voor kleine gemeenten om de kosten te berekenen, daarom krijgen zij steun.", "inhoudelijk"),
        # not familiar with a thing asked about, a double negation, what was not known then: a plain answer
        ("Het ministerie is niet bekend met een dergelijke regeling.", "inhoudelijk"),
        ("Voor omwonenden is de hinder niet onbekend.", "inhoudelijk"),
        ("Destijds was nog niet bekend dat het middel bijwerkingen had.", "inhoudelijk"),
        ("Alhoewel ik geen zicht heb op alle motieven, speelt de prijs zeker een rol.", "inhoudelijk"),
        # an independent supervisor decides on its own
        ("De Kansspelautoriteit is een onafhankelijke toezichthouder en beslist zelf over haar handhaving.",
         "geweigerd"),
        # a pointer, then the answer in its own words (convention 4) — or only a summary or a general sentence
        ("Zie het antwoord op vraag 2. De subsidie wordt niet verlengd, omdat het budget op is.", "inhoudelijk"),
        ("Zie het antwoord op vraag 2. Daaruit blijkt dat de subsidie stopt.", "verwijzing-antwoord"),
        ("Zie het antwoord op vraag 2. Het kabinet blijft de ontwikkelingen volgen.", "verwijzing-antwoord"),
        ("Zie antwoord 2. Dat antwoord gaat ook over de kosten.", "verwijzing-antwoord"),
        # asked of whoever holds it, not in yet
        ("Ik heb de vervoerder om deze gegevens gevraagd.", "onbekend"),
        ("Het ministerie heeft de provincie om nadere informatie gevraagd.", "onbekend"),
        # a general sentence before the core
        ("Voortdurende aandacht is nodig om de wachttijden te verkorten. Zie de Kamerbrief van 3 mei.",
         "verwijzing-brief"),
        ("Een goede bereikbaarheid is een belangrijke doelstelling van het kabinet. Hiervoor verwijs ik naar de brief "
         "van 3 mei.", "verwijzing-brief"),
        ("Wel kan ik in algemene zin zeggen dat de regels streng zijn. Zie verder de Kamerbrief van 3 mei.",
         "verwijzing-brief"),
    ],
)
def test_round_eight_families(text: str, kind: str) -> None:
    assert kind_of(text).kind == kind
