"""A dossier as plain reading text on a terminal (document text is never read as markup)."""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.text import Text

from kqreader.facts.timeliness import badge
from kqreader.i18n import _
from kqreader.model import Dossier
from kqreader.query.catalog import NOTICE, NOTICE_LABELS, covers_label
from kqreader.text.safetext import visible
from kqreader.text.sentences import as_subject


def print_dossier(console: Console, dossier: Dossier, today: date) -> None:
    """Header, then each question followed by the answer that covers it (every text made visible: no terminal
    escape, whatever the store holds). The header's badge is the reader's (timeliness.badge): one rule for what a
    set's state is called, on a screen or in a pipe."""
    askers = ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in dossier.askers)
    console.print(_text(f"{dossier.id}  {askers}  {badge(dossier, today)}", style="bold"))
    console.print(_text(as_subject(dossier.title)))
    for notice in dossier.notices:
        console.print(_text(f"{_(NOTICE_LABELS.get(notice.kind, NOTICE))}: {notice.text}", style="yellow"))
    for question in dossier.questions:
        console.print(Text("\n" + _("Question {number}").format(number=question.number), style="bold cyan"))
        console.print(_text(question.text))
        answer = question.answer
        if answer is not None:
            console.print(Text(covers_label(answer.covers), style="bold green"))
            console.print(_text(answer.text))
    console.print()


def _text(text: str, style: str = "") -> Text:
    return Text(visible(text, lines=True), style=style)
