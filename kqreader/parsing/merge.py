"""Combine the dossiers parsed from separate documents of one question set into one.

Each document is parsed on its own into a partial dossier; `combine` makes the whole. The
questions document's wording wins over an answer letter's restatement; answers come from
the answering documents; notices, sources and doubts are kept from all.
"""

from __future__ import annotations

from dataclasses import replace

from kqreader.model import Dossier, Person, Question
from kqreader.text.doubts import LISTED_ASKERS, LISTED_DATE, TEXT_MISSING, doubt

# Which document is believed first, per kind of fact. A later answer ("further": a nader antwoord) is believed last:
# it completes the first answer, it does not replace it.
_ASKING = ("questions", "aanhangsel", "answers", "notice", "further", "opendata")
_ANSWERING = ("answers", "aanhangsel", "questions", "notice", "further", "opendata")
# The open data's listing of the set is believed after every document: its facts fill what they do not print.


def _kind(part: Dossier) -> str:
    return part.sources[0].kind if part.sources else "questions"


def _ordered(parts: list[Dossier], priority: tuple[str, ...]) -> list[Dossier]:
    return sorted(parts, key=lambda p: (priority.index(_kind(p)), p.sources[0].path if p.sources else ""))


def combine(parts: list[Dossier]) -> Dossier:
    """One dossier from the partial dossiers of one id (in any order)."""
    if not parts:
        raise ValueError("combine needs at least one part")
    asking = _ordered(parts, _ASKING)
    answering = _ordered(parts, _ANSWERING)
    whole = Dossier(id=parts[0].id)
    for field_name in ("title", "askers", "addressees", "submitted", "explanation", "oral", "heading"):
        setattr(whole, field_name, _first(asking, field_name))
    for field_name in ("answered", "answered_by", "signatories", "reference", "continued"):
        setattr(whole, field_name, _first(answering, field_name))
    # The set's publication is where its questions or answer are printed: a notice's own Aanhangsel number ("AH 600")
    # is not, and would make a modern set that awaits its answer look like a page read without it.
    whole.publication = _first([p for p in answering if _kind(p) != "notice"], "publication")
    whole.questions = _questions(asking, answering)
    _add_later_answers(whole, [p for p in answering if _kind(p) == "further"])
    whole.notices = _unique(n for p in answering for n in p.notices)
    whole.sources = sorted(_unique(s for p in parts for s in p.sources), key=lambda s: (s.path, s.kind))
    # A part's own "text is in none of the documents" doubts are worked out again for the whole.
    whole.doubts = _unique(d for p in asking for d in p.doubts if d not in missing_text_doubts(p))
    whole.doubts += missing_text_doubts(whole) + _listing_disagrees(whole, parts)
    return whole


def _listing_disagrees(whole: Dossier, parts: list[Dossier]) -> list[str]:
    """Where the open data's listing and the documents disagree (the documents' facts are kept): a doubt each."""
    listed = next((p for p in parts if _kind(p) == "opendata"), None)
    printed = [p for p in parts if _kind(p) != "opendata"]
    if listed is None or not printed:
        return []
    found = []
    dated = _first(printed, "submitted")
    if listed.submitted and dated and listed.submitted != dated:
        found.append(doubt(LISTED_DATE, listed=listed.submitted.isoformat(), printed=dated.isoformat()))
    named = _first(printed, "askers")
    if listed.askers and named and _surnames(listed.askers) != _surnames(named):
        found.append(doubt(LISTED_ASKERS, listed=_names(listed.askers), printed=_names(named)))
    return found


def _surnames(people: list[Person]) -> list[str]:
    return sorted(person.name.split()[-1].casefold() for person in people if person.name.split())


def _names(people: list[Person]) -> str:
    return ", ".join(person.name for person in people)


def missing_text_doubts(dossier: Dossier) -> list[str]:
    """A doubt for every question whose text no document gave."""
    return [doubt(TEXT_MISSING, number=q.number) for q in dossier.questions if not q.text]


def _first(parts: list[Dossier], field_name: str):
    for part in parts:
        value = getattr(part, field_name)
        if value:
            return value
    return getattr(Dossier(id=""), field_name)


def _unique(items) -> list:
    result: list = []
    for item in items:
        if item not in result:
            result.append(item)
    return result


def _add_later_answers(whole: Dossier, later: list[Dossier]) -> None:
    """A nader antwoord's answers go after the first answers they complete (a question answered by nothing else
    has it as its answer)."""
    for index, question in enumerate(whole.questions):
        found = next((q.answer for p in later for q in p.questions if q.number == question.number and q.answer), None)
        if found is not None and question.answer is not None and question.answer is not found:
            whole.questions[index] = replace(question, further=found)


def _questions(asking: list[Dossier], answering: list[Dossier]) -> list[Question]:
    """Per number: the wording from the first asking part that has it, the answer from the first answering part."""
    numbers = sorted({q.number for p in asking for q in p.questions})
    merged: list[Question] = []
    for number in numbers:
        worded = next((q for p in asking for q in p.questions if q.number == number and q.text), None)
        answered = next((q for p in answering for q in p.questions if q.number == number and q.answer), None)
        base = worded or next(q for p in asking for q in p.questions if q.number == number)
        merged.append(replace(base, answer=answered.answer if answered else base.answer))
    return merged
