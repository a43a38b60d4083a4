"""Families written from the development part's misses (issue 39): each real answer the rules read otherwise than
its label (tests/evaluation/answers/dev.jsonl, pairs-dev.jsonl, /work/brief/pages/answers/dev.jsonl), then the
family in its variations (word order, tense, negation, subject, glued words), then substantive answers of the
development part that use the same words and stay substantive."""

from __future__ import annotations

import pytest

from kqreader.facts.answerkinds import kind_of

# --- refusals -----------------------------------------------------------------------------------------------------

# docs/sgd/sgd-0000027335.txt [2-5] (1990): background first, then too early to answer: a long answer's refusal
_TOO_EARLY_REAL = (
    "Met referte aan de notitie van 25 juni 1990 (Kamerstukken II, 1989-1990, 21 300 IXB, nr. 51) en het mondelinge "
    "overleg van 4 juli 1 990, roep ik in herinnering dat de Staatssecretaris van Economische Zaken en ik ons "
    "momenteel oriënteren inzake het betalingsverkeer. In het kader van deze oriëntatie is inmiddels een aantal "
    "gesprekken met betrokkenen gevoerd. In het desbetreffende gesprek met de Nederlandse Vereniging van Banken (NVB)"
    " is dezerzijds gewezen op de alom -ook door mijzelf -uitgesproken wens om over actueler cijfermateriaal inzake "
    "de kosten en opbrengsten van het betalingsverkeer te kunnen beschikken. De NVB heeft door het laten opstellen "
    "van het eerdergenoemd KPMG/KBH-rapport aan deze wens willen voldoen. De inhoud van het KPMG/KBH-rapport wordt "
    "thans nader bestudeerd. Daarnaast ligt het in de bedoeling dat de Staatssecretaris van Economische Zaken en ik "
    "in de tweede helft van oktober opnieuw met betrokkenen zullen spreken. Daarbij zal vanzelfsprekend ook het "
    "meergenoemde KPMG/KBH-rapport aan de orde komen. Gelet op het voorgaande acht ik het, en met mij de "
    "Staatssecretaris van Economische Zaken, thans te vroeg om de vragen 2, 3, 4 en 5 te beantwoorden. Wel kan ik u "
    "verzekeren dat de in de vragen naar voren gebrachte punten een rol zullen spelen in de nog te voeren gesprekken "
    "alsook in de rapportage aan de Tweede Kamer omtrent onze bevindingen."
)
# docs/sgd/sgd-0000166166.txt [1, 2] (1970s): another's view awaited before forming one
_AWAIT_REAL = (
    "Het Tripartite Overleg heeft mij onlangs medegedeeld dat in zijn midden momenteel een gedachtenwisseling "
    "plaatsvindt over zijn positie en de betekenis van zijn Beschouwingen in relatie tot de wettelijke voorschriften "
    "omtrent de jaarrekening. Het heeft toegezegd mij te zijner tijd te zullen berichten over de uitkomsten van deze "
    "gedachtenwisseling, die nog niet tot een afgerond standpunt heeft geleid. Ik geef er de voorkeur aan het bericht "
    "omtrent het standpunt van het Tripartite Overleg af te wachten, alvorens zonder daarvan op de hoogte te zijn mij "
    "een eigen mening te vormen."
)


@pytest.mark.parametrize(
    "text",
    [
        _TOO_EARLY_REAL,
        _AWAIT_REAL,
        # pairs-dev.jsonl:37: a refusal after "Zoals … aangegeven," (not a pointer to another answer)
        "Zoals hiervoor ook aangegeven, kan ik over individuele zaken geen mededelingen doen.",
        # too early: word order, subject, the thing declined, glued words
        "Het is nog te vroeg om op deze vragen in te gaan.",
        "Het kabinet acht het prematuur om hierop te reageren.",
        "Ik vind het voorbarig om daar nu een standpunt over in te nemen.",
        "Het is te vroeg om mij hierover uit te spreken.",
        "Het is te vroegom hierop in te gaan.",
        "Daar ga ik nog niet op in. Het is te vroeg om een standpunt te bepalen.",
        # waiting for another's view first, both clause orders
        "Ik wacht het advies van de Raad van State af alvorens een standpunt in te nemen.",
        "Alvorens een standpunt in te nemen, wacht ik het advies van de Gezondheidsraad af.",
        "Voordat ik een oordeel geef, wil ik het onderzoek van de inspectie afwachten.",
        # "Zoals …," before a refusal or a refusal of another family
        "Zoals eerder gemeld, ga ik niet in op individuele zaken.",
        "Zoals in het antwoord op vraag 3 aangegeven, doe ik geen uitspraken over lopende onderzoeken.",
        "Zoals in de brief van 3 mei vermeld, is het niet aan mij om hierover te oordelen.",
    ],
)
def test_a_refusal_of_the_development_part_and_its_family(text: str) -> None:
    assert kind_of(text).kind == "geweigerd"


def test_a_long_answers_refusal_is_the_sentence_shown() -> None:
    assert kind_of(_TOO_EARLY_REAL).evidence.startswith("Gelet op het voorgaande acht ik het")


@pytest.mark.parametrize(
    "text",
    [
        # dev answers with the same words, substantive
        "Ik acht dan ook de uitspraak dat de Zuiderzeespoorlijn voorlopig te duur is, niet prematuur.",
        "Het is afwachten welke strategie de nieuwe eigenaar I Squared Capital gaat hanteren voor Arriva en of dat "
        "mogelijk gevolgen heeft voor de (toekomstige) activiteiten van Arriva.",
        "Landen maken hun eigen afwegingen om een vaccin, al dan niet vooruitlopend op een oordeel van het EMA, in te "
        "zetten. Ik heb er mede daarom voor gekozen te wachten op het oordeel van het EMA, voor ik een boostprik voor "
        "adolescenten beschikbaar stelde.",
        "Zoals in eerdere antwoorden aangegeven, kunnen er aan het vooronderzoek waarover EenVandaag berichtte geen "
        "conclusies worden verbonden aan de juistheid van de beoordelingen.",
        "Zoals in het antwoord op vraag 10 aangegeven, zie ik wel degelijk sturingsinstrumentenvoor gemeenten.",
        # pairs-dev.jsonl:113: a concession without a comma, its main clause after the parenthesis gives the view
        "Hoewel ik niet nader kan ingaan op deze individuele casus (net zo min als ik dat kan op andere individuele "
        "gevallen) onderschrijf ik niet dat de AIVD onrechtmatig en onbehoorlijk heeft gehandeld.",
        # too early to say is not known, not a refusal; an early start is a fact
        "Het is nog te vroeg om te zeggen of de maatregel werkt.",
        # shared SGD ah-tk-19911992-22: too early for a judgement of how it works: not known yet
        "Het is op dit moment te vroeg om een onderbouwd oordeel uit te spreken over de werking van de afspraken uit "
        "het najaarsoverleg.",
        "De aanvraag is te vroeg ingediend en daarom afgewezen.",
    ],
)
def test_substance_with_the_refusals_words_is_no_refusal(text: str) -> None:
    assert kind_of(text).kind != "geweigerd"


# --- pointers to a letter, a briefing, a report -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # /work/brief/pages/answers/dev.jsonl:26 (ah-tk-20192020-3062 [3]): where it is found, then a long list of what
        ("In het incidentenoverzicht 2019 dat ik op 13 mei jl. aan uw Kamer heb aangeboden treft u achtereenvolgens "
         "aan incidenten op COA-locaties, registraties van misdrijven waarvan vreemdelingen worden verdacht en "
         "verblijfsrechtelijke consequenties van criminaliteit door vreemdelingen.", "verwijzing-brief"),
        ("Een overzicht van de aantallen per provincie treft u aan in de bijlage bij de brief van 3 mei.",
         "verwijzing-brief"),
        ("Het kabinet vindt dit belangrijk. In de Kamerbrief van 3 mei treft u de uitwerking aan.", "verwijzing-brief"),
        # pairs-dev.jsonl:23: a technical briefing is a paper pointed to (a word an apostrophe ends counts as a word)
        ("In de technische briefing die plaatsvond voorafgaand aan het Commissiedebat van 1 november jl. zijn de "
         "financiële en juridische risico’s toegelicht.", "verwijzing-brief"),
        ("Tijdens de technische briefing van 3 mei is hier uitgebreid op ingegaan.", "verwijzing-brief"),
        ("In de briefing van 12 juni heb ik de risico's van de maatregel toegelicht.", "verwijzing-brief"),
        # pairs-dev.jsonl:76: another ministry's answer
        ("Voor het antwoord op deze vraag verzoek ik u zich te wenden tot het Ministerie van Landbouw, Natuur en "
         "Voedselkwaliteit. Ik verwijs naar hun antwoord.", "verwijzing-antwoord"),
        ("Ik verwijs naar zijn antwoord op vraag 4.", "verwijzing-antwoord"),
    ],
)
def test_a_pointer_of_the_development_part_and_its_family(text: str, kind: str) -> None:
    assert kind_of(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # dev answers with the same words, substantive: a yes or no leads; what the government will do
        "Nee; wel is in juli 1985 een interimrapportage van de haalbaarheidsstudie Zuiderzeespoorlijn uitgebracht door "
        "de door mij ingestelde Stuurgroep Zuiderzeelijn. Deze rapportage treft u als bijlage aan.",
        "Ja, in de briefing van 3 mei zijn de risico's toegelicht.",
        "De minister organiseert in juni een technische briefing voor de Kamerleden over de risico's.",
    ],
)
def test_substance_with_the_pointers_words_is_no_pointer(text: str) -> None:
    assert kind_of(text).kind == "inhoudelijk"
