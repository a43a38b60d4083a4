"""The questions document: "## 2019Z12806", "Vragen van het lid … (ingezonden …)", then the questions."""

from __future__ import annotations

import re

from kqreader.i18n import _
from kqreader.model import Dossier, Question
from kqreader.parsing.body import Body, attach_footnotes, read_body
from kqreader.parsing.document import Document
from kqreader.parsing.errors import ParseError
from kqreader.parsing.layout import lay_out
from kqreader.parsing.meta import find_asked, find_dated, find_long_asked, find_zaaknummer
from kqreader.text.doubts import FOOTNOTE_UNMARKED, LONG_HEADING, NO_ASKERS, UNNUMBERED, doubt, written_from


def parse_questions(doc: Document) -> Dossier:
    """A question set with no answers yet; numbered lists count as questions when no "Vraag" heading exists."""
    numbered = doc.first_heading("q") == len(doc.lines)
    layout = lay_out(doc, numbered_lists=numbered)
    body = read_body(layout)
    asked_at = next((i for i, p in enumerate(body.front) if find_asked(p)), None)
    oral = asked_at is not None and _ORAL.search(body.front[asked_at]) is not None
    if not body.questions and not oral and asked_at is not None and asked_at + 1 < len(body.front):
        _unnumbered_questions(body, asked_at, layout.footnotes)
    if not body.questions and not oral:
        raise ParseError(doc.path, _("a question set heading but no questions (no 'Vraag 1' heading or numbered list)"))
    asked = find_asked(body.front[asked_at]) if asked_at is not None else None
    front_text = "\n".join(body.front)
    zaak = find_zaaknummer(front_text)
    dossier = Dossier(id=zaak or "", questions=body.questions, doubts=body.doubts)
    dossier.explanation = body.explanation
    dossier.oral = oral
    if asked is None:  # a heading sentence of 100,000 characters: read from its start and end, and said so
        long = next((p for p in body.front if find_long_asked(p)), None)
        asked = find_long_asked(long) if long else None
        if long:
            dossier.doubts.append(doubt(LONG_HEADING, count=len(long)))
    if asked:
        dossier.title, dossier.askers = asked.title, asked.askers
        dossier.addressees = asked.addressees
        dossier.submitted = asked.submitted or find_dated(front_text, "ingezonden")
    else:
        dossier.doubts.append(NO_ASKERS)
    return dossier


_ORAL = re.compile(r"\bMondelinge\s+vragen\s+van\b", re.IGNORECASE)


def _unnumbered_questions(body: Body, asked_at: int, footnotes: dict[str, str]) -> None:
    """Paragraphs after the "Vragen van …" sentence are the questions when their list numbers were lost (a Word
    list's numbers are not in its text): numbered in order, with a doubt saying so."""
    paragraphs = body.front[asked_at + 1 :]
    del body.front[asked_at + 1 :]
    body.questions = [Question(number, text) for number, text in enumerate(paragraphs, 1)]
    # the footnotes are worked out again for the questions
    body.doubts = [d for d in body.doubts if not written_from(FOOTNOTE_UNMARKED, d)]
    attach_footnotes(body.questions, footnotes, body.doubts)
    body.doubts.append(doubt(UNNUMBERED, count=len(paragraphs)))

