"""What each command costs at scale: whole commands as a user runs them, with their peak memory.

    python -m tests.benchmarks.bench_store [--sizes T,A] [--work DIR]

For each size (T = 12,000 sets of 2023-2024, A = 60,000 sets over thirty years; the corpora of bench_scale, kept
in --work): a full import (and what of it the answer kinds and promises cost: the same import without them), ten
new documents added, the same ten again unchanged, `cite ID`, `export id:ID`, `stats`, `promises`, `similar ID`, and
`export QUERY` (time to its first byte and to its end). Each is a fresh process, timed from start to
exit, its peak RSS read from the kernel (wait4). A bare `python -c pass` is timed beside them as the floor.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_scale import compiled, corpus_for
from tests.benchmarks.corpus import Writer

RUNS = 3  # median of three: this kind of machine varies by a tenth or more
KQREADER = [sys.executable, "-m", "kqreader"]
# The same import with the answer kinds, promises and named sets left out (the workers are forked: they keep it), to
# tell what working them out costs the whole command
WITHOUT_FACTS = [sys.executable, "-c", "import sys; from kqreader.store import reader_files; "
                 "reader_files.answer_facts = lambda record: [[], [], [], False, []]; "
                 "from kqreader.cli import main; sys.exit(main(sys.argv[1:]))"]  # fmt: skip


def timed(command: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one process from start to exit."""
    seconds, megabytes, _ = timed_with_cpu(command)
    return seconds, megabytes


def timed_with_cpu(command: list[str]) -> tuple[float, float, float]:
    """(seconds, peak RSS in MB, CPU seconds of it and the workers it waited for) of one process: the CPU time
    tells two imports apart where the wall time, spread by this machine's load, cannot."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{command} failed with {process.returncode}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def first_byte(command: list[str]) -> tuple[float, float]:
    """(seconds to the first byte of output, seconds to the end) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.read(1)
    first = time.perf_counter() - start
    while process.stdout.read(1 << 20):
        pass
    process.wait()
    return first, time.perf_counter() - start


def ten_new_documents(folder: Path) -> Path:
    """Ten question sets whose ids no corpus has (numbers from 90,001), with their answers and notices."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    writer = Writer(seed=99, years=(2024,))
    for number in range(90_001, 90_011):
        writer.dossier(number, folder)
    return folder


def median_of(command: list[str], runs: int = RUNS) -> tuple[float, float]:
    samples = [timed(command) for _ in range(runs)]
    return statistics.median(s for s, _ in samples), max(m for _, m in samples)


def measure(size: str, work: Path) -> dict[str, str]:
    corpus = corpus_for(size, work)
    db = work / f"store-{size}.json"
    shutil.rmtree(db.with_name(f"{db.stem}.d"), ignore_errors=True)
    db.unlink(missing_ok=True)
    for path in corpus.rglob("*"):  # read once before either import is timed: both find it in the page cache
        if path.is_file():
            path.read_bytes()
    bare = work / f"store-{size}-without-facts.json"
    shutil.rmtree(bare.with_name(f"{bare.stem}.d"), ignore_errors=True)
    bare.unlink(missing_ok=True)
    without, _, without_cpu = timed_with_cpu([*WITHOUT_FACTS, "import", "--db", str(bare), str(corpus)])
    shutil.rmtree(bare.with_name(f"{bare.stem}.d"), ignore_errors=True)
    bare.unlink(missing_ok=True)
    full, full_mb, full_cpu = timed_with_cpu([*KQREADER, "import", "--db", str(db), str(corpus)])
    some = next(p.name.split("-")[0] for p in sorted((corpus / "001").iterdir()) if p.name[:4].isdigit())
    facts_cpu = full_cpu - without_cpu
    figures = {"full import s": f"{full:.1f}", "full import MB": f"{full_mb:.0f}",
               "of it kinds+promises s": f"{full - without:.1f} ({(full - without) / full:.0%})",
               "full import CPU s": f"{full_cpu:.1f}",
               "of it kinds+promises CPU s": f"{facts_cpu:.1f} ({facts_cpu / full_cpu:.0%})"}  # fmt: skip
    adds = []
    for run in range(RUNS):  # each run adds ten sets the store does not have yet
        new = ten_new_documents(work / f"new-{size}-{run}")
        for path in new.iterdir():
            path.rename(new / f"{run}-{path.name}")
        adds.append(timed([*KQREADER, "import", "--db", str(db), str(new)]))
    figures["add 10 s"] = f"{statistics.median(s for s, _ in adds):.2f}"
    figures["add 10 MB"] = f"{max(m for _, m in adds):.0f}"
    again = median_of([*KQREADER, "import", "--db", str(db), str(work / f"new-{size}-0")])
    figures["again s"], figures["again MB"] = f"{again[0]:.2f}", f"{again[1]:.0f}"
    for name, command in (
        ("cite", ["cite", "--db", str(db), some]),
        ("export id", ["export", "--db", str(db), f"id:{some}"]),
        ("stats", ["stats", "--db", str(db), "--format", "csv"]),
        ("promises", ["promises", "--db", str(db)]),
        ("similar", ["similar", "--db", str(db), some]),
    ):
        seconds, megabytes = median_of([*KQREADER, *command])
        figures[f"{name} s"], figures[f"{name} MB"] = f"{seconds:.2f}", f"{megabytes:.0f}"
    first, whole = first_byte([*KQREADER, "export", "--db", str(db), "--format", "csv", "stikstof"])
    figures["export q first s"], figures["export q s"] = f"{first:.2f}", f"{whole:.2f}"
    figures["python -c pass s"] = f"{median_of([sys.executable, '-c', 'pass'])[0]:.2f}"
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="kqreader's commands at scale")
    parser.add_argument("--sizes", default="T,A")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kqreader-bench")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    compiled()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    for size in args.sizes.split(","):
        figures = measure(size, args.work)
        print(f"{size}: " + ", ".join(f"{name} {value}" for name, value in figures.items()), flush=True)


if __name__ == "__main__":
    main()
