"""Issue 37 item 5: every read-modify-write of a file kqreader keeps (the watch list, the reader's settings, the
marks) happens under the file's lock, reading it again first — so concurrent processes keep each other's changes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import orjson
import pytest

from kqreader.fetch.watching import Watch, WatchList
from kqreader.store.atomic import Busy, locked
from kqreader.store.json_files import StoreError
from kqreader.store.marks import Marks
from kqreader.tui.settings import Settings
from tests.hostile import HostileServer


def _env(tmp_path: Path, **more: str) -> dict[str, str]:
    """The tests' own HOME and XDG folders: never the user's watch list."""
    home = tmp_path / "home"
    return {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"), "KQREADER_LANG": "en", **more}  # fmt: skip


def _watch_file(tmp_path: Path) -> Path:
    return tmp_path / "home" / ".config" / "kqreader" / "watch.json"


def _kqreader(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "kqreader", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


def test_twenty_watch_adds_at_once_keep_all_twenty(tmp_path: Path) -> None:
    env = _env(tmp_path)
    running = [_kqreader(env, "watch", "add", "--member", f"Lid{n:02d}") for n in range(20)]
    for process in running:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    kept = orjson.loads(_watch_file(tmp_path).read_bytes())["watches"]
    assert sorted(w["value"] for w in kept) == [f"Lid{n:02d}" for n in range(20)]
    assert not list(_watch_file(tmp_path).parent.glob(".watch.json.*.tmp"))


def test_a_watch_added_while_a_sync_runs_outlives_the_syncs_save(tmp_path: Path) -> None:
    env = _env(tmp_path)
    server = HostileServer()
    try:
        assert _kqreader(env, "watch", "add", "2024Z00102").wait(timeout=60) == 0
        db = tmp_path / "kq.json"
        syncing = _kqreader({**env, "KQREADER_API": server.base("slow")}, "sync", "--db", str(db))
        time.sleep(1.0)  # the sync has read the watch list and waits for the slow listing
        added = _kqreader(env, "watch", "add", "--party", "PvdD")
        assert added.wait(timeout=60) == 0
        assert syncing.poll() is None  # still syncing when the watch was added
        _out, err = syncing.communicate(timeout=60)
        assert syncing.returncode == 0, err
    finally:
        server.stop()
    kept = orjson.loads(_watch_file(tmp_path).read_bytes())
    assert [(w["kind"], w["value"]) for w in kept["watches"]] == [("set", "2024Z00102"), ("party", "PvdD")]
    assert kept["synced"] == date.today().isoformat()


def test_a_copy_read_before_another_change_keeps_it_when_saved(tmp_path: Path) -> None:
    path = tmp_path / "watch.json"
    first, second = WatchList.load(path), WatchList.load(path)
    first.add(Watch("member", "Ouwehand"))
    first.save()
    second.add(Watch("party", "VVD"))
    second.synced = date(2024, 5, 1)
    second.save()
    third = WatchList.load(path)
    third.remove(Watch("member", "ouwehand"))  # folded: the same watch
    third.save()
    kept = WatchList.load(path)
    assert kept.watches == [Watch("party", "VVD")] and kept.synced == date(2024, 5, 1)
    with WatchList.updating(path) as watches:
        watches.toggle("2024Z00102")
    assert WatchList.load(path).sets() == {"2024Z00102"}


def test_a_lock_held_too_long_is_one_line_naming_the_watch_list(tmp_path: Path) -> None:
    path = tmp_path / "watch.json"
    stuck = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                              "from kqreader.store.atomic import locked\n"
                              "with locked(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(30)",
                              str(path)], stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert stuck.stdout is not None and stuck.stdout.readline() == "held\n"
        with pytest.raises(Busy, match="another kqreader has held it for 0 s"), locked(path, seconds=0.3):
            pass
        copy = WatchList.load(path)
        copy.add(Watch("member", "Ouwehand"))
        import kqreader.store.atomic as atomic

        atomic.LOCK_WAIT_SECONDS, waited = 0.3, atomic.LOCK_WAIT_SECONDS
        try:
            with pytest.raises(StoreError) as raised:
                copy.save()
        finally:
            atomic.LOCK_WAIT_SECONDS = waited
    finally:
        stuck.kill()
        stuck.wait()
    assert raised.value.path == path
    assert raised.value.problem.startswith("cannot lock the watch list to change it (another kqreader has held it")


def test_two_readers_keep_each_others_marks(tmp_path: Path) -> None:
    path = tmp_path / "kq.store.marks.json"
    one, other = Marks.load(path), Marks.load(path)
    one.toggle("2024Z00102", 1, date(2024, 5, 1))
    other.write_note("2024Z00103", None, "nalopen", date(2024, 5, 2))
    other.toggle("2024Z00102", 2, date(2024, 5, 2))
    kept = Marks.load(path)
    assert [(m.dossier, m.question, m.note) for m in kept] == [
        ("2024Z00102", 1, ""), ("2024Z00102", 2, ""), ("2024Z00103", None, "nalopen")]  # fmt: skip
    assert one.toggle("2024Z00102", 1, date(2024, 5, 3)) is False  # unmarked, and the others stay
    assert len(Marks.load(path)) == 2 and len(one) == 2


def test_two_readers_keep_each_others_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    one, other = Settings.load(path), Settings.load(path)
    one.saved["mijn"] = "partij:vvd"
    one.remember("kosten")
    one.save(path)
    other.order = "oldest"
    other.remember("stikstof")
    other.save(path)
    kept = Settings.load(path)
    assert kept.saved == {"mijn": "partij:vvd"} and kept.order == "oldest"
    assert kept.history == ["kosten", "stikstof"]
    assert other.history == ["kosten", "stikstof"]  # the copy in use learns the other's too
    del other.saved["mijn"]
    other.save(path)
    assert Settings.load(path).saved == {}


def test_a_fetch_and_a_reader_opening_at_once_keep_both_in_the_news(tmp_path: Path) -> None:
    from kqreader.fetch.news import News

    path = tmp_path / "kq.fetch.news.json"
    fetching, opening = News.load(path), News.load(path)
    fetching.record(["2024Z00102"])
    assert opening.opening() == frozenset()  # read before the fetch: nothing new to it
    other = News.load(path)
    other.record(["2024Z00103"])
    kept = News.load(path)
    assert set(kept.changed) == {"2024Z00102", "2024Z00103"} and kept.opened == opening.opened
    assert kept.fresh() == {"2024Z00103"}  # changed after the opening; 2024Z00102 before it
