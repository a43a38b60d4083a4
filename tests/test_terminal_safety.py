"""Nothing a file name or a document carries reaches the terminal as a control: each test is an attack it stops."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import orjson

from kqreader.text.safetext import visible
from tests.helpers import kqreader

DOCUMENTS = Path(__file__).parent / "documents"
OSC52 = "\x1b]52;c;UFdORUQ=\x07"  # "write PWNED to the clipboard"


def test_an_escape_sequence_in_a_file_name_is_printed_as_text(tmp_path: Path) -> None:
    hostile = tmp_path / f"clip{OSC52}.md"
    hostile.write_text("geen kamervragen\n", encoding="utf-8")
    result = kqreader("import", "--db", tmp_path / "db.json", hostile)
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "clip\\x1b]52;c;UFdORUQ=\\x07.md: skipped: not a Kamervragen document" in result.stderr


def test_a_newline_in_a_file_name_cannot_forge_a_second_error_line(tmp_path: Path) -> None:
    hostile = tmp_path / "a.md\nb.md: error: everything is fine.md"
    hostile.write_text("niets\n", encoding="utf-8")
    result = kqreader("import", "--db", tmp_path / "db.json", hostile)
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"kqreader: {tmp_path}/a.md\\x0ab.md: error: everything is fine.md: skipped: ")


def test_a_doubt_quoting_a_hostile_file_name_is_harmless_on_screen(tmp_path: Path) -> None:
    hostile = tmp_path / f"vragen{OSC52}.md"
    shutil.copy(DOCUMENTS / "kv-2024Z00101-leden.md", hostile)
    text = hostile.read_text(encoding="utf-8").replace("Vraag 3", "Vraag 5")  # a numbering doubt names the file
    hostile.write_text(text, encoding="utf-8")
    assert kqreader("import", "--db", tmp_path / "db.json", hostile).returncode == 0
    [dossier] = orjson.loads(kqreader("export", "--db", tmp_path / "db.json").stdout)["dossiers"]
    assert dossier["doubts"] and all("\x1b" not in doubt and "\x07" not in doubt for doubt in dossier["doubts"])
    assert dossier["doubts"][0].startswith("vragen\\x1b]52;c;UFdORUQ=\\x07.md: ")


def test_bidi_overrides_and_invisible_characters_in_a_document_are_removed(tmp_path: Path) -> None:
    source = (DOCUMENTS / "kv-2024Z00101-leden.md").read_text(encoding="utf-8")
    hostile = tmp_path / "kv.md"
    hostile.write_text(source.replace("Vraag 1\n", "Vraag 1\n\u202e\u2066\u200b").replace("tol", "t\u00adol"), "utf-8")
    assert kqreader("import", "--db", tmp_path / "db.json", hostile).returncode == 0
    for form in ("json", "csv", "md"):
        out = kqreader("export", "--db", tmp_path / "db.json", "--format", form).stdout
        assert not any(c in out for c in "\u202e\u2066\u200b\u00ad"), form
    cited = kqreader("cite", "--db", tmp_path / "db.json", "2024Z00101", "-q", "1").stdout
    assert not any(c in cited for c in "\u202e\u2066\u200b")


def test_visible_leaves_ordinary_text_alone() -> None:
    assert visible("Azië, geïnformeerd – «Financiën» 2024Z00101") == "Azië, geïnformeerd – «Financiën» 2024Z00101"
    assert visible("a\u202eb\x9bc") == "a\\u202eb\\x9bc"
    assert visible("twee\nregels") == "twee\\x0aregels"


def test_visible_escapes_every_control_and_format_character() -> None:
    """Every Cc, Cf and Cs character of Unicode, alone or inside Dutch text, comes out as an escape."""
    hidden = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) in ("Cc", "Cf", "Cs")]
    assert len(hidden) > 2_000  # the surrogates alone are 2,048
    for char in hidden:
        shown = visible(f"Zoë{char}café")
        assert char not in shown and shown.startswith("Zoë\\") and shown.endswith("café")
