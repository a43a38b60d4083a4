"""`kqreader fetch`: the real client against tests/opendata_server.py, a stand-in of the Gegevensmagazijn that
evaluates the filters it is sent, pages by 250 and serves the real shapes (the office in Functie, the person in
ActorNaam, no Zaak_Id on a Document, deleted placeholders in $expand), and the published XML beside it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import orjson
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kqreader.fetch.opendata import People, by_number, cleaned, zaak_of
from kqreader.store.database import Store
from kqreader.text.clock import local_day
from tests.helpers import kqreader
from tests.opendata_server import ODATA, Gegevensmagazijn, Parser, tokens

ROOT = Path(__file__).resolve().parent.parent
SAMPLES, DOCUMENTS = ROOT / "sample_data", ROOT / "tests" / "documents"
TEXT = "text/plain; charset=utf-8"
PDF = "application/pdf"
HEINEN = ("E. Heinen", "minister van Financiën")
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


def questions(number: str, asker: str, party: str, ministry: str, subject: str, day: str) -> bytes:
    """A small questions document, as a set's first document prints it."""
    return (f"{number}\n\nVragen van het lid {asker} ({party}) aan de Minister van {ministry} over {subject} "
            f"(ingezonden {day}).\n\nVraag 1\nWat is er gebeurd met {subject}?\n\nVraag 2\nWat gaat u doen?\n"
            ).encode()  # fmt: skip


def standard(service: Gegevensmagazijn) -> Gegevensmagazijn:
    """The sets most tests start from."""
    service.zaak("2024Z00102", titel="De kosten van de energietoeslag", started=date(2024, 3, 15),
                 onderwerp="Vragen van het lid Yeşilgöz-Zegerius (VVD) aan de minister van Financiën over de kosten "
                           "van de energietoeslag",
                 askers=[("D. Yeşilgöz-Zegerius", "VVD")], addressed=[HEINEN])  # fmt: skip
    service.attach("2024Z00102", "Schriftelijke vragen", "2024D00102", (SAMPLES / "2024Z00102-vragen.txt").read_bytes(),
                   TEXT)  # fmt: skip
    service.attach("2024Z00102", "Mededeling (uitstel antwoord)", "2024D30102", DELAY_102.encode(), TEXT,
                   aanhangsel="202320241499")  # fmt: skip
    service.attach("2024Z00102", "Antwoord schriftelijke vragen", "2024D10102",
                   (SAMPLES / "2024Z00102-antwoorden.txt").read_bytes(), TEXT, aanhangsel="202320241500")
    service.attach("2024Z00102", "Antwoord schriftelijke vragen (nader)", "2024D20102",
                   (DOCUMENTS / "ab-2024Z00102-nader-antwoord.txt").read_bytes(), TEXT)
    service.zaak("2024Z00103", titel="Vogelgriep in Azië", started=date(2024, 4, 2),
                 onderwerp="Vragen van het lid Ouwehand (PvdD) aan de minister van Landbouw, Natuur en "
                           "Voedselkwaliteit over vogelgriep in Azië",
                 askers=[("E. Ouwehand", "PvdD")],
                 addressed=[("P.H.M. Adema", "minister van Landbouw, Natuur en Voedselkwaliteit")])  # fmt: skip
    service.attach("2024Z00103", "Schriftelijke vragen", "2024D00103", (SAMPLES / "2024Z00103-vragen.txt").read_bytes(),
                   TEXT)  # fmt: skip
    service.attach("2024Z00103", "Mededeling (uitstel antwoord)", "2024D30103",
                   (SAMPLES / "2024Z00103-mededeling.txt").read_bytes(), TEXT, aanhangsel="202320241600")
    service.zaak("2024Z00107", titel="Ingetrokken vragen", started=date(2024, 5, 1),
                 onderwerp="Vragen van het lid Ouwehand (PvdD) aan de minister van Financiën over iets",
                 askers=[("E. Ouwehand", "PvdD")], addressed=[HEINEN])  # fmt: skip
    service.attach("2024Z00107", "Mededeling", "2024D40107",
                   (DOCUMENTS / "mededeling-2024Z00107-ingetrokken.txt").read_bytes(), TEXT)
    service.zaak("2024Z00105", titel="Camerabewaking in de binnenstad", started=date(2024, 1, 8),
                 onderwerp="Vragen van de leden De Roon en Fritsma (beiden PVV) aan de minister van Justitie en "
                           "Veiligheid over camerabewaking in de binnenstad",
                 askers=[("R. de Roon", "PVV"), ("H. Fritsma", "PVV")],
                 addressed=[("D. Yeşilgöz-Zegerius", "minister van Justitie en Veiligheid")])  # fmt: skip
    service.attach("2024Z00105", "Schriftelijke vragen", "2024D00105", questions(
        "2024Z00105", "De Roon", "PVV", "Justitie en Veiligheid", "camerabewaking in de binnenstad", "8 januari 2024"),
        TEXT)  # fmt: skip
    service.xml["kv-tk-2024Z00105"] = (DOCUMENTS / "kv-tk-2024Z00105.xml").read_bytes()
    service.zaak("2024Z11111", titel="Belastingontwijking", started=date(2024, 6, 28),
                 onderwerp="Vragen van de leden Van der Lee en Kröger (beiden GroenLinks-PvdA) aan de "
                           "staatssecretaris van Financiën over belastingontwijking",
                 askers=[("H.P. van der Lee", "GroenLinks-PvdA"), ("S.C. Kröger", "GroenLinks-PvdA")],
                 addressed=[("F. van Oostenbruggen", "staatssecretaris van Financiën")])  # fmt: skip
    service.attach("2024Z11111", "Schriftelijke vragen", "2024D11111",
                   questions("2024Z11111", "Van der Lee", "GroenLinks-PvdA", "Financiën", "belastingontwijking",
                             "28 juni 2024"), TEXT)  # fmt: skip
    for number, day in (("2024Z11110", date(2024, 6, 27)), ("2024Z11112", date(2024, 6, 29))):
        service.zaak(number, titel="Een dag ernaast", started=day, onderwerp="Vragen over een dag ernaast",
                     askers=[("H.P. van der Lee", "GroenLinks-PvdA")], addressed=[HEINEN])  # fmt: skip
        service.attach(number, "Schriftelijke vragen", number.replace("Z", "D"),
                       questions(number, "Van der Lee", "GroenLinks-PvdA", "Financiën", "een dag ernaast",
                                 f"{day.day} juni 2024"), TEXT)  # fmt: skip
    return service


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


def serve(httpserver: HTTPServer) -> Gegevensmagazijn:
    """The stand-in on the test server, with the standard sets (a fixture's body, that other test modules serve
    too)."""
    service = Gegevensmagazijn(base=httpserver.url_for("/"))
    httpserver.expect_request(re.compile(".*")).respond_with_handler(service)
    return standard(service)


@pytest.fixture
def api(httpserver: HTTPServer) -> Gegevensmagazijn:
    return serve(httpserver)


def fetch(db: Path, api: Gegevensmagazijn | str, *words: str, command: str = "fetch",
          env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    base = api if isinstance(api, str) else api.base
    return kqreader(command, "--db", db, *words, env={**os.environ, **(env or {}), "KQREADER_API": base})


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kq.json"


def _zaak_requests(api: Gegevensmagazijn) -> list[Request]:
    return [r for r in api.asked if r.path == f"{ODATA}Zaak"]


# ---- the stand-in itself ---------------------------------------------------------------------------------------


def test_the_stand_in_evaluates_filters_and_refuses_what_it_cannot(api: Gegevensmagazijn) -> None:
    """It is a server a client can be wrong against: a filter on the person of "Gericht aan" finds nothing, one on
    the office finds the set; accents count, case does not; a date literal, an unknown property or a GUID quoted
    as a string is a 400 with an OData error body, as the real service answers."""

    def ask(condition: str, **more: str) -> httpx.Response:
        return httpx.get(f"{api.base}OData/v4/2.0/Zaak", params={"$filter": condition, **more})

    def numbers(condition: str) -> list[str]:
        answer = ask(condition)
        assert answer.status_code == 200, answer.text
        return sorted(z["Nummer"] for z in answer.json()["value"])

    office = "ZaakActor/any(a: a/Relatie eq 'Gericht aan' and contains(a/{}, '{}'))"
    assert numbers(office.format("ActorNaam", "Financiën")) == []
    assert numbers(office.format("Functie", "FINANCIËN")) == ["2024Z00102", "2024Z00107", "2024Z11110",
                                                              "2024Z11111", "2024Z11112"]  # fmt: skip
    assert numbers(office.format("Functie", "financien")) == []  # accent-sensitive
    assert numbers("contains(Titel, 'azië') and not (Verwijderd eq true)") == ["2024Z00103"]
    day = "GestartOp ge 2024-06-28T00:00:00+02:00 and GestartOp lt 2024-06-29T00:00:00+02:00"
    assert numbers(day) == ["2024Z11111"]
    assert numbers("GestartOp ge 2024-06-28T00:00:00Z and GestartOp lt 2024-06-29T00:00:00Z") == ["2024Z11112"]
    for wrong in ("GestartOp ge 2024-06-28", "Zaak_Id eq 1", "Id eq '6f1b0d1e-0000-0000-0000-000000000000'",
                  "contains(Nummer 'x')", "Document/any(d: d/Zaak_Id ne null)"):  # fmt: skip
        answer = ask(wrong)
        assert answer.status_code == 400 and answer.json()["error"]["message"], wrong
    assert ask("Verwijderd eq false", **{"$expand": "Besluit,Foo"}).status_code == 400
    whole = ask("Nummer eq '2024Z00102'", **{"$expand": "Document,ZaakActor"}).json()["value"][0]
    assert all("Zaak_Id" not in d for d in whole["Document"]) and len(whole["Document"]) == 4
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z", whole["ApiGewijzigdOp"])
    assert whole["GestartOp"] == "2024-03-15T00:00:00+01:00"
    assert [(a["ActorNaam"], a["Functie"]) for a in whole["ZaakActor"] if a["Relatie"] == "Gericht aan"] == [HEINEN]
    assert tokens("a/ActorNaam eq 'O''Neill'")[-1] == ("string", "'O''Neill'")
    assert Parser("not (A eq 1) or B/any(x: x/C eq 2)").parse()[0] == "or"


def test_the_stand_in_pages_by_250_with_an_absolute_next_link(api: Gegevensmagazijn, db: Path) -> None:
    for n in range(300):
        api.zaak(f"2023Z{n:05d}", titel=f"Set {n}", started=date(2023, 10, 2), onderwerp="Vragen over iets",
                 askers=[("A. Bakker", "SP")], addressed=[HEINEN])  # fmt: skip
    first = httpx.get(f"{api.base}OData/v4/2.0/Zaak", params={"$filter": "contains(Titel, 'Set ')"}).json()
    assert len(first["value"]) == 250 and first["@odata.nextLink"].startswith(api.base)
    second = httpx.get(first["@odata.nextLink"]).json()
    assert len(second["value"]) == 50 and "@odata.nextLink" not in second
    capped = httpx.get(f"{api.base}OData/v4/2.0/Zaak", params={"$filter": "Verwijderd eq false", "$top": "5"}).json()
    assert len(capped["value"]) == 5 and "@odata.nextLink" not in capped


# ---- fetch -----------------------------------------------------------------------------------------------------


def test_a_set_by_number_lands_in_the_store_with_every_document(db: Path, api: Gegevensmagazijn) -> None:
    result = fetch(db, api, "2024Z00102")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert result.stdout == ("found 1 set (documents: 4 downloaded, 0 from the cache); imported 5 files (1 dossier, "
                             "3 questions); 0 unchanged, 0 failed\n")  # fmt: skip  # the four and the set's listing
    dossier = Store(db).dossier("2024Z00102")
    assert dossier is not None and dossier.status == "answered" and dossier.answered_by
    assert [(n.kind, n.date.isoformat() if n.date else None) for n in dossier.notices] == [("delay", "2024-04-05")]
    assert [q.answer.covers for q in dossier.questions if q.answer] == [[1], [2, 3], [2, 3]]
    assert any(q.further is not None for q in dossier.questions)
    # The set's publication is its answer's Aanhangsel number, not the delay notice's (which has its own)
    assert dossier.publication == "ah-tk-20232024-1500"
    cache = db.with_name("kq.cache")
    assert sorted(p.name for p in cache.iterdir()) == [
        "2024D00102.txt", "2024D10102.txt", "2024D20102.txt", "2024D30102.txt", "zaak"
    ]  # fmt: skip
    assert orjson.loads((cache / "zaak" / "2024Z00102.json").read_bytes())["Nummer"] == "2024Z00102"
    agents = {request.headers.get("User-Agent", "") for request in api.asked}
    assert len(agents) == 1 and agents.pop().startswith("kqreader/")
    assert {r.path for r in api.asked if "officielepublicaties" in r.path} == {
        "/officielepublicaties/kv-tk-2024Z00102/kv-tk-2024Z00102.xml",  # asked first, 404: the API's file then
        "/officielepublicaties/ah-tk-20232024-1500/ah-tk-20232024-1500.xml",
        "/officielepublicaties/ah-tk-20232024-1499/ah-tk-20232024-1499.xml",
    }


def test_the_listing_gives_the_subject_the_heading_and_the_offices_asked(db: Path, api: Gegevensmagazijn) -> None:
    """A set whose only document is not there yet (404) is stored from its listing: the subject is the Zaak's
    Titel, the whole Onderwerp its heading, the addressee the office with the person beside it (the open data puts
    the office in Functie and the person in ActorNaam) — never "Aan: Heinen"."""
    api.zaak("2024Z00777", titel="Renteaftrek", started=date(2024, 4, 2), askers=[("S.C. Kröger", "GroenLinks-PvdA")],
             onderwerp="Vragen van het lid Kröger (GroenLinks-PvdA) aan de minister van Financiën over renteaftrek",
             addressed=[HEINEN])  # fmt: skip
    api.attach("2024Z00777", "Antwoord schriftelijke vragen", "2024D00777", b"x", TEXT, published=False)
    result = fetch(db, api, "2024Z00777")
    assert result.returncode == 1 and "the server answered 404" in result.stderr
    dossier = Store(db).dossier("2024Z00777")
    assert dossier is not None and dossier.status == "open"
    assert (dossier.title, dossier.heading) == ("Renteaftrek", "Vragen van het lid Kröger (GroenLinks-PvdA) aan de "
                                                "minister van Financiën over renteaftrek")  # fmt: skip
    assert [(a.name, a.party) for a in dossier.askers] == [("S.C. Kröger", "GroenLinks-PvdA")]
    assert dossier.addressees == ["de minister van Financiën (Heinen)"]
    assert dossier.submitted == date(2024, 4, 2)
    shown = kqreader("export", "--db", db, "--format", "md", "2024Z00777")
    assert shown.returncode == 0 and "Heinen" in shown.stdout
    assert shown.stdout.startswith("# 2024Z00777: Renteaftrek\n\n*Vragen van het lid Kröger (GroenLinks-PvdA) aan de "
                                   "minister van Financiën over renteaftrek*\n\n- **Asked by:**")  # fmt: skip
    exported = orjson.loads(kqreader("export", "--db", db, "2024Z00777").stdout)["dossiers"][0]
    assert list(exported)[:3] == ["id", "title", "heading"] and exported["heading"] == dossier.heading


def test_a_ministry_by_any_of_its_names(db: Path, api: Gegevensmagazijn) -> None:
    """--ministry financien (no accent), Fin, and a ministry by a name it had (Veiligheid en Justitie): the office
    is in Functie, the server is accent-sensitive, so every name of the ministry is asked and the answer checked."""
    result = fetch(db, api, "--ministry", "financien", "--since", "2024-06-01")
    assert result.returncode == 0, result.stderr
    assert {d.id for d in Store(db).dossiers()} == {"2024Z11110", "2024Z11111", "2024Z11112"}
    condition = _zaak_requests(api)[0].args["$filter"]
    assert "contains(a/Functie, 'Financiën')" in condition
    other = db.with_name("other.json")
    result = fetch(other, api, "--ministry", "Veiligheid en Justitie")
    assert result.returncode == 0, result.stderr
    assert {d.id for d in Store(other).dossiers()} == {"2024Z00105"}


def test_a_party_by_any_of_its_names_and_a_member_without_accents_or_initials(db: Path, api: Gegevensmagazijn) -> None:
    for party in ("GL-PvdA", "PvdA", "groenlinks-pvda"):
        asked = db.with_name(f"{party}.json")
        result = fetch(asked, api, "--party", party, "--since", "2024-06-28", "--until", "2024-06-28")
        assert result.returncode == 0, (party, result.stderr)
        assert [d.id for d in Store(asked).dossiers()] == ["2024Z11111"], party
    for member in ("kroger", "Kröger", "van der lee", "Henk van der Lee", "H.P. van der Lee"):
        asked = db.with_name("member.json")
        result = fetch(asked, api, "--member", member, "--since", "2024-06-28", "--until", "2024-06-28")
        assert result.returncode == 0, (member, result.stderr)
        assert [d.id for d in Store(asked).dossiers()] == ["2024Z11111"], member
    nobody = fetch(db, api, "--member", "Jan van der Lee", "--since", "2024-06-28")
    assert nobody.returncode == 0 and nobody.stdout.startswith("found 0 sets")


def test_a_day_is_the_amsterdam_day(db: Path, api: Gegevensmagazijn) -> None:
    """GestartOp is local midnight with its offset: the set of 28 June (summer, +02:00) is found by that day alone,
    not the sets of the 27th and the 29th; a winter day has +01:00."""
    result = fetch(db, api, "--since", "2024-06-28", "--until", "2024-06-28")
    assert result.returncode == 0, result.stderr
    assert [d.id for d in Store(db).dossiers()] == ["2024Z11111"]
    condition = _zaak_requests(api)[0].args["$filter"]
    assert "GestartOp ge 2024-06-28T00:00:00+02:00 and GestartOp lt 2024-06-29T00:00:00+02:00" in condition
    assert "GestartOp ge 2024-01-08T00:00:00+01:00" in People(since=date(2024, 1, 8)).query()["$filter"]


def test_a_second_fetch_and_an_offline_one_read_the_cache(db: Path, api: Gegevensmagazijn) -> None:
    assert fetch(db, api, "2024Z00102").returncode == 0
    api.asked.clear()
    again = fetch(db, api, "2024Z00102")
    assert again.returncode == 0 and "(documents: 0 downloaded, 4 from the cache)" in again.stdout
    assert "5 unchanged" in again.stdout and [r.path for r in api.asked] == [f"{ODATA}Zaak"]
    offline = fetch(db, "http://127.0.0.1:9/", "2024Z00102", "--offline")
    assert offline.returncode == 0 and "(documents: 0 downloaded, 4 from the cache)" in offline.stdout
    missing = fetch(db, "http://127.0.0.1:9/", "2024Z00103", "--offline")
    assert missing.returncode == 1 and missing.stderr == (
        "kqreader: error: 2024Z00103: not in the cache (fetch it once online)\n"
    )


def test_the_published_xml_first_and_the_apis_file_on_any_failure_of_it(db: Path, api: Gegevensmagazijn) -> None:
    """The XML is asked first; a redirect to another host, a 500 or an HTML page instead of it: the API's file."""
    api.zaak("2024Z04321", titel="Iets", started=date(2024, 2, 1), onderwerp="Vragen over iets",
             askers=[("E. Ouwehand", "PvdD")], addressed=[HEINEN])  # fmt: skip
    api.attach("2024Z04321", "Antwoord schriftelijke vragen", "2024D61314", (SAMPLES / "ah-tk-20232024-1314.pdf")
               .read_bytes(), PDF, aanhangsel="202320241314")  # fmt: skip
    api.xml["ah-tk-20232024-1314"] = b"<html><body>Onderhoud</body></html>"  # a page, not the XML
    result = fetch(db, "http://127.0.0.1:9/", "2024Z00105", "2024Z04321", "--api", api.base)  # the flag wins
    assert result.returncode == 0, result.stderr
    cache = db.with_name("kq.cache")
    assert (cache / "2024D00105.xml").is_file() and (cache / "2024D61314.pdf").is_file()
    answered = Store(db).dossier("2024Z04321")
    assert answered is not None and answered.status == "answered" and answered.publication == "ah-tk-20232024-1314"
    for trouble in (lambda _r: Response("", status=302, headers={"Location": "http://elsewhere.example/x.xml"}),
                    lambda _r: Response("oops", status=500), lambda _r: Response("gone", status=410)):  # fmt: skip
        for leftover in cache.glob("2024D00105.*"):
            leftover.unlink()
        api.trouble["/officielepublicaties/kv-tk-2024Z00105/kv-tk-2024Z00105.xml"] = [trouble] * 5
        result = fetch(db, api, "2024Z00105")
        assert result.returncode == 0 and result.stderr == "", result.stderr
        assert (cache / "2024D00105.txt").is_file()  # the API's file instead


def test_a_published_xml_that_does_not_come_in_time_gives_way_to_the_apis_file(db: Path, api: Gegevensmagazijn) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return api._answer(request)

    api.trouble["/officielepublicaties/kv-tk-2024Z00105/kv-tk-2024Z00105.xml"] = [slow]
    result = fetch(db, api, "2024Z00105", "--timeout", "0.5")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert (db.with_name("kq.cache") / "2024D00105.txt").is_file()


def test_a_kind_the_client_does_not_know_is_named_once_and_a_doc_is_kept(db: Path, api: Gegevensmagazijn) -> None:
    api.attach("2024Z00103", "Lijst met feitelijke vragen", "2024D77701", b"x", TEXT)
    api.attach("2024Z00107", "Lijst met feitelijke vragen", "2024D77702", b"x", TEXT)
    word = b"\xd0\xcf\x11\xe0old word"
    api.attach("2024Z00107", "Antwoord schriftelijke vragen", "2024D77703", word, "application/msword")
    result = fetch(db, api, "2024Z00103", "2024Z00107")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Lijst met feitelijke vragen") == 1
    assert "a document of a kind kqreader does not read (Lijst met feitelijke vragen)" in result.stderr
    assert (db.with_name("kq.cache") / "2024D77703.doc").read_bytes().startswith(b"\xd0\xcf")
    assert "2024D77703.doc: kept in the cache" in result.stderr


def test_at_most_four_downloads_run_at_once(db: Path, api: Gegevensmagazijn) -> None:
    running, most = [0], [0]
    lock = threading.Lock()
    api.zaak("2024Z09999", titel="Veel", started=date(2024, 2, 1), onderwerp="Vragen", askers=[("E. Ouwehand", "PvdD")],
             addressed=[HEINEN])  # fmt: skip
    for n in range(9):
        ident = api.attach("2024Z09999", "Mededeling", f"2024D9{n:04d}", b"x", TEXT)

        def counted(_request: Request) -> Response:
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.3)
            with lock:
                running[0] -= 1
            return Response("not found", status=404)

        api.trouble[f"{ODATA}Document({ident})/resource"] = [counted]
    result = fetch(db, api, "2024Z09999")
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 9  # each 404 a line
    assert most[0] == 4


def test_a_delay_notice_and_a_withdrawal_give_their_status(db: Path, api: Gegevensmagazijn) -> None:
    assert fetch(db, api, "2024Z00103", "2024Z00107").returncode == 0
    store = Store(db)
    delayed = store.dossier("2024Z00103")
    assert delayed is not None and delayed.status == "delayed"
    assert delayed.publication is None  # the delay notice's own Aanhangsel number is not the set's
    assert store.dossier("2024Z00107").status == "withdrawn"  # type: ignore[union-attr]


def test_an_answer_letter_shared_by_two_sets_is_fetched_once(db: Path, api: Gegevensmagazijn) -> None:
    api.zaak("2024Z00108", titel="Vogelgriep ook", started=date(2024, 4, 3), onderwerp="Vragen over vogelgriep",
             askers=[("C. van der Plas", "BBB")], addressed=[("P.H.M. Adema", "minister van Landbouw, Natuur en "
                                                                              "Voedselkwaliteit")])  # fmt: skip
    api.attach(["2024Z00103", "2024Z00108"], "Antwoord schriftelijke vragen", "2024D50103", ANSWER_103.encode(), TEXT)
    result = fetch(db, api, "2024Z00103", "2024Z00108")
    assert result.returncode == 0, result.stderr
    assert "(documents: 3 downloaded, 0 from the cache)" in result.stdout  # the letter once, not twice
    assert sum(r.path.endswith("/resource") for r in api.asked) == 3
    assert Store(db).dossier("2024Z00103").status == "answered"  # type: ignore[union-attr]
    other = Store(db).dossier("2024Z00108")
    assert other is not None and other.status == "answered", (other.status, other.sources)  # it answers both


def test_a_shared_answer_letter_answers_a_set_fetched_in_a_later_run(db: Path, api: Gegevensmagazijn) -> None:
    """The letter printing 2024Z00103 is fetched with that set; the other set it answers comes a run later (the
    letter from the cache): it is answered too."""
    api.zaak("2024Z00108", titel="Vogelgriep ook", started=date(2024, 4, 3), onderwerp="Vragen over vogelgriep",
             askers=[("C. van der Plas", "BBB")], addressed=[("P.H.M. Adema", "minister van Landbouw, Natuur en "
                                                                              "Voedselkwaliteit")])  # fmt: skip
    api.attach(["2024Z00103", "2024Z00108"], "Antwoord schriftelijke vragen", "2024D50103", ANSWER_103.encode(), TEXT)
    assert fetch(db, api, "2024Z00103").returncode == 0
    later = fetch(db, api, "2024Z00108")
    assert later.returncode == 0 and "1 from the cache" in later.stdout, later.stdout + later.stderr
    assert Store(db).dossier("2024Z00108").status == "answered"  # type: ignore[union-attr]
    assert Store(db).dossier("2024Z00103").status == "answered"  # type: ignore[union-attr]


def test_sets_by_party_follow_every_page(db: Path, api: Gegevensmagazijn) -> None:
    for n in range(260):
        number = f"2023Z{n:05d}"
        api.zaak(number, titel=f"Set {n}", started=date(2023, 10, 2), onderwerp="Vragen over iets",
                 askers=[("M. Dekker-Abdulaziz", "D66")], addressed=[HEINEN])  # fmt: skip
    result = fetch(db, api, "--party", "D66", "--until", "2023-12-31")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("found 260 sets")
    pages = _zaak_requests(api)
    assert len(pages) == 2 and pages[1].args.get("$skip") == "250"


def test_an_unknown_set_and_a_missing_file_are_a_line_each_and_the_rest_lands(db: Path, api: Gegevensmagazijn) -> None:
    api.files[next(i for i, d in api.documents.items() if d["DocumentNummer"] == "2024D20102")].missing = True
    result = fetch(db, api, "2099Z00001", "2024Z00102")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "kqreader: error: 2099Z00001: no such set in the open data"
    assert lines[1].startswith("kqreader: error: http://") and "/resource: the server answered 404" in lines[1]
    assert len(lines) == 2 and "imported 4 files" in result.stdout
    assert Store(db).dossier("2024Z00102").status == "answered"  # type: ignore[union-attr]


def test_busy_and_failing_servers_are_asked_again(db: Path, api: Gegevensmagazijn) -> None:
    api.trouble[f"{ODATA}Zaak"] = [lambda _r: Response("busy", status=429, headers={"Retry-After": "1"}),
                                   lambda _r: Response("oops", status=500)]  # fmt: skip
    started = time.monotonic()
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert time.monotonic() - started >= 1.0
    assert len(_zaak_requests(api)) == 3


def test_a_server_without_vervangen_door_is_asked_without_it(db: Path, api: Gegevensmagazijn) -> None:
    def strict(request: Request) -> Response:
        if "VervangenDoor" in request.args.get("$expand", ""):
            return Response('{"error": {"code": "", "message": "Could not find a property named \'VervangenDoor\'"}}',
                            status=400, content_type="application/json")  # fmt: skip
        return api._answer(request)

    api.trouble[f"{ODATA}Zaak"] = [strict] * 2
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert [r.args["$expand"] for r in _zaak_requests(api)] == ["Document,ZaakActor,VervangenDoor",
                                                                "Document,ZaakActor"]  # fmt: skip


# ---- a hostile listing (issue 37) ------------------------------------------------------------------------------


def test_a_listing_item_of_the_wrong_shape_is_named_and_the_others_are_kept(db: Path, api: Gegevensmagazijn) -> None:
    """Numbers that are paths, a NUL, a list for a Nummer or a party, a number or null as an item: each one line,
    nothing written outside the cache, the good sets of the same page kept; no traceback."""
    good = api._shaped(api.by_number("2024Z00107"), ["Document", "ZaakActor"])
    bad_party = {**good, "Nummer": "2024Z00108", "ZaakActor": [{**good["ZaakActor"][0], "ActorFractie": ["PvdD"]}]}
    items = [{**good, "Nummer": "../../kqreader"}, {**good, "Nummer": "/tmp/kq-owned"}, {**good, "Nummer": "2024Z\x00"},
             {**good, "Nummer": ["2024Z00107"]}, 7, None, bad_party, good]  # fmt: skip

    def hostile(_request: Request) -> Response:
        return Response(orjson.dumps({"value": items}), content_type="application/json")

    api.trouble[f"{ODATA}Zaak"] = [hostile]
    result = fetch(db, api, "--party", "PvdD")
    assert "Traceback" not in result.stderr and result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 7 and all(line.startswith("kqreader: error: a listed set left out: ") for line in lines)
    assert "'ActorFractie' is not text but a list" in result.stderr and "not an object (a number)" in result.stderr
    assert [d.id for d in Store(db).dossiers()] == ["2024Z00107"]
    assert sorted(p.name for p in (db.with_name("kq.cache") / "zaak").iterdir()) == ["2024Z00107.json"]
    assert not Path("/tmp/kq-owned.json").exists() and not db.with_name("kqreader.json").exists()


def test_listing_text_is_cleaned_of_escapes_and_cut_to_size(db: Path, api: Gegevensmagazijn) -> None:
    zaak = api.by_number("2024Z00107")
    zaak["Titel"] = "Ingetrokken\x1b]52;c;cHduZWQ=\x07\x1b]0;pwned\x07 vragen\u202e\x00" + " lang" * 100_000
    zaak["Onderwerp"] = "Vragen\x9b31m\nover\u2066 iets"
    assert fetch(db, api, "2024Z00107").returncode == 0
    dossier = Store(db).dossier("2024Z00107")
    kept = orjson.loads((db.with_name("kq.cache") / "zaak" / "2024Z00107.json").read_bytes())
    assert kept["Titel"].startswith("Ingetrokken vragen lang lang") and len(kept["Titel"]) <= 500
    assert kept["Onderwerp"] == "Vragen over iets"
    assert dossier is not None and dossier.heading == "Vragen over iets"
    assert not any(ch in kept["Titel"] for ch in "\x1b\x07\x00\u202e")
    cited = kqreader("export", "--db", db, "--format", "md", "2024Z00107")
    assert "\x1b" not in cited.stdout and "pwned" not in cited.stdout


def test_a_document_number_that_is_a_path_is_refused(db: Path, api: Gegevensmagazijn) -> None:
    api.attach("2024Z00107", "Antwoord schriftelijke vragen", "../../etc/x", b"%PDF-1.7", PDF)
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and "a Document whose number is not a plain name: '../../etc/x'" in result.stderr
    assert not (db.parent / "etc").exists()


def test_an_answer_that_would_send_kqreader_elsewhere_is_refused(db: Path, api: Gegevensmagazijn) -> None:
    def elsewhere(_request: Request) -> Response:
        return Response(orjson.dumps({"value": [], "@odata.nextLink": "http://elsewhere.example/Zaak?p=2"}),
                        content_type="application/json")  # fmt: skip

    api.trouble[f"{ODATA}Zaak"] = [elsewhere]
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and "its next page is on another host (elsewhere.example): refused" in result.stderr
    api.trouble[f"{ODATA}Zaak"] = [lambda _r: Response("", status=302, headers={"Location": "http://elsewhere.example/"})]
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and "sent on to another host (http://elsewhere.example): refused" in result.stderr
    api.attach("2024Z00107", "Antwoord schriftelijke vragen", "2024D00889", b"<html>Even geduld</html>", PDF)
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and "says it is application/pdf but is not (an HTML page?): not kept" in result.stderr
    assert not (db.with_name("kq.cache") / "2024D00889.pdf").exists()


def test_a_slow_answer_a_malformed_one_and_no_server_are_one_line_each(db: Path, api: Gegevensmagazijn) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return api._answer(request)

    api.trouble[f"{ODATA}Zaak"] = [slow]
    result = fetch(db, api, "2024Z00107", "--timeout", "0.5")
    assert result.returncode == 1 and result.stderr.endswith("/OData/v4/2.0/Zaak: no answer within 0.5 s\n")
    api.trouble[f"{ODATA}Zaak"] = [lambda _r: Response("{not json", content_type="application/json")]
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and result.stderr.endswith("/OData/v4/2.0/Zaak: the answer is not valid JSON\n")
    api.trouble[f"{ODATA}Zaak"] = [lambda _r: Response('{"items": []}', content_type="application/json")]
    result = fetch(db, api, "2024Z00107")
    assert result.returncode == 1 and result.stderr.endswith("Zaak: not an OData answer (no 'value' list)\n")
    refused = fetch(db, "http://127.0.0.1:9/", "2024Z00107")
    assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1
    assert "the open data could not be reached (127.0.0.1: Connection refused)" in refused.stderr
    assert not Store(db).dossiers()


def test_a_kill_during_a_fetch_leaves_a_readable_store(db: Path, api: Gegevensmagazijn) -> None:
    assert fetch(db, api, "2024Z00102").returncode == 0
    ident = next(i for i, d in api.documents.items() if d["DocumentNummer"] == "2024D00103")

    def slow_file(_request: Request) -> Response:
        time.sleep(5)
        return Response(b"", status=500)

    api.trouble[f"{ODATA}Document({ident})/resource"] = [slow_file]
    command = [sys.executable, "-m", "kqreader", "fetch", "--db", str(db), "2024Z00103"]
    running = subprocess.Popen(command, env={**os.environ, "KQREADER_API": api.base}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 10
    while not any(ident in r.path for r in api.asked) and time.monotonic() < deadline:
        time.sleep(0.05)
    running.send_signal(signal.SIGKILL)
    running.wait()
    kept = kqreader("export", "--db", db)
    assert kept.returncode == 0 and [d["id"] for d in orjson.loads(kept.stdout)["dossiers"]] == ["2024Z00102"]
    api.trouble.clear()
    assert fetch(db, api, "2024Z00103").returncode == 0


def test_the_questions_asked_of_the_api() -> None:
    assert by_number("2019Z12806") == {
        "$filter": "Verwijderd eq false and Soort eq 'Schriftelijke vragen' and Nummer eq '2019Z12806'",
        "$expand": "Document,ZaakActor,VervangenDoor",
    }
    condition = People(member="O'Neill", ministry="Financiën", until=date(2024, 6, 30)).query()["$filter"]
    assert "contains(a/ActorNaam, 'nei')" in condition  # pieces of the folded surname: accents cannot hide it
    assert "contains(a/Functie, 'Financiën')" in condition
    assert condition.endswith("GestartOp lt 2024-07-01T00:00:00+02:00")
    assert "'O''Neill'" in People(ministry="O'Neill").query()["$filter"]  # a quote cannot end the string


def test_the_shapes_a_server_may_give_are_read() -> None:
    """A moment in UTC is still the Amsterdam day; VervangenDoor as a number instead of the expanded Zaak; an
    ApiGewijzigdOp with seven fraction digits, or none."""
    assert local_day("2024-06-27T22:00:00Z") == local_day("2024-06-28T00:00:00+02:00") == date(2024, 6, 28)
    assert local_day("2024-01-14T23:00:00.0000000Z") == date(2024, 1, 15)
    assert local_day("2024-06-28") == date(2024, 6, 28)
    item = {"Id": "6f1b0d1e-0000-4000-8000-000000000001", "Nummer": "2024Z00001", "Soort": "Schriftelijke vragen",
            "VervangenDoor": "2024Z00002", "ApiGewijzigdOp": "2024-02-19T16:29:37.2143044Z"}  # fmt: skip
    zaak = zaak_of(cleaned(item))
    assert zaak.replaced_by == ("2024Z00002",) and zaak.changed is not None and zaak.changed.microsecond == 214304


def test_fetch_without_a_set_or_a_question_is_a_usage_error(db: Path) -> None:
    assert fetch(db, "http://127.0.0.1:9/").returncode == 2
    result = fetch(db, "http://127.0.0.1:9/", "--party", "PvdD", "--offline")
    assert result.returncode == 2 and result.stderr.startswith("kqreader: error: fetch: --offline")


def _closed_port() -> str:
    """An address on this machine where nothing listens (a connection is refused at once)."""
    import socket

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{free.getsockname()[1]}/"


@pytest.mark.parametrize("command", ["fetch", "sync"])
def test_no_network_is_one_line_and_a_failure(db: Path, command: str) -> None:
    """The open data out of reach: one line saying so (not "0 sets found", nor a line per set asked), exit 1, and a
    sync's mark left where it was."""
    words = ("2024Z18887",) if command == "fetch" else ()
    result = fetch(db, _closed_port(), *words, command=command)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "kqreader: error: the open data could not be reached (127.0.0.1: Connection refused); nothing was fetched"]
    dutch = fetch(db, _closed_port(), *words, command=command, env={"KQREADER_LANG": "nl"})
    assert dutch.stderr.startswith("kqreader: fout: de open data was niet te bereiken (127.0.0.1: verbinding "
                                   "geweigerd)")
    assert not db.with_name("kq.sync.json").exists()  # no mark moved, nothing written
