"""How text is compared: lower case, without diacritics or footnote marks ("Kostić¹" -> "kostic"). The filter, the
word index, the watch list and the party names all compare so. No Textual here."""

from __future__ import annotations

import re
import unicodedata

from kqreader.model import MARK

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without diacritics or footnote marks, for comparing words."""
    text = MARK.sub("", text).casefold()  # footnote marks; a regex: str.translate is slow on long texts
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def one_slip(a: str, b: str) -> bool:
    """Whether two words differ by one letter replaced, added or left out (an OCR slip: "Westertsrp", "Defensic")."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
