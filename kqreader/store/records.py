"""Dossiers to plain JSON-ready records and back, for the store and the JSON export.

A record holds everything the model holds; the export is a record without the fields the
export shape does not pin, plus the derived `status`. Grouped answers are written once per
question and shared again on reading, so "Antwoord 2 en 3" stays one answer in memory.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from kqreader.facts.ministries import ministries_named
from kqreader.facts.timeliness import timeliness
from kqreader.model import Answer, Dossier, Footnote, Notice, Person, Question, Source

Record = dict[str, Any]

EXPORT_SCHEMA = 1
_EXPORT_KEYS = (
    "id", "title", "heading", "askers", "addressees", "ministries", "submitted", "answered", "answered_by",
    "signatories", "reference", "status", "days_to_answer", "days_open", "timeliness", "explanation", "notices",
    "questions", "sources", "doubts", "publication", "oral",
)  # fmt: skip


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _from_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _footnotes(notes: list[Footnote]) -> list[Record]:
    return [{"mark": n.mark, "text": n.text} for n in notes]


def _question(question: Question) -> Record:
    record = {
        "number": question.number,
        "text": question.text,
        "footnotes": _footnotes(question.footnotes),
        "answer": _answer(question.answer),
    }
    if question.further is not None:  # only where there is one: records and exports without it stay as they were
        record["further"] = _answer(question.further)
    return record


def _answer(answer: Answer | None) -> Record | None:
    if answer is None:
        return None
    return {"covers": list(answer.covers), "text": answer.text, "footnotes": _footnotes(answer.footnotes)}


def _read_answer(item: Record | None) -> Answer | None:
    if item is None:
        return None
    return Answer(list(item["covers"]), item["text"], [Footnote(**n) for n in item["footnotes"]])


def to_record(dossier: Dossier) -> Record:
    """Everything about a dossier as JSON-ready values."""
    return {
        "id": dossier.id,
        "title": dossier.title,
        "askers": [{"name": p.name, "party": p.party} for p in dossier.askers],
        "addressees": list(dossier.addressees),
        "submitted": _day(dossier.submitted),
        "answered": _day(dossier.answered),
        "answered_by": list(dossier.answered_by),
        "signatories": list(dossier.signatories),
        "reference": dossier.reference,
        "status": dossier.status,
        "explanation": dossier.explanation,
        "notices": [{"kind": n.kind, "date": _day(n.date), "text": n.text} for n in dossier.notices],
        "questions": [_question(q) for q in sorted(dossier.questions, key=lambda q: q.number)],
        "sources": [{"path": s.path, "kind": s.kind, "sha256": s.sha256} for s in dossier.sources],
        "doubts": list(dossier.doubts),
        "publication": dossier.publication,
        "oral": dossier.oral,
        **({"heading": dossier.heading} if dossier.heading else {}),  # only where the open data gave one
        **({"continued": dossier.continued} if dossier.continued else {}),  # only where a scanned page cut the set
    }


UNDATED = "undated"  # the month of records without any date (it sorts after the months)


def month_of(record: Record) -> str:
    """A record's month (where the store keeps a part): of its submission, else its answer, else a notice;
    UNDATED without any date."""
    dates = [record.get("submitted"), record.get("answered"), *(n.get("date") for n in record.get("notices", ()))]
    return next((day[:7] for day in dates if day), UNDATED)


def list_order(record: Record) -> tuple[str, str, str]:
    """Where a dossier stands in the reader's list, oldest first: its month, its submission, its id."""
    return month_of(record), record.get("submitted") or "", record["id"]


def link_key(record: Record) -> str | None:
    """What ties a part printed without its zaaknummer (an Aanhangsel, a letter) to its question set, as keys a line
    each: its submission date, askers and the start of its subject (letters only), and its Aanhangsel number (which
    the open data's listing of the set names too); None when it has neither."""
    keys = []
    names = sorted(_letters(asker["name"]) for asker in record["askers"])
    title = _letters(record["title"])[:40]
    if record["submitted"] and names and title:
        keys.append(f"{record['submitted']}|{','.join(names)}|{title}")
    if (record.get("publication") or "").startswith("ah-tk-"):
        keys.append(record["publication"])
    return "\n".join(keys) or None


def link_keys(link: str | None) -> list[str]:
    """The keys a part's link holds (see link_key)."""
    return link.split("\n") if link else []


def _letters(text: str) -> str:
    return "".join(filter(str.isalpha, unicodedata.normalize("NFKD", text.casefold())))  # filter: a loop in C


def to_export(dossier: Dossier, today: date) -> Record:
    """A dossier in the pinned export shape (field order as documented); days_open counts up to `today`."""
    timing = timeliness(dossier, today)
    record = to_record(dossier)
    record.update(heading=dossier.heading,  # null where the open data gave none: the export's shape is pinned
                  ministries=ministries_named(dossier.addressees), days_to_answer=timing.days_to_answer,
                  days_open=timing.days_open, timeliness=timing.verdict)
    return {key: record[key] for key in _EXPORT_KEYS}


def from_record(record: Record) -> Dossier:
    """A dossier from its record; answers covering several questions are one shared object again."""
    shared: dict[tuple[int, ...], Answer] = {}
    questions = []
    for item in record["questions"]:
        answer = None
        if item["answer"] is not None:
            covers = tuple(item["answer"]["covers"])
            answer = shared.setdefault(
                covers,
                Answer(list(covers), item["answer"]["text"], [Footnote(**n) for n in item["answer"]["footnotes"]]),
            )
        footnotes = [Footnote(**n) for n in item["footnotes"]]
        questions.append(Question(item["number"], item["text"], footnotes, answer, _read_answer(item.get("further"))))
    return Dossier(
        id=record["id"],
        title=record["title"],
        askers=[Person(**p) for p in record["askers"]],
        addressees=list(record["addressees"]),
        submitted=_from_day(record["submitted"]),
        answered=_from_day(record["answered"]),
        answered_by=list(record["answered_by"]),
        signatories=list(record["signatories"]),
        reference=record["reference"],
        explanation=record["explanation"],
        notices=[Notice(n["kind"], _from_day(n["date"]), n["text"]) for n in record["notices"]],
        questions=questions,
        sources=[Source(**s) for s in record["sources"]],
        doubts=list(record["doubts"]),
        publication=record.get("publication"),
        oral=record.get("oral", False),
        heading=record.get("heading"),
        continued=record.get("continued"),
    )
