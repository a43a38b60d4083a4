"""What kind of answer the government gave: substantive, a reference elsewhere, "not known", a refusal, a promise to
come back to it — decided by rules over the answer's text (no model, no network), with the sentence that decided.

A kind is read off the answer's core: its first sentence, and the whole answer only when it is short. "Ja, zie ook
het antwoord op vraag 9." answers (Ja) and refers; it is substantive. The rules are conservative: an answer they do
not recognise is substantive. One table holds them, in the order they are tried. No Textual here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

from kqreader.facts.promises import is_promise
from kqreader.i18n import N_
from kqreader.text.sentences import one_spaced, spans

Kind = Literal[
    "inhoudelijk", "verwijzing-antwoord", "verwijzing-brief", "onbekend", "geweigerd", "toezegging", "niet-beantwoord"
]
KINDS: tuple[Kind, ...] = get_args(Kind)
# each kind as one letter: how a month's summaries keep them (a string per set parses quicker than a list of words)
KIND_CODES: dict[Kind, str] = {"inhoudelijk": "i", "verwijzing-antwoord": "a", "verwijzing-brief": "b", "onbekend": "o",
                               "geweigerd": "g", "toezegging": "t", "niet-beantwoord": "n"}  # fmt: skip
KIND_OF_CODE: dict[str, Kind] = {code: kind for kind, code in KIND_CODES.items()}
KIND_NAMES = {  # how the reader and the statistics name a kind (the filter and exports use the kind itself)
    "inhoudelijk": N_("substantive"), "verwijzing-antwoord": N_("refers to another answer"),
    "verwijzing-brief": N_("refers to a letter"), "onbekend": N_("not known"), "geweigerd": N_("will not say"),
    "toezegging": N_("promises to come back"), "niet-beantwoord": N_("not answered"),
}  # fmt: skip

SHORT = 2  # sentences: an answer this short is all core (a longer one is judged by its first sentence)
_TO_ANSWER = r"(?:het |mijn |de )?(?:antwoord|antwoorden|beantwoording) (?:op|van) (?:de )?vra(?:ag|gen) \d"
# "Door de grote diversiteit is dit onbekend.": said anywhere in the first sentence (looked for only when it says
# "bekend": the pattern would try every word of every answer)
_UNKNOWN_INSIDE = re.compile(r"\b(?:is|zijn) (?:dit|dat|deze (?:cijfers|gegevens|aantallen)|het aantal|dat aantal) "
                             r"(?:mij |ons |het kabinet )?(?:niet bekend|onbekend)\b", re.IGNORECASE)  # fmt: skip
# (kind, the test of a sentence that makes an answer that kind, whether the answer must be short for it), tried in turn
RULES: tuple[tuple[Kind, Callable[[str], object], bool], ...] = (
    ("verwijzing-antwoord", re.compile(
        rf"^(?:Zie (?:ook )?{_TO_ANSWER}|(?:Voor (?:het antwoord op )?(?:deze|die|dit) vra(?:ag|gen),? )?(?:verwijs ik|"
        rf"wordt verwezen|verwijzen wij) (?:u )?naar {_TO_ANSWER}|(?:Ik )?[Vv]erwijs (?:u )?naar {_TO_ANSWER}|"
        r"(?:In|Bij) (?:mijn |het )?(?:antwoord|beantwoording) (?:op (?:de )?vra(?:ag|gen) )?\d+ (?:ben ik|heb ik|is|"
        r"wordt) .{0,40}?(?:ingegaan|aangegeven|toegelicht|beantwoord))",
        re.IGNORECASE).search, True),
    ("verwijzing-brief", re.compile(
        r"^(?:(?:Graag |Kortheidshalve )?verwijs ik (?:u )?(?:hier(?:voor|bij) )?naar|(?:Ik )?[Vv]erwijs (?:u )?"
        r"(?:hier(?:voor|bij) )?naar|Voor .{1,120}? verwijs ik (?:u )?naar|Zie (?:ook )?(?:mijn|de|het) "
        r"(?:Kamer)?(?:brief|Kamerstuk|beantwoording))", re.IGNORECASE).search, True),
    ("onbekend", re.compile(
        r"^(?:(?:Dat|Dit|Het) is (?:mij|het kabinet|ons) (?:niet|onvoldoende) bekend|(?:Hierover|Daarover) (?:zijn "
        r"(?:mij |bij het kabinet )?geen |beschik(?:t)? (?:ik|het kabinet) (?:niet )?over (?:geen )?)(?:cijfers|"
        r"gegevens|informatie)|Er zijn (?:mij |bij het "
        r"kabinet )?geen (?:cijfers|gegevens) (?:bekend|beschikbaar)|(?:Deze|Die) (?:cijfers|gegevens) worden niet "
        r"(?:landelijk |centraal )?(?:bijgehouden|geregistreerd)|Ik heb (?:daar|hier)(?:over)? geen (?:zicht|inzicht|"
        r"gegevens)|(?:Hierover|Daarover) (?:is|zijn) (?:mij |bij het kabinet )?geen (?:precies |exact |eenduidig )?"
        r"(?:getal|cijfer|cijfers|aantal|aantallen|gegevens|informatie|overzicht)|Er (?:bestaat|is) geen (?:landelijk "
        r"|centraal |volledig )?(?:overzicht|registratie)|Het is (?:mij |ons |het kabinet )?(?:niet bekend|onbekend) "
        r"(?:hoeveel|of|wat|welke|hoe|wie|waarom))", re.IGNORECASE).search, False),
    ("onbekend", lambda sentence: "bekend" in sentence and _UNKNOWN_INSIDE.search(sentence), False),
    ("geweigerd", re.compile(
        r"^(?:(?:Ik|Het kabinet|Wij) (?:kan|kunnen|ga|gaan|wil|zal) (?:in het openbaar |hier |daar )?niet "
        r"in(?:gaan)? op|"
        r"(?:Daar|Hier|Op de uitkomst(?:en)?(?: daarvan)?) (?:kan|wil) (?:ik|het kabinet) niet op vooruitlopen|"
        r"(?:Ik|Het kabinet) (?:kan|doe|doet) (?:hier(?:over)? |daar(?:over)? )?geen uitspraken?|(?:Ik|Het kabinet) "
        r"(?:kan|ga|wil) niet vooruitlopen)", re.IGNORECASE).search, False),
    ("toezegging", is_promise, True),
)  # fmt: skip


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    evidence: str  # the sentence that decided ("" for an answer without text)


def _core(text: str) -> tuple[list[str], bool]:
    """The sentences an answer's kind is read from — all of a short answer's, else its first (past SHORT the rest
    is not split) — and whether it is short."""
    found: list[tuple[int, int]] = []
    for start, end in spans(text):
        if not text[start:end].isspace() and start < end:
            found.append((start, end))
            if len(found) > SHORT:
                return [one_spaced(text[slice(*found[0])])], False
    return [one_spaced(text[start:end]) for start, end in found], True


def kind_of(text: str | None) -> Verdict:
    """The kind of an answer, and the sentence it was read from."""
    said, short = _core(text or "")
    if not said:
        return Verdict("niet-beantwoord", "")
    for kind, test, only_short in RULES:
        if only_short and not short:
            continue
        core = said if short and kind == "toezegging" else said[:1]
        hit = next((sentence for sentence in core if test(sentence)), None)
        if hit is not None:
            return Verdict(kind, hit)
    return Verdict("inhoudelijk", said[0])


# --- a question answered in part ---------------------------------------------------------------------------------

_ASKED = re.compile(r"[^?]*\?")
# Sub-questions that follow up on the one before (answered with it): "Zo ja, …?", "Indien …?", "Waarom (niet)?"
_FOLLOW_UP = re.compile(r"^\s*(?:Zo ?(?:ja|nee|neen|niet)|Indien|In het geval|Mocht|Als dat|Waarom(?: niet)?\?|"
                        r"Kunt u dat toelichten|Wat (?:is|zijn) daarvan de|Hoe dan)", re.IGNORECASE)  # fmt: skip
BARE_LONGEST = 40  # characters: a bare "Ja." with the spaces and line ends a conversion leaves around it
_BARE = re.compile(r"^(?:Ja|Nee|Neen|Jazeker|Zeker)[.!]?$", re.IGNORECASE)


def unanswered(question: str, answer: str | None) -> list[str]:
    """The sub-questions a bare "Ja." or "Nee." leaves unanswered (conservative: only such an answer to a question
    that asks more than one thing, follow-ups of the first left out); [] when the answer says more."""
    if not answer or len(answer) > BARE_LONGEST or not _BARE.match(answer.strip()):
        return []
    asked = [part.strip() for part in _ASKED.findall(question) if part.strip()]
    rest = [part for part in asked[1:] if not _FOLLOW_UP.match(part)]
    return rest


# --- the answers an answer refers to ------------------------------------------------------------------------------

_REFERRED = re.compile(r"\b(?:vra(?:ag|gen)|antwoord(?:en)?)\s+((?:\d+(?:\s*(?:,|en|t/m|tot en met|-|–)\s*)?)+)",
                       re.IGNORECASE)  # fmt: skip


def referred_questions(text: str | None) -> list[int]:
    """The questions whose answers a reference answer points to ("Zie mijn antwoord op vraag 3, 8 en 9" → 3, 8,
    9; "vragen 2 t/m 4" → 2, 3, 4); [] for an answer of another kind."""
    verdict = kind_of(text)
    if verdict.kind != "verwijzing-antwoord":
        return []
    found: list[int] = []
    for match in _REFERRED.finditer(verdict.evidence):
        numbers = match[1]
        for low, high in re.findall(r"(\d+)\s*(?:t/m|tot en met|-|–)\s*(\d+)", numbers):
            found += range(int(low), int(high) + 1)
        found += [int(n) for n in re.findall(r"\d+", re.sub(r"\d+\s*(?:t/m|tot en met|-|–)\s*\d+", "", numbers))]
    return sorted(set(found))
