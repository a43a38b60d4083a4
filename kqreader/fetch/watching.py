"""The sets a user follows and what happened to them: the watch list, and the changes a digest reports.

A watch is a set (its zaaknummer), a member, a party or a ministry (a part of the name, in any case and without
diacritics). The list lives with the user's settings (`watch.json` in the config folder, written atomically; a
damaged file is one line, never an empty list). The changes are read off the store's dossiers by their dates — a
set submitted, answered, given a delay notice, passing its deadline (21 days, 42 after a delay notice), completed by
a nader antwoord (dated by the fetch that brought it) — so a digest of any period needs no history of its own.
No Textual here.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, get_args

import orjson
import platformdirs

from kqreader.facts.parties import party_matches
from kqreader.facts.timeliness import limit_for
from kqreader.i18n import N_, _, reason, speaking
from kqreader.model import ZAAKNUMMER, Dossier, Notice
from kqreader.store.atomic import locked, write_atomically
from kqreader.store.json_files import StoreError, read_json
from kqreader.text.folding import fold

WatchKind = Literal["set", "member", "party", "ministry"]
WATCH_KINDS: tuple[WatchKind, ...] = get_args(WatchKind)
ChangeKind = Literal["new", "answered", "delayed", "overdue", "further", "removed", "replaced", "document"]
CHANGE_NAMES = {  # what each change is called, in the digest and in a hook's KQREADER_EVENT (the key)
    "new": N_("new set"), "answered": N_("answered"), "delayed": N_("delay notice"), "overdue": N_("overdue"),
    "further": N_("further answer"), "removed": N_("no longer in the open data"), "replaced": N_("replaced by {sets}"),
    "document": N_("a document withdrawn from the open data"),
}  # fmt: skip
ENDINGS: dict[str, ChangeKind] = {"removed": "removed", "replaced": "replaced", "document": "document"}  # notice ->
OVERLAP = timedelta(hours=1)  # a sync asks from its mark less this: a change the API showed late is not missed
FIRST_WINDOW_DAYS = 30  # a first sync brings the sets of followed members, parties and ministries of these days


def watch_path() -> Path:
    return Path(platformdirs.user_config_dir("kqreader", appauthor=False)) / "watch.json"


@dataclass(frozen=True)
class Watch:
    kind: WatchKind
    value: str

    def covers(self, dossier: Dossier) -> bool:
        """Whether this watch follows the set."""
        wanted = fold(self.value)
        if self.kind == "set":
            return fold(dossier.id) == wanted or fold(dossier.publication or "") == wanted
        if self.kind == "member":
            return any(wanted in fold(person.name) for person in dossier.askers)
        if self.kind == "party":
            return any(party_matches(wanted, person.party) for person in dossier.askers)
        return any(wanted in fold(name) for name in [*dossier.addressees, *dossier.answered_by])

    def asks(self, name: str, party: str | None, relation: str | None, function: str | None = None) -> bool:
        """Whether this watch follows a set one of whose actors, as the open data lists them, is this one (for
        "Gericht aan" the office is in `function`, the person in `name`)."""
        from kqreader.fetch import opendata  # only a sync asks: the reader, which loads the watch list, does not

        asking = relation in ("Indiener", "Medeindiener")
        if self.kind == "member":
            return asking and opendata.member_matches(self.value, name)
        if self.kind == "party":
            return asking and (party_matches(self.value, party) or opendata.party_asked(self.value, party))
        actor = {"ActorNaam": name, "Functie": function}
        return self.kind == "ministry" and relation == "Gericht aan" and opendata.ministry_matches(self.value, actor)

    def shown(self) -> str:
        """As kept and compared (the sync's state, the JSON): the English kind."""
        return self.value if self.kind == "set" else f"{self.kind}:{self.value}"

    def spoken(self) -> str:
        """As a person reads it: `partij:PvdD` in Dutch, the filter's Dutch name for the field."""
        if self.kind == "set":
            return self.value
        kind = DUTCH_KINDS[self.kind] if speaking() == "nl" else self.kind
        return f"{kind}:{self.value}"


DUTCH_KINDS = {"member": "vrager", "party": "partij", "ministry": "ministerie"}  # the filter's Dutch field names


@dataclass
class WatchList:
    """The watches, and the day of the last sync (a digest after a sync covers the days since).

    Saving re-reads the file under its lock and applies only what this copy changed since it was read (the
    watches added and removed, the day of the sync): twenty `watch add` at once keep all twenty, and a `watch add`
    made while a sync runs outlives the sync's save. `updating` holds the lock from the reading on."""

    path: Path
    watches: list[Watch] = field(default_factory=list)
    synced: date | None = None
    _read: tuple[list[Watch], date | None] = field(init=False, repr=False, compare=False)  # as read: see save

    def __post_init__(self) -> None:
        self._read = (list(self.watches), self.synced)

    @classmethod
    def load(cls, path: Path | None = None) -> WatchList:
        """The list at `path` (the user's by default): empty when there is none; a damaged one is a StoreError."""
        target = path or watch_path()
        data = read_json(target, _("the watch list is damaged (not valid JSON); remove it to start anew"))
        if data is None:
            return cls(target)
        try:
            watches = [Watch(item["kind"], str(item["value"])) for item in data["watches"]]
            synced = date.fromisoformat(data["synced"]) if data.get("synced") else None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise StoreError(target, _("the watch list is damaged (fields missing); remove it to start anew")) from None
        if not all(w.kind in WATCH_KINDS and w.value for w in watches):
            raise StoreError(target, _("the watch list is damaged (an unknown kind); remove it to start anew"))
        return cls(target, watches, synced)

    @classmethod
    @contextlib.contextmanager
    def updating(cls, path: Path | None = None) -> Iterator[WatchList]:
        """The list read under its lock, and saved when the block ends without an error (the lock held between)."""
        target = path or watch_path()
        with _locked(target):
            watches = cls.load(target)
            yield watches
            watches._write()

    def save(self) -> None:
        """Keep what this copy changed: the file read again under its lock, this copy's changes applied to it."""
        with _locked(self.path):
            kept = WatchList.load(self.path)
            read, synced = self._read
            added = [w for w in self.watches if not any(_same(w, old) for old in read)]
            removed = [w for w in read if not any(_same(w, now) for now in self.watches)]
            kept.watches = [w for w in kept.watches if not any(_same(w, gone) for gone in removed)]
            for watch in added:
                kept.add(watch)
            self.watches = kept.watches
            if self.synced == synced:  # a sync of another process is kept; this one's own is said
                self.synced = kept.synced
            self._write()

    def _write(self) -> None:
        data = {"watches": [{"kind": w.kind, "value": w.value} for w in self.watches],
                "synced": self.synced.isoformat() if self.synced else None}  # fmt: skip
        try:
            write_atomically(self.path, orjson.dumps(data, option=orjson.OPT_INDENT_2))
        except OSError as error:
            raise StoreError(self.path, _("cannot write the watch list ({why})").format(why=reason(error))) from None
        self._read = (list(self.watches), self.synced)

    def add(self, watch: Watch) -> bool:
        """Follow `watch`; False when it is followed already."""
        if any(_same(w, watch) for w in self.watches):
            return False
        self.watches.append(watch)
        return True

    def remove(self, watch: Watch) -> bool:
        """Stop following `watch`; False when it was not followed."""
        kept = [w for w in self.watches if not _same(w, watch)]
        removed = len(kept) < len(self.watches)
        self.watches = kept
        return removed

    def toggle(self, ident: str) -> bool:
        """Follow the set `ident`, or stop following it; whether it is followed now."""
        watch = Watch("set", ident)
        if self.remove(watch):
            return False
        self.add(watch)
        return True

    def sets(self) -> frozenset[str]:
        return frozenset(w.value for w in self.watches if w.kind == "set")

    def covering(self, dossier: Dossier) -> Watch | None:
        return next((w for w in self.watches if w.covers(dossier)), None)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """The watch list's lock, its failure a StoreError naming the file and what was being done."""
    with contextlib.ExitStack() as holding:
        try:
            holding.enter_context(locked(path))
        except OSError as error:  # Busy too
            said = _("cannot lock the watch list to change it ({why})").format(why=reason(error))
            raise StoreError(path, said) from None
        yield


def listed_concerns(item: Any, numbers: set[str] | frozenset[str], watches: list[Watch]) -> bool:
    """Whether a set as the open data lists it is one of `numbers`, or asked by or of someone followed."""
    if not isinstance(item, dict):
        return False
    if item.get("Nummer") in numbers:
        return True
    actors = [a for a in item.get("ZaakActor") or [] if isinstance(a, dict) and not a.get("Verwijderd")]
    return any(w.asks(str(a.get("ActorNaam") or ""), a.get("ActorFractie"), a.get("Relatie"), a.get("Functie"))
               for w in watches for a in actors)  # fmt: skip


def _same(a: Watch, b: Watch) -> bool:
    return a.kind == b.kind and fold(a.value) == fold(b.value)


@dataclass(frozen=True)
class Change:
    """Something that happened to a followed set on a day."""

    set: str
    kind: ChangeKind
    day: date
    title: str
    watch: Watch
    days: int | None = None  # to answer ("answered"), or open ("overdue")
    note: str = ""  # the sets replacing it ("replaced"), the document withdrawn ("document")
    link: str = ""  # the set's official page, its citation and who asked it: filled in by the command line, which
    citation: str = ""  # may use output/ (fetch/ may not), so every form of the digest can carry its source
    askers: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"set": self.set, "event": self.kind, "date": self.day.isoformat(), "days": self.days,
                "title": self.title, "watch": self.watch.shown(), "note": self.note, "link": self.link,
                "citation": self.citation, "askers": self.askers}  # fmt: skip


def changes_of(dossier: Dossier, watch: Watch, since: date, today: date, fetched: date | None = None) -> list[Change]:
    """What happened to one followed set from `since` up to and including `today`."""
    found: list[Change] = []

    def add(kind: ChangeKind, day: date | None, days: int | None = None, note: str = "") -> None:
        if day is not None and since <= day <= today:
            found.append(Change(dossier.id, kind, day, dossier.title, watch, days, note))

    for notice in dossier.notices:
        if notice.kind in ENDINGS:
            add(ENDINGS[notice.kind], notice.date or fetched, note=ending_note(notice))
    add("new", dossier.submitted)
    answered = dossier.status == "answered"
    if answered and dossier.answered:
        taken = (dossier.answered - dossier.submitted).days if dossier.submitted else None
        add("answered", dossier.answered, taken)
    for notice in dossier.notices:
        if notice.kind == "delay":
            add("delayed", notice.date)
    if not answered and dossier.status != "withdrawn" and dossier.submitted and not dossier.oral:
        due = dossier.submitted + timedelta(days=limit_for(dossier) + 1)  # the first day past the term
        add("overdue", due, (today - dossier.submitted).days)
    if fetched is not None and any(q.further is not None for q in dossier.questions):
        add("further", fetched)
    return sorted(found, key=lambda change: (change.day, change.set, change.kind))


def digest(dossiers: Iterable[Dossier], watches: WatchList, since: date, today: date,
           fetched: dict[str, date] | None = None) -> list[Change]:  # fmt: skip
    """Every change to a followed set in the period, by day."""
    found: list[Change] = []
    for dossier in dossiers:
        watch = watches.covering(dossier)
        if watch is not None:
            found += changes_of(dossier, watch, since, today, (fetched or {}).get(dossier.id))
    return sorted(found, key=lambda change: (change.day, change.set, change.kind))


def ending_note(notice: Notice) -> str:
    """What a notice that ended a set names: the sets replacing it, or the document withdrawn."""
    if notice.kind == "replaced":
        return ", ".join(re.findall(ZAAKNUMMER, notice.text))
    if notice.kind == "document":
        return notice.text.split(" ")[1] if notice.text.count(" ") > 1 else ""
    return ""


def brought(before: Dossier | None, after: Dossier, watch: Watch, today: date) -> list[Change]:
    """What a sync brought to one followed set: the set itself (new), its answer, a delay notice, a nader antwoord,
    its deletion or replacement, a withdrawn document — each on the day its document gives, else today."""
    found: list[Change] = []

    def add(kind: ChangeKind, day: date | None, days: int | None = None, note: str = "") -> None:
        found.append(Change(after.id, kind, day or today, after.title, watch, days, note))

    had = {(n.kind, n.text) for n in before.notices} if before is not None else set()
    for notice in after.notices:
        if notice.kind in ENDINGS and (notice.kind, notice.text) not in had:
            add(ENDINGS[notice.kind], notice.date, note=ending_note(notice))

    if before is None:
        add("new", after.submitted)
    answered = after.status == "answered"
    if answered and (before is None or before.status != "answered"):
        add("answered", after.answered, (after.answered - after.submitted).days if after.answered and
            after.submitted else None)  # fmt: skip
    known = {n.date for n in before.notices if n.kind == "delay"} if before is not None else set()
    for notice in after.notices:
        if notice.kind == "delay" and notice.date not in known and not answered:
            add("delayed", notice.date)
    had_further = before is not None and any(q.further is not None for q in before.questions)
    if not had_further and any(q.further is not None for q in after.questions):
        add("further", today)
    return found


def overdue_since(dossier: Dossier, watch: Watch, since: date, today: date) -> list[Change]:
    """The day a followed set passed its term, when that was in the period and it is still unanswered."""
    return [change for change in changes_of(dossier, watch, since, today) if change.kind == "overdue"]


def fetched_days(changed: dict[str, str]) -> dict[str, date]:
    """The day each set was last changed by a fetch (news.News.changed: id -> ISO time)."""
    days = {}
    for ident, when in changed.items():
        with contextlib.suppress(ValueError):
            days[ident] = datetime.fromisoformat(when).date()
    return days


def candidates(summaries: Iterable[Dossier], since: date, fetched: Iterable[str] = ()) -> Iterator[int]:
    """The list places of the sets that can have a change since `since` — submitted or answered since, not yet
    answered, or changed by a fetch since (a nader antwoord) — as their summaries tell: only those are read whole."""
    recent = frozenset(fetched)
    for place, summary in enumerate(summaries):
        if summary.status != "answered" or summary.id in recent or _since(summary, since):
            yield place


def _since(summary: Dossier, since: date) -> bool:
    """Submitted or answered on or after `since` (or answered on an unknown day)."""
    submitted, answered = summary.submitted, summary.answered
    return answered is None or answered >= since or (submitted is not None and submitted >= since)
