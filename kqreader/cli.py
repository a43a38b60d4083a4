"""The `kqreader` command line: open, import, export and cite.

    kqreader [--db PATH] [--lang nl|en] [PATH ...]         open (importing PATHs first)
    kqreader import [--db PATH] [--rebuild] PATH ...
    kqreader export [--db PATH] [--format json|csv|md] [QUERY ...]
    kqreader stats [--db PATH] [--format table|json|csv] [QUERY ...]
    kqreader cite [--db PATH] ID [-q N] [--style nl|markdown|bibtex|quote]
    kqreader fetch [--db PATH] [--offline] [ID ...] [--member NAME] [--party P] [--ministry M] [--since D] [--until D]
    kqreader sync [--db PATH] [--offline] [--since D]

Every command takes --lang nl|en (else $KQREADER_LANG, else the locale; Dutch by default).
Exit codes: 0 when nothing failed, 1 when a file (or the database) failed, 2 for usage errors.
A user's mistake or a broken file is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import orjson
from rich.console import Console

from kqreader import __version__
from kqreader.facts.ministries import asked_of
from kqreader.facts.promises import STATE_NAMES
from kqreader.fetch import digests
from kqreader.fetch.digests import since_default
from kqreader.fetch.news import News
from kqreader.fetch.watching import Change, Watch, WatchList, listed_concerns
from kqreader.i18n import DEFAULT, LANGUAGES, LanguageError, _, chosen, day, ngettext, number, reason, use
from kqreader.model import ZAAKNUMMER, Dossier
from kqreader.output.citation import STYLES, CitationError, cite, whole_set
from kqreader.output.exporting import FORMATS, clipping_chunks, export
from kqreader.query.catalog import Catalog, open_catalog
from kqreader.query.keeping import Keeping
from kqreader.query.language import Query, QueryError, parse_query
from kqreader.store.atomic import write_atomically
from kqreader.store.database import Store, StoreError
from kqreader.store.locations import resolve_path
from kqreader.store.marks import Marks
from kqreader.text.safetext import error_line, visible

if TYPE_CHECKING:
    from kqreader.fetch.fetching import Fetcher
    from kqreader.fetch.opendata import Zaak
    from kqreader.query.similar import Described
    from kqreader.store.session import ImportReport

COMMANDS = ("open", "import", "export", "stats", "cite", "promises", "similar", "fetch", "sync", "watch", "digest",
            "repair")


def bundled_samples() -> Path:
    """The sample documents: inside the package once installed, beside it in a source tree."""
    inside = Path(__file__).parent / "sample_data"
    return inside if inside.is_dir() else Path(__file__).parent.parent / "sample_data"


def import_paths(store: Store, paths: Sequence[Path], *, rebuild: bool = False) -> tuple[ImportReport, int]:
    """Import with a progress bar on a terminal; each failed file is one stderr line. Damaged months are made
    again first (their lines in the report): an import never hides them."""
    from kqreader.store.importing import import_paths as run  # the parser and process pool only when importing

    mended = [] if rebuild else _mended(store)
    report, failed = run(store, paths, rebuild=rebuild, progress=_progress)
    report.mended = mended
    return report, failed


def _mended(store: Store, *, whole: bool = False) -> list[str]:
    """Damaged months made again from the store's parts or the documents (see repair), a line each; a month that
    cannot be is a StoreError. Only a month that looks damaged loads the importer."""
    if not (whole or store.suspect_months(store.manifest(homes=False))):
        return []
    from kqreader.store.repair import mend

    return [visible(month.line()) for month in mend(store, whole=whole)]


def _say(lines: Sequence[str]) -> None:
    for line in lines:
        print(_("kqreader: {notice}").format(notice=line), file=sys.stderr)


class _progress:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, total: int, label: str | None = None) -> None:
        self.label = label or _("importing")
        console = Console(stderr=True)
        self.bar = None
        if console.is_terminal and total > 1:
            from rich.progress import Progress  # only imports draw it: the reader starts without it

            self.bar = Progress(console=console, transient=True)
        self.total = total

    def __enter__(self):
        if self.bar is None:
            return lambda: None
        self.bar.start()
        task = self.bar.add_task(self.label, total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _summary(report: ImportReport, failed: int) -> str:
    """"imported 12 files (8 dossiers, 43 questions); 0 unchanged, 0 failed" — one level of brackets, each word
    once."""
    counted = _("{dossiers}, {questions}").format(
        dossiers=ngettext("{count} dossier", "{count} dossiers", len(report.dossier_ids)).format(
            count=number(len(report.dossier_ids))),
        questions=ngettext("{count} question", "{count} questions", report.questions).format(
            count=number(report.questions)),
    )  # fmt: skip
    said = ngettext("imported {files} file ({counted}); {unchanged} unchanged, {failed} failed",
                    "imported {files} files ({counted}); {unchanged} unchanged, {failed} failed",
                    report.imported).format(files=number(report.imported), counted=counted,
                                            unchanged=number(report.unchanged), failed=number(failed))  # fmt: skip
    if report.skipped:
        skipped = ngettext("; skipped {count} file that is not a document",
                           "; skipped {count} files that are not documents", report.skipped)  # fmt: skip
        said += skipped.format(count=number(report.skipped))
    return said


def run_import(args: argparse.Namespace) -> int:
    report, failed = import_paths(Store(resolve_path(args.db)), args.paths, rebuild=args.rebuild)
    _say(report.mended)
    print(_summary(report, failed))
    return 1 if failed else 0


def run_repair(args: argparse.Namespace) -> int:
    """Read every month of the store whole and make the damaged ones again (the commands look only cheaply)."""
    store, mended = _reading(args)
    mended += _mended(store, whole=True)
    _say(mended)
    months = len(store.manifest(homes=False).shards)
    said = ngettext("checked {months} month: {mended} made again", "checked {months} months: {mended} made again",
                    months)  # fmt: skip
    print(said.format(months=number(months), mended=number(len(mended))))
    return 0


def _query(words: list[str]) -> Query:
    """The QUERY words as one filter; a malformed one is a usage error."""
    try:
        return parse_query(" ".join(words))
    except QueryError as error:
        raise UsageError(_("QUERY: {problem}").format(problem=error)) from None


def _found(args: argparse.Namespace) -> tuple[Catalog, list[int]]:
    """The store's catalog and the list places of the dossiers QUERY finds: the reader's engine, so the command
    line finds what the filter shows (with --marked, only the marked questions and sets)."""
    marked = getattr(args, "marked", False)
    query = _query([*args.query, "marked:yes"] if marked else args.query)
    store, mended = _reading(args)
    _say(mended)
    catalog = open_catalog(store, args.today)
    if any(condition.of_marks for condition in query.fields):  # marked:, note:, --marked or status:new
        catalog.marks = Marks.load(store.layout.marks)
        catalog.marks.news = News.load(store.layout.news).fresh()
    found = catalog.matching(query)
    if catalog.verify(only_used=True):  # a month's index did not match its digest: made again, asked again
        found = catalog.matching(query)
    return catalog, found


def run_export(args: argparse.Namespace) -> int:
    catalog, found = _found(args)
    dossiers = (catalog.dossier(place) for place in found)
    chunks = clipping_chunks(dossiers, catalog.marks) if args.marked and args.format == "md" else None
    for chunk in chunks or export(dossiers, args.format, args.today, Keeping(catalog.named_days, catalog.marks)):
        sys.stdout.buffer.write(chunk)
    sys.stdout.flush()
    return 0


def run_stats(args: argparse.Namespace) -> int:
    if args.member is not None or args.party is not None:
        return _run_overview(args)
    catalog, found = _found(args)
    wanted = set(found)
    dossiers: list[Dossier] = [summary for place, summary in enumerate(catalog.summaries()) if place in wanted]
    from kqreader.analysis import stats  # the figures and their view: only for this command (and the reader's screen)
    from kqreader.output.stats_view import statistics_view

    rows, buckets = stats.summarised(dossiers, args.today, catalog.named_days())
    if args.format == "json":
        document = {"figures": [r.as_dict() for r in rows], "days_to_answer": dict(buckets)}
        sys.stdout.buffer.write(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
    elif args.format == "csv":
        import csv  # here: only this command writes CSV itself (each import delays opening the reader)

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(stats.COLUMNS)
        writer.writerows([r.as_dict()[c] for c in stats.COLUMNS] for r in rows)
    else:
        Console().print(statistics_view(rows, buckets))
    return 0


def _run_overview(args: argparse.Namespace) -> int:
    """`stats --member NAME` / `--party NAME`: their sets, waiting first, and each ministry's days to answer."""
    from kqreader.analysis.overview import overview
    from kqreader.output.stats_view import overview_view

    store, mended = _reading(args)
    _say(mended)
    catalog = open_catalog(store, args.today)
    try:
        if args.member is not None:
            shown = overview(catalog, "member", args.member, args.today, " ".join(args.query))
        else:
            shown = overview(catalog, "party", args.party, args.today, " ".join(args.query))
    except QueryError as error:
        option = "--member" if args.member is not None else "--party"
        raise UsageError(_("stats {option}: {problem}").format(option=option, problem=error)) from None
    if args.format == "json":
        document = {shown.who: shown.name, "sets": [s.as_dict() for s in shown.sets],
                    "figures": [r.as_dict() for r in shown.figures], "days_to_answer": dict(shown.days_to_answer)}
        sys.stdout.buffer.write(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
    elif args.format == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(("id", "title", "submitted", "addressees", "status", "timeliness", "days", "waiting"))
        for asked in shown.sets:
            row = asked.as_dict()
            writer.writerow([*(row[c] for c in ("id", "title", "submitted")), "; ".join(asked.addressees),
                             *(row[c] for c in ("status", "timeliness", "days", "waiting"))])  # fmt: skip
    else:
        Console().print(overview_view(shown))
    return 0


def run_cite(args: argparse.Namespace) -> int:
    store, mended = _reading(args)
    _say(mended)
    dossier = store.dossier(args.id) or _by_any_id(store, args.id)
    if dossier is None:
        error_line(store.path, _("no dossier {id} in this database").format(id=repr(args.id)))
        return 1
    if args.all and args.question is not None:
        raise UsageError(_("cite: -q N and --all ask for different things: one question, or the whole set"))
    try:
        if args.all:
            text = whole_set(dossier, args.style, address=args.address)
        else:
            text = cite(dossier, args.style, args.question, address=args.address)
    except CitationError as error:
        error_line(store.path, str(error))
        return 1
    print(text)
    return 0


def _by_any_id(store: Store, ident: str) -> Dossier | None:
    """The set known by this id in any of its forms (its Aanhangsel number, kv-tk-…): the filter's `id:`."""
    try:
        query = parse_query(f"id:{ident}")
    except QueryError:
        return None
    catalog = open_catalog(store, date.today())
    found = catalog.matching(query)
    return catalog.dossier(found[0]) if found else None


def run_promises(args: argparse.Namespace) -> int:
    """The promise queue: every promise the answers make, its minister, due day and state (open, due within 30
    days, overdue, kept), oldest due first; filtered by state, ministry, minister and the day of the answer."""
    from kqreader.analysis.promise_queue import queue

    store, mended = _reading(args)
    _say(mended)
    catalog = open_catalog(store, args.today)
    marks = Marks.load(store.layout.marks)
    found = queue(catalog, args.today, marks, ministry=args.ministry, minister=args.minister, since=args.since)
    if args.state:
        found = [q for q in found if q.state in args.state]
    if args.format == "json":
        document = {"promises": [q.as_dict() for q in found]}
        sys.stdout.buffer.write(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    if not found:
        print(_("No promises found."))
        return 0
    for q in found:
        due = q.due.isoformat() if q.due else _("no date")
        who = ", ".join(q.ministers) or asked_of(q.addressees) or "?"
        line = f"{due:<10}  {_(STATE_NAMES[q.state]):<12} {q.set:<20} {who} — {q.text}"
        print(visible(line))
    counts = {state: sum(1 for q in found if q.state == state) for state in STATE_NAMES}
    summary = ngettext("{count} promise: {open} open, {due} due within 30 days, {overdue} overdue, {kept} kept",
                       "{count} promises: {open} open, {due} due within 30 days, {overdue} overdue, {kept} kept",
                       len(found))  # fmt: skip
    print(summary.format(count=number(len(found)), **{k: number(v) for k, v in counts.items()}))
    return 0


def run_similar(args: argparse.Namespace) -> int:
    """Earlier sets on the same subject as one set (or one of its questions): the sets it names or that name it,
    then the most alike in words (see query/similar.py)."""
    from kqreader.query.similar import described, similar_sets

    store, mended = _reading(args)
    _say(mended)
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
        sys.stdout.buffer.write(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    print(visible(_similar_heading(dossier, args.question, args.later)))
    if not sets:
        print(_("Nothing found."))
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


def run_fetch(args: argparse.Namespace) -> int:
    """Find sets in the open data (by number, or by who asked whom and when), download their documents into the
    cache beside the store, import them."""
    filters = {"member": args.member, "party": args.party, "ministry": args.ministry, "since": args.since,
               "until": args.until}  # fmt: skip
    if not args.ids and not any(filters.values()):
        raise UsageError(_("fetch: name a set (2019Z12806) or ask with --member, --party, --ministry or --since"))
    if args.offline and any(filters.values()):
        raise UsageError(_("fetch: --offline finds sets by number only (the cache has no search)"))
    from kqreader.fetch import opendata

    def find(fetcher: Fetcher) -> list[Zaak]:
        found = fetcher.by_numbers(args.ids)
        return found + (fetcher.by_query(opendata.by_people(**filters)) if any(filters.values()) else [])

    return _fetched(args, find)[0]


def run_sync(args: argparse.Namespace) -> int:
    """Fetch what is new for every set not yet answered and every set followed (and, with --since, new sets); then
    what changed for the sets followed since the last sync. After a first sync, one listing of the sets changed since
    the last one is asked (`GewijzigdOp`), however many are followed, and only those are fetched."""
    store, mended = _reading(args)
    _say(mended)
    today = date.today()
    catalog = open_catalog(store, today)
    watches = WatchList.load()
    wanted = {d.id for d in catalog.summaries() if d.status in ("open", "delayed") and re.fullmatch(ZAAKNUMMER, d.id)}
    wanted |= {ident for ident in watches.sets() if re.fullmatch(ZAAKNUMMER, ident)}
    people = [w for w in watches.watches if w.kind != "set"]
    from kqreader.fetch import opendata

    def find(fetcher: Fetcher) -> list[Zaak]:
        if watches.synced is not None and not args.offline:
            return fetcher.by_query(opendata.changed_since(watches.synced),
                                    keep=lambda item: listed_concerns(item, wanted, people))  # fmt: skip
        found = fetcher.by_numbers(sorted(wanted))
        since = args.since
        return found + (fetcher.by_query(opendata.by_people(since=since)) if since else [])

    before: dict[str, Dossier | None] = {ident: store.dossier(ident) for ident in watches.sets()}

    def found(zaken: list[Zaak]) -> None:  # each set found as it was before the import
        before.update({zaak.number: store.dossier(zaak.number) for zaak in zaken if zaak.number not in before})

    code, brought_ids = _fetched(args, find, found if watches.watches else None)
    if watches.watches:
        changes = _brought(store, watches, before, brought_ids, since_default(watches.synced, today), today)
        sys.stdout.write(digests.as_text(changes))
        watches.synced = today
        watches.save()
    return code


def _brought(store: Store, watches: WatchList, before: dict[str, Dossier | None], fetched: set[str], since: date,
             today: date) -> list[Change]:  # fmt: skip
    """What a sync brought to the followed sets (see watching.brought), and the followed sets that passed their term
    since the last sync."""
    from kqreader.fetch.watching import brought, overdue_since

    changes: list[Change] = []
    for ident in sorted(fetched):
        after = store.dossier(ident)
        watch = watches.covering(after) if after is not None else None
        if after is not None and watch is not None:
            changes += brought(before.get(ident), after, watch, today)
    for ident, dossier in before.items():
        watch = watches.covering(dossier) if dossier is not None else None
        now = store.dossier(ident) if ident in fetched else dossier
        if now is not None and watch is not None:
            changes += overdue_since(now, watch, since, today)
    return sorted(changes, key=lambda change: (change.day, change.set, change.kind))


_SET_ID = rf"{ZAAKNUMMER}|ah-tk-\d{{8}}-\d+|brief-[\w-]+"  # what a set is known by (a zaaknummer, an Aanhangsel id, …)


def run_watch(args: argparse.Namespace) -> int:
    """Follow sets (by number) or the sets of a member, party or ministry; stop following; list what is followed."""
    watches = WatchList.load()
    if args.action == "list":
        for watch in watches.watches:
            print(visible(watch.shown()))
        if not watches.watches:
            print(_("You follow no sets yet: kqreader watch add 2024Z00102, or --member, --party, --ministry NAME"))
        return 0
    asked = [Watch("set", ident) for ident in args.ids] + [
        Watch(kind, value) for kind in ("member", "party", "ministry") if (value := getattr(args, kind))
    ]
    if not asked:
        raise UsageError(_("watch: name a set (2024Z00102) or give --member, --party or --ministry"))
    bad = [w.value for w in asked if w.kind == "set" and not re.fullmatch(_SET_ID, w.value)]
    if bad:
        raise UsageError(_("watch: not a set's number: {id}").format(id=bad[0]))
    changed = sum((watches.add if args.action == "add" else watches.remove)(w) for w in asked)
    watches.save()
    said = (ngettext("now following {count} more", "now following {count} more", changed) if args.action == "add"
            else ngettext("no longer following {count}", "no longer following {count}", changed))  # fmt: skip
    print(said.format(count=number(changed)) + " " + _("({total} in all)").format(total=number(len(watches.watches))))
    return 0


def run_digest(args: argparse.Namespace) -> int:
    """What changed for the sets followed in a period, as text, Markdown or JSON; an Atom feed; a hook per change."""
    store, mended = _reading(args)
    _say(mended)
    watches = WatchList.load()
    since = args.since or since_default(watches.synced, args.today)
    changes = _changes(store, watches, since, args.today)
    sys.stdout.write(digests.rendered(changes, args.format))
    failed = 0
    if args.atom is not None:
        try:
            write_atomically(args.atom, digests.atom_feed(changes))
        except OSError as error:
            error_line(args.atom, _("cannot write the feed ({why})").format(why=reason(error)))
            failed = 1
    for change in changes if args.hook else ():
        problem = digests.run_hook(args.hook, change)
        if problem is not None:
            _say_error(f"{change.set}: {problem}")
            failed = 1
    return failed


def _changes(store: Store, watches: WatchList, since: date, today: date) -> list[Change]:
    """The changes to the followed sets in the store from `since` up to `today` (only sets that can have one are
    read whole)."""
    if not watches.watches:
        return []
    from kqreader.fetch.watching import candidates, digest, fetched_days

    catalog = open_catalog(store, today)
    fetched = fetched_days(News.load(store.layout.news).changed)
    places = candidates(catalog.summaries(), since, fetched)
    return digest((catalog.dossier(place) for place in places), watches, since, today, fetched)


def _fetched(
    args: argparse.Namespace, find: Callable[[Fetcher], list[Zaak]], found: Callable[[list[Zaak]], None] | None = None
) -> tuple[int, set[str]]:
    """Find, download and import; then one line of what happened (and a line per failure, on stderr). The exit
    status, and the sets the import changed."""
    from kqreader.fetch.fetching import Cache, Client, Fetcher, cache_folder
    from kqreader.fetch.opendata import Sources

    store = Store(resolve_path(args.db))
    store.manifest(homes=False)  # a store that cannot be read is said before anything is downloaded
    client = None if args.offline else Client(timeout=args.timeout)
    bar = partial(_progress, label=_("downloading"))
    try:
        sources = Sources.at(args.api)
    except ValueError as error:
        raise UsageError(_("--api: {problem}").format(problem=error)) from None
    fetcher = Fetcher(Cache(cache_folder(store.path)), sources, client, bar)
    try:
        zaken = find(fetcher)
        if found is not None:
            found(zaken)
        fetcher.documents(zaken)
    finally:
        if client is not None:
            client.close()
    report = fetcher.report
    for line in report.failures:
        _say_error(line)
    failed = 0
    changed: set[str] = set()
    said = ngettext("found {sets} set (documents: {downloaded} downloaded, {cached} from the cache)",
                    "found {sets} sets (documents: {downloaded} downloaded, {cached} from the cache)",
                    len(report.sets)).format(sets=number(len(report.sets)), downloaded=number(report.downloaded),
                                             cached=number(report.cached))  # fmt: skip
    if report.files:
        imported, failed = import_paths(store, report.files)
        _say(imported.mended)
        said += "; " + _summary(imported, failed)
        News.load(store.layout.news).record(imported.dossier_ids)  # the reader shows them as new
        changed = set(imported.dossier_ids)
    print(said)
    return (1 if report.failures or failed else 0), changed


def _say_error(problem: str) -> None:
    """"kqreader: error: PROBLEM" on stderr (a problem not of one file)."""
    print(_("kqreader: error: {problem}").format(problem=visible(problem)), file=sys.stderr)


def _reading(args: argparse.Namespace) -> tuple[Store, list[str]]:
    """The store a reading command uses, moved first if it has an older layout (only then is the importer loaded),
    its damaged months made again (a line each, for the command to say)."""
    store = Store(resolve_path(args.db))
    if store.older_layout():
        from kqreader.store.importing import open_store

        open_store(store)
    return store, _mended(store)


def run_open(args: argparse.Namespace) -> int:
    """Import the given paths (or, into an empty store, the samples), then read."""
    store = Store(resolve_path(args.db))
    failed = 0
    notice = None
    problems: list[str] = []
    mended: list[str] = []
    if args.paths:
        report, failed = import_paths(store, args.paths)
        mended = report.mended
        notice = _summary(report, failed)
        if failed and not (report.imported or report.unchanged):  # each file's line is above, on stderr
            said = ngettext("kqreader: nothing could be imported ({failed} file failed); the reader is not opened",
                            "kqreader: nothing could be imported ({failed} files failed); the reader is not opened",
                            failed)  # fmt: skip
            print(said.format(failed=number(failed)), file=sys.stderr)
            return 1
        problems = [f"{visible(path)}: {visible(why)}" for path, why in report.failures]
    else:
        store, mended = _reading(args)
    if not args.paths and store.is_empty():
        report, failed = import_paths(store, [bundled_samples()])
        notice = _("The database was empty: imported the sample documents ({summary}).").format(
            summary=_summary(report, failed)
        )
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        _say(mended)
        if notice:
            print(visible(notice), file=sys.stderr)
        from kqreader.output.plain_text import print_dossier

        console = Console()
        for dossier in store.dossiers():  # not a terminal (a pipe, a file): the dossiers as text
            print_dossier(console, dossier)
        return 1 if failed else 0
    opening = Opening(store, date.today())  # before Textual starts: a slow open then runs beside it
    from kqreader.tui.app import ReaderApp, calm_collector  # Textual only when there is a screen to draw on

    marks, marks_notice = _marks_for_reading(store)
    marks.news = News.load(store.layout.news).opening()  # marked "new" in the list; status:new finds them
    try:
        marks.watched = WatchList.load().sets()  # marked ⚑ in the list
    except StoreError as error:
        marks_notice = " ".join(filter(None, [marks_notice, f"{visible(str(error.path))}: {visible(error.problem)}"]))
    notice = " ".join(filter(None, [*mended, notice, marks_notice])) or None
    ready = opening.ready()
    options = {"catalog": ready} if ready is not None else {"load": opening.catalog}
    from kqreader.tui.settings import settings_path

    if ready is not None:
        calm_collector()  # the catalog is in: what is here lives as long as the reader (full passes over it ran in
        # the first frame's making)
    app = ReaderApp.for_terminal(
        today=opening.today, copy_to=args.copy_to, notice=notice, problems=problems, settings_file=settings_path(),
        marks=marks, **options,
    )
    app.run()
    return app.return_code or (1 if failed else 0)


def _marks_for_reading(store: Store) -> tuple[Marks, str | None]:
    """The store's marks; a damaged marks file is said in the reader (its marks then last the session, and the
    file is left as it is)."""
    try:
        return Marks.load(store.layout.marks), None
    except StoreError as error:
        return Marks(), f"{visible(str(error.path))}: {visible(error.problem)}"


class Opening:
    """The store's catalog: opened at once when every month's reader file matches (a few kilobytes read a month),
    else in a thread that makes the others again (the reader shows the list when it is done)."""

    def __init__(self, store: Store, today: date) -> None:
        self.today = today
        self._result: Catalog | StoreError | None = None
        self._thread: threading.Thread | None = None
        try:
            self._result = open_catalog(store, today, quick=True)
        except StoreError as error:
            self._result = error
        if self._result is None:
            self._thread = threading.Thread(target=self._open, args=(store, today), name="open-catalog", daemon=True)
            self._thread.start()

    def _open(self, store: Store, today: date) -> None:
        try:
            self._result = open_catalog(store, today)
        except StoreError as error:
            self._result = error

    def ready(self) -> Catalog | None:
        """The catalog, when it was opened at once."""
        return self._result if self._thread is None and isinstance(self._result, Catalog) else None

    def catalog(self, today: date) -> Catalog:
        if self._thread is not None:
            self._thread.join()
        if isinstance(self._result, StoreError):
            raise self._result
        assert self._result is not None and self._result.today == today
        return self._result


class UsageError(Exception):
    """A mistake in the command's arguments that argparse cannot see (exit code 2)."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        said = _("not a date ({format}): {text}").format(format=_("YYYY-MM-DD"), text=repr(text))
        raise argparse.ArgumentTypeError(said) from None


def _positive(text: str) -> int:
    """A count of one or more (`similar --limit`)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(_("not a number of 1 or more: {text}").format(text=repr(text)))
    return int(text)


def _today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today", type=_day, default=date.today(), metavar=_("YYYY-MM-DD"),
        help=_("count open and overdue days up to this date (default: today)"),
    )  # fmt: skip


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar=_("PATH"),
                        help=_("database file (default: $KQREADER_DB, else the user data dir)"))  # fmt: skip
    _language_option(parser)


def _language_option(parser: argparse.ArgumentParser) -> None:
    """--lang: taken from the command line before it is read (see `_language`), named here for --help."""
    parser.add_argument("--lang", choices=LANGUAGES, help=_("the language kqreader speaks (default: $KQREADER_LANG, "
                        "else the locale's, else nl)"))  # fmt: skip


EXAMPLES = {  # each subcommand's --help ends with these (commands: the same in every language)
    "open": ["kqreader", "kqreader ~/Downloads/kamervragen/", "kqreader --db ~/werk/kq.json"],
    "import": ["kqreader import ~/Downloads/kamervragen/", "kqreader import --rebuild ~/archief/"],
    "export": ["kqreader export --format md stikstof > stikstof.md", "kqreader export --format csv party:PvdA",
               "kqreader export --marked --format md > knipsels.md"],
    "stats": ["kqreader stats", "kqreader stats --format csv minister:financien since:2024-01",
              "kqreader stats --member ploumen", "kqreader stats --party SP --format json"],
    "cite": ["kqreader cite 2019Z12806 -q 2", "kqreader cite ah-tk-20232024-387 --style markdown",
             "kqreader cite 2019Z12806 --all --no-address"],
    "fetch": ["kqreader fetch 2019Z12806", "kqreader fetch --party PvdD --since 2024-01-01",
              "kqreader fetch --offline 2019Z12806"],
    "sync": ["kqreader sync", "kqreader sync --since 2024-09-17"],
    "repair": ["kqreader repair", "kqreader repair --db ~/werk/kq.json"],
    "similar": ["kqreader similar 2019Z12806", "kqreader similar 2019Z12806 -q 3 --limit 5",
                "kqreader similar ah-tk-20232024-387 --later --format json"],
    "promises": ["kqreader promises --state overdue", "kqreader promises --ministry justitie --since 2024-01-01",
                 "kqreader promises --format json > toezeggingen.json"],
    "watch": ["kqreader watch add 2024Z00102 2024Z00103", "kqreader watch add --party PvdD --ministry justitie",
              "kqreader watch list", "kqreader watch remove 2024Z00102"],
    "digest": ["kqreader digest --since 2024-11-01", "kqreader digest --format md > deze-week.md",
               "kqreader digest --atom ~/feeds/kq.xml --hook 'notify-send \"$KQREADER_SET\" \"$KQREADER_TEXT\"'"],
}  # fmt: skip


def _examples(command: str) -> dict[str, Any]:
    lines = "\n".join(f"  {example}" for example in EXAMPLES[command])
    return {"epilog": _("examples:") + f"\n{lines}", "formatter_class": argparse.RawDescriptionHelpFormatter}


def _network_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--offline", action="store_true",
                        help=_("read only the cache beside the store, never the network"))  # fmt: skip
    parser.add_argument("--api", metavar="URL", help=_("another base address for the open data (default: "
                        "$KQREADER_API, else the official services)"))  # fmt: skip
    parser.add_argument("--timeout", type=float, default=30.0, metavar=_("SECONDS"),
                        help=_("give up on an answer after this long (default: 30)"))  # fmt: skip


class _Parser(argparse.ArgumentParser):
    """argparse, whose mistakes are one line (its usage block would be five more): what is wrong and where to look."""

    def error(self, message: str) -> NoReturn:
        said = _("{prog}: error: {message} (see {prog} --help)").format(prog=self.prog, message=message)
        self.exit(2, visible(said) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kqreader",
        description=_("Read Dutch parliamentary written questions (Kamervragen) beside the answers."),
        epilog=_("Without a command, kqreader opens the reader; given PATHs are imported first."),
    )
    parser.add_argument("--version", action="version", version=f"kqreader {__version__}",
                        help=_("show the version and exit"))  # fmt: skip
    _language_option(parser)
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"))

    opening = commands.add_parser("open", help=_("open the reader (the default command)"), **_examples("open"))
    _database_option(opening)
    opening.add_argument("paths", nargs="*", type=Path, metavar=_("PATH"),
                         help=_("documents or directories to import first"))  # fmt: skip
    opening.add_argument("--copy-to", type=Path, metavar=_("FILE"),
                         help=_("also append every copy to FILE (no OSC 52?)"))  # fmt: skip
    opening.set_defaults(run=run_open)

    importing = commands.add_parser(
        "import", help=_("import documents and folders (.pdf, .docx, .xml, .md, .txt)"), **_examples("import")
    )
    _database_option(importing)
    importing.add_argument("--rebuild", action="store_true", help=_("start a new database; keep the old file as .bak"))
    importing.add_argument("paths", nargs="+", type=Path, metavar=_("PATH"),
                           help=_("files and folders of documents (.pdf, .docx, .xml, .md, .txt)"))
    importing.set_defaults(run=run_import)

    exporting = commands.add_parser("export", help=_("write dossiers to stdout"), **_examples("export"))
    _database_option(exporting)
    exporting.add_argument("--format", choices=FORMATS, default="json",
                           help=_("json (default), csv, csv-nl (for a Dutch spreadsheet) or md (to read)"))
    exporting.add_argument(
        "--marked", action="store_true",
        help=_("only the sets you marked in the reader (m); with --format md, a clipping file: each marked question "
               "with its answer, your note and its citation"),
    )  # fmt: skip
    exporting.add_argument("query", nargs="*", metavar=_("QUERY"), help=_("the reader's filter language"))
    _today_option(exporting)
    exporting.set_defaults(run=run_export)

    counting = commands.add_parser(
        "stats", help=_("answer times and timeliness per ministry and party"), **_examples("stats")
    )
    _database_option(counting)
    counting.add_argument("--format", choices=("table", "json", "csv"), default="table",
                          help=_("a table to read (default), json or csv"))
    whose = counting.add_mutually_exclusive_group()
    whose.add_argument("--member", metavar=_("NAME"),
                       help=_("one member's sets, those waiting first, and each ministry's days to answer"))
    whose.add_argument("--party", metavar=_("PARTY"),
                       help=_("one party's sets, those waiting first, and each ministry's days to answer"))
    counting.add_argument("query", nargs="*", metavar=_("QUERY"), help=_("the reader's filter language"))
    _today_option(counting)
    counting.set_defaults(run=run_stats)

    citing = commands.add_parser(
        "cite", help=_("print a citation of a dossier or one of its questions"), **_examples("cite")
    )
    _database_option(citing)
    citing.add_argument("id", metavar="ID", help=_("zaaknummer (2019Z12806) or Aanhangsel id (ah-tk-20232024-387)"))
    citing.add_argument("-q", "--question", type=int, metavar="N", help=_("cite question N and its answer"))
    citing.add_argument("--style", choices=STYLES, default="nl",
                        help=_("nl (the legal authors' guide, default), markdown, bibtex or quote"))
    citing.add_argument("--all", action="store_true", help=_("every question and answer of the set, then one citation"))
    citing.add_argument("--no-address", dest="address", action="store_false",
                        help=_("without the official address (at the end; bibtex: its url field)"))  # fmt: skip
    citing.set_defaults(run=run_cite)

    promising = commands.add_parser(
        "promises", help=_("the promises made in answers: due, overdue, kept"), **_examples("promises")
    )
    _database_option(promising)
    promising.add_argument("--state", action="append", choices=tuple(STATE_NAMES),
                           help=_("only promises in this state (may be given more than once)"))  # fmt: skip
    promising.add_argument("--ministry", metavar=_("NAME"), help=_("only promises to or from this ministry"))
    promising.add_argument("--minister", metavar=_("NAME"), help=_("only promises of this minister"))
    promising.add_argument("--since", type=_day, metavar=_("YYYY-MM-DD"), help=_("only answers given since"))
    promising.add_argument("--format", choices=("text", "json"), default="text", help=_("text (default) or json"))
    _today_option(promising)
    promising.set_defaults(run=run_promises)

    alike = commands.add_parser(
        "similar", help=_("earlier sets on the same subject as one set: has this been asked before?"),
        **_examples("similar"),
    )
    _database_option(alike)
    alike.add_argument("id", metavar="ID", help=_("zaaknummer (2019Z12806) or Aanhangsel id (ah-tk-20232024-387)"))
    alike.add_argument("-q", "--question", type=int, metavar="N", help=_("alike to question N and its answer only"))
    alike.add_argument("--limit", type=_positive, default=10, metavar="N", help=_("how many alike sets (default 10)"))
    alike.add_argument("--later", action="store_true", help=_("later sets too, not only earlier ones"))
    alike.add_argument("--format", choices=("text", "json"), default="text", help=_("text (default) or json"))
    alike.set_defaults(run=run_similar)

    fetching = commands.add_parser(
        "fetch", help=_("fetch sets from the official open data and import them"), **_examples("fetch")
    )
    _database_option(fetching)
    fetching.add_argument("ids", nargs="*", metavar="ID", help=_("zaaknummers (2019Z12806)"))
    fetching.add_argument("--member", metavar=_("NAME"), help=_("sets asked by a member of this name"))
    fetching.add_argument("--party", metavar=_("PARTY"), help=_("sets asked by members of this party"))
    fetching.add_argument("--ministry", metavar=_("NAME"), help=_("sets asked of this minister (a part of the name)"))
    fetching.add_argument("--since", type=_day, metavar=_("YYYY-MM-DD"), help=_("sets submitted on or after this day"))
    fetching.add_argument("--until", type=_day, metavar=_("YYYY-MM-DD"), help=_("sets submitted up to this day"))
    _network_options(fetching)
    fetching.set_defaults(run=run_fetch)

    syncing = commands.add_parser(
        "sync", help=_("fetch what is new for every set not yet answered"), **_examples("sync")
    )
    _database_option(syncing)
    syncing.add_argument("--since", type=_day, metavar=_("YYYY-MM-DD"), help=_("also the new sets submitted since"))
    _network_options(syncing)
    syncing.set_defaults(run=run_sync)

    watching = commands.add_parser(
        "watch", help=_("follow sets, or the sets of a member, party or ministry"), **_examples("watch")
    )
    watching.add_argument("action", choices=("add", "remove", "list"), metavar=_("add|remove|list"),
                          help=_("follow, stop following, or list what is followed"))
    watching.add_argument("ids", nargs="*", metavar="ID", help=_("zaaknummers (2024Z00102)"))
    watching.add_argument("--member", metavar=_("NAME"), help=_("every set a member of this name asks"))
    watching.add_argument("--party", metavar=_("PARTY"), help=_("every set members of this party ask"))
    watching.add_argument("--ministry", metavar=_("NAME"),
                          help=_("every set asked of this ministry (a part of the name)"))  # fmt: skip
    watching.set_defaults(run=run_watch)

    digesting = commands.add_parser(
        "digest", help=_("what changed for the sets you follow"), **_examples("digest")
    )
    _database_option(digesting)
    digesting.add_argument("--since", type=_day, metavar=_("YYYY-MM-DD"),
                           help=_("from this day (default: the last sync, else a week ago)"))  # fmt: skip
    digesting.add_argument("--format", choices=digests.DIGEST_FORMATS, default="text",
                           help=_("the digest's form: {forms}").format(forms=", ".join(digests.DIGEST_FORMATS)))
    digesting.add_argument("--atom", type=Path, metavar=_("FILE"), help=_("also write the changes as an Atom feed"))
    digesting.add_argument("--hook", metavar=_("COMMAND"),
                           help=_("run COMMAND for each change, its facts in KQREADER_* variables"))  # fmt: skip
    _today_option(digesting)
    digesting.set_defaults(run=run_digest)

    repairing = commands.add_parser(
        "repair", help=_("read every month of the store and make damaged ones again"), **_examples("repair")
    )
    _database_option(repairing)
    repairing.set_defaults(run=run_repair)
    return parser


def _with_command(argv: list[str]) -> list[str]:
    """Put the command first: `kqreader --db X file.md` means `kqreader open --db X file.md`."""
    index = 0
    while index < len(argv) and argv[index].startswith("--db"):
        index += 2 if argv[index] == "--db" else 1
    front, rest = argv[:index], argv[index:]
    if rest and rest[0] in ("-h", "--help", "--version"):
        return argv
    if rest and rest[0] in ("export", "stats"):
        return [rest[0], *front, *_query_last(rest[1:])]
    if rest and rest[0] in COMMANDS:
        return [rest[0], *front, *rest[1:]]
    if rest and not os.path.lexists(rest[0]):
        import difflib  # here: opening the reader does not wait for it

        if close := difflib.get_close_matches(rest[0], COMMANDS, n=1):
            said = _("unknown command '{word}' — did you mean '{command}'?")  # not a file to import
            raise UsageError(said.format(word=rest[0], command=close[0]))
    return ["open", *front, *rest]


def _query_last(argv: list[str]) -> list[str]:
    """Options first, then "--" and the query words, so an exclusion ("-stikstof") is a word, not an option."""
    options: list[str] = []
    words: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            words += tokens
        elif token in _VALUED_OPTIONS:
            options += [token, next(tokens, "")]
        elif token in _FLAGS or token.split("=", 1)[0] in _VALUED_OPTIONS:
            options.append(token)
        else:
            words.append(token)
    return [*options, "--", *words] if words else options


_VALUED_OPTIONS = ("--db", "--format", "--today", "--member", "--party")  # export and stats (the rest: query words)
_FLAGS = ("-h", "--help", "--marked")


def _language(argv: list[str]) -> list[str]:
    """Speak the language asked for (--lang, else $KQREADER_LANG, else the locale) before any text is made; the
    arguments without --lang."""
    rest: list[str] = []
    asked = None
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            rest += [token, *tokens]
        elif token == "--lang":
            asked = next(tokens, "")
        elif token.startswith("--lang="):
            asked = token.split("=", 1)[1]
        else:
            rest.append(token)
    try:
        use(chosen(asked))
    except LanguageError as error:
        use(DEFAULT)
        raise UsageError(str(error)) from None
    return rest


def main(argv: Sequence[str] | None = None) -> int:
    try:
        words = _language(list(sys.argv[1:] if argv is None else argv))
        args = build_parser().parse_args(_with_command(words))
        return args.run(args)
    except UsageError as error:
        _say_error(str(error))
        return 2
    except BrokenPipeError:  # `kqreader export | head`: the reader of our output left; end quietly, as tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush of stdout would fail again
        return 128 + signal.SIGPIPE
    except StoreError as error:
        error_line(error.path, error.problem)
        return 1
    except OSError as error:  # a file of the user's or of the system that no layer above could name better
        error_line(error.filename or "kqreader", reason(error))
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
