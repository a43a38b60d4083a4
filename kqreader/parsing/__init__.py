"""Parse any Kamervragen document into the model: one entry point, one module per document kind."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from kqreader.i18n import N_, _, reason
from kqreader.model import TAIL_PREFIX, Dossier, Source, tail_id
from kqreader.parsing.aanhangsel import parse_aanhangsel
from kqreader.parsing.body import ASKS
from kqreader.parsing.decode import strip_controls
from kqreader.parsing.document import Document
from kqreader.parsing.errors import NOT_KAMERVRAGEN, ParseError
from kqreader.parsing.forms import Form, document_text, form_of
from kqreader.parsing.letter import parse_letter
from kqreader.parsing.listing import is_listing, parse_listing
from kqreader.parsing.merge import combine, missing_text_doubts
from kqreader.parsing.meta import (
    ASKED_OPENING,
    DELAY,
    FURTHER,
    MEMBERS,
    WITHDRAWN,
    find_their_number,
    find_zaaknummer,
    mended_askers,
)
from kqreader.parsing.notice import parse_notice
from kqreader.parsing.printout import documents, is_printout
from kqreader.parsing.questions import parse_questions
from kqreader.parsing.scanned import PAGE_NUMBER, is_scanned_page, parse_scanned
from kqreader.text.dates import invalid_dates
from kqreader.text.doubts import INVALID_DATE, NOT_UTF8, PAGE_CONTINUES, doubt, written_from
from kqreader.text.safetext import visible

__all__ = ["ParseError", "combine", "detect_kind", "parse_bytes", "parse_file", "parse_parts", "parse_text"]

# An Aanhangsel says so near its top, or ends with its page code ("h tk 20192020 302"). Looked for with
# str methods first: a case-insensitive regex over the whole head costs a tenth of the parse.
_AANHANGSEL_NAME = "aanhangsel van de handelingen"
_PAGE_CODE = re.compile(r"\n[hH][^\S\n]*[tT][kK][^\S\n]*\d{8}[^\S\n]*\d+(?=\n)")
_ASKED = re.compile(ASKED_OPENING)
HEAD_LINES = 80  # where the heading sentences and their dates stand
_NO_ID = N_("no zaaknummer (such as 2019Z12806) found: cannot tell which question set this is")
_PARSERS = {
    "questions": parse_questions,
    "answers": parse_letter,
    "aanhangsel": parse_aanhangsel,
    "notice": parse_notice,
}


# A notice's title: "Mededeling van minister …", or "Uitstel beantwoording vragen van …" (a ministry's own text).
_NOTICE_TITLE = re.compile(r"\bMededeling\b|\bUitstel\s+(?:van\s+(?:de\s+)?)?beantwoording\b", re.IGNORECASE)


def detect_kind(doc: Document) -> str:
    """questions, answers, aanhangsel or notice; ParseError when it is none of these."""
    head = "\n".join(doc.plain_lines(HEAD_LINES))
    has_answer = doc.first_heading("a") < len(doc.lines)
    has_question = doc.first_heading("q") < len(doc.lines)
    if _is_aanhangsel(head, doc.plain_lines()):
        return "aanhangsel"
    if has_answer:
        return "answers"
    named = "Mededeling" in head or "itstel" in head or "ITSTEL" in head  # the search only where it can match
    if named and _NOTICE_TITLE.search(head) and (DELAY.search(head) or WITHDRAWN.search(head)):
        return "notice"
    if has_question or _ASKED.search(head) or _submitted_and_asking(head):
        return "questions"
    raise ParseError(doc.path, _(NOT_KAMERVRAGEN), foreign=True)


_SUBMITTED = re.compile(r"\(\s*ingezonden\b", re.IGNORECASE)
_ASKING_LINE = re.compile(ASKS.pattern, re.MULTILINE)  # a line that ends by asking, as body reads it


def _submitted_and_asking(head: str) -> bool:
    """A zaaknummer, "(ingezonden …)" and lines that ask: a question set, however irregular its heading sentence
    (questions.parse_questions says in a doubt what it could not read)."""
    return bool(_SUBMITTED.search(head) and _ASKING_LINE.search(head) and find_zaaknummer(head))


def _is_aanhangsel(head: str, lines: list[str]) -> bool:
    if _AANHANGSEL_NAME in head.casefold():
        return True
    return _PAGE_CODE.search("\n{}\n{}\n".format("\n".join(lines[:80]), "\n".join(lines[-40:]))) is not None


def parse_text(text: str, path: str = "<text>", data: bytes | None = None, sha256: str | None = None) -> Dossier:
    """Parse decoded text; `data` (the file's bytes) gives the source hash when known, `sha256` when computed.
    A page that holds several items gives the first (`parse_text_parts` gives them all)."""
    return parse_text_parts(text, path, data, sha256)[0]


def parse_text_parts(
    text: str,
    path: str = "<text>",
    data: bytes | None = None,
    sha256: str | None = None,
    reading: list[str] | None = None,
) -> list[Dossier]:
    """Every document the text holds: one, or one per item of a scanned Aanhangsel page; `reading`, the doubts of
    getting the text out of the file (a PDF's lost pages)."""
    text = strip_controls(text)
    if is_printout(text):
        return _printout_parts(text, path, data, sha256)
    doc = Document.from_text(path, text, data, sha256)
    name = visible(os.path.basename(path))  # doubts quote it on screen
    if is_scanned_page(doc):
        parts = parse_scanned(doc)
        if not parts:
            raise ParseError(path, _(NOT_KAMERVRAGEN), foreign=True)
        _continued(doc, parts[-1])
        for part in parts:
            part.askers, slips = mended_askers(part.askers)
            part.doubts = [f"{name}: {doubt}" for doubt in part.doubts + slips + (reading or [])]
            if not part.id.startswith(TAIL_PREFIX):  # a part of an item begun before: its questions are there
                part.doubts += missing_text_doubts(part)
            part.sources = [Source(path, "aanhangsel", doc.sha256)]
        return parts
    kind = detect_kind(doc)
    if (kind == "questions" and not find_zaaknummer(text)) or (kind == "answers" and not _identified(doc)):
        raise ParseError(path, _(_NO_ID))  # checked before the work of parsing: junk fails fast
    part = _PARSERS[kind](doc)
    if not part.id:
        raise ParseError(path, _(_NO_ID))
    part.askers, slips = mended_askers(part.askers)
    doubts = part.doubts + slips + (reading or []) + _reading_doubts(doc)
    part.doubts = [f"{name}: {doubt}" for doubt in doubts] + missing_text_doubts(part)
    if kind in ("answers", "aanhangsel") and FURTHER.search("\n".join(doc.plain_lines(doc.first_heading()))):
        kind = "further"  # a nader antwoord: shown after the answer it completes (see merge)
    part.sources = [Source(path, kind, doc.sha256)]
    return [part]  # what combine() would make of this one part, without copying it


def _continued(doc: Document, last: Dossier) -> None:
    """The page's last item, when the page ends inside it, learns the name its part on the next page carries
    (model.tail_id, as scanned.py names that part): the statistics count that part with it."""
    pages = PAGE_NUMBER.findall(doc.text)
    ident = last.id.split("-")
    if pages and len(ident) == 4 and any(written_from(PAGE_CONTINUES, d) for d in last.doubts):
        last.continued = tail_id(ident[2], int(pages[-1]) + 1)


def _printout_parts(text: str, path: str, data: bytes | None, sha256: str | None) -> list[Dossier]:
    """Each document of a third party's printout ("==== ah-tk-… ====", "Q1"/"A1"); one that cannot be read is left
    out, the file refused only when none can."""
    parts, problems = [], []
    for _ident, body in documents(text):
        try:
            parts += parse_text_parts(body, path, data, sha256)
        except ParseError as error:
            problems.append(error.problem)
    if not parts:
        raise ParseError(path, problems[0] if problems else _(NOT_KAMERVRAGEN))
    return parts


def _reading_doubts(doc: Document) -> list[str]:
    """What the reading itself could not trust: dates that are no date, bytes that were not valid UTF-8."""
    head = "\n".join(doc.plain_lines(HEAD_LINES))
    doubts = [doubt(INVALID_DATE, printed=printed) for printed in invalid_dates(head)]
    broken = doc.text.count("\ufffd")
    if broken:
        doubts.append(doubt(NOT_UTF8, count=broken))
    return doubts


_NAMED_ASKERS = re.compile(rf"[Vv]ragen\s*van\s*{MEMBERS}|Kamervragen\s+(?:van\s+)?{MEMBERS}")


def _identified(doc: Document) -> bool:
    """Whether a letter names its set (a zaaknummer, the Kamer's number) or at least its askers before its answers
    (then it stands in under a name of its own: see letter._stand_in_id)."""
    if find_zaaknummer(doc.text) is not None or find_their_number(doc.text) is not None:
        return True
    return _NAMED_ASKERS.search("\n".join(doc.plain_lines(doc.first_heading()))) is not None


def parse_bytes(data: bytes, path: str, sha256: str | None = None) -> Dossier:
    """Parse a file's bytes: a PDF, a Word document, text in any of the encodings the documents come in, or a set as
    the open data lists it (see listing). A scanned page of several items gives its first."""
    return parse_parts(data, path, sha256)[0]


def parse_parts(data: bytes, path: str, sha256: str | None = None) -> list[Dossier]:
    """Every document a file holds: one, or one per item of a scanned Aanhangsel page."""
    if is_listing(data):
        return [parse_listing(data, path, sha256 or hashlib.sha256(data).hexdigest(), parse_bytes)]
    text, reading = document_text(data, path)
    try:
        return parse_text_parts(text, path, data, sha256, reading)
    except ParseError as error:
        raise _mislabelled(error, data, path) from None


def _mislabelled(error: ParseError, data: bytes, path: str) -> ParseError:
    """A file named .pdf or .docx whose bytes are neither and whose text is no Kamervragen document is damaged or
    renamed: said so and counted as failed ("not Kamervragen" would hide the damage). A text named .pdf that is a
    Kamervragen document is read as text."""
    suffix = path.lower().rsplit(".", 1)[-1]
    if not error.foreign or form_of(data) is not Form.TEXT or suffix not in ("pdf", "docx"):
        return error
    if suffix == "pdf":
        return ParseError(path, _("a .pdf file that is not a PDF: it does not begin as one (damaged or renamed?)"))
    return ParseError(path, _("a .docx file that is not a Word package: its bytes are not a zip (damaged or renamed?)"))


def parse_file(path: str | Path) -> Dossier:
    """Parse one file; every failure, unreadable files included, is a ParseError naming it."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ParseError(str(path), _("cannot read the file ({why})").format(why=reason(error))) from None
    return parse_bytes(data, str(path))
