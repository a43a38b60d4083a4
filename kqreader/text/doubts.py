"""The parser's doubts: written from the templates here, kept as English sentences, shown in the reader's language.

A store holds the same sentences whatever language imported it (and the ones stores already hold stay readable);
`shown` reads a sentence back with the template that wrote it and writes it again from the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kqreader.i18n import N_, _, joined, ngettext, number, questions

STOPS_MID_SENTENCE = N_("{item} stops mid-sentence at a page break («…{tail}»); text may be missing there.")
MISSING_BETWEEN = N_("{item}: text may be missing at a page break between «…{tail}» and «{head}…».")
MISSING_BEFORE = N_("{item}: text may be missing at a page break before «{head}…».")
LOST_HEADING = N_(
    "question {number}: its heading and first words were lost at a page break; the text «{head}…» after the break "
    "is taken as question {number}."
)
NOT_APART = N_("{item} are printed under one heading and could not be told apart; each holds the whole text.")
PRINTED_TWICE = N_("question {number} is printed {times} times; each is kept.")
NUMBERS_JUMP = N_("question numbers go from {previous} to {number}; the printed numbers are kept.")
ANSWER_UNNUMBERED = N_("an answer without a number follows no open question; it is taken as answer {number}.")
ANSWERED_TWICE = N_("question {number} is answered more than once; the later answer is kept.")
FOOTNOTE_UNMARKED = N_("footnote {mark} is marked in no question or answer: «{head}…».")
NO_ASKERS = N_("no 'Vragen van …' sentence: askers, addressees and date are unknown.")
UNNUMBERED = N_("the {count} questions carry no numbers (lost in the text?); numbered in order.")
INVALID_DATE = N_("«{printed}» is not a valid date: it is left out.")
NOT_UTF8 = N_("{count} character(s) of the file were not valid UTF-8 and show as �.")
NO_DATE_LINE = N_("the letter has no 'Datum' line: the date of the answer is unknown.")
TEXT_MISSING = N_("question {number}: its text is in none of the documents.")
LISTED_DATE = N_("the open data gives the submission date {listed}, the documents {printed}: theirs is kept.")
LISTED_ASKERS = N_("the open data names the askers {listed}, the documents {printed}: theirs are kept.")
NO_NUMBER = N_(
    "the letter prints no zaaknummer or number of the set: it joins the question set with the same askers, date "
    "and subject, or stands alone as {id}."
)
PAGE_UNREADABLE = N_("page {number} of the PDF could not be read (damaged): its text is missing.")
PAGE_WITHOUT_TEXT = N_("page {number} of the PDF holds no text (damaged, or a picture?): its text is missing.")
SCAN_NUMBER_LOST = N_(
    "question {number}: its number was lost in the scan; it is taken from where the question before ends."
)
ANSWER_NUMBER_LOST = N_(
    "answer {number}: its number was lost in the scan; it is taken to be the paragraph «{head}…», the one most like "
    "question {number}."
)
SCAN_ANSWER_MISSING = N_(
    "question {number}: no answer numbered so is printed on the page (its number lost in the scan?)."
)
PAGE_CONTINUES = N_("the page ends inside this item: the rest is on the next page.")
PAGE_OPENS_INSIDE = N_("the page opens inside an item of the page before («{head}…»): that text is not read.")
PAGE_TAIL = N_(
    "the page opens inside an item whose number and heading are on the page before: what this page prints of it is "
    "kept here, under a name of kqreader's own ({id}); its askers, subject and dates are unknown."
)
TAIL_ANSWER = N_(
    "the page opens inside answer {previous} (its start is on the page before): it is taken as such, "
    "as the answer printed before answer {number}."
)
TAIL_UNNUMBERED = N_(
    "the page opens inside a question or answer whose number is on the page before: its end is kept as number 0."
)
SESSION_YEAR = N_("the date «{printed}» is read as «{head}»: «jl.» is taken as that year of the session.")
OCR_DAY = N_("the date «{printed}» is read as «{head}»: the scan printed letters like digits.")
OCR_DATE = N_("the date «{printed}» is unreadable in the scan: it is left out.")
OCR_NAME = N_("the asker «{printed}» is read as «{head}»: the scan printed an l for the capital I.")
OCR_NAME_DAMAGED = N_("the asker's name «{printed}» looks damaged in the scan: it is kept as printed.")
THEIR_NUMBER = N_(
    "the letter prints no zaaknummer: it is kept under {id}, the number of the Kamer's letter it answers, which is "
    "no number of the question set and has no official page; it joins the set with the same askers, date and subject."
)
LONG_HEADING = N_(
    "the 'Vragen van …' sentence is {count} characters long: askers and date are read from its start and end, "
    "its subject is cut."
)
HEADING_IRREGULAR = N_(
    "the 'Vragen van …' sentence is irregular («{head}…»): askers, addressees, subject and date are read as far as it "
    "goes."
)
HEADING_UNREAD = N_(
    "the sentence before the questions («{head}…») could not be read as a 'Vragen van …' sentence: askers, "
    "addressees and subject are unknown."
)
NOT_A_MINISTRY = N_(
    "«{printed}» is not read as a ministry (it is none of the ministries since 1965): the statistics do not count the "
    "set under it."
)
TEMPLATES = (
    STOPS_MID_SENTENCE, MISSING_BETWEEN, MISSING_BEFORE, LOST_HEADING, NOT_APART, PRINTED_TWICE, NUMBERS_JUMP,
    ANSWER_UNNUMBERED, ANSWERED_TWICE, FOOTNOTE_UNMARKED, NO_ASKERS, UNNUMBERED, INVALID_DATE, NOT_UTF8,
    NO_DATE_LINE, TEXT_MISSING, NO_NUMBER, LISTED_DATE, LISTED_ASKERS, SCAN_NUMBER_LOST, ANSWER_NUMBER_LOST,
    SCAN_ANSWER_MISSING,
    PAGE_CONTINUES, PAGE_OPENS_INSIDE, PAGE_TAIL, TAIL_ANSWER, TAIL_UNNUMBERED, OCR_DATE, OCR_DAY, SESSION_YEAR,
    THEIR_NUMBER, OCR_NAME, OCR_NAME_DAMAGED,
    PAGE_UNREADABLE, PAGE_WITHOUT_TEXT, LONG_HEADING,
    HEADING_IRREGULAR, HEADING_UNREAD, NOT_A_MINISTRY,
)  # fmt: skip

# The doubts that say text of a file was lost in reading — a page that could not be read or holds no text, a
# question's heading and first words lost at a page break — so the import counts and names the file and exits 1.
# Not the doubts that say text *may* be missing (at a page break: 11 of the 48 real documents in
# ../shared/corpus/real say so, mostly of a word hyphenated across pages), nor numbers that jump (printed so).
# Measured: 1 of those 48 files (ah-tk-20232024-302, a heading lost), none of the 12 samples.
READ_IN_PART = (PAGE_UNREADABLE, PAGE_WITHOUT_TEXT, LOST_HEADING)

# What a doubt is about ({item}): a part of the document
EXPLANATION, NOTICE = N_("the explanation"), N_("the notice")
UNNUMBERED_ITEMS = {"q": N_("an unnumbered question"), "a": N_("an unnumbered answer")}
NUMBERED_ITEMS = {"q": "question {numbers}", "a": "answer {numbers}"}  # as kept; shown by `_item_shown`


def doubt(template: str, **values: object) -> str:
    """The sentence kept in the store (English: `shown` translates it)."""
    return template.format(**values)


def item(kind: str, numbers: Sequence[int]) -> str:
    """ "question 3", "answer 2 and 3", "the explanation", "an unnumbered answer" (kind: q, a, x or n)."""
    if kind == "x":
        return EXPLANATION
    if kind == "n":
        return NOTICE
    if not numbers:
        return UNNUMBERED_ITEMS[kind]
    names = [str(n) for n in numbers]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return NUMBERED_ITEMS[kind].format(numbers=joined)


_NUMBERS = r"[0-9]+(?:, [0-9]+)*(?: and [0-9]+)?"
_VALUE = {  # what each placeholder can hold, so that a sentence is read back one way only
    "item": "|".join([re.escape(EXPLANATION), re.escape(NOTICE), *map(re.escape, UNNUMBERED_ITEMS.values()),
                      *(re.escape(t).replace(r"\{numbers\}", _NUMBERS) for t in NUMBERED_ITEMS.values())]),
    "number": "[0-9]+", "previous": "[0-9]+", "id": r"\S+", "times": "[0-9][0-9,]*", "count": "[0-9][0-9,]*",
    "mark": r"\S+", "head": ".*?", "printed": ".*?",
}  # fmt: skip
COUNTS = {"times", "count"}  # placeholders that hold a count (written with thousands separators)
_PLACEHOLDER = re.compile(r"\\\{(\w+)\\\}")


@cache
def _reader(template: str) -> re.Pattern[str]:
    """A pattern that reads a sentence written from `template` (after an optional "file name: ")."""
    seen: set[str] = set()

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in seen:
            return f"(?P={name})"
        seen.add(name)
        return f"(?P<{name}>{_VALUE.get(name, '.*?')})"

    return re.compile(r"(?:(?P<_file>.+?): )??" + _PLACEHOLDER.sub(value, re.escape(template)) + r"\Z", re.DOTALL)


def read_in_part(doubts: Sequence[str]) -> str | None:
    """The first of a file's doubts that says it was read only in part (READ_IN_PART), if any."""
    return next((sentence for sentence in doubts if any(written_from(t, sentence) for t in READ_IN_PART)), None)


def written_from(template: str, sentence: str) -> bool:
    """Whether `sentence` (a doubt kept in the store) was written from `template`."""
    return _reader(template).match(sentence) is not None


def _item_shown(text: str) -> str:
    for kept in (EXPLANATION, NOTICE, *UNNUMBERED_ITEMS.values()):
        if text == kept:
            return _(kept)
    numbers = [int(n) for n in re.findall("[0-9]+", text)]
    if text.startswith(NUMBERED_ITEMS["q"].removesuffix("{numbers}")):
        return questions(numbers)
    if text.startswith(NUMBERED_ITEMS["a"].removesuffix("{numbers}")):
        said = ngettext("the answer to question {numbers}", "the answer to questions {numbers}", len(numbers))
        return said.format(numbers=joined([str(n) for n in numbers]))
    return text


def shown(sentence: str, *, with_file: bool = True) -> str:
    """A doubt kept in the store, in the language spoken (a sentence no template wrote stays as it is); without
    the file name it starts with when the line names the file already."""
    for template in TEMPLATES:
        match = _reader(template).match(sentence)
        if match is None:
            continue
        values = {name: text for name, text in match.groupdict().items() if name != "_file"}
        if "item" in values:
            values["item"] = _item_shown(values["item"])
        for name in COUNTS.intersection(values):  # kept as English writes them ("3,000"): shown as spoken
            values[name] = number(int(values[name].replace(",", "")))
        text = _(template).format(**values)
        return f"{match['_file']}: {text}" if match["_file"] and with_file else text
    return sentence
