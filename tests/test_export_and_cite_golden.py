"""The JSON export and the four citation styles of the seed dossier, pinned exactly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.helpers import kqreader

SAMPLES = ROOT / "sample_data"
GOLDEN = Path(__file__).parent / "golden" / "2019Z12806.json"
HEADING = (
    "Vragen van het lid Ploumen (PvdA) aan de Minister van Buitenlandse Zaken over de ontmoeting met de Chinese "
    "collega Wang Yi waarin de sterke band en het belang van internationale samenwerking besproken werd "
    "(ingezonden 20 juni 2019), 2019Z12806; antwoord van 1 juli 2019 (kenmerk BZDOC-371186082-60)"
)
URL = "https://zoek.officielebekendmakingen.nl/kv-tk-2019Z12806"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("2019Z12806-vragen.md", "2019Z12806-antwoorden.md"):
        shutil.copy(SAMPLES / name, docs / name)
    path = tmp_path / "db.json"
    assert kqreader("import", "--db", path, docs).returncode == 0
    return path


def test_json_export_is_exactly_the_golden_file(db: Path) -> None:
    result = kqreader("export", "--db", db)
    assert result.returncode == 0
    docs = str(db.parent / "docs")
    assert result.stdout.replace(docs, "<docs>") == GOLDEN.read_text(encoding="utf-8")


def test_export_is_byte_identical_after_reimport(db: Path) -> None:
    before = kqreader("export", "--db", db).stdout
    assert kqreader("import", "--db", db, db.parent / "docs").stdout.endswith("unchanged 2, failed 0\n")
    assert kqreader("export", "--db", db).stdout == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), HEADING),
        (("-q", "2"), f"{HEADING}, vraag 2, antwoord op vragen 2 en 3"),
        (("-q", "1", "--style", "nl"), f"{HEADING}, vraag 1, antwoord op vraag 1"),
        (("--style", "markdown"), f"[{HEADING}]({URL})"),
        (("--style", "markdown", "-q", "5"), f"[{HEADING}, vraag 5, antwoord op vragen 4 en 5]({URL})"),
        (
            ("--style", "bibtex", "-q", "2"),
            "@misc{kq-2019z12806-q2,\n"
            "  author = {Ploumen},\n"
            "  title = {Vragen over de ontmoeting met de Chinese collega Wang Yi waarin de sterke band en het belang "
            "van internationale samenwerking besproken werd},\n"
            f"  howpublished = {{{HEADING}, vraag 2, antwoord op vragen 2 en 3}},\n"
            "  year = {2019},\n"
            f"  url = {{{URL}}}\n"
            "}",
        ),
        (
            ("--style", "quote", "-q", "4"),
            "Vraag 4: Heeft u tijdens uw gesprek met uw Chinese collega gesproken over de mogelijkheden van "
            "gezichtsherkenningsoftware? Zo ja, heeft u uw zorgen geuit over de wijze waarop het land "
            "gezichtsherkenningsoftware inzet? Zo nee, waarom niet?\n\n"
            "Antwoord op vragen 4 en 5: Nee. Ik heb ervoor gekozen om mij tijdens dit gesprek op andere onderwerpen "
            "te richten, waaronder op de mensenrechtensituatie in Xinjiang en op de actuele ontwikkelingen in "
            "Hongkong.\n\n"
            f"({HEADING}, vraag 4, antwoord op vragen 4 en 5)",
        ),
    ],
)
def test_citations(db: Path, args: tuple[str, ...], expected: str) -> None:
    result = kqreader("cite", "--db", db, "2019Z12806", *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected + "\n"


def test_published_answer_citation(tmp_path: Path, shared: Path) -> None:
    db = tmp_path / "db.json"
    kqreader("import", "--db", db, shared / "corpus/real")
    assert kqreader("cite", "--db", db, "ah-tk-20232024-387", "-q", "4").stdout == (
        "Aanhangsel Handelingen II 2023/24, nr. 387, vraag 4, antwoord op vragen 4 en 5\n"
    )
    assert kqreader("cite", "--db", db, "AH-TK-20232024-302", "--style", "markdown").stdout == (
        "[Aanhangsel Handelingen II 2023/24, nr. 302](https://zoek.officielebekendmakingen.nl/ah-tk-20232024-302)\n"
    )
