"""The ministry's answer letter: letterhead, covering text, signature, and the annex with the answers."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from kqreader.model import LETTER_PREFIX, Dossier, Person, aanhangsel_id
from kqreader.parsing.body import read_body
from kqreader.parsing.document import Document
from kqreader.parsing.layout import ends_sentence, lay_out, starts_lowercase
from kqreader.parsing.markdown import plain
from kqreader.parsing.meta import (
    find_ah_number,
    find_annex,
    find_answered,
    find_asked,
    find_signatures,
    find_their_number,
    find_zaaknummer,
    read_letterhead,
)
from kqreader.text.dates import find_date, vergaderjaar
from kqreader.text.doubts import NO_DATE_LINE, NO_NUMBER, THEIR_NUMBER, doubt

STAND_IN_WORDS = 4  # words of the subject in the name of a letter that prints no number (two letters of one asker)
_SUBMITTED = re.compile(r"(?:ingezonden\s+(?:op\s+)?|uw\s+brief\s+van\s+)(\d{1,2}\s+\w+\s+\d{4})")
_SUBJECT = re.compile(
    r"(?:vragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(?P<askers>.{1,300}?)\s+)?over\s+(?P<title>.+)$", re.IGNORECASE
)


def letterhead_furniture(doc: Document, stop: int) -> frozenset[str]:
    """Letterhead lines that come back on later pages (department, "Onze Referentie", the reference).

    A line counts when it stands in the letterhead, is short, is no sentence, and occurs again.
    """
    counts = Counter(doc.plain_lines())
    return frozenset(
        line
        for line in doc.plain_lines(stop)
        if line and len(line) <= 80 and not ends_sentence(line) and not starts_lowercase(line) and counts[line] >= 2
    )  # a line that starts in lower case goes on with a sentence (a wrapped subject the text quotes again)


def parse_letter(doc: Document) -> Dossier:
    """An answer letter; its questions are the annex's restatements (a questions document's wording wins)."""
    start = doc.first_heading()
    head = read_letterhead(doc.plain_lines(start)).fields
    restated = doc.first_heading("q") == len(doc.lines)  # no "Vraag" heading: questions may be restated numbered
    body = read_body(lay_out(doc, furniture=letterhead_furniture(doc, start), restated=restated))
    front = "\n".join(body.front)
    zaak = find_zaaknummer(head.get("yours", "")) or find_zaaknummer(front)
    their = None if zaak else find_their_number(front)
    dossier = Dossier(id=zaak or their or "", questions=body.questions, doubts=body.doubts)
    if their:  # the number of the Kamer's letter it answers: no number of the set, no official page
        dossier.doubts.append(doubt(THEIR_NUMBER, id=their))
    dossier.answered = find_date(head.get("date", ""))
    dossier.reference = head.get("ours") or None
    submitted = _SUBMITTED.search(front)
    dossier.submitted = find_date(submitted.group(1)) if submitted else None
    dossier.answered_by, dossier.signatories = find_signatures(body.front)
    if not dossier.signatories:  # signed under the answers instead of under the covering letter
        dossier.answered_by, dossier.signatories = body.signature
    answered = next((a for p in body.front if (a := find_answered(p))), None)  # "Antwoord van … (ontvangen …)"
    if answered:
        dossier.answered = dossier.answered or answered.received
        dossier.answered_by = dossier.answered_by or answered.who
    _fill_subject(dossier, body.front, head.get("subject", ""))
    number = find_ah_number(front)
    if number and dossier.answered:  # "AH 599": published in the Aanhangsel of the year it was answered in
        dossier.publication = aanhangsel_id(vergaderjaar(dossier.answered), number)
    if not dossier.answered:
        dossier.doubts.append(NO_DATE_LINE)
    if not dossier.id:
        _stand_in_id(dossier)
    return dossier


def _stand_in_id(dossier: Dossier) -> None:
    """A letter that prints no number of its set: its Aanhangsel number, else a name of its own from its date, first
    asker and subject; either joins the question set with the same askers, submission date and subject (see
    records.link_key), or the letter stands alone under it, with a doubt that says so."""
    if dossier.publication:
        dossier.id = dossier.publication
    elif dossier.askers:
        when = dossier.submitted or dossier.answered
        words = [_slug(dossier.askers[0].name.split()[-1]), *map(_slug, dossier.title.split()[:STAND_IN_WORDS])]
        dossier.id = LETTER_PREFIX + "-".join(([when.isoformat()] if when else []) + [w for w in words if w])
    else:
        return
    dossier.doubts.append(doubt(NO_NUMBER, id=dossier.id))


def _slug(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if c.isascii() and c.isalnum())


def _fill_subject(dossier: Dossier, front: list[str], subject: str) -> None:
    """Askers, addressees and title from the annex title, else from "Betreft" or the covering sentence."""
    annex = next((a for p in front if (a := find_annex(plain(p)))), None)
    stated = find_asked(subject) if subject else None  # "Betreft: … aan de ministers van X en van Y over …"
    asked = annex or stated or next((a for p in front if (a := find_asked(p))), None)
    if asked:
        dossier.askers, dossier.addressees, dossier.title = asked.askers, asked.addressees, asked.title
        if stated is not None and stated.addressees:
            dossier.addressees = stated.addressees
        dossier.addressees = dossier.addressees or list(dossier.answered_by)
        return
    match = _SUBJECT.search(subject)
    if match:
        dossier.title = match["title"].strip().rstrip(".")
        if match["askers"]:
            dossier.askers = [Person(name.strip()) for name in re.split(r",\s*|\s+en\s+", match["askers"])]
    dossier.addressees = list(dossier.answered_by)
