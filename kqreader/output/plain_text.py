"""A dossier as plain reading text on a terminal (document text is never read as markup)."""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.text import Text

from kqreader.facts.timeliness import badge
from kqreader.i18n import _
from kqreader.model import Dossier
from kqreader.query.catalog import NOTICE, NOTICE_LABELS, covers_label, further_label
from kqreader.text.safetext import visible
from kqreader.text.sentences import as_subject


def print_dossier(console: Console, dossier: Dossier, today: date) -> None:
    """Header, then each question, an answer (and a later answer) after the last question it covers, as `cite --all`
    and the Markdown export place them (every text made visible: no terminal escape, whatever the store holds). The
    header's badge is the reader's (timeliness.badge): one rule for what a set's state is called, on a screen or in
    a pipe."""
    askers = ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in dossier.askers)
    console.print(_text(f"{dossier.id}  {askers}  {badge(dossier, today)}", style="bold"))
    console.print(_text(as_subject(dossier.title)))
    for notice in dossier.notices:
        console.print(_text(f"{_(NOTICE_LABELS.get(notice.kind, NOTICE))}: {notice.text}", style="yellow"))
    questions = sorted(dossier.questions, key=lambda q: q.number)
    last = {id(answer): question.number for question in questions  # the last question each answer covers here
            for answer in (question.answer, question.further) if answer is not None}  # fmt: skip
    for question in questions:
        console.print(Text("\n" + _("Question {number}").format(number=question.number), style="bold cyan"))
        console.print(_text(question.text))
        for answer, label in ((question.answer, covers_label), (question.further, further_label)):
            if answer is not None and last[id(answer)] == question.number:  # "Antwoord op vragen 2 en 3" after 3
                console.print(Text(label(answer.covers), style="bold green"))
                console.print(_text(answer.text))
    console.print()


def _text(text: str, style: str = "") -> Text:
    return Text(visible(text, lines=True), style=style)
