"""The filter language, shared by the reader and `kqreader export QUERY` (no Textual here).

    china gezichts          every word must start a word somewhere (question, answer, title, askers)
    "sociale kredietscores" a phrase
    -xinjiang               excludes; -"een zin" too
    party:PvdA member:ploumen minister:buitenlandse year:2019 id:2019Z12806
    status:open|answered|delayed|overdue   late:yes|no   (overdue and late as of today: see timeliness)
    since:2024-01-01 until:2024-06-30 (submitted)   answered-since: answered-until: (the answer's date)
    -party:PVV                                      a field excluded

The fields are one table (FIELDS): what each takes, and when a set meets it.

Matching folds case and diacritics ("azie" finds "Azië") and ignores footnote marks. A malformed query
(an unclosed quote, an unknown field) raises QueryError with a short message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import NamedTuple

from kqreader.facts.answerers import answerers
from kqreader.facts.answerkinds import KIND_CODES, KINDS, kind_of, unanswered
from kqreader.facts.ministries import ministries_of, names_of
from kqreader.facts.parties import party_matches
from kqreader.facts.promises import promises_in, state_of
from kqreader.facts.timeliness import answer_elsewhere, timeliness
from kqreader.i18n import N_, _, speaking
from kqreader.index.words import WORD, Haystack, dossier_haystack, fold_with_offsets, question_haystack
from kqreader.model import Dossier, Person
from kqreader.store.marks import Marks
from kqreader.text.dates import period_day
from kqreader.text.folding import fold

STATUSES = ("open", "answered", "delayed", "overdue", "withdrawn", "new")  # new: see news.py
ANSWER_KINDS = (*KINDS, "deels")  # "deels": a question answered in part
_TOKEN = re.compile(r'\s*(-?)(?:([\w-]+):)?(?:"([^"]*)("?)|([^\s"]+))')


class QueryError(ValueError):
    """A query that cannot be read; the message is short enough for a status line."""


@dataclass(frozen=True)
class Term:
    """Folded words that must follow each other, each matching at a word start (the last as a prefix)."""

    words: tuple[str, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        body = r"\W+".join(re.escape(w) for w in self.words)
        return re.compile(rf"(?<!\w){body}")


@dataclass
class Query:
    """A parsed query: terms that must match, terms that must not, and field conditions."""

    text: str = ""
    include: list[Term] = field(default_factory=list)
    exclude: list[Term] = field(default_factory=list)
    fields: list[Condition] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.include or self.exclude or self.fields)


def parse_query(text: str) -> Query:
    """Read a query; QueryError for an unclosed quote, an unknown field or a value a field does not take."""
    query = Query(text=text)
    position = 0
    while position < len(text):
        if not text[position:].strip():
            break
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise QueryError(_("cannot read the query at «{text}»").format(text=text[position : position + 12]))
        position = match.end()
        negated, name, quoted, closing, bare = match.groups()
        if quoted is not None and not closing:
            raise QueryError(_("unclosed quote"))
        value = quoted if quoted is not None else bare
        if name is None and value.endswith(":") and field_named(value[:-1]):  # "party:" and no value
            raise QueryError(_needs_value(field_named(value[:-1]) or ""))
        field = field_named(name) if name is not None else None
        if name is not None and field is None:
            raise QueryError(_unknown_field(name))
        _add(query, bool(negated), field, value)
    return query


# The fields by their Dutch names, and the Dutch words for the values of the fields that take a few
DUTCH_FIELDS = {
    "partij": "party", "vrager": "member", "lid": "member", "ministerie": "minister", "jaar": "year",
    "te-laat": "late", "sinds": "since", "tot": "until", "beantwoord-sinds": "answered-since",
    "beantwoord-tot": "answered-until", "soort": "kind", "toezegging": "promise", "gemarkeerd": "marked",
    "notitie": "note",
}  # fmt: skip
DUTCH_VALUES = {
    "beantwoord": "answered", "over-tijd": "overdue", "overtijd": "overdue", "uitgesteld": "delayed",
    "ingetrokken": "withdrawn", "nieuw": "new", "ja": "yes", "nee": "no", "binnenkort": "due", "nagekomen": "kept",
}  # fmt: skip


DUTCH_HELP = (
    "partij:GL vrager: ministerie: sinds: tot:",
    N_("the fields by their Dutch names too; status:beantwoord, over-tijd, uitgesteld; a party by any of its names "
       "(GL, GroenLinks: also GroenLinks-PvdA)"),
)


SPOKEN_FIELDS = {english: dutch for dutch, english in reversed(DUTCH_FIELDS.items())}  # the first Dutch name
SPOKEN_VALUES = {english: dutch for dutch, english in reversed(DUTCH_VALUES.items())}


def spoken_field(name: str) -> str:
    """A field's name as the language spoken names it (`partij` for party in Dutch): what an error says."""
    return SPOKEN_FIELDS.get(name, name) if speaking() == "nl" else name


def _spoken_value(value: str) -> str:
    return SPOKEN_VALUES.get(value, value) if speaking() == "nl" else value


def _spoken_example(example: str) -> str:
    """`party:PvdA` as `partij:PvdA` in Dutch."""
    name, _colon, value = example.partition(":")
    return f"{spoken_field(name)}:{_spoken_value(value)}"


def field_named(name: str) -> str | None:
    """The field a name in a query means (English or Dutch, any case), or None."""
    folded = name.casefold()
    found = DUTCH_FIELDS.get(folded, folded)
    return found if found in FIELDS else None


def _unknown_field(name: str) -> str:
    """One short line: the nearest field name, if one is near, and where the fields are listed."""
    import difflib  # only for a mistake

    near = difflib.get_close_matches(name.casefold(), [*FIELDS, *DUTCH_FIELDS], n=1)
    if near:
        return _("unknown field {name}: — did you mean {near}:? (? lists the fields)").format(name=name, near=near[0])
    return _("unknown field {name}: (? lists the fields)").format(name=name)


def _needs_value(name: str) -> str:
    example = _spoken_example(FIELDS[name].example)
    return _("{name}: needs a value, as in {example}").format(name=spoken_field(name), example=example)


def _add(query: Query, negated: bool, name: str | None, value: str) -> None:
    if name is not None:
        if not value.strip():
            raise QueryError(_needs_value(name))
        query.fields.append(Condition(name, FIELDS[name].read(name, value), negated))
        return
    words = tuple(WORD.findall(fold(value)))
    if words:
        (query.exclude if negated else query.include).append(Term(words))


def fields_match(query: Query, dossier: Dossier, today: date) -> bool:
    """Whether a dossier meets every field condition of the query on sets (overdue and late as of `today`)."""
    return all(condition.met_by(dossier, today) for condition in query.fields if not condition.of_marks)


def _ids(dossier: Dossier) -> tuple[str, ...]:
    """Every id a set is known by: the zaaknummer (also as kv-tk-…) and the Aanhangsel publication."""
    ident = fold(dossier.id)
    return (ident, f"kv-tk-{ident}", fold(dossier.publication or ""))


def _ministers(dossier: Dossier) -> Iterable[str]:
    """Whom a set was asked of and who answered it, the signatures' names too ("minister Blok"), every name of
    the ministries asked ("VenJ" finds "Justitie en Veiligheid"), and who answered as the header names them
    ("minister Ter Beek (Defensie)" where a page glued "ministerTer Beek")."""
    known = (n for a in dossier.addressees for m in ministries_of(a) for n in names_of(m))
    shown = (a.shown for a in answerers(dossier)) if dossier.answered_by else ()
    return (*dossier.addressees, *dossier.answered_by, *dossier.signatories, *known, *shown)


def _starts_word(value: str, text: str) -> bool:
    return Term(tuple(WORD.findall(value))).pattern.search(text) is not None


def names_member(value: str, person: Person) -> bool:
    """Whether `member:value` names this asker as printed (each word of the value starts a word of the name; the
    catalog adds the member's other spellings: `members.slips_of`)."""
    return _starts_word(value, fold(person.name))


def _folded(name: str, value: str) -> str:
    return fold(value)


def _one_of(*allowed: str) -> Callable[[str, str], str]:
    def read(name: str, value: str) -> str:
        value = DUTCH_VALUES.get(fold(value), value)
        if fold(value) not in allowed:
            spoken = [_spoken_value(word) for word in allowed]
            if len(spoken) == 2:
                problem = _("{name}: is {first} or {second}").format(name=spoken_field(name), first=spoken[0],
                                                                     second=spoken[1])  # fmt: skip
            else:
                problem = _("{name}: is one of {choices}").format(name=spoken_field(name), choices=", ".join(spoken))
            raise QueryError(problem)
        return fold(value)

    return read


def _year(name: str, value: str) -> str:
    if not value.isdigit():
        raise QueryError(_("{name}: takes a year such as 2019").format(name=spoken_field(name)))
    return value


def _first_day(name: str, value: str) -> str:
    """since:2024, since:2024-03 and since:2024-03-15, as the first day they name."""
    return _day(name, value, last=False)


def _last_day(name: str, value: str) -> str:
    """until:2024 and until:2024-03 as the last day they name (until:2024-03-15: that day)."""
    return _day(name, value, last=True)


def _day(name: str, value: str, last: bool) -> str:
    day = period_day(value, last)
    if day is None:
        raise QueryError(
            _("{name}: takes a date such as 2024-01-31 (or 2024-01, or 2024)").format(name=spoken_field(name)))
    return day.isoformat()


def _on_or_after(day: date | None, value: str) -> bool:
    return day is not None and day.isoformat() >= value


def _on_or_before(day: date | None, value: str) -> bool:
    return day is not None and day.isoformat() <= value


class Field(NamedTuple):
    """A filter field: an example of its use, what it finds (for the help), how its value is read (QueryError when
    it cannot be), and when a set meets it (as of `today`)."""

    example: str
    finds: str
    read: Callable[[str, str], str]
    meets: Callable[[Dossier, str, date], bool] | None  # None: a field of the reader's marks (see mark_met)


ANSWER_FIELDS = ("kind", "promise")  # about an answer: met question by question (the catalog keeps the questions
# whose own answer meets them, as a word keeps the questions that hold it), the others by the whole set


FIELDS: dict[str, Field] = {
    "party": Field("party:PvdA", N_("sets asked by a member of the party"), _folded,
                   lambda d, v, t: any(party_matches(v, p.party) for p in d.askers)),
    "member": Field("member:ploumen", N_("sets asked by a member of that name"), _folded,
                    lambda d, v, t: any(names_member(v, p) for p in d.askers)),
    "minister": Field("minister:buitenlandse", N_("sets asked of, or answered by, that minister"), _folded,
                      lambda d, v, t: any(_starts_word(v, fold(a)) for a in _ministers(d))),
    "year": Field("year:2019", N_("sets submitted in that year"), _year,
                  lambda d, v, t: d.submitted is not None and str(d.submitted.year) == v),
    "status": Field("status:open", N_("open (not yet answered), answered, delayed, overdue or withdrawn; new: "
                                      "changed by a fetch since the reader was last opened"),
                    _one_of(*STATUSES), lambda d, v, t: _has_status(d, v, t)),
    "late": Field("late:yes", N_("answered late or overdue (yes), or not (no)"), _one_of("yes", "no"),
                  lambda d, v, t: timeliness(d, t).late == (v == "yes")),
    "id": Field("id:2019Z12806", N_("the set with that zaaknummer or Aanhangsel number"), _folded,
                lambda d, v, t: v in _ids(d)),
    "since": Field("since:2024-01-01", N_("submitted on or after that day (or month, or year)"), _first_day,
                   lambda d, v, t: _on_or_after(d.submitted, v)),
    "until": Field("until:2024-06-30", N_("submitted on or before that day (or month, or year)"), _last_day,
                   lambda d, v, t: _on_or_before(d.submitted, v)),
    "answered-since": Field("answered-since:2024-01-01", N_("answered on or after that day"), _first_day,
                            lambda d, v, t: _on_or_after(d.answered, v)),
    "answered-until": Field("answered-until:2024-06-30", N_("answered on or before that day"), _last_day,
                            lambda d, v, t: _on_or_before(d.answered, v)),
    "kind": Field("kind:toezegging", N_("sets with an answer of that kind: inhoudelijk, verwijzing-antwoord, "
                                        "verwijzing-brief, onbekend, geweigerd, toezegging, niet-beantwoord, deels"),
                  _one_of(*ANSWER_KINDS), lambda d, v, t: _has_kind(d, v)),
    "promise": Field("promise:overdue", N_("sets with a promise that is open, due (within 30 days), overdue or kept"),
                     _one_of("open", "due", "overdue", "kept"), lambda d, v, t: v in _promise_states(d, t)),
    "marked": Field("marked:yes", N_("questions you marked (m), or in a set you marked; marked:no the others"),
                    _one_of("yes", "no"), None),
    "note": Field("note:bron", N_("questions whose mark has a note with that word"), _folded, None),
}  # fmt: skip
WORDS_HELP = (
    ("china gezichts", N_("every word must start a word of the question, its answer, the title or the askers")),
    ('"sociale kredietscores"', N_("a phrase")),
    ("-xinjiang  -party:PVV", N_("leaves out what matches")),
)
ENGLISH_HELP = (
    "party:GL member: minister: since: until:",
    N_("the fields by their English names too; a party by any of its names (GL, GroenLinks: also GroenLinks-PvdA)"),
)
_DUTCH_NAME = {english: name for name, english in reversed(DUTCH_FIELDS.items())}  # the first Dutch name of each
_DUTCH_VALUE = {english: word for word, english in reversed(DUTCH_VALUES.items())}
_EXAMPLE_FIELD = re.compile(r"(?<!\w)([a-z][a-z-]*):(\S*)")


def help_rows(dutch: bool) -> list[tuple[str, str]]:
    """The filter's language for the help: its words, then each field by an example. A Dutch reader meets the
    Dutch names and values first (`partij:PvdA`, `te-laat:ja`) and the English ones after, once; an English
    reader the other way round."""
    rows = [*WORDS_HELP, *((field.example, field.finds) for field in FIELDS.values())]
    if not dutch:
        return [*rows, DUTCH_HELP]
    return [(_in_dutch(example), finds) for example, finds in rows] + [ENGLISH_HELP]


def _in_dutch(example: str) -> str:
    """An example with its fields and their values by their Dutch names (those without one as they are)."""
    return _EXAMPLE_FIELD.sub(lambda m: f"{_DUTCH_NAME.get(m[1], m[1])}:{_DUTCH_VALUE.get(m[2], m[2])}", example)


def _has_kind(dossier: Dossier, kind: str) -> bool:
    """Whether an answer of the set is of that kind (deels: a question answered in part; toezegging: a promise made
    anywhere in its answers — the fact promise: reads, so that kind:toezegging and promise: agree, an answer whose
    core is a promise making one). A summary keeps the kinds as letters and the promises (see
    reader_files.answer_facts); a whole dossier (the in-memory reader's) has them worked out."""
    if kind == "toezegging":
        promised = getattr(dossier, "promises", None)
        if promised is not None:
            return bool(promised)
        return any(promises_in(a.text, dossier.answered) for a in dossier.answers)
    codes = getattr(dossier, "kind_codes", None)
    if codes is not None:
        return bool(getattr(dossier, "partly", ())) if kind == "deels" else KIND_CODES[kind] in codes  # type: ignore[index]
    if kind == "deels":
        return any(q.answer and unanswered(q.text, q.answer.text) for q in dossier.questions)
    found = {kind_of(a.text).kind for a in dossier.answers}
    if found:  # a set not yet answered has no kinds
        found |= {"niet-beantwoord" for q in dossier.questions if q.answer is None}
    return kind in found


def _promise_states(dossier: Dossier, today: date) -> set[str]:
    """The states of a whole dossier's promises, kept by a nader antwoord (the catalog decides promise: as the queue
    does, with later answers naming the set and the user's marks: see catalog.py, Catalog._promise_meets)."""
    kept = any(q.further is not None for q in dossier.questions)
    return {state_of(p.due, today, kept) for a in dossier.answers for p in promises_in(a.text, dossier.answered)}


def _has_status(dossier: Dossier, value: str, today: date) -> bool:
    """open: not yet answered (delayed sets too); delayed: not yet answered, a delay notice sent; overdue: not
    yet answered past the limit as of today."""
    if value == "overdue":
        return timeliness(dossier, today).verdict == "overdue"
    if value in ("open", "delayed") and answer_elsewhere(dossier):
        return False  # its answer is on a page not read: not waiting (see timeliness)
    if value == "open":
        return dossier.status in ("open", "delayed")
    return dossier.status == value


class Condition(NamedTuple):
    """One field of a query: its name, its value as read, and whether it excludes."""

    name: str
    value: str
    negated: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """What the condition asks regardless of negation (what the catalog works out once)."""
        return self.name, self.value

    @property
    def of_marks(self) -> bool:
        """A condition on what the reader keeps beside the store (its marks, and what is new), not on the set."""
        return FIELDS[self.name].meets is None or self.key == ("status", "new")

    def met_by(self, dossier: Dossier, today: date) -> bool:
        meets = FIELDS[self.name].meets
        assert meets is not None, "a condition on marks is met by a question (mark_met)"
        return meets(dossier, self.value, today) != self.negated


def mark_met(condition: Condition, marks: Marks, dossier: str, question: int | None) -> bool:
    """Whether a question (None: a set without questions) meets a condition on marks: marked:yes when it or its
    set is marked; note:WORD when its mark's note, or its set's, holds a word starting with WORD."""
    if condition.name == "marked":
        found = marks.marked(dossier, question) == (condition.value == "yes")
    elif condition.name == "status":  # status:new
        found = dossier in marks.news
    else:
        notes = (mark.note for mark in (marks.get(dossier, question), marks.get(dossier, None)) if mark)
        found = any(_starts_word(condition.value, fold(note)) for note in notes)
    return found != condition.negated


def text_matches(query: Query, haystack: Haystack) -> bool:
    """Whether the words and phrases of a query hold for one question."""
    for term in query.include:
        pattern = term.pattern
        if not (pattern.search(haystack.question) or pattern.search(haystack.dossier)):
            return False
    for term in query.exclude:
        pattern = term.pattern
        if pattern.search(haystack.question) or pattern.search(haystack.dossier):
            return False
    return True


def matches(dossier: Dossier, query: str | Query, today: date, marks: Marks | None = None) -> bool:
    """Whether any question of a dossier (or the dossier itself, when it has none) matches a query, given the
    reader's marks (none when not given). A plain scan: the reference the catalog's engine is tested against."""
    parsed = parse_query(query) if isinstance(query, str) else query
    if parsed.empty:
        return True
    if not fields_match(parsed, dossier, today):
        return False
    kept = marks if marks is not None else Marks()
    on_marks = [condition for condition in parsed.fields if condition.of_marks]
    around = dossier_haystack(dossier)
    if not dossier.questions:
        return text_matches(parsed, Haystack("", around)) and all(
            mark_met(c, kept, dossier.id, None) for c in on_marks
        )
    return any(
        text_matches(parsed, Haystack(question_haystack(q), around))
        and all(mark_met(c, kept, dossier.id, q.number) for c in on_marks)
        for q in dossier.questions
    )


def hit_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Where the query's words and phrases occur in `text` (offsets into the original text), in order."""
    if not query.include:
        return []
    folded, offsets = fold_with_offsets(text)
    spans = []
    for term in query.include:
        for match in term.pattern.finditer(folded):
            end = match.end()
            while end < len(folded) and (folded[end].isalnum() or folded[end] == "_"):
                end += 1  # a prefix hit lights up the whole word
            spans.append((offsets[match.start()], offsets[end]))
    return sorted(set(spans))
