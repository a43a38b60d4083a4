"""Question and answer headings, and the number expressions they carry ("2 en 3", "4 t/m 6", "4-6")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kqreader.parsing.markdown import plain

_NUM = r"\d{1,3}"  # a numbered list's item ("12. Hoe …"): a line opening with a year is no question
_HEADING_NUM = r"\d{1,4}"  # after "Vraag"/"Antwoord" every printed number counts, 1000 and up included
# Between numbers: a comma, "en", a range word, or only a space where a comma was lost ("9 10", not "1 2019").
_SEP = r"\s*(?:,\s*(?:en\s+)?|\ben\b|&|t/m|t\.m\.|tot\s+en\s+met|-|–|—|(?<=\d)\s(?=\s*\d{1,3}\b))\s*"
NUMBERS = rf"{_HEADING_NUM}(?:{_SEP}{_HEADING_NUM})*"
_TOKEN = re.compile(rf"({_HEADING_NUM})|({_SEP})")
_RANGE_WORD = re.compile(r"t/m|t\.m\.|tot\s+en\s+met|-|–|—")

# After a heading's numbers: nothing, ": text", or the text itself on the same line ("Vraag 1<tab>Kent u …").
_SAME_LINE = r"(?:\s*(?::\s*(?P<rest>.*))?|\s+(?P<text>[A-Z«“‘\"'(].*))$"
_QUESTION = re.compile(rf"^(?:Vra(?:ag|gen)|VRA(?:AG|GEN))\s+(?P<nums>{NUMBERS}){_SAME_LINE}")
_ANSWER = re.compile(
    rf"^(?:Antwoord|ANTWOORD)(?:en|EN)?(?:\s+op)?(?:\s+(?:de\s+)?vra(?:ag|gen))?"
    rf"(?:\s+(?P<nums>{NUMBERS}){_SAME_LINE}|\s*(?::\s*(?P<bare>.*))?$)"  # text on the line only after numbers
)
_ANSWERS_NUMBERED = re.compile(r"^Antwoorden\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?\d")
_NUMBERED = re.compile(rf"^(?P<num>{_NUM})(?:\s*[.)]\s+|\s+(?=[A-Z«“‘\"'(]))(?P<rest>\S.*)$")  # "1. …", "1<tab>Kent …"
_BARE_NUMBER = re.compile(rf"^(?P<num>{_NUM})\s*[.)]?$")
_EXPLANATION = re.compile(r"^Toelichting\s*:?\s*(?P<rest>.*)$")
_NOTICE = re.compile(r"^Mededeling\s*:?$")  # "the questions were answered by a letter", after the questions

# The words a heading line starts with: the one list the document's pre-filter and `heading_of` both use.
HEADING_WORDS = (
    "Vraag", "Vragen", "VRAAG", "VRAGEN", "Antwoord", "Antwoorden", "ANTWOORD", "Toelichting", "Mededeling",
)  # fmt: skip
_FIRST_LETTERS = frozenset(word[0] for word in HEADING_WORDS)
MAX_RANGE = 60  # "4-6" is a range; "2019-2023" in a heading is not a question range


@dataclass(frozen=True)
class Heading:
    """A heading line: kind q (question), a (answer), x (explanation) or n (notice); numbers may be empty."""

    kind: str
    numbers: tuple[int, ...]
    rest: str = ""


def parse_numbers(expression: str) -> tuple[int, ...]:
    """All numbers a heading names, ranges expanded, sorted, without repeats."""
    numbers: list[int] = []
    pending_range = False
    for number, separator in _TOKEN.findall(expression):
        if separator:
            pending_range = bool(_RANGE_WORD.fullmatch(separator.strip()))
            continue
        value = int(number)
        if pending_range and numbers and numbers[-1] < value <= numbers[-1] + MAX_RANGE:
            numbers.extend(range(numbers[-1] + 1, value + 1))
        else:
            numbers.append(value)
        pending_range = False
    return tuple(sorted(set(numbers)))


def match_heading(line: str, numbered_lists: bool = False) -> Heading | None:
    """The heading this line is, if any; numbered-list items count only where `numbered_lists`."""
    return heading_of(plain(line), numbered_lists)


def heading_of(text: str, numbered_lists: bool = False) -> Heading | None:
    """The heading a line's plain text is, if any."""
    if len(text) > 2000 or not text or not (text[0] in _FIRST_LETTERS or (numbered_lists and text[0].isdigit())):
        return None
    match = _QUESTION.match(text)
    if match:
        return Heading("q", parse_numbers(match["nums"]), (match["rest"] or match["text"] or "").strip())
    if text.startswith("Antwoorden") and not _ANSWERS_NUMBERED.match(text):
        return None  # "Antwoorden van de Minister …" is an annex title; "Antwoorden op vraag 3, 4 en 9" a heading
    match = _ANSWER.match(text)
    if match:
        nums = parse_numbers(match["nums"]) if match["nums"] else ()
        return Heading("a", nums, (match["rest"] or match["text"] or match["bare"] or "").strip())
    match = _EXPLANATION.match(text)
    if match and (re.match(r"^Toelichting\s*:", text) or text == "Toelichting"):
        return Heading("x", (), match["rest"].strip())
    if _NOTICE.match(text):
        return Heading("n", ())
    return numbered_heading(text) if numbered_lists else None


def numbered_heading(text: str) -> Heading | None:
    """A numbered-list item ("1. …", "2) …") or a bare number line, as a question heading."""
    if text[:1].isdigit():
        match = _NUMBERED.match(text) or _BARE_NUMBER.match(text)
        if match:
            return Heading("q", (int(match["num"]),), (match.groupdict().get("rest") or "").strip())
    return None
