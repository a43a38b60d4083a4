"""Dossiers as JSON (the pinned shape), CSV (a row per question) or readable Markdown."""

from __future__ import annotations

import csv
import io
from datetime import date

import orjson

from kqreader.codec import EXPORT_SCHEMA, to_export
from kqreader.model import Dossier
from kqreader.timeliness import badge

FORMATS = ("json", "csv", "md")
CSV_COLUMNS = ("id", "number", "askers", "parties", "submitted", "answered", "question", "answer")


def export(dossiers: list[Dossier], form: str, today: date) -> bytes:
    """The dossiers, sorted by id, in one of FORMATS (open days counted up to `today`)."""
    ordered = sorted(dossiers, key=lambda d: d.id)
    return {"json": to_json, "csv": to_csv, "md": to_markdown}[form](ordered, today)


def to_json(dossiers: list[Dossier], today: date) -> bytes:
    """{"schema": 1, "dossiers": [...]} — byte-identical for identical data and day."""
    document = {"schema": EXPORT_SCHEMA, "dossiers": [to_export(d, today) for d in dossiers]}
    return orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n"


def to_csv(dossiers: list[Dossier], today: date) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for dossier in dossiers:
        askers = "; ".join(p.name for p in dossier.askers)
        parties = "; ".join(p.party or "" for p in dossier.askers)
        for question in sorted(dossier.questions, key=lambda q: q.number):
            writer.writerow(
                (
                    dossier.id, question.number, askers, parties,
                    dossier.submitted.isoformat() if dossier.submitted else "",
                    dossier.answered.isoformat() if dossier.answered else "",
                    question.text, question.answer.text if question.answer else "",
                )
            )  # fmt: skip
    return out.getvalue().encode("utf-8")


def _markdown_dossier(dossier: Dossier, today: date) -> list[str]:
    lines = [f"# {dossier.id}: {dossier.title}", ""]
    askers = ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in dossier.askers)
    facts = [
        ("Vragen van", askers),
        ("Aan", ", ".join(dossier.addressees)),
        ("Ingezonden", dossier.submitted.isoformat() if dossier.submitted else ""),
        ("Beantwoord", dossier.answered.isoformat() if dossier.answered else ""),
        ("Kenmerk", dossier.reference or ""),
        ("Status", dossier.status),
        ("Tijdigheid", badge(dossier, today)),
    ]
    lines += [f"- **{name}:** {value}" for name, value in facts if value]
    for notice in dossier.notices:
        lines += ["", f"> Uitstel ({notice.date.isoformat() if notice.date else 'datum onbekend'}): {notice.text}"]
    shown: set[int] = set()
    for question in sorted(dossier.questions, key=lambda q: q.number):
        lines += ["", f"## Vraag {question.number}", "", question.text]
        lines += [f"[^{dossier.id}-{question.number}-{n.mark}]: {n.text}" for n in question.footnotes]
        answer = question.answer
        if answer is not None and id(answer) not in shown and question.number == max(answer.covers):
            shown.add(id(answer))
            covers = " en ".join(str(n) for n in answer.covers)
            lines += ["", f"### Antwoord {covers}", "", answer.text]
    if dossier.explanation:
        lines += ["", "## Toelichting", "", dossier.explanation]
    return lines


def to_markdown(dossiers: list[Dossier], today: date) -> bytes:
    lines: list[str] = []
    for dossier in dossiers:
        lines += [*_markdown_dossier(dossier, today), ""]
    return "\n".join(lines).encode("utf-8")
