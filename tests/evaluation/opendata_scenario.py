"""A scripted scenario of fetch and sync against the stand-in of the open data (tests/opendata_server.py), on its own
sets (none of the tests' own), run as a person would: `python -m tests.evaluation.opendata_scenario`.

Each step says what it asked and whether kqreader found what the open data holds: a ministry by names it had over
the years and by short forms (the office only in Functie), a party by its other names, a member without accents or
initials, a set by its own day (summer, winter, the day the clocks change), an answer that arrives as a new Document
without the Zaak changing (the change visible in the API days after it was made), and a download that fails once
(404) and comes in on a later sync with the client's clock moved by days. It runs in a home of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path

from werkzeug import Request
from werkzeug.serving import make_server

from kqreader.store.database import Store
from tests.opendata_server import Gegevensmagazijn

TEXT = "text/plain; charset=utf-8"


def _questions(number: str, asker: str, party: str, ministry: str, day: str) -> bytes:
    return (f"{number}\n\nVragen van het lid {asker} ({party}) aan de Minister van {ministry} over een onderwerp "
            f"(ingezonden {day}).\n\nVraag 1\nWat is er gebeurd?\n\nVraag 2\nWat gaat u doen?\n").encode()


def _answer(number: str, asker: str, party: str) -> bytes:
    return (f"Datum 20 november 2024\nBetreft Beantwoording Kamervragen\nUw referentie {number}\n\nAntwoorden op "
            f"vragen van het lid {asker} ({party}) over een onderwerp.\n\nVraag 1\nWat is er gebeurd?\n\nAntwoord\n"
            "Niets bijzonders.\n\nVraag 2\nWat gaat u doen?\n\nAntwoord\nWij blijven het volgen.\n").encode()


# (number, person asked, office, asker, party, started)
SETS = [
    ("2024Z30001", "J.J.M. Uitermark", "minister van Binnenlandse Zaken en Koninkrijksrelaties", "Ö. Öztürk",
     "DENK", date(2024, 10, 26)),
    ("2024Z30002", "V.P.G. Karremans", "staatssecretaris van Volksgezondheid, Welzijn en Sport", "K. Kostić", "PvdD",
     date(2024, 10, 27)),
    ("2019Z30003", "F.B.J. Grapperhaus", "minister van Justitie en Veiligheid", "C.J.L. Vijlbrief",
     "ChristenUnie", date(2019, 1, 15)),
    ("2017Z30004", "S.A. Blok", "minister van Veiligheid en Justitie", "D. Yeşilgöz-Zegerius", "VVD",
     date(2017, 6, 30)),
    ("2022Z30005", "W.B. Hoekstra", "minister van Buitenlandse Zaken", "T. de Groot", "GroenLinks",
     date(2022, 3, 1)),
    ("2024Z30006", "E. Heinen", "minister van Financiën", "H.P. van der Lee", "GroenLinks-PvdA", date(2024, 1, 15)),
]
# (what is asked, the sets it must find) — each fetch into a store of its own
ASKS = [
    (["--ministry", "BZK"], {"2024Z30001"}),
    (["--ministry", "binnenlandse zaken"], {"2024Z30001"}),
    (["--ministry", "vws"], {"2024Z30002"}),
    (["--ministry", "JenV"], {"2019Z30003", "2017Z30004"}),
    (["--ministry", "Veiligheid en Justitie"], {"2019Z30003", "2017Z30004"}),
    (["--ministry", "buza"], {"2022Z30005"}),
    (["--ministry", "financien"], {"2024Z30006"}),
    (["--party", "CU"], {"2019Z30003"}),
    (["--party", "Christen Unie"], {"2019Z30003"}),
    (["--party", "GL"], {"2022Z30005", "2024Z30006"}),
    (["--party", "GL-PvdA"], {"2022Z30005", "2024Z30006"}),
    (["--party", "Partij van de Arbeid"], {"2024Z30006"}),
    (["--member", "kostic"], {"2024Z30002"}),
    (["--member", "ozturk"], {"2024Z30001"}),
    (["--member", "yesilgoz"], {"2017Z30004"}),
    (["--member", "Henk van der Lee"], {"2024Z30006"}),
    (["--since", "2024-10-26", "--until", "2024-10-26"], {"2024Z30001"}),
    (["--since", "2024-10-27", "--until", "2024-10-27"], {"2024Z30002"}),
    (["--since", "2019-01-15", "--until", "2019-01-15"], {"2019Z30003"}),
    (["--since", "2017-06-30", "--until", "2017-06-30"], {"2017Z30004"}),
    (["--since", "2024-01-15", "--until", "2024-01-15"], {"2024Z30006"}),
]


def _service() -> Gegevensmagazijn:
    service = Gegevensmagazijn()
    for number, person, office, asker, party, started in SETS:
        service.zaak(number, titel=f"Onderwerp van {number}", started=started,
                     onderwerp=f"Vragen van het lid {asker} ({party}) aan de {office} over een onderwerp",
                     askers=[(asker, party)], addressed=[(person, office)])  # fmt: skip
        surname = asker.split()[-1]
        service.attach(number, "Schriftelijke vragen", number.replace("Z", "D"),
                       _questions(number, surname, party, office.split(" van ", 1)[1],
                                  f"{started.day} {_MONTHS[started.month]} {started.year}"), TEXT)  # fmt: skip
    return service


_MONTHS = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]  # fmt: skip


def _kqreader(*words: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kqreader", "--lang", "en", *map(str, words)], capture_output=True,
                          text=True, check=False)  # fmt: skip


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="kqreader-scenario-"))
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(home / name.lower())
    service = _service()
    server = make_server("127.0.0.1", 0, lambda environ, start: service(Request(environ))(environ, start),
                         threaded=True)  # fmt: skip
    service.base = f"http://127.0.0.1:{server.server_port}/"
    os.environ["KQREADER_API"] = service.base
    threading.Thread(target=server.serve_forever, daemon=True).start()
    passed = failed = 0

    def verdict(ok: bool, what: str, detail: str = "") -> None:
        nonlocal passed, failed
        passed, failed = passed + ok, failed + (not ok)
        print(f"{'ok  ' if ok else 'FAIL'}  {what}{'  — ' + detail if detail and not ok else ''}")

    for place, (words, wanted) in enumerate(ASKS):
        store = home / f"ask{place}" / "kq.json"
        result = _kqreader("fetch", "--db", store, *words)
        found = {d.id for d in Store(store).dossiers()} if result.returncode == 0 else set()
        verdict(found == wanted, f"fetch {' '.join(words)}", f"found {sorted(found)}, {result.stderr.strip()}")

    store = home / "sync" / "kq.json"
    _kqreader("watch", "add", "2024Z30006")
    first = _kqreader("sync", "--db", store, "--today", "2024-11-01")
    verdict(first.returncode == 0 and "2024Z30006" in first.stdout, "first sync brings the followed set", first.stderr)
    zaak = dict(service.by_number("2024Z30006"))
    service.tick(days=3)
    service.attach("2024Z30006", "Antwoord schriftelijke vragen", "2024D39006",
                   _answer("2024Z30006", "Van der Lee", "GroenLinks-PvdA"), TEXT, day=date(2024, 11, 20),
                   published=False)  # fmt: skip
    untouched = service.by_number("2024Z30006") == zaak
    failing = _kqreader("sync", "--db", store, "--today", "2024-11-21")
    verdict(untouched and failing.returncode == 1 and "did not come in whole (2024Z30006)" in failing.stderr
            and "No changes" not in failing.stdout, "an answer listed before its file (404): said, asked again",
            failing.stdout + failing.stderr)  # fmt: skip
    service.publish("2024D39006")
    service.tick(days=4)
    later = _kqreader("sync", "--db", store, "--today", "2024-11-28")  # the client's clock a week on
    dossier = Store(store).dossier("2024Z30006")
    verdict(later.returncode == 0 and "answered" in later.stdout and dossier is not None
            and dossier.status == "answered", "the answer comes on a later sync, the Zaak never changed",
            later.stdout + later.stderr)  # fmt: skip
    quiet = _kqreader("sync", "--db", store, "--today", "2024-12-05")
    verdict(quiet.returncode == 0 and "No changes" in quiet.stdout, "a sync without news says so", quiet.stderr)
    print(f"{passed} of {passed + failed} steps as the open data holds")
    server.shutdown()
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
