"""`kqreader watch` and `kqreader digest`: the sets followed, and what changed for them."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date

from kqreader.cli.common import UsageError, reading_store, say, say_error, with_sources
from kqreader.fetch import digests
from kqreader.fetch.digests import since_default
from kqreader.fetch.news import News
from kqreader.fetch.watching import Change, Watch, WatchList
from kqreader.i18n import _, ngettext, number, reason
from kqreader.model import AANHANGSEL, LETTER_PREFIX, ZAAKNUMMER
from kqreader.query.catalog import open_catalog
from kqreader.store.atomic import replace_file
from kqreader.store.database import Store
from kqreader.text.safetext import error_line, visible

# What a set is known by: a zaaknummer, an Aanhangsel id, a letter's name of its own
_SET_ID = rf"{ZAAKNUMMER}|{AANHANGSEL}|{LETTER_PREFIX}[\w-]+"


def run_watch(args: argparse.Namespace) -> int:
    """Follow sets (by number) or the sets of a member, party or ministry; stop following; list what is followed."""
    watches = WatchList.load()
    if args.action == "list":
        for watch in watches.watches:
            print(visible(watch.spoken()))
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
    store, mended = reading_store(args)
    say(mended)
    watches = WatchList.load()
    since = args.since or since_default(watches.synced, args.today)
    changes = with_sources(_changes(store, watches, since, args.today), store.dossier)
    sys.stdout.write(digests.rendered(changes, args.format))
    failed = 0
    if args.atom is not None:
        try:
            replace_file(args.atom, digests.atom_feed(changes))
        except OSError as error:
            error_line(args.atom, _("cannot write the feed ({why})").format(why=reason(error)))
            failed = 1
    hook = digests.Hook(args.hook or "", args.hook_timeout)
    for change in changes if args.hook else ():
        problem = hook.run(change)
        if problem is not None:
            say_error(f"{change.set}: {problem}")
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
