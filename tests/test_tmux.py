"""End to end: the real `kqreader` command in tmux, driven by send-keys and read back with capture-pane."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.helpers import kqreader

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """A tmux session running one command, on a tmux server of its own (no race with one that is exiting)."""

    def __init__(self, name: str, command: str) -> None:
        self.name = name
        self.socket = Path(tempfile.gettempdir()) / f"kqreader-test-{os.getpid()}-{name}.sock"
        started = self._tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "30", command)
        assert started.returncode == 0, started.stderr
        self._tmux("resize-window", "-t", name, "-x", "120", "-y", "30")  # a running server may ignore -x/-y

    def _tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["tmux", "-S", str(self.socket), *args], capture_output=True, text=True, check=False)

    def send(self, *keys: str) -> None:
        assert self._tmux("send-keys", "-t", self.name, *keys).returncode == 0

    def screen(self) -> str:
        return self._tmux("capture-pane", "-t", self.name, "-p").stdout

    def wait_for(self, *texts: str, seconds: float = 20) -> str:
        """The screen once every text is on it."""
        deadline = time.monotonic() + seconds
        shown = ""
        while time.monotonic() < deadline:
            shown = self.screen()
            if all(text in shown for text in texts):
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{texts!r} did not all appear; the screen shows:\n{shown}")

    def running(self) -> bool:
        return self._tmux("has-session", "-t", self.name).returncode == 0

    def close(self) -> None:
        self._tmux("kill-server")
        self.socket.unlink(missing_ok=True)


def _reader_command(db: Path, *options: str, language: str = "en") -> str:
    # COLUMNS/LINES can leak in from the test run; Textual would believe them over the real tty size. The settings
    # live beside the database: a fresh user's, whatever this machine's user has chosen.
    reader = [sys.executable, "-m", "kqreader", "--db", str(db), *options]
    config = f"XDG_CONFIG_HOME={db.parent / 'config'}"
    return shlex.join(["env", "-u", "COLUMNS", "-u", "LINES", config, f"KQREADER_LANG={language}", *reader])


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    db, copies = tmp_path / "db.json", tmp_path / "copies.txt"
    assert kqreader("import", "--db", db, ROOT / "sample_data").returncode == 0
    # in Dutch, as kqreader speaks by default
    session = Terminal(f"kqreader-test-{os.getpid()}", _reader_command(db, "--copy-to", str(copies), language="nl"))
    try:
        yield session, copies
    finally:
        session.close()


def test_first_run_imports_the_samples_and_says_so(tmp_path: Path) -> None:
    """A first run (the store the environment names, not yet made) starts with the samples; a --db that names no
    store is said instead (test_cli: a reading command on a store that is not there)."""
    first = [sys.executable, "-m", "kqreader"]
    command = shlex.join(["env", "-u", "COLUMNS", "-u", "LINES", f"XDG_CONFIG_HOME={tmp_path / 'config'}",
                          "KQREADER_LANG=en", f"KQREADER_DB={tmp_path / 'new.json'}", *first])  # fmt: skip
    session = Terminal(f"kqreader-first-{os.getpid()}", command)
    try:
        shown = session.wait_for("The database was empty, so kqreader started it", "43 questions in 8 dossiers")
        assert "ah-tk-20242025-1234" in shown  # the newest set first
    finally:
        session.close()


def test_files_that_fail_to_import_are_named_in_the_reader_with_why(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7 no more than this")
    command = _reader_command(tmp_path / "db.json", str(ROOT / "sample_data" / "2019Z12806-vragen.md"), str(broken))
    session = Terminal(f"kqreader-failed-{os.getpid()}", command)
    try:
        shown = session.wait_for("Not imported: 1 file", "7 questions in 1 dossier")
        toast = "".join(line.split("▌", 1)[1].strip() for line in shown.splitlines() if "▌" in line)  # wrapped
        assert f"{broken}: not a readable PDF (damaged ortruncated)" in toast
    finally:
        session.close()


def test_read_filter_copy_and_quit_in_a_real_terminal(terminal: tuple[Terminal, Path], tmp_path: Path) -> None:
    screen, copies = terminal
    shown = screen.wait_for("43 vragen in 8 dossiers · nieuwste eerst", "^p palet")
    first_row = next(line for line in shown.splitlines() if "ah-tk-20242025-1234" in line)
    assert "ah-tk-20242025-1234  4 nov 2024 Netcongestie" in first_row  # the newest set first, with its subject
    screen.send("o")  # the next order: oldest first, kept for the next start (the selected question stays)
    screen.wait_for("43 vragen in 8 dossiers · oudste eerst")
    screen.send("g")
    shown = screen.wait_for("2019Z12806          20 jun 2019 De ontmoeti… · Ploumen", "Vragen van: Ploumen (PvdA)")
    assert " 11 d▎" in shown  # the badge, then the divider (the list draws no scroll bar)
    screen.send("j")
    screen.wait_for("Antwoord op vraag 1")
    screen.send("j")
    screen.wait_for("Antwoord op vragen 2 en 3 (ook vraag 3)")
    screen.send("f")  # the answer refers to kenmerk 2019Z10940, which the samples do not have
    screen.wait_for("2019Z10940 staat niet in deze database.")
    screen.send("-l", "/azie")  # "/" and the word in one write, as over SSH: the letters land in the filter
    shown = screen.wait_for("2 van 43 vragen passen bij “azie”", "Uitgesteld: nog niet beantwoord.")
    assert "2024Z00103" in shown and "2019Z12806" not in shown
    screen.send("Enter", "c")  # one write too: c copies, it is not typed into the filter
    screen.wait_for("nl-citaat van 2024Z00103", "gekopieerd naar")  # the file took it: copied
    assert copies.read_text(encoding="utf-8").startswith("Vragen van het lid Ouwehand (PvdD)")
    screen.send("m")
    screen.wait_for("2024Z00103 vraag 1 gemarkeerd.")
    screen.send("j", "m")
    screen.wait_for("2024Z00103 vraag 2 gemarkeerd.")
    screen.send("Escape")  # the filter cleared: the marks stay
    time.sleep(0.5)
    screen.send("-l", "/since:2024-11")
    screen.wait_for("2 van 43 vragen passen bij “since:2024-11”", "ah-tk-20242025-1234")
    screen.send("Escape")
    time.sleep(0.5)
    screen.send("-l", "/twee incidenten")
    screen.send("Enter")
    screen.wait_for("Vraag 9", "Zijn er incidenten bekend?")
    screen.send("f")  # its answer: "zie het antwoord op vraag 4", to that question of the same set
    screen.wait_for("Vraag 4", "Is gezichtsherkenning toegestaan?")
    screen.send("BSpace")  # and back
    screen.wait_for("Vraag 9", "Zijn er incidenten bekend?")
    screen.send("Escape")
    time.sleep(0.5)  # ESC and a key in one read is Alt+key to any terminal program
    screen.send("?")
    screen.wait_for("Overal", "Wissel van venster")
    for _ in range(20):  # the help scrolls a line a key: the list's keys below the ones for everywhere (a key at a
        # time: one sent while the help screen takes the focus would go to the list below it)
        if "Vragenlijst" in screen.screen():
            break
        screen.send("j")
        time.sleep(0.1)
    screen.wait_for("Vragenlijst")
    screen.send("Escape")
    time.sleep(0.5)  # ESC then q in one read would be Alt+q
    screen.send("q")
    deadline = time.monotonic() + 10
    while screen.running() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not screen.running()  # q quit kqreader, and the tmux session with it
    again = Terminal(f"kqreader-again-{os.getpid()}", _reader_command(tmp_path / "db.json", language="en"))
    try:
        again.wait_for("43 questions in 8 dossiers · oldest first")  # the order chosen is kept; English when asked
    finally:
        again.close()
    clippings = kqreader("export", "--db", tmp_path / "db.json", "--marked", "--format", "md", "--lang", "nl").stdout
    assert clippings.count("## 2024Z00103: Vogelgriep in Azië, vraag") == 2 and clippings.count("Bron: ") == 2


def test_l_prints_the_last_copy_whole_for_the_terminals_selection(tmp_path: Path) -> None:
    """At 80 columns, L steps aside and prints the last copy on the terminal's own screen: the terminal wraps it,
    so tmux's copy mode (capture-pane -J joins what it wrapped) takes each line whole; Enter goes back."""
    db = tmp_path / "db.json"
    assert kqreader("import", "--db", db, ROOT / "sample_data").returncode == 0
    session = Terminal(f"kqreader-last-copy-{os.getpid()}", _reader_command(db, language="nl"))
    try:
        session._tmux("resize-window", "-t", session.name, "-x", "80", "-y", "24")
        session.wait_for("43 vragen in 8 dossiers", "^p palet")
        session.send("-l", "/id:2019Z12806")
        session.send("Enter")
        session.wait_for("7 van 43 vragen passen")
        session.send("c")
        session.wait_for("nl-citaat van 2019Z12806")
        session.send("L")
        session.wait_for("De laatste kopie (selecteer hem met de terminal; Enter gaat terug)", "Enter: terug naar")
        joined = session._tmux("capture-pane", "-t", session.name, "-p", "-J").stdout.splitlines()
        citation = next(line for line in joined if line.startswith("Vragen van het lid Ploumen"))
        assert citation.endswith("https://zoek.officielebekendmakingen.nl/kv-tk-2019Z12806")  # one line, whole
        assert len(citation) > 300
        session.send("Enter")
        session.wait_for("7 van 43 vragen passen", "^p palet")  # back in the reader
    finally:
        session.close()
