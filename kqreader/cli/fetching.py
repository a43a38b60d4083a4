"""`kqreader fetch` and `kqreader sync`: sets from the open data, downloaded beside the store and imported."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kqreader.cli.common import ProgressBar, UsageError, reading_store, say, say_error, with_sources
from kqreader.cli.importing import import_paths, import_summary
from kqreader.fetch import digests
from kqreader.fetch.digests import since_default
from kqreader.fetch.news import News
from kqreader.fetch.watching import Change, WatchList
from kqreader.i18n import _, ngettext, number
from kqreader.model import ZAAKNUMMER, Dossier
from kqreader.query.catalog import open_catalog
from kqreader.store.database import Store
from kqreader.store.locations import resolve_path
from kqreader.text.safetext import visible

if TYPE_CHECKING:
    from kqreader.fetch.fetching import Fetcher
    from kqreader.fetch.opendata import Zaak


def run_fetch(args: argparse.Namespace) -> int:
    """Find sets in the open data (by number, or by who asked whom and when), download their documents into the
    cache beside the store, import them."""
    from kqreader.fetch.opendata import People

    people = People(member=args.member, party=args.party, ministry=args.ministry, since=args.since, until=args.until)
    if not args.ids and not people:
        raise UsageError(_("fetch: name a set (2019Z12806) or ask with --member, --party, --ministry or --since"))
    if args.offline and people:
        raise UsageError(_("fetch: --offline finds sets by number only (the cache has no search)"))
    bad = [ident for ident in args.ids if not re.fullmatch(ZAAKNUMMER, ident)]
    if bad:
        raise UsageError(_("fetch: not a set's number: {id}").format(id=bad[0]))

    def find(fetcher: Fetcher) -> list[Zaak]:
        found = fetcher.by_numbers(args.ids)
        return found + (fetcher.by_query(people) if people else [])

    code, _changed, fetcher = _fetched(args, find)
    for number_, replacement in sorted(fetcher.report.gone.items()):
        print(_gone_line(number_, replacement))
    return code


def run_sync(args: argparse.Namespace) -> int:
    """Fetch what is new for every set not yet answered and every set followed, by the API's clock: the sets whose
    record, documents or actors changed since the last whole sync (see fetch/syncing.py); then what changed for the
    sets followed. A sync that could not get everything says what and why, and asks it again next time."""
    from kqreader.fetch.syncing import SyncAsk, SyncState, find, settle, sync_path

    store, mended = reading_store(args, must_exist=False)  # a sync of followed sets may start the store
    say(mended)
    today = args.today
    catalog = open_catalog(store, today)
    watches = WatchList.load()
    state = SyncState.load(sync_path(store.path))
    known: set[str] = set()
    wanted: set[str] = set()
    for summary in catalog.summaries():  # read once, a month at a time
        known.add(summary.id)
        if summary.status in ("open", "delayed") and re.fullmatch(ZAAKNUMMER, summary.id):
            wanted.add(summary.id)
    wanted |= {ident for ident in watches.sets() if re.fullmatch(ZAAKNUMMER, ident)}
    ask = SyncAsk(wanted, watches.watches, frozenset(known), today, args.window, args.since)

    def finding(fetcher: Fetcher) -> list[Zaak]:
        if args.offline:
            return fetcher.by_numbers(sorted(wanted))
        return find(fetcher, state, ask)

    before: dict[str, Dossier | None] = {ident: store.dossier(ident) for ident in watches.sets()}

    def found(zaken: list[Zaak]) -> None:  # each set found as it was before the import
        before.update({zaak.number: store.dossier(zaak.number) for zaak in zaken if zaak.number not in before})

    code, brought_ids, fetcher = _fetched(args, finding, found)
    if fetcher.client is not None and fetcher.client.unreachable:  # said in one line; the mark stays where it was
        return code
    whole = args.offline or settle(fetcher, state, ask)
    changes: list[Change] = []
    if watches.watches:
        changes = _brought(store, watches, before, brought_ids, since_default(watches.synced, today), today)
        changes = with_sources(changes, store.dossier)
        if changes or whole:  # "no changes" only after a sync that brought everything
            sys.stdout.write(digests.as_text(changes))
    followed = {change.set for change in changes}
    for number_, replacement in sorted(fetcher.report.gone.items()):
        if number_ not in followed:
            print(_gone_line(number_, replacement))
    if not whole:
        say_error(_unbrought(fetcher.report.unwhole, fetcher.report.incomplete))
        return 1
    if watches.watches and not args.offline:
        watches.synced = today
        watches.save()
    return code


def _gone_line(zaak: str, replacement: str) -> str:
    if replacement:
        return visible(_("{set}: replaced by {other} in the open data").format(set=zaak, other=replacement))
    return visible(_("{set}: no longer in the open data (deleted there; marked so in the store)").format(set=zaak))


def _unbrought(unwhole: dict[str, str], incomplete: bool) -> str:
    """What a sync could not get: the sets to ask again next time, or the listing itself."""
    if incomplete and not unwhole:
        return _("sync: the open data could not be read whole (see above); the next sync asks again from the same "
                 "point")  # fmt: skip
    shown = ", ".join(sorted(unwhole)[:10]) + (" …" if len(unwhole) > 10 else "")
    said = ngettext("sync: {count} set did not come in whole ({sets}); it is asked again at the next sync",
                    "sync: {count} sets did not come in whole ({sets}); they are asked again at the next sync",
                    len(unwhole))  # fmt: skip
    return said.format(count=number(len(unwhole)), sets=shown)


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
) -> tuple[int, set[str], Fetcher]:
    """Find, download and import; then one line of what happened (and a line per failure, on stderr; a line per
    note: a kind of document left alone). The exit status, the sets the import changed, and the fetcher."""
    from kqreader.fetch.fetching import Cache, Client, Fetcher, cache_folder, stopped
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
    except KeyboardInterrupt:  # the downloads in flight ended at once (Client.stop); what is in the cache stays
        print(_("kqreader: {notice}").format(notice=stopped(fetcher.report)), file=sys.stderr)
        raise
    finally:
        if client is not None:
            client.close()
    report = fetcher.report
    if client is not None and client.unreachable:  # no network: one line, not a line per set asked and "0 found"
        host = urlsplit(sources.odata).hostname or sources.odata
        say_error(_("the open data could not be reached ({host}: {why}); nothing was fetched").format(
            host=host, why=client.unreached))
        return 1, set(), fetcher
    for line in dict.fromkeys(report.failures):  # one line each, however many requests met it
        say_error(line)
    say([visible(note) for note in dict.fromkeys(report.notes)])
    failed = 0
    read_in_part = False
    changed: set[str] = set()
    said = ngettext("found {sets} set (documents: {downloaded} downloaded, {cached} from the cache)",
                    "found {sets} sets (documents: {downloaded} downloaded, {cached} from the cache)",
                    len(report.sets)).format(sets=number(len(report.sets)), downloaded=number(report.downloaded),
                                             cached=number(report.cached))  # fmt: skip
    if report.files:
        imported, failed = import_paths(store, report.files, withdrawn=report.withdrawn)
        say(imported.mended)
        say(fetcher.unreadable(imported.failures))  # each failure has its line above; this says what follows
        said += "; " + import_summary(imported, failed)
        News.load(store.layout.news).record(imported.dossier_ids)  # the reader shows them as new
        changed = set(imported.dossier_ids)
        read_in_part = bool(imported.partial)
    print(said)
    return (1 if report.failures or failed or read_in_part else 0), changed, fetcher
