"""Issue 37 item 4: nothing kqreader prints or draws carries a terminal escape, whatever its source. A store record
that bypassed the parser (as a listing of the open data, or a store written by another tool, could) holds OSC 52
(write the clipboard), OSC 0 (the window title), CSI, C1 codes and a bidi override in its subject, an asker's
name, a question and an answer; every output shows them as text."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from kqreader.parsing import parse_file
from tests.helpers import kqreader
from tests.hostile import store_record
from tests.reader_factory import make_app

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = "\x1b]52;c;UFdORUQ=\x07\x1b]0;pwned\x07\x1b[2J\u202e\x9b31m\x9d0;x\x9c\x85"
DANGEROUS = ("\x1b", "\x07", "\x9b", "\x9d", "\x9c", "\x85", "\u202e")


def _hostile_dossier():  # type: ignore[no-untyped-def]
    dossier = parse_file(ROOT / "sample_data" / "2024Z00102-vragen.txt")
    dossier.title = f"Vragen over {HOSTILE} de energietoeslag"
    dossier.askers[0].name += HOSTILE
    dossier.addressees = [f"minister van Financiën{HOSTILE}"]
    dossier.questions[0].text = f"Bent u bekend met {HOSTILE}het bericht?\nTweede regel."
    return dossier


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the hostile record, written as an import writes one, without the parser's cleaning."""
    path = tmp_path_factory.mktemp("hostile") / "kq.json"
    store_record(path, _hostile_dossier())
    return path


def _clean(output: str, what: str) -> None:
    found = [repr(c) for c in DANGEROUS if c in output]
    assert not found, f"{what}: {found}"


@pytest.mark.parametrize("args", [("cite", "2024Z00102"), ("cite", "2024Z00102", "-q", "1"),
                                  ("cite", "2024Z00102", "--all"), ("cite", "2024Z00102", "--style", "markdown"),
                                  ("cite", "2024Z00102", "--style", "bibtex"), ("export", "--format", "md"),
                                  ("export", "--format", "json"), ("export", "--format", "csv"), ("stats",),
                                  ("stats", "--format", "csv"), ("stats", "--format", "json"),
                                  ("stats", "--member", "Yesilgöz"), ("stats", "--member", "Yesilgöz", "--format",
                                                                      "csv"),
                                  ("open",)])  # fmt: skip
def test_no_output_carries_an_escape(db: Path, args: tuple[str, ...]) -> None:
    result = kqreader(*args, "--db", db)  # `open` with stdout a pipe: the plain text (`kqreader | cat`)
    assert result.returncode == 0, result.stderr
    _clean(result.stdout, " ".join(args))
    _clean(result.stderr, " ".join(args))
    assert "52;c;UFdORUQ=" in result.stdout or args[0] == "stats"  # shown, as text


def test_json_keeps_the_text_whole_as_escapes(db: Path) -> None:
    """The JSON export is the same data (a JSON reader gets the characters back), only written as escapes."""
    out = kqreader("export", "--db", db).stdout
    [dossier] = orjson.loads(out)["dossiers"]
    assert HOSTILE in dossier["title"] and "\\u009b31m" in out and "\\u202e" in out


def test_the_markdown_keeps_its_lines(db: Path) -> None:
    out = kqreader("export", "--db", db, "--format", "md").stdout
    assert "het bericht?\nTweede regel." in out and "\\x1b]0;pwned\\x07" in out


async def test_the_readers_list_and_header_draw_no_escape(tmp_path: Path) -> None:
    os.environ.setdefault("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = make_app([_hostile_dossier()])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        drawn = []
        for widget in (app.question_list, app.answer_pane):
            for y in range(widget.size.height):
                drawn.append("".join(segment.text for segment in widget.render_line(y)))
        screen = "\n".join(drawn)
        app.notify(f"Copied {HOSTILE}", title=HOSTILE)  # as a notice naming a set or a file from the store does
        await pilot.pause()
        [notice] = [n for n in app._notifications if "Copied" in n.message]
    _clean(screen, "the reader")
    _clean(notice.message + notice.title, "a notification")
    assert "\\x1b]52;c;UFdORUQ" in screen and "\\u202e" in screen  # the subject, shown as text


def test_every_control_and_format_character_is_escaped_in_lines_and_in_json() -> None:
    import unicodedata

    from kqreader.text.safetext import visible, visible_json

    hidden = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) in ("Cc", "Cf", "Cs")]
    for char in hidden:
        shown = visible(f"Zoë{char}café", lines=True)
        assert (char in shown) == (char in "\n\t"), repr(char)
    text = "".join(c for c in hidden if unicodedata.category(c) != "Cs")  # JSON cannot hold a lone surrogate
    data = visible_json(orjson.dumps({"text": text}))
    assert data.isascii() and orjson.loads(data) == {"text": text}
