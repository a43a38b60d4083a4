"""How well `kqreader similar` finds a set's earlier sets, beside a plain TF-IDF ranking in the same run.

    python -m tests.evaluation.similar_eval [FOLDER ...] [--json] [--no-crawl] [--pairs FOLDER]

The documents (by default the shared real corpus and its SGD pages, `tests/real/`, `sample_data/`, the 86
documents of one week in November 2024 and the 481 other Aanhangsel pages of 1965–1995 of the SGD crawl in
`tests/evaluation/similar/`, see its README) are imported into a store of their own. Three measures:

- linked pairs: a set that names another set of the store anywhere (questions, answers, footnotes, the
  toelichting) is the query, with its words only (the reference itself left out: `similar` would put the named set
  on top without any ranking), and the set it names must be among the first five shown (the earlier sets when it is
  earlier, else all);
- judged queries: every set whose field `similar/fields.json` gives (written by reading, before the ranking was
  run; its conventions are in the file) is a query as `kqreader similar` runs it (the earlier sets): of the sets
  shown, the share in the query's field; and of the queries that have no earlier set in their field, the share that
  shows nothing;
- split pairs (on the store without the crawl's pages: a catalog a cut set makes it quadratic): every set of four
  or more questions cut in two, the store holding its first half with the subject
  line, the query its second half's questions and answers without it (the first half must be found).

- linked pairs inside the crawl (`similar/pairs_sgd.jsonl`, read by default with the crawl): pairs of its pages'
  sets where the later names the earlier, found by reading (by askers and date, page number or Aanhangsel number);
  the query is the later set without the words naming the earlier, as for the linked pairs above;
- linked pairs from pages (`--pairs FOLDER`): pairs of real sets where the later names the earlier, found on
  stored web pages and kept outside the repository (`pairs.jsonl`: `later` {url, set, excerpt, reference},
  `earlier` {url, set, excerpt}, `how_sure`; `others.jsonl`: other sets' passages). Each distinct set's passage
  is written as a document kqreader imports (a temporary folder: the passage as its one question's text, under a
  number of its own) and imported with the rest; each pair's later passage, without the words that name the
  earlier (its `reference`, and any reference kqreader reads), is the query, ranked against every set (the
  passages carry no date kqreader reads), and the earlier set must be among the first five. Without the folder
  the evaluation says so and runs as before.

The plain TF-IDF beside it: a set's words (folded, numbers out, nothing else out) weighed by log frequency times
log(N/df), the sets ranked by cosine, its first five shown. Queries and pairs are split by their set's id (crc32,
even: dev, odd: held-out): the word lists and the floor were set looking at the dev part only; both are reported.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import io
import lzma
import math
import re
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from kqreader.cli import main as kqreader
from kqreader.facts.mentions import all_text, named_sets
from kqreader.facts.references import find_references
from kqreader.index.words import WORD
from kqreader.model import Dossier
from kqreader.query.catalog import Catalog, open_catalog
from kqreader.query.similar import Asked, Query, asked_of, dossier_text, people_of, ranked, similar_sets
from kqreader.store.database import Store
from kqreader.text.folding import fold

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "similar"
SHARED = ROOT.parent / "shared" / "corpus"
FOLDERS = (SHARED / "real", SHARED / "sgd", ROOT / "tests" / "real", ROOT / "sample_data")
WEEK = HERE / "kamervragen-limburg-questions.csv.xz"  # one week of November 2024 (see similar/README.md)
CRAWL = HERE / "sgd-crawl-aanhangsel-pages.jsonl.xz"  # the crawl's other Aanhangsel pages (see similar/README.md)
LINKED = HERE / "sgd-crawl-linked-pages.jsonl.xz"  # the crawl's pages at the ends of SGD_PAIRS that CRAWL lacks
SGD_PAIRS = HERE / "pairs_sgd.jsonl"  # linked pairs inside the crawl, found by reading (see similar/README.md)
FIELDS = HERE / "fields.json"
DEEPEST = 100  # ranks looked at
SHOWN = 5  # the first this many count as found
SHORTEST_SPLIT = 4  # questions a set needs to be cut in two
TODAY = date(2026, 12, 7)
Part = str  # "dev" or "held-out"


def part_of(ident: str) -> Part:
    """The part a query belongs to: by its set's id, the same in every run."""
    return "dev" if zlib.crc32(ident.casefold().encode()) % 2 == 0 else "held-out"


@dataclasses.dataclass(frozen=True)
class Pair:
    kind: str  # linked or split
    query: str  # the set asked about
    wanted: str  # the set that should be found
    rank: int | None  # 1 is the top; None: not shown among the first DEEPEST
    baseline: int | None = None  # its rank in the plain TF-IDF ranking


def week_documents(folder: Path) -> list[Path]:
    """The week's documents as the text files they were extracted to (one a row of the CSV)."""
    csv.field_size_limit(1 << 30)
    with lzma.open(WEEK, "rt", encoding="utf-8") as rows:
        written = []
        for n, row in enumerate(csv.DictReader(rows)):
            path = folder / f"{n:03d}.txt"
            path.write_text(row["text_content"], encoding="utf-8")
            written.append(path)
    return written


def crawl_pages(folder: Path) -> list[Path]:
    """The crawl's Aanhangsel pages the shared corpus does not have (and those the SGD pairs need), each as the text
    file of its OCR."""
    written: list[Path] = []
    for pages in (CRAWL, LINKED):
        with lzma.open(pages, "rt", encoding="utf-8") as lines:
            for line in lines:
                page = orjson.loads(line)
                number = re.search(r"/(\d+)/ocr", page["url"])
                path = folder / f"sgd-{number[1] if number else len(written)}.txt"
                path.write_text(page["content"], encoding="utf-8")
                written.append(path)
    return written


@dataclasses.dataclass(frozen=True)
class Passage:
    """One set's passage from a stored web page (kept outside the repository), as the pairs' folder gives it."""

    set: str  # its zaaknummer or Aanhangsel id (the first word of the folder's `set`)
    text: str
    number: str = ""  # the zaaknummer it is imported under (the passages print their own numbers unevenly)

    @property
    def subject(self) -> str:
        """Its subject line as far as the page shows one: its first line of a few letters that is not the page's
        (a site's path, "Aanhangsel van de Handelingen"), from "over" on when it is the questions' heading."""
        for line in self.text.splitlines():
            line = _SITE_PATH.sub("", line).strip()
            if len(line) < 8 or _NO_SUBJECT_LINE.match(line):
                continue
            heading = _HEADING_SUBJECT.match(line)
            return heading["subject"] if heading else line
        return ""


@dataclasses.dataclass(frozen=True)
class PagePair:
    later: Passage
    earlier: Passage
    reference: str  # the words of the later passage that name the earlier
    sure: str


_PAGE_FURNITURE = re.compile(  # a listing page's lines about the set, not its text (askers, dates, links, tags)
    r"(?im)^[ \t]*(?:kamervraag\s+\S+|indiener|medeindiener|beantwoord door|ingediend|beantwoord|onderwerpen|"
    r"bron (?:vraag|antwoord)|vraagnummer|datum|ontvangen)\b.*$")  # fmt: skip


_SITE_PATH = re.compile(r"^\s*\w+\s*/\s*Kamervraag\s*/\s*")  # "Tweedemonitor / Kamervraag / "
_NO_SUBJECT_LINE = re.compile(  # a page's lines before the subject: its header, a site's links, the date, askers
    r"(?i)aanhangsel van de handelingen|kamervragen zonder antwoord|tweede kamer der staten|skip to|indieners?\b|"
    r"(?:maan|dins|woens|donder|vrij|zater|zon)dag\b|[-|\s]+$")
_HEADING_SUBJECT = re.compile(r"(?i)^(?:antwoord .*?)?vragen van .*? over (?P<subject>.+?)(?:\s*\(ingezonden.*)?$")


def page_pairs(folder: Path) -> tuple[list[PagePair], list[Passage]]:
    """The pairs and every distinct set's passage (the first one met of each set), numbered 2099Z00001 on."""
    rows = [orjson.loads(line) for line in (folder / "pairs.jsonl").read_text("utf-8").splitlines() if line.strip()]
    others_file = folder / "others.jsonl"
    others = [orjson.loads(line) for line in others_file.read_text("utf-8").splitlines() if line.strip()] \
        if others_file.exists() else []  # fmt: skip
    passages: dict[str, Passage] = {}

    def passage(end: dict[str, str]) -> Passage:
        ident = str(end["set"]).split()[0]
        if ident not in passages:
            text = _PAGE_FURNITURE.sub("", str(end["excerpt"]))
            passages[ident] = Passage(ident, text, f"2099Z{len(passages) + 1:05d}")
        return passages[ident]

    pairs = [PagePair(passage(row["later"]), passage(row["earlier"]), str(row["later"]["reference"]),
                      str(row.get("how_sure", ""))) for row in rows]  # fmt: skip
    for row in others:
        passage(row)
    return pairs, list(passages.values())


def passage_documents(passages: Sequence[Passage], folder: Path) -> list[Path]:
    """Each passage as a document kqreader imports: its text as the one question of a set of its own number."""
    written = []
    for passage in passages:
        path = folder / f"{passage.number}.md"
        subject = f" over *{passage.subject}*" if passage.subject else ""
        path.write_text(f"## {passage.number}\n\nVragen van het lid **Onbekend** aan de Minister{subject}\n\n"
                        f"**Vraag 1**\n\n{passage.text}\n", encoding="utf-8")  # fmt: skip
        written.append(path)
    return written


@contextlib.contextmanager
def store_of(
    folders: Sequence[Path], week: bool = True, crawl: bool = True, passages: Sequence[Passage] = ()
) -> Iterator[Catalog]:
    """Every set the documents make, imported as a user would, as the reader's catalog."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "db.json"
        sources = [str(f) for f in folders if f.exists()]
        writers = ((week, "week", week_documents), (crawl, "crawl", crawl_pages),
                   (bool(passages), "pages", lambda at: passage_documents(passages, at)))  # fmt: skip
        for wanted, name, write in writers:
            if wanted:
                (Path(folder) / name).mkdir()
                write(Path(folder) / name)
                sources.append(str(Path(folder) / name))
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            kqreader(["import", "--db", str(database), *sources])
        yield open_catalog(Store(database), TODAY)


class TfIdf:
    """The plain ranking beside it: TF-IDF vectors of the sets' words, compared by cosine."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.vectors = [self.vector(dossier_text(catalog.dossier(p))) for p in range(catalog.dossier_count)]
        spread = Counter(word for vector in self.vectors for word in vector)
        count = len(self.vectors)
        self.idf = {word: math.log(count / df) for word, df in spread.items()}
        self.vectors = [self.weighed(v) for v in self.vectors]

    @staticmethod
    def vector(text: str) -> dict[str, float]:
        counts = Counter(w for w in WORD.findall(fold(text)) if not w.isdigit())
        return {word: 1 + math.log(n) for word, n in counts.items()}

    def weighed(self, vector: dict[str, float]) -> dict[str, float]:
        weights = {w: tf * self.idf.get(w, 0.0) for w, tf in vector.items()}
        norm = math.sqrt(sum(x * x for x in weights.values())) or 1.0
        return {w: x / norm for w, x in weights.items()}

    def ranked(self, text: str, before: Asked | None, exclude: set[int]) -> list[int]:
        query = self.weighed(self.vector(text))
        scores = {}
        for place, vector in enumerate(self.vectors):
            if place in exclude:
                continue
            if before is not None and not before.after(asked_of(self.catalog.summary(place))):
                continue
            score = sum(x * vector.get(w, 0.0) for w, x in query.items())
            if score > 0:
                scores[place] = score
        return sorted(scores, key=scores.__getitem__, reverse=True)


def _without_references(text: str) -> str:
    """A text with the sets it names taken out (the query of a linked pair is its words only)."""
    for reference in sorted(find_references(text, ""), reverse=True):
        if reference.kind == "set":
            text = text[: reference.start] + text[reference.end :]
    return re.sub(r"(?i)aanhangsel(?:\s+van\s+de)?\s+handelingen", "", text)


def _query(dossier: Dossier, text: str, before: Asked | None, place: int) -> Query:
    return Query(text, dossier.title, tuple(dossier.addressees), before=before, exclude=frozenset({place}),
                 people=people_of(dossier))  # fmt: skip


def linked_pairs(catalog: Catalog, baseline: TfIdf) -> Iterator[Pair]:
    """Each set of the store that names another, with where the named one ranks."""
    for place in range(catalog.dossier_count):
        dossier = catalog.dossier(place)
        for ident in named_sets(all_text(dossier)):
            wanted = catalog.place_of(ident)
            if wanted is None or wanted == place:
                continue
            asked = asked_of(dossier)
            before = asked if asked.after(asked_of(catalog.summary(wanted))) else None
            text = _without_references(dossier_text(dossier))
            query = _query(dossier, text, before, place)
            query = dataclasses.replace(query, subject=_without_references(dossier.title))
            found = [f.place for f in ranked(catalog, query, DEEPEST)]
            theirs = baseline.ranked(text, before, {place})
            yield Pair("linked", dossier.id, catalog.summary(wanted).id, _rank(found, wanted), _rank(theirs, wanted))


def linked_page_pairs(catalog: Catalog, baseline: TfIdf, pairs: Sequence[PagePair]) -> Iterator[Pair]:
    """Each pair from the pages: the later passage without the words naming the earlier, and where the earlier
    ranks among all the store's sets, for kqreader and TF-IDF."""
    for pair in pairs:
        place, wanted = catalog.place_of(pair.later.number), catalog.place_of(pair.earlier.number)
        if place is None or wanted is None:
            continue
        text = _without_references(pair.later.text.replace(pair.reference, " "))
        subject = _without_references(pair.later.subject.replace(pair.reference, " "))
        query = Query(text, subject, exclude=frozenset({place}))
        found = [f.place for f in ranked(catalog, query, DEEPEST)]
        theirs = baseline.ranked(text, None, {place})
        yield Pair("pages", pair.later.set, pair.earlier.set, _rank(found, wanted), _rank(theirs, wanted))


def _without_words(text: str, words: str) -> str:
    """A text without the words given, wherever the page's line ends broke them ("ant-woord") or the parser joined
    them again; the words between may be set off by any punctuation."""
    tokens = re.findall(r"\w+", re.sub(r"(?<=\w)-\s*(?=\w)", "", words))
    if not tokens:
        return text
    pattern = r"\W*".join(r"(?:-\s*)?".join(map(re.escape, token)) for token in tokens)
    return re.sub(pattern, " ", text, flags=re.IGNORECASE)


def sgd_pairs(catalog: Catalog, baseline: TfIdf) -> tuple[list[Pair], int]:
    """The linked pairs inside the crawl (`similar/pairs_sgd.jsonl`, found by reading): each later set without the
    words naming the earlier one (and any reference kqreader reads) as the query, the earlier one wanted among the
    first five, as in `linked_pairs`; and how many pairs there are (ends the parser does not read are left out)."""
    rows = [orjson.loads(line) for line in SGD_PAIRS.read_text("utf-8").splitlines() if line.strip()]
    found = []
    for row in rows:
        place, wanted = catalog.place_of(row["later"]["set"]), catalog.place_of(row["earlier"]["set"])
        if place is None or wanted is None:
            continue
        dossier = catalog.dossier(place)
        asked = asked_of(dossier)
        before = asked if asked.after(asked_of(catalog.summary(wanted))) else None
        text, subject = dossier_text(dossier), dossier.title
        for words in (row["later"]["reference"], *row["later"].get("other_references", ())):
            text, subject = _without_words(text, words), _without_words(subject, words)
        text = _without_references(text)
        query = dataclasses.replace(_query(dossier, text, before, place), subject=_without_references(subject))
        ours = [f.place for f in ranked(catalog, query, DEEPEST)]
        theirs = baseline.ranked(text, before, {place})
        found.append(Pair("sgd", dossier.id, catalog.summary(wanted).id, _rank(ours, wanted), _rank(theirs, wanted)))
    return found, len(rows)


def named_counts(catalog: Catalog) -> dict[str, int]:
    """How many sets the store's sets name (another set, each pair once), and how many of those the store holds: the
    linked pairs there can be."""
    named = {(catalog.dossier(p).id, ident) for p in range(catalog.dossier_count)
             for ident in named_sets(all_text(catalog.dossier(p))) if ident != catalog.dossier(p).id}  # fmt: skip
    return {"named": len(named), "in the store": sum(1 for _q, ident in named if catalog.place_of(ident) is not None)}


def _rank(places: list[int], wanted: int) -> int | None:
    return places.index(wanted) + 1 if wanted in places else None


def judged_queries(catalog: Catalog, baseline: TfIdf, fields: dict[str, str]) -> list[dict[str, Any]]:
    """Each set with a field as a query, as `kqreader similar` runs it: what it shows, and what TF-IDF's first five
    are, each shown set with its field (None: not judged)."""
    judged = []
    for place in range(catalog.dossier_count):
        dossier = catalog.dossier(place)
        field = fields.get(dossier.id)
        if field is None or field == "onbekend":
            continue
        asked = asked_of(dossier)
        earlier = [p for p in range(catalog.dossier_count) if p != place and asked.after(asked_of(catalog.summary(p)))]
        shown = [f.id for f in similar_sets(catalog, place, limit=SHOWN)]
        theirs = [catalog.summary(p).id for p in baseline.ranked(dossier_text(dossier), asked, {place})[:SHOWN]]
        judged.append({
            "query": dossier.id, "field": field, "part": part_of(dossier.id),
            "earlier_in_field": sum(1 for p in earlier if fields.get(catalog.summary(p).id) == field),
            "shown": [(ident, fields.get(ident)) for ident in shown],
            "tfidf": [(ident, fields.get(ident)) for ident in theirs],
        })  # fmt: skip
    return judged


def split_pairs(catalog: Catalog) -> Iterator[Pair]:
    dossiers = [catalog.dossier(p) for p in range(catalog.dossier_count)]
    for n, dossier in enumerate(dossiers):
        if len(dossier.questions) < SHORTEST_SPLIT:
            continue
        half = len(dossier.questions) // 2
        first = dataclasses.replace(dossier, questions=dossier.questions[:half])
        halved = Catalog([*dossiers[:n], first, *dossiers[n + 1 :]], TODAY)
        text = dossier_text(dossier, dossier.questions[half:])
        query = Query(text, "", tuple(dossier.addressees), people=people_of(dossier))
        found = [f.place for f in ranked(halved, query, DEEPEST)]
        yield Pair("split", dossier.id, dossier.id, _rank(found, n))


def pair_scores(pairs: list[Pair]) -> dict[str, float | int]:
    """How many pairs, recall@1, recall@5 and the mean reciprocal rank (and TF-IDF's recall@5 where it ran)."""
    count = len(pairs)
    if not count:
        return {"pairs": 0}
    found = {
        "pairs": count,
        "recall@1": sum(1 for p in pairs if p.rank == 1) / count,
        "recall@5": sum(1 for p in pairs if p.rank is not None and p.rank <= SHOWN) / count,
        "mrr": sum(1 / p.rank for p in pairs if p.rank is not None) / count,
    }
    if pairs[0].kind in ("linked", "pages", "sgd"):
        found["tfidf recall@5"] = sum(1 for p in pairs if p.baseline is not None and p.baseline <= SHOWN) / count
    return found


def judged_scores(judged: list[dict[str, Any]]) -> dict[str, float | int]:
    """Of the sets shown, the share in the query's field (kqreader and TF-IDF); sets shown a query; and of the
    queries with no earlier set in their field, the share that shows nothing."""
    result: dict[str, float | int] = {"queries": len(judged)}
    for key in ("shown", "tfidf"):
        shown = [field for j in judged for _i, field in j[key] if field is not None]
        on = sum(1 for j in judged for _i, field in j[key] if field == j["field"])
        result[f"{key} sets"] = len(shown)
        result[f"{key} on the field"] = on / len(shown) if shown else 1.0
    none = [j for j in judged if not j["earlier_in_field"]]
    result["queries with nothing earlier in the field"] = len(none)
    result["of those, showing nothing"] = sum(1 for j in none if not j["shown"]) / len(none) if none else 1.0
    return result


def evaluate(
    folders: Sequence[Path], week: bool = True, splits: bool = True, crawl: bool = True, pages: Path | None = None
) -> dict[str, Any]:
    fields = orjson.loads(FIELDS.read_bytes())["fields"]
    pairs, passages = page_pairs(pages) if pages is not None else ([], [])
    with store_of(folders, week, crawl) as catalog:
        baseline = TfIdf(catalog)
        linked = list(linked_pairs(catalog, baseline))
        crawled, written = sgd_pairs(catalog, baseline) if crawl else ([], 0)
        judged = judged_queries(catalog, baseline, fields)
        count = catalog.dossier_count
        named = named_counts(catalog)
    from_pages: list[Pair] = []
    if pages is not None:  # a store of its own: the judged figures stay those of the store without the pages
        with store_of(folders, week, crawl, passages) as catalog:
            from_pages = list(linked_page_pairs(catalog, TfIdf(catalog), pairs))
            result_pages = {"sets": catalog.dossier_count, "passages": len(passages), "pairs": len(pairs)}
    halves = []
    if splits:  # a catalog a split: quadratic in the store, so measured on the sets without the crawl's pages
        with store_of(folders, week, crawl=False) as catalog:
            halves = list(split_pairs(catalog))
    result: dict[str, Any] = {"sets": {"count": count, **named}}
    result["linked pairs"] = [dataclasses.asdict(p) for p in linked]
    result["sgd"] = {"pairs": written, "pairs in the store": len(crawled)}
    result["sgd pairs"] = [dataclasses.asdict(p) for p in crawled]
    if pages is not None:
        result["pages"] = {**result_pages, "pairs in the store": len(from_pages)}
        result["page pairs"] = [dataclasses.asdict(p) for p in from_pages]
    for part in ("dev", "held-out"):
        result[part] = {
            "linked": pair_scores([p for p in linked if part_of(p.query) == part]),
            "judged": judged_scores([j for j in judged if j["part"] == part]),
            "split": pair_scores([p for p in halves if part_of(p.query) == part]),
            "pages": pair_scores([p for p in from_pages if part_of(p.query) == part]),
            "sgd": pair_scores([p for p in crawled if part_of(p.query) == part]),
        }
    result["all"] = {"linked": pair_scores(linked), "judged": judged_scores(judged), "split": pair_scores(halves),
                     "pages": pair_scores(from_pages), "sgd": pair_scores(crawled)}  # fmt: skip
    result["judged queries"] = judged
    return result


def pairs_folder(folder: Path) -> Path | None:
    """The folder of pairs from pages, or None with one line saying it is not there (the rest runs as before)."""
    if (folder / "pairs.jsonl").is_file():
        return folder
    print(f"no linked pairs from pages: {folder / 'pairs.jsonl'} is not there; the evaluation runs without them")
    return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="kqreader similar beside TF-IDF: linked pairs, judged queries")
    parser.add_argument("folders", nargs="*", type=Path, default=list(FOLDERS))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-week", action="store_true", help="leave the week of November 2024 out")
    parser.add_argument("--no-crawl", action="store_true", help="leave the crawl's other Aanhangsel pages out")
    parser.add_argument("--pairs", type=Path, help="a folder of linked pairs from stored pages (pairs.jsonl)")
    args = parser.parse_args(argv)
    pages = pairs_folder(args.pairs) if args.pairs is not None else None
    result = evaluate(args.folders, not args.no_week, crawl=not args.no_crawl, pages=pages)
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")
        return
    sets = result["sets"]
    print(f"sets: {sets['count']}; named by another: {sets['named']}, of which in the store: {sets['in the store']}")
    for pair in result["linked pairs"]:
        print(f"linked pair: {pair['query']} names {pair['wanted']}: rank {pair['rank']}, TF-IDF {pair['baseline']}")
    print(f"sgd pairs: {result['sgd']['pairs']} in pairs_sgd.jsonl, with both ends in the store: "
          f"{result['sgd']['pairs in the store']}")
    for pair in result["sgd pairs"]:
        print(f"sgd pair: {pair['query']} names {pair['wanted']}: rank {pair['rank']}, TF-IDF {pair['baseline']}")
    if "pages" in result:
        found = result["pages"]
        print(f"pages: {found['pairs']} pairs, {found['passages']} passages of distinct sets, "
              f"{found['sets']} sets in their store; pairs with both ends in it: {found['pairs in the store']}")
        for pair in result["page pairs"]:
            print(f"page pair: {pair['query']} names {pair['wanted']}: rank {pair['rank']}, TF-IDF {pair['baseline']}")
    for part in ("dev", "held-out", "all"):
        for kind in ("linked", "judged", "split", "pages", "sgd"):
            if kind == "pages" and "pages" not in result:
                continue
            line = ", ".join(f"{name} {value:.2f}" if isinstance(value, float) else f"{name} {value}"
                             for name, value in result[part][kind].items())  # fmt: skip
            print(f"{part} {kind}: {line}")


if __name__ == "__main__":
    main()
