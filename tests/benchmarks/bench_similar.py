"""What `r` (earlier sets on the same subject) costs in the reader at scale: the catalog open, one ranking done
(the first loads the stemmer and the common words), then SETS sets spread over the list, each timed — beside a
reference in the same run, the reader's live filter on three words over the same catalog (bench_scale's
THREE_WORDS, a screenful of rows decoded), so that runs on a loaded machine can be compared by their ratio.

    python -m tests.benchmarks.bench_similar [--sizes T,A] [--work DIR] [--fresh] [--command]

The corpora and stores are bench_scale's (kept in --work; the store is imported when missing or with --fresh).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.bench_scale import THREE_WORDS, compiled, corpus_for, timed_import

SETS = 20  # sets timed at each size


def measured(db: Path, warm: bool) -> dict[str, float]:
    """Median, 90th percentile and most seconds of one ranking over SETS sets, and how many sets each showed;
    `warm`: after what the reader does once it has opened (`Catalog.warm`: the index keys' fences), else as the
    `similar` command finds the catalog."""
    from kqreader.query.catalog import open_catalog
    from kqreader.query.language import parse_query
    from kqreader.query.similar import similar_sets
    from kqreader.store.database import Store

    catalog = open_catalog(Store(db), date(2026, 12, 7))
    if warm:
        catalog.warm()
    count = catalog.dossier_count
    similar_sets(catalog, count // 2)  # warm: the stemmer, the common words, the sampled months
    catalog.filter(parse_query(THREE_WORDS[0])).rows[:40]  # warm: the months' files opened
    seconds, shown, reference = [], [], []
    for n in range(SETS):
        place = (n * 7919) % count
        start = time.perf_counter()
        found = similar_sets(catalog, place)
        seconds.append(time.perf_counter() - start)
        shown.append(len(found))
        start = time.perf_counter()
        catalog.filter(parse_query(THREE_WORDS[n % len(THREE_WORDS)])).rows[:40]
        reference.append(time.perf_counter() - start)
    seconds.sort()
    return {"median": statistics.median(seconds), "p90": seconds[int(0.9 * (SETS - 1))], "most": seconds[-1],
            "shown": statistics.mean(shown), "filter": statistics.median(reference)}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="kqreader similar in the reader at scale")
    parser.add_argument("--sizes", default="T,A")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kqreader-bench")
    parser.add_argument("--fresh", action="store_true", help="import the store again")
    parser.add_argument("--command", action="store_true", help="as `kqreader similar` finds the catalog (not warmed)")
    args = parser.parse_args(argv)
    compiled()
    args.work.mkdir(parents=True, exist_ok=True)
    for size in args.sizes.split(","):
        db = args.work / f"store-{size}.json"
        if args.fresh or not db.exists():
            timed_import(corpus_for(size, args.work), db)
        found = measured(db, not args.command)
        print(f"{size}, {'the command' if args.command else 'in the reader'}: median {found['median']:.3f} s, p90 "
              f"{found['p90']:.3f} s, most {found['most']:.3f} s over {SETS} sets; {found['shown']:.1f} sets shown a "
              f"query; the reference (filter on three words) {found['filter']:.3f} s, ratio "
              f"{found['median'] / found['filter']:.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
