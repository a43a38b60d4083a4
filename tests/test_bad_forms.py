"""Broken, hostile or mislabelled PDF and Word files: one clear problem each, in bounded time and memory."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import orjson
import pypdfium2 as pdfium
import pytest

from kqreader.parsing import ParseError, parse_bytes
from tests.helpers import kqreader

DOCUMENTS = Path(__file__).parent / "documents"
QUESTIONS = (DOCUMENTS / "kv-2024Z00101-leden.md").read_bytes()


def blank_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages carry no text (as a scan without OCR would)."""
    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def problem(data: bytes, name: str) -> str:
    with pytest.raises(ParseError) as caught:
        parse_bytes(data, name)
    return caught.value.problem


def test_an_encrypted_pdf() -> None:
    data = (DOCUMENTS / "encrypted.pdf").read_bytes()  # made with pypdf, RC4-128, password "geheim"
    assert problem(data, "x.pdf") == "the PDF is encrypted (password protected)"


def test_a_pdf_without_text() -> None:
    assert problem(blank_pdf(), "scan.pdf") == "the PDF has no text layer (a scan?): there is no text to read"


@pytest.mark.parametrize("keep", [0.1, 0.5])
def test_a_truncated_pdf(keep: float) -> None:
    data = blank_pdf(3)
    assert problem(data[: int(len(data) * keep)], "cut.pdf") in (
        "not a readable PDF (damaged or truncated)",
        "the PDF has no text layer (a scan?): there is no text to read",  # pdfium may mend the cross-reference
    )


def test_a_pdf_of_too_many_pages_is_refused_unread() -> None:
    assert problem(blank_pdf(401), "big.pdf") == "a PDF of 401 pages is not a Kamervragen document"


def test_text_named_pdf_is_read_as_text() -> None:
    assert parse_bytes(QUESTIONS, "really-markdown.pdf").id == "2024Z00101"


@pytest.mark.parametrize(
    ("name", "said"),
    [("scan.pdf", "a .pdf file that is not a PDF"), ("letter.docx", "a .docx file that is not a Word package")],
)
def test_a_pdf_or_word_name_on_other_bytes_is_damage_not_a_foreign_document(name: str, said: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_bytes(b"not what the name says\n" * 40, name)
    assert caught.value.problem.startswith(said) and not caught.value.foreign


def test_xml_declaring_entities_is_refused_as_such_whatever_it_holds() -> None:
    data = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<x>&a;</x>\n'
    assert problem(data, "notes.xml").startswith("XML with entity declarations or external references is refused")


def word_file(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_word_zip_bomb_is_refused_before_unpacking() -> None:
    bomb = word_file({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (70 * 1024 * 1024)})
    assert len(bomb) < 200_000
    assert "is refused (a zip bomb?)" in problem(bomb, "bom.docx")


def test_a_damaged_word_document() -> None:
    damaged = word_file({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"})
    assert problem(damaged, "kapot.docx").startswith(("not a readable Word document", "a damaged Word document"))


def test_the_command_line_says_one_line_per_bad_file_and_keeps_the_good(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(blank_pdf())
    (tmp_path / "geheim.pdf").write_bytes((DOCUMENTS / "encrypted.pdf").read_bytes())
    (tmp_path / "vragen.pdf").write_bytes(QUESTIONS)
    result = kqreader("import", "--db", tmp_path / "db.json", tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"kqreader: {tmp_path / 'geheim.pdf'}: error: the PDF is encrypted (password protected)",
        f"kqreader: {tmp_path / 'scan.pdf'}: error: the PDF has no text layer (a scan?): there is no text to read",
    ]
    assert result.stdout == "imported 1 file (1 dossier, 4 questions); 0 unchanged, 2 failed\n"


def test_hidden_folders_and_virtual_environments_are_not_walked(tmp_path: Path) -> None:
    from kqreader.store.importing import document_paths

    for folder in (".git", ".venv", "env", "docs"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "vragen.md").write_bytes(QUESTIONS)
    (tmp_path / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    assert list(document_paths([tmp_path])) == [tmp_path / "docs" / "vragen.md"]


def test_other_files_in_a_folder_are_skipped_and_counted_not_failed(tmp_path: Path) -> None:
    (tmp_path / "vragen.md").write_bytes(QUESTIONS)
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "cijfers.csv").write_text("a,b\n")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    result = kqreader("import", "--db", tmp_path / "db.json", tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        "imported 1 file (1 dossier, 4 questions); 0 unchanged, 0 failed; skipped 2 files that are not Kamervragen\n"
    )


def test_a_100_mb_pdf_is_one_line_in_bounded_time(tmp_path: Path) -> None:
    big = tmp_path / "groot.pdf"
    big.write_bytes(blank_pdf() + b"\n%" + b"x" * (100 * 1024 * 1024) + b"\n")  # 100 MB after the end of the PDF
    result = kqreader("import", "--db", tmp_path / "db.json", big)
    assert result.returncode == 1
    assert result.stderr == f"kqreader: {big}: error: the PDF has no text layer (a scan?): there is no text to read\n"


def test_a_file_over_the_size_limit_is_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _over_the_limit_is_one_line(tmp_path, monkeypatch, capsys)


def _over_the_limit_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With a limit of 1,024 bytes, a file of 3 kB is not imported: one line says why."""
    from kqreader.store import importing
    from kqreader.store.database import Store

    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 1024)
    (tmp_path / "lang.md").write_bytes(QUESTIONS + b"x" * 2048)
    report, failed = importing.import_paths(Store(tmp_path / "lang.json"), [tmp_path / "lang.md"])
    assert (report.imported, failed) == (0, 1)
    problem = "larger than 1,024 bytes: not a Kamervragen document"
    assert capsys.readouterr().err == f"kqreader: {tmp_path / 'lang.md'}: error: {problem}\n"


def test_a_file_that_grows_while_it_is_read_is_read_whole_and_still_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """stat counts fewer bytes than the file holds when it is read (it grew meanwhile): all of it is read, up to
    the limit, and past the limit it is one line."""
    import os

    from kqreader.store import importing
    from kqreader.store.database import Store

    real_stat = os.stat

    def counted_early(path: str, **options: bool) -> os.stat_result:
        status = real_stat(path, **options)
        if not str(path).endswith(".md"):
            return status
        fields = list(status)
        fields[6] = 10  # st_size, as if stat ran when the file held 10 bytes
        return os.stat_result(fields)

    monkeypatch.setattr(importing.os, "stat", counted_early)
    (tmp_path / "groeit.md").write_bytes(QUESTIONS)
    report, failed = importing.import_paths(Store(tmp_path / "db.json"), [tmp_path / "groeit.md"])
    assert (report.imported, failed, report.questions) == (1, 0, 4)  # the whole file, not its first 11 bytes
    _over_the_limit_is_one_line(tmp_path, monkeypatch, capsys)  # read past what stat counted, still bounded


def test_import_goes_on_past_every_bad_path_with_a_line_each(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "goed.md").write_bytes(QUESTIONS)
    os.mkfifo(folder / "pijp.md")  # reading it would block forever
    (folder / "lus.md").symlink_to(folder / "lus.md")
    descriptor = os.open(os.fsencode(folder) + b"/naam-\xff.md", os.O_CREAT | os.O_WRONLY)  # not UTF-8
    os.close(descriptor)
    result = kqreader("import", "--db", tmp_path / "db.json", folder, "/dev/zero")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"kqreader: {folder}/lus.md: error: cannot read the file (Too many levels of symbolic links)",
        f"kqreader: {folder}/naam-\\udcff.md: error: the file name is not valid UTF-8: rename the file to import it",
        f"kqreader: {folder}/pijp.md: error: not a regular file (a device, a pipe or a socket): not read",
        "kqreader: /dev/zero: error: not a regular file (a device, a pipe or a socket): not read",
    ]
    assert result.stdout.startswith("imported 1 file (1 dossier, 4 questions); 0 unchanged, 4 failed")


def test_an_impossible_date_is_a_doubt_not_a_verdict() -> None:
    from kqreader.facts.timeliness import timeliness

    for printed in ("31 februari 2019", "1 mei 9999", "1 mei 0001"):
        text = QUESTIONS.decode("utf-8").replace("8 januari 2024", printed)
        dossier = parse_bytes(text.encode("utf-8"), "vragen.md")
        assert dossier.submitted is None, printed
        assert f"vragen.md: «{printed}» is not a valid date: it is left out." in dossier.doubts
        assert timeliness(dossier, date(2025, 1, 1)).verdict is None


def test_a_utf8_file_with_one_broken_byte_stays_utf8_with_a_doubt() -> None:
    text = QUESTIONS.decode("utf-8").replace("Vraag 1", "Vraag 1\n\nAzië is geëvalueerd", 1)
    data = text.encode("utf-8").replace(b"ge\xc3\xabvalueerd", b"ge\xebvalueerd")  # one cp1252 byte among UTF-8
    dossier = parse_bytes(data, "vragen.md")
    assert "Azië is ge�valueerd" in dossier.questions[0].text  # not "AziÃ«"
    assert "vragen.md: 1 character(s) of the file were not valid UTF-8 and show as �." in dossier.doubts


@pytest.mark.parametrize("cut", ["db.json", "db.d/files.1.json"])
def test_a_store_file_cut_to_nothing_loses_nothing(tmp_path: Path, cut: str) -> None:
    db = tmp_path / "db.json"
    assert kqreader("import", "--db", db, Path(__file__).parents[1] / "sample_data").returncode == 0
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file() and not p.name.endswith(".lock"))
    before = {path: path.read_bytes() for path in files}
    (tmp_path / cut).write_bytes(b"")
    commands = [["import", "--db", db, DOCUMENTS / "kv-2024Z00106-mondeling.txt"]]
    if cut == "db.json":
        commands.append(["export", "--db", db])  # the manifest names every shard: without it nothing is read
    else:
        assert len(orjson.loads(kqreader("export", "--db", db).stdout)["dossiers"]) == 8  # only imports read it
    for command in commands:
        result = kqreader(*command)
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.startswith(f"kqreader: {tmp_path / cut}: error: the file is empty")
        assert "cut short" in result.stderr and len(result.stderr.splitlines()) == 1
    assert {path: path.read_bytes() for path in files if path != tmp_path / cut} == {
        path: data for path, data in before.items() if path != tmp_path / cut
    }  # untouched


def test_an_empty_new_database_file_is_a_new_store(tmp_path: Path) -> None:
    db = tmp_path / "made-by-mktemp.json"
    db.write_bytes(b"")
    result = kqreader("import", "--db", db, DOCUMENTS / "kv-2024Z00106-mondeling.txt")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("field", "value"), [("submitted", "2021-13-45"), ("questions", None), ("askers", 7)])
def test_a_damaged_dossier_row_is_made_again_or_one_line_for_every_command(
    tmp_path: Path, field: str, value: object
) -> None:
    """A row edited by hand: when the file's size tells, the first command makes the month again from its parts;
    when it does not, every command says so in one line and `kqreader repair` makes it again."""
    db = tmp_path / "db.json"
    assert kqreader("import", "--db", db, DOCUMENTS / "kv-2024Z00101-leden.md").returncode == 0
    [shard] = (tmp_path / "db.d").glob("2024-*.1.json")
    before = shard.read_bytes()
    data = orjson.loads(before)
    [row] = data["dossiers"].values()
    row["record"][field] = value
    shard.write_bytes(orjson.dumps(data))
    if shard.stat().st_size != len(before):
        result = kqreader("export", "--db", db)
        assert result.returncode == 0
        said = f"kqreader: {shard} was damaged: month 2024-01 made again from its documents as parsed\n"
        assert result.stderr == said
    else:
        for command in (["export"], ["cite", "2024Z00101"], ["stats"]):
            result = kqreader(*command, "--db", db)
            assert result.returncode == 1 and "Traceback" not in result.stderr
            assert result.stderr == (f"kqreader: {shard}: error: dossier row 1 is damaged (a field missing or not "
                                     "valid); run "
                                     f"`kqreader repair --db {db}` to make the month again from its documents\n")
        assert kqreader("repair", "--db", db).stdout == "checked 1 month: 1 made again\n"
    exported = orjson.loads(kqreader("export", "--db", db).stdout)["dossiers"]
    assert [d["id"] for d in exported] == ["2024Z00101"]
    assert kqreader("cite", "2024Z00101", "--db", db).returncode == 0


def test_question_numbers_above_999_are_kept_as_printed() -> None:
    head = "## 2030Z00002\n\nVragen van het lid Jansen (VVD) aan de Minister van Financiën over veel"
    head += " (ingezonden 1 mei 2030)"
    body = "\n" + "".join(f"\nVraag {n}\n\nTekst {n}?\n" for n in (998, 999, 1000, 1001))
    dossier = parse_bytes((head + body).encode("utf-8"), "veel.md")
    assert [(q.number, q.text) for q in dossier.questions][-3:] == [
        (999, "Tekst 999?"), (1000, "Tekst 1000?"), (1001, "Tekst 1001?"),
    ]  # fmt: skip


def test_a_heading_repeated_100_000_times_is_one_doubt() -> None:
    head = "## 2030Z00003\n\nVragen van het lid Jansen (VVD) aan de Minister van Financiën over herhaling"
    data = (head + " (ingezonden 1 mei 2030)\n" + "\nVraag 1\n\nHoeveel?\n" * 100_000).encode("utf-8")
    dossier = parse_bytes(data, "herhaling.md")
    assert len(dossier.questions) == 100_000
    assert dossier.doubts == ["herhaling.md: question 1 is printed 100,000 times; each is kept."]


SGD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "sgd"


@pytest.mark.skipif(not SGD.is_dir(), reason="../shared/corpus/sgd is not here")
def test_a_readme_quoting_the_aanhangsel_is_skipped_and_a_page_of_two_items_is_one_file(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("README.md", "sgd-0000175306.txt"):  # the corpus's own README; a page of items 819 and 820
        (folder / name).write_bytes((SGD / name).read_bytes())
    done = kqreader("--lang", "en", "import", "--db", tmp_path / "kq.json", folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported 1 file (2 dossiers, ")
    assert done.stdout.rstrip().endswith("; skipped 1 file that is not Kamervragen")
