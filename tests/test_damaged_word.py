"""A damaged .docx (a zip header and zeros; a letter cut short) is said to be a damaged Word package, as the README
promises, not "binary data, not a text document"."""

from __future__ import annotations

from pathlib import Path

import pytest

from kqreader.parsing import parse_file
from kqreader.parsing.errors import ParseError
from tests.helpers import kqreader

LETTER = Path(__file__).parent.parent / "sample_data" / "2024Z11859-antwoorden.docx"
SAID = "a damaged Word package: cut short or overwritten, its zip cannot be read"


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04" + bytes(4000), LETTER.read_bytes()[: LETTER.stat().st_size // 2]],
    ids=["zeroed", "cut-short"],
)
def test_a_damaged_word_package_is_named_so(content: bytes, tmp_path: Path) -> None:
    damaged = tmp_path / "brief.docx"
    damaged.write_bytes(content)
    with pytest.raises(ParseError) as caught:
        parse_file(damaged)
    assert caught.value.problem == SAID


def test_the_import_says_it_in_dutch(tmp_path: Path) -> None:
    damaged = tmp_path / "brief.docx"
    damaged.write_bytes(LETTER.read_bytes()[:5000])
    result = kqreader("import", "--db", tmp_path / "kq.json", "--lang", "nl", damaged)
    assert result.returncode == 1
    assert result.stderr == (f"kqreader: {damaged}: fout: een beschadigd Word-pakket: afgebroken of overschreven, "
                             "de zip kan niet gelezen worden\n")  # fmt: skip
