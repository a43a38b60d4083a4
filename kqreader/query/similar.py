"""Earlier sets on the same subject ("eerder gevraagd"): the sets a set names or that name it, then a lexical
ranking over the store's word index — no model, no server.

The ranking is BM25 with a dossier as the document: a word's frequency in a set is the number of its questions
(with their answers) that hold it, a set's length its number of questions. Query words are the set's own (subject,
questions, answers) less Dutch function words; each is matched by its Snowball stem (vergunning finds vergunningen)
and, when it is long, as the head of a compound (stikstof finds stikstofuitstoot) — through the index's sorted words,
a prefix bisection each. Only the most distinctive words are looked up in every month (their spread is first guessed
from a sample of months), so a set costs the same in a term or thirty years. Sets addressed to the same ministry and
sets citing the same Kamerstukken or earlier sets rank higher. No Textual here.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from kqreader.facts.mentions import cited_documents, named_sets
from kqreader.i18n import N_
from kqreader.index.wordindex import WordIndex
from kqreader.index.words import WORD
from kqreader.model import Dossier, Question
from kqreader.text.folding import fold

if TYPE_CHECKING:
    from kqreader.query.catalog import Catalog

Relation = Literal["named", "names-this", "similar"]  # the set names it; it names the set; alike in words
RELATION_NAMES: dict[Relation, str] = {"named": N_("named in it"), "names-this": N_("names it"), "similar": N_("alike")}

K1, B = 1.2, 0.75  # BM25's usual constants
QUERY_WORDS = 24  # the most distinctive words of a set looked up in every month
POSTINGS_BUDGET = 200_000  # question numbers read at most for one ranking (the rarest words first)
SAMPLE_MONTHS = 12  # months read to guess how widespread each word is
MOST_SPREAD = 0.05  # a word in more than this share of the sampled questions says nothing of a subject
FEWEST_CUT = 20  # ... unless it is in this few (a small store: its idf says enough)
COMPOUND_HEAD = 6  # a query word this long also finds the compounds it starts
PLURAL_ENDINGS = ("en", "s", "e")  # left off a word to find the compounds it starts
LONGEST_SCAN = 64  # words a prefix may start in a month (on average) and still be read for its forms
SHORTEST_PREFIX = 4  # a stem shorter than this is matched as the words themselves (no prefix scan)
INFLECTION = 5  # an index word more than this longer than the stem is no inflection of it (not stemmed)
MINISTRY_BOOST = 0.2  # addressed to one of the same ministries: its score times 1.2
CITED_BOOST = 0.5  # for each Kamerstuk or set both cite: times 1.5 more
RERANKED = 4  # times the limit: the candidates read whole to find shared citations
FEWEST_SHARED = 2  # a set sharing one word only is alike by chance ("verdwijnen", "kleinere"): not shown
SUBJECT_WEIGHT = 3  # a word of the subject line counts as this many in the text
SHARED_SHOWN = 6  # the words in common shown with a similar set

# Dutch function words (Snowball's list) and the words every Kamervraag and answer has
_STOP_WORDS = """
aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen
geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men
met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van
veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
antwoord antwoorden bent bereid bericht kamerstuk kamerstukken daarbij daarvan deelt eerder ermee graag hierover
hoeveel indien kamer kennis kunt mening minister ministerie nee genomen staatssecretaris toelichten vraag vragen
waarom welke wilt zie zo'n klopt
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer  # loads the stemmers of 30 languages: only when a ranking is asked for

    return snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """A folded word's Snowball stem (the same word recurs in every month's index: kept)."""
    return str(_stemmer().stemWord(word))


@dataclass(frozen=True)
class Concept:
    """One query word with its inflections: what the index is searched for."""

    stem: str
    words: tuple[str, ...]  # the forms the query text has
    weight: int  # how often the query text says it
    scan: bool = True  # its prefix's words are read for inflections and compounds (else: its own forms only)
    decided: dict[bytes, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)  # word -> its?

    @property
    def prefix(self) -> str:
        start = self.stem
        for word in self.words:
            while not word.startswith(start):
                start = start[:-1]
        return start

    def matches(self, key: str) -> bool:
        """An index word is this concept's: the same stem, or a compound one of its long forms starts."""
        return self.matches_utf8(key.encode())

    def matches_utf8(self, word: bytes) -> bool:
        """`matches` of a word as the index keeps it, decided once per word (the months share most of theirs)."""
        found = self.decided.get(word)
        if found is None:
            found = self.decided[word] = self._matches(str(word, "utf-8"))
        return found

    def _matches(self, key: str) -> bool:
        if key in self.words:
            return True
        if len(key) <= len(self.stem) + INFLECTION and stem(key) == self.stem:
            return True
        return any(len(head) >= COMPOUND_HEAD and key.startswith(head) for head in map(_head, self.words))


def _head(word: str) -> str:
    """A word as the head of a compound: without a plural's or an adjective's ending (vergunningen → vergunning)."""
    for ending in PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= COMPOUND_HEAD:
            return word[: -len(ending)]
    return word


def concepts_of(text: str, subject: str = "") -> list[Concept]:
    """The words of a text that can say its subject, grouped by stem (function words, numbers and short words out);
    the words of its subject line count SUBJECT_WEIGHT times."""
    counts = Counter(_subject_words(text))
    for word in _subject_words(subject):
        counts[word] += SUBJECT_WEIGHT
    forms: defaultdict[str, list[str]] = defaultdict(list)
    for word in counts:
        forms[stem(word)].append(word)
    return [Concept(s, tuple(words), sum(counts[w] for w in words)) for s, words in forms.items()]


def _subject_words(text: str) -> Iterable[str]:
    return (w for w in WORD.findall(fold(text)) if len(w) > 2 and not w.isdigit() and w not in STOP_WORDS)


def places_of(index: WordIndex, concept: Concept) -> list[int]:
    """Where the words of one month's index that are the concept's lie in its `words`."""
    keys = index.words
    prefix = concept.prefix
    count = len(keys)
    if not concept.scan or len(prefix) < SHORTEST_PREFIX:  # the words themselves
        places = (index.first_from(word) for word in concept.words)
        return [at for at in places if at < count and keys[at] in concept.words]
    start = index.first_from(prefix)
    starting = getattr(keys, "starting", None)  # a reader file's words: read as bytes, decoded only when new
    if starting is not None:
        return [at for at, word in starting(prefix, start) if concept.matches_utf8(word)]
    found = []
    for at in range(start, count):  # the words that start with the prefix (no bisection for the range's end)
        key = keys[at]
        if not key.startswith(prefix):
            break
        if concept.matches(key):
            found.append(at)
    return found


def holding(index: WordIndex, concept: Concept) -> int:
    """About how many of the month's questions hold the concept: its query forms only (a bisection each, no scan of
    the words the prefix starts), a question holding two of them counted twice."""
    return sum(len(index.exact(word)) for word in concept.words)


@dataclass
class Found:
    """A set found for another, with why."""

    place: int  # its place in the catalog's list
    id: str
    relation: Relation
    score: float = 0.0
    question: int | None = None  # the printed number of its question most alike (None: the set as a whole)
    shared: tuple[str, ...] = ()  # the query's words it holds, the most distinctive first
    cited: tuple[str, ...] = field(default=())  # the Kamerstukken and sets both cite


@dataclass
class Query:
    """What to look for: words, and what is known of the set they come from."""

    text: str
    subject: str = ""
    addressees: tuple[str, ...] = ()
    cited: frozenset[str] = frozenset()
    before: date | None = None  # only sets submitted before this day (None: any)
    exclude: frozenset[int] = frozenset()  # places never shown (the set itself)


def dossier_text(dossier: Dossier, questions: Iterable[Question] | None = None) -> str:
    """What a set says: its subject, its questions and their answers (or only some of its questions)."""
    chosen = dossier.questions if questions is None else list(questions)
    parts = [dossier.title]
    for question in chosen:
        parts.append(question.text)
        parts.extend(a.text for a in (question.answer, question.further) if a is not None)
    return "\n".join(parts)


def ranked(catalog: Catalog, query: Query, limit: int = 10) -> list[Found]:
    """The sets most alike in words to the query's, best first (BM25, then the ministry and citation boosts)."""
    concepts = _chosen(catalog, concepts_of(query.text, query.subject))
    if not concepts:
        return []
    layout = catalog.layout
    owner = layout.owner
    counts = catalog.dossier_count
    average = max(1.0, catalog.question_count / max(1, counts))
    scores: defaultdict[int, float] = defaultdict(float)
    sharing: Counter[int] = Counter()  # how many of the query's words each set holds
    held: list[tuple[Concept, float, set[int]]] = []  # each concept's weight and the questions holding it
    budget = POSTINGS_BUDGET
    lengths = layout.counts  # a set's length: its number of questions
    saturation: dict[tuple[int, int], float] = {}  # BM25's term frequency part, by (frequency, length)
    collected: dict[Concept, set[int]] = {concept: set() for concept in concepts}
    for first, index in catalog.indexes():  # each month opened once, all the words looked up in it
        for concept, numbers in collected.items():
            for at in places_of(index, concept):  # shifted to the list's numbers in C
                numbers.update(map(first.__add__, index.numbers_of(at)))
    for concept, numbers in collected.items():
        if not numbers or len(numbers) > budget:
            continue
        budget -= len(numbers)
        per_set = Counter(map(owner.__getitem__, numbers))
        weight = _idf(counts, len(per_set)) * _query_weight(concept)
        held.append((concept, weight, numbers))
        sharing.update(per_set.keys())
        for place, tf in per_set.items():
            shape = (tf, lengths[place])
            saturated = saturation.get(shape)
            if saturated is None:  # few shapes: most sets hold a word in one question, and have a few questions
                saturated = saturation[shape] = tf * (K1 + 1) / (tf + K1 * (1 - B + B * shape[1] / average))
            scores[place] += weight * saturated
    shown = (p for p in scores if p not in query.exclude and sharing[p] >= FEWEST_SHARED)
    best = sorted(shown, key=scores.__getitem__, reverse=True)
    chosen: list[Found] = []
    for place in best:
        summary = catalog.summary(place)
        asked = summary.submitted or summary.answered
        if query.before is not None and (asked is None or asked >= query.before):
            continue
        chosen.append(Found(place, summary.id, "similar", scores[place]))
        if len(chosen) >= limit * RERANKED:
            break
    for found in chosen:
        _boost(catalog, query, found)
    chosen.sort(key=lambda f: f.score, reverse=True)
    for found in chosen[:limit]:  # only the ones shown are explained
        _explain(catalog, found, held)
    return chosen[:limit]


def _chosen(catalog: Catalog, concepts: list[Concept]) -> list[Concept]:
    """The concepts worth looking up everywhere: those weighing most in the query (how often it says them, how rare
    they are in a sample of months), without the words too widespread to tell a subject."""
    months = catalog.month_count
    sample = sorted({round(i * (months - 1) / max(1, SAMPLE_MONTHS - 1)) for i in range(min(months, SAMPLE_MONTHS))})
    indexes = [catalog.index(m) for m in sample]
    questions = sum(index.questions for index in indexes) or 1
    held = {c: sum(holding(index, c) for index in indexes) for c in concepts}
    most = max(MOST_SPREAD * questions, FEWEST_CUT)
    kept = [c for c in concepts if held[c] <= most]
    kept.sort(key=lambda c: _idf(questions, held[c]) * _query_weight(c), reverse=True)
    return [_scanned_or_not(c, indexes) for c in kept[:QUERY_WORDS]]


def _scanned_or_not(concept: Concept, indexes: list[WordIndex]) -> Concept:
    """A concept whose prefix starts too many words (werk: werkgever, werkloosheid, …) is looked for as its own forms:
    reading them all in every month would cost more than the rest of the ranking."""
    words = sum(len(index.prefix_range(concept.prefix)) for index in indexes) / max(1, len(indexes))
    return concept if words <= LONGEST_SCAN else replace(concept, scan=False)


def _idf(documents: int, holding: int) -> float:
    """BM25's inverse document frequency."""
    return math.log(1 + (documents - holding + 0.5) / (holding + 0.5))


def _query_weight(concept: Concept) -> float:
    """How much the query's saying a word again adds (less and less)."""
    return 1 + math.log(concept.weight)


def _boost(catalog: Catalog, query: Query, found: Found) -> None:
    """Addressed to the same ministry, and citing the same Kamerstukken or sets: higher."""
    summary = catalog.summary(found.place)
    theirs = {fold(a) for a in summary.addressees}
    if theirs & {fold(a) for a in query.addressees}:
        found.score *= 1 + MINISTRY_BOOST
    if query.cited:
        both = query.cited & cited_documents(dossier_text(catalog.dossier(found.place)))
        found.cited = tuple(sorted(both))
        found.score *= 1 + CITED_BOOST * len(both)


def _explain(catalog: Catalog, found: Found, held: list[tuple[Concept, float, set[int]]]) -> None:
    """Its question most alike (the most weight of the query's words) and the words it shares."""
    first = catalog.layout.first
    numbers = range(first[found.place], first[found.place + 1])
    weights = {n: sum(w for _c, w, holding in held if n in holding) for n in numbers}
    best = max(weights, key=weights.__getitem__, default=None)
    if best is not None and weights[best] > 0:
        found.question = catalog.dossier(found.place).questions[best - first[found.place]].number
    shared = [c for c, _w, holding in sorted(held, key=lambda h: -h[1]) if any(n in holding for n in numbers)]
    found.shared = tuple(c.words[0] for c in shared[:SHARED_SHOWN])


def named_by(catalog: Catalog, dossier: Dossier, place: int) -> list[Found]:
    """The sets the set names (in its questions or answers) and those that name it, as the store has them."""
    found: list[Found] = []
    seen = {place}
    for ident in named_sets(dossier_text(dossier)):
        at = catalog.place_of(ident)
        if at is not None and at not in seen:
            seen.add(at)
            found.append(Found(at, catalog.summary(at).id, "named"))
    for at in catalog.citing_places(dossier.id):  # found by the word index: no lookup by id again
        if at not in seen:
            seen.add(at)
            found.append(Found(at, catalog.summary(at).id, "names-this"))
    return found


def similar_sets(
    catalog: Catalog, place: int, question: int | None = None, limit: int = 10, later_too: bool = False
) -> list[Found]:
    """For the set at `place` (or one of its questions, by printed number): the sets it names or that name it, then
    the earlier sets most alike in words (also the later ones with `later_too`)."""
    dossier = catalog.dossier(place)
    chosen = dossier.questions if question is None else [q for q in dossier.questions if q.number == question]
    text = dossier_text(dossier, chosen)
    explicit = named_by(catalog, dossier, place)
    query = Query(
        text,
        dossier.title,
        tuple(dossier.addressees),
        frozenset(cited_documents(text)),
        None if later_too else dossier.submitted or dossier.answered,
        frozenset({place, *(f.place for f in explicit)}),
    )
    return [*explicit, *ranked(catalog, query, limit)]


def answer_excerpt(catalog: Catalog, found: Found, characters: int = 300) -> str:
    """The start of the answer to its question most alike (or its first answer), on one line."""
    dossier = catalog.dossier(found.place)
    question = dossier.question(found.question) if found.question is not None else None
    answers = [question.answer] if question is not None and question.answer is not None else dossier.answers[:1]
    if not answers or answers[0] is None:
        return ""
    text = " ".join(answers[0].text.split())
    return text if len(text) <= characters else text[: characters - 1].rstrip() + "…"


class Described(TypedDict):
    """A found set as the JSON output and the reader's view show it."""

    id: str
    relation: Relation
    score: float
    title: str
    submitted: str | None
    askers: list[str]
    question: int | None
    shared_words: list[str]
    shared_citations: list[str]
    answer: str


def described(catalog: Catalog, found: Found) -> Described:
    """What the JSON output and the reader's view show of a found set."""
    summary = catalog.summary(found.place)
    return {
        "id": found.id,
        "relation": found.relation,
        "score": round(found.score, 3),
        "title": summary.title,
        "submitted": summary.submitted.isoformat() if summary.submitted else None,
        "askers": [person.name for person in summary.askers],
        "question": found.question,
        "shared_words": list(found.shared),
        "shared_citations": list(found.cited),
        "answer": answer_excerpt(catalog, found),
    }
