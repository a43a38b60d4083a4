"""The sets a text names: zaaknummers ("2024Z00102") and Aanhangsel publications ("Aanhangsel Handelingen II
2023/24, nr. 1234" → ah-tk-20232024-1234, in every form facts/references.py's table knows), and the Kamerstukken it
cites ("Kamerstuk 36 200 XVI, nr. 12" → kst-36200-XVI-12). A later answer that names a set is how the promise queue
sees a promise kept (the import notes the names once, so the queue needs no search); a set naming another, anywhere
in it (footnotes and the toelichting too), is on its subject (see query/similar.py). No Textual here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kqreader.facts.references import find_references, may_name_a_set
from kqreader.model import ZAAKNUMMER, Dossier

_KAMERSTUK = re.compile(
    r"(?<![^\W\d_])(?:Kamerstuk(?:ken)?(?:\s+(?:II|TK|I|EK))?(?:,?\s+(?:vergaderjaar\s+)?(?:19|20)\d\d\s*[/–-]\s*\d{2,4})?"
    r",?\s+(?P<dossier>\d{2}\s?\d{3})(?:[\s-]+(?P<part>[A-Z]{1,5}|\d{1,3}))?,?\s+nrs?\.?\s*(?P<number>\d+)"
    r"|kst-(?P<kdossier>\d{5})(?:-(?P<kpart>[A-Z]{1,5}|\d{1,3}))?-(?P<knumber>\d+))")  # fmt: skip
_IS_ZAAK = re.compile(ZAAKNUMMER)


def named_sets(text: str) -> list[str]:
    """The ids a text names, as they are stored, each once: zaaknummers first, then publications, each in the order
    the text names them (most texts name none: one search passes them over)."""
    if not may_name_a_set(text):
        return []
    found = [r.target for r in find_references(text, "") if r.kind == "set"]
    zaken = [ident for ident in found if _IS_ZAAK.fullmatch(ident)]
    return list(dict.fromkeys([*zaken, *(ident for ident in found if not _IS_ZAAK.fullmatch(ident))]))


def cited_documents(text: str) -> set[str]:
    """The Kamerstukken ("kst-36200-XVI-12") and sets a text cites."""
    found = set(named_sets(text))
    if "amerstuk" in text or "kst-" in text:
        for match in _KAMERSTUK.finditer(text):
            dossier = (match["dossier"] or match["kdossier"]).replace(" ", "")
            part = match["part"] or match["kpart"]
            found.add(f"kst-{dossier}{f'-{part}' if part else ''}-{int(match['number'] or match['knumber'])}")
    return found


def all_text(dossier: Dossier) -> str:
    """Everything a set says, where a reference may stand: subject, toelichting, notices, questions, answers and
    their footnotes."""
    parts = [dossier.title, dossier.explanation or "", *(n.text for n in dossier.notices)]
    for question in dossier.questions:
        parts += [question.text, *(f.text for f in question.footnotes)]
        for answer in (question.answer, question.further):
            if answer is not None:
                parts += [answer.text, *(f.text for f in answer.footnotes)]
    return "\n".join(parts)


def record_text(record: dict[str, Any]) -> str:
    """`all_text` of a dossier as the store keeps it (a record)."""
    parts: list[str] = [record.get("title") or "", record.get("explanation") or ""]
    parts += [n.get("text") or "" for n in record.get("notices", ())]
    for question in record.get("questions", ()):
        parts += _texts(question)
        for key in ("answer", "further"):
            if question.get(key):
                parts += _texts(question[key])
    return "\n".join(parts)


def _texts(item: dict[str, Any]) -> Iterable[str]:
    yield item.get("text") or ""
    yield from (f.get("text") or "" for f in item.get("footnotes", ()))


def mention_words(record: dict[str, Any]) -> set[str]:
    """The index words that say which sets a set names ("_2024z00102_", "_ah_tk_20232024_1234_"), so the sets naming
    one are found by one word (see query/catalog.py, citing_places), wherever and however they name it."""
    own = {(record.get("id") or "").casefold(), (record.get("publication") or "").casefold()}
    return {mention_word(ident) for ident in named_sets(record_text(record)) if ident.casefold() not in own}


def mention_word(ident: str) -> str:
    """The one index word of a set's being named ("ah-tk-20232024-1234" → "_ah_tk_20232024_1234_": the closing mark
    keeps the index's prefix match from finding nr. 12345 too)."""
    return "_" + re.sub(r"\W", "_", ident.casefold()) + "_"
