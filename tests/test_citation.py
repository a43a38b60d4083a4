"""Citation forms beyond the seed: several askers, unanswered sets, escaping, determinism."""

from __future__ import annotations

from datetime import date

from kqreader.cli import bundled_samples, import_paths
from kqreader.model import Answer, Dossier, Footnote, Question, Source
from kqreader.output.citation import (
    STYLES,
    answer_text,
    bibtex,
    cite,
    markdown,
    nl,
    official_url,
    quote,
    whole_set,
    with_footnotes,
)
from kqreader.parsing import parse_file
from kqreader.store.database import Store
from tests.conftest import DOCUMENTS


def test_several_askers_and_addressees_unanswered() -> None:
    dossier = parse_file(DOCUMENTS / "kv-2024Z00101-leden.md")
    assert nl(dossier, address=False) == (
        "Vragen van de leden Van der Berg (CDA) en Kok (SGP) aan de minister van Infrastructuur en Waterstaat en "
        "de staatssecretaris van Financiën over de tolheffing op de Westerscheldetunnel (ingezonden 8 januari 2024), "
        "2024Z00101"
    )
    assert nl(dossier, 2).endswith("2024Z00101, vraag 2, https://zoek.officielebekendmakingen.nl/kv-tk-2024Z00101")


def test_markdown_escapes_the_label_and_bibtex_its_fields() -> None:
    dossier = parse_file(DOCUMENTS / "kv-2024Z00101-leden.md")
    dossier.title = "de [tol] *nu* 100% & meer_{x}"
    assert "over de \\[tol\\] \\*nu\\* 100% & meer\\_{x}" in markdown(dossier)
    assert "title = {Vragen over de [tol] *nu* 100\\% \\& meer\\_\\{x\\}}" in bibtex(dossier)


def test_every_style_is_deterministic_and_free_of_control_characters(tmp_path) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [bundled_samples()])
    for dossier in store.dossiers():
        for style in STYLES:
            for number in (None, *(q.number for q in dossier.questions)):
                text = cite(dossier, style, number)
                assert text == cite(dossier, style, number)
                assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 for c in text)


def _footnoted() -> Dossier:
    """A set whose question and (grouped) answer each carry a footnote, both marked "¹" (two documents)."""
    answer = Answer([1, 2], "Zie het rapport¹.", [Footnote("1", "Rapport Stikstof, 2024, p. 3")])
    return Dossier(
        "2024Z00001", "stikstof", submitted=date(2024, 1, 5),
        questions=[Question(1, "Kent u het bericht¹?", [Footnote("1", "NOS, 4 januari 2024")], answer),
                   Question(2, "Wat gaat u doen?", answer=answer)],
    )  # fmt: skip


def test_every_copy_with_a_text_keeps_its_footnotes() -> None:
    """y (answer_text), cite --style quote and Y (whole_set, in every style) carry the footnotes' texts after the
    text whose marks name them, as the Markdown export does."""
    dossier = _footnoted()
    assert answer_text(dossier.questions[0].answer) == "Zie het rapport¹.\n\n¹ Rapport Stikstof, 2024, p. 3"
    assert quote(dossier, 1).split("\n\n")[:4] == [
        "Vraag 1: Kent u het bericht¹?", "¹ NOS, 4 januari 2024",
        "Antwoord op vragen 1 en 2: Zie het rapport¹.", "¹ Rapport Stikstof, 2024, p. 3",
    ]  # fmt: skip
    assert quote(dossier, 2).split("\n\n")[:3] == [
        "Vraag 2: Wat gaat u doen?", "Antwoord op vragen 1 en 2: Zie het rapport¹.", "¹ Rapport Stikstof, 2024, p. 3"
    ]  # fmt: skip
    for style in STYLES:
        whole = whole_set(dossier, style)
        assert whole.count("¹ NOS, 4 januari 2024") == 1
        assert whole.count("¹ Rapport Stikstof, 2024, p. 3") == 1  # the grouped answer once, after question 2
        assert whole.index("¹ NOS") < whole.index("Vraag 2") < whole.index("¹ Rapport")


def test_a_text_without_footnotes_is_copied_as_it_is() -> None:
    assert with_footnotes("Ja.", []) == "Ja."


def test_the_aanhangsel_before_1995_links_to_its_scanned_page_or_to_nothing() -> None:
    """officielebekendmakingen.nl holds the Aanhangsel by its id from 1995-1996 on; before, only the scanned pages."""

    def made(ident: str, path: str) -> Dossier:
        return Dossier(id=ident, sources=[Source(path, "aanhangsel", "0" * 64)])

    assert official_url(made("ah-tk-19811982-180", "/x/sgd-0000149633.txt")) == (
        "https://zoek.officielebekendmakingen.nl/0000149633"
    )
    assert official_url(made("ah-tk-19811982-180", "/x/crawl-0000149633.txt#2")) == (
        "https://zoek.officielebekendmakingen.nl/0000149633"
    )
    assert official_url(made("ah-tk-19811982-180", "/x/page.txt")) is None  # no page number: no address made up
    assert official_url(made("ah-tk-19951996-12", "/x/page.txt")) == (
        "https://zoek.officielebekendmakingen.nl/ah-tk-19951996-12"
    )
    short = made("ah-tk-1981-171", "/x/sgd-0000156319.txt")  # "Zitting 1981": the short session after an election
    assert official_url(short) == "https://zoek.officielebekendmakingen.nl/0000156319"
    assert nl(short).startswith("Aanhangsel Handelingen II 1981, nr. 171")
