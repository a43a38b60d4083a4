"""Issue 38, today's documents as third parties extract them: a question set's heading sentence with a slip of the
original's own, question paragraphs without numbers (one a line in a Word text), typed notes after the last answer.

No real document of these kinds was found in a public repository (searched: "Vragen van het leden", "Vragen van de
lid", "Vraag van de leden"); each text here is the smallest one that shows its kind, written after the shape of the
python-docx extractions of jorisheijkant/kamervragen-limburg (tests/real/txt/053-…, 023-…): zaaknummer on the first
line, "(ingezonden …)", the heading sentence, then the questions as plain paragraphs.
"""

from __future__ import annotations

import pytest

from kqreader.parsing import parse_text

_HEAD = "2024Z18999\n\n(ingezonden 20 november 2024)\n\n"
_ASKED = ["Kent u het bericht dat de wachtlijsten groeien?", "Wat gaat u daaraan doen?"]
_QUESTIONS = "\n\n".join(_ASKED) + "\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vragen van het leden Tielen en Van den Hil (beiden VVD) aan de minister van Financiën over het bericht.",
        "Vragen van de lid Tielen en Van den Hil (beiden VVD) aan de minister van Financiën over het bericht.",
        "Vraag van de leden Tielen en Van den Hil (allen VVD) aan de minister van Financiën over het bericht.",
        "Vragen vanhet leden Tielen en Van den Hil (beiden VVD) aan deminister van Financiën overhet bericht.",
        "Vragen van de Kamerleden Tielen en Van den Hil (beiden VVD) aan de minister van Financiën over het bericht.",
        "Vragen van het leden Tielen en Van den Hil (beidenVVD) aan de minister van Financiën over het bericht.",
    ],
)
def test_a_heading_sentence_whose_article_does_not_agree_with_the_number(sentence: str) -> None:
    d = parse_text(_HEAD + sentence + "\n\n" + _QUESTIONS)
    assert (d.id, str(d.submitted)) == ("2024Z18999", "2024-11-20")
    assert [(p.name, p.party) for p in d.askers] == [("Tielen", "VVD"), ("Van den Hil", "VVD")]
    assert (d.addressees, d.title) == (["minister van Financiën"], "het bericht")
    assert [q.text for q in d.questions] == _ASKED
    assert not any("Vragen van" in doubt for doubt in d.doubts)


def test_an_irregular_heading_sentence_is_read_as_far_as_it_goes() -> None:
    sentence = "Vragen van het lid Jansen (SP) aan de minister van Financiën."  # no subject printed
    d = parse_text(_HEAD + sentence + "\n\n" + _QUESTIONS)
    assert [(p.name, p.party) for p in d.askers] == [("Jansen", "SP")]
    assert (d.addressees, d.title, str(d.submitted)) == (["minister van Financiën"], "", "2024-11-20")
    assert len(d.questions) == 2
    assert any("is irregular («Vragen van het lid Jansen (SP)" in doubt for doubt in d.doubts)
    for word in ("inzake", "naar aanleiding van"):
        d = parse_text(_HEAD + sentence.replace(".", f" {word} het bericht.") + "\n\n" + _QUESTIONS)
        assert (d.addressees, d.title) == (["minister van Financiën"], "het bericht")  # a regular word
        assert not any("irregular" in doubt for doubt in d.doubts)


def test_a_set_with_zaaknummer_date_and_asking_paragraphs_is_never_refused() -> None:
    sentence = "Schriftelijke vragen aan de minister van Financiën over het bericht."
    d = parse_text(_HEAD + sentence + "\n\n" + _QUESTIONS)
    assert (d.id, str(d.submitted), d.askers, d.title) == ("2024Z18999", "2024-11-20", [], "")
    assert [q.text for q in d.questions] == _ASKED
    assert any("could not be read as a 'Vragen van …' sentence" in doubt for doubt in d.doubts)
    bare = parse_text(_HEAD + _QUESTIONS)  # no heading sentence printed at all
    assert len(bare.questions) == 2 and any("no 'Vragen van …' sentence" in doubt for doubt in bare.doubts)


def test_word_paragraphs_one_a_line_each_question_of_its_own_also_a_short_follow_up() -> None:
    text = (
        "2024Z18999\n(ingezonden 20 november 2024)\n"
        "Vragen van het leden Jansen en Pietersen (beiden SP) aan de minister van Financiën over het bericht.\n"
        "Kent u het bericht dat de wachtlijsten in de jeugdzorg dit jaar weer zijn gegroeid, en wat vindt u daarvan?\n"
        "Kunt u dit uitsplitsen naar regio?\n"
        "Hoeveel kinderen wachten er langer dan de treeknorm\n"
        "op hulp?\n"
        "Wat gaat u doen? Zo nee, waarom niet?\n"
    )
    d = parse_text(text)
    assert [(p.name, p.party) for p in d.askers] == [("Jansen", "SP"), ("Pietersen", "SP")]
    assert d.title == "het bericht"
    assert [q.text for q in d.questions] == [
        "Kent u het bericht dat de wachtlijsten in de jeugdzorg dit jaar weer zijn gegroeid, en wat vindt u daarvan?",
        "Kunt u dit uitsplitsen naar regio?",
        "Hoeveel kinderen wachten er langer dan de treeknorm op hulp?",
        "Wat gaat u doen? Zo nee, waarom niet?",
    ]


def test_a_paragraph_that_asks_nothing_goes_with_the_question_after_it() -> None:
    text = _HEAD + (
        "Vragen van het lid Jansen (SP) aan de minister van Financiën over het bericht.\n\n"
        "In het bericht staat dat de wachtlijsten groeien.\n\nKent u dat bericht?\n\nWat gaat u doen?\n"
    )
    d = parse_text(text)
    assert [q.text for q in d.questions] == [
        "In het bericht staat dat de wachtlijsten groeien.\n\nKent u dat bericht?",
        "Wat gaat u doen?",
    ]


# A ministry's Word answer in the Aanhangsel form, as tests/real/txt/023-… (python-docx: one paragraph a line)
_AH = "AH 610\n2024Z15078\nAntwoord van minister Hermans (Klimaat en Groene Groei) (ontvangen 19 november 2024)\n\n"


def test_typed_notes_right_after_the_last_answer_are_footnotes() -> None:
    text = _AH + (
        '1\nKent u het bericht "Kabinet zet streep door fonds" 1 )?\n\nAntwoord\nJa.\n\n'
        "2\nWat gaat u doen?\n\nAntwoord\nHet kabinet werkt aan een plan.\nDat doet het sinds november 2024 2)\n"
        "1 ) Kabinet zet streep door fonds | Financieel | Telegraaf.nl\n2) Kamerstuk 12 345, nr. 6\n"
    )
    d = parse_text(text)
    assert [q.text for q in d.questions] == ['Kent u het bericht "Kabinet zet streep door fonds"¹?', "Wat gaat u doen?"]
    assert d.question(2).answer.text == "Het kabinet werkt aan een plan.\n\nDat doet het sinds november 2024²"
    assert [f.text for f in d.question(1).footnotes] == ["Kabinet zet streep door fonds | Financieel | Telegraaf.nl"]
    assert [f.text for f in d.question(2).answer.footnotes] == ["Kamerstuk 12 345, nr. 6"]


def test_a_typed_note_right_under_the_question_it_belongs_to() -> None:
    text = _AH + (
        '1\nKent u het bericht "Kabinet zet streep door fonds" 1)?\n'
        "1) Kabinet zet streep door fonds | Financieel | Telegraaf.nl\n\nAntwoord\nJa.\n\n"
        "2\nWat staat er in het rapport 2 )?\n2 ) Kamerstuk 12 345, nr. 6\nEn wanneer komt het?\n\nAntwoord\nVeel.\n"
    )
    d = parse_text(text)
    assert [(q.number, q.text) for q in d.questions] == [
        (1, 'Kent u het bericht "Kabinet zet streep door fonds"¹?'),
        (2, "Wat staat er in het rapport²?\n\nEn wanneer komt het?"),
    ]
    assert [a.text for a in d.answers] == ["Ja.", "Veel."]
    assert [f.text for f in d.question(2).footnotes] == ["Kamerstuk 12 345, nr. 6"]


def test_a_block_of_typed_notes_one_of_whose_marks_was_lost() -> None:
    text = _AH + (
        "1\nKent u het bericht 1)?\n\nAntwoord\nJa.\n\n2\nWat staat er in het rapport 2)?\n\nAntwoord\nVeel.\n"
        "1) NOS, 18 november 2024\n2) Kamerstuk 12 345, nr. 6\n3) https://www.rijksoverheid.nl/rapport\n"
    )
    d = parse_text(text)
    assert [a.text for a in d.answers] == ["Ja.", "Veel."]
    assert [f.text for q in d.questions for f in q.footnotes] == ["NOS, 18 november 2024", "Kamerstuk 12 345, nr. 6"]
    assert any("marked in no question or answer: «https://www.rijksoverheid.nl/rapport" in x for x in d.doubts)


def test_one_row_per_minister_and_ministry_in_the_statistics() -> None:
    """Spellings the shared corpus, tests/real and the Limburg records print side by side (issue 38 item 5)."""
    from kqreader.facts.answerers import answerer
    from kqreader.facts.ministries import ministries_of

    spaced = answerer("Minister Faber - Van de Klashorst (Asiel en Migratie)", None).shown
    assert spaced == answerer("minister Faber-Van de Klashorst (Asiel en Migratie)", None).shown
    assert spaced == "minister Faber-Van de Klashorst (Asiel en Migratie)"
    renamed = {
        m
        for printed in ("Buitenlandse Handel en Ontwikkelingssamenwerking", "Buitenlandse Handel en Ontwikkelingshulp")
        for m in ministries_of(f"Minister voor {printed}")
    }
    assert renamed == {"Buitenlandse Handel en Ontwikkelingshulp"}
    roles = ("Minister van Justitie en Veiligheid", "minister van Justitie en Veiligheid", "Minister van VenJ")
    assert {answerer(role, None).shown for role in roles} == {"minister van Justitie en Veiligheid"}
    assert answerer("Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", None).shown == (
        "minister voor Buitenlandse Handel en Ontwikkelingshulp"
    )


def test_the_same_slips_in_a_delay_notice_and_an_answer_letters_title() -> None:
    notice = (
        "2024Z18001\nUitstel beantwoording vragen van het leden Bikker en Ceder (allen ChristenUnie) over het bericht "
        "dat de zorg\nvastloopt, ingezonden 6 november 2024\n\nDe vragen van de lid Bikker en Ceder (beiden "
        "ChristenUnie) over het bericht dat de zorg vastloopt (2024Z18001)\nkunnen niet binnen de gebruikelijke "
        "termijn worden beantwoord, omdat de benodigde afstemming meer tijd vergt.\n"
    )
    d = parse_text(notice, "uitstel.txt")
    assert (d.id, d.status, str(d.submitted)) == ("2024Z18001", "delayed", "2024-11-06")
    assert [(a.name, a.party) for a in d.askers] == [("Bikker", "ChristenUnie"), ("Ceder", "ChristenUnie")]
    letter = (
        "Antwoorden van de minister van Financiën op vragen van het leden Jansen en Pietersen (beiden SP) over het "
        "bericht.\n\n2024Z18999\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n"
    )
    d = parse_text(letter, "antwoord.txt")
    assert [(a.name, a.party) for a in d.askers] == [("Jansen", "SP"), ("Pietersen", "SP")]
    assert (d.title, d.addressees, d.question(1).answer.text) == ("het bericht", ["minister van Financiën"], "Ja.")


def test_a_heading_sentence_ending_in_its_date_on_a_line_of_its_own() -> None:
    text = (
        "2024Z18999\nVragen van het leden Jansen en Pietersen (beiden SP) aan de minister van Financiën over het "
        "bericht (ingezonden 20 november 2024)\nKent u het bericht dat de wachtlijsten in de jeugdzorg weer groeien?\n"
        "Kunt u dit uitsplitsen naar regio?\n"
    )
    d = parse_text(text)
    assert (d.title, str(d.submitted)) == ("het bericht", "2024-11-20")
    assert [q.text for q in d.questions] == [
        "Kent u het bericht dat de wachtlijsten in de jeugdzorg weer groeien?",
        "Kunt u dit uitsplitsen naar regio?",
    ]


def test_a_question_that_ends_in_a_typed_mark_whose_note_is_missing_still_asks() -> None:
    d = parse_text(
        _HEAD + "Vragen van het lid Jansen (SP) aan de minister van Financiën over het bericht.\n\n"
        "Kent u het bericht? 1)\n\nIn het bericht staat meer.\n\nWat gaat u doen?\n"
    )
    assert [q.text for q in d.questions] == ["Kent u het bericht? 1)", "In het bericht staat meer.\n\nWat gaat u doen?"]


def test_word_paragraphs_of_like_length_one_a_line_under_an_irregular_heading() -> None:
    """Lines about as long as each other look hard-wrapped: the heading sentence still ends where its line ends."""
    text = (
        "2024Z18999\n(ingezonden 20 november 2024)\n"
        "Vragen van het lid Jansen (SP) aan de minister van Financiën naar aanleiding van het bericht over de zorg.\n"
        "Kent u het bericht dat de wachtlijsten in de jeugdzorg in het hele land weer groeien, ook in Limburg?\n"
        "Hoeveel kinderen wachten er op dit moment langer dan de treeknorm op passende hulp in de jeugdzorg?\n"
        "Welke maatregelen neemt u om de wachtlijsten in de jeugdzorg dit jaar nog substantieel te verkorten?\n"
    )
    d = parse_text(text)
    assert [(p.name, p.party) for p in d.askers] == [("Jansen", "SP")] and d.title == "het bericht over de zorg"
    assert [q.text.split()[0] for q in d.questions] == ["Kent", "Hoeveel", "Welke"]


def test_a_typed_note_under_a_rule_below_its_question() -> None:
    text = _AH + (
        "1\nWat staat er in het rapport 1)?\n______________________________\n1) Kamerstuk 12 345, nr. 6\n\n"
        "Antwoord\nVeel.\n\n2\nWat gaat u doen?\n\nAntwoord\nNiets.\n"
    )
    d = parse_text(text)
    assert [(q.text, q.answer.text if q.answer else None) for q in d.questions] == [
        ("Wat staat er in het rapport¹?", "Veel."),
        ("Wat gaat u doen?", "Niets."),
    ]
    assert [f.text for f in d.question(1).footnotes] == ["Kamerstuk 12 345, nr. 6"]
