"""Property tests: arbitrary text never raises anything but ParseError, and parsing keeps what it promises."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kqreader.parsing import ParseError, parse_bytes, parse_text
from kqreader.parsing.decode import strip_controls

FRAGMENTS = [
    "Vraag 1", "**Vraag 2**", "### Vraag 3", "Vraag 4 en 5", "Vraag 1: Waarom?", "Antwoord", "**Antwoord 2 en 3**",
    "Antwoord op vragen 2, 3 en 4", "Antwoord 4-6", "Antwoord 4 t/m 6", "Antwoord op de vragen 1, 2 en 5",
    "Toelichting:", "1. Heeft u", "2) Klopt", "3", "---", "-----", "h tk 20232024 387", "# 2", "Pagina 2 van 3",
    "<sup>1</sup> https://example.org", "1 Kamerstuk 21 501-02", "[1 ]", "[4 5 ]", "[bold]", "[/]",
    "Vragen van het lid X (CDA) aan de Minister van Y over Z (ingezonden 1 juli 2019)",
    "Antwoord van Minister A (B) (ontvangen 13 november 2023).", "2019Z12806", "Datum 1 juli 2019",
    "Onze Referentie", "Uw referentie 2019Z12806", "Mededeling", "niet binnen de gebruikelijke termijn",
    "Vergaderjaar 2023–2024 Aanhangsel van de Handelingen", "| Datum | 1 juli 2019 |", "|---|---|",
    "De Minister van Buitenlandse Zaken,", "Stef Blok", "", "", "tekst die door-", "loopt", "\x1b]52;c;aGk=\x07",
]
lines = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=80))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, max_size=60))
# found by this test: a notice's sentence only in what the layout set apart as a footnote
@example(parts=["<sup>1</sup> https://example.org", "Mededeling", "niet binnen de gebruikelijke termijn"])
def test_document_like_text_parses_or_raises_parse_error(parts: list[str]) -> None:
    text = "\n".join(parts)
    try:
        dossier = parse_text(text, "prop.md")
    except ParseError as error:
        assert str(error).startswith("prop.md: ")
        return
    assert dossier.id
    for question in dossier.questions:
        assert question.number >= 0
        assert "\x1b" not in question.text and "\x07" not in question.text
        if question.answer is not None:
            assert question.number in question.answer.covers


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_parse_or_raise_parse_error(data: bytes) -> None:
    try:
        parse_bytes(data, "bytes.bin")
    except ParseError as error:
        assert error.path == "bytes.bin"


@given(st.text())
def test_strip_controls_leaves_no_control_character(text: str) -> None:
    cleaned = strip_controls(text)
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 for c in cleaned)


@given(st.lists(lines, max_size=40))
def test_whole_text_cleanup_equals_line_by_line(parts: list[str]) -> None:
    """The one-pass clean-up of a document gives what cleaning each line alone gives."""
    from kqreader.parsing.markdown import plain, plain_all

    parts = [strip_controls(p).replace("\n", " ") for p in parts]
    assert plain_all(parts) == [plain(p) for p in parts]


@given(st.text())
def test_fold_removes_every_combining_mark(text: str) -> None:
    """The fast fold (a regex over the combining blocks) agrees with unicodedata on what it removes."""
    import unicodedata

    from kqreader.text.folding import fold

    folded = fold(text)
    assert not any(unicodedata.combining(c) and 0x300 <= ord(c) <= 0x36F for c in folded)
    assert fold("Azië Financiën geïnformeerd ÉÉN Ångström") == "azie financien geinformeerd een angstrom"


_DATE_PIECES = st.sampled_from(["1", "12", "123", "3e", "a", "_", " ", "\n", "-", "mei", "Juni", "2024", "١", "E", "é"])


@given(st.lists(_DATE_PIECES, max_size=12).map("".join))
def test_printed_dates_are_found_where_a_word_boundary_pattern_finds_them(text: str) -> None:
    """The date patterns start with a digit for speed; they find exactly what the plain \\b form finds."""
    import re

    from kqreader.text.dates import _NUMERIC, _WORDS, MONTHS

    plain_words = re.compile(r"\b([0-9]{1,2})(?:e|ste|de)?\s*(" + "|".join(MONTHS) + r")\s*([0-9]{4})\b", re.I)
    plain_numeric = re.compile(r"\b([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})\b")
    for quick, plain in ((_WORDS, plain_words), (_NUMERIC, plain_numeric)):
        assert [m.groups() for m in quick.finditer(text)] == [m.groups() for m in plain.finditer(text)]
