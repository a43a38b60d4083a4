"""Following sets: the watch list, sync by the API's clock, and the digest in every form, against the stand-in of the
Gegevensmagazijn (tests/opendata_server.py) whose state changes between syncs as the real one's does: an answer
attached without the Zaak changing, a file that answers 404 before it is there, a set deleted or replaced, changes
shown in the API days after they were made, the client's clock moved by days between syncs."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from subprocess import CompletedProcess
from xml.etree import ElementTree

import orjson
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from kqreader.fetch.opendata import instant
from kqreader.fetch.syncing import SyncState, sync_path
from kqreader.fetch.watching import OVERLAP, Watch, WatchList, changes_of, listed_concerns, watch_path
from kqreader.model import Answer, Dossier, Notice, Person, Question
from kqreader.store.database import Store
from tests.conftest import TESTS_HOME
from tests.helpers import kqreader
from tests.opendata_server import ODATA, Gegevensmagazijn
from tests.test_fetch import ANSWER_103, SAMPLES, TEXT, fetch, questions, serve


@pytest.fixture
def api(httpserver: HTTPServer) -> Gegevensmagazijn:
    return serve(httpserver)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kq.json"


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's config folder (the watch list's home), one for each test."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder / "kqreader" / "watch.json"


def sync(db: Path, api: Gegevensmagazijn | str, *words: str, today: date | None = None) -> CompletedProcess[str]:
    return fetch(db, api, *words, "--today", (today or date(2024, 7, 1)).isoformat(), command="sync")


def _line(output: str, *words: str) -> bool:
    """Whether one line of the output holds all these words."""
    return any(all(word in line for word in words) for line in output.splitlines())


def test_the_tests_have_a_home_of_their_own() -> None:
    """HOME and the XDG folders are the suite's (tests/conftest.py), for the commands a test starts too."""
    assert Path(os.environ["HOME"]) == TESTS_HOME and str(TESTS_HOME) in os.environ["XDG_DATA_HOME"]
    environment = {key: value for key, value in os.environ.items() if key != "XDG_CONFIG_HOME"}
    shown = kqreader("watch", "add", "2024Z00102", env=environment)
    assert shown.returncode == 0, shown.stderr
    assert (TESTS_HOME / ".config" / "kqreader" / "watch.json").is_file()  # without XDG_CONFIG_HOME: HOME's
    assert str(watch_path()).startswith(str(Path(os.environ["XDG_CONFIG_HOME"])))


def test_watch_add_list_remove_and_a_damaged_list(config: Path) -> None:
    assert kqreader("watch", "add", "2024Z00102", "2024Z00103").stdout == "now following 2 more (2 in all)\n"
    assert kqreader("watch", "add", "2024Z00102", "--party", "PvdD").stdout == "now following 1 more (3 in all)\n"
    assert kqreader("watch", "list").stdout == "2024Z00102\n2024Z00103\nparty:PvdD\n"
    assert kqreader("watch", "remove", "2024Z00103").stdout == "no longer following 1 (2 in all)\n"
    assert kqreader("watch", "add").returncode == 2
    assert kqreader("watch", "add", "../etc").stderr == "kqreader: error: watch: not a set's number: ../etc\n"
    config.write_bytes(b"{garbage")
    damaged = kqreader("watch", "list")
    assert damaged.returncode == 1 and damaged.stderr == (
        f"kqreader: {config}: error: the watch list is damaged (not valid JSON); remove it to start anew\n"
    )


def test_watch_takes_db_and_lang_where_every_command_does(config: Path, db: Path) -> None:
    """`watch --db D add …` (a command line moved from sync) follows the set in the one list of the user, which
    every store's sync reads; --lang anywhere; the help says the list is the user's, not the store's."""
    added = kqreader("watch", "--db", db, "add", "2024Z00102")
    assert added.returncode == 0 and added.stdout == "now following 1 more (1 in all)\n", added.stderr
    assert kqreader("watch", "add", "2024Z00103", "--db", db, "--lang", "nl").stdout.endswith("(2 in totaal)\n")
    assert kqreader("--lang", "en", "watch", "--db", db.with_name("other.json"), "list").stdout == \
        "2024Z00102\n2024Z00103\n"  # fmt: skip
    assert WatchList.load().sets() and config.is_file() and not db.exists()  # the store is not made
    shown = kqreader("watch", "--help").stdout
    assert "watch.json in your config folder, followed in every store you sync" in " ".join(shown.split())


def test_a_watch_follows_names_in_any_case_and_without_diacritics() -> None:
    dossier = Dossier("2024Z00001", askers=[Person("Kostić", "PvdD")], addressees=["Minister van Justitie"])
    assert Watch("member", "KOSTIC").covers(dossier) and Watch("party", "pvdd").covers(dossier)
    assert Watch("ministry", "justitie").covers(dossier) and not Watch("party", "PvdA").covers(dossier)
    listed = {"Nummer": "2024Z00001", "ZaakActor": [
        {"ActorNaam": "K. Kostić", "ActorFractie": "PvdD", "Relatie": "Indiener"},
        {"ActorNaam": "E. Heinen", "Functie": "minister van Financiën", "Relatie": "Gericht aan"}]}  # fmt: skip
    assert listed_concerns(listed, frozenset(), [Watch("member", "kostic")])
    assert not listed_concerns(listed, frozenset(), [Watch("ministry", "kostic")])  # not whom it was asked of
    assert listed_concerns(listed, frozenset(), [Watch("ministry", "financien")])  # the office, in Functie
    assert not listed_concerns(listed, frozenset(), [Watch("ministry", "heinen van justitie")])


def test_the_changes_of_a_set_by_their_days() -> None:
    """Submitted, a delay notice, past its term (42 days after a delay notice), then answered; a set deleted from
    the open data is said, and never overdue."""
    dossier = Dossier("2024Z00001", title="Stikstof", submitted=date(2024, 1, 1),
                      notices=[Notice("delay", date(2024, 1, 20), "…")])  # fmt: skip
    watch = Watch("set", "2024Z00001")
    open_ = changes_of(dossier, watch, date(2024, 1, 1), date(2024, 3, 1))
    assert [(c.kind, c.day.isoformat(), c.days) for c in open_] == [
        ("new", "2024-01-01", None), ("delayed", "2024-01-20", None), ("overdue", "2024-02-13", 60),
    ]
    gone = Dossier("2024Z00002", title="Weg", submitted=date(2024, 1, 1),
                   notices=[Notice("removed", date(2024, 1, 10), "Niet meer in de open data")])  # fmt: skip
    assert gone.status == "withdrawn"
    assert [(c.kind, c.day.isoformat()) for c in changes_of(gone, watch, date(2024, 1, 2), date(2024, 3, 1))] == [
        ("removed", "2024-01-10")
    ]
    dossier.answered = date(2024, 3, 10)
    dossier.questions = [Question(1, "?", answer=Answer([1], "Ja."))]
    later = changes_of(dossier, watch, date(2024, 3, 1), date(2024, 3, 31))
    assert [(c.kind, c.days) for c in later] == [("answered", 69)]


def test_an_answer_that_leaves_the_zaak_untouched_is_brought(db: Path, api: Gegevensmagazijn) -> None:
    """The answer is a new Document linked to the set; the Zaak's record (GewijzigdOp, ApiGewijzigdOp) does not
    move, and the change shows in the API days after it was made. The second sync asks one listing of what changed
    since the first by the API's clock (record, Documents or ZaakActors), and reports the answer."""
    assert kqreader("watch", "add", "2024Z00103").returncode == 0
    first = sync(db, api)
    assert first.returncode == 0, first.stderr
    assert _line(first.stdout, "2024Z00103", "new set")
    mark = SyncState.load(sync_path(db)).mark
    assert mark is not None and api.clock - timedelta(minutes=5) < mark <= api.clock  # the API's clock, not ours
    zaak = dict(api.by_number("2024Z00103"))
    api.tick(days=4)
    api.attach("2024Z00103", "Antwoord schriftelijke vragen", "2024D50103", ANSWER_103.encode(), TEXT,
               aanhangsel="202320241700", day=date(2024, 6, 3))  # fmt: skip
    assert api.by_number("2024Z00103") == zaak  # the Zaak's record did not change
    api.asked.clear()
    second = sync(db, api, today=date(2024, 7, 9))  # the client's clock a week on
    assert second.returncode == 0, second.stderr
    listings = [r for r in api.asked if r.path == f"{ODATA}Zaak"]
    assert len(listings) == 1 and "Document/any(d: d/ApiGewijzigdOp ge " in listings[0].args["$filter"]
    assert _line(second.stdout, "3 Jun 2024", "2024Z00103", "answered in 62 days")  # the day its letter gives
    answered = Store(db).dossier("2024Z00103")
    assert answered is not None and answered.status == "answered" and answered.publication == "ah-tk-20232024-1700"


def test_a_download_that_fails_is_said_and_asked_again_until_it_comes(db: Path, api: Gegevensmagazijn) -> None:
    """The answer is listed before its file is there (404): the sync says what it could not get and why, exits 1,
    never says "no changes", and keeps its mark; the next sync — days later by the client's clock, the API's record
    unchanged — asks the set again by number and brings the answer."""
    assert kqreader("watch", "add", "2024Z00103").returncode == 0
    assert sync(db, api).returncode == 0
    mark = SyncState.load(sync_path(db)).mark
    api.tick(hours=5)
    api.attach("2024Z00103", "Antwoord schriftelijke vragen", "2024D50103", ANSWER_103.encode(), TEXT,
               day=date(2024, 6, 3), published=False)  # fmt: skip
    failing = sync(db, api, today=date(2024, 7, 2))
    assert failing.returncode == 1
    assert "the server answered 404 (the file of 2024D50103 is not there yet; asked again next time)" in failing.stderr
    assert _line(failing.stderr, "sync: 1 set did not come in whole (2024Z00103)", "asked again at the next sync")
    assert "No changes" not in failing.stdout
    state = SyncState.load(sync_path(db))
    assert state.mark == mark and list(state.pending) == ["2024Z00103"]
    assert WatchList.load().synced == date(2024, 7, 1)  # the failed sync is not recorded as done
    api.publish("2024D50103")  # the file is there now; no record changes
    api.tick(days=2)
    api.asked.clear()
    later = sync(db, api, today=date(2024, 7, 5))
    assert later.returncode == 0, later.stderr
    assert _line(later.stdout, "2024Z00103", "answered")
    listing = next(r.args["$filter"] for r in api.asked if r.path == f"{ODATA}Zaak")
    assert mark is not None and f"ApiGewijzigdOp ge {instant(mark - OVERLAP)}" in listing  # from the mark held back
    state = SyncState.load(sync_path(db))
    assert state.pending == {} and state.mark is not None and mark is not None and state.mark > mark


def test_a_sync_without_a_server_says_so_and_moves_nothing(db: Path, api: Gegevensmagazijn) -> None:
    assert kqreader("watch", "add", "2024Z00103").returncode == 0
    assert sync(db, api).returncode == 0
    mark = SyncState.load(sync_path(db)).mark
    down = sync(db, "http://127.0.0.1:9/", today=date(2024, 7, 3))
    assert down.returncode == 1 and "No changes" not in down.stdout
    assert down.stderr == ("kqreader: error: the open data could not be reached (127.0.0.1: Connection refused); "
                           "nothing was fetched\n")
    assert SyncState.load(sync_path(db)).mark == mark and WatchList.load().synced == date(2024, 7, 1)


def test_a_deleted_and_a_replaced_set_are_said_and_marked(db: Path, api: Gegevensmagazijn) -> None:
    """Deleted: a placeholder (its Id and the times) comes in the listing of changes; the set is said, marked in the
    store ("niet meer in de open data"), no longer open or overdue. Replaced: "vervangen door …", the new set
    brought."""
    assert kqreader("watch", "add", "2024Z00103", "2024Z00107").returncode == 0
    assert sync(db, api).returncode == 0
    api.tick(days=1)
    api.delete("2024Z00103")
    api.zaak("2024Z00108", titel="Opnieuw", started=date(2024, 7, 1), onderwerp="Vragen van het lid Ouwehand",
             askers=[("E. Ouwehand", "PvdD")], addressed=[("E. Heinen", "minister van Financiën")])  # fmt: skip
    api.replace("2024Z00107", by="2024Z00108")
    second = sync(db, api, today=date(2024, 7, 10))
    assert second.returncode == 0, second.stderr
    assert _line(second.stdout, "2024Z00103", "no longer in the open data")
    assert _line(second.stdout, "2024Z00107", "replaced by 2024Z00108")
    store = Store(db)
    gone = store.dossier("2024Z00103")
    assert gone is not None and gone.status == "withdrawn"
    assert [n.kind for n in gone.notices][-1] == "removed"
    assert store.dossier("2024Z00108") is not None
    shown = kqreader("export", "--db", db, "--format", "md", "2024Z00103")
    assert _line(shown.stdout, "> Open data (", "2024): Niet meer in de open data"), shown.stdout
    digest = kqreader("digest", "--db", db, "--since", "2024-07-01", "--today", "2024-09-01")
    assert _line(digest.stdout, "2024Z00103", "no longer in the open data")
    assert not _line(digest.stdout, "2024Z00103", "overdue")
    dutch = kqreader("digest", "--db", db, "--since", "2024-07-01", "--today", "2024-09-01",
                     env={**os.environ, "KQREADER_LANG": "nl"})  # fmt: skip
    assert "niet meer in de open data" in dutch.stdout and "vervangen door 2024Z00108" in dutch.stdout


def test_the_first_sync_brings_the_sets_of_followed_people_over_its_window(db: Path, api: Gegevensmagazijn) -> None:
    """A followed party's and ministry's sets of the window (by any of their names), once; later syncs take
    them from the listing of changes."""
    followed = kqreader("watch", "add", "--party", "GL-PvdA", "--ministry", "Landbouw, Natuur en Voedselkwaliteit")
    assert followed.returncode == 0
    first = sync(db, api, "--window", "120", today=date(2024, 7, 1))
    assert first.returncode == 0, first.stderr
    assert {d.id for d in Store(db).dossiers()} == {"2024Z00103", "2024Z11110", "2024Z11111", "2024Z11112"}
    assert sorted(SyncState.load(sync_path(db)).people) == ["ministry:Landbouw, Natuur en Voedselkwaliteit",
                                                            "party:GL-PvdA"]  # fmt: skip
    api.tick(days=1)
    api.zaak("2024Z12000", titel="Nieuw", started=date(2024, 7, 2), onderwerp="Vragen van het lid Kröger",
             askers=[("S.C. Kröger", "GroenLinks-PvdA")], addressed=[("E. Heinen", "minister van Financiën")])
    api.asked.clear()
    second = sync(db, api, today=date(2024, 7, 3))
    assert second.returncode == 0, second.stderr
    assert _line(second.stdout, "2024Z12000", "new set")
    assert len([r for r in api.asked if r.path == f"{ODATA}Zaak"]) == 1


def test_forty_followed_sets_without_changes_cost_one_request(db: Path, api: Gegevensmagazijn) -> None:
    """The first sync asks them by number, twenty to a request; once they are in the store, a sync without changes
    is one request however many are followed."""
    numbers = [f"2024Z{n:05d}" for n in range(20001, 20041)]
    for number in numbers:
        api.zaak(number, titel="Iets", started=date(2024, 5, 1), onderwerp="Vragen over iets",
                 askers=[("E. Ouwehand", "PvdD")], addressed=[("E. Heinen", "minister van Financiën")])  # fmt: skip
        api.attach(number, "Schriftelijke vragen", number.replace("Z", "D"), questions(
            number, "Ouwehand", "PvdD", "Financiën", "iets", "1 mei 2024"), TEXT)  # fmt: skip
    assert kqreader("watch", "add", *numbers).returncode == 0
    first = sync(db, api)
    assert first.returncode == 0, first.stderr
    assert len([r for r in api.asked if r.path == f"{ODATA}Zaak"]) == 1 + 2  # the API's "now", then 20 at a time
    api.asked.clear()
    assert sync(db, api, today=date(2024, 7, 2)).returncode == 0
    assert [r.path for r in api.asked] == [f"{ODATA}Zaak"]


def test_the_digest_as_text_markdown_json_atom_and_a_hook(db: Path, api: Gegevensmagazijn, tmp_path: Path) -> None:
    assert fetch(db, api, "2024Z00102", "2024Z00103").returncode == 0
    assert kqreader("watch", "add", "2024Z00102", "--party", "PvdD").returncode == 0
    since = ["--since", "2024-01-01", "--today", "2024-12-31"]
    text = kqreader("digest", "--db", db, *since)
    assert text.returncode == 0, text.stderr
    assert "2024Z00102" in text.stdout and "answered in" in text.stdout and "2024Z00103" in text.stdout
    changes = orjson.loads(kqreader("digest", "--db", db, "--format", "json", *since).stdout)["changes"]
    assert {(c["set"], c["event"]) for c in changes} >= {("2024Z00102", "answered"), ("2024Z00103", "delayed")}
    assert all(set(c) == {"set", "event", "date", "days", "title", "watch", "note", "link", "citation", "askers"}
               for c in changes)  # where to read and how to cite it (issue 41 item 10)
    assert {c["set"]: c["link"] for c in changes}["2024Z00102"].startswith("https://zoek.officielebekendmakingen.nl/")
    assert kqreader("digest", "--db", db, "--format", "md", *since).stdout.startswith("- **")
    feed, log = tmp_path / "feed.xml", tmp_path / "hook.log"
    hook = f'echo "$KQREADER_SET $KQREADER_EVENT" >> {log}'
    done = kqreader("digest", "--db", db, "--atom", feed, "--hook", hook, *since, env={**os.environ})
    assert done.returncode == 0, done.stderr
    entries = ElementTree.parse(feed).getroot().findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == len(changes) and log.read_text().splitlines()[0].split()[0] in {c["set"] for c in changes}
    failing = kqreader("digest", "--db", db, "--hook", "exit 3", *since)
    assert failing.returncode == 1 and "the hook ended with status 3" in failing.stderr


def test_a_digest_without_watches_says_so(db: Path, api: Gegevensmagazijn) -> None:
    assert fetch(db, api, "2024Z00102").returncode == 0
    assert kqreader("digest", "--db", db).stdout == "No changes to the sets you follow.\n"


def test_a_damaged_sync_state_is_one_line(db: Path, api: Gegevensmagazijn) -> None:
    assert kqreader("watch", "add", "2024Z00103").returncode == 0
    sync_path(db).write_bytes(b"{nope")
    result = sync(db, api)
    assert result.returncode == 1 and "the sync state is damaged" in result.stderr and "Traceback" not in result.stderr


def test_a_withdrawn_document_and_a_deleted_set_asked_by_number(db: Path, api: Gegevensmagazijn) -> None:
    """A document deleted from a set (a placeholder in its $expand) is said by sync and kept as a notice; a set
    deleted since it was fetched, asked by number, is found by its Id (a placeholder keeps no Nummer) and said."""
    assert kqreader("watch", "add", "2024Z00103").returncode == 0
    assert sync(db, api).returncode == 0
    api.tick(days=1)
    api.withdraw_document("2024D30103")
    second = sync(db, api, today=date(2024, 7, 3))
    assert second.returncode == 0, second.stderr
    said = "2024Z00103: document 2024D30103 (Mededeling (uitstel antwoord)) is no longer in the open data"
    assert said in second.stderr
    assert _line(second.stdout, "2024Z00103", "a document withdrawn from the open data (2024D30103)")
    dossier = Store(db).dossier("2024Z00103")
    assert dossier is not None and any(n.kind == "document" and "2024D30103" in n.text for n in dossier.notices)
    assert fetch(db, api, "2024Z00107").returncode == 0
    api.delete("2024Z00107")
    again = fetch(db, api, "2024Z00107")
    assert again.returncode == 0, again.stderr
    assert "2024Z00107: no longer in the open data (deleted there; marked so in the store)" in again.stdout
    assert [n.kind for n in Store(db).dossier("2024Z00107").notices][-1] == "removed"  # type: ignore[union-attr]


def test_a_change_in_the_users_folders_is_seen(tmp_path: Path) -> None:
    """What the run's check of the user's kqreader folders compares (tests/conftest.py): a file changed, added or
    removed below them differs."""
    from tests.conftest import _looked_at

    folder = tmp_path / "kqreader"
    folder.mkdir()
    (folder / "watch.json").write_text("{}")
    before = _looked_at([folder])
    (folder / "watch.json").write_text('{"watches": []}')
    (folder / "kqreader.json").write_text("{}")
    after = _looked_at([folder])
    differing = {p for p in {*before, *after} if before.get(p) != after.get(p)}
    assert differing >= {str(folder / "watch.json"), str(folder / "kqreader.json")}


def test_sync_since_a_day_brings_every_set_submitted_since(db: Path, api: Gegevensmagazijn) -> None:
    result = sync(db, api, "--since", "2024-06-28")
    assert result.returncode == 0, result.stderr
    assert {d.id for d in Store(db).dossiers()} == {"2024Z11111", "2024Z11112"}


def test_a_damaged_download_is_set_aside_and_fetched_again(db: Path, api: Gegevensmagazijn) -> None:
    """A PDF served cut off is kept by the download (it starts as a PDF) but fails to import: it leaves the cache
    (kept aside in damaged/), the line says it is asked again, a sync counts its set as not whole and keeps it
    pending; once the server serves the whole file, the next fetch downloads it again and the set is answered."""
    whole = (SAMPLES / "ah-tk-20232024-1314.pdf").read_bytes()
    api.zaak("2024Z04321", titel="Iets", started=date(2024, 2, 1), onderwerp="Vragen over iets",
             askers=[("E. Ouwehand", "PvdD")], addressed=[("E. Heinen", "minister van Financiën")])  # fmt: skip
    ident = api.attach("2024Z04321", "Antwoord schriftelijke vragen", "2024D61314", whole[: len(whole) // 3],
                       "application/pdf", aanhangsel="202320241314")  # fmt: skip
    cache = db.with_name("kq.cache")
    first = fetch(db, api, "2024Z04321")
    assert first.returncode == 1 and "not a readable PDF (damaged or truncated)" in first.stderr
    assert _line(first.stderr, "2024D61314.pdf", "set aside", "downloaded again at the next fetch")
    assert not (cache / "2024D61314.pdf").exists() and (cache / "damaged" / "2024D61314.pdf").is_file()
    assert kqreader("watch", "add", "2024Z04321").returncode == 0
    failing = sync(db, api)  # still served cut off: the sync does not come in whole
    assert failing.returncode == 1 and "(documents: 1 downloaded, 0 from the cache)" in failing.stdout
    assert _line(failing.stderr, "sync: 1 set did not come in whole (2024Z04321)")
    assert list(SyncState.load(sync_path(db)).pending) == ["2024Z04321"]
    api.files[ident].data = whole
    later = sync(db, api, today=date(2024, 7, 2))
    assert later.returncode == 0, later.stderr
    assert "(documents: 1 downloaded, 0 from the cache)" in later.stdout
    assert SyncState.load(sync_path(db)).pending == {}
    assert Store(db).dossier("2024Z04321").status == "answered"  # type: ignore[union-attr]
    assert not (cache / "damaged" / "2024D61314.pdf").exists()  # the good one came: the damaged one is gone


def test_each_failure_of_a_sync_is_one_line_naming_what_was_asked(db: Path, api: Gegevensmagazijn) -> None:
    """Two listings met by the same 404 are two lines that say which listing each was (the changes since the mark,
    the sets asked by number), never one line twice."""
    assert kqreader("watch", "add", "2024Z00103").returncode == 0
    assert sync(db, api).returncode == 0
    assert kqreader("watch", "add", "2024Z00102").returncode == 0  # not in the store yet: asked by number
    api.trouble[f"{ODATA}Zaak"] = [lambda _r: Response("", status=404)] * 20
    failing = sync(db, api, today=date(2024, 7, 2))
    assert failing.returncode == 1
    lines = failing.stderr.splitlines()
    assert len(lines) == len(set(lines)) == 3, lines
    assert lines[0].startswith("kqreader: error: the sets changed since 2024-07-01 ") and \
        lines[0].endswith("/OData/v4/2.0/Zaak: the server answered 404")  # fmt: skip
    assert lines[1].startswith("kqreader: error: set 2024Z00102: http://") and lines[1].endswith("answered 404")
    assert lines[2].startswith("kqreader: error: sync: the open data could not be read whole")
    api.trouble.clear()
    searched = fetch(db, "http://127.0.0.1:9/", "--party", "PvdD", "--since", "2024-06-01")
    assert searched.returncode == 1 and searched.stderr.startswith(
        "kqreader: error: the open data could not be reached (127.0.0.1: Connection refused)")
