"""Large texts (#37): the reader's keys with a long answer on screen and a long subject in the header, a filter
typed faster than a person types (a paste the terminal types out key by key, in tmux), and the export of one set
of n questions (CSV and JSON).

    python -m tests.benchmarks.bench_large [--answers 0.005,1,5] [--export 1000,2000,4000,8000] [--command 5000]
                                           [--paste 2000,10000]

Each part prints its figures beside its reference: the keys beside the same keys on a 5 KB answer, the export's
times beside the time for half as many questions (a ratio of 2 is linear, 4 quadratic), the filter typed out
beside the same text pasted at once. Run it from another checkout's folder with PYTHONPATH set to that checkout to
measure that one (docs/benchmarks.md, "Large texts"). No figure here is a test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SENTENCE = "De minister heeft de Kamer over het beleid van de gemeente geïnformeerd en zal dat blijven doen. "
KEYS = ("tab", "j", "j", "j", "space", "space", "G", "g", "b", "tab", "j", "k", "resize", "resize")


def _text(size: int) -> str:
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


def reader_keys(megabytes: float) -> dict[str, float]:
    """Each key's work (CPU ms of the process, in process at 80x24, to the screen updated and idle: the Pilot's
    waits and Textual's scrolling animation are not work) with an answer of `megabytes` on screen."""
    from kqreader.model import Answer, Dossier, Person, Question
    from tests.reader_factory import make_app

    answer = _text(int(megabytes * 1_000_000))
    questions = [Question(1, "Vraag een?", answer=Answer([1], answer)),
                 Question(2, "Vraag twee?", answer=Answer([2], "Kort antwoord."))]  # fmt: skip
    dossier = Dossier(id="2024Z00001", title=_text(int(megabytes * 200_000)) or "Onderwerp",
                      askers=[Person("Jansen", "PvdA")], submitted=date(2024, 1, 5), questions=questions)  # fmt: skip
    times: dict[str, list[float]] = {}

    async def run() -> None:
        app = make_app([dossier])
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            sizes = iter([(140, 40), (80, 24)])
            for key in KEYS:
                start = time.process_time()
                if key == "resize":
                    await pilot.resize_terminal(*next(sizes))
                else:
                    await pilot.press(key)
                await pilot.pause()
                times.setdefault(key, []).append((time.process_time() - start) * 1000)

    asyncio.run(run())
    return {key: statistics.median(found) for key, found in times.items()}


def export_times(counts: list[int]) -> list[tuple[int, float, float]]:
    """(n, CSV s, JSON s) for one set of n questions, each answered and promising, exported in process."""
    from kqreader.model import Answer, Dossier, Person, Question
    from kqreader.output.exporting import export

    found = []
    for count in counts:
        questions = [Question(n, f"Vraag {n}: waarom?", answer=Answer([n], f"Antwoord {n}. {SENTENCE}"))
                     for n in range(1, count + 1)]  # fmt: skip
        dossier = Dossier(id="2024Z00001", title="Onderwerp", askers=[Person("Jansen", "PvdA")],
                          submitted=date(2024, 1, 2), answered=date(2024, 2, 1), questions=questions)  # fmt: skip
        row = [count]
        for form in ("csv", "json"):
            start = time.perf_counter()
            b"".join(export([dossier], form, date(2024, 6, 1)))
            row.append(time.perf_counter() - start)
        found.append((row[0], row[1], row[2]))
    return found


def _environment(home: Path) -> dict[str, str]:
    environment = dict(os.environ, HOME=str(home), KQREADER_LANG="en")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        environment[name] = str(home / name.lower())
    return environment


def _kqreader() -> list[str]:
    return [sys.executable, "-m", "kqreader"]


def export_command(count: int, work: Path) -> tuple[float, float]:
    """`kqreader export --format csv|json ID` of one imported set of `count` questions, as a user runs it (s)."""
    env = _environment(work / "home")
    folder = work / "set"
    folder.mkdir(parents=True, exist_ok=True)
    asked = "\n\n".join(f"Vraag {n}: Waarom gebeurde dit {n}?" for n in range(1, count + 1))
    answered = "\n\n".join(f"Antwoord {n}: {SENTENCE}" for n in range(1, count + 1))
    (folder / "2024Z00001-vragen.md").write_text(
        "## 2024Z00001\n\nVragen van het lid Jansen (PvdA) aan de Minister van Financiën over de test "
        f"(ingezonden 2 januari 2024)\n\n{asked}\n", encoding="utf-8")  # fmt: skip
    (folder / "2024Z00001-antwoorden.md").write_text(
        "## 2024Z00001\n\nAntwoord van Minister Jansen (Financiën) (ontvangen 1 februari 2024)\n\n"
        f"{answered}\n", encoding="utf-8")  # fmt: skip
    db = work / "kq.json"
    subprocess.run([*_kqreader(), "import", "--db", str(db), str(folder)], env=env, check=True, capture_output=True)
    times = []
    for form in ("csv", "json"):
        start = time.perf_counter()
        subprocess.run([*_kqreader(), "export", "--db", str(db), "--format", form, "id:2024Z00001"], env=env,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        times.append(time.perf_counter() - start)
    return times[0], times[1]


def typed_filter(size: int, work: Path, paste: bool, give_up: float = 120.0) -> float | None:
    """Seconds from sending `size` characters of filter to the reader in tmux (as keys, or as one bracketed paste)
    to the list it filters on screen; None when not there after `give_up` seconds."""
    env = _environment(work / "home")
    db = work / "samples.json"
    if not db.exists():
        subprocess.run([*_kqreader(), "import", "--db", str(db), str(Path(__file__).parents[2] / "sample_data")],
                       env=env, check=True, capture_output=True)  # fmt: skip
    words = ("minister " * (size // 9))[: size - 7] + "zzqqxx"
    session = f"kq-large-{os.getpid()}"
    command = " ".join([*_kqreader(), "--db", str(db)])
    exports = " ".join(f"{k}={v}" for k, v in env.items() if k in ("HOME", "KQREADER_LANG", "PYTHONPATH")
                       or k.startswith("XDG"))  # fmt: skip
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24",
                    f"env {exports} {command}"], check=True)  # fmt: skip
    try:
        _wait(session, "questions in", 20)
        subprocess.run(["tmux", "send-keys", "-t", session, "/"], check=True)
        time.sleep(0.3)
        start = time.perf_counter()
        if paste:
            subprocess.run(["tmux", "set-buffer", "-b", session, words], check=True)
            subprocess.run(["tmux", "paste-buffer", "-p", "-d", "-b", session, "-t", session], check=True)
        else:
            subprocess.run(["tmux", "send-keys", "-l", "-t", session, words], check=True)
        if not _wait(session, "0 of 43 questions match", give_up):
            return None
        return time.perf_counter() - start
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False, capture_output=True)


def _wait(session: str, text: str, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        shown = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout
        if text in shown:
            return True
        time.sleep(0.02)
    return False


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="kqreader on large texts")
    parser.add_argument("--answers", default="0.005,1,5", help="answer sizes in MB (the first is the reference)")
    parser.add_argument("--export", default="1000,2000,4000,8000", help="questions in the set exported in process")
    parser.add_argument("--command", type=int, default=5000, help="questions in the set the command exports (0: none)")
    parser.add_argument("--paste", default="2000,10000", help="filter sizes typed in tmux (empty: none)")
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    sizes = [float(s) for s in args.answers.split(",") if s]
    if sizes:
        print("\nthe reader's keys at 80x24, in process (CPU ms, median per key; resize: 80x24 -> 140x40 -> 80x24)")
        print(f"{'answer MB':>10}  " + "  ".join(f"{key:>7}" for key in dict.fromkeys(KEYS)))
        for size in sizes:
            keys = reader_keys(size)
            print(f"{size:>10}  " + "  ".join(f"{keys[key]:>7.1f}" for key in dict.fromkeys(KEYS)))
    counts = [int(n) for n in args.export.split(",") if n]
    if counts:
        print("\nexport of one set of n questions, in process (s; ratio: beside half as many)")
        print(f"{'n':>6} {'csv s':>8} {'ratio':>6} {'json s':>8} {'ratio':>6}")
        before = None
        for count, csv_s, json_s in export_times(counts):
            ratios = ("", "") if before is None else (f"{csv_s / before[0]:.2f}", f"{json_s / before[1]:.2f}")
            print(f"{count:>6} {csv_s:>8.2f} {ratios[0]:>6} {json_s:>8.2f} {ratios[1]:>6}")
            before = (csv_s, json_s)
    with tempfile.TemporaryDirectory(prefix="kqreader-large-") as folder:
        work = Path(folder)
        if args.command:
            csv_s, json_s = export_command(args.command, work / "command")
            print(f"\nkqreader export of one set of {args.command} questions (the whole command): "
                  f"csv {csv_s:.2f} s, json {json_s:.2f} s")  # fmt: skip
        pastes = [int(n) for n in args.paste.split(",") if n]
        if pastes and shutil.which("tmux"):
            print("\na filter sent to the reader in tmux at 80x24, to the filtered list on screen (s)")
            print(f"{'chars':>7} {'as keys':>8} {'pasted':>8}")
            for size in pastes:
                keys = typed_filter(size, work / "tmux", paste=False)
                pasted = typed_filter(size, work / "tmux", paste=True)
                shown = [f"{t:>8.2f}" if t is not None else f"{'> 120':>8}" for t in (keys, pasted)]
                print(f"{size:>7} {shown[0]} {shown[1]}")


if __name__ == "__main__":
    main()
