"""Answer kinds, answers in part and promises with their due dates: on real answers (kinds written by reading them)
and on every due-date phrase, with answer dates near the year's end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kqreader.facts.answerkinds import kind_of, unanswered
from kqreader.facts.promises import NO_DATE, promises_in, state_of, unglued
from kqreader.parsing import parse_file

REAL = Path(__file__).parent / "real"


@pytest.mark.parametrize(
    ("path", "question", "kind", "evidence_starts"),
    [
        ("pdf/ah-tk-20232024-2367_1b2d2126.pdf", 3, "geweigerd", "Ik kan niet ingaan op de exacte omstandigheden"),
        ("pdf/ah-tk-20232024-1292_1b38043f.pdf", 8, "verwijzing-antwoord", "Zie het antwoord op vraag 7."),
        ("docx/beantwoording-Eerdmans-ME-Arnhem.docx", 3, "onbekend", "Hierover zijn geen cijfers bekend."),
        ("docx/beantwoording-2024Z11889-Teunissen-politiehonden.docx", 14, "onbekend", "Het is mij niet bekend of"),
        ("docx/beantwoording-2024Z11889-Teunissen-politiehonden.docx", 1, "inhoudelijk", "Ja."),
        ("pdf/ah-tk-20232024-1893_1bd47dc8.pdf", 4, "onbekend", "Het kabinet heeft hier geen inzicht in."),
        ("pdf/ah-tk-20232024-1893_1bd47dc8.pdf", 7, "geweigerd", "Het kabinet kan in het openbaar niet ingaan op"),
        ("pdf/ah-tk-20232024-1949_1bb0809b.pdf", 4, "geweigerd", "In verband met de privacy van de betrokken"),
        ("pdf/ah-tk-20232024-1771_1b26915f.pdf", 6, "toezegging", "Uw Kamer wordt hier voor het zomerreces over"),
        ("pdf/ah-tk-20232024-2168_1cf0c343.pdf", 2, "inhoudelijk", ""),
    ],
)
def test_the_kind_of_a_real_answer(path: str, question: int, kind: str, evidence_starts: str) -> None:
    dossier = parse_file(REAL / path)
    answer = dossier.question(question).answer  # type: ignore[union-attr]
    verdict = kind_of(answer.text if answer else None)
    assert verdict.kind == kind and verdict.evidence.startswith(evidence_starts)


def test_a_promise_in_a_real_answer() -> None:
    dossier = parse_file(REAL / "pdf/ah-tk-20232024-2168_1cf0c343.pdf")
    answer = dossier.question(2).answer  # type: ignore[union-attr]
    assert answer is not None
    [promise] = promises_in(answer.text, dossier.answered)
    assert promise.text.endswith("zal ik de Kamer hierover eind 2024 nader informeren.")
    assert (promise.due, promise.basis) == (date(2024, 12, 31), "eind 2024")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zie het antwoord op vraag 3.", "verwijzing-antwoord"),
        ("Voor het antwoord op deze vraag verwijs ik u naar het antwoord op vraag 2.", "verwijzing-antwoord"),
        ("Ja, zie ook het antwoord op vraag 9.", "inhoudelijk"),  # it answers (Ja), then refers
        ("Ik verwijs u naar mijn brief van 12 maart (Kamerstuk 36 200, nr. 12).", "verwijzing-brief"),
        ("Dat is mij niet bekend.", "onbekend"),
        ("Hierover beschik ik niet over gegevens.", "onbekend"),
        ("Ik ga niet in op individuele gevallen.", "geweigerd"),
        ("Daar kan ik niet op vooruitlopen.", "geweigerd"),
        ("Ik zal uw Kamer voor de zomer informeren.", "toezegging"),
        ("Zodra het onderzoek is afgerond, ontvangt u een brief.", "toezegging"),
        ("", "niet-beantwoord"),
        ("De kosten waren 3 miljoen euro. Ik zal uw Kamer hierover informeren. Dat doe ik in maart.", "inhoudelijk"),
        ("Het is mij bekend dat de stichting dit heeft gemeld.", "inhoudelijk"),  # known: a fact, not "not known"
        # the kinds of the issue, each a family: its phrasings turned round, in other tenses, glued by an extraction
        ("Daar heb ik geen zicht op.", "onbekend"),
        ("Ik heb daar geenzicht op.", "onbekend"),
        ("Het kabinet heeft hier geen inzicht in.", "onbekend"),
        ("Die aantallen worden niet geregistreerd.", "onbekend"),
        ("Dat houden wij niet bij.", "onbekend"),
        ("Er bestaat geen landelijke registratie van deze meldingen.", "onbekend"),
        ("Cijfers hierover zijn niet op landelijk niveau beschikbaar.", "onbekend"),
        ("Het is niet mogelijk om aan te geven hoeveel aanvragen er waren.", "onbekend"),
        ("Op hypothetische vragen ga ik niet in.", "geweigerd"),
        ("Het kabinet speculeert niet over hypotheti-sche situaties.", "geweigerd"),
        ("Het is niet aan mij om daarover te oordelen.", "geweigerd"),
        ("Over lopende onderzoeken kan ik geen mededelingen doen.", "geweigerd"),
        ("Ik ganiet in op welke zaken dat betreft.", "geweigerd"),
        ("Daar ga ik niet over.", "geweigerd"),
        ("Lopende het strafrechtelijk onderzoek kan ik hier niets over zeggen.", "geweigerd"),
        ("Zie mijn antwoord hierboven.", "verwijzing-antwoord"),
        ("Deze vraag is beantwoord bij vraag 4.", "verwijzing-antwoord"),
        ("Ik verwijs naar mijn antwoorden op de vragen van het lid Jansen van 3 mei.", "verwijzing-antwoord"),
        ("Zoals gemeld in mijn brief aan uw Kamer van 3 mei loopt het onderzoek nog.", "verwijzing-brief"),
        ("Het antwoord op deze vraag volgt zo spoedig mogelijk.", "toezegging"),
        ("Hierover heb ik uw Kamer op 3 mei geïnformeerd (Kamerstuk 29 000, nr. 4).", "verwijzing-brief"),
        ("Gelijktijdig met deze antwoorden ontvangt u de brief over de evaluatie.", "verwijzing-brief"),
        ("Meer informatie is te vinden op de website van de RVO.", "verwijzing-brief"),
        ("Op de kosten ben ik ingegaan in mijn brief van 12 maart.", "verwijzing-brief"),
        ("Zoals gemeld in de brief van 3 mei wordt de regeling verlengd. Zij geldt voor iedereen. Het kost 3 miljoen. "
         "De gemeenten voeren haar uit. Zij doen dat sinds 2020. Er zijn 400 aanvragen. Dat is meer dan verwacht.",
         "inhoudelijk"),  # a pointer, then a long answer: substance added
        ("Dat valt buiten mijn bevoegdheid.", "geweigerd"),
        ("Deze informatie kan ik niet met uw Kamer delen.", "geweigerd"),
        ("Ik becommentarieer geen rechterlijke uitspraken.", "geweigerd"),
        ("Het is nog te vroeg om daar conclusies aan te verbinden.", "onbekend"),
        ("Hier is geen onderzoek naar gedaan.", "onbekend"),
        ("Dat is lastig te kwantificeren.", "onbekend"),
        ("Over de stand van zaken heb ik uw Kamer op 3 mei jl. geïnformeerd.", "verwijzing-brief"),
        ("De Kamer is op 3 mei geïnformeerd over de uitkomsten.", "verwijzing-brief"),
        ("Het kabinet heeft op 12 mei een brief over de regeling aan uw Kamer gestuurd.", "verwijzing-brief"),
        ("Ik kan niet treden in de afwegingen van de rechter.", "geweigerd"),
        ("Ik zie geen aanleiding om hier nader op in te gaan.", "geweigerd"),
        ("Daar kan ik op dit moment niets over zeggen.", "geweigerd"),
        ("Er is geen informatie over het aantal meldingen.", "onbekend"),
        ("Er zijn geen gegevens die erop wijzen dat het vaker gebeurt.", "inhoudelijk"),  # no sign: a no, an answer
        # the core past an opening, and a general first sentence
        ("Excuses voor de late beantwoording. Ik verwijs naar mijn brief van 3 mei.", "verwijzing-brief"),
        ("Het kabinet vindt veiligheid belangrijk. Over individuele zaken doe ik geen uitspraken.", "geweigerd"),
        ("Dit wordt onderzocht. Ik stuur u de uitkomsten na de zomer toe.", "toezegging"),
        ("De uitkomsten zijn nog niet bekend; ik informeer uw Kamer zodra ze er zijn.", "toezegging"),
        ("Nee. Ik ga niet in op individuele gevallen.", "inhoudelijk"),  # it answers (Nee), then declines more
        ("Ik vind dat belangrijk. Zie ook het antwoord op vraag 2.", "inhoudelijk"),  # "zie ook": an addition
        # letter pointers and refusals in more forms (issue 39, round 5)
        ("Het kabinet vindt dit een belangrijk onderwerp. Voor de uitwerking verwijs ik naar de Kamerbrief van 3 mei. "
         "Daarin staat ook de planning. Daarna volgt de uitvoering. Die begint in 2025. De gemeenten doen mee. Zij "
         "krijgen er geld voor.", "verwijzing-brief"),  # a pointer after a general lead, in a longer answer
        ("Voor een uitgebreide toelichting op de gevolgen voor de sector verwijs ik u naar de Kamerbrief van 3 mei.",
         "verwijzing-brief"),
        ("Hierover heeft de minister van Financiën uw Kamer op 3 mei geïnformeerd.", "verwijzing-brief"),
        ("Zoals aangegeven in de Kamerbrief van 3 mei 2024 over de voortgang van de aanpak van de wachtlijsten in de "
         "jeugdzorg en de ggz (Kamerstuk 31 839, nr. 1012, en Kamerstuk 25 424, nr. 650) worden de maatregelen "
         "dit jaar uitgevoerd.", "verwijzing-brief"),  # a citation makes a pointer long, not substantive
        ("Zie 1.", "verwijzing-antwoord"),
        ("Deze vraag behoeft in verband met het voorgaande geen beantwoording meer.", "verwijzing-antwoord"),
        ("Het betreft bedrijfsvertrouwelijke informatie die ik niet kan delen.", "geweigerd"),
        ("Het kabinet vindt integriteit belangrijk. Het is aan het Openbaar Ministerie om te beoordelen of vervolging "
         "aan de orde is.", "geweigerd"),
        ("Deze vragen kunnen pas worden beantwoord, nadat het kabinet een besluit heeft genomen.", "geweigerd"),
        ("Omdat het een beursgenoteerde onderneming betreft, kan ik hier niet verder op ingaan.", "geweigerd"),
        ("Vanwege de lopende rechtszaak kan ik hier geen uitspraken over doen.", "geweigerd"),
        ("Omdat de zaak veel aandacht kreeg, kunnen we niet anders dan de regels aanpassen.", "inhoudelijk"),
        ("Het kabinet vindt dit belangrijk. Ik heb de vraag over de kosten gesteld aan de gemeente. Die kosten zijn 3 "
         "miljoen. Dat is meer dan verwacht. Een deel betaalt het Rijk.", "inhoudelijk"),
    ],
)
def test_kinds_by_their_rules(text: str, kind: str) -> None:
    assert kind_of(text).kind == kind


def test_a_bare_yes_leaves_the_other_questions_unanswered() -> None:
    question = "Kent u het bericht? Wat vindt u ervan? Zo nee, waarom niet? Bent u bereid het te onderzoeken?"
    assert unanswered(question, "Ja.") == ["Wat vindt u ervan?", "Bent u bereid het te onderzoeken?"]
    assert unanswered(question, "Ja, en ik vind het zorgelijk.") == []  # it says more: not flagged
    assert unanswered("Kent u het bericht? Zo ja, wat vindt u ervan?", "Ja.") == []  # only a follow-up: answered


ANSWERED = date(2024, 11, 20)


@pytest.mark.parametrize(
    ("phrase", "answered", "due"),
    [
        ("voor de zomer", ANSWERED, date(2025, 7, 1)),
        ("voor de zomer", date(2024, 3, 1), date(2024, 7, 1)),
        ("na de zomer", ANSWERED, date(2025, 10, 1)),
        ("na het zomerreces", date(2024, 6, 1), date(2024, 10, 1)),
        ("voor het einde van het jaar", ANSWERED, date(2024, 12, 31)),
        ("voor het einde van het jaar", date(2024, 12, 31), date(2024, 12, 31)),
        ("dit najaar", date(2024, 9, 20), date(2024, 12, 31)),
        ("in het eerste kwartaal van 2025", ANSWERED, date(2025, 3, 31)),
        ("in het tweede kwartaal", date(2024, 12, 30), date(2025, 6, 30)),
        ("in het vierde kwartaal", date(2024, 12, 30), date(2024, 12, 31)),
        ("in maart", ANSWERED, date(2025, 3, 31)),
        ("in maart", date(2024, 2, 1), date(2024, 3, 31)),
        ("in december", date(2024, 12, 30), date(2024, 12, 31)),
        ("binnen zes weken", date(2024, 12, 20), date(2025, 1, 31)),
        ("binnen drie maanden", date(2024, 11, 30), date(2025, 2, 28)),
        ("eind 2025", ANSWERED, date(2025, 12, 31)),
        # the conventions of tests/evaluation/answers/README.md
        ("komend voorjaar", ANSWERED, date(2025, 6, 30)),
        ("volgendvoorjaar", date(2024, 7, 10), date(2025, 6, 30)),  # glued by an extraction
        ("in het voorjaar", date(2024, 3, 1), date(2024, 6, 30)),
        ("dit najaar", date(2024, 10, 1), date(2024, 12, 31)),
        ("komend najaar", date(2024, 10, 1), date(2025, 12, 31)),  # said in the autumn: the next one
        ("in het najaar van 2025", ANSWERED, date(2025, 12, 31)),
        ("deze zomer", date(2024, 5, 2), date(2024, 10, 1)),
        ("voor het kerstreces", ANSWERED, date(2024, 12, 31)),
        ("in het derde kwartaal van 2025", ANSWERED, date(2025, 9, 30)),
        ("in Q2 2025", ANSWERED, date(2025, 6, 30)),
        ("begin maart", ANSWERED, date(2025, 3, 10)),
        ("medio maart", ANSWERED, date(2025, 3, 15)),
        ("vóór maart", ANSWERED, date(2025, 2, 28)),
        ("uiterlijk maart 2028", ANSWERED, date(2028, 3, 31)),
        ("in de loop van maart", ANSWERED, date(2025, 3, 31)),
        ("medio 2025", ANSWERED, date(2025, 6, 30)),
        ("in de eerste helft van 2025", ANSWERED, date(2025, 6, 30)),
        ("in de tweede helft van volgend jaar", ANSWERED, date(2025, 12, 31)),
        ("begin 2025", ANSWERED, date(2025, 3, 31)),
        ("later dit jaar", date(2024, 5, 1), date(2024, 12, 31)),
        ("volgend jaar", ANSWERED, date(2025, 12, 31)),
        ("bij de begroting", date(2025, 2, 1), date(2025, 9, 16)),  # Prinsjesdag 2025: the third Tuesday
        ("binnen tien dagen", ANSWERED, date(2024, 11, 30)),
        ("ruim vóór de deadline van 1 maart", ANSWERED, date(2025, 3, 1)),  # a date in the promise
    ],
)
def test_due_dates(phrase: str, answered: date, due: date) -> None:
    [promise] = promises_in(f"Ik zal uw Kamer {phrase} informeren.", answered)
    assert promise.due == due


@pytest.mark.parametrize("phrase", ["zo spoedig mogelijk", "zodra het onderzoek klaar is", "te zijner tijd", "",
                                    "de komende maanden", "binnen enkele weken"])
def test_promises_without_a_date_say_so(phrase: str) -> None:
    [promise] = promises_in(f"Ik zal uw Kamer {phrase} informeren.", ANSWERED)
    assert (promise.due, promise.basis) == (None, NO_DATE)


def test_what_is_no_promise() -> None:
    assert promises_in("Ik heb uw Kamer op 3 mei geïnformeerd over de stand van zaken.", ANSWERED) == []
    assert promises_in("De Kamer is hierover eerder geïnformeerd.", ANSWERED) == []


def test_a_promise_is_open_due_overdue_or_kept() -> None:
    due = date(2025, 1, 10)
    assert state_of(due, date(2024, 11, 1), kept=False) == "open"
    assert state_of(due, date(2025, 1, 1), kept=False) == "due"
    assert state_of(due, date(2025, 1, 11), kept=False) == "overdue"
    assert state_of(due, date(2025, 1, 11), kept=True) == "kept"
    assert state_of(None, date(2030, 1, 1), kept=False) == "open"


ANSWERS = [
    "Zie het antwoord op vraag 3.", "Dat is mij niet bekend.", "Ik ga niet in op individuele gevallen.",
    "Ik zal uw Kamer voor de zomer informeren.", "De kosten bedroegen 3 miljoen euro. Dat is veel.",
    "Ik verwijs u naar mijn brief van 12 maart (Kamerstuk 36 200, nr. 12).",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(answer=st.sampled_from(ANSWERS), gaps=st.lists(st.sampled_from([" ", "\n", "  ", "\t", " \n "]), min_size=40,
                                                      max_size=40))  # fmt: skip
def test_a_kind_does_not_change_with_spacing_or_line_wraps(answer: str, gaps: list[str]) -> None:
    words = answer.split(" ")
    wrapped = "".join(word + (gaps[i % len(gaps)] if i < len(words) - 1 else "") for i, word in enumerate(words))
    assert kind_of(wrapped) == kind_of(answer)
    assert [p.due for p in promises_in(wrapped, ANSWERED)] == [p.due for p in promises_in(answer, ANSWERED)]


@pytest.mark.parametrize(
    ("sentence", "answered", "due", "basis"),
    [  # the forms real answers use (written by reading the shared corpus and tests/real)
        ("Ik ben voornemens om u in april 2025 bij separate brief over dit traject nader te informeren.", ANSWERED,
         date(2025, 4, 30), "in april 2025"),
        ("Het kabinet zal de Tweede Kamer begin volgend jaar informerenover het SCF.", ANSWERED, date(2025, 3, 31),
         "begin volgend jaar"),  # a word glued on by the converter
        ("Ja, zodra de resultaten beschikbaar zijn, zal ik deze van mijn reactie voorzien en met uw Kamer delen.",
         ANSWERED, None, NO_DATE),
        ("In de volgende voortgangsrapportage die eind 2023 naar uw Kamer wordt verstuurd informeer ik uw Kamer "
         "hierover.", date(2023, 8, 17), date(2023, 12, 31), "eind 2023"),
        ("Zodra de resultaten gereed zijn, wordt de kabinetsreactie zo spoedig mogelijk naar Uw Kamer gestuurd.",
         ANSWERED, None, NO_DATE),  # "zijn, wordt … gestuurd": the clause that sends is not in the past
        ("Uw Kamer wordt hier voor het zomerreces over geïnformeerd.", date(2024, 5, 17), date(2024, 7, 1),
         "voor het zomerreces"),
        ("Op de precieze impact op het uitrolplan kom ik na de zomer terug.", date(2024, 7, 23), date(2024, 10, 1),
         "na de zomer"),
        ("Over de precieze impact informeer de Kamer na de zomer.", date(2024, 7, 23), date(2024, 10, 1),
         "na de zomer"),  # present tense with a time: a promise
        ("Op 26 september is er een bijeenkomst en ik verwacht uw Kamer dit najaar te informeren.", date(2024, 8, 22),
         date(2024, 12, 31), "dit najaar"),
        ("De voortgangsrapportage die voor de kerst aan uw Kamer zal worden verzonden, bericht u hierover.",
         date(2023, 12, 4), date(2023, 12, 24), "voor de kerst"),
        ("Uw Kamer zal hierover na afronding van dit proces nader worden geïnformeerd.", ANSWERED, None, NO_DATE),
        ("Ik stuur uw Kamer vóór 1 maart 2025 de evaluatie.", ANSWERED, date(2025, 3, 1), "vóór 1 maart 2025"),
        ("In de loop van 2025 informeer ik uw Kamer over de uitkomsten.", ANSWERED, date(2025, 12, 31),
         "In de loop van 2025"),
        # present tense with "u" after the verb; documents that go to the Kamer; glued words; things still to come
        ("Ik stuur u de uitkomsten na de zomer toe.", ANSWERED, date(2025, 10, 1), "na de zomer"),
        ("De voortgangsrapportage die eind 2025 naar uw Kamer gaat, gaat hierop in.", ANSWERED, date(2025, 12, 31),
         "eind 2025"),
        ("In de volgende voortgangsrapportage ga ik hier nader op in.", ANSWERED, None, NO_DATE),
        ("Ik rapporteer hier jaarlijks over in de Staat van Groningen.", ANSWERED, None, NO_DATE),
        ("Het kabinet zal in een separate brief op deze vraag ingaan.", ANSWERED, None, NO_DATE),
        ("Ik zal uw Kamerinformeren volgendvoorjaar.", ANSWERED, date(2025, 6, 30), "volgendvoorjaar"),
        ("U wordthier voor het einde van het jaar over geïnformeerd.", ANSWERED, date(2024, 12, 31),
         "voor het einde van het jaar"),
        ("Wanneer het kabinet de voorlichting ontvangen heeft, zal deze aan de Tweede Kamergestuurd worden.", ANSWERED,
         None, NO_DATE),
        ("Zoals toegezegd tijdens het debat stuur ik uw Kamer een brief over de registratie.", ANSWERED, None,
         NO_DATE),
        ("Voor de aantallen verwijs ik naar de technische briefing, die op 19 december plaats-vindt.", ANSWERED,
         date(2024, 12, 19), "19 december"),
        ("Het antwoord op deze vraag volgt zo spoedig mogelijk.", ANSWERED, None, NO_DATE),
        ("In de Kamerbrief van 15 december jl. is aangegeven dat ik uw Kamer na afronding informeer.", ANSWERED,
         None, NO_DATE),
    ],
)
def test_the_forms_of_a_promise(sentence: str, answered: date, due: date | None, basis: str) -> None:
    [promise] = promises_in(sentence, answered)
    assert (promise.text, promise.due, promise.basis) == (unglued(sentence), due, basis)  # shown apart: "wordt hier"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik verwacht van zorgaanbieders dat zij hun cliënten goed informeren.",  # others are told, not the Kamer
        "De NZa heeft een folder opgesteld om cliënten en patiënten te informeren.",
        "Hierbij informeer ik uw Kamer over de stand van zaken.",  # told now, in this letter
        "Zoals ik uw Kamer eerder heb geïnformeerd, loopt het onderzoek nog.",
        "Het rapport is op 3 mei naar uw Kamer gestuurd.",
        "Op de kosten kom ik terug in het antwoord op vraag 5.",  # later in this answer
        "Daarom zal ik op korte termijn hierover met de NOvA in gesprek treden.",  # a deed, not telling the Kamer
        "Ik zal de Kamer van Koophandel vragen ondernemers te informeren.",
        "Zoals u weet informeren gemeenten hun inwoners jaarlijks.",
        "Mocht daar aanleiding toe zijn, dan informeer ik uw Kamer.",  # on a condition that may not come
        "Indien nodig zal ik uw Kamer hierover informeren.",
        "Gelijktijdig met deze antwoorden ontvangt u de evaluatie.",  # today's letter
        "Graag informeer ik uw Kamer over de stand van zaken.",
        "Hieruit volgt dat de kosten stijgen.",
        "De Europese Commissie rapporteert jaarlijks openbaar over de programmering.",  # another reports
        "Het rapport wordt op de website gepubliceerd.",  # not the Kamer told
        "In het tweeminutendebat van 7 december 2022 heb ik met uw Kamer gesproken over het aanbieden van de dienst.",
    ],
)
def test_what_is_no_promise_of_a_real_form(sentence: str) -> None:
    assert promises_in(sentence, ANSWERED) == []


# Real sentences of OCR'd Aanhangsel pages (development part: tests/sgd/crawl_dev and the odd shared SGD pages) that
# were listed as open promises: a past event, the letter offered today, an earlier promise told of, "the following"
# said here. None promises, and none of them makes its answer a promise (tests/evaluation/answers/README.md).
_OLD_PAGES_NO_PROMISE = [
    # crawl_dev crawl-0000097774 (Eerste Kamer 1987-1988): what was done
    "Op 28 januari 1988 zijn de lidstaten van de Europese Gemeenschappen in Brussel in kennis gesteld van het feit dat "
    "de Regering niet zal overgaan tot ratificatie van de overeenkomst tot oprichting van de Europese Stichting gezien "
    "het feit dat de Eerste Kamer haar goedkeuring aan deze overeenkomst heeft onthouden.",
    # shared SGD ah-tk-19851986-295: the document offered with this letter
    "Ingevolge de toezegging van mijn ambtgenoot van Defensie bij het antwoord op de vragen van het lid van de Tweede "
    "Kamer de heer Van der Spek (Aanhangsel Handelingen, vergaderjaar 1984-1985, nr. 353) bied ik u aan, mede namens "
    "mijn ambtgenoten van Algemene Zaken en van Defensie, de Conclusie van Dupliek in het geding tussen de Staat en de "
    "Stichting «Verbiedt de Kruisraketten», zoals deze heden door de landsadvocaat is ingediend.¹",
    # shared SGD ah-tk-19771978-978: an earlier promise told of
    "In zijn antwoord op bedoelde vragen heeft mijn ambtsvoorganger de Kamer toegezegd om, alvorens de EG-ministerraad "
    "tot definitieve besluiten ter zake komt, de Kamer te informeren over het door Nederland in de Raad in te nemen "
    "standpunt.",
    # crawl_dev crawl-0000200299 (1974-1975): "kan ik u het volgende mededelen", after an earlier promise named
    "Ten vervolge op de toezegging, die ik tijdens de openbare vergadering van de Commissie voor de Volksgezond-heid "
    "van 24 juni 1974 heb gedaan en in aansluiting op de mededolingen gedaan in de nota naar aanleiding van het "
    "verslag van de vaste Commissie voor Volksgezondheid en voor Milieuhygiëne over de rijksbegroting 1974 (Tweede "
    "Kamer, zitting 1974-1975, 13100, hoofdstuk XVII, nr. 9, blz. 2) met be-trekking tot kinderen met autistisch "
    "gedrag kan ik u het volgende mede-delen.",
    # the same forms in other words
    "Hierbij doe ik u het rapport van de commissie toekomen.",
    "Ik bied u het verslag van de werkgroep aan.",
    "Bijgaand zend ik u de nota van de landsadvocaat.",
    "Ik heb de Kamer in 1984 toegezegd haar over de uitkomsten te informeren.",
]


@pytest.mark.parametrize("sentence", _OLD_PAGES_NO_PROMISE)
def test_what_an_old_page_told_or_offered_today_is_no_promise(sentence: str) -> None:
    assert promises_in(sentence, date(1988, 6, 3)) == []
    assert kind_of(sentence).kind != "toezegging"


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor de zomer bied ik u het rapport van de commissie aan.",  # the offer with a time: later
        "Zodra het rapport gereed is, doe ik u het toekomen.",
        "Ik zal de Kamer het volgende rapport voor 1 juli toezenden.",
        "Naar mijn ambtgenoot van Justitie mij heeft toegezegd is hij gaarne bereid de Kamer te zijner tijd omtrent "
        "het onder 1 (a) genoemde onderzoek te informeren.",  # dev ah-tk-19801981-77: a promise made now, told of
    ],
)
def test_an_offer_with_a_time_is_still_a_promise(sentence: str) -> None:
    assert len(promises_in(sentence, date(1980, 10, 6))) == 1


def test_an_answer_saying_a_promise_again_makes_it_once() -> None:
    answer = ("Ik zal de Kamer hierover eind 2024 nader informeren. Bij de analyse, waarover ik uw Kamer eind dit jaar "
              "zal informeren, betrek ik dit. Ik zal uw Kamer voor de zomer over de pilot informeren.")  # fmt: skip
    promises = promises_in(answer, date(2024, 7, 17))
    assert [(p.due, p.basis) for p in promises] == [(date(2024, 12, 31), "eind 2024"), (date(2025, 7, 1),
                                                                                       "voor de zomer")]  # fmt: skip


# The answers of the labelled development part (tests/evaluation/answers/dev.jsonl) the rules read otherwise than the
# label, each for a reason written here; every other labelled answer's kind, and every labelled promise and its due
# day, are read as labelled (the documents of the held-out part are not read here: they only measure).
_SGD = "tests/evaluation/answers/docs/sgd/sgd-"  # the OCR'd pages of 1965-1995 labelled for issue 39
_LL = "tests/evaluation/answers/docs/learninglion/"  # Aanhangsel texts of 2023-2024 (round 6)
KNOWN_MISSES = {
    ("tests/real/pdf/ah-tk-20232024-1292_1b38043f.pdf", 4): "'niet te voorspellen hoeveel' of a side issue",
    ("tests/real/pdf/ah-tk-20232024-1771_1b26915f.pdf", 2): "a promise at the end of a long answer",
    ("tests/real/pdf/ah-tk-20232024-2313_1bca1484.pdf", 9): "a promise at the end of a long answer",
    ("tests/evaluation/answers/docs/limburg/005-Antwoord-op-vragen-van-de-leden-Van-Nisp.txt", 2): "'Ik ga niet over "
    "…' (not my place) leads; the label reads the 'niet bekend' after it",
    ("tests/evaluation/answers/docs/limburg/086-Antwoord-op-vragen-van-het-lid-Vlottes-o.txt", 2): "'geen inzicht' in "
    "the second sentence of a reaction",
    ("tests/evaluation/answers/docs/limburg/014-Antwoord-op-vragen-van-het-lid-Ellian-ov.txt", 4): "a pointer to a "
    "briefing to come, at the end of a long answer",
    ("tests/evaluation/answers/docs/limburg/002-Antwoord-op-vragen-van-het-lid-Dani-lle-.txt", 4): "'nog geen "
    "uitspraken' in the seventh sentence",
    # added with the labels of the failing kinds (issue 39, round 4): not yet read by the rules
    (_SGD + "0000107146.txt", 1): "'Het zal separaat toegezonden worden' to 'Bent u bereid … ter kennis te "
    "brengen': a commitment",
    (_SGD + "0000193458.txt", 5): "the scanned parser gives answer 5 no text (its start is glued to answer 4)",
    (_SGD + "0000188149.txt", 2): "the date asked is given; 'wordt verwezen naar de antwoorden' covers the rest",
    (_SGD + "0000188149.txt", 3): "'in dit stadium nog niet mogelijk … te verstrekken': not known yet",
    (_SGD + "0000027335.txt", 6): "a report the Kamer 'kan … in november a.s. tegemoet zien' leads a short answer "
    "labelled substantive (the promise is found)",
    (_SGD + "0000028035.txt", 1): "facts given; 'is nog niet duidelijk' is about later rules, a side issue",
    ("shared:corpus/sgd/sgd-0000004390.txt", 2): "recalls the answers to other Kamervragen, then says what was done "
    "since",
    ("shared:corpus/sgd/sgd-0000004390.txt", 6): "'In voornoemde antwoorden op vragen van de leden … hebben wij "
    "meegedeeld': a pointer",
    ("tests/evaluation/answers/docs/learninglion/ah-tk-20232024-403.md", 8): "'Ik heb Arriva Nederland om deze "
    "informatie gevraagd' (as for 7 and 9, which are not known), then what is known",
    # added with the labels of round 6 (issue 39): not yet read by the rules
    (_LL + "ah-tk-20232024-1031.txt", 7): "'Ik kan daarom toezeggen dat ik … uw Kamer daar per brief over informe-ren' "
    "to 'Kunt u toezeggen …': a commitment",
    (_LL + "ah-tk-20232024-2110.txt", 18): "'Zoals ik in mijn antwoord op vraag 8 heb aangegeven is het belangrijk …' "
    "leads an answer of its own (why a ban on breeding does not help)",
    (_LL + "ah-tk-20232024-1193.txt", 1): "praise of the directive, then 'De argumentatie voor het kabinetsstandpunt "
    "kunt u vinden in de brief van …': the asked reaction is in the letter",
    (_LL + "ah-tk-20232024-1193.txt", 4): "a pointer to answer 2 and a letter, then two sentences that answer "
    "both asks",
    (_LL + "ah-tk-20232024-1193.txt", 8): "'binnen de gebruikelijke termijn beantwoord' answers the asked timing; the "
    "letter after it is an aside",
    (_LL + "ah-tk-20232024-2109.txt", 3): "'Nee, in algemene zin kan dit niet gezegd worden' is a no",
    (_LL + "ah-tk-20232024-2273.txt", 2): "'Ik kan niet op de uitkomsten … vooruitlopen. Uw Kamer zal hier dit najaar "
    "over worden geïnformeerd': a promise instead of the asked plan",
}

# Labelled promises the rules do not yet find (issue 39, round 4), by (document, first question number).
KNOWN_PROMISE_MISSES = {
    (_SGD + "0000107146.txt", 1): "'Het zal separaat toegezonden worden' (a report, to the Kamer)",
    (_SGD + "0000027335.txt", 2): "'een rol zullen spelen in … de rapportage aan de Tweede Kamer'",
    (_LL + "ah-tk-20232024-1031.txt", 3): "'bij de voorjaarsnota … te presenteren' (a document that goes to the Kamer)",
    (_LL + "ah-tk-20232024-2273.txt", 2): "found now (due 2024-12-31, the glued footnote mark ⁴ read off), but the "
    "label writes the mark as '4', which this exact match does not fold",
    (_LL + "ah-tk-20232024-2110.txt", 13): "'Zoals eerder … is toegezegd, informeer ik deTweede Kamer periodiek' (an "
    "earlier commitment, not labelled) comes first, and an answer's promises without a day are one",
}


def test_the_labelled_development_part(shared: Path) -> None:
    from tests.evaluation.answers_eval import find_answer, parsed, records

    misses, promises, promise_misses = set(), [], set()
    for label in records("dev"):
        dossier = parsed(label["doc"])
        assert dossier is not None, label["doc"]
        found, answer = find_answer(dossier, label)
        assert found, (label["doc"], label["question"])
        text = answer.text if answer else None
        if kind_of(text).kind != label["kind"]:
            misses.add((label["doc"], label["question"][0]))
        made = {p.text: p.due for p in promises_in(text, dossier.answered)}
        for promise in label["promises"]:
            said = unglued(promise["text"])
            due = next((d for t, d in made.items() if t in said or said in t), "missed")
            if (label["doc"], label["question"][0]) in KNOWN_PROMISE_MISSES:
                promise_misses.add((label["doc"], label["question"][0]))
                continue
            promises.append((promise["text"][:40], due.isoformat() if isinstance(due, date) else due,
                             promise["due"]))  # fmt: skip
    assert misses == set(KNOWN_MISSES)
    assert promise_misses == set(KNOWN_PROMISE_MISSES)
    assert [(text, due) for text, due, _wanted in promises] == [(text, wanted) for text, _due, wanted in promises]


def test_kinds_and_promises_in_the_sample_documents() -> None:
    """The bundled sample of the development part (2019Z12806: the seed letter) read: every answer substantive, no
    promise. (The other samples' sets fall in the held-out part by the labels' split rule: only measured.)"""
    from tests.reader_factory import sample_dossiers

    found = [(kind_of(a.text).kind, promises_in(a.text, d.answered)) for d in sample_dossiers() if d.id == "2019Z12806"
             for a in d.answers]  # fmt: skip
    assert found == [("inhoudelijk", [])] * 4
