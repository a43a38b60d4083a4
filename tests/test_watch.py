"""Following sets: the watch list, sync's report of what changed, and the digest in every form, against the test
server of test_fetch (its state changed between syncs)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from xml.etree import ElementTree

import orjson
import pytest
from pytest_httpserver import HTTPServer

from kqreader.fetch.watching import Watch, WatchList, changes_of, listed_concerns
from kqreader.model import Dossier, Notice, Person
from tests.helpers import kqreader
from tests.test_fetch import ANSWER_103, ODATA, SAMPLES, TEXT, OpenData, fetch, serve


@pytest.fixture
def api(httpserver: HTTPServer) -> OpenData:
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


def test_a_watch_follows_names_in_any_case_and_without_diacritics() -> None:
    dossier = Dossier("2024Z00001", askers=[Person("Kostić", "PvdD")], addressees=["Minister van Justitie"])
    assert Watch("member", "KOSTIC").covers(dossier) and Watch("party", "pvdd").covers(dossier)
    assert Watch("ministry", "justitie").covers(dossier) and not Watch("party", "PvdA").covers(dossier)
    listed = {"Nummer": "2024Z00001", "ZaakActor": [{"ActorNaam": "Kostić", "ActorFractie": "PvdD",
                                                      "Relatie": "Indiener"}]}  # fmt: skip
    assert listed_concerns(listed, frozenset(), [Watch("member", "kostic")])
    assert not listed_concerns(listed, frozenset(), [Watch("ministry", "kostic")])  # not whom it was asked of


def test_the_changes_of_a_set_by_their_days() -> None:
    """Submitted, a delay notice, past its term (42 days after a delay notice), then answered."""
    dossier = Dossier("2024Z00001", title="Stikstof", submitted=date(2024, 1, 1),
                      notices=[Notice("delay", date(2024, 1, 20), "…")])  # fmt: skip
    watch = Watch("set", "2024Z00001")
    open_ = changes_of(dossier, watch, date(2024, 1, 1), date(2024, 3, 1))
    assert [(c.kind, c.day.isoformat(), c.days) for c in open_] == [
        ("new", "2024-01-01", None), ("delayed", "2024-01-20", None), ("overdue", "2024-02-13", 60),
    ]
    dossier.answered = date(2024, 3, 10)
    from kqreader.model import Answer, Question

    dossier.questions = [Question(1, "?", answer=Answer([1], "Ja."))]
    later = changes_of(dossier, watch, date(2024, 3, 1), date(2024, 3, 31))
    assert [(c.kind, c.days) for c in later] == [("answered", 69)]  # no longer overdue: answered


def test_sync_reports_what_changed_and_then_asks_one_listing(db: Path, api: OpenData, config: Path) -> None:
    """The first sync fetches the followed sets by number; the second asks only the sets changed since (every page)
    and reports the answer that came, the new set of a followed party, and nothing for the rest."""
    assert kqreader("watch", "add", "2024Z00103", "--party", "PvdD").returncode == 0
    first = fetch(db, api, command="sync")
    assert first.returncode == 0, first.stderr
    assert _line(first.stdout, "2024Z00103", "new set")  # in the store for the first time
    assert WatchList.load(config).synced == date.today()
    kept = orjson.loads(config.read_bytes())
    kept["synced"] = (date.today() - timedelta(days=1)).isoformat()  # as if the last sync was yesterday
    config.write_bytes(orjson.dumps(kept))
    today = date.today().isoformat()
    api.add("2024Z00103", ("Schriftelijke vragen", "2024D00103", SAMPLES / "2024Z00103-vragen.txt", TEXT),
            ("Antwoord schriftelijke vragen", "2024D50103", ANSWER_103.encode(), TEXT), changed=today)  # fmt: skip
    for number in ("2024Z00201", "2024Z00202", "2024Z00203", "2024Z00204"):  # three pages of changed sets
        api.add(number, ("Schriftelijke vragen", number.replace("Z", "D"), b"x", TEXT), party="SP", changed=today)
    api.asked.clear()
    second = fetch(db, api, command="sync")
    assert second.returncode == 0, second.stderr
    listings = [r for r in api.asked if r.path == f"{ODATA}Zaak"]
    assert len(listings) == 3 and all("GewijzigdOp ge " in r.args["$filter"] for r in listings)
    assert not any(r.path.endswith("D00201)/resource") for r in api.asked)  # not followed: not fetched
    assert _line(second.stdout, "2024-06-03", "2024Z00103", "answered in 62 days")  # the day its letter gives
    assert "2024Z00201" not in second.stdout  # another party's


def _line(output: str, *words: str) -> bool:
    """Whether one line of the output holds all these words."""
    return any(all(word in line for word in words) for line in output.splitlines())


def test_a_thousand_followed_sets_without_changes_cost_one_request(db: Path, api: OpenData, config: Path) -> None:
    numbers = [f"2023Z{n:05d}" for n in range(1, 1001)]
    assert kqreader("watch", "add", *numbers).returncode == 0
    kept = orjson.loads(config.read_bytes())
    kept["synced"] = date.today().isoformat()
    config.write_bytes(orjson.dumps(kept))
    api.sets.clear()
    api.asked.clear()
    result = fetch(db, api, command="sync")
    assert result.returncode == 0, result.stderr
    assert [r.path for r in api.asked] == [f"{ODATA}Zaak"]


def test_the_digest_as_text_markdown_json_atom_and_a_hook(db: Path, api: OpenData, tmp_path: Path) -> None:
    assert fetch(db, api, "2024Z00102", "2024Z00103").returncode == 0
    assert kqreader("watch", "add", "2024Z00102", "--party", "PvdD").returncode == 0
    since = ["--since", "2024-01-01", "--today", "2024-12-31"]
    text = kqreader("digest", "--db", db, *since)
    assert text.returncode == 0, text.stderr
    assert "2024Z00102" in text.stdout and "answered in" in text.stdout and "2024Z00103" in text.stdout
    changes = orjson.loads(kqreader("digest", "--db", db, "--format", "json", *since).stdout)["changes"]
    assert {(c["set"], c["event"]) for c in changes} >= {("2024Z00102", "answered"), ("2024Z00103", "delayed")}
    assert all(set(c) == {"set", "event", "date", "days", "title", "watch"} for c in changes)
    assert kqreader("digest", "--db", db, "--format", "md", *since).stdout.startswith("- **")
    feed, log = tmp_path / "feed.xml", tmp_path / "hook.log"
    hook = f'echo "$KQREADER_SET $KQREADER_EVENT" >> {log}'
    done = kqreader("digest", "--db", db, "--atom", feed, "--hook", hook, *since, env={**os.environ})
    assert done.returncode == 0, done.stderr
    entries = ElementTree.parse(feed).getroot().findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == len(changes) and log.read_text().splitlines()[0].split()[0] in {c["set"] for c in changes}
    failing = kqreader("digest", "--db", db, "--hook", "exit 3", *since)
    assert failing.returncode == 1 and "the hook ended with status 3" in failing.stderr


def test_a_digest_without_watches_says_so(db: Path, api: OpenData) -> None:
    assert fetch(db, api, "2024Z00102").returncode == 0
    assert kqreader("digest", "--db", db).stdout == "No changes to the sets you follow.\n"


def test_a_delay_notice_appears_and_a_set_is_removed(db: Path, api: OpenData, config: Path) -> None:
    """Between two syncs (by number) of a followed open set, its delay notice is published — reported — and another
    followed set disappears from the open data (deleted): one line, and nothing is lost from the store."""
    questions = (SAMPLES / "2024Z00103-vragen.txt").read_bytes().replace(b"2024Z00103", b"2024Z00301")
    delay = (SAMPLES / "2024Z00103-mededeling.txt").read_bytes().replace(b"2024Z00103", b"2024Z00301")
    api.add("2024Z00301", ("Schriftelijke vragen", "2024D00301", questions, TEXT))
    assert kqreader("watch", "add", "2024Z00301", "2024Z00102").returncode == 0
    assert fetch(db, api, command="sync").returncode == 0
    config.write_bytes(orjson.dumps({**orjson.loads(config.read_bytes()), "synced": None}))  # ask by number again
    api.add("2024Z00301", ("Schriftelijke vragen", "2024D00301", questions, TEXT),
            ("Mededeling (uitstel antwoord)", "2024D30301", delay, TEXT))  # fmt: skip
    del api.sets["2024Z00102"]
    second = fetch(db, api, command="sync")
    assert _line(second.stdout, "2024Z00301", "delay notice")
    assert "2024Z00102: no such set" in second.stderr  # one line; the stored set stays
    from kqreader.store.database import Store

    assert Store(db).dossier("2024Z00102") is not None
