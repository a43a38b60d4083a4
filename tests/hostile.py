"""A hostile server on 127.0.0.1 for the tests of issue 37: a tiny threaded http.server whose first path segment
names how it misbehaves, in the shapes of the open data (an OData listing of sets, a document's file):

- `/fine/…`: one page of one set (2024Z00102) whose one document's file is a small text letter (`/slow/…`: the
  same, each answer after `slow_seconds`);
- `/loop/…`: every page's @odata.nextLink points back to itself; `/count/…`: to the next of pages counting up
  forever (each with one new set; `/same/…`: each with the same set); `/badlink/…`: to an address with a NUL;
- `/endless/…`: a listing or a "PDF" sent in 1 MiB chunks that never end;
- `/bomb/…`: a body of 2 MB that gzip inflates to 2 GiB;
- `/trickle/…`: an answer sent a byte at a time (`/trickle-head/…`: its status line and headers too);
- `/hang-file/…`: a fine listing whose document's file trickles forever;
- `/redirects/…`: redirected to itself, forever;
- `/busy/…`: 503, asking to wait a minute;
- `/encoded/…/br`, `/encoded/…/gzip`: a body in an encoding not asked for, or damaged.

Every body it sends ends when the client goes away; the server stops with the test (`stop`).
"""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import orjson

ODATA = "OData/v4/2.0/"
MiB = 1 << 20
LETTER = (Path(__file__).resolve().parent.parent / "sample_data" / "2024Z00102-vragen.txt").read_bytes()


def listing_item(number: str, document: str, onderwerp: str = "Vragen over de ophokplicht voor pluimvee") -> dict:
    """One set as the OData API lists it, with one document (a text letter)."""
    return {"Id": f"zaak-{number}", "Nummer": number, "Soort": "Schriftelijke vragen", "Onderwerp": onderwerp,
            "GestartOp": "2024-04-02T00:00:00+02:00", "GewijzigdOp": "2024-04-02T09:00:00+02:00",
            "Afgedaan": False, "Verwijderd": False,
            "Document": [{"Id": f"doc-{document}", "DocumentNummer": document, "Soort": "Schriftelijke vragen",
                          "Datum": "2024-04-02T00:00:00+02:00", "Vergaderjaar": "2023-2024",
                          "Aanhangselnummer": None, "Verwijderd": False}],
            "ZaakActor": [{"ActorNaam": "Ouwehand", "ActorFractie": "PvdD", "Relatie": "Indiener"}]}  # fmt: skip


def _bomb_pieces() -> tuple[bytes, bytes, int]:
    """A gzip header and first piece, the piece that repeats (1 MiB of zeros, deflated and flushed whole: each
    next one is the same bytes), and how many pieces make 2 GiB."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MiB)
    first = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    return first, again, 2048


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: HostileServer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test's output is the client's."""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        mode, _, rest = parts.path.lstrip("/").partition("/")
        self.server.asked.append(self.path)
        answer = self._missing if rest.startswith("officielepublicaties/") else getattr(  # no published XML
            self, "_" + mode.replace("-", "_"), self._missing)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            answer(rest, parse_qs(parts.query))

    def _missing(self, _rest: str, _query: dict) -> None:
        self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, kind: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _page(self, items: list, following: str | None = None) -> None:
        page: dict = {"value": items}
        if following is not None:
            page["@odata.nextLink"] = following
        self._send(200, orjson.dumps(page), "application/json")

    def _file(self, rest: str) -> bool:
        """A document's file (a text letter), when `rest` asks one; whether it did."""
        if not rest.endswith("/resource"):
            return False
        self._send(200, LETTER, "text/plain; charset=utf-8")
        return True

    def _fine(self, rest: str, _query: dict) -> None:
        if not self._file(rest):
            self._page([listing_item("2024Z00102", "2024D00102", self.server.onderwerp)])

    def _slow(self, rest: str, query: dict) -> None:
        time.sleep(self.server.slow_seconds)
        self._fine(rest, query)

    def _loop(self, rest: str, _query: dict) -> None:
        if not self._file(rest):
            self._page([listing_item("2024Z00102", "2024D00102")], f"http://{self.headers['Host']}{self.path}")

    def _count(self, rest: str, query: dict) -> None:
        if self._file(rest):
            return
        page = int(query.get("page", ["0"])[0])
        following = f"http://{self.headers['Host']}/count/{ODATA}Zaak?page={page + 1}"
        self._page([listing_item(f"2024Z{page:05d}", f"2024D{page:05d}")], following)

    def _same(self, rest: str, query: dict) -> None:
        """Pages counting up forever, each with the same set."""
        if self._file(rest):
            return
        page = int(query.get("page", ["0"])[0])
        following = f"http://{self.headers['Host']}/same/{ODATA}Zaak?page={page + 1}"
        self._page([listing_item("2024Z00102", "2024D00102")], following)

    def _badlink(self, rest: str, _query: dict) -> None:
        """A next link httpx cannot even parse (a NUL in it)."""
        if not self._file(rest):
            self._page([listing_item("2024Z00102", "2024D00102")], f"http://{self.headers['Host']}/badlink/Zaak?\x00")

    def _encoded(self, rest: str, _query: dict) -> None:
        """A body compressed as the path's last part says (br: not asked for; gzip: not gzip at all)."""
        self._send(200, b"\x8b\x00not compressed", "application/json", Content_Encoding=rest.rsplit("/", 1)[-1])

    def _busy(self, _rest: str, _query: dict) -> None:
        self._send(503, b"busy", "text/plain", Retry_After="60")

    def _endless(self, rest: str, _query: dict) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf" if rest.endswith("/resource") else "application/json")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"%PDF-1.7\n" + b" " * (MiB - 9) if rest.endswith("/resource") else b'{"value": [' + b" " * (MiB - 11)
        while not self.server.stopping.is_set():
            self.wfile.write(chunk)
            chunk = b" " * MiB

    def _bomb(self, _rest: str, _query: dict) -> None:
        first, again, count = self.server.bomb
        body_size = len(first) + len(again) * (count - 1)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(body_size))
        self.end_headers()
        self.wfile.write(first)
        for _n in range(count - 1):
            if self.server.stopping.is_set():
                return
            self.wfile.write(again)

    def _trickle_out(self, data: bytes) -> None:
        for byte in data:
            if self.server.stopping.is_set():
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(self.server.trickle_seconds)

    def _trickle(self, _rest: str, _query: dict) -> None:
        body = orjson.dumps({"value": []}) * 1000
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._trickle_out(body)

    def _trickle_head(self, _rest: str, _query: dict) -> None:
        self._trickle_out(b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 10_000 + b"\r\n\r\n")

    def _hang_file(self, rest: str, _query: dict) -> None:
        if not rest.endswith("/resource"):
            self._page([listing_item(f"2024Z0010{n}", f"2024D0010{n}") for n in range(2, 6)])
            return
        if rest.startswith(f"{ODATA}Document(doc-2024D00102)"):  # one file comes, the others trickle
            self._send(200, LETTER, "text/plain; charset=utf-8")
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Length", str(MiB))
        self.end_headers()
        self._trickle_out(b"%PDF-1.7\n" + b" " * (MiB - 9))

    def _redirects(self, _rest: str, _query: dict) -> None:
        self._send(302, b"", "text/plain", Location=self.path)


class HostileServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.asked: list[str] = []
        self.stopping = threading.Event()
        self.trickle_seconds = 0.2
        self.slow_seconds = 2.0
        self.onderwerp = "Vragen over de ophokplicht voor pluimvee"
        self.bomb = _bomb_pieces()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet: a client that gives up mid-answer (a limit, a deadline) is what these tests make happen."""

    def base(self, mode: str) -> str:
        """The base address (`--api`, KQREADER_API) of a mode."""
        return f"http://127.0.0.1:{self.server_address[1]}/{mode}/"

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()


def store_record(db: Path, dossier: Any) -> None:
    """Put a dossier into the store at `db` as an import puts a parsed one, without the parser's cleaning (as a
    listing of the open data, or a store written by another tool, could bring it)."""
    import hashlib

    from kqreader.store.database import Store
    from kqreader.store.records import link_key, month_of, to_record
    from kqreader.store.session import open_session

    record = to_record(dossier)
    data = orjson.dumps(record)
    with open_session(Store(db)) as session:
        session.put(f"{dossier.id}.txt", hashlib.sha256(data).hexdigest(), dossier.id, len(dossier.questions), data,
                    link_key(record), month_of(record))  # fmt: skip
