"""An export walks a set's questions a fixed number of times, whatever their number (#37: the CSV walked every
answer once per question, so 5,000 questions took 10.7 s). Speed itself: tests/benchmarks/bench_large.py."""

from __future__ import annotations

from datetime import date

import pytest

from kqreader.model import Answer, Dossier, Person, Question
from kqreader.output.exporting import export


class CountedQuestions(list[Question]):
    """A set's questions that count how often they are walked."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        CountedQuestions.walks += 1
        return super().__iter__()


def _set(count: int) -> Dossier:
    questions = CountedQuestions(
        Question(n, f"Vraag {n}?", answer=Answer([n], f"Antwoord {n}. Ik zal de Kamer voor de zomer informeren."))
        for n in range(1, count + 1)
    )
    return Dossier(id="2024Z00001", title="Onderwerp", askers=[Person("Jansen", "PvdA")], submitted=date(2024, 1, 2),
                   answered=date(2024, 2, 1), questions=questions)  # fmt: skip


def _walks(form: str, count: int) -> tuple[int, bytes]:
    dossier = _set(count)
    CountedQuestions.walks = 0
    out = b"".join(export([dossier], form, date(2024, 6, 1)))
    return CountedQuestions.walks, out


@pytest.mark.parametrize("form", ["csv", "csv-nl", "json"])
def test_an_export_walks_the_questions_a_fixed_number_of_times(form: str) -> None:
    few, small = _walks(form, 20)
    many, large = _walks(form, 200)
    assert many == few  # not once per question
    assert few <= 10
    assert large.count(b"voor de zomer informeren") == 10 * small.count(b"voor de zomer informeren") > 0
