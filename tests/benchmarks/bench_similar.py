"""What `r` (earlier sets on the same subject) costs in the reader at scale: the catalog open, one ranking done
(the first loads the stemmer and the common words), then SETS sets spread over the list, each timed.

    python -m tests.benchmarks.bench_similar [--sizes T,A] [--work DIR] [--fresh]

The corpora and stores are bench_scale's (kept in --work; the store is imported when missing or with --fresh).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.bench_scale import compiled, corpus_for, timed_import

SETS = 20  # sets timed at each size


def measured(db: Path) -> dict[str, float]:
    """Median, 90th percentile and most seconds of one ranking over SETS sets, and how many sets each showed."""
    from kqreader.query.catalog import open_catalog
    from kqreader.query.similar import similar_sets
    from kqreader.store.database import Store

    catalog = open_catalog(Store(db), date(2026, 12, 7))
    count = catalog.dossier_count
    similar_sets(catalog, count // 2)  # warm: the stemmer, the common words, the sampled months
    seconds, shown = [], []
    for n in range(SETS):
        place = (n * 7919) % count
        start = time.perf_counter()
        found = similar_sets(catalog, place)
        seconds.append(time.perf_counter() - start)
        shown.append(len(found))
    seconds.sort()
    return {"median": statistics.median(seconds), "p90": seconds[int(0.9 * (SETS - 1))], "most": seconds[-1],
            "shown": statistics.mean(shown)}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="kqreader similar in the reader at scale")
    parser.add_argument("--sizes", default="T,A")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kqreader-bench")
    parser.add_argument("--fresh", action="store_true", help="import the store again")
    args = parser.parse_args(argv)
    compiled()
    args.work.mkdir(parents=True, exist_ok=True)
    for size in args.sizes.split(","):
        db = args.work / f"store-{size}.json"
        if args.fresh or not db.exists():
            timed_import(corpus_for(size, args.work), db)
        found = measured(db)
        print(f"{size}: median {found['median']:.3f} s, p90 {found['p90']:.3f} s, most {found['most']:.3f} s over "
              f"{SETS} sets; {found['shown']:.1f} sets shown a query")  # fmt: skip


if __name__ == "__main__":
    main()
