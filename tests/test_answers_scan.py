"""The answer kinds' and promises' quick paths give what the plain reading gives (issue 39, the import's cost): one
scan for many words finds what a substring search per word finds, the sentences split in one pass lie where the
paragraphs-then-sentences reading puts them, and the kind and promises read together are those read alone — on
every answer of the labels' development part and on generated text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kqreader.facts import answerkinds, promises
from kqreader.facts.answerkinds import kind_and_promises, kind_of
from kqreader.facts.promises import is_promise, may_promise, promises_in
from kqreader.text.sentences import first_sentences, one_spaced, spans
from kqreader.text.wordscan import WordScan
from tests.evaluation.answers_eval import find_answer, parsed, records

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?](?:[\s⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=[A-Z«“‘\"(])|(?<=[A-Za-z]{2}[.!?])(?<!www.)(?=[A-Z][a-z])|"
                           r"(?<=[\s(](?:19|20)\d\d\.)(?=[A-Z][a-z])|(?<=\)\.)(?=[A-Z][a-z]))")  # "2025.Ook", "12).Ook"
# text made of what decides a split: marks, blanks, line ends, capitals, superscripts, quotes, glued abbreviations
_PIECES = st.sampled_from(["a", "B", "De", ".", "!", "?", " ", "\t", "\n", "\n \n", "\r", "¹", "“", "(", "www",
                           "ab.", "ab.De", "\u2028", "Ww", ". ", ".\n", " 2025.", ")."])  # fmt: skip


def reference_spans(text: str) -> Iterator[tuple[int, int]]:
    """The sentences as read before the one-pass split: paragraphs first, then sentences in each."""
    start = 0
    for paragraph_end in [*(match.start() for match in _PARAGRAPH.finditer(text)), len(text)]:
        for end in _SENTENCE_END.finditer(text, start, paragraph_end):
            yield start, end.start() + 1
            start = end.end()
        yield start, paragraph_end
        found = _PARAGRAPH.match(text, paragraph_end)
        start = found.end() if found else paragraph_end


def dev_answers() -> list[str]:
    texts = []
    for label in records("dev"):
        dossier = parsed(label["doc"])
        if dossier is not None:
            _, answer = find_answer(dossier, label)
            if answer is not None:
                texts.append(answer.text)
    return texts


@pytest.fixture(scope="module")
def answers() -> list[str]:
    found = dev_answers()
    if len(found) < 300:
        pytest.skip("the labels' documents in ../shared are absent")
    return found


def test_one_pass_splits_as_paragraphs_then_sentences(answers: list[str]) -> None:
    for text in answers:
        assert list(spans(text)) == list(reference_spans(text))
        assert first_sentences(text, 8) == first_from_spans(text, 8)


def first_from_spans(text: str, count: int) -> tuple[list[str], bool]:
    found = [text[start:end] for start, end in spans(text) if start < end and not text[start:end].isspace()]
    return found[:count], len(found) <= count


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_one_pass_splits_generated_text_alike(text: str) -> None:
    assert list(spans(text)) == list(reference_spans(text))
    for count in (0, 1, 3):
        assert first_sentences(text, count) == first_from_spans(text, count)


def test_a_scan_finds_what_a_search_per_word_finds(answers: list[str]) -> None:
    scan = WordScan(["antwoord", "beantwoord", "niet", "het om", " bied "])
    for text in answers:
        lowered = text.lower()
        assert scan.found(lowered) == {word for word in scan.words if word in lowered}
        places = sorted(scan.places(lowered), key=lambda place: (place[1], place[0]))
        every = sorted((word, at) for word in scan.words for at in _all_places(lowered, word))
        assert sorted(places) == every


def _all_places(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def test_the_kinds_look_a_sentence_up_by_its_words(answers: list[str]) -> None:
    """Each phrasing is tried only where its words stand: the words a scan finds are those a search finds."""
    every = answerkinds._WORDS.words
    for text in answers:
        for start, end in spans(text):
            plain = answerkinds._plain(one_spaced(text[start:end])[: answerkinds.LONGEST])
            assert answerkinds._WORDS.found(plain) == {word for word in every if word in plain}


def test_an_answer_without_a_verb_of_telling_has_no_promise(answers: list[str]) -> None:
    """may_promise lets the kinds skip looking for promises: no sentence of an answer it turns down is one."""
    for text in answers:
        if not may_promise(text):
            assert not any(is_promise(one_spaced(text[start:end])) for start, end in spans(text))
    assert not may_promise("Dat is juist. Het gebied wordt aangewezen.")
    assert may_promise("Ik\nbied  u de stukken aan.")  # " bied " once its spaces are made one


def test_kind_and_promises_read_together_as_alone(answers: list[str]) -> None:
    for text in answers:
        verdict, found = kind_and_promises(text, None)
        assert verdict == kind_of(text, telling=True) == kind_of(text)
        assert found == promises_in(text, None)


def test_the_stems_are_found_where_they_stand() -> None:
    lowered = "ik kom erop terug en stuur u de brief. wij sturen"
    assert promises._stem_hits(lowered) == [lowered.find("terug"), lowered.find("stuur"), lowered.find("brief"),
                                            lowered.find("sturen")]  # fmt: skip
    assert promises._stem_hits("terug naar af") == []  # "terug" only where "kom" is said too
