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
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from kqreader.facts.mentions import all_text, cited_documents, named_sets
from kqreader.facts.ministries import MINISTRIES, ministries_named
from kqreader.facts.references import yearless_aanhangsels
from kqreader.i18n import N_
from kqreader.index.wordindex import WordIndex
from kqreader.index.words import WORD
from kqreader.model import AANHANGSEL, ZAAKNUMMER, Dossier, House, Question, aanhangsel_id
from kqreader.text.dates import vergaderjaar
from kqreader.text.folding import fold
from kqreader.text.names import IN_T, PARTICLE

if TYPE_CHECKING:
    from kqreader.query.catalog import Catalog

# the set names it; ... by an Aanhangsel number without a year (the set's own vergaderjaar or the one before
# assumed); it names the set; alike in words
Relation = Literal["named", "named-maybe", "names-this", "similar"]
NONE_EARLIER = N_("no earlier questions on this subject found")  # what is said when nothing is shown (one line)
NONE_AT_ALL = N_("no other questions on this subject found")  # ... with the later sets too
RELATION_NAMES: dict[Relation, str] = {"named": N_("named in it"), "named-maybe": N_("named in it? (number, no year)"),
                                       "names-this": N_("names it"), "similar": N_("alike")}  # fmt: skip

K1, B = 1.2, 0.75  # BM25's usual constants
QUERY_WORDS = 16  # the most distinctive words of a set looked up in every month (24 took twice the time, found no more)
POSTINGS_BUDGET = 200_000  # question numbers read at most for one ranking (the rarest words first)
SAMPLE_MONTHS = 12  # months read to guess how widespread each word is
MOST_SPREAD = 0.05  # a word in more than this share of the sampled questions says nothing of a subject
FEWEST_CUT = 20  # ... unless it is in this few (a small store: its idf says enough)
COMPOUND_HEAD = 6  # a query word this long also finds the compounds it starts
PLURAL_ENDINGS = ("en", "s", "e")  # left off a word to find the compounds it starts
_DERIVED = """
atie aties atief atieve ateur ateurs eren ering eringen erend isch ische isme ismen ist isten istisch eel ele aal
ale alen ief ieve iek ieken iteit iteiten heid heden loos loze lijk lijke lijkheid baar bare schap schappen ster
sters tje tjes
"""  # endings that make another word of a head, not a compound with it (document: documentatie)
DERIVED = frozenset(_DERIVED.split())
LONGEST_SCAN = 64  # words a prefix may start in a month (on average) and still be read for its forms
SHORTEST_PREFIX = 4  # a stem shorter than this is matched as the words themselves (no prefix scan)
INFLECTION = 5  # an index word more than this longer than the stem is no inflection of it (not stemmed)
MINISTRY_BOOST = 0.2  # addressed to one of the same ministries: its score times 1.2
CITED_BOOST = 0.5  # for each Kamerstuk or set both cite: times 1.5 more
EXAMINED = 12  # times the limit: the best candidates weighed word by word (their people's names out, the floor)
FEWEST_SHARED = 2  # a set sharing one word only is alike by chance ("verdwijnen", "kleinere"): not shown
SHARED_TELLING = 0.5  # ... counting the words that tell this much of a subject or more (not "Azië" and "groot")
SUBJECT_WEIGHT = 3  # a word of the subject line counts as this many in the text
QUESTION_WEIGHT = 3  # a word of the question asked about (r on a question's row) counts as this many
TITLE_WEIGHT = 2  # a shared word in the found set's own subject line weighs this many times in its evidence
FLOOR = 0.26  # the evidence a set needs to be shown: this share of what the query's chosen words weigh together
OTHER_MINISTRY = 1.5  # ... times this for a set addressed to none of the query's ministries (another field, likely)
SHARED_SHOWN = 6  # the words in common shown with a similar set
COMMON_FROM = 0.015  # a word more than this share of the sets of common_words.txt hold says less of a subject
COMMON_TO = 0.1  # ... down to COMMON_LEAST of its weight at this share or more ("maatregelen", "groot", "staan")
COMMON_LEAST = 0.25
UNSEEN_QUESTIONS = 1000  # how widespread a word is, as if the store held this many more questions, none holding it
# (a small store, on a few subjects, makes its subjects' words look common)
GLUED = 1  # a word held by at most this many sampled questions may be two words an extraction glued together

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
# Words that say when, how much or how the Kamer and the ministries work, never what about (issue #40: sets alike
# through "november", "kort", "termijn", "werkzaamheden"; and "Nederland", which nearly every Dutch set is about: a
# 2024 set on bird flu in Asia and a 1984 one on Cambodian refugees alike through "Azië" and "Nederland"; the words
# that stand for a clause, "waarvan", "daartoe", "hierin", and a letter's "mijns inziens", "desbetreffende"; and the
# points of the compass, which place a subject but are none: Noord-Brabant and West-Brabant are not alike by "noord")
_NO_SUBJECT = """
januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr jun jul aug
sep sept okt nov dec maandag dinsdag woensdag donderdag vrijdag zaterdag zondag week weken weekend dag dagen maand
maanden jaar jaren jaarlijks vandaag gisteren morgen jongstleden huidige thans inmiddels recent recente onlangs
binnenkort spoedig spoedige uiterlijk tijdig moment periode datum eind begin half halverwege
twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig honderd honderden duizend
duizenden miljoen miljoenen miljard miljarden procent aantal aantallen eerste tweede derde vierde vijfde laatste
kort korte korter termijn werkzaamheden beantwoording beantwoorden beantwoord beantwoordt bericht berichten
berichtgeving kennisnemen kennisgenomen kennisneming uitstel vertraging ingezonden ontvangen vergaderjaar aanhangsel
handelingen nummer lid leden kamerlid kamerleden fractie fracties regering kabinet brief brieven kamerbrief
voorzitter geachte informeren geïnformeerd geinformeerd toezeggen nader nadere hierbij daarnaast tevens echter
mogelijk mogelijke mogelijkheid mogelijkheden namelijk bovendien verder betreft betreffende inzake bekend bekende
artikel artikelen uitzending nieuws krant website https http www html nl pdf link zoals onder andere gaat gaan komt
komen wel waar hoe heel enkele aantal diverse verschillende ander anderen waarbij waarin waarop waarmee daarom
daarvoor daarmee hiervan hiervoor hiermee overigens vervolgens uiteraard gesteld stellen stelt vindt vinden
gaan kunnen zullen willen ministers staatssecretarissen minister-president premier mevrouw heer collega
antwoordt vraagt verzoek verzoeken verzocht uwer kamer's ingegaan ingaan gehouden houden plaatsvinden
incident bijgaand bijlage bijlagen kent volgens nogmaals opnieuw wederom aanvulling aanvullend eerdere vorige
nederland nederlandse nederlands nederlanders
waarvan waaraan waardoor waarover waaruit waarna waartoe waarvoor daaraan daarin daarop daardoor daarna daarover
daaruit daartoe hieraan hierin hierop hierdoor hierna hiertoe ervan erop erin eraan erover erdoor ertoe mijns
inziens dezerzijds desbetreffende
notitie notities commissievergadering commissievergaderingen uitgebreide vaste mondeling mondelinge herinnert
herinneren herinnering uitspraak uitspraken uitlating uitlatingen langs behoeven
noord zuid oost west noordelijk noordelijke zuidelijk zuidelijke oostelijk oostelijke westelijk westelijke
vvd pvv cda d66 pvda groenlinks christenunie pvdd nsc bbb fvd sgp ja21 50plus denk volt gl sp
"""
STOP_WORDS = frozenset(_STOP_WORDS.split()) | frozenset(_NO_SUBJECT.split())
_GLUE = frozenset(  # the function words an extraction glues to the next or the last word
    ("de", "het", "een", "van", "in", "op", "te", "bij", "en", "dat", "die", "is", "zijn", "voor", "met", "om", "aan",
     "of", "naar", "door", "uit"))  # fmt: skip
# A person the text names by a title: "het lid Van Nispen", "minister Faber", "de leden Six Dijkstra en Kathmann"
_TITLED_NAME = re.compile(
    r"\b(?:(?:het|de)\s+)?(?:kamer)?(?:lid|leden|minister(?:-president)?|ministers|staatssecretaris(?:sen)?|premier|"
    r"mevrouw|mevr\.|de\s+heer|dhr\.|collega|burgemeester|wethouder|gedeputeerde|commissaris)\s+"
    rf"(?P<names>(?:(?:[A-Z]\.)+\s*|(?:{PARTICLE}|{IN_T})\s+|[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*\s*"
    r"|(?:,|en)\s+(?=[A-Z]))+)")  # fmt: skip
_MINISTRY = re.compile(  # the minister's title, "de Minister van Volksgezondheid, Welzijn en Sport": no subject
    r"\b(?:ministers?|staatssecretaris(?:sen)?|ministerie)\s+(?:van\s+|voor\s+)?(?:"
    + "|".join(sorted((re.escape(n) for m, o in MINISTRIES.items() for n in (m, *o)), key=len, reverse=True))
    + r")\b", re.IGNORECASE)  # fmt: skip
_LINE_BREAK = re.compile(r"(?<=[a-zà-ÿ]{2})-\s*\n\s*(?=[a-zà-ÿ]{2})")  # "zorgver-⏎zekeraars": one word broken
_IN_WORD_HYPHEN = re.compile(r"\b([a-zà-ÿ]{2,})-([a-zà-ÿ]{2,})\b")  # "transforma-tiemiddelen": maybe a broken word
_HAS_DIGIT = re.compile(r"\d")
_WHOLE_WORD = re.compile(r"(?<!['’`])\b\w+")  # not the end of "ME'ers", "auto's" (a word of its own to the index)
_ZAAKNUMMER = re.compile(ZAAKNUMMER, re.IGNORECASE)
_ZAAK_LIKE = re.compile(r"(?:19|20)\d\dz\d{5}|\d+(?:e|ste|de|ste|jarige?|mln|mld|km|kg|uur)?")


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
        return any(len(head) >= COMPOUND_HEAD and key.startswith(head) and _compounded(key[len(head) :])
                   for head in map(_head, self.words))  # fmt: skip


def _compounded(rest: str) -> bool:
    """What follows a head in an index word makes a compound or an inflection of it ("vergunning|verlening",
    "vergunning|en"), not another word derived from it ("document|atie", "industri|alisatie": no subject in common)."""
    return len(rest) < 3 or rest not in DERIVED


def _head(word: str) -> str:
    """A word as the head of a compound: without a plural's or an adjective's ending (vergunningen → vergunning)."""
    for ending in PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= COMPOUND_HEAD:
            return word[: -len(ending)]
    return word


def concepts_of(text: str, subject: str = "", people: Iterable[str] = ()) -> list[Concept]:
    """The words of a text that can say its subject, grouped by stem (function words, words of dates, numbers and
    procedure, the minister's title, the names of people, and short words out); the words of its subject line count
    SUBJECT_WEIGHT times. `people`: the names known to be in it (its askers', its ministers')."""
    names = set(name_words(people))
    counts = Counter(w for w in _subject_words(cleaned(text)) if w not in names)
    for word in _subject_words(cleaned(subject)):
        if word not in names:
            counts[word] += SUBJECT_WEIGHT
    forms: defaultdict[str, list[str]] = defaultdict(list)
    for word in counts:
        forms[stem(word)].append(word)
    return [Concept(s, tuple(words), sum(counts[w] for w in words)) for s, words in forms.items()]


def cleaned(text: str) -> str:
    """A text without what says no subject though it has the words of one: the minister's title, the people it
    names by their title; and with the words an extraction broke at a line end whole again."""
    text = _LINE_BREAK.sub("", text)
    if "-" in text:
        text = _IN_WORD_HYPHEN.sub(lambda m: _rejoined(m, text), text)
    text = _MINISTRY.sub(" ", text)
    return _TITLED_NAME.sub(" ", text)


def _rejoined(match: re.Match[str], text: str) -> str:
    """"transforma-tiemiddelen" as one word when the text has it whole elsewhere (an extraction lost the line end);
    "niet-werkende" as it is."""
    joined = match[1] + match[2]
    return joined if re.search(rf"\b{joined}\b", text, re.IGNORECASE) else match[0]


def name_words(people: Iterable[str]) -> Iterable[str]:
    """The folded words of people's names ("D.M. van Weel" → "weel"; "van" and initials are no names)."""
    for name in people:
        for word in WORD.findall(fold(name)):
            if len(word) > 2 and word not in STOP_WORDS:
                yield word


def _subject_words(text: str) -> Iterable[str]:
    for word in _WHOLE_WORD.findall(fold(text)):
        if len(word) > 2 and word not in STOP_WORDS and not _HAS_DIGIT.search(word) and "_" not in word:
            yield word
        elif len(word) > 2 and _HAS_DIGIT.search(word) and sum(c.isalpha() for c in word) >= 3 and \
                not _ZAAK_LIKE.fullmatch(word):  # fmt: skip
            yield word  # covid19, a2: a name with a number in it (not a zaaknummer, a date or an amount)


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
    before: Asked | None = None  # only sets asked before this one (None: any)
    exclude: frozenset[int] = frozenset()  # places never shown (the set itself)
    people: tuple[str, ...] = ()  # the names of its askers and ministers: no subject


@dataclass(frozen=True)
class Asked:
    """When a set was asked, as far as it is known: the day it was submitted and its zaaknummer (the Kamer numbers
    sets in the order they come in, so on one day the lower number came first)."""

    day: date | None
    zaak: str | None
    answered: date | None = None

    def after(self, other: Asked) -> bool:
        """Whether this set came in after `other` (unknown: not after; a set of the same day and no zaaknummer
        to tell: not after either; one answered before this was asked: after it)."""
        if self.day is not None and other.day is not None and self.day != other.day:
            return self.day > other.day
        if self.zaak is not None and other.zaak is not None:
            return (int(self.zaak[:4]), int(self.zaak[5:])) > (int(other.zaak[:4]), int(other.zaak[5:]))
        return self.day is not None and other.day is None and other.answered is not None and other.answered < self.day


def asked_of(dossier: Dossier) -> Asked:
    """When a set was asked: its submission day (an answer letter without one: none) and its zaaknummer."""
    zaak = dossier.id.upper() if _ZAAKNUMMER.fullmatch(dossier.id) else None
    return Asked(dossier.submitted, zaak, dossier.answered)


def people_of(dossier: Dossier) -> tuple[str, ...]:
    """The names of a set's askers, its ministers and who signed its answers."""
    return (*(p.name for p in dossier.askers), *dossier.answered_by, *dossier.signatories)


def dossier_text(dossier: Dossier, questions: Iterable[Question] | None = None) -> str:
    """What a set says: its subject, its questions and their answers (or only some of its questions)."""
    chosen = dossier.questions if questions is None else list(questions)
    parts = [dossier.title]
    for question in chosen:
        parts.append(question.text)
        parts.extend(a.text for a in (question.answer, question.further) if a is not None)
    return "\n".join(parts)


def ranked(catalog: Catalog, query: Query, limit: int = 10) -> list[Found]:
    """The sets alike enough in words to the query's, best first (BM25, then the ministry and citation boosts): only
    those whose shared words weigh FLOOR of what the query's chosen words weigh (none rather than noise)."""
    concepts = _chosen(catalog, concepts_of(query.text, query.subject, query.people))
    if not concepts:
        return []
    held, scores = _scored(catalog, concepts)
    total = sum(weight for _c, weight, _n in held)
    ours = set(ministries_named(query.addressees))
    shown = (p for p in scores if p not in query.exclude)
    chosen: list[Found] = []
    for examined, place in enumerate(sorted(shown, key=scores.__getitem__, reverse=True)):
        if examined >= limit * EXAMINED or len(chosen) >= limit * 2:
            break
        summary = catalog.summary(place)
        if query.before is not None and not query.before.after(asked_of(summary)):
            continue
        theirs = set(ministries_named(summary.addressees))
        floor = FLOOR * (OTHER_MINISTRY if ours and theirs and not ours & theirs else 1)
        found = _weighed(catalog, place, summary, held, floor * total)
        if found is not None:
            chosen.append(found)
    for found in chosen:
        _boost(catalog, query, found)
    chosen.sort(key=lambda f: f.score, reverse=True)
    return chosen[:limit]


Held = list[tuple[Concept, float, set[int]]]  # each concept looked up: its weight and the questions holding it


def _scored(catalog: Catalog, concepts: list[Concept]) -> tuple[Held, dict[int, float]]:
    """Each concept's weight and the questions holding it; each set's BM25 score over them."""
    layout = catalog.layout
    owner = layout.owner
    counts = catalog.dossier_count
    average = max(1.0, catalog.question_count / max(1, counts))
    scores: defaultdict[int, float] = defaultdict(float)
    held: Held = []
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
        for place, tf in per_set.items():
            shape = (tf, lengths[place])
            saturated = saturation.get(shape)
            if saturated is None:  # few shapes: most sets hold a word in one question, and have a few questions
                saturated = saturation[shape] = tf * (K1 + 1) / (tf + K1 * (1 - B + B * shape[1] / average))
            scores[place] += weight * saturated
    return held, scores


def _weighed(
    catalog: Catalog, place: int, summary: Dossier, held: Held, needed: float
) -> Found | None:
    """A candidate weighed word by word: the words it shares less its own people's names (an MP Faber is not the
    minister Faber), each by its weight — twice when its subject line has it, else times the chance that a set of its
    length would not hold it anyway (a long set holds many common words: "maatregelen" in one of twenty questions
    says little, "glasaal" much) —; shown when they are FEWEST_SHARED or more and weigh `needed` together. Its
    score: its BM25 score over those words."""
    first = catalog.layout.first
    numbers = range(first[place], first[place + 1])
    names = set(name_words(people_of(summary)))
    title = set(WORD.findall(fold(summary.title)))
    average = max(1.0, catalog.question_count / max(1, catalog.dossier_count))
    score = titled = spread = 0.0
    questions = catalog.question_count + UNSEEN_QUESTIONS
    shared: list[tuple[float, Concept]] = []
    alike: Counter[int] = Counter()  # each question's weight of the shared words
    for concept, weight, holding in held:
        within = [n for n in numbers if n in holding]
        if not within or names.intersection(concept.words) or any(_is_name_of(w, names) for w in concept.words):
            continue
        tf = len(within)
        score += weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len(numbers) / average))
        shared.append((weight, concept))
        alike.update({n: weight for n in within})
        if any(concept.matches(word) for word in title):  # its subject line: said of the whole set
            titled += weight * TITLE_WEIGHT
        else:  # anywhere in its questions and answers: as much as it is unlikely that a set this long holds it anyway
            spread += weight * (1 - min(1.0, len(holding) / questions)) ** len(numbers)
    evidence = titled + spread
    telling = sum(1 for _w, concept in shared if min(map(_telling, concept.words)) >= SHARED_TELLING)
    if telling < FEWEST_SHARED or evidence < needed:
        return None
    found = Found(place, summary.id, "similar", score)
    found.shared = tuple(c.words[0] for _w, c in sorted(shared, key=lambda wc: -wc[0])[:SHARED_SHOWN])
    if alike:
        found.question = catalog.dossier(place).questions[alike.most_common(1)[0][0] - first[place]].number
    return found


def _is_name_of(word: str, names: set[str]) -> bool:
    """A word that is one of the names (a name is matched whole: "faber" is the name, "fabeltje" is not)."""
    return word in names


def _chosen(catalog: Catalog, concepts: list[Concept]) -> list[Concept]:
    """The concepts worth looking up everywhere: those weighing most in the query (how often it says them, how rare
    they are in a sample of months), without the words too widespread to tell a subject, and with two words an
    extraction glued together ("bijhet", "inmedische") read as the word that says something."""
    months = catalog.month_count
    sample = sorted({round(i * (months - 1) / max(1, SAMPLE_MONTHS - 1)) for i in range(min(months, SAMPLE_MONTHS))})
    indexes = [catalog.index(m) for m in sample]
    questions = sum(index.questions for index in indexes) or 1
    held = {c: sum(holding(index, c) for index in indexes) for c in concepts}
    concepts = _unglued(concepts, held, indexes)
    most = max(MOST_SPREAD * questions, FEWEST_CUT)
    kept = [c for c in concepts if held.get(c, 0) <= most]
    kept.sort(key=lambda c: _idf(questions, held.get(c, 0)) * _query_weight(c), reverse=True)
    return [_scanned_or_not(c, indexes) for c in kept[:QUERY_WORDS]]


def _unglued(concepts: list[Concept], held: dict[Concept, int], indexes: list[WordIndex]) -> list[Concept]:
    """The concepts with each that is two words glued ("vaneen", "zorgvande") replaced by the one of them that says
    something, or left out when neither does: a word the sample (nearly) never holds that is a function word and a
    word the sample does hold."""
    kept: list[Concept] = []
    for concept in concepts:
        word = concept.words[0]
        if held[concept] > GLUED or len(concept.words) > 1:
            kept.append(concept)
            continue
        part = _glued_part(word, indexes)
        if part is None:
            kept.append(concept)
        elif part:
            alone = Concept(stem(part), (part,), concept.weight)
            held[alone] = sum(holding(index, alone) for index in indexes)
            kept.append(alone)
    return kept


def _glued_part(word: str, indexes: list[WordIndex]) -> str | None:
    """The word that says something in two glued ones ("" when both are function words), None when `word` is not
    a function word and a known word glued."""
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        for function, other in ((head, tail), (tail, head)):
            if function in _GLUE and (other in STOP_WORDS or any(index.exact(other) for index in indexes)):
                return "" if other in STOP_WORDS or len(other) <= 2 else other
    return None


def _scanned_or_not(concept: Concept, indexes: list[WordIndex]) -> Concept:
    """A concept whose prefix starts too many words (werk: werkgever, werkloosheid, …) is looked for as its own forms:
    reading them all in every month would cost more than the rest of the ranking."""
    words = sum(len(index.prefix_range(concept.prefix)) for index in indexes) / max(1, len(indexes))
    return concept if words <= LONGEST_SCAN else replace(concept, scan=False)


def _idf(documents: int, holding: int) -> float:
    """BM25's inverse document frequency."""
    return math.log(1 + (documents - holding + 0.5) / (holding + 0.5))


def _query_weight(concept: Concept) -> float:
    """How much the query's saying a word again adds (less and less), times how much the word can say about a
    subject at all (a word everyone writes, "staan", "bestaande", little)."""
    return (1 + math.log(concept.weight)) * min(map(_telling, concept.words))


def _telling(word: str) -> float:
    """How much a word can tell of a subject by how many parliamentary questions hold it (common_words.txt): whole
    for the rarer words, less and less for those that many sets hold ("maatregelen", "groot", "staan")."""
    share = _common_words().get(word)
    if share is None or share <= COMMON_FROM:
        return 1.0
    spread = min(1.0, math.log(share / COMMON_FROM) / math.log(COMMON_TO / COMMON_FROM))
    return 1 - (1 - COMMON_LEAST) * spread


@lru_cache(maxsize=1)
def _common_words() -> dict[str, float]:
    """Each word of common_words.txt and the share of its sets holding it (read when a ranking is first asked for)."""
    rows = [line.split() for line in Path(__file__).with_name("common_words.txt").read_text("utf-8").splitlines()
            if line and not line.startswith("#")]  # fmt: skip
    sets = int(rows[0][1])
    return {word: int(holding) / sets for word, holding in rows[1:]}


def _boost(catalog: Catalog, query: Query, found: Found) -> None:
    """Addressed to the same ministry, and citing the same Kamerstukken or sets: higher."""
    summary = catalog.summary(found.place)
    if set(ministries_named(summary.addressees)) & set(ministries_named(query.addressees)):
        found.score *= 1 + MINISTRY_BOOST
    if query.cited:
        both = query.cited & cited_documents(dossier_text(catalog.dossier(found.place)))
        found.cited = tuple(sorted(both))
        found.score *= 1 + CITED_BOOST * len(both)


def named_by(catalog: Catalog, dossier: Dossier, place: int) -> list[Found]:
    """The sets the set names (anywhere: questions, answers, footnotes, the toelichting) and those that name it, as
    the store has them; a set named by an Aanhangsel number without a year, with a doubt."""
    found: list[Found] = []
    seen = {place}
    text = all_text(dossier)
    for ident in named_sets(text):
        at = catalog.place_of(ident)
        if at is not None and at not in seen:
            seen.add(at)
            found.append(Found(at, catalog.summary(at).id, "named"))
    years, house = vergaderjaren(dossier), _house(dossier)
    for number in yearless_aanhangsels(text):
        places = (catalog.place_of(aanhangsel_id(f"{year}{year + 1}", number, house)) for year in years)
        at = next((at for at in places if at is not None and at not in seen), None)
        if at is not None:
            seen.add(at)
            found.append(Found(at, catalog.summary(at).id, "named-maybe"))
    own = dict.fromkeys(i for i in (dossier.id, dossier.publication) if i)
    for at in (at for ident in own for at in catalog.citing_places(ident)):  # the word index: no lookup by id again
        if at not in seen:
            seen.add(at)
            found.append(Found(at, catalog.summary(at).id, "names-this"))
    return found


_PUBLISHED = re.compile(AANHANGSEL)


def _published(dossier: Dossier) -> list[re.Match[str]]:
    """The set's Aanhangsel ids (its published one, its own), as model.AANHANGSEL reads them."""
    return [m for m in map(_PUBLISHED.match, (dossier.publication or "", dossier.id)) if m]


def _house(dossier: Dossier) -> House:
    """Whose Aanhangsel a number the set names without a year is in: the set's own house's (the Tweede Kamer's when
    it has no Aanhangsel id)."""
    return "ek" if any(m["house"] == "ek" for m in _published(dossier)) else "tk"


def vergaderjaren(dossier: Dossier) -> list[int]:
    """The first years of the vergaderjaren an Aanhangsel number a set names without a year may be of, the likeliest
    first: its own (by its published id, or the days it was asked and answered), then the one before each."""
    years = [int(m["first"]) for m in _published(dossier)]
    years += [int(vergaderjaar(day)[:4]) for day in (dossier.submitted, dossier.answered) if day is not None]
    return list(dict.fromkeys([*years, *(year - 1 for year in years)]))


def similar_sets(
    catalog: Catalog, place: int, question: int | None = None, limit: int = 10, later_too: bool = False
) -> list[Found]:
    """For the set at `place` (or one of its questions, by printed number): the sets it names or that name it, then
    the earlier sets alike enough in words (also the later ones with `later_too`)."""
    dossier = catalog.dossier(place)
    text = dossier_text(dossier)
    if question is not None:  # the set's words, its question's again and again: one question says too little alone
        chosen = [q for q in dossier.questions if q.number == question]
        text = "\n".join([text, *[dossier_text(dossier, chosen)] * (QUESTION_WEIGHT - 1)])
    explicit = named_by(catalog, dossier, place)
    query = Query(
        text,
        dossier.title,
        tuple(dossier.addressees),
        frozenset(cited_documents(all_text(dossier))),
        None if later_too else asked_of(dossier),
        frozenset({place, *(f.place for f in explicit)}),
        people_of(dossier),
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
