"""How well `kqreader similar` finds a set's earlier sets: recall@5 and MRR on pairs the documents themselves link.

    python -m tests.evaluation.similar_eval [FOLDER ...] [--json]

The documents (by default the shared real corpus, `tests/real/` and `sample_data/`) are imported into a store of
their own. Two kinds of pairs are ranked:

- linked: a set whose questions or answers name another set of the store (its zaaknummer or Aanhangsel number);
  the later set is the query (its words only: the explicit reference, which `similar` would put on top, is left out
  of the ranking) and the set it names must be found among the sets submitted before it;
- split: every set of four or more questions cut in two; the store holds its first half (with its subject line),
  the query is the second half's questions and answers without the subject line, and the first half must be found
  among all the other sets. The halves of one set are on one subject but mostly in other words: a test of the
  matching on real Dutch text where the documents link too few sets.

Each pair's rank is the place of the wanted set in the ranking (none past 100).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import sys
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import orjson

from kqreader.cli import main as kqreader
from kqreader.facts.mentions import named_sets
from kqreader.model import Dossier
from kqreader.query.catalog import Catalog, open_catalog
from kqreader.query.similar import Query, dossier_text, ranked
from kqreader.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = (ROOT.parent / "shared" / "corpus" / "real", ROOT / "tests" / "real", ROOT / "sample_data")
DEEPEST = 100  # ranks looked at
SHORTEST_SPLIT = 4  # questions a set needs to be cut in two
TODAY = date(2026, 12, 7)


@dataclasses.dataclass(frozen=True)
class Pair:
    kind: str  # linked or split
    query: str  # the set asked about
    wanted: str  # the set that should be found
    rank: int | None  # 1 is the top; None: not in the first DEEPEST


def dossiers_of(folders: Sequence[Path]) -> list[Dossier]:
    """Every set the documents make, imported as a user would."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "db.json"
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            kqreader(["import", "--db", str(database), *map(str, folders)])
        catalog = open_catalog(Store(database), TODAY)
        return [catalog.dossier(place) for place in range(catalog.dossier_count)]


def _rank(catalog: Catalog, query: Query, wanted: str) -> int | None:
    found = ranked(catalog, query, DEEPEST)
    return next((n for n, f in enumerate(found, 1) if f.id == wanted), None)


def linked_pairs(dossiers: list[Dossier]) -> Iterator[Pair]:
    catalog = Catalog(dossiers, TODAY)
    ids = {catalog.summary(p).id.casefold(): p for p in range(catalog.dossier_count)}
    ids |= {(catalog.summary(p).publication or "").casefold(): p for p in range(catalog.dossier_count)}
    for place in range(catalog.dossier_count):
        dossier = catalog.dossier(place)
        text = dossier_text(dossier)
        for ident in named_sets(text):
            wanted = ids.get(ident.casefold())
            if wanted is None or wanted == place:
                continue
            query = Query(text, dossier.title, tuple(dossier.addressees), before=dossier.submitted,
                          exclude=frozenset({place}))  # fmt: skip
            named = catalog.summary(wanted).id
            yield Pair("linked", dossier.id, named, _rank(catalog, query, named))


def split_pairs(dossiers: list[Dossier]) -> Iterator[Pair]:
    for n, dossier in enumerate(dossiers):
        if len(dossier.questions) < SHORTEST_SPLIT:
            continue
        half = len(dossier.questions) // 2
        first = dataclasses.replace(dossier, questions=dossier.questions[:half])
        catalog = Catalog([*dossiers[:n], first, *dossiers[n + 1 :]], TODAY)
        text = dossier_text(dossier, dossier.questions[half:])
        query = Query(text, "", tuple(dossier.addressees))
        yield Pair("split", dossier.id, dossier.id, _rank(catalog, query, dossier.id))


def scores(pairs: list[Pair]) -> dict[str, float | int]:
    """How many pairs, recall@1, recall@5 and the mean reciprocal rank."""
    count = len(pairs)
    if not count:
        return {"pairs": 0}
    return {
        "pairs": count,
        "recall@1": sum(1 for p in pairs if p.rank == 1) / count,
        "recall@5": sum(1 for p in pairs if p.rank is not None and p.rank <= 5) / count,
        "mrr": sum(1 / p.rank for p in pairs if p.rank is not None) / count,
    }


def evaluate(folders: Sequence[Path]) -> dict[str, dict[str, float | int]]:
    dossiers = dossiers_of([f for f in folders if f.exists()])
    pairs = {"linked": list(linked_pairs(dossiers)), "split": list(split_pairs(dossiers))}
    return {kind: scores(found) for kind, found in pairs.items()} | {"sets": {"count": len(dossiers)}}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="recall@5 and MRR of kqreader similar on linked and split pairs")
    parser.add_argument("folders", nargs="*", type=Path, default=list(FOLDERS))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = evaluate(args.folders)
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")
        return
    print(f"sets: {result['sets']['count']}")
    for kind in ("linked", "split"):
        found = result[kind]
        line = ", ".join(f"{name} {value:.2f}" if isinstance(value, float) else f"{name} {value}"
                         for name, value in found.items())  # fmt: skip
        print(f"{kind}: {line}")


if __name__ == "__main__":
    main()
