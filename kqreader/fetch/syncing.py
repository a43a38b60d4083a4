"""What a sync asks the open data, and what it remembers between runs, by the API's clock.

An answer, a nader antwoord or a delay notice is a new Document linked to a Zaak; the Zaak's own record need not
change, and a change shows in the API days after its `GewijzigdOp`. So a sync asks for the sets whose record,
Documents or ZaakActors changed (`ApiGewijzigdOp`) since a high-water mark — the highest `ApiGewijzigdOp` a whole
run saw, an instant, never the local date — less an overlap. The mark moves only when the run brought every set it
asked for; a set that did not come in whole (a 404 while the file is not there yet, a timeout, an outage) is asked
again by number next time, with why it failed. The state lives beside the store (`kqreader.sync.json`), written
atomically; the client's own clock is used for nothing but the first sync's window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import orjson

from kqreader.fetch.fetching import Fetcher
from kqreader.fetch.opendata import People, Zaak
from kqreader.fetch.watching import FIRST_WINDOW_DAYS, OVERLAP, Watch, listed_concerns
from kqreader.i18n import _, reason
from kqreader.model import ZAAKNUMMER
from kqreader.store.atomic import locked, write_atomically
from kqreader.store.json_files import StoreError, read_json
from kqreader.text.clock import AMSTERDAM


def sync_path(database: Path) -> Path:
    """Where a store keeps its sync state: `kqreader.sync.json` beside `kqreader.json`."""
    return database.with_name(f"{database.stem}.sync.json")


@dataclass
class SyncState:
    """The mark (the API's clock), the sets to ask again and why, and the followed people already brought once."""

    path: Path
    mark: datetime | None = None
    pending: dict[str, str] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)  # Watch.shown() of the people, parties, ministries brought

    @classmethod
    def load(cls, path: Path) -> SyncState:
        data = read_json(path, _("the sync state is damaged (not valid JSON); remove it to start anew"))
        if data is None:
            return cls(path)
        try:
            mark = datetime.fromisoformat(data["mark"]) if data.get("mark") else None
            pending = {str(k): str(v) for k, v in (data.get("pending") or {}).items() if re.fullmatch(ZAAKNUMMER, k)}
            people = [str(p) for p in data.get("people") or []]
        except (KeyError, TypeError, ValueError, AttributeError):
            raise StoreError(path, _("the sync state is damaged (fields missing); remove it to start anew")) from None
        return cls(path, mark, pending, people)

    def save(self) -> None:
        data = {"mark": self.mark.isoformat() if self.mark else None, "pending": self.pending, "people": self.people}
        try:
            write_atomically(self.path, orjson.dumps(data, option=orjson.OPT_INDENT_2))
        except OSError as error:
            raise StoreError(self.path, _("cannot write the sync state ({why})").format(why=reason(error))) from None


@dataclass
class SyncAsk:
    """What one sync asks: the sets by number (open ones in the store, followed ones, those pending), the followed
    people, and the first sync's window."""

    numbers: set[str]
    watches: list[Watch]
    known: frozenset[str]  # the sets the store has
    today: date
    window: int = FIRST_WINDOW_DAYS
    since: date | None = None  # a window asked for by hand (--since)


def find(fetcher: Fetcher, state: SyncState, ask: SyncAsk) -> list[Zaak]:
    """The sets a sync brings: changed since the mark (those that concern what is followed, and the known sets
    deleted), asked again (pending), followed but never brought, and — the first time a member, party or ministry is
    followed — their sets of the window."""
    people = [w for w in ask.watches if w.kind != "set"]
    found: list[Zaak] = []
    if state.mark is None:
        fetcher.api_now()  # the API's "now", before anything is asked
        numbers = set(ask.numbers)
    else:
        wanted = frozenset(ask.numbers)
        found += fetcher.changed(state.mark - OVERLAP, keep=lambda item: listed_concerns(item, wanted, people))
        numbers = {n for n in ask.numbers if n not in ask.known}
    numbers |= set(state.pending)
    numbers -= {zaak.number for zaak in found}
    found += fetcher.by_numbers(sorted(numbers))
    if ask.since is not None:  # every set submitted since that day (those of the people followed among them)
        found += fetcher.by_query(People(since=ask.since), keep=False)
    start = _api_today(fetcher, state, ask.today) - timedelta(days=ask.window)
    for watch in people if ask.since is None else ():
        if watch.shown() not in state.people:
            asked = _people(watch, start)
            found += fetcher.by_query(asked)
    replacing = [n for zaak in found for n in zaak.replaced_by if n not in {z.number for z in found}]
    if replacing:
        found += fetcher.by_numbers(replacing)
    return _unique(found)


def _api_today(fetcher: Fetcher, state: SyncState, today: date) -> date:
    """The day by the API's clock (its latest change seen), else by the computer's: a window is counted from it."""
    latest = fetcher.report.latest or state.mark
    return latest.astimezone(AMSTERDAM).date() if latest is not None else today


def _people(watch: Watch, since: date) -> People:
    value = watch.value
    return People(member=value if watch.kind == "member" else None, party=value if watch.kind == "party" else None,
                  ministry=value if watch.kind == "ministry" else None, since=since)  # fmt: skip


def _unique(zaken: Iterable[Zaak]) -> list[Zaak]:
    return list({zaak.number: zaak for zaak in zaken if zaak.number}.values())


def settle(fetcher: Fetcher, state: SyncState, ask: SyncAsk) -> bool:
    """After the run: the mark moves (to the highest ApiGewijzigdOp seen) only when every set asked came in whole;
    the sets that did not are asked again next time. Read again and written under the state's lock (a sync of
    another process meanwhile keeps what it moved). Whether the run was whole."""
    report = fetcher.report
    try:
        with locked(state.path):
            kept = SyncState.load(state.path)
            if report.whole:
                marks = [m for m in (kept.mark, report.latest if report.latest else state.mark) if m is not None]
                state.mark = max(marks) if marks else None
                state.pending = {n: why for n, why in kept.pending.items() if n not in ask.numbers | set(state.pending)}
                state.people = sorted({*kept.people, *(w.shown() for w in ask.watches if w.kind != "set")})
            else:
                state.mark = kept.mark
                earlier = {**kept.pending, **state.pending} if report.incomplete else kept.pending
                state.pending = {**earlier, **report.unwhole}
                state.people = kept.people
            state.save()
    except OSError as error:  # Busy too
        said = _("cannot lock the sync state to change it ({why})").format(why=reason(error))
        raise StoreError(state.path, said) from None
    return report.whole
