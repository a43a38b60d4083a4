"""Citations of a dossier, or of one question and its answer, in the forms Dutch writers use.

`nl` follows the legal authors' guide and says who asked whom about what, each part once: for a published
answer "Aanhangsel Handelingen II 2023/24, nr. 387 (vragen van het lid Boswijk (CDA) aan de minister van
Buitenlandse Zaken over …, ingezonden 2 oktober 2023; antwoord van minister Bruins Slot, ontvangen 13 november
2023), vraag 3"; else the heading sentence with the zaaknummer, then who answered, when, and the reference. It
ends with the official address unless asked not to. `markdown` links it to the official page, `bibtex` is an @misc
entry with a stable key, `quote` gives the question and answer text before the `nl` form; `whole_set` is every
question and answer of a set, then one citation. A copied text keeps its footnotes (`with_footnotes`). Built from
document text cleaned of control characters when it was loaded.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from kqreader.facts.answerers import answerers
from kqreader.facts.ministries import addressed
from kqreader.i18n import _, joined_in_dutch
from kqreader.model import (
    AANHANGSEL,
    TAIL_PREFIX,
    ZAAKNUMMER,
    Answer,
    Dossier,
    Footnote,
    Person,
    Question,
    printed_addressees,
    superscript,
)
from kqreader.text.dates import dutch
from kqreader.text.doubts import PAGE_CONTINUES, THEIR_NUMBER, written_from
from kqreader.text.marks import typed_marks_shown
from kqreader.text.safetext import visible

STYLES = ("nl", "markdown", "bibtex", "quote")
OFFICIAL = "https://zoek.officielebekendmakingen.nl/"
_PUBLICATION = re.compile(rf"^{AANHANGSEL}$")
FIRST_ONLINE_SESSION = 1995  # the Aanhangsel from vergaderjaar 1995-1996 on is on officielebekendmakingen.nl by its id
_SCANNED_PAGE = re.compile(r"(?<!\d)(\d{10})(?!\d)")  # Staten-Generaal Digitaal's page number in a file's name


class CitationError(Exception):
    """The citation asked for cannot be made (no such question)."""


def questions_phrase(numbers: list[int]) -> str:
    """ "vraag 1", "vragen 2 en 3", "vragen 1, 2 en 5"."""
    return f"vra{'gen' if len(numbers) > 1 else 'ag'} {joined_in_dutch([str(n) for n in numbers])}"


def _person(person: Person) -> str:
    return f"{person.name} ({person.party})" if person.party else person.name


def number_cited(dossier: Dossier) -> str:
    """The set's number where a zaaknummer stands: the zaaknummer, or what another number is — the Kamer's letter
    a ministry's answer quotes ("uw brief van 8 maart 2024, nr. 5293107") is "brief van de Kamer nr. 5293107"."""
    if not re.fullmatch(ZAAKNUMMER, dossier.id) and any(written_from(THEIR_NUMBER, d) for d in dossier.doubts):
        return f"brief van de Kamer nr. {dossier.id}"
    return dossier.id


def page_cut(dossier: Dossier) -> Question | Answer | None:
    """The text a scanned page cuts off (the item goes on on the next page, which was not read: the parser's doubt
    PAGE_CONTINUES): the last answer printed, else the last question; None when nothing is cut."""
    if not any(written_from(PAGE_CONTINUES, d) for d in dossier.doubts):
        return None
    answers = dossier.answers
    if answers:
        return max(answers, key=lambda answer: max(answer.covers, default=0))
    return max(dossier.questions, key=lambda question: question.number, default=None)


def cut_note() -> str:
    """What a copy says where the page cut its text off."""
    return _("[continued on the next page, not read]")


def _cut_here(text: str, item: Question | Answer, dossier: Dossier | None) -> str:
    """`text` with the cut note when it is the item its page cut off: a copy must not pass for the whole text."""
    return f"{text} {cut_note()}" if dossier is not None and page_cut(dossier) is item else text


def publication(dossier: Dossier) -> str | None:
    """The Aanhangsel id ("ah-tk-20232024-387") when the answer was published there."""
    if dossier.publication:
        return dossier.publication
    return dossier.id if _PUBLICATION.match(dossier.id) else None


def official_url(dossier: Dossier) -> str | None:
    """The dossier's page on officielebekendmakingen.nl; None for a set known only by a name of kqreader's own or a
    letter's number (`brief-…`, "5293107"): no page of it exists there. The Aanhangsel before 1995-1996 is there
    only as Staten-Generaal Digitaal's scanned pages, each under its own number: the page the set was read from."""
    published = publication(dossier)
    match = _PUBLICATION.match(published) if published else None
    if match and int(match["first"]) < FIRST_ONLINE_SESSION:
        return _scanned_page(dossier)
    if published:
        return OFFICIAL + published
    return OFFICIAL + f"kv-tk-{dossier.id}" if re.fullmatch(ZAAKNUMMER, dossier.id) else None


def _scanned_page(dossier: Dossier) -> str | None:
    """The scanned page's own address ("…/0000156338"), when the file read was named by it (sgd-0000156338.txt)."""
    for source in dossier.sources:
        found = _SCANNED_PAGE.search(PurePath(source.path.split("#", 1)[0]).name)
        if found:
            return OFFICIAL + found[1]
    return None


def _aanhangsel(published: str) -> str:
    """ "Aanhangsel Handelingen II 2023/24, nr. 387"; the Eerste Kamer's Aanhangsel is Handelingen I (ah-ek-…)."""
    match = _PUBLICATION.match(published)
    if match is None:  # a publication the store holds in another form: named as it is, never a traceback
        return f"Aanhangsel Handelingen {published}"
    house = "I" if match["house"] == "ek" else "II"
    session = f"{match['first']}/{match['second'][2:]}" if match["second"] else match["first"]  # "Zitting 1981"
    return f"Aanhangsel Handelingen {house} {session}, nr. {match['number']}"


def _answered(dossier: Dossier) -> str:
    """ "antwoord van minister Blok, ontvangen 1 juli 2019 (kenmerk …)", with what is known of it."""
    who = [a.named for a in answerers(dossier)]
    parts = ["antwoord" + (f" van {joined_in_dutch(who)}" if who else "")]
    if dossier.answered:
        parts.append(f"ontvangen {dutch(dossier.answered)}")
    text = ", ".join(parts)
    return text + (f" (kenmerk {dossier.reference})" if dossier.reference else "")


def _asked(dossier: Dossier) -> str:
    """ "vragen van het lid Boswijk (CDA) aan de minister van Buitenlandse Zaken over …": who asked whom about
    what, as far as known."""
    askers = dossier.askers
    text = "vragen"
    if askers:
        members = joined_in_dutch([_person(p) for p in askers])
        text += (" van het lid " if len(askers) == 1 else " van de leden ") + members
    if printed := printed_addressees(dossier):
        text += " aan " + addressed(printed)  # the ministry's name of the day: it cites that letter
    if dossier.title:
        text += f" over {dossier.title}"
    return text


_TAIL = re.compile(rf"^{TAIL_PREFIX}(\d{{4}})(\d{{4}})-blz(\d+)$")  # scanned.py's own name of a page's part of an item


def _tail_sentence(dossier: Dossier, tail: re.Match[str]) -> str:
    """What a scanned page prints of an item begun on the page before, cited by that page (its own name, vervolg-…,
    is kqreader's, no number of the Kamer's): "Aanhangsel Handelingen II 1974/75, blz. 924 (vervolg van de vorige
    bladzijde; antwoord van …)"."""
    details = "vervolg van de vorige bladzijde"
    if dossier.answered or dossier.answered_by:
        details += f"; {_answered(dossier)}"
    return f"Aanhangsel Handelingen II {tail[1]}/{tail[2][2:]}, blz. {tail[3]} ({details})"


def _published_sentence(dossier: Dossier, published: str) -> str:
    details = _asked(dossier)
    if dossier.submitted:
        details += f", ingezonden {dutch(dossier.submitted)}"
    if dossier.answered or dossier.answered_by:
        details += f"; {_answered(dossier)}"
    return f"{_aanhangsel(published)} ({details})"


def _heading_sentence(dossier: Dossier) -> str:
    sentence = "V" + _asked(dossier)[1:]  # "Vragen van …": it opens the citation
    if dossier.submitted:
        sentence += f" (ingezonden {dutch(dossier.submitted)})"
    sentence += f", {number_cited(dossier)}"
    if dossier.answered or dossier.answered_by:
        sentence += f"; {_answered(dossier)}"
    return sentence


def _question_part(question: Question) -> str:
    part = f"vraag {question.number}"
    if question.answer is not None and question.answer.covers != [question.number]:
        part += f", antwoord op {questions_phrase(question.answer.covers)}"  # answered together with others
    return part


def find_question(dossier: Dossier, number: int | None) -> Question | None:
    """The question asked for; CitationError when the dossier has no such number."""
    if number is None:
        return None
    question = dossier.question(number)
    if question is None:
        have = ", ".join(str(q.number) for q in dossier.questions) or _("none")
        said = _("{id} has no question {number} (its questions: {numbers})")
        raise CitationError(said.format(id=dossier.id, number=number, numbers=have))
    return question


def nl(dossier: Dossier, number: int | None = None, address: bool = True) -> str:
    """The Dutch citation; with a number, of that question (and the answer that covers it); with `address`,
    ending with the official page."""
    published = publication(dossier)
    if published:
        text = _published_sentence(dossier, published)
    elif tail := _TAIL.match(dossier.id):
        text = _tail_sentence(dossier, tail)
    else:
        text = _heading_sentence(dossier)
    question = find_question(dossier, number)
    if question:
        text += f", {_question_part(question)}"
    url = official_url(dossier) if address else None
    return f"{text}, {url}" if url else text


def markdown(dossier: Dossier, number: int | None = None, address: bool = True) -> str:
    """The `nl` citation as a Markdown link to the official page (the link is the address)."""
    label = re.sub(r"([\\`*_\[\]<>])", r"\\\1", nl(dossier, number, address=False))
    url = official_url(dossier)
    return f"[{label}]({url})" if url else label


def _bibtex_escape(text: str) -> str:
    """Characters special to BibTeX escaped; those with no plain escape dropped."""
    return re.sub(r"([{}%&#$_])", r"\\\1", re.sub(r"[\\^~]", "", text))


def bibtex_key(dossier: Dossier, number: int | None = None) -> str:
    """A key that stays the same for the same dossier and question: kq-2019z12806-q2."""
    key = "kq-" + re.sub(r"[^a-z0-9]+", "-", dossier.id.casefold()).strip("-")
    return f"{key}-q{number}" if number is not None else key


def bibtex(dossier: Dossier, number: int | None = None, address: bool = True) -> str:
    """An @misc entry (its url field is the address)."""
    dated = dossier.answered or dossier.submitted
    year = dated.year if dated else None
    fields = [
        ("author", " and ".join(p.name for p in dossier.askers)),
        ("title", f"Vragen over {dossier.title}" if dossier.title else f"Kamervragen {dossier.id}"),
        ("howpublished", nl(dossier, number, address=False)),
        ("year", str(year) if year else ""),
        ("url", (official_url(dossier) or "") if address else ""),
    ]
    body = ",\n".join(f"  {name} = {{{_bibtex_escape(value)}}}" for name, value in fields if value)
    return f"@misc{{{bibtex_key(dossier, number)},\n{body}\n}}"


def with_footnotes(text: str, footnotes: list[Footnote]) -> str:
    """A text, then its footnotes as printed, a line each ("¹ Kamerstuk 29 696, nr. 9"): a copy keeps the sources
    its marks point to (the Markdown export's footnotes, in plain text). Every copy with a text goes through here."""
    if not footnotes:
        return text
    return text + "\n\n" + "\n".join(f"{superscript(note.mark)} {note.text}" for note in footnotes)


def answer_text(answer: Answer, dossier: Dossier | None = None) -> str:
    """An answer as copied (`y`): its text (its typed marks as superscripts; said so where the page cut it off, when
    its `dossier` is given) and its footnotes."""
    text = typed_marks_shown(answer.text, (note.mark for note in answer.footnotes))
    return with_footnotes(_cut_here(text, answer, dossier), answer.footnotes)


def _question_text(question: Question, dossier: Dossier) -> str:
    text = _cut_here(typed_marks_shown(question.text, (note.mark for note in question.footnotes)), question, dossier)
    return f"Vraag {question.number}: " + with_footnotes(text, question.footnotes)


def _answers_of(question: Question, dossier: Dossier) -> list[str]:
    """The answer covering a question and a later answer completing it, as text, each with its footnotes."""
    answers = (("Antwoord", question.answer), ("Nader antwoord", question.further))
    return [f"{kind} op {questions_phrase(answer.covers)}: {answer_text(answer, dossier)}"
            for kind, answer in answers if answer]  # fmt: skip


def quote(dossier: Dossier, number: int | None = None, address: bool = True) -> str:
    """The question and its answer as text, then the `nl` citation (question 1 when none is named)."""
    question = find_question(dossier, number) or (dossier.questions[0] if dossier.questions else None)
    if question is None:
        return nl(dossier, address=address)
    lines = [_question_text(question, dossier), *_answers_of(question, dossier)]
    lines.append(f"({nl(dossier, question.number, address)})")
    return "\n\n".join(lines)


def whole_set(dossier: Dossier, style: str = "nl", address: bool = True) -> str:
    """Every question and answer of the set as one text (a grouped answer once, after the last question it
    covers), then one citation of the set in `style` (`quote` as `nl`)."""
    ordered = sorted(dossier.questions, key=lambda q: q.number)
    last = {id(q.answer): q.number for q in ordered if q.answer}  # a grouped answer follows its last question
    lines: list[str] = []
    for question in ordered:
        lines.append(_question_text(question, dossier))
        if question.answer is None or last[id(question.answer)] == question.number:
            lines += _answers_of(question, dossier)
    cited = cite(dossier, "nl" if style == "quote" else style, None, address)
    lines.append(f"({cited})" if style in ("nl", "quote") else cited)
    return visible("\n\n".join(lines), lines=True)


def cite(dossier: Dossier, style: str = "nl", number: int | None = None, address: bool = True) -> str:
    """A citation in one of STYLES; `address`: ending with (or linking to) the official page."""
    cited = {"nl": nl, "markdown": markdown, "bibtex": bibtex, "quote": quote}[style](dossier, number, address)
    return visible(cited, lines=True)  # printed and copied: no terminal escape, whatever the store holds
