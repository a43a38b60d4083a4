"""A delay notice ("Mededeling"): the answers will not come within the usual three weeks."""

from __future__ import annotations

from kqreader.dates import find_date, vergaderjaar
from kqreader.model import Dossier, Notice
from kqreader.parsing.document import Document
from kqreader.parsing.errors import ParseError
from kqreader.parsing.layout import lay_out
from kqreader.parsing.meta import (
    DELAY,
    find_ah_number,
    find_asked,
    find_dated,
    find_signatures,
    find_zaaknummer,
    read_letterhead,
)


def parse_notice(doc: Document) -> Dossier:
    """A dossier with one delay notice and no answers; the zaaknummer says which set it concerns."""
    paragraphs = [e.text for e in lay_out(doc).events if e.kind == "para"]
    text = "\n".join(paragraphs)
    zaak = find_zaaknummer(text)
    if zaak is None:
        raise ParseError(doc.path, "a delay notice without a zaaknummer: cannot tell which questions it concerns")
    head = read_letterhead(doc.plain_lines()).fields
    when = find_date(head.get("date", "")) or find_dated(text, "ontvangen") or find_date(text)
    start = next(i for i, p in enumerate(paragraphs) if DELAY.search(p))
    body = [p for p in paragraphs[start:] if not p.rstrip().endswith(",")]
    roles, names = find_signatures(paragraphs)
    body = [p for p in body if p not in names]
    dossier = Dossier(id=zaak, notices=[Notice("delay", when, "\n\n".join(body))])
    number = find_ah_number(text)
    if number and when:  # "AH 600": the notice is published in the Aanhangsel too
        dossier.publication = f"ah-tk-{vergaderjaar(when)}-{number}"
    asked = next((a for p in paragraphs if (a := find_asked(p))), None)
    if asked:
        dossier.title, dossier.askers = asked.title, asked.askers
        dossier.addressees, dossier.submitted = asked.addressees, asked.submitted
    dossier.addressees = dossier.addressees or roles
    return dossier

