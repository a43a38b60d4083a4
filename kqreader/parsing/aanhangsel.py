"""A published "Aanhangsel van de Handelingen" document: questions and answers in one, as converted from PDF.

Its conversion loses lines at page breaks, so the body is read with `lossy=True`: every suspect join
becomes a doubt.
"""

from __future__ import annotations

import re

from kqreader.i18n import _
from kqreader.model import Dossier, Notice, aanhangsel_id
from kqreader.parsing.body import read_body
from kqreader.parsing.document import Document
from kqreader.parsing.errors import ParseError
from kqreader.parsing.layout import lay_out
from kqreader.parsing.meta import DELAY, WITHDRAWN, find_answered, find_asked, find_zaaknummer
from kqreader.text.dates import find_date
from kqreader.text.doubts import NO_ASKERS

_MARKER = re.compile(r"^h\s*tk\s*(\d{4})(\d{4})\s*(\d+)$", re.IGNORECASE)
_YEAR = re.compile(r"Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})", re.IGNORECASE)
_NUMBER = re.compile(r"^(?:nr\.\s*)?(\d{1,5})$", re.IGNORECASE)


def publication_id(doc: Document) -> str | None:
    """"ah-tk-20232024-387" from the page marker, else from "Vergaderjaar" and the number heading."""
    lines = doc.plain_lines()
    for line in lines:
        match = _MARKER.match(line.strip())
        if match:
            return aanhangsel_id(match[1] + match[2], match[3])
    year = next((m for line in lines[:60] if (m := _YEAR.search(line))), None)
    if year is None:
        return None
    after = lines[lines.index(year.string) + 1 : 80]
    number = next((m for line in after if (m := _NUMBER.match(line.strip()))), None)
    return aanhangsel_id(year[1] + year[2], number[1]) if number else None


# A page prints it so; a note quotes it, a Markdown code block (indented four) too
_ASKING = re.compile(r"^[ \t]{0,3}Vragen van ", re.MULTILINE)


def parse_aanhangsel(doc: Document) -> Dossier:
    """Questions, answers, the heading sentences, and a delay notice when one was published."""
    publication = publication_id(doc)
    body = read_body(lay_out(doc), lossy=True)
    ident = find_zaaknummer("\n".join(body.front)) or publication
    # a README or a note that quotes the series' name (and perhaps an answer: "Antwoord: Ja." in an example)
    if not any(question.text for question in body.questions) and not _ASKING.search(doc.text):
        problem = _("not a Kamervragen document: it names the Aanhangsel but has no 'Vraag' headings")
        raise ParseError(doc.path, problem, foreign=True)
    if ident is None:
        raise ParseError(doc.path, _("an Aanhangsel document without its vergaderjaar and number"))
    dossier = Dossier(id=ident, questions=body.questions, doubts=body.doubts, publication=publication)
    dossier.explanation = body.explanation
    dossier.signatories = body.signature[1]
    for text in body.notices:  # "answered by a letter" (or a delay), printed where the answers would be
        kind = "delay" if DELAY.search(text) else "withdrawn" if WITHDRAWN.search(text) else "letter"
        dossier.notices.append(Notice(kind, find_date(text) if kind != "letter" else None, text))
    for paragraph in body.front:
        _read_front(dossier, paragraph)
    for notice in dossier.notices:
        notice.date = notice.date or dossier.answered  # the letter's notice is dated by its "Mededeling van …"
    if not dossier.askers:
        dossier.doubts.append(NO_ASKERS)
    return dossier


def _read_front(dossier: Dossier, paragraph: str) -> None:
    asked = find_asked(paragraph)
    if asked and not dossier.askers:
        dossier.title, dossier.askers = asked.title, asked.askers
        dossier.addressees, dossier.submitted = asked.addressees, asked.submitted
    answered = find_answered(paragraph)  # a text extraction may join both sentences in one paragraph
    if answered and not dossier.answered_by:
        dossier.answered_by, dossier.answered = answered.who, answered.received
        return
    if paragraph.startswith("Mededeling") and (DELAY.search(paragraph) or WITHDRAWN.search(paragraph)):
        kind = "delay" if DELAY.search(paragraph) else "withdrawn"
        dossier.notices.append(Notice(kind, find_date(paragraph), paragraph))
