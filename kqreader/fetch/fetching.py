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
import itertools
import re
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
import orjson

from kqreader import __version__
from kqreader.fetch import opendata
from kqreader.fetch.opendata import DataError, Document, People, Query, Sources, Zaak
from kqreader.i18n import _, ngettext, number, reason
from kqreader.model import ZAAKNUMMER
from kqreader.store.atomic import write_atomically
from kqreader.store.json_files import StoreError
from kqreader.text.clock import AMSTERDAM
from kqreader.text.safetext import visible

USER_AGENT = f"kqreader/{__version__} (a reader of Dutch written parliamentary questions; python-httpx)"
AT_ONCE = 4  # downloads at the same time: the services ask for restraint
ATTEMPTS = 5  # a 429 or 5xx answer is asked again up to this many times in all
FIRST_PAUSE_SECONDS = 0.5  # then doubled at each attempt
LONGEST_PAUSE_SECONDS = 60.0  # the most a Retry-After is waited for
TIMEOUT_SECONDS = 30.0  # the most one read may wait for a byte (httpx's timeout: per read)
DEADLINE_TIMES = 2  # a whole request (connection, answer, body, retries) ends after this many timeouts: 60 s
MOST_REDIRECTS = 5
MOST_PAGES = 400  # of 250 sets: 100,000, more than twice every set of written questions in the open data
GLANCE_SECONDS = 0.25  # how often a waiting read looks at the deadline and at Ctrl+C
MiB = 1 << 20
SHOWN_NUMBERS = 5  # the sets a failed listing by number names in its line
BodyKind = Literal["listing", "pdf", "word", "xml", "text"]
# The most a body may hold, by its kind, after decompression (a gzip bomb of 2 MB inflates to 2 GiB): a page of
# 250 sets with their documents and actors is 1-2 MB, the Kamervragen's PDFs and Word letters a few MB, the
# published XML tens of KB.
LIMITS: dict[BodyKind, int] = {"listing": 32 * MiB, "pdf": 64 * MiB, "word": 32 * MiB, "xml": 16 * MiB,
                               "text": 4 * MiB}  # fmt: skip
_KIND_OF_SUFFIX: dict[str, BodyKind] = {".pdf": "pdf", ".docx": "word", ".doc": "word", ".xml": "xml", ".txt": "text"}
Progress = Callable[[int], contextlib.AbstractContextManager[Callable[[], None]]]


class FetchError(Exception):
    """What could not be fetched, as one line (the address, and why); `status`, the server's answer when it gave one."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Stopped(FetchError):
    """A fetch stopped by Ctrl+C (`Client.stop`): every download in flight ends at its next glance."""


@dataclass(frozen=True)
class Reply:
    """A whole answer: read within its deadline and its size limit, decompressed."""

    url: str
    status_code: int
    headers: httpx.Headers
    content: bytes


class Client:
    """The HTTP side: one httpx client (thread-safe), retries with backoff, one line per failure.

    Every request has a total deadline (httpx's timeout bounds each read only: a server sending a byte a second
    would never be given up) and every body a size limit by its kind, counted as it streams in and after it is
    inflated; `stop` (Ctrl+C) ends every request in flight within a quarter of a second."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS, sleep: Callable[[float], None] | None = None,
                 deadline: float | None = None) -> None:  # fmt: skip
        self.timeout = timeout
        self.deadline = deadline if deadline is not None else timeout * DEADLINE_TIMES
        self._stopped = threading.Event()
        self._clock = _Clock(self._stopped)
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}  # what `_inflater` reads
        self.http = httpx.Client(timeout=timeout, headers=headers, follow_redirects=False)
        _watch_streams(self.http, self._clock)
        self.sleep = sleep or self._pause
        self.answered = False  # whether any server answered at all this run
        self.unreached: str | None = None  # why a connection could not be made (no network, refused, no such host)

    def close(self) -> None:
        self.http.close()

    def stop(self) -> None:
        """End every request in flight, and refuse new ones (Ctrl+C: nothing waits on a trickling download)."""
        self._stopped.set()

    def _pause(self, seconds: float) -> None:
        if self._stopped.wait(seconds):
            raise Stopped(_("stopped"))

    def get(self, url: str, params: Query | None = None, *, missing_ok: bool = False,
            kind: BodyKind | None = "listing") -> Reply | None:  # fmt: skip
        """The answer to GET `url` (None for a 404 when `missing_ok`); FetchError when it cannot be had within the
        deadline or the size limit of its `kind` (None: the kind its Content-Type names, as a document's file)."""
        self._clock.start(self.deadline)
        try:
            return self._asked(url, params, missing_ok, kind)
        except _Expired:
            said = _("{url}: not done within {seconds} s (the server sends too slowly): given up")
            raise FetchError(said.format(url=url, seconds=number(round(self.deadline, 1)))) from None
        except _Stop:
            raise Stopped(_("{url}: stopped").format(url=url)) from None
        finally:
            self._clock.start(None)

    def _asked(self, url: str, params: Query | None, missing_ok: bool, kind: BodyKind | None) -> Reply | None:
        pause = FIRST_PAUSE_SECONDS
        for attempt in range(1, ATTEMPTS + 1):
            with self._response(url, params) as response:
                status = response.status_code
                if status == 404 and missing_ok:
                    return None
                if (status == 429 or status >= 500) and attempt < ATTEMPTS:
                    wait = _wait(response, pause)
                    if wait > self._clock.left():
                        said = _("{url}: the server answered {status} and asks to wait {seconds} s, past the "
                                 "request's {deadline} s: given up")  # fmt: skip
                        raise FetchError(said.format(url=url, status=status, seconds=number(round(wait, 1)),
                                                     deadline=number(round(self.deadline, 1))), status)  # fmt: skip
                elif status >= 400:
                    raise FetchError(_("{url}: the server answered {status}").format(url=url, status=status), status)
                else:
                    limit = LIMITS[kind or _kind_of(response.headers.get("Content-Type", ""))]
                    return Reply(str(response.url), status, response.headers, self._body(url, response, limit))
            self.sleep(wait)  # the busy answer closed first: no connection held while waiting
            pause *= 2
        raise AssertionError("unreachable: the last attempt returns or raises")

    @contextlib.contextmanager
    def _response(self, url: str, params: Query | None) -> Iterator[httpx.Response]:
        """The response to GET `url`, its body not yet read, redirects followed on the same host only (their
        bodies never read)."""
        if self._stopped.is_set():
            raise _Stop
        try:
            request = self.http.build_request("GET", url, params=params)
        except httpx.InvalidURL:  # a next link of control characters, a port out of range
            raise FetchError(_("{url}: not an address kqreader can ask").format(url=visible(url))) from None
        for _redirect in range(MOST_REDIRECTS + 1):
            try:
                response = self.http.send(request, stream=True)
            except httpx.ConnectTimeout:
                self.unreached = _("no connection within {seconds} s").format(seconds=number(self.timeout))
                raise FetchError(_("{url}: {why}").format(url=url, why=self.unreached)) from None
            except httpx.TimeoutException:
                said = _("{url}: no answer within {seconds} s").format(url=url, seconds=number(self.timeout))
                raise FetchError(said) from None
            except httpx.ConnectError as error:
                self.unreached = reason(error)
                raise FetchError(_("{url}: cannot connect ({why})").format(url=url, why=self.unreached)) from None
            except httpx.HTTPError as error:
                raise FetchError(_("{url}: cannot connect ({why})").format(url=url, why=reason(error))) from None
            self.answered = True
            if not (response.is_redirect and "location" in response.headers):
                break
            response.close()
            try:
                target = response.url.join(response.headers["location"])
            except httpx.InvalidURL:
                raise FetchError(_("{url}: sent on to an address that is not one").format(url=url)) from None
            if target.host != response.url.host or target.scheme not in ("http", "https"):
                said = _("{url}: sent on to another host ({host}): refused")
                raise FetchError(said.format(url=url, host=f"{target.scheme}://{target.host}"))
            request = self.http.build_request("GET", target)
        else:
            response.close()
            raise FetchError(_("{url}: sent on more than {count} times: refused").format(url=url, count=MOST_REDIRECTS))
        try:
            yield response
        finally:
            response.close()

    def _body(self, url: str, response: httpx.Response, limit: int) -> bytes:
        """The body, inflated, read as it comes and given up past `limit` bytes (before or after inflating)."""
        too_large = FetchError(_("{url}: the answer is larger than {size} MB, the most kqreader takes for its "
                                 "kind: given up").format(url=url, size=number(limit // MiB)))  # fmt: skip
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        inflate = _inflater(response.headers.get("Content-Encoding", ""))
        if inflate is None:
            said = _("{url}: compressed as {encoding}, which kqreader does not read")
            raise FetchError(said.format(url=url, encoding=response.headers.get("Content-Encoding")))
        parts: list[bytes] = []
        size = 0
        try:
            for raw in itertools.chain(response.iter_raw(), (b"",)):  # the empty end: what the inflater holds
                for part in inflate(raw, limit - size):
                    size += len(part)
                    if size > limit:
                        raise too_large
                    parts.append(part)
        except httpx.TimeoutException:
            said = _("{url}: no answer within {seconds} s").format(url=url, seconds=number(self.timeout))
            raise FetchError(said) from None
        except zlib.error:
            raise FetchError(_("{url}: the answer's compression is damaged").format(url=url)) from None
        except httpx.HTTPError as error:
            said = _("{url}: the answer broke off ({why})").format(url=url, why=reason(error))
            raise FetchError(said) from None
        return b"".join(parts)

    @property
    def unreachable(self) -> bool:
        """Whether the run reached no server at all (no network, the host unknown or refusing): one line says so."""
        return not self.answered and self.unreached is not None

    def json(self, url: str, params: Query | None = None) -> Any:
        response = self.get(url, params)
        assert response is not None
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError:
            raise FetchError(_("{url}: the answer is not valid JSON").format(url=url)) from None


def _kind_of(content_type: str) -> BodyKind:
    """The kind of a document's body by its Content-Type (a type kqreader does not read: the smallest limit)."""
    return _KIND_OF_SUFFIX.get(opendata.suffix(content_type) or "", "text")


Inflate = Callable[[bytes, int], Iterator[bytes]]
_PIECE = MiB  # an inflater's output at a time: a bomb is stopped at the limit, never held whole


def _inflater(encoding: str) -> Inflate | None:
    """What turns a body's bytes as they come into its content, in pieces (None: an encoding not read)."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return lambda raw, _room: iter((raw,))
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return None
    # gzip, or deflate with its zlib header (what servers send as "deflate"); the pieces stop one past the room
    inflater = zlib.decompressobj(zlib.MAX_WBITS | (16 if "gzip" in encoding else 0))

    def inflate(raw: bytes, room: int) -> Iterator[bytes]:
        data = raw
        while data:
            piece = inflater.decompress(data, min(_PIECE, max(room, 0) + 1))
            room -= len(piece)
            yield piece
            data = inflater.unconsumed_tail
        if not raw:
            yield inflater.flush(_PIECE)

    return inflate


class _Expired(Exception):
    """The request's deadline passed."""


class _Stop(Exception):
    """Ctrl+C: the client was stopped."""


class _Clock:
    """Each thread's request deadline, and the client's stop: what a waiting read looks at every glance."""

    def __init__(self, stopped: threading.Event) -> None:
        self._local = threading.local()
        self._stopped = stopped

    def start(self, seconds: float | None) -> None:
        self._local.deadline = None if seconds is None else time.monotonic() + seconds

    def left(self) -> float:
        deadline = getattr(self._local, "deadline", None)
        return float("inf") if deadline is None else deadline - time.monotonic()

    def bound(self, timeout: float | None) -> float | None:
        """`timeout`, or less when the deadline is nearer (None: no bound at all)."""
        wait = min(self.left(), float("inf") if timeout is None else timeout)
        return None if wait == float("inf") else max(wait, 0.001)

    def glance(self, until: float | None) -> float:
        """How long the next wait may be (up to `until`, a monotonic time); _Expired or _Stop when none."""
        if self._stopped.is_set():
            raise _Stop
        left = self.left()
        if left <= 0:
            raise _Expired
        wait = min(GLANCE_SECONDS, left)
        return wait if until is None else max(min(wait, until - time.monotonic()), 0.001)


class _WatchedStream(httpcore.NetworkStream):
    """A connection whose reads and writes wait in glances, so the deadline and a stop end them."""

    def __init__(self, inner: httpcore.NetworkStream, clock: _Clock) -> None:
        self._inner = inner
        self._clock = clock

    def _waiting(self, step: Callable[[float], Any], timeout: float | None, timed_out: type[Exception]) -> Any:
        until = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                return step(self._clock.glance(until))
            except timed_out:
                if until is not None and time.monotonic() >= until:
                    raise

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._waiting(lambda wait: self._inner.read(max_bytes, wait), timeout, httpcore.ReadTimeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._clock.glance(None)
        self._inner.write(buffer, self._clock.bound(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:  # fmt: skip
        return _WatchedStream(self._inner.start_tls(ssl_context, server_hostname, self._clock.bound(timeout)),
                              self._clock)  # fmt: skip

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _WatchedBackend(httpcore.NetworkBackend):
    """httpcore's own connections, watched (connecting waits no longer than the deadline either)."""

    def __init__(self, clock: _Clock) -> None:
        self._inner = httpcore.SyncBackend()
        self._clock = clock

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:  # fmt: skip
        self._clock.glance(None)
        stream = self._inner.connect_tcp(host, port, self._clock.bound(timeout), local_address, socket_options)
        return _WatchedStream(stream, self._clock)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:  # fmt: skip
        return _WatchedStream(self._inner.connect_unix_socket(path, timeout, socket_options), self._clock)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _watch_streams(client: httpx.Client, clock: _Clock) -> None:
    """Give the client's connection pools watched connections — the direct one and those of the proxies the
    environment names (HTTPS_PROXY): httpx has no public way to, and each of its transports keeps httpcore's pool
    as `_pool`; tests/test_hostile_server.py fails if that changes."""
    backend = _WatchedBackend(clock)
    for transport in [client._transport, *client._mounts.values()]:
        if transport is not None:
            transport._pool._network_backend = backend  # type: ignore[attr-defined]


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
        self._answers: dict[str, set[str]] | None = None  # an answer document's Id -> the kept sets naming it

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

    def _copies(self, number: str) -> Iterator[Path]:
        """The cached files of a document by its number, one a suffix (FetchError: a number that is no identifier)."""
        for suffix in dict.fromkeys(opendata.SUFFIXES.values()):
            path = self._inside(self.folder, f"{number}{suffix}")
            if path.is_file():
                yield path

    def kept_as(self, number: str) -> list[Path]:
        """The cached files of a document by its number (none for a number that is no identifier)."""
        try:
            return list(self._copies(number))
        except FetchError:
            return []

    def document(self, document: Document) -> Path | None:
        return next(self._copies(document.number), None)

    def keep_document(self, document: Document, data: bytes, suffix: str) -> Path:
        path = self._inside(self.folder, f"{document.number}{suffix}")
        _keep(path, data)
        with contextlib.suppress(OSError):  # a damaged copy set aside before: this one replaces it
            (self.folder / DAMAGED / path.name).unlink(missing_ok=True)
        return path

    def set_aside(self, path: Path) -> Path:
        """A kept document that could not be read, moved out of the cache into `damaged/` (for the user to look
        at; the next fetch downloads it again): where it went."""
        aside = self.folder / DAMAGED / path.name
        try:
            aside.parent.mkdir(parents=True, exist_ok=True)
            path.replace(aside)
        except OSError as error:
            raise StoreError(path, _("cannot set the damaged download aside ({why})").format(why=reason(error))) \
                from None  # fmt: skip
        return aside

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
        _keep(path, orjson.dumps(item))
        self._indexed(number, item)
        return path

    def number_of(self, ident: str) -> str | None:
        """The number of a set kept before, by its Id (a deleted set is listed by its Id alone)."""
        return self._index()[0].get(ident.lower())

    def sets_linking(self, document: str) -> set[str]:
        """The sets kept before whose listing names this document (by its Id) among their answers."""
        return set(self._index()[1].get(document.lower(), ()))

    def _index(self) -> tuple[dict[str, str], dict[str, set[str]]]:
        """Every kept listing read once: set Ids to numbers, answer documents' Ids to the sets naming them."""
        if self._ids is None or self._answers is None:
            self._ids, self._answers = {}, {}
            for path in sorted((self.folder / "zaak").glob("*.json")):
                with contextlib.suppress(OSError, orjson.JSONDecodeError, AttributeError, TypeError):
                    self._indexed(path.stem, orjson.loads(path.read_bytes()))
        return self._ids, self._answers

    def _indexed(self, number: str, kept: Any) -> None:
        if self._ids is None or self._answers is None or not re.fullmatch(ZAAKNUMMER, number):
            return
        if isinstance(kept.get("Id"), str):
            self._ids[kept["Id"].lower()] = number
        for document in kept.get("Document") or []:
            if isinstance(document, dict) and isinstance(document.get("Id"), str) and not document.get("Verwijderd") \
                    and str(document.get("Soort")) in _ANSWERS:  # fmt: skip
                self._answers.setdefault(document["Id"].lower(), set()).add(number)


DAMAGED = "damaged"  # the cache's folder of downloads that could not be read (never read again from there)
_ANSWERS = frozenset(soort for soort, kind in opendata.KINDS.items() if kind in ("answer", "further"))


def _keep(path: Path, data: bytes) -> None:
    """A download into the cache, written atomically; a full disk or a read-only folder is a StoreError naming the
    file (the fetch stops there: what was kept before stays)."""
    try:
        write_atomically(path, data)  # which makes the folder
    except OSError as error:
        raise StoreError(path, _("cannot keep the download in the cache ({why})").format(why=reason(error))) from None


@dataclass
class FetchReport:
    """What a fetch found and kept, and what it could not get."""

    sets: list[str] = field(default_factory=list)  # the zaaknummers found
    files: list[Path] = field(default_factory=list)  # the documents to import (from the cache)
    withdrawn: list[Path] = field(default_factory=list)  # cached documents the open data deleted: out of the store
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
        self._sets_of_file: dict[Path, list[str]] = {}  # a document file to import -> the sets it belongs to

    def by_numbers(self, numbers: Iterable[str]) -> list[Zaak]:
        """The sets of these zaaknummers: from the cache offline, else asked (a few to a request, each kept)."""
        wanted = [n for n in dict.fromkeys(numbers)]
        if self.client is None:
            return [zaak for number in wanted if (zaak := self._from_cache(number)) is not None]
        found: dict[str, Zaak] = {}
        for query in opendata.by_numbers(wanted):
            asked = frozenset(n for n in wanted if f"'{n}'" in query["$filter"])
            what = _sets_shown(ngettext("set {numbers}", "sets {numbers}", len(asked)), asked)
            for zaak in self._listing(query, what, keep=partial(_numbered, asked)):
                found[zaak.number] = zaak
        missing = [n for n in wanted if n not in found]
        ids = {ident: n for n in missing if (ident := self._kept_id(n))}
        if ids and not self.report.incomplete:  # asked by Id: a deleted set keeps only that
            for zaak in self._listing(opendata.by_ids(ids), _sets_shown(_("deleted sets {numbers}"), ids.values())):
                found.setdefault(zaak.number, zaak)
        for zaaknummer in missing:  # said, but no reason to hold a sync's mark: a set made later is a change then
            if zaaknummer not in found and not self.report.incomplete:
                self.report.failures.append(_("{number}: no such set in the open data").format(number=zaaknummer))
        return [found[n] for n in wanted if n in found]

    def _kept_id(self, number: str) -> str | None:
        kept = self.cache.zaak(number)
        ident = kept.get("Id") if isinstance(kept, dict) else None
        return ident if isinstance(ident, str) else None

    def _from_cache(self, number: str) -> Zaak | None:
        item = self.cache.zaak(number)
        if item is None:
            self.report.failures.append(_("{number}: not in the cache (fetch it once online)").format(number=number))
            return None
        try:
            return opendata.zaak_of(opendata.cleaned(item))
        except DataError as error:
            self.report.failures.append(f"{number}: {error}")
            return None

    def by_query(self, people: People, *, keep: bool = True) -> list[Zaak]:
        """The sets a search finds, every page of them (each kept in the cache); with `keep`, only those the
        client's own comparison keeps too (a deleted set the cache knows is always kept: it is said)."""
        assert self.client is not None
        return self._listing(people.query(), people.shown(), people.keeps if keep else None)

    def api_now(self) -> None:
        """The API's own "now" (the latest ApiGewijzigdOp of a set) into the report, before a first sync asks
        anything; a server that cannot answer this (an $orderby it does not know) costs nothing but the request."""
        assert self.client is not None
        try:
            items, _following = opendata.page(self.client.json(f"{self.sources.odata}Zaak", opendata.latest()))
        except Stopped:
            raise
        except (FetchError, DataError):
            return
        for item in items[:1]:
            if isinstance(item, dict):
                self.report.saw(opendata.changed_at(item))

    def changed(self, since: datetime, keep: Callable[[Any], bool]) -> list[Zaak]:
        """The sets changed in the API since `since` that `keep` keeps, and the known sets deleted since."""
        moment = since.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")
        return self._listing(opendata.changed_since(since), _("the sets changed since {moment}").format(moment=moment),
                             keep)  # fmt: skip

    def _listing(self, query: Query, what: str, keep: Callable[[Any], bool] | None = None) -> list[Zaak]:
        """The sets of a listing; when it cannot be had whole, one line naming `what` was asked and why."""
        found: list[Zaak] = []
        try:
            for item in self._items(query):
                zaak = self._listed(item, keep)
                if zaak is not None and zaak.number not in self._found:
                    self._found[zaak.number] = zaak
                    found.append(zaak)
        except Stopped:
            raise
        except FetchError as error:
            self.report.failures.append(f"{what}: {error}")
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
                self.report.withdrawn += self.cache.kept_as(document["DocumentNummer"])
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
        """Following @odata.nextLink: at most MOST_PAGES, and a page asked before (a next page that points back, to
        itself or to an earlier one) ends the walk; what came before is kept."""
        assert self.client is not None
        url: str | None = f"{self.sources.odata}Zaak"
        params: Query | None = {**query, "$expand": self.expand} if "$expand" in query else query
        seen: set[str] = set()
        listed: set[str] = set()  # the items' Ids: a page of none but items listed before is a loop too
        while url is not None:
            seen.add(_page_key(url, params))
            try:
                items, following = opendata.page(self.client.json(url, params))
            except DataError as error:
                raise FetchError(f"{url}: {error}") from None
            except FetchError as error:
                if len(seen) == 1 and error.status == 400 and params is not None \
                        and params.get("$expand") == opendata.EXPAND:  # fmt: skip
                    raise _NotExpandable from None
                raise
            yield from items
            if following is None:
                return
            ids = {item.get("Id") if isinstance(item, dict) else None for item in items}
            repeated = None not in ids and all(isinstance(i, str) for i in ids) and ids <= listed
            listed |= {i for i in ids if isinstance(i, str)}
            following = urljoin(url, following)  # a relative next link, against the page it came on
            if not on_the_same_host(following, f"{self.sources.odata}Zaak"):
                raise FetchError(_("{url}: its next page is on another host ({next}): refused").format(
                    url=url, next=urlsplit(following).netloc or following))
            if _page_key(following, None) in seen or not items or repeated:
                raise FetchError(_("{url}: its next page points back to a page already read: the listing ends "
                                   "here").format(url=url))  # fmt: skip
            if len(seen) >= MOST_PAGES:
                raise FetchError(_("{url}: more than {count} pages: the listing ends here").format(
                    url=url, count=number(MOST_PAGES)))
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
            try:
                for ident, outcome in zip(wanted, pool.map(self._document, wanted.values()), strict=True):
                    advance()
                    self._outcome(outcome, sets_of[ident])
            except BaseException:  # Ctrl+C: the downloads in flight end at their next glance, the rest never start
                if self.client is not None:
                    self.client.stop()
                pool.shutdown(wait=True, cancel_futures=True)
                raise
        self._shared_letters(zaken, wanted, sets_of)
        # each set's listing too: its zaaknummer, subject, askers and date where its documents print none
        self.report.files += [path for zaak in zaken if (path := self.cache.zaak_path(zaak.number)).is_file()]

    def _shared_letters(self, zaken: list[Zaak], wanted: dict[str, Document], sets_of: dict[str, list[str]]) -> None:
        """An answer letter linked to several sets (questions of several members answered together) is downloaded
        once and imported as the part of the set it prints; each set's listing names it too (`kqreader:letters`),
        so that it answers every set it is linked to (see parsing/listing.py) — sets of this run, and sets fetched
        before whose listing names the same document."""
        letters: dict[str, list[str]] = {}
        for ident, numbers in sets_of.items():
            document = wanted[ident]
            linked = {*numbers, *self.cache.sets_linking(ident)} if document.kind in ("answer", "further") else set()
            kept = self.cache.document(document) if len(linked) > 1 else None
            if kept is not None and kept.suffix not in opendata.UNREADABLE:
                for number in sorted(linked):
                    letters.setdefault(number, []).append(kept.name)
        here = {zaak.number for zaak in zaken}
        for number, names in letters.items():
            listing = self.cache.zaak(number)
            if isinstance(listing, dict) and listing.get("kqreader:letters") != names:
                path = self.cache.keep_zaak(number, {**listing, "kqreader:letters": names})
                if number not in here:  # a set fetched before: its listing is imported again
                    self.report.files.append(path)

    def _outcome(self, outcome: Path | str | _Note, sets: list[str]) -> None:
        if isinstance(outcome, Path):
            if outcome.suffix in opendata.UNREADABLE:
                self.report.notes.append(_("{path}: kept in the cache; kqreader does not read Word 97-2003 files "
                                           "(open it yourself)").format(path=outcome))  # fmt: skip
            else:
                self.report.files.append(outcome)
                self._sets_of_file[outcome] = sets
        elif isinstance(outcome, _Note):
            self.report.notes.append(str(outcome))
        else:
            self.report.failures.append(outcome)
            for zaak in sets:
                self.report.unwhole.setdefault(zaak, outcome)

    def unreadable(self, failures: Iterable[tuple[str, str]]) -> list[str]:
        """The downloads that failed to import (file, why): set aside out of the cache so that the next fetch asks
        for them again (a file cut off in transit is not read from the cache for ever), and their sets not whole
        (a sync asks them again); a line each."""
        files = {str(path): path for path in self._sets_of_file}
        lines = []
        for shown, why in failures:
            path = files.get(shown)
            if path is None:
                continue
            aside = self.cache.set_aside(path)
            for zaak in self._sets_of_file[path]:
                self.report.unwhole.setdefault(zaak, f"{path.name}: {why}")
            lines.append(_("{path}: set aside as {aside}; it is downloaded again at the next fetch or sync").format(
                path=path, aside=aside))
        return lines

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
            try:
                response = self.client.get(xml, missing_ok=True, kind="xml")
            except Stopped:
                raise
            except FetchError:  # a redirect elsewhere, a timeout, any status: the API's own file
                response = None
            if response is not None and opendata.looks_like(".xml", response.content):
                return self.cache.keep_document(document, response.content, ".xml")
        url = document.resource(self.sources)
        response = self.client.get(url, missing_ok=True, kind=None)
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


def _sets_shown(said: str, numbers: Iterable[str]) -> str:
    """A listing asked by numbers, in words: its first few numbers (a line stays a line)."""
    listed = sorted(numbers)
    return said.format(numbers=", ".join(listed[:SHOWN_NUMBERS]) + (" …" if len(listed) > SHOWN_NUMBERS else ""))


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


def stopped(report: FetchReport) -> str:
    """What a fetch stopped by Ctrl+C kept: the documents already in the cache (none is half: each is written
    atomically), and that nothing was imported."""
    said = ngettext("stopped (Ctrl+C): {count} document downloaded and kept in the cache (a next fetch starts from "
                    "it); nothing imported", "stopped (Ctrl+C): {count} documents downloaded and kept in the cache "
                    "(a next fetch starts from them); nothing imported", report.downloaded)  # fmt: skip
    return said.format(count=number(report.downloaded))


def _page_key(url: str, params: Query | None) -> str:
    """A page's address as it is asked (its parameters in order), to know it when a next link points back."""
    try:
        return str(httpx.URL(url, params=params) if params else httpx.URL(url))
    except httpx.InvalidURL:
        return url  # asking it says why it cannot be asked


def cache_folder(database: Path) -> Path:
    """Where a store keeps its downloads: `kqreader.cache/` beside `kqreader.json`."""
    return database.with_name(f"{database.stem}.cache")


