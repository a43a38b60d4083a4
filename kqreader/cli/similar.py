"""`kqreader similar`: earlier sets on the same subject as one set."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

import orjson

from kqreader.cli.common import reading_store, say
from kqreader.i18n import _, day
from kqreader.model import Dossier
from kqreader.query.catalog import open_catalog
from kqreader.query.language import parse_query
from kqreader.text.safetext import error_line, visible, visible_json

if TYPE_CHECKING:
    from kqreader.query.similar import Described


def run_similar(args: argparse.Namespace) -> int:
    """Earlier sets on the same subject as one set (or one of its questions): the sets it names or that name it,
    then the most alike in words (see query/similar.py)."""
    from kqreader.query.similar import NONE_AT_ALL, NONE_EARLIER, described, similar_sets

    store, mended = reading_store(args)
    say(mended)
    catalog = open_catalog(store, date.today())
    found = catalog.matching(parse_query(f"id:{args.id}")) if args.id.strip() else []
    if not found:
        error_line(store.path, _("no dossier {id} in this database").format(id=repr(args.id)))
        return 1
    dossier = catalog.dossier(found[0])
    if args.question is not None and dossier.question(args.question) is None:
        error_line(store.path, _("{id} has no question {number}").format(id=dossier.id, number=args.question))
        return 1
    sets = [described(catalog, f) for f in similar_sets(catalog, found[0], args.question, args.limit, args.later)]
    if args.format == "json":
        document = {"set": dossier.id, "question": args.question, "similar": sets}
        sys.stdout.buffer.write(visible_json(orjson.dumps(document, option=orjson.OPT_INDENT_2)) + b"\n")
        return 0
    if not sets:  # one line: nothing rather than noise
        print(_(NONE_AT_ALL if args.later else NONE_EARLIER))
        return 0
    print(visible(_similar_heading(dossier, args.question, args.later)))
    for n, found_set in enumerate(sets, 1):
        for line in _similar_lines(n, found_set):
            print(visible(line))
    return 0


def _similar_heading(dossier: Dossier, question: int | None, later: bool) -> str:
    which = _("{id}, question {number}").format(id=dossier.id, number=question) if question else dossier.id
    said = _("Sets on the same subject as {which} ({title})") if later else \
        _("Earlier sets on the same subject as {which} ({title})")  # fmt: skip
    return said.format(which=which, title=dossier.title or "?") + ":"


def _similar_lines(n: int, found: Described) -> list[str]:
    """One found set: its id, day and subject; why (named, or the words shared); the start of its answer."""
    when = day(date.fromisoformat(found["submitted"])) if found["submitted"] else _("no date")
    lines = [f"{n:>2}. {found['id']}  {when}  {found['title'] or '?'}"]
    from kqreader.query.similar import RELATION_NAMES

    why = [_(RELATION_NAMES[found["relation"]])]
    if found["question"] is not None:
        why.append(_("question {number}").format(number=found["question"]))
    if found["shared_words"]:
        why.append(_("shares: {words}").format(words=", ".join(found["shared_words"])))
    if found["shared_citations"]:
        why.append(_("both cite: {documents}").format(documents=", ".join(found["shared_citations"])))
    lines.append("    " + " · ".join(why))
    if found["answer"]:
        lines.append("    " + _("Answer: {text}").format(text=found["answer"]))
    return lines
