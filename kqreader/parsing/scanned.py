"""Aanhangsel pages of 1965–1995 as Staten-Generaal Digitaal scanned and OCR'd them: several items a page.

Each item is its number on a line of its own, "Vragen van het lid X (Partij) over … (Ingezonden …)", questions
numbered "1 Kent u …" or "2Is …" at any place in a paragraph (OCR loses some numbers), then one block
"Antwoord van minister X (Dept). (Ontvangen …)" whose answers are numbered the same way ("1 Ja.", "2 en 3 …",
"2en3 …"), or a "Mededeling" (a delay, or questions taken off the list). Numbers are read in order — the next
one expected, so a "13 gemeenten" or a footnote's "1 De Telegraaf" is no question — and a number OCR lost is
found again where a question ends ("?" at a line's end). A page can stop inside an item, and its first lines can
finish an item of the page before: both are said in a doubt, as is a date OCR made unreadable.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from kqreader.model import (
    TAIL_PREFIX,
    Answer,
    Dossier,
    Footnote,
    House,
    Notice,
    Person,
    Question,
    aanhangsel_id,
    superscript,
    tail_id,
)
from kqreader.parsing.document import Document
from kqreader.parsing.furniture import SCANNED_FURNITURE
from kqreader.parsing.headings import parse_numbers
from kqreader.parsing.meta import WITHDRAWN, Asked, find_answered, find_asked, parse_people
from kqreader.text.dates import find_date
from kqreader.text.doubts import (
    ANSWER_NUMBER_LOST,
    FOOTNOTE_UNMARKED,
    NO_ASKERS,
    OCR_DATE,
    OCR_DAY,
    PAGE_CONTINUES,
    PAGE_TAIL,
    SCAN_ANSWER_MISSING,
    SCAN_NUMBER_LOST,
    SESSION_YEAR,
    TAIL_ANSWER,
    TAIL_UNNUMBERED,
    doubt,
)

# The era's header: "Zitting 1977-1978" (before 1983), "Vergaderjaar 1989-1990", and the short session after an
# election, one year ("Zitting 1977", "Zitting 1981": the session is that year, as printed).
# The first year is read from the second: OCR may damage it ("Zitting 197&-1979").
ERA_YEAR = re.compile(
    r"^(?:Zitting|Vergaderjaar)\s+(?:(\S{4})\s*[-–]\s*(\d{4})|(?P<single>(?:19|20)\d\d))\s*$", re.MULTILINE
)
_FOOTER_YEAR = re.compile(
    r"(?:Tweede|Eerste)\s+Kamer,\s+(?:zitting|vergaderjaar)\s+(\S{4})\s*[-–]\s*(\d{4})", re.IGNORECASE
)
_SENATE = re.compile(r"^\s*Eerste\s+Kamer\b", re.MULTILINE)  # the Eerste Kamer's Aanhangsel (header, footer): ah-ek-
# The heading sentence's opening: "Vragen van het lid", "… de leden", and in the Eerste Kamer's Aanhangsel "Vragen van
# de heer X (P) en de heer Y (P)", "… de heren", "… mevrouw", "Nadere vragen van …"
_ASKER_WORD = r"het\s+lid|de\s+leden|de\s+heer|de\s+heren|mevrouw|de\s+dames"
_OPENING = rf"(?:Nadere\s+v|V)ra(?:ag|gen)\s+van\s+(?:{_ASKER_WORD})\b"
_SENATE_OPENING = re.compile(
    r"^\s*(?:Nadere\s+v|V)ra(?:ag|gen)\s+van\s+(?:de\s+heer|de\s+heren|mevrouw|de\s+dames|(?=de\s+leden))"
)
_SENATE_NEXT = re.compile(r"(,|\ben)\s+(?:de\s+heer|mevrouw)\s+(?=[A-Z])")  # "… (P.v.d.A.) en de heer Boersma"
# An item's number on a line of its own (OCR may put a smudge before it or on a line after it; a reprint says
# "Herdruk"), the heading sentence on the next line.
_SMUDGE_LINE = r"(?:[^\w\n]{0,3}\w?[^\w\n]{0,3}\n)?"  # "'i" between the number and the sentence
# Or, printed at a line's start, the number with the heading sentence on its line up to its "(Ingezonden" ("1754
# Vragen van het lid …"; not a note's "1 Vragen van het lid X, Aanhangsel …").
_AT_LINE_START = "|".join(f"(?<=^\\d{{{n}}})" for n in range(1, 6))
_ITEM = re.compile(  # OCR's smudges before the number ("JWi^iri^ '.*IMi 572"), never a reference's "nr. 572"
    rf"(?m)^(?:(?![^\n]*\b(?:nrs?|blz)\b)(?:\S*|[^\n]{{0,20}}?)[ \t]+)?(\d{{1,5}})"
    rf"(?:(?:[ \t]+(?i:Herdruk)\S*)?[ \t]*\n{_SMUDGE_LINE}(?=[ \t]*{_OPENING})"
    rf"|(?:{_AT_LINE_START})[ \t]+(?={_OPENING}[^\n]{{1,600}}?\([Il1]n-?\s?ge-?\s?zon-?\s?den))"
)
# The page's footer line as OCR damaged it or glued it to a text ("… antwoord. Tweede Kamer, zitting 1977-1978,
# Aanhangsel", "vergaderjaar 1 985-1986", "zitting 1974-1975,. Aanhangsel", "Asnhangsel") at a line's end; not a note
# that cites an Aanhangsel ("Tweede Kamer, vergaderjaar 1993-1994, Aanhangsel nr. 322")
_FOOTER_INLINE = re.compile(
    r"[ \t]*(?:Tweede|Eerste)[ \t]+Kamer,?[ \t]+(?:zitting|vergaderjaar)[ \t]+"
    r"\d[\d \t]{3,5}(?:[-–][ \t]*\d[\d \t]{1,5})?"  # one year in a short session ("zitting 1981")
    r"[,. \t]*A[a-z]{1,3}nhangsel[ \t]*(?=\n|$)"
    r"|[ \t]+Staten[ \t-]*Generaal[ \t]*(?=\nAanhangsel[ \t]+van[ \t]+de[ \t]+Handelingen)",  # the header's half
    re.IGNORECASE,
)
_FURNITURE_LINE = re.compile(r"(?:{})".format("|".join(SCANNED_FURNITURE)), re.IGNORECASE)
# The heading sentence, to its "(Ingezonden <date>)" (OCR: "(lngezon-den", "(Inge-zonden7 juni 1978)").
_HEADING = re.compile(  # to "(Ingezonden …)", closed as OCR read it ("(Ingezonden 10 januari 1992}")
    rf"{_OPENING}.{{1,1200}}?\([Il1]n-?\s?ge-?\s?zon-?\s?den[^(){{}}]{{0,80}}[)}}\]]\.?", re.DOTALL
)
_HEADING_TO_LINE_END = re.compile(rf"{_OPENING}[^\n]{{1,600}}")
_ASKERS_ONLY = re.compile(
    rf"{_OPENING}\s+(?P<askers>[^()]{{1,200}}\([^()]{{1,40}}\)(?:[^()]{{1,200}}\([^()]{{1,40}}\))*)"
    r"\s+(?P<title>[^()]{1,600}?)\s*\(ingezonden\s*(?P<date>[^()]{1,60})\)"
)
# Where the answer block or the Mededeling starts: its label ("Antwoord"/"Mededeling") is dropped too.
# Its label as printed ("Antwoord van", "Antwoorden van", "Mededeling van", "Nadere mededeling van") or as OCR
# damaged it ("Antwooid van", "Arrtwoord van", "Mededehng van", "McdedeKr.j Mededoling van", "Antwoord Akkoord van"):
# a word like one of _LABELS before a minister or staatssecretaris.
_BLOCK = re.compile(
    r"(?:\b(?:(?:Nader|Aanvullend)\s+antwoord|Antwoord|(?:Nadere\s+)?[Mm]ededeling|M[\w.]{5,9})\s+)?"
    r"\b(?P<kind>(?P<word>(?:(?:Nader|Aanvullend)\s+a|A)ntwoord(?:en)?|(?:Nadere\s+m|M)ededeling)"
    r"|(?P<damaged>[AM][a-z]{5,10}))"
    r"\s+van\s+(?=(?:de\s+)?(?:heer\s+)?(?:[Mm]inister|[Ss]taatssecretaris|[Ss]ecretaris)|(?(word)(?:de\s+heer\s+)?[A-Z]|(?!)))"
)
_LATER_NAMES = re.compile(r"\bvra(?:ag|gen)\s+(\d{1,2}(?:\s*(?:,|en|t/m)\s*\d{1,2})*)\b")  # "(vraag 5)"
# A note the printer set inside an answer's text: a line that opens with a mark and says a document was laid down in
# the Kamer's library, or those words glued to a line's end
_LAID_DOWN = (
    re.compile(r"(?m)^[ \t]*(?P<note>(?:\d{1,2}|['’*])[ \t]*[A-Z][^\n]{0,200}?\b[Nn]edergelegd\b[^\n]*)$"),
    re.compile(r"(?m)(?<=\S)[ \t]+(?P<note>Nedergelegd\s+(?:op|bij|ter|in)\b[^\n]{0,100})$"),
)
_BY_LETTER = re.compile(r"\bbeantwoord\s+(?:bij|in|met|door)\s+(?:mijn\s+|de\s+|een\s+)?brief\b", re.IGNORECASE)
_ROMAN = re.compile(r"^\s*(?:I{1,3}|IV|V)\s*$")  # a group's numeral ("I", "II") before its answers
_LABELS: dict[str, BlockKind] = {"antwoord": "Antwoord", "mededeling": "Mededeling"}  # a damaged label read as
_LIKE_ANSWER = 0.7  # how like a label a damaged one must be (difflib's ratio: "antwooid" 0.88, "ambtenaren" 0.44)
# … or with "(Ontvangen …)" within _CONFIRMS characters after it, one or two letters OCR'd ("akkoord" 0.67)
_LIKE_CONFIRMED = 0.6
_CONFIRMS = 300
# "(Ontvangen 21 juli 1994)", "(Ont-vangen …)", "(Ontvarv gen …)", "(Ontvangen 27 juni 1994}", and with its opening
# bracket lost, "Ontvangen 12 december 1990, zie ook …", to its year
_RECEIVED_WORD = r"(?:[O0]nt-?\s?[a-z]{2,4}-?\s?gen|[Il1]n-?\s?ge-?\s?zon-?\s?den)"  # the Senate's "(Ingezonden …)"
_RECEIVED = re.compile(
    rf"\(\s*{_RECEIVED_WORD}\b\s*(?P<date>[^(){{}}]{{0,80}}?)\s*[)}}\]]\.?"
    rf"|\b{_RECEIVED_WORD}\s*(?P<bare>[^(){{}}\n]{{0,40}}?\d{{4}})\s*[)}}\]]?\.?",
    re.IGNORECASE,
)
# A day OCR printed in letters like digits ("(Ontvangen II oktober 1974)": 11)
_OCR_DAY = re.compile(r"\b(?=[0-9IlO|]?[IlO|])[0-9IlO|]{1,2}(?=\s*(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec))")
# "(Zie ook Aanhangsel Handelingen …, nr. 661.)", ", zie ook aanhangsel Handelingen nr. 610, vergaderjaar 1993-1994.",
# "zie ook Aanhangsel Handelingen nr. 243, Vergaderjaar 1994-1995 1 Ja, …": to its year or number, where the first
# answer's number follows or a bracket or full stop closes it
_SEE_ALSO = re.compile(
    r"^\s*[,.]?\s*\(?\s*[Zz]ie\s+ook\s+[Aa]anhangsel[^()]{0,200}?(?:\d{4}\s*[-–]\s*\d{2,4}|\b(?:nrs?|blz)\.?\s*\d{1,5}(?:\s*(?:en|,)\s*\d{1,5})*)"
    r"(?:\.?\s*\)|\.(?=\s*(?:\d|[A-Z]|$))|(?=\s+\d{1,2}(?:\s*(?:en|,)\s*\d{1,2})*\s*[A-Z])|(?=\s*$))\.?"
)
_LABEL_TAIL = re.compile(r"\s*\b(?:Antwoord|Mededeling)\s*$")
_EXPLANATION = re.compile(r"(?:^|\n|\s)Toelichting(?:\s+bij\s+vraag\s+\d+)?\b\s*")
# A number that opens a question or answer: at a word start, glued or not to the text ("2Is", "2 en 3 In",
# "2en3 In", "1, 2en 3 Van", "2 t/m 4 Met"); the text opens with a capital or a quote.
_MARK = re.compile(
    r"(?<![\w.,/-])(?P<nums>\d{1,2}(?:[ \t]*(?:,|(?<![^\d \t])en(?=[ \t]*\d)|t/m|&)[ \t]*\d{1,2})*)"
    r"\.?[ \t]*(?=[A-ZÀ-Ý«'\"‘“(]|[a-h]\.[ \t])"  # "1. Kent u", "3 a. Afgezien van …" (an answer in parts)
)
_ROW = re.compile(r"\d{1,3}[ \t]+\S[^\n]{0,30}")  # a short line that opens with a number: a table's row, with another
_QUESTION_END = re.compile(r"\?[\d'’\"»]*[ \t]*\n")  # a question ends at a line end ("?1" keeps its footnote mark)
_NOTE_LINE = re.compile(r"\n(?:1|['’*])[ \t]*(?=[A-Z«])")  # the first note: "1 Ter inzage …", "' Kamerstuk 18321"
_NOTE_MARK = re.compile(  # "2 Antwoorden op …", "2 65 Staten, waaronder Nederland, …"
    r"(?:^|(?<=\s))(?P<mark>\d{1,2}|['’])[ \t]*(?=[A-ZÀ-Ý«\"‘“(]|\d{1,4}[ \t]+[A-Z])"
)
_GLUED = r"(?<=[^\W\d_]|[?!.»)])"  # what a footnote mark is glued to
_QUOTE_MARK = re.compile(rf"{_GLUED}['’](?=\s|$)")  # mark 1 read as a quote ("advertentie' de"), if not closing one
_OPENS = re.compile(r"(?:^|(?<=\s))['‘](?=\s?\w)")  # a quote opened ('labour turn-over')
_CLOSES = re.compile(r"(?<=[\w?!.])['’](?!\w)")
_SOURCE_LINE = re.compile(r"\nZie\s+(?![^\n]*\b(?:vraag|vragen|antwoord)\b)")  # "Zie The Star van 2 juni jl"
_SOFT_HYPHEN = re.compile(  # "gebruike-lijke", "Ont-vangen"; not "Beckers-de Bruijn", "minister-president"
    r"(?<=[a-zà-ÿ])-\s?(?=[a-zà-ÿ]{3})(?!(?:van|der|den|ten|ter)\s|president)"
)
PAGE_NUMBER = re.compile(r"Aanhangsel[ \t]*\n\s*(\d{1,5})\s*$")  # the page's number printed under its footer
_ENDS_SENTENCE = re.compile(r"[.?!»)\"'’]\d*\s*$")
# Where an answer whose number OCR lost may start: a line after one that ends a sentence, or a line that opens with
# a number that was not read as one ("2 Ten aanzien", a damaged "4"), opening with a capital.
_BREAK = re.compile(
    r"(?:(?<=[.!?:»)\"'’])[ \t]*\n[ \t]*(?P<plain>)(?=[A-ZÀ-Ý«])|\n[ \t]*(?P<number>\d{1,2}[ \t]*)(?=[A-ZÀ-Ý][a-zà-ÿ]))"
)
_COMMON = frozenset((  # words of any question or answer, no subject
    "worden", "hebben", "kunnen", "zullen", "moeten", "welke", "waarom", "minister", "ministers", "staatssecretaris",
    "bereid", "mening", "betreft", "daarbij", "indien", "echter", "tussen", "alleen", "bekend", "daarvan", "hiervan",
    "andere", "aantal", "gevolg", "inzake", "sprake", "gemaakt",
))  # fmt: skip
_LIKE_DIGITS = str.maketrans("IlO|", "1101")
_MONTHS = ("jan", "feb", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_THIS_YEAR = re.compile(r"(\d{1,2})\s+([a-z]{3,9})\s+jl\.?", re.IGNORECASE)  # "(Ingezonden 28 april jl.)"
# OCR's column pieces (the lines of an item): one that stops inside a sentence, one that opens inside one, one that
# asks, a sentence's end, a note under a text (its mark, and words that cite)
_DANGLING = re.compile(r"(?:\S+\s+){4}\S*[a-zà-ÿ,]$")  # not a label ("Antwoord") on a line of its own
_CONTINUES = re.compile(r"[a-zà-ÿ]")
_COMPLETE = re.compile(r"[.?!:;)»\"'’\d]$")
_ASKS_AT_END = re.compile(r"\?[\d'’\"»]*$")
_SENTENCE_END = re.compile(r"(?<=[.?!])[\d'’\"»]*\s+(?=\S)")
_NOTE_OPENS = re.compile(r"(?:1|['’])[ \t]*[A-Z«]")
_CITES = re.compile(r"\b(?:Aanhangsel|Handelingen|Kamerstuk|nr\.|blz\.|Zie|Nedergelegd)|\b\d{4}\b|\bjl\b")
FIRST_MONTH = 9  # a session (vergaderjaar) opens in September
LATER_NAMES_WITHIN = 400  # characters of a later answer that name the questions it answers
MAX_LOST = 3  # numbers OCR may lose between two it kept
MAX_BREAKS = 14  # paragraphs of an answer among which those of answers whose numbers were lost are chosen
WORD_STEM = 6  # the letters of a word compared when a paragraph is matched with its question
MAX_TAIL_NUMBER = 40  # the highest first number of a page that opens inside an item (a set has fewer questions)
LAST_SCANNED_YEAR = 1996  # the last year whose Aanhangsel is only scanned: a page of it may hold no item's start


@dataclass
class _Item:
    number: str
    text: str
    last: bool


@dataclass
class _Notes:
    """What the page prints beside the texts of an item: the footnotes under its questions and under its answers
    (each a tail cut off a last question or answer, as printed), and the "zie ook aanhangsel …" line beside its
    answer block."""

    questions: list[str]
    answers: list[str]
    see_also: str | None = None


def is_scanned_page(doc: Document) -> bool:
    """A scanned Aanhangsel page: the era's header or footer, an item number above a heading sentence (or, on a
    page wholly inside an item, the era's footer), and no "Vraag 1" headings (those are today's documents)."""
    head = doc.text[:4000]
    footer = _FOOTER_YEAR.search(doc.text[-600:])
    if not (ERA_YEAR.search(head) or footer):
        return False
    if not _ITEM.search(doc.text) and not (footer and int(footer[2]) <= LAST_SCANNED_YEAR):
        return False
    return not any(h is not None and h.kind in "qa" and h.numbers for h in doc.headings)


def parse_scanned(doc: Document) -> list[Dossier]:
    """One dossier for each item on the page(s), in order; the rest of an item begun on the page before first."""
    # the header's year, else the footer's: the last such line (not a note's "zie ook … zitting 1973-1974")
    year = ERA_YEAR.search(doc.text) or next(reversed(list(_FOOTER_YEAR.finditer(doc.text))), None)
    session = (f"{int(year[2]) - 1}{year[2]}" if year[2] else year["single"]) if year else "onbekend"
    house: House = "ek" if _SENATE.search(doc.text[:300]) or _SENATE.search(doc.text[-300:]) else "tk"
    starts = list(_ITEM.finditer(doc.text))
    dossiers = []
    for index, start in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(doc.text)
        item = _Item(start[1], _clean(doc.text[start.end() : end]), index + 1 == len(starts))
        dossiers.append(_read_item(item, aanhangsel_id(session, item.number, house)))
    before = _clean(doc.text[: starts[0].start()] if starts else doc.text)
    if len(re.findall(r"[a-z]{3,}", before)) > 5:  # words before the first item: an item goes on
        page = PAGE_NUMBER.search(doc.text)
        name = tail_id(session, page[1]) if page else f"{TAIL_PREFIX}{session}-{doc.sha256[:8]}"
        dossiers.insert(0, _read_tail(before, name, last=not starts))
    return dossiers


def _read_tail(text: str, ident: str, last: bool) -> Dossier:
    """What a page prints of an item begun on the page before: later questions, its answer block or Mededeling, or
    only later answers (the block's heading was on the page before), under a name of kqreader's own."""
    dossier = Dossier(id=ident)
    dossier.doubts.append(doubt(PAGE_TAIL, id=ident))
    notes = _Notes([], [])
    text = _in_column_order(text)
    block = _block(text)
    if block is None and not _asks(text):
        _answers(dossier, text, last, [], notes.answers, tail=True)
    else:
        asked, dossier.explanation = _explanation(text[: block.start()] if block else text)
        pieces = _numbered(asked, dossier.doubts, notes.questions, tail=True)
        _read_rest(dossier, text, block, last, pieces, notes)
    _keep_notes(dossier, notes)
    return dossier


def _asks(text: str) -> bool:
    """Whether numbered texts without an answer block's heading are questions: most of them end by asking."""
    marks = _in_order(_marks(text), single=False, tail=True, text=text)
    ends = [text[end : (marks[i + 1][0] if i + 1 < len(marks) else len(text))] for i, (_, end, _) in enumerate(marks)]
    return bool(ends) and 2 * sum(bool(re.search(r"\?[\d'’\"»]*\s*$", e)) for e in ends) > len(ends)


def _marks(text: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """The numbers that may open a question or answer; not those of a table's rows ("14 PO-Oost", "7 Texel")."""
    rows = _table_rows(text)
    return [(m.start(), m.end(), parse_numbers(m["nums"])) for m in _MARK.finditer(text) if m.start() not in rows]


def _table_rows(text: str) -> set[int]:
    """Where the lines of a table start: two or more short lines in a row that open with a number."""
    starts, at = [], 0
    for line in text.split("\n"):
        starts.append((at, bool(_ROW.fullmatch(line.strip()))))
        at += len(line) + 1
    rows = [
        index
        for index, (_, row) in enumerate(starts)
        if row and any(0 <= i < len(starts) and starts[i][1] for i in (index - 1, index + 1))
    ]
    # a table printed with its counts under its names: the line after the last row opens with the last count
    after = [
        i + 1 for i in rows if i + 1 < len(starts) and i + 1 not in rows and text[starts[i + 1][0] :][:1].isdigit()
    ]
    return {starts[i][0] for i in (*rows, *after)}


def _clean(text: str) -> str:
    """The item's text without page furniture, its words mended where the printer broke them inside a line."""
    text = _FOOTER_INLINE.sub("\n", text)
    lines = [line for line in text.split("\n") if not _FURNITURE_LINE.fullmatch(line.strip())]
    return _SOFT_HYPHEN.sub("", "\n".join(lines)).strip()


def _read_item(item: _Item, ident: str) -> Dossier:
    dossier = Dossier(id=ident, publication=ident)
    heading = _HEADING.search(item.text) or _HEADING_TO_LINE_END.search(item.text)
    rest = item.text[heading.end() :] if heading else item.text
    if heading:
        _read_heading(dossier, heading[0])
    if not dossier.askers:
        dossier.doubts.append(NO_ASKERS)
    rest = _in_column_order(rest)
    block = _block(rest)
    asked, dossier.explanation = _explanation(rest[: block.start()] if block else rest)
    notes = _Notes([], [])
    pieces = _question_pieces(asked, dossier.doubts, notes.questions)
    for later in _HEADING.finditer(asked):  # a second set's heading under the item's number: its askers too
        other = Dossier(id=ident)
        _read_heading(other, later[0])
        dossier.askers += [p for p in other.askers if p.name not in {a.name for a in dossier.askers}]
    _read_rest(dossier, rest, block, item.last, pieces, notes)
    _keep_notes(dossier, notes)
    return dossier


def _read_rest(
    dossier: Dossier,
    text: str,
    block: re.Match[str] | None,
    last: bool,
    pieces: list[tuple[int, str]],
    notes: _Notes,
) -> None:
    """Under the questions: the answer block or Mededeling; without one, the questions only (and, on the page's
    last item, a doubt that the rest is on the next page)."""
    if block is not None:
        _read_blocks(dossier, text[block.start() :], block, last, pieces, notes)
        return
    dossier.questions = [Question(number, _flat(body)) for number, body in pieces]
    if last:
        dossier.doubts.append(PAGE_CONTINUES)


def _read_blocks(
    dossier: Dossier, text: str, block: re.Match[str], last: bool, pieces: list[tuple[int, str]], notes: _Notes
) -> None:
    """The answer block, or the Mededeling — and the answer that an item prints after its Mededeling."""
    if _kind(block) != "Mededeling":
        _read_block(dossier, "Antwoord", text, last, pieces, notes)
        return
    later = next((m for m in _BLOCK.finditer(text, block.end() - block.start()) if _kind(m) != "Mededeling"), None)
    if later is not None and _block(text[later.start() :]) is not None:
        _read_block(dossier, "Mededeling", text[: later.start()], False, pieces, notes)
        _read_block(dossier, "Antwoord", text[later.start() :], last, pieces, notes)
        return
    _read_block(dossier, "Mededeling", text, last, pieces, notes)


def _block(text: str) -> re.Match[str] | None:
    """Where the answer block or the Mededeling starts (a label OCR damaged only if it is like a label, or nearly
    so where the "(Ontvangen …)" of a heading follows it)."""
    for match in _BLOCK.finditer(text):
        word = match["damaged"]
        like = _likeness(word)[0] if word else 1.0
        if like >= _LIKE_ANSWER or (
            like >= _LIKE_CONFIRMED and _RECEIVED.search(text, match.end(), match.end() + _CONFIRMS) is not None
        ):
            return match
    return None


def _likeness(word: str) -> tuple[float, BlockKind]:
    """How like the label it is most like a damaged label is, and that label's block."""
    return max((difflib.SequenceMatcher(None, word.lower(), label).ratio(), kind) for label, kind in _LABELS.items())


def _kind(block: re.Match[str]) -> BlockKind:
    """The block a label opens: the answer, or a Mededeling ("Nadere mededeling", "Mededehng")."""
    if block["word"]:
        return "Mededeling" if block["word"].lower().endswith("mededeling") else "Antwoord"
    return _likeness(block["damaged"])[1]


def _in_column_order(text: str) -> str:
    """An item's lines (OCR's column pieces) in the order printed where OCR read the columns out of order: a piece
    that asks, found among the answers, goes back among the questions (after the one numbered lower, with the notes
    under it); a piece that stops inside a sentence goes before the piece that opens inside one (or that piece, if it
    asks nothing and stands among the questions, after it); the answers' pieces in the order of their numbers."""
    block = _block(text)
    if block is None:
        return text
    text = f"{text[: block.start()].rstrip(' ')}\n{text[block.start() :]}"  # the block's heading opens a piece
    lines = text.split("\n")
    heading = lines[text.count("\n", 0, block.start() + 1)]
    for rule in (_questions_back, _grouped_answers_back, _sentences_joined, _answers_in_order):
        lines = rule(lines, heading)
    return "\n".join(lines)


def _questions_back(lines: list[str], heading: str) -> list[str]:
    """Pieces that ask, printed among the answers, moved back among the questions with the notes under them."""
    at = lines.index(heading)
    index = at + 1
    while index < len(lines):
        if not _asking(lines[index]):
            index += 1
            continue
        stop = index + 1
        while stop < len(lines) and _is_note(lines[stop]):
            stop += 1
        moved, lines = lines[index:stop], lines[:index] + lines[stop:]
        place = _question_place(lines[:at], _sentence_marks(moved[0]))
        lines = lines[:place] + moved + lines[place:]
        at += len(moved)
        index = stop
    return lines


def _grouped_answers_back(lines: list[str], heading: str) -> list[str]:
    """Pieces that open with a grouped number ("2 en 3 Gezien …"), printed among the questions, moved among the
    answers: questions are never grouped."""
    at = lines.index(heading)
    grouped = [
        i for i, line in enumerate(lines[:at]) if (m := _MARK.match(line.strip())) and len(parse_numbers(m["nums"])) > 1
    ]
    if not grouped:
        return lines
    return [line for i, line in enumerate(lines) if i not in grouped] + [lines[i] for i in grouped]


def _question_place(asked: list[str], marks: list[int]) -> int:
    """Where a question piece goes among the question pieces: after the last numbered lower (else after the last that
    asks), past the pieces that go on with it."""
    notes = {i for i, line in enumerate(asked) if _is_note(line)}
    lower = [
        i
        for i, line in enumerate(asked)
        if marks and i not in notes and any(n < marks[0] for n in _sentence_marks(line))
    ]
    asking = [i for i, line in enumerate(asked) if _asking(line)]
    place = (lower or asking or [len(asked) - 1])[-1] + 1
    while place < len(asked) and _DANGLING.search(asked[place - 1]) and _CONTINUES.match(asked[place]):
        place += 1
    return place


def _sentences_joined(lines: list[str], heading: str) -> list[str]:
    """A piece that opens inside a sentence joined to the piece, further on, that stops inside one."""
    for _ in range(len(lines)):
        pair = _broken_pair(lines)
        if pair is None:
            break
        opens, stops = pair
        at = lines.index(heading)
        if opens < at < stops and not _asking(lines[opens]):  # an answer's piece OCR put among the questions
            end = opens + 1
            while end < at and not _asking(lines[end]) and not _NOTE_OPENS.match(lines[end].strip()):
                end += 1
            moved = lines[opens:end]
            lines = lines[:opens] + lines[end : stops + 1] + moved + lines[stops + 1 :]
        else:
            lines = [*lines[:opens], lines[stops], *lines[opens:stops], *lines[stops + 1 :]]
    return lines


def _broken_pair(lines: list[str]) -> tuple[int, int] | None:
    """The first piece that opens inside a sentence not ended before it, and the first later piece that stops inside
    one not going on after it."""
    for opens in range(1, len(lines)):
        if not _CONTINUES.match(lines[opens].strip()) or not _COMPLETE.search(lines[opens - 1].strip()):
            continue
        for stops in range(opens + 1, len(lines)):
            goes_on = stops + 1 < len(lines) and _CONTINUES.match(lines[stops + 1].strip())
            if _DANGLING.search(lines[stops].strip()) and not goes_on:
                return opens, stops
    return None


def _answers_in_order(lines: list[str], heading: str) -> list[str]:
    """The pieces from the answer block's heading on, in the order of the first number each prints (a piece without
    one goes with the piece before it; a note's "1" and a table's rows number nothing)."""
    at = lines.index(heading)
    keys: list[int] = []
    rows = _table_rows("\n".join(lines[at:]))
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[at:]), initial=0))
    for index, line in enumerate(lines[at:]):
        marks = _sentence_marks(line) if starts[index] not in rows else []
        mark = marks[0] if marks and (marks[0] > 1 or not index or not keys or max(keys) < 1) else None
        keys.append(mark if mark is not None else (keys[-1] if keys else 0))
    if keys == sorted(keys):
        return lines
    order = sorted(range(len(keys)), key=lambda i: keys[i])
    return lines[:at] + [lines[at + i] for i in order]


def _sentence_marks(line: str) -> list[int]:
    """The first numbers of the marks a piece prints at its start or after a sentence's end."""
    return [
        m_numbers[0]
        for m in _MARK.finditer(line)
        if (m_numbers := parse_numbers(m["nums"]))
        and m_numbers[0] <= MAX_TAIL_NUMBER
        and re.search(r"(?:^|[.?!:;»)}\]'’\"])[\d'’]*\s*$", line[: m.start()])
    ]


def _is_note(line: str) -> bool:
    """A piece that is a note under a text: it opens with the mark 1 (or a quote OCR made of it), cites, asks not."""
    return bool(_NOTE_OPENS.match(line.strip()) and _CITES.search(line)) and not _asking(line)


def _asking(line: str) -> bool:
    """A piece that asks: it ends by asking (or stops inside a sentence), and half its sentences or more ask."""
    flat = line.strip()
    if not flat or not (_ASKS_AT_END.search(flat) or _DANGLING.search(flat)):
        return False
    sentences = [part for part in _SENTENCE_END.split(flat) if part]
    asks = sum(bool(_ASKS_AT_END.search(part)) for part in sentences)
    return asks > 0 and 2 * asks >= len(sentences)


def _read_heading(dossier: Dossier, sentence: str) -> None:
    flat = re.sub(r"\s+", " ", sentence)
    flat = re.sub(r"\b(inzake|over):", r"\1", flat)  # "inzake: nadere vragen betreffende …"
    if (senate := _SENATE_OPENING.match(flat)) is not None:  # read as "Vragen van de leden X (P) en Y (P)"
        flat = "Vragen van de leden " + _SENATE_NEXT.sub(r"\1 ", flat[senate.end() :]).removeprefix("de leden ")
    flat = re.sub(r"\([Il1]n-?\s?ge-?\s?zon-?\s?den\s*", "(ingezonden ", flat)
    if "(ingezonden" in flat:
        before, after = flat.rsplit("(ingezonden", 1)
        after = _ocr_day(re.sub(r"[}\]](?=\.?\s*$)", ")", after), dossier.doubts)  # "(Ingezonden 10 januari 1992}"
        after = after if ")" in after else after.rstrip(" .") + ")"  # "(lngezon-den 23 februari 1987" at a line's end
        flat = f"{before}(ingezonden{_this_year(after, dossier)}"
    asked = find_asked(flat) or _askers_only(flat)
    if asked is None:
        return
    dossier.title, dossier.submitted = asked.title, asked.submitted
    dossier.askers = [  # "Van lersel. Van Amelsvoort en Gerritse": OCR read a comma as a full stop
        Person(name, person.party)
        for person in asked.askers
        for name in re.split(r"(?<=[a-z])\.\s+(?=[A-Z])", person.name)
        if re.search(r"[^\W\d_]{2}", name)  # not a letter OCR left between two names ("(V.V.D.) n en De Jong")
    ]
    if asked.submitted is None and "(ingezonden" in flat:
        dossier.doubts.append(doubt(OCR_DATE, printed=flat.rsplit("(ingezonden", 1)[1].strip(" ).")))


def _this_year(printed: str, dossier: Dossier) -> str:
    """ "28 april jl." as the date of that year of the session (September to December its first year, January to
    August its second), said in a doubt."""
    match = _THIS_YEAR.search(printed)
    session = re.search(r"-(\d{4})(\d{4})?-", dossier.id)  # a short session ("ah-tk-1981-171") is its one year
    if match is None or session is None:
        return printed
    month = next(i for i, name in enumerate(_MONTHS, 1) if match[2].lower().startswith(name))
    year = session[1] if month >= FIRST_MONTH or not session[2] else session[2]
    read = f"{match[1]} {match[2]} {year}"
    dossier.doubts.append(doubt(SESSION_YEAR, printed=match[0].strip(), head=read))
    return printed[: match.start()] + read + printed[match.end() :]


def _ocr_day(printed: str, doubts: list[str]) -> str:
    """A date's day as digits where OCR printed letters like them ("II oktober 1974"), said in a doubt."""
    mended = _OCR_DAY.sub(lambda m: m[0].translate(_LIKE_DIGITS), printed)
    if mended != printed:
        doubts.append(doubt(OCR_DAY, printed=printed, head=mended))
    return mended


def _askers_only(flat: str) -> Asked | None:
    """A heading sentence whose "over" OCR lost: the askers up to the last party in brackets, the rest the subject."""
    match = _ASKERS_ONLY.search(flat)
    if match is None:
        return None
    title = match["title"].strip(" .")
    return Asked(parse_people(match["askers"]), [], title, find_date(match["date"]))


def _explanation(text: str) -> tuple[str, str | None]:
    match = _EXPLANATION.search(text)
    if match is None:
        return text, None
    return text[: match.start()], re.sub(r"\s+", " ", text[match.end() :]).strip() or None


def _question_pieces(text: str, doubts: list[str], notes: list[str]) -> list[tuple[int, str]]:
    """The numbered questions as printed; an item that prints a second heading sentence (a reminder: "Waarom is
    deze vraag nog steeds niet beantwoord?") numbers its questions on after the first's."""
    pieces: list[tuple[int, str]] = []
    for part in _HEADING.split(text):
        more = _numbered(part, doubts, notes)
        pieces += [(number + len(pieces), body) for number, body in more]
    return pieces


def _numbered(text: str, doubts: list[str], notes: list[str], tail: bool = False) -> list[tuple[int, str]]:
    """The questions of one heading sentence; a number OCR lost found again where a question ends. On a page that
    opens inside an item (`tail`), the text before the first number is the end of the question before it."""
    text = _LABEL_TAIL.sub("", text)
    kept = _in_order(_marks(text), single=True, tail=tail, text=text)
    pieces: list[tuple[int, str]] = []
    first = kept[0][2][0] if kept else 2
    if tail and _flat(text[: kept[0][0]] if kept else text):
        number = first - 1 if kept else 0
        doubts.append(doubt(TAIL_ANSWER, previous=number, number=first) if number else TAIL_UNNUMBERED)
        pieces.append((number, text[: kept[0][0]] if kept else text))
    elif first > 1 and not tail:  # the first numbers were lost: the questions before the first number kept
        pieces += _split(text[: kept[0][0]] if kept else text, 1, first - 1, doubts, printed=False)
    for index, (_, end, numbers) in enumerate(kept):
        stop = kept[index + 1][0] if index + 1 < len(kept) else len(text)
        upto = kept[index + 1][2][0] - 1 if index + 1 < len(kept) else numbers[0] + _endings(text[end:stop])
        pieces += _split(text[end:stop], numbers[0], upto, doubts, printed=True)
    if pieces:  # footnotes under the last question: after its "?"
        number, last = pieces[-1]
        body, under = _without_notes(last, question=True)
        pieces[-1] = (number, body)
        notes.append(under)
    return [(number, body) for number, body in pieces if _flat(body)]


def _endings(text: str) -> int:
    """Questions after the last number printed: each ends by asking at a line's end, the next opens with a capital."""
    return sum(1 for m in _QUESTION_END.finditer(text) if re.match(r"[ \t]*[A-ZÀ-Ý«]", text[m.end() :]))


def _in_order(
    marks: list[tuple[int, int, tuple[int, ...]]], single: bool, tail: bool = False, text: str = ""
) -> list[tuple[int, int, tuple[int, ...]]]:
    """The marks that number items in order: each the next expected (after the last one kept, and not yet
    covered: "2 en 5" is followed by "3"), or a few further when OCR lost some. On a page that opens inside an
    item (`tail`) the first may be any number."""
    kept: list[tuple[int, int, tuple[int, ...]]] = []
    covered: set[int] = set()
    for start, end, numbers in marks:
        if not numbers or (single and len(numbers) > 1):
            continue
        after = kept[-1][2][0] if kept else 0
        expected = min(set(range(after + 1, max(covered, default=0) + 2)) - covered)
        if tail and not kept:  # at a line's start or a sentence's end: "3 December" in a sentence is no number
            if numbers[0] <= MAX_TAIL_NUMBER and re.search(r"(?:^|\n|[.?!»)'’\"][ \t]*)[ \t]*$", text[:start]):
                kept.append((start, end, numbers))
                covered.update(numbers)
            continue
        if _damaged_pair(kept, numbers):  # "2en4 …" then "4 …": OCR read "2 en 3" so; the later 4 is printed
            start_, end_, (first, second) = kept[-1]
            kept[-1] = (start_, end_, (first, second - 1))
            covered.discard(second)
            covered.add(second - 1)
        if expected <= numbers[0] <= expected + MAX_LOST and not covered.intersection(numbers):
            kept.append((start, end, numbers))
            covered.update(numbers)
    return kept


def _damaged_pair(kept: list[tuple[int, int, tuple[int, ...]]], numbers: tuple[int, ...]) -> bool:
    """A grouped number whose second half comes again next, alone ("2en4 …", then "4 …"): OCR damaged the pair."""
    if not kept or len(numbers) != 1 or len(kept[-1][2]) != 2:
        return False
    first, second = kept[-1][2]
    return second == numbers[0] and second - 1 > first


def _split(text: str, first: int, last: int, doubts: list[str], printed: bool) -> list[tuple[int, str]]:
    """`text` as questions first…last: where numbers were lost, split where a question ends at a line's end."""
    wanted = last - first + 1
    ends = _question_ends(text)
    lost = range(first + 1 if printed else first, last + 1)
    if len(ends) < wanted - 1:
        doubts.extend(doubt(SCAN_NUMBER_LOST, number=number) for number in lost)
        return [(first, text)]
    doubts.extend(doubt(SCAN_NUMBER_LOST, number=number) for number in lost)
    cuts = [0, *ends[: wanted - 1], len(text)]
    return [(first + index, text[cuts[index] : cuts[index + 1]]) for index in range(wanted)]


def _question_ends(text: str) -> list[int]:
    """Where questions end: asking at a line's end, the next line opening with a capital."""
    return [m.end() for m in _QUESTION_END.finditer(text) if re.match(r"[ \t]*[A-ZÀ-Ý«]", text[m.end() :])]


def _without_notes(text: str, question: bool) -> tuple[str, str]:
    """A last question or answer, and the footnotes printed under it (cut off as printed)."""
    if question and "?" in text:
        end = text.rindex("?") + 1
        tail = text[end:]
        if "\n" in tail and tail.strip():
            end += len(tail) - len(tail.lstrip("0123456789'’\"» \t"))
            return text[:end], text[end:]
    cut, rows = len(text), _table_rows(text)
    for pattern in (_NOTE_LINE, _SOURCE_LINE):  # not a table's rows ("14 PO-Oost", "7 Texel")
        match = next((m for m in pattern.finditer(text, 0, cut) if m.start() + 1 not in rows), None)
        if match and match.start() > 0:
            cut = match.start()
    return text[:cut], text[cut:]


BlockKind = Literal["Antwoord", "Mededeling"]  # what a block under the questions is: the answer, or a notice


def _read_block(
    dossier: Dossier, kind: BlockKind, text: str, last: bool, pieces: list[tuple[int, str]], notes: _Notes
) -> None:
    """One block under the questions. Its header names who answered and "(ontvangen …)" the day (read through OCR's
    slips: the era printed no addressee, so the answerers stand in); an answer's "zie ook …" goes to the notes. A
    Mededeling keeps the questions as printed and says what it tells (late, withdrawn, answered by letter); an
    answer block is read into its numbered answers ("Nader antwoord" marks a later one)."""
    received = _RECEIVED.search(text[:900])
    header = text[: received.end()] if received else text.split("\n", 1)[0]
    body = text[len(header) :]
    if kind == "Antwoord" and (see := _SEE_ALSO.match(body)):
        notes.see_also, body = _flat(see[0]).strip(" ,.()") + ".", body[see.end() :]
    printed = _flat((received["date"] if received["date"] is not None else received["bare"]) if received else "")
    named = header[: received.start()] if received else header
    named = _BLOCK.sub(lambda m: f"{_kind(m)} van ", named, count=1)
    answered = find_answered(f"{_flat(named)} (ontvangen {_ocr_day(printed, dossier.doubts)})")
    date = answered.received if answered else None
    if printed and date is None:
        dossier.doubts.append(doubt(OCR_DATE, printed=printed))
    if kind == "Mededeling":
        dossier.questions = [Question(number, _flat(piece)) for number, piece in pieces]
        flat = _flat(body)
        # the era's Mededeling says the answer is late, unless it says the questions were withdrawn or answered by
        # a letter
        notice = "withdrawn" if WITHDRAWN.search(flat) else "letter" if _BY_LETTER.search(flat) else "delay"
        dossier.notices.append(Notice(notice, date, flat))
        return
    dossier.answered, dossier.answered_by = date, answered.who if answered else []
    dossier.addressees = dossier.addressees or list(dossier.answered_by)  # the era printed no addressee
    later = re.search(r"\b(?:Nader|Aanvullend)\s+antwoord\s+van\b", header[:200]) is not None
    _answers(dossier, body, last, pieces, notes.answers, later=later)


def _answers(
    dossier: Dossier,
    text: str,
    last: bool,
    pieces: list[tuple[int, str]],
    notes: list[str],
    tail: bool = False,
    later: bool = False,
) -> None:
    """The answers, numbered in order; one unnumbered block answers every question. On a page that opens inside
    an item (`tail`), the text before the first number is the end of the answer before it. A later answer
    (`later`: "Nader antwoord") without numbers answers the questions it names. An answer whose number
    OCR lost is a paragraph of the answer before it: the one most like its question."""
    kept = _in_order(_marks(text), single=False, tail=tail, text=text)
    general = None
    if tail and (not kept or text[: kept[0][0]].strip(" \t\n.,;:")):
        number = kept[0][2][0] - 1 if kept else 0
        dossier.doubts.append(doubt(TAIL_ANSWER, previous=number, number=kept[0][2][0]) if number else TAIL_UNNUMBERED)
        kept.insert(0, (0, 0, (number,)))
    elif kept and _ROMAN.sub("", text[: kept[0][0]]).strip(" \t\n.,;:"):  # numbered answers open it (after "I")
        if _opens_numbered(text, kept):  # a general part before answers 1, 2, …: beside the first, unmarked ("*")
            general = Footnote("*", _flat(text[: kept[0][0]]))
            text = " " * kept[0][0] + text[kept[0][0] :]
        else:
            kept = []
    highest = max((n for _, _, numbers in kept for n in numbers), default=0)
    if pieces and 0 < pieces[-1][0] < highest:  # answers to questions whose numbers OCR lost at the end
        number, body = pieces.pop()
        pieces += _split(body, number, highest, dossier.doubts, printed=True)
    dossier.questions = [Question(number, _flat(body)) for number, body in pieces]
    if not kept:  # one answer: to every question, or to those a later answer names ("… (vraag 5)")
        named = _LATER_NAMES.search(text[:LATER_NAMES_WITHIN]) if later else None
        kept = [(0, 0, parse_numbers(named[1]) if named else tuple(q.number for q in dossier.questions) or (1,))]
    text, kept = _lift_notes(text, kept, notes)
    body, under = _without_notes(text[kept[-1][1] :], question=False)  # the footnotes under the last answer
    notes.append(under)
    text = text[: kept[-1][1] + len(body)]
    cut = last and not _ENDS_SENTENCE.search(body)
    if kept[-1][1] or len(kept) > 1:  # numbered answers: those whose numbers were lost
        kept = _lost_answers(dossier, text, kept, pieces[-1][0] if pieces and not cut else 0)
    for index, (_, end, numbers) in enumerate(kept):
        answer = Answer(list(numbers), _flat(text[end : kept[index + 1][0] if index + 1 < len(kept) else len(text)]))
        for number in numbers:
            question = dossier.question(number)
            if question is None:
                question = Question(number, "")
                dossier.questions.append(question)
            question.answer = answer
    dossier.questions.sort(key=lambda q: q.number)
    if general is not None and dossier.answers:
        dossier.answers[0].footnotes.append(general)
    answered = max(n for _, _, numbers in kept for n in numbers)
    for question in dossier.questions:
        if question.answer is None and 0 < question.number < answered:
            dossier.doubts.append(doubt(SCAN_ANSWER_MISSING, number=question.number))
    if cut or (last and answered < dossier.questions[-1].number):
        dossier.doubts.append(PAGE_CONTINUES)


Mark = tuple[int, int, tuple[int, ...]]  # where a number opens a text, where the text starts, the numbers


def _opens_numbered(text: str, kept: list[Mark]) -> bool:
    """Whether numbered answers follow a general part ("Algemeen …", "Het antwoord op de vragen 1, 4 en 5 berust
    …"): answer 1 and the next after it, the 1 at a line's start or after a sentence's end."""
    start, _, numbers = kept[0]
    return (
        len(kept) > 1
        and numbers[0] == 1
        and kept[1][2][0] == numbers[-1] + 1
        and re.search(r"(?:^|[.?!:;»)}\]'’\"])[\d'’]*\s*$", text[:start]) is not None
        and not _is_note(text[text.rfind("\n", 0, start) + 1 :].split("\n", 1)[0])  # "1 Zie aanhangsel … nr 408"
    )


def _lift_notes(text: str, kept: list[Mark], notes: list[str]) -> tuple[str, list[Mark]]:
    """Notes printed inside the answers ("1 Nedergelegd op de bibliotheek.", "… kwijtgescholden Nedergelegd op de
    Bibliotheek") lifted out of them into `notes` (not a line an answer's number opens); blanked, so that the places
    of the numbers stay. Numbers inside a note ("2 65 Staten, …") are none of the answers'."""
    opens = {start for start, _, _ in kept if not text[text.rfind("\n", 0, start) + 1 : start].strip()}
    for match in reversed([m for pattern in _LAID_DOWN for m in pattern.finditer(text)]):
        if match.start("note") in opens:
            continue
        notes.append("\n" + match["note"])
        text = text[: match.start("note")] + " " * len(match["note"]) + text[match.end("note") :]
        kept = [mark for mark in kept if not match.start("note") <= mark[0] < match.end("note")] or kept[:1]
    return text, kept


def _lost_answers(dossier: Dossier, text: str, kept: list[Mark], top: int) -> list[Mark]:
    """The answers whose numbers OCR lost between two it kept (or after the last, up to the last question `top`
    where the page shows the item's end): each a paragraph of the answer before, the one most like its question,
    said in a doubt. Where there are more paragraphs than lost numbers, only paragraphs that share words with their
    question."""
    covered = {n for _, _, numbers in kept for n in numbers}
    found: list[Mark] = []
    for index, (_, end, numbers) in enumerate(kept):
        following = kept[index + 1][2][0] if index + 1 < len(kept) else top + 1
        lost = [n for n in range(max(numbers) + 1, following) if n not in covered]
        if not lost or lost != list(range(lost[0], lost[-1] + 1)):
            continue
        stop = kept[index + 1][0] if index + 1 < len(kept) else len(text)
        breaks = [m for m in _BREAK.finditer(text, end, stop) if text[m.end() : stop].strip()]
        strict = len(breaks) > len(lost)
        chosen = _likeliest(dossier, text, [numbers[-1], *lost], end, stop, breaks, strict, index + 1 == len(kept))
        for number, match in zip(lost, chosen, strict=False):  # none chosen: the answers stay as printed
            found.append((match.start(), match.end(), (number,)))
            head = _flat(text[match.end() : match.end() + 80])
            dossier.doubts.append(doubt(ANSWER_NUMBER_LOST, number=number, head=" ".join(head.split()[:8])))
    return sorted([*kept, *found])


def _likeliest(
    dossier: Dossier,
    text: str,
    numbers: list[int],
    start: int,
    stop: int,
    breaks: list[re.Match[str]],
    strict: bool,
    after_last: bool,
) -> list[re.Match[str]]:
    """The paragraph breaks that split text[start:stop] into the answers to these questions, each part most like
    its question (shared words); none when there are too few breaks, or (`strict`) a part is like nothing. After
    the last number printed (`after_last`: no number says an answer follows) a part must be more like its own
    question than like the one before."""
    wanted = len(numbers) - 1
    if len(breaks) < wanted or len(breaks) > MAX_BREAKS:
        return []
    asked = [_words((dossier.question(n) or Question(n, "")).text) for n in numbers]
    best: tuple[float, tuple[re.Match[str], ...]] = (-1.0, ())
    for choice in itertools.combinations(breaks, wanted):
        cuts = [start, *(m.end() for m in choice), stop]
        shared = [len(asked[i] & _words(text[cuts[i] : cuts[i + 1]])) for i in range(len(numbers))]
        if strict and not all(shared[1:]):
            continue
        if after_last and any(
            shared[i] < len(asked[i - 1] & _words(text[cuts[i] : cuts[i + 1]])) for i in range(1, len(numbers))
        ):
            continue
        score = sum(shared) + sum(1 for m in choice if m["number"]) * 2  # a damaged number left at the line start
        best = max(best, (score, choice), key=lambda pair: pair[0])
    return list(best[1])


def _words(text: str) -> set[str]:
    """The words that say what a text is about, by their first letters ("functies" and "functie" alike)."""
    return {w[:WORD_STEM] for w in re.findall(r"[a-zà-ÿ]{6,}", text.lower()) if w not in _COMMON}


def _keep_notes(dossier: Dossier, notes: _Notes) -> None:
    """The footnotes under the questions go to the questions that mark them, those under the answers to the
    answers (a note whose mark OCR lost to the last one it was printed under, with a doubt); the "zie ook" line to
    the first answer, unmarked ("*"), so that the set it names is a reference of this one."""
    questions = [q for q in dossier.questions if q.text]
    answers = dossier.answers
    for owners, tails in ((questions, notes.questions), (answers, notes.answers)):
        for note in (note for tail in tails for note in _footnotes(tail)):
            _attach(note, owners, dossier.doubts)
    if notes.see_also and answers:
        answers[0].footnotes.append(Footnote("*", notes.see_also))


def _footnotes(tail: str) -> list[Footnote]:
    """Footnotes as printed under a text: "1 De Telegraaf, 27 mei 1994. 2 Antwoorden op …", "' Kamerstuk 18321,
    nr. 35." (OCR read the mark 1 as a quote), or one note whose mark was lost ("Zie The Star van 2 juni jl")."""
    flat = _flat(tail)
    if flat.startswith("*"):  # the printer's note on the page ("* Herdruk in verband met aanvulling antwoord.")
        return [Footnote("*", flat[1:].strip())]
    marks: list[tuple[int, int, int]] = []  # (start, end, number) of the marks in order 1, 2, …
    for match in _NOTE_MARK.finditer(flat):
        number = 1 if match["mark"] in "'’" else int(match["mark"])
        if number == (marks[-1][2] + 1 if marks else 1):
            marks.append((match.start(), match.end(), number))
    notes = [Footnote("1", flat[: marks[0][0] if marks else len(flat)].strip())]  # before the first mark: lost
    if marks and not notes[0].text:
        notes = []
    for index, (_, end, number) in enumerate(marks):
        stop = marks[index + 1][0] if index + 1 < len(marks) else len(flat)
        notes.append(Footnote(str(number + (1 if notes and index == 0 else 0)), flat[end:stop].strip()))
    return [note for note in notes if re.search(r"[^\W\d_]{2}", note.text)]


def _attach(note: Footnote, owners: Sequence[Question | Answer], doubts: list[str]) -> None:
    """The note on each text that marks it (its mark made the model's superscript), else on the last one."""
    if not owners:
        return
    if not note.mark.isdigit():  # the printer's own note ("* Herdruk …"): under the last text, as printed
        owners[-1].footnotes.append(note)
        return
    for pattern in (_digit_mark(note.mark), *([_QUOTE_MARK] if note.mark == "1" else [])):
        marked = [owner for owner in owners if _marked(pattern, owner)]
        for owner in marked:
            owner.footnotes.append(note)
        if marked:
            return
    owners[-1].footnotes.append(note)
    doubts.append(doubt(FOOTNOTE_UNMARKED, mark=note.mark, head=_shorten(note.text)))


def _marked(pattern: re.Pattern[str], owner: Question | Answer) -> bool:
    """Whether OCR kept the mark in the text (a quote only where it closes no quote opened before it): it is made
    the model's superscript there."""
    found = False

    def mark(match: re.Match[str]) -> str:
        nonlocal found
        before = owner.text[: match.start()]
        if match[0] in "'’" and len(_OPENS.findall(before)) > len(_CLOSES.findall(before)):
            return match[0]
        found = True
        return "¹" if match[0] in "'’" else superscript(match[0])

    owner.text = pattern.sub(mark, owner.text)
    return found


def _digit_mark(mark: str) -> re.Pattern[str]:
    """A footnote mark as OCR kept it: its digits glued to a word's end ("berichten1 over", "Kamer1?", "(ALI)?1")."""
    return re.compile(rf"{_GLUED}{mark}(?!\w)")


def _flat(text: str) -> str:
    """Paragraphs joined: a scanned column breaks lines anywhere."""
    return re.sub(r"\s+", " ", text).strip()


def _shorten(text: str) -> str:
    flat = _flat(text)
    return flat[:60]
