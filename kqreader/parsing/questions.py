"""The questions document: "## 2019Z12806", "Vragen van het lid … (ingezonden …)", then the questions."""

from __future__ import annotations

from kqreader.model import Dossier
from kqreader.parsing.body import read_body
from kqreader.parsing.document import Document
from kqreader.parsing.errors import ParseError
from kqreader.parsing.layout import lay_out
from kqreader.parsing.meta import find_asked, find_zaaknummer


def parse_questions(doc: Document) -> Dossier:
    """A question set with no answers yet; numbered lists count as questions when no "Vraag" heading exists."""
    numbered = doc.first_heading("q") == len(doc.lines)
    body = read_body(lay_out(doc, numbered_lists=numbered))
    if not body.questions:
        raise ParseError(doc.path, "a question set heading but no questions (no 'Vraag 1' heading or numbered list)")
    asked = next((a for p in body.front if (a := find_asked(p))), None)
    front_text = "\n".join(body.front)
    zaak = find_zaaknummer(front_text)
    dossier = Dossier(id=zaak or "", questions=body.questions, doubts=body.doubts)
    dossier.explanation = body.explanation
    if asked:
        dossier.title, dossier.askers = asked.title, asked.askers
        dossier.addressees, dossier.submitted = asked.addressees, asked.submitted
    else:
        dossier.doubts.append("no 'Vragen van …' sentence: askers, addressees and date are unknown.")
    return dossier
