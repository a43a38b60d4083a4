"""Fetch question sets from the official open data: find them, download their documents into the cache beside the
store, and import them as any file is imported.

Downloads are kept by document (`kqreader.cache/2019D26161.xml`, and each set's listing as `zaak/2019Z12806.json`),
so a repeated fetch reads the cache and `--offline` never touches the network. At most four downloads run at once;
429 and 5xx answers are tried again after a pause that grows (or the one Retry-After asks for); a timeout, a refused
connection, a 404 or an answer of the wrong shape is one line naming what failed, and what was fetched before it is
kept and imported.
"""

from __future__ import annotations

import contextlib
import email.utils
import re
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import orjson

from kqreader import __version__
from kqreader.fetch import opendata
from kqreader.fetch.opendata import DataError, Document, Query, Sources, Zaak
from kqreader.i18n import _, number, reason
from kqreader.model import ZAAKNUMMER
from kqreader.store.atomic import write_atomically

USER_AGENT = f"kqreader/{__version__} (a reader of Dutch written parliamentary questions; python-httpx)"
AT_ONCE = 4  # downloads at the same time: the services ask for restraint
ATTEMPTS = 5  # a 429 or 5xx answer is asked again up to this many times in all
FIRST_PAUSE_SECONDS = 0.5  # then doubled at each attempt
LONGEST_PAUSE_SECONDS = 60.0  # the most a Retry-After is waited for
TIMEOUT_SECONDS = 30.0
Progress = Callable[[int], contextlib.AbstractContextManager[Callable[[], None]]]


class FetchError(Exception):
    """What could not be fetched, as one line (the address, and why); `status`, the server's answer when it gave one."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Client:
    """The HTTP side: one httpx client (thread-safe), retries with backoff, one line per failure."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS, sleep: Callable[[float], None] = time.sleep) -> None:
        self.http = httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True,
                                 event_hooks={"response": [_same_host]})
        self.timeout = timeout
        self.sleep = sleep

    def close(self) -> None:
        self.http.close()

    def get(self, url: str, params: Query | None = None, *, missing_ok: bool = False) -> httpx.Response | None:
        """The answer to GET `url` (None for a 404 when `missing_ok`); FetchError when it cannot be had."""
        pause = FIRST_PAUSE_SECONDS
        for attempt in range(1, ATTEMPTS + 1):
            try:
                response = self.http.get(url, params=params)
            except httpx.TimeoutException:
                said = _("{url}: no answer within {seconds} s").format(url=url, seconds=number(self.timeout))
                raise FetchError(said) from None
            except _Elsewhere as away:
                said = _("{url}: sent on to another host ({host}): refused").format(url=url, host=away)
                raise FetchError(said) from None
            except httpx.HTTPError as error:
                raise FetchError(_("{url}: cannot connect ({why})").format(url=url, why=reason(error))) from None
            status = response.status_code
            if status == 404 and missing_ok:
                return None
            if (status == 429 or status >= 500) and attempt < ATTEMPTS:
                self.sleep(_wait(response, pause))
                pause *= 2
                continue
            if status >= 400:
                raise FetchError(_("{url}: the server answered {status}").format(url=url, status=status), status)
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    def json(self, url: str, params: Query | None = None) -> Any:
        response = self.get(url, params)
        assert response is not None
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError:
            raise FetchError(_("{url}: the answer is not valid JSON").format(url=url)) from None


class _Elsewhere(Exception):
    """A redirect to another host than the one asked (the address of the host as its message)."""


def _same_host(response: httpx.Response) -> None:
    """An event hook: a redirect is followed only to the host that was asked (and only over http or https)."""
    if response.is_redirect and "location" in response.headers:
        target = response.url.join(response.headers["location"])
        if target.host != response.url.host or target.scheme not in ("http", "https"):
            raise _Elsewhere(f"{target.scheme}://{target.host}")


def on_the_same_host(following: str, first: str) -> bool:
    """Whether a next page's address is on the host (and scheme) of the first one: an answer cannot send kqreader
    elsewhere, nor to a file."""
    there, here = urlsplit(following), urlsplit(first)
    return there.scheme in ("http", "https") and (there.scheme, there.netloc) == (here.scheme, here.netloc)


def _wait(response: httpx.Response, pause: float) -> float:
    """How long to wait before asking again: the Retry-After asked for (seconds or a date), else `pause`."""
    asked = response.headers.get("Retry-After", "").strip()
    if asked.isdigit():
        return min(float(asked), LONGEST_PAUSE_SECONDS)
    with contextlib.suppress(TypeError, ValueError):
        when = email.utils.parsedate_to_datetime(asked)
        return min(max((when - datetime.now(UTC)).total_seconds(), 0.0), LONGEST_PAUSE_SECONDS)
    return pause


class Cache:
    """Downloads beside the store, by document number; each written atomically, so a kill leaves none half. Every
    name comes from the network: it must be one of the open data's identifiers (opendata.IDENTIFIER), and the file
    it names must lie inside its own folder, or nothing is written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ids: dict[str, str] | None = None  # a listed set's Id -> its number (read from the cache when asked)

    def _inside(self, folder: Path, name: str) -> Path:
        """`folder/name`, once `name` is known to be a plain identifier and the path to stay in `folder`."""
        stem = name.rsplit(".", 1)[0] if name.endswith((*opendata.SUFFIXES.values(), ".json")) else name
        if not opendata.is_identifier(stem):
            raise FetchError(_("{name}: not an identifier of the open data: not written").format(name=repr(name)[:80]))
        path = folder / name
        if path.resolve(strict=False).parent != folder.resolve(strict=False):
            raise FetchError(_("{name}: a file outside {folder}: not written").format(name=repr(name)[:80],
                                                                                     folder=folder))  # fmt: skip
        return path

    def document(self, document: Document) -> Path | None:
        for suffix in dict.fromkeys(opendata.SUFFIXES.values()):
            path = self._inside(self.folder, f"{document.number}{suffix}")
            if path.is_file():
                return path
        return None

    def keep_document(self, document: Document, data: bytes, suffix: str) -> Path:
        path = self._inside(self.folder, f"{document.number}{suffix}")
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
        return path

    def zaak_path(self, number: str) -> Path:
        if re.fullmatch(ZAAKNUMMER, number) is None:
            said = _("{name}: not an identifier of the open data: not written")
            raise FetchError(said.format(name=repr(number)[:80]))
        return self._inside(self.folder / "zaak", f"{number}.json")

    def zaak(self, number: str) -> Any | None:
        try:
            return orjson.loads(self.zaak_path(number).read_bytes())
        except (OSError, orjson.JSONDecodeError, FetchError):
            return None

    def keep_zaak(self, number: str, item: Any) -> Path:
        path = self.zaak_path(number)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, orjson.dumps(item))
        if self._ids is not None and isinstance(item.get("Id"), str):
            self._ids[item["Id"].lower()] = number
        return path

    def number_of(self, ident: str) -> str | None:
        """The number of a set kept before, by its Id (a deleted set is listed by its Id alone)."""
        if self._ids is None:
            self._ids = {}
            for path in sorted((self.folder / "zaak").glob("*.json")):
                with contextlib.suppress(OSError, orjson.JSONDecodeError, AttributeError, TypeError):
                    kept = orjson.loads(path.read_bytes())
                    if isinstance(kept.get("Id"), str) and re.fullmatch(ZAAKNUMMER, path.stem):
                        self._ids[kept["Id"].lower()] = path.stem
        return self._ids.get(ident.lower())


@dataclass
class FetchReport:
    """What a fetch found and kept, and what it could not get."""

    sets: list[str] = field(default_factory=list)  # the zaaknummers found
    files: list[Path] = field(default_factory=list)  # the documents to import (from the cache)
    downloaded: int = 0
    cached: int = 0
    failures: list[str] = field(default_factory=list)  # one line each
    notes: list[str] = field(default_factory=list)  # said once, not a failure (a kind kqreader does not read, …)
    unwhole: dict[str, str] = field(default_factory=dict)  # a set that did not come in whole -> why (asked again)
    gone: dict[str, str] = field(default_factory=dict)  # a set no longer in the open data -> "" or what replaces it
    incomplete: bool = False  # a listing could not be had whole: the run did not bring every set it asked for
    latest: datetime | None = None  # the highest ApiGewijzigdOp seen (the API's clock)

    def saw(self, moment: datetime | None) -> None:
        if moment is not None and (self.latest is None or moment > self.latest):
            self.latest = moment

    @property
    def whole(self) -> bool:
        """Whether the run brought every set it asked for (a sync's mark may move)."""
        return not self.incomplete and not self.unwhole


class Fetcher:
    """Finds sets (in the cache when offline), downloads what the cache lacks, and says what failed."""

    def __init__(self, cache: Cache, sources: Sources, client: Client | None, progress: Progress | None = None) -> None:
        self.cache = cache
        self.sources = sources
        self.client = client  # None: offline
        self.progress = progress
        self.report = FetchReport()
        self.expand = opendata.EXPAND
        self._kinds_said: set[str] = set()
        self._found: dict[str, Zaak] = {}

    def by_numbers(self, numbers: Iterable[str]) -> list[Zaak]:
        """The sets of these zaaknummers: from the cache offline, else asked (a few to a request, each kept)."""
        wanted = [n for n in dict.fromkeys(numbers)]
        if self.client is None:
            return [zaak for number in wanted if (zaak := self._from_cache(number)) is not None]
        found: dict[str, Zaak] = {}
        for query in opendata.by_numbers(wanted):
            asked = frozenset(n for n in wanted if f"'{n}'" in query["$filter"])
            for zaak in self._listing(query, keep=partial(_numbered, asked)):
                found[zaak.number] = zaak
        missing = [n for n in wanted if n not in found]
        ids = {ident: n for n in missing if (ident := self._kept_id(n))}
        if ids and not self.report.incomplete:  # asked by Id: a deleted set keeps only that
            for zaak in self._listing(opendata.by_ids(ids)):
                found.setdefault(zaak.number, zaak)
        for zaaknummer in missing:
            if zaaknummer not in found and not self.report.incomplete:
                self.report.failures.append(f"{zaaknummer}: {_('no such set in the open data')}")
                self.report.unwhole[zaaknummer] = _("no such set in the open data")
        return [found[n] for n in wanted if n in found]

    def _kept_id(self, number: str) -> str | None:
        kept = self.cache.zaak(number)
        ident = kept.get("Id") if isinstance(kept, dict) else None
        return ident if isinstance(ident, str) else None

    def _from_cache(self, number: str) -> Zaak | None:
        item = self.cache.zaak(number)
        if item is None:
            self.report.failures.append(f"{number}: {_('not in the cache (fetch it once online)')}")
            return None
        try:
            return opendata.zaak_of(opendata.cleaned(item))
        except DataError as error:
            self.report.failures.append(f"{number}: {error}")
            return None

    def by_query(self, query: Query, keep: Callable[[Any], bool] | None = None) -> list[Zaak]:
        """The sets a query finds, every page of them (each kept in the cache); with `keep`, only those it keeps
        (a deleted set the cache knows is always kept: it is said)."""
        assert self.client is not None
        return self._listing(query, keep)

    def changed(self, since: datetime, keep: Callable[[Any], bool]) -> list[Zaak]:
        """The sets changed in the API since `since` that `keep` keeps, and the known sets deleted since."""
        return self._listing(opendata.changed_since(since), keep)

    def _listing(self, query: Query, keep: Callable[[Any], bool] | None = None) -> list[Zaak]:
        found: list[Zaak] = []
        try:
            for item in self._items(query):
                zaak = self._listed(item, keep)
                if zaak is not None and zaak.number not in self._found:
                    self._found[zaak.number] = zaak
                    found.append(zaak)
        except FetchError as error:
            self.report.failures.append(str(error))
            self.report.incomplete = True
        return found

    def _listed(self, item: Any, keep: Callable[[Any], bool] | None) -> Zaak | None:
        """One item of a listing checked on its own: a bad one is a line, the others are kept."""
        named = item.get("Nummer") if isinstance(item, dict) else None
        try:
            clean = opendata.cleaned(item)
            zaak = opendata.zaak_of(clean)
        except DataError as error:
            shown = f"{named}: " if isinstance(named, str) and opendata.is_identifier(named) else ""
            self.report.failures.append(_("a listed set left out: {shown}{problem}").format(shown=shown,
                                                                                           problem=error))  # fmt: skip
            return None
        self.report.saw(zaak.changed)
        if zaak.gone:
            return self._gone(zaak, clean)
        if keep is not None and not keep(clean):
            return None
        return self._kept(zaak, clean)

    def _gone(self, zaak: Zaak, placeholder: dict[str, Any]) -> Zaak | None:
        """A deleted set: said and marked (its listing kept with the deletion), when the cache knows it."""
        number = self.cache.number_of(zaak.id)
        before = self.cache.zaak(number) if number else None
        if number is None or not isinstance(before, dict):
            return None
        if not before.get("Verwijderd"):
            marked = {**before, "Verwijderd": True, "ApiGewijzigdOp": placeholder.get("ApiGewijzigdOp")}
            self.cache.keep_zaak(number, marked)
        self.report.gone[number] = ""
        return Zaak(number, id=zaak.id, gone=True, changed=zaak.changed)

    def _kept(self, zaak: Zaak, clean: dict[str, Any]) -> Zaak:
        before = self.cache.zaak(zaak.number)
        withdrawn = _withdrawn(before, clean)
        if withdrawn:
            clean["kqreader:withdrawn"] = withdrawn
            for document in withdrawn:
                self.report.notes.append(_("{set}: document {number} ({kind}) is no longer in the open data").format(
                    set=zaak.number, number=document["DocumentNummer"], kind=document["Soort"]))
        for kind in zaak.unknown_kinds:
            if kind not in self._kinds_said:
                self._kinds_said.add(kind)
                self.report.notes.append(_("{set}: a document of a kind kqreader does not read ({kind}): left "
                                           "alone").format(set=zaak.number, kind=kind))  # fmt: skip
        if zaak.replaced_by:
            self.report.gone[zaak.number] = ", ".join(zaak.replaced_by)
        self.cache.keep_zaak(zaak.number, clean)
        return zaak

    def _items(self, query: Query) -> Iterator[Any]:
        """Every item of every page, following @odata.nextLink; a server that does not know VervangenDoor (400)
        is asked again without it."""
        try:
            yield from self._pages(query)
        except _NotExpandable:
            self.expand = opendata.EXPAND_PLAIN
            yield from self._pages(query)

    def _pages(self, query: Query) -> Iterator[Any]:
        assert self.client is not None
        url: str | None = f"{self.sources.odata}Zaak"
        params: Query | None = {**query, "$expand": self.expand} if "$expand" in query else query
        first = True
        while url is not None:
            try:
                items, following = opendata.page(self.client.json(url, params))
            except DataError as error:
                raise FetchError(f"{url}: {error}") from None
            except FetchError as error:
                if first and error.status == 400 and self.expand != opendata.EXPAND_PLAIN and params is not None \
                        and params.get("$expand") == opendata.EXPAND:  # fmt: skip
                    raise _NotExpandable from None
                raise
            first = False
            yield from items
            if following is not None:
                following = urljoin(url, following)  # a relative next link, against the page it came on
                if not on_the_same_host(following, f"{self.sources.odata}Zaak"):
                    raise FetchError(_("{url}: its next page is on another host ({next}): refused").format(
                        url=url, next=urlsplit(following).netloc or following))
            url, params = following, None

    def documents(self, zaken: list[Zaak]) -> None:
        """Each set's documents into the cache (four at a time, a document shared by sets once), in the report as
        files to import; a set whose document could not be had is not whole (a sync asks it again)."""
        wanted: dict[str, Document] = {}
        sets_of: dict[str, list[str]] = {}
        for zaak in zaken:
            for document in zaak.documents:
                wanted.setdefault(document.id, document)
                sets_of.setdefault(document.id, []).append(zaak.number)
        self.report.sets += [zaak.number for zaak in zaken]
        bar = self.progress(len(wanted)) if self.progress else contextlib.nullcontext(lambda: None)
        with bar as advance, ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
            for ident, outcome in zip(wanted, pool.map(self._document, wanted.values()), strict=True):
                advance()
                if isinstance(outcome, Path):
                    if outcome.suffix in opendata.UNREADABLE:
                        self.report.notes.append(_("{path}: kept in the cache; kqreader does not read Word 97-2003 "
                                                   "files (open it yourself)").format(path=outcome))  # fmt: skip
                    else:
                        self.report.files.append(outcome)
                elif isinstance(outcome, _Note):
                    self.report.notes.append(str(outcome))
                else:
                    self.report.failures.append(outcome)
                    for number in sets_of[ident]:
                        self.report.unwhole.setdefault(number, outcome)
        # each set's listing too: its zaaknummer, subject, askers and date where its documents print none
        self.report.files += [path for zaak in zaken if (path := self.cache.zaak_path(zaak.number)).is_file()]

    def _document(self, document: Document) -> Path | str | _Note:
        """The cached file of a document, downloaded first when the cache lacks it; or the line saying why not."""
        try:
            kept = self.cache.document(document)
        except FetchError as error:
            return str(error)
        if kept is not None:
            self.report.cached += 1
            return kept
        if self.client is None:
            return _("{number}: not in the cache (fetch it once online)").format(number=document.number)
        try:
            path = self._downloaded(document)
        except _Note as note:
            return note
        except FetchError as error:
            return str(error)
        self.report.downloaded += 1
        return path

    def _downloaded(self, document: Document) -> Path:
        """The published XML when there is one (any failure of it: the API's file instead), else the API's file."""
        assert self.client is not None
        xml = document.xml(self.sources)
        if xml is not None:
            with contextlib.suppress(FetchError):
                response = self.client.get(xml, missing_ok=True)
                if response is not None and opendata.looks_like(".xml", response.content):
                    return self.cache.keep_document(document, response.content, ".xml")
        url = document.resource(self.sources)
        response = self.client.get(url, missing_ok=True)
        if response is None:
            said = _("{url}: the server answered 404 (the file of {number} is not there yet; asked again next time)")
            raise FetchError(said.format(url=url, number=document.number), 404)
        content_type = response.headers.get("Content-Type", "")
        suffix = opendata.suffix(content_type)
        if suffix is None:
            said = _("{url}: a file of type {kind}, not a document kqreader reads: left alone")
            raise _Note(said.format(url=url, kind=opendata.clean_text(content_type, 100) or "?"))
        if not opendata.looks_like(suffix, response.content):
            said = _("{url}: says it is {kind} but is not (an HTML page?): not kept")
            raise FetchError(said.format(url=url, kind=opendata.clean_text(content_type, 100)))
        return self.cache.keep_document(document, response.content, suffix)


def _numbered(numbers: frozenset[str], item: dict[str, Any]) -> bool:
    return item.get("Nummer") in numbers


class _NotExpandable(Exception):
    """The server answered 400 to an $expand of VervangenDoor."""


class _Note(Exception):
    """A document left alone, said once (not a failure: asking again would not change it)."""


def _withdrawn(before: Any, now: dict[str, Any]) -> list[dict[str, str]]:
    """The documents a set had (in its listing kept before) that are deleted now, by number and kind."""
    if not isinstance(before, dict):
        return []
    earlier = list(before.get("kqreader:withdrawn") or [])
    had = {d.get("Id"): d for d in before.get("Document") or [] if isinstance(d, dict) and not d.get("Verwijderd")}
    live = {d.get("Id") for d in now.get("Document") or [] if not d.get("Verwijderd")}
    gone = [{"DocumentNummer": str(d.get("DocumentNummer") or ident), "Soort": str(d.get("Soort") or "")}
            for ident, d in had.items() if ident not in live and d.get("Soort") in opendata.KINDS]  # fmt: skip
    return [d for d in earlier if isinstance(d, dict)] + gone


def cache_folder(database: Path) -> Path:
    """Where a store keeps its downloads: `kqreader.cache/` beside `kqreader.json`."""
    return database.with_name(f"{database.stem}.cache")


