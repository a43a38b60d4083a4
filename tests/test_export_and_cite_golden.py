"""The JSON export and the four citation styles of the seed dossier, pinned exactly."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED
from tests.helpers import kqreader

SAMPLES = ROOT / "sample_data"
GOLDEN = Path(__file__).parent / "golden" / "2019Z12806.json"
HEADING = (
    "Vragen van het lid Ploumen (PvdA) aan de minister van Buitenlandse Zaken over de ontmoeting met de Chinese "
    "collega Wang Yi waarin de sterke band en het belang van internationale samenwerking besproken werd "
    "(ingezonden 20 juni 2019), 2019Z12806; antwoord van minister Blok, ontvangen 1 juli 2019 "
    "(kenmerk BZDOC-371186082-60)"
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
    assert kqreader("import", "--db", db, db.parent / "docs").stdout.endswith("; 2 unchanged, 0 failed\n")
    assert kqreader("export", "--db", db).stdout == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), f"{HEADING}, {URL}"),
        (("-q", "2"), f"{HEADING}, vraag 2, antwoord op vragen 2 en 3, {URL}"),
        (("-q", "1", "--style", "nl"), f"{HEADING}, vraag 1, {URL}"),  # its own answer: not named twice
        (("-q", "1", "--no-address"), f"{HEADING}, vraag 1"),
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
            f"({HEADING}, vraag 4, antwoord op vragen 4 en 5, {URL})",
        ),
    ],
)
def test_citations(db: Path, args: tuple[str, ...], expected: str) -> None:
    result = kqreader("cite", "--db", db, "2019Z12806", *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected + "\n"


AANHANGSEL = (
    "Aanhangsel Handelingen II 2023/24, nr. 387 (vragen van het lid Boswijk (CDA) aan de minister van Buitenlandse "
    "Zaken over de situatie in de Zuidelijke Kaukasus, ingezonden 2 oktober 2023; antwoord van minister Bruins Slot, "
    "ontvangen 13 november 2023)"
)
AANHANGSEL_URL = "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-387"
LETTER = (
    "Vragen van het lid Wassenberg (PvdD) aan de ministers van Landbouw, Natuur en Voedselkwaliteit en van Justitie "
    "en Veiligheid over het gebrek aan landelijke registratie van bijtincidenten door honden en het gebrek aan "
    "landelijk beleid om die bijtincidenten terug te brengen (ingezonden 7 september 2023), 2023Z14759; antwoord "
    "van minister Adema, ontvangen 18 oktober 2023 (kenmerk 4980892)"
)  # a ministry's Word letter alone: who answered is the role signed and the signatory's surname
LETTER_URL = "https://zoek.officielebekendmakingen.nl/kv-tk-2023Z14759"


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real corpus imported once for this module's tests (they only read it)."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside this checkout")
    db = tmp_path_factory.mktemp("real") / "db.json"
    kqreader("import", "--db", db, SHARED / "corpus/real")
    return db


def _cited(db: Path, *args: str) -> str:
    result = kqreader("cite", "--db", db, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.removesuffix("\n")


def test_an_aanhangsel_says_who_asked_whom_about_what_and_who_answered_when(real_db: Path) -> None:
    assert _cited(real_db, "ah-tk-20232024-387", "-q", "3") == f"{AANHANGSEL}, vraag 3, {AANHANGSEL_URL}"
    assert _cited(real_db, "ah-tk-20232024-387", "-q", "4") == (
        f"{AANHANGSEL}, vraag 4, antwoord op vragen 4 en 5, {AANHANGSEL_URL}"  # answered with question 5
    )
    assert _cited(real_db, "AH-TK-20232024-387", "--no-address") == AANHANGSEL
    assert _cited(real_db, "ah-tk-20232024-387", "-q", "3", "--style", "markdown") == (
        f"[{AANHANGSEL}, vraag 3]({AANHANGSEL_URL})"
    )
    assert _cited(real_db, "ah-tk-20232024-387", "-q", "3", "--style", "bibtex") == (
        "@misc{kq-ah-tk-20232024-387-q3,\n  author = {Boswijk},\n"
        "  title = {Vragen over de situatie in de Zuidelijke Kaukasus},\n"
        f"  howpublished = {{{AANHANGSEL}, vraag 3}},\n  year = {{2023}},\n  url = {{{AANHANGSEL_URL}}}\n}}"
    )
    quoted = _cited(real_db, "ah-tk-20232024-387", "-q", "3", "--style", "quote").split("\n\n")
    assert quoted[0].startswith("Vraag 3: Klopt het dat u recent met de Hoge vertegenwoordiger")
    assert quoted[1].startswith("Antwoord op vraag 3: Het klopt dat ik hierover, op 27 september jl.")
    assert quoted[-1] == f"({AANHANGSEL}, vraag 3, {AANHANGSEL_URL})"


def test_a_lone_answer_letter_in_every_style(real_db: Path) -> None:
    assert _cited(real_db, "2023Z14759", "-q", "2") == f"{LETTER}, vraag 2, {LETTER_URL}"
    assert _cited(real_db, "2023Z14759", "-q", "2", "--style", "markdown") == f"[{LETTER}, vraag 2]({LETTER_URL})"
    bibtex = _cited(real_db, "2023Z14759", "--style", "bibtex", "--no-address")
    assert bibtex.startswith("@misc{kq-2023z14759,\n  author = {Wassenberg},\n")
    assert f"  howpublished = {{{LETTER}}},\n  year = {{2023}}\n}}" in bibtex and "url =" not in bibtex
    quoted = _cited(real_db, "2023Z14759", "-q", "2", "--style", "quote").split("\n\n")
    assert quoted[0].startswith("Vraag 2: Deelt u de mening dat om bijtincidenten beter te kunnen voorkomen")
    assert quoted[1].startswith("Antwoord op vraag 2: Ja, die mening deel ik.")
    assert quoted[-1] == f"({LETTER}, vraag 2, {LETTER_URL})"


def test_a_whole_set_is_one_text_with_one_citation(db: Path, real_db: Path) -> None:
    text = _cited(db, "2019Z12806", "--all", "--no-address")
    assert re.findall(r"^(Vraag \d+|Antwoord op [^:]+):", text, flags=re.MULTILINE) == [
        "Vraag 1", "Antwoord op vraag 1", "Vraag 2", "Vraag 3", "Antwoord op vragen 2 en 3", "Vraag 4", "Vraag 5",
        "Antwoord op vragen 4 en 5", "Vraag 6", "Vraag 7", "Antwoord op vragen 6 en 7",
    ]  # fmt: skip  (each grouped answer once, after the last question it covers)
    assert text.split("\n\n")[-1] == f"({HEADING})"  # one citation, of the set
    whole = _cited(real_db, "ah-tk-20232024-387", "--all", "--style", "markdown").split("\n\n")
    assert whole[0].startswith("Vraag 1: ") and whole[-1] == f"[{AANHANGSEL}]({AANHANGSEL_URL})"
    both = kqreader("cite", "--db", db, "2019Z12806", "--all", "-q", "2")
    assert both.returncode == 2 and "-q N and --all" in both.stderr
