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
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson

from kqreader import __version__
from kqreader.fetch import opendata
from kqreader.fetch.opendata import DataError, Document, Query, Sources, Zaak
from kqreader.i18n import _, number, reason
from kqreader.store.atomic import write_atomically

USER_AGENT = f"kqreader/{__version__} (a reader of Dutch written parliamentary questions; python-httpx)"
AT_ONCE = 4  # downloads at the same time: the services ask for restraint
ATTEMPTS = 5  # a 429 or 5xx answer is asked again up to this many times in all
FIRST_PAUSE_SECONDS = 0.5  # then doubled at each attempt
LONGEST_PAUSE_SECONDS = 60.0  # the most a Retry-After is waited for
TIMEOUT_SECONDS = 30.0
Progress = Callable[[int], contextlib.AbstractContextManager[Callable[[], None]]]


class FetchError(Exception):
    """What could not be fetched, as one line (the address, and why)."""


@dataclass
class FetchReport:
    """What a fetch found and kept."""

    sets: list[str] = field(default_factory=list)  # the zaaknummers found
    files: list[Path] = field(default_factory=list)  # the documents to import (from the cache)
    downloaded: int = 0
    cached: int = 0
    failures: list[str] = field(default_factory=list)  # one line each


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
                raise FetchError(_("{url}: the server answered {status}").format(url=url, status=status))
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
    """Downloads beside the store, by document number; each written atomically, so a kill leaves none half."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def document(self, document: Document) -> Path | None:
        for suffix in dict.fromkeys(opendata.SUFFIXES.values()):
            path = self.folder / f"{document.number}{suffix}"
            if path.is_file():
                return path
        return None

    def keep_document(self, document: Document, data: bytes, suffix: str) -> Path:
        path = self.folder / f"{document.number}{suffix}"
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
        return path

    def zaak_path(self, number: str) -> Path:
        return self.folder / "zaak" / f"{number}.json"

    def zaak(self, number: str) -> Any | None:
        path = self.zaak_path(number)
        try:
            return orjson.loads(path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return None

    def keep_zaak(self, number: str, item: Any) -> None:
        (self.folder / "zaak").mkdir(parents=True, exist_ok=True)
        write_atomically(self.folder / "zaak" / f"{number}.json", orjson.dumps(item))


class Fetcher:
    """Finds sets (in the cache when offline), downloads what the cache lacks, and says what failed."""

    def __init__(self, cache: Cache, sources: Sources, client: Client | None, progress: Progress | None = None) -> None:
        self.cache = cache
        self.sources = sources
        self.client = client  # None: offline
        self.progress = progress
        self.report = FetchReport()

    def by_numbers(self, numbers: Iterable[str]) -> list[Zaak]:
        """The sets of these zaaknummers: from the cache offline, else asked (and kept)."""
        found = []
        for zaak in numbers:
            try:
                item = self.cache.zaak(zaak) if self.client is None else self._asked_one(zaak)
            except FetchError as error:
                self.report.failures.append(str(error))
                continue
            if item is None:
                why = _("not in the cache (fetch it once online)") if self.client is None else _("no such set")
                self.report.failures.append(f"{zaak}: {why}")
                continue
            try:
                found.append(opendata.zaak_of(item))
            except DataError as error:
                self.report.failures.append(f"{zaak}: {error}")
        return found

    def _asked_one(self, number: str) -> Any | None:
        items = list(self._items(opendata.by_number(number)))
        match = next((item for item in items if item.get("Nummer") == number), None)
        if match is not None:
            self.cache.keep_zaak(number, match)
        return match

    def by_query(self, query: Query, keep: Callable[[Any], bool] | None = None) -> list[Zaak]:
        """The sets a query finds, every page of them (each kept in the cache); with `keep`, only those it keeps."""
        assert self.client is not None
        found = []
        try:
            for item in self._items(query):
                if keep is not None and not keep(item):
                    continue
                zaak = opendata.zaak_of(item)
                self.cache.keep_zaak(zaak.number, item)
                found.append(zaak)
        except (FetchError, DataError) as error:
            self.report.failures.append(str(error))
        return found

    def _items(self, query: Query) -> Iterator[Any]:
        """Every item of every page, following @odata.nextLink."""
        assert self.client is not None
        url: str | None = f"{self.sources.odata}Zaak"
        params: Query | None = query
        while url is not None:
            try:
                items, following = opendata.page(self.client.json(url, params))
            except DataError as error:
                raise FetchError(f"{url}: {error}") from None
            yield from items
            if following is not None and not on_the_same_host(following, f"{self.sources.odata}Zaak"):
                raise FetchError(_("{url}: its next page is on another host ({next}): refused").format(
                    url=url, next=urlsplit(following).netloc or following))
            url, params = following, None

    def documents(self, zaken: list[Zaak]) -> None:
        """Each set's documents into the cache (four at a time), in the report as files to import."""
        wanted = [(zaak, document) for zaak in zaken for document in zaak.documents]
        self.report.sets += [zaak.number for zaak in zaken]
        bar = self.progress(len(wanted)) if self.progress else contextlib.nullcontext(lambda: None)
        with bar as advance, ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
            for outcome in pool.map(self._document, (document for _zaak, document in wanted)):
                advance()
                if isinstance(outcome, Path):
                    self.report.files.append(outcome)
                else:
                    self.report.failures.append(outcome)
        # each set's listing too: its zaaknummer, subject, askers and date where its documents print none
        self.report.files += [path for zaak in zaken if (path := self.cache.zaak_path(zaak.number)).is_file()]

    def _document(self, document: Document) -> Path | str:
        """The cached file of a document, downloaded first when the cache lacks it; or the line saying why not."""
        kept = self.cache.document(document)
        if kept is not None:
            self.report.cached += 1
            return kept
        if self.client is None:
            return _("{number}: not in the cache (fetch it once online)").format(number=document.number)
        try:
            path = self._downloaded(document)
        except FetchError as error:
            return str(error)
        self.report.downloaded += 1
        return path

    def _downloaded(self, document: Document) -> Path:
        """The published XML when there is one, else the file the API keeps."""
        assert self.client is not None
        xml = document.xml(self.sources)
        if xml is not None:
            response = self.client.get(xml, missing_ok=True)
            if response is not None:
                return self.cache.keep_document(document, response.content, ".xml")
        url = document.resource(self.sources)
        response = self.client.get(url)
        assert response is not None
        suffix = opendata.suffix(response.headers.get("Content-Type", ""))
        if suffix is None:
            said = _("{url}: a file of type {kind}, not a document kqreader reads")
            raise FetchError(said.format(url=url, kind=response.headers.get("Content-Type", "?")))
        if not opendata.looks_like(suffix, response.content):
            said = _("{url}: says it is {kind} but is not (an HTML page?): not kept")
            raise FetchError(said.format(url=url, kind=response.headers.get("Content-Type", "?")))
        return self.cache.keep_document(document, response.content, suffix)


def cache_folder(database: Path) -> Path:
    """Where a store keeps its downloads: `kqreader.cache/` beside `kqreader.json`."""
    return database.with_name(f"{database.stem}.cache")


