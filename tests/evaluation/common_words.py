"""Makes `kqreader/query/common_words.txt`: how widespread each word is in Dutch parliamentary questions and
answers, counted over the government texts the project holds — so that `similar` weighs a word every other set
writes ("maatregelen", "groot", "staan") less than one that says what a set is about.

    python -m tests.evaluation.common_words [--db STORE] > kqreader/query/common_words.txt

The texts: the store `similar_eval` builds (the shared real corpus and its SGD pages, `tests/real/`,
`sample_data/`, the week of November 2024 and the SGD crawl's Aanhangsel pages of 1965–1995; Tweede Kamer and
government publications, reusable under the Auteurswet, art. 15b; only counts are kept), of which only the sets of
the evaluation's dev part (crc32 of the id even): the held-out queries do not shape the weights they are measured with.
A set is its subject line, questions and answers as `similar` reads them (the minister's title and the people named
by their title out). For each word of three letters or more, no digits, not a stop word, held by MOST_SETS sets
or more: the number of sets holding it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from kqreader.query.catalog import Catalog, open_catalog
from kqreader.query.similar import STOP_WORDS, cleaned, dossier_text
from kqreader.store.database import Store
from kqreader.text.folding import fold
from tests.evaluation.similar_eval import FOLDERS, TODAY, part_of, store_of

MOST_SETS = 6  # a word fewer sets hold than this is rare in any case: weighed whole, not listed
_WORD = re.compile(r"(?<!['’`])\b[^\W\d_]{3,}\b")  # a word as `similar` takes it (no digits, three letters or more)


def counted(catalog: Catalog) -> tuple[int, Counter[str]]:
    """The dev sets counted: how many, and the sets holding each word."""
    sets, holding = 0, Counter[str]()
    for place in range(catalog.dossier_count):
        dossier = catalog.dossier(place)
        if part_of(dossier.id) != "dev":
            continue
        sets += 1
        holding.update({w for w in _WORD.findall(fold(cleaned(dossier_text(dossier)))) if w not in STOP_WORDS})
    return sets, holding


def lines(sets: int, holding: Counter[str]) -> Iterator[str]:
    yield from (f"# {line}".rstrip() for line in HEADER.format(sets=sets, least=MOST_SETS).splitlines())
    yield f"sets {sets}"
    for word, count in sorted(holding.items(), key=lambda wc: (-wc[1], wc[0])):
        if count >= MOST_SETS:
            yield f"{word} {count}"


HEADER = """\
How widespread words are in Dutch parliamentary questions and answers: for each word, the number of the {sets}
sets below holding it. Counted by kqreader's tests/evaluation/common_words.py over the government texts the
project holds: the sets of the dev part of the store tests/evaluation/similar_eval.py builds (Tweede Kamer
questions and answers of 1965-2024, government publications, reusable under the Dutch Auteurswet, art. 15b);
only counts of words are kept here, no text. Words fewer than {least} sets hold are left out. Part of kqreader
(MIT). Read by query/similar.py: a word many sets hold says little of what a set is about."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="count the words of the project's government texts")
    parser.add_argument("--db", type=Path, help="a store of those texts already imported (else one is made)")
    args = parser.parse_args(argv)
    if args.db is not None:
        found = counted(open_catalog(Store(args.db), TODAY))
    else:
        with store_of(FOLDERS) as catalog:
            found = counted(catalog)
    sys.stdout.write("".join(f"{line}\n" for line in lines(*found)))


if __name__ == "__main__":
    main()
