"""Dossiers as JSON (the pinned shape), CSV (a row per question; `csv-nl` for a Dutch spreadsheet) or readable
Markdown, written as they come.

Each form is a stream of byte chunks, a dossier at a time, so `kqreader export` starts writing at once and holds
one dossier at a time, however many it writes."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson

from kqreader.facts.answerers import answerers
from kqreader.facts.answerkinds import kind_of, unanswered
from kqreader.facts.ministries import addressed, ministries_named
from kqreader.facts.promises import NO_DATE, STATE_NAMES
from kqreader.facts.timeliness import VERDICTS, badge, status_shown, timeliness
from kqreader.i18n import _, day, dutch
from kqreader.model import MARK, Dossier, Footnote, Question, mark_number
from kqreader.output.citation import cite, official_url, publication
from kqreader.query.catalog import NOTICE, NOTICE_LABELS, covers_label, further_label
from kqreader.query.keeping import Keeping
from kqreader.store.marks import Mark, Marks
from kqreader.store.records import EXPORT_SCHEMA, to_export
from kqreader.text.safetext import visible, visible_json
from kqreader.text.sentences import as_subject

FORMATS = ("json", "csv", "csv-nl", "md")
CSV_COLUMNS = (
    "id", "number", "subject", "askers", "parties", "addressees", "ministries", "answered_by", "submitted", "answered",
    "days_to_answer", "days_open", "timeliness", "question", "answer", "kind", "unanswered", "promises",
    "promise_due", "promise_state",
)  # fmt: skip
# csv-nl: what a Dutch spreadsheet opens as columns — ";" between cells, CRLF, UTF-8 with a byte order mark, Dutch
# column names and values (dates stay ISO), and the set's Aanhangsel number and official address besides
CSV_NL_COLUMNS = (
    "id", "vraag", "onderwerp", "vragenstellers", "partijen", "gericht aan", "ministeries", "beantwoord door",
    "ingezonden", "beantwoord", "dagen tot antwoord", "dagen open", "tijdigheid", "vraagtekst", "antwoord",
    "soort antwoord", "onbeantwoord", "toezeggingen", "toezegging uiterlijk", "stand toezegging", "aanhangsel", "url",
)  # fmt: skip


@dataclass(frozen=True)
class CsvForm:
    """How one CSV form writes: its separator, line end, first bytes and column names, and its words."""

    delimiter: str
    line_end: str
    start: str
    columns: tuple[str, ...]
    words: Callable[[str], str]  # an English value as this form writes it
    addresses: bool  # the Aanhangsel number and the official address as the last two columns


CSV_FORMS = {
    "csv": CsvForm(",", "\n", "", CSV_COLUMNS, str, False),
    "csv-nl": CsvForm(";", "\r\n", "\ufeff", CSV_NL_COLUMNS, dutch, True),
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run such a cell as a formula


def export(dossiers: Iterable[Dossier], form: str, today: date, keeping: Keeping | None = None) -> Iterator[bytes]:
    """The dossiers, in the order given, in one of FORMATS (open days counted up to `today`; promises kept as
    `keeping` knows, else by a nader antwoord), chunk by chunk."""
    if form == "md":
        return visible_chunks(markdown_chunks(dossiers, today))
    if form == "json":
        return map(visible_json, json_chunks(dossiers, today, keeping or Keeping()))
    return csv_chunks(dossiers, today, keeping or Keeping(), CSV_FORMS[form])  # each cell made visible


def visible_chunks(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Markdown chunks with no control or format character a store record may hold (see safetext.visible)."""
    return (visible(chunk.decode(), lines=True).encode() for chunk in chunks)


def to_json(dossiers: Iterable[Dossier], today: date) -> bytes:
    """{"schema": 1, "dossiers": [...]} — byte-identical for identical data and day."""
    return visible_json(b"".join(json_chunks(dossiers, today, Keeping())))


def json_chunks(dossiers: Iterable[Dossier], today: date, keeping: Keeping) -> Iterator[bytes]:
    """The JSON document as orjson would indent it whole, written a dossier at a time."""
    yield b'{\n  "schema": %d,\n  "dossiers": [' % EXPORT_SCHEMA
    empty = True
    for dossier in dossiers:
        item = orjson.dumps(_with_answer_facts(to_export(dossier, today), dossier, today, keeping),
                            option=orjson.OPT_INDENT_2)  # fmt: skip
        yield (b"\n" if empty else b",\n") + b"\n".join(b"    " + line for line in item.split(b"\n"))
        empty = False
    yield b"]\n}\n" if empty else b"\n  ]\n}\n"


def _with_answer_facts(item: dict[str, Any], dossier: Dossier, today: date, keeping: Keeping) -> dict[str, Any]:
    """Each question's unanswered sub-questions, each answer's kind (and, when not substantive, the sentence it was
    read from) and promises (with their due days and states)."""
    questions = {question.number: question for question in dossier.questions}
    for exported in item["questions"]:
        question = questions[exported["number"]]
        exported["unanswered"] = unanswered(question.text, question.answer.text if question.answer else None)
        if question.answer is not None:
            verdict = kind_of(question.answer.text)
            exported["answer"]["kind"] = verdict.kind
            if verdict.kind != "inhoudelijk":  # the sentence it was read from, for a reader to judge the reading
                exported["answer"]["kind_sentence"] = verdict.evidence
            exported["answer"]["promises"] = [
                {"text": p.text, "due": p.due.isoformat() if p.due else None, "due_basis": p.basis, "state": state}
                for p, state in keeping.promises(dossier, question.answer, today)
            ]
    return item


def csv_chunks(dossiers: Iterable[Dossier], today: date, keeping: Keeping, form: CsvForm = CSV_FORMS["csv"],
               ) -> Iterator[bytes]:  # fmt: skip
    """A header row, then a row per question (a set without questions: one row without a number)."""
    out = io.StringIO()
    out.write(form.start)
    writer = csv.writer(out, delimiter=form.delimiter, lineterminator=form.line_end)
    writer.writerow(form.columns)
    for dossier in dossiers:
        timing = timeliness(dossier, today)
        facts = (
            dossier.title, "; ".join(p.name for p in dossier.askers), "; ".join(p.party or "" for p in dossier.askers),
            "; ".join(dossier.addressees), "; ".join(ministries_named(dossier.addressees)),
            "; ".join(a.shown for a in answerers(dossier)),  # as the reader's header and the statistics name them
            dossier.submitted.isoformat() if dossier.submitted else "",
            dossier.answered.isoformat() if dossier.answered else "",
            timing.days_to_answer, timing.days_open, form.words(VERDICTS[timing.verdict]) if timing.verdict else "",
        )  # fmt: skip
        addresses = (publication(dossier) or "", official_url(dossier) or "") if form.addresses else ()
        any_answer = any(question.answer is not None for question in dossier.questions)  # once, not per question
        for question in sorted(dossier.questions, key=lambda q: q.number):
            answer = question.answer.text if question.answer else ""
            answered = _answer_cells(dossier, question, today, keeping, form, any_answer)
            writer.writerow(map(_cell, (dossier.id, question.number, *facts, question.text, answer, *answered,
                                        *addresses)))  # fmt: skip
        if not dossier.questions:  # a set known so far by a notice only: a row of its own, as stats and filter count it
            blank = ("",) * (len(form.columns) - 2 - len(facts) - len(addresses))
            writer.writerow(map(_cell, (dossier.id, "", *facts, *blank, *addresses)))
        yield out.getvalue().encode("utf-8")
        out.seek(0)
        out.truncate()
    yield out.getvalue().encode("utf-8")


def _answer_cells(dossier: Dossier, question: Question, today: date, keeping: Keeping, form: CsvForm,
                  any_answer: bool) -> tuple[str, ...]:  # fmt: skip
    """kind, unanswered, promises, promise_due, promise_state: several joined by "; " as the askers are."""
    answer = question.answer
    kind = kind_of(answer.text if answer else None).kind if any_answer else ""  # a set not yet answered: no kind
    left = "; ".join(unanswered(question.text, answer.text if answer else None))
    promised = keeping.promises(dossier, answer, today) if answer else []
    return (kind, left, "; ".join(p.text for p, _state in promised),
            "; ".join(p.due.isoformat() if p.due else form.words(NO_DATE) for p, _state in promised),
            "; ".join(form.words(STATE_NAMES[state]) for _promise, state in promised))  # fmt: skip


def _cell(value: object) -> object:
    """A cell a spreadsheet shows as it is: text starting like a formula gets a leading apostrophe."""
    if isinstance(value, str):
        value = visible(value, lines=True)  # no terminal escape, whatever the store holds
        return "'" + value if value.startswith(_FORMULA_STARTS) else value
    return "" if value is None else value


def _markdown_dossier(dossier: Dossier, today: date) -> list[str]:
    lines = [f"# {dossier.id}: {as_subject(dossier.title)}", ""]
    if dossier.heading:  # the open data's whole sentence ("Vragen van het lid … aan de minister … over …")
        lines += [f"*{dossier.heading}*", ""]
    askers = ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in dossier.askers)
    facts = [
        (_("Asked by"), askers),
        (_("To"), addressed(dossier.addressees, current=True)),
        (_("Submitted"), day(dossier.submitted) if dossier.submitted else ""),  # prose for people: see i18n.day
        (_("Answered"), day(dossier.answered) if dossier.answered else ""),
        (_("By"), ", ".join(a.shown for a in answerers(dossier))),  # as the reader's header and the CSV name them
        (_("Reference"), dossier.reference or ""),
        (_("Status"), status_shown(dossier.status)),
        (_("Timeliness"), badge(dossier, today)),
        (_("Official page"), f"<{url}>" if (url := official_url(dossier)) else ""),  # where to read it whole
        (_("Cite as"), cite(dossier, "nl", None, address=False)),  # what to paste under a quote of it
    ]
    lines += [f"- **{name}:** {value}" for name, value in facts if value]
    for notice in dossier.notices:
        when = day(notice.date) if notice.date else _("date unknown")
        lines += ["", f"> {_(NOTICE_LABELS.get(notice.kind, NOTICE))} ({when}): {notice.text}"]
    shown: set[int] = set()
    for question in sorted(dossier.questions, key=lambda q: q.number):
        lines += ["", "## " + _("Question {number}").format(number=question.number), ""]
        lines += _with_footnotes(question.text, question.footnotes, f"{dossier.id}-v{question.number}")
        for kind, answer in (("a", question.answer), ("na", question.further)):
            if answer is not None and id(answer) not in shown and question.number == max(answer.covers):
                shown.add(id(answer))
                heading = covers_label(answer.covers) if kind == "a" else further_label(answer.covers)
                label = f"{dossier.id}-{kind}{'-'.join(map(str, answer.covers))}"
                lines += ["", f"### {heading}", "", *_with_footnotes(answer.text, answer.footnotes, label)]
    if dossier.explanation:
        lines += ["", "## " + _("Explanation"), "", dossier.explanation]
    return lines


def _with_footnotes(text: str, footnotes: list[Footnote], label: str) -> list[str]:
    """A text whose footnote marks ("¹") are Markdown footnote references ("[^2019Z12806-v1-1]"), then their
    definitions: a renderer links each mark to its source (a mark with no definition stays as printed)."""
    marks = {footnote.mark for footnote in footnotes}

    def reference(match: re.Match[str]) -> str:
        mark = mark_number(match.group(0))
        return f"[^{label}-{mark}]" if mark in marks else match.group(0)

    lines = [MARK.sub(reference, text) if marks else text]
    if footnotes:
        lines += [""] + [f"[^{label}-{footnote.mark}]: {footnote.text}" for footnote in footnotes]
    return lines


def markdown_chunks(dossiers: Iterable[Dossier], today: date) -> Iterator[bytes]:
    for number, dossier in enumerate(dossiers):
        yield ("\n" if number else "").encode() + "\n".join([*_markdown_dossier(dossier, today), ""]).encode("utf-8")


def clipping_chunks(dossiers: Iterable[Dossier], marks: Marks) -> Iterator[bytes]:
    """The marked questions (and marked sets) of these dossiers as a Markdown clipping file: each with its text,
    its answer, the note, and the citation to paste under it."""
    yield ("# " + _("Marked in kqreader") + "\n").encode()
    for dossier in dossiers:
        wanted = [mark for mark in marks if mark.dossier == dossier.id]
        for mark in wanted:
            yield visible("\n".join(_clipping(dossier, mark)), lines=True).encode() + b"\n"


def _clipping(dossier: Dossier, mark: Mark) -> list[str]:
    question = next((q for q in dossier.questions if q.number == mark.question), None)
    heading = f"\n## {dossier.id}: {as_subject(dossier.title)}"
    if mark.question is not None:
        heading += ", " + _("question {number}").format(number=mark.question)
    lines = [heading, ""]
    if mark.note:
        lines += ["*" + _("Note:") + f"* {mark.note}", ""]
    notes: list[str] = []  # the footnotes' definitions, after the clipping (not inside its quote)
    if question is not None:
        label = f"{dossier.id}-v{question.number}"
        quoted, *notes = _with_footnotes(question.text, question.footnotes, label)
        lines += [f"> {line}" if line else ">" for line in quoted.splitlines()]
        answer = _("(not answered yet)")
        if question.answer is not None:
            answer, *answer_notes = _with_footnotes(question.answer.text, question.answer.footnotes, label + "-a")
            notes += answer_notes
        lines += ["", "**" + _("Answer:") + f"** {answer}"]
    lines += ["", _("Source:") + f" {cite(dossier, 'nl', mark.question)}"]
    defined = [note for note in notes if note]
    return [*lines, "", *defined] if defined else lines
