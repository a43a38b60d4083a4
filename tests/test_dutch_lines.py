"""In Dutch, the lines a user meets are Dutch all the way down: numbers as Dutch writes them, the operating
system's reasons in Dutch; in English, English throughout."""

from __future__ import annotations

import errno
from pathlib import Path

from kqreader.i18n import reason
from kqreader.text.doubts import PRINTED_TWICE, doubt, shown
from tests.helpers import kqreader


def test_a_doubts_count_is_written_as_the_language_writes_numbers(dutch: None) -> None:
    kept = doubt(PRINTED_TWICE, number=3, times=f"{3000:,}")
    assert kept == "question 3 is printed 3,000 times; each is kept."  # the store keeps English
    assert shown(kept) == "vraag 3 staat er 3.000 keer; elke is behouden."


def test_the_operating_systems_reason_is_dutch(dutch: None) -> None:
    assert reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) == "bestand of map bestaat niet"
    assert reason(PermissionError(errno.EACCES, "Permission denied")) == "toegang geweigerd"
    wrapped = RuntimeError("connect failed")
    wrapped.__cause__ = ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")
    assert reason(wrapped) == "verbinding geweigerd"  # as an HTTP client wraps it
    assert reason(OSError(errno.ENOLINK, "Link has been severed")) == "Link has been severed"  # not listed: as given


def test_english_stays_english() -> None:
    assert reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) == "No such file or directory"


def test_a_missing_file_is_said_in_dutch_on_the_command_line(tmp_path: Path) -> None:
    missing = tmp_path / "weg.md"
    result = kqreader("--lang", "nl", "import", "--db", tmp_path / "db.json", missing)
    assert result.returncode == 1
    said = f"kqreader: {missing}: fout: kan het bestand niet lezen (bestand of map bestaat niet)"
    assert result.stderr.splitlines() == [said]
    assert result.stdout == "0 bestanden ingelezen (0 dossiers, 0 vragen); 0 ongewijzigd, 1 mislukt\n"
