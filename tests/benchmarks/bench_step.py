"""One step down the list, as a person presses it: a single `j`, in tmux, from the key to the output that changes
the screen — beside a bare Textual app's echo of one key into an input, timed the same way in the same run.

    python -m tests.benchmarks.bench_step [--sizes T,A] [--work DIR] [--keys N]

T = 12,000 sets, A = 60,000 (the corpora and stores of bench_store, kept in --work; made when missing). Each key
comes after a pause (a person reading), alternating between the bare app and the reader so both see the same
machine. The reader starts at the top of its list (40 rows of terminal): the first steps move the cursor within the
screen ("in view"), those past the screen's last row scroll the list one row each ("scrolling", as reading a list
from top to bottom does at every step). Two figures for each step: "moved", the first output after which the
screen differs (the cursor on its new row), and "shown", the output after which the right pane holds the new row's
question (what a reader waits for). Prints p50/p90 and the ratio of each p50 to the bare key's; and beside them the
dossiers on screen after the command starts, beside a bare app's first frame (medians of five alternating starts).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kqreader import i18n
from kqreader.store.database import Store
from tests.benchmarks.bench_scale import (
    BARE_APP,
    ECHO_APP,
    PAINT_RUNS,
    Tmux,
    _first_frame,
    compiled,
    corpus_for,
    shown_texts,
)

PAUSE = 0.3  # between keys: past the answer pane's fill at the pause and anything else a key sets going
WARM_STEPS = 10  # first keys not counted: the months near the top are read, the code paths warmed
IN_VIEW = range(WARM_STEPS + 1, 31)  # steps within the first screenful (the list shows 36 rows or more)
SCROLLING_FROM = 40  # steps from here on scroll the list


def _store(size: str, work: Path) -> Path:
    db = work / f"store-{size}.json"
    if not db.exists():
        corpus = corpus_for(size, work)
        subprocess.run([sys.executable, "-m", "kqreader", "import", "--db", str(db), str(corpus)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    return db


def _key(session: Tmux, key: str) -> tuple[float, float]:
    """When `key` was sent, and the milliseconds from then to the output after which the screen differs."""
    before = session.screen(colours=True)
    start = time.perf_counter()
    session.send(key)
    return start, session.wait_until(lambda: session.screen(colours=True) != before, start, seconds=10) * 1000


def paints(db: Path, work: Path) -> dict[str, float]:
    """Seconds to the reader's dossiers on screen and to a bare Textual app's first frame, alternating."""
    bare_script = work / "bare_app.py"
    bare_script.write_text(BARE_APP)
    bare, reader = [], []
    for _ in range(PAINT_RUNS):
        bare.append(_first_frame([sys.executable, str(bare_script)], "bare ready"))
        reader.append(_first_frame([sys.executable, "-m", "kqreader", "--db", str(db)], "questions in"))
    return {"bare paint": statistics.median(bare), "dossiers": statistics.median(reader)}


def measure(size: str, work: Path, keys: int) -> dict[str, float]:
    db = _store(size, work)
    echo = work / "echo_app.py"
    echo.write_text(ECHO_APP)
    bare = Tmux([sys.executable, str(echo)])
    reader = Tmux([sys.executable, "-m", "kqreader", "--db", str(db)])
    bare_ms: list[float] = []
    moved_ms: dict[str, list[float]] = {"in view": [], "scrolling": []}
    shown_ms: list[float] = []
    steps = SCROLLING_FROM + keys
    try:
        bare.wait_for("bare ready", bare.started)
        reader.wait_for("questions in", reader.started)
        reader.send("g")
        targets = shown_texts(db, steps + 1)
        time.sleep(1)
        for step in range(1, steps + 1):
            time.sleep(PAUSE)
            _sent, typed = _key(bare, "x")
            time.sleep(PAUSE)
            start, moved = _key(reader, "j")
            shown = reader.wait_for(targets[step], start, seconds=10, flowing=True) * 1000
            kind = "in view" if step in IN_VIEW else "scrolling" if step >= SCROLLING_FROM else None
            if kind is not None:
                bare_ms.append(typed)
                moved_ms[kind].append(moved)
                shown_ms.append(shown)
    finally:
        bare.close()
        reader.close()
    return {"sets": len(Store(db).manifest().homes), **_figures("bare", bare_ms),
            **_figures("in view", moved_ms["in view"]), **_figures("scrolling", moved_ms["scrolling"]),
            **_figures("shown", shown_ms), **paints(db, work)}  # fmt: skip


def _figures(name: str, samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {f"{name} p50": statistics.median(ordered), f"{name} p90": ordered[int(0.9 * (len(ordered) - 1))]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="one step down the list beside a bare key")
    parser.add_argument("--sizes", default="T,A")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kqreader-bench")
    parser.add_argument("--keys", type=int, default=40, help="scrolling steps timed (and 20 in view)")
    args = parser.parse_args(argv)
    i18n.use("en")
    compiled()
    print(f"{'size':>5} {'sets':>7} {'bare p50/p90':>13} {'in view p50/p90':>16} {'scrolling p50/p90':>18} "
          f"{'shown p50/p90':>14} {'in view/bare':>12} {'scrolling/bare':>14} {'bare paint s':>12} {'dossiers s':>10} "
          f"{'ratio':>5}   (ms, but the paints)")  # fmt: skip
    for size in args.sizes.split(","):
        f = measure(size, args.work, args.keys)
        print(f"{size:>5} {f['sets']:>7.0f} {f['bare p50']:>6.1f}/{f['bare p90']:<6.1f} "
              f"{f['in view p50']:>8.1f}/{f['in view p90']:<7.1f} "
              f"{f['scrolling p50']:>9.1f}/{f['scrolling p90']:<8.1f} "
              f"{f['shown p50']:>6.1f}/{f['shown p90']:<7.1f} {f['in view p50'] / f['bare p50']:>12.2f} "
              f"{f['scrolling p50'] / f['bare p50']:>14.2f} {f['bare paint']:>12.2f} {f['dossiers']:>10.2f} "
              f"{f['dossiers'] / f['bare paint']:>5.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
