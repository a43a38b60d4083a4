"""Citation forms beyond the seed: several askers, unanswered sets, escaping, determinism."""

from __future__ import annotations

from kqreader.cli import bundled_samples, import_paths
from kqreader.output.citation import STYLES, bibtex, cite, markdown, nl
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
