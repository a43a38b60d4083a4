"""`kqreader fetch` and `sync`: the real client against a real HTTP server on 127.0.0.1 that answers in the shapes
of the Tweede Kamer's OData API and the published XML (pages, a set's documents, a delay, a withdrawal, XML and the
files the API keeps, a 404, a 429 with Retry-After, a 500, a slow answer, a malformed body)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlencode

import orjson
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kqreader.fetch.news import News
from kqreader.store.database import Store
from tests.helpers import kqreader

ROOT = Path(__file__).resolve().parent.parent
SAMPLES, DOCUMENTS = ROOT / "sample_data", ROOT / "tests" / "documents"
ODATA = "/OData/v4/2.0/"
TEXT = "text/plain; charset=utf-8"
DELAY_102 = """Ministerie van Financiën

Datum 5 april 2024
Betreft Uitstelbericht Kamervragen 2024Z00102

Mededeling

De vragen van het lid Yesilgöz (VVD) over de kosten van de energietoeslag (ingezonden 15 maart 2024, kenmerk
2024Z00102) kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.

De Minister van Financiën,

S.A.M. Dijkstra
"""
ANSWER_103 = """Ministerie van Landbouw, Natuur en Voedselkwaliteit

Datum 3 juni 2024
Betreft Beantwoording Kamervragen over vogelgriep in Azië
Uw referentie 2024Z00103

Antwoorden van de Minister van Landbouw, Natuur en Voedselkwaliteit op vragen van het lid Ouwehand (PvdD)
over vogelgriep in Azië.

Vraag 1
Hoe groot acht u het risico dat de vogelgriepvariant uit Azië Nederland bereikt?

Antwoord
Het risico is laag, maar wordt dagelijks gevolgd.

Vraag 2
Welke maatregelen neemt u?

Antwoord
Pluimvee blijft binnen tot het risico is geweken.
"""


class OpenData:
    """The two services on one test server: sets by number or by party (two pages), each document's file."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.sets: dict[str, dict] = {}
        self.files: dict[str, tuple[bytes, str]] = {}  # document id -> (bytes, content type)
        self.xml: dict[str, bytes] = {}  # external identifier -> XML
        self.asked: list[Request] = []
        self.trouble: dict[str, list[Callable[[], Response]]] = {}  # a path's next answers, before the real one
        server.expect_request(f"{ODATA}Zaak").respond_with_handler(self._zaak)
        server.expect_request(re.compile(r".*/resource$")).respond_with_handler(self._resource)
        server.expect_request(re.compile(r"/officielepublicaties/.*")).respond_with_handler(self._xml)

    @property
    def base(self) -> str:
        return self.server.url_for("/")

    def add(self, number: str, *documents: tuple[str, str, Path | bytes, str], party: str = "PvdD",
            aanhangsel: str | None = None, changed: str = "2024-04-02") -> None:
        """A set and its documents: (Soort, DocumentNummer, file, content type)."""
        items = []
        for kind, document, source, content_type in documents:
            ident = f"00000000-0000-0000-0000-{document[-6:].rjust(12, '0')}"
            data = source if isinstance(source, bytes) else source.read_bytes()
            self.files[ident] = (data, content_type)
            items.append({"Id": ident, "DocumentNummer": document, "Soort": kind, "Datum": "2024-04-02T00:00:00+02:00",
                          "Vergaderjaar": "2023-2024", "Aanhangselnummer": aanhangsel if "Antwoord" in kind else None,
                          "Verwijderd": False})  # fmt: skip
        asker = {"ActorNaam": "Ouwehand", "ActorFractie": party, "Functie": "Tweede Kamerlid", "Relatie": "Indiener"}
        asked = {"ActorNaam": "minister van Landbouw, Visserij, Voedselzekerheid en Natuur", "ActorFractie": None,
                 "Functie": "minister", "Relatie": "Gericht aan"}  # fmt: skip
        self.sets[number] = {"Id": f"zaak-{number}", "Nummer": number, "Soort": "Schriftelijke vragen",
                             "Onderwerp": "Vragen over de ophokplicht voor pluimvee",
                             "GestartOp": "2024-04-02T00:00:00+02:00", "GewijzigdOp": f"{changed}T09:00:00+02:00",
                             "Afgedaan": False, "Verwijderd": False,
                             "Document": items, "ZaakActor": [asker, asked]}  # fmt: skip

    def _troubled(self, request: Request) -> Response | None:
        self.asked.append(request)
        waiting = self.trouble.get(request.path)
        return waiting.pop(0)() if waiting else None

    def _zaak(self, request: Request) -> Response:
        if (trouble := self._troubled(request)) is not None:
            return trouble
        condition = request.args.get("$filter", "")
        assert "Verwijderd eq false" in condition and request.args.get("$expand") == "Document,ZaakActor"
        if "Nummer eq '" in condition:
            number = condition.split("Nummer eq '")[1].split("'")[0]
            found = [self.sets[number]] if number in self.sets else []
            return _json({"value": found})
        if "GewijzigdOp ge " in condition:  # the sets changed since a day, two to a page
            since = condition.split("GewijzigdOp ge ")[1][:10]
            changed = [s for s in self.sets.values() if s["GewijzigdOp"][:10] >= since]
            skip = int(request.args.get("$skip", "0"))
            following = self.server.url_for(f"{ODATA}Zaak") + "?" + urlencode({**request.args, "$skip": skip + 2})
            return _json({"value": changed[skip : skip + 2],
                          **({"@odata.nextLink": following} if skip + 2 < len(changed) else {})})  # fmt: skip
        party = condition.split("ActorFractie eq '")[1].split("'")[0]
        found = [s for s in self.sets.values() if s["ZaakActor"][0]["ActorFractie"] == party]
        following = self.server.url_for(f"{ODATA}Zaak") + "?" + urlencode({**request.args, "$skiptoken": "1"})
        if request.args.get("$skiptoken") == "1":  # the second page, by the address the first gave
            return _json({"value": found[1:]})
        return _json({"value": found[:1], "@odata.nextLink": following})

    def _resource(self, request: Request) -> Response:
        if (trouble := self._troubled(request)) is not None:
            return trouble
        ident = request.path.split("Document(")[1].split(")")[0]
        if ident not in self.files:
            return Response("not found", status=404)
        data, content_type = self.files[ident]
        return Response(data, content_type=content_type)

    def _xml(self, request: Request) -> Response:
        self.asked.append(request)
        name = request.path.rsplit("/", 1)[1].removesuffix(".xml")
        if name not in self.xml:
            return Response("not found", status=404)
        return Response(self.xml[name], content_type="application/xml")


def _json(document: object) -> Response:
    return Response(json.dumps(document), content_type="application/json")


@pytest.fixture(scope="session")
def make_httpserver() -> Iterator[HTTPServer]:
    """The test server on 127.0.0.1 ("localhost" may be ::1 first), on a free port, answering requests at the same
    time as a real server does (pytest-httpserver's default answers one at a time)."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def api(httpserver: HTTPServer) -> OpenData:
    return serve(httpserver)


def serve(httpserver: HTTPServer) -> OpenData:
    """The test server's sets (a fixture's body, that other test modules serve too)."""
    data = OpenData(httpserver)
    data.add("2024Z00102", ("Schriftelijke vragen", "2024D00102", SAMPLES / "2024Z00102-vragen.txt", TEXT),
             ("Antwoord schriftelijke vragen", "2024D10102", SAMPLES / "2024Z00102-antwoorden.txt", TEXT),
             ("Antwoord schriftelijke vragen (nader)", "2024D20102", DOCUMENTS / "ab-2024Z00102-nader-antwoord.txt",
              TEXT),
             ("Mededeling (uitstel antwoord)", "2024D30102", DELAY_102.encode(), TEXT), party="VVD")  # fmt: skip
    data.add("2024Z00103", ("Schriftelijke vragen", "2024D00103", SAMPLES / "2024Z00103-vragen.txt", TEXT),
             ("Mededeling (uitstel antwoord)", "2024D30103", SAMPLES / "2024Z00103-mededeling.txt", TEXT))
    data.add("2024Z00107", ("Mededeling", "2024D40107", DOCUMENTS / "mededeling-2024Z00107-ingetrokken.txt", TEXT))
    data.add("2024Z00105", ("Schriftelijke vragen", "2024D00105", b"%PDF-1.7 never asked for", "application/pdf"))
    data.xml["kv-tk-2024Z00105"] = (DOCUMENTS / "kv-tk-2024Z00105.xml").read_bytes()
    return data


def fetch(db: Path, api: OpenData | str, *words: str, command: str = "fetch") -> subprocess.CompletedProcess[str]:
    base = api if isinstance(api, str) else api.base
    return kqreader(command, "--db", db, *words, env={**os.environ, "KQREADER_API": base})


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kq.json"


def test_a_set_by_number_lands_in_the_store_with_every_document(db: Path, api: OpenData) -> None:
    result = fetch(db, api, "2024Z00102")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert result.stdout == ("found 1 set (documents: 4 downloaded, 0 from the cache); imported 5 files (1 dossier, "
                             "3 questions); 0 unchanged, 0 failed\n")  # fmt: skip  # the four and the set's listing
    dossier = Store(db).dossier("2024Z00102")  # the questions, the answer, a later answer and a delay notice
    assert dossier is not None and dossier.status == "answered" and dossier.answered_by
    assert [(n.kind, n.date.isoformat() if n.date else None) for n in dossier.notices] == [("delay", "2024-04-05")]
    assert [q.answer.covers for q in dossier.questions if q.answer] == [[1], [2, 3], [2, 3]]
    assert any(q.further is not None for q in dossier.questions)  # the later answer, after the answer
    cache = db.with_name("kq.cache")
    assert sorted(p.name for p in cache.iterdir()) == [
        "2024D00102.txt", "2024D10102.txt", "2024D20102.txt", "2024D30102.txt", "zaak"
    ]  # fmt: skip
    assert orjson.loads((cache / "zaak" / "2024Z00102.json").read_bytes())["Nummer"] == "2024Z00102"
    agents = {request.headers.get("User-Agent", "") for request in api.asked}
    assert len(agents) == 1 and agents.pop().startswith("kqreader/")
    assert {r.path for r in api.asked if "officielepublicaties" in r.path} == {
        "/officielepublicaties/kv-tk-2024Z00102/kv-tk-2024Z00102.xml"  # asked first, 404: the API's file then
    }


def test_the_sets_own_facts_come_from_the_open_data_when_no_document_prints_them(db: Path, api: OpenData) -> None:
    """Its only document is missing (404): the set is still stored under its zaaknummer, with the Zaak's subject,
    askers, addressee and date, open."""
    api.add("2024Z00777", ("Antwoord schriftelijke vragen", "2024D00777", b"x", TEXT))
    api.files.clear()
    result = fetch(db, api, "2024Z00777")
    assert result.returncode == 1 and "the server answered 404" in result.stderr
    dossier = Store(db).dossier("2024Z00777")
    assert dossier is not None and dossier.status == "open"
    assert (dossier.title, [(a.name, a.party) for a in dossier.askers], dossier.addressees) == (
        "Vragen over de ophokplicht voor pluimvee", [("Ouwehand", "PvdD")],
        ["minister van Landbouw, Visserij, Voedselzekerheid en Natuur"],
    )
    assert dossier.submitted is not None and dossier.submitted.isoformat() == "2024-04-02"


def test_a_second_fetch_and_an_offline_one_read_the_cache(db: Path, api: OpenData) -> None:
    assert fetch(db, api, "2024Z00102").returncode == 0
    api.asked.clear()
    again = fetch(db, api, "2024Z00102")
    assert again.returncode == 0 and "(documents: 0 downloaded, 4 from the cache)" in again.stdout
    assert "5 unchanged" in again.stdout and [r.path for r in api.asked] == [f"{ODATA}Zaak"]  # with the listing
    offline = fetch(db, "http://127.0.0.1:9/", "2024Z00102", "--offline")  # where no server is
    assert offline.returncode == 0 and "(documents: 0 downloaded, 4 from the cache)" in offline.stdout
    missing = fetch(db, "http://127.0.0.1:9/", "2024Z00103", "--offline")
    assert missing.returncode == 1 and missing.stderr == (
        "kqreader: error: 2024Z00103: not in the cache (fetch it once online)\n"
    )


def test_the_published_xml_is_taken_before_the_apis_file_and_the_pdf_after_it(db: Path, api: OpenData) -> None:
    api.add("2024Z04321", ("Antwoord schriftelijke vragen", "2024D61314", SAMPLES / "ah-tk-20232024-1314.pdf",
                           "application/pdf"), aanhangsel="202320241314")  # fmt: skip
    result = fetch(db, "http://127.0.0.1:9/", "2024Z00105", "2024Z04321", "--api", api.base)  # the flag wins
    assert result.returncode == 0, result.stderr
    cache = db.with_name("kq.cache")
    assert (cache / "2024D00105.xml").is_file() and (cache / "2024D61314.pdf").is_file()
    assert [r.path for r in api.asked if r.path.endswith("/resource")] == [
        f"{ODATA}Document(00000000-0000-0000-0000-000000D61314)/resource"  # its XML was not published: the PDF
    ]
    assert "/officielepublicaties/ah-tk-20232024-1314/ah-tk-20232024-1314.xml" in [r.path for r in api.asked]
    dossier = Store(db).dossier("2024Z00105")
    assert dossier is not None and [q.number for q in dossier.questions] == [1, 2, 3, 4]
    # The answer came as an Aanhangsel PDF that prints no zaaknummer: the set is the Zaak's, the Aanhangsel number
    # one more of its ids (cite finds it by either), the askers as the document prints them, the API's in a doubt.
    answered = Store(db).dossier("2024Z04321")
    assert answered is not None and answered.status == "answered" and answered.publication == "ah-tk-20232024-1314"
    assert Store(db).dossier("ah-tk-20232024-1314") is None
    assert [a.name for a in answered.askers] == ["Mutluer", "Kostić"]
    assert answered.doubts[-1] == ("the open data names the askers Ouwehand, the documents Mutluer, Kostić: theirs "
                                   "are kept.")  # fmt: skip
    cited = kqreader("cite", "--db", db, "ah-tk-20232024-1314")
    assert cited.returncode == 0 and "ah-tk-20232024-1314" in cited.stdout, cited.stderr


def test_at_most_four_downloads_run_at_once(db: Path, api: OpenData) -> None:
    running, most = [0], [0]
    lock = threading.Lock()
    api.add("2024Z09999", *[("Mededeling", f"2024D9{n:04d}", b"x", TEXT) for n in range(9)])

    def counted(request: Request) -> Response:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.3)
        with lock:
            running[0] -= 1
        return Response("not found", status=404)

    api.server.clear()  # the documents' files answer slowly, counting how many are asked at once
    api.server.expect_request(f"{ODATA}Zaak").respond_with_handler(api._zaak)
    api.server.expect_request(re.compile(r".*/resource$")).respond_with_handler(counted)
    result = fetch(db, api, "2024Z09999")
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 9  # each 404 a line
    assert most[0] == 4


def test_a_delay_notice_and_a_withdrawal_give_their_status(db: Path, api: OpenData) -> None:
    assert fetch(db, api, "2024Z00103", "2024Z00107").returncode == 0
    store = Store(db)
    assert store.dossier("2024Z00103").status == "delayed"  # type: ignore[union-attr]
    assert store.dossier("2024Z00107").status == "withdrawn"  # type: ignore[union-attr]


def test_sets_by_party_follow_every_page(db: Path, api: OpenData) -> None:
    result = fetch(db, api, "--party", "PvdD", "--since", "2024-01-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("found 3 sets (documents: ")
    pages = [r for r in api.asked if r.path == f"{ODATA}Zaak"]
    assert len(pages) == 2 and pages[1].args.get("$skiptoken") == "1"
    condition = pages[0].args["$filter"]
    assert "a/ActorFractie eq 'PvdD'" in condition and "GestartOp ge 2024-01-01T00:00:00Z" in condition
    assert {d.id for d in Store(db).dossiers()} == {"2024Z00103", "2024Z00105", "2024Z00107"}


def test_an_unknown_set_and_a_missing_file_are_a_line_each_and_the_rest_lands(db: Path, api: OpenData) -> None:
    del api.files["00000000-0000-0000-0000-000000D20102"]  # the later answer's file is gone (404)
    result = fetch(db, api, "2099Z00001", "2024Z00102")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "kqreader: error: 2099Z00001: no such set"
    assert lines[1].startswith("kqreader: error: http://") and lines[1].endswith("/resource: the server answered 404")
    assert len(lines) == 2 and "imported 4 files" in result.stdout
    assert Store(db).dossier("2024Z00102").status == "answered"  # type: ignore[union-attr]


def test_busy_and_failing_servers_are_asked_again(db: Path, api: OpenData) -> None:
    api.trouble[f"{ODATA}Zaak"] = [lambda: Response("busy", status=429, headers={"Retry-After": "1"}),
                                    lambda: Response("oops", status=500)]  # fmt: skip
    started = time.monotonic()
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert time.monotonic() - started >= 1.0  # the Retry-After was honoured
    assert [r.path for r in api.asked].count(f"{ODATA}Zaak") == 3


def test_an_answer_that_would_send_kqreader_elsewhere_is_refused(db: Path, api: OpenData) -> None:
    """A next page on another host, a redirect to another host, a document number that is a path ("../x"), an HTML
    page served as the PDF: each one line naming it, and nothing is taken from it."""
    api.trouble[f"{ODATA}Zaak"] = [lambda: _json({"value": [], "@odata.nextLink": "http://elsewhere.example/Zaak?p=2"})]
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and "its next page is on another host (elsewhere.example): refused" in result.stderr
    api.trouble[f"{ODATA}Zaak"] = [lambda: Response("", status=302, headers={"Location": "http://elsewhere.example/"})]
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and "sent on to another host (http://elsewhere.example): refused" in result.stderr
    api.add("2024Z00888", ("Antwoord schriftelijke vragen", "../../etc/x", b"%PDF-1.7", "application/pdf"))
    result = fetch(db, api, "2024Z00888")
    assert result.returncode == 1 and "a Document whose number is not a plain name: '../../etc/x'" in result.stderr
    assert not (db.parent / "etc").exists()
    api.add("2024Z00889", ("Antwoord schriftelijke vragen", "2024D00889", b"<html>Even geduld</html>",
                           "application/pdf"))  # fmt: skip
    result = fetch(db, api, "2024Z00889")
    assert result.returncode == 1 and "says it is application/pdf but is not (an HTML page?): not kept" in result.stderr
    assert not (db.with_name("kq.cache") / "2024D00889.pdf").exists()
    assert [line for line in result.stderr.splitlines() if "Traceback" in line] == []


def test_a_slow_answer_a_malformed_one_and_no_server_are_one_line_each(db: Path, api: OpenData) -> None:
    def slow() -> Response:
        time.sleep(1.5)
        return _json({"value": []})

    api.trouble[f"{ODATA}Zaak"] = [slow]
    result = fetch(db, api, "2024Z00107", "--timeout", "0.5")
    assert result.returncode == 1 and result.stderr.endswith("/OData/v4/2.0/Zaak: no answer within 0.5 s\n")
    api.trouble[f"{ODATA}Zaak"] = [lambda: Response("{not json", content_type="application/json")]
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and result.stderr.endswith("/OData/v4/2.0/Zaak: the answer is not valid JSON\n")
    api.trouble[f"{ODATA}Zaak"] = [lambda: _json({"items": []})]
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and result.stderr.endswith("Zaak: not an OData answer (no 'value' list)\n")
    refused = fetch(db, "http://127.0.0.1:9/", "2024Z00107")
    assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1
    assert "http://127.0.0.1:9/OData/v4/2.0/Zaak: cannot connect" in refused.stderr
    assert not Store(db).dossiers()  # nothing was there, nothing half-stored


def test_a_kill_during_a_fetch_leaves_a_readable_store(db: Path, api: OpenData) -> None:
    assert fetch(db, api, "2024Z00102").returncode == 0

    def slow_file() -> Response:
        time.sleep(5)
        return Response(b"", status=500)

    api.trouble[f"{ODATA}Document(00000000-0000-0000-0000-000000D00103)/resource"] = [slow_file]
    command = [sys.executable, "-m", "kqreader", "fetch", "--db", str(db), "2024Z00103"]
    running = subprocess.Popen(command, env={**os.environ, "KQREADER_API": api.base}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 10
    while not any("D00103" in r.path for r in api.asked) and time.monotonic() < deadline:
        time.sleep(0.05)
    running.send_signal(signal.SIGKILL)
    running.wait()
    kept = kqreader("export", "--db", db)
    assert kept.returncode == 0 and [d["id"] for d in orjson.loads(kept.stdout)["dossiers"]] == ["2024Z00102"]
    api.trouble.clear()
    assert fetch(db, api, "2024Z00103").returncode == 0  # and the next fetch completes it


def _new_sets(db: Path) -> list[str]:
    found = kqreader("export", "--db", db, "status:new")
    assert found.returncode == 0, found.stderr
    return [d["id"] for d in orjson.loads(found.stdout)["dossiers"]]


def test_sync_fetches_what_is_new_for_the_sets_not_yet_answered(db: Path, api: OpenData) -> None:
    assert fetch(db, api, "2024Z00103", "2024Z00102").returncode == 0
    assert _new_sets(db) == ["2024Z00102", "2024Z00103"]  # new until the reader is opened
    News.load(Store(db).layout.news).opening()  # as the reader does when it opens
    assert _new_sets(db) == []
    api.add("2024Z00103", ("Schriftelijke vragen", "2024D00103", SAMPLES / "2024Z00103-vragen.txt", TEXT),
            ("Mededeling (uitstel antwoord)", "2024D30103", SAMPLES / "2024Z00103-mededeling.txt", TEXT),
            ("Antwoord schriftelijke vragen", "2024D50103", ANSWER_103.encode(), TEXT))  # the answer is published
    api.asked.clear()
    result = fetch(db, api, command="sync")
    assert result.returncode == 0, result.stderr
    said = "found 1 set (documents: 1 downloaded, 2 from the cache); imported 2 files"  # the answer, the listing
    assert result.stdout.startswith(said)
    asked = [r.args.get("$filter", "") for r in api.asked if r.path == f"{ODATA}Zaak"]
    assert len(asked) == 1 and "Nummer eq '2024Z00103'" in asked[0]  # the answered set is not asked for
    assert Store(db).dossier("2024Z00103").status == "answered"  # type: ignore[union-attr]
    assert _new_sets(db) == ["2024Z00103"]  # "new answer" in the reader, found by status:new


def test_the_questions_asked_of_the_api() -> None:
    from datetime import date

    from kqreader.fetch.opendata import by_number, by_people

    assert by_number("2019Z12806") == {
        "$filter": "Verwijderd eq false and Soort eq 'Schriftelijke vragen' and Nummer eq '2019Z12806'",
        "$expand": "Document,ZaakActor",
    }
    condition = by_people(member="O'Neill", ministry="Financiën", until=date(2024, 6, 30))["$filter"]
    assert "contains(a/ActorNaam, 'O''Neill')" in condition  # a quote in a name cannot end the string
    assert "a/Relatie eq 'Gericht aan' and contains(a/ActorNaam, 'Financiën')" in condition
    assert condition.endswith("GestartOp lt 2024-07-01T00:00:00Z")


def test_fetch_without_a_set_or_a_question_is_a_usage_error(db: Path) -> None:
    assert fetch(db, "http://127.0.0.1:9/").returncode == 2
    result = fetch(db, "http://127.0.0.1:9/", "--party", "PvdD", "--offline")
    assert result.returncode == 2 and result.stderr.startswith("kqreader: error: fetch: --offline")



