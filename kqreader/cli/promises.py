"""`kqreader promises`: the promise queue."""

from __future__ import annotations

import argparse
import sys

import orjson

from kqreader.cli.common import reading_store, say
from kqreader.facts.ministries import asked_of
from kqreader.facts.promises import STATE_NAMES
from kqreader.i18n import DAY_WIDTH, _, ngettext, number, short_day
from kqreader.query.catalog import open_catalog
from kqreader.store.marks import Marks
from kqreader.text.safetext import visible, visible_json


def run_promises(args: argparse.Namespace) -> int:
    """The promise queue: every promise the answers make, its minister, due day and state (open, due within 30
    days, overdue, kept), oldest due first; filtered by state, ministry, minister and the day of the answer."""
    from kqreader.analysis.promise_queue import queue

    store, mended = reading_store(args)
    say(mended)
    catalog = open_catalog(store, args.today)
    marks = Marks.load(store.layout.marks)
    found = queue(catalog, args.today, marks, ministry=args.ministry, minister=args.minister, since=args.since)
    if args.state:
        found = [q for q in found if q.state in args.state]
    if args.format == "json":
        document = {"promises": [q.as_dict() for q in found]}
        sys.stdout.buffer.write(visible_json(orjson.dumps(document, option=orjson.OPT_INDENT_2)) + b"\n")
        return 0
    if not found:
        print(_("No promises found."))
        return 0
    for q in found:
        due = short_day(q.due) if q.due else _("no date")
        who = ", ".join(q.ministers) or asked_of(q.addressees) or "?"
        line = f"{due:<{DAY_WIDTH}}  {_(STATE_NAMES[q.state]):<12} {q.set:<20} {who} — {q.text}"
        print(visible(line))
    counts = {state: sum(1 for q in found if q.state == state) for state in STATE_NAMES}
    summary = ngettext("{count} promise: {open} open, {due} due within 30 days, {overdue} overdue, {kept} kept",
                       "{count} promises: {open} open, {due} due within 30 days, {overdue} overdue, {kept} kept",
                       len(found))  # fmt: skip
    print(summary.format(count=number(len(found)), **{k: number(v) for k, v in counts.items()}))
    return 0
