"""A notice ("Mededeling"): the answers will not come within the usual three weeks, or the questions are withdrawn."""

from __future__ import annotations

from kqreader.i18n import _
from kqreader.model import Dossier, Notice
from kqreader.parsing.document import Document
from kqreader.parsing.errors import NOT_KAMERVRAGEN, ParseError
from kqreader.parsing.layout import lay_out
from kqreader.parsing.meta import (
    DELAY,
    WITHDRAWN,
    find_asked,
    find_dated,
    find_signatures,
    find_zaaknummer,
    read_letterhead,
)
from kqreader.text.dates import find_date


def parse_notice(doc: Document) -> Dossier:
    """A dossier with one notice (a delay or a withdrawal) and no answers; the zaaknummer says which set it
    concerns."""
    paragraphs = [e.text for e in lay_out(doc).events if e.kind == "para"]
    text = "\n".join(paragraphs)
    start = next((i for i, p in enumerate(paragraphs) if DELAY.search(p) or WITHDRAWN.search(p)), None)
    if start is None:  # the head said so, but only in what the layout set apart (a footnote)
        raise ParseError(doc.path, _(NOT_KAMERVRAGEN), foreign=True)
    kind = "delay" if DELAY.search(paragraphs[start]) else "withdrawn"
    zaak = find_zaaknummer(text)
    if zaak is None:
        if kind == "delay":
            problem = _("a delay notice without a zaaknummer: cannot tell which questions it concerns")
        else:
            problem = _("a withdrawal without a zaaknummer: cannot tell which questions it concerns")
        raise ParseError(doc.path, problem)
    head = read_letterhead(doc.plain_lines()).fields
    when = find_date(head.get("date", "")) or find_dated(text, "ontvangen") or find_date(text)
    signed = next((i for i in range(start, len(paragraphs)) if paragraphs[i].rstrip().endswith(",")), len(paragraphs))
    roles, names = find_signatures(paragraphs)
    body = [p for p in paragraphs[start:signed] if p not in names]  # up to the sign-off ("De Minister van …,")
    dossier = Dossier(id=zaak, notices=[Notice(kind, when, "\n\n".join(body))])
    # "AH 600": the notice is printed in the Aanhangsel too, but that number is the notice's, not the set's
    # publication (where its questions and answer are printed): the set has none from it (merge.combine agrees for
    # parts kept before), or a modern set awaiting its answer would read as a page without its answer.
    asked = next((a for p in paragraphs if (a := find_asked(p))), None)
    if asked:
        dossier.title, dossier.askers = asked.title, asked.askers
        dossier.addressees, dossier.submitted = asked.addressees, asked.submitted
    dossier.addressees = dossier.addressees or roles
    return dossier

