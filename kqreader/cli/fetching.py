"""`kqreader fetch` and `kqreader sync`: sets from the open data, downloaded beside the store and imported."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from kqreader.cli.common import ProgressBar, UsageError, reading_store, say, say_error
from kqreader.cli.importing import import_paths, import_summary
from kqreader.fetch import digests
from kqreader.fetch.digests import since_default
from kqreader.fetch.news import News
from kqreader.fetch.watching import Change, WatchList, listed_concerns
from kqreader.i18n import _, ngettext, number
from kqreader.model import ZAAKNUMMER, Dossier
from kqreader.query.catalog import open_catalog
from kqreader.store.database import Store
from kqreader.store.locations import resolve_path

if TYPE_CHECKING:
    from kqreader.fetch.fetching import Fetcher
    from kqreader.fetch.opendata import Zaak


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
    store, mended = reading_store(args)
    say(mended)
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
    bar = partial(ProgressBar, label=_("downloading"))
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
        say_error(line)
    failed = 0
    changed: set[str] = set()
    said = ngettext("found {sets} set (documents: {downloaded} downloaded, {cached} from the cache)",
                    "found {sets} sets (documents: {downloaded} downloaded, {cached} from the cache)",
                    len(report.sets)).format(sets=number(len(report.sets)), downloaded=number(report.downloaded),
                                             cached=number(report.cached))  # fmt: skip
    if report.files:
        imported, failed = import_paths(store, report.files)
        say(imported.mended)
        said += "; " + import_summary(imported, failed)
        News.load(store.layout.news).record(imported.dossier_ids)  # the reader shows them as new
        changed = set(imported.dossier_ids)
    print(said)
    return (1 if report.failures or failed else 0), changed
