"""The command line as a person uses it: exit codes, one stderr line per bad file, export, cite."""

from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import orjson
import pytest

from kqreader import __version__
from tests.conftest import DOCUMENTS, ROOT
from tests.helpers import kqreader

SAMPLES = ROOT / "sample_data"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db.json"


@pytest.fixture
def no_user_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch a real user database: $KQREADER_DB points into tmp_path."""
    path = tmp_path / "env-db.json"
    monkeypatch.setenv("KQREADER_DB", str(path))
    return path


def test_version_and_help() -> None:
    result = kqreader("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"kqreader {__version__}"
    for command in ("import", "export", "cite", "open"):
        result = kqreader(command, "--help")
        assert result.returncode == 0 and "--db" in result.stdout
    assert "import" in kqreader("--help").stdout


def test_import_summary_and_exit_zero(db: Path) -> None:
    result = kqreader("import", "--db", db, SAMPLES)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "imported 12 files (8 dossiers, 43 questions); 0 unchanged, 0 failed\n"
    assert result.stderr == ""  # no progress bar when stderr is not a terminal
    again = kqreader("import", "--db", db, SAMPLES)
    assert again.stdout == "imported 0 files (0 dossiers, 0 questions); 12 unchanged, 0 failed\n"


def test_each_bad_file_is_one_stderr_line_and_good_files_are_kept(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-leeg.md").write_bytes(b"")
    (folder / "b-plaatje.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    shutil.copy(DOCUMENTS / "note.md", folder / "c-notitie.md")
    shutil.copy(DOCUMENTS / "header-only.md", folder / "d-kop.md")
    shutil.copy(DOCUMENTS / "kv-2024Z00101-leden.md", folder / "e-goed.md")
    (folder / "f-afgebroken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj")  # a PDF cut off after its first bytes
    missing = tmp_path / "weg.md"
    result = kqreader("import", "--db", db, folder, missing)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"kqreader: {folder / 'a-leeg.md'}: error: the file is empty",
        f"kqreader: {folder / 'b-plaatje.txt'}: error: binary data, not a text document",
        f"kqreader: {folder / 'd-kop.md'}: error: a question set heading but no questions "
        "(no 'Vraag 1' heading or numbered list)",
        f"kqreader: {folder / 'f-afgebroken.pdf'}: error: not a readable PDF (damaged or truncated)",
        f"kqreader: {missing}: error: cannot read the file (No such file or directory)",
    ]
    assert result.stdout == ("imported 1 file (1 dossier, 4 questions); 0 unchanged, 5 failed; skipped 1 file that is "
                             "not Kamervragen\n")  # the note: a text of another kind, in a folder: no line of its own
    exported = orjson.loads(kqreader("export", "--db", db).stdout)
    assert [d["id"] for d in exported["dossiers"]] == ["2024Z00101"]


@pytest.mark.parametrize(
    "args",
    [
        ("import",),  # PATH is required
        ("import", "--bogus", "x"),
        ("export", "--format", "xml"),
        ("cite",),
        ("cite", "2019Z12806", "-q", "twee"),
        ("--nonsense",),
    ],
)
def test_usage_errors_exit_two(args: tuple[str, ...], no_user_db: Path) -> None:
    result = kqreader(*args)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()  # what is wrong, and where to look
    assert ": error: " in line and line.endswith(" --help)"), line
    assert not no_user_db.exists()


def test_damaged_database_is_one_clear_line(db: Path) -> None:
    kqreader("import", "--db", db, SAMPLES)
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])  # a truncated file
    for args in (("export", "--db", db), ("import", "--db", db, SAMPLES), ("cite", "--db", db, "2019Z12806")):
        result = kqreader(*args)
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            f"kqreader: {db}: error: the file is damaged (not valid JSON); run `kqreader import --rebuild --db {db} "
            "PATH …` to start a new database (the damaged files are kept beside it as a backup, which the import names)"
        ]
    rebuilt = kqreader("import", "--rebuild", "--db", db, SAMPLES)
    assert rebuilt.returncode == 0 and (db.parent / "db.json.bak").exists() and (db.parent / "db.d.bak").is_dir()


def test_a_second_rebuild_never_overwrites_the_first_backup(db: Path) -> None:
    """Each --rebuild keeps the store before it under a new name (.bak, .bak.1, …) and says where and how to
    restore it: the 8-set store's only backup is never replaced by the 1-set store's."""
    kqreader("import", "--db", db, SAMPLES)
    first = db.read_bytes()
    said = []
    for _ in range(2):
        rebuilt = kqreader("import", "--rebuild", "--db", db, SAMPLES / "2019Z12806-vragen.md")
        assert rebuilt.returncode == 0
        said.append(rebuilt.stderr)
    assert (db.parent / "db.json.bak").read_bytes() == first and (db.parent / "db.d.bak").is_dir()
    assert (db.parent / "db.json.bak.1").exists() and (db.parent / "db.d.bak.1").is_dir()
    assert said[1] == (f"kqreader: the database before --rebuild is kept as {db}.bak.1, {db.parent}/db.d.bak.1; to "
                       f"restore it: move {db} {db.parent}/db.d away, then mv {db}.bak.1 {db} && "
                       f"mv {db.parent}/db.d.bak.1 {db.parent}/db.d\n")  # fmt: skip
    assert kqreader("stats", "--db", db.parent / "db.json.bak", "--format", "json").returncode == 1


def test_a_backup_or_a_foreign_file_is_named_and_left_alone(tmp_path: Path, db: Path) -> None:
    """Neither a backup nor notes.txt nor a PDF is advised to be rebuilt (which would set aside more): what it
    is, how to restore a backup, and nothing beside them is made or renamed."""
    kqreader("import", "--db", db, SAMPLES)
    kqreader("import", "--rebuild", "--db", db, SAMPLES / "2019Z12806-vragen.md")
    backup = db.parent / "db.json.bak"
    for command in (("stats",), ("import", "--rebuild", SAMPLES)):
        result = kqreader(*command, "--db", backup)
        assert result.returncode == 1 and "--rebuild --db" not in result.stderr
        assert result.stderr == (f"kqreader: {backup}: error: this is a backup of the database {db}, kept by `import "
                                 f"--rebuild`, not a database to open or rebuild; to restore it: move {db} "
                                 f"{db.parent}/db.d away, then mv {backup} {db} && mv {db.parent}/db.d.bak "
                                 f"{db.parent}/db.d\n")  # fmt: skip
    assert not (db.parent / "db.json.bak.bak").exists() and (db.parent / "db.d").is_dir()
    for name, content in (("notes.txt", b"shopping\n"), ("letter.pdf", b"%PDF-1.4\n\x00\x01")):
        foreign = tmp_path / "other" / name
        foreign.parent.mkdir(exist_ok=True)
        foreign.write_bytes(content)
        for command in (("stats",), ("import", "--rebuild", SAMPLES)):
            result = kqreader(*command, "--db", foreign)
            assert result.returncode == 1
            assert result.stderr == (f"kqreader: {foreign}: error: this is not a kqreader database (does --db name "
                                     "another file?)\n")  # fmt: skip
        assert foreign.read_bytes() == content
    assert sorted(p.name for p in (tmp_path / "other").iterdir()) == ["letter.pdf", "notes.txt"]


def test_export_formats_and_query(db: Path) -> None:
    kqreader("import", "--db", db, SAMPLES)
    data = orjson.loads(kqreader("export", "--db", db).stdout)
    assert data["schema"] == 1
    assert [d["id"] for d in data["dossiers"]] == [
        "2019Z12806", "2024Z00101", "ah-tk-20232024-1314", "2024Z00102", "2024Z00103", "2024Z00104", "2024Z11859",
        "ah-tk-20242025-1234",
    ]  # fmt: skip  (the reader's order, oldest first: by month, then submission)
    assert {d["status"] for d in data["dossiers"]} == {"answered", "delayed"}
    exported = kqreader("export", "--db", db, "--format", "csv", "--today", "2024-06-01", "azie").stdout
    rows = list(csv.reader(io.StringIO(exported)))
    assert rows[0] == [
        "id", "number", "subject", "askers", "parties", "addressees", "ministries", "answered_by", "submitted",
        "answered", "days_to_answer", "days_open", "timeliness", "question", "answer", "kind", "unanswered", "promises",
        "promise_due", "promise_state",
    ]  # fmt: skip
    assert [(r[0], r[1]) for r in rows[1:]] == [("2024Z00103", "1"), ("2024Z00103", "2")]
    assert [r[15:] for r in rows[1:]] == [["", "", "", "", ""]] * 2  # delayed: no answer yet, so no kind
    promised = kqreader("export", "--db", db, "--format", "csv", "--today", "2024-06-01", "id:2024Z00102").stdout
    cells = [dict(zip(rows[0], row, strict=True)) for row in csv.reader(io.StringIO(promised))][1:]
    assert [(c["number"], c["kind"], c["promise_due"], c["promise_state"]) for c in cells] == [
        ("1", "inhoudelijk", "", ""), ("2", "inhoudelijk", "2024-07-01", "due"),
        ("3", "inhoudelijk", "2024-07-01", "due"),
    ]  # fmt: skip  (answer 2 and 3 promises the evaluation before the summer)
    assert rows[1][2:10] == [
        "vogelgriep in Azië", "Ouwehand", "PvdD", "Minister van Landbouw, Natuur en Voedselkwaliteit",
        "Landbouw, Visserij, Voedselzekerheid en Natuur", "", "2024-04-02", "",
    ]  # fmt: skip  (the addressee as printed, then the ministry by its current name)
    assert rows[1][10:13] == ["", "60", "overdue"]
    md = kqreader("export", "--db", db, "--format", "md", "gezichtsherkenning").stdout
    assert md.startswith("# 2019Z12806: De ontmoeting met de Chinese collega Wang Yi")
    assert "### Answer to questions 2 and 3" in md and "# 2024Z00104" in md and "# 2024Z00101" not in md
    both = orjson.loads(kqreader("export", "--db", db, "Ploumen", "Xinjiang").stdout)
    assert [d["id"] for d in both["dossiers"]] == ["2019Z12806"]


def test_cite_errors(db: Path) -> None:
    kqreader("import", "--db", db, SAMPLES)
    missing = kqreader("cite", "--db", db, "2019Z99999")
    assert missing.returncode == 1
    assert missing.stderr == f"kqreader: {db}: error: no dossier '2019Z99999' in this database\n"
    no_question = kqreader("cite", "--db", db, "2019Z12806", "-q", "9")
    assert no_question.returncode == 1
    assert no_question.stderr == (f"kqreader: {db}: error: 2019Z12806 has no question 9 (its questions: 1, 2, 3, 4, "
                                  "5, 6, 7)\n")


def test_cite_quote_carries_the_footnotes(db: Path) -> None:
    """`cite --style quote` and `--all` keep each text's footnotes after it, as `y` and `Y` copy them."""
    kqreader("import", "--db", db, SAMPLES)
    quoted = kqreader("cite", "--db", db, "2019Z12806", "-q", "1", "--style", "quote").stdout.split("\n\n")
    assert quoted[0].startswith("Vraag 1: ") and "¹" in quoted[0]
    assert quoted[1] == "¹ https://twitter.com/ministerBlok/status/1141298991684096001"
    assert quoted[2].startswith("Antwoord op vraag 1: ")
    whole = kqreader("cite", "--db", db, "2019Z12806", "--all", "--style", "markdown").stdout
    assert "\n\n¹ https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3175792\n² https://" in whole


def test_open_imports_given_paths_and_samples_on_first_run(no_user_db: Path, tmp_path: Path) -> None:
    first = kqreader()
    assert first.returncode == 0
    assert first.stderr.startswith("The database was empty, so kqreader started it with the sample documents: "
                                   "imported 12 files (8 dossiers, 43 questions); 0 unchanged, 0 failed.")
    dutch = kqreader("--lang", "nl", env={**os.environ, "KQREADER_DB": str(tmp_path / "nl.json")})
    assert dutch.stderr.startswith("De database was leeg, dus is kqreader begonnen met de voorbeelddocumenten: "
                                   "12 bestanden ingelezen (8 dossiers, 43 vragen)")  # no "hij" without a referent
    assert "2019Z12806" in first.stdout and no_user_db.exists()
    second = kqreader(DOCUMENTS / "ah-tk-20242025-1234.md", env={**os.environ, "KQREADER_DB": str(tmp_path / "o.json")})
    assert second.returncode == 0 and "ah-tk-20242025-1234" in second.stdout
    assert "The database was empty" not in second.stderr


def test_an_exclusion_in_the_query_needs_no_double_dash(db: Path) -> None:
    assert kqreader("import", "--db", db, SAMPLES).returncode == 0
    plain = kqreader("export", "--db", db, "china", "--format", "csv")
    excluded = kqreader("export", "--db", db, "china", "-xyzzy", "--format", "csv")
    assert (excluded.returncode, excluded.stdout) == (0, plain.stdout)  # "-xyzzy" is a query word, not an option
    assert len(kqreader("export", "--db", db, "china", "-mensenrechten", "--format", "csv").stdout.splitlines()) == 1
    assert kqreader("stats", "--db", db, "-china", "--format", "json").returncode == 0


@pytest.mark.parametrize("form", ["json", "csv", "md"])
def test_export_writes_each_dossier_as_it_comes(form: str) -> None:
    """`export QUERY` streams: the first dossier is written before the second is read (a dossier at a time)."""
    from kqreader.output.exporting import export
    from tests.reader_factory import TODAY, sample_dossiers

    read: list[str] = []
    dossiers = sample_dossiers()
    chunks = export((read.append(d.id) or d for d in dossiers), form, TODAY)
    first = next(chunks)
    while dossiers[0].id.encode() not in first:
        first += next(chunks)
    assert read == [dossiers[0].id]
    rest = b"".join(chunks)
    assert read == [d.id for d in dossiers] and dossiers[-1].id.encode() in rest


@pytest.mark.parametrize("option", ["--frobnicate", "--fromat", "--partij"])
def test_an_unknown_option_of_export_or_stats_is_named_not_searched_for(db: Path, option: str) -> None:
    kqreader("import", "--db", db, SAMPLES)
    for command in ("export", "stats"):
        result = kqreader(command, "--db", db, option, "csv")
        assert result.returncode == 2 and result.stdout == ""
        assert option in result.stderr and "Traceback" not in result.stderr
    words = kqreader("stats", "--db", db, "--", "--frobnicate")  # after "--" it is a word the filter looks for
    assert words.returncode == 0 and "0" in words.stdout


@pytest.mark.parametrize("query", [("party:",), ("china", "year:"), ("since:2024-13",)])
def test_a_field_without_a_value_or_with_a_wrong_one_is_a_usage_error(db: Path, query: tuple[str, ...]) -> None:
    kqreader("import", "--db", db, SAMPLES)
    for command in ("export", "stats"):
        result = kqreader(command, "--db", db, *query)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.startswith("kqreader: error: QUERY: ") and len(result.stderr.splitlines()) == 1


def test_export_marked_writes_a_clipping_file_and_marks_outlive_a_reimport(db: Path) -> None:
    from datetime import date

    from kqreader.store.database import Store
    from kqreader.store.marks import Marks

    kqreader("import", "--db", db, SAMPLES)
    marks = Marks(Store(db).layout.marks)
    marks.write_note("2019Z12806", 6, "voor het memo", date(2024, 6, 1))
    marks.toggle("2024Z00103", None, date(2024, 6, 1))
    assert kqreader("import", "--db", db, "--rebuild", SAMPLES).returncode == 0  # a re-import does not touch them
    from tinydb import TinyDB

    with TinyDB(Store(db).layout.marks, access_mode="r") as kept:  # a TinyDB file, one row per mark
        assert [(row["dossier"], row["question"], row["note"]) for row in kept.table("marks").all()] == [
            ("2019Z12806", 6, "voor het memo"), ("2024Z00103", None, "")
        ]
    clipped = kqreader("export", "--db", db, "--marked", "--format", "md", "--lang", "nl")  # in Dutch, as by default
    assert clipped.returncode == 0
    text = clipped.stdout
    assert text.startswith("# Gemarkeerd in kqreader\n")
    assert "## 2019Z12806: De ontmoeting met de Chinese collega" in text and ", vraag 6\n" in text
    assert "*Notitie:* voor het memo" in text and "**Antwoord:** " in text
    assert "Bron: Vragen van het lid Ploumen (PvdA)" in text
    assert "## 2024Z00103: Vogelgriep in Azië\n" in text
    assert text.index("2019Z12806") < text.index("2024Z00103")  # the list's order, oldest first
    clipping = text[text.index("## 2019Z12806"):text.index("## 2024Z00103")]  # its answer's sources, defined after it
    assert "[^2019Z12806-v6-a-1]" in clipping.split("Bron: ")[0]
    assert "\n[^2019Z12806-v6-a-1]: https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3175792\n" in clipping
    assert clipping.index("Bron: ") < clipping.index("[^2019Z12806-v6-a-3]: https://techcrunch.com/")
    data = orjson.loads(kqreader("export", "--db", db, "--marked").stdout)
    assert [d["id"] for d in data["dossiers"]] == ["2019Z12806", "2024Z00103"]
    assert [d["id"] for d in orjson.loads(kqreader("export", "--db", db, "note:memo").stdout)["dossiers"]] == [
        "2019Z12806"
    ]


def test_a_damaged_marks_file_is_one_line(db: Path) -> None:
    from kqreader.store.database import Store

    kqreader("import", "--db", db, SAMPLES)
    Store(db).layout.marks.write_text('{"marks": {"1": {"dossier": "x"}}}')
    result = kqreader("export", "--db", db, "--marked")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    problem = "the marks file is damaged (a field missing); move it away to start anew"
    assert result.stderr == f"kqreader: {Store(db).layout.marks}: error: {problem}\n"


def test_a_typo_for_a_command_is_a_usage_error_but_a_file_of_that_name_is_imported(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "db.json"
    result = kqreader("exprot", "--db", db)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "kqreader: error: unknown command 'exprot' — did you mean 'export'?\n"
    assert not db.exists()  # nothing imported, nothing opened
    shutil.copy(SAMPLES / "2024Z00101-vragen.md", tmp_path / "stat.md")
    command = [sys.executable, "-m", "kqreader", "import", "--db", str(db), "stat.md"]
    assert subprocess.run(command, cwd=tmp_path, capture_output=True, check=False).returncode == 0
    piped = [sys.executable, "-m", "kqreader", "--db", str(db), "stat.md"]  # the open command, not a typo
    assert subprocess.run(piped, cwd=tmp_path, capture_output=True, text=True, check=False).returncode == 0


def test_opening_with_files_of_which_none_can_be_imported_does_not_open_the_reader(tmp_path: Path) -> None:
    """Each file's line, then one saying the reader stays closed (exit 1); the reader shows failures only beside
    something imported (tests/test_tmux.py)."""
    db, broken = tmp_path / "db.json", tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7 no more than this")
    result = kqreader("--db", db, broken)
    assert result.returncode == 1 and result.stdout == ""
    first, second = result.stderr.splitlines()
    assert first.startswith(f"kqreader: {broken}: error: ")
    assert second == "kqreader: nothing could be imported (1 file failed); the reader is not opened"


def test_output_to_a_closed_pipe_ends_quietly(db: Path) -> None:
    import subprocess
    import sys

    kqreader("import", "--db", db, SAMPLES)
    for command in (["export"], ["export", "--format", "md"], ["stats", "--format", "csv"]):
        reader = subprocess.Popen([sys.executable, "-m", "kqreader", *command, "--db", str(db)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        assert reader.stdout is not None and reader.stderr is not None
        reader.stdout.read(10)  # as `| head -c 10` does
        reader.stdout.close()
        errors = reader.stderr.read().decode()
        assert reader.wait() in (0, 141) and errors == "", errors  # 141: ended by the closed pipe, as tools do


def test_csv_cells_that_look_like_formulas_are_neutralised() -> None:
    from datetime import date

    from kqreader.model import Answer, Dossier, Person, Question
    from kqreader.output.exporting import csv_chunks
    from kqreader.query.keeping import Keeping

    dossier = Dossier(
        id="2024Z06666", title="=HYPERLINK(\"http://x\")", askers=[Person("+Jansen", "@partij")],
        questions=[Question(1, "-1 of meer?", answer=Answer([1], "=1+1", []))],
    )  # fmt: skip
    [header, row] = list(csv.reader(io.StringIO(b"".join(csv_chunks([dossier], date(2024, 6, 1), Keeping())).decode())))
    cells = dict(zip(header, row, strict=True))
    assert cells["subject"] == "'=HYPERLINK(\"http://x\")" and cells["askers"] == "'+Jansen"
    assert cells["parties"] == "'@partij" and cells["question"] == "'-1 of meer?" and cells["answer"] == "'=1+1"
    assert cells["number"] == "1" and cells["id"] == "2024Z06666"


@pytest.mark.parametrize("command", ["open", "import", "export", "stats", "cite"])
def test_every_command_s_help_ends_with_examples(command: str) -> None:
    result = kqreader(command, "--help")
    assert result.returncode == 0
    examples = result.stdout.split("examples:\n", 1)[1].splitlines()
    assert examples and all(line.startswith("  kqreader") for line in examples)


def test_every_option_of_every_command_has_a_help_text() -> None:
    """`--help` explains each option and argument, in the language spoken (the catalogue translates them)."""
    import argparse

    from kqreader.cli import build_parser

    missing = []

    def walk(parser: argparse.ArgumentParser, name: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for command, sub in action.choices.items():
                    walk(sub, command)
            elif not action.help:
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")

    walk(build_parser(), "kqreader")
    assert missing == []


def _damaged_pdf(folder: Path) -> Path:
    """The sample Aanhangsel (two pages, six questions) with its second page's object overwritten: pdfium reads the
    first page and cannot load the second (a damaged download)."""
    data = bytearray((SAMPLES / "ah-tk-20232024-1314.pdf").read_bytes())
    start = data.index(b"19 0 obj")  # page 2's page object
    data[start : start + 100] = b" " * 100
    path = folder / "kapot.pdf"
    path.write_bytes(bytes(data))
    return path


def test_a_folder_of_notes_and_a_pdf_read_in_part_says_both_in_one_summary(tmp_path: Path, db: Path) -> None:
    """Ordinary Markdown files are counted as skipped in the summary, not failed and not a line each; a damaged PDF
    that lost a page is imported with what could be read, named on stderr and in the summary, and the exit is 1."""
    folder = tmp_path / "map"
    folder.mkdir()
    for name in ("README.md", "notities.md", "todo.txt"):
        (folder / name).write_text(f"# {name}\n\nBoodschappen: brood, kaas.\n", encoding="utf-8")
    shutil.copy(DOCUMENTS / "kv-2024Z00101-leden.md", folder / "vragen.md")
    damaged = _damaged_pdf(folder)
    result = kqreader("import", "--db", db, folder)
    assert result.returncode == 1
    assert result.stderr == (f"kqreader: {damaged}: read only in part: page 2 of the PDF could not be read (damaged): "
                             "its text is missing.\n")  # fmt: skip
    assert result.stdout == (
        "imported 2 files (2 dossiers, 9 questions); 0 unchanged, 0 failed; skipped 3 files that are not Kamervragen; "
        f"1 read only in part: {damaged}\n"
    )
    exported = orjson.loads(kqreader("export", "--db", db, "id:ah-tk-20232024-1314").stdout)["dossiers"][0]
    assert any("page 2 of the PDF could not be read" in doubt for doubt in exported["doubts"])  # kept in the set too
    dutch = kqreader("import", "--db", tmp_path / "nl.json", "--lang", "nl", folder)
    assert dutch.stdout.endswith("; 3 bestanden overgeslagen die geen Kamervragen zijn; 1 maar ten dele gelezen: "
                                 f"{damaged}\n")  # fmt: skip


def test_a_named_file_that_is_not_kamervragen_is_skipped_with_its_line(tmp_path: Path, db: Path) -> None:
    note = tmp_path / "notitie.md"
    note.write_text("# Notitie\n\nBel de woordvoerder.\n", encoding="utf-8")
    result = kqreader("import", "--db", db, note)
    assert result.returncode == 0
    assert result.stderr == (f"kqreader: {note}: skipped: not a Kamervragen document (no 'Vragen van …' sentence, "
                             "no 'Vraag'/'Antwoord' headings)\n")  # fmt: skip
    assert result.stdout == ("imported 0 files (0 dossiers, 0 questions); 0 unchanged, 0 failed; skipped 1 file that "
                             "is not Kamervragen\n")  # fmt: skip


READING = [("stats",), ("export",), ("export", "--format", "md"), ("cite", "2019Z12806"),
           ("cite", "2019Z12806", "--all"),
           ("promises",), ("similar", "2019Z12806"), ("digest",), ("repair",), ("open",)]  # fmt: skip


@pytest.mark.parametrize("command", READING, ids=" ".join)
def test_a_reading_command_on_a_store_that_is_not_there_says_so_and_makes_nothing(
    command: tuple[str, ...], tmp_path: Path, no_user_db: Path
) -> None:
    """A mistyped --db: one line naming it and what makes a store, exit 1, and no folder, lock or file made."""
    typo = tmp_path / "wreck" / "kq.jsno"
    result = kqreader(*command, "--db", typo)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (f"kqreader: {typo}: error: there is no kqreader database here (is the name right?); "
                             f"`kqreader import --db {typo} PATH …` makes one\n")  # fmt: skip
    assert not (tmp_path / "wreck").exists() and sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_default_store_not_yet_made_is_said_so_too(tmp_path: Path) -> None:
    """Without --db (and $KQREADER_DB), a reading command before any import says how to start; the reader itself
    still starts a first run with the samples (test_open_imports_given_paths_and_samples_on_first_run)."""
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache")}  # fmt: skip
    env.pop("KQREADER_DB", None)
    result = kqreader("stats", env=env)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.endswith(": error: there is no kqreader database yet; `kqreader import PATH …` makes one, "
                                  "`kqreader` starts one with the sample documents\n")  # fmt: skip
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("form", ["json", "csv", "csv-nl", "md"])
def test_an_export_given_as_the_database_is_named_for_what_it_is(form: str, tmp_path: Path, db: Path) -> None:
    """Not "damaged", no `import --rebuild` (which would set the user's export aside as .bak): what the file is."""
    kqreader("import", "--db", db, SAMPLES)
    exported = tmp_path / f"export.{form}"
    exported.write_text(kqreader("export", "--db", db, "--format", form).stdout, encoding="utf-8")
    before = exported.read_bytes()
    for command in (("stats",), ("cite", "2019Z12806"), ("import", SAMPLES)):
        result = kqreader(*command, "--db", exported)
        assert result.returncode == 1 and "rebuild" not in result.stderr and "damaged" not in result.stderr
        kind = {"json": "JSON", "md": "Markdown"}.get(form, "CSV")
        assert result.stderr == (f"kqreader: {exported}: error: this is a kqreader export ({kind}), not a database: "
                                 "give --db the database it was exported from\n")  # fmt: skip
    assert exported.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([db.name, f"{db.stem}.d", f"{db.name}.lock",
                                                                   exported.name])  # fmt: skip


def test_the_plain_text_of_a_pipe_calls_each_set_what_the_reader_calls_it(db: Path) -> None:
    """`kqreader | less`: each set's header line ends with the reader's header badge (one rule: timeliness.badge),
    never a bare status that the list contradicts ("delayed" beside "overdue 979 d")."""
    from datetime import date

    from kqreader.facts.timeliness import badge
    from kqreader.store.database import Store
    from kqreader.text.sentences import as_subject

    kqreader("import", "--db", db, SAMPLES)
    shown = " ".join(kqreader("--db", db).stdout.split())  # as words: the console wraps at 80 columns
    today = date.today()
    for dossier in Store(db).dossiers():
        askers = ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in dossier.askers)
        assert " ".join(f"{dossier.id} {askers} {badge(dossier, today)} {as_subject(dossier.title)}".split()) in shown
    assert " overdue: delayed, open " in shown  # 2024Z00103: a delay notice, and long past its 42 days


def test_the_dutch_command_line_says_each_thing_once_and_plainly(tmp_path: Path) -> None:
    """No "PADen" glued from a metavar, no "volgt er 1 bij": whole Dutch words."""
    helped = kqreader("--help", "--lang", "nl").stdout
    assert "PADen" not in helped and "de paden die je opgeeft (PAD) worden eerst ingelezen" in " ".join(helped.split())
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    added = kqreader("watch", "add", "2024Z00102", "--lang", "nl", env=env)
    assert added.stdout == "1 toegevoegd aan wat je volgt (1 in totaal)\n"
    removed = kqreader("watch", "remove", "2024Z00102", "--lang", "nl", env=env)
    assert removed.stdout == "1 niet meer gevolgd (0 in totaal)\n"


def test_an_install_missing_a_dependency_says_so_in_one_line() -> None:
    """A `git pull` without reinstalling: a package added since is missing. One line saying what to do."""
    import subprocess
    import sys

    code = "import sys, runpy; sys.modules['ahocorasick_rs'] = None; runpy.run_module('kqreader', run_name='__main__')"
    done = subprocess.run([sys.executable, "-c", code, "--lang", "en", "--version"], capture_output=True, text=True)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        "kqreader: error: the package ahocorasick_rs is missing: install kqreader again (pip install -e . or pip "
        "install .)\n"
    )


@pytest.mark.parametrize("form", ["csv", "csv-nl"])
def test_export_stats_and_filter_find_the_same_sets_a_notice_only_set_included(db: Path, form: str) -> None:
    """A set known only by its delay notice (tests/real/txt/026, no questions yet) has a CSV row of its own, without
    a number: export, stats and the filter count the same sets."""
    real = ROOT / "tests" / "real" / "txt"
    assert kqreader("import", "--db", db, real).returncode == 0
    exported = kqreader("export", "--db", db, "--format", form, "partij:PvdA").stdout.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(exported), delimiter=";" if form == "csv-nl" else ","))
    stats = orjson.loads(kqreader("stats", "--db", db, "--party", "PvdA", "--format", "json").stdout)
    ids = [row[0] for row in rows[1:]]
    assert "2024Z17538" in ids and set(ids) == {s["id"] for s in stats["sets"]}
    [notice] = [row for row in rows[1:] if row[0] == "2024Z17538"]
    assert notice[1] == "" and notice[2] == "de berichten dat Zeeuwse buffels te veel PFAS binnenkrijgen"
    assert len(notice) == len(rows[0])


def test_the_answering_minister_is_named_alike_in_the_csv_the_markdown_and_the_reader(db: Path) -> None:
    """One name for who answered everywhere: the CSV's answered_by (and the Dutch CSV's "beantwoord door"), the
    Markdown export and the reader's header say "minister Blok (Buitenlandse Zaken)", not the role as printed."""
    from datetime import date

    from kqreader.query.catalog import header_facts
    from kqreader.store.database import Store

    assert kqreader("import", "--db", db, SAMPLES).returncode == 0
    [row, *_] = csv.DictReader(io.StringIO(kqreader("export", "--db", db, "--format", "csv", "id:2019Z12806").stdout))
    dutch = kqreader("export", "--db", db, "--format", "csv-nl", "--lang", "nl", "id:2019Z12806").stdout
    [dutch_row, *_] = csv.DictReader(io.StringIO(dutch.lstrip("\ufeff")), delimiter=";")
    markdown = kqreader("export", "--db", db, "--format", "md", "id:2019Z12806").stdout
    dossier = Store(db).dossier("2019Z12806")
    assert dossier is not None and dossier.answered_by == ["Minister van Buitenlandse Zaken"]  # as printed
    [by] = [value for label, value in header_facts(dossier, date(2024, 1, 1)) if label == "By"]
    assert by == row["answered_by"] == dutch_row["beantwoord door"] == "minister Blok (Buitenlandse Zaken)"
    assert "- **By:** minister Blok (Buitenlandse Zaken)\n" in markdown


def test_a_year_or_a_month_as_since_on_the_command_line_as_in_the_filter(db: Path) -> None:
    """One rule for a day, a month or a year: `promises --since 2024` is `sinds:2024`'s first day, `--since 2024-11`
    the month's; a date that is none of them is one line, exit 2."""
    from datetime import date

    from kqreader.query.language import parse_query
    from kqreader.text.dates import period_day

    assert (period_day("2024"), period_day("2024-11"), period_day("2024-11-20")) == (
        date(2024, 1, 1), date(2024, 11, 1), date(2024, 11, 20))
    assert (period_day("2024", last=True), period_day("2024-02", last=True)) == (date(2024, 12, 31), date(2024, 2, 29))
    assert period_day("2024-13") is None and period_day("24") is None and period_day("2024-1-x") is None
    assert parse_query("sinds:2024-11").fields == parse_query("since:2024-11-01").fields
    assert kqreader("import", "--db", db, SAMPLES).returncode == 0
    for since, same in (("2019", "2019-01-01"), ("2019-07", "2019-07-01")):
        given = kqreader("promises", "--db", db, "--since", since, "--format", "json")
        assert given.returncode == 0 and given.stdout == kqreader("promises", "--db", db, "--since", same,
                                                                  "--format", "json").stdout  # fmt: skip
    wrong = kqreader("promises", "--db", db, "--since", "2024-13")
    assert wrong.returncode == 2 and "not a day, month or year (YYYY[-MM[-DD]]): '2024-13'" in wrong.stderr


def test_an_unknown_party_is_named_with_the_closest_known(db: Path) -> None:
    assert kqreader("import", "--db", db, SAMPLES).returncode == 0
    unknown = kqreader("stats", "--db", db, "--party", "XYZ")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert unknown.stderr == ("kqreader: error: stats --party: no party 'XYZ' known (not in kqreader's list nor among "
                              "the askers in this store)\n")
    close = kqreader("stats", "--db", db, "--party", "PvdS")
    assert close.returncode == 2 and close.stderr.endswith(" — did you mean 'PvdD'?\n")
    dutch = kqreader("stats", "--db", db, "--party", "groenlnks", "--lang", "nl")
    assert dutch.returncode == 2 and dutch.stderr.endswith(" — bedoel je 'GroenLinks'?\n")
    for known in ("P.v.d.A.", "Volt"):  # by another of its names; a party of the list without sets here: 0 sets
        assert kqreader("stats", "--db", db, "--party", known).returncode == 0


def test_a_file_name_starting_with_a_dash_needs_two_dashes_before_it(tmp_path: Path, db: Path) -> None:
    shutil.copy(DOCUMENTS / "kv-2024Z00101-leden.md", tmp_path / "-notes.md")
    for command in (("import", "--db", db), ("--db", db)):
        said = kqreader(*command, "-notes.md", cwd=tmp_path)
        assert said.returncode == 2 and said.stderr.endswith(
            "'-notes.md' is read as an option; a name starting with \"-\" needs \"--\" before it: kqreader "
            f"{command[0] if command[0] == 'import' else 'open'} -- -notes.md\n")
    assert kqreader("import", "--db", db, "--", "-notes.md", cwd=tmp_path).returncode == 0
    assert kqreader("cite", "--db", db, "-x").stderr.startswith("kqreader cite: error: the following arguments")


def test_a_pipe_puts_a_grouped_answer_after_its_last_question_as_cite_all_does(db: Path) -> None:
    """`kqreader | less`: "Answer to questions 2 and 3" after Question 3 (not between 2 and 3), in the order `cite
    --all` gives; and no line ends in a space (Rich leaves one where it wraps, and pads a table's last cell)."""
    kqreader("import", "--db", db, SAMPLES)
    piped = kqreader("--db", db).stdout
    assert piped and not [line for line in piped.splitlines() if line != line.rstrip()]
    start = piped.index("2019Z12806  ")
    heads = [line for line in piped[start:].splitlines() if line.startswith(("Question ", "Answer to "))][:8]
    assert heads == ["Question 1", "Answer to question 1", "Question 2", "Question 3", "Answer to questions 2 and 3",
                     "Question 4", "Question 5", "Answer to questions 4 and 5"]
    cited = kqreader("cite", "--db", db, "2019Z12806", "--all").stdout
    in_cite = [line.split(":")[0] for line in cited.splitlines() if line.startswith(("Vraag ", "Antwoord op "))][:8]
    assert in_cite == ["Vraag 1", "Antwoord op vraag 1", "Vraag 2", "Vraag 3", "Antwoord op vragen 2 en 3", "Vraag 4",
                       "Vraag 5", "Antwoord op vragen 4 en 5"]  # the citation is Dutch: the same order
    for table in (("stats",), ("stats", "--party", "PvdA")):
        shown = kqreader(*table, "--db", db).stdout
        assert shown and not [line for line in shown.splitlines() if line != line.rstrip()]
