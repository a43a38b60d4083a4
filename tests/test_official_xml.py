"""The official XML (kv-tk question sets and ah-tk Aanhangsel documents), safely parsed.

The two documents in tests/documents are written by this project in the published structure (see
../shared/design/formats.md): kamervraagnummer, kamervraagomschrijving with datum, vraag/antwoord with nr and al,
noot inside the al where its mark is, kamervraagopmerking and ondertekening.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kqreader.model import Person
from kqreader.parsing import ParseError, combine, parse_bytes, parse_file

DOCUMENTS = Path(__file__).parent / "documents"


def test_a_question_set() -> None:
    d = parse_file(DOCUMENTS / "kv-tk-2024Z00105.xml")
    assert d.id == "2024Z00105" and d.sources[0].kind == "questions"
    assert d.askers == [Person("De Roon", "PVV"), Person("Fritsma", "PVV")]
    assert d.addressees == ["Minister van Justitie en Veiligheid"]
    assert (d.title, d.submitted) == ("camerabewaking in de binnenstad", date(2024, 1, 8))
    assert [(q.number, q.text) for q in d.questions][1:3] == [
        (2, "Wie beheert die camera’s?"),  # "Vraag 2, 3": one <al> per question
        (3, "Worden de beelden langer dan vier weken bewaard?"),
    ]
    q4 = d.question(4)
    assert q4 is not None
    assert q4.text == "Is gezichtsherkenning toegestaan, zoals in het antwoord op eerdere vragen² werd gesteld?"
    assert [(f.mark, f.text) for f in q4.footnotes] == [("2", "Aanhangsel Handelingen II 2019/20, nr. 3975")]
    assert d.doubts == []


def test_an_aanhangsel_and_its_question_set_are_one_dossier() -> None:
    aanhangsel = parse_file(DOCUMENTS / "ah-tk-20232024-1400.xml")
    assert aanhangsel.id == "2024Z00105" and aanhangsel.publication == "ah-tk-20232024-1400"
    assert aanhangsel.answered == date(2024, 2, 12)
    assert [a.covers for a in aanhangsel.answers] == [[1], [2, 3], [4]]
    assert aanhangsel.notices == []  # "Zie ook …" before the questions is a remark, not a notice
    whole = combine([parse_file(DOCUMENTS / "kv-tk-2024Z00105.xml"), aanhangsel])
    assert whole.publication == "ah-tk-20232024-1400" and whole.answered == date(2024, 2, 12)
    q4 = whole.question(4)
    assert q4 is not None and q4.text.endswith("werd gesteld?")  # the question set's wording wins
    assert q4.answer is not None and q4.answer.text == "Nee; zie ook het antwoord op vraag 2 en 3."


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<kamervragen><vraag><nr>Vraag 1</nr><al>&lol3;</al></vraag></kamervragen>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE k [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<kamervragen><vraag><nr>Vraag 1</nr><al>&xxe;</al></vraag></kamervragen>"""


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (BOMB, "XML with entity declarations or external references is refused"),
        (EXTERNAL, "XML with entity declarations or external references is refused"),
        (b"<kamervragen><vraag><nr>Vraag 1</nr>", "not well-formed XML"),
        (b"<officiele-publicatie><staatscourant/></officiele-publicatie>", "an XML document without <kamervragen>"),
    ],
)
def test_hostile_or_other_xml_is_one_problem(data: bytes, problem: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_bytes(data, "x.xml")
    assert caught.value.problem.startswith(problem)
    assert "root:" not in str(caught.value)  # nothing of /etc/passwd


def test_an_oversized_xml_is_refused_unparsed() -> None:
    data = b"<kamervragen>" + b" " * (21 * 1024 * 1024) + b"</kamervragen>"
    with pytest.raises(ParseError) as caught:
        parse_bytes(data, "groot.xml")
    assert caught.value.problem.endswith("bytes is not a Kamervragen document")


def test_id_finds_a_set_by_zaaknummer_kv_tk_and_aanhangsel_number() -> None:
    from kqreader.query.language import matches

    whole = combine([parse_file(DOCUMENTS / "kv-tk-2024Z00105.xml"), parse_file(DOCUMENTS / "ah-tk-20232024-1400.xml")])
    today = date(2024, 6, 1)
    for ident in ("2024Z00105", "kv-tk-2024z00105", "ah-tk-20232024-1400"):
        assert matches(whole, f"id:{ident}", today)
    assert not matches(whole, "id:ah-tk-20232024-1401", today)


@pytest.mark.parametrize("aanhangsel_first", [True, False])
def test_an_aanhangsel_without_zaaknummer_joins_its_question_set_in_the_store(
    tmp_path: Path, aanhangsel_first: bool
) -> None:
    from kqreader.cli import import_paths
    from kqreader.store.database import Store

    files = [DOCUMENTS / "ah-tk-20232024-1401-zonder-zaak.xml", DOCUMENTS / "kv-tk-2024Z00105.xml"]
    store = Store(tmp_path / "db.json")
    for path in files if aanhangsel_first else files[::-1]:  # one import each: the link is made either way
        assert import_paths(store, [path])[1] == 0
    [dossier] = store.dossiers()
    assert (dossier.id, dossier.publication) == ("2024Z00105", "ah-tk-20232024-1401")
    assert [a.covers for a in dossier.answers] == [[1], [2, 3], [4]] and len(dossier.sources) == 2
    report, failed = import_paths(store, files)
    assert (report.imported, report.unchanged, failed) == (0, 2, 0)
