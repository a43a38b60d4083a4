"""The catalogue: every text the interface shows is in it, with its Dutch translation, and none goes past it.

How to keep it (README, "Translating"): `pybabel extract` writes the template, `pybabel update` the Dutch file,
`pybabel compile` the file kqreader reads. These tests say which step was missed.
"""

from __future__ import annotations

import ast
import gettext
import io
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from kqreader import i18n
from kqreader.text.doubts import TEMPLATES, doubt, item, shown
from tests.reader_factory import make_app

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kqreader"
TEMPLATE = i18n.LOCALE_DIR / "kqreader.pot"
DUTCH = i18n.LOCALE_DIR / "nl" / "LC_MESSAGES" / "kqreader.po"
COMPILED = DUTCH.with_suffix(".mo")
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None}


def _catalogue(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def _ids(catalog: Catalog) -> set[str | tuple[str, ...]]:
    return {message.id for message in catalog if message.id}


def test_the_template_holds_every_text_of_the_source() -> None:
    in_source = {
        (message[2] if isinstance(message[2], str) else tuple(message[2]))
        for message in extract_from_dir(PACKAGE, [("**.py", "python")], keywords=KEYWORDS)
    }
    in_template = _ids(_catalogue(TEMPLATE))
    assert in_source - in_template == set(), "run: pybabel extract (README, Translating)"
    assert in_template - in_source == set(), "texts no longer in the source: run pybabel extract"


def test_every_text_has_its_dutch_translation_with_the_same_placeholders() -> None:
    template, dutch = _catalogue(TEMPLATE), _catalogue(DUTCH)
    assert _ids(dutch) == _ids(template), "run: pybabel update (README, Translating)"
    for message in dutch:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        assert all(strings) and not message.fuzzy, f"not translated: {message.id!r}"
        wanted = _placeholders(ids[-1])
        for text in strings:
            assert _placeholders(text) == wanted, f"{text!r} does not keep the placeholders of {ids[-1]!r}"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w*\}|%\(\w+\)[a-z]|%[a-z]", text))


def test_the_compiled_catalogue_is_the_dutch_file() -> None:
    """What the compiled file says, read back, is what the Dutch file says (not its bytes: they name Babel)."""
    with COMPILED.open("rb") as file:
        compiled = read_mo(file)
    assert _said(compiled) == _said(_catalogue(DUTCH)), "run: pybabel compile (README, Translating)"
    assert compiled.plural_forms == _catalogue(DUTCH).plural_forms


def _text(text: str | Sequence[str]) -> str | tuple[str, ...]:
    return text if isinstance(text, str) else tuple(text)


def _said(catalog: Catalog) -> dict[object, object]:
    """Each message id with its translation (a plural's forms as a tuple); the header, which names tools, left out."""
    return {
        _text(message.id): _text(message.string)
        for message in catalog
        if message.id and not message.fuzzy
    }


def test_dutch_plurals_follow_the_count() -> None:
    with COMPILED.open("rb") as file:
        dutch = gettext.GNUTranslations(file)
    assert dutch.ngettext("answered in {days} day", "answered in {days} days", 1) == "beantwoord in {days} dag"
    assert dutch.ngettext("answered in {days} day", "answered in {days} days", 11) == "beantwoord in {days} dagen"


# --- nothing shown past the catalogue ------------------------------------------------------------------------------

# Calls whose text arguments reach the user: a literal with words in one of them is a text the catalogue lacks.
SHOWN_BY = {
    "notify", "print", "error_line", "error_text", "UsageError", "StoreError", "ParseError", "CitationError",
    "QueryError", "LanguageError", "DataError", "FetchError", "ArgumentTypeError", "Text", "Static", "Content",
    "Label", "TextPrompt", "CitationPicker", "SystemCommand", "update", "add_row", "add_column", "add_argument",
    "add_parser", "ArgumentParser", "add_task", "exit",
}  # fmt: skip
SHOWN_KEYWORDS = {"help", "description", "epilog", "title", "message", "placeholder", "tooltip", "metavar"}
WORDS = re.compile(r"[A-Za-z]{2,}")
NAMES_ONLY = {"add_argument", "add_parser"}  # their positional arguments are option and command names


def _called(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")


def _literal_words(node: ast.expr) -> str:
    """The words a literal argument would show as it is (an f-string's fixed parts; none for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        parts = [part.value for part in node.values if isinstance(part, ast.Constant)]
    else:
        return ""
    neutral = ("ID", "URL")  # the same in both languages
    return " ".join(word for part in parts for word in WORDS.findall(part) if word not in neutral)


def _texts_past_the_catalogue(path: Path) -> list[str]:
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or _called(node) not in SHOWN_BY:
            continue
        arguments = [] if _called(node) in NAMES_ONLY else list(node.args)
        arguments += [keyword.value for keyword in node.keywords if keyword.arg in SHOWN_KEYWORDS]
        for argument in arguments:
            if words := _literal_words(argument):
                found.append(f"{where}:{argument.lineno}: {words}")
    return found


def test_no_text_is_shown_past_the_catalogue() -> None:
    found = [line for path in sorted(PACKAGE.rglob("*.py")) for line in _texts_past_the_catalogue(path)]
    assert found == [], "wrap these texts in _() (or N_() where they are kept) and run pybabel extract"


def test_the_check_finds_a_literal_shown_as_it_is(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text('self.notify(f"Copied {what}")\nself.notify(_("Copied {what}"))\nText(f"{a} · {b}")\n')
    assert [line.split(": ", 1)[1] for line in _texts_past_the_catalogue(module)] == ["Copied"]


def test_no_module_hides_the_translation_function() -> None:
    """A local `_` (a throwaway name) would make every `_()` after it in that scope call something else."""
    for path in sorted(PACKAGE.rglob("*.py")):
        names = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Name)]
        calls = any(isinstance(n.ctx, ast.Load) and n.id == "_" for n in names)
        stores = [n.lineno for n in names if n.id == "_" and isinstance(n.ctx, ast.Store)]
        assert not (calls and stores), f"{path.relative_to(ROOT)}: `_` assigned at lines {stores}"


# --- the language chosen ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "environ", "language"),
    [
        (None, {}, "nl"),
        (None, {"LANG": "C.UTF-8"}, "nl"),
        (None, {"LANG": "en_GB.UTF-8"}, "en"),
        (None, {"LANGUAGE": "de:en", "LANG": "de_DE.UTF-8"}, "en"),
        (None, {"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        (None, {"KQREADER_LANG": "en", "LANG": "nl_NL.UTF-8"}, "en"),
        ("nl", {"KQREADER_LANG": "en", "LANG": "en_US.UTF-8"}, "nl"),
    ],
)
def test_the_language_is_asked_then_set_then_the_locale_then_dutch(
    asked: str | None, environ: dict[str, str], language: str
) -> None:
    assert i18n.chosen(asked, environ) == language


def test_a_language_kqreader_does_not_speak_is_refused() -> None:
    with pytest.raises(i18n.LanguageError, match="'fr' is not a language kqreader speaks"):
        i18n.chosen(None, {"KQREADER_LANG": "fr"})


def test_numbers_and_dates_are_written_as_each_language_writes_them(dutch: None) -> None:
    from datetime import date

    assert (i18n.number(12000), i18n.number(22.5), i18n.day(date(2019, 6, 20))) == ("12.000", "22,5", "20 juni 2019")
    i18n.use("en")
    assert (i18n.number(12000), i18n.number(22.5), i18n.day(date(2019, 6, 20))) == ("12,000", "22.5", "20 June 2019")


def test_every_doubt_is_read_back_and_shown_in_dutch(dutch: None) -> None:
    values = {"item": item("a", (2, 3)), "tail": "zie hierboven", "head": "De minister", "number": 4, "times": "2",
              "previous": 2, "mark": "3", "count": 5, "printed": "31 februari 2019",
              "id": "brief-2024-01-11-temmink", "listed": "2024-04-02"}  # fmt: skip
    for template in TEMPLATES:
        kept = "vragen.pdf: " + doubt(template, **{k: v for k, v in values.items() if "{" + k + "}" in template})
        said = shown(kept)
        assert said.startswith("vragen.pdf: ") and said != kept, kept
        assert not {"the", "question", "answer", "missing", "page"} & set(re.findall(r"[a-z]+", said)), said
    assert shown(doubt(TEMPLATES[0], item=item("a", (2, 3)), tail="x")).startswith("het antwoord op vragen 2 en 3 ")
    assert shown("a sentence no template wrote") == "a sentence no template wrote"


# --- whole screens and commands in Dutch ------------------------------------------------------------------------------

ENGLISH = {
    "the", "and", "to", "with", "questions", "question", "answer", "answered", "days", "keys", "not", "yet",
    "this", "for", "copy", "next", "previous", "all", "late", "time", "match", "none", "unknown", "statistics",
    "marked", "order", "first", "newest", "oldest", "show", "exit", "usage", "options", "arguments", "file", "files",
    "search", "commands", "quit", "page", "down", "up", "back", "follow", "ministry", "party", "asked",
}  # fmt: skip


def _english_words(text: str) -> set[str]:
    """The English words of `text`, leaving out the filter's own words ("party:PvdA", "status:answered") and the
    options ("--copy-to"), which are the same in both languages."""
    return ENGLISH & set(re.findall(r"[a-z]+", re.sub(r"[\w-]+:\S*|--?[\w-]+", " ", text.lower())))


def _screen_text(app) -> str:
    """The screen as plain text, as a terminal shows it."""
    from rich.console import Console

    console = Console(width=app.size.width, height=app.size.height, file=io.StringIO(), record=True)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


@pytest.mark.parametrize("keys", [["j"], ["question_mark"], ["s"], ["ctrl+p"], ["slash", *"xyzzy"]])
async def test_a_dutch_screen_has_no_english_word(dutch: None, keys: list[str]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*keys)
        await pilot.pause(0.4)
        text = _screen_text(app)
        for pages in range(6 if keys == ["question_mark"] else 0):  # the whole help, page by page
            await pilot.press(*["j"] * 8)
            text += _screen_text(app)
            del pages
    assert len(text) > 1000 and _english_words(text) == set(), (_english_words(text), text)


@pytest.mark.parametrize("command", [[], ["open"], ["import"], ["export"], ["stats"], ["cite"], ["fetch"], ["sync"]])
def test_each_commands_help_is_in_dutch(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kqreader", *command, "--help", "--lang", "nl"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("gebruik: kqreader")
    described = result.stdout.split("voorbeelden:")[0]  # the examples are commands, the same in both languages
    assert _english_words(described) == set(), described
