"""Which of many words a text holds, found in one pass over it (Aho–Corasick): the answer kinds and the promises look
a sentence up by the words their rules cannot match without, and try only the rules whose words stand in it. One
scan of the text instead of one substring search per word: an import reads every answer. No Textual here."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

import ahocorasick_rs


class WordScan:
    """A fixed set of words (as the text will be given: the same case, no further folding), looked for at once. The
    automaton is built at the first scan: the reader's start imports the rules that hold these and may read nothing."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(words))

    @cached_property
    def _automaton(self) -> ahocorasick_rs.AhoCorasick:
        return ahocorasick_rs.AhoCorasick(
            self.words, matchkind=ahocorasick_rs.MatchKind.Standard, implementation=ahocorasick_rs.Implementation.DFA
        )

    def found(self, text: str) -> set[str]:
        """The words the text holds (each where it stands, overlaps too: "beantwoord" holds "antwoord")."""
        words = self.words
        return {words[at] for at, _start, _end in self._automaton.find_matches_as_indexes(text, overlapping=True)}

    def places(self, text: str) -> list[tuple[str, int]]:
        """Every place a word stands in the text, as (word, index of its first character), in the text's order."""
        words = self.words
        return [
            (words[at], start) for at, start, _end in self._automaton.find_matches_as_indexes(text, overlapping=True)
        ]
