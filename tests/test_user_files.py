"""Files the user names (an Atom feed, the copy file): a missing folder is said, never made; a folder that takes no
file is said for what it is, not "no such file"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kqreader.store.atomic import FolderError, replace_file
from tests.helpers import imported, kqreader

SAMPLES = Path(__file__).parent.parent / "sample_data"


def test_a_missing_folder_is_said_and_not_made(tmp_path: Path) -> None:
    feed = tmp_path / "nonexist" / "dir" / "feed.xml"
    with pytest.raises(FolderError) as caught:
        replace_file(feed, b"<feed/>")
    assert str(caught.value) == f"the folder {feed.parent} does not exist"
    assert not (tmp_path / "nonexist").exists()


@pytest.mark.skipif(not os.path.isfile("/proc/version"), reason="needs /proc")
def test_a_folder_that_takes_no_file_is_not_called_missing() -> None:
    with pytest.raises(OSError) as caught:
        replace_file(Path("/proc/version"), b"<feed/>")
    assert "No such file" not in str(caught.value) and "does not exist" not in str(caught.value)
    if isinstance(caught.value, FolderError):  # root: /proc takes no file; others: permission denied
        assert str(caught.value) == "the folder /proc is not writable: no file can be made in it"


def test_digest_atom_into_a_missing_folder(tmp_path: Path) -> None:
    import shutil

    database = imported(Path(shutil.copytree(SAMPLES, tmp_path / "docs")))
    feed = tmp_path / "nonexist" / "dir" / "feed.xml"
    result = kqreader("digest", "--db", database, "--atom", feed)
    assert result.returncode == 1 and not (tmp_path / "nonexist").exists()
    said = f"kqreader: {feed}: error: cannot write the feed (the folder {feed.parent} does not exist)\n"
    assert result.stderr == said


def test_export_marked_names_the_marks_of_sets_no_longer_in_the_store(tmp_path: Path) -> None:
    """After `import --rebuild` of fewer sets, the marks of the others are listed on stderr, id and note."""
    import shutil
    from datetime import date

    import orjson

    from kqreader.store.database import Store
    from kqreader.store.marks import Marks

    database = imported(Path(shutil.copytree(SAMPLES, tmp_path / "docs")))
    marks = Marks(Store(database).layout.marks)
    marks.write_note("2019Z12806", 6, "voor het memo", date(2024, 6, 1))
    marks.toggle("2024Z00103", None, date(2024, 6, 1))
    marks.write_note("2024Z00101", None, "nagekomen", date(2024, 6, 1))
    assert kqreader("import", "--rebuild", "--db", database, SAMPLES / "2024Z00101-vragen.md").returncode == 0
    result = kqreader("export", "--db", database, "--marked")
    assert [d["id"] for d in orjson.loads(result.stdout)["dossiers"]] == ["2024Z00101"]
    assert result.stderr.splitlines() == [
        "kqreader: 2 marks are of sets not in the database, and are left out of the export:",
        "  2019Z12806 question 6: voor het memo",
        "  2024Z00103",
    ]
    assert kqreader("export", "--db", database).stderr == ""  # only --marked speaks of marks
