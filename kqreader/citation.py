"""Citations of a dossier, or of one question and its answer, in the forms Dutch writers use.

`nl`: "Aanhangsel Handelingen II 2023/24, nr. 387" for a published answer, else the heading sentence with
the zaaknummer and the answer's date and reference. `markdown` links that to the official page, `bibtex`
is an @misc entry with a stable key, `quote` gives the question and answer text before the `nl` form.
Built from document text that was cleaned of control characters when it was loaded.
"""

from __future__ import annotations

import re

from kqreader.dates import dutch
from kqreader.model import Dossier, Person, Question

STYLES = ("nl", "markdown", "bibtex", "quote")
OFFICIAL = "https://zoek.officielebekendmakingen.nl/"
_PUBLICATION = re.compile(r"^ah-tk-(\d{4})(\d{4})-(\d+)$")


class CitationError(Exception):
    """The citation asked for cannot be made (no such question)."""


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def questions_phrase(numbers: list[int]) -> str:
    """"vraag 1", "vragen 2 en 3", "vragen 1, 2 en 5"."""
    return f"vra{'gen' if len(numbers) > 1 else 'ag'} {_joined([str(n) for n in numbers])}"


def _person(person: Person) -> str:
    return f"{person.name} ({person.party})" if person.party else person.name


def publication(dossier: Dossier) -> str | None:
    """The Aanhangsel id ("ah-tk-20232024-387") when the answer was published there."""
    if dossier.publication:
        return dossier.publication
    return dossier.id if _PUBLICATION.match(dossier.id) else None


def official_url(dossier: Dossier) -> str:
    """The dossier's page on officielebekendmakingen.nl."""
    published = publication(dossier)
    return OFFICIAL + (published if published else f"kv-tk-{dossier.id}")


def _aanhangsel(published: str) -> str:
    match = _PUBLICATION.match(published)
    assert match is not None
    return f"Aanhangsel Handelingen II {match[1]}/{match[2][2:]}, nr. {match[3]}"


def _heading_sentence(dossier: Dossier) -> str:
    askers = dossier.askers
    who = ("het lid " if len(askers) == 1 else "de leden ") + _joined([_person(p) for p in askers]) if askers else ""
    sentence = f"Vragen van {who}".rstrip()
    if dossier.addressees:
        sentence += " aan " + _joined([f"de {a}" for a in dossier.addressees])
    if dossier.title:
        sentence += f" over {dossier.title}"
    if dossier.submitted:
        sentence += f" (ingezonden {dutch(dossier.submitted)})"
    sentence += f", {dossier.id}"
    if dossier.answered:
        sentence += f"; antwoord van {dutch(dossier.answered)}"
        if dossier.reference:
            sentence += f" (kenmerk {dossier.reference})"
    return sentence


def _question_part(question: Question) -> str:
    part = f"vraag {question.number}"
    if question.answer is not None:
        covers = question.answer.covers
        part += f", antwoord op {questions_phrase(covers)}"
    return part


def find_question(dossier: Dossier, number: int | None) -> Question | None:
    """The question asked for; CitationError when the dossier has no such number."""
    if number is None:
        return None
    question = dossier.question(number)
    if question is None:
        have = ", ".join(str(q.number) for q in dossier.questions) or "none"
        raise CitationError(f"{dossier.id} has no question {number} (its questions: {have})")
    return question


def nl(dossier: Dossier, number: int | None = None) -> str:
    """The Dutch citation; with a number, of that question and the answer that covers it."""
    published = publication(dossier)
    text = _aanhangsel(published) if published else _heading_sentence(dossier)
    question = find_question(dossier, number)
    return f"{text}, {_question_part(question)}" if question else text


def markdown(dossier: Dossier, number: int | None = None) -> str:
    """The `nl` citation as a Markdown link to the official page."""
    label = re.sub(r"([\\`*_\[\]<>])", r"\\\1", nl(dossier, number))
    return f"[{label}]({official_url(dossier)})"


def _bibtex_escape(text: str) -> str:
    """Characters special to BibTeX escaped; those with no plain escape dropped."""
    return re.sub(r"([{}%&#$_])", r"\\\1", re.sub(r"[\\^~]", "", text))


def bibtex_key(dossier: Dossier, number: int | None = None) -> str:
    """A key that stays the same for the same dossier and question: kq-2019z12806-q2."""
    key = "kq-" + re.sub(r"[^a-z0-9]+", "-", dossier.id.casefold()).strip("-")
    return f"{key}-q{number}" if number is not None else key


def bibtex(dossier: Dossier, number: int | None = None) -> str:
    """An @misc entry."""
    year = (dossier.answered or dossier.submitted).year if (dossier.answered or dossier.submitted) else None
    fields = [
        ("author", " and ".join(p.name for p in dossier.askers)),
        ("title", f"Vragen over {dossier.title}" if dossier.title else f"Kamervragen {dossier.id}"),
        ("howpublished", nl(dossier, number)),
        ("year", str(year) if year else ""),
        ("url", official_url(dossier)),
    ]
    body = ",\n".join(f"  {name} = {{{_bibtex_escape(value)}}}" for name, value in fields if value)
    return f"@misc{{{bibtex_key(dossier, number)},\n{body}\n}}"


def quote(dossier: Dossier, number: int | None = None) -> str:
    """The question and its answer as text, then the `nl` citation (question 1 when none is named)."""
    question = find_question(dossier, number) or (dossier.questions[0] if dossier.questions else None)
    if question is None:
        return nl(dossier)
    lines = [f"Vraag {question.number}: {question.text}"]
    answer = question.answer
    if answer is not None:
        covers = answer.covers
        lines.append(f"Antwoord op {questions_phrase(covers)}: {answer.text}")
    lines.append(f"({nl(dossier, question.number)})")
    return "\n\n".join(lines)


def cite(dossier: Dossier, style: str = "nl", number: int | None = None) -> str:
    """A citation in one of STYLES."""
    return {"nl": nl, "markdown": markdown, "bibtex": bibtex, "quote": quote}[style](dossier, number)
