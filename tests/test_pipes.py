"""`kqreader --db D | head -1`: a closed pipe ends the command quietly with 141 (or 0), as other Unix tools."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import imported

SAMPLES = Path(__file__).parent.parent / "sample_data"


def test_the_plain_text_into_a_pipe_closed_after_one_line(tmp_path: Path) -> None:
    import shutil

    database = imported(Path(shutil.copytree(SAMPLES, tmp_path / "docs")))
    reading = subprocess.Popen([sys.executable, "-m", "kqreader", "--db", str(database)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)  # fmt: skip
    assert reading.stdout is not None and reading.stderr is not None
    first = reading.stdout.readline()
    reading.stdout.close()  # what head does after its line
    code = reading.wait(timeout=60)
    assert first.startswith(b"2019Z12806 ")
    assert code in (0, 141) and reading.stderr.read() == b""
