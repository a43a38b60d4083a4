"""Golden tests on OCR'd crawl pages of the development part (tests/sgd/crawl_dev/, labels in
tests/sgd/expected_crawl_dev.json): the kinds of layout the scanned pages' parser failed on where nobody tuned."""

from __future__ import annotations

from pathlib import Path

from kqreader.model import Dossier
from kqreader.parsing import parse_parts

CRAWL = Path(__file__).resolve().parent / "sgd" / "crawl_dev"


def _parts(name: str) -> list[Dossier]:
    path = CRAWL / name
    return parse_parts(path.read_bytes(), str(path))


def _groups(dossier: Dossier) -> list[list[int]]:
    return [a.covers for a in dossier.answers]


# --- B: the answer block's heading in a form OCR damaged ---------------------------------------------------------


def test_a_received_date_closed_with_a_brace() -> None:
    [item] = _parts("crawl-0000004320.txt")  # "(Ontvangen 27 juni 1994}"
    assert str(item.answered) == "1994-06-27" and item.answered_by == ["minister Andriessen (Economische Zaken)"]
    assert _groups(item) == [[1], [2], [3], [4]]
    assert item.question(3).answer.text.startswith("Ja. Deze discussie gaat over stoffen")


def test_answers_in_the_plural_and_a_label_ocr_damaged() -> None:
    [plural] = _parts("crawl-0000149519.txt")  # "Antwoorden van Minister Van Keme-nade (…), mede namens …"
    assert str(plural.answered) == "1981-10-13"
    assert plural.answered_by[0] == "Minister Van Kemenade (Onderwijs en Wetenschappen)"
    assert _groups(plural) == [[1], [2], [3], [4]]
    assert plural.question(2).answer.text.startswith("Neen, een dergelijk besluit is immers voorbehouden")
    [damaged] = _parts("crawl-0000182015.txt")  # "Antwoord Antwooid van Minister Albeda (Soci-ale Zaken), …"
    assert str(damaged.answered) == "1978-02-21" and damaged.answered_by[0] == "Minister Albeda (Sociale Zaken)"
    assert _groups(damaged) == [[1], [2], [3, 4]]
    assert damaged.question(1).answer.text == "Ja." and damaged.question(2).answer.text == "Ja."


# --- C: a page that opens inside an item begun on the page before --------------------------------------------------


def test_later_answers_of_an_item_begun_before_are_kept_under_a_name_of_its_own() -> None:
    tail, item = _parts("crawl-0000199148.txt")
    assert tail.id == "vervolg-19741975-blz32" and item.id == "ah-tk-19741975-45"
    assert tail.publication is None and tail.askers == [] and tail.submitted is None
    assert _groups(tail) == [[3], [4], [5], [6], [7]]
    assert tail.question(3).answer.text == (
        "Deze vraag wordt bevestigend beantwoord. Ondergetekende moge hieraan toevoegen dat zijns inziens wel nader "
        "overleg gewenst is over het beleid dat ten grondslag ligt aan de selectie en de programmering van projecten "
        "door de bemiddelende organisaties. Dit overleg is gestart."
    )
    assert tail.question(5).answer.text.startswith("Over de uitgangspunten en de inhoud van het beleid")
    assert any("the page opens inside an item" in d and "vervolg-19741975-blz32" in d for d in tail.doubts)
    assert not any("none of the documents" in d for d in tail.doubts)  # its questions are on the page before


def test_the_rest_of_an_item_with_its_answer_block_or_mededeling() -> None:
    tail, _ = _parts("crawl-0000200299.txt")  # a question's last line, then "Antwoord van Staatssecretaris …"
    assert tail.id == "vervolg-19741975-blz924" and str(tail.answered) == "1975-05-27"
    assert tail.answered_by == ["Staatssecretaris Hendriks (Volksgezondheid en Milieuhygiëne)"]
    assert _groups(tail) == [[1, 2]]
    assert tail.question(1).answer.text.startswith("Ten vervolge op de toezegging, die ik tijdens de openbare")
    assert not any("number was lost" in d for d in tail.doubts)  # the page shows no question to have lost one
    delayed, first, second = _parts("crawl-0000199674.txt")  # only a Mededeling, then two items
    assert delayed.id == "vervolg-19741975-blz432" and delayed.questions == []
    assert [(n.kind, str(n.date)) for n in delayed.notices] == [("delay", "1975-01-15")]
    assert (first.id, second.id) == ("ah-tk-19741975-561", "ah-tk-19741975-562")


def test_the_text_before_the_first_number_is_the_end_of_the_answer_before_it() -> None:
    tail, _ = _parts("crawl-0000199826.txt")
    assert _groups(tail)[:2] == [[1], [2]]
    assert tail.question(1).answer.text.startswith("apartheid, enzovoorts, geen nadere aanvulling behoeft.")
    assert any("opens inside answer 1" in d and "before answer 2" in d for d in tail.doubts)
    [unnumbered] = [d for d in _parts("crawl-0000199604.txt") if d.id.startswith("vervolg-")]
    assert [(q.number, q.answer.covers if q.answer else None) for q in unnumbered.questions] == [(0, [0])]
    assert unnumbered.question(0).answer.text.endswith("aan het Namibiëfonds in 1974.")
    assert any("kept as number 0" in d for d in unnumbered.doubts)


# --- A: an answer whose number OCR lost ----------------------------------------------------------------------------


def test_an_answer_whose_number_was_lost_is_the_paragraph_like_its_question() -> None:
    [item] = _parts("crawl-0000003861.txt")  # "1 Ja.\nHet prijsverschil was aanmerkelijk …\n3De Orion-vliegtuigen …"
    assert _groups(item) == [[1], [2], [3], [4], [5]]
    assert item.question(1).answer.text == "Ja."
    assert item.question(2).answer.text == "Het prijsverschil was aanmerkelijk en bedroeg ongeveer f 4 miljoen."
    assert any("answer 2: its number was lost" in d and "Het prijsverschil" in d for d in item.doubts)
    [fraud] = _parts("crawl-0000004067.txt")  # the same, and a table whose rows open with numbers ("7 Texel")
    assert _groups(fraud) == [[1], [2], [3]] and [q.number for q in fraud.questions] == [1, 2, 3, 4, 5]
    assert fraud.question(2).answer.text.startswith("Het onderzoek naar de visfraude in Zeeland is nog gaande.")
    assert "7 Texel 6 Nieuwe Diep" in fraud.question(3).answer.text  # the table stays in the answer, no footnote
    assert not any("footnote" in d for d in fraud.doubts)


def test_see_also_lines_in_their_printed_forms() -> None:
    [item] = _parts(
        "crawl-0000000639.txt"
    )  # "… (Ontvangen 22 december 1994) zie ook Aanhangsel …, Vergaderjaar 1994-1995 1 Ja, …"
    assert _groups(item)[:3] == [[1], [2], [3]]
    assert item.question(1).answer.text.startswith("Ja, tandheelkundig zilveramalgaam bestaat voor 48%")
    assert item.question(1).answer.footnotes[0].text == (
        "zie ook Aanhangsel Handelingen nr. 243, Vergaderjaar 1994-1995."
    )


# --- B and E: more forms of the answer block's heading and its date --------------------------------------------


def test_later_answers_and_received_dates_in_damaged_forms() -> None:
    [later] = _parts("crawl-0000011638.txt")  # "Nader antwoord van staatssecretaris Wallage (…)… (vraag 5)'"
    assert str(later.answered) == "1993-03-15" and _groups(later) == [[5]]
    assert later.question(5).answer.text.startswith("Conform mijn toezegging bij de beantwoording")
    [bare] = _parts("crawl-0000027506.txt")  # "(…). Ontvangen 12 december 1990, zie ook Aanhangsel …"
    assert str(bare.answered) == "1990-12-12" and _groups(bare) == [[1], [2], [3]]
    assert bare.question(1).answer.footnotes[0].mark == "*"
    [smudged] = _parts("crawl-0000099377.txt")  # "(Ontvarv gen 12 juli 1988)"
    assert str(smudged.answered) == "1988-07-12"
    assert smudged.answered_by == ["minister Van den Broek (Buitenlandse Zaken)"]
    [letters] = _parts("crawl-0000199230.txt")[:1]  # "(Ontvangen II oktober 1974)": read as 11, with a doubt
    assert str(letters.answered) == "1974-10-11"
    assert any("«II oktober 1974» is read as «11 oktober 1974»" in d for d in letters.doubts)


# --- F: what the printer set inside the text ---------------------------------------------------------------------


def test_printer_lines_and_notes_inside_the_text_are_set_apart() -> None:
    [reprint] = _parts("crawl-0000182478.txt")  # "* Herdruk in verband met … Tweede Kamer, zitting …"
    answer = reprint.question(1).answer
    assert answer.text.startswith("De premie voor een verzekering met spaarelement")  # after the group's "I"
    assert "Herdruk" not in answer.text and "Tweede Kamer, zitting" not in answer.text
    assert [n.text for n in answer.footnotes] == [
        "Herdruk in verband met aanvulling antwoord.",
        "Zie ook Aanhangsel Handelingen zitting 1977-1978, nrs. 587 en 642.",
    ]
    [laid] = _parts("crawl-0000123758.txt")[:1]  # "… kwijtgescholden Nedergelegd op de Bibliotheek"
    assert "Nedergelegd" not in laid.question(4).answer.text
    assert [n.text for a in laid.answers for n in a.footnotes] == ["Nedergelegd op de Bibliotheek."]
    tail, _ = _parts("crawl-0000199826.txt")  # "1 De letterlijke tekst … is nedergelegd … 2 65 Staten …"
    assert _groups(tail)[:2] == [[1], [2]] and tail.question(3) is None
    assert [n.mark for a in tail.answers for n in a.footnotes] == ["1", "2", "3"]


# --- C and E: other houses, Mededelingen and heading sentences as OCR left them -----------------------------------


def test_the_eerste_kamer_aanhangsel_and_a_mededeling_by_de_heer() -> None:
    [item] = _parts("crawl-0000010380.txt")  # "Eerste Kamer der Staten-Generaal … Mededeling van de heer Hirsch Ballin"
    assert item.id == "ah-ek-19921993-38" and str(item.submitted) == "1993-07-26"
    assert [(n.kind, str(n.date)) for n in item.notices] == [("delay", "1993-08-26")]  # the era's Mededeling: late


def test_an_item_that_prints_its_mededeling_and_then_its_answer() -> None:
    delayed, answered = _parts("crawl-0000199433.txt")
    assert delayed.id == "ah-tk-19741975-322" and [n.kind for n in delayed.notices] == ["delay"]
    assert answered.id == "ah-tk-19741975-323"
    assert [(n.kind, str(n.date)) for n in answered.notices] == [("delay", "1974-09-26")]
    assert str(answered.answered) == "1974-11-20"  # "… (Binnenlandse Zaken). Ontvangen 20 november 1974)."
    assert _groups(answered) == [[1], [2, 3, 5]]


def test_a_submission_date_closed_with_a_brace() -> None:
    [item] = _parts("crawl-0000019742.txt")  # "(Ingezonden 10 januari 1992}"
    assert str(item.submitted) == "1992-01-10" and str(item.answered) == "1992-01-30"


def test_submission_dates_without_year_or_closing_bracket() -> None:
    [item] = _parts("crawl-0000099339.txt")  # "(Ingezonden 28 april jl.)" in vergaderjaar 1987-1988
    assert str(item.submitted) == "1988-04-28"
    assert any("«28 april jl.» is read as «28 april 1988»" in d for d in item.doubts)
    [open_bracket] = _parts("crawl-0000107349.txt")  # "(lngezon-den 23 februari 1987" at the line's end
    assert str(open_bracket.submitted) == "1987-02-23"


def test_the_header_split_over_lines_inside_the_answers_is_furniture() -> None:
    [item] = _parts("crawl-0000167525.txt")  # "Staten-Generaal", "met de daarop door de Regering" between answers
    assert _groups(item)[:3] == [[1], [2], [3]]
    assert item.question(1).answer.text == "Neen."
    assert "Staten-Generaal" not in item.question(2).answer.text


# --- C: columns OCR read out of order ------------------------------------------------------------------------------


def test_pieces_of_questions_and_answers_in_the_printed_order() -> None:
    """Questions 3-5 and answer 2 OCR'd after the answers, answer "3 en4"'s end before its start."""
    [item] = _parts("crawl-0000019742.txt")
    assert _groups(item) == [[1], [2], [3, 4], [5]]
    assert [q.text[:40] for q in item.questions[2:]] == [
        "Wat is uw oordeel over de kennelijke ont",
        "Is een dergelijke ontwikkeling niet stri",
        "Wilt u, al dan niet in samenwerking met ",
    ]
    assert item.question(5).text.endswith("om een tweedeling binnen het talenregiem in de EG te voorkomen?")
    assert item.question(2).answer.text.startswith("De Europese Commissie kan voorstellen indienen")
    assert item.question(2).answer.text.endswith("is derhalve niet aan de orde.")
    three = item.question(3).answer.text
    assert three.startswith("Sedert het begin van het bestaan van de Gemeenschappen")
    assert "het Comité van Permanente Vertegenwoordigers, met slechts enkele" in three
    assert three.endswith("gelijke berechtiging van alle officiële talen van de lidstaten van de EG.")
    assert item.question(5).answer.text == "Gezien het bovenstaande is dergelijke actie niet aan de orde."


def test_questions_printed_after_the_answers_go_back_with_their_notes() -> None:
    [item] = _parts("crawl-0000099377.txt")
    assert _groups(item) == [[1], [2], [3], [4]]
    assert [q.text for q in item.questions[2:]] == [
        "Is dit onderzoek inmiddels afgerond?",
        "Hoe oordeelt u thans over de geloofwaardigheid van het antwoord?",
    ]
    assert item.question(4).answer.text.endswith("dat deze kwestie in Suriname hoog wordt opgenomen.")
    assert [f.text for q in item.questions for f in q.footnotes] == [
        "Aanhangsel Handelingen nr. 286.",
        "Aanhangsel Handelingen nr. 476.",
    ]


def test_an_answers_end_printed_among_the_questions_or_its_start_at_the_foot() -> None:
    [among] = _parts("crawl-0000141833.txt")  # answer 3's last lines OCR'd between questions 2 and 3
    assert _groups(among) == [[1], [2], [3]]
    assert (
        among.question(3).text
        == "Is de Staatsscretaris bereid te bevorderen dat de flesjes snel uit de handel genomen worden?"
    )
    assert among.question(3).answer.text.startswith("Ja. Onmiddellijk na kennisneming")
    assert among.question(3).answer.text.endswith("is de inhoud van dit persbericht overgenomen.")
    [foot] = _parts("crawl-0000176025.txt")  # answer 1's first lines OCR'd after answer 2
    assert _groups(foot)[:2] == [[1], [2]]
    assert foot.question(1).answer.text.startswith("Uitgaande van gegevens die ten grondslag liggen")
    assert foot.question(1).answer.text.endswith("schatten wij de prijsverhoging voor de benzine op ongeveer 34 cent.")
    assert foot.question(2).answer.text.startswith("Vanwege het ontbreken van relevant cijfermateriaal")


# --- E: the Eerste Kamer's heading forms, item numbers after OCR's smudges ------------------------------------------


def test_the_senates_askers_as_de_heer_and_its_answer_received_as_ingezonden() -> None:
    [two] = _parts("crawl-0000089655.txt")  # "Vragen van de heer Borgman (P.v.d.A.) en de heer Boersma (P.v.d.A.)"
    assert two.id == "ah-ek-19881989-17"
    assert [(p.name, p.party) for p in two.askers] == [("Borgman", "P.v.d.A."), ("Boersma", "P.v.d.A.")]
    assert str(two.submitted) == "1988-12-15"
    [later] = _parts("crawl-0000010361.txt")  # "Nadere vragen van de leden …inzake: nadere vragen …"
    assert later.id == "ah-ek-19921993-18" and later.title.startswith("nadere vragen betreffende opheffing")
    assert [p.name for p in later.askers] == ["Tiesinga-Autsema", "Van den Bos", "Van der Werff"]
    [ingezonden] = _parts("crawl-0000097774.txt")  # "Antwoord van de heer Van der Linden, … (Ingezonden 3 juni 1988)"
    assert str(ingezonden.answered) == "1988-06-03"
    assert [p.name for p in ingezonden.askers] == ["Tummers", "Vander Werff", "De Jong"]  # no "n" OCR left


def test_item_numbers_after_smudges_or_herdruk_and_the_year_from_the_footer_not_a_note() -> None:
    [item] = _parts("crawl-0000188491.txt")  # "JWi^iri^ '.*IMi 572"
    assert item.id == "ah-tk-19761977-572"
    [reprint] = _parts("crawl-0000188694.txt")  # "771 HERDRUK"
    assert reprint.id == "ah-tk-19761977-771" and _groups(reprint) == [[1], [2], [3]]
    tail, senate = _parts("crawl-0000198429.txt")  # a note cites "Eerste Kamer, zitting 1973-1974, nr. 124"
    assert tail.id == "vervolg-19741975-blz40" and senate.id == "ah-ek-19741975-25"


# --- D: a general part before the numbered answers, a grouped answer among the questions, two sets under one number --


def test_a_general_part_before_answers_1_2_stands_beside_them() -> None:
    [item] = _parts("crawl-0000193477.txt")  # "Het antwoord op de vragen 1, 4 en 5 berust mede op gegevens …"
    assert _groups(item) == [[1], [2], [3], [4], [5]]
    assert item.question(1).answer.text.startswith("Een aantal cursisten heeft gedurende het eerste studiejaar")
    assert any(f.text.startswith("Het antwoord op de vragen 1, 4 en 5 berust mede") for f in item.answers[0].footnotes)
    [grouped] = _parts("crawl-0000158883.txt")  # "2 en 3 Gezien …" OCR'd between questions 1 and 2
    assert _groups(grouped) == [[1], [2, 3]]
    assert [q.text[:25] for q in grouped.questions] == [
        "Bent u bereid, alsnog het",
        "Zo neen, bent u dan berei",
        "Wilt u in dat geval in gl",
    ]
    assert grouped.question(1).answer.text.startswith("Ik ben bereid het volledige CIVI-rapport")
    assert grouped.question(3).answer.text == (
        "Gezien het antwoord op vraag 1, behoeven deze vragen geen nadere beantwoording."
    )


def test_two_sets_headed_under_one_number_name_both_askers() -> None:
    [item] = _parts(
        "crawl-0000098962.txt"
    )  # "Vragen van het lid Zijlstra …" and "Vragen van het lid Lankhorst (PPR.) …"
    assert [p.name for p in item.askers] == ["Zijlstra", "Lankhorst"]
    assert [(p.party or "").replace(".", "") for p in item.askers] == ["PvdA", "PPR"]
    assert len(item.questions) == 8


def test_a_grouped_number_ocr_damaged_whose_second_half_comes_again() -> None:
    [item] = _parts("crawl-0000000417.txt")  # "2en4 Afgesproken …", then "4 Uitgangspunt …": the pair is 2 en 3
    assert _groups(item) == [[1], [2, 3], [4], [5]]
    assert item.question(3).answer.text.endswith("van bijzonder belang voor Nederland worden geacht.")
    assert item.question(4).answer.text.startswith("Uitgangspunt bij het zoeken naar Nederlandse kandidaten")
