"""Every layout variant the parser must handle, on test documents written for the purpose."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kqreader.model import Person
from kqreader.parsing import ParseError, combine, parse_bytes, parse_file, parse_text
from kqreader.parsing.headings import match_heading, parse_numbers


@pytest.mark.parametrize(
    ("line", "kind", "numbers", "rest"),
    [
        ("### Vraag 1", "q", (1,), ""),
        ("**Vraag 1**", "q", (1,), ""),
        ("Vraag 6", "q", (6,), ""),
        ("Vraag 1: Heeft u kennisgenomen van het bericht?", "q", (1,), "Heeft u kennisgenomen van het bericht?"),
        ("**Vraag 2:** Klopt het?", "q", (2,), "Klopt het?"),
        ("Vraag 4 en 5", "q", (4, 5), ""),
        ("**Antwoord**", "a", (), ""),
        ("Antwoord 1", "a", (1,), ""),
        ("Antwoord op vraag 1", "a", (1,), ""),
        ("Antwoord op vraag 1:", "a", (1,), ""),
        ("Antwoord: Ja.", "a", (), "Ja."),
        ("**Antwoord 2 en 3**", "a", (2, 3), ""),
        ("### Antwoord 4 en 5", "a", (4, 5), ""),
        ("Antwoord op vragen 2, 3 en 4", "a", (2, 3, 4), ""),
        ("Antwoord op de vragen 1, 2 en 5", "a", (1, 2, 5), ""),
        ("Antwoord 4 tot en met 6", "a", (4, 5, 6), ""),
        ("Antwoord 4 t/m 6", "a", (4, 5, 6), ""),
        ("Antwoord 4-6", "a", (4, 5, 6), ""),
        ("Antwoord 4 – 6", "a", (4, 5, 6), ""),
        ("Vraag 7, 8, 9 10 en 11", "q", (7, 8, 9, 10, 11), ""),  # a comma lost
        ("Antwoord op vragen 7, 8, en 9", "a", (7, 8, 9), ""),
        ("Vraag 2 t/m 6", "q", (2, 3, 4, 5, 6), ""),
        ("Antwoord op vraag 3 en 8", "a", (3, 8), ""),
        ("Vraag 3, 4 en 5", "q", (3, 4, 5), ""),
        ("Mededeling", "n", (), ""),
        ("Vraag 1000 en 1001", "q", (1000, 1001), ""),  # every printed number counts
        ("**Toelichting:**", "x", (), ""),
    ],
)
def test_heading_forms(line: str, kind: str, numbers: tuple[int, ...], rest: str) -> None:
    heading = match_heading(line)
    assert heading is not None
    assert (heading.kind, heading.numbers, heading.rest) == (kind, numbers, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Antwoord van Minister Bruins Slot (Buitenlandse Zaken) (ontvangen",
        "Antwoorden van de Minister van Buitenlandse Zaken op vragen van het lid Ploumen",
        "vraag 1.",
        "Vraag 3 is al eerder beantwoord",
        "1. Heeft u",  # a numbered line is a question only in a questions document without Vraag headings
    ],
)
def test_lines_that_are_no_heading(line: str) -> None:
    assert match_heading(line) is None


def test_numbered_lists_when_allowed() -> None:
    assert match_heading("1. Heeft u", numbered_lists=True).numbers == (1,)
    assert match_heading("2) Klopt het", numbered_lists=True).rest == "Klopt het"
    assert parse_numbers("14 en 4-6") == (4, 5, 6, 14)


def test_several_askers_several_addressees_and_explanation(documents: Path) -> None:
    dossier = parse_file(documents / "kv-2024Z00101-leden.md")
    assert dossier.askers == [Person("Van der Berg", "CDA"), Person("Kok", "SGP")]
    assert dossier.addressees == ["Minister van Infrastructuur en Waterstaat", "Staatssecretaris van Financiën"]
    assert dossier.submitted == date(2024, 1, 8)
    assert [q.number for q in dossier.questions] == [1, 2, 3, 4]
    assert dossier.question(1).text == "Bent u bekend met het bericht «Tol blijft tot 2033»?¹"
    assert dossier.question(1).footnotes[0].text == "Provinciale Zeeuwse Courant, 5 januari 2024"
    # The Toelichting belongs to the dossier, not to the last question.
    assert dossier.question(4).text == "Bent u bereid deze vragen afzonderlijk te beantwoorden?"
    assert dossier.explanation == (
        "Deze vragen vormen een aanvulling op eerdere vragen van het lid Kok over de Westerscheldetunnel."
    )


def test_literal_brackets_are_kept(documents: Path) -> None:
    dossier = parse_file(documents / "kv-2024Z00101-leden.md")
    assert dossier.question(2).text == (
        "Klopt het dat de opbrengst van de tol [bold]niet[/bold] wordt gebruikt voor onderhoud? "
        "Kunt u uitleggen wat er met de [/] opbrengst gebeurt?"
    )


def test_table_letterhead_joint_answer_and_page_footers(documents: Path) -> None:
    dossier = parse_file(documents / "ab-2024Z00101-antwoorden-tabel.md")
    assert dossier.id == "2024Z00101"
    assert dossier.answered == date(2024, 2, 2)
    assert dossier.reference == "IENW/BSK-2024/12345"
    assert dossier.answered_by == ["Minister van Infrastructuur en Waterstaat", "Staatssecretaris van Financiën"]
    assert dossier.signatories == ["M. Harbers", "M.L.A. van Rij"]
    assert dossier.addressees == ["Minister van Infrastructuur en Waterstaat", "Staatssecretaris van Financiën"]
    assert [a.covers for a in dossier.answers] == [[1], [2, 3, 4]]
    assert dossier.answers[1].text == (
        "De opbrengst van de tol komt ten goede aan de aflossing van de lening waarmee de tunnel is gebouwd. "
        "In 2023 bedroeg de opbrengst 31 miljoen euro. De vragen zijn waar mogelijk afzonderlijk beantwoord."
    )


def test_plain_text_letter_bare_answer_and_hyphenation(documents: Path) -> None:
    dossier = parse_file(documents / "ab-2024Z00102-antwoorden.txt")
    assert (dossier.id, dossier.reference, dossier.answered) == ("2024Z00102", "2024-0000123456", date(2024, 4, 12))
    assert [a.covers for a in dossier.answers] == [[1], [2, 3]]
    assert dossier.answers[0].text == (
        "In 2023 ontvingen ongeveer 800.000 huishoudens de energietoeslag. Dat is ongeveer tien procent meer dan "
        "geraamd, omdat meer huishoudens dan verwacht onder de inkomensgrens vielen.\n\n"
        "De uitvoering lag bij de gemeenten."
    )
    assert dossier.answers[1].text.endswith(
        "Daarbij betrek ik de ervaringen van de gemeenten en van de Belastingdienst, en de kosten van uitvoering "
        "die zorg- en welzijnsorganisaties hebben gemaakt."
    )


def test_ranges_and_non_contiguous_groups(documents: Path) -> None:
    dossier = parse_file(documents / "ab-2024Z00104-bereiken.md")
    assert [a.covers for a in dossier.answers] == [[1, 2, 3], [4, 5, 6], [7, 8], [9, 10, 11]]
    assert dossier.status == "answered"


def test_answer_letter_alone_gives_the_questions(documents: Path) -> None:
    dossier = parse_file(documents / "ab-2024Z00104-bereiken.md")
    assert [q.number for q in dossier.questions] == list(range(1, 12))
    assert dossier.question(8).text == "Wanneer?"
    assert dossier.askers == [Person("Mutluer", "PvdA")]


def test_cp1252_crlf_numbered_hard_wrapped(documents: Path) -> None:
    data = (documents / "kv-2024Z00102-genummerd.txt").read_bytes()
    assert b"\r\n" in data and "Financiën".encode("cp1252") in data
    dossier = parse_file(documents / "kv-2024Z00102-genummerd.txt")
    assert dossier.addressees == ["Minister van Financiën"]
    assert dossier.question(1).text == (
        "Hoeveel huishoudens hebben in 2023 de energietoeslag ontvangen, en hoe verhoudt dat aantal zich tot de "
        "raming van het Ministerie van Financiën?"
    )
    assert dossier.question(2).text.endswith("Kunt u per gemeente aangeven hoe lang de vertraging was?")
    assert [q.number for q in dossier.questions] == [1, 2, 3]


def test_bom_crlf(documents: Path) -> None:
    assert (documents / "kv-2024Z00103-bom.txt").read_bytes().startswith(b"\xef\xbb\xbf")
    dossier = parse_file(documents / "kv-2024Z00103-bom.txt")
    assert dossier.id == "2024Z00103"
    assert dossier.title == "vogelgriep in Azië"
    expected = "Hoe groot acht u het risico dat de vogelgriepvariant uit Azië Nederland bereikt?"
    assert dossier.question(1).text == expected


def test_latin1_bytes() -> None:
    text = (
        "2024Z00200\n\nVragen van het lid A (B) aan de Minister van Financiën over x (ingezonden 1 mei 2024)\n\n"
        "Vraag 1\n\nWat kost het ministerie van Financiën?\n"
    )
    dossier = parse_bytes(text.encode("latin-1"), "latin.txt")
    assert dossier.question(1).text == "Wat kost het ministerie van Financiën?"


def test_delay_notice_is_a_notice_not_an_answer(documents: Path) -> None:
    notice = parse_file(documents / "mededeling-2024Z00103.txt")
    assert notice.id == "2024Z00103"
    assert notice.questions == []
    assert len(notice.notices) == 1
    assert notice.notices[0].kind == "delay" and notice.notices[0].date == date(2024, 4, 23)
    assert notice.notices[0].text.startswith("De vragen van het lid Ouwehand (PvdD) over vogelgriep in Azië")
    assert notice.notices[0].text.endswith("Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.")
    merged = combine([parse_file(documents / "kv-2024Z00103-bom.txt"), notice])
    assert merged.status == "delayed"
    assert all(q.answer is None for q in merged.questions)


def test_aanhangsel_joint_answer(documents: Path) -> None:
    dossier = parse_file(documents / "ah-tk-20242025-1234.md")
    assert dossier.id == "ah-tk-20242025-1234"
    assert dossier.askers == [Person("Bikker", "ChristenUnie"), Person("Bontenbal", "CDA")]
    assert dossier.answered_by == [
        "Minister Hermans (Klimaat en Groene Groei)",
        "Minister van Volkshuisvesting en Ruimtelijke Ordening",
    ]
    assert dossier.answered == date(2024, 12, 2)
    assert dossier.question(1).answer.footnotes[0].text == "Netbeheer Nederland, capaciteitskaart, november 2024."


def test_both_documents_in_either_order(documents: Path) -> None:
    questions = parse_file(documents / "kv-2024Z00101-leden.md")
    answers = parse_file(documents / "ab-2024Z00101-antwoorden-tabel.md")
    one, other = combine([questions, answers]), combine([answers, questions])
    assert one == other
    assert "[bold]niet[/bold]" in one.question(2).text  # the questions document's wording wins
    assert one.explanation is not None and one.reference == "IENW/BSK-2024/12345"
    assert [a.covers for a in one.answers] == [[1], [2, 3, 4]]


def test_question_set_without_answer(documents: Path) -> None:
    dossier = parse_file(documents / "kv-2024Z00102-genummerd.txt")
    assert dossier.status == "open" and dossier.answered is None


def test_control_characters_are_removed() -> None:
    nasty = (
        "2024Z00300\n\nVragen van het lid A (B) aan de Minister van C over D (ingezonden 1 mei 2024)\n\n"
        "Vraag 1\n\nKlopt\x1b]52;c;ZWNobyBwd25lZA==\x07 het\x07 dat\x1b[31m rood\x1b[0m en \x9b31m ook\x9b0m zo is?\n"
    )
    dossier = parse_text(nasty, "nasty.md")
    text = dossier.question(1).text
    assert text == "Klopt het dat rood en ook zo is?"
    assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text)


def test_odd_numbering_is_kept_and_doubted() -> None:
    text = (
        "2024Z00400\n\nVragen van het lid A (B) aan de Minister van C over D (ingezonden 1 mei 2024)\n\n"
        "Vraag 1\n\nEen?\n\nVraag 3\n\nDrie?\n"
    )
    dossier = parse_text(text, "gap.md")
    assert [q.number for q in dossier.questions] == [1, 3]
    assert dossier.doubts == ["gap.md: question numbers go from 1 to 3; the printed numbers are kept."]


LETTER_WITHOUT_WORDING = (
    "Antwoord op vragen van het lid A over D (2024Z00500)\n\nDatum 3 juni 2024\n\n"
    "Vraag 1\n\nAntwoord 1\n\nJa.\n\nVraag 2\n\nAntwoord 2\n\nNee.\n"
)
QUESTIONS_WITH_WORDING = (
    "2024Z00500\n\nVragen van het lid A (B) aan de Minister van C over D (ingezonden 1 mei 2024)\n\n"
    "Vraag 1\n\nEen?\n\nVraag 2\n\nTwee?\n"
)


def test_missing_wording_doubts_are_worked_out_for_the_whole() -> None:
    letter = parse_text(LETTER_WITHOUT_WORDING, "a.md")
    missing = ["question 1: its text is in none of the documents.", "question 2: its text is in none of the documents."]
    assert letter.doubts == missing
    assert combine([letter]) == letter  # one part alone is already whole: no doubt twice
    whole = combine([letter, parse_text(QUESTIONS_WITH_WORDING, "q.md")])
    assert whole.question(2).text == "Twee?" and whole.question(2).answer.text == "Nee."
    assert whole.doubts == []  # the questions document gave the wording


@pytest.mark.parametrize("folder", ["documents", "sample_data"])
def test_one_part_is_its_own_combination(folder: str) -> None:
    """The store keeps a lone document's part as the dossier without combining it: that must change nothing."""
    from tests.conftest import DOCUMENTS, ROOT

    paths = sorted((DOCUMENTS if folder == "documents" else ROOT / "sample_data").glob("*.*"))
    parts = []
    for path in paths:
        try:
            parts.append(parse_file(path))
        except ParseError:  # the bad-input documents are tested elsewhere
            continue
    assert len(parts) >= 8
    assert all(combine([part]) == part for part in parts)


def test_a_withdrawal_notice_makes_the_set_withdrawn(documents: Path) -> None:
    notice = parse_file(documents / "mededeling-2024Z00107-ingetrokken.txt")
    assert (notice.id, notice.status, notice.questions) == ("2024Z00107", "withdrawn", [])
    [withdrawal] = notice.notices
    assert withdrawal.kind == "withdrawn" and withdrawal.date == date(2024, 5, 14)
    assert withdrawal.text == (
        "De vragen van het lid Kops (PVV) aan de minister van Klimaat en Energie over netcongestie in Zeeland "
        "(ingezonden 2 mei 2024, kenmerk 2024Z00107) zijn door de vragensteller ingetrokken."
    )
    assert notice.askers == [Person("Kops", "PVV")] and notice.submitted == date(2024, 5, 2)
    assert parse_file(documents / "mededeling-2024Z00103.txt").status == "delayed"  # a delay stays a delay


def test_a_nader_antwoord_comes_after_the_answer_it_completes(documents: Path) -> None:
    from kqreader.output.exporting import markdown_chunks
    from kqreader.query.language import matches
    from kqreader.store.records import from_record, to_record

    later = parse_file(documents / "ab-2024Z00102-nader-antwoord.txt")
    assert later.sources[0].kind == "further" and later.answered == date(2024, 6, 3)
    first = parse_file(documents / "ab-2024Z00102-antwoorden.txt")
    assert first.sources[0].kind == "answers"  # its covering letter only offers the answers
    for parts in ([first, later], [later, first]):  # in any order
        whole = combine(parts)
        assert whole.answered == date(2024, 4, 12)  # the first answer's date
        three = whole.question(3)
        assert three.answer.covers == [2, 3] and three.answer.text.startswith("Twaalf gemeenten keerden later uit")
        assert three.further.text == "De evaluatie van de regeling is afgerond; ik stuur haar de Kamer vandaag toe."
        assert whole.question(1).further is None and whole.question(2).further is None
    assert from_record(to_record(whole)) == whole  # the store keeps it
    assert "further" not in to_record(combine([first]))["questions"][0]  # records without one stay as they were
    assert matches(whole, "evaluatie afgerond", date(2024, 6, 3))
    text = b"".join(markdown_chunks([whole], date(2024, 6, 3))).decode()
    further = text.index("### Further answer to question 3\n\nDe evaluatie")
    assert text.index("### Answer to questions 2 and 3") < further


def test_a_mark_an_extraction_moved_to_the_next_line_and_a_date_that_only_looks_like_one() -> None:
    """"2 Deze …" opening a line after text is footnote 2's raised mark when the text marks 2 nowhere before;
    "(ontvangen\n2 oktober 2024)" is a date, though a footnote 2 exists."""
    text = (
        "Aanhangsel van de Handelingen\nVragen gesteld door de leden der Kamer\n\n2024Z00001\n\n"
        "Vragen van het lid Jansen (CDA) aan de Minister van Financiën over de rente (ingezonden 1 mei 2024).\n\n"
        "Antwoord van Minister De Vries (Financiën) (ontvangen\n2 oktober 2024).\n\n"
        "Vraag 1\nKent u het bericht?\n1\n\nAntwoord 1\nJa, dat ken ik. De rente is gestegen.\n"
        "2 Deze stijging is tijdelijk, zegt de bank.\n\n1 NOS, 1 mei 2024.\n2 DNB, Economische ontwikkelingen 2024.\n"
    )
    dossier = parse_text(text, "aanhangsel.txt")
    assert dossier.answered == date(2024, 10, 2)
    answer = dossier.question(1).answer  # type: ignore[union-attr]
    assert answer is not None
    assert answer.text == "Ja, dat ken ik. De rente is gestegen.²\n\nDeze stijging is tijdelijk, zegt de bank."
    assert [(f.mark, f.text) for f in answer.footnotes] == [("2", "DNB, Economische ontwikkelingen 2024.")]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Klopt het bericht? Zo ja, waarom? Deelt u de zorg?",
         ["Klopt het bericht? Zo ja, waarom?", "Deelt u de zorg?"]),
        ("Klopt het bericht? Waarom niet? Deelt u de zorg?", ["Klopt het bericht? Waarom niet?", "Deelt u de zorg?"]),
        ("Klopt het bericht? Deelt u de zorg? Wilt u reageren?", None),  # three questions for two numbers: as printed
    ],
)
def test_two_questions_in_one_paragraph_under_one_heading(block: str, expected: list[str] | None) -> None:
    text = (
        "## 2024Z00001\n\nVragen van het lid Jansen (CDA) aan de Minister van Financiën over de rente "
        f"(ingezonden 1 mei 2024).\n\nVraag 1 en 2\n\n{block}\n"
    )
    dossier = parse_text(text, "vragen.md")
    texts = [q.text for q in dossier.questions]
    assert texts == (expected if expected is not None else [block, block])
