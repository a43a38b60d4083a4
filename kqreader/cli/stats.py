"""`kqreader stats`: answer times and timeliness per ministry, minister and party; a member's or party's
overview."""

from __future__ import annotations

import argparse
import sys

import orjson

from kqreader.cli.common import PipeConsole, UsageError, found_sets, reading_store, say
from kqreader.i18n import _
from kqreader.model import Dossier
from kqreader.query.catalog import Catalog, open_catalog
from kqreader.query.language import QueryError
from kqreader.store.database import Store
from kqreader.store.locations import resolve_path
from kqreader.store.marks import Marks
from kqreader.text.safetext import visible, visible_json


def run_stats(args: argparse.Namespace) -> int:
    if args.member is not None or args.party is not None:
        return _run_overview(args)
    catalog, found = found_sets(args)
    wanted = set(found)
    dossiers: list[Dossier] = [summary for place, summary in enumerate(catalog.summaries()) if place in wanted]
    from kqreader.analysis import stats  # the figures and their view: only for this command (and the reader's screen)
    from kqreader.output.stats_view import statistics_view

    rows, buckets = stats.summarised(dossiers, args.today, catalog.named_days(), _marks(catalog, args))
    if args.format == "json":
        document = {"figures": [r.as_dict() for r in rows], "days_to_answer": dict(buckets)}
        sys.stdout.buffer.write(visible_json(orjson.dumps(document, option=orjson.OPT_INDENT_2)) + b"\n")
    elif args.format == "csv":
        import csv  # here: only this command writes CSV itself (each import delays opening the reader)

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(stats.COLUMNS)
        writer.writerows([_cell(r.as_dict()[c]) for c in stats.COLUMNS] for r in rows)
    else:
        PipeConsole().print(statistics_view(rows, buckets))
    return 0


def _known_party(catalog: Catalog, name: str) -> None:
    """A party neither kqreader's table nor any asker in the store knows is a mistake (a typo), not "0 sets":
    named, with the closest name known when one is close."""
    import difflib

    from kqreader.facts.parties import PARTIES, canonical

    names = {party: party for party in PARTIES} | {p.party: p.party for s in catalog.summaries() for p in s.askers
                                                     if p.party}  # fmt: skip
    if canonical(name) in {canonical(known) for known in names}:
        return
    close = difflib.get_close_matches(name.casefold(), {known.casefold(): known for known in names}, n=1, cutoff=0.6)
    said = _("stats --party: no party '{name}' known (not in kqreader's list nor among the askers in this store)")
    said = said.format(name=name)
    if close:
        said += _(" — did you mean '{party}'?").format(party={k.casefold(): k for k in names}[close[0]])
    raise UsageError(visible(said))


def _run_overview(args: argparse.Namespace) -> int:
    """`stats --member NAME` / `--party NAME`: their sets, waiting first, and each ministry's days to answer."""
    from kqreader.analysis.overview import overview
    from kqreader.output.stats_view import overview_view

    store, mended = reading_store(args)
    say(mended)
    catalog = open_catalog(store, args.today)
    catalog.marks = _marks(catalog, args)
    if args.party is not None:
        _known_party(catalog, args.party)
    try:
        if args.member is not None:
            shown = overview(catalog, "member", args.member, args.today, " ".join(args.query))
        else:
            shown = overview(catalog, "party", args.party, args.today, " ".join(args.query))
    except QueryError as error:
        option = "--member" if args.member is not None else "--party"
        raise UsageError(_("stats {option}: {problem}").format(option=option, problem=error)) from None
    if args.format == "json":
        document = {shown.who: shown.name, "also_printed": list(shown.also_printed),
                    "sets": [s.as_dict() for s in shown.sets],
                    "figures": [r.as_dict() for r in shown.figures], "days_to_answer": dict(shown.days_to_answer)}
        sys.stdout.buffer.write(visible_json(orjson.dumps(document, option=orjson.OPT_INDENT_2)) + b"\n")
    elif args.format == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(("id", "title", "submitted", "addressees", "status", "timeliness", "days", "waiting"))
        for asked in shown.sets:
            row = asked.as_dict()
            cells = [*(row[c] for c in ("id", "title", "submitted")), "; ".join(asked.addressees),
                     *(row[c] for c in ("status", "timeliness", "days", "waiting"))]  # fmt: skip
            writer.writerow([_cell(value) for value in cells])
    else:
        PipeConsole().print(overview_view(shown))
    return 0


def _marks(catalog: Catalog, args: argparse.Namespace) -> Marks:
    """The store's marks (a mark noted "nagekomen" keeps a promise, as `kqreader promises` counts it)."""
    if len(catalog.marks):
        return catalog.marks
    return Marks.load(Store(resolve_path(args.db)).layout.marks)


def _cell(value: object) -> object:
    """A CSV cell with no terminal escape, whatever a name or subject holds."""
    return visible(value, lines=True) if isinstance(value, str) else value
