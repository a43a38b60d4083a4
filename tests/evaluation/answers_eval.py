"""How well the answer kinds, the promises and their due days hold on answers labelled by reading.

    python -m tests.evaluation.answers_eval [dev|heldout] [--json] [--kinds] [--misses]
    python -m tests.evaluation.answers_eval --pages FILE [--json] [--kinds] [--misses]

The labels are `tests/evaluation/answers/{dev,heldout}.jsonl` (conventions in that folder's README). Each labelled
answer is found again in its document as kqreader parses it (by the questions it covers, else by its first words)
and the project's own facts are run on it: `kind_of` and `promises_in`, from the day of the answer the parser reads
(the label's when the parser reads none: the day itself is the parser's business, measured elsewhere). Reported:

- of the answers that are not substantive: the share found (called anything but substantive) and, of those found,
  the share whose kind is right; beside it the substantive answers called otherwise, and how many answers the kind
  gets right against calling every answer substantive (the baseline);
- of the promises: the share found and, of those found, the share that are one (a promise kqreader finds matches a
  labelled one when one sentence holds the other or they share most of their words);
- of the promises found and labelled: the share whose due day is within a month of the label's (both without a day
  counts as right).

`--pages FILE` scores labels kept outside the repository (modern answers cut from stored web pages, whose text may
not be copied here): each record holds its own `answer_text` (and `answered`), and the same rules are run on that
text directly, with the same figures. A file that is not there is said so, and nothing else happens.

Write rules against `dev` only; `heldout` is for measuring (see the labels' README); a file of pages whose name says
it is held out shows counts only, like the held-out part.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from kqreader.facts.answerkinds import kind_of
from kqreader.facts.promises import Promise, promises_in
from kqreader.model import Answer, Dossier
from kqreader.parsing import parse_file
from kqreader.parsing.errors import ParseError
from kqreader.text.folding import fold

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "evaluation" / "answers"
SHARED = ROOT.parent / "shared"
WITHIN_DAYS = 31  # a due day this close to the label's is right ("within a month")
SAME_WORDS = 0.6  # share of the shorter sentence's words the other holds for two promises to be one


@dataclass
class Tally:
    """What one part's labels and kqreader's verdicts on them come to."""

    answers: int = 0
    unmatched: list[str] = field(default_factory=list)  # labels whose answer the parser does not give
    missing_documents: set[str] = field(default_factory=set)
    kinds_right: int = 0
    substantive_labelled: int = 0
    other_labelled: int = 0  # not substantive, by the label
    other_found: int = 0  # of those, called anything but substantive
    other_found_right: int = 0  # of those found, the kind right
    false_alarms: int = 0  # substantive by the label, called otherwise
    promises_labelled: int = 0
    promises_made: int = 0  # found by kqreader
    promises_matched: int = 0  # labelled and found
    due_right: int = 0  # of those matched, the due day within a month
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "unmatched": len(self.unmatched),
            "missing documents": len(self.missing_documents),
            "kind right": _share(self.kinds_right, self.answers),
            "baseline (everything substantive)": _share(self.substantive_labelled, self.answers),
            "not substantive": self.other_labelled,
            "not substantive found": _share(self.other_found, self.other_labelled),
            "of those found, kind right": _share(self.other_found_right, self.other_found),
            "substantive called otherwise": self.false_alarms,
            "promises": self.promises_labelled,
            "promises found": _share(self.promises_matched, self.promises_labelled),
            "of those found, promises": _share(self.promises_matched, self.promises_made),
            "due within a month": _share(self.due_right, self.promises_matched),
        }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def records(part: str) -> Iterator[dict[str, Any]]:
    """The labelled answers of one part."""
    with (LABELS / f"{part}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield orjson.loads(line)


def document_path(doc: str) -> Path:
    """Where a label's document lies: `shared:…` in ../shared, else under the repository."""
    return SHARED / doc.removeprefix("shared:") if doc.startswith("shared:") else ROOT / doc


@cache
def parsed(doc: str) -> Dossier | None:
    path = document_path(doc)
    if not path.exists():
        return None
    try:
        return parse_file(path)
    except ParseError:
        return None


def _words(text: str) -> list[str]:
    return fold(text).replace("-", " ").split()


def find_answer(dossier: Dossier, label: dict[str, Any]) -> tuple[bool, Answer | None]:
    """The parsed answer a label is about: (found, answer); an answer of None is a question printed without one."""
    covers = list(label["question"])
    start = _words(label.get("answer_start") or "")[:5]
    answers = dossier.answers
    by_start = [a for a in answers if start and _words(a.text)[: len(start)] == start]
    for answer in answers:
        if list(answer.covers) == covers:
            return True, answer
    if len(by_start) == 1:
        return True, by_start[0]
    for answer in by_start or answers:
        if covers and covers[0] in answer.covers:
            return True, answer
    question = next((q for q in dossier.questions if covers and q.number == covers[0]), None)
    if question is not None and question.answer is None:
        return True, None
    return False, None


def same_promise(found: str, labelled: str) -> bool:
    """Whether a promise found is the labelled one (one sentence holds the other, or most words are shared)."""
    one, other = " ".join(_words(found)), " ".join(_words(labelled))
    if one in other or other in one:
        return True
    a, b = set(one.split()), set(other.split())
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= SAME_WORDS


def _due_right(found: Promise, due: str | None) -> bool:
    if found.due is None or due is None:
        return found.due is None and due is None
    return abs((found.due - date.fromisoformat(due)).days) <= WITHIN_DAYS


def score_pages(path: Path) -> Tally:
    """The figures on labels that carry their answer's text (`answer_text`, `answered`): no document to parse."""
    tally = Tally()
    for number, label in enumerate(_lines(path), 1):
        where = f"{path.name}:{number} {label.get('set', '')} {label.get('question', [])}"
        answered = date.fromisoformat(label["answered"]) if label.get("answered") else None
        _score_text(tally, label, label.get("answer_text") or None, answered, where)
    return tally


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield orjson.loads(line)


def score(part: str) -> Tally:
    tally = Tally()
    for label in records(part):
        dossier = parsed(label["doc"])
        where = f"{label['doc']} {label['question']}"
        if dossier is None:
            tally.missing_documents.add(label["doc"])
            continue
        matched, answer = find_answer(dossier, label)
        if not matched:
            tally.unmatched.append(where)
            continue
        _score_answer(tally, label, dossier, answer, where)
    return tally


def _score_answer(tally: Tally, label: dict[str, Any], dossier: Dossier, answer: Answer | None, where: str) -> None:
    answered = dossier.answered or (date.fromisoformat(label["answered"]) if label.get("answered") else None)
    _score_text(tally, label, answer.text if answer else None, answered, where)


def _score_text(tally: Tally, label: dict[str, Any], text: str | None, answered: date | None, where: str) -> None:
    tally.answers += 1
    verdict = kind_of(text)
    wanted, got = label["kind"], verdict.kind
    tally.confusion[(wanted, got)] += 1
    tally.kinds_right += wanted == got
    if wanted == "inhoudelijk":
        tally.substantive_labelled += 1
        tally.false_alarms += got != "inhoudelijk"
    else:
        tally.other_labelled += 1
        tally.other_found += got != "inhoudelijk"
        tally.other_found_right += got == wanted
    if wanted != got:
        tally.misses.append(f"{where}: {wanted} read as {got} — {verdict.evidence[:160]}")
    found = promises_in(text, answered)
    labelled = label.get("promises") or []
    tally.promises_labelled += len(labelled)
    tally.promises_made += len(found)
    unused = list(found)
    for promise in labelled:
        hit = next((f for f in unused if same_promise(f.text, promise["text"])), None)
        if hit is None:
            tally.misses.append(f"{where}: promise missed — {promise['text'][:160]}")
            continue
        unused.remove(hit)
        tally.promises_matched += 1
        if _due_right(hit, promise.get("due")):
            tally.due_right += 1
        else:
            tally.misses.append(f"{where}: due {hit.due} ({hit.basis}) for {promise.get('due')} "
                                f"({promise.get('due_phrase')})")  # fmt: skip
    tally.misses += [f"{where}: not a promise — {f.text[:160]}" for f in unused]


def report(part: str, tally: Tally) -> str:
    figures = tally.figures()
    lines = [f"{part}: {figures['answers']} answers ({figures['unmatched']} labels not found in their document, "
             f"{figures['missing documents']} documents absent)"]  # fmt: skip
    lines += [f"  {name}: {_shown(value)}" for name, value in list(figures.items())[3:]]
    return "\n".join(lines)


def _shown(value: object) -> str:
    return f"{value:.1%}" if isinstance(value, float) else str(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("part", nargs="?", default="dev", choices=("dev", "heldout"))
    parser.add_argument("--pages", type=Path, metavar="FILE", help="score labels that carry their answer's text")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="every answer and promise not right (dev only)")
    parser.add_argument("--kinds", action="store_true", help="how many answers of each kind were read as which")
    options = parser.parse_args(argv)
    if options.pages is not None and not options.pages.is_file():
        print(f"{options.pages}: no such file of labels (nothing scored)")
        return 0
    name = options.pages.name if options.pages is not None else options.part
    tally = score_pages(options.pages) if options.pages is not None else score(options.part)
    if options.json:
        sys.stdout.write(orjson.dumps(tally.figures(), option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        print(report(name, tally))
    if options.misses and "heldout" not in name:
        print("\n".join(["", *(f"not found: {u}" for u in tally.unmatched), *tally.misses]))
    if options.kinds or options.misses:  # counts only: which kind fails, not which answer (the held-out part too)
        for (wanted, got), count in sorted(tally.confusion.items()):
            print(f"  {wanted:20} → {got:20} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
